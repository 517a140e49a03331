package benchling

import (
	"flag"
	"fmt"
	"os"
	"testing"

	"github.com/benchling-go/benchling/internal/spectest"
	"go.uber.org/goleak"
)

// TestMain runs the tests, then checks that no goroutine is left behind
// and prints the spec coverage report: which operations of the wrapped
// tags the tests exercised with spec-valid requests and responses.
func TestMain(m *testing.M) {
	flag.Parse()
	code := m.Run()
	if code == 0 {
		if err := goleak.Find(); err != nil {
			fmt.Fprintf(os.Stderr, "goroutines left behind: %v\n", err)
			code = 1
		}
	}
	if code == 0 && flag.Lookup("test.run").Value.String() == "" {
		if _, err := os.Stat(spectest.SpecPath()); err == nil {
			report, missing := coverageReport(spectest.Load(nopTB{}))
			fmt.Print(report)
			if os.Getenv("BENCHLING_REQUIRE_COVERAGE") != "" && len(missing) > 0 {
				fmt.Fprintf(os.Stderr, "operations no test covers:\n")
				for _, m := range missing {
					fmt.Fprintf(os.Stderr, "  %s\n", m)
				}
				code = 1
			}
		}
	}
	os.Exit(code)
}

// nopTB lets TestMain load the spec outside a test.
type nopTB struct{ testing.TB }

func (nopTB) Helper()               {}
func (nopTB) Fatalf(string, ...any) { panic("spectest: cannot load the spec") }
func (nopTB) Skipf(string, ...any)  {}
func (nopTB) Skip(...any)           {}
func (nopTB) Logf(string, ...any)   {}
func (nopTB) Fatal(...any)          { panic("spectest: cannot load the spec") }
func (nopTB) Errorf(string, ...any) {}
func (nopTB) Cleanup(func())        {}
