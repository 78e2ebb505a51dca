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

// bankFinish loads the bank's choices and the form's media and has package
// view add them, blank rows and the translated problems to the form.
func (s *Server) bankFinish(c echo.Context, v *view.BankEdit, problems []bank.Problem, msgs map[string][]string) error {
	ctx := c.Request().Context()
	l := pageLang(c)
	ch, err := s.store.Bank.BankChoices(ctx)
	if err != nil {
		return err
	}
	keys := []string{v.Audio.Key, v.Image.Key}
	for _, o := range v.Options {
		keys = append(keys, o.Image)
	}
	refs, err := s.store.Bank.MediaRefs(ctx, keys)
	if err != nil {
		return err
	}
	view.FinishBankEdit(v, view.BankEditInput{Lang: l, T: s.bankT(c), Topic: func(k string) string { return s.prTopicLabel(l, k) },
		Choices: ch, Refs: refs, MediaURL: prMediaURL, UploadURL: bankMediaPath, Problems: problems, Msgs: msgs})
	return nil
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
	v := view.BankEditOf(&bank.Item{Skill: skill, Type: typ, Level: 1})
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
	v := view.BankEditOf(it)
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

	v := view.BankEditOf(it)
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
	to := view.BankItemURL(it.ID) + "?saved=" + strconv.Itoa(res.Version)
	if res.Unchanged {
		to = view.BankItemURL(it.ID) + "?unchanged=1"
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
