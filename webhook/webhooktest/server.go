package webhooktest

import (
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/benchling-go/benchling/webhook"
)

// Server serves a [Signer]'s published keys on a loopback address, as
// Benchling serves an app definition's JWKS: GET
// /api/v1/apps/{app_definition_id}/jwks answers the signer's JWKS as it is
// at that moment, so that Rotate and Retire show at the next fetch. Other
// paths get 404 and other methods 405. Its methods are safe for concurrent
// use.
type Server struct {
	// URL is the server's base URL, for example http://127.0.0.1:41234.
	URL string

	signer  *Signer
	ts      *httptest.Server
	fetches atomic.Int64

	mu     sync.Mutex
	status int // 0: serve the keys
}

// NewServer starts a Server for s and closes it when the test ends
// (tb.Cleanup). It fails the test if s is nil.
func NewServer(tb testing.TB, s *Signer) *Server {
	tb.Helper()
	srv, err := StartServer(s)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(srv.Close)
	return srv
}

// StartServer starts a Server for s, for programs and examples outside
// tests. The caller must call Close.
func StartServer(s *Signer) (*Server, error) {
	if s == nil {
		return nil, errors.New("webhooktest: StartServer: the signer is nil")
	}
	srv := &Server{signer: s}
	srv.ts = httptest.NewServer(http.HandlerFunc(srv.serveHTTP))
	srv.URL = srv.ts.URL
	return srv, nil
}

// Close shuts the server down. It is safe to call more than once.
func (srv *Server) Close() {
	srv.ts.Close()
}

// JWKSURL returns the URL of the JWKS on the server:
// URL + "/api/v1/apps/{app_definition_id}/jwks", the path of
// webhook.JWKSURL. Pass it to webhook.WithJWKSURL.
func (srv *Server) JWKSURL() string {
	return srv.URL + jwksPath(srv.signer.AppDefinitionID())
}

// Client returns an http.Client for the server (httptest.Server.Client).
// Pass it to webhook.WithHTTPClient.
func (srv *Server) Client() *http.Client { return srv.ts.Client() }

// NewVerifier returns webhook.NewVerifier for the signer's app definition,
// fetching the keys from this server with its client; opts come after
// those, so they may replace them.
func (srv *Server) NewVerifier(opts ...webhook.Option) (*webhook.Verifier, error) {
	all := append([]webhook.Option{webhook.WithJWKSURL(srv.JWKSURL()), webhook.WithHTTPClient(srv.Client())}, opts...)
	return webhook.NewVerifier(srv.signer.AppDefinitionID(), all...)
}

// Fetches returns how many times the JWKS has been served (or, after
// SetStatus, refused), so that tests can check a Verifier's caching.
func (srv *Server) Fetches() int { return int(srv.fetches.Load()) }

// SetStatus makes the JWKS answer the HTTP status code with a short error
// body instead of the keys, from the next request on, so that tests can
// see what a handler does when the keys cannot be loaded (the middleware
// answers 503). 0 or 200 serves the keys again.
func (srv *Server) SetStatus(code int) {
	srv.mu.Lock()
	defer srv.mu.Unlock()
	if code == http.StatusOK {
		code = 0
	}
	srv.status = code
}

func (srv *Server) serveHTTP(w http.ResponseWriter, r *http.Request) {
	if r.URL.EscapedPath() != jwksPath(srv.signer.AppDefinitionID()) {
		http.NotFound(w, r)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	srv.fetches.Add(1)
	srv.mu.Lock()
	status := srv.status
	srv.mu.Unlock()
	if status != 0 {
		http.Error(w, fmt.Sprintf("webhooktest: JWKS status set to %d", status), status)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write(srv.signer.JWKS())
}

// jwksPath is the path of webhook.JWKSURL for an app definition:
// /api/v1/apps/{app_definition_id}/jwks, escaped.
func jwksPath(appDefinitionID string) string {
	u, err := url.Parse(webhook.JWKSURL(appDefinitionID))
	if err != nil {
		return "/api/v1/apps/" + url.PathEscape(appDefinitionID) + "/jwks"
	}
	return u.EscapedPath()
}
