package cli

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/crypto/bcrypt"

	"hocviet/internal/demo"
)

// The measurement commands on the demo's database: `exam stats --json` on
// the pilot prints the shape with alpha in (0, 1) for every skill
// and at least one flagged item; `exam responses` writes the matrix and
// never overwrites a file; `exam calibrate` keeps a new calibration.
func TestMeasureCommandsOnDemo(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	tpl, err := demo.SharedTemplate(context.Background(), dir, demo.Options{BcryptCost: bcrypt.MinCost})
	if err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "copy.db")
	if err := demo.CopyTo(tpl, db); err != nil {
		t.Fatal(err)
	}
	code, out, _ := run(t, "", "exam", "stats", "--db", db, "--session", "999")
	if code == 0 {
		t.Errorf("stats of a missing session: exit 0 (%s)", out)
	}
	sid := pilotSession(t, db)
	code, out, errs := run(t, "", "exam", "stats", "--db", db, "--session", sid, "--json")
	if code != 0 {
		t.Fatalf("stats: %d %s", code, errs)
	}
	var rep struct {
		Session    int64 `json:"session"`
		Candidates int   `json:"candidates"`
		Skills     []struct {
			Skill string   `json:"skill"`
			Items int      `json:"items"`
			Alpha *float64 `json:"alpha"`
			SEM   *float64 `json:"sem"`
		} `json:"skills"`
		Items []struct {
			ItemID  string         `json:"item_id"`
			Flags   []string       `json:"flags"`
			Options map[string]any `json:"options"`
		} `json:"items"`
		Raters []map[string]any `json:"raters"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("stats JSON: %v", err)
	}
	if rep.Candidates != demo.PilotSize || len(rep.Skills) != 4 || len(rep.Raters) == 0 {
		t.Fatalf("stats: %d candidates, %d skills, %d rater pairs", rep.Candidates, len(rep.Skills), len(rep.Raters))
	}
	for _, s := range rep.Skills {
		if s.Alpha == nil || *s.Alpha <= 0 || *s.Alpha >= 1 || s.SEM == nil {
			t.Errorf("%s: alpha %v sem %v", s.Skill, s.Alpha, s.SEM)
		}
	}
	flagged := 0
	for _, it := range rep.Items {
		if len(it.Flags) > 0 {
			flagged++
		}
	}
	if flagged == 0 {
		t.Error("no flagged item in the pilot")
	}
	for _, k := range []string{`"item_id"`, `"version_id"`, `"facility"`, `"discrimination"`, `"flags"`, `"top"`, `"bottom"`, `"mean_difference"`} {
		if !strings.Contains(out, k) {
			t.Errorf("stats JSON lacks %s", k)
		}
	}

	csvPath := filepath.Join(dir, "m.csv")
	if code, _, errs := run(t, "", "exam", "responses", "--db", db, "--session", sid, "--out", csvPath); code != 0 {
		t.Fatalf("responses: %s", errs)
	}
	f, err := os.Open(csvPath)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(f).ReadAll()
	f.Close()
	if err != nil || len(rows) != demo.PilotSize+1 || rows[0][0] != "attempt" || len(rows[0]) != len(rep.Items)+1 {
		t.Fatalf("matrix: %d rows, header %v, %v", len(rows), rows[0][:2], err)
	}
	if code, _, errs := run(t, "", "exam", "responses", "--db", db, "--session", sid, "--out", csvPath); code == 0 || !strings.Contains(errs, "exists") {
		t.Errorf("responses over an existing file: exit %d, %s", code, errs)
	}

	code, out, errs = run(t, "", "exam", "calibrate", "--db", db, "--json")
	if code != 0 {
		t.Fatalf("calibrate: %s", errs)
	}
	var cal struct {
		Calibration int64 `json:"calibration"`
		Persons     int   `json:"persons"`
		Skills      []struct {
			Converged bool `json:"converged"`
		} `json:"skills"`
	}
	if err := json.Unmarshal([]byte(out), &cal); err != nil || cal.Calibration < 2 || cal.Persons != demo.PilotSize {
		t.Fatalf("calibrate: %+v %v (the demo's is the first)", cal, err)
	}
	for i, s := range cal.Skills {
		if !s.Converged {
			t.Errorf("skill %d did not converge", i)
		}
	}
}

func pilotSession(t *testing.T, db string) string {
	t.Helper()
	st, err := openCurrent(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var id int64
	if err := st.DB().Get(&id, `SELECT id FROM exam_sessions WHERE title = ?`, demo.PilotTitle); err != nil {
		t.Fatal(err)
	}
	return fmt.Sprint(id)
}
