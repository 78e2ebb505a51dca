package cli

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/xuri/excelize/v2"

	"hocviet/internal/lang"
)

// i18nHeader is the review sheet's first row; the fourth column is named by
// the language under review.
var i18nHeader = []string{"key", "vi", "en", "", "reviewed"}

func runI18n(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 || (args[0] != "export" && args[0] != "import") {
		fmt.Fprintln(stderr, "usage: hocviet i18n export --lang lo [--dir web/i18n] FILE.xlsx\n       hocviet i18n import [--dir web/i18n] FILE.xlsx")
		return 2
	}
	fs := newFlags("i18n "+args[0], stderr)
	dir := fs.String("dir", "web/i18n", "the translations folder of the source tree")
	l := fs.String("lang", "lo", "the language to review (export)")
	if code := parse(fs, args[1:]); code >= 0 {
		return code
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "hocviet i18n: name one .xlsx file")
		return 2
	}
	file := fs.Arg(0)
	if args[0] == "export" {
		return i18nExport(*dir, *l, file, stdout, stderr)
	}
	return i18nImport(*dir, file, stdout, stderr)
}

func i18nExport(dir, l, file string, stdout, stderr io.Writer) int {
	rows, err := lang.ReviewRows(os.DirFS(dir), l)
	if err != nil {
		fmt.Fprintf(stderr, "hocviet i18n export: %v\n", err)
		return 1
	}
	f := excelize.NewFile()
	defer f.Close()
	sheet := "review-" + l
	f.SetSheetName("Sheet1", sheet)
	head := append([]string(nil), i18nHeader...)
	head[3] = l
	for c, h := range head {
		cell, _ := excelize.CoordinatesToCellName(c+1, 1)
		f.SetCellStr(sheet, cell, h)
	}
	reviewed := 0
	for i, r := range rows {
		ok := "no"
		if r.Reviewed {
			ok, reviewed = "yes", reviewed+1
		}
		// SetCellStr keeps every cell a string: a message starting with "="
		// stays text and is never run as a formula.
		for c, v := range []string{r.Key, r.Vi, r.En, r.Text, ok} {
			cell, _ := excelize.CoordinatesToCellName(c+1, i+2)
			f.SetCellStr(sheet, cell, v)
		}
	}
	f.SetColWidth(sheet, "A", "A", 36)
	f.SetColWidth(sheet, "B", "D", 60)
	if err := f.SaveAs(file); err != nil {
		fmt.Fprintf(stderr, "hocviet i18n export: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "%s: %d %s messages, %d reviewed\n", file, len(rows), l, reviewed)
	return 0
}

func i18nImport(dir, file string, stdout, stderr io.Writer) int {
	f, err := excelize.OpenFile(file)
	if err != nil {
		fmt.Fprintf(stderr, "hocviet i18n import: %s: %v\n", file, err)
		return 1
	}
	defer f.Close()
	sheet := f.GetSheetName(0)
	all, err := f.GetRows(sheet)
	if err != nil || len(all) == 0 {
		fmt.Fprintf(stderr, "hocviet i18n import: %s: no rows (%v)\n", file, err)
		return 1
	}
	head := all[0]
	if len(head) < 5 || head[0] != "key" || head[1] != "vi" || head[2] != "en" || head[4] != "reviewed" {
		fmt.Fprintf(stderr, "hocviet i18n import: %s:1: the header must be key, vi, en, <language>, reviewed (as exported)\n", file)
		return 1
	}
	l := head[3]
	var rows []lang.Row
	for _, r := range all[1:] {
		for len(r) < 5 {
			r = append(r, "")
		}
		rev := strings.ToLower(strings.TrimSpace(r[4]))
		rows = append(rows, lang.Row{Key: strings.TrimSpace(r[0]), Vi: r[1], En: r[2], Text: r[3],
			Reviewed: rev == "yes" || rev == "x" || rev == "1" || rev == "true" || rev == "ແລ້ວ" || rev == "có"})
	}
	res, problems, err := lang.ImportReview(dir, l, rows, 2)
	if err != nil {
		fmt.Fprintf(stderr, "hocviet i18n import: %v\n", err)
		return 1
	}
	if len(problems) > 0 {
		for _, p := range problems {
			fmt.Fprintf(stderr, "%s:%d: %s: %s\n", file, p.Row, p.Key, p.Message)
		}
		fmt.Fprintf(stderr, "hocviet i18n import: %d problems; nothing written\n", len(problems))
		return 1
	}
	fmt.Fprintf(stdout, "%s: %d texts changed, %d approved\n", l, res.Changed, res.Approved)
	return 0
}
