package store

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/jmoiron/sqlx"

	"hocviet/internal/account"
	"hocviet/internal/apperr"
)

// The store side of account.Registration: imports, activation codes,
// resets, password changes, closing accounts, backups made from the admin
// page.

var _ account.Repository = (*Accounts)(nil)

// UserByID finds an account.
func (s *Accounts) UserByID(ctx context.Context, id int64) (*account.User, error) {
	var u account.User
	err := s.db.GetContext(ctx, &u, `SELECT `+userColumns+` FROM users WHERE id = ?`, id)
	if noRows(err) {
		return nil, notFound("user")
	}
	if err != nil {
		return nil, fmt.Errorf("user %d: %w", id, err)
	}
	return &u, nil
}

// InsertCandidates registers a validated file in one transaction with
// prepared statements: 10,000 rows take well under a second, the codes
// being SHA-256 hashes, not bcrypt.
func (s *Accounts) InsertCandidates(ctx context.Context, b *account.ImportBatch) error {
	if len(b.Codes) != len(b.Rows) {
		return fmt.Errorf("import %s: %d codes for %d rows", b.File, len(b.Codes), len(b.Rows))
	}
	return s.tx(ctx, func(tx *sqlx.Tx) error {
		type prov struct {
			ID     int64  `db:"id"`
			Code   string `db:"code"`
			Prefix string `db:"username_prefix"`
		}
		var ps []prov
		if err := tx.SelectContext(ctx, &ps, `SELECT id, code, username_prefix FROM provinces`); err != nil {
			return fmt.Errorf("provinces: %w", err)
		}
		byCode, byID := map[string]prov{}, map[int64]prov{}
		for _, p := range ps {
			byCode[p.Code], byID[p.ID] = p, p
		}
		progs := map[string]int64{}
		rows, err := tx.QueryxContext(ctx, `SELECT code, id FROM programmes`)
		if err != nil {
			return fmt.Errorf("programmes: %w", err)
		}
		for rows.Next() {
			var code string
			var id int64
			if err := rows.Scan(&code, &id); err != nil {
				rows.Close()
				return fmt.Errorf("programmes: %w", err)
			}
			progs[code] = id
		}
		rows.Close()
		// Names the file gives itself: a generated name never takes one.
		explicit := map[string]bool{}
		for _, r := range b.Rows {
			if r.Username != "" {
				explicit[strings.ToLower(r.Username)] = true
			}
		}
		next := map[string]int{}
		nextName := func(prefix string) (string, error) {
			if _, ok := next[prefix]; !ok {
				n, err := maxGeneratedNumber(ctx, tx, prefix)
				if err != nil {
					return "", err
				}
				next[prefix] = n + 1
			}
			for {
				name := account.GeneratedUsername(prefix, next[prefix])
				next[prefix]++
				if !explicit[strings.ToLower(name)] {
					return name, nil
				}
			}
		}
		insUser, err := tx.PreparexContext(ctx, `INSERT INTO users (username, password_hash, role, province_id, display_name, created_at) VALUES (?, ?, 'candidate', ?, ?, ?)`)
		if err != nil {
			return fmt.Errorf("prepare: %w", err)
		}
		defer insUser.Close()
		insCand, err := tx.PreparexContext(ctx, candidateInsert)
		if err != nil {
			return fmt.Errorf("prepare: %w", err)
		}
		defer insCand.Close()
		insCode, err := tx.PreparexContext(ctx, `INSERT INTO activation_codes (user_id, code_hash, created_at, expires_at, created_by) VALUES (?, ?, ?, ?, ?)`)
		if err != nil {
			return fmt.Errorf("prepare: %w", err)
		}
		defer insCode.Close()
		insAudit, err := tx.PreparexContext(ctx, `INSERT INTO audit_log (user_id, action, entity, entity_id, detail) VALUES (?, 'import', 'candidate', ?, ?)`)
		if err != nil {
			return fmt.Errorf("prepare: %w", err)
		}
		defer insAudit.Close()

		at := now()
		cohorts := map[string]int64{}
		var rowErrs []account.RowError
		for i := range b.Rows {
			r := &b.Rows[i]
			p, ok := byCode[r.Province]
			if b.ProvinceID != nil {
				p, ok = byID[*b.ProvinceID]
			}
			programmeID, okProg := progs[r.Programme]
			if !ok || !okProg {
				return fmt.Errorf("%s:%d: unknown province %q or programme %q", b.File, r.Line, r.Province, r.Programme)
			}
			generated := r.Username == ""
			var userID int64
			for {
				if generated {
					if r.Username, err = nextName(p.Prefix); err != nil {
						return err
					}
				}
				res, err := insUser.ExecContext(ctx, r.Username, account.NoPassword, p.ID, r.NameLatin, at)
				if isUnique(err) && generated {
					continue // a name of that shape made by hand: take the next number
				}
				if isUnique(err) {
					// Worded so it tells nothing of who holds the name.
					rowErrs = append(rowErrs, account.RowError{File: b.File, Row: r.Line, Field: "username",
						Message: "cannot be used: choose another or leave it empty to get a generated one", Key: "acct.import.username_taken"})
					break
				}
				if err != nil {
					return fmt.Errorf("%s:%d: insert user: %w", b.File, r.Line, err)
				}
				if userID, err = res.LastInsertId(); err != nil {
					return err
				}
				break
			}
			if userID == 0 {
				continue
			}
			var cohortID *int64
			if r.Cohort != "" {
				key := strconv.FormatInt(p.ID, 10) + "\x00" + r.Cohort
				id, ok := cohorts[key]
				if !ok {
					if id, err = ensureCohort(ctx, tx, p.ID, programmeID, r.Cohort); err != nil {
						return err
					}
					cohorts[key] = id
				}
				cohortID = &id
			}
			res, err := insCand.ExecContext(ctx, userID, p.ID, cohortID, programmeID, r.NameLo, r.NameLatin,
				r.DateOfBirth, r.Gender, r.Position, r.Unit, r.District, r.PlanningStatus, r.IntakeYear, r.PlannedPosition)
			if err != nil {
				return fmt.Errorf("%s:%d: insert candidate: %w", b.File, r.Line, err)
			}
			candID, err := res.LastInsertId()
			if err != nil {
				return err
			}
			c := b.Codes[i]
			if _, err := insCode.ExecContext(ctx, userID, c.Hash, at, c.Expires.UTC().Format(time.RFC3339), b.By); err != nil {
				return fmt.Errorf("%s:%d: activation code: %w", b.File, r.Line, err)
			}
			if _, err := insAudit.ExecContext(ctx, b.By, candID, b.File); err != nil {
				return fmt.Errorf("audit: %w", err)
			}
		}
		if len(rowErrs) > 0 {
			return &account.ImportError{Rows: rowErrs}
		}
		return nil
	})
}

// maxGeneratedNumber is the highest n of the usernames PREFIX-n taken so far.
func maxGeneratedNumber(ctx context.Context, tx *sqlx.Tx, prefix string) (int, error) {
	var names []string
	if err := tx.SelectContext(ctx, &names, `SELECT username FROM users WHERE username LIKE ? ESCAPE '\'`,
		strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(prefix)+"-%"); err != nil {
		return 0, fmt.Errorf("generated usernames: %w", err)
	}
	best := 0
	for _, n := range names {
		if v, err := strconv.Atoi(n[len(prefix)+1:]); err == nil && v > best {
			best = v
		}
	}
	return best, nil
}

func putActivation(ctx context.Context, tx *sqlx.Tx, userID int64, a account.Activation, by *int64) error {
	_, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO activation_codes (user_id, code_hash, created_at, expires_at, created_by) VALUES (?, ?, ?, ?, ?)`,
		userID, a.Hash, now(), a.Expires.UTC().Format(time.RFC3339), by)
	if err != nil {
		return fmt.Errorf("activation code: %w", err)
	}
	return nil
}

// CreateAccount adds one account, with its activation code when a is set.
func (s *Accounts) CreateAccount(ctx context.Context, u *account.User, a *account.Activation, by *int64) error {
	return s.tx(ctx, func(tx *sqlx.Tx) error {
		if err := createUser(ctx, tx, u); err != nil {
			return err
		}
		if a != nil {
			if err := putActivation(ctx, tx, u.ID, *a, by); err != nil {
				return err
			}
		}
		return audit(ctx, tx, by, "create", "user", u.ID, string(u.Role))
	})
}

// IssueActivation is a reset: the password stops working, the sessions end,
// a new code replaces any earlier one.
func (s *Accounts) IssueActivation(ctx context.Context, userID int64, a account.Activation, by *int64) error {
	return s.tx(ctx, func(tx *sqlx.Tx) error {
		if _, err := tx.ExecContext(ctx, `UPDATE users SET password_hash = ? WHERE id = ?`, account.NoPassword, userID); err != nil {
			return fmt.Errorf("reset: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM sessions WHERE user_id = ?`, userID); err != nil {
			return fmt.Errorf("reset: end sessions: %w", err)
		}
		if err := putActivation(ctx, tx, userID, a, by); err != nil {
			return err
		}
		return audit(ctx, tx, by, "reset", "user", userID, "")
	})
}

// Activation is the account's pending code.
func (s *Accounts) Activation(ctx context.Context, userID int64) (*account.Activation, error) {
	var row struct {
		Hash    string `db:"code_hash"`
		Expires string `db:"expires_at"`
	}
	err := s.db.GetContext(ctx, &row, `SELECT code_hash, expires_at FROM activation_codes WHERE user_id = ?`, userID)
	if noRows(err) {
		return nil, notFound("activation code")
	}
	if err != nil {
		return nil, fmt.Errorf("activation code: %w", err)
	}
	exp, err := time.Parse(time.RFC3339, row.Expires)
	if err != nil {
		return nil, fmt.Errorf("activation code expiry %q: %w", row.Expires, err)
	}
	return &account.Activation{Hash: row.Hash, Expires: exp}, nil
}

// Activate uses the code up: of two requests racing with one code, only the
// one that deletes it sets a password.
func (s *Accounts) Activate(ctx context.Context, userID int64, passwordHash string) error {
	return s.tx(ctx, func(tx *sqlx.Tx) error {
		res, err := tx.ExecContext(ctx, `DELETE FROM activation_codes WHERE user_id = ?`, userID)
		if err != nil {
			return fmt.Errorf("activate: %w", err)
		}
		if n, _ := res.RowsAffected(); n != 1 {
			return &apperr.Error{Code: apperr.Unauthorized, Key: "acct.activate.bad_code", Message: "the activation code was already used"}
		}
		if _, err := tx.ExecContext(ctx, `UPDATE users SET password_hash = ? WHERE id = ?`, passwordHash, userID); err != nil {
			return fmt.Errorf("activate: %w", err)
		}
		return audit(ctx, tx, &userID, "activate", "user", userID, "")
	})
}

// SetPassword changes a password and ends the account's other sessions.
func (s *Accounts) SetPassword(ctx context.Context, userID int64, passwordHash, keepSession string) error {
	return s.tx(ctx, func(tx *sqlx.Tx) error {
		if _, err := tx.ExecContext(ctx, `UPDATE users SET password_hash = ? WHERE id = ?`, passwordHash, userID); err != nil {
			return fmt.Errorf("set password: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM sessions WHERE user_id = ? AND token_hash <> ?`, userID, keepSession); err != nil {
			return fmt.Errorf("set password: end sessions: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM activation_codes WHERE user_id = ?`, userID); err != nil {
			return fmt.Errorf("set password: %w", err)
		}
		return audit(ctx, tx, &userID, "password", "user", userID, "")
	})
}

// SetDisabled closes or reopens an account; a closed account's sessions end.
func (s *Accounts) SetDisabled(ctx context.Context, userID int64, disabled bool, by *int64) error {
	return s.tx(ctx, func(tx *sqlx.Tx) error {
		if _, err := tx.ExecContext(ctx, `UPDATE users SET disabled = ? WHERE id = ?`, disabled, userID); err != nil {
			return fmt.Errorf("disable: %w", err)
		}
		action := "enable"
		if disabled {
			action = "disable"
			if _, err := tx.ExecContext(ctx, `DELETE FROM sessions WHERE user_id = ?`, userID); err != nil {
				return fmt.Errorf("disable: end sessions: %w", err)
			}
		}
		return audit(ctx, tx, by, action, "user", userID, "")
	})
}

// PendingActivations maps each account that has not chosen a password yet
// to its code's expiry (RFC 3339), for the admin's list.
func (s *Accounts) PendingActivations(ctx context.Context) (map[int64]string, error) {
	var rows []struct {
		UserID  int64  `db:"user_id"`
		Expires string `db:"expires_at"`
	}
	if err := s.db.SelectContext(ctx, &rows, `SELECT user_id, expires_at FROM activation_codes`); err != nil {
		return nil, fmt.Errorf("pending activations: %w", err)
	}
	m := make(map[int64]string, len(rows))
	for _, r := range rows {
		m[r.UserID] = r.Expires
	}
	return m, nil
}

// RecordBackup notes a backup made from the admin page.
func (s *Accounts) RecordBackup(ctx context.Context, by *int64, file string) error {
	return s.tx(ctx, func(tx *sqlx.Tx) error { return audit(ctx, tx, by, "backup", "database", 0, file) })
}

// LastBackup is when the newest recorded backup was made ("" if none).
func (s *Accounts) LastBackup(ctx context.Context) (at, file string, err error) {
	var row struct {
		At     string `db:"at"`
		Detail string `db:"detail"`
	}
	err = s.db.GetContext(ctx, &row, `SELECT at, detail FROM audit_log WHERE action = 'backup' ORDER BY at DESC, id DESC LIMIT 1`)
	if noRows(err) {
		return "", "", nil
	}
	if err != nil {
		return "", "", fmt.Errorf("last backup: %w", err)
	}
	return row.At, row.Detail, nil
}
