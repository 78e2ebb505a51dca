package store

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/jmoiron/sqlx"

	"hocviet/internal/apperr"
	"hocviet/internal/bank"
	"hocviet/internal/fsrs"
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
type PracticeSetItem struct {
	Position  int    `db:"position"`
	VersionID int64  `db:"version_id"`
	ItemID    string `db:"item_id"`
}

const practiceSetSelect = `
	SELECT s.id, s.user_id, s.skill, s.level, s.topic, s.created_at, s.finished_at,
	       (SELECT count(*) FROM practice_set_items i WHERE i.set_id = s.id) AS size,
	       count(a.id) AS answered, coalesce(sum(a.points), 0) AS points,
	       coalesce(sum(CASE WHEN a.scored = 1 THEN a.max_points END), 0) AS max,
	       coalesce(sum(1 - a.scored), 0) AS pending
	FROM practice_sets s LEFT JOIN practice_answers a ON a.set_id = s.id`

// CreatePracticeSet stores a new set of the given item versions, in order.
func (s *Store) CreatePracticeSet(ctx context.Context, userID int64, skill string, level int, topic string, items []PracticeSetItem, at time.Time) (int64, error) {
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
func (s *Store) PracticeSet(ctx context.Context, userID, setID int64) (*PracticeSet, []PracticeSetItem, error) {
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
func (s *Store) RecentPracticeSets(ctx context.Context, userID int64, limit int) ([]PracticeSet, error) {
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
func (s *Store) SeenItems(ctx context.Context, userID int64, skill string) (map[string]time.Time, error) {
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
type NewPracticeAnswer struct {
	SetID    int64
	Position int
	Version  *ItemVersion
	Response bank.Response
	Score    bank.Score
}

// SavePracticeAnswer records an answer to an item of one of the user's
// sets. An item is answered once: a second answer is a Conflict, so a
// double click cannot change a grade already shown.
func (s *Store) SavePracticeAnswer(ctx context.Context, userID int64, n NewPracticeAnswer, at time.Time) (int64, error) {
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
	if versionID != n.Version.ID {
		return 0, fmt.Errorf("practice set %d position %d holds version %d, not %d", n.SetID, n.Position, versionID, n.Version.ID)
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
	res, err := tx.ExecContext(ctx, `INSERT INTO practice_answers
		(user_id, set_id, position, version_id, item_id, skill, level, type, topics, response, points, max_points, verdict, scored, detail, answered_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		userID, n.SetID, n.Position, n.Version.ID, n.Version.ItemID, n.Version.Skill, n.Version.Level, n.Version.Type,
		n.Version.TopicsJSON, string(resp), n.Score.Points, n.Score.Max, n.Score.Verdict, scored, string(detail), stamp(at))
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

// NewPracticeRecording is a speaking answer's audio.
type NewPracticeRecording struct {
	MIME     string
	Data     []byte
	Duration time.Duration
	Tone     any // advisory tone analysis, stored as JSON; nil for none
}

// SavePracticeRecording records a speaking answer with its audio. Recording
// again replaces the take, as long as no instructor has commented on it:
// a comment is about the recording it heard.
func (s *Store) SavePracticeRecording(ctx context.Context, userID int64, n NewPracticeAnswer, rec NewPracticeRecording, at time.Time) (answerID int64, err error) {
	var tone *string
	if rec.Tone != nil {
		b, err := json.Marshal(rec.Tone)
		if err != nil {
			return 0, err
		}
		t := string(b)
		tone = &t
	}
	err = s.tx(ctx, func(tx *sqlx.Tx) error {
		var existing struct {
			ID       int64 `db:"id"`
			Comments int   `db:"comments"`
		}
		err := tx.GetContext(ctx, &existing, `SELECT a.id, (SELECT count(*) FROM practice_comments c WHERE c.answer_id = a.id) AS comments
			FROM practice_answers a WHERE a.set_id = ? AND a.position = ? AND a.user_id = ?`, n.SetID, n.Position, userID)
		switch {
		case noRows(err):
			if answerID, err = insertAnswer(ctx, tx, userID, n, at); err != nil {
				return err
			}
			_, err = tx.ExecContext(ctx, `INSERT INTO practice_recordings (answer_id, user_id, mime, size, duration_ms, data, tone, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, answerID, userID, rec.MIME, len(rec.Data), rec.Duration.Milliseconds(), rec.Data, tone, stamp(at))
		case err != nil:
			return fmt.Errorf("practice answer: %w", err)
		case existing.Comments > 0:
			return &apperr.Error{Code: apperr.Conflict, Key: "practice.error.commented", Message: "an instructor has commented on this recording"}
		default:
			answerID = existing.ID
			if _, err = tx.ExecContext(ctx, `UPDATE practice_answers SET answered_at = ? WHERE id = ?`, stamp(at), answerID); err != nil {
				return err
			}
			_, err = tx.ExecContext(ctx, `UPDATE practice_recordings SET mime = ?, size = ?, duration_ms = ?, data = ?, tone = ?, created_at = ?
				WHERE answer_id = ?`, rec.MIME, len(rec.Data), rec.Duration.Milliseconds(), rec.Data, tone, stamp(at), answerID)
		}
		if err != nil {
			return fmt.Errorf("save recording: %w", err)
		}
		return nil
	})
	return answerID, err
}

// PracticeAnswers lists the answers of one of the user's sets by position.
func (s *Store) PracticeAnswers(ctx context.Context, userID, setID int64) (map[int]PracticeAnswer, error) {
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
func (s *Store) PracticeAnswerByID(ctx context.Context, userID, answerID int64) (*PracticeAnswer, error) {
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
func (s *Store) PracticeHistory(ctx context.Context, userID int64) ([]practice.Answer, error) {
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

// typedTypes are the item types whose answers are typed Vietnamese, graded
// syllable by syllable.
var typedTypes = []string{bank.TypeDictation, bank.TypeAddMarks, bank.TypeGapFill, bank.TypeCloze}

// ErrorProfile builds the user's tone and mark profile from every typed
// answer they gave.
func (s *Store) ErrorProfile(ctx context.Context, userID int64) (practice.Profile, error) {
	return errorProfile(ctx, s.db, userID)
}

// errorProfile is ErrorProfile for the board's view of a candidate.
func errorProfile(ctx context.Context, db sqlx.QueryerContext, userID int64) (practice.Profile, error) {
	var p practice.Profile
	var details []string
	q := `SELECT detail FROM practice_answers WHERE user_id = ? AND type IN (?` + strings.Repeat(`, ?`, len(typedTypes)-1) + `)
		ORDER BY answered_at`
	args := []any{userID}
	for _, t := range typedTypes {
		args = append(args, t)
	}
	if err := sqlx.SelectContext(ctx, db, &details, q, args...); err != nil {
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

// PracticeRecording is a stored speaking answer's audio.
type PracticeRecording struct {
	ID         int64   `db:"id"`
	AnswerID   int64   `db:"answer_id"`
	UserID     int64   `db:"user_id"`
	MIME       string  `db:"mime"`
	Size       int64   `db:"size"`
	DurationMS int64   `db:"duration_ms"`
	Data       []byte  `db:"data"`
	ToneJSON   *string `db:"tone"`
	CreatedAt  string  `db:"created_at"`
}

const recordingSelect = `SELECT id, answer_id, user_id, mime, size, duration_ms, data, tone, created_at FROM practice_recordings`

// RecordingForUser returns one of the user's recordings.
func (s *Store) RecordingForUser(ctx context.Context, userID, id int64) (*PracticeRecording, error) {
	return s.recording(ctx, recordingSelect+` WHERE id = ? AND user_id = ?`, id, userID)
}

// RecordingForInstructor returns any candidate's recording: instructors
// listen to every class.
func (s *Store) RecordingForInstructor(ctx context.Context, id int64) (*PracticeRecording, error) {
	return s.recording(ctx, recordingSelect+` WHERE id = ?`, id)
}

// RecordingOfAnswer returns the recording of an answer, without its bytes.
func (s *Store) RecordingOfAnswer(ctx context.Context, answerID int64) (*PracticeRecording, error) {
	return s.recording(ctx, `SELECT id, answer_id, user_id, mime, size, duration_ms, x'' AS data, tone, created_at
		FROM practice_recordings WHERE answer_id = ?`, answerID)
}

func (s *Store) recording(ctx context.Context, q string, args ...any) (*PracticeRecording, error) {
	var r PracticeRecording
	err := s.db.GetContext(ctx, &r, q, args...)
	if noRows(err) {
		return nil, notFound("recording")
	}
	if err != nil {
		return nil, fmt.Errorf("recording: %w", err)
	}
	return &r, nil
}

// SaveEssayDraft keeps what the candidate has typed so far of an essay in
// one of their sets.
func (s *Store) SaveEssayDraft(ctx context.Context, userID, setID int64, pos int, text string, words int, at time.Time) error {
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
func (s *Store) EssayDraft(ctx context.Context, userID, setID int64, pos int) (string, error) {
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

// PracticeComment is an instructor's comment on an essay or a recording.
type PracticeComment struct {
	ID         int64    `db:"id"`
	AnswerID   int64    `db:"answer_id"`
	Instructor string   `db:"instructor"`
	Body       string   `db:"body"`
	Score      *float64 `db:"score"`
	CreatedAt  string   `db:"created_at"`
	// For the candidate's list of comments.
	ItemID   string `db:"item_id"`
	Skill    string `db:"skill"`
	Type     string `db:"type"`
	SetID    int64  `db:"set_id"`
	Position int    `db:"position"`
}

const commentSelect = `
	SELECT c.id, c.answer_id, coalesce(nullif(u.display_name, ''), u.username, '') AS instructor, c.body, c.score, c.created_at,
	       a.item_id, a.skill, a.type, a.set_id, a.position
	FROM practice_comments c JOIN practice_answers a ON a.id = c.answer_id LEFT JOIN users u ON u.id = c.instructor_id`

// AddPracticeComment records an instructor's comment on an essay or a
// recording. A score (0–10) makes the answer count in the candidate's
// progress, at that share of its points.
func (s *Store) AddPracticeComment(ctx context.Context, answerID, instructorID int64, body string, score *float64, at time.Time) error {
	return s.tx(ctx, func(tx *sqlx.Tx) error {
		var typ string
		err := tx.GetContext(ctx, &typ, `SELECT type FROM practice_answers WHERE id = ?`, answerID)
		if noRows(err) {
			return notFound("practice answer")
		}
		if err != nil {
			return fmt.Errorf("comment: %w", err)
		}
		if !bank.Manual(typ) {
			return &apperr.Error{Code: apperr.Invalid, Key: "practice.error.not_commentable", Message: "only essays and recordings take comments"}
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO practice_comments (answer_id, instructor_id, body, score, created_at) VALUES (?, ?, ?, ?, ?)`,
			answerID, instructorID, body, score, stamp(at)); err != nil {
			return fmt.Errorf("comment: %w", err)
		}
		if score != nil {
			if _, err := tx.ExecContext(ctx, `UPDATE practice_answers SET points = round(? * max_points / 10, 2), scored = 1, verdict = 'rated'
				WHERE id = ?`, *score, answerID); err != nil {
				return fmt.Errorf("comment score: %w", err)
			}
		}
		return nil
	})
}

// CommentsOnAnswer lists the comments on one answer, oldest first. Callers
// have checked that the reader may see the answer.
func (s *Store) CommentsOnAnswer(ctx context.Context, answerID int64) ([]PracticeComment, error) {
	var cs []PracticeComment
	if err := s.db.SelectContext(ctx, &cs, commentSelect+` WHERE c.answer_id = ? ORDER BY c.created_at, c.id`, answerID); err != nil {
		return nil, fmt.Errorf("comments: %w", err)
	}
	return cs, nil
}

// CommentsForUser lists the latest comments on the user's answers.
func (s *Store) CommentsForUser(ctx context.Context, userID int64, limit int) ([]PracticeComment, error) {
	var cs []PracticeComment
	if err := s.db.SelectContext(ctx, &cs, commentSelect+` WHERE a.user_id = ? ORDER BY c.created_at DESC, c.id DESC LIMIT ?`, userID, limit); err != nil {
		return nil, fmt.Errorf("comments: %w", err)
	}
	return cs, nil
}

// PracticeMember is a candidate of a class with an account, for the
// instructor's view of practice.
type PracticeMember struct {
	UserID    int64  `db:"user_id"`
	Username  string `db:"username"`
	NameLo    string `db:"name_lo"`
	NameLatin string `db:"name_latin"`
}

// CohortPracticeMembers lists the candidates of a class who can sign in.
func (s *Store) CohortPracticeMembers(ctx context.Context, cohortID int64) ([]PracticeMember, error) {
	var ms []PracticeMember
	if err := s.db.SelectContext(ctx, &ms, `SELECT c.user_id, u.username, c.name_lo, c.name_latin
		FROM candidates c JOIN users u ON u.id = c.user_id WHERE c.cohort_id = ? ORDER BY u.username`, cohortID); err != nil {
		return nil, fmt.Errorf("class members: %w", err)
	}
	return ms, nil
}

// CohortPracticeHistory returns the answers of every member of a class, by
// user id, for the instructor's activity table.
func (s *Store) CohortPracticeHistory(ctx context.Context, cohortID int64) (map[int64][]practice.Answer, error) {
	var as []PracticeAnswer
	if err := s.db.SelectContext(ctx, &as, `SELECT a.id, a.user_id, a.set_id, a.position, a.version_id, a.item_id, a.skill,
		a.level, a.type, a.topics, '' AS response, a.points, a.max_points, a.verdict, a.scored, '[]' AS detail, a.answered_at
		FROM practice_answers a JOIN candidates c ON c.user_id = a.user_id
		WHERE c.cohort_id = ? ORDER BY a.answered_at, a.id`, cohortID); err != nil {
		return nil, fmt.Errorf("class practice: %w", err)
	}
	m := map[int64][]practice.Answer{}
	for i := range as {
		m[as[i].UserID] = append(m[as[i].UserID], as[i].Domain())
	}
	return m, nil
}

// PracticeWork is an essay or recording for an instructor to comment on.
type PracticeWork struct {
	PracticeAnswer
	Username  string `db:"username"`
	NameLatin string `db:"name_latin"`
	NameLo    string `db:"name_lo"`
}

const reviewSelect = `
	SELECT a.id, a.user_id, a.set_id, a.position, a.version_id, a.item_id, a.skill, a.level, a.type, a.topics,
	       a.response, a.points, a.max_points, a.verdict, a.scored, a.detail, a.answered_at,
	       (SELECT r.id FROM practice_recordings r WHERE r.answer_id = a.id) AS recording_id,
	       (SELECT count(*) FROM practice_comments c WHERE c.answer_id = a.id) AS comments,
	       u.username, coalesce(c.name_latin, '') AS name_latin, coalesce(c.name_lo, '') AS name_lo
	FROM practice_answers a JOIN users u ON u.id = a.user_id LEFT JOIN candidates c ON c.user_id = a.user_id`

// CohortWork lists a class's essays and recordings, those without a
// comment first, newest first within each.
func (s *Store) CohortWork(ctx context.Context, cohortID int64, limit int) ([]PracticeWork, error) {
	var rs []PracticeWork
	err := s.db.SelectContext(ctx, &rs, reviewSelect+` WHERE c.cohort_id = ? AND a.type IN (?, ?, ?)
		ORDER BY comments > 0, a.answered_at DESC LIMIT ?`, cohortID, bank.TypeEssay, bank.TypeReadAloud, bank.TypeRespond, limit)
	if err != nil {
		return nil, fmt.Errorf("class work: %w", err)
	}
	return rs, nil
}

// AnswerForInstructor returns any candidate's answer with who gave it.
func (s *Store) AnswerForInstructor(ctx context.Context, answerID int64) (*PracticeWork, error) {
	var r PracticeWork
	err := s.db.GetContext(ctx, &r, reviewSelect+` WHERE a.id = ?`, answerID)
	if noRows(err) {
		return nil, notFound("practice answer")
	}
	if err != nil {
		return nil, fmt.Errorf("practice answer %d: %w", answerID, err)
	}
	return &r, nil
}

// VocabCard is a word of the banks with the user's memory state of it.
type VocabCard struct {
	VocabID     int64   `db:"id"`
	Term        string  `db:"term"`
	POS         string  `db:"pos"`
	Lao         string  `db:"lao"`
	En          string  `db:"en"`
	Example     string  `db:"example"`
	Level       int     `db:"level"`
	Topic       string  `db:"topic"`
	AudioSHA256 *string `db:"audio_sha256"`
	State       *string `db:"state"` // nil for a word never reviewed
	Stability   float64 `db:"stability"`
	Difficulty  float64 `db:"difficulty"`
	Due         *string `db:"due"`
	LastReview  *string `db:"last_review"`
	Reps        int     `db:"reps"`
	Lapses      int     `db:"lapses"`
}

// Card is the FSRS state; a word never reviewed is a new card.
func (v *VocabCard) Card() fsrs.Card {
	if v.State == nil {
		return fsrs.Card{}
	}
	st, _ := fsrs.ParseState(*v.State)
	c := fsrs.Card{State: st, Stability: v.Stability, Difficulty: v.Difficulty, Reps: v.Reps, Lapses: v.Lapses}
	if v.Due != nil {
		c.Due = parseStamp(*v.Due)
	}
	if v.LastReview != nil {
		c.LastReview = parseStamp(*v.LastReview)
	}
	return c
}

const vocabSelect = `
	SELECT v.id, v.term, v.pos, v.lao, v.en, v.example, v.level, v.topic, v.audio_sha256,
	       k.state, coalesce(k.stability, 0) AS stability, coalesce(k.difficulty, 0) AS difficulty,
	       k.due, k.last_review, coalesce(k.reps, 0) AS reps, coalesce(k.lapses, 0) AS lapses
	FROM bank_vocabulary v LEFT JOIN vocab_cards k ON k.vocab_id = v.id AND k.user_id = ?`

// VocabFilter narrows the words of the trainer. Zero fields do not filter.
type VocabFilter struct {
	MaxLevel int
	Topic    string
}

func (f VocabFilter) where() (string, []any) {
	q, args := "", []any{}
	if f.MaxLevel > 0 {
		q += ` AND v.level <= ?`
		args = append(args, f.MaxLevel)
	}
	if f.Topic != "" {
		q += ` AND v.topic = ?`
		args = append(args, f.Topic)
	}
	return q, args
}

// DueVocab lists the user's cards due at t, most overdue first.
func (s *Store) DueVocab(ctx context.Context, userID int64, f VocabFilter, t time.Time, limit int) ([]VocabCard, error) {
	w, args := f.where()
	var vs []VocabCard
	err := s.db.SelectContext(ctx, &vs, vocabSelect+` WHERE k.due <= ?`+w+` ORDER BY k.due, v.id LIMIT ?`,
		append(append([]any{userID, stamp(t)}, args...), limit)...)
	if err != nil {
		return nil, fmt.Errorf("due vocabulary: %w", err)
	}
	return vs, nil
}

// NewVocab lists words the user has never reviewed, easiest first.
func (s *Store) NewVocab(ctx context.Context, userID int64, f VocabFilter, limit int) ([]VocabCard, error) {
	w, args := f.where()
	var vs []VocabCard
	err := s.db.SelectContext(ctx, &vs, vocabSelect+` WHERE k.vocab_id IS NULL`+w+` ORDER BY v.level, v.topic, v.id LIMIT ?`,
		append(append([]any{userID}, args...), limit)...)
	if err != nil {
		return nil, fmt.Errorf("new vocabulary: %w", err)
	}
	return vs, nil
}

// VocabByID returns one word with the user's state of it.
func (s *Store) VocabByID(ctx context.Context, userID, vocabID int64) (*VocabCard, error) {
	var v VocabCard
	err := s.db.GetContext(ctx, &v, vocabSelect+` WHERE v.id = ?`, userID, vocabID)
	if noRows(err) {
		return nil, notFound("word")
	}
	if err != nil {
		return nil, fmt.Errorf("word %d: %w", vocabID, err)
	}
	return &v, nil
}

// VocabCounts is the trainer's summary for one user.
type VocabCounts struct {
	Due        int `db:"due"`        // cards due now
	Learning   int `db:"learning"`   // cards reviewed at least once
	NewToday   int `db:"new_today"`  // words first reviewed since local midnight
	Unreviewed int `db:"unreviewed"` // words never reviewed
}

// VocabCounts counts the user's cards at t; dayStart is local midnight.
func (s *Store) VocabCounts(ctx context.Context, userID int64, f VocabFilter, t, dayStart time.Time) (VocabCounts, error) {
	w, args := f.where()
	var c VocabCounts
	err := s.db.GetContext(ctx, &c, `SELECT
		coalesce(sum(k.due <= ?), 0) AS due,
		count(k.vocab_id) AS learning,
		coalesce(sum(k.vocab_id IS NULL), 0) AS unreviewed,
		(SELECT count(*) FROM vocab_reviews r WHERE r.user_id = ? AND r.state_before = 'new' AND r.reviewed_at >= ?) AS new_today
		FROM bank_vocabulary v LEFT JOIN vocab_cards k ON k.vocab_id = v.id AND k.user_id = ?
		WHERE 1 = 1`+w, append([]any{stamp(t), userID, stamp(dayStart), userID}, args...)...)
	if err != nil {
		return c, fmt.Errorf("vocabulary counts: %w", err)
	}
	return c, nil
}

// VocabReview is one rating of a card.
type VocabReview struct {
	VocabID   int64
	Direction string // "vi-lo" or "lo-vi"
	Rating    fsrs.Rating
	Before    fsrs.Card
	After     fsrs.Card
}

// SaveVocabReview stores a review and the card's new state. The card must
// still be as it was when the candidate saw it (same number of reviews), so
// a rating sent twice is refused rather than counted twice.
func (s *Store) SaveVocabReview(ctx context.Context, userID int64, r VocabReview, at time.Time) error {
	return s.tx(ctx, func(tx *sqlx.Tx) error {
		var term string
		err := tx.GetContext(ctx, &term, `SELECT term FROM bank_vocabulary WHERE id = ?`, r.VocabID)
		if noRows(err) {
			return notFound("word")
		}
		if err != nil {
			return fmt.Errorf("vocabulary review: %w", err)
		}
		a := r.After
		var res interface{ RowsAffected() (int64, error) }
		if r.Before.State == fsrs.New {
			res, err = tx.ExecContext(ctx, `INSERT INTO vocab_cards (user_id, vocab_id, state, stability, difficulty, due, last_review, reps, lapses)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (user_id, vocab_id) DO NOTHING`,
				userID, r.VocabID, a.State.String(), a.Stability, a.Difficulty, stamp(a.Due), stamp(a.LastReview), a.Reps, a.Lapses)
		} else {
			res, err = tx.ExecContext(ctx, `UPDATE vocab_cards SET state = ?, stability = ?, difficulty = ?, due = ?, last_review = ?, reps = ?, lapses = ?
				WHERE user_id = ? AND vocab_id = ? AND reps = ?`,
				a.State.String(), a.Stability, a.Difficulty, stamp(a.Due), stamp(a.LastReview), a.Reps, a.Lapses, userID, r.VocabID, r.Before.Reps)
		}
		if err != nil {
			return fmt.Errorf("vocabulary card: %w", err)
		}
		if n, err := res.RowsAffected(); err != nil || n == 0 {
			return &apperr.Error{Code: apperr.Conflict, Key: "practice.error.reviewed", Message: "this card was reviewed meanwhile"}
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO vocab_reviews (user_id, vocab_id, term, direction, rating, state_before, stability, difficulty, due, reviewed_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, userID, r.VocabID, term, r.Direction, r.Rating.String(), r.Before.State.String(),
			a.Stability, a.Difficulty, stamp(a.Due), stamp(at))
		if err != nil {
			return fmt.Errorf("vocabulary review log: %w", err)
		}
		return nil
	})
}

// VocabTopics lists the topics of the vocabulary lists.
func (s *Store) VocabTopics(ctx context.Context) ([]string, error) {
	var ts []string
	if err := s.db.SelectContext(ctx, &ts, `SELECT DISTINCT topic FROM bank_vocabulary ORDER BY topic`); err != nil {
		return nil, fmt.Errorf("vocabulary topics: %w", err)
	}
	return ts, nil
}

// PracticeCatalog lists, per skill, the levels that have current items, and
// the topics of those items: what the practice chooser offers, without
// loading every item's content.
func (s *Store) PracticeCatalog(ctx context.Context) (map[string][]int, []string, error) {
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
