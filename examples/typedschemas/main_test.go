package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/benchling-go/benchling/internal/schemagen"
)

// TestTypedSchemasOnFake runs the example: typed creates and reads of a
// custom entity, DNA sequences, an assay result and run, a notebook entry,
// workflow tasks and outputs, an update, typed filters and an error naming
// the fields that do not fit.
func TestTypedSchemasOnFake(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	var out bytes.Buffer
	if err := run(ctx, &out); err != nil {
		t.Fatalf("run: %v\n%s", err, out.String())
	}
	text := out.String()
	first, _, _ := strings.Cut(text, "\n")
	if !strings.Contains(first, "built-in fake Benchling tenant") {
		t.Errorf("first line %q does not say it runs on the fake tenant", first)
	}
	for _, want := range []string{
		`is "Plasmid", with 24 fields`,
		`Created custom entity bfi_`, `"HEK293T clone 7": Host = HEK293 (option sfs_`,
		`as a schemas.Plasmid:`,
		`Verified=true Resistance=Kanamycin CopyNumber=20 Concentration=125.5 Tags=[cloning kan]`,
		`ClonedOn=2024-02-28 LastSequenced=2024-03-01T09:30:00Z Metadata={"lot":"L-17"}`,
		`: true; HostCellLine is bfi_`, `: true; Notes unset: true`,
		"Updated CopyNumber to 50; Resistance is still sfs_",
		"Plasmids with CopyNumber >= 10 and Resistance Kanamycin:\n  seq_", " pUC19-kan\nPlasmids with CopyNumber from 1 to 10:\n  seq_",
		" pBR322\n  seq_", " pUC19-amp\n",
		`Assay result of "Plate Reader Result": OD600 = 0.42, Sample is GFP: true`,
		`Assay run of "Plate Reader Run": Instrument = SpectraMax M5`,
		`Entry "Clone pUC19-kan" links to 2 plasmids: true`,
		"Purification tasks with a yield of at least 2 mg:\n  PURG1-T1: Yield = 3.5\n",
		"Purification outputs with a mass of at most 1 mg:\n  PURG1-O2 of PURG1-T2: Mass = 0.625, Concentration = 0.8\n\n",
		`field "Copy Number" (integer): 2.5 is not an integer; field "Verified" (boolean): required field has no value`,
		"a missing required field: true; a value of the wrong type: true",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("output lacks %q:\n%s", want, text)
		}
	}
	if !strings.Contains(text, "Backbone is seq_") || strings.Contains(text, ": false") {
		t.Errorf("a link did not come back:\n%s", text)
	}
}

// TestGeneratedPackageIsCurrent regenerates package schemas from the fake
// tenant, as its go:generate line does, and checks that the committed
// file is what the generator writes today.
func TestGeneratedPackageIsCurrent(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join("schemas", "doc.go"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(doc, []byte("\n//go:generate go run ../../../cmd/benchling-schemagen -fake -kinds all -o schemas_gen.go\n")) {
		t.Fatal("schemas/doc.go's go:generate line is not the one this test repeats")
	}
	c, stop, err := schemagen.StartFake()
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	src, err := schemagen.Load(ctx, c, schemagen.FakeTenant, schemagen.Selection{Kinds: schemagen.KindNames()})
	if err != nil {
		t.Fatal(err)
	}
	want, err := schemagen.Generate(src, schemagen.Options{Package: "schemas"})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("schemas", "schemas_gen.go")
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if d := schemagen.Diff(path, "generated now", got, want); d != "" {
		t.Errorf("%s is stale; run go generate ./examples/typedschemas/...:\n%s", path, d)
	}
}
