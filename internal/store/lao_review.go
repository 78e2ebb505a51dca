package store

import (
	"context"
	"fmt"
	"strings"

	"github.com/jmoiron/sqlx"

	"hocviet/internal/bank"
)

// The Lao review of the banks (issue 17 point 23): what is left to review,
// and the reviews themselves.

// LaoCoverage counts the reviewed glosses and the reviewed explanations of
// the current, unretired items.
func (s *Bank) LaoCoverage(ctx context.Context) (bank.LaoCoverage, error) {
	r, err := s.LaoReview(ctx, "", 0)
	return r.Coverage, err
}

// LaoReviewState is what the Lao review page shows of the bank.
type LaoReviewState struct {
	Coverage bank.LaoCoverage
	// Explanations are the first unreviewed Lao explanations of the bank
	// asked for, ExplanationsLeft how many there are in all.
	Explanations     []ExplanationToReview
	ExplanationsLeft int
}

// LaoReview reads the bank once for the review page: the coverage of all
// banks, and up to limit unreviewed explanations of bankName ("" for
// every bank). Decoding every current item is the page's cost, so both are
// taken from one pass.
func (s *Bank) LaoReview(ctx context.Context, bankName string, limit int) (LaoReviewState, error) {
	var r LaoReviewState
	c := &r.Coverage
	if err := s.db.QueryRowxContext(ctx, `SELECT count(*), coalesce(sum(reviewed != 0), 0) FROM bank_vocabulary`).
		Scan(&c.Glosses, &c.GlossesReviewed); err != nil {
		return r, fmt.Errorf("lao review: %w", err)
	}
	items, err := s.CurrentItems(ctx, ItemFilter{})
	if err != nil {
		return r, fmt.Errorf("lao review: %w", err)
	}
	var inBank map[string]bool
	if bankName != "" {
		var ids []string
		if err := s.db.SelectContext(ctx, &ids, `SELECT item_id FROM bank_items WHERE bank = ?`, bankName); err != nil {
			return r, fmt.Errorf("lao review: %w", err)
		}
		inBank = map[string]bool{}
		for _, id := range ids {
			inBank[id] = true
		}
	}
	for i := range items {
		it, _, err := items[i].Item()
		if err != nil {
			return r, fmt.Errorf("lao review: %w", err)
		}
		c.Add(it)
		if inBank != nil && !inBank[items[i].ItemID] {
			continue
		}
		if has, ok := bank.LaoExplanation(it); has && !ok {
			r.ExplanationsLeft++
			if len(r.Explanations) < limit {
				r.Explanations = append(r.Explanations, ExplanationToReview{ItemID: it.ID, Version: items[i].Version,
					Skill: it.Skill, Level: it.Level, Text: it.Feedback})
			}
		}
	}
	return r, nil
}

// GlossToReview is a vocabulary entry whose Lao gloss is not reviewed.
type GlossToReview struct {
	ID      int64  `db:"id"`
	Bank    string `db:"bank"`
	Term    string `db:"term"`
	POS     string `db:"pos"`
	Lao     string `db:"lao"`
	En      string `db:"en"`
	Example string `db:"example"`
	Level   int    `db:"level"`
}

// GlossesToReview lists up to limit unreviewed glosses of a bank ("" for
// every bank), easiest level first (the words most candidates meet).
func (s *Bank) GlossesToReview(ctx context.Context, bankName string, limit int) ([]GlossToReview, error) {
	var gs []GlossToReview
	if err := s.db.SelectContext(ctx, &gs, `SELECT id, bank, term, pos, lao, en, example, level FROM bank_vocabulary
		WHERE reviewed = 0 AND (? = '' OR bank = ?) ORDER BY level, term, id LIMIT ?`, bankName, bankName, limit); err != nil {
		return nil, fmt.Errorf("glosses to review: %w", err)
	}
	return gs, nil
}

// ReviewGloss approves a gloss, changed or as it is, keeping what it said
// before with the reviewer and the time.
func (s *Bank) ReviewGloss(ctx context.Context, id int64, lao, reviewer string) error {
	lao = strings.TrimSpace(lao)
	if lao == "" {
		return fmt.Errorf("gloss %d: the Lao text is empty", id)
	}
	return s.tx(ctx, func(tx *sqlx.Tx) error {
		var before string
		if err := tx.GetContext(ctx, &before, `SELECT lao FROM bank_vocabulary WHERE id = ?`, id); err != nil {
			if noRows(err) {
				return notFound("vocabulary entry")
			}
			return fmt.Errorf("gloss %d: %w", id, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO bank_vocabulary_reviews (vocab_id, lao_before, lao, reviewer, reviewed_at)
			VALUES (?, ?, ?, ?, ?)`, id, before, lao, reviewer, now()); err != nil {
			return fmt.Errorf("gloss %d: %w", id, err)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE bank_vocabulary SET lao = ?, reviewed = 1 WHERE id = ?`, lao, id); err != nil {
			return fmt.Errorf("gloss %d: %w", id, err)
		}
		return nil
	})
}

// GlossReview is one stored review of a gloss.
type GlossReview struct {
	LaoBefore  string `db:"lao_before"`
	Lao        string `db:"lao"`
	Reviewer   string `db:"reviewer"`
	ReviewedAt string `db:"reviewed_at"`
}

// GlossReviews lists a gloss's reviews, oldest first.
func (s *Bank) GlossReviews(ctx context.Context, id int64) ([]GlossReview, error) {
	var rs []GlossReview
	if err := s.db.SelectContext(ctx, &rs, `SELECT lao_before, lao, reviewer, reviewed_at FROM bank_vocabulary_reviews
		WHERE vocab_id = ? ORDER BY id`, id); err != nil {
		return nil, fmt.Errorf("reviews of gloss %d: %w", id, err)
	}
	return rs, nil
}

// ExplanationToReview is the current version of an item whose Lao
// explanation is not reviewed.
type ExplanationToReview struct {
	ItemID  string
	Version int
	Skill   string
	Level   int
	Text    bank.Text
}

// ReviewBanks lists the banks holding glosses or items, for the review
// page's filter.
func (s *Bank) ReviewBanks(ctx context.Context) ([]string, error) {
	var bs []string
	if err := s.db.SelectContext(ctx, &bs, `SELECT bank FROM bank_vocabulary UNION SELECT bank FROM bank_items ORDER BY 1`); err != nil {
		return nil, fmt.Errorf("review banks: %w", err)
	}
	return bs, nil
}

// glossReviewStands reports whether a gloss's last review turned fileLao
// into dbLao: then a bank import of the unchanged file must not undo it.
func glossReviewStands(ctx context.Context, tx *sqlx.Tx, id int64, dbLao, fileLao string) (bool, error) {
	var r GlossReview
	err := tx.GetContext(ctx, &r, `SELECT lao_before, lao, reviewer, reviewed_at FROM bank_vocabulary_reviews
		WHERE vocab_id = ? ORDER BY id DESC LIMIT 1`, id)
	if noRows(err) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("gloss %d reviews: %w", id, err)
	}
	return r.Lao == dbLao && r.LaoBefore == fileLao, nil
}
