package benchling

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// Issue 10, redirects: a write is never reported as done after a
// redirect, its body never leaves its origin, the client secret never
// leaves the token endpoint's origin, and a redirect loop is not retried.

// otherPort starts a server on another port of 127.0.0.1 that counts and
// records what reaches it.
type otherPort struct {
	srv    *httptest.Server
	hits   atomic.Int32
	bodies atomic.Value // string: the last body
	authz  atomic.Value // string: the last Authorization
	accept atomic.Value // string: the last Accept and User-Agent
}

func newOtherPort(t *testing.T) *otherPort {
	t.Helper()
	o := &otherPort{}
	o.bodies.Store("")
	o.authz.Store("")
	o.accept.Store("")
	o.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		o.hits.Add(1)
		b, _ := io.ReadAll(r.Body)
		o.bodies.Store(string(b))
		o.authz.Store(r.Header.Get("Authorization"))
		o.accept.Store(r.Header.Get("Accept") + " " + r.Header.Get("User-Agent"))
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(fixture(t, "aa_sequences/get.json"))
	}))
	t.Cleanup(o.srv.Close)
	return o
}

// TestRedirectedWriteIsNotReportedDone: a 301/302/303 answer to a POST or
// PATCH would be followed by net/http as a GET without the body, and the
// GET's answer (here the unchanged sequence) decoded as the write's
// result. The write must fail instead, saying it was redirected, with the
// status, matching ErrOutcomeUnknown (the server may have run it before
// redirecting); the GET is never sent.
func TestRedirectedWriteIsNotReportedDone(t *testing.T) {
	for _, status := range []int{301, 302, 303, 307, 308} {
		for _, c := range relCalls[2:4] { // BulkCreate (POST), Update (PATCH)
			t.Run(fmt.Sprint(status, c.name), func(t *testing.T) {
				other := newOtherPort(t)
				env := setupRaw(t, relFast())
				var writes, reads atomic.Int32
				env.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
					if r.Method == http.MethodGet {
						reads.Add(1)
						relOK(t, w, r) // the old name
						return
					}
					writes.Add(1)
					target := "/api/v2/aa-sequences/prtn_1"
					if status == 307 || status == 308 {
						target = other.srv.URL + target // another port: the body must not go there
					}
					http.Redirect(w, r, target, status)
				})
				resp, err := c.call(testCtx(t), env.client)
				var apiErr *Error
				if !errors.As(err, &apiErr) || apiErr.StatusCode != status || apiErr.Method != c.method || apiErr.Path != c.path {
					t.Fatalf("err = %v, want an *Error with status %d for %s %s", err, status, c.method, c.path)
				}
				if !errors.Is(err, ErrOutcomeUnknown) || !strings.Contains(err.Error(), "redirected") {
					t.Errorf("err = %v, want it to say the write was redirected, outcome unknown", err)
				}
				if resp == nil || resp.StatusCode != status {
					t.Errorf("resp = %v, want the %d", resp, status)
				}
				if writes.Load() != 1 || reads.Load() != 0 || other.hits.Load() != 0 {
					t.Errorf("writes %d, reads %d, other port %d; want the write once and nothing else",
						writes.Load(), reads.Load(), other.hits.Load())
				}
			})
		}
	}
}

// TestWriteFollows307OnlyToItsOrigin: a 307 or 308 keeps the method and
// body, so the client follows it, with the credential, when it stays at
// the tenant's scheme, host and port.
func TestWriteFollows307OnlyToItsOrigin(t *testing.T) {
	for _, status := range []int{307, 308} {
		t.Run(fmt.Sprint(status), func(t *testing.T) {
			env := setupRaw(t)
			var moved, landed atomic.Int32
			var gotBody, gotAuth atomic.Value
			env.mux.HandleFunc("PATCH /aa-sequences/prtn_1", func(w http.ResponseWriter, r *http.Request) {
				moved.Add(1)
				http.Redirect(w, r, "/api/v2/aa-sequences/prtn_2", status)
			})
			env.mux.HandleFunc("PATCH /aa-sequences/prtn_2", func(w http.ResponseWriter, r *http.Request) {
				landed.Add(1)
				b, _ := io.ReadAll(r.Body)
				gotBody.Store(string(b))
				gotAuth.Store(r.Header.Get("Authorization"))
				relOK(t, w, r)
			})
			_, _, err := env.client.AaSequences.Update(testCtx(t), "prtn_1", &AaSequenceUpdate{EntityUpdateBase: EntityUpdateBase{Name: Ptr("new name")}})
			if err != nil {
				t.Fatal(err)
			}
			if moved.Load() != 1 || landed.Load() != 1 {
				t.Fatalf("moved %d, landed %d; want 1 and 1", moved.Load(), landed.Load())
			}
			if b, _ := gotBody.Load().(string); !strings.Contains(b, `"new name"`) {
				t.Errorf("the redirected PATCH carried %q, want its body", b)
			}
			if a, _ := gotAuth.Load().(string); a != basicAuthHeader(testAPIKey) {
				t.Errorf("the redirected PATCH carried Authorization %q, want the API key", a)
			}
		})
	}
}

// TestReadRedirectToAnotherPortDropsCredential: a GET may be redirected
// anywhere, but the credential goes only to the tenant's own port.
func TestReadRedirectToAnotherPortDropsCredential(t *testing.T) {
	other := newOtherPort(t)
	env := setupRaw(t)
	env.mux.HandleFunc("GET /aa-sequences/prtn_1", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, other.srv.URL+"/api/v2/aa-sequences/prtn_1", http.StatusFound)
	})
	if _, _, err := env.client.AaSequences.Get(testCtx(t), "prtn_1", nil); err != nil {
		t.Fatal(err)
	}
	if other.hits.Load() != 1 {
		t.Fatalf("the other port saw %d requests, want 1 (reads follow redirects)", other.hits.Load())
	}
	if a, _ := other.authz.Load().(string); a != "" {
		t.Errorf("Authorization at another port of the same host = %q, want none", a)
	}
}

// TestCallerCheckRedirectIsRespected: a caller's CheckRedirect that is
// stricter than the SDK's still decides, for reads and writes alike, and
// a CheckRedirect error is not retried.
func TestCallerCheckRedirectIsRespected(t *testing.T) {
	for _, verdict := range []error{http.ErrUseLastResponse, errors.New("no redirects here")} {
		t.Run(verdict.Error(), func(t *testing.T) {
			var asked atomic.Int32
			hc := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error {
				asked.Add(1)
				return verdict
			}}
			env := setupRaw(t, WithHTTPClient(hc), relFast())
			var hits atomic.Int32
			env.mux.HandleFunc("GET /aa-sequences/prtn_1", func(w http.ResponseWriter, r *http.Request) {
				hits.Add(1)
				http.Redirect(w, r, "/api/v2/aa-sequences/prtn_2", http.StatusFound)
			})
			env.mux.HandleFunc("GET /aa-sequences/prtn_2", func(w http.ResponseWriter, r *http.Request) {
				t.Error("the caller's CheckRedirect refused this redirect")
			})
			_, _, err := env.client.AaSequences.Get(testCtx(t), "prtn_1", nil)
			if err == nil {
				t.Fatal("want an error")
			}
			if hits.Load() != 1 || asked.Load() != 1 {
				t.Errorf("hits %d, CheckRedirect calls %d; want 1 and 1 (not retried)", hits.Load(), asked.Load())
			}
		})
	}
}

// TestRedirectLoopIsNotRetried: a redirect loop ends after net/http's 10
// redirects, once: before, every attempt of the retry policy ran the loop
// again (60 requests in 40 s with the default policy).
func TestRedirectLoopIsNotRetried(t *testing.T) {
	for _, c := range []relCall{relCalls[0], relCalls[3]} { // a GET, and a PATCH looping on 307s
		t.Run(c.name, func(t *testing.T) {
			env := setupRaw(t, relFast())
			var hits atomic.Int32
			env.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
				hits.Add(1)
				http.Redirect(w, r, "/api/v2"+r.URL.Path, http.StatusTemporaryRedirect)
			})
			_, err := c.call(testCtx(t), env.client)
			if err == nil || !strings.Contains(err.Error(), "redirects") || !strings.Contains(err.Error(), c.method+" "+c.path) {
				t.Fatalf("err = %v, want one that names the call and the redirects", err)
			}
			if n := hits.Load(); n > maxRedirects+1 {
				t.Errorf("server saw %d requests, want at most %d (one attempt)", n, maxRedirects+1)
			}
			if got, want := errors.Is(err, ErrOutcomeUnknown), c.method != "GET"; got != want {
				t.Errorf("errors.Is(err, ErrOutcomeUnknown) = %v, want %v", got, want)
			}
		})
	}
}

// TestTokenRedirectStaysAtItsOrigin: the token request carries the client
// secret (HTTP Basic). A redirect of it to another port of the same host,
// which net/http would follow with the Authorization header, is not
// followed; nor is one that turns the POST into a GET. Neither is retried.
func TestTokenRedirectStaysAtItsOrigin(t *testing.T) {
	for _, status := range []int{302, 307, 308} {
		t.Run(fmt.Sprint(status), func(t *testing.T) {
			other := newOtherPort(t)
			e := setupOAuth(t, relFast(), WithoutPacing())
			var tokenHits atomic.Int32
			e.tokenHook = func(w http.ResponseWriter, r *http.Request) bool {
				tokenHits.Add(1)
				http.Redirect(w, r, other.srv.URL+"/api/v2/token", status)
				return true
			}
			_, _, err := e.client.Tasks.Get(testCtx(t), "t1")
			var apiErr *Error
			if !errors.As(err, &apiErr) || apiErr.Path != "/token" || apiErr.StatusCode != status {
				t.Fatalf("err = %v, want the token endpoint's %d", err, status)
			}
			if other.hits.Load() != 0 {
				t.Errorf("the other port got %d token requests (Authorization %q), want none",
					other.hits.Load(), other.authz.Load())
			}
			if tokenHits.Load() != 1 {
				t.Errorf("token requests = %d, want 1 (a redirect is not retried)", tokenHits.Load())
			}
			if s := fmt.Sprintf("%v %+v", err, err); strings.Contains(s, testClientSecret) {
				t.Errorf("error repeats the client secret: %s", s)
			}
		})
	}
	// A 307 to the token endpoint's own origin is followed.
	e := setupOAuth(t)
	var moved atomic.Int32
	e.tokenHook = func(w http.ResponseWriter, r *http.Request) bool {
		if r.URL.Query().Get("moved") != "" {
			return false // the real token endpoint
		}
		moved.Add(1)
		http.Redirect(w, r, "/api/v2/token?moved=1", http.StatusTemporaryRedirect)
		return true
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if _, _, err := e.client.Tasks.Get(ctx, "t1"); err != nil || moved.Load() != 1 {
		t.Fatalf("err = %v, moved %d; want a token after one same-origin 307", err, moved.Load())
	}
}
