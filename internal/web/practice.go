package web

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"hocviet/internal/apperr"
	"hocviet/internal/bank"
	"hocviet/internal/practice"
	"hocviet/internal/store"
	"hocviet/internal/viet"
	"hocviet/internal/web/view"
)

// Limits on what a practice answer may carry (practice.MaxEssayRunes...).
const (
	prMaxEssayRunes    = practice.MaxEssayRunes
	prMaxTypedRunes    = practice.MaxTypedRunes
	prMaxRecordSeconds = practice.MaxRecordSeconds
)

type prChooserView struct {
	Skills     []prSkillChoice
	Levels     []int
	Topics     []prTopicChoice
	Skill      string
	Level      string
	Topic      string
	Suggestion *prSuggestion
	Recent     []prSetLine
	Error      string
}

type prSkillChoice struct {
	Skill string
	Label string
	// MyLevel is the level "my level" stands for in this skill.
	MyLevel int
}

type prTopicChoice struct{ Key, Label string }

type prSetLine struct {
	ID       int64
	Skill    string
	Level    int
	Topic    string
	When     string
	Answered int
	Size     int
	Score    string
	Pending  int
	Finished bool
	URL      string
}

func (s *Server) prT(c echo.Context) func(string, ...any) string {
	l := pageLang(c)
	return func(id string, args ...any) string { return s.catalog.T(l, id, args...) }
}

// prTopicLabel names a bank topic in the reader's language; a topic the
// translations do not know yet shows as written in the bank.
func (s *Server) prTopicLabel(l, key string) string {
	id := "practice.topic." + key
	if t := s.catalog.T(l, id); t != id {
		return t
	}
	return strings.ReplaceAll(key, "-", " ")
}

// topicLabels names a list of bank topics, comma-separated, in language l.
func (s *Server) topicLabels(l string, keys []string) string {
	labels := make([]string, len(keys))
	for i, k := range keys {
		labels[i] = s.prTopicLabel(l, k)
	}
	return strings.Join(labels, ", ")
}

func (s *Server) practiceChooser(c echo.Context) error {
	v, err := s.chooser(c)
	if err != nil {
		return err
	}
	if sk := c.QueryParam("skill"); slices.Contains(bank.Skills, sk) {
		v.Skill = sk
	}
	if lv := c.QueryParam("level"); lv != "" {
		v.Level = lv
	}
	return s.ok(c, "practice_choose", v)
}

func (s *Server) chooser(c echo.Context) (*prChooserView, error) {
	ctx := c.Request().Context()
	u := currentUser(c)
	l := pageLang(c)
	hist, err := s.practice.History(ctx, u.ID)
	if err != nil {
		return nil, err
	}
	stats := practice.Stats(hist)
	avail, topics, err := s.practiceCatalog(c)
	if err != nil {
		return nil, err
	}
	v := &prChooserView{Skill: bank.Listening, Level: "my", Levels: []int{1, 2, 3, 4, 5, 6}}
	for _, st := range stats {
		v.Skills = append(v.Skills, prSkillChoice{Skill: st.Skill, Label: s.catalog.T(l, "skill."+st.Skill),
			MyLevel: practice.MyLevelIn(st.Skill, stats, s.placement(c), avail[st.Skill])})
	}
	for _, t := range topics {
		v.Topics = append(v.Topics, prTopicChoice{Key: t, Label: s.prTopicLabel(l, t)})
	}
	sg := practice.Suggest(stats, s.placement(c))
	v.Suggestion = s.prSuggestion(c, sg, avail)
	if v.Suggestion != nil {
		v.Skill = v.Suggestion.Skill
	}
	recent, err := s.store.Practice.RecentPracticeSets(ctx, u.ID, 8)
	if err != nil {
		return nil, err
	}
	v.Recent = s.prSetLines(c, recent)
	return v, nil
}

// practiceCatalog lists, per skill, the levels that have items, and every
// topic of the current items.
func (s *Server) practiceCatalog(c echo.Context) (map[string][]int, []string, error) {
	return s.store.Practice.PracticeCatalog(c.Request().Context())
}

// placement is the Bậc per skill of the candidate's latest finished
// placement test, which wins over practice in practice.MyLevel. A failed
// read is logged and treated as no placement: practice still opens.
func (s *Server) placement(c echo.Context) practice.Placement {
	u := currentUser(c)
	if u == nil {
		return nil
	}
	p, err := s.practice.Levels(c.Request().Context(), u.ID)
	if err != nil {
		s.log.Error("placement levels", "user", u.Username, "err", err)
		return nil
	}
	return p
}

type prSuggestion struct {
	Skill, SkillLabel string
	Level             int
	Text              string
}

func (s *Server) prSuggestion(c echo.Context, sg practice.Suggestion, avail map[string][]int) *prSuggestion {
	if len(avail) == 0 {
		return nil
	}
	if len(avail[sg.Skill]) == 0 {
		// No items for that skill at all: suggest the first skill that has.
		for _, sk := range bank.Skills {
			if len(avail[sk]) > 0 {
				sg.Skill, sg.Reason = sk, practice.ReasonStart
				break
			}
		}
	}
	sg.Level = max(practice.NearestLevel(avail[sg.Skill], sg.Level), 1)
	t := s.prT(c)
	skill := t("skill." + sg.Skill)
	return &prSuggestion{Skill: sg.Skill, SkillLabel: skill, Level: sg.Level,
		Text: t("practice.suggest.reason_"+sg.Reason, "Skill", skill, "Level", sg.Level)}
}

func (s *Server) prSetLines(c echo.Context, sets []store.PracticeSet) []prSetLine {
	l := pageLang(c)
	out := make([]prSetLine, 0, len(sets))
	for _, ps := range sets {
		ln := prSetLine{ID: ps.ID, Skill: s.catalog.T(l, "skill."+ps.Skill), Level: ps.Level, When: view.Time(ps.CreatedAt),
			Answered: ps.Answered, Size: ps.Size, Pending: ps.Pending, Finished: ps.FinishedAt != nil,
			URL: fmt.Sprintf("/candidate/practice/%d", ps.ID)}
		if ps.Topic != "" {
			ln.Topic = s.prTopicLabel(l, ps.Topic)
		}
		if ps.Max > 0 {
			ln.Score = view.Pct(ps.Points / ps.Max)
		}
		out = append(out, ln)
	}
	return out
}

type prStartForm struct {
	Skill string `form:"skill" validate:"required,oneof=listening reading writing speaking"`
	Level string `form:"level" validate:"required,oneof=my 1 2 3 4 5 6"`
	Topic string `form:"topic" validate:"max=40"`
}

// practiceStart draws a set for the chosen skill, level and topic
// (practice.Session.NewSet) and sends the candidate to its first item.
func (s *Server) practiceStart(c echo.Context) error {
	var f prStartForm
	if err := c.Bind(&f); err != nil || s.validate.Struct(f) != nil {
		return &apperr.Error{Code: apperr.Invalid, Key: "error.bad_request", Message: "bad practice choice"}
	}
	level, _ := strconv.Atoi(f.Level) // "my" is 0, the level rule
	id, _, err := s.practice.NewSet(c.Request().Context(), practice.NewSetInput{UserID: currentUser(c).ID, Skill: f.Skill, Level: level, Topic: f.Topic})
	if errors.Is(err, practice.ErrNoItems) {
		v, err := s.chooser(c)
		if err != nil {
			return err
		}
		v.Skill, v.Level, v.Topic = f.Skill, f.Level, strings.TrimSpace(f.Topic)
		v.Error = s.catalog.T(pageLang(c), "practice.error.no_items")
		return s.render(c, http.StatusUnprocessableEntity, "practice_choose", v)
	}
	if err != nil {
		return err
	}
	return c.Redirect(http.StatusSeeOther, fmt.Sprintf("/candidate/practice/%d/1", id))
}

func prID(c echo.Context, name string) (int64, error) {
	id, err := strconv.ParseInt(c.Param(name), 10, 64)
	if err != nil || id <= 0 {
		return 0, echo.ErrNotFound
	}
	return id, nil
}

// prLoaded is one item of a set with everything needed to show it.
type prLoaded struct {
	set   *store.PracticeSet
	items []store.PracticeSetItem
	pos   int
	item  *bank.Item
	media map[string]string // media key → sha256, for item and group
	group *bank.Group
}

func (s *Server) loadPracticeItem(c echo.Context) (*prLoaded, error) {
	ctx := c.Request().Context()
	setID, err := prID(c, "set")
	if err != nil {
		return nil, err
	}
	pos, err := strconv.Atoi(c.Param("pos"))
	if err != nil {
		return nil, echo.ErrNotFound
	}
	ps, items, err := s.store.Practice.PracticeSet(ctx, currentUser(c).ID, setID)
	if err != nil {
		return nil, err
	}
	if pos < 1 || pos > len(items) {
		return nil, echo.ErrNotFound
	}
	v, err := s.store.Bank.ItemVersionByID(ctx, items[pos-1].VersionID)
	if err != nil {
		return nil, err
	}
	it, media, err := v.Item()
	if err != nil {
		return nil, err
	}
	li := &prLoaded{set: ps, items: items, pos: pos, item: it, media: map[string]string{}}
	for k, h := range media {
		li.media[k] = h
	}
	if v.GroupVersionID != nil {
		gv, err := s.store.Bank.GroupVersionByID(ctx, *v.GroupVersionID)
		if err != nil {
			return nil, err
		}
		g, gm, err := gv.Group()
		if err != nil {
			return nil, err
		}
		li.group = g
		for k, h := range gm {
			li.media[k] = h
		}
	}
	return li, nil
}

// practiceSet sends the candidate to the first unanswered item, or shows
// the summary of a finished set.
func (s *Server) practiceSet(c echo.Context) error {
	ctx := c.Request().Context()
	u := currentUser(c)
	setID, err := prID(c, "set")
	if err != nil {
		return err
	}
	ps, items, err := s.store.Practice.PracticeSet(ctx, u.ID, setID)
	if err != nil {
		return err
	}
	answers, err := s.store.Practice.PracticeAnswers(ctx, u.ID, setID)
	if err != nil {
		return err
	}
	for _, it := range items {
		if _, ok := answers[it.Position]; !ok {
			return c.Redirect(http.StatusSeeOther, fmt.Sprintf("/candidate/practice/%d/%d", setID, it.Position))
		}
	}
	return s.practiceSummary(c, ps, items, answers)
}

type prSummaryLine struct {
	Pos      int
	Type     string
	Prompt   string
	Verdict  string
	Label    string
	Score    string
	URL      string
	Comments int
}

type prSummaryView struct {
	Set        prSetLine
	Lines      []prSummaryLine
	Stat       view.SkillStat
	Suggestion *prSuggestion
	Again      prStartForm
}

func (s *Server) practiceSummary(c echo.Context, ps *store.PracticeSet, items []store.PracticeSetItem, answers map[int]store.PracticeAnswer) error {
	ctx := c.Request().Context()
	t := s.prT(c)
	v := prSummaryView{Set: s.prSetLines(c, []store.PracticeSet{*ps})[0],
		Again: prStartForm{Skill: ps.Skill, Level: strconv.Itoa(ps.Level), Topic: ps.Topic}}
	for _, it := range items {
		a := answers[it.Position]
		ln := prSummaryLine{Pos: it.Position, Type: t("practice.type." + a.Type), Verdict: a.Verdict,
			Label: s.prVerdictLabel(c, a.Verdict), URL: fmt.Sprintf("/candidate/practice/%d/%d", ps.ID, it.Position), Comments: a.Comments}
		if a.Scored {
			ln.Score = view.Num(pageLang(c), a.Points, -1) + " / " + view.Num(pageLang(c), a.Max, -1)
		}
		if v, err := s.store.Bank.ItemVersionByID(ctx, it.VersionID); err == nil {
			if bi, _, err := v.Item(); err == nil {
				ln.Prompt = prFirst(bi.Prompt, bi.Text)
			}
		}
		v.Lines = append(v.Lines, ln)
	}
	hist, err := s.practice.History(ctx, currentUser(c).ID)
	if err != nil {
		return err
	}
	stats := practice.Stats(hist)
	for _, st := range stats {
		if st.Skill == ps.Skill {
			v.Stat = s.prSkillStat(c, st, practice.MyLevel(stats, st.Skill, s.placement(c)))
		}
	}
	avail, _, err := s.practiceCatalog(c)
	if err != nil {
		return err
	}
	v.Suggestion = s.prSuggestion(c, practice.Suggest(stats, s.placement(c)), avail)
	return s.ok(c, "practice_summary", v)
}

func (s *Server) prVerdictLabel(c echo.Context, verdict string) string {
	return view.VerdictLabel(s.prT(c), verdict)
}

func prFirst(xs ...string) string {
	for _, x := range xs {
		if strings.TrimSpace(x) != "" {
			return x
		}
	}
	return ""
}

// practiceItem shows one item, and its feedback once answered.
func (s *Server) practiceItem(c echo.Context) error {
	li, err := s.loadPracticeItem(c)
	if err != nil {
		return err
	}
	v, err := s.prItemPage(c, li)
	if err != nil {
		return err
	}
	return s.ok(c, "practice_item", v)
}

// practiceAnswer grades a submitted answer (practice.Session.Answer) and
// shows the item again with its feedback (POST, then redirect to GET, so a
// reload does not resubmit).
func (s *Server) practiceAnswer(c echo.Context) error {
	it, err := s.practiceItemOf(c)
	if err != nil {
		return err
	}
	back := fmt.Sprintf("/candidate/practice/%d/%d", it.SetID, it.Pos)
	resp, err := prResponse(c, it.Item)
	if err != nil {
		return err
	}
	res, err := s.practice.Answer(c.Request().Context(), it, resp)
	if err != nil {
		return err
	}
	switch res.Outcome {
	case practice.Empty:
		return c.Redirect(http.StatusSeeOther, back+"?empty=1")
	case practice.TooShort:
		// Refused, and nothing typed is lost: the text is kept as the
		// draft the page shows again (issue 17.9).
		return c.Redirect(http.StatusSeeOther, fmt.Sprintf("%s?short=%d", back, res.Words))
	}
	// Graded, or answered already (a second click): show the grade that stands.
	return c.Redirect(http.StatusSeeOther, back)
}

// practiceItemOf loads the set item of the URL for the workflow handlers
// (answer, recording, draft): one of the candidate's own sets.
func (s *Server) practiceItemOf(c echo.Context) (*practice.Item, error) {
	setID, err := prID(c, "set")
	if err != nil {
		return nil, err
	}
	pos, err := strconv.Atoi(c.Param("pos"))
	if err != nil || pos < 1 {
		return nil, echo.ErrNotFound
	}
	return s.practice.Item(c.Request().Context(), currentUser(c).ID, setID, pos)
}

// prResponse reads the answer fields of the item's type from the form.
func prResponse(c echo.Context, it *bank.Item) (bank.Response, error) {
	var r bank.Response
	f, err := c.FormParams()
	if err != nil {
		return r, &apperr.Error{Code: apperr.Invalid, Key: "error.bad_request", Message: "bad answer form"}
	}
	limit := func(s string, n int) string {
		if rs := []rune(s); len(rs) > n {
			return string(rs[:n])
		}
		return s
	}
	switch it.Type {
	case bank.TypeChoice, bank.TypeTrueFalse, bank.TypeTonePick:
		for _, ch := range f["choice"] {
			if len(r.Choices) < 10 && ch != "" {
				r.Choices = append(r.Choices, limit(ch, 40))
			}
		}
	case bank.TypeDictation, bank.TypeAddMarks:
		r.Text = limit(f.Get("text"), prMaxTypedRunes)
	case bank.TypeEssay:
		r.Text = limit(f.Get("text"), prMaxEssayRunes)
	case bank.TypeCloze, bank.TypeGapFill:
		gs := f["gap"]
		for i := range it.Gaps {
			g := ""
			if i < len(gs) {
				g = limit(gs[i], 100)
			}
			r.Gaps = append(r.Gaps, g)
		}
	case bank.TypeMatch:
		r.Pairs = map[string]string{}
		for i, p := range it.Pairs {
			if g := f.Get("pair" + strconv.Itoa(i)); g != "" {
				r.Pairs[p.Left] = limit(g, 200)
			}
		}
	case bank.TypeOrderWords:
		for _, w := range f["word"] {
			if w != "" && len(r.Words) < 2*len(it.Words)+2 {
				r.Words = append(r.Words, limit(w, 100))
			}
		}
	}
	return r, nil
}

// practiceRecording stores the candidate's recording of a speaking item
// (the request body is the WAV; practice.Session.Record) and, for
// read-aloud items, what the tone analyser heard in it.
func (s *Server) practiceRecording(c echo.Context) error {
	it, err := s.practiceItemOf(c)
	if err != nil {
		return err
	}
	if it.Item.Skill != bank.Speaking {
		return &apperr.Error{Code: apperr.Invalid, Key: "error.bad_request", Message: "only speaking items take a recording"}
	}
	body := http.MaxBytesReader(c.Response(), c.Request().Body, 44+prMaxRecordSeconds*32000+1024)
	data, err := io.ReadAll(body)
	if err != nil {
		return &apperr.Error{Code: apperr.Invalid, Key: "practice.error.recording_too_long", Message: "recording too long"}
	}
	var tone any
	if it.Item.Type == bank.TypeReadAloud && it.Item.Text != "" {
		if _, err := practice.WAVDuration(data); err == nil {
			// Advisory only: a recording the analyser cannot read is
			// still kept, with the reason, which the page shows instead.
			tone = s.analyzeTone(data, it.Item.Text, "item", it.Item.ID)
		}
	}
	id, err := s.practice.Record(c.Request().Context(), it, data, tone)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]any{"answer": id, "next": fmt.Sprintf("/candidate/practice/%d/%d", it.SetID, it.Pos)})
}

// practiceRecordingAudio plays back one of the candidate's own recordings.
func (s *Server) practiceRecordingAudio(c echo.Context) error {
	id, err := prID(c, "id")
	if err != nil {
		return err
	}
	r, err := s.store.Practice.RecordingForUser(c.Request().Context(), currentUser(c).ID, id)
	if err != nil {
		return err
	}
	return prServeRecording(c, r)
}

func prServeRecording(c echo.Context, r *store.PracticeRecording) error {
	h := c.Response().Header()
	h.Set("Content-Type", r.MIME)
	// A take can be replaced under the same id: revalidate every time.
	h.Set("Cache-Control", "private, no-cache")
	mod, _ := time.Parse(time.RFC3339, r.CreatedAt)
	http.ServeContent(c.Response(), c.Request(), fmt.Sprintf("recording-%d.wav", r.ID), mod, bytes.NewReader(r.Data))
	return nil
}

type prDraftForm struct {
	Text string `form:"text"`
}

// practiceDraft saves an essay as it is typed (practice.Session.SaveDraft)
// and checks its spelling, syllable by syllable, for the live marking under
// the text box.
func (s *Server) practiceDraft(c echo.Context) error {
	it, err := s.practiceItemOf(c)
	if err != nil {
		return err
	}
	var f prDraftForm
	if err := c.Bind(&f); err != nil {
		return &apperr.Error{Code: apperr.Invalid, Key: "error.bad_request", Message: "bad draft"}
	}
	words, err := s.practice.SaveDraft(c.Request().Context(), it, f.Text)
	if err != nil {
		return err
	}
	type bad struct {
		Text   string `json:"text"`
		Reason string `json:"reason"`
	}
	out := struct {
		Words   int   `json:"words"`
		Invalid []bad `json:"invalid"`
	}{Words: words, Invalid: []bad{}}
	seen := map[string]bool{}
	for _, ch := range viet.Check(f.Text) {
		if !ch.Valid && !seen[ch.Text] {
			seen[ch.Text] = true
			out.Invalid = append(out.Invalid, bad{Text: ch.Text, Reason: ch.Reason})
		}
	}
	return c.JSON(http.StatusOK, out)
}
