// Package e2e holds end-to-end tests: the whole hocviet app on port 0 with a
// temporary database, driven over HTTP and through headless Chromium.
//
// The tests run in parallel (TestMain sets -parallel 4 unless given): each
// has its own server and database, copied from one demo template per
// `go test` run (demo.SharedTemplate) or built small by the test. One
// Chromium per kind of microphone (none, a long sentence, the tone test's
// reading) serves every test, each in a tab of its own browser context
// (harness_test.go).
package e2e
