package tools

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/benchling-go/benchling/internal/leakcheck"
	"github.com/benchling-go/benchling/tools/internal/spectest"
)

// update makes the tests that check generated files (the README's coverage
// table, the spec fixtures under ../testdata/spec) rewrite them instead.
var update = flag.Bool("update", false, "rewrite the generated files instead of checking them")

// repoRoot is the root module's directory, relative to this package.
const repoRoot = ".."

// TestMain runs the tests, then checks that no goroutine is left behind.
func TestMain(m *testing.M) {
	os.Exit(leakcheck.Main(m.Run()))
}

// loadSpec returns the official spec. When the spec file is missing it
// skips the test, unless CI is "true", in which case it fails it.
func loadSpec(t testing.TB) *spectest.Spec {
	t.Helper()
	return spectest.Load(t)
}

// readRoot returns the content of a file of the root module.
func readRoot(t testing.TB, elem ...string) []byte {
	t.Helper()
	b, err := os.ReadFile(rootPath(elem...))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// rootPath returns a path in the root module.
func rootPath(elem ...string) string {
	return filepath.Join(append([]string{repoRoot}, elem...)...)
}
