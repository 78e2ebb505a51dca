package web

import (
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/labstack/echo/v4"

	"hocviet/internal/apperr"
	"hocviet/internal/fsrs"
	"hocviet/internal/practice"
	"hocviet/internal/store"
)

// vocabNewPerDay caps the words met for the first time each day: with
// FSRS each new word brings reviews for weeks, and ten a day is what a
// learner with lectures to follow can keep up.
const vocabNewPerDay = 10

// vocabOptions are the trainer's settings, carried in the URL so a
// session keeps them from card to card.
type vocabOptions struct {
	Dir   string // "vi-lo": Vietnamese shown, Lao to recall; "lo-vi" the reverse
	Topic string
	Level int // highest level of words; 0 for all
}

func vocabOptionsFrom(get func(string) string) vocabOptions {
	o := vocabOptions{Dir: "vi-lo", Topic: get("topic")}
	if get("dir") == "lo-vi" {
		o.Dir = "lo-vi"
	}
	if n, err := strconv.Atoi(get("level")); err == nil && n >= 1 && n <= practice.MaxLevel {
		o.Level = n
	}
	if len(o.Topic) > 40 {
		o.Topic = ""
	}
	return o
}

func (o vocabOptions) filter() store.VocabFilter {
	return store.VocabFilter{MaxLevel: o.Level, Topic: o.Topic}
}

func (o vocabOptions) query() string {
	q := url.Values{"dir": {o.Dir}}
	if o.Topic != "" {
		q.Set("topic", o.Topic)
	}
	if o.Level > 0 {
		q.Set("level", strconv.Itoa(o.Level))
	}
	return q.Encode()
}

type vocabHomeView struct {
	Opt    vocabOptions
	Counts store.VocabCounts
	NewNow int
	Topics []prTopicChoice
	Levels []int
	Start  string
}

func dayStart(now time.Time) time.Time {
	t := now.In(practice.Zone())
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, t.Location())
}

// vocabHome shows what is due and lets the candidate choose direction,
// topic and level before starting.
func (s *Server) vocabHome(c echo.Context) error {
	ctx := c.Request().Context()
	u := currentUser(c)
	l := pageLang(c)
	o := vocabOptionsFrom(c.QueryParam)
	now := time.Now()
	counts, err := s.store.Practice.VocabCounts(ctx, u.ID, o.filter(), now, dayStart(now))
	if err != nil {
		return err
	}
	topics, err := s.store.Practice.VocabTopics(ctx)
	if err != nil {
		return err
	}
	v := vocabHomeView{Opt: o, Counts: counts, Levels: []int{1, 2, 3, 4, 5, 6},
		NewNow: min(max(vocabNewPerDay-counts.NewToday, 0), counts.Unreviewed), Start: "/candidate/vocab/review?" + o.query()}
	for _, t := range topics {
		v.Topics = append(v.Topics, prTopicChoice{Key: t, Label: s.prTopicLabel(l, t)})
	}
	return s.ok(c, "vocab_home", v)
}

type vocabCardView struct {
	Opt   vocabOptions
	Query string
	// SettingsURL is the whole link back to the settings: a query put
	// after "?" in a template would have its "=" escaped (issue 17.9).
	SettingsURL string
	Counts      store.VocabCounts
	NewLeft     int
	Card        *store.VocabCard
	IsNew       bool
	Front       string
	FrontLang   string
	Back        string
	BackLang    string
	AudioURL    string
	Buttons     []vocabButton
	Last        *vocabLast
	NextDue     string
}

type vocabButton struct {
	Rating, Label, When string
	Key                 int
}

type vocabLast struct {
	Term, Lao, Due, DueISO, In string
}

// vocabCard shows the next card: due cards first, then new words while the
// day's allowance lasts.
func (s *Server) vocabCard(c echo.Context) error {
	ctx := c.Request().Context()
	u := currentUser(c)
	t := s.prT(c)
	o := vocabOptionsFrom(c.QueryParam)
	now := time.Now()
	counts, err := s.store.Practice.VocabCounts(ctx, u.ID, o.filter(), now, dayStart(now))
	if err != nil {
		return err
	}
	v := vocabCardView{Opt: o, Query: o.query(), SettingsURL: "/candidate/vocab?" + o.query(), Counts: counts,
		NewLeft: max(vocabNewPerDay-counts.NewToday, 0)}
	if id, err := strconv.ParseInt(c.QueryParam("done"), 10, 64); err == nil {
		if w, err := s.store.Practice.VocabByID(ctx, u.ID, id); err == nil && w.Due != nil {
			due := w.Card().Due
			v.Last = &vocabLast{Term: w.Term, Lao: w.Lao, Due: due.In(practice.Zone()).Format("02/01/2006 15:04"),
				DueISO: due.UTC().Format(time.RFC3339), In: s.vocabWait(c, due.Sub(now))}
		}
	}
	due, err := s.store.Practice.DueVocab(ctx, u.ID, o.filter(), now, 1)
	if err != nil {
		return err
	}
	if len(due) == 0 && v.NewLeft > 0 {
		if due, err = s.store.Practice.NewVocab(ctx, u.ID, o.filter(), 1); err != nil {
			return err
		}
	}
	if len(due) == 0 {
		next, err := s.store.Practice.DueVocab(ctx, u.ID, o.filter(), now.AddDate(100, 0, 0), 1)
		if err != nil {
			return err
		}
		if len(next) > 0 {
			v.NextDue = next[0].Card().Due.In(practice.Zone()).Format("02/01/2006 15:04")
		}
		return s.ok(c, "vocab_review", v)
	}
	w := &due[0]
	v.Card, v.IsNew = w, w.State == nil
	v.Front, v.FrontLang, v.Back, v.BackLang = w.Term, "vi", w.Lao, "lo"
	if o.Dir == "lo-vi" {
		v.Front, v.FrontLang, v.Back, v.BackLang = w.Lao, "lo", w.Term, "vi"
	}
	if w.AudioSHA256 != nil {
		v.AudioURL = prMediaURL(*w.AudioSHA256)
	}
	preview := fsrs.Default().Preview(w.Card(), now)
	for i, r := range fsrs.Ratings {
		v.Buttons = append(v.Buttons, vocabButton{Rating: r.String(), Label: t("practice.vocab.rate." + r.String()),
			When: s.vocabWait(c, preview[r].Due.Sub(now)), Key: i + 1})
	}
	return s.ok(c, "vocab_review", v)
}

// vocabWait words a wait the way the buttons show it: "10 min", "4 days".
func (s *Server) vocabWait(c echo.Context, d time.Duration) string {
	t := s.prT(c)
	switch {
	case d < time.Hour:
		return t("practice.vocab.in_minutes", "N", max(int(d.Round(time.Minute).Minutes()), 1))
	case d < 24*time.Hour:
		return t("practice.vocab.in_hours", "N", int(d.Round(time.Hour).Hours()))
	}
	return t("practice.vocab.in_days", "N", int(d.Round(24*time.Hour).Hours()/24))
}

type vocabRateForm struct {
	VocabID int64  `form:"vocab_id" validate:"required,gt=0"`
	Reps    int    `form:"reps" validate:"min=0"`
	Rating  string `form:"rating" validate:"required,oneof=again hard good easy"`
	Dir     string `form:"dir"`
	Topic   string `form:"topic"`
	Level   string `form:"level"`
}

// vocabRate schedules the card with FSRS and moves on to the next one.
func (s *Server) vocabRate(c echo.Context) error {
	ctx := c.Request().Context()
	u := currentUser(c)
	var f vocabRateForm
	if err := c.Bind(&f); err != nil || s.validate.Struct(f) != nil {
		return &apperr.Error{Code: apperr.Invalid, Key: "error.bad_request", Message: "bad rating"}
	}
	o := vocabOptionsFrom(func(k string) string {
		return map[string]string{"dir": f.Dir, "topic": f.Topic, "level": f.Level}[k]
	})
	next := "/candidate/vocab/review?" + o.query() + "&done=" + strconv.FormatInt(f.VocabID, 10)
	// Rated already from this page (a second click) or meanwhile: the
	// service stores nothing, and the trainer moves on either way.
	if _, err := s.practice.ReviewWord(ctx, practice.ReviewInput{UserID: u.ID, VocabID: f.VocabID, Reps: f.Reps,
		Direction: o.Dir, Rating: f.Rating}); err != nil {
		return err
	}
	return c.Redirect(http.StatusSeeOther, next)
}

// vocabDueLine is the home page's line on vocabulary.
func (s *Server) vocabDue(c echo.Context) (store.VocabCounts, error) {
	now := time.Now()
	return s.store.Practice.VocabCounts(c.Request().Context(), currentUser(c).ID, store.VocabFilter{}, now, dayStart(now))
}
