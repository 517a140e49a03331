package benchling

import (
	"os"
	"testing"

	"github.com/benchling-go/benchling/internal/leakcheck"
)

// TestMain runs the tests, then checks that no goroutine of the SDK or of
// a test is left behind (waiting up to 2 s for them to end).
func TestMain(m *testing.M) {
	os.Exit(leakcheck.Main(m.Run()))
}
