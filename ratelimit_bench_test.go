package benchling

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync"
	"testing"
	"time"
)

// benchLimiter is a loopback Benchling tenant with Benchling's rate limit
// scaled down: limit requests per fixed window, the window starting with
// the first request after the previous one ended; x-rate-limit-* headers
// (reset in fractional seconds, as the scaled window is short) on every
// response, and a 429 with Benchling's body beyond the limit. Rejected
// requests count against the window, as they would on the real tenant.
type benchLimiter struct {
	limit   int
	window  time.Duration
	perList int // items in each list
	s       *benchServer

	mu          sync.Mutex
	first, last time.Time // start of the first and the current window
	used        int
	windows     int
	ok, limited int
}

func (l *benchLimiter) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	l.mu.Lock()
	now := time.Now()
	if l.last.IsZero() || now.Sub(l.last) >= l.window {
		if l.first.IsZero() {
			l.first = now
		}
		l.last, l.used = now, 0
		l.windows++
	}
	l.used++
	used, left := l.used, l.window-now.Sub(l.last)
	if used > l.limit {
		l.limited++
	} else {
		l.ok++
	}
	l.mu.Unlock()
	h := w.Header()
	h.Set("x-rate-limit-limit", strconv.Itoa(l.limit))
	h.Set("x-rate-limit-remaining", strconv.Itoa(max(l.limit-used, 0)))
	h.Set("x-rate-limit-reset", strconv.FormatFloat(left.Seconds(), 'f', 3, 64))
	if used > l.limit {
		h.Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusTooManyRequests)
		fmt.Fprint(w, `{"error":{"message":"Rate limit exceeded.","type":"invalid_request_error","userMessage":"Rate limit exceeded."}}`)
		return
	}
	page := benchPageOf(r.URL.Query().Get("nextToken"))
	tail := `]}`
	if (page+1)*l.s.pageSize < l.perList {
		tail = `],"nextToken":"` + benchToken(page+1) + `"}`
	}
	h.Set("Content-Type", "application/json")
	fmt.Fprint(w, benchListHead)
	_, _ = w.Write(l.s.items)
	fmt.Fprint(w, tail)
}

// BenchmarkBenchRateLimit lists items at the rate limit, with 1 and with 4
// goroutines sharing one client, with pacing on (the default) and off. It
// reports the throughput of successful requests as a fraction of the
// ceiling (limit per window, over the time from the first window's start
// to the last window's end), requests per second, the 429s drawn (count
// and percentage of requests sent) and the errors surfaced to the caller.
//
// Full size (BENCH_FULL=1): 20 requests per 1 s window, 20,000 items in
// pages of 100 = 200 requests, about 10 s per run. Otherwise (CI) 20 per
// 250 ms and 4,000 items.
func BenchmarkBenchRateLimit(b *testing.B) {
	limit, window, items := 20, 250*time.Millisecond, 4_000
	if benchFull() {
		window, items = time.Second, 20_000
	}
	for _, pacing := range []bool{true, false} {
		for _, goroutines := range []int{1, 4} {
			b.Run(fmt.Sprintf("pacing=%v/goroutines=%d", pacing, goroutines), func(b *testing.B) {
				s := &benchServer{items: benchPageItems(b, 100), pageSize: 100}
				var frac, rps, limited, pct, errs float64
				for range b.N {
					l := &benchLimiter{limit: limit, window: window, perList: items / goroutines, s: s}
					srv := httptest.NewServer(l)
					s.srv = srv
					// The client's backoff is scaled like the limit:
					// Benchling's window is 30 s and the default minimum
					// backoff 1 s.
					opts := []Option{WithRetryPolicy(RetryPolicy{MaxRetries: 5, MinBackoff: window / 30, MaxBackoff: window})}
					if !pacing {
						opts = append(opts, WithoutPacing())
					}
					c := s.client(b, opts...)
					var wg sync.WaitGroup
					var mu sync.Mutex
					got, failed := 0, 0
					start := time.Now()
					for range goroutines {
						wg.Add(1)
						go func() {
							defer wg.Done()
							n, e := 0, 0
							for _, err := range c.AaSequences.All(context.Background(), &AaSequenceListOptions{ListOptions: ListOptions{PageSize: 100}}) {
								if err != nil {
									e++
									continue
								}
								n++
							}
							mu.Lock()
							got, failed = got+n, failed+e
							mu.Unlock()
						}()
					}
					wg.Wait()
					elapsed := time.Since(start)
					c.retry.HTTPClient.CloseIdleConnections()
					srv.Close()
					if got != items && failed == 0 {
						b.Fatalf("listed %d items, want %d", got, items)
					}
					l.mu.Lock()
					span := l.last.Add(window).Sub(l.first)
					frac += float64(l.ok) / span.Seconds() / (float64(limit) / window.Seconds())
					rps += float64(l.ok) / elapsed.Seconds()
					limited += float64(l.limited)
					pct += 100 * float64(l.limited) / float64(l.ok+l.limited)
					l.mu.Unlock()
					errs += float64(failed)
				}
				n := float64(b.N)
				b.ReportMetric(frac/n, "ceiling-frac")
				b.ReportMetric(rps/n, "req/s")
				b.ReportMetric(limited/n, "429s")
				b.ReportMetric(pct/n, "429-pct")
				b.ReportMetric(errs/n, "errors")
			})
		}
	}
}

// TestBenchPacerFillsEachWindow checks that with pacing, goroutines sharing
// a client use each window's whole budget and draw no 429: after a window
// resets, one request learns the new budget before the others go.
func TestBenchPacerFillsEachWindow(t *testing.T) {
	s := &benchServer{items: []byte(`{"id":"prtn_1"}`), pageSize: 1}
	l := &benchLimiter{limit: 5, window: 100 * time.Millisecond, perList: 1, s: s}
	srv := httptest.NewServer(l)
	defer srv.Close()
	s.srv = srv
	c := s.client(t, WithRetryPolicy(RetryPolicy{MaxRetries: 5, MinBackoff: 5 * time.Millisecond, MaxBackoff: 100 * time.Millisecond}))
	var wg sync.WaitGroup
	var failed sync.Map
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 10 {
				if _, _, err := c.AaSequences.List(testCtx(t), nil); err != nil {
					failed.Store(g, err)
				}
			}
		}()
	}
	wg.Wait()
	c.retry.HTTPClient.CloseIdleConnections()
	failed.Range(func(k, v any) bool { t.Errorf("goroutine %v: %v", k, v); return true })
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.limited != 0 {
		t.Errorf("%d 429s with pacing, want 0", l.limited)
	}
	if l.ok != 40 {
		t.Errorf("%d requests answered, want 40", l.ok)
	}
	// 40 requests at 5 per window fill exactly 8 windows.
	if l.windows != 8 {
		t.Errorf("the requests took %d windows, want 8: windows were not filled", l.windows)
	}
}
