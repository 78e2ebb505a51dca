package store

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/jmoiron/sqlx"

	"hocviet/internal/apperr"
	"hocviet/internal/bank"
	"hocviet/internal/practice"
	"hocviet/internal/viet"
)

// Every practice query names the candidate's user id: a candidate reaches
// only their own sets, answers and recordings, whatever id a URL carries.
// Instructors' queries are separate functions, named so.

func stamp(t time.Time) string { return t.UTC().Format(time.RFC3339) }

func parseStamp(s string) time.Time {
	t, _ := time.Parse(time.RFC3339, s) // written by stamp
	return t
}

// PracticeSet is one set a candidate started, with its progress.
type PracticeSet struct {
	ID         int64   `db:"id"`
	UserID     int64   `db:"user_id"`
	Skill      string  `db:"skill"`
	Level      int     `db:"level"`
	Topic      string  `db:"topic"`
	CreatedAt  string  `db:"created_at"`
	FinishedAt *string `db:"finished_at"`
	Size       int     `db:"size"`
	Answered   int     `db:"answered"`
	Points     float64 `db:"points"`
	Max        float64 `db:"max"`
	Pending    int     `db:"pending"` // answers waiting for an instructor
}

// PracticeSetItem is one item of a set, in order from 1.
type PracticeSetItem = practice.SetItem

// The store is practice's repository (practice.Repo).
var _ practice.Repo = (*Practice)(nil)

const practiceSetSelect = `
	SELECT s.id, s.user_id, s.skill, s.level, s.topic, s.created_at, s.finished_at,
	       (SELECT count(*) FROM practice_set_items i WHERE i.set_id = s.id) AS size,
	       count(a.id) AS answered, coalesce(sum(a.points), 0) AS points,
	       coalesce(sum(CASE WHEN a.scored = 1 THEN a.max_points END), 0) AS max,
	       coalesce(sum(1 - a.scored), 0) AS pending
	FROM practice_sets s LEFT JOIN practice_answers a ON a.set_id = s.id`

// CreatePracticeSet stores a new set of the given item versions, in order.
func (s *Practice) CreatePracticeSet(ctx context.Context, userID int64, skill string, level int, topic string, items []PracticeSetItem, at time.Time) (int64, error) {
	if len(items) == 0 {
		return 0, &apperr.Error{Code: apperr.Invalid, Key: "practice.error.no_items", Message: "no items for this choice"}
	}
	var id int64
	err := s.tx(ctx, func(tx *sqlx.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO practice_sets (user_id, skill, level, topic, created_at) VALUES (?, ?, ?, ?, ?)`,
			userID, skill, level, topic, stamp(at))
		if err != nil {
			return fmt.Errorf("create practice set: %w", err)
		}
		if id, err = res.LastInsertId(); err != nil {
			return err
		}
		for i, it := range items {
			if _, err := tx.ExecContext(ctx, `INSERT INTO practice_set_items (set_id, position, version_id, item_id) VALUES (?, ?, ?, ?)`,
				id, i+1, it.VersionID, it.ItemID); err != nil {
				return fmt.Errorf("practice set item %s: %w", it.ItemID, err)
			}
		}
		return nil
	})
	return id, err
}

// PracticeSet returns one of the user's sets and its items.
func (s *Practice) PracticeSet(ctx context.Context, userID, setID int64) (*PracticeSet, []PracticeSetItem, error) {
	var ps PracticeSet
	err := s.db.GetContext(ctx, &ps, practiceSetSelect+` WHERE s.id = ? AND s.user_id = ? GROUP BY s.id`, setID, userID)
	if noRows(err) {
		return nil, nil, notFound("practice set")
	}
	if err != nil {
		return nil, nil, fmt.Errorf("practice set %d: %w", setID, err)
	}
	var items []PracticeSetItem
	if err := s.db.SelectContext(ctx, &items, `SELECT position, version_id, item_id FROM practice_set_items
		WHERE set_id = ? ORDER BY position`, setID); err != nil {
		return nil, nil, fmt.Errorf("practice set %d items: %w", setID, err)
	}
	return &ps, items, nil
}

// RecentPracticeSets lists the user's latest sets, newest first.
func (s *Practice) RecentPracticeSets(ctx context.Context, userID int64, limit int) ([]PracticeSet, error) {
	var ps []PracticeSet
	err := s.db.SelectContext(ctx, &ps, practiceSetSelect+` WHERE s.user_id = ? GROUP BY s.id ORDER BY s.created_at DESC, s.id DESC LIMIT ?`,
		userID, limit)
	if err != nil {
		return nil, fmt.Errorf("recent practice sets: %w", err)
	}
	return ps, nil
}

// SeenItems maps each item the user was given in a set of skill to the last
// time it was given, for choosing items not seen recently.
func (s *Practice) SeenItems(ctx context.Context, userID int64, skill string) (map[string]time.Time, error) {
	var rows []struct {
		ItemID string `db:"item_id"`
		At     string `db:"at"`
	}
	err := s.db.SelectContext(ctx, &rows, `SELECT i.item_id, max(s.created_at) AS at
		FROM practice_set_items i JOIN practice_sets s ON s.id = i.set_id
		WHERE s.user_id = ? AND s.skill = ? GROUP BY i.item_id`, userID, skill)
	if err != nil {
		return nil, fmt.Errorf("seen items: %w", err)
	}
	m := make(map[string]time.Time, len(rows))
	for _, r := range rows {
		m[r.ItemID] = parseStamp(r.At)
	}
	return m, nil
}

// PracticeAnswer is one graded answer.
type PracticeAnswer struct {
	ID         int64   `db:"id"`
	UserID     int64   `db:"user_id"`
	SetID      int64   `db:"set_id"`
	Position   int     `db:"position"`
	VersionID  int64   `db:"version_id"`
	ItemID     string  `db:"item_id"`
	Skill      string  `db:"skill"`
	Level      int     `db:"level"`
	Type       string  `db:"type"`
	TopicsJSON string  `db:"topics"`
	Response   string  `db:"response"`
	Points     float64 `db:"points"`
	Max        float64 `db:"max_points"`
	Verdict    string  `db:"verdict"`
	Scored     bool    `db:"scored"`
	DetailJSON string  `db:"detail"`
	AnsweredAt string  `db:"answered_at"`
	// Filled by the queries that join them.
	RecordingID *int64 `db:"recording_id"`
	Comments    int    `db:"comments"`
}

// Resp decodes the stored response.
func (a *PracticeAnswer) Resp() bank.Response {
	var r bank.Response
	_ = json.Unmarshal([]byte(a.Response), &r) // written from a bank.Response
	return r
}

// Detail decodes the stored grade detail.
func (a *PracticeAnswer) Detail() []bank.Detail {
	var d []bank.Detail
	_ = json.Unmarshal([]byte(a.DetailJSON), &d) // written from []bank.Detail
	return d
}

// Topics decodes the topic list.
func (a *PracticeAnswer) Topics() []string {
	var t []string
	_ = json.Unmarshal([]byte(a.TopicsJSON), &t)
	return t
}

// At is when the answer was given.
func (a *PracticeAnswer) At() time.Time { return parseStamp(a.AnsweredAt) }

// Domain is the answer as the progress estimates read it.
func (a *PracticeAnswer) Domain() practice.Answer {
	return practice.Answer{ItemID: a.ItemID, Skill: a.Skill, Level: a.Level, Type: a.Type, Topics: a.Topics(),
		Points: a.Points, Max: a.Max, Scored: a.Scored, At: a.At()}
}

const practiceAnswerSelect = `
	SELECT a.id, a.user_id, a.set_id, a.position, a.version_id, a.item_id, a.skill, a.level, a.type, a.topics,
	       a.response, a.points, a.max_points, a.verdict, a.scored, a.detail, a.answered_at,
	       (SELECT r.id FROM practice_recordings r WHERE r.answer_id = a.id) AS recording_id,
	       (SELECT count(*) FROM practice_comments c WHERE c.answer_id = a.id) AS comments
	FROM practice_answers a`

// NewPracticeAnswer is a graded response to one item of a set.
type NewPracticeAnswer = practice.NewAnswer

// SavePracticeAnswer records an answer to an item of one of the user's
// sets. An item is answered once: a second answer is a Conflict, so a
// double click cannot change a grade already shown.
func (s *Practice) SavePracticeAnswer(ctx context.Context, userID int64, n NewPracticeAnswer, at time.Time) (int64, error) {
	var id int64
	err := s.tx(ctx, func(tx *sqlx.Tx) error {
		var err error
		id, err = insertAnswer(ctx, tx, userID, n, at)
		return err
	})
	return id, err
}

func insertAnswer(ctx context.Context, tx *sqlx.Tx, userID int64, n NewPracticeAnswer, at time.Time) (int64, error) {
	var versionID int64
	err := tx.GetContext(ctx, &versionID, `SELECT i.version_id FROM practice_set_items i JOIN practice_sets s ON s.id = i.set_id
		WHERE s.id = ? AND s.user_id = ? AND i.position = ?`, n.SetID, userID, n.Position)
	if noRows(err) {
		return 0, notFound("practice item")
	}
	if err != nil {
		return 0, fmt.Errorf("practice item: %w", err)
	}
	if versionID != n.VersionID {
		return 0, fmt.Errorf("practice set %d position %d holds version %d, not %d", n.SetID, n.Position, versionID, n.VersionID)
	}
	resp, err := json.Marshal(n.Response)
	if err != nil {
		return 0, err
	}
	detail, err := json.Marshal(n.Score.Detail)
	if err != nil {
		return 0, err
	}
	if n.Score.Detail == nil {
		detail = []byte("[]")
	}
	scored := n.Score.Verdict != bank.VerdictPending
	// The item's skill, level, type and topics come from the version the
	// set holds, not from the caller.
	res, err := tx.ExecContext(ctx, `INSERT INTO practice_answers
		(user_id, set_id, position, version_id, item_id, skill, level, type, topics, response, points, max_points, verdict, scored, detail, answered_at)
		SELECT ?, ?, ?, v.id, v.item_id, v.skill, v.level, v.type, v.topics, ?, ?, ?, ?, ?, ?, ?
		FROM bank_item_versions v WHERE v.id = ?`,
		userID, n.SetID, n.Position, string(resp), n.Score.Points, n.Score.Max, n.Score.Verdict, scored, string(detail), stamp(at), n.VersionID)
	if isUnique(err) {
		return 0, &apperr.Error{Code: apperr.Conflict, Key: "practice.error.answered", Message: "this item is already answered"}
	}
	if err != nil {
		return 0, fmt.Errorf("save practice answer: %w", err)
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, err
	}
	// The set is finished when its last item is answered.
	_, err = tx.ExecContext(ctx, `UPDATE practice_sets SET finished_at = ? WHERE id = ? AND finished_at IS NULL
		AND NOT EXISTS (SELECT 1 FROM practice_set_items i WHERE i.set_id = practice_sets.id
			AND NOT EXISTS (SELECT 1 FROM practice_answers a WHERE a.set_id = i.set_id AND a.position = i.position))`,
		stamp(at), n.SetID)
	if err != nil {
		return 0, fmt.Errorf("finish practice set: %w", err)
	}
	return id, nil
}

// PracticeAnswers lists the answers of one of the user's sets by position.
func (s *Practice) PracticeAnswers(ctx context.Context, userID, setID int64) (map[int]PracticeAnswer, error) {
	var as []PracticeAnswer
	if err := s.db.SelectContext(ctx, &as, practiceAnswerSelect+` WHERE a.set_id = ? AND a.user_id = ?`, setID, userID); err != nil {
		return nil, fmt.Errorf("practice answers: %w", err)
	}
	m := make(map[int]PracticeAnswer, len(as))
	for _, a := range as {
		m[a.Position] = a
	}
	return m, nil
}

// PracticeAnswerByID returns one of the user's answers.
func (s *Practice) PracticeAnswerByID(ctx context.Context, userID, answerID int64) (*PracticeAnswer, error) {
	var a PracticeAnswer
	err := s.db.GetContext(ctx, &a, practiceAnswerSelect+` WHERE a.id = ? AND a.user_id = ?`, answerID, userID)
	if noRows(err) {
		return nil, notFound("practice answer")
	}
	if err != nil {
		return nil, fmt.Errorf("practice answer %d: %w", answerID, err)
	}
	return &a, nil
}

// PracticeHistory returns every answer of the user, oldest first, as the
// progress estimates read them.
func (s *Practice) PracticeHistory(ctx context.Context, userID int64) ([]practice.Answer, error) {
	var as []PracticeAnswer
	if err := s.db.SelectContext(ctx, &as, `SELECT a.id, a.user_id, a.set_id, a.position, a.version_id, a.item_id, a.skill,
		a.level, a.type, a.topics, '' AS response, a.points, a.max_points, a.verdict, a.scored, '[]' AS detail, a.answered_at
		FROM practice_answers a WHERE a.user_id = ? ORDER BY a.answered_at, a.id`, userID); err != nil {
		return nil, fmt.Errorf("practice history: %w", err)
	}
	out := make([]practice.Answer, len(as))
	for i := range as {
		out[i] = as[i].Domain()
	}
	return out, nil
}

// ErrorProfile builds the user's tone and mark profile from every typed
// answer they gave.
func (s *Practice) ErrorProfile(ctx context.Context, userID int64) (practice.Profile, error) {
	return errorProfile(ctx, s.db, userID)
}

// errorProfile is ErrorProfile for any aggregate on the same handle: the
// readiness report shows the same profile to the board.
func errorProfile(ctx context.Context, q sqlx.QueryerContext, userID int64) (practice.Profile, error) {
	var p practice.Profile
	var details []string
	query := `SELECT detail FROM practice_answers WHERE user_id = ? AND type IN (?` + strings.Repeat(`, ?`, len(practice.TypedTypes)-1) + `)
		ORDER BY answered_at`
	args := []any{userID}
	for _, t := range practice.TypedTypes {
		args = append(args, t)
	}
	if err := sqlx.SelectContext(ctx, q, &details, query, args...); err != nil {
		return p, fmt.Errorf("error profile: %w", err)
	}
	for _, d := range details {
		var ds []bank.Detail
		if err := json.Unmarshal([]byte(d), &ds); err != nil {
			return p, fmt.Errorf("error profile: %w", err)
		}
		var syl []viet.SyllableDiff
		for _, x := range ds {
			syl = append(syl, x.Syllables...)
		}
		p.Add(syl)
	}
	return p, nil
}

// SaveEssayDraft keeps what the candidate has typed so far of an essay in
// one of their sets.
func (s *Practice) SaveEssayDraft(ctx context.Context, userID, setID int64, pos int, text string, words int, at time.Time) error {
	return s.tx(ctx, func(tx *sqlx.Tx) error {
		var n int
		err := tx.GetContext(ctx, &n, `SELECT count(*) FROM practice_set_items i JOIN practice_sets s ON s.id = i.set_id
			WHERE s.id = ? AND s.user_id = ? AND i.position = ?`, setID, userID, pos)
		if err != nil {
			return fmt.Errorf("essay draft: %w", err)
		}
		if n == 0 {
			return notFound("practice item")
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO practice_essays (set_id, position, user_id, text, words, updated_at) VALUES (?, ?, ?, ?, ?, ?)
			ON CONFLICT (set_id, position) DO UPDATE SET text = excluded.text, words = excluded.words, updated_at = excluded.updated_at`,
			setID, pos, userID, text, words, stamp(at))
		if err != nil {
			return fmt.Errorf("essay draft: %w", err)
		}
		return nil
	})
}

// EssayDraft returns the saved draft, "" when there is none.
func (s *Practice) EssayDraft(ctx context.Context, userID, setID int64, pos int) (string, error) {
	var text string
	err := s.db.GetContext(ctx, &text, `SELECT text FROM practice_essays WHERE set_id = ? AND position = ? AND user_id = ?`, setID, pos, userID)
	if noRows(err) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("essay draft: %w", err)
	}
	return text, nil
}

// PracticeCatalog lists, per skill, the levels that have current items, and
// the topics of those items: what the practice chooser offers, without
// loading every item's content.
func (s *Practice) PracticeCatalog(ctx context.Context) (map[string][]int, []string, error) {
	var rows []struct {
		Skill string `db:"skill"`
		Level int    `db:"level"`
	}
	if err := s.db.SelectContext(ctx, &rows, `SELECT DISTINCT v.skill, v.level
		FROM bank_items i JOIN bank_item_versions v ON v.item_id = i.item_id AND v.version = i.current_version
		WHERE i.retired = 0 ORDER BY v.skill, v.level`); err != nil {
		return nil, nil, fmt.Errorf("practice catalog: %w", err)
	}
	levels := map[string][]int{}
	for _, r := range rows {
		levels[r.Skill] = append(levels[r.Skill], r.Level)
	}
	var topics []string
	if err := s.db.SelectContext(ctx, &topics, `SELECT DISTINCT t.value
		FROM bank_items i JOIN bank_item_versions v ON v.item_id = i.item_id AND v.version = i.current_version,
		     json_each(v.topics) t
		WHERE i.retired = 0 ORDER BY t.value`); err != nil {
		return nil, nil, fmt.Errorf("practice topics: %w", err)
	}
	return levels, topics, nil
}

// PracticePool lists the current, unretired items a set may be drawn from:
// only what selection reads, not the items' content.
func (s *Practice) PracticePool(ctx context.Context, f practice.PoolFilter) ([]practice.Candidate, error) {
	q := `SELECT v.id, v.item_id, v.level, v.group_version_id
		FROM bank_items i JOIN bank_item_versions v ON v.item_id = i.item_id AND v.version = i.current_version
		WHERE i.retired = 0 AND v.skill = ? AND v.level BETWEEN ? AND ?`
	args := []any{f.Skill, f.MinLevel, f.MaxLevel}
	if f.Topic != "" {
		q += ` AND EXISTS (SELECT 1 FROM json_each(v.topics) t WHERE t.value = ?)`
		args = append(args, f.Topic)
	}
	var rows []struct {
		VersionID int64  `db:"id"`
		ItemID    string `db:"item_id"`
		Level     int    `db:"level"`
		Group     *int64 `db:"group_version_id"`
	}
	if err := s.db.SelectContext(ctx, &rows, q+` ORDER BY v.item_id`, args...); err != nil {
		return nil, fmt.Errorf("practice pool %s %d-%d: %w", f.Skill, f.MinLevel, f.MaxLevel, err)
	}
	out := make([]practice.Candidate, len(rows))
	for i, r := range rows {
		out[i] = practice.Candidate{ID: r.ItemID, Level: r.Level, VersionID: r.VersionID}
		if r.Group != nil {
			out[i].Group = strconv.FormatInt(*r.Group, 10)
		}
	}
	return out, nil
}

// PracticeItem loads item pos of one of the user's sets, decoded, for
// grading; another user's set is not found.
func (s *Practice) PracticeItem(ctx context.Context, userID, setID int64, pos int) (*practice.Item, error) {
	var v ItemVersion
	err := s.db.GetContext(ctx, &v, itemVersionSelect+` WHERE v.id = (SELECT i.version_id FROM practice_set_items i
		JOIN practice_sets s ON s.id = i.set_id WHERE s.id = ? AND s.user_id = ? AND i.position = ?)`, setID, userID, pos)
	if noRows(err) {
		return nil, notFound("practice item")
	}
	if err != nil {
		return nil, fmt.Errorf("practice set %d item %d: %w", setID, pos, err)
	}
	it, _, err := v.Item()
	if err != nil {
		return nil, err
	}
	return &practice.Item{UserID: userID, SetID: setID, Pos: pos, VersionID: v.ID, Item: it}, nil
}
