package measure

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// SimItem is an item of the shipped pool as the simulation sees it.
type SimItem struct {
	ID    string
	Skill string
	Type  string
	Level int
	// Steps is the number of score steps (1 for a 0/1 item; the gaps of a
	// cloze, the pairs of a match; 2 for a typed answer: wrong, partly
	// right, right).
	Steps int
}

// SimConfig is one simulation run.
type SimConfig struct {
	Candidates int
	Seed       uint64
	// Booklet is how many items of each skill a calibration candidate
	// answers (a random subset of the pool: an incomplete, linked design);
	// 0 means every item.
	Booklet int
	// Noise is the SD of true difficulties around their Bậc's provisional
	// difficulty.
	Noise float64
	CAT   CATConfig
}

// SimResult is the JSON `hocviet exam simulate` prints.
type SimResult struct {
	Calibration struct {
		Items int     `json:"items"`
		R     float64 `json:"r"`
		RMSE  float64 `json:"rmse"`
	} `json:"calibration"`
	Fixed struct {
		Items    int     `json:"items"`
		RMSE     float64 `json:"rmse"`
		Accuracy float64 `json:"accuracy"`
	} `json:"fixed"`
	CAT struct {
		MeanItems float64 `json:"mean_items"`
		MaxItems  int     `json:"max_items"`
		RMSE      float64 `json:"rmse"`
		Accuracy  float64 `json:"accuracy"`
	} `json:"cat"`
}

// Location is the ability at which an item's expected score is half its
// points: the difficulty of a 0/1 item, and for a partial credit item a
// location that does not depend on how its categories were merged, so true
// and estimated items can be compared.
func Location(it Item) float64 {
	lo, hi := thetaMin, thetaMax
	for k := 0; k < 80; k++ {
		mid := (lo + hi) / 2
		if ExpectedFraction(mid, it) < 0.5 {
			lo = mid
		} else {
			hi = mid
		}
	}
	return (lo + hi) / 2
}

// Simulate checks the whole chain on synthetic data: true difficulties from
// the Bậc mapping plus noise, a calibration sample answering booklets under
// the model, calibration with CalibrateData, then a fresh group (one ability
// per skill, ~N(0,1)) sitting the fixed form and the adaptive test on the
// calibrated items. Accuracy is the share of (candidate, skill) placements
// on the right side of the Bậc 3 cut; RMSE is over the same placements.
// Items counts are per candidate over all the skills simulated.
func Simulate(pool []SimItem, form []string, cfg SimConfig) (*SimResult, error) {
	if cfg.CAT.MaxItems == 0 {
		cfg.CAT = DefaultCAT()
	}
	rs, err := SimulateCATs(pool, form, cfg, []CATConfig{cfg.CAT})
	if err != nil {
		return nil, err
	}
	return rs[0], nil
}

// SimulateCATs is Simulate for several adaptive configurations at once: one
// calibration, and the same fresh group (same abilities, same fixed-form
// answers) for every configuration, so that stopping rules can be compared
// on equal terms (cfg.CAT is ignored). The adaptive tests draw from their
// own random stream, so one configuration does not shift the group.
func SimulateCATs(pool []SimItem, form []string, cfg SimConfig, cats []CATConfig) ([]*SimResult, error) {
	if cfg.Candidates < 10 {
		return nil, fmt.Errorf("simulate: at least 10 candidates (got %d)", cfg.Candidates)
	}
	if cfg.Noise <= 0 {
		cfg.Noise = 0.5
	}
	if len(cats) == 0 {
		return nil, fmt.Errorf("simulate: no adaptive configuration")
	}
	rng := rand.New(rand.NewPCG(cfg.Seed, cfg.Seed^0x9e3779b97f4a7c15))
	// True items.
	truth := make([]Item, len(pool))
	bySkill := map[string][]int{}
	var skills []string
	index := map[string]int{}
	for i, it := range pool {
		if it.Steps < 1 {
			return nil, fmt.Errorf("simulate: item %q: %d steps", it.ID, it.Steps)
		}
		d := ProvisionalDifficulty(it.Level) + cfg.Noise*rng.NormFloat64()
		steps := make([]float64, it.Steps)
		for k := range steps {
			steps[k] = d + 0.8*(float64(k)-float64(it.Steps-1)/2) + 0.2*rng.NormFloat64()
		}
		truth[i] = Item{ID: it.ID, Skill: it.Skill, Type: it.Type, Level: it.Level, Steps: steps}
		if len(bySkill[it.Skill]) == 0 {
			skills = append(skills, it.Skill)
		}
		bySkill[it.Skill] = append(bySkill[it.Skill], i)
		index[it.ID] = i
	}
	formBySkill := map[string][]int{}
	for _, id := range form {
		i, ok := index[id]
		if !ok {
			return nil, fmt.Errorf("simulate: form item %q is not in the pool", id)
		}
		formBySkill[pool[i].Skill] = append(formBySkill[pool[i].Skill], i)
	}

	// Calibration sample.
	d := SessionData{Persons: make([]string, cfg.Candidates), Frac: make([][]float64, cfg.Candidates)}
	for _, it := range pool {
		d.Items = append(d.Items, SessionItem{ID: it.ID, Skill: it.Skill, Type: it.Type, Level: it.Level, Points: 1})
	}
	for p := range d.Frac {
		d.Persons[p] = fmt.Sprintf("sim-%d", p+1)
		row := make([]float64, len(pool))
		for i := range row {
			row[i] = math.NaN()
		}
		for _, sk := range skills {
			th := rng.NormFloat64()
			idx := bySkill[sk]
			n := len(idx)
			if cfg.Booklet > 0 {
				n = min(cfg.Booklet, n)
			}
			for _, j := range rng.Perm(len(idx))[:n] {
				i := idx[j]
				row[i] = float64(Draw(th, truth[i].Steps, rng)) / float64(len(truth[i].Steps))
			}
		}
		d.Frac[p] = row
	}
	cal, err := CalibrateData(d, make([]bool, len(pool)), CalibrateOptions{})
	if err != nil {
		return nil, err
	}
	est := map[string]Item{}
	var tl, el []float64
	for _, sc := range cal {
		for _, it := range sc.Items {
			if math.IsNaN(it.Difficulty) {
				continue
			}
			est[it.ID] = it.Item
			tl = append(tl, Location(truth[index[it.ID]]))
			el = append(el, Location(it.Item))
		}
	}
	var calib SimResult
	calib.Calibration.Items = len(est)
	calib.Calibration.R = round4(Correlation(tl, el))
	calib.Calibration.RMSE = round4(rmse(tl, el))

	// The item the scoring uses: calibrated, or provisional when the
	// calibration could not estimate it.
	scored := func(i int) Item {
		if it, ok := est[pool[i].ID]; ok {
			return it
		}
		return ProvisionalItem(Item{ID: pool[i].ID, Type: pool[i].Type, Level: pool[i].Level}, 1)
	}
	catPool := map[string][]Item{}
	for _, sk := range skills {
		for _, i := range bySkill[sk] {
			if it, ok := est[pool[i].ID]; ok {
				catPool[sk] = append(catPool[sk], it)
			}
		}
	}
	// The adaptive test keeps the fixed form's content balance: the share of
	// each item type in the form's part of the skill.
	shares := map[string]map[string]float64{}
	for _, sk := range skills {
		shares[sk] = map[string]float64{}
		for _, i := range formBySkill[sk] {
			shares[sk][pool[i].Type] += 1 / float64(len(formBySkill[sk]))
		}
	}
	// The fresh group: abilities and fixed-form answers from groupSeed,
	// the same for every configuration.
	groupSeed := rng.Uint64()
	out := make([]*SimResult, len(cats))
	for c, cat := range cats {
		res := calib
		if err := simulateGroup(&res, cfg.Candidates, groupSeed, cat, skills, formBySkill, catPool, shares, truth, index, scored); err != nil {
			return nil, err
		}
		out[c] = &res
	}
	return out, nil
}

// simulateGroup has a fresh group sit the fixed form and the adaptive test
// and fills res's fixed and adaptive figures.
func simulateGroup(res *SimResult, candidates int, seed uint64, cat CATConfig, skills []string, formBySkill map[string][]int,
	catPool map[string][]Item, shares map[string]map[string]float64, truth []Item, index map[string]int, scored func(int) Item) error {
	rng := rand.New(rand.NewPCG(seed, 1))
	catRng := rand.New(rand.NewPCG(seed, 2))
	cut := LevelCut(3)
	var trueTh, fixedTh, catTh []float64
	fixedRight, catRight, placements := 0, 0, 0
	catItems, catMax := 0, 0
	for p := 0; p < candidates; p++ {
		items := 0
		for _, sk := range skills {
			th := rng.NormFloat64()
			// Fixed form.
			var fi []Item
			var fc []int
			for _, i := range formBySkill[sk] {
				it := scored(i)
				frac := float64(Draw(th, truth[i].Steps, rng)) / float64(len(truth[i].Steps))
				fi = append(fi, it)
				fc = append(fc, it.Category(frac))
			}
			if len(fi) == 0 {
				continue
			}
			fe, err := WLE(fi, fc)
			if err != nil {
				return err
			}
			// Adaptive test.
			var ans []CATAnswer
			var st CATState
			for {
				var next *Item
				cc := cat
				if cc.Shares == nil && len(shares[sk]) > 0 {
					cc.Shares = shares[sk]
				}
				st, next, err = CATStep(catPool[sk], ans, cc, catRng)
				if err != nil {
					return err
				}
				if st.Done {
					break
				}
				i := index[next.ID]
				frac := float64(Draw(th, truth[i].Steps, catRng)) / float64(len(truth[i].Steps))
				ans = append(ans, CATAnswer{ItemID: next.ID, Cat: next.Category(frac)})
			}
			items += len(ans)
			placements++
			trueTh = append(trueTh, th)
			fixedTh = append(fixedTh, fe.Theta)
			catTh = append(catTh, st.Theta)
			if (th >= cut) == (fe.Theta >= cut) {
				fixedRight++
			}
			if (th >= cut) == (st.Theta >= cut) {
				catRight++
			}
		}
		catItems += items
		catMax = max(catMax, items)
	}
	res.Fixed.Items = 0
	for _, sk := range skills {
		res.Fixed.Items += len(formBySkill[sk])
	}
	if placements == 0 {
		return fmt.Errorf("simulate: the form has no item of the pool's skills")
	}
	res.Fixed.RMSE = round4(rmse(trueTh, fixedTh))
	res.Fixed.Accuracy = round4(float64(fixedRight) / float64(placements))
	res.CAT.MeanItems = round4(float64(catItems) / float64(candidates))
	res.CAT.MaxItems = catMax
	res.CAT.RMSE = round4(rmse(trueTh, catTh))
	res.CAT.Accuracy = round4(float64(catRight) / float64(placements))
	return nil
}

func rmse(a, b []float64) float64 {
	if len(a) == 0 {
		return math.NaN()
	}
	s := 0.0
	for i := range a {
		s += (a[i] - b[i]) * (a[i] - b[i])
	}
	return math.Sqrt(s / float64(len(a)))
}

func round4(x float64) float64 { return math.Round(x*1e4) / 1e4 }
