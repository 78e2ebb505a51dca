package bank

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// LoadFS must read a bank from an fs.FS exactly as Load reads the same
// files from disk: same items, same bank names, same media keys and hashes,
// and the media bytes readable at import time.
func TestLoadFSMatchesLoad(t *testing.T) {
	t.Parallel()
	fsys := os.DirFS("../../question_banks")
	fromFS, err := LoadFS(fsys, "core", "blueprints")
	if err != nil {
		t.Fatalf("LoadFS: %v", err)
	}
	fromDisk := loadCore(t)
	if len(fromFS.Items) != len(fromDisk.Items) || len(fromFS.Items) == 0 {
		t.Fatalf("items: fs %d, disk %d", len(fromFS.Items), len(fromDisk.Items))
	}
	for i, it := range fromFS.Items {
		d := fromDisk.Items[i]
		if it.ID != d.ID || it.Bank != d.Bank || it.Audio != d.Audio || it.Image != d.Image {
			t.Errorf("item %d: fs %s/%s audio %q, disk %s/%s audio %q", i, it.Bank, it.ID, it.Audio, d.Bank, d.ID, d.Audio)
		}
	}
	if len(fromFS.Media) != len(fromDisk.Media) || len(fromFS.Media) == 0 {
		t.Fatalf("media: fs %d, disk %d", len(fromFS.Media), len(fromDisk.Media))
	}
	for k, m := range fromFS.Media {
		d, ok := fromDisk.Media[k]
		if !ok || d.SHA256 != m.SHA256 {
			t.Errorf("media %s: not the same as from disk", k)
			continue
		}
		got, err := m.Data()
		if err != nil {
			t.Fatalf("media %s: %v", k, err)
		}
		want, err := d.Data()
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("media %s: bytes differ", k)
		}
	}
	if _, ok := fromFS.Blueprint("screening"); !ok {
		t.Error("no screening blueprint from the fs")
	}
}

// Problems found through LoadFS name the file and line in the fs, and the
// media checks hold as on disk.
func TestLoadFSProblems(t *testing.T) {
	t.Parallel()
	fsys := os.DirFS("testdata")
	for _, tc := range []struct{ dir, want string }{
		{"media-outside-bank", `media-outside-bank/a.yaml:8: audio "../shared/a.ogg" is outside the bank folder media-outside-bank`},
		{"media-missing", `media-missing/a.yaml:8: audio "audio/nope.ogg": no such file or directory`},
		{"media-image-type", `media-image-type/a.yaml:8: image "images/p.png" is audio/ogg, not png, jpeg or webp`},
		{"nope", `nope: no such file or directory`},
	} {
		_, err := LoadFS(fsys, tc.dir)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got %v, want a problem %q", tc.dir, err, tc.want)
		}
	}
}
