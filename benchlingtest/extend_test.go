package benchlingtest

import (
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/benchling-go/benchling"
)

// A user's handler serves an operation the fake does not, with its path
// parameters, after authentication and the other scenario layers; it
// takes precedence over a built-in; it may call the server's methods.
func TestHandle(t *testing.T) {
	srv := NewServer(t)
	unserve(t, srv, "GET", "/apps") // the fake serves every operation
	unserve(t, srv, "GET", "/apps/{app_id}")
	err := srv.Handle("get", "/apps/{app_id}", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]any{"id": r.PathValue("app_id"), "name": "Served by the test"})
	}))
	if err != nil {
		t.Fatal(err)
	}
	resp, m := get(t, srv, "/apps/app_123")
	if resp.StatusCode != 200 || str(m, "id") != "app_123" {
		t.Fatalf("GET /apps/app_123: %d %v", resp.StatusCode, m)
	}
	if resp, _ := get(t, srv, "/apps"); resp.StatusCode != http.StatusNotImplemented {
		t.Errorf("GET /apps (not handled): %d, want 501", resp.StatusCode)
	}
	if n := srv.RequestCount("GET", "/apps/app_123"); n != 1 {
		t.Errorf("RequestCount = %d, want 1", n)
	}
	if r := srv.Requests(); r[0].Status != 200 {
		t.Errorf("recorded status %d", r[0].Status)
	}
	// Authentication and faults come first.
	req, _ := http.NewRequest("GET", srv.URL+"/api/v2/apps/app_123", nil)
	if resp, err := http.DefaultClient.Do(req); err != nil || resp.StatusCode != 401 {
		t.Errorf("unauthenticated: %v %v", resp.StatusCode, err)
	}
	srv.InjectFault("GET", "/apps/*", Fault{Status: 503, Times: 1})
	if resp, _ := get(t, srv, "/apps/app_123"); resp.StatusCode != 503 {
		t.Errorf("with a fault: %d", resp.StatusCode)
	}

	// A handler replaces a built-in operation, and may call Add.
	if err := srv.Handle("POST", "/api/v2/users", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		var u map[string]any
		json.Unmarshal(b, &u)
		u["handle"] = "from-handler"
		ids, err := srv.Add("users", u)
		if err != nil {
			http.Error(w, err.Error(), 500)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(201)
		json.NewEncoder(w).Encode(map[string]any{"id": ids[0]})
	})); err != nil {
		t.Fatal(err)
	}
	resp, m = send(t, srv, "POST", "/users", `{"name":"Lise Meitner","email":"lm@example.com","handle":"lm"}`)
	if resp.StatusCode != 201 {
		t.Fatalf("POST /users through the handler: %d %v", resp.StatusCode, m)
	}
	if _, u := get(t, srv, "/users/"+str(m, "id")); str(u, "handle") != "from-handler" || str(u, "name") != "Lise Meitner" {
		t.Errorf("the user the handler added: %v", u)
	}
	// The other built-in operations are untouched.
	if resp, _ := get(t, srv, "/users/"+srv.AdminUserID()); resp.StatusCode != 200 {
		t.Errorf("GET /users/{id}: %d", resp.StatusCode)
	}
}

func TestHandleRejectsBadInput(t *testing.T) {
	srv := NewServer(t)
	ok := http.NotFoundHandler()
	for _, tc := range []struct {
		method, pattern string
		h               http.Handler
	}{
		{"GET", "/x", nil},
		{"", "/x", ok},
		{"G T", "/x", ok},
		{"GET", "", ok},
		{"GET", "x", ok},
		{"GET", "/", ok},
		{"GET", "/a//b", ok},
		{"GET", "/{id}", ok},
		{"GET", "/a/{}", ok},
		{"GET", "/a/{id", ok},
		{"GET", "/a/x{id}", ok},
		{"GET", "/a/{id}x", ok},
		{"GET", "/a/{id}:", ok},
		{"GET", "/a/b}", ok},
	} {
		if err := srv.Handle(tc.method, tc.pattern, tc.h); err == nil || !strings.HasPrefix(err.Error(), "benchlingtest: Handle: ") {
			t.Errorf("Handle(%q, %q): err = %v", tc.method, tc.pattern, err)
		}
	}
	if err := srv.Handle("PATCH", "/things/{id}:upsert", ok); err != nil {
		t.Errorf("Handle of an upsert pattern: %v", err)
	}
}

// Add keeps what the item gives (timestamps, creator, IDs, registry IDs)
// and fills the server properties it leaves empty.
func TestAddKeepsGivenAndFillsServerProperties(t *testing.T) {
	srv := NewServer(t)
	addSchemas(t, srv, "ts_x:aa_sequence")
	old := time.Date(2020, 3, 1, 9, 30, 0, 0, time.UTC)
	other := srv.AddUser(User{Name: "Barbara McClintock", Handle: "bmc"})
	added, err := srv.Add("aa-sequences",
		benchling.AaSequence{AminoAcids: "MKVLA", EntityBase: benchling.EntityBase{Name: "Old protein", CreatedAt: old,
			Creator: benchling.UserSummary{ID: other, Name: "Barbara McClintock", Handle: "bmc"}}},
		map[string]any{"id": "prtn_chosen1", "name": "Chosen ID", "aminoAcids": "MKK", "entityRegistryId": "PRT-OLD",
			"createdAt": "2021-01-01T00:00:00Z", "modifiedAt": "2021-06-01T00:00:00Z", "archiveRecord": map[string]any{"reason": "Retired"}},
	)
	if err != nil {
		t.Fatal(err)
	}
	if added[1] != "prtn_chosen1" || !strings.HasPrefix(added[0], "prtn_") {
		t.Fatalf("ids %v", added)
	}
	_, a := get(t, srv, "/aa-sequences/"+added[0])
	if str(a, "createdAt") != "2020-03-01T09:30:00Z" || str(a, "modifiedAt") != str(a, "createdAt") ||
		str(a["creator"].(map[string]any), "id") != other || str(list(a, "authors")[0].(map[string]any), "id") != other ||
		a["length"] != 5.0 || str(a, "apiURL") != srv.URL+"/api/v2/aa-sequences/"+added[0] || str(a, "webURL") == "" ||
		a["aliases"] == nil || a["schema"] != nil {
		t.Errorf("added sequence: %v", a)
	}
	_, b := get(t, srv, "/aa-sequences/prtn_chosen1")
	if str(b, "modifiedAt") != "2021-06-01T00:00:00Z" || str(b, "registryId") != srv.RegistryID() || b["registrationOrigin"] == nil ||
		str(b["archiveRecord"].(map[string]any), "reason") != "Retired" || str(b["creator"].(map[string]any), "id") != srv.AdminUserID() {
		t.Errorf("added sequence with an ID: %v", b)
	}
	// The timestamps order lists and match filters; the registry ID is
	// found by upsert.
	srv.SeedAaSequences(3)
	_, l := get(t, srv, "/aa-sequences?sort=createdAt:asc&archiveReason=ANY_ARCHIVED_OR_NOT_ARCHIVED")
	if got := ids(list(l, "aaSequences")); len(got) != 5 || got[0] != added[0] || got[1] != "prtn_chosen1" {
		t.Errorf("createdAt:asc = %v, want the added ones first", got)
	}
	_, l = get(t, srv, "/aa-sequences?archiveReason=ANY_ARCHIVED_OR_NOT_ARCHIVED&modifiedAt="+url.QueryEscape("< 2022-01-01"))
	if got := ids(list(l, "aaSequences")); len(got) != 2 {
		t.Errorf("modifiedAt < 2022: %v", got)
	}
	resp, up := send(t, srv, "PATCH", "/aa-sequences/PRT-OLD:upsert", `{"entityRegistryId":"PRT-OLD","name":"Chosen ID v2","aminoAcids":"MKKK","registryId":"`+srv.RegistryID()+`","schemaId":"ts_x","annotations":[]}`)
	if resp.StatusCode != 200 || str(up, "id") != "prtn_chosen1" {
		t.Errorf("upsert of the added registry ID: %d %v", resp.StatusCode, up)
	}

	// Other collections.
	uids, err := srv.Add("users", map[string]any{"name": "Chien-Shiung Wu", "handle": "cwu", "email": "cwu@example.com"})
	if err != nil {
		t.Fatal(err)
	}
	if _, u := get(t, srv, "/users/"+uids[0]); str(u, "handle") != "cwu" || u["isSuspended"] != false || u["passwordLastChangedAt"] != nil {
		t.Errorf("added user: %v", u)
	}
	eids, err := srv.Add("entries", benchling.Entry{EntryBase: benchling.EntryBase{Name: "Old notebook", FolderID: srv.FolderID(), CreatedAt: old}})
	if err != nil {
		t.Fatal(err)
	}
	if _, e := get(t, srv, "/entries/"+eids[0]); str(e["entry"].(map[string]any), "displayId") == "" || len(list(e["entry"].(map[string]any), "days")) != 1 {
		t.Errorf("added entry: %v", e)
	}
	if _, err := srv.Add("entry-templates", map[string]any{"name": "Added template"}); err != nil {
		t.Error(err)
	}
}

// Add refuses what would make an answer wrong, and then adds nothing.
func TestAddRejects(t *testing.T) {
	srv := NewServer(t)
	srv.Add("aa-sequences", map[string]any{"id": "prtn_taken", "name": "x", "entityRegistryId": "PRT1"})
	for name, tc := range map[string]struct {
		coll  string
		items []any
		want  string
	}{
		"collection":   {"no-such-things", []any{map[string]any{}}, `no collection "no-such-things"`},
		"not object":   {"aa-sequences", []any{map[string]any{"name": "ok"}, []string{"x"}}, "item 1 is not a JSON object"},
		"nil":          {"aa-sequences", []any{nil}, "item 0 is not a JSON object"},
		"property":     {"aa-sequences", []any{map[string]any{"name": "x", "bases": "ATG"}}, `property "bases"`},
		"taken ID":     {"aa-sequences", []any{map[string]any{"id": "prtn_taken"}}, `ID "prtn_taken" is already used`},
		"repeated ID":  {"aa-sequences", []any{map[string]any{"id": "prtn_twice"}, map[string]any{"id": "prtn_twice"}}, "already used"},
		"registry ID":  {"dna-sequences", []any{map[string]any{"entityRegistryId": "PRT1"}}, `registry ID "PRT1" is already used`},
		"timestamp":    {"aa-sequences", []any{map[string]any{"createdAt": "yesterday"}}, "not an RFC 3339"},
		"unmarshaling": {"aa-sequences", []any{func() {}}, "item 0"},
	} {
		before := len(srv.st.coll("aa-sequences").order)
		_, err := srv.Add(tc.coll, tc.items...)
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), "benchlingtest: ") {
			t.Errorf("%s: err = %v, want one mentioning %q", name, err, tc.want)
		}
		if after := len(srv.st.coll("aa-sequences").order); after != before {
			t.Errorf("%s: a failed Add added %d items", name, after-before)
		}
	}
}

// The data clock dates the data; the request clock drives rate-limit
// windows and token expiry. A frozen data clock (seeding old data) no
// longer freezes the rate-limit window.
func TestDataAndRequestClocksAreSeparate(t *testing.T) {
	frozen := time.Date(2019, 5, 1, 12, 0, 0, 0, time.UTC)
	srv := NewServer(t, WithDataClock(func() time.Time { return frozen }))
	id := srv.SeedAaSequences(1)[0]
	_, a := get(t, srv, "/aa-sequences/"+id)
	if !strings.HasPrefix(str(a, "createdAt"), "2019-05-01T12:00:00") {
		t.Errorf("createdAt %q, want the data clock's", str(a, "createdAt"))
	}
	srv.SetRateLimit(2, 100*time.Millisecond)
	get(t, srv, "/users")
	get(t, srv, "/users")
	if resp, _ := get(t, srv, "/users"); resp.StatusCode != 429 {
		t.Fatalf("third request in the window: %d, want 429", resp.StatusCode)
	}
	time.Sleep(150 * time.Millisecond)
	if resp, _ := get(t, srv, "/users"); resp.StatusCode != 200 {
		t.Errorf("after the window (real time), with the data clock frozen: %d, want 200", resp.StatusCode)
	}

	var mu sync.Mutex
	now := time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)
	reqClock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	srv2 := NewServer(t, WithRequestClock(reqClock), WithTokenLifetime(time.Minute))
	_, tok := token(t, srv2, true, srv2.ClientID, srv2.ClientSecret)
	use := func() int {
		req, _ := http.NewRequest("GET", srv2.URL+"/api/v2/users/"+srv2.AdminUserID()+"/activity", nil)
		req.Header.Set("Authorization", "Bearer "+str(tok, "access_token"))
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]any
		json.NewDecoder(resp.Body).Decode(&m)
		resp.Body.Close()
		if resp.StatusCode == 200 && !strings.HasPrefix(str(m, "lastSeen"), "2030-01-01") {
			t.Errorf("lastSeen %q, want the request clock's", str(m, "lastSeen"))
		}
		return resp.StatusCode
	}
	if s := use(); s != 200 {
		t.Fatalf("fresh token: %d", s)
	}
	mu.Lock()
	now = now.Add(2 * time.Minute)
	mu.Unlock()
	if s := use(); s != 401 {
		t.Errorf("token after the request clock passed its expiry: %d, want 401", s)
	}
	id2 := srv2.SeedAaSequences(1)[0]
	if _, a := get(t, srv2, "/aa-sequences/"+id2); strings.HasPrefix(str(a, "createdAt"), "2030") {
		t.Errorf("createdAt %q follows the request clock, want the data clock (real time)", str(a, "createdAt"))
	}
}
