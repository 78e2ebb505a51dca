// Command hocviet is the whole product: web server, database tools and
// question-bank tools, as subcommands.
package main

import (
	"os"

	"hocviet/internal/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
