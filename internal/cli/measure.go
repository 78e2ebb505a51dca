package cli

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"hocviet/internal/measure"
	"hocviet/internal/store"
)

// The measurement commands of `hocviet exam` (issue 14): stats, responses,
// calibrate, simulate.
var measureCommands = map[string]func(args []string, stdout, stderr io.Writer) int{
	"stats":     runExamStats,
	"responses": runExamResponses,
	"calibrate": runExamCalibrate,
	"simulate":  runExamSimulate,
}

const measureUsage = `       hocviet exam stats --db PATH --session ID [--json]
       hocviet exam responses --db PATH --session ID --out FILE.csv
       hocviet exam calibrate --db PATH [--json]
       hocviet exam simulate [--candidates N] [--seed S] [--json]`

func runExamStats(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("exam stats", stderr)
	db := fs.String("db", env("HOCVIET_DB", "hocviet.db"), "SQLite database file")
	session := fs.Int64("session", 0, "exam session id")
	asJSON := fs.Bool("json", false, "print JSON")
	if code := parse(fs, args); code >= 0 {
		return code
	}
	if *session <= 0 {
		fmt.Fprintln(stderr, "hocviet exam stats: --session ID is required")
		return 2
	}
	ctx := context.Background()
	st, err := openCurrent(ctx, *db)
	if err != nil {
		return fail(stderr, err)
	}
	defer st.Close()
	sm, err := st.Measure.SessionMeasureData(ctx, *session)
	if err != nil {
		return fail(stderr, err)
	}
	rep, err := measure.Report(*session, sm.Data, sm.Raters)
	if err != nil {
		return fail(stderr, err)
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			return fail(stderr, err)
		}
		return 0
	}
	fmt.Fprintf(stdout, "session %d (%s): %d released results\n\n", *session, sm.Title, rep.Candidates)
	w := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "skill\titems\tmean\tsd\talpha\tsem")
	for _, s := range rep.SkillStats() {
		fmt.Fprintf(w, "%s\t%d\t%s\t%s\t%s (%s)\t%s\n", s.Skill, s.Items, f2(s.Mean), f2(s.SD), f2(s.Alpha), s.Method, f2(s.SEM))
	}
	w.Flush()
	fmt.Fprintln(stdout)
	w = tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "item\tskill\ttype\tn\tfacility\tdiscrimination\tflags")
	for _, it := range rep.ItemStats() {
		fmt.Fprintf(w, "%s\t%s\t%s\t%d\t%s\t%s\t%s\n", it.ItemID, it.Skill, it.Type, it.N, f2(it.Facility), f2(it.Discrimination), strings.Join(it.Flags, " "))
	}
	w.Flush()
	if len(rep.RaterPairs()) > 0 {
		fmt.Fprintln(stdout)
		w = tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(w, "raters\tscripts\texact\tadjacent\tr\tmean diff\tthird rater")
		for _, p := range rep.RaterPairs() {
			fmt.Fprintf(w, "%s / %s\t%d\t%s\t%s\t%s\t%s\t%s\n", p.RaterA, p.RaterB, p.Scripts, f2(p.Exact), f2(p.Adjacent), f2(p.Correlation), f2(p.MeanDifference), f2(p.ThirdRater))
		}
		w.Flush()
	}
	return 0
}

func f2(x float64) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return "–"
	}
	return strconv.FormatFloat(x, 'f', 2, 64)
}

func runExamResponses(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("exam responses", stderr)
	db := fs.String("db", env("HOCVIET_DB", "hocviet.db"), "SQLite database file")
	session := fs.Int64("session", 0, "exam session id")
	out := fs.String("out", "", "CSV file to write (must not exist)")
	if code := parse(fs, args); code >= 0 {
		return code
	}
	if *session <= 0 || *out == "" {
		fmt.Fprintln(stderr, "hocviet exam responses: --session ID and --out FILE.csv are required")
		return 2
	}
	ctx := context.Background()
	st, err := openCurrent(ctx, *db)
	if err != nil {
		return fail(stderr, err)
	}
	defer st.Close()
	sm, err := st.Measure.SessionMeasureData(ctx, *session)
	if err != nil {
		return fail(stderr, err)
	}
	f, err := os.OpenFile(*out, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return fail(stderr, fmt.Errorf("responses: %w", err))
	}
	if err := WriteResponsesCSV(f, sm); err != nil {
		f.Close()
		return fail(stderr, fmt.Errorf("responses: %s: %w", *out, err))
	}
	if err := f.Close(); err != nil {
		return fail(stderr, fmt.Errorf("responses: %s: %w", *out, err))
	}
	fmt.Fprintf(stdout, "wrote %s: %d attempts × %d items\n", *out, len(sm.Data.Persons), len(sm.Data.Items))
	return 0
}

// WriteResponsesCSV writes the person × item matrix: one row per attempt
// code, one column per item id (the version added after "@" when a session
// used two versions of one item), scores as fractions of the item's points,
// empty when the item was not presented.
func WriteResponsesCSV(w io.Writer, sm *store.SessionMeasure) error {
	header := []string{"attempt"}
	count := map[string]int{}
	for _, it := range sm.Data.Items {
		count[it.ID]++
	}
	for _, it := range sm.Data.Items {
		name := it.ID
		if count[it.ID] > 1 {
			name += "@" + strconv.FormatInt(it.VersionID, 10)
		}
		header = append(header, name)
	}
	rows := [][]string{header}
	for p, code := range sm.Data.Persons {
		row := []string{code}
		for i := range sm.Data.Items {
			f := sm.Data.Frac[p][i]
			if math.IsNaN(f) {
				row = append(row, "")
				continue
			}
			row = append(row, strconv.FormatFloat(f, 'f', -1, 64))
		}
		rows = append(rows, row)
	}
	return writeCSV(w, rows)
}

// writeCSV is the one place measurement files are written as CSV.
func writeCSV(w io.Writer, rows [][]string) error {
	cw := csv.NewWriter(w)
	if err := cw.WriteAll(rows); err != nil {
		return err
	}
	return cw.Error()
}

func runExamCalibrate(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("exam calibrate", stderr)
	db := fs.String("db", env("HOCVIET_DB", "hocviet.db"), "SQLite database file")
	asJSON := fs.Bool("json", false, "print JSON")
	if code := parse(fs, args); code >= 0 {
		return code
	}
	ctx := context.Background()
	st, err := openCurrent(ctx, *db)
	if err != nil {
		return fail(stderr, err)
	}
	defer st.Close()
	out, err := st.Measure.RunCalibration(ctx, nil, time.Now())
	if err != nil {
		return fail(stderr, err)
	}
	type itemJSON struct {
		ItemID     string   `json:"item_id"`
		VersionID  int64    `json:"version_id"`
		Skill      string   `json:"skill"`
		Difficulty *float64 `json:"difficulty"`
		SE         *float64 `json:"se"`
		Infit      *float64 `json:"infit"`
		Outfit     *float64 `json:"outfit"`
		Steps      int      `json:"steps"`
		N          int      `json:"n"`
		Extreme    string   `json:"extreme,omitempty"`
	}
	type skillJSON struct {
		Skill      string  `json:"skill"`
		Items      int     `json:"items"`
		Iterations int     `json:"iterations"`
		Converged  bool    `json:"converged"`
		BiasFactor float64 `json:"bias_factor"`
	}
	res := struct {
		Calibration int64       `json:"calibration"`
		Persons     int         `json:"persons"`
		Sessions    int         `json:"sessions"`
		Skills      []skillJSON `json:"skills"`
		Items       []itemJSON  `json:"items"`
	}{Calibration: out.ID, Persons: out.Persons, Sessions: out.Sessions, Skills: []skillJSON{}, Items: []itemJSON{}}
	for _, sk := range out.Skills {
		res.Skills = append(res.Skills, skillJSON{Skill: sk.Skill, Items: len(sk.Items), Iterations: sk.Iterations, Converged: sk.Converged,
			BiasFactor: math.Round(sk.BiasFactor*1e4) / 1e4})
		for _, it := range sk.Items {
			res.Items = append(res.Items, itemJSON{ItemID: it.ID, VersionID: it.VersionID, Skill: it.Skill, Difficulty: measure.Num(it.Difficulty),
				SE: measure.Num(it.SE), Infit: measure.Num(it.Infit), Outfit: measure.Num(it.Outfit), Steps: len(it.Steps), N: it.N, Extreme: it.Extreme})
		}
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(res); err != nil {
			return fail(stderr, err)
		}
		return 0
	}
	fmt.Fprintf(stdout, "calibration %d: %d released results from %d sessions\n", out.ID, out.Persons, out.Sessions)
	w := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "item\tskill\tsteps\tdifficulty\tse\tinfit\toutfit\tn")
	for _, it := range res.Items {
		fmt.Fprintf(w, "%s\t%s\t%d\t%s\t%s\t%s\t%s\t%d %s\n", it.ItemID, it.Skill, it.Steps, fp(it.Difficulty), fp(it.SE), fp(it.Infit), fp(it.Outfit), it.N, it.Extreme)
	}
	w.Flush()
	return 0
}

func fp(p *float64) string {
	if p == nil {
		return "–"
	}
	return f2(*p)
}
