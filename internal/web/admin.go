package web

import (
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"hocviet/internal/account"
	"hocviet/internal/apperr"
)

// The admin in the browser: accounts (add, reset, close, reopen), backups,
// and what the server is running.

type adminUserView struct {
	ID       int64
	Username string
	Role     account.Role
	Name     string
	Province string
	Disabled bool
	Pending  string // activation code expiry, when the person has not chosen a password yet
	Self     bool
}

type adminBackupView struct {
	Name string
	Size string
	At   string
}

type adminView struct {
	Users      []adminUserView
	Provinces  []rdOption
	Roles      []rdOption
	Version    string
	Schema     int64
	DBSize     string
	LastBackup string
	Backups    []adminBackupView
	Notice     string
	Error      string
	Form       adminCreateForm
	Q          string // search over every account; without it, staff accounts only
	Candidates int    // candidate accounts not listed
}

type adminCreateForm struct {
	Role     string `form:"role"`
	Username string `form:"username"`
	Name     string `form:"name"`
	Province string `form:"province"`
}

// codeView shows a new activation code, once.
type codeView struct {
	Username string
	Name     string
	Code     string
	Expires  string
	Back     string
}

func (s *Server) adminHome(c echo.Context) error {
	v := adminView{Q: strings.TrimSpace(c.QueryParam("q"))}
	switch c.QueryParam("done") {
	case "disable", "enable", "backup":
		v.Notice = s.catalog.T(pageLang(c), "acct.admin.done_"+c.QueryParam("done"))
	}
	return s.adminPage(c, http.StatusOK, v)
}

func (s *Server) adminPage(c echo.Context, status int, v adminView) error {
	ctx := c.Request().Context()
	l := pageLang(c)
	us, err := s.store.Accounts.Users(ctx)
	if err != nil {
		return err
	}
	pending, err := s.store.Accounts.PendingActivations(ctx)
	if err != nil {
		return err
	}
	provs, err := s.store.People.Provinces(ctx)
	if err != nil {
		return err
	}
	provName := map[int64]string{}
	for _, p := range provs {
		provName[p.ID] = p.Name(l)
		v.Provinces = append(v.Provinces, rdOption{Value: p.Code, Label: p.Name(l), Selected: p.Code == v.Form.Province})
	}
	me := currentUser(c)
	t := s.rdText(c)
	// A province registers thousands of candidates: the list shows staff
	// accounts, and a search finds anyone, matched as the board's
	// candidate list matches (case and Vietnamese marks ignored).
	needle := rdSearchFold(v.Q)
	for _, u := range us {
		if needle == "" && u.Role == account.RoleCandidate {
			v.Candidates++
			continue
		}
		if !rdMatchesSearch(needle, u.Username, u.DisplayName) {
			continue
		}
		uv := adminUserView{ID: u.ID, Username: u.Username, Role: u.Role, Name: u.DisplayName, Disabled: u.Disabled, Self: u.ID == me.ID}
		if u.ProvinceID != nil {
			uv.Province = provName[*u.ProvinceID]
		}
		if exp, ok := pending[u.ID]; ok {
			if at, err := time.Parse(time.RFC3339, exp); err == nil {
				uv.Pending = t.Day(at)
			}
		}
		v.Users = append(v.Users, uv)
	}
	for _, r := range []account.Role{account.RoleInstructor, account.RoleBoard, account.RoleAdmin} {
		v.Roles = append(v.Roles, rdOption{Value: string(r), Label: s.catalog.T(l, "role."+string(r)), Selected: string(r) == v.Form.Role})
	}
	v.Version = s.version
	st, err := s.store.Schema(ctx)
	if err != nil {
		return err
	}
	v.Schema = st.Current
	var size int64
	for _, suffix := range []string{"", "-wal"} {
		if fi, err := os.Stat(s.store.Path() + suffix); err == nil {
			size += fi.Size()
		}
	}
	v.DBSize = mb(size)
	at, _, err := s.store.Accounts.LastBackup(ctx)
	if err != nil {
		return err
	}
	if t0, err := time.Parse(time.RFC3339, at); err == nil {
		v.LastBackup = t.Day(t0) + " " + t0.Local().Format("15:04")
	}
	v.Backups = s.backupFiles(t)
	return s.render(c, status, "admin_home", v)
}

func mb(n int64) string { return fmt.Sprintf("%.1f MB", float64(n)/(1<<20)) }

func (s *Server) adminCreate(c echo.Context) error {
	var f adminCreateForm
	if err := c.Bind(&f); err != nil {
		return &apperr.Error{Code: apperr.Invalid, Key: "error.bad_request", Message: "bad account form"}
	}
	f.Username = strings.TrimSpace(f.Username)
	f.Name = strings.Join(strings.Fields(f.Name), " ")
	fail := func(key string) error {
		return s.adminPage(c, http.StatusUnprocessableEntity, adminView{Form: f, Error: s.catalog.T(pageLang(c), key)})
	}
	role, err := account.ParseRole(f.Role)
	if err != nil || role == account.RoleCandidate {
		// Candidates come from the board's registration, with a profile.
		return fail("acct.admin.bad_role")
	}
	n := account.NewAccount{Role: role, Username: f.Username, Name: f.Name}
	if role == account.RoleBoard {
		if f.Province == "" {
			return fail("acct.admin.province_required")
		}
		p, err := s.store.People.ProvinceByCode(c.Request().Context(), f.Province)
		if err != nil {
			return fail("acct.admin.province_required")
		}
		n.ProvinceID = &p.ID
	}
	is, err := s.reg.Add(c.Request().Context(), n, rdUserID(c))
	if err != nil {
		switch e, _ := apperr.As(err); {
		case e != nil && e.Code == apperr.Conflict:
			return fail("acct.admin.username_taken")
		case e != nil && e.Field == "username":
			return fail("acct.admin.bad_username")
		case e != nil && e.Key != "":
			return fail(e.Key)
		}
		return err
	}
	s.log.Info("account created", "user", is.Username, "role", role, "by", currentUser(c).Username)
	return s.showCode(c, is, "/admin")
}

func (s *Server) showCode(c echo.Context, is account.Issued, back string) error {
	t := s.rdText(c)
	return s.ok(c, "acct_code", codeView{Username: is.Username, Name: is.NameLatin, Code: is.Code,
		Expires: t.Day(is.Expires), Back: back})
}

func adminUserID(c echo.Context) (int64, error) {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil || id <= 0 {
		return 0, &apperr.Error{Code: apperr.NotFound, Key: "error.not_found", Message: "no such account"}
	}
	return id, nil
}

// confirmed: a destructive action needs the form's explicit confirmation,
// so a stray or forged-but-tokened request with an empty body does nothing.
func confirmed(c echo.Context) error {
	if c.FormValue("confirm") != "yes" {
		return &apperr.Error{Code: apperr.Invalid, Key: "acct.confirm_needed", Message: "tick the confirmation box"}
	}
	return nil
}

func actor(c echo.Context) *account.Actor {
	u := currentUser(c)
	return &account.Actor{ID: u.ID, Role: u.Role, ProvinceID: u.ProvinceID}
}

func (s *Server) adminReset(c echo.Context) error {
	id, err := adminUserID(c)
	if err != nil {
		return err
	}
	if err := confirmed(c); err != nil {
		return err
	}
	is, err := s.reg.Reset(c.Request().Context(), actor(c), id)
	if err != nil {
		return err
	}
	s.log.Info("password reset", "user", is.Username, "by", currentUser(c).Username)
	return s.showCode(c, is, "/admin")
}

func (s *Server) adminSetDisabled(c echo.Context) error {
	id, err := adminUserID(c)
	if err != nil {
		return err
	}
	if err := confirmed(c); err != nil {
		return err
	}
	disabled := c.FormValue("disabled") == "1"
	if err := s.reg.SetDisabled(c.Request().Context(), *actor(c), id, disabled); err != nil {
		return err
	}
	done := "enable"
	if disabled {
		done = "disable"
	}
	s.log.Info("account "+done+"d", "user_id", id, "by", currentUser(c).Username)
	return c.Redirect(http.StatusSeeOther, "/admin?done="+done)
}

// Backups go to a folder beside the database: the admin downloads them from
// here and keeps them elsewhere.

var backupName = regexp.MustCompile(`^hocviet-\d{8}-\d{6}\.db$`)

func (s *Server) backupDir() string { return filepath.Join(filepath.Dir(s.store.Path()), "backups") }

func (s *Server) adminBackup(c echo.Context) error {
	ctx := c.Request().Context()
	dir := s.backupDir()
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return fmt.Errorf("backup folder: %w", err)
	}
	name := "hocviet-" + time.Now().UTC().Format("20060102-150405") + ".db"
	if err := s.store.BackupTo(ctx, filepath.Join(dir, name)); err != nil {
		return err
	}
	if err := s.store.Accounts.RecordBackup(ctx, rdUserID(c), name); err != nil {
		return err
	}
	s.log.Info("backup", "file", name, "by", currentUser(c).Username)
	return c.Redirect(http.StatusSeeOther, "/admin?done=backup")
}

func (s *Server) backupFiles(t rdText) []adminBackupView {
	es, err := os.ReadDir(s.backupDir())
	if err != nil {
		return nil
	}
	var out []adminBackupView
	for _, e := range es {
		if !backupName.MatchString(e.Name()) {
			continue
		}
		fi, err := e.Info()
		if err != nil {
			continue
		}
		out = append(out, adminBackupView{Name: e.Name(), Size: mb(fi.Size()), At: t.Day(fi.ModTime()) + " " + fi.ModTime().Format("15:04")})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name > out[j].Name })
	return out
}

func (s *Server) adminBackupDownload(c echo.Context) error {
	name := c.Param("name")
	if !backupName.MatchString(name) {
		return &apperr.Error{Code: apperr.NotFound, Key: "error.not_found", Message: "no such backup"}
	}
	p := filepath.Join(s.backupDir(), name)
	if _, err := os.Stat(p); err != nil {
		return &apperr.Error{Code: apperr.NotFound, Key: "error.not_found", Message: "no such backup"}
	}
	return c.Attachment(p, name)
}

// The board resets a candidate of its own province.

func (s *Server) boardCandidateReset(c echo.Context) error {
	_, p, err := s.boardPerson(c)
	if err != nil {
		return err
	}
	if p.UserID == nil {
		return &apperr.Error{Code: apperr.NotFound, Key: "error.not_found", Message: "this candidate has no account"}
	}
	if err := confirmed(c); err != nil {
		return err
	}
	is, err := s.reg.Reset(c.Request().Context(), actor(c), *p.UserID)
	if err != nil {
		return err
	}
	is.NameLo = p.NameLo
	s.log.Info("password reset", "user", is.Username, "by", currentUser(c).Username)
	return s.showCode(c, is, fmt.Sprintf("/board/candidates/%d/edit", p.ID))
}
