package bank

import "strings"

// LaoCoverage counts the Lao texts of the banks a reviewer has approved
// (issue 17 point 23). Glosses carry reviewed: true once checked;
// explanations drafted by a generator carry reviewed: false until checked,
// and one written by hand (no flag) counts as reviewed.
type LaoCoverage struct {
	GlossesReviewed      int `json:"glosses_reviewed"`
	Glosses              int `json:"glosses"`
	ExplanationsReviewed int `json:"explanations_reviewed"`
	Explanations         int `json:"explanations"`
}

// Reviewed is every approved Lao text.
func (c LaoCoverage) Reviewed() int { return c.GlossesReviewed + c.ExplanationsReviewed }

// Total is every Lao text under review.
func (c LaoCoverage) Total() int { return c.Glosses + c.Explanations }

// LaoExplanation says whether an item has a Lao explanation and whether it
// is reviewed.
func LaoExplanation(it *Item) (has, reviewed bool) {
	return strings.TrimSpace(it.Feedback.Lo) != "", it.Reviewed == nil || *it.Reviewed
}

// Add counts one item's explanation.
func (c *LaoCoverage) Add(it *Item) {
	if has, ok := LaoExplanation(it); has {
		c.Explanations++
		if ok {
			c.ExplanationsReviewed++
		}
	}
}

// LaoCoverage counts the files' glosses and explanations.
func (b *Bank) LaoCoverage() LaoCoverage {
	var c LaoCoverage
	for _, v := range b.Vocabulary {
		c.Glosses++
		if v.Reviewed {
			c.GlossesReviewed++
		}
	}
	for _, it := range b.Items {
		c.Add(it)
	}
	return c
}
