package benchling

import (
	"fmt"
	"net/http"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// rateLimitedHandler enforces limit requests per window, sending Benchling's
// x-rate-limit-* headers on every response and a 429 beyond the limit.
type rateLimitedHandler struct {
	mu           sync.Mutex
	limit        int
	window       time.Duration
	start        time.Time
	used         int
	ok, limit429 atomic.Int32
}

func (h *rateLimitedHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h.mu.Lock()
	now := time.Now()
	if h.start.IsZero() || now.Sub(h.start) >= h.window {
		h.start, h.used = now, 0
	}
	h.used++
	used := h.used
	left := h.window - now.Sub(h.start)
	h.mu.Unlock()
	w.Header().Set("x-rate-limit-limit", strconv.Itoa(h.limit))
	w.Header().Set("x-rate-limit-remaining", strconv.Itoa(max(h.limit-used, 0)))
	w.Header().Set("x-rate-limit-reset", strconv.FormatFloat(left.Seconds(), 'f', 3, 64))
	if used > h.limit {
		h.limit429.Add(1)
		w.WriteHeader(http.StatusTooManyRequests)
		fmt.Fprint(w, `{"error":{"message":"Rate limit exceeded.","type":"invalid_request_error","userMessage":"Rate limit exceeded."}}`)
		return
	}
	h.ok.Add(1)
	fmt.Fprint(w, `{}`)
}

func TestPacingWaitsInsteadOfDrawing429(t *testing.T) {
	for _, pacing := range []bool{true, false} {
		t.Run(fmt.Sprintf("pacing=%v", pacing), func(t *testing.T) {
			opts := []Option{WithRetryPolicy(RetryPolicy{MaxRetries: 10, MinBackoff: 5 * time.Millisecond, MaxBackoff: 300 * time.Millisecond})}
			if !pacing {
				opts = append(opts, WithoutPacing())
			}
			env := setupRaw(t, opts...)
			h := &rateLimitedHandler{limit: 5, window: 300 * time.Millisecond}
			env.mux.Handle("GET /things", h)
			var wg sync.WaitGroup
			var failed atomic.Int32
			for g := 0; g < 4; g++ {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for i := 0; i < 5; i++ {
						req, _ := env.client.NewRequest(testCtx(t), "GET", "things", nil)
						if _, err := env.client.Do(req, nil); err != nil {
							failed.Add(1)
						}
					}
				}()
			}
			wg.Wait()
			if failed.Load() != 0 {
				t.Errorf("%d requests failed", failed.Load())
			}
			if h.ok.Load() != 20 {
				t.Errorf("server answered %d requests, want 20", h.ok.Load())
			}
			t.Logf("pacing=%v: %d 429s", pacing, h.limit429.Load())
			if pacing && h.limit429.Load() > 2 {
				t.Errorf("with pacing the server sent %d 429s, want at most 2", h.limit429.Load())
			}
			if !pacing && h.limit429.Load() == 0 {
				t.Errorf("without pacing the server sent no 429: the test does not exercise the limit")
			}
		})
	}
}

func TestPacerUnit(t *testing.T) {
	now := time.Unix(1000, 0)
	p := &pacer{now: func() time.Time { return now }}
	resp := func(remaining, reset string, status int) *http.Response {
		return &http.Response{StatusCode: status, Header: http.Header{
			"X-Rate-Limit-Remaining": {remaining}, "X-Rate-Limit-Reset": {reset}, "X-Rate-Limit-Limit": {"60"}}}
	}
	ctx := testCtx(t)
	// Unknown budget: requests go.
	probe, err := p.wait(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	p.observe(resp("2", "10", 200))
	p.done(probe, true)
	if !p.known || p.remaining != 2 || !p.resetAt.Equal(now.Add(10*time.Second)) {
		t.Fatalf("after first response: %+v", p)
	}
	// Two more may go; the third must wait for the reset.
	for i := 0; i < 2; i++ {
		if _, err := p.wait(ctx, nil); err != nil {
			t.Fatal(err)
		}
	}
	if p.remaining != 0 {
		t.Fatalf("remaining = %d, want 0", p.remaining)
	}
	short, cancel := contextWithTimeout(ctx, 20*time.Millisecond)
	defer cancel()
	if _, err := p.wait(short, nil); err == nil {
		t.Fatal("wait with a spent budget returned before the reset")
	}
	// Once the window has passed, requests go again.
	now = now.Add(11 * time.Second)
	if _, err := p.wait(ctx, nil); err != nil {
		t.Fatal(err)
	}
	// A 429 empties the budget until Retry-After.
	p.observe(resp("5", "1", 429))
	if p.remaining != 0 {
		t.Errorf("after a 429 remaining = %d, want 0", p.remaining)
	}
}
