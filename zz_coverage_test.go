package benchling

import (
	"flag"
	"fmt"
	"strings"
	"testing"
)

// TestCoverageReport runs last (its file sorts last) and reports which
// operations of the wrapped tags the tests above exercised through the
// SDK with a spec-valid request and a spec-valid 2xx response. It fails if
// any operation is not covered. It is skipped when tests are filtered with
// -run, since the report then says nothing.
func TestCoverageReport(t *testing.T) {
	if f := flag.Lookup("test.run"); f != nil && f.Value.String() != "" {
		t.Skip("tests are filtered with -run")
	}
	spec := loadSpec(t)
	if spec == nil {
		t.Skip("the OpenAPI spec is missing")
	}
	report, missing := coverageReport(spec)
	fmt.Print(report)
	t.Log("\n" + report)
	if len(missing) > 0 {
		t.Errorf("operations no test covers:\n  %s", strings.Join(missing, "\n  "))
	}
}
