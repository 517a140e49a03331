package benchling

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"log"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// relTLSServer is an httptest TLS server that counts connections and
// requests, with its handshake-error log silenced.
func relTLSServer(t *testing.T, h http.HandlerFunc) (srv *httptest.Server, conns, reqs *atomic.Int32) {
	conns, reqs = new(atomic.Int32), new(atomic.Int32)
	srv = httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		reqs.Add(1)
		h(w, r)
	}))
	srv.Config.ErrorLog = log.New(io.Discard, "", 0)
	srv.Config.ConnState = func(_ net.Conn, s http.ConnState) {
		if s == http.StateNew {
			conns.Add(1)
		}
	}
	srv.StartTLS()
	t.Cleanup(srv.Close)
	return srv, conns, reqs
}

func isCertError(err error) bool {
	var unknown x509.UnknownAuthorityError
	var verify *tls.CertificateVerificationError
	return errors.As(err, &unknown) || errors.As(err, &verify)
}

// TestReliabilityTLSVerification: the SDK never turns certificate
// verification off. A server whose certificate the client does not trust
// fails with a certificate error, once (a retry cannot fix it), for API
// keys and OAuth alike; trusting it through WithHTTPClient works.
func TestReliabilityTLSVerification(t *testing.T) {
	srv, conns, reqs := relTLSServer(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/api/v2/token" {
			w.Header().Set("Content-Type", "application/json")
			fmt.Fprint(w, `{"access_token":"tok_TEST_bearer_tls","token_type":"Bearer","expires_in":900}`)
			return
		}
		relOK(t, w, r)
	})
	clients := map[string]Option{
		"api key": WithAPIKey(testAPIKey),
		"oauth":   WithClientCredentials(testClientID, testClientSecret),
	}
	for name, cred := range clients {
		t.Run(name, func(t *testing.T) {
			conns.Store(0)
			reqs.Store(0)
			c, err := NewClient(srv.URL, cred, relFast(), WithoutPacing())
			if err != nil {
				t.Fatal(err)
			}
			_, _, err = c.AaSequences.Get(testCtx(t), "prtn_1", nil)
			if !isCertError(err) {
				t.Fatalf("err = %v (%T), want a certificate verification error", err, err)
			}
			if strings.Contains(fmt.Sprintf("%v %+v", err, err), testClientSecret) {
				t.Errorf("error repeats the client secret: %v", err)
			}
			if conns.Load() != 1 || reqs.Load() != 0 {
				t.Errorf("%d connections, %d requests; want 1 connection (not retried) and no request", conns.Load(), reqs.Load())
			}
			trusted, err := NewClient(srv.URL, cred, relFast(), WithoutPacing(), WithHTTPClient(srv.Client()))
			if err != nil {
				t.Fatal(err)
			}
			if _, _, err := trusted.AaSequences.Get(testCtx(t), "prtn_1", nil); err != nil {
				t.Fatalf("with the server's certificate trusted: %v", err)
			}
		})
	}
	// The SDK's own transport verifies certificates.
	c, _ := NewClient("acme", WithAPIKey(testAPIKey))
	base := c.retry.HTTPClient.Transport.(*transport).base.(*http.Transport)
	if base.TLSClientConfig != nil && base.TLSClientConfig.InsecureSkipVerify {
		t.Error("the default transport skips certificate verification")
	}
}

// TestReliabilityRedirectDropsBearer: a redirect to another host does not
// carry the OAuth bearer token (TestRedirectToOtherHostDropsCredentials
// covers API keys).
func TestReliabilityRedirectDropsBearer(t *testing.T) {
	other := setupRaw(t)
	var gotAuth []string
	other.mux.HandleFunc("GET /landing", func(w http.ResponseWriter, r *http.Request) {
		gotAuth = append(gotAuth, r.Header.Get("Authorization"))
		fmt.Fprint(w, `{"status":"RUNNING"}`)
	})
	e := setupOAuth(t)
	var sawBearer atomic.Bool
	target := strings.Replace(other.server.URL, "127.0.0.1", "localhost", 1) + "/api/v2/landing"
	e.mux.HandleFunc("GET /tasks/jump", func(w http.ResponseWriter, r *http.Request) {
		sawBearer.Store(strings.HasPrefix(r.Header.Get("Authorization"), "Bearer "+testTokenPrefix))
		http.Redirect(w, r, target, http.StatusFound)
	})
	if _, _, err := e.client.Tasks.Get(testCtx(t), "jump"); err != nil {
		t.Fatal(err)
	}
	if !sawBearer.Load() {
		t.Fatal("the tenant did not get the bearer token: the test proves nothing")
	}
	if len(gotAuth) != 1 || gotAuth[0] != "" {
		t.Errorf("Authorization at the other host = %q, want none", gotAuth)
	}
}

// TestReliabilitySecretHygiene runs every fault of the matrix, with an API
// key client and an OAuth client logging at debug level, and checks that
// neither the API key (raw or as sent), the client secret, a bearer token
// nor a request body (a customer's sequence) appears in any error, in
// %v/%+v/%#v of errors, clients and responses, or in the log.
func TestReliabilitySecretHygiene(t *testing.T) {
	var logs syncBuffer
	logger := slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	var outputs []string
	record := func(vs ...any) {
		for _, v := range vs {
			outputs = append(outputs, fmt.Sprintf("%v", v), fmt.Sprintf("%+v", v), fmt.Sprintf("%#v", v))
			if r, ok := v.(*Response); ok && r != nil {
				outputs = append(outputs, fmt.Sprintf("%+v", *r))
			}
		}
	}
	var fault atomic.Pointer[relFault]
	stop := make(chan struct{})
	serve := func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		if r.Method != "GET" && !strings.Contains(string(b), relSecretSeq) {
			t.Errorf("%s %s: the request body lacks the sequence: the test proves nothing", r.Method, r.URL.Path)
		}
		fault.Load().h(t, w, r)
	}
	extra := []relFault{
		{name: "429 past policy", h: func(t *testing.T, w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Retry-After", "0.001")
			w.WriteHeader(429)
			fmt.Fprint(w, `{"error":{"message":"Rate limit exceeded.","type":"invalid_request_error"}}`)
		}},
		{name: "503", h: func(t *testing.T, w http.ResponseWriter, r *http.Request) { w.WriteHeader(503) }},
		{name: "403", h: func(t *testing.T, w http.ResponseWriter, r *http.Request) {
			w.WriteHeader(403)
			fmt.Fprint(w, `{"error":{"type":"invalid_request_error","message":"no","userMessage":"You do not have permission","invalidId":"prtn_1"}}`)
		}},
		{name: "never answers", h: func(t *testing.T, w http.ResponseWriter, r *http.Request) {
			select {
			case <-r.Context().Done():
			case <-stop:
			}
		}},
		{name: "redirect", h: func(t *testing.T, w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, "/api/v2/elsewhere", http.StatusTemporaryRedirect)
		}},
	}
	faults := append(append([]relFault(nil), relFaults...), extra...)
	opts := []Option{WithLogger(logger), relFast()}

	apiKeyEnv := setupRaw(t, opts...)
	apiKeyEnv.mux.HandleFunc("/", serve)
	oauth := setupOAuth(t, opts...)
	oauth.mux.HandleFunc("/", serve)
	t.Cleanup(func() { close(stop) })

	for _, c := range []*Client{apiKeyEnv.client, oauth.client} {
		record(c)
		for i := range faults {
			fault.Store(&faults[i])
			for _, call := range relCalls {
				ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
				if faults[i].name == "never answers" {
					ctx, cancel = context.WithTimeout(context.Background(), 50*time.Millisecond)
				}
				resp, err := call.call(ctx, c)
				cancel()
				if err == nil {
					t.Errorf("%s with %q: no error", call.name, faults[i].name)
				}
				record(err, resp)
			}
		}
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		_, resp, err := c.AaSequences.Get(ctx, "prtn_1", nil)
		record(err, resp)
	}
	// A token endpoint failing in every way, one of them echoing the secret.
	for _, tokenFault := range []func(w http.ResponseWriter){
		func(w http.ResponseWriter) { w.WriteHeader(400); fmt.Fprint(w, `{"error":"invalid_grant"}`) },
		func(w http.ResponseWriter) {
			w.WriteHeader(401)
			fmt.Fprintf(w, `{"error":{"type":"invalid_client","message":"bad secret %s"}}`, testClientSecret)
		},
		func(w http.ResponseWriter) { w.WriteHeader(500); fmt.Fprint(w, "<html>"+testClientSecret+"</html>") },
		func(w http.ResponseWriter) { fmt.Fprint(w, `{"token_type":"Bearer"}`) },
	} {
		oauth.tokenHook = func(w http.ResponseWriter, r *http.Request) bool { tokenFault(w); return true }
		c, err := NewClient(oauth.server.URL, WithClientCredentials(testClientID, testClientSecret), WithLogger(logger), relFast())
		if err != nil {
			t.Fatal(err)
		}
		for _, call := range relCalls {
			resp, err := call.call(testCtx(t), c)
			if err == nil {
				t.Errorf("%s with a failing token endpoint: no error", call.name)
			}
			record(err, resp, c)
		}
	}
	// TLS failures.
	tlsSrv, _, _ := relTLSServer(t, func(w http.ResponseWriter, r *http.Request) {})
	for _, cred := range []Option{WithAPIKey(testAPIKey), WithClientCredentials(testClientID, testClientSecret)} {
		c, err := NewClient(tlsSrv.URL, cred, WithLogger(logger))
		if err != nil {
			t.Fatal(err)
		}
		for _, call := range relCalls {
			resp, err := call.call(testCtx(t), c)
			record(err, resp, c)
		}
	}

	if oauth.tokens.Load() == 0 {
		t.Fatal("the OAuth client never got a token: bearer tokens were not exercised")
	}
	log := logs.String()
	if !strings.Contains(log, "benchling request") || !strings.Contains(log, "benchling retry") {
		t.Fatalf("debug logging produced no request or retry lines:\n%s", log)
	}
	sentKey := basicAuthHeader(testAPIKey)
	secrets := []string{testAPIKey, sentKey, strings.TrimPrefix(sentKey, "Basic "), testClientSecret, testTokenPrefix, relSecretSeq}
	all := strings.Join(outputs, "\n") + "\n" + log
	for _, s := range secrets {
		if i := strings.Index(all, s); i >= 0 {
			t.Errorf("%q leaked: ...%s...", s, all[max(0, i-200):min(len(all), i+100)])
		}
	}
}
