// Package cli is the command line of the hocviet binary: one function per
// subcommand, each taking its arguments and streams so tests can call it.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"
)

// version is set at build time with -ldflags "-X hocviet/internal/cli.version=...".
var version = ""

// Version is the build's version: the ldflags value, else the VCS revision.
func Version() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok {
		rev, dirty := "", false
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.modified":
				dirty = s.Value == "true"
			}
		}
		if len(rev) > 12 {
			rev = rev[:12]
		}
		if rev != "" {
			if dirty {
				rev += "-dirty"
			}
			return "dev-" + rev
		}
	}
	return "dev"
}

type command struct {
	name, summary string
	run           func(args []string, stdin io.Reader, stdout, stderr io.Writer) int
}

func commands() []command {
	return []command{
		{"serve", "start the web server", runServe},
		{"migrate", "apply database migrations", runMigrate},
		{"backup", "copy the database while serving, and check the copy", runBackup},
		{"restore", "put a backup in place of a database not in use", runRestore},
		{"user", "add accounts, import candidates, reset passwords", runUser},
		{"bank", "lint, import, export question banks", runBank},
		{"exam", "regrade exams", runExam},
		{"i18n", "export the UI's translations for review, import the reviewed sheet", runI18n},
		{"loadtest", "simulate an exam day against a server and check nothing was lost", runLoadtest},
		{"viet", "check, compare, normalise Vietnamese; decode Telex/VNI", func(a []string, _ io.Reader, o, e io.Writer) int { return runViet(a, o, e) }},
		{"tone", "analyse the tones of a recording; evaluate on synthetic speech", func(a []string, _ io.Reader, o, e io.Writer) int { return runTone(a, o, e) }},
		{"version", "print the version", func(_ []string, _ io.Reader, out, _ io.Writer) int {
			fmt.Fprintln(out, "hocviet", Version())
			return 0
		}},
	}
}

// Main runs one subcommand and returns the process exit code: 0 ok, 1 the
// command failed, 2 it was called wrongly.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(args[1:], stdin, stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "hocviet: unknown command %q\n\n", args[0])
	usage(stderr)
	return 2
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: hocviet <command> [flags]\n\ncommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
}

// newFlags makes a FlagSet that reports to stderr and does not exit.
func newFlags(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("hocviet "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return fs
}

// parse returns the exit code for a bad command line, or -1 to go on.
func parse(fs *flag.FlagSet, args []string) int {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	return -1
}

func env(name, def string) string {
	if v, ok := os.LookupEnv(name); ok {
		return v
	}
	return def
}

func envBool(name string) bool {
	switch strings.ToLower(os.Getenv(name)) {
	case "1", "true", "yes", "on":
		return true
	}
	return false
}

func fail(stderr io.Writer, err error) int {
	fmt.Fprintln(stderr, "hocviet:", err)
	return 1
}
