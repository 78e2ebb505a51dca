package web

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"net/http"
	"slices"
	"strconv"

	"github.com/labstack/echo/v4"

	"hocviet/internal/bank"
	"hocviet/internal/placement"
	"hocviet/internal/practice"
	"hocviet/internal/web/view"
)

// The adaptive placement test (candidate): an intro with the last result,
// one question at a time chosen by the server, and the result per skill as
// "Bậc N (range)". The handlers only bind and render; placement.Service
// owns the test.

type placementLevel struct {
	Skill, SkillLabel string
	Level, Lo, Hi     int
	Range             bool // Lo ≠ Hi
	Provisional       bool
	Items             int
	Theta, SE         string
}

type placementIntroView struct {
	OpenID  int64
	Levels  []placementLevel
	Skills  []string
	MaxItem int
}

func (s *Server) placementLevels(c echo.Context, rs map[string]placement.Result) []placementLevel {
	t := s.prT(c)
	var out []placementLevel
	for _, sk := range placement.Skills {
		r, ok := rs[sk]
		if !ok {
			continue
		}
		out = append(out, placementLevel{Skill: sk, SkillLabel: t("skill." + sk), Level: r.Level, Lo: r.Lo, Hi: r.Hi,
			Range: r.Lo != r.Hi, Provisional: r.Provisional, Items: r.Items,
			Theta: strconv.FormatFloat(r.Theta, 'f', 2, 64), SE: strconv.FormatFloat(math.Min(r.SE, 9.99), 'f', 2, 64)})
	}
	return out
}

func (s *Server) placementIntro(c echo.Context) error {
	ctx := c.Request().Context()
	u := currentUser(c)
	open, err := s.store.Placement.OpenPlacement(ctx, u.ID)
	if err != nil {
		return err
	}
	rs, err := s.store.Placement.PlacementLevels(ctx, u.ID)
	if err != nil {
		return err
	}
	t := s.prT(c)
	v := placementIntroView{OpenID: open, Levels: s.placementLevels(c, rs), MaxItem: s.place.CAT.MaxItems}
	for _, sk := range placement.Skills {
		v.Skills = append(v.Skills, t("skill."+sk))
	}
	return s.ok(c, "placement_intro", v)
}

func (s *Server) placementStart(c echo.Context) error {
	id, err := s.place.Start(c.Request().Context(), currentUser(c).ID)
	if err != nil {
		return err
	}
	return c.Redirect(http.StatusSeeOther, fmt.Sprintf("/candidate/placement/%d", id))
}

type placementItemView struct {
	TestID              int64
	Skill, SkillLabel   string
	Part, Parts         int
	Number, MaxItems    int
	Pos                 int
	Type                string
	Instructions        string
	Prompt, Passage     string
	Text                string
	AudioURL, ImageURL  string
	Options             []view.Option
	Multiple, TrueFalse bool
	Segments            []view.Segment
	Action              string
	Empty               bool
}

// placementTest shows the next question, or the result once every part
// has ended.
func (s *Server) placementTest(c echo.Context) error {
	ctx := c.Request().Context()
	id, err := prID(c, "id")
	if err != nil {
		return err
	}
	u := currentUser(c)
	tt, step, err := s.place.Next(ctx, u.ID, id)
	if err != nil {
		return err
	}
	if step.Done {
		rs := map[string]placement.Result{}
		for _, r := range tt.Results {
			rs[r.Skill] = r
		}
		return s.ok(c, "placement_result", map[string]any{"Levels": s.placementLevels(c, rs)})
	}
	it, g, media, err := s.placementItem(c, step.Item.VersionID)
	if err != nil {
		return err
	}
	l := pageLang(c)
	t := s.prT(c)
	// The test and position seed the option order, so a reload shows the
	// same order.
	iv := view.BuildItem(view.Input{Context: view.Practice, Item: it, Group: g, Lang: l, T: s.itemT(c),
		Seed: uint64(id)<<8 | uint64(step.Item.Pos), Media: func(key string) string { return prMediaURL(media[key]) }})
	// The item view has merged the passage's text, recording and picture.
	v := placementItemView{TestID: id, Skill: step.Skill, SkillLabel: t("skill." + step.Skill),
		Part: slices.Index(placement.Skills, step.Skill) + 1, Parts: len(placement.Skills),
		Number: step.Of + 1, MaxItems: s.place.CAT.MaxItems, Pos: step.Item.Pos, Type: it.Type,
		Instructions: iv.Instructions, Prompt: iv.Prompt, Passage: iv.Passage, Text: iv.Text,
		AudioURL: iv.AudioURL, ImageURL: iv.ImageURL, Multiple: iv.Multiple, Options: iv.Options, Segments: iv.Segments,
		TrueFalse: it.Type == bank.TypeTrueFalse, Action: fmt.Sprintf("/candidate/placement/%d/answer", id),
		Empty: c.QueryParam("empty") != ""}
	return s.ok(c, "placement_item", v)
}

func (s *Server) placementItem(c echo.Context, versionID int64) (*bank.Item, *bank.Group, map[string]string, error) {
	ctx := c.Request().Context()
	ver, err := s.store.Bank.ItemVersionByID(ctx, versionID)
	if err != nil {
		return nil, nil, nil, err
	}
	it, media, err := ver.Item()
	if err != nil {
		return nil, nil, nil, err
	}
	all := map[string]string{}
	for k, h := range media {
		all[k] = h
	}
	var g *bank.Group
	if ver.GroupVersionID != nil {
		gv, err := s.store.Bank.GroupVersionByID(ctx, *ver.GroupVersionID)
		if err != nil {
			return nil, nil, nil, err
		}
		var gm map[string]string
		if g, gm, err = gv.Group(); err != nil {
			return nil, nil, nil, err
		}
		for k, h := range gm {
			all[k] = h
		}
	}
	return it, g, all, nil
}

type placementAnswerForm struct {
	Skill string `form:"skill" validate:"oneof=listening reading writing"`
	Pos   int    `form:"pos" validate:"min=1,max=100"`
}

func (s *Server) placementAnswer(c echo.Context) error {
	ctx := c.Request().Context()
	id, err := prID(c, "id")
	if err != nil {
		return err
	}
	var f placementAnswerForm
	if err := c.Bind(&f); err != nil || s.validate.Struct(f) != nil {
		return echo.ErrBadRequest
	}
	u := currentUser(c)
	tt, step, err := s.place.Next(ctx, u.ID, id)
	if err != nil {
		return err
	}
	back := fmt.Sprintf("/candidate/placement/%d", tt.ID)
	// An answer to anything but the question on screen (a second tab, a
	// resent form) changes nothing: the candidate is shown where they are.
	if step.Done || step.Skill != f.Skill || step.Item.Pos != f.Pos {
		return c.Redirect(http.StatusSeeOther, back)
	}
	it, _, _, err := s.placementItem(c, step.Item.VersionID)
	if err != nil {
		return err
	}
	resp, err := prResponse(c, it)
	if err != nil {
		return err
	}
	if practice.EmptyResponse(resp) {
		return c.Redirect(http.StatusSeeOther, back+"?empty=1")
	}
	js, err := json.Marshal(resp)
	if err != nil {
		return err
	}
	if err := s.place.Answer(ctx, u.ID, id, f.Skill, f.Pos, it, resp, string(js)); err != nil && !errors.Is(err, placement.ErrAnswered) {
		return err
	}
	return c.Redirect(http.StatusSeeOther, back)
}
