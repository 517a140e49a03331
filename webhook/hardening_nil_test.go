package webhook

import (
	"context"
	"net/http"
	"testing"
)

// TestNilInputsNeverPanic: the package's entry points answer nil and
// zero inputs with nil or an error, never a panic.
func TestNilInputsNeverPanic(t *testing.T) {
	calls := map[string]func(){
		"RawBody(nil)":        func() { _ = RawBody(nil) },
		"RawBody(empty)":      func() { _ = RawBody(&http.Request{}) },
		"Parse(nil)":          func() { _, _ = Parse(nil) },
		"NewVerifier nil opt": func() { _, _ = NewVerifier("app_1", nil, WithHTTPClient(nil)) },
		"zero Verifier": func() {
			var v Verifier
			_ = v.Verify(context.Background(), nil, nil)
		},
	}
	for name, call := range calls {
		func() {
			defer func() {
				if p := recover(); p != nil {
					t.Errorf("%s: panic: %v", name, p)
				}
			}()
			call()
		}()
	}
	if RawBody(nil) != nil {
		t.Error("RawBody(nil) is not nil")
	}
}
