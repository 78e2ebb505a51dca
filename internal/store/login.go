package store

import (
	"context"
	"crypto/rand"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"

	"hocviet/internal/apperr"
)

// LoginLimits says how many failed logins a window tolerates. A browser
// with a valid known-device cookie for the account (Device set, Trusted)
// is held only to DeviceMax; any other browser to PairMax per account and
// address and AccountMax per account across addresses.
type LoginLimits struct {
	Since      time.Time
	PairMax    int
	AccountMax int
	DeviceMax  int
	Device     string
	Trusted    bool
}

// LoginReservation is one password check the limits allowed, already
// counted as a failure; the counts are those before it.
type LoginReservation struct {
	ID      int64
	Account int // failures for the account, all addresses
	Pair    int // failures for the account from this address
	IP      int // failures from this address, all accounts
	Device  int // failures from this known device
}

// ReserveLoginAttempt counts recent failures and, unless a limit is
// reached, records this attempt as a failure, in one write transaction:
// parallel requests queue on the write lock, so no more than the limit
// ever reach the (slow) password check. A good password then forgives the
// reservation (ForgiveLoginAttempt). A refusal is apperr.TooMany.
func (s *Accounts) ReserveLoginAttempt(ctx context.Context, username, ip string, lim LoginLimits, at time.Time) (LoginReservation, error) {
	var r LoginReservation
	err := s.tx(ctx, func(tx *sqlx.Tx) error {
		since := lim.Since.UTC().Format(time.RFC3339Nano)
		err := tx.GetContext(ctx, &r, `SELECT
			(SELECT count(*) FROM login_failures WHERE username = ? AND at > ?) AS account,
			(SELECT count(*) FROM login_failures WHERE username = ? AND ip = ? AND at > ?) AS pair,
			(SELECT count(*) FROM login_failures WHERE ip = ? AND at > ?) AS ip,
			(SELECT count(*) FROM login_failures WHERE device = ? AND device <> '' AND at > ?) AS device`,
			username, since, username, ip, since, ip, since, lim.Device, since)
		if err != nil {
			return fmt.Errorf("count login failures: %w", err)
		}
		// Failures older than the window no longer count: drop this
		// account's, so the table stays the size of the recent guessing.
		if _, err := tx.ExecContext(ctx, `DELETE FROM login_failures WHERE username = ? AND at <= ?`, username, since); err != nil {
			return fmt.Errorf("forget old login failures: %w", err)
		}
		refused := r.Pair >= lim.PairMax || r.Account >= lim.AccountMax
		if lim.Trusted {
			refused = r.Device >= lim.DeviceMax
		}
		if refused {
			return &apperr.Error{Code: apperr.TooMany, Key: "login.error_locked", Message: "too many failed logins"}
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO login_failures (username, ip, device, at) VALUES (?, ?, ?, ?)`,
			username, ip, lim.Device, at.UTC().Format(time.RFC3339Nano))
		if err != nil {
			return fmt.Errorf("reserve login attempt: %w", err)
		}
		r.ID, err = res.LastInsertId()
		return err
	})
	return r, err
}

// ForgiveLoginAttempt removes a reservation whose password was right. The
// other failures stay until they age out of the window: a good login by
// the owner must not hand a guesser a fresh allowance.
func (s *Accounts) ForgiveLoginAttempt(ctx context.Context, id int64) error {
	_, err := s.db.ExecContext(ctx, `DELETE FROM login_failures WHERE id = ?`, id)
	if err != nil {
		return fmt.Errorf("forgive login attempt: %w", err)
	}
	return nil
}

// Secret returns the server's key called name, making a random one of size
// bytes the first time. It lives in the database so that what it signed
// outlives a restart.
func (s *Accounts) Secret(ctx context.Context, name string, size int) ([]byte, error) {
	var key []byte
	err := s.tx(ctx, func(tx *sqlx.Tx) error {
		fresh := make([]byte, size)
		_, _ = rand.Read(fresh) // crypto/rand.Read never fails (Go 1.24+)
		if _, err := tx.ExecContext(ctx, `INSERT INTO server_secrets (name, value) VALUES (?, ?) ON CONFLICT DO NOTHING`, name, fresh); err != nil {
			return fmt.Errorf("secret %s: %w", name, err)
		}
		if err := tx.GetContext(ctx, &key, `SELECT value FROM server_secrets WHERE name = ?`, name); err != nil {
			return fmt.Errorf("secret %s: %w", name, err)
		}
		return nil
	})
	return key, err
}
