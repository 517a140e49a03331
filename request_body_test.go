package benchling

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestRequestBodyHeldOnce: a large write's JSON is encoded once and sent
// from that buffer, not read into a second copy for the retry loop: the
// SDK allocates no more than a hand-written request that encodes the same
// body with json.Encoder and posts it from a bytes.Reader: a second copy
// would add at least the body's size (its growth to about twice that).
func TestRequestBodyHeldOnce(t *testing.T) {
	env := setupRaw(t)
	env.mux.HandleFunc("POST /assay-results", func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.Copy(io.Discard, r.Body)
		serveJSON(t, http.MethodPost, http.StatusOK, `{"assayResults": ["r1"], "errors": null}`)(w, r)
	})
	const size = 8 << 20
	items := []*AssayResultCreate{{SchemaID: "assaysch_1", Fields: AssayFieldsCreate{"notes": StringValue(strings.Repeat("x", size))}}}
	ctx := testCtx(t)
	sdk := func() {
		if _, _, err := env.client.AssayResults.Create(ctx, items); err != nil {
			t.Fatal(err)
		}
	}
	hc := &http.Client{}
	floor := func() {
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(assayResultsBulkCreateRequest{AssayResults: items}); err != nil {
			t.Fatal(err)
		}
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, env.server.URL+"/api/v2/assay-results", bytes.NewReader(buf.Bytes()))
		req.Header.Set("Content-Type", "application/json")
		resp, err := hc.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		_, _ = io.Copy(io.Discard, resp.Body)
		_ = resp.Body.Close()
	}
	allocated := func(f func()) float64 { // the least of a few runs: other tests' use of encoding/json's pool only adds
		least := 0.0
		for i := range 9 {
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			f()
			runtime.ReadMemStats(&after)
			if n := float64(after.TotalAlloc - before.TotalAlloc); i == 0 || n < least {
				least = n
			}
		}
		return least
	}
	sdk() // warm the connections
	floor()
	s, f := allocated(sdk), allocated(floor)
	if s-f > size/2 {
		t.Errorf("a write of %d bytes of JSON allocated %.0f bytes, %.0f more than the hand-written request: the body is copied", size, s, s-f)
	}
}

// TestRequestBodyResentWhole: a write retried after a 429 sends the same
// whole body, with its Content-Length, on every attempt.
func TestRequestBodyResentWhole(t *testing.T) {
	env := setup(t, WithRetryPolicy(RetryPolicy{MaxRetries: 3, MinBackoff: time.Millisecond, MaxBackoff: 2 * time.Millisecond}), WithoutPacing())
	var mu sync.Mutex
	var bodies [][]byte
	env.mux.HandleFunc("POST /assay-runs", func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		mu.Lock()
		bodies = append(bodies, b)
		n := len(bodies)
		mu.Unlock()
		if r.ContentLength != int64(len(b)) {
			t.Errorf("attempt %d: Content-Length %d for %d bytes", n, r.ContentLength, len(b))
		}
		if n < 3 {
			w.Header().Set("Retry-After", "0")
			serveJSON(t, http.MethodPost, http.StatusTooManyRequests, `{"error": {"type": "invalid_request_error", "message": "Rate limit exceeded."}}`)(w, r)
			return
		}
		serveJSON(t, http.MethodPost, http.StatusOK, `{"assayRuns": ["r1"], "errors": null}`)(w, r)
	})
	if _, _, err := env.client.AssayRuns.Create(testCtx(t), []*AssayRunCreate{{SchemaID: "assaysch_1", Fields: Fields{"n": {Value: NumberValue(1)}}}}); err != nil {
		t.Fatal(err)
	}
	if len(bodies) != 3 || len(bodies[0]) == 0 || !bytes.Equal(bodies[0], bodies[1]) || !bytes.Equal(bodies[0], bodies[2]) {
		t.Errorf("attempts' bodies: %q", bodies)
	}
}
