package e2e

import (
	"context"
	"encoding/base64"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/xuri/excelize/v2"

	"hocviet/internal/account"
	"hocviet/internal/app"
	"hocviet/internal/demo"
)

func evalString(t *testing.T, ctx context.Context, js string, opts ...chromedp.EvaluateOption) string {
	t.Helper()
	s, err := chromedp.Run(ctx, chromedp.Evaluate[string](js, opts...))
	if err != nil {
		t.Fatalf("%s: %v", js, err)
	}
	return s
}

func evalInt(t *testing.T, ctx context.Context, js string) int {
	t.Helper()
	n, err := chromedp.Run(ctx, chromedp.Evaluate[int](js))
	if err != nil {
		t.Fatalf("%s: %v", js, err)
	}
	return n
}

// startReadinessApp runs the real program on a copy of the demo template,
// which holds the demo's people and readiness data (demo.Seed seeds them):
// the demo is seeded once per test binary, not once more here.
func startReadinessApp(t *testing.T) *app.App {
	t.Helper()
	return startApp(t)
}

// The board's day: register two new candidates from a file, tighten the
// criteria, read a mixed list with its reasons, take it away as XLSX and
// print one candidate's report. Another province's board sees none of it.
func TestBrowserBoardReadiness(t *testing.T) {
	t.Parallel()
	a := startReadinessApp(t)
	ctx := browser(t)
	login(t, ctx, a.URL(), "houaphanh", demo.Password)

	// Import: one candidate too old for the programme, one who fits.
	file := filepath.Join(t.TempDir(), "k6.csv")
	csv := "username,name_lo,name_latin,date_of_birth,gender,position,unit,district,province,planning_status,programme,cohort,intake_year,planned_position\n" +
		"k6-01,ຄຳຫຼ້າ ພົມມະຈັນ,Khamla Phommachanh,1964-05-01,male,Trưởng phòng,Sở Y tế tỉnh Hủa Phăn,Xam Neua,houaphanh,planned,tcllct,,2027,Phó giám đốc sở\n" +
		"k6-02,ນາງ ແສງຈັນ ວົງພະຈັນ,Sengchanh Vongphachanh,1990-02-11,female,Phó trưởng phòng,Sở Tài chính tỉnh Hủa Phăn,Viengxay,houaphanh,planned,tcllct,,2027,\n"
	if err := os.WriteFile(file, []byte(csv), 0o600); err != nil {
		t.Fatal(err)
	}
	do(t, ctx,
		chromedp.Navigate(a.URL()+"/board/import?lang=en"),
		chromedp.WaitVisible(chromedp.CSS("#import-file")),
		chromedp.SetUploadFiles(chromedp.CSS("#import-file"), []string{file}),
		chromedp.Click(chromedp.CSS("#import-submit")),
		chromedp.WaitVisible(chromedp.CSS("#import-accounts, #import-problems")),
	)
	if n := evalInt(t, ctx, `document.querySelectorAll('#import-accounts tbody tr').length`); n != 2 {
		t.Fatalf("imported %d accounts, want 2:\n%s", n, text(t, ctx, "main"))
	}

	// Criteria: writing must now reach 4.0 too; saving makes version 3.
	do(t, ctx,
		chromedp.Navigate(a.URL()+"/board/programmes/tcllct?lang=en"),
		chromedp.WaitVisible(chromedp.CSS("#min_writing")),
		chromedp.Clear(chromedp.CSS("#min_writing")),
		chromedp.SendKeys(chromedp.CSS("#min_writing"), "4"),
		chromedp.Click(chromedp.CSS("#criteria-save")),
		chromedp.WaitVisible(chromedp.CSS("#saved")),
	)
	if got := text(t, ctx, "#saved"); !strings.Contains(got, "Criteria version 3") {
		t.Fatalf("saved: %q", got)
	}

	// The list: eligible, near, not eligible and untested, each with reasons.
	do(t, ctx,
		chromedp.Navigate(a.URL()+"/board/eligibility?programme=tcllct&year=2027&lang=en"),
		chromedp.WaitVisible(chromedp.CSS("#eligibility")),
	)
	if got := text(t, ctx, "#criteria-version"); !strings.HasPrefix(got, "Criteria version 3") {
		t.Fatalf("list criteria: %q", got)
	}
	for _, sel := range []string{"tr.status-eligible", "tr.status-not_eligible", "tr.status-not_eligible.is-near", "tr.status-untested"} {
		if n := evalInt(t, ctx, fmt.Sprintf(`document.querySelectorAll('#eligibility %s').length`, sel)); n == 0 {
			t.Errorf("no %s rows", sel)
		}
	}
	reasons := text(t, ctx, "#eligibility")
	for _, want := range []string{"Age 63 > 50 (maximum)", "No Vietnamese exam result yet", "Not in the planning pool", "required", "Sengchanh Vongphachanh"} {
		if !strings.Contains(reasons, want) {
			t.Errorf("list lacks %q", want)
		}
	}
	rows := evalInt(t, ctx, `document.querySelectorAll('#eligibility tbody tr').length`)
	if got := evalInt(t, ctx, `+document.querySelector('#count-all').textContent`); got != rows {
		t.Errorf("count at the top %d, rows %d", got, rows)
	}

	// Export XLSX: fetched as the browser would, then opened.
	b64 := evalString(t, ctx, `fetch(document.querySelector('#export-xlsx').href).then(r => r.arrayBuffer()).then(b => {
		let s = ''; const u = new Uint8Array(b); for (let i = 0; i < u.length; i++) s += String.fromCharCode(u[i]); return btoa(s); })`,
		chromedp.EvalAwaitPromise)
	raw, err := base64.StdEncoding.DecodeString(b64)
	if err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(strings.NewReader(string(raw)))
	if err != nil {
		t.Fatalf("the XLSX does not open: %v", err)
	}
	xrows, err := f.GetRows(f.GetSheetList()[0])
	if err != nil {
		t.Fatal(err)
	}
	if len(xrows) != rows+1 {
		t.Fatalf("xlsx rows %d, page rows %d", len(xrows), rows)
	}
	found := false
	for _, r := range xrows {
		found = found || len(r) > 1 && r[0] == "ຄຳຫຼ້າ ພົມມະຈັນ" && r[1] == "Khamla Phommachanh"
	}
	if !found {
		t.Fatal("the imported candidate is not in the XLSX with the Lao name intact")
	}

	// A candidate's report, printed: navigation and buttons go, the A4
	// header shows.
	do(t, ctx,
		chromedp.Click(chromedp.CSS("#eligibility tr.status-eligible td a")),
		chromedp.WaitVisible(chromedp.CSS("#report")),
		chromedp.WaitVisible(chromedp.CSS("#trend-chart")),
	)
	if got := text(t, ctx, "#report-title"); !strings.Contains(got, "ບົດລາຍງານຄວາມພ້ອມ") || !strings.Contains(got, "Báo cáo mức độ sẵn sàng") {
		t.Fatalf("report heading: %q", got)
	}
	display := func(sel string) string {
		return evalString(t, ctx, fmt.Sprintf(`getComputedStyle(document.querySelector(%q)).display`, sel))
	}
	if display("header.top") == "none" || display("#print-report") == "none" {
		t.Fatal("screen view already hides navigation")
	}
	do(t, ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
		return err
	}))
	for sel, want := range map[string]string{"header.top": "none", "nav.main": "none", "#print-report": "none", "p.print-only": "block"} {
		if got := display(sel); got != want {
			t.Errorf("print: %s display %q, want %q", sel, got, want)
		}
	}
	if got := evalString(t, ctx, `getComputedStyle(document.body).backgroundColor`); got != "rgb(255, 255, 255)" {
		t.Errorf("print background: %q", got)
	}
	do(t, ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{})
		return err
	}))
	reportPath := strings.TrimPrefix(location(t, ctx), a.URL())

	// Another province's board: none of Houaphanh's candidates, anywhere.
	vt, err := a.Store.People.ProvinceByCode(context.Background(), "vientiane")
	if err != nil {
		t.Fatal(err)
	}
	u := &account.User{Username: "board-vt", Role: account.RoleBoard, ProvinceID: &vt.ID}
	u.PasswordHash = testHash()
	if err := a.Store.Accounts.CreateUser(context.Background(), u); err != nil {
		t.Fatal(err)
	}
	do(t, ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, network.ClearBrowserCookies, cdp.Empty{})
		return err
	}))
	login(t, ctx, a.URL(), "board-vt", demo.Password)
	for _, p := range []string{"/board?lang=en", "/board/eligibility?programme=tcllct&year=2027&lang=en", "/board/plan?lang=en"} {
		do(t, ctx, chromedp.Navigate(a.URL()+p), chromedp.WaitVisible(chromedp.CSS("main h1")))
		body := text(t, ctx, "main")
		for _, name := range []string{"Khamla Phommachanh", "Sengchanh Vongphachanh", "Somphone", "ສົມພອນ"} {
			if strings.Contains(body, name) {
				t.Errorf("%s shows %q to another province", p, name)
			}
		}
		if strings.HasPrefix(p, "/board?") {
			if got := text(t, ctx, "#count-total"); got != "0 candidates" {
				t.Errorf("other province count: %q", got)
			}
		}
	}
	do(t, ctx, chromedp.Navigate(a.URL()+reportPath+"?lang=en"), chromedp.WaitVisible(chromedp.CSS("#error-status")))
	if got := text(t, ctx, "#error-status"); got != "404" {
		t.Errorf("another province's report: %q", got)
	}
}
