package contract

import (
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

func TestHandlerOffIsIdentity(t *testing.T) {
	t.Setenv(EnvDir, "")
	h := http.NotFoundHandler()
	if got := Handler(SourceFake, "T", h); got == nil || Enabled() {
		t.Fatal("Handler returned nil or recording is on")
	}
}

func TestHandlerRecords(t *testing.T) {
	dir := t.TempDir()
	t.Setenv(EnvDir, dir)
	srv := httptest.NewServer(Handler(SourceFake, "TestX", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body) // the handler still sees the body
		switch r.URL.Path {
		case "/skip":
			Skip(r)
			w.WriteHeader(503)
		case "/api/v2/token":
			w.WriteHeader(200)
		case "/hijack":
			c, _, _ := w.(http.Hijacker).Hijack()
			c.Close()
		default:
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(201)
			w.(http.Flusher).Flush()
			_, _ = w.Write(append([]byte(`{"got":`), append(b, '}')...))
		}
	})))
	defer srv.Close()
	resp, err := http.Post(srv.URL+"/api/v2/users?pageSize=2", "application/json", strings.NewReader(`"x"`))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if string(body) != `{"got":"x"}` {
		t.Errorf("client got %q", body)
	}
	req, _ := http.NewRequest("POST", srv.URL+"/api/v2/token", strings.NewReader("grant_type=client_credentials&client_secret=cs_very_secret"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Authorization", "Basic c2VjcmV0X2tleTo=")
	if resp, err := http.DefaultClient.Do(req); err == nil {
		resp.Body.Close()
	}
	if resp, err := http.Get(srv.URL + "/skip"); err == nil {
		resp.Body.Close()
	}
	if resp, err := http.Get(srv.URL + "/hijack"); err == nil {
		resp.Body.Close()
	}
	got, err := ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("recorded %d exchanges, want 2 (skipped and hijacked ones left out): %+v", len(got), got)
	}
	e := got[0]
	if e.Source != SourceFake || e.Test != "TestX" || e.Package != "contract.test" || e.Method != "POST" ||
		e.Target != "/api/v2/users?pageSize=2" || e.ContentType != "application/json" || string(e.Body) != `"x"` ||
		e.Status != 201 || e.RespType != "application/json" || string(e.RespBody) != `{"got":"x"}` {
		t.Errorf("exchange = %+v", e)
	}
	form, _ := url.ParseQuery(string(got[1].Body))
	if form.Get("client_secret") != "REDACTED" || form.Get("grant_type") != "client_credentials" {
		t.Errorf("token body = %q, want the secret redacted", got[1].Body)
	}
	for _, e := range got {
		line := string(e.Body) + string(e.RespBody)
		if strings.Contains(line, "cs_very_secret") || strings.Contains(line, "c2VjcmV0X2tleTo") {
			t.Errorf("a secret was recorded: %+v", e)
		}
	}
}
