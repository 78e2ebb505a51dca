// Package questionbanks embeds the shipped question banks so that
// `hocviet serve --demo` can fill a new database from the binary alone.
package questionbanks

import "embed"

// FS holds every bank folder, its media, rubrics and blueprints.
//
//go:embed *
var FS embed.FS
