package cli

import (
	"context"
	"fmt"
	"io"
	"text/tabwriter"

	"hocviet/internal/exam"
)

func runExam(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	const usage = "usage: hocviet exam regrade --item ID [--dry-run] [--db PATH]\n" + measureUsage
	if len(args) > 0 && measureCommands[args[0]] != nil {
		return measureCommands[args[0]](args[1:], stdout, stderr)
	}
	if len(args) == 0 || args[0] != "regrade" {
		fmt.Fprintln(stderr, usage)
		return 2
	}
	fs := newFlags("exam regrade", stderr)
	db := fs.String("db", env("HOCVIET_DB", "hocviet.db"), "SQLite database file")
	item := fs.String("item", "", "item id whose key was corrected (its current version is used)")
	dry := fs.Bool("dry-run", false, "show what would change and change nothing")
	if code := parse(fs, args[1:]); code >= 0 {
		return code
	}
	if *item == "" {
		fmt.Fprintln(stderr, "hocviet exam regrade: --item is required\n"+usage)
		return 2
	}
	ctx := context.Background()
	st, err := openCurrent(ctx, *db)
	if err != nil {
		return fail(stderr, err)
	}
	defer st.Close()
	// The command line has no signed-in user: the log says "system", and
	// who ran it is whoever has the database file.
	changes, err := exam.NewSitting(st.Attempts, st.Exams).Regrade(ctx, exam.RegradeInput{ItemID: *item, DryRun: *dry})
	if err != nil {
		return fail(stderr, err)
	}
	w := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "attempt\tcode\titem\tversion\tbefore\tafter\taverage\tlevel")
	for _, c := range changes {
		fmt.Fprintf(w, "%d\t%s\t%d\tv%d→v%d\t%.2f/%.2f\t%.2f/%.2f\t%s\t%s\n", c.AttemptID, c.Code, c.Pos+1, c.FromVersion, c.ToVersion,
			c.Before, c.Max, c.After, c.Max, change(c.OldAverage, c.NewAverage, "%.1f"), change(intf(c.OldLevel), intf(c.NewLevel), "%.0f"))
	}
	w.Flush()
	verb := "regraded"
	if *dry {
		verb = "would regrade (dry run, nothing changed)"
	}
	fmt.Fprintf(stdout, "%s %d responses to %s\n", verb, len(changes), *item)
	return 0
}

func intf(p *int) *float64 {
	if p == nil {
		return nil
	}
	f := float64(*p)
	return &f
}

func change(a, b *float64, format string) string {
	s := func(p *float64) string {
		if p == nil {
			return "–"
		}
		return fmt.Sprintf(format, *p)
	}
	return s(a) + "→" + s(b)
}
