package practice

import (
	"context"
	crand "crypto/rand"
	"encoding/binary"
	"errors"
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"

	"hocviet/internal/apperr"
	"hocviet/internal/bank"
	"hocviet/internal/exam"
	"hocviet/internal/fsrs"
	"hocviet/internal/placement"
)

// Session is the practice use case: a candidate draws a set at a level,
// answers its items one by one, records speaking items and drafts essays.
// Handlers call it and render; it owns the rules (the level rule, the
// grading, what an answer may be) and persists through Repo, one
// transaction per call. It is exam.Sitting's twin: an answer reaches its
// score the same way, through exam.GradeItem.
type Session struct {
	Repo      Repo
	Placement PlacementRepo
	Now       func() time.Time
	// Rand gives the random order of a new set; nil draws a seed from
	// crypto/rand. Tests fix it.
	Rand func() *rand.Rand
}

// NewSession is a session over the practice and placement stores.
func NewSession(r Repo, p PlacementRepo) *Session {
	return &Session{Repo: r, Placement: p, Now: time.Now}
}

// Repo is what practice needs of the database; *store.Practice implements
// it. Every method is one transaction, and every one names the candidate,
// so a candidate reaches only their own sets.
type Repo interface {
	// PracticeHistory is every answer of the user, oldest first.
	PracticeHistory(ctx context.Context, userID int64) ([]Answer, error)
	// PracticeCatalog is, per skill, the levels that have current items,
	// and the topics of those items.
	PracticeCatalog(ctx context.Context) (map[string][]int, []string, error)
	// PracticePool lists the current items a set may be drawn from.
	PracticePool(ctx context.Context, f PoolFilter) ([]Candidate, error)
	// SeenItems maps the items the user was given in sets of skill to the
	// last time each was given.
	SeenItems(ctx context.Context, userID int64, skill string) (map[string]time.Time, error)
	CreatePracticeSet(ctx context.Context, userID int64, skill string, level int, topic string, items []SetItem, at time.Time) (int64, error)
	// PracticeItem loads item pos of one of the user's sets (NotFound
	// for another user's set or a position it does not have).
	PracticeItem(ctx context.Context, userID, setID int64, pos int) (*Item, error)
	// SavePracticeAnswer stores a graded answer; a second answer to the
	// same item is an apperr Conflict.
	SavePracticeAnswer(ctx context.Context, userID int64, n NewAnswer, at time.Time) (int64, error)
	// SavePracticeRecording stores a speaking answer with its audio,
	// replacing a take no instructor has commented on.
	SavePracticeRecording(ctx context.Context, userID int64, n NewAnswer, rec NewRecording, at time.Time) (int64, error)
	SaveEssayDraft(ctx context.Context, userID, setID int64, pos int, text string, words int, at time.Time) error
	// AddPracticeComment stores an instructor's comment on an essay or a
	// recording; a score (0-10) rates the answer (RatedPoints).
	AddPracticeComment(ctx context.Context, answerID, instructorID int64, body string, score *float64, at time.Time) error
	// VocabState is the user's memory state of a word (a new card if never
	// reviewed); an unknown word is NotFound.
	VocabState(ctx context.Context, userID, vocabID int64) (fsrs.Card, error)
	// SaveVocabReview stores a rating and the card's new state, if the
	// card is still as it was before (else an apperr Conflict).
	SaveVocabReview(ctx context.Context, userID int64, r VocabReview, at time.Time) error
}

// PlacementRepo gives the user's latest finished placement results;
// *store.Placement implements it.
type PlacementRepo interface {
	PlacementLevels(ctx context.Context, userID int64) (map[string]placement.Result, error)
}

// PoolFilter selects the current, unretired items of a skill between two
// levels, and of a topic when Topic is set.
type PoolFilter struct {
	Skill              string
	MinLevel, MaxLevel int
	Topic              string
}

// SetItem is one item of a set, in order from 1. The store reads it as
// stored, hence the column tags.
type SetItem struct {
	Position  int    `db:"position"`
	VersionID int64  `db:"version_id"`
	ItemID    string `db:"item_id"`
}

// Item is one item of a candidate's set, loaded to be graded.
type Item struct {
	UserID    int64
	SetID     int64
	Pos       int
	VersionID int64
	Item      *bank.Item
}

// NewAnswer is a graded response to one item of a set.
type NewAnswer struct {
	SetID     int64
	Position  int
	VersionID int64
	Response  bank.Response
	Score     bank.Score
}

// NewRecording is a speaking answer's audio.
type NewRecording struct {
	MIME     string
	Data     []byte
	Duration time.Duration
	Tone     any // advisory tone analysis, stored as JSON; nil for none
}

// Limits on what a practice answer may carry: an essay of a few hundred
// words, a typed line, a minute of speech (16 kHz mono WAV is 32 kB a
// second, and the whole request must stay under the server's 2 MB limit).
const (
	MaxEssayRunes    = 8000
	MaxTypedRunes    = 600
	MaxRecordSeconds = 60
)

// ErrNoItems is a new set for which the banks have no item.
var ErrNoItems = &apperr.Error{Code: apperr.Invalid, Key: "practice.error.no_items", Message: "no items for this choice"}

// Placement is the user's placement level per skill, which wins over
// practice in MyLevel.
func (s *Session) Levels(ctx context.Context, userID int64) (Placement, error) {
	if s.Placement == nil {
		return nil, nil
	}
	rs, err := s.Placement.PlacementLevels(ctx, userID)
	if err != nil {
		return nil, err
	}
	p := Placement{}
	for sk, r := range rs {
		p[sk] = r.Level
	}
	return p, nil
}

// MyLevelIn is "my level" in a skill (MyLevel, the one rule) moved to the
// nearest level the banks have items for (avail).
func MyLevelIn(skill string, all []SkillStat, p Placement, avail []int) int {
	want := MyLevel(all, skill, p)
	if n := NearestLevel(avail, want); n > 0 {
		return n
	}
	return want
}

// NewSetInput is a candidate's choice of set. Level 0 is "my level".
type NewSetInput struct {
	UserID int64
	Skill  string
	Level  int
	Topic  string
}

// NewSet draws a set for the choice and stores it. "My level" is the level
// rule (placement, then practice) moved to a level the banks have; the set
// draws from one level either side, avoiding recently seen items (Select).
// A choice no item fits is ErrNoItems.
func (s *Session) NewSet(ctx context.Context, in NewSetInput) (setID int64, level int, err error) {
	if !validSkill(in.Skill) {
		return 0, 0, &apperr.Error{Code: apperr.Invalid, Field: "skill", Key: "error.bad_request", Message: "unknown skill " + strconv.Quote(in.Skill)}
	}
	if in.Level < 0 || in.Level > MaxLevel {
		return 0, 0, &apperr.Error{Code: apperr.Invalid, Field: "level", Key: "error.bad_request", Message: "level " + strconv.Itoa(in.Level) + " is not 1-6"}
	}
	level = in.Level
	if level == 0 {
		hist, err := s.Repo.PracticeHistory(ctx, in.UserID)
		if err != nil {
			return 0, 0, err
		}
		avail, _, err := s.Repo.PracticeCatalog(ctx)
		if err != nil {
			return 0, 0, err
		}
		p, err := s.Levels(ctx, in.UserID)
		if err != nil {
			return 0, 0, err
		}
		level = MyLevelIn(in.Skill, Stats(hist), p, avail[in.Skill])
	}
	topic := strings.TrimSpace(in.Topic)
	pool, err := s.Repo.PracticePool(ctx, PoolFilter{Skill: in.Skill, MinLevel: max(level-1, 1), MaxLevel: min(level+1, MaxLevel), Topic: topic})
	if err != nil {
		return 0, 0, err
	}
	seen, err := s.Repo.SeenItems(ctx, in.UserID, in.Skill)
	if err != nil {
		return 0, 0, err
	}
	rng, err := s.rand()
	if err != nil {
		return 0, 0, err
	}
	picked := Select(pool, level, seen, SetSize, rng)
	if len(picked) == 0 {
		return 0, level, ErrNoItems
	}
	items := make([]SetItem, len(picked))
	for i, p := range picked {
		items[i] = SetItem{Position: i + 1, VersionID: p.VersionID, ItemID: p.ID}
	}
	id, err := s.Repo.CreatePracticeSet(ctx, in.UserID, in.Skill, level, topic, items, s.now())
	return id, level, err
}

// Item loads item pos of one of the user's sets.
func (s *Session) Item(ctx context.Context, userID, setID int64, pos int) (*Item, error) {
	return s.Repo.PracticeItem(ctx, userID, setID, pos)
}

// Outcome is what became of a submitted answer.
type Outcome int

const (
	Graded   Outcome = iota // graded and stored
	Already                 // answered before: the grade that stands is kept
	Empty                   // nothing was answered; nothing stored
	TooShort                // an essay under its word count: kept as the draft
)

// AnswerResult is a submitted answer's fate.
type AnswerResult struct {
	Outcome  Outcome
	AnswerID int64
	Score    bank.Score
	Words    int // for TooShort: the words the essay has
}

// Answer grades a typed or chosen answer with exam.GradeItem, the grading
// the exam uses, and stores it. An item is answered once: a second answer
// (a double click) keeps the first grade. An essay under its minimum of
// words is refused and kept as the draft, so nothing typed is lost.
func (s *Session) Answer(ctx context.Context, it *Item, resp bank.Response) (AnswerResult, error) {
	if it.Item.Skill == bank.Speaking {
		return AnswerResult{}, &apperr.Error{Code: apperr.Invalid, Key: "error.bad_request", Message: "speaking items take a recording"}
	}
	if EmptyResponse(resp) {
		return AnswerResult{Outcome: Empty}, nil
	}
	if n := WordCount(resp.Text); it.Item.Type == bank.TypeEssay && n < it.Item.MinWords {
		if err := s.Repo.SaveEssayDraft(ctx, it.UserID, it.SetID, it.Pos, resp.Text, n, s.now()); err != nil {
			return AnswerResult{}, err
		}
		return AnswerResult{Outcome: TooShort, Words: n}, nil
	}
	score := exam.GradeItem(it.Item, resp, 0) // practice keeps the item's own points
	id, err := s.Repo.SavePracticeAnswer(ctx, it.UserID, NewAnswer{SetID: it.SetID, Position: it.Pos, VersionID: it.VersionID,
		Response: resp, Score: score}, s.now())
	if apperr.Code(err) == apperr.Conflict {
		return AnswerResult{Outcome: Already}, nil
	}
	if err != nil {
		return AnswerResult{}, err
	}
	return AnswerResult{Outcome: Graded, AnswerID: id, Score: score}, nil
}

// Record stores a speaking item's recording (a PCM WAV; the handler bounds
// its size) as its answer, pending an instructor. tone is the advisory
// analysis, nil for none.
func (s *Session) Record(ctx context.Context, it *Item, wav []byte, tone any) (int64, error) {
	if it.Item.Skill != bank.Speaking {
		return 0, &apperr.Error{Code: apperr.Invalid, Key: "error.bad_request", Message: "only speaking items take a recording"}
	}
	dur, err := WAVDuration(wav)
	if err != nil {
		return 0, &apperr.Error{Code: apperr.Invalid, Key: "practice.error.recording_bad", Message: err.Error()}
	}
	score := exam.GradeItem(it.Item, bank.Response{}, 0) // pending: an instructor rates it
	return s.Repo.SavePracticeRecording(ctx, it.UserID, NewAnswer{SetID: it.SetID, Position: it.Pos, VersionID: it.VersionID, Score: score},
		NewRecording{MIME: "audio/wav", Data: wav, Duration: dur, Tone: tone}, s.now())
}

// SaveDraft keeps an essay as it is typed and gives its word count.
func (s *Session) SaveDraft(ctx context.Context, it *Item, text string) (int, error) {
	if it.Item.Type != bank.TypeEssay {
		return 0, &apperr.Error{Code: apperr.Invalid, Key: "error.bad_request", Message: "only essays have drafts"}
	}
	if n := len([]rune(text)); n > MaxEssayRunes {
		return 0, &apperr.Error{Code: apperr.Invalid, Key: "practice.error.too_long",
			Message: "essay of " + strconv.Itoa(n) + " characters, over " + strconv.Itoa(MaxEssayRunes)}
	}
	words := WordCount(text)
	return words, s.Repo.SaveEssayDraft(ctx, it.UserID, it.SetID, it.Pos, text, words, s.now())
}

// VocabReview is one rating of a card.
type VocabReview struct {
	VocabID   int64
	Direction string // "vi-lo" or "lo-vi"
	Rating    fsrs.Rating
	Before    fsrs.Card
	After     fsrs.Card
}

// ReviewInput is a candidate's rating of a word. Reps is the number of
// reviews the card had on the page rated: a page rated twice is not counted
// twice.
type ReviewInput struct {
	UserID    int64
	VocabID   int64
	Reps      int
	Direction string
	Rating    string // again, hard, good or easy
}

// ReviewWord schedules the word with FSRS from the rating and stores it.
// It reports false, and stores nothing, when the card was rated meanwhile
// (a second click, another tab).
func (s *Session) ReviewWord(ctx context.Context, in ReviewInput) (bool, error) {
	r, ok := fsrs.ParseRating(in.Rating)
	if !ok {
		return false, &apperr.Error{Code: apperr.Invalid, Field: "rating", Key: "error.bad_request", Message: "rating " + strconv.Quote(in.Rating) + " is not again, hard, good or easy"}
	}
	before, err := s.Repo.VocabState(ctx, in.UserID, in.VocabID)
	if err != nil {
		return false, err
	}
	if before.Reps != in.Reps {
		return false, nil
	}
	now := s.now()
	err = s.Repo.SaveVocabReview(ctx, in.UserID, VocabReview{VocabID: in.VocabID, Direction: in.Direction, Rating: r,
		Before: before, After: fsrs.Default().Review(before, r, now)}, now)
	if apperr.Code(err) == apperr.Conflict {
		return false, nil
	}
	return err == nil, err
}

// MaxCommentRunes bounds an instructor's comment.
const MaxCommentRunes = 4000

// CommentInput is an instructor's comment as typed: Score is "" for none,
// or a number from 0 to 10 with a point or a comma.
type CommentInput struct {
	AnswerID     int64
	InstructorID int64
	Body         string
	Score        string
}

// Comment stores an instructor's comment on an essay or a recording. A
// comment that is empty or too long, or else has a score that is not 0-10,
// is an apperr Invalid whose Key names what to fix.
func (s *Session) Comment(ctx context.Context, in CommentInput) error {
	body := strings.TrimSpace(in.Body)
	if n := len([]rune(body)); n == 0 || n > MaxCommentRunes {
		return &apperr.Error{Code: apperr.Invalid, Key: "practice.review.error_body",
			Message: "comment of " + strconv.Itoa(n) + " characters, want 1-" + strconv.Itoa(MaxCommentRunes)}
	}
	var score *float64
	if sc := strings.TrimSpace(strings.ReplaceAll(in.Score, ",", ".")); sc != "" {
		x, err := strconv.ParseFloat(sc, 64)
		if err != nil || math.IsNaN(x) || math.IsInf(x, 0) || x < 0 || x > 10 {
			return &apperr.Error{Code: apperr.Invalid, Field: "score", Key: "practice.review.error_score", Message: "score " + strconv.Quote(in.Score) + " is not 0-10"}
		}
		score = &x
	}
	return s.Repo.AddPracticeComment(ctx, in.AnswerID, in.InstructorID, body, score, s.now())
}

// RatedPoints is what a rated answer earns: its points at the share the
// instructor's score out of 10 gives, to the hundredth.
func RatedPoints(score, maxPoints float64) float64 {
	return math.Round(score*maxPoints/10*100) / 100
}

// History is every answer of the user, oldest first.
func (s *Session) History(ctx context.Context, userID int64) ([]Answer, error) {
	return s.Repo.PracticeHistory(ctx, userID)
}

// EmptyResponse tells an answer with nothing in it: not graded, not stored.
func EmptyResponse(r bank.Response) bool {
	if len(r.Choices) > 0 || strings.TrimSpace(r.Text) != "" || len(r.Words) > 0 || len(r.Pairs) > 0 {
		return false
	}
	for _, g := range r.Gaps {
		if strings.TrimSpace(g) != "" {
			return false
		}
	}
	return true
}

func validSkill(s string) bool {
	for _, sk := range bank.Skills {
		if sk == s {
			return true
		}
	}
	return false
}

func (s *Session) now() time.Time {
	if s.Now == nil {
		return time.Now()
	}
	return s.Now()
}

func (s *Session) rand() (*rand.Rand, error) {
	if s.Rand != nil {
		return s.Rand(), nil
	}
	var seed [16]byte
	if _, err := crand.Read(seed[:]); err != nil {
		return nil, errors.New("practice: no random seed: " + err.Error())
	}
	return rand.New(rand.NewPCG(binary.LittleEndian.Uint64(seed[:8]), binary.LittleEndian.Uint64(seed[8:]))), nil
}
