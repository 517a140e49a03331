package benchling

import (
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer safe for the concurrent writes of a logger.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestSecretsNeverLeak runs error paths with recognisable credentials and
// debug logging, and checks that no credential reaches an error string, a
// formatted client or response, or the log.
func TestSecretsNeverLeak(t *testing.T) {
	const secretBody = "MKVLAAGIVALLLAAGCSSSECRETSEQUENCE"
	var logs syncBuffer
	logger := slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	retries := WithRetryPolicy(RetryPolicy{MaxRetries: 2, MinBackoff: time.Millisecond, MaxBackoff: 2 * time.Millisecond})

	apiKeyEnv := setupRaw(t, WithLogger(logger), retries)
	oauth := setupOAuth(t, WithLogger(logger), retries)
	var outputs []string
	record := func(vs ...any) {
		for _, v := range vs {
			outputs = append(outputs, fmt.Sprintf("%v", v), fmt.Sprintf("%+v", v), fmt.Sprintf("%#v", v))
		}
	}
	handlers := map[string]http.HandlerFunc{
		"/s/403": func(w http.ResponseWriter, r *http.Request) {
			w.WriteHeader(403)
			fmt.Fprint(w, `{"error":{"type":"invalid_request_error","message":"no","userMessage":"You do not have permission"}}`)
		},
		"/s/429": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Retry-After", "0.001")
			w.WriteHeader(429)
		},
		"/s/503":  func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(503) },
		"/s/html": func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(502); fmt.Fprint(w, "<html>bad</html>") },
		"/s/bad":  func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, `{"status":`) },
		"/s/drop": func(w http.ResponseWriter, r *http.Request) {
			conn, _, _ := w.(http.Hijacker).Hijack()
			conn.Close()
		},
		"/s/redirect": func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/api/v2/s/403", http.StatusFound) },
	}
	for path, h := range handlers {
		apiKeyEnv.mux.HandleFunc(path, h)
		oauth.mux.HandleFunc(path, h)
	}
	for _, c := range []*Client{apiKeyEnv.client, oauth.client} {
		record(c)
		for path := range handlers {
			for _, method := range []string{"GET", "POST"} {
				req, err := c.NewRequest(testCtx(t), method, strings.TrimPrefix(path, "/"), map[string]string{"aminoAcids": secretBody})
				if err != nil {
					t.Fatal(err)
				}
				var v struct{ Status string }
				resp, err := c.Do(req, &v)
				record(err, resp)
				if resp != nil {
					record(*resp)
				}
			}
		}
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		_, resp, err := c.Tasks.Get(ctx, "t1")
		record(err, resp)
	}
	// A failing token endpoint.
	oauth.tokenHook = func(w http.ResponseWriter, r *http.Request) bool {
		w.WriteHeader(401)
		fmt.Fprintf(w, `{"error":{"type":"invalid_client","message":"bad %s"}}`, testClientSecret)
		return true
	}
	c2, err := NewClient(oauth.server.URL, WithClientCredentials(testClientID, testClientSecret), WithLogger(logger))
	if err != nil {
		t.Fatal(err)
	}
	_, resp, err := c2.Tasks.Get(testCtx(t), "t1")
	record(err, resp, c2)
	// Bad construction input.
	_, err = NewClient("https://"+testAPIKey+":"+testClientSecret+"@acme.benchling.com", WithAPIKey(testAPIKey))
	record(err)

	if oauth.tokens.Load() == 0 {
		t.Fatal("the OAuth client never fetched a token: the test does not exercise bearer tokens")
	}
	if !strings.Contains(logs.String(), "benchling request") || !strings.Contains(logs.String(), "benchling retry") {
		t.Fatalf("debug logging produced no request or retry lines:\n%s", logs.String())
	}
	all := strings.Join(outputs, "\n") + "\n" + logs.String()
	for _, secret := range []string{testAPIKey, testClientSecret, testTokenPrefix, secretBody} {
		if strings.Contains(all, secret) {
			i := strings.Index(all, secret)
			t.Errorf("secret %q leaked: ...%s...", secret, all[max(0, i-200):min(len(all), i+100)])
		}
	}
}

func TestRedirectToOtherHostDropsCredentials(t *testing.T) {
	other := setupRaw(t)
	var gotAuth []string
	other.mux.HandleFunc("GET /landing", func(w http.ResponseWriter, r *http.Request) {
		gotAuth = append(gotAuth, r.Header.Get("Authorization"))
		fmt.Fprint(w, `{}`)
	})
	env := setupRaw(t)
	// 127.0.0.1 and localhost are different hosts to the HTTP client.
	target := strings.Replace(other.server.URL, "127.0.0.1", "localhost", 1) + "/api/v2/landing"
	env.mux.HandleFunc("GET /jump", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, target, http.StatusFound)
	})
	req, _ := env.client.NewRequest(testCtx(t), "GET", "jump", nil)
	if _, err := env.client.Do(req, nil); err != nil {
		t.Fatal(err)
	}
	if len(gotAuth) != 1 || gotAuth[0] != "" {
		t.Errorf("Authorization at the other host = %q, want none", gotAuth)
	}
}

// TestEchoedCredentialsAreRedacted: a server (or proxy) that echoes the
// credential in an error body does not get it into the *Error.
func TestEchoedCredentialsAreRedacted(t *testing.T) {
	echo := func(w http.ResponseWriter, r *http.Request) {
		auth := r.Header.Get("Authorization")
		user, _, _ := r.BasicAuth()
		bearer := strings.TrimPrefix(auth, "Bearer ")
		w.WriteHeader(400)
		fmt.Fprintf(w, `{"error":{"type":"invalid_request_error","message":"bad header %s (key %s, token %s)","userMessage":"%s"}}`, auth, user, bearer, bearer)
	}
	apiKeyEnv := setupRaw(t)
	apiKeyEnv.mux.HandleFunc("GET /echo", echo)
	oauth := setupOAuth(t)
	oauth.mux.HandleFunc("GET /echo", echo)
	for _, c := range []*Client{apiKeyEnv.client, oauth.client} {
		req, _ := c.NewRequest(testCtx(t), "GET", "echo", nil)
		_, err := c.Do(req, nil)
		var apiErr *Error
		if !errors.As(err, &apiErr) || !strings.Contains(apiErr.Message, "[REDACTED]") {
			t.Fatalf("err = %v, want an *Error with the echoed credential redacted", err)
		}
		out := fmt.Sprintf("%v %+v %s %s", err, apiErr, apiErr.Message, apiErr.UserMessage)
		for _, secret := range []string{testAPIKey, testTokenPrefix, base64.StdEncoding.EncodeToString([]byte(testAPIKey + ":"))} {
			if strings.Contains(out, secret) {
				t.Errorf("echoed credential %q reached the error: %s", secret, out)
			}
		}
	}
}
