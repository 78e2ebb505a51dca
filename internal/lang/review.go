package lang

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
)

// Review of the UI's translations: every Lao string was written by
// non-native writers, so a native reviewer goes through them in a
// spreadsheet (key, Vietnamese, English, Lao, reviewed) and the import
// writes the corrections back into the JSON files. A review is kept in
// i18n/review/<lang>.json as the hash of the text that was approved: when the
// text changes later, it is no longer counted as reviewed.

// Row is one message for a reviewer.
type Row struct {
	Key      string
	Vi, En   string
	Text     string // the reviewed language's text
	Reviewed bool
}

// reviewFile is where approvals of language l are kept, under dir.
func reviewFile(dir, l string) string { return filepath.Join(dir, "review", l+".json") }

func textHash(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:8])
}

// messages reads every message of language l under dir, by key, with the
// file each lives in.
func messages(fsys fs.FS, l string) (map[string]string, map[string]string, error) {
	paths, err := fs.Glob(fsys, "*"+l+".json")
	if err != nil {
		return nil, nil, err
	}
	text, file := map[string]string{}, map[string]string{}
	for _, p := range paths {
		if p != l+".json" && !strings.HasSuffix(p, "."+l+".json") {
			continue
		}
		raw, err := fs.ReadFile(fsys, p)
		if err != nil {
			return nil, nil, err
		}
		var m map[string]string
		if err := json.Unmarshal(raw, &m); err != nil {
			return nil, nil, fmt.Errorf("%s: %w", p, err)
		}
		for k, v := range m {
			text[k], file[k] = v, p
		}
	}
	if len(text) == 0 {
		return nil, nil, fmt.Errorf("no %s messages", l)
	}
	return text, file, nil
}

func approvals(fsys fs.FS, l string) (map[string]string, error) {
	raw, err := fs.ReadFile(fsys, "review/"+l+".json")
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return map[string]string{}, nil
		}
		return nil, err
	}
	m := map[string]string{}
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, fmt.Errorf("review/%s.json: %w", l, err)
	}
	return m, nil
}

// ReviewRows lists every message of language l for review, by key, with
// the Vietnamese and English beside it.
func ReviewRows(fsys fs.FS, l string) ([]Row, error) {
	if !slices.Contains(Supported, l) {
		return nil, fmt.Errorf("unknown language %q (want one of %v)", l, Supported)
	}
	target, _, err := messages(fsys, l)
	if err != nil {
		return nil, err
	}
	vi, _, err := messages(fsys, "vi")
	if err != nil {
		return nil, err
	}
	en, _, err := messages(fsys, "en")
	if err != nil {
		return nil, err
	}
	ok, err := approvals(fsys, l)
	if err != nil {
		return nil, err
	}
	rows := make([]Row, 0, len(target))
	for k, v := range target {
		rows = append(rows, Row{Key: k, Vi: vi[k], En: en[k], Text: v, Reviewed: ok[k] == textHash(v)})
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].Key < rows[j].Key })
	return rows, nil
}

// Coverage counts the messages of language l whose current text a reviewer
// approved.
func Coverage(fsys fs.FS, l string) (reviewed, total int, err error) {
	rows, err := ReviewRows(fsys, l)
	if err != nil {
		return 0, 0, err
	}
	for _, r := range rows {
		if r.Reviewed {
			reviewed++
		}
	}
	return reviewed, len(rows), nil
}

var placeholderRe = regexp.MustCompile(`\{\{\s*\.(\w+)\s*\}\}`)

func placeholders(s string) []string {
	var out []string
	for _, m := range placeholderRe.FindAllStringSubmatch(s, -1) {
		if !slices.Contains(out, m[1]) {
			out = append(out, m[1])
		}
	}
	sort.Strings(out)
	return out
}

// ImportProblem is a row the import refused, by its row number in the sheet.
type ImportProblem struct {
	Row     int
	Key     string
	Message string
}

func (p ImportProblem) Error() string { return fmt.Sprintf("row %d: %s: %s", p.Row, p.Key, p.Message) }

// ImportResult counts what an import changed.
type ImportResult struct {
	Changed, Approved int
}

// ImportReview writes reviewed rows of language l back into the JSON files
// under dir (the source tree's web/i18n). It checks everything first and
// writes nothing when a row is wrong: a key that does not exist, an empty
// text, or placeholders ({{.N}}) that differ from the Vietnamese message's.
// rows[i] is sheet row first+i.
func ImportReview(dir, l string, rows []Row, first int) (ImportResult, []ImportProblem, error) {
	var res ImportResult
	fsys := os.DirFS(dir)
	target, file, err := messages(fsys, l)
	if err != nil {
		return res, nil, err
	}
	vi, _, err := messages(fsys, "vi")
	if err != nil {
		return res, nil, err
	}
	ok, err := approvals(fsys, l)
	if err != nil {
		return res, nil, err
	}
	var problems []ImportProblem
	seen := map[string]int{}
	for i, r := range rows {
		n := first + i
		_, known := target[r.Key]
		switch {
		case !known:
			problems = append(problems, ImportProblem{n, r.Key, "no such message key"})
		case strings.TrimSpace(r.Text) == "":
			problems = append(problems, ImportProblem{n, r.Key, "the text is empty"})
		case !slices.Equal(placeholders(r.Text), placeholders(vi[r.Key])):
			problems = append(problems, ImportProblem{n, r.Key, fmt.Sprintf("placeholders %v differ from the Vietnamese %v",
				placeholders(r.Text), placeholders(vi[r.Key]))})
		case seen[r.Key] != 0:
			problems = append(problems, ImportProblem{n, r.Key, fmt.Sprintf("also on row %d", seen[r.Key])})
		}
		seen[r.Key] = n
	}
	if len(problems) > 0 {
		return res, problems, nil
	}
	byFile := map[string]map[string]string{}
	for _, r := range rows {
		if r.Text != target[r.Key] {
			if byFile[file[r.Key]] == nil {
				byFile[file[r.Key]] = map[string]string{}
			}
			byFile[file[r.Key]][r.Key] = r.Text
			res.Changed++
		}
		switch {
		case r.Reviewed:
			ok[r.Key] = textHash(r.Text)
			res.Approved++
		default:
			delete(ok, r.Key)
		}
	}
	for f, changes := range byFile {
		if err := rewriteMessages(filepath.Join(dir, f), changes); err != nil {
			return res, nil, err
		}
	}
	if err := os.MkdirAll(filepath.Join(dir, "review"), 0o755); err != nil {
		return res, nil, err
	}
	b, err := json.MarshalIndent(ok, "", " ")
	if err != nil {
		return res, nil, err
	}
	return res, nil, os.WriteFile(reviewFile(dir, l), append(b, '\n'), 0o644)
}

// rewriteMessages changes the values of some keys of a message file in
// place, line by line, so the file keeps its order and layout and a review
// shows as a small diff; the result is checked to be the JSON intended.
func rewriteMessages(path string, changes map[string]string) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	lines := bytes.Split(raw, []byte("\n"))
	done := map[string]bool{}
	for i, line := range lines {
		trimmed := bytes.TrimSpace(line)
		if !bytes.HasPrefix(trimmed, []byte(`"`)) {
			continue
		}
		var key string
		colon := bytes.Index(trimmed, []byte(`":`))
		if colon < 0 || json.Unmarshal(trimmed[:colon+1], &key) != nil {
			continue
		}
		v, ok := changes[key]
		if !ok {
			continue
		}
		indent := line[:len(line)-len(bytes.TrimLeft(line, " \t"))]
		kj, _ := json.Marshal(key)
		vj, err := marshalNoEscape(v)
		if err != nil {
			return err
		}
		comma := ""
		if bytes.HasSuffix(trimmed, []byte(",")) {
			comma = ","
		}
		lines[i] = []byte(string(indent) + string(kj) + ": " + string(vj) + comma)
		done[key] = true
	}
	for k := range changes {
		if !done[k] {
			return fmt.Errorf("%s: key %q is not on a line of its own", path, k)
		}
	}
	out := bytes.Join(lines, []byte("\n"))
	var check map[string]string
	if err := json.Unmarshal(out, &check); err != nil {
		return fmt.Errorf("%s: rewritten file is not JSON: %w", path, err)
	}
	for k, v := range changes {
		if check[k] != v {
			return fmt.Errorf("%s: %q not rewritten", path, k)
		}
	}
	return os.WriteFile(path, out, 0o644)
}

// marshalNoEscape writes a JSON string without escaping <, > and &, as the
// message files are written.
func marshalNoEscape(s string) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		return nil, err
	}
	return bytes.TrimRight(b.Bytes(), "\n"), nil
}
