package account

import (
	"bytes"
	"context"
	"crypto/subtle"
	"errors"
	"fmt"
	"io"
	"time"

	"golang.org/x/crypto/bcrypt"

	"hocviet/internal/apperr"
)

// Repository is what Registration needs from storage. The store implements
// it; each method is one transaction.
type Repository interface {
	UserByID(ctx context.Context, id int64) (*User, error)
	UserByUsername(ctx context.Context, username string) (*User, error)
	// InsertCandidates stores accounts, profiles and activation codes, all
	// or nothing; rows without a username get a generated one, written back
	// into b.Rows. Usernames already taken come back as an *ImportError.
	InsertCandidates(ctx context.Context, b *ImportBatch) error
	// CreateAccount stores an account with a password hash or, when a is
	// set, an activation code.
	CreateAccount(ctx context.Context, u *User, a *Activation, by *int64) error
	// IssueActivation replaces the account's password with a new code and
	// ends its sessions (a reset); audited.
	IssueActivation(ctx context.Context, userID int64, a Activation, by *int64) error
	// Activation is the account's pending code (NotFound when none).
	Activation(ctx context.Context, userID int64) (*Activation, error)
	// Activate sets the first password and removes the code; audited.
	Activate(ctx context.Context, userID int64, passwordHash string) error
	// SetPassword changes a password and ends every session of the account
	// but keepSession (a token hash; "" ends all); audited.
	SetPassword(ctx context.Context, userID int64, passwordHash, keepSession string) error
	// SetDisabled closes or reopens an account; closing ends its sessions.
	SetDisabled(ctx context.Context, userID int64, disabled bool, by *int64) error
}

// Places is what Registration reads of the provinces and programmes (the
// people's store, not the accounts' one).
type Places interface {
	KnownCodes(ctx context.Context) (Known, error)
	ProvinceByID(ctx context.Context, id int64) (*Province, error)
}

// ImportBatch is a validated registration file on its way to the store.
type ImportBatch struct {
	File       string
	By         *int64
	ProvinceID *int64 // the board's province: every row is stored there
	Rows       []ImportRow
	Codes      []Activation // one per row
}

// ImportError carries every row the store refused (a username taken).
type ImportError struct{ Rows []RowError }

func (e *ImportError) Error() string {
	var b bytes.Buffer
	for i, r := range e.Rows {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(r.Error())
	}
	return b.String()
}

// Issued is a first secret to hand over once: the only time the code exists
// outside the person's hands.
type Issued struct {
	UserID    int64
	Username  string
	Code      string
	NameLo    string
	NameLatin string
	Expires   time.Time
}

// Registration is the use case "give people accounts": board and command
// line imports, accounts the admin adds, resets, activation, password
// changes. Web handlers and the CLI both call it.
type Registration struct {
	Repo   Repository
	Places Places
	Rand   io.Reader // nil: crypto/rand
	Now    func() time.Time
	// BcryptCost is bcrypt's work factor; 0 means bcrypt.DefaultCost.
	// Tests lower it.
	BcryptCost int
}

func (r *Registration) now() time.Time {
	if r.Now != nil {
		return r.Now().UTC()
	}
	return time.Now().UTC()
}

func (r *Registration) issue() (string, Activation, error) {
	code, err := NewActivationCode(r.Rand)
	if err != nil {
		return "", Activation{}, err
	}
	return code, Activation{Hash: HashCode(code), Expires: r.now().Add(ActivationTTL)}, nil
}

func (r *Registration) hash(pw string) (string, error) {
	cost := r.BcryptCost
	if cost == 0 {
		cost = bcrypt.DefaultCost
	}
	h, err := bcrypt.GenerateFromPassword([]byte(pw), cost)
	if err != nil {
		return "", fmt.Errorf("hash password: %w", err)
	}
	return string(h), nil
}

// ImportRequest is one registration file.
type ImportRequest struct {
	File string
	Data []byte // CSV (UTF-8) or XLSX
	By   *int64
	// ProvinceID scopes a board's import: rows naming another province are
	// refused, not moved. Nil (the command line) keeps each row's province.
	ProvinceID *int64
	MaxRows    int // 0: MaxImportRows
	// Headers and Values are the translated column names and cell values
	// the page accepts besides the codes (see Known); nil for the CLI.
	Headers map[string]string
	Values  map[string]map[string]string
}

// Import validates the whole file before anything is stored, then stores
// every row or none. Problems come back as row errors (FILE:ROW: field);
// err is for faults only.
func (r *Registration) Import(ctx context.Context, req ImportRequest) ([]Issued, []RowError, error) {
	if r.Repo == nil {
		return nil, nil, errNoRepo
	}
	data := req.Data
	if IsXLSX(data) {
		csvData, err := XLSXToCSV(data, req.MaxRows)
		if err != nil {
			if e, ok := apperr.As(err); ok {
				return nil, []RowError{{File: req.File, Row: 1, Field: "file", Message: e.Message, Key: e.Key}}, nil
			}
			return nil, nil, err
		}
		data = csvData
	}
	known, err := r.Places.KnownCodes(ctx)
	if err != nil {
		return nil, nil, err
	}
	known.Headers, known.Values = req.Headers, req.Values
	var prov *Province
	if req.ProvinceID != nil {
		if prov, err = r.Places.ProvinceByID(ctx, *req.ProvinceID); err != nil {
			return nil, nil, err
		}
		known.DefaultProvince = prov.Code
	}
	rows, rowErrs := ParseImport(req.File, bytes.NewReader(data), known, r.now(), req.MaxRows)
	if len(rowErrs) > 0 {
		return nil, rowErrs, nil
	}
	if req.ProvinceID != nil {
		for _, row := range rows {
			if row.Province != prov.Code {
				rowErrs = append(rowErrs, RowError{File: req.File, Row: row.Line, Field: "province",
					Message: fmt.Sprintf("%q is not your province (%s)", row.Province, prov.Code),
					Key:     "readiness.import.other_province", Args: []any{"Code", row.Province, "Own", prov.Code}})
			}
		}
		if len(rowErrs) > 0 {
			return nil, rowErrs, nil
		}
	}
	b := &ImportBatch{File: req.File, By: req.By, ProvinceID: req.ProvinceID, Rows: rows, Codes: make([]Activation, len(rows))}
	codes := make([]string, len(rows))
	for i := range rows {
		if codes[i], b.Codes[i], err = r.issue(); err != nil {
			return nil, nil, err
		}
	}
	if err := r.Repo.InsertCandidates(ctx, b); err != nil {
		if ie, ok := err.(*ImportError); ok {
			return nil, ie.Rows, nil
		}
		return nil, nil, err
	}
	out := make([]Issued, len(rows))
	for i, row := range b.Rows {
		out[i] = Issued{Username: row.Username, Code: codes[i], NameLo: row.NameLo, NameLatin: row.NameLatin, Expires: b.Codes[i].Expires}
	}
	return out, nil, nil
}

// NewAccount is an account the admin (or the command line) adds.
type NewAccount struct {
	Role       Role
	Username   string
	ProvinceID *int64
	Name       string
	// Password, when set, is the first password (the command line's
	// --password-stdin); otherwise the account gets an activation code.
	Password string
}

// Add creates an account. Board accounts need a province.
func (r *Registration) Add(ctx context.Context, n NewAccount, by *int64) (Issued, error) {
	if err := ValidUsername(n.Username); err != nil {
		return Issued{}, err
	}
	if _, err := ParseRole(string(n.Role)); err != nil {
		return Issued{}, err
	}
	if n.Role == RoleBoard && n.ProvinceID == nil {
		return Issued{}, &apperr.Error{Code: apperr.Invalid, Field: "province", Key: "acct.admin.province_required",
			Message: "a board account needs a province"}
	}
	u := &User{Username: n.Username, Role: n.Role, ProvinceID: n.ProvinceID, DisplayName: n.Name}
	var act *Activation
	var code string
	if n.Password != "" {
		if err := CheckNewPassword(n.Password, u); err != nil {
			return Issued{}, err
		}
		h, err := r.hash(n.Password)
		if err != nil {
			return Issued{}, err
		}
		u.PasswordHash = h
	} else {
		c, a, err := r.issue()
		if err != nil {
			return Issued{}, err
		}
		code, act = c, &a
		u.PasswordHash = NoPassword
	}
	if err := r.Repo.CreateAccount(ctx, u, act, by); err != nil {
		return Issued{}, err
	}
	is := Issued{UserID: u.ID, Username: u.Username, Code: code, NameLatin: u.DisplayName}
	if act != nil {
		is.Expires = act.Expires
	}
	return is, nil
}

// Actor is who asks for a reset or a change: their id, role and province.
type Actor struct {
	ID         int64
	Role       Role
	ProvinceID *int64
}

// Reset gives an account a new activation code in place of its password
// and ends its sessions. The admin resets anyone; the board only candidates
// of its own province (anyone else is "not found", so the board learns
// nothing of other provinces); the command line passes a nil actor.
func (r *Registration) Reset(ctx context.Context, by *Actor, userID int64) (Issued, error) {
	u, err := r.Repo.UserByID(ctx, userID)
	if err != nil {
		return Issued{}, err
	}
	var byID *int64
	if by != nil {
		byID = &by.ID
		switch by.Role {
		case RoleAdmin:
		case RoleBoard:
			if u.Role != RoleCandidate || u.ProvinceID == nil || by.ProvinceID == nil || *u.ProvinceID != *by.ProvinceID {
				return Issued{}, &apperr.Error{Code: apperr.NotFound, Key: "error.not_found", Message: "no such candidate"}
			}
		default:
			return Issued{}, &apperr.Error{Code: apperr.Forbidden, Key: "error.forbidden", Message: "only the board and the admin reset passwords"}
		}
	}
	code, a, err := r.issue()
	if err != nil {
		return Issued{}, err
	}
	if err := r.Repo.IssueActivation(ctx, u.ID, a, byID); err != nil {
		return Issued{}, err
	}
	return Issued{UserID: u.ID, Username: u.Username, Code: code, NameLatin: u.DisplayName, Expires: a.Expires}, nil
}

// ResetByUsername is Reset for the command line.
func (r *Registration) ResetByUsername(ctx context.Context, username string) (Issued, error) {
	u, err := r.Repo.UserByUsername(ctx, username)
	if err != nil {
		return Issued{}, err
	}
	return r.Reset(ctx, nil, u.ID)
}

// CheckActivation reports whether code is the account's pending, unexpired
// activation code. The comparison is of hashes in constant time.
func (r *Registration) CheckActivation(ctx context.Context, u *User, code string) (bool, error) {
	if u == nil || u.Disabled || !LooksLikeCode(code) {
		return false, nil
	}
	a, err := r.Repo.Activation(ctx, u.ID)
	if apperr.Code(err) == apperr.NotFound {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	if !r.now().Before(a.Expires) {
		return false, nil
	}
	return subtle.ConstantTimeCompare([]byte(a.Hash), []byte(HashCode(code))) == 1, nil
}

// Activate sets the first password of an account that holds a valid code.
// A wrong or expired code is Unauthorized; a weak password is Invalid and
// the code stays valid, so the person can try another password.
func (r *Registration) Activate(ctx context.Context, username, code, password string) (*User, error) {
	u, err := r.Repo.UserByUsername(ctx, username)
	if err != nil && apperr.Code(err) != apperr.NotFound {
		return nil, err
	}
	ok, err := r.CheckActivation(ctx, u, code)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, &apperr.Error{Code: apperr.Unauthorized, Key: "acct.activate.bad_code",
			Message: "the activation code is wrong, used or expired"}
	}
	if err := CheckNewPassword(password, u); err != nil {
		return u, err
	}
	h, err := r.hash(password)
	if err != nil {
		return nil, err
	}
	if err := r.Repo.Activate(ctx, u.ID, h); err != nil {
		return nil, err
	}
	u.PasswordHash = h
	return u, nil
}

// ChangePassword is a signed-in person changing their own password: the
// old one is required, and every other session of the account ends.
func (r *Registration) ChangePassword(ctx context.Context, userID int64, old, password, keepSession string) error {
	u, err := r.Repo.UserByID(ctx, userID)
	if err != nil {
		return err
	}
	if !HasPassword(u.PasswordHash) || !CheckPassword(u.PasswordHash, old) {
		return &apperr.Error{Code: apperr.Invalid, Field: "old", Key: "acct.pw.old_wrong", Message: "the current password is wrong"}
	}
	if old == password {
		return &apperr.Error{Code: apperr.Invalid, Field: "password", Key: "acct.pw.same", Message: "must differ from the current password"}
	}
	if err := CheckNewPassword(password, u); err != nil {
		return err
	}
	h, err := r.hash(password)
	if err != nil {
		return err
	}
	return r.Repo.SetPassword(ctx, u.ID, h, keepSession)
}

// SetDisabled closes or reopens an account (admin). The admin cannot close
// their own account: someone must be left to reopen it.
func (r *Registration) SetDisabled(ctx context.Context, by Actor, userID int64, disabled bool) error {
	if by.Role != RoleAdmin {
		return &apperr.Error{Code: apperr.Forbidden, Key: "error.forbidden", Message: "only the admin closes accounts"}
	}
	if disabled && by.ID == userID {
		return &apperr.Error{Code: apperr.Invalid, Key: "acct.admin.not_self", Message: "you cannot disable your own account"}
	}
	if _, err := r.Repo.UserByID(ctx, userID); err != nil {
		return err
	}
	return r.Repo.SetDisabled(ctx, userID, disabled, &by.ID)
}

// errNoRepo guards a Registration built without its store.
var errNoRepo = errors.New("account: Registration has no repository")

// GeneratedUsername is an imported candidate's login when the file gives
// none: the province's prefix and a number, e.g. hp-0001.
func GeneratedUsername(prefix string, n int) string { return fmt.Sprintf("%s-%04d", prefix, n) }
