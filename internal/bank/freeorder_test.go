package bank

import (
	"slices"
	"testing"

	"hocviet/internal/viet"
)

func TestFreeOrders(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name  string
		words []string
		first string
		free  [][]Block
		want  []string
	}{
		{"swap two nouns", []string{"trường", "gần", "chợ", "ở"}, "Chợ ở gần trường.", [][]Block{{{2}, {0}}},
			[]string{"chợ ở gần trường", "trường ở gần chợ"}},
		{"fronted adverbial", []string{"tiếng Việt", "mỗi ngày", "học", "chúng tôi"}, "Chúng tôi học tiếng Việt mỗi ngày.", [][]Block{{{3, 2, 0}, {1}}},
			[]string{"chúng tôi học tiếng Việt mỗi ngày", "mỗi ngày chúng tôi học tiếng Việt"}},
		{"three coordinated countries", []string{"Lào", "Việt Nam", "Campuchia", "và", ",", "hợp tác", "với nhau"},
			"Việt Nam , Lào và Campuchia hợp tác với nhau", [][]Block{{{1}, {0}, {2}}},
			[]string{
				"Việt Nam , Lào và Campuchia hợp tác với nhau", "Lào , Việt Nam và Campuchia hợp tác với nhau",
				"Lào , Campuchia và Việt Nam hợp tác với nhau", "Việt Nam , Campuchia và Lào hợp tác với nhau",
				"Campuchia , Việt Nam và Lào hợp tác với nhau", "Campuchia , Lào và Việt Nam hợp tác với nhau",
			}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			it := &Item{Type: TypeOrderWords, Words: c.words, Accept: []string{c.first}, FreeOrder: c.free}
			got, err := FreeOrders(it)
			if err != nil {
				t.Fatal(err)
			}
			var keys, want []string
			for _, g := range got {
				keys = append(keys, keyOf(g))
			}
			for _, w := range c.want {
				want = append(want, keyOf(w))
			}
			slices.Sort(keys)
			slices.Sort(want)
			if !slices.Equal(keys, want) {
				t.Errorf("orders\n%q\nwant\n%q", keys, want)
			}
			// And the grader accepts each of them.
			for _, g := range got {
				if sc := Grade(it, Response{Words: []string{g}}); sc.Verdict != "correct" {
					t.Errorf("Grade(%q) = %s", g, sc.Verdict)
				}
			}
		})
	}
}

func keyOf(s string) string { return viet.Key(s) }
