package view

import (
	"path"
	"slices"
	"strconv"
	"strings"

	"hocviet/internal/bank"
	"hocviet/internal/store"
)

// BankItem is an item's page: one version shown as a candidate sees it
// (bank.Public, the practice page's markup and script), with what the
// instructor needs around it.
type BankItem struct {
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
	Media               []BankMediaLink
	Errors, Warnings    []string
	Key                 []string // the answers, as the key holds them
	Skill, SkillLabel   string
	Type, TypeLabel     string
	Level               int
	Item                *Item // the candidate's view, graded after "check"
	Result              *BankResult
}

// BankMediaLink is a medium of the item, named as in its bank folder.
type BankMediaLink struct {
	Path, URL, Name string
}

// BankResult is an answer checked on the preview.
type BankResult struct {
	Verdict, Label, Score string
	Detail                []bank.Detail
	Transcript            string
	Explanation           string
}

// BankItemInput is one version of an item with what was loaded around it.
type BankItemInput struct {
	Lang  string
	T     Translator
	Rec   *store.ItemRecord
	Ver   *store.ItemVersion
	Item  *bank.Item
	Group *bank.Group
	// Media maps a media key of the item or its group to its sha256;
	// MediaURL is where a medium is served.
	Media     map[string]string
	MediaURL  func(sha string) string
	Rubrics   map[string]*bank.Rubric // the item's rubric, for the lint
	Saved     int                     // the version just saved, from the redirect
	Unchanged bool                    // a save changed nothing
	CSRF      string
	// Response is an answer to check, nil to only show the item.
	Response *bank.Response
}

// BuildBankItem lays out the preview of one item version: the item as a
// candidate sees it (graded when an answer is checked), the lint's
// findings on it today, its key and media for the instructor.
func BuildBankItem(in BankItemInput) *BankItem {
	t, lg := in.T, in.Lang
	it, ver, rec := in.Item, in.Ver, in.Rec
	base := BankItemURL(it.ID)
	vq := "?v=" + strconv.Itoa(ver.Version)
	v := &BankItem{ID: it.ID, Bank: rec.Bank, File: BankFileOf(rec.Source), Version: ver.Version,
		Current: rec.CurrentVersion, IsCurrent: ver.Current, Used: ver.Used, Retired: rec.Retired,
		Author: ver.Author, When: Time(ver.CreatedAt), Unchanged: in.Unchanged, Saved: in.Saved,
		EditURL: base + "/edit", HistoryURL: base + "/history", YAMLURL: base + "/yaml" + vq,
		CheckURL: base + "/check" + vq, SelfURL: base + vq}

	sub := BankSubFolder(rec.Bank, rec.Source)
	keys := slices.Clone(it.MediaKeys())
	slices.Sort(keys)
	for _, k := range slices.Compact(keys) {
		if h := in.Media[k]; h != "" {
			v.Media = append(v.Media, BankMediaLink{Path: bank.MediaPath(sub, k), URL: in.MediaURL(h), Name: path.Base(k)})
		}
	}

	// Lint on this version, as `bank lint` would judge it today.
	for _, p := range bank.CheckItem(it, in.Group, in.Rubrics) {
		if p.Severity == bank.SevWarning {
			v.Warnings = append(v.Warnings, p.Message)
		} else {
			v.Errors = append(v.Errors, p.Message)
		}
	}
	v.Key = StaffKey(it)

	v.Skill, v.SkillLabel, v.Type, v.TypeLabel, v.Level = it.Skill, t("skill."+it.Skill), it.Type, t("bank.type."+it.Type), it.Level
	iin := Input{Context: Preview, Item: it, Group: in.Group, Lang: lg, T: t,
		Seed: uint64(ver.ID), Media: func(key string) string { return in.MediaURL(in.Media[key]) }}
	var score bank.Score
	if in.Response != nil {
		score = bank.Grade(it, *in.Response)
		iin.Response, iin.Graded, iin.Detail = *in.Response, true, score.Detail
	}
	iv := BuildItem(iin)
	iv.Form = FormState{Action: v.CheckURL, CSRF: in.CSRF}
	v.Item = iv
	if in.Response != nil {
		pub := iv.Public
		res := &BankResult{Verdict: score.Verdict, Label: t("bank.verdict." + score.Verdict),
			Score: Num(lg, score.Points, -1) + " / " + Num(lg, score.Max, -1), Detail: score.Detail, Transcript: pub.Transcript}
		if pub.Group != nil && res.Transcript == "" {
			res.Transcript = pub.Group.Transcript
		}
		if pub.Feedback != nil {
			res.Explanation = Text(lg, *pub.Feedback)
		}
		v.Result = res
	}
	return v
}

// BankFileOf is where an imported item's file sits, from "question_banks/"
// on ("core/listening.yaml"), or "" for an item made in the browser.
func BankFileOf(source string) string {
	if source == "" {
		return ""
	}
	file := source
	if i := strings.LastIndexByte(source, ':'); i > 0 {
		file = source[:i]
	}
	file = strings.ReplaceAll(file, `\`, "/")
	if _, after, ok := strings.Cut(file, "question_banks/"); ok {
		return after
	}
	return file
}

// BankSubFolder is the folder of an imported item's file inside its bank
// folder ("" when the file is at the top), for the media paths of a
// downloaded item.
func BankSubFolder(bankName, source string) string {
	file := BankFileOf(source)
	if file == "" {
		return ""
	}
	dirs := strings.Split(file, "/")
	dirs = dirs[:len(dirs)-1]
	for i := len(dirs) - 1; i >= 0; i-- {
		if dirs[i] == bankName {
			return strings.Join(dirs[i+1:], "/")
		}
	}
	return ""
}
