//go:build go1.27 && goexperiment.jsonv2

package benchling

// encoding/json/v2 measured against the v1 API in the same loop, decoding
// the benchmark list page (100 AA sequences) into the SDK's structs. Built
// where encoding/json/v2 exists: Go 1.27 (on by default) or Go 1.25/1.26
// with GOEXPERIMENT=jsonv2. In both, the v1 API itself runs on the v2
// engine; compare BenchmarkBenchJSONPageV1 across toolchains for the
// classic engine (see BENCHMARKS.md).

import (
	"bytes"
	"encoding/json"
	jsonv2 "encoding/json/v2"
	"testing"
)

func benchJSONPage(tb testing.TB) []byte {
	return append(append([]byte(benchListHead), benchPageItems(tb, 100)...), `],"nextToken":"`+benchToken(1)+`"}`...)
}

// BenchmarkBenchJSONv2Page: x-floor is v2's time over v1's.
// v1opts: jsonv2.UnmarshalRead with json.DefaultOptionsV1() (the same
// semantics as v1); v2default: v2's own defaults (case-sensitive names,
// duplicate names and invalid UTF-8 rejected), for reference.
func BenchmarkBenchJSONv2Page(b *testing.B) {
	page := benchJSONPage(b)
	v1 := func() error {
		var p floorPage
		return json.NewDecoder(bytes.NewReader(page)).Decode(&p)
	}
	b.Run("v1opts", func(b *testing.B) {
		benchPair(b, v1, func() error {
			var p floorPage
			return jsonv2.UnmarshalRead(bytes.NewReader(page), &p, json.DefaultOptionsV1())
		})
	})
	b.Run("v2default", func(b *testing.B) {
		benchPair(b, v1, func() error {
			var p floorPage
			return jsonv2.UnmarshalRead(bytes.NewReader(page), &p)
		})
	})
}

// TestBenchJSONv2PageMatchesV1 checks that the sides of
// BenchmarkBenchJSONv2Page decode the page to equal values.
func TestBenchJSONv2PageMatchesV1(t *testing.T) {
	page := benchJSONPage(t)
	var a, b, c floorPage
	if err := json.Unmarshal(page, &a); err != nil {
		t.Fatal(err)
	}
	if err := jsonv2.Unmarshal(page, &b, json.DefaultOptionsV1()); err != nil {
		t.Fatal(err)
	}
	if err := jsonv2.Unmarshal(page, &c); err != nil {
		t.Fatal(err)
	}
	if len(a.AaSequences) != 100 || a.NextToken == "" {
		t.Fatalf("page decoded to %d items, token %q", len(a.AaSequences), a.NextToken)
	}
	for i := range a.AaSequences {
		if !benchEqual(t, a.AaSequences[i], b.AaSequences[i]) || !benchEqual(t, a.AaSequences[i], c.AaSequences[i]) {
			t.Fatalf("item %d decodes differently", i)
		}
	}
}
