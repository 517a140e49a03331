// Command webhookgen writes webhook/events_gen.go from the webhooks block of
// Benchling's v3 OpenAPI specification (see package eventgen). Run it
// through go generate (webhook/envelope.go runs it from this module with
// go run -C ../tools):
//
//	go generate ./webhook
//
// The specification is read from $BENCHLING_V3_OPENAPI_SPEC, else
// ../shared/benchling-v3-openapi.yaml relative to the module root.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/benchling-go/benchling/tools/internal/eventgen"
	"github.com/benchling-go/benchling/tools/internal/v3spec"
)

func main() {
	spec := flag.String("spec", v3spec.Path(), "path of the v3 OpenAPI specification")
	out := flag.String("out", "events_gen.go", "output file")
	flag.Parse()
	if err := run(*spec, *out); err != nil {
		fmt.Fprintln(os.Stderr, "webhookgen:", err)
		os.Exit(1)
	}
}

func run(spec, out string) error {
	doc, err := v3spec.LoadFile(spec)
	if err != nil {
		return err
	}
	src, err := eventgen.Generate(doc)
	if err != nil {
		return err
	}
	return os.WriteFile(out, src, 0o644)
}
