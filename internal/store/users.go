package store

import (
	"context"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"

	"hocviet/internal/account"
	"hocviet/internal/apperr"
)

const userColumns = `id, username, password_hash, role, province_id, display_name, lang, ime_mode, disabled, created_at`

// CreateUser inserts an account; a taken username is a Conflict.
func (s *Accounts) CreateUser(ctx context.Context, u *account.User) error {
	return s.tx(ctx, func(tx *sqlx.Tx) error { return createUser(ctx, tx, u) })
}

func createUser(ctx context.Context, tx *sqlx.Tx, u *account.User) error {
	res, err := tx.ExecContext(ctx, `
		INSERT INTO users (username, password_hash, role, province_id, display_name, created_at)
		VALUES (?, ?, ?, ?, ?, ?)`,
		u.Username, u.PasswordHash, u.Role, u.ProvinceID, u.DisplayName, now())
	if isUnique(err) {
		return &apperr.Error{Code: apperr.Conflict, Field: "username", Key: "error.username_taken",
			Message: fmt.Sprintf("%q is already taken", u.Username)}
	}
	if err != nil {
		return fmt.Errorf("insert user %s: %w", u.Username, err)
	}
	u.ID, err = res.LastInsertId()
	return err
}

// UserByUsername finds an account for login.
func (s *Accounts) UserByUsername(ctx context.Context, username string) (*account.User, error) {
	var u account.User
	err := s.db.GetContext(ctx, &u, `SELECT `+userColumns+` FROM users WHERE username = ?`, username)
	if noRows(err) {
		return nil, notFound("user")
	}
	if err != nil {
		return nil, fmt.Errorf("user %s: %w", username, err)
	}
	return &u, nil
}

// Users lists every account, for the admin.
func (s *Accounts) Users(ctx context.Context) ([]account.User, error) {
	var us []account.User
	err := s.db.SelectContext(ctx, &us, `SELECT `+userColumns+` FROM users ORDER BY role, username`)
	if err != nil {
		return nil, fmt.Errorf("list users: %w", err)
	}
	return us, nil
}

// SetUserLang remembers the page language a user chose.
func (s *Accounts) SetUserLang(ctx context.Context, userID int64, lang string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE users SET lang = ? WHERE id = ?`, lang, userID)
	if err != nil {
		return fmt.Errorf("set lang: %w", err)
	}
	return nil
}

// SetIMEMode remembers the user's Vietnamese input method (off, telex, vni).
func (s *Accounts) SetIMEMode(ctx context.Context, userID int64, mode string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE users SET ime_mode = ? WHERE id = ?`, mode, userID)
	if err != nil {
		return fmt.Errorf("set input method: %w", err)
	}
	return nil
}

// CreateSession stores a login; only the token's hash is kept, so a stolen
// database copy does not hand out live sessions.
func (s *Accounts) CreateSession(ctx context.Context, tokenHash string, userID int64, expires time.Time, ip, ua string) error {
	_, err := s.db.ExecContext(ctx, `
		INSERT INTO sessions (token_hash, user_id, created_at, expires_at, ip, user_agent)
		VALUES (?, ?, ?, ?, ?, ?)`,
		tokenHash, userID, now(), expires.UTC().Format(time.RFC3339), ip, ua)
	if err != nil {
		return fmt.Errorf("create session: %w", err)
	}
	return nil
}

// SessionUser returns the live account behind a session token hash.
func (s *Accounts) SessionUser(ctx context.Context, tokenHash string) (*account.User, error) {
	var u account.User
	err := s.db.GetContext(ctx, &u, `
		SELECT u.id, u.username, u.password_hash, u.role, u.province_id, u.display_name,
		       u.lang, u.ime_mode, u.disabled, u.created_at
		FROM sessions s JOIN users u ON u.id = s.user_id
		WHERE s.token_hash = ? AND s.expires_at > ? AND u.disabled = 0`,
		tokenHash, now())
	if noRows(err) {
		return nil, notFound("session")
	}
	if err != nil {
		return nil, fmt.Errorf("session: %w", err)
	}
	return &u, nil
}

// DeleteSession ends a login.
func (s *Accounts) DeleteSession(ctx context.Context, tokenHash string) error {
	_, err := s.db.ExecContext(ctx, `DELETE FROM sessions WHERE token_hash = ?`, tokenHash)
	if err != nil {
		return fmt.Errorf("delete session: %w", err)
	}
	return nil
}

// RecordLoginFailure notes a wrong password for the throttle.
func (s *Accounts) RecordLoginFailure(ctx context.Context, username, ip string, at time.Time) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO login_failures (username, ip, at) VALUES (?, ?, ?)`,
		username, ip, at.UTC().Format(time.RFC3339Nano))
	if err != nil {
		return fmt.Errorf("record login failure: %w", err)
	}
	return nil
}

// LoginFailures counts recent failures for one account name and one address.
func (s *Accounts) LoginFailures(ctx context.Context, username, ip string, since time.Time) (byUser, byIP int, err error) {
	t := since.UTC().Format(time.RFC3339Nano)
	err = s.db.GetContext(ctx, &byUser, `SELECT count(*) FROM login_failures WHERE username = ? AND at > ?`, username, t)
	if err == nil {
		err = s.db.GetContext(ctx, &byIP, `SELECT count(*) FROM login_failures WHERE ip = ? AND at > ?`, ip, t)
	}
	if err != nil {
		return 0, 0, fmt.Errorf("count login failures: %w", err)
	}
	return byUser, byIP, nil
}

// ClearLoginFailures forgets an account's failures after a good login.
func (s *Accounts) ClearLoginFailures(ctx context.Context, username string) error {
	_, err := s.db.ExecContext(ctx, `DELETE FROM login_failures WHERE username = ?`, username)
	if err != nil {
		return fmt.Errorf("clear login failures: %w", err)
	}
	return nil
}
