package tools

import (
	"maps"
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"

	"github.com/benchling-go/benchling/internal/schemagen"
	"github.com/benchling-go/benchling/tools/internal/naming"
)

// TestSchemagenNamingIsTheRule: benchling-schemagen names Go identifiers
// with its own copy of CONTRIBUTING.md §1.1's rule (the root module cannot
// import the tools module's naming package); on every name of the spec
// (schemas, properties, parameters, enum values, tags) and on display
// names, it gives what naming.GoName gives.
func TestSchemagenNamingIsTheRule(t *testing.T) {
	spec := loadSpec(t)
	names := map[string]bool{}
	for name, ref := range spec.Doc.Components.Schemas {
		names[name] = true
		if ref.Value == nil {
			continue
		}
		for prop := range ref.Value.Properties {
			names[prop] = true
		}
		for _, e := range ref.Value.Enum {
			if s, ok := e.(string); ok {
				names[s] = true
			}
		}
	}
	for _, item := range spec.Doc.Paths.Map() {
		for _, op := range item.Operations() {
			for _, tag := range op.Tags {
				names[tag] = true
			}
			for _, p := range op.Parameters {
				if p.Value != nil {
					names[p.Value.Name] = true
				}
			}
		}
	}
	for w := range naming.Initialisms {
		names[w] = true
		names["my "+w+" field"] = true
	}
	for _, n := range []string{"Copy Number", "Cell-line (HEK)", "OD600", "pH", "µL", "96-well Plate", "名前", "Größe", "E. coli", "---"} {
		names[n] = true
	}
	if len(names) < 1000 {
		t.Fatalf("only %d names read from the spec", len(names))
	}
	bad := 0
	for _, n := range slices.Sorted(maps.Keys(names)) {
		if got, want := schemagen.GoName(n), naming.GoName(n); got != want {
			if bad++; bad <= 20 {
				t.Errorf("schemagen.GoName(%q) = %q, naming.GoName = %q", n, got, want)
			}
		}
	}
}

// TestSchemagenDependencies: the command benchling-schemagen imports only
// the standard library, the SDK, benchlingtest and its own internal
// package, so that go run ...@latest adds no module to anyone's graph
// beyond the SDK's.
func TestSchemagenDependencies(t *testing.T) {
	list := func(format string) []string {
		t.Helper()
		cmd := exec.Command("go", "list", "-deps", "-f", format, "./cmd/benchling-schemagen")
		cmd.Dir = repoRoot
		cmd.Env = append(os.Environ(), "GOWORK=off")
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("go list: %v", err)
		}
		return strings.Fields(string(out))
	}
	var modules []string
	for _, m := range list("{{if not .Standard}}{{with .Module}}{{.Path}}{{end}}{{end}}") {
		if !slices.Contains(modules, m) {
			modules = append(modules, m)
		}
	}
	if !slices.Contains(modules, "github.com/benchling-go/benchling") {
		t.Fatalf("go list found modules %v, without the SDK's", modules)
	}
	for _, m := range modules {
		if !slices.Contains(consumerAllowed, m) || m == "github.com/google/go-cmp" {
			t.Errorf("benchling-schemagen depends on module %s, which is not the SDK's", m)
		}
	}
	cmd := exec.Command("go", "list", "-f", "{{join .Imports \" \"}}", "./cmd/benchling-schemagen", "./internal/schemagen")
	cmd.Dir = repoRoot
	cmd.Env = append(os.Environ(), "GOWORK=off")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	for _, imp := range strings.Fields(string(out)) {
		if strings.Contains(strings.SplitN(imp, "/", 2)[0], ".") && !slices.Contains([]string{
			"github.com/benchling-go/benchling", "github.com/benchling-go/benchling/benchlingtest", "github.com/benchling-go/benchling/internal/schemagen",
		}, imp) {
			t.Errorf("benchling-schemagen imports %s", imp)
		}
	}
}
