// Package e2e holds end-to-end tests: the whole hocviet app on port 0 with a
// temporary database, driven over HTTP and through headless Chromium.
package e2e
