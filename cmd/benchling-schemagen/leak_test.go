package main

import (
	"os"
	"testing"

	"github.com/benchling-go/benchling/internal/leakcheck"
)

// TestMain runs the tests, then checks that no goroutine of the package or
// of a test (a fake tenant left running, say) is left behind.
func TestMain(m *testing.M) {
	os.Exit(leakcheck.Main(m.Run()))
}
