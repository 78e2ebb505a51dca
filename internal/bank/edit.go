package bank

import (
	"bytes"
	"errors"
	"fmt"
	"path"
	"reflect"
	"regexp"
	"strconv"
	"strings"

	"github.com/go-playground/validator/v10"
	"go.yaml.in/yaml/v3"
)

// The web editor checks one item at a time, with no file behind it. These
// helpers run lint's own rules on it, so the browser and `bank lint` can
// never disagree about what a valid item is.

// Lines stand in for fields while an item from the editor is checked: every
// rule reports a Source, and an item that was never a file has no lines, so
// each key and list entry gets a line of its own that maps back to its name.
const (
	optionLines = 1000
	gapLines    = 2000
	pairLines   = 3000
)

var itemKeys = yamlKeys(reflect.TypeFor[Item]())

func yamlKeys(t reflect.Type) []string {
	var ks []string
	for i := range t.NumField() {
		k := strings.Split(t.Field(i).Tag.Get("yaml"), ",")[0]
		if k != "" && k != "-" {
			ks = append(ks, k)
		}
	}
	return ks
}

// CheckItem runs lint's item rules on one item from outside the files: the
// struct validation (required keys, enums, ranges) and the per-type checks.
// g is the item's group (nil when it has none or it does not exist: the
// check then reports "group not found"); rubrics holds at least the rubric
// the item names. Each Problem's Field names what it is about, as the YAML
// key ("prompt", "credit.tone") or list entry ("options[1]", "gaps[0]");
// "" is the item as a whole. File and Line are not set. The item is not
// changed.
func CheckItem(it *Item, g *Group, rubrics map[string]*Rubric) []Problem {
	var ps []Problem
	if err := validate.Struct(it); err != nil {
		var ves validator.ValidationErrors
		if !errors.As(err, &ves) {
			return []Problem{{Severity: SevError, Message: err.Error()}}
		}
		for _, fe := range ves {
			p := fe.Namespace()
			if i := strings.IndexByte(p, '.'); i >= 0 {
				p = p[i+1:]
			}
			ps = append(ps, Problem{Severity: SevError, Message: fieldMessage(p, fe), Field: p})
		}
		// The per-type rules assume the basics hold (a known skill, a
		// level): stop here as lint does for an entry it cannot decode.
		for _, p := range ps {
			if p.Field == "skill" || p.Field == "type" {
				return ps
			}
		}
	}

	c := *it
	c.Source = Source{}
	c.lines = keyLines{}
	for i, k := range itemKeys {
		c.lines[k] = i + 1
	}
	c.Options = append([]Option(nil), it.Options...)
	for i := range c.Options {
		c.Options[i].Line = optionLines + i
	}
	c.Gaps = append([]Gap(nil), it.Gaps...)
	for i := range c.Gaps {
		c.Gaps[i].Line = gapLines + i
	}
	c.Pairs = append([]Pair(nil), it.Pairs...)
	for i := range c.Pairs {
		c.Pairs[i].Line = pairLines + i
	}
	b := &Bank{groups: map[string]*Group{}, rubrics: map[string]*Rubric{}}
	if g != nil {
		b.groups[g.ID] = g
	}
	for id, rb := range rubrics {
		b.rubrics[id] = rb
	}
	r := &report{}
	checkItem(r, newTexts(), b, &c)
	for _, p := range r.ps {
		p.Field = lineField(p.Line)
		p.Line = 0
		// A file's message points at another line; here, at the option.
		p.Message = alsoLine.ReplaceAllStringFunc(p.Message, func(m string) string {
			n, _ := strconv.Atoi(alsoLine.FindStringSubmatch(m)[1])
			return fmt.Sprintf("(also option %d)", n-optionLines+1)
		})
		ps = append(ps, p)
	}
	return ps
}

var alsoLine = regexp.MustCompile(`\(also line (\d+)\)`)

func lineField(n int) string {
	switch {
	case n >= pairLines:
		return fmt.Sprintf("pairs[%d]", n-pairLines)
	case n >= gapLines:
		return fmt.Sprintf("gaps[%d]", n-gapLines)
	case n >= optionLines:
		return fmt.Sprintf("options[%d]", n-optionLines)
	case n >= 1 && n <= len(itemKeys):
		return itemKeys[n-1]
	}
	return ""
}

// DefaultOptionIDs gives unnamed options the ids Load would give them (a,
// b, c... in written order), so an item from the editor is stored exactly
// as the same item read from a file.
func DefaultOptionIDs(it *Item) {
	for i := range it.Options {
		if it.Options[i].ID == "" {
			it.Options[i].ID = optionID(i)
		}
	}
}

// MediaError is CheckMedia's refusal, worded as lint words it.
type MediaError struct {
	MIME     string // what the bytes are
	TooLarge bool   // the type is right, the size is over Limit
	Limit    int64
	msg      string
}

func (e *MediaError) Error() string { return e.msg }

// CheckMedia applies lint's media rules to bytes that come from outside the
// files (an upload): the type is named from the bytes, never from a name,
// and must be one a browser plays or shows; the size must be within
// MaxAudioBytes or MaxImageBytes. It returns the type.
func CheckMedia(data []byte, image bool) (string, error) {
	kind, want, limit := kindAudio, "ogg/opus, mp3 or wav", int64(MaxAudioBytes)
	if image {
		kind, want, limit = kindImage, "png, jpeg or webp", MaxImageBytes
	}
	mt := sniff(data)
	ok := false
	for _, t := range mediaTypes[kind] {
		ok = ok || mt == t
	}
	if !ok {
		return mt, &MediaError{MIME: mt, Limit: limit, msg: fmt.Sprintf("the file is %s, not %s", mt, want)}
	}
	if n := int64(len(data)); n > limit {
		return mt, &MediaError{MIME: mt, TooLarge: true, Limit: limit,
			msg: fmt.Sprintf("the file is %s, over the %s limit", humanSize(n), humanSize(limit))}
	}
	return mt, nil
}

// MediaExt is the usual file extension of a media type CheckMedia accepts.
func MediaExt(mime string) string {
	switch mime {
	case "audio/ogg":
		return ".ogg"
	case "audio/mpeg":
		return ".mp3"
	case "audio/wav":
		return ".wav"
	case "image/png":
		return ".png"
	case "image/jpeg":
		return ".jpg"
	case "image/webp":
		return ".webp"
	}
	return ""
}

// ItemYAML writes an item as a bank file holding it alone, in the form
// authors write by hand, so it can be committed under question_banks/:
// reading that file back gives the same item. Media keys
// ("core/audio/x.ogg") are written as the paths the file must use; rel
// turns a key into that path (nil: the key without its bank, for a file in
// the bank's top folder). comment, if not empty, heads the file.
func ItemYAML(it *Item, rel func(key string) string, comment string) ([]byte, error) {
	if rel == nil {
		rel = func(key string) string {
			_, p, _ := strings.Cut(key, "/")
			return p
		}
	}
	c := *it
	c.Audio, c.Image = relKey(rel, it.Audio), relKey(rel, it.Image)
	c.Options = append([]Option(nil), it.Options...)
	for i := range c.Options {
		c.Options[i].Image = relKey(rel, c.Options[i].Image)
		if c.Options[i].ID == optionID(i) {
			c.Options[i].ID = "" // Load gives it back
		}
	}
	var n yaml.Node
	if err := n.Encode(&c); err != nil {
		return nil, fmt.Errorf("item %s: %w", it.ID, err)
	}
	tidy(&n)
	doc := &yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{
		{Kind: yaml.ScalarNode, Value: "items"},
		{Kind: yaml.SequenceNode, Content: []*yaml.Node{&n}},
	}}
	var buf bytes.Buffer
	for _, line := range strings.Split(strings.TrimSpace(comment), "\n") {
		if line != "" {
			buf.WriteString("# " + line + "\n")
		}
	}
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		return nil, fmt.Errorf("item %s: %w", it.ID, err)
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func relKey(rel func(string) string, key string) string {
	if key == "" {
		return ""
	}
	return rel(key)
}

// tidy drops what Load would read as absent anyway (empty strings, empty
// mappings such as "instructions: {}") and writes short lists of words on
// one line ("topics: [study, office]"), as the bank files do.
func tidy(n *yaml.Node) {
	switch n.Kind {
	case yaml.MappingNode:
		var keep []*yaml.Node
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			if v.Kind == yaml.ScalarNode && v.Tag == "!!str" && v.Value == "" {
				continue
			}
			if v.Kind == yaml.MappingNode && len(v.Content) == 0 {
				continue
			}
			tidy(v)
			keep = append(keep, k, v)
		}
		n.Content = keep
	case yaml.SequenceNode:
		short := true
		for _, e := range n.Content {
			tidy(e)
			if e.Kind != yaml.ScalarNode || strings.Contains(e.Value, "\n") || len(e.Value) > 24 {
				short = false
			}
		}
		if short && len(n.Content) <= 8 {
			n.Style = yaml.FlowStyle
		}
	case yaml.ScalarNode:
		// A flow list cannot hold a literal block; plain multi-line text
		// reads best as one.
		if strings.Contains(n.Value, "\n") {
			n.Style = yaml.LiteralStyle
		}
	}
}

// MediaPath is how a bank file in folder sub of its bank folder (a
// slash-separated path; "" for the bank's top folder) names a media key of
// its bank: "core/audio/x.ogg" is "audio/x.ogg" from the top and
// "../audio/x.ogg" from core/listening/.
func MediaPath(sub, key string) string {
	_, p, _ := strings.Cut(key, "/")
	sub = path.Clean("/" + sub)
	if sub == "/" {
		return p
	}
	return strings.Repeat("../", strings.Count(sub, "/")) + p
}
