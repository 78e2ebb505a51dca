package bank

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// Limits on what YAML aliases may expand to. A bank file names a few
// dozen anchors (shared instructions); a file whose aliases expand a long
// anchored text thousands of times would keep lint, import and the server
// busy for minutes (issue 15.8), so it is refused before decoding.
const (
	maxAliases       = 10_000
	maxExpandedBytes = 16 << 20 // what all aliases of one file may add, in bytes of scalar text
)

// aliasProblem walks a parsed document without following aliases and
// returns the first alias past the limits, with its line.
func aliasProblem(doc *yaml.Node) (line int, msg string) {
	sizes := map[*yaml.Node]int64{}
	var size func(n *yaml.Node, depth int) int64
	size = func(n *yaml.Node, depth int) int64 {
		if s, ok := sizes[n]; ok {
			return s
		}
		if depth > 1000 {
			return maxExpandedBytes + 1 // deeper than any bank: treat as too big
		}
		var s int64
		switch n.Kind {
		case yaml.AliasNode:
			if n.Alias != nil {
				s = size(n.Alias, depth+1)
			}
		case yaml.ScalarNode:
			s = int64(len(n.Value))
		default:
			for _, c := range n.Content {
				s += size(c, depth+1)
				if s > maxExpandedBytes {
					s = maxExpandedBytes + 1
					break
				}
			}
		}
		sizes[n] = s
		return s
	}
	var aliases int
	var expanded int64
	var walk func(n *yaml.Node) bool
	walk = func(n *yaml.Node) bool {
		if n.Kind == yaml.AliasNode {
			aliases++
			if n.Alias != nil {
				expanded += size(n.Alias, 0)
			}
			switch {
			case aliases > maxAliases:
				line, msg = n.Line, fmt.Sprintf("more than %d YAML aliases in one file: refused (write the values out)", maxAliases)
				return false
			case expanded > maxExpandedBytes:
				line, msg = n.Line, fmt.Sprintf("YAML aliases expand to more than %d MB (alias *%s): refused (write the value out or alias a shorter one)", maxExpandedBytes>>20, n.Value)
				return false
			}
			return true
		}
		for _, c := range n.Content {
			if !walk(c) {
				return false
			}
		}
		return true
	}
	walk(doc)
	return line, msg
}

// invalidUTF8 returns the line and column (in bytes, from 1) of the first
// byte that is not UTF-8, or 0.
func invalidUTF8(data []byte) (line, col int, b byte) {
	if utf8.Valid(data) {
		return 0, 0, 0
	}
	line, start := 1, 0
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return line, i - start + 1, data[i]
		}
		if data[i] == '\n' {
			line, start = line+1, i+1
		}
		i += n
	}
	return 0, 0, 0
}

// syntaxLine finds the line a YAML syntax error is on. yaml.v3 names the
// line where the enclosing block began (line 1 for a key indented one space
// too few deep inside items:), so the file is cut at line ends and the
// shortest prefix that no longer parses ends on the faulty line. A prefix
// of a valid file almost always parses, which makes a binary search
// enough; 0 means the search found nothing better than yaml.v3's line.
func syntaxLine(data []byte) int {
	var ends []int // offset after each line
	for i, c := range data {
		if c == '\n' {
			ends = append(ends, i+1)
		}
	}
	if len(data) > 0 && data[len(data)-1] != '\n' {
		ends = append(ends, len(data))
	}
	fails := func(k int) bool { // the first k lines do not parse
		var n yaml.Node
		return yaml.Unmarshal(bytes.Clone(data[:ends[k-1]]), &n) != nil
	}
	if len(ends) == 0 || !fails(len(ends)) {
		return 0
	}
	lo, hi := 1, len(ends) // fails(hi) holds
	if fails(lo) {
		return 1
	}
	for hi-lo > 1 {
		mid := (lo + hi) / 2
		if fails(mid) {
			hi = mid
		} else {
			lo = mid
		}
	}
	return hi
}
