package benchling

import (
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// Concurrency: OAuth token refreshes and pacing with many goroutines
// sharing one client. Run with -race.

// withRefreshMargin sets how long before expiry a token is refreshed.
func withRefreshMargin(f func(lifetime time.Duration) time.Duration) Option {
	return func(o *options) error {
		o.tokenRefreshMargin = f
		return nil
	}
}

// race runs f in n goroutines released together and returns how many
// failed, with the first error.
func race(n int, f func() error) (int32, error) {
	var wg sync.WaitGroup
	var failed atomic.Int32
	var first atomic.Value
	start := make(chan struct{})
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			if err := f(); err != nil {
				failed.Add(1)
				first.CompareAndSwap(nil, err)
			}
		}()
	}
	close(start)
	wg.Wait()
	err, _ := first.Load().(error)
	return failed.Load(), err
}

// TestReliabilityOAuthRaceAtExpiry: 100 goroutines finding the cached
// token expired at the same moment cause one token request.
func TestReliabilityOAuthRaceAtExpiry(t *testing.T) {
	// Tokens live 1 s and are refreshed 100 ms after they were fetched.
	e := setupOAuth(t, withRefreshMargin(func(d time.Duration) time.Duration { return d - 100*time.Millisecond }))
	e.lifetime.Store(1)
	ctx := testCtx(t)
	if _, _, err := e.client.Tasks.Get(ctx, "t1"); err != nil {
		t.Fatal(err)
	}
	time.Sleep(150 * time.Millisecond) // the cached token is now due
	e.tokenHook = func(w http.ResponseWriter, r *http.Request) bool {
		time.Sleep(50 * time.Millisecond) // a slow refresh: everyone piles up
		return false
	}
	e.lifetime.Store(900)
	failed, err := race(100, func() error { _, _, err := e.client.Tasks.Get(ctx, "t1"); return err })
	if failed != 0 {
		t.Fatalf("%d calls failed: %v", failed, err)
	}
	if n := e.tokens.Load(); n != 2 {
		t.Errorf("token requests = %d, want 2 (the first, and one refresh for 100 goroutines)", n)
	}
}

// TestReliabilityOAuth401Storm: 100 goroutines whose token the server
// revoked all get a 401; the client refreshes the token once, each call
// is retried once and succeeds, and nothing loops.
func TestReliabilityOAuth401Storm(t *testing.T) {
	e := setupOAuth(t)
	ctx := testCtx(t)
	if _, _, err := e.client.Tasks.Get(ctx, "t1"); err != nil {
		t.Fatal(err)
	}
	var apiHits atomic.Int32
	e.mux.HandleFunc("GET /tasks/counted", func(w http.ResponseWriter, r *http.Request) {
		apiHits.Add(1)
		tok, _ := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		if _, ok := e.valid.Load(tok); !ok {
			w.WriteHeader(401)
			fmt.Fprint(w, `{"error":{"type":"invalid_request_error","message":"Invalid token"}}`)
			return
		}
		fmt.Fprint(w, `{"status":"RUNNING"}`)
	})
	e.valid.Range(func(k, _ any) bool { e.valid.Delete(k); return true })
	failed, err := race(100, func() error { _, _, err := e.client.Tasks.Get(ctx, "counted"); return err })
	if failed != 0 {
		t.Fatalf("%d calls failed: %v", failed, err)
	}
	if n := e.tokens.Load(); n != 2 {
		t.Errorf("token requests = %d, want 2 (one refresh for 100 rejected calls)", n)
	}
	if n := apiHits.Load(); n < 100 || n > 200 {
		t.Errorf("API requests = %d, want 100 to 200 (each call retried at most once)", n)
	}
}

// TestReliabilityOAuthExpiredTokens: a token endpoint that hands out
// tokens already expired (or due at once) never makes a call loop: each
// call fetches at most one token, concurrently or not.
func TestReliabilityOAuthExpiredTokens(t *testing.T) {
	// expires_in 1: the default margin (at least 1 s) makes it due at once.
	for name, lifetime := range map[string]int64{"expires_in 0": 0, "expires_in -60": -60, "expires_in 1": 1} {
		t.Run(name, func(t *testing.T) {
			e := setupOAuth(t)
			e.lifetime.Store(lifetime)
			ctx := testCtx(t)
			for i := 0; i < 3; i++ {
				if _, _, err := e.client.Tasks.Get(ctx, "t1"); err != nil {
					t.Fatal(err)
				}
			}
			if n := e.tokens.Load(); n != 3 {
				t.Errorf("token requests = %d for 3 calls, want 3", n)
			}
			failed, err := race(50, func() error { _, _, err := e.client.Tasks.Get(ctx, "t1"); return err })
			if failed != 0 {
				t.Fatalf("%d calls failed: %v", failed, err)
			}
			if n := e.tokens.Load(); n > 3+50 {
				t.Errorf("token requests = %d for 50 more calls, want at most 53", n)
			}
		})
	}
}

// TestReliabilityOAuthTokenEndpointFaults: a token endpoint that answers
// garbage or drops the connection gives a typed error naming POST /token,
// never the client secret, and the API is not called.
func TestReliabilityOAuthTokenEndpointFaults(t *testing.T) {
	faults := map[string]func(t *testing.T, w http.ResponseWriter){
		"200 HTML": func(t *testing.T, w http.ResponseWriter) {
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, "<html>login</html>")
		},
		"200 empty": func(t *testing.T, w http.ResponseWriter) { w.Header().Set("Content-Type", "application/json") },
		"200 invalid JSON": func(t *testing.T, w http.ResponseWriter) {
			w.Header().Set("Content-Type", "application/json")
			fmt.Fprint(w, `{"access_token":`)
		},
		"200 no token": func(t *testing.T, w http.ResponseWriter) {
			w.Header().Set("Content-Type", "application/json")
			fmt.Fprint(w, `{"token_type":"Bearer"}`)
		},
		"400": func(t *testing.T, w http.ResponseWriter) {
			w.WriteHeader(400)
			fmt.Fprint(w, `{"error":"invalid_grant"}`)
		},
		"401 echoing secret": func(t *testing.T, w http.ResponseWriter) {
			w.WriteHeader(401)
			fmt.Fprint(w, "bad secret "+testClientSecret)
		},
		"500":              func(t *testing.T, w http.ResponseWriter) { w.WriteHeader(500) },
		"connection reset": func(t *testing.T, w http.ResponseWriter) { conn, _ := hijack(t, w); resetConn(conn) },
	}
	for name, fault := range faults {
		t.Run(name, func(t *testing.T) {
			e := setupOAuth(t)
			var apiHits atomic.Int32
			e.mux.HandleFunc("GET /tasks/counted", func(w http.ResponseWriter, r *http.Request) { apiHits.Add(1) })
			e.tokenHook = func(w http.ResponseWriter, r *http.Request) bool { fault(t, w); return true }
			_, _, err := e.client.Tasks.Get(testCtx(t), "counted")
			if err == nil {
				t.Fatal("want an error")
			}
			var apiErr *Error
			if !strings.Contains(err.Error(), "POST /token") && !(errors.As(err, &apiErr) && apiErr.Path == "/token") {
				t.Errorf("error %q does not name POST /token", err)
			}
			if s := fmt.Sprintf("%v %+v %#v", err, err, err); strings.Contains(s, testClientSecret) {
				t.Errorf("error repeats the client secret: %s", s)
			}
			if apiHits.Load() != 0 {
				t.Errorf("the API was called %d times without a token", apiHits.Load())
			}
		})
	}
}
