package benchling

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestNewClientTenant(t *testing.T) {
	good := []struct{ in, want string }{
		{"acme", "https://acme.benchling.com/api/v2"},
		{"ACME", "https://acme.benchling.com/api/v2"},
		{"acme.benchling.com", "https://acme.benchling.com/api/v2"},
		{"https://acme.benchling.com", "https://acme.benchling.com/api/v2"},
		{"https://acme.benchling.com/", "https://acme.benchling.com/api/v2"},
		{"https://acme.benchling.com/api/v2", "https://acme.benchling.com/api/v2"},
		{"https://acme.benchling.com/api/v2/", "https://acme.benchling.com/api/v2"},
		{"https://acme.benchling.com:8443/api/v2", "https://acme.benchling.com:8443/api/v2"},
		{"http://127.0.0.1:8080", "http://127.0.0.1:8080/api/v2"},
		{"http://127.0.0.5:8080/api/v2", "http://127.0.0.5:8080/api/v2"},
		{"http://[::1]:9000/", "http://[::1]:9000/api/v2"},
		{"http://localhost:3000/api/v2/", "http://localhost:3000/api/v2"},
		{"localhost:3000", "https://localhost:3000/api/v2"},
		{"acme.benchling.com/api/v2", "https://acme.benchling.com/api/v2"},
		{"acme.benchling.com/", "https://acme.benchling.com/api/v2"},
		{"acme/api/v2/", "https://acme.benchling.com/api/v2"},
	}
	for _, tc := range good {
		t.Run(tc.in, func(t *testing.T) {
			c, err := NewClient(tc.in, WithAPIKey("k"))
			if err != nil {
				t.Fatalf("NewClient(%q): %v", tc.in, err)
			}
			if got := c.BaseURL(); got != tc.want {
				t.Errorf("BaseURL = %q, want %q", got, tc.want)
			}
		})
	}

	bad := []struct{ in, wantMsg string }{
		{"", "empty"},
		{"   ", "empty"},
		{"acme corp", "spaces"},
		{" acme", "spaces"},
		{"http://acme.benchling.com", "plain http is allowed only for loopback"},
		{"http://10.0.0.1:8080", "plain http is allowed only for loopback"},
		{"https://acme.benchling.com/api/v1", "the only path allowed is /api/v2"},
		{"https://acme.benchling.com/foo", "the only path allowed is /api/v2"},
		{"https://acme.benchling.com?x=1", "query"},
		{"https://acme.benchling.com/api/v2?", "query"},
		{"https://acme.benchling.com#frag", "fragment"},
		{"https://user:hunter2@acme.benchling.com", "credentials must not be part of the URL"},
		{"ftp://acme.benchling.com", "scheme"},
		{"https://", "host"},
		{"acme/api/v1", "the only path allowed is /api/v2"},
		{"acme.benchling.com/api/v2?x=1", "bare name or host"},
		{"user@acme.benchling.com", "bare name or host"},
		{"https://acme..benchling.com", "host name"},
		{"https://-acme.benchling.com", "host name"},
		{"https://acme.benchling.com:99999", "port"},
		{"https://acme.benchling.com\\api", "backslashes"},
	}
	for _, tc := range bad {
		t.Run("bad/"+tc.in, func(t *testing.T) {
			c, err := NewClient(tc.in, WithAPIKey("k"))
			if err == nil {
				t.Fatalf("NewClient(%q) = %v, want error", tc.in, c)
			}
			if !errors.Is(err, ErrInvalidTenant) {
				t.Errorf("error %v does not match ErrInvalidTenant", err)
			}
			msg := err.Error()
			if !strings.Contains(msg, tc.wantMsg) {
				t.Errorf("error %q does not say %q", msg, tc.wantMsg)
			}
			if !strings.Contains(msg, `https://acme.benchling.com"`) {
				t.Errorf("error %q does not show the expected form", msg)
			}
			if strings.Contains(msg, "hunter2") {
				t.Errorf("error %q repeats the password", msg)
			}
		})
	}
}

func TestNewClientCredentialOptions(t *testing.T) {
	tests := []struct {
		name string
		opts []Option
		want string
	}{
		{"none", nil, "no credential"},
		{"both", []Option{WithAPIKey("k"), WithClientCredentials("id", "secret")}, "not both"},
		{"empty key", []Option{WithAPIKey("")}, "API key is empty"},
		{"empty secret", []Option{WithClientCredentials("id", " ")}, "client secret is empty"},
		{"nil http client", []Option{WithAPIKey("k"), WithHTTPClient(nil)}, "nil"},
		{"negative retries", []Option{WithAPIKey("k"), WithRetryPolicy(RetryPolicy{MaxRetries: -1})}, "negative"},
		{"bad polling", []Option{WithAPIKey("k"), WithTaskPolling(0, 0)}, "minInterval"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := NewClient("acme", tc.opts...)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("NewClient error = %v, want one containing %q", err, tc.want)
			}
		})
	}
}

func TestAPIKeyAuthAndHeaders(t *testing.T) {
	env := setupRaw(t, WithUserAgent("my-service/1.2"))
	var got http.Header
	env.mux.HandleFunc("GET /ping", func(w http.ResponseWriter, r *http.Request) {
		got = r.Header.Clone()
		fmt.Fprint(w, `{}`)
	})
	req, err := env.client.NewRequest(testCtx(t), http.MethodGet, "ping", nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := env.client.Do(req, nil); err != nil {
		t.Fatal(err)
	}
	user, pass, ok := (&http.Request{Header: got}).BasicAuth()
	if !ok || user != testAPIKey || pass != "" {
		t.Errorf("basic auth = %q, %q, %v; want the API key as user and an empty password", user, pass, ok)
	}
	if want := "Basic " + base64.StdEncoding.EncodeToString([]byte(testAPIKey+":")); got.Get("Authorization") != want {
		t.Errorf("Authorization = %q, want %q", got.Get("Authorization"), want)
	}
	if ua := got.Get("User-Agent"); ua != "my-service/1.2" {
		t.Errorf("User-Agent = %q", ua)
	}
	if a := got.Get("Accept"); a != "application/json" {
		t.Errorf("Accept = %q", a)
	}
	if req.Header.Get("Authorization") != "" {
		t.Error("Do added the credential to the caller's request")
	}
}

// countingTransport counts round trips, standing in for a caller's
// instrumented RoundTripper.
type countingTransport struct {
	n    atomic.Int32
	base http.RoundTripper
}

func (c *countingTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	c.n.Add(1)
	return c.base.RoundTrip(r)
}

func TestWithHTTPClientKeepsCallerTransport(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `{"ok":true}`)
	}))
	defer srv.Close()
	ct := &countingTransport{base: http.DefaultTransport}
	hc := &http.Client{Transport: ct}
	c, err := NewClient(srv.URL, WithAPIKey("k"), WithHTTPClient(hc))
	if err != nil {
		t.Fatal(err)
	}
	req, _ := c.NewRequest(testCtx(t), http.MethodGet, "x", nil)
	var out struct{ OK bool }
	if _, err := c.Do(req, &out); err != nil || !out.OK {
		t.Fatalf("Do = %v, %+v", err, out)
	}
	if ct.n.Load() != 1 {
		t.Errorf("caller's transport saw %d requests, want 1", ct.n.Load())
	}
	if hc.Transport != ct {
		t.Error("NewClient modified the caller's *http.Client")
	}
}

func TestNewRequestPaths(t *testing.T) {
	c, err := NewClient("acme", WithAPIKey("k"))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	good := map[string]string{
		"custom-entities":              "https://acme.benchling.com/api/v2/custom-entities",
		"/custom-entities?pageSize=10": "https://acme.benchling.com/api/v2/custom-entities?pageSize=10",
		"aa-sequences:bulk-create":     "https://acme.benchling.com/api/v2/aa-sequences:bulk-create",
		"folders/lib_1%2F2":            "https://acme.benchling.com/api/v2/folders/lib_1%2F2",
	}
	for in, want := range good {
		req, err := c.NewRequest(ctx, http.MethodGet, in, nil)
		if err != nil {
			t.Errorf("NewRequest(%q): %v", in, err)
			continue
		}
		if got := req.URL.String(); got != want {
			t.Errorf("NewRequest(%q) URL = %q, want %q", in, got, want)
		}
	}
	for _, in := range []string{"", "https://evil.example/x", "//evil.example/x", "a/../../x", "%zz"} {
		if _, err := c.NewRequest(ctx, http.MethodGet, in, nil); err == nil {
			t.Errorf("NewRequest(%q) succeeded, want error", in)
		}
	}
}

func TestPathfRejectsInvalidIDs(t *testing.T) {
	for _, id := range []string{"", " ", ".", "..", "a/b", `a\b`} {
		r := pathf("aa-sequences/%s", id)
		if !errors.Is(r.err, ErrInvalidID) {
			t.Errorf("pathf(%q).err = %v, want ErrInvalidID", id, r.err)
		}
	}
	r := pathf("aa-sequences/%s:upsert", "TP 001?#")
	if r.err != nil {
		t.Fatal(r.err)
	}
	if want := "aa-sequences/TP%20001%3F%23:upsert"; r.escaped != want {
		t.Errorf("escaped = %q, want %q", r.escaped, want)
	}
}

func TestInvalidIDSendsNothing(t *testing.T) {
	env := setupRaw(t)
	var hits atomic.Int32
	env.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { hits.Add(1) })
	_, _, err := env.client.Tasks.Get(testCtx(t), "")
	if !errors.Is(err, ErrInvalidID) {
		t.Fatalf("err = %v, want ErrInvalidID", err)
	}
	if hits.Load() != 0 {
		t.Errorf("server saw %d requests, want 0", hits.Load())
	}
}

func TestResponseHeaders(t *testing.T) {
	env := setupRaw(t)
	env.mux.HandleFunc("GET /things", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("x-rate-limit-limit", "60")
		w.Header().Set("x-rate-limit-remaining", "41")
		w.Header().Set("x-rate-limit-reset", "12")
		w.Header().Set("Result-Count", "1234")
		fmt.Fprint(w, `{"things":[],"nextToken":"tok"}`)
	})
	_, resp, err := list[struct{}](testCtx(t), env.client, http.MethodGet, pathf("things"), "things", nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := RateLimit{Limit: 60, Remaining: 41, Reset: 12e9}
	if diff := cmp.Diff(want, resp.RateLimit); diff != "" {
		t.Errorf("RateLimit mismatch (-want +got):\n%s", diff)
	}
	if resp.ResultCount != 1234 || resp.NextToken != "tok" || resp.StatusCode != 200 {
		t.Errorf("ResultCount = %d, NextToken = %q, StatusCode = %d", resp.ResultCount, resp.NextToken, resp.StatusCode)
	}
}

func TestDecodeErrors(t *testing.T) {
	bodies := map[string]string{
		"empty":      ``,
		"truncated":  `{"id": "prtn_1", "name": "x`,
		"invalid":    `{"id": prtn_1}`,
		"html":       `<html><body>Bad gateway</body></html>`,
		"wrong type": `{"status": 12}`,
	}
	for name, body := range bodies {
		t.Run(name, func(t *testing.T) {
			env := setupRaw(t)
			env.mux.HandleFunc("GET /tasks/t1", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, body) })
			task, resp, err := env.client.Tasks.Get(testCtx(t), "t1")
			var de *DecodeError
			if !errors.As(err, &de) || !errors.Is(err, ErrUnexpectedResponse) {
				t.Fatalf("err = %v (%T), want *DecodeError", err, err)
			}
			if de.Method != "GET" || de.Path != "/tasks/t1" || de.StatusCode != 200 {
				t.Errorf("DecodeError = %+v", de)
			}
			if !strings.Contains(err.Error(), "GET /tasks/t1") {
				t.Errorf("error %q does not name method and path", err)
			}
			if task != nil || resp == nil {
				t.Errorf("task = %v, resp = %v; want nil task and a response", task, resp)
			}
		})
	}
}

func TestListMissingKeyIsAnError(t *testing.T) {
	env := setupRaw(t)
	env.mux.HandleFunc("GET /things", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `{"others":[{}],"nextToken":""}`)
	})
	_, _, err := list[struct{}](testCtx(t), env.client, http.MethodGet, pathf("things"), "things", nil, nil)
	if !errors.Is(err, ErrUnexpectedResponse) || !strings.Contains(err.Error(), `no "things" list`) {
		t.Fatalf("err = %v, want a DecodeError about the missing list", err)
	}
}

func TestPtrAndNullable(t *testing.T) {
	if p := Ptr(3); *p != 3 {
		t.Fatal("Ptr")
	}
	type body struct {
		A Nullable[string] `json:"a,omitzero"`
		B Nullable[string] `json:"b,omitzero"`
		C Nullable[int]    `json:"c,omitzero"`
	}
	got, err := jsonString(body{B: Null[string](), C: NullableOf(0)})
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"b":null,"c":0}`; got != want {
		t.Errorf("marshal = %s, want %s", got, want)
	}
	var back body
	if err := jsonUnmarshal(`{"a":"x","b":null}`, &back); err != nil {
		t.Fatal(err)
	}
	if v, ok := back.A.Get(); !ok || v != "x" {
		t.Errorf("A = %v, %v", v, ok)
	}
	if !back.B.IsNull() || !back.C.IsZero() {
		t.Errorf("B null = %v, C unset = %v", back.B.IsNull(), back.C.IsZero())
	}
}
