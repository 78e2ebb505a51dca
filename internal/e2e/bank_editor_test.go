package e2e

import (
	"context"
	"golang.org/x/crypto/bcrypt"
	"io"
	"log/slog"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"hocviet/internal/account"
	"hocviet/internal/app"
	"hocviet/internal/demo"
	"hocviet/internal/viet"
	"hocviet/internal/web"
)

// bankEditorApp runs hocviet with one instructor and no bank at all: the
// instructor starts the bank from the browser.
func bankEditorApp(t *testing.T) *app.App {
	t.Helper()
	ctx := context.Background()
	a, err := app.Open(ctx, app.Config{BcryptCost: bcrypt.MinCost, Templates: pages(t), Catalog: catalog(t), Addr: loopback() + ":0", DBPath: filepath.Join(t.TempDir(), "bank.db"), Version: "e2e",
		Log:      slog.New(slog.NewTextHandler(io.Discard, nil)),
		Throttle: web.Throttle{Window: time.Minute, SlowAfter: 3, Delay: time.Millisecond, LockAfter: 10, IPSlowAfter: 1000}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { closeApp(a) })
	if err := a.Store.Accounts.CreateUser(ctx, &account.User{Username: "giangvien", PasswordHash: testHash(), Role: account.RoleInstructor}); err != nil {
		t.Fatal(err)
	}
	if err := a.Start(); err != nil {
		t.Fatal(err)
	}
	return a
}

// An instructor creates a reading item in the browser (Telex in the
// question), tries it as a candidate would, edits it with an extra option
// row and a picture uploaded by the page's script, and reads the two
// versions and what changed between them.
func TestBrowserBankEditor(t *testing.T) {
	t.Parallel()
	a := bankEditorApp(t)
	ctx := browser(t)
	base := a.URL()
	login(t, ctx, base, "giangvien", demo.Password)

	// From the menu to the form of a new reading choice item.
	do(t, ctx,
		chromedp.Navigate(base+"/instructor?lang=en"),
		chromedp.WaitVisible(chromedp.CSS("#home-title")),
		chromedp.Click(chromedp.CSS(`nav.main a[href="/instructor/items"]`)),
		chromedp.WaitVisible(chromedp.CSS("#bank-title")),
		chromedp.Click(chromedp.CSS("#bank-new")),
		chromedp.WaitVisible(chromedp.CSS("#new-reading-choice")),
		chromedp.Click(chromedp.CSS("#new-reading-choice")),
		chromedp.WaitVisible(chromedp.CSS("#bank-form")),
	)
	if got := text(t, ctx, "#bank-edit-kind"); !strings.Contains(got, "Reading") || !strings.Contains(got, "(choice)") {
		t.Fatalf("form for %q", got)
	}

	// The question is typed in Telex; the page writes Vietnamese.
	keys := "Lowps hocj bawts ddaauf lucs maays giowf?"
	prompt := "Lớp học bắt đầu lúc mấy giờ?"
	if viet.Telex(keys) != prompt {
		t.Fatalf("test keys: Telex(%q) = %q", keys, viet.Telex(keys))
	}
	do(t, ctx,
		chromedp.SetValue(chromedp.CSS("select.ime-mode"), "telex"),
		chromedp.SendKeys(chromedp.CSS("#f-id"), "e2e-r-choice"),
		chromedp.SetValue(chromedp.CSS("#f-bank"), "web"),
		chromedp.SetValue(chromedp.CSS("#f-level"), "2"),
		// A topic this bank does not know yet is typed as a code.
		chromedp.SendKeys(chromedp.CSS("#f-topics-new"), "study"),
		chromedp.SetValue(chromedp.CSS("#f-instr-lo"), "ອ່ານ ແລ້ວເລືອກຄຳຕອບທີ່ຖືກຕ້ອງ."),
		chromedp.SetValue(chromedp.CSS("#f-instr-vi"), "Đọc rồi chọn câu trả lời đúng."),
		chromedp.SetValue(chromedp.CSS("#f-instr-en"), "Read and choose the correct answer."),
		chromedp.SendKeys(chromedp.CSS("#f-prompt"), keys),
		chromedp.SetValue(chromedp.CSS("#f-passage"), "Lớp học bắt đầu lúc tám giờ sáng."),
		chromedp.SetValue(chromedp.CSS("#opt-text-0"), "Bảy giờ"),
		chromedp.SetValue(chromedp.CSS("#opt-text-1"), "Tám giờ"),
		chromedp.Click(chromedp.CSS("#opt-correct-1")),
		chromedp.SetValue(chromedp.CSS("#f-fb-vi"), "Đoạn văn viết “tám giờ sáng”."),
	)
	if got := bankValue(t, ctx, "#f-prompt"); got != prompt {
		t.Fatalf("prompt typed with Telex: %q", got)
	}
	do(t, ctx, chromedp.Click(chromedp.CSS("#bank-save")), chromedp.WaitVisible(chromedp.CSS("#bank-saved")))
	if got := text(t, ctx, "#bank-saved"); got != "Saved as version 1." {
		t.Fatalf("after create: %q", got)
	}

	// The preview is the candidate's page: the question, two options, and
	// the grade when one is chosen.
	if got := text(t, ctx, "#prompt"); got != prompt {
		t.Fatalf("preview prompt %q", got)
	}
	if n := evalJS[int](t, ctx, `document.querySelectorAll('#item input[name="choice"]').length`); n != 2 {
		t.Fatalf("preview shows %d options", n)
	}
	do(t, ctx,
		chromedp.Click(chromedp.CSS(`#item input[name="choice"][value="b"]`)),
		chromedp.Click(chromedp.CSS("#submit-answer")),
		chromedp.WaitVisible(chromedp.CSS("#result")),
	)
	if v := evalJS[string](t, ctx, `document.getElementById('result').dataset.verdict`); v != "correct" {
		t.Fatalf("preview verdict %q", v)
	}
	if got := text(t, ctx, "#explanation"); got != "Đoạn văn viết “tám giờ sáng”." {
		t.Fatalf("explanation %q", got)
	}

	// Edit: a new question, a third option in a row the script adds, and a
	// picture sent as soon as it is chosen.
	png, err := filepath.Abs("../bank/testdata/_media/p.png")
	if err != nil {
		t.Fatal(err)
	}
	do(t, ctx,
		chromedp.Click(chromedp.CSS("#preview-again")),
		chromedp.WaitVisible(chromedp.CSS("#bank-edit")),
		chromedp.Click(chromedp.CSS("#bank-edit")),
		chromedp.WaitVisible(chromedp.CSS("#bank-form")),
	)
	rows := evalJS[int](t, ctx, `document.querySelectorAll('#options tbody .bank-row').length`)
	do(t, ctx, chromedp.Click(chromedp.CSS(`.bank-add-row[data-rows="options"]`)))
	if n := evalJS[int](t, ctx, `document.querySelectorAll('#options tbody .bank-row').length`); n != rows+1 {
		t.Fatalf("add a row: %d rows, want %d", n, rows+1)
	}
	newRow := "#opt-text-" + strconv.Itoa(rows)
	do(t, ctx,
		chromedp.SetValue(chromedp.CSS("#f-prompt"), "Lớp học bắt đầu lúc mấy giờ sáng?"),
		chromedp.SetValue(chromedp.CSS(newRow), "Chín giờ"),
		chromedp.SetUploadFiles(chromedp.CSS("#f-image-file"), []string{png}),
	)
	waitJS(t, ctx, "the uploaded picture", `!!document.getElementById('image-preview') && document.getElementById('f-image').value.indexOf('web/images/web-') === 0`, 10*time.Second)
	do(t, ctx, chromedp.Click(chromedp.CSS("#bank-save")), chromedp.WaitVisible(chromedp.CSS("#bank-saved")))
	if got := text(t, ctx, "#bank-saved"); got != "Saved as version 2." {
		t.Fatalf("after edit: %q", got)
	}
	if n := evalJS[int](t, ctx, `document.querySelectorAll('#item input[name="choice"]').length`); n != 3 {
		t.Fatalf("edited preview shows %d options", n)
	}
	waitJS(t, ctx, "the picture in the preview", `(function(){ var i = document.getElementById('item-image'); return !!i && i.complete && i.naturalWidth > 0; })()`, 10*time.Second)

	// Two versions, and what changed between them.
	do(t, ctx,
		chromedp.Click(chromedp.CSS("#bank-history")),
		chromedp.WaitVisible(chromedp.CSS("#bank-versions")),
	)
	if n := evalJS[int](t, ctx, `document.querySelectorAll('#bank-versions .bank-version').length`); n != 2 {
		t.Fatalf("history lists %d versions", n)
	}
	do(t, ctx, chromedp.Click(chromedp.CSS("#bank-compare-go")), chromedp.WaitVisible(chromedp.CSS("#bank-changes")))
	// The changed fields, each a row named in the page language.
	fields := evalJS[string](t, ctx, `Array.from(document.querySelectorAll('#bank-changes tr[data-field]')).map(function(r){ return r.dataset.field + '=' + r.querySelector('th').textContent; }).join(' ')`)
	for _, f := range []string{"image=", "options=", "prompt="} {
		if !strings.Contains(fields, f) || strings.Contains(fields, f+strings.TrimSuffix(f, "=")+" ") {
			t.Errorf("changed fields %q lack %s with a label", fields, f)
		}
	}
	added := evalJS[string](t, ctx, `Array.from(document.querySelectorAll('#bank-diff tr.bank-add')).map(function(r){ return r.textContent; }).join('\n')`)
	removed := evalJS[string](t, ctx, `Array.from(document.querySelectorAll('#bank-diff tr.bank-del')).map(function(r){ return r.textContent; }).join('\n')`)
	if !strings.Contains(added, "Lớp học bắt đầu lúc mấy giờ sáng?") || !strings.Contains(added, "Chín giờ") || !strings.Contains(removed, prompt) {
		t.Fatalf("diff:\n+ %s\n- %s", added, removed)
	}
}

func bankValue(t *testing.T, ctx context.Context, sel string) string {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Value(chromedp.CSS(sel)))
	if err != nil {
		t.Fatalf("value of %s: %v", sel, err)
	}
	return v
}
