package benchling

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

const (
	testClientID     = "client_TEST_id_42"
	testClientSecret = "cs_TEST_secret_fedcba9876543210"
	testTokenPrefix  = "tok_TEST_bearer_"
)

// oauthEnv is a loopback tenant with Benchling's token endpoint. Tokens
// are testTokenPrefix+N and live for lifetime.
type oauthEnv struct {
	*testEnv
	tokens    atomic.Int32
	lifetime  atomic.Int64 // seconds
	tokenHook func(w http.ResponseWriter, r *http.Request) bool
	valid     sync.Map // tokens the API accepts
}

func setupOAuth(t *testing.T, opts ...Option) *oauthEnv {
	t.Helper()
	e := &oauthEnv{}
	e.lifetime.Store(900)
	env := newEnvNoClient(t)
	e.testEnv = env
	env.mux.HandleFunc("POST /token", func(w http.ResponseWriter, r *http.Request) {
		if e.tokenHook != nil && e.tokenHook(w, r) {
			return
		}
		id, secret, ok := r.BasicAuth()
		if err := r.ParseForm(); err != nil || r.PostForm.Get("grant_type") != "client_credentials" {
			w.WriteHeader(400)
			fmt.Fprint(w, `{"error":{"type":"invalid_request","message":"bad grant"}}`)
			return
		}
		if !ok || id != testClientID || secret != testClientSecret {
			w.WriteHeader(401)
			fmt.Fprint(w, `{"error":{"type":"invalid_client","message":"Invalid client credentials"}}`)
			return
		}
		n := e.tokens.Add(1)
		tok := fmt.Sprintf("%s%d", testTokenPrefix, n)
		e.valid.Store(tok, true)
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `{"access_token":%q,"token_type":"Bearer","expires_in":%d}`, tok, e.lifetime.Load())
	})
	env.mux.HandleFunc("GET /tasks/{id}", func(w http.ResponseWriter, r *http.Request) {
		tok, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		if _, valid := e.valid.Load(tok); !ok || !valid {
			w.WriteHeader(401)
			fmt.Fprint(w, `{"error":{"type":"invalid_request_error","message":"Invalid token"}}`)
			return
		}
		fmt.Fprint(w, `{"status":"RUNNING"}`)
	})
	all := append([]Option{WithClientCredentials(testClientID, testClientSecret), WithoutRetries()}, opts...)
	c, err := NewClient(env.server.URL, all...)
	if err != nil {
		t.Fatal(err)
	}
	env.client = c
	return e
}

func TestOAuthBearerAndCaching(t *testing.T) {
	e := setupOAuth(t)
	ctx := testCtx(t)
	var wg sync.WaitGroup
	var failed atomic.Int32
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, _, err := e.client.Tasks.Get(ctx, "t1"); err != nil {
				failed.Add(1)
			}
		}()
	}
	wg.Wait()
	if failed.Load() != 0 {
		t.Fatalf("%d calls failed", failed.Load())
	}
	if n := e.tokens.Load(); n != 1 {
		t.Errorf("token requests = %d, want 1 for 50 concurrent callers", n)
	}
}

func TestOAuthRefreshBeforeExpiry(t *testing.T) {
	e := setupOAuth(t)
	e.lifetime.Store(3) // refreshed 1 s (the minimum margin) before expiry: after 2 s
	ctx := testCtx(t)
	if _, _, err := e.client.Tasks.Get(ctx, "t1"); err != nil {
		t.Fatal(err)
	}
	if _, _, err := e.client.Tasks.Get(ctx, "t1"); err != nil || e.tokens.Load() != 1 {
		t.Fatalf("second call: err = %v, tokens = %d; want the cached token", err, e.tokens.Load())
	}
	time.Sleep(2100 * time.Millisecond)
	e.lifetime.Store(900)
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, _, err := e.client.Tasks.Get(ctx, "t1"); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if n := e.tokens.Load(); n != 2 {
		t.Errorf("token requests = %d, want 2 (one refresh for 50 callers)", n)
	}
}

func TestOAuthRejectedTokenRefreshesOnce(t *testing.T) {
	e := setupOAuth(t)
	ctx := testCtx(t)
	if _, _, err := e.client.Tasks.Get(ctx, "t1"); err != nil {
		t.Fatal(err)
	}
	// The server revokes every token: one refresh, one retry, then 401.
	e.valid.Range(func(k, _ any) bool { e.valid.Delete(k); return true })
	var apiHits atomic.Int32
	e.mux.HandleFunc("GET /tasks/revoked", func(w http.ResponseWriter, r *http.Request) {
		apiHits.Add(1)
		w.WriteHeader(401)
		fmt.Fprint(w, `{"error":{"type":"invalid_request_error","message":"Invalid token"}}`)
	})
	_, _, err := e.client.Tasks.Get(ctx, "revoked")
	if !errors.Is(err, ErrUnauthorized) {
		t.Fatalf("err = %v, want ErrUnauthorized", err)
	}
	if apiHits.Load() != 2 || e.tokens.Load() != 2 {
		t.Errorf("API hits = %d, token requests = %d; want 2 and 2 (refresh once, no loop)", apiHits.Load(), e.tokens.Load())
	}
	// A revoked token that a refresh fixes: the call succeeds.
	e.valid.Range(func(k, _ any) bool { e.valid.Delete(k); return true })
	if _, _, err := e.client.Tasks.Get(ctx, "t1"); err != nil {
		t.Errorf("after a refresh the call should succeed: %v", err)
	}
}

func TestOAuthTokenEndpointErrors(t *testing.T) {
	tests := []struct {
		status int
		body   string
		want   error
	}{
		{400, `{"error":{"type":"invalid_grant","message":"bad grant","userMessage":"bad grant"}}`, ErrBadRequest},
		{401, `{"error":{"type":"invalid_client","message":"Invalid client credentials"}}`, ErrUnauthorized},
		{500, `<html>oops</html>`, ErrServer},
		{401, `{"error":"invalid_client","error_description":"bad secret ` + testClientSecret + `"}`, ErrUnauthorized},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprint(tc.status), func(t *testing.T) {
			e := setupOAuth(t)
			e.tokenHook = func(w http.ResponseWriter, r *http.Request) bool {
				w.Header().Set("Content-Type", "application/json")
				w.WriteHeader(tc.status)
				fmt.Fprint(w, tc.body)
				return true
			}
			_, _, err := e.client.Tasks.Get(testCtx(t), "t1")
			var apiErr *Error
			if !errors.Is(err, tc.want) || !errors.As(err, &apiErr) || apiErr.Path != "/token" || apiErr.Method != "POST" {
				t.Fatalf("err = %#v, want %v from POST /token", err, tc.want)
			}
			if strings.Contains(fmt.Sprintf("%v %+v", err, err), testClientSecret) {
				t.Errorf("error repeats the client secret: %v", err)
			}
		})
	}
}

func TestOAuthExpiredTokenIsNotCached(t *testing.T) {
	e := setupOAuth(t)
	e.lifetime.Store(0)
	ctx := testCtx(t)
	for i := 0; i < 3; i++ {
		if _, _, err := e.client.Tasks.Get(ctx, "t1"); err != nil {
			t.Fatal(err)
		}
	}
	if n := e.tokens.Load(); n != 3 {
		t.Errorf("token requests = %d, want 3 (an already-expired token is used once, never cached)", n)
	}
}

func TestOAuthSlowTokenEndpointHonoursContext(t *testing.T) {
	e := setupOAuth(t)
	release := make(chan struct{})
	defer close(release)
	e.tokenHook = func(w http.ResponseWriter, r *http.Request) bool {
		select {
		case <-release:
		case <-r.Context().Done():
		}
		return true
	}
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, _, err := e.client.Tasks.Get(ctx, "t1")
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want DeadlineExceeded", err)
	}
	if el := time.Since(start); el > 2*time.Second {
		t.Errorf("returned after %v", el)
	}
}

func TestOAuthTokenEndpointRetries(t *testing.T) {
	for _, tc := range []struct {
		status   int
		wantHits int32
	}{{401, 1}, {400, 1}, {503, 3}, {429, 3}} {
		t.Run(fmt.Sprint(tc.status), func(t *testing.T) {
			e := setupOAuth(t, WithRetryPolicy(RetryPolicy{MaxRetries: 2, MinBackoff: time.Millisecond, MaxBackoff: 2 * time.Millisecond}), WithoutPacing())
			var hits atomic.Int32
			e.tokenHook = func(w http.ResponseWriter, r *http.Request) bool {
				hits.Add(1)
				w.WriteHeader(tc.status)
				fmt.Fprint(w, `{"error":{"type":"invalid_client","message":"no"}}`)
				return true
			}
			_, _, err := e.client.Tasks.Get(testCtx(t), "t1")
			if err == nil {
				t.Fatal("want an error")
			}
			if hits.Load() != tc.wantHits {
				t.Errorf("token requests = %d, want %d", hits.Load(), tc.wantHits)
			}
		})
	}
}
