package benchlingtest

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSplitData64 checks the fast path of blob bodies: the data64 text is
// found and cut out wherever it sits, and any body it cannot handle falls
// back to the usual decoding.
func TestSplitData64(t *testing.T) {
	for _, tc := range []struct {
		body, text string
		rest       map[string]any // nil: no fast path
	}{
		{`{"data64":"aGVsbG8=","md5":"x","partNumber":1}`, "aGVsbG8=", map[string]any{"md5": "x", "partNumber": 1.0}},
		{`{"md5":"x", "data64" : "aGVs" }`, "aGVs", map[string]any{"md5": "x"}},
		{`{"partNumber":2,"data64":"","md5":"x"}`, "", map[string]any{"partNumber": 2.0, "md5": "x"}},
		{`{"data64":"aGVs"}`, "aGVs", map[string]any{}},
		{`{"nested":{"data64":"no"},"data64":"yes"}`, "yes", map[string]any{"nested": map[string]any{"data64": "no"}}},
		{`{"name":"data64","data64":"ok"}`, "ok", map[string]any{"name": "data64"}},
		{`{"data64":"aGVs\/"}`, "", nil},      // an escape: the slow way
		{`{"data64":12}`, "", nil},            // not a string: the schema check says so
		{`{"md5":"x"}`, "", nil},              // missing: the schema check says so
		{`["data64","x"]`, "", nil},           // not an object
		{`{"a":"\"data64\":\"x\""}`, "", nil}, // inside a string
	} {
		text, rest, ok := splitData64([]byte(tc.body))
		if ok != (tc.rest != nil) {
			t.Errorf("%s: fast path %v", tc.body, ok)
			continue
		}
		if !ok {
			continue
		}
		var got map[string]any
		if err := json.Unmarshal(rest, &got); err != nil {
			t.Errorf("%s: the rest %q is not JSON: %v", tc.body, rest, err)
			continue
		}
		if string(text) != tc.text || cmp.Diff(tc.rest, got) != "" {
			t.Errorf("%s: text %q, rest %s", tc.body, text, rest)
		}
	}
}
