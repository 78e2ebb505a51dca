package web

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"hocviet/internal/apperr"
	"hocviet/internal/lang"
	"hocviet/internal/store"
)

// The Lao review of the banks (issue 17 point 23): instructors go through
// the glosses and explanations not yet reviewed, the Vietnamese beside, and
// approve each as it is or corrected. A gloss review is kept with its
// previous text; an explanation review is a new item version with the
// reviewer as author, through the item editor's SaveItem.

// laoReviewPage is how many texts of each kind one page lists: the list is
// worked through from the top, so more would only slow the page.
const laoReviewPage = 30

type laoReviewView struct {
	Glosses      []store.GlossToReview
	Explanations []store.ExplanationToReview
	// Coverage lines, in the page language.
	GlossCoverage, ExplanationCoverage, UICoverage string
	GlossesLeft, ExplanationsLeft                  int
	Saved                                          string
	Bank                                           string
	Banks                                          []rdOption
}

func (s *Server) laoReview(c echo.Context) error {
	ctx := c.Request().Context()
	t := s.rdText(c)
	v := laoReviewView{Bank: c.QueryParam("bank")}
	review, err := s.store.Bank.LaoReview(ctx, v.Bank, laoReviewPage)
	if err != nil {
		return err
	}
	cov := review.Coverage
	v.GlossesLeft, v.Explanations, v.ExplanationsLeft = cov.Glosses-cov.GlossesReviewed, review.Explanations, review.ExplanationsLeft
	banks, err := s.store.Bank.ReviewBanks(ctx)
	if err != nil {
		return err
	}
	v.Banks = append(v.Banks, rdOption{Value: "", Label: t.T("ui2.review.all_banks"), Selected: v.Bank == ""})
	for _, b := range banks {
		v.Banks = append(v.Banks, rdOption{Value: b, Label: b, Selected: b == v.Bank})
	}
	if v.Glosses, err = s.store.Bank.GlossesToReview(ctx, v.Bank, laoReviewPage); err != nil {
		return err
	}
	v.GlossCoverage = t.T("ui2.review.glosses", "N", t.num.Sprint(cov.GlossesReviewed), "Total", t.num.Sprint(cov.Glosses))
	v.ExplanationCoverage = t.T("ui2.review.explanations", "N", t.num.Sprint(cov.ExplanationsReviewed), "Total", t.num.Sprint(cov.Explanations))
	if r, n, err := lang.Coverage(s.i18n, "lo"); err == nil {
		v.UICoverage = t.T("ui2.review.ui", "N", t.num.Sprint(r), "Total", t.num.Sprint(n))
	} else {
		s.log.Warn("lao review: ui coverage", "err", err)
	}
	switch c.QueryParam("saved") {
	case "gloss", "item":
		v.Saved = t.T("ui2.review.saved")
	}
	return s.ok(c, "lao_review", v)
}

// laoText is the reviewed text as posted: trimmed, never empty.
func laoText(c echo.Context) (string, error) {
	text := strings.TrimSpace(c.FormValue("lao"))
	if text == "" {
		return "", &apperr.Error{Code: apperr.Invalid, Field: "lao", Key: "ui2.review.empty", Message: "the Lao text is empty"}
	}
	return text, nil
}

func (s *Server) laoReviewGloss(c echo.Context) error {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		return &apperr.Error{Code: apperr.NotFound, Key: "error.not_found", Message: "no such vocabulary entry"}
	}
	text, err := laoText(c)
	if err != nil {
		return err
	}
	if err := s.store.Bank.ReviewGloss(c.Request().Context(), id, text, currentUser(c).Username); err != nil {
		return err
	}
	return c.Redirect(http.StatusSeeOther, laoReviewBack(c, "gloss", "glosses"))
}

func (s *Server) laoReviewExplanation(c echo.Context) error {
	ctx := c.Request().Context()
	text, err := laoText(c)
	if err != nil {
		return err
	}
	base, err := strconv.Atoi(c.FormValue("version"))
	if err != nil || base < 1 {
		return &apperr.Error{Code: apperr.Invalid, Field: "version", Key: "error.bad_request", Message: "version must be a number"}
	}
	ver, err := s.store.Bank.ItemVersion(ctx, c.Param("id"), base)
	if err != nil {
		return err
	}
	it, _, err := ver.Item()
	if err != nil {
		return err
	}
	it.Feedback.Lo = text
	yes := true
	it.Reviewed = &yes
	// BaseVersion refuses a save on top of someone else's newer version.
	res, err := s.store.Bank.SaveItem(ctx, store.ItemEdit{Item: it, BaseVersion: base, Author: currentUser(c).Username})
	if err != nil {
		return err
	}
	if res.Problems.Errors() > 0 {
		return &apperr.Error{Code: apperr.Invalid, Field: "lao", Key: "ui2.review.problems",
			Message: fmt.Sprintf("item %s: %s", it.ID, res.Problems.Error())}
	}
	return c.Redirect(http.StatusSeeOther, laoReviewBack(c, "item", "explanations"))
}

// laoReviewBack is the review page again, on the same bank filter.
func laoReviewBack(c echo.Context, saved, anchor string) string {
	q := url.Values{"saved": {saved}}
	if b := c.FormValue("bank"); b != "" {
		q.Set("bank", b)
	}
	return "/instructor/review/lao?" + q.Encode() + "#" + anchor
}
