package tools

import (
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// TestSchemagenDependencies: the command benchling-schemagen imports only
// the standard library, the SDK, benchlingtest and its own internal
// packages (schemagen, naming), so that go run ...@latest adds no module
// to anyone's graph beyond the SDK's.
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
			"github.com/benchling-go/benchling/internal/naming",
		}, imp) {
			t.Errorf("benchling-schemagen imports %s", imp)
		}
	}
}
