package benchling

import (
	"bytes"
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
// request allocates well under what two copies would (about 4 times the
// body, with the buffers' growth).
func TestRequestBodyHeldOnce(t *testing.T) {
	env := setupRaw(t)
	env.mux.HandleFunc("POST /assay-results", func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.Copy(io.Discard, r.Body)
		serveJSON(t, http.MethodPost, http.StatusOK, `{"assayResults": ["r1"], "errors": null}`)(w, r)
	})
	const size = 8 << 20
	big := strings.Repeat("x", size)
	items := []*AssayResultCreate{{SchemaID: "assaysch_1", Fields: AssayFieldsCreate{"notes": StringValue(big)}}}
	ctx := testCtx(t)
	if _, _, err := env.client.AssayResults.Create(ctx, items); err != nil { // warm the connection
		t.Fatal(err)
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	if _, _, err := env.client.AssayResults.Create(ctx, items); err != nil {
		t.Fatal(err)
	}
	runtime.ReadMemStats(&after)
	if got := after.TotalAlloc - before.TotalAlloc; got > 3*size {
		t.Errorf("a write of %d bytes of JSON allocated %d bytes (%.1fx): the body is copied", size, got, float64(got)/size)
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
