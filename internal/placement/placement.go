// Package placement is the adaptive placement test: per skill, the server
// picks each next item from the calibrated pool after every answer (Rasch /
// partial credit, internal/measure), stops once the ability's interval lies
// clear of the Bậc 3 cut (after at least 5 items), at a standard error of
// 0.35 logits or after 15 items (measure.DefaultCAT), and gives the Bậc with
// its range, which is wide when the test stopped early on the cut. It is not the
// screening exam: its result sets where practice starts ("my level").
package placement

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"time"

	"hocviet/internal/bank"
	"hocviet/internal/measure"
)

// Skills are the parts of the test, in order: the ones scored without a
// rater. Speaking and essays need a rater and are left to the exam.
var Skills = []string{bank.Listening, bank.Reading, bank.Writing}

// Types are the item types each part draws from: those auto-scored and
// answered in a plain form (match and order_words need their own widgets
// and are left out; tone_pick belongs to Bậc 1–2 drills).
var Types = map[string][]string{
	bank.Listening: {bank.TypeChoice, bank.TypeTrueFalse, bank.TypeDictation},
	bank.Reading:   {bank.TypeChoice, bank.TypeTrueFalse, bank.TypeCloze},
	bank.Writing:   {bank.TypeGapFill, bank.TypeAddMarks},
}

// Shown is one item of a test: chosen (Answered false) or answered.
type Shown struct {
	Skill     string
	Pos       int
	ItemID    string
	VersionID int64
	Answered  bool
	Fraction  float64
	Category  int
}

// Result is a part's estimate: ability and standard error in logits, and
// the Bậc with the range one standard error either side.
type Result struct {
	Skill         string
	Theta, SE     float64
	Level, Lo, Hi int
	Items         int
	Reason        string // "se", "cut", "max_items" or "pool"
	At            time.Time
	Provisional   bool // some items had no calibration yet
}

// Test is a candidate's placement test as stored.
type Test struct {
	ID       int64
	UserID   int64
	Seed     uint64
	Started  time.Time
	Finished time.Time // zero while running
	Items    []Shown
	Results  []Result
}

// Repo is what the test needs of the database; the store implements it,
// one transaction per call.
type Repo interface {
	// PlacementPool is a skill's current items of the given types, with
	// calibrated or provisional parameters.
	PlacementPool(ctx context.Context, skill string, types []string) ([]measure.Item, error)
	StartPlacement(ctx context.Context, userID int64, seed uint64, at time.Time) (int64, error)
	// PlacementTest loads userID's own test (apperr NotFound otherwise).
	PlacementTest(ctx context.Context, userID, testID int64) (*Test, error)
	ShowPlacementItem(ctx context.Context, testID int64, s Shown, at time.Time) error
	// AnswerPlacementItem records the answer of a shown, unanswered item;
	// an item already answered is a conflict.
	AnswerPlacementItem(ctx context.Context, testID int64, skill string, pos int, response string, fraction float64, category int, at time.Time) error
	SavePlacementResult(ctx context.Context, testID int64, r Result, finished bool, at time.Time) error
}

// Service runs placement tests.
type Service struct {
	Repo Repo
	CAT  measure.CATConfig
	Now  func() time.Time
}

// New is a service with the rules (measure.DefaultCAT): start at 0,
// random among the 5 most informative items at the Bậc 3 cut, stop when the
// interval θ ± 1.5·SE clears that cut (at least 5 items), at SE ≤ 0.35 or
// after 15 items.
func New(r Repo) *Service { return &Service{Repo: r, CAT: measure.DefaultCAT(), Now: time.Now} }

// Start begins a test for userID.
func (s *Service) Start(ctx context.Context, userID int64) (int64, error) {
	return s.Repo.StartPlacement(ctx, userID, rand.Uint64(), s.Now())
}

// Step is what the candidate does next: answer Item, or nothing (Done).
type Step struct {
	Done  bool
	Item  *Shown
	Skill string
	// Of counts the items answered in this part, for "question 4".
	Of int
}

// ErrAnswered is returned for an answer to an item already answered.
var ErrAnswered = errors.New("placement: item already answered")

// Next chooses the candidate's next item, or ends the part (and the test)
// when the stopping rule holds. It is idempotent: an item chosen and not yet
// answered is given again, so a reload shows the same question.
func (s *Service) Next(ctx context.Context, userID, testID int64) (*Test, Step, error) {
	for {
		t, err := s.Repo.PlacementTest(ctx, userID, testID)
		if err != nil {
			return nil, Step{}, err
		}
		if !t.Finished.IsZero() {
			return t, Step{Done: true}, nil
		}
		skill, done := currentSkill(t)
		if done {
			// Every part has its result but the test was not closed (a crash
			// between the two writes): close it now.
			if err := s.Repo.SavePlacementResult(ctx, testID, Result{}, true, s.Now()); err != nil {
				return nil, Step{}, err
			}
			continue
		}
		var answers []measure.CATAnswer
		for i := range t.Items {
			sh := &t.Items[i]
			if sh.Skill != skill {
				continue
			}
			if !sh.Answered {
				return t, Step{Item: sh, Skill: skill, Of: len(answers)}, nil
			}
			answers = append(answers, measure.CATAnswer{ItemID: sh.ItemID, Cat: sh.Category})
		}
		pool, err := s.Repo.PlacementPool(ctx, skill, Types[skill])
		if err != nil {
			return nil, Step{}, err
		}
		// The draw among the most informative items is seeded by the test,
		// the part and the item number, so it is the same after a crash.
		rng := rand.New(rand.NewPCG(t.Seed, uint64(len(answers))<<8|uint64(skillIndex(skill))))
		st, next, err := measure.CATStep(pool, answers, s.CAT, rng)
		if err != nil {
			return nil, Step{}, fmt.Errorf("placement %d %s: %w", testID, skill, err)
		}
		if next == nil {
			r := resultOf(skill, st, pool, answers, s.Now())
			last := skillIndex(skill) == len(Skills)-1
			if err := s.Repo.SavePlacementResult(ctx, testID, r, last, s.Now()); err != nil {
				return nil, Step{}, err
			}
			continue
		}
		sh := Shown{Skill: skill, Pos: len(answers) + 1, ItemID: next.ID, VersionID: next.VersionID}
		if err := s.Repo.ShowPlacementItem(ctx, testID, sh, s.Now()); err != nil {
			return nil, Step{}, err
		}
	}
}

// Answer scores the candidate's answer to the item shown at skill/pos with
// the same grading as practice and the exam (bank.Grade) and records the
// category the calibrated item gives that score.
func (s *Service) Answer(ctx context.Context, userID, testID int64, skill string, pos int, it *bank.Item, resp bank.Response, respJSON string) error {
	t, err := s.Repo.PlacementTest(ctx, userID, testID)
	if err != nil {
		return err
	}
	var sh *Shown
	for i := range t.Items {
		if t.Items[i].Skill == skill && t.Items[i].Pos == pos {
			sh = &t.Items[i]
		}
	}
	if sh == nil || sh.ItemID != it.ID {
		return fmt.Errorf("placement %d: no item %s at %s/%d", testID, it.ID, skill, pos)
	}
	if sh.Answered || !t.Finished.IsZero() {
		return ErrAnswered
	}
	pool, err := s.Repo.PlacementPool(ctx, skill, Types[skill])
	if err != nil {
		return err
	}
	var mi *measure.Item
	for i := range pool {
		if pool[i].ID == it.ID {
			mi = &pool[i]
		}
	}
	if mi == nil {
		return fmt.Errorf("placement %d: item %s left the pool", testID, it.ID)
	}
	sc := bank.Grade(it, resp)
	frac := 0.0
	if sc.Max > 0 {
		frac = math.Min(1, math.Max(0, sc.Points/sc.Max))
	}
	return s.Repo.AnswerPlacementItem(ctx, testID, skill, pos, respJSON, frac, mi.Category(frac), s.Now())
}

func currentSkill(t *Test) (string, bool) {
	have := map[string]bool{}
	for _, r := range t.Results {
		have[r.Skill] = true
	}
	for _, sk := range Skills {
		if !have[sk] {
			return sk, false
		}
	}
	return "", true
}

func skillIndex(skill string) int {
	for i, s := range Skills {
		if s == skill {
			return i
		}
	}
	return len(Skills)
}

func resultOf(skill string, st measure.CATState, pool []measure.Item, answers []measure.CATAnswer, at time.Time) Result {
	r := Result{Skill: skill, Theta: st.Theta, SE: st.SE, Items: st.Items, Reason: st.Reason, At: at}
	if len(answers) == 0 || math.IsInf(r.SE, 0) || math.IsNaN(r.SE) {
		// An empty pool: nothing is known; place at the bottom with the
		// whole range, rather than invent a level.
		r.Theta, r.SE = measure.LevelCut(1), 99
	}
	r.Level = measure.LevelOf(r.Theta)
	r.Lo = measure.LevelOf(r.Theta - r.SE)
	r.Hi = measure.LevelOf(r.Theta + r.SE)
	used := map[string]bool{}
	for _, a := range answers {
		used[a.ItemID] = true
	}
	for _, it := range pool {
		if used[it.ID] && it.Provisional {
			r.Provisional = true
		}
	}
	return r
}
