package benchling

import (
	"net/http"
	"sync"
	"testing"
)

// TestHeadersAfterTheOverheadWork: the SDK's own requests no longer carry
// Accept and User-Agent in their header map (the transport adds them to
// the header it sends), and share header values between requests. What
// reaches the server is unchanged: Accept, User-Agent and the credential
// at the tenant; Accept and User-Agent but no credential after a redirect
// elsewhere; and a NewRequest request still carries its headers, which its
// caller may change.
func TestHeadersAfterTheOverheadWork(t *testing.T) {
	other := newOtherPort(t)
	var mu sync.Mutex
	var seen []http.Header
	record := func(r *http.Request) {
		mu.Lock()
		seen = append(seen, r.Header.Clone())
		mu.Unlock()
	}
	env := setupRaw(t, WithUserAgent("acme-sync/2"))
	env.mux.HandleFunc("GET /aa-sequences/prtn_1", func(w http.ResponseWriter, r *http.Request) {
		record(r)
		relOK(t, w, r)
	})
	env.mux.HandleFunc("GET /aa-sequences/prtn_2", func(w http.ResponseWriter, r *http.Request) {
		record(r)
		http.Redirect(w, r, other.srv.URL+"/api/v2/aa-sequences/prtn_2", http.StatusFound)
	})
	for _, id := range []string{"prtn_1", "prtn_1", "prtn_2"} {
		if _, _, err := env.client.AaSequences.Get(testCtx(t), id, nil); err != nil {
			t.Fatal(err)
		}
	}
	req, err := env.client.NewRequest(testCtx(t), "GET", "aa-sequences/prtn_1", nil)
	if err != nil {
		t.Fatal(err)
	}
	if req.Header.Get("Accept") != "application/json" || req.Header.Get("User-Agent") != "acme-sync/2" {
		t.Errorf("NewRequest's header = %v, want Accept and User-Agent", req.Header)
	}
	req.Header.Set("User-Agent", "custom/1")
	if _, err := env.client.Do(req, nil); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(seen) != 4 {
		t.Fatalf("the tenant saw %d requests, want 4", len(seen))
	}
	for i, h := range seen {
		wantUA := "acme-sync/2"
		if i == 3 {
			wantUA = "custom/1"
		}
		if h.Get("Accept") != "application/json" || h.Get("User-Agent") != wantUA || h.Get("Authorization") != basicAuthHeader(testAPIKey) {
			t.Errorf("request %d at the tenant had %v, want Accept, User-Agent %q and the API key", i, h, wantUA)
		}
	}
	if other.hits.Load() != 1 || other.authz.Load().(string) != "" || other.accept.Load().(string) != "application/json acme-sync/2" {
		t.Errorf("the other origin saw %d requests with Authorization %q, Accept and User-Agent %q; want 1, none, and both",
			other.hits.Load(), other.authz.Load(), other.accept.Load())
	}
}
