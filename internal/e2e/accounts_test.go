package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"hocviet/internal/account"
	"hocviet/internal/demo"
)

// TestBrowserAdminAccountsAndActivation walks the admin's page in Lao: the
// server facts, a backup, a new instructor account whose one-time code the
// admin reads off the page; then that instructor's first login with the
// code, choosing a password (a common one is refused), and the admin
// closing the account.
func TestBrowserAdminAccountsAndActivation(t *testing.T) {
	t.Parallel()
	a := startApp(t)
	admin := browser(t)
	do(t, admin, chromedp.Navigate(a.URL()+"/login?lang=lo"))
	login(t, admin, a.URL(), "admin", demo.Password)
	do(t, admin, chromedp.WaitVisible(chromedp.CSS("#server-info")))
	if got := text(t, admin, "#info-version"); got != "e2e" {
		t.Fatalf("version shown: %q", got)
	}
	if got := text(t, admin, "#info-last-backup"); got != "ຍັງບໍ່ທັນມີ" {
		t.Fatalf("last backup before any: %q", got)
	}
	do(t, admin,
		chromedp.Click(chromedp.CSS("#backup-submit")),
		chromedp.WaitVisible(chromedp.CSS("#admin-notice")),
		chromedp.WaitVisible(chromedp.CSS("#backups a")),
	)
	if got := text(t, admin, "#info-last-backup"); got == "ຍັງບໍ່ທັນມີ" || got == "" {
		t.Fatalf("last backup after one: %q", got)
	}

	do(t, admin,
		chromedp.SetValue(chromedp.CSS("#create-role"), "instructor"),
		chromedp.SendKeys(chromedp.CSS("#create-username"), "giangvien3"),
		chromedp.SendKeys(chromedp.CSS("#create-name"), "Trần Minh"),
		chromedp.Click(chromedp.CSS("#create-submit")),
		chromedp.WaitVisible(chromedp.CSS("#activation-code")),
	)
	code := text(t, admin, "#activation-code")
	if !account.LooksLikeCode(code) || text(t, admin, "#code-username") != "giangvien3" {
		t.Fatalf("code page: %q", code)
	}

	// The new instructor, on another computer, types the code as password.
	teacher := browser(t)
	do(t, teacher, chromedp.Navigate(a.URL()+"/login?lang=lo"))
	do(t, teacher,
		chromedp.WaitVisible(chromedp.CSS("#username")),
		chromedp.SendKeys(chromedp.CSS("#username"), "giangvien3"),
		chromedp.SendKeys(chromedp.CSS("#password"), strings.ToLower(code)),
		chromedp.Click(chromedp.CSS("#login-submit")),
		chromedp.WaitVisible(chromedp.CSS("#activate-form")),
		chromedp.SendKeys(chromedp.CSS("#new-password"), "password2026"),
		chromedp.SendKeys(chromedp.CSS("#confirm-password"), "password2026"),
		chromedp.Click(chromedp.CSS("#activate-submit")),
		chromedp.WaitVisible(chromedp.CSS("#activate-error")),
	)
	if got := text(t, teacher, "#activate-error"); !strings.Contains(got, "ລະຫັດຜ່ານທີ່ຄົນໃຊ້ຫຼາຍ") {
		t.Fatalf("common password refusal in Lao: %q", got)
	}
	do(t, teacher,
		chromedp.SendKeys(chromedp.CSS("#new-password"), "sông Mã chảy về xuôi"),
		chromedp.SendKeys(chromedp.CSS("#confirm-password"), "sông Mã chảy về xuôi"),
		chromedp.Click(chromedp.CSS("#activate-submit")),
		chromedp.WaitVisible(chromedp.CSS("#home-title")),
	)
	if got, want := location(t, teacher), a.URL()+"/instructor"; got != want {
		t.Fatalf("after activation: %s, want %s", got, want)
	}

	// The admin closes the account: the instructor's next page is the login.
	do(t, admin,
		chromedp.Navigate(a.URL()+"/admin"),
		chromedp.WaitVisible(chromedp.CSS("#user-giangvien3")),
		chromedp.Click(chromedp.CSS("#user-giangvien3 .disable-form input[name=confirm]")),
		chromedp.Click(chromedp.CSS("#user-giangvien3 .disable-form button")),
		chromedp.WaitVisible(chromedp.CSS("#admin-notice")),
	)
	if got := text(t, admin, "#user-giangvien3 .status"); got != "ຖືກປິດ" {
		t.Fatalf("status after disabling: %q", got)
	}
	do(t, teacher, chromedp.Navigate(a.URL()+"/instructor"), chromedp.WaitVisible(chromedp.CSS("#login-form")))
	login(t, teacher, a.URL(), "giangvien3", "sông Mã chảy về xuôi")
	do(t, teacher, chromedp.WaitVisible(chromedp.CSS("#login-error")))
}
