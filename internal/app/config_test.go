package app

import (
	"strings"
	"testing"
)

// A bcrypt cost outside what bcrypt accepts is refused before anything
// opens (bcrypt would silently use 10 below 4, and fail at the first
// password above 31); 0 keeps bcrypt's default.
func TestValidateBcryptCost(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		cost    int
		wantErr string
	}{
		{0, ""}, {4, ""}, {10, ""}, {31, ""},
		{3, "bcrypt cost 3"}, {-1, "bcrypt cost -1"}, {32, "bcrypt cost 32"},
	} {
		c := Config{DBPath: "x.db", Addr: "127.0.0.1:0", BcryptCost: tc.cost}
		err := c.Validate()
		if tc.wantErr == "" && err != nil || tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)) {
			t.Errorf("cost %d: error %v, want %q", tc.cost, err, tc.wantErr)
		}
	}
}
