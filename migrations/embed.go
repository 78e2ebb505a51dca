// Package migrations holds the numbered SQL migrations, embedded so the binary
// can upgrade a database with nothing beside it.
package migrations

import "embed"

// FS holds every NNNNN_name.sql file of this folder. Files are append-only:
// a released migration is never edited, a change is a new file.
//
//go:embed *.sql
var FS embed.FS
