package benchling

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

// Issue 10, outcome unknown: a write that fails after it may have reached
// the server matches ErrOutcomeUnknown, and the underlying *Error,
// transport or context error stays reachable; a failure that proves the
// write never ran (429, a refused connection, a 4xx, a wait before
// sending) does not.

// writeFault is a way for a write to fail.
type writeFault struct {
	name    string
	handler func(t *testing.T, w http.ResponseWriter, r *http.Request)
	opts    []Option
	unknown bool
	check   func(t *testing.T, err error) // what else the error must match
}

func TestWriteOutcomeUnknown(t *testing.T) {
	isServer := func(status int) func(t *testing.T, err error) {
		return func(t *testing.T, err error) {
			var apiErr *Error
			if !errors.Is(err, ErrServer) || !errors.As(err, &apiErr) || apiErr.StatusCode != status {
				t.Errorf("err = %v, want an *Error %d matching ErrServer too", err, status)
			}
		}
	}
	isStatus := func(status int, sentinel error) func(t *testing.T, err error) {
		return func(t *testing.T, err error) {
			var apiErr *Error
			if !errors.Is(err, sentinel) || !errors.As(err, &apiErr) || apiErr.StatusCode != status {
				t.Errorf("err = %v, want an *Error %d matching %v", err, status, sentinel)
			}
		}
	}
	isDeadline := func(t *testing.T, err error) {
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("err = %v, want it to match context.DeadlineExceeded", err)
		}
	}
	isConnection := func(t *testing.T, err error) {
		var apiErr *Error
		var decErr *DecodeError
		if err == nil || errors.As(err, &apiErr) || errors.As(err, &decErr) {
			t.Errorf("err = %v, want the connection error", err)
		}
	}
	faults := []writeFault{
		{name: "500", unknown: true, check: isServer(500), handler: status(500)},
		{name: "502", unknown: true, check: isServer(502), handler: status(502)},
		{name: "503", unknown: true, check: isServer(503), handler: status(503)},
		{name: "connection reset after the request", unknown: true, check: isConnection,
			handler: func(t *testing.T, w http.ResponseWriter, r *http.Request) { conn, _ := hijack(t, w); resetConn(conn) }},
		{name: "body reset after 2xx headers", unknown: true, check: isConnection, handler: relFaults[1].h},
		{name: "2xx body that is not JSON", unknown: true, handler: relFaults[6].h, check: func(t *testing.T, err error) {
			if !errors.Is(err, ErrUnexpectedResponse) {
				t.Errorf("err = %v, want a *DecodeError too", err)
			}
		}},
		{name: "attempt timeout after the request", unknown: true, check: isDeadline,
			opts:    []Option{WithHTTPClient(&http.Client{Timeout: 100 * time.Millisecond})},
			handler: hang},
		{name: "400", check: isStatus(400, ErrBadRequest), handler: status(400)},
		{name: "404", check: isStatus(404, ErrNotFound), handler: status(404)},
		{name: "429 past the policy", check: isStatus(429, ErrRateLimited), handler: status(429)},
	}
	for _, f := range faults {
		for _, c := range []relCall{relCalls[2], relCalls[3], {"DELETE raw", "DELETE", "/things/t_1", func(ctx context.Context, c *Client) (*Response, error) {
			req, err := c.NewRequest(ctx, http.MethodDelete, "things/t_1", nil)
			if err != nil {
				return nil, err
			}
			var out struct{ ID string }
			return c.Do(req, &out)
		}}} {
			t.Run(f.name+"/"+c.name, func(t *testing.T) {
				env := setupRaw(t, append([]Option{relFast(), WithoutPacing()}, f.opts...)...)
				var h hits
				env.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
					h.add()
					f.handler(t, w, r)
				})
				_, err := c.call(testCtx(t), env.client)
				if err == nil {
					t.Fatal("want an error")
				}
				if got := errors.Is(err, ErrOutcomeUnknown); got != f.unknown {
					t.Errorf("errors.Is(err, ErrOutcomeUnknown) = %v, want %v: %v", got, f.unknown, err)
				}
				if f.unknown && !strings.Contains(err.Error(), "outcome unknown") {
					t.Errorf("error %q does not say the outcome is unknown", err)
				}
				if !strings.Contains(err.Error(), c.method+" "+c.path) {
					t.Errorf("error %q does not name the call", err)
				}
				f.check(t, err)
				want := int32(1)
				if f.name == "429 past the policy" {
					want = 4 // a throttled write never ran: re-sent
				}
				if got := h.n.Load(); got != want {
					t.Errorf("server saw %d requests, want %d", got, want)
				}
			})
		}
	}
}

// hang reads the request and never answers. (net/http's server notices
// that the client went away only once the request body was read.)
func hang(t *testing.T, w http.ResponseWriter, r *http.Request) {
	_, _ = io.Copy(io.Discard, r.Body)
	<-r.Context().Done()
}

func status(code int) func(t *testing.T, w http.ResponseWriter, r *http.Request) {
	return func(t *testing.T, w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		if code == 429 {
			w.Header().Set("Retry-After", "0.001")
		}
		w.WriteHeader(code)
		fmt.Fprint(w, `{"error":{"type":"invalid_request_error","message":"no"}}`)
	}
}

// TestWriteNeverSentIsNotUnknown: a write whose connection was refused, or
// whose context ended while it waited for the rate-limit window or for a
// token, never reached the server: its error does not match
// ErrOutcomeUnknown.
func TestWriteNeverSentIsNotUnknown(t *testing.T) {
	t.Run("connection refused", func(t *testing.T) {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		addr := ln.Addr().String()
		ln.Close()
		c, err := NewClient("http://"+addr, WithAPIKey("k"), relFast(), WithoutPacing())
		if err != nil {
			t.Fatal(err)
		}
		_, err = relCalls[2].call(testCtx(t), c)
		if err == nil || errors.Is(err, ErrOutcomeUnknown) {
			t.Errorf("err = %v, want a connection error that is not an unknown outcome", err)
		}
		if !strings.Contains(err.Error(), "4 attempts") {
			t.Errorf("err = %v, want it to say it was tried 4 times", err)
		}
	})
	t.Run("context ends while pacing", func(t *testing.T) {
		env := setupRaw(t, relFast())
		var h hits
		env.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
			h.add()
			w.Header().Set("x-rate-limit-limit", "10")
			w.Header().Set("x-rate-limit-remaining", "0")
			w.Header().Set("x-rate-limit-reset", "30")
			relOK(t, w, r)
		})
		if _, err := relCalls[0].call(testCtx(t), env.client); err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
		defer cancel()
		_, err := relCalls[2].call(ctx, env.client) // held for the 30 s window
		if !errors.Is(err, context.DeadlineExceeded) || errors.Is(err, ErrOutcomeUnknown) {
			t.Errorf("err = %v, want the deadline, not an unknown outcome", err)
		}
		if h.n.Load() != 1 {
			t.Errorf("server saw %d requests, want 1: the POST was never sent", h.n.Load())
		}
	})
	t.Run("token endpoint fails", func(t *testing.T) {
		e := setupOAuth(t)
		e.tokenHook = func(w http.ResponseWriter, r *http.Request) bool { w.WriteHeader(503); return true }
		_, err := relCalls[2].call(testCtx(t), e.client)
		if !errors.Is(err, ErrServer) || errors.Is(err, ErrOutcomeUnknown) {
			t.Errorf("err = %v, want the token endpoint's 503, not an unknown outcome", err)
		}
	})
	t.Run("context ends while the write is out", func(t *testing.T) {
		env := setupRaw(t, relFast(), WithoutPacing())
		env.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { hang(t, w, r) })
		ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
		defer cancel()
		_, err := relCalls[2].call(ctx, env.client)
		if !errors.Is(err, context.DeadlineExceeded) || !errors.Is(err, ErrOutcomeUnknown) {
			t.Errorf("err = %v, want the deadline and an unknown outcome (the POST was sent)", err)
		}
	})
}

// TestReadsAreNeverUnknown: a GET or a read-only POST that fails after
// its retries is a plain error: re-sending it is harmless.
func TestReadsAreNeverUnknown(t *testing.T) {
	env := setupRaw(t, relFast(), WithoutPacing())
	var h hits
	env.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		h.add()
		status(503)(t, w, r)
	})
	for _, call := range []func() error{
		func() error { _, _, err := env.client.AaSequences.Get(testCtx(t), "prtn_1", nil); return err },
		func() error {
			_, _, err := env.client.DnaSequences.MatchBases(testCtx(t), &MatchBasesRequest{Bases: "ACGT"})
			return err
		},
	} {
		h.n.Store(0)
		err := call()
		if !errors.Is(err, ErrServer) || errors.Is(err, ErrOutcomeUnknown) {
			t.Errorf("err = %v, want ErrServer and no unknown outcome", err)
		}
		if h.n.Load() != 4 || !strings.Contains(err.Error(), "after 4 attempts") {
			t.Errorf("server saw %d requests, error %q; want 4, and the error to say so", h.n.Load(), err)
		}
	}
}

// TestTimeoutIsPerAttemptAfterPacingAndToken: the http.Client's Timeout
// bounds each attempt from the moment it is sent. A POST that pacing holds
// for longer than the Timeout is sent once the window resets and
// succeeds; so is a call whose token fetch and request each take most of
// the Timeout. Before, the Timeout covered the wait too, and the POST
// failed without being sent. (Margins are wide: the machine is shared.)
func TestTimeoutIsPerAttemptAfterPacingAndToken(t *testing.T) {
	const timeout = 400 * time.Millisecond
	t.Run("pacing", func(t *testing.T) {
		env := setupRaw(t, WithHTTPClient(&http.Client{Timeout: timeout}))
		var h hits
		env.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
			if h.add() == 1 { // the window is spent for 1.5 s
				w.Header().Set("x-rate-limit-limit", "10")
				w.Header().Set("x-rate-limit-remaining", "0")
				w.Header().Set("x-rate-limit-reset", "1.5")
			}
			relOK(t, w, r)
		})
		if _, err := relCalls[0].call(testCtx(t), env.client); err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		if _, err := relCalls[2].call(testCtx(t), env.client); err != nil {
			t.Fatalf("the paced POST failed after %v: %v", time.Since(start), err)
		}
		if el := time.Since(start); el <= timeout {
			t.Errorf("the POST went after %v, want it held longer than the %v Timeout (the window is 1.5 s)", el, timeout)
		}
		if h.n.Load() != 2 {
			t.Errorf("server saw %d requests, want 2", h.n.Load())
		}
	})
	t.Run("token", func(t *testing.T) {
		const timeout = time.Second
		e := setupOAuth(t, WithHTTPClient(&http.Client{Timeout: timeout}))
		e.tokenHook = func(w http.ResponseWriter, r *http.Request) bool {
			time.Sleep(timeout * 6 / 10)
			return false
		}
		e.mux.HandleFunc("GET /tasks/slow", func(w http.ResponseWriter, r *http.Request) {
			time.Sleep(timeout * 6 / 10)
			fmt.Fprint(w, `{"status":"RUNNING"}`)
		})
		if _, _, err := e.client.Tasks.Get(testCtx(t), "slow"); err != nil {
			t.Fatalf("token and request each within the Timeout: %v", err)
		}
	})
	t.Run("body read", func(t *testing.T) {
		// The Timeout covers the body too, and a read whose body times
		// out is retried.
		env := setupRaw(t, WithHTTPClient(&http.Client{Timeout: 500 * time.Millisecond}), relFast())
		var h hits
		stop := make(chan struct{})
		t.Cleanup(func() { close(stop) })
		env.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
			if h.add() == 1 {
				conn, rw := hijack(t, w)
				defer conn.Close()
				fmt.Fprint(rw, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\n\r\n{\"id\":\"")
				trickle(rw, stop)
				return
			}
			relOK(t, w, r)
		})
		if _, err := relCalls[0].call(testCtx(t), env.client); err != nil {
			t.Fatalf("a body that timed out once: %v", err)
		}
		if h.n.Load() != 2 {
			t.Errorf("server saw %d requests, want 2 (the timed-out body retried)", h.n.Load())
		}
	})
}
