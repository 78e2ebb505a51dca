package web

import (
	"net/http"
	"path"
	"slices"
	"strconv"

	"github.com/labstack/echo/v4"

	"hocviet/internal/apperr"
	"hocviet/internal/bank"
	"hocviet/internal/store"
	"hocviet/internal/web/view"
)

// bankItemView is an item's page: one version shown as a candidate sees it
// (bank.Public, the practice page's markup and script), with what the
// instructor needs around it.
type bankItemView struct {
	ID, Bank, File      string
	Version, Current    int
	IsCurrent           bool
	Used, Retired       bool
	Author, When        string
	Saved               int
	Unchanged           bool
	EditURL, HistoryURL string
	YAMLURL, CheckURL   string
	SelfURL             string
	Media               []bankMediaLink
	Errors, Warnings    []string
	Key                 []string // the answers, as the key holds them
	Skill, SkillLabel   string
	Type, TypeLabel     string
	Level               int
	Item                *view.Item // the candidate's view, graded after "check"
	Result              *bankResult
}

type bankMediaLink struct {
	Path, URL, Name string
}

type bankResult struct {
	Verdict, Label, Score string
	Detail                []bank.Detail
	Transcript            string
	Explanation           string
}

// bankLoaded is one version with everything needed to show it.
type bankLoaded struct {
	rec   *store.ItemRecord
	ver   *store.ItemVersion
	item  *bank.Item
	group *bank.Group
	media map[string]string // key → sha256, of the item and its group
}

func (s *Server) bankLoad(c echo.Context) (*bankLoaded, error) {
	ctx := c.Request().Context()
	id := c.Param("id")
	v := 0
	if q := c.QueryParam("v"); q != "" {
		n, err := strconv.Atoi(q)
		if err != nil || n < 1 {
			return nil, echo.ErrNotFound
		}
		v = n
	}
	rec, err := s.store.Bank.ItemRecord(ctx, id)
	if err != nil {
		return nil, err
	}
	ver, err := s.store.Bank.ItemVersion(ctx, id, v)
	if err != nil {
		return nil, err
	}
	it, media, err := ver.Item()
	if err != nil {
		return nil, err
	}
	l := &bankLoaded{rec: rec, ver: ver, item: it, media: map[string]string{}}
	for k, h := range media {
		l.media[k] = h
	}
	if ver.GroupVersionID != nil {
		gv, err := s.store.Bank.GroupVersionByID(ctx, *ver.GroupVersionID)
		if err != nil {
			return nil, err
		}
		g, gm, err := gv.Group()
		if err != nil {
			return nil, err
		}
		l.group = g
		for k, h := range gm {
			l.media[k] = h
		}
	}
	return l, nil
}

// bankItem shows a version of an item as a candidate sees it.
func (s *Server) bankItem(c echo.Context) error {
	l, err := s.bankLoad(c)
	if err != nil {
		return err
	}
	v, err := s.bankItemPage(c, l, nil)
	if err != nil {
		return err
	}
	return s.ok(c, "bank_item", v)
}

// bankCheck grades an answer given on the preview, as practice would,
// and shows the item with its feedback. Nothing is stored.
func (s *Server) bankCheck(c echo.Context) error {
	l, err := s.bankLoad(c)
	if err != nil {
		return err
	}
	if bank.Manual(l.item.Type) {
		return &apperr.Error{Code: apperr.Invalid, Key: "error.bad_request", Message: "rated items are not graded here"}
	}
	resp, err := prResponse(c, l.item)
	if err != nil {
		return err
	}
	v, err := s.bankItemPage(c, l, &resp)
	if err != nil {
		return err
	}
	return s.render(c, http.StatusOK, "bank_item", v)
}

func (s *Server) bankItemPage(c echo.Context, l *bankLoaded, resp *bank.Response) (*bankItemView, error) {
	ctx := c.Request().Context()
	t := s.bankT(c)
	lg := pageLang(c)
	it, ver := l.item, l.ver
	base := bankItemURL(it.ID)
	vq := "?v=" + strconv.Itoa(ver.Version)
	v := &bankItemView{ID: it.ID, Bank: l.rec.Bank, File: bankFileOf(l.rec.Source), Version: ver.Version,
		Current: l.rec.CurrentVersion, IsCurrent: ver.Current, Used: ver.Used, Retired: l.rec.Retired,
		Author: ver.Author, When: view.Time(ver.CreatedAt), Unchanged: c.QueryParam("unchanged") == "1",
		EditURL: base + "/edit", HistoryURL: base + "/history", YAMLURL: base + "/yaml" + vq,
		CheckURL: base + "/check" + vq, SelfURL: base + vq}
	v.Saved, _ = strconv.Atoi(c.QueryParam("saved"))

	sub := bankSubFolder(l.rec.Bank, l.rec.Source)
	keys := slices.Clone(it.MediaKeys())
	slices.Sort(keys)
	for _, k := range slices.Compact(keys) {
		if h := l.media[k]; h != "" {
			v.Media = append(v.Media, bankMediaLink{Path: bank.MediaPath(sub, k), URL: prMediaURL(h), Name: path.Base(k)})
		}
	}

	// Lint on this version, as `bank lint` would judge it today.
	rubrics := map[string]*bank.Rubric{}
	if it.Rubric != "" {
		if rb, _, err := s.store.Bank.Rubric(ctx, it.Rubric); err == nil {
			rubrics[rb.ID] = rb
		} else if apperr.Code(err) != apperr.NotFound {
			return nil, err
		}
	}
	for _, p := range bank.CheckItem(it, l.group, rubrics) {
		if p.Severity == bank.SevWarning {
			v.Warnings = append(v.Warnings, p.Message)
		} else {
			v.Errors = append(v.Errors, p.Message)
		}
	}
	v.Key = view.StaffKey(it)

	v.Skill, v.SkillLabel, v.Type, v.TypeLabel, v.Level = it.Skill, t("skill."+it.Skill), it.Type, t("bank.type."+it.Type), it.Level
	in := view.Input{Context: view.Preview, Item: it, Group: l.group, Lang: lg, T: s.itemT(c),
		Seed: uint64(ver.ID), Media: func(key string) string { return prMediaURL(l.media[key]) }}
	var score bank.Score
	if resp != nil {
		score = bank.Grade(it, *resp)
		in.Response, in.Graded, in.Detail = *resp, true, score.Detail
	}
	iv := view.BuildItem(in)
	iv.Form = view.FormState{Action: v.CheckURL, CSRF: csrfOf(c)}
	v.Item = iv
	if resp != nil {
		pub := iv.Public
		res := &bankResult{Verdict: score.Verdict, Label: t("bank.verdict." + score.Verdict),
			Score: formatNum(lg, score.Points, -1) + " / " + formatNum(lg, score.Max, -1), Detail: score.Detail, Transcript: pub.Transcript}
		if pub.Group != nil && res.Transcript == "" {
			res.Transcript = pub.Group.Transcript
		}
		if pub.Feedback != nil {
			res.Explanation = view.Text(lg, *pub.Feedback)
		}
		v.Result = res
	}
	return v, nil
}
