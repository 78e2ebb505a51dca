// Package web carries the templates, static files and translations that the
// binary serves, so it needs nothing beside it on an offline network.
package web

import "embed"

// FS holds templates/, static/ and i18n/.
//
//go:embed templates static i18n
var FS embed.FS
