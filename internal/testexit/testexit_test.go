package testexit

import (
	"errors"
	"os"
	"os/exec"
	"strconv"
	"testing"
)

// TestMain lets the test binary play the child of TestExitStatus.
func TestMain(m *testing.M) {
	if c := os.Getenv("TESTEXIT_CODE"); c != "" {
		code, _ := strconv.Atoi(c)
		go func() { select {} }() // a goroutine still alive at exit
		Exit(code)
	}
	Main(m)
}

// TestExitStatus: the status the binary ends with is the one given, 0 or
// not, with goroutines still running.
func TestExitStatus(t *testing.T) {
	for _, code := range []int{0, 1, 3} {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), "TESTEXIT_CODE="+strconv.Itoa(code))
		err := cmd.Run()
		got := 0
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			got = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		if got != code {
			t.Errorf("Exit(%d): the binary ended with %d", code, got)
		}
	}
}
