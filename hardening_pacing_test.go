package benchling

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// Issue 10, pacing: pacing waits for the window the server reports
// whatever the retry policy's backoffs, logs each wait, never serialises a
// tenant with budget to spare, and a response can end only the probe of
// its own request.

// TestPacingIsNotCappedByMaxBackoff: a policy with millisecond backoffs
// (as the benchlingtest docs recommend for fast tests) against a tenant
// allowing 3 requests per 400 ms window. Before, MaxBackoff capped the
// pacer's wait too, so requests went early, drew 429s and, retries
// spent, failed. Now each waits for the window and every call succeeds.
func TestPacingIsNotCappedByMaxBackoff(t *testing.T) {
	env := setupRaw(t, WithRetryPolicy(RetryPolicy{MaxRetries: 2, MinBackoff: time.Millisecond, MaxBackoff: 5 * time.Millisecond}))
	h := &rateLimitedHandler{limit: 3, window: 400 * time.Millisecond}
	env.mux.Handle("GET /things", h)
	for i := 0; i < 8; i++ {
		req, _ := env.client.NewRequest(testCtx(t), "GET", "things", nil)
		if _, err := env.client.Do(req, nil); err != nil {
			t.Fatalf("call %d: %v (429s so far: %d)", i, err, h.limit429.Load())
		}
	}
	if n := h.limit429.Load(); n > 2 {
		t.Errorf("the tenant throttled %d requests, want at most 2 (window boundaries on a loaded machine)", n)
	}
}

// TestPacingWaitIsLogged: each wait for the window is logged at debug
// level with its length.
func TestPacingWaitIsLogged(t *testing.T) {
	var logs syncBuffer
	logger := slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	env := setupRaw(t, WithLogger(logger))
	var h hits
	env.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if h.add() == 1 {
			w.Header().Set("x-rate-limit-limit", "10")
			w.Header().Set("x-rate-limit-remaining", "0")
			w.Header().Set("x-rate-limit-reset", "0.2")
		}
		relOK(t, w, r)
	})
	for i := 0; i < 2; i++ {
		if _, err := relCalls[0].call(testCtx(t), env.client); err != nil {
			t.Fatal(err)
		}
	}
	var line string
	for _, l := range strings.Split(logs.String(), "\n") {
		if strings.Contains(l, "benchling pacing wait") {
			line = l
		}
	}
	if !strings.Contains(line, "level=DEBUG") || !strings.Contains(line, "path=/aa-sequences/prtn_1") || !strings.Contains(line, "wait=") {
		t.Fatalf("no debug line for the pacing wait with its length:\n%s", logs.String())
	}
	_, after, _ := strings.Cut(line, "wait=")
	d, err := time.ParseDuration(strings.Fields(after)[0])
	if err != nil || d <= 0 || d > 200*time.Millisecond {
		t.Errorf("logged wait %q, want the (0, 200ms] left of the window", after)
	}
}

// TestFinal429SaysHowManyAttempts: a call still throttled when the policy
// gives up says how many attempts it made.
func TestFinal429SaysHowManyAttempts(t *testing.T) {
	env := setupRaw(t, relFast(), WithoutPacing())
	var h hits
	env.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		h.add()
		status(429)(t, w, r)
	})
	_, err := relCalls[2].call(testCtx(t), env.client)
	if !errors.Is(err, ErrRateLimited) || !strings.Contains(err.Error(), "after 4 attempts") {
		t.Fatalf("err = %v, want ErrRateLimited saying 4 attempts", err)
	}
	if h.n.Load() != 4 {
		t.Errorf("server saw %d requests, want 4", h.n.Load())
	}
}

// TestPacingWithBudgetNeverSerialises: a tenant with plenty of budget
// whose x-rate-limit-reset is 0, negative, NaN or tiny. Before, each
// response ended the window at once, the next request became the window's
// probe and the others waited for it: 100 concurrent GETs went one at a
// time. Now the budget left when a window passes carries over, and the
// requests overlap as much as without pacing.
func TestPacingWithBudgetNeverSerialises(t *testing.T) {
	for _, reset := range []string{"0", "-1", "NaN", "0.001", "0.000"} {
		t.Run("reset="+reset, func(t *testing.T) {
			env := setupRaw(t)
			var inFlight, peak atomic.Int32
			env.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
				n := inFlight.Add(1)
				for p := peak.Load(); n > p && !peak.CompareAndSwap(p, n); p = peak.Load() {
				}
				time.Sleep(20 * time.Millisecond)
				inFlight.Add(-1)
				w.Header().Set("x-rate-limit-limit", "100000")
				w.Header().Set("x-rate-limit-remaining", "99999") // full, or nearly
				w.Header().Set("x-rate-limit-reset", reset)
				relOK(t, w, r)
			})
			// The first call learns the budget.
			if _, err := relCalls[0].call(testCtx(t), env.client); err != nil {
				t.Fatal(err)
			}
			var wg sync.WaitGroup
			for i := 0; i < 100; i++ {
				wg.Add(1)
				go func() {
					defer wg.Done()
					if _, err := relCalls[0].call(testCtx(t), env.client); err != nil {
						t.Error(err)
					}
				}()
			}
			wg.Wait()
			// Without pacing the peak is typically 100 (the client's 100
			// goroutines); serialised it is 1. 10 leaves room for a loaded machine.
			if p := peak.Load(); p < 10 {
				t.Errorf("at most %d requests were in flight at once, want them to overlap (serialised: 1)", p)
			}
		})
	}
}

// TestPacerProbeIsEndedOnlyByItsRequest replays, step by step, the race
// seen on more than one CPU: request A is let through in a window; the
// window passes; B becomes the next window's probe; A then ends without
// teaching the budget. Before, A's end closed B's probe and marked the
// tenant unmetered, so pacing stopped probing (and the next window start
// drew a burst of 429s).
func TestPacerProbeIsEndedOnlyByItsRequest(t *testing.T) {
	now := time.Unix(1000, 0)
	p := &pacer{now: func() time.Time { return now }}
	ctx := testCtx(t)
	rl := func(remaining, reset string) *http.Response {
		return &http.Response{StatusCode: 200, Header: http.Header{
			"X-Rate-Limit-Remaining": {remaining}, "X-Rate-Limit-Reset": {reset}, "X-Rate-Limit-Limit": {"60"}}}
	}
	probe0, err := p.wait(ctx, nil) // the client's first request: a probe
	if err != nil || probe0 == nil {
		t.Fatalf("first request: probe %v, err %v; want a probe", probe0, err)
	}
	p.observe(rl("2", "1"))
	p.done(probe0, true)
	probeA1, _ := p.wait(ctx, nil) // A1 and A2 take the last requests of the window
	probeA2, _ := p.wait(ctx, nil)
	if probeA1 != nil || probeA2 != nil {
		t.Fatal("A1 and A2 should not be probes: the budget is known")
	}
	now = now.Add(2 * time.Second) // the window passes with the budget spent
	probeB, _ := p.wait(ctx, nil)
	if probeB == nil {
		t.Fatal("B should be the new window's probe")
	}
	p.done(probeA1, false) // A1 ends without a response
	p.done(probeA2, true)  // A2 with one without rate-limit headers
	p.mu.Lock()
	unmetered, open := p.unmetered, p.probe == probeB
	p.mu.Unlock()
	if unmetered || !open {
		t.Fatalf("after A1 and A2 ended: unmetered %v, B's probe open %v; want false, true", unmetered, open)
	}
	// C must wait for B's answer.
	short, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
	defer cancel()
	if _, err := p.wait(short, nil); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("C went while B's probe was out: err = %v", err)
	}
	// B's own response without headers ends the probe and marks the
	// tenant unmetered; C then goes.
	p.done(probeB, true)
	if probeC, err := p.wait(ctx, nil); err != nil || probeC != nil || !p.unmetered {
		t.Fatalf("after B: probe %v, err %v, unmetered %v; want no probe, no error, unmetered", probeC, err, p.unmetered)
	}
}

// TestPacerRaceOnManyCPUs runs the pacer under concurrent requests on 1,
// 2 and 4 CPUs against a tenant whose window is tiny and whose every
// response reports a budget (and run with -race). A tenant that always
// reports its budget must never be marked unmetered.
func TestPacerRaceOnManyCPUs(t *testing.T) {
	for _, cpus := range []int{1, 2, 4} {
		t.Run(fmt.Sprintf("cpu=%d", cpus), func(t *testing.T) {
			defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(cpus))
			p := newPacer(0)
			ctx := testCtx(t)
			var wg sync.WaitGroup
			var unmetered atomic.Int32
			var served atomic.Int64
			for g := 0; g < 8; g++ {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for i := 0; i < 200; i++ {
						probe, err := p.wait(ctx, nil)
						if err != nil {
							t.Error(err)
							return
						}
						n := served.Add(1)
						// Every 4th request ends without an answer (a
						// connection error); the others report a budget of
						// 2 with a window of 0.2 ms.
						if n%4 == 0 {
							p.done(probe, false)
						} else {
							p.observe(&http.Response{StatusCode: 200, Header: http.Header{
								"X-Rate-Limit-Remaining": {strconv.Itoa(int(n % 3))}, "X-Rate-Limit-Reset": {"0.0002"}}})
							p.done(probe, true)
						}
						p.mu.Lock()
						if p.unmetered {
							unmetered.Add(1)
						}
						p.mu.Unlock()
					}
				}()
			}
			wg.Wait()
			if n := unmetered.Load(); n != 0 {
				t.Errorf("the tenant was seen unmetered %d times, want never", n)
			}
			if p.inFlight != 0 {
				t.Errorf("inFlight = %d after every request ended, want 0", p.inFlight)
			}
		})
	}
}
