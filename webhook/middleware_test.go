package webhook

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestWebhookMiddleware(t *testing.T) {
	key := newTestKey(t, "k1")
	srv := newJWKSServer(t, key)
	clock := newFakeClock()
	var logs bytes.Buffer
	v := newTestVerifier(t, srv, clock, WithMaxBodySize(4096), WithLogger(slog.New(slog.NewTextHandler(&logs, nil))))

	// The body has odd spacing and key order, which re-encoding would lose.
	body := []byte("{ \"version\":\"0\",  \"tenantId\":\"ten_7fbo183\",\n\"baseURL\":\"https://mytenant.benchling.com\"," +
		"\"message\":{\"type\":\"v3.entry.created\",\"id\":\"evt_1\",\"resourceId\":\"etr_1\",\"note\":\"\u00e9 " + secretMarker + "\"}}")
	var gotBody, gotRaw []byte
	called := 0
	next := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		called++
		var err error
		if gotBody, err = io.ReadAll(r.Body); err != nil {
			t.Errorf("reading r.Body in next: %v", err)
		}
		gotRaw = RawBody(r)
		if r.ContentLength != int64(len(body)) {
			t.Errorf("r.ContentLength = %d, want %d", r.ContentLength, len(body))
		}
		w.WriteHeader(http.StatusNoContent)
	})
	h := v.Middleware(next)

	serve := func(header http.Header, body []byte) *httptest.ResponseRecorder {
		req := httptest.NewRequest(http.MethodPost, "/webhooks", bytes.NewReader(body))
		for k, vs := range header {
			req.Header[k] = vs
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec
	}

	rec := serve(key.signedHeader(t, "msg_1", clock.now(), body), body)
	if rec.Code != http.StatusNoContent || called != 1 {
		t.Fatalf("valid delivery: status %d, next called %d times; want 204 and 1", rec.Code, called)
	}
	if !bytes.Equal(gotBody, body) || !bytes.Equal(gotRaw, body) {
		t.Errorf("next got r.Body %q and RawBody %q, want the raw bytes %q", gotBody, gotRaw, body)
	}
	if RawBody(httptest.NewRequest(http.MethodGet, "/", nil)) != nil {
		t.Errorf("RawBody(request that did not pass the middleware) != nil")
	}

	tampered := bytes.Replace(body, []byte("etr_1"), []byte("etr_2"), 1)
	old := key.signedHeader(t, "msg_1", clock.now().Add(-DefaultTolerance-1e9), body)
	tests := []struct {
		name   string
		header http.Header
		body   []byte
		status int
		text   string
	}{
		{"tampered body", key.signedHeader(t, "msg_1", clock.now(), body), tampered, http.StatusUnauthorized, "invalid webhook signature"},
		{"missing headers", http.Header{}, body, http.StatusUnauthorized, "missing webhook headers"},
		{"stale timestamp", old, body, http.StatusUnauthorized, "webhook timestamp rejected"},
		{"too large", key.signedHeader(t, "msg_1", clock.now(), body), bytes.Repeat([]byte("x"), 4097), http.StatusRequestEntityTooLarge, "request body too large"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := called
			rec := serve(tt.header, tt.body)
			if rec.Code != tt.status {
				t.Errorf("status %d, want %d", rec.Code, tt.status)
			}
			if got := strings.TrimSpace(rec.Body.String()); got != tt.text {
				t.Errorf("response body %q, want %q", got, tt.text)
			}
			if called != before {
				t.Errorf("next was called for a rejected delivery")
			}
		})
	}
	if !strings.Contains(logs.String(), "webhook: rejected delivery") || strings.Contains(logs.String(), secretMarker) {
		t.Errorf("logs %q: want rejections logged without the body", logs.String())
	}

	t.Run("JWKS unavailable", func(t *testing.T) {
		down := newJWKSServer(t)
		down.set(http.StatusInternalServerError, nil)
		v := newTestVerifier(t, down, clock)
		rec := httptest.NewRecorder()
		req := httptest.NewRequest(http.MethodPost, "/webhooks", bytes.NewReader(body))
		for k, vs := range key.signedHeader(t, "msg_1", clock.now(), body) {
			req.Header[k] = vs
		}
		v.Middleware(next).ServeHTTP(rec, req.WithContext(context.Background()))
		if rec.Code != http.StatusServiceUnavailable {
			t.Errorf("status %d, want 503", rec.Code)
		}
	})
}
