package web

import (
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"hocviet/internal/apperr"
	"hocviet/internal/bank"
	"hocviet/internal/store"
	"hocviet/internal/web/view"
)

type bankMediaField struct {
	Key, URL, MIME string
}

type bankOptRow struct {
	Index           int
	ID, Text, Image string
	ImageURL        string
	Correct         bool
	Errs            []string
}

type bankGapRow struct {
	Index                   int
	Options, Answer, Accept string
	Errs                    []string
}

type bankPairRow struct {
	Index       int
	Left, Right string
	Errs        []string
}

// bankEditView is the editor page: the form's values, its choices and the
// problems found, by field.
type bankEditView struct {
	New                   bool
	Action, CancelURL     string
	ID, Bank              string
	Skill, Type           string
	SkillLabel, TypeLabel string
	BaseVersion           int
	Show                  map[string]bool

	Group, Rubric              string
	Level                      string
	Levels                     []bankOption
	Topics                     string
	KnownTopics, Banks         []string
	TopicOptions               []bankOption // known topics and the item's, named in the page language
	Groups, Rubrics            []bankOption
	Prompt, Passage            string
	Transcript, Text           string
	InstrLo, InstrVi, InstrEn  string
	FbLo, FbVi, FbEn           string
	Points                     string
	Audio, Image               bankMediaField
	Options                    []bankOptRow
	Accept                     string
	Answer                     string
	ToneAnswers, Tones         []bankOption
	Gaps                       []bankGapRow
	Pairs                      []bankPairRow
	Distractors, Words         string
	MinWords, MaxWords         string
	PrepareSeconds, MaxSeconds string
	Credit                     [5]bankOption // correct, tone, diacritic, no_diacritics, wrong

	MediaURL string
	Errs     map[string][]string
	General  []string
	Warnings []string
}

// E lists the errors shown beside a field.
func (v *bankEditView) E(key string) []string { return v.Errs[key] }

func numStr(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

func realStr(x *float64) string {
	if x == nil {
		return ""
	}
	return strconv.FormatFloat(*x, 'f', -1, 64)
}

// bankEditOf fills the form from an item.
func bankEditOf(it *bank.Item) *bankEditView {
	v := &bankEditView{ID: it.ID, Skill: it.Skill, Type: it.Type, Show: bankSections(it.Skill, it.Type),
		Group: it.Group, Rubric: it.Rubric, Level: numStr(it.Level), Topics: strings.Join(it.Topics, ", "), Prompt: it.Prompt, Passage: it.Passage,
		Transcript: it.Transcript, Text: it.Text, InstrLo: it.Instructions.Lo, InstrVi: it.Instructions.Vi,
		InstrEn: it.Instructions.En, FbLo: it.Feedback.Lo, FbVi: it.Feedback.Vi, FbEn: it.Feedback.En,
		Audio: bankMediaField{Key: it.Audio}, Image: bankMediaField{Key: it.Image},
		Accept: strings.Join(it.Accept, "\n"), Answer: it.Answer, Distractors: strings.Join(it.Extra, "\n"),
		Words: strings.Join(it.Words, "\n"), MinWords: numStr(it.MinWords), MaxWords: numStr(it.MaxWords),
		PrepareSeconds: numStr(it.PrepareSeconds), MaxSeconds: numStr(it.MaxSeconds), Errs: map[string][]string{}}
	if it.Points > 0 {
		v.Points = strconv.FormatFloat(it.Points, 'f', -1, 64)
	}
	for i, o := range it.Options {
		v.Options = append(v.Options, bankOptRow{Index: i, ID: o.ID, Text: o.Text, Image: o.Image, Correct: o.Correct})
	}
	for i, g := range it.Gaps {
		v.Gaps = append(v.Gaps, bankGapRow{Index: i, Options: strings.Join(g.Options, "\n"), Answer: g.Answer,
			Accept: strings.Join(g.Accept, "\n")})
	}
	for i, p := range it.Pairs {
		v.Pairs = append(v.Pairs, bankPairRow{Index: i, Left: p.Left, Right: p.Right})
	}
	c := it.Credit
	if c == nil {
		c = &bank.Credit{}
	}
	v.Credit = [5]bankOption{{Value: "correct", Label: realStr(c.Correct)}, {Value: "tone", Label: realStr(c.Tone)},
		{Value: "diacritic", Label: realStr(c.Diacritic)}, {Value: "no_diacritics", Label: realStr(c.NoDiacritics)},
		{Value: "wrong", Label: realStr(c.Wrong)}}
	for _, tn := range bank.AllTones {
		v.ToneAnswers = append(v.ToneAnswers, bankOption{Value: tn, Label: view.ToneLabel(tn), Selected: tn == it.Answer})
		v.Tones = append(v.Tones, bankOption{Value: tn, Label: view.ToneLabel(tn), Selected: len(it.Tones) == 0 || slices.Contains(it.Tones, tn)})
	}
	return v
}

// bankFinish adds the choices, media links, blank rows and translated
// problems to a form view.
func (s *Server) bankFinish(c echo.Context, v *bankEditView, problems []bank.Problem, msgs map[string][]string) error {
	ctx := c.Request().Context()
	t := s.bankT(c)
	v.SkillLabel, v.TypeLabel = t("skill."+v.Skill), t("bank.type."+v.Type)
	v.MediaURL = bankMediaPath
	if v.New {
		v.Action, v.CancelURL = "/instructor/items/new", "/instructor/items"
	} else {
		v.Action, v.CancelURL = bankItemURL(v.ID)+"/edit", bankItemURL(v.ID)
	}
	ch, err := s.store.Bank.BankChoices(ctx)
	if err != nil {
		return err
	}
	v.KnownTopics, v.Banks = ch.Topics, ch.Banks
	chosen := bankTopicList([]string{v.Topics})
	for _, tp := range bankTopicList(append(slices.Clone(ch.Topics), chosen...)) {
		v.TopicOptions = append(v.TopicOptions, bankOption{Value: tp, Label: s.prTopicLabel(pageLang(c), tp), Selected: slices.Contains(chosen, tp)})
	}
	lv, _ := strconv.Atoi(v.Level)
	for n := 1; n <= 6; n++ {
		v.Levels = append(v.Levels, bankOption{Value: strconv.Itoa(n), Label: t("bank.level_n", "N", n), Selected: n == lv})
	}
	for _, g := range ch.Groups {
		if g.Skill == v.Skill {
			v.Groups = append(v.Groups, bankOption{Value: g.ID, Label: g.ID + bankIf(g.Title != "", " · "+g.Title), Selected: g.ID == v.Group})
		}
	}
	for _, rb := range ch.Rubrics {
		if rb.Skill == v.Skill {
			title := view.Text(pageLang(c), rb.Title)
			v.Rubrics = append(v.Rubrics, bankOption{Value: rb.ID, Label: rb.ID + bankIf(title != "", " · "+title), Selected: rb.ID == v.Rubric})
		}
	}
	// A reference that names nothing stays in the list, so its error
	// shows beside what was chosen.
	if v.Group != "" && !slices.ContainsFunc(v.Groups, func(o bankOption) bool { return o.Selected }) {
		v.Groups = append(v.Groups, bankOption{Value: v.Group, Label: v.Group, Selected: true})
	}
	if v.Rubric != "" && !slices.ContainsFunc(v.Rubrics, func(o bankOption) bool { return o.Selected }) {
		v.Rubrics = append(v.Rubrics, bankOption{Value: v.Rubric, Label: v.Rubric, Selected: true})
	}
	keys := []string{v.Audio.Key, v.Image.Key}
	for _, o := range v.Options {
		keys = append(keys, o.Image)
	}
	refs, err := s.store.Bank.MediaRefs(ctx, keys)
	if err != nil {
		return err
	}
	if r, ok := refs[v.Audio.Key]; ok {
		v.Audio.URL, v.Audio.MIME = prMediaURL(r.SHA256), r.MIME
	}
	if r, ok := refs[v.Image.Key]; ok {
		v.Image.URL, v.Image.MIME = prMediaURL(r.SHA256), r.MIME
	}
	for i := range v.Options {
		if r, ok := refs[v.Options[i].Image]; ok {
			v.Options[i].ImageURL = prMediaURL(r.SHA256)
		}
	}
	// Room for more rows without a script; bank.js adds further ones.
	for n := max(4, len(v.Options)+1); len(v.Options) < n; {
		v.Options = append(v.Options, bankOptRow{Index: len(v.Options)})
	}
	for n := max(2, len(v.Gaps)+1); len(v.Gaps) < n; {
		v.Gaps = append(v.Gaps, bankGapRow{Index: len(v.Gaps)})
	}
	for n := max(4, len(v.Pairs)+2); len(v.Pairs) < n; {
		v.Pairs = append(v.Pairs, bankPairRow{Index: len(v.Pairs)})
	}

	shown := map[string]bool{"id": v.New, "bank": v.New, "level": true, "topics": true, "group": true, "prompt": true,
		"instructions": true, "feedback": true, "points": true, "audio": true, "image": true}
	for k := range v.Show {
		shown[k] = true
	}
	shown["answer"] = v.Show["tone"] || v.Show["true_false"]
	add := func(key, msg string) {
		switch {
		case strings.HasPrefix(key, "options[") && v.Show["options"]:
			i, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(key, "options["), "]"))
			if i < len(v.Options) {
				v.Options[i].Errs = append(v.Options[i].Errs, msg)
				return
			}
		case strings.HasPrefix(key, "gaps[") && v.Show["gaps"]:
			i, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(key, "gaps["), "]"))
			if i < len(v.Gaps) {
				v.Gaps[i].Errs = append(v.Gaps[i].Errs, msg)
				return
			}
		case strings.HasPrefix(key, "pairs[") && v.Show["pairs"]:
			i, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(key, "pairs["), "]"))
			if i < len(v.Pairs) {
				v.Pairs[i].Errs = append(v.Pairs[i].Errs, msg)
				return
			}
		case shown[key]:
			v.Errs[key] = append(v.Errs[key], msg)
			return
		}
		v.General = append(v.General, msg)
	}
	for key, ms := range msgs {
		for _, m := range ms {
			add(key, m)
		}
	}
	for _, p := range problems {
		if p.Severity == bank.SevWarning {
			v.Warnings = append(v.Warnings, p.Message)
			continue
		}
		add(bankFieldKey(p.Field), p.Message)
	}
	return nil
}

func bankIf(ok bool, s string) string {
	if ok {
		return s
	}
	return ""
}

// bankNew shows the type picker, or the empty form of the chosen type.
func (s *Server) bankNew(c echo.Context) error {
	skill, typ := c.QueryParam("skill"), c.QueryParam("type")
	if !slices.Contains(bank.Types[skill], typ) {
		return s.bankTypePicker(c)
	}
	ch, err := s.store.Bank.BankChoices(c.Request().Context())
	if err != nil {
		return err
	}
	v := bankEditOf(&bank.Item{Skill: skill, Type: typ, Level: 1})
	v.New = true
	v.Bank = "web"
	if b := c.QueryParam("bank"); b != "" {
		v.Bank = b
	} else if len(ch.Banks) > 0 {
		v.Bank = ch.Banks[0]
	}
	if err := s.bankFinish(c, v, nil, nil); err != nil {
		return err
	}
	return s.ok(c, "bank_edit", v)
}

type bankPickerView struct {
	Skills []bankPickerSkill
}

type bankPickerSkill struct {
	Label string
	Types []bankLink
}

type bankLink struct {
	ID, URL, Label string
}

func (s *Server) bankTypePicker(c echo.Context) error {
	t := s.bankT(c)
	var v bankPickerView
	for _, sk := range bank.Skills {
		ps := bankPickerSkill{Label: t("skill." + sk)}
		for _, typ := range bank.Types[sk] {
			ps.Types = append(ps.Types, bankLink{ID: "new-" + sk + "-" + typ,
				URL: "/instructor/items/new?skill=" + sk + "&type=" + typ, Label: t("bank.type." + typ)})
		}
		v.Skills = append(v.Skills, ps)
	}
	return s.ok(c, "bank_new", v)
}

// bankCreate saves a new item as its version 1.
func (s *Server) bankCreate(c echo.Context) error {
	var f bankItemForm
	if err := c.Bind(&f); err != nil {
		return err
	}
	if !slices.Contains(bank.Types[f.Skill], f.Type) {
		return apperr.Errorf(apperr.Invalid, "no such item type %s/%s", f.Skill, f.Type)
	}
	it := &bank.Item{ID: strings.TrimSpace(f.ID), Skill: f.Skill, Type: f.Type}
	return s.bankStore(c, &f, it, 0, strings.TrimSpace(f.Bank))
}

// bankEdit shows the form on the current version.
func (s *Server) bankEdit(c echo.Context) error {
	ctx := c.Request().Context()
	ver, err := s.store.Bank.ItemVersion(ctx, c.Param("id"), 0)
	if err != nil {
		return err
	}
	it, _, err := ver.Item()
	if err != nil {
		return err
	}
	rec, err := s.store.Bank.ItemRecord(ctx, it.ID)
	if err != nil {
		return err
	}
	v := bankEditOf(it)
	v.BaseVersion, v.Bank = ver.Version, rec.Bank
	if err := s.bankFinish(c, v, nil, nil); err != nil {
		return err
	}
	return s.ok(c, "bank_edit", v)
}

// bankSave stores the form as a new version of the item.
func (s *Server) bankSave(c echo.Context) error {
	var f bankItemForm
	if err := c.Bind(&f); err != nil {
		return err
	}
	ver, err := s.store.Bank.ItemVersion(c.Request().Context(), c.Param("id"), f.BaseVersion)
	if err != nil {
		return err
	}
	it, _, err := ver.Item()
	if err != nil {
		return err
	}
	return s.bankStore(c, &f, it, ver.Version, "")
}

// bankStore is the end of both saves: uploads, the form onto the item, the
// store's checks, then a redirect to the item, or the form again with the
// problems beside their fields.
func (s *Server) bankStore(c echo.Context, f *bankItemForm, base *bank.Item, baseVersion int, bankName string) error {
	ctx := c.Request().Context()
	t := s.bankT(c)
	it, err := bankClone(base)
	if err != nil {
		return err
	}
	// Problems found before the store's checks, translated, by field.
	msgs := map[string][]string{}
	for key, ids := range f.apply(it) {
		for _, id := range ids {
			msgs[key] = append(msgs[key], t(id))
		}
	}
	if baseVersion > 0 {
		rec, err := s.store.Bank.ItemRecord(ctx, it.ID)
		if err != nil {
			return err
		}
		bankName = rec.Bank
	}
	for _, up := range []struct {
		field string
		image bool
		dst   *string
	}{{"audio", false, &it.Audio}, {"image", true, &it.Image}} {
		fh, err := c.FormFile(up.field + "_file")
		// A form sent without files (urlencoded) has none to read.
		if errors.Is(err, http.ErrMissingFile) || errors.Is(err, http.ErrNotMultipart) || (err == nil && fh.Size == 0) {
			continue
		}
		if err != nil {
			return apperr.Errorf(apperr.Invalid, "upload: %v", err)
		}
		data, err := bankReadUpload(fh)
		if err != nil {
			return err
		}
		m, err := s.store.Bank.UploadMedia(ctx, bankName, up.image, data)
		if ae, ok := apperr.As(err); ok && ae.Code == apperr.Invalid {
			msgs[up.field] = append(msgs[up.field], t(ae.Key, bankArgs(ae.Args)...))
			continue
		}
		if err != nil {
			return err
		}
		*up.dst = m.Key
	}

	v := bankEditOf(it)
	v.New, v.Bank, v.BaseVersion = baseVersion == 0, bankName, baseVersion
	fail := func(problems []bank.Problem, status int) error {
		if err := s.bankFinish(c, v, problems, msgs); err != nil {
			return err
		}
		return s.render(c, status, "bank_edit", v)
	}
	if len(msgs) > 0 {
		return fail(nil, http.StatusUnprocessableEntity)
	}
	res, err := s.store.Bank.SaveItem(ctx, store.ItemEdit{Item: it, Bank: bankName, BaseVersion: baseVersion, Author: currentUser(c).Username})
	if ae, ok := apperr.As(err); ok && ae.Code == apperr.Conflict {
		// Saving again after a stale warning is deliberate: it goes on
		// top of the version that is current now.
		if n, ok := ae.Args["Version"].(int); ok {
			v.BaseVersion = n
		}
		p := bank.Problem{Severity: bank.SevError, Field: ae.Field, Message: t(ae.Key, bankArgs(ae.Args)...)}
		return fail([]bank.Problem{p}, http.StatusConflict)
	}
	if err != nil {
		return err
	}
	if res.Problems.Errors() > 0 {
		return fail(res.Problems, http.StatusUnprocessableEntity)
	}
	to := bankItemURL(it.ID) + "?saved=" + strconv.Itoa(res.Version)
	if res.Unchanged {
		to = bankItemURL(it.ID) + "?unchanged=1"
	}
	return c.Redirect(http.StatusSeeOther, to)
}

func bankArgs(m map[string]any) []any {
	var out []any
	for k, v := range m {
		out = append(out, k, v)
	}
	return out
}

func bankReadUpload(fh *multipart.FileHeader) ([]byte, error) {
	f, err := fh.Open()
	if err != nil {
		return nil, fmt.Errorf("upload: %w", err)
	}
	defer f.Close()
	// The body limit has capped the size already; one byte over the audio
	// limit is enough for CheckMedia to say it is too large.
	return io.ReadAll(io.LimitReader(f, bank.MaxAudioBytes+1))
}
