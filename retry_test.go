package benchling

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/hashicorp/go-retryablehttp"
)

// fastRetries retries quickly, so retry tests take milliseconds.
var fastRetries = WithRetryPolicy(RetryPolicy{MaxRetries: 3, MinBackoff: time.Millisecond, MaxBackoff: 5 * time.Millisecond})

func TestRetryMatrix(t *testing.T) {
	tests := []struct {
		method   string
		status   int
		wantHits int32
	}{
		{"GET", 429, 4}, {"GET", 502, 4}, {"GET", 503, 4}, {"GET", 504, 4},
		{"GET", 500, 1}, {"GET", 400, 1}, {"GET", 404, 1}, {"GET", 403, 1}, {"GET", 401, 1},
		{"POST", 429, 4}, {"POST", 502, 1}, {"POST", 503, 1}, {"POST", 504, 1}, {"POST", 500, 1},
		{"PATCH", 429, 4}, {"PATCH", 503, 1}, {"PATCH", 502, 1},
		{"DELETE", 503, 1}, {"PUT", 504, 1}, {"DELETE", 429, 4},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprintf("%s %d", tc.method, tc.status), func(t *testing.T) {
			env := setupRaw(t, fastRetries, WithoutPacing())
			var hits atomic.Int32
			env.mux.HandleFunc("/things", func(w http.ResponseWriter, r *http.Request) {
				hits.Add(1)
				w.WriteHeader(tc.status)
				fmt.Fprint(w, `{"error":{"message":"nope","type":"invalid_request_error"}}`)
			})
			req, err := env.client.NewRequest(testCtx(t), tc.method, "things", map[string]string{"name": "x"})
			if err != nil {
				t.Fatal(err)
			}
			resp, err := env.client.Do(req, nil)
			var apiErr *Error
			if !errors.As(err, &apiErr) || apiErr.StatusCode != tc.status {
				t.Fatalf("err = %v, want *Error with status %d", err, tc.status)
			}
			if resp == nil || resp.StatusCode != tc.status {
				t.Errorf("resp = %v", resp)
			}
			if got := hits.Load(); got != tc.wantHits {
				t.Errorf("server hits = %d, want %d", got, tc.wantHits)
			}
		})
	}
}

func TestRetryThenSuccessResendsBody(t *testing.T) {
	env := setupRaw(t, fastRetries, WithoutPacing())
	var hits atomic.Int32
	env.mux.HandleFunc("POST /things", func(w http.ResponseWriter, r *http.Request) {
		testJSONBody(t, r, `{"name":"x"}`)
		if hits.Add(1) < 3 {
			w.WriteHeader(429)
			return
		}
		w.WriteHeader(201)
		fmt.Fprint(w, `{"id":"t_1"}`)
	})
	req, _ := env.client.NewRequest(testCtx(t), "POST", "things", map[string]string{"name": "x"})
	var out struct{ ID string }
	if _, err := env.client.Do(req, &out); err != nil || out.ID != "t_1" {
		t.Fatalf("Do = %v, %+v", err, out)
	}
	if hits.Load() != 3 {
		t.Errorf("hits = %d, want 3", hits.Load())
	}
}

func TestRetryHonoursRetryAfter(t *testing.T) {
	for _, header := range []string{"Retry-After", "x-rate-limit-reset"} {
		t.Run(header, func(t *testing.T) {
			env := setupRaw(t, WithRetryPolicy(RetryPolicy{MaxRetries: 2, MinBackoff: time.Millisecond, MaxBackoff: 5 * time.Second}), WithoutPacing())
			var first time.Time
			var gap time.Duration
			var hits atomic.Int32
			env.mux.HandleFunc("GET /things", func(w http.ResponseWriter, r *http.Request) {
				if hits.Add(1) == 1 {
					first = time.Now()
					w.Header().Set(header, "1")
					w.WriteHeader(429)
					return
				}
				gap = time.Since(first)
				fmt.Fprint(w, `{}`)
			})
			req, _ := env.client.NewRequest(testCtx(t), "GET", "things", nil)
			if _, err := env.client.Do(req, nil); err != nil {
				t.Fatal(err)
			}
			if gap < time.Second {
				t.Errorf("retried after %v, want at least the 1 s the server asked for", gap)
			}
		})
	}
}

func TestRetryGivesUpWithRateLimitError(t *testing.T) {
	env := setupRaw(t, fastRetries, WithoutPacing())
	env.mux.HandleFunc("GET /things", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "0.002")
		w.WriteHeader(429)
		fmt.Fprint(w, `{"error":{"message":"Rate limit exceeded.","type":"invalid_request_error","userMessage":"Rate limit exceeded."}}`)
	})
	req, _ := env.client.NewRequest(testCtx(t), "GET", "things", nil)
	_, err := env.client.Do(req, nil)
	var apiErr *Error
	if !errors.Is(err, ErrRateLimited) || !errors.As(err, &apiErr) || apiErr.RetryAfter != 2*time.Millisecond {
		t.Fatalf("err = %v, want ErrRateLimited with RetryAfter 2ms", err)
	}
	if strings.Contains(err.Error(), "giving up") {
		t.Errorf("error %q is retryablehttp's, not the typed error", err)
	}
}

func TestBackoffIsBoundedAndGrows(t *testing.T) {
	min, max := 10*time.Millisecond, 200*time.Millisecond
	prevLow := time.Duration(0)
	for attempt := 0; attempt < 8; attempt++ {
		for i := 0; i < 50; i++ {
			d := backoff(min, max, attempt, nil)
			if d < min || d > max {
				t.Fatalf("backoff(attempt %d) = %v, outside [%v, %v]", attempt, d, min, max)
			}
		}
		low := min << attempt
		if low > max {
			low = max
		}
		if low < prevLow {
			t.Fatalf("backoff shrank")
		}
		prevLow = low
		if d := backoff(min, max, attempt, nil); d < low {
			t.Errorf("backoff(attempt %d) = %v, want at least %v", attempt, d, low)
		}
	}
	resp := &http.Response{StatusCode: 429, Header: http.Header{"Retry-After": {"100"}}}
	if d := backoff(min, max, 0, resp); d != max {
		t.Errorf("a server hint beyond MaxBackoff gave %v, want the cap %v", d, max)
	}
}

func TestContextCancelDuringBackoff(t *testing.T) {
	env := setupRaw(t, WithRetryPolicy(RetryPolicy{MaxRetries: 5, MinBackoff: 10 * time.Second, MaxBackoff: 10 * time.Second}), WithoutPacing())
	env.mux.HandleFunc("GET /things", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(503) })
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	req, _ := env.client.NewRequest(ctx, "GET", "things", nil)
	start := time.Now()
	_, err := env.client.Do(req, nil)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want context.DeadlineExceeded", err)
	}
	if el := time.Since(start); el > 2*time.Second {
		t.Errorf("returned after %v, want promptly after the 100ms deadline", el)
	}
}

// TestContextEndedBeforeTheCall: a call whose context has already ended
// sends nothing and says which call it was, like every other error, while
// still matching the context's error.
func TestContextEndedBeforeTheCall(t *testing.T) {
	env := setupRaw(t, WithoutPacing())
	var hits atomic.Int32
	env.mux.HandleFunc("GET /tasks/{id}", func(w http.ResponseWriter, r *http.Request) { hits.Add(1) })
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, _, err := env.client.Tasks.Get(ctx, "t1")
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if want := "benchling: GET /tasks/t1: not sent: context canceled"; err.Error() != want {
		t.Errorf("err = %q, want %q", err, want)
	}
	if hits.Load() != 0 {
		t.Errorf("%d requests reached the server", hits.Load())
	}
}

func TestHangingServerHonoursContext(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(release)
	c, err := NewClient(srv.URL, WithAPIKey("k"))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 150*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, _, err = c.Tasks.Get(ctx, "t1")
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want DeadlineExceeded", err)
	}
	if el := time.Since(start); el > 2*time.Second {
		t.Errorf("returned after %v", el)
	}
}

// TestPostNotResentAfterConnectionLoss: a POST whose connection dies after
// the request was sent may have run; it must not be sent again.
func TestPostNotResentAfterConnectionLoss(t *testing.T) {
	for _, method := range []string{"POST", "PATCH", "GET"} {
		t.Run(method, func(t *testing.T) {
			env := setupRaw(t, fastRetries, WithoutPacing())
			var hits atomic.Int32
			env.mux.HandleFunc("/things", func(w http.ResponseWriter, r *http.Request) {
				if hits.Add(1) <= 2 {
					hj, _ := w.(http.Hijacker)
					conn, _, _ := hj.Hijack()
					conn.Close()
					return
				}
				fmt.Fprint(w, `{}`)
			})
			req, _ := env.client.NewRequest(testCtx(t), method, "things", map[string]string{"a": "b"})
			_, err := env.client.Do(req, nil)
			if method == "GET" {
				if err != nil || hits.Load() != 3 {
					t.Fatalf("GET: err = %v, hits = %d; want success on the third attempt", err, hits.Load())
				}
				return
			}
			if err == nil {
				t.Fatal("want an error")
			}
			if !strings.Contains(err.Error(), method+" /things") {
				t.Errorf("error %q does not name method and path", err)
			}
			if got := hits.Load(); got != 1 {
				t.Errorf("%s was sent %d times, want exactly 1", method, got)
			}
		})
	}
}

func TestPostRetriedWhenConnectionRefused(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close() // nothing listens: every dial is refused before a byte is sent
	c, err := NewClient("http://"+addr, WithAPIKey("k"), fastRetries, WithoutPacing())
	if err != nil {
		t.Fatal(err)
	}
	var attempts atomic.Int32
	c.retry.RequestLogHook = func(retryablehttp.Logger, *http.Request, int) { attempts.Add(1) }
	req, _ := c.NewRequest(testCtx(t), "POST", "things", map[string]string{})
	if _, err := c.Do(req, nil); err == nil {
		t.Fatal("want an error")
	}
	if attempts.Load() != 4 {
		t.Errorf("attempts = %d, want 4 (a refused connection never reached the server)", attempts.Load())
	}
}
