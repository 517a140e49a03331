package tools

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/benchling-go/benchling/tools/internal/specfixtures"
)

// specQuirks are fixtures that cannot match their schema because the spec
// contradicts itself: the problem expected, and why.
var specQuirks = map[string]struct{ problem, why string }{
	"createRequest.request.json": {`"samples" is missing`, "RequestCreate requires samples, which none of its parts declares"},
}

// TestSpecFixtures checks that the root module's spec fixtures
// (../testdata/spec, one per operation and 2xx status, one per request
// body, one per branch of each polymorphic schema) are what
// cmd/specfixtures makes of the spec, and that each matches its schema
// strictly. -update rewrites them.
func TestSpecFixtures(t *testing.T) {
	spec := loadSpec(t)
	fs, skipped, err := specfixtures.Generate(spec)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range skipped {
		t.Logf("no fixture for %s", s)
	}
	examples := 0
	for _, f := range fs {
		var v any
		if err := json.Unmarshal(f.Data, &v); err != nil {
			t.Errorf("%s: %v", f.Name, err)
			continue
		}
		if err := specfixtures.Check(f.Schema, v, f.Request); err != nil {
			if why, ok := specQuirks[f.Name]; ok && strings.Contains(err.Error(), why.problem) {
				continue
			}
			t.Errorf("%s (%s) does not match its schema: %v", f.Name, f.Source, err)
		}
		if f.Source == "example" {
			examples++
		}
	}
	t.Logf("%d fixtures, %d of them the spec's examples", len(fs), examples)
	dir := rootPath("testdata", "spec")
	if *update {
		if err := specfixtures.Write(dir, fs); err != nil {
			t.Fatal(err)
		}
		t.Logf("rewrote %s", dir)
		return
	}
	stale, err := specfixtures.Stale(dir, fs)
	if err != nil {
		t.Fatal(err)
	}
	if len(stale) > 0 {
		if len(stale) > 20 {
			stale = append(stale[:20], "...")
		}
		t.Errorf("testdata/spec is stale; regenerate it with: cd tools && go run ./cmd/specfixtures\n  %s", strings.Join(stale, "\n  "))
	}
}
