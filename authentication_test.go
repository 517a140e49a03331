package benchling

import (
	"net/http"
	"strings"
	"testing"
)

// The Authentication tag's one operation, generateToken (POST /token), is
// what WithClientCredentials calls (through golang.org/x/oauth2) before
// the first request and whenever the token nears its expiry. The SDK
// exposes no method for it: the token is a secret that the client keeps
// to itself (never in errors, logs or %v output), and a caller who needs
// an authenticated request outside the services makes it with
// Client.NewRequest and Client.Do, which carry the token. This test is
// the operation's unit test: the SDK's token request is recorded for the
// contract check like every other request.

// TestAuthenticationGenerateToken: the client's token request is the
// spec's (form-encoded grant_type, client credentials in the Basic
// header), it decodes the spec's TokenResponse, and the API requests then
// carry the token.
func TestAuthenticationGenerateToken(t *testing.T) {
	env := newServerEnv(t, true)
	fx := specFixture(t, "generateToken", http.StatusOK)
	tokens := 0
	env.mux.HandleFunc("POST /token", func(w http.ResponseWriter, r *http.Request) {
		tokens++
		id, secret, ok := r.BasicAuth()
		if !ok || id != testClientID || secret != testClientSecret {
			t.Errorf("Basic auth = %q, %v", id, ok)
		}
		if ct := r.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/x-www-form-urlencoded") {
			t.Errorf("Content-Type = %q", ct)
		}
		if err := r.ParseForm(); err != nil || r.PostForm.Get("grant_type") != "client_credentials" || r.PostForm.Has("client_secret") {
			t.Errorf("form = %v, %v", r.PostForm, err)
		}
		serveJSON(t, http.MethodPost, http.StatusOK, fx)(w, r)
	})
	env.mux.HandleFunc("GET /apps/app_e59sjL23Pqn30xHg", func(w http.ResponseWriter, r *http.Request) {
		if got := r.Header.Get("Authorization"); got != "Bearer eyJ..." {
			t.Errorf("Authorization = %q, want the spec's token", got)
		}
		serveJSON(t, http.MethodGet, http.StatusOK, specFixture(t, "getBenchlingAppByID", http.StatusOK))(w, r)
	})
	c, err := NewClient(env.server.URL, WithClientCredentials(testClientID, testClientSecret), WithoutRetries())
	if err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if _, _, err := c.Apps.Get(testCtx(t), "app_e59sjL23Pqn30xHg"); err != nil {
			t.Fatal(err)
		}
	}
	if tokens != 1 {
		t.Errorf("%d token requests, want 1 (the token lives 900 s)", tokens)
	}
}
