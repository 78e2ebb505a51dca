package demo

import (
	"context"
	"fmt"
	"hash/fnv"
	"math"
	"math/rand/v2"
	"time"

	"hocviet/internal/account"
	"hocviet/internal/bank"
	"hocviet/internal/measure"
	"hocviet/internal/scoring"
	"hocviet/internal/store"
)

// PilotTitle names the demo's pilot of form A.
const PilotTitle = "Thí điểm đề A — học viên đã tốt nghiệp các khoá 1–4"

// PilotSize is the number of graduates the school has to evaluate.
const PilotSize = 153

// pilotLevels is how many graduates had each recorded level (Bậc 2–5) when
// they finished their course: most at Bậc 3–4, as the school reports.
var pilotLevels = []struct{ level, n int }{{2, 25}, {3, 60}, {4, 50}, {5, 18}}

// raters of the pilot, with the severity each shows (added to a script's
// true quality): two close to the mean, one lenient, one severe.
var pilotRaters = []struct {
	username, name string
	severity       float64
}{
	{"giangvien", "", 0.1}, {"gv-thao", "Nguyễn Thị Thảo", 0.6}, {"gv-binh", "Trần Văn Bình", -0.7}, {"gv-khanh", "Phạm Minh Khánh", 0},
}

// SeedPilot writes a released pilot sitting of form A by the 153 graduates
// of earlier courses, calibrates the items on it and keeps each result's
// ability and error. Abilities are drawn inside each graduate's recorded
// level (measure.LevelCut), per skill around it; objective answers follow
// the Rasch model on the items' provisional difficulties (plus a fixed
// per-item deviation), scripts are double-marked by raters of different
// severity with random disagreement, and a third rater settles the far
// apart ones. One reading choice item is made weak on purpose: its key
// attracts weaker candidates while the stronger ones pick a distractor
// (an ambiguous stem), so the statistics, not its id, must find it.
func SeedPilot(ctx context.Context, st *store.Store, o Options) error {
	prov, err := st.People.ProvinceByCode(ctx, "houaphanh")
	if err != nil {
		return err
	}
	hash, err := account.HashPasswordCost(Password, o.BcryptCost)
	if err != nil {
		return err
	}
	raterIDs := make([]int64, len(pilotRaters))
	for i, r := range pilotRaters {
		if u, err := st.Accounts.UserByUsername(ctx, r.username); err == nil {
			raterIDs[i] = u.ID
			continue
		}
		u := account.User{Username: r.username, PasswordHash: hash, Role: account.RoleInstructor, DisplayName: r.name}
		if err := st.Accounts.CreateUser(ctx, &u); err != nil {
			return fmt.Errorf("pilot rater %s: %w", r.username, err)
		}
		raterIDs[i] = u.ID
	}
	rng := rand.New(rand.NewPCG(14, 153))
	type grad struct {
		id    int64
		theta map[string]float64
	}
	var grads []grad
	var ids []int64
	n := 0
	for _, lv := range pilotLevels {
		for k := 0; k < lv.n; k++ {
			g := given[(n*7+2)%len(given)]
			f := family[(n*5+n/len(given))%len(family)]
			c := account.Candidate{ProvinceID: prov.ID, NameLo: g.lo + " " + f.lo, NameLatin: g.latin + " " + f.latin,
				DateOfBirth: fmt.Sprintf("%d-%02d-%02d", 1970+(n*3)%22, 1+(n*7)%12, 1+(n*13)%28), Gender: g.gender,
				Position: positions[n%len(positions)], Unit: units[(n*5)%len(units)], District: districts[n%len(districts)],
				PlanningStatus: "none"}
			if err := st.People.InsertCandidate(ctx, &c); err != nil {
				return fmt.Errorf("pilot graduate: %w", err)
			}
			// Ability inside the recorded level's band, then per skill
			// around it: speaking and writing behind, as for Lao learners.
			base := measure.LevelCut(lv.level) + rng.Float64()
			th := map[string]float64{
				"listening": base + 0.3*rng.NormFloat64(),
				"reading":   base + 0.2 + 0.3*rng.NormFloat64(),
				"writing":   base - 0.2 + 0.3*rng.NormFloat64(),
				"speaking":  base - 0.4 + 0.3*rng.NormFloat64(),
			}
			grads = append(grads, grad{c.ID, th})
			ids = append(ids, c.ID)
			n++
		}
	}
	at := time.Date(2026, 5, 4, 1, 30, 0, 0, time.UTC)
	by := &raterIDs[0]
	sid, err := st.Exams.CreateExamSession(ctx, store.NewExamSession{Title: PilotTitle, BlueprintID: "screening-form-a",
		CandidateIDs: ids, Opens: at, Closes: at.Add(6 * time.Hour), By: by}, at)
	if err != nil {
		return fmt.Errorf("pilot session: %w", err)
	}
	weak := ""
	answer := func(ci int, it *bank.Item) bank.Response {
		th := grads[ci].theta[it.Skill]
		if it.Type == bank.TypeChoice && it.Skill == bank.Reading && (weak == "" || weak == it.ID) && len(it.Options) >= 3 {
			weak = it.ID
			return weakChoice(it, th, rng)
		}
		p := 1 / (1 + math.Exp(-(th - itemDifficulty(it))))
		right := rng.Float64() < p
		if it.Type == bank.TypeChoice {
			return choiceResponse(it, right, rng)
		}
		return demoResponse(it, right, rng)
	}
	rate := func(ci int, it *bank.Item) []store.PilotRating {
		// A script's quality follows the ability, with a large part
		// particular to the task (topic, prompt), as in real speaking and
		// writing.
		q := 5 + 1.6*(grads[ci].theta[it.Skill]-itemDifficulty(it)) + 1.1*rng.NormFloat64()
		a := (ci + it.Level) % len(pilotRaters)
		b := (a + 1 + ci%(len(pilotRaters)-1)) % len(pilotRaters)
		if a == b {
			b = (a + 1) % len(pilotRaters)
		}
		mark := func(r int) float64 {
			return scoring.Round05(math.Max(0, math.Min(10, q+pilotRaters[r].severity+0.7*rng.NormFloat64())))
		}
		ra, rb := mark(a), mark(b)
		out := []store.PilotRating{{Slot: 1, RaterID: raterIDs[a], Score: ra}, {Slot: 2, RaterID: raterIDs[b], Score: rb}}
		if math.Abs(ra-rb) > scoring.DefaultGap {
			c := 0
			for c == a || c == b {
				c++
			}
			out = append(out, store.PilotRating{Slot: 3, RaterID: raterIDs[c], Score: mark(c)})
		}
		return out
	}
	if err := st.Measure.InsertPilot(ctx, store.PilotSpec{SessionID: sid, Candidates: ids, At: at, By: by, Answer: answer, Rate: rate, PilotOnly: true}); err != nil {
		return err
	}
	if _, err := st.Measure.RunCalibration(ctx, by, at.Add(8*24*time.Hour)); err != nil {
		return fmt.Errorf("pilot calibration: %w", err)
	}
	// The class's earlier sittings are kept as totals only; they sat the
	// same screening format, so the pilot's SEMs are theirs.
	sem, err := st.Measure.SessionSEM(ctx, sid)
	if err != nil {
		return err
	}
	if _, err := st.Measure.AssignFormSEM(ctx, sem, at.Add(8*24*time.Hour)); err != nil {
		return fmt.Errorf("pilot SEM: %w", err)
	}
	return nil
}

// itemDifficulty is an item's true difficulty in the pilot: its Bậc's
// provisional difficulty and a fixed deviation drawn from its id, so a rerun
// of the demo gives the same items the same difficulty.
func itemDifficulty(it *bank.Item) float64 {
	h := fnv.New64a()
	h.Write([]byte(it.ID))
	r := rand.New(rand.NewPCG(h.Sum64(), 1))
	return measure.ProvisionalDifficulty(it.Level) + 0.5*r.NormFloat64()
}

// choiceResponse picks the key, or a distractor with falling weights (the
// first written distractor is the most attractive), so the last distractor
// of a four-option item is seldom chosen, as in real papers.
func choiceResponse(it *bank.Item, right bool, rng *rand.Rand) bank.Response {
	var keys, wrong []string
	for i, o := range it.Options {
		id := o.ID
		if id == "" {
			id = string(rune('a' + i))
		}
		if o.Correct {
			keys = append(keys, id)
		} else {
			wrong = append(wrong, id)
		}
	}
	if right || len(wrong) == 0 {
		return bank.Response{Choices: []string{keys[0]}}
	}
	total := 0.0
	for k := range wrong {
		total += 1 / float64(k+1)
	}
	u := rng.Float64() * total
	for k, w := range wrong {
		u -= 1 / float64(k+1)
		if u < 0 {
			return bank.Response{Choices: []string{w}}
		}
	}
	return bank.Response{Choices: []string{wrong[len(wrong)-1]}}
}

// weakChoice answers the pilot's deliberately weak item: the stronger the
// candidate, the more often the first distractor (read by strong readers as
// also right), the weaker, the more often the key.
func weakChoice(it *bank.Item, theta float64, rng *rand.Rand) bank.Response {
	pKey := 0.5 - 0.35*math.Tanh(theta)
	if rng.Float64() < pKey {
		return choiceResponse(it, true, rng)
	}
	if rng.Float64() < 0.2 {
		return choiceResponse(it, false, rng)
	}
	for i, o := range it.Options {
		if !o.Correct {
			id := o.ID
			if id == "" {
				id = string(rune('a' + i))
			}
			return bank.Response{Choices: []string{id}}
		}
	}
	return choiceResponse(it, false, rng)
}
