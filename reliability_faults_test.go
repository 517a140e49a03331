package benchling

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// The fault matrix: every test runs a real service method against a
// loopback server that misbehaves in one way, counts what the server saw
// and checks the error the caller gets. RELIABILITY.md has the table.

// TestReliabilityMalformedResponses runs every broken-response fault
// against a GET, a list, a POST and a PATCH: each is a typed error naming
// method and path, a GET is retried only where a retry can help, and a
// POST or PATCH reaches the server exactly once.
func TestReliabilityMalformedResponses(t *testing.T) {
	for _, f := range relFaults {
		for _, c := range relCalls {
			t.Run(f.name+"/"+c.name, func(t *testing.T) {
				env, _ := relSetup(t, relFast(), WithoutPacing())
				var h hits
				env.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
					h.add()
					f.h(t, w, r)
				})
				_, err := c.call(testCtx(t), env.client)
				checkFaultError(t, c, f, err)
				want := int32(1)
				if f.retried && c.method == "GET" {
					want = 4 // the first attempt and 3 retries
				}
				if got := h.n.Load(); got != want {
					t.Errorf("server saw %d requests, want %d", got, want)
				}
			})
		}
	}
}

// TestReliabilityOversizedBody: a body far larger than any real response
// ends in a DecodeError once the cap is reached, for a list (decoded as a
// stream) and a single resource.
func TestReliabilityOversizedBody(t *testing.T) {
	for _, c := range relCalls[:2] {
		t.Run(c.name, func(t *testing.T) {
			env, _ := relSetup(t)
			env.client.maxBody = 1 << 20 // the real cap is 256 MiB; the logic is the same
			var sent atomic.Int64
			env.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "application/json")
				fmt.Fprint(w, `{"aaSequences":[`)
				item := `{"id":"prtn_1","aminoAcids":"` + strings.Repeat("A", 8<<10) + `"},`
				for i := 0; i < 4096; i++ { // 32 MiB
					n, err := io.WriteString(w, item)
					sent.Add(int64(n))
					if err != nil {
						return
					}
				}
				fmt.Fprint(w, `{}]}`)
			})
			_, err := c.call(testCtx(t), env.client)
			var decErr *DecodeError
			if !errors.As(err, &decErr) || !strings.Contains(err.Error(), "exceeds") || !strings.Contains(err.Error(), c.method+" "+c.path) {
				t.Fatalf("err = %v, want a DecodeError about the body size naming the call", err)
			}
		})
	}
}

// TestReliability429StormThenSuccess: a burst of 429s, with and without
// the server saying how long to wait, ends in success within the policy,
// each retry waiting at least what the policy or the server asked for; a
// POST is re-sent with the same body, since a 429 means it never ran.
func TestReliability429StormThenSuccess(t *testing.T) {
	const storm = 2
	policy := RetryPolicy{MaxRetries: 4, MinBackoff: 20 * time.Millisecond, MaxBackoff: 2 * time.Second}
	headers := []struct {
		name   string
		header map[string]string
		// minGap is the least wait before retry i.
		minGap func(i int) time.Duration
	}{
		{"no hint", nil, func(i int) time.Duration { return policy.MinBackoff << i }},
		{"Retry-After", map[string]string{"Retry-After": "0.15"}, func(int) time.Duration { return 150 * time.Millisecond }},
		{"x-rate-limit-reset", map[string]string{"x-rate-limit-reset": "0.15", "x-rate-limit-remaining": "0", "x-rate-limit-limit": "10"},
			func(int) time.Duration { return 150 * time.Millisecond }},
	}
	for _, hd := range headers {
		for _, c := range []relCall{relCalls[0], relCalls[2]} {
			for _, pacing := range []bool{true, false} {
				t.Run(fmt.Sprintf("%s/%s/pacing=%v", hd.name, c.name, pacing), func(t *testing.T) {
					opts := []Option{WithRetryPolicy(policy)}
					if !pacing {
						opts = append(opts, WithoutPacing())
					}
					env, _ := relSetup(t, opts...)
					var h hits
					var mu sync.Mutex
					var bodies []string
					env.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
						b, _ := io.ReadAll(r.Body)
						mu.Lock()
						bodies = append(bodies, string(b))
						mu.Unlock()
						if h.add() <= storm {
							for k, v := range hd.header {
								w.Header().Set(k, v)
							}
							w.WriteHeader(http.StatusTooManyRequests)
							fmt.Fprint(w, `{"error":{"message":"Rate limit exceeded.","type":"invalid_request_error"}}`)
							return
						}
						relOK(t, w, r)
					})
					start := time.Now()
					if _, err := c.call(testCtx(t), env.client); err != nil {
						t.Fatalf("%s after %d 429s: %v", c.name, storm, err)
					}
					if el := time.Since(start); el > 5*time.Second {
						t.Errorf("took %v", el)
					}
					if got := h.n.Load(); got != storm+1 {
						t.Errorf("server saw %d requests, want %d", got, storm+1)
					}
					for i, gap := range h.gaps() {
						if gap < hd.minGap(i) {
							t.Errorf("retry %d came after %v, want at least %v", i+1, gap, hd.minGap(i))
						}
					}
					for _, b := range bodies[1:] {
						if b != bodies[0] {
							t.Errorf("a retry sent another body: %q, first %q", b, bodies[0])
						}
					}
				})
			}
		}
	}
}

// TestReliability429PastPolicy: a server that keeps throttling gets
// exactly MaxRetries+1 requests, and the caller gets ErrRateLimited with
// the wait the server asked for.
func TestReliability429PastPolicy(t *testing.T) {
	for _, hd := range []map[string]string{
		{"Retry-After": "0.01"},
		{"x-rate-limit-reset": "0.01", "x-rate-limit-remaining": "0"},
	} {
		for _, c := range relCalls {
			t.Run(fmt.Sprint(c.name, hd), func(t *testing.T) {
				env, _ := relSetup(t, relFast())
				var h hits
				env.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
					h.add()
					for k, v := range hd {
						w.Header().Set(k, v)
					}
					w.WriteHeader(http.StatusTooManyRequests)
					fmt.Fprint(w, `{"error":{"message":"Rate limit exceeded.","type":"invalid_request_error","userMessage":"Rate limit exceeded."}}`)
				})
				resp, err := c.call(testCtx(t), env.client)
				var apiErr *Error
				if !errors.Is(err, ErrRateLimited) || !errors.As(err, &apiErr) {
					t.Fatalf("err = %v, want ErrRateLimited", err)
				}
				if apiErr.RetryAfter != 10*time.Millisecond || apiErr.Method != c.method || apiErr.Path != c.path {
					t.Errorf("error = %+v, want RetryAfter 10ms for %s %s", apiErr, c.method, c.path)
				}
				if resp == nil || resp.StatusCode != 429 {
					t.Errorf("resp = %v, want the last 429", resp)
				}
				if got := h.n.Load(); got != 4 {
					t.Errorf("server saw %d requests, want 4 (MaxRetries 3)", got)
				}
			})
		}
	}
}

// TestReliabilityServerWaitIsCapped: RetryPolicy.MaxBackoff caps every
// wait between retries, including one the server asks for, and
// WithMaxPacingWait caps pacing. A throttled server (or a proxy) asking
// for an hour must not wedge the client beyond what its caller allows:
// without pacing the retry comes after MaxBackoff; with pacing and no
// cap the request waits for the window, as long as its context allows,
// without sending anything more.
func TestReliabilityServerWaitIsCapped(t *testing.T) {
	for _, hd := range []map[string]string{
		{"Retry-After": "3600"},
		{"x-rate-limit-reset": "3600", "x-rate-limit-remaining": "0", "x-rate-limit-limit": "10"},
		{"x-rate-limit-reset": "1e300", "x-rate-limit-remaining": "0"}, // overflows a time.Duration
		{"Retry-After": "9e9"},
	} {
		for _, mode := range []string{"no pacing", "pacing capped", "pacing"} {
			t.Run(fmt.Sprint(hd, mode), func(t *testing.T) {
				opts := []Option{WithRetryPolicy(RetryPolicy{MaxRetries: 2, MinBackoff: 10 * time.Millisecond, MaxBackoff: 50 * time.Millisecond})}
				switch mode {
				case "no pacing":
					opts = append(opts, WithoutPacing())
				case "pacing capped":
					opts = append(opts, WithMaxPacingWait(50*time.Millisecond))
				}
				env, _ := relSetup(t, opts...)
				var h hits
				env.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
					if h.add() == 1 {
						for k, v := range hd {
							w.Header().Set(k, v)
						}
						w.WriteHeader(http.StatusTooManyRequests)
						return
					}
					relOK(t, w, r)
				})
				const deadline = 500 * time.Millisecond
				ctx, cancel := context.WithTimeout(context.Background(), deadline)
				defer cancel()
				start := time.Now()
				if mode == "pacing" {
					_, err := relCalls[0].call(ctx, env.client)
					if !errors.Is(err, context.DeadlineExceeded) || errors.Is(err, ErrRateLimited) {
						t.Fatalf("err = %v, want the context's deadline while pacing waits", err)
					}
					if el := time.Since(start); el > deadline+2*time.Second {
						t.Errorf("returned after %v, want at the %v deadline", el, deadline)
					}
					if n := h.n.Load(); n != 1 {
						t.Errorf("server saw %d requests, want 1: the retry must wait for the window", n)
					}
					return
				}
				for i := 0; i < 2; i++ { // the second call must not wait either
					if _, err := relCalls[0].call(ctx, env.client); err != nil {
						t.Fatalf("call %d: %v (after %v)", i, err, time.Since(start))
					}
				}
			})
		}
	}
}

// TestReliability5xxBursts: 502/503/504 bursts are retried for GETs and
// lists; a POST or PATCH that drew one is never re-sent (it may have run)
// and returns the typed error.
func TestReliability5xxBursts(t *testing.T) {
	writes := append(relCalls[2:4:4], relCall{"AaSequences.Archive", "POST", "/aa-sequences:archive",
		func(ctx context.Context, c *Client) (*Response, error) {
			_, resp, err := c.AaSequences.Archive(ctx, &AaSequencesArchive{AaSequenceIDs: []string{"prtn_1"}, Reason: EntityArchiveReasonMadeInError})
			return resp, err
		}})
	for _, status := range []int{502, 503, 504} {
		for _, c := range append(relCalls[:2:2], writes...) {
			t.Run(fmt.Sprint(status, c.name), func(t *testing.T) {
				env, _ := relSetup(t, relFast())
				var h hits
				env.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
					if h.add() <= 2 {
						w.WriteHeader(status)
						fmt.Fprint(w, `{"error":{"message":"upstream","type":"server_error"}}`)
						return
					}
					relOK(t, w, r)
				})
				resp, err := c.call(testCtx(t), env.client)
				if c.method == "GET" {
					if err != nil || h.n.Load() != 3 {
						t.Fatalf("err = %v, server saw %d; want success on the third attempt", err, h.n.Load())
					}
					return
				}
				var apiErr *Error
				if !errors.Is(err, ErrServer) || !errors.As(err, &apiErr) || apiErr.StatusCode != status ||
					apiErr.Method != c.method || apiErr.Path != c.path {
					t.Fatalf("err = %v, want *Error %d for %s %s", err, status, c.method, c.path)
				}
				if resp == nil || resp.StatusCode != status {
					t.Errorf("resp = %v", resp)
				}
				if got := h.n.Load(); got != 1 {
					t.Errorf("%s %s was sent %d times, want exactly 1", c.method, c.path, got)
				}
			})
		}
	}
}

// TestReliabilityHangingServers: a server that never answers, or trickles
// headers or body bytes forever, cannot hold a call past its context's
// deadline, whatever the retry policy.
func TestReliabilityHangingServers(t *testing.T) {
	const deadline = 300 * time.Millisecond
	const slack = 1500 * time.Millisecond // generous: the machine is shared
	behaviours := map[string]func(t *testing.T, w http.ResponseWriter, r *http.Request, stop <-chan struct{}){
		"never answers": func(t *testing.T, w http.ResponseWriter, r *http.Request, stop <-chan struct{}) {
			select {
			case <-stop:
			case <-r.Context().Done():
			}
		},
		"trickles headers": func(t *testing.T, w http.ResponseWriter, r *http.Request, stop <-chan struct{}) {
			conn, rw := hijack(t, w)
			defer conn.Close()
			fmt.Fprint(rw, "HTTP/1.1 200 OK\r\nX-Slow: ")
			trickle(rw, stop)
		},
		"trickles body": func(t *testing.T, w http.ResponseWriter, r *http.Request, stop <-chan struct{}) {
			conn, rw := hijack(t, w)
			defer conn.Close()
			fmt.Fprint(rw, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\n\r\n")
			fmt.Fprint(rw, `{"aaSequences":[{"taskId":"t","aliases":[`)
			trickle(rw, stop)
		},
	}
	for name, behave := range behaviours {
		for _, c := range relCalls[:3] {
			t.Run(name+"/"+c.name, func(t *testing.T) {
				env, _ := relSetup(t, WithRetryPolicy(DefaultRetryPolicy()))
				stop := make(chan struct{})
				t.Cleanup(func() { close(stop) }) // runs before the server closes
				env.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { behave(t, w, r, stop) })
				ctx, cancel := context.WithTimeout(context.Background(), deadline)
				defer cancel()
				start := time.Now()
				_, err := c.call(ctx, env.client)
				el := time.Since(start)
				if !errors.Is(err, context.DeadlineExceeded) {
					t.Errorf("err = %v, want context.DeadlineExceeded", err)
				}
				if err != nil && !strings.Contains(err.Error(), c.method+" "+c.path) {
					t.Errorf("error %q does not name the call", err)
				}
				if el > deadline+slack {
					t.Errorf("returned after %v, want within %v of the %v deadline", el, slack, deadline)
				}
			})
		}
	}
}

// trickle writes a byte every 20 ms until the client goes away or stop.
func trickle(w interface {
	io.Writer
	Flush() error
}, stop <-chan struct{}) {
	for {
		if _, err := w.Write([]byte("1")); err != nil {
			return
		}
		if err := w.Flush(); err != nil {
			return
		}
		select {
		case <-stop:
			return
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// TestReliabilityAbsurdWaitHeaders: a wait header too large for a
// time.Duration saturates instead of overflowing into a negative wait.
func TestReliabilityAbsurdWaitHeaders(t *testing.T) {
	for _, v := range []string{"1e300", "Inf", "9.3e9", "NaN", "-5"} {
		h := http.Header{"Retry-After": {v}, "X-Rate-Limit-Reset": {v}, "X-Rate-Limit-Remaining": {"0"}}
		if d := retryAfter(429, h); d < 0 {
			t.Errorf("retryAfter(%q) = %v, want >= 0", v, d)
		}
		if d := newResponse(&http.Response{Header: h}).RateLimit.Reset; d < 0 {
			t.Errorf("RateLimit.Reset for %q = %v, want >= 0", v, d)
		}
		for i := 0; i < 20; i++ {
			if d := backoff(time.Millisecond, time.Second, 0, &http.Response{StatusCode: 429, Header: h}); d < 0 || d > time.Second {
				t.Errorf("backoff for %q = %v, want within [0, 1s]", v, d)
			}
		}
	}
}
