package web

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"

	"github.com/labstack/echo/v4"
)

// assets serves web/static with content-hashed names (app.3f2a91c0.css), so
// browsers may cache them for a year and still see a new release at once.
type assets struct {
	files  map[string][]byte // logical name -> content
	hashed map[string]string // logical name -> hashed name
	byHash map[string]string // hashed name -> logical name
}

func loadAssets(fsys fs.FS) (*assets, error) {
	a := &assets{files: map[string][]byte{}, hashed: map[string]string{}, byHash: map[string]string{}}
	var css []string
	err := fs.WalkDir(fsys, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		name := strings.TrimPrefix(p, "static/")
		if path.Ext(name) == ".css" {
			css = append(css, name) // hashed last: they name other files
			return nil
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		a.add(name, b)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("static files: %w", err)
	}
	// A stylesheet names fonts as /static/fonts/X.woff2; those names are
	// replaced by the hashed ones, so the font gets the year-long cache too
	// and a new font changes the stylesheet's own hash.
	for _, name := range css {
		b, err := fs.ReadFile(fsys, "static/"+name)
		if err != nil {
			return nil, fmt.Errorf("static files: %w", err)
		}
		for logical, h := range a.hashed {
			b = bytes.ReplaceAll(b, []byte("/static/"+logical+")"), []byte("/static/"+h+")"))
		}
		a.add(name, b)
	}
	return a, nil
}

func (a *assets) add(name string, b []byte) {
	sum := sha256.Sum256(b)
	ext := path.Ext(name)
	h := strings.TrimSuffix(name, ext) + "." + hex.EncodeToString(sum[:4]) + ext
	a.files[name] = b
	a.hashed[name] = h
	a.byHash[h] = name
}

// URL gives the hashed URL of a static file; a missing file is a template
// bug, caught when pages are checked at start-up.
func (a *assets) URL(name string) (string, error) {
	h, ok := a.hashed[name]
	if !ok {
		return "", fmt.Errorf("no static file %q", name)
	}
	return "/static/" + h, nil
}

func (s *Server) static(c echo.Context) error {
	name := c.Param("*")
	logical, ok := s.assets.byHash[name]
	if !ok {
		return echo.ErrNotFound
	}
	ct := mime.TypeByExtension(path.Ext(logical))
	if path.Ext(logical) == ".woff2" {
		ct = "font/woff2" // not in Go's table, nor in every /etc/mime.types
	}
	if ct == "" {
		ct = "application/octet-stream"
	}
	c.Response().Header().Set("Cache-Control", "public, max-age=31536000, immutable")
	return c.Blob(http.StatusOK, ct, s.assets.files[logical])
}
