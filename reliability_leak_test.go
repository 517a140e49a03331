package benchling

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/benchling-go/benchling/internal/leakcheck"
)

// Leak tests: every path through the client closes every response body
// (counted by relSetup's bodyCounter, checked at cleanup) and leaves no
// goroutine behind (internal/leakcheck, checked after the test's servers
// closed).

// relNoGoroutineLeak checks, after every other cleanup of t (so after its
// servers closed), that t started no goroutine that is still running. It
// must be called before the test starts its servers.
func relNoGoroutineLeak(t *testing.T) {
	t.Helper()
	ignore := leakcheck.Current() // other tests' servers may still be closing
	t.Cleanup(func() {
		if err := leakcheck.Find(ignore, 2*time.Second); err != nil {
			t.Error(err)
		}
	})
}

// pagedEnv serves AA sequences in three pages (p1: prtn_1, prtn_2; p2:
// prtn_3, prtn_4; p3: prtn_5); page2, if set, replaces page 2.
func pagedEnv(t *testing.T, page2 http.HandlerFunc, opts ...Option) (*testEnv, *bodyCounter, *atomic.Int32) {
	t.Helper()
	env, bc := relSetup(t, opts...)
	var n atomic.Int32
	env.mux.HandleFunc("GET /aa-sequences", func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
		w.Header().Set("Content-Type", "application/json")
		switch r.URL.Query().Get("nextToken") {
		case "":
			fmt.Fprint(w, `{"aaSequences":[{"id":"prtn_1"},{"id":"prtn_2"}],"nextToken":"p2"}`)
		case "p2":
			if page2 != nil {
				page2(w, r)
				return
			}
			fmt.Fprint(w, `{"aaSequences":[{"id":"prtn_3"},{"id":"prtn_4"}],"nextToken":"p3"}`)
		case "p3":
			fmt.Fprint(w, `{"aaSequences":[{"id":"prtn_5"}],"nextToken":""}`)
		}
	})
	return env, bc, &n
}

func TestReliabilityLeakEarlyBreak(t *testing.T) {
	relNoGoroutineLeak(t)
	env, bc, n := pagedEnv(t, nil)
	var got []string
	for seq, err := range env.client.AaSequences.All(testCtx(t), nil) {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, seq.ID)
		if len(got) == 3 { // in the middle of page 2
			break
		}
	}
	if n.Load() != 2 || strings.Join(got, ",") != "prtn_1,prtn_2,prtn_3" {
		t.Errorf("got %v with %d requests, want 3 items from 2 requests", got, n.Load())
	}
	if bc.opened.Load() != 2 {
		t.Errorf("%d responses, want 2", bc.opened.Load())
	}
}

func TestReliabilityLeakCancelMidPage(t *testing.T) {
	relNoGoroutineLeak(t)
	stop := make(chan struct{})
	env, _, _ := pagedEnv(t, func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `{"aaSequences":[{"id":"prtn_3"},`)
		w.(http.Flusher).Flush()
		select { // the rest of the page never comes
		case <-r.Context().Done():
		case <-stop:
		}
	})
	t.Cleanup(func() { close(stop) })
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var got []string
	var errs []error
	for seq, err := range env.client.AaSequences.All(ctx, nil) {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		got = append(got, seq.ID)
		if len(got) == 2 { // page 2 is requested next: cancel while it is half read
			time.AfterFunc(50*time.Millisecond, cancel)
		}
	}
	if len(errs) != 1 || !errors.Is(errs[0], context.Canceled) {
		t.Fatalf("errors = %v, want one context.Canceled", errs)
	}
	if len(got) != 2 {
		t.Errorf("got %v, want page 1 only", got)
	}
}

func TestReliabilityLeakErrorMidIteration(t *testing.T) {
	pages := map[string]http.HandlerFunc{
		"500": func(w http.ResponseWriter, r *http.Request) {
			w.WriteHeader(500)
			fmt.Fprint(w, `{"error":{"message":"boom","type":"server_error"}}`)
		},
		"truncated": func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, `{"aaSequences":[{"id":"prtn_3"},{"id":`) },
		"reset": func(w http.ResponseWriter, r *http.Request) {
			conn, _ := hijack(t, w)
			resetConn(conn)
		},
	}
	for name, page2 := range pages {
		t.Run(name, func(t *testing.T) {
			relNoGoroutineLeak(t)
			env, _, n := pagedEnv(t, page2, relFast(), WithoutPacing())
			var got []string
			var errs []error
			for seq, err := range env.client.AaSequences.All(testCtx(t), nil) {
				if err != nil {
					errs = append(errs, err)
					continue
				}
				got = append(got, seq.ID)
			}
			if len(errs) != 1 || !strings.Contains(errs[0].Error(), "GET /aa-sequences") || len(got) != 2 {
				t.Fatalf("items %v, errors %v; want page 1, then one error naming the call", got, errs)
			}
			if n.Load() < 2 {
				t.Errorf("%d requests", n.Load())
			}
		})
	}
}

// TestReliabilityLeakCancelAsResponseArrives: a context that ends just as
// the response headers arrive must not leave that response's body open.
func TestReliabilityLeakCancelAsResponseArrives(t *testing.T) {
	relNoGoroutineLeak(t)
	env, bc := relSetup(t, relFast())
	env.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { relOK(t, w, r) })
	for _, c := range relCalls {
		ctx, cancel := context.WithCancel(context.Background())
		bc.afterResponse = func(*http.Request, *http.Response) { cancel() }
		_, err := c.call(ctx, env.client)
		if !errors.Is(err, context.Canceled) {
			t.Errorf("%s: err = %v, want context.Canceled", c.name, err)
		}
		bc.afterResponse = nil
	}
	if bc.opened.Load() != int64(len(relCalls)) {
		t.Errorf("%d responses, want %d", bc.opened.Load(), len(relCalls))
	}
}

// TestReliabilityLeakRetriesAndRedirects: bodies of retried responses,
// redirects and polls are closed too.
func TestReliabilityLeakRetriesAndRedirects(t *testing.T) {
	relNoGoroutineLeak(t)
	env, bc := relSetup(t, relFast(), WithTaskPolling(time.Millisecond, 2*time.Millisecond))
	var gets, polls atomic.Int32
	env.mux.HandleFunc("GET /aa-sequences/prtn_1", func(w http.ResponseWriter, r *http.Request) {
		switch gets.Add(1) {
		case 1:
			w.WriteHeader(503)
			fmt.Fprint(w, strings.Repeat("x", 64<<10)) // more than retryablehttp drains
		case 2:
			w.Header().Set("Retry-After", "0.001")
			w.WriteHeader(429)
		case 3:
			http.Redirect(w, r, "/api/v2/aa-sequences/prtn_1", http.StatusFound)
		default:
			relOK(t, w, r)
		}
	})
	env.mux.HandleFunc("GET /tasks/t_1", func(w http.ResponseWriter, r *http.Request) {
		if polls.Add(1) < 4 {
			fmt.Fprint(w, `{"status":"RUNNING"}`)
			return
		}
		fmt.Fprint(w, `{"status":"SUCCEEDED","response":{}}`)
	})
	if _, _, err := env.client.AaSequences.Get(testCtx(t), "prtn_1", nil); err != nil {
		t.Fatal(err)
	}
	if _, _, err := env.client.Tasks.Wait(testCtx(t), "t_1"); err != nil {
		t.Fatal(err)
	}
	if bc.opened.Load() != 8 {
		t.Errorf("%d responses, want 8 (4 for the Get, 4 polls)", bc.opened.Load())
	}
}

// TestReliabilityLeakOAuth: token responses and rejected (401) responses
// are closed as well.
func TestReliabilityLeakOAuth(t *testing.T) {
	relNoGoroutineLeak(t)
	bc := newBodyCounter()
	e := setupOAuth(t, WithHTTPClient(&http.Client{Transport: bc}))
	t.Cleanup(func() { bc.check(t); bc.CloseIdleConnections() })
	ctx := testCtx(t)
	if _, _, err := e.client.Tasks.Get(ctx, "t1"); err != nil {
		t.Fatal(err)
	}
	e.valid.Range(func(k, _ any) bool { e.valid.Delete(k); return true }) // revoke: 401, refresh, retry
	if _, _, err := e.client.Tasks.Get(ctx, "t1"); err != nil {
		t.Fatal(err)
	}
	e.tokenHook = func(w http.ResponseWriter, r *http.Request) bool { // and a failing token endpoint
		w.WriteHeader(500)
		return true
	}
	e.valid.Range(func(k, _ any) bool { e.valid.Delete(k); return true })
	if _, _, err := e.client.Tasks.Get(ctx, "t1"); !errors.Is(err, ErrServer) {
		t.Fatalf("err = %v, want the token endpoint's 500", err)
	}
	if bc.opened.Load() < 6 {
		t.Errorf("%d responses, want at least 6", bc.opened.Load())
	}
}
