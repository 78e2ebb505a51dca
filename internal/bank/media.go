package bank

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"path/filepath"
	"strings"

	"github.com/gabriel-vasile/mimetype"
)

type mediaKind int

const (
	kindAudio mediaKind = iota
	kindImage
)

// Size limits keep an exam page usable over the weak link to Sam Neua: a
// minute of speech in Ogg/Opus is well under 1 MB.
const (
	MaxAudioBytes = 5 << 20
	MaxImageBytes = 1 << 20
)

// Media types a browser plays or shows without plug-ins. Ogg carries Vorbis
// or Opus (Speex and FLAC in Ogg are refused: not every browser plays them).
var mediaTypes = map[mediaKind][]string{
	kindAudio: {"audio/ogg", "audio/mpeg", "audio/wav"},
	kindImage: {"image/png", "image/jpeg", "image/webp"},
}

var mediaExts = map[string]string{
	".ogg": "audio/ogg", ".oga": "audio/ogg", ".opus": "audio/ogg", ".mp3": "audio/mpeg", ".wav": "audio/wav",
	".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".webp": "image/webp",
}

// media checks the file a YAML field names (at src) and returns its key,
// or ref itself when it cannot be resolved (the problem is reported).
func (l *loader) media(c ctx, src Source, field, ref string, kind mediaKind) string {
	if ref == "" {
		return ""
	}
	if filepath.IsAbs(ref) || strings.Contains(ref, `\`) {
		l.errorf(src, "%s %q: use a relative path with forward slashes", field, ref)
		return ref
	}
	p := filepath.Join(c.dir, filepath.FromSlash(ref))
	rel, err := filepath.Rel(c.bankDir, p)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		l.errorf(src, "%s %q is outside the bank folder %s", field, ref, c.bankDir)
		return ref
	}
	key := c.bank + "/" + filepath.ToSlash(rel)
	if m, ok := l.b.Media[key]; ok {
		l.checkKind(src, field, ref, m, kind)
		return key
	}
	data, err := l.read(p)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			l.b.MissingMedia[key] = p
		}
		l.errorf(src, "%s %q: %s", field, ref, plainErr(err))
		return key
	}
	m := &MediaFile{Key: key, Path: p, fsys: l.fsys, Size: int64(len(data)), MIME: sniff(data)}
	sum := sha256.Sum256(data)
	m.SHA256 = hex.EncodeToString(sum[:])
	l.b.Media[key] = m
	l.checkKind(src, field, ref, m, kind)
	return key
}

func (l *loader) checkKind(src Source, field, ref string, m *MediaFile, kind mediaKind) {
	ok := false
	for _, t := range mediaTypes[kind] {
		ok = ok || m.MIME == t
	}
	want := "ogg/opus, mp3 or wav"
	limit := int64(MaxAudioBytes)
	if kind == kindImage {
		want, limit = "png, jpeg or webp", MaxImageBytes
	}
	if !ok {
		l.errorf(src, "%s %q is %s, not %s", field, ref, m.MIME, want)
		return
	}
	if m.Size > limit {
		l.errorf(src, "%s %q is %s, over the %s limit", field, ref, humanSize(m.Size), humanSize(limit))
	}
	if t, known := mediaExts[strings.ToLower(path.Ext(ref))]; !known || t != m.MIME {
		l.warnf(src, "%s %q: the name's extension does not match its content (%s)", field, ref, m.MIME)
	}
}

// sniff names a file's type from its bytes: an extension can lie, and a
// browser given the wrong type plays nothing.
func sniff(data []byte) string {
	mt := mimetype.Detect(data)
	s := mt.String()
	if i := strings.IndexByte(s, ';'); i >= 0 {
		s = s[:i]
	}
	switch {
	case mt.Is("audio/wav"):
		return "audio/wav"
	case mt.Is("audio/ogg"), mt.Is("application/ogg"):
		// The codec's identification header sits at byte 28 of the first page.
		if len(data) > 36 && (bytes.HasPrefix(data[28:], []byte("\x01vorbis")) || bytes.HasPrefix(data[28:], []byte("OpusHead"))) {
			return "audio/ogg"
		}
		return "application/ogg (not Vorbis or Opus)"
	}
	return s
}

func humanSize(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.0f kB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// MediaKeys lists the media an item shows, its group's excepted.
func (it *Item) MediaKeys() []string {
	var ks []string
	for _, k := range []string{it.Audio, it.Image} {
		if k != "" {
			ks = append(ks, k)
		}
	}
	for _, o := range it.Options {
		if o.Image != "" {
			ks = append(ks, o.Image)
		}
	}
	return ks
}

// MediaKeys lists the media a group shows.
func (g *Group) MediaKeys() []string {
	var ks []string
	for _, k := range []string{g.Audio, g.Image} {
		if k != "" {
			ks = append(ks, k)
		}
	}
	return ks
}
