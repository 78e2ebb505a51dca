package web

import (
	"io/fs"
	"slices"
	"testing"

	webfiles "hocviet/web"
)

// The item partial holds the exam's markup and the practice form's; the
// exam page, which crosses weak links on exam day, must still load only
// the stylesheets of its own classes, and the practice and preview pages
// theirs.
func TestItemPartialKeepsEachPagesStylesheets(t *testing.T) {
	names, err := fs.Glob(webfiles.FS, "templates/pages/*.html")
	if err != nil {
		t.Fatal(err)
	}
	partials, err := fs.Glob(webfiles.FS, "templates/partials/*.html")
	if err != nil {
		t.Fatal(err)
	}
	styles, err := pageStyles(webfiles.FS, names, partials)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		page      string
		want, not []string
	}{
		{"exam_take", []string{"css/exam.css"}, []string{"css/practice.css", "css/tone.css", "css/bank.css", "css/readiness.css"}},
		{"practice_item", []string{"css/practice.css", "css/tone.css"}, []string{"css/bank.css"}},
		{"bank_item", []string{"css/practice.css", "css/bank.css"}, nil},
	} {
		got := styles[tc.page]
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s loads %v, without %s", tc.page, got, w)
			}
		}
		for _, n := range tc.not {
			if slices.Contains(got, n) {
				t.Errorf("%s loads %s, which styles none of its classes (%v)", tc.page, n, got)
			}
		}
	}
}
