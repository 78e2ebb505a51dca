package app

import (
	"testing"

	"hocviet/internal/testexit"
)

// TestMain skips the race detector's one-second wait at exit (testexit).
func TestMain(m *testing.M) { testexit.Main(m) }
