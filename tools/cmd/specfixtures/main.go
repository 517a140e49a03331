// Command specfixtures writes the spec fixtures of the root module's tests,
// ../testdata/spec (see package specfixtures), from Benchling's OpenAPI
// spec ($BENCHLING_OPENAPI_SPEC, else ../shared/benchling-openapi.yaml
// relative to the root module). Run it in the tools module:
//
//	go run ./cmd/specfixtures
//
// (go test -run TestSpecFixtures -update . does the same.)
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/benchling-go/benchling/tools/internal/specfixtures"
	"github.com/benchling-go/benchling/tools/internal/spectest"
)

func main() {
	dir := flag.String("dir", "../testdata/spec", "the directory to write the fixtures to")
	flag.Parse()
	spec, err := spectest.LoadFile(spectest.SpecPath())
	if err == nil {
		var fs []specfixtures.Fixture
		if fs, _, err = specfixtures.Generate(spec); err == nil {
			err = specfixtures.Write(*dir, fs)
			if err == nil {
				fmt.Printf("wrote %d fixtures to %s\n", len(fs), *dir)
			}
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "specfixtures:", err)
		os.Exit(1)
	}
}
