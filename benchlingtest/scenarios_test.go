package benchlingtest

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// get sends an authenticated GET (path relative to /api/v2) and returns
// the response with its body read.
func get(t *testing.T, srv *Server, path string) (*http.Response, map[string]any) {
	t.Helper()
	return send(t, srv, "GET", path, "")
}

func send(t *testing.T, srv *Server, method, path, body string) (*http.Response, map[string]any) {
	t.Helper()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req, _ := http.NewRequest(method, srv.URL+"/api/v2"+path, rd)
	req.SetBasicAuth(srv.APIKey, "")
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	var m map[string]any
	_ = json.Unmarshal(b, &m)
	return resp, m
}

func errType(m map[string]any) (typ, msg, userMsg string) {
	e, _ := m["error"].(map[string]any)
	return str(e, "type"), str(e, "message"), str(e, "userMessage")
}

func TestPagingConsistentWhileInserting(t *testing.T) {
	for _, sort := range []string{"modifiedAt:desc", "modifiedAt:asc", "name:asc", "createdAt:desc"} {
		t.Run(sort, func(t *testing.T) {
			srv := NewServer(t)
			seeded := srv.SeedAaSequences(95)
			seen := map[string]int{}
			token := ""
			for page := 0; ; page++ {
				q := url.Values{"pageSize": {"10"}, "sort": {sort}}
				if token != "" {
					q.Set("nextToken", token)
				}
				resp, m := get(t, srv, "/aa-sequences?"+q.Encode())
				if resp.StatusCode != 200 {
					t.Fatalf("page %d: %d %v", page, resp.StatusCode, m)
				}
				for _, id := range ids(list(m, "aaSequences")) {
					seen[id]++
				}
				// Someone else adds sequences while we page.
				srv.AddAaSequence(AaSequence{Name: fmt.Sprintf("Added %d", page)})
				token = str(m, "nextToken")
				if token == "" {
					break
				}
				if page > 30 {
					t.Fatal("paging does not end")
				}
			}
			for id, n := range seen {
				if n > 1 {
					t.Errorf("%s seen %d times", id, n)
				}
			}
			for _, id := range seeded {
				if seen[id] != 1 {
					t.Errorf("seeded %s seen %d times", id, seen[id])
				}
			}
		})
	}
}

func TestPageSizeValidation(t *testing.T) {
	srv := NewServer(t)
	srv.SeedAaSequences(120)
	for _, tc := range []struct {
		q    string
		want int
		n    int
	}{
		{"pageSize=101", 400, 0}, {"pageSize=-1", 400, 0}, {"pageSize=abc", 400, 0},
		{"pageSize=100", 200, 100}, {"", 200, 50}, {"pageSize=0", 200, 0},
		{"nextToken=garbage", 400, 0}, {"sort=colour", 400, 0},
	} {
		resp, m := get(t, srv, "/aa-sequences?"+tc.q)
		if resp.StatusCode != tc.want {
			t.Errorf("%s: status %d, want %d", tc.q, resp.StatusCode, tc.want)
			continue
		}
		if tc.want == 400 {
			if typ, msg, _ := errType(m); typ != "invalid_request_error" || msg == "" {
				t.Errorf("%s: error body %v", tc.q, m)
			}
		} else if n := len(list(m, "aaSequences")); n != tc.n {
			t.Errorf("%s: %d items, want %d", tc.q, n, tc.n)
		}
	}
	// A token is tied to its sort.
	_, m := get(t, srv, "/aa-sequences?pageSize=5&sort=name:asc")
	if resp, _ := get(t, srv, "/aa-sequences?sort=modifiedAt:desc&nextToken="+url.QueryEscape(str(m, "nextToken"))); resp.StatusCode != 400 {
		t.Errorf("token reused with another sort: %d", resp.StatusCode)
	}
}

func TestArchiveUnarchiveAndFilter(t *testing.T) {
	srv := NewServer(t)
	seqs := srv.SeedDnaSequences(6)
	body := fmt.Sprintf(`{"dnaSequenceIds":["%s","%s"],"reason":"Contaminated"}`, seqs[0], seqs[1])
	if resp, m := send(t, srv, "POST", "/dna-sequences:archive", body); resp.StatusCode != 200 || len(list(m, "dnaSequenceIds")) != 2 {
		t.Fatalf("archive: %d %v", resp.StatusCode, m)
	}
	send(t, srv, "POST", "/dna-sequences:archive", fmt.Sprintf(`{"dnaSequenceIds":["%s"],"reason":"Other"}`, seqs[2]))
	count := func(filter string) int {
		t.Helper()
		resp, m := get(t, srv, "/dna-sequences?pageSize=100"+filter)
		if resp.StatusCode != 200 {
			t.Fatalf("%s: %d %v", filter, resp.StatusCode, m)
		}
		return len(list(m, "dnaSequences"))
	}
	for filter, want := range map[string]int{
		"": 3, "&archiveReason=NOT_ARCHIVED": 3, "&archiveReason=ANY_ARCHIVED": 3,
		"&archiveReason=ANY_ARCHIVED_OR_NOT_ARCHIVED": 6, "&archiveReason=Contaminated": 2, "&archiveReason=Other": 1,
	} {
		if got := count(filter); got != want {
			t.Errorf("filter %q: %d, want %d", filter, got, want)
		}
	}
	if resp, _ := get(t, srv, "/dna-sequences?archiveReason=Lost"); resp.StatusCode != 400 {
		t.Errorf("unknown reason: %d", resp.StatusCode)
	}
	if resp, _ := send(t, srv, "POST", "/dna-sequences:archive", fmt.Sprintf(`{"dnaSequenceIds":["%s"],"reason":"Bored"}`, seqs[3])); resp.StatusCode != 400 {
		t.Errorf("bad reason accepted: %d", resp.StatusCode)
	}
	_, g := get(t, srv, "/dna-sequences/"+seqs[0])
	if ar, _ := g["archiveRecord"].(map[string]any); str(ar, "reason") != "Contaminated" {
		t.Errorf("archiveRecord: %v", g["archiveRecord"])
	}
	send(t, srv, "POST", "/dna-sequences:unarchive", fmt.Sprintf(`{"dnaSequenceIds":["%s"]}`, seqs[0]))
	if got := count(""); got != 4 {
		t.Errorf("after unarchive: %d, want 4", got)
	}
	_, g = get(t, srv, "/dna-sequences/"+seqs[0])
	if g["archiveRecord"] != nil {
		t.Errorf("archiveRecord after unarchive: %v", g["archiveRecord"])
	}
}

func TestBulkTaskLifecycle(t *testing.T) {
	srv := NewServer(t)
	poll := func(id string) map[string]any {
		_, m := get(t, srv, "/tasks/"+id)
		return m
	}
	// Success: RUNNING, then SUCCEEDED with the created items.
	_, link := send(t, srv, "POST", "/aa-sequences:bulk-create", `{"aaSequences":[{"name":"A","aminoAcids":"MKV","folderId":"lib_x"},{"name":"B","aminoAcids":"MKW","folderId":"lib_x"}]}`)
	id := str(link, "taskId")
	if len(id) != 36 {
		t.Fatalf("task id %q is not a UUID", id)
	}
	if m := poll(id); m["status"] != "RUNNING" || m["response"] != nil {
		t.Errorf("first poll: %v", m)
	}
	m := poll(id)
	if m["status"] != "SUCCEEDED" {
		t.Fatalf("second poll: %v", m)
	}
	if items := list(m["response"].(map[string]any), "aaSequences"); len(items) != 2 || str(items[0].(map[string]any), "name") != "A" {
		t.Errorf("response: %v", m["response"])
	}
	if m := poll(id); m["status"] != "SUCCEEDED" {
		t.Errorf("third poll: %v", m)
	}
	// Failure: one item lacks a name; nothing is created.
	_, link = send(t, srv, "POST", "/aa-sequences:bulk-create", `{"aaSequences":[{"name":"C","aminoAcids":"MKV","folderId":"lib_x"},{"aminoAcids":"MKW","folderId":"lib_x"}]}`)
	poll(str(link, "taskId"))
	m = poll(str(link, "taskId"))
	errs := list(m, "errors")
	if m["status"] != "FAILED" || str(m, "message") == "" || len(errs) != 1 {
		t.Fatalf("failed task: %v", m)
	}
	if e := errs[0].(map[string]any); e["index"] != 1.0 || !strings.Contains(str(e, "message"), "name") {
		t.Errorf("item error: %v", e)
	}
	if _, l := get(t, srv, "/aa-sequences?name=C"); len(list(l, "aaSequences")) != 0 {
		t.Error("a failed bulk-create created items")
	}
	// WithTaskPolls(0): done at once.
	srv2 := NewServer(t, WithTaskPolls(0))
	_, link = send(t, srv2, "POST", "/users:bulk-create", `{"users":[{"name":"N","email":"n@example.com","handle":"n"}]}`)
	if _, m := get(t, srv2, "/tasks/"+str(link, "taskId")); m["status"] != "SUCCEEDED" {
		t.Errorf("WithTaskPolls(0): %v", m)
	}
}

func TestAuthScenarios(t *testing.T) {
	srv := NewServer(t)
	req, _ := http.NewRequest("GET", srv.URL+"/api/v2/users", nil)
	req.SetBasicAuth("wrong-key", "")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 401 {
		t.Errorf("wrong key: %d %v", resp.StatusCode, resp.Header)
	}
	if resp, _ := get(t, srv, "/users"); resp.StatusCode != 200 {
		t.Fatalf("right key: %d", resp.StatusCode)
	}
	srv.RejectAPIKey()
	resp, m := get(t, srv, "/users")
	if typ, _, _ := errType(m); resp.StatusCode != 401 || typ != "invalid_request_error" {
		t.Errorf("rejected key: %d %v", resp.StatusCode, m)
	}
	srv.AcceptAPIKey()

	srv.Forbid("PATCH", "/users")
	resp, m = send(t, srv, "PATCH", "/users/"+srv.AdminUserID(), `{"name":"x"}`)
	if _, _, um := errType(m); resp.StatusCode != 403 || !strings.HasPrefix(um, "You do not have permission") {
		t.Errorf("forbidden: %d %v", resp.StatusCode, m)
	}
	if resp, _ := get(t, srv, "/users/"+srv.AdminUserID()); resp.StatusCode != 200 {
		t.Errorf("GET not forbidden: %d", resp.StatusCode)
	}
	srv.Unforbid()
	if resp, _ := send(t, srv, "PATCH", "/users/"+srv.AdminUserID(), `{"name":"x"}`); resp.StatusCode != 200 {
		t.Errorf("after Unforbid: %d", resp.StatusCode)
	}
	if resp, m := get(t, srv, "/no-such-thing"); resp.StatusCode != 404 || m["error"] == nil {
		t.Errorf("unknown route: %d %v", resp.StatusCode, m)
	}
}

func TestRateLimit(t *testing.T) {
	srv := NewServer(t)
	resp, _ := get(t, srv, "/users")
	if h := resp.Header.Get("x-rate-limit-limit"); h != "" {
		t.Errorf("rate-limit headers before SetRateLimit: %v", resp.Header)
	}
	srv.SetRateLimit(60, 30*time.Second)
	resp, _ = get(t, srv, "/users")
	if resp.Header.Get("x-rate-limit-limit") != "60" || resp.Header.Get("x-rate-limit-remaining") != "59" || resp.Header.Get("x-rate-limit-reset") != "30" {
		t.Errorf("headers of Benchling's default limit: %v", resp.Header)
	}
	srv.SetRateLimit(3, 10*time.Second)
	for i := range 3 {
		resp, _ := get(t, srv, "/users")
		if resp.StatusCode != 200 || resp.Header.Get("x-rate-limit-remaining") != strconv.Itoa(2-i) || resp.Header.Get("x-rate-limit-limit") != "3" {
			t.Errorf("request %d: %d %v", i, resp.StatusCode, resp.Header)
		}
	}
	resp, m := get(t, srv, "/users")
	typ, msg, um := errType(m)
	if resp.StatusCode != 429 || typ != "invalid_request_error" || msg != "Rate limit exceeded." || um != "Rate limit exceeded." {
		t.Errorf("over the limit: %d %v", resp.StatusCode, m)
	}
	if r := resp.Header.Get("x-rate-limit-reset"); r != "10" && r != "9" {
		t.Errorf("reset %q", r)
	}
	if resp.Header.Get("x-rate-limit-remaining") != "0" {
		t.Errorf("remaining %q", resp.Header.Get("x-rate-limit-remaining"))
	}
	srv.SetRateLimit(2, 100*time.Millisecond)
	get(t, srv, "/users")
	get(t, srv, "/users")
	if resp, _ := get(t, srv, "/users"); resp.StatusCode != 429 {
		t.Errorf("want 429, got %d", resp.StatusCode)
	}
	time.Sleep(120 * time.Millisecond)
	if resp, _ := get(t, srv, "/users"); resp.StatusCode != 200 {
		t.Errorf("after the window: %d", resp.StatusCode)
	}
}

func TestFaultInjection(t *testing.T) {
	srv := NewServer(t)
	srv.InjectFault("GET", "/users/*", Fault{Status: 503, Times: 2, Header: http.Header{"Retry-After": {"1"}}})
	for i := range 2 {
		resp, m := get(t, srv, "/users/"+srv.AdminUserID())
		if resp.StatusCode != 503 || resp.Header.Get("Retry-After") != "1" || m["error"] == nil {
			t.Errorf("fault %d: %d %v", i, resp.StatusCode, m)
		}
	}
	if resp, _ := get(t, srv, "/users/"+srv.AdminUserID()); resp.StatusCode != 200 {
		t.Errorf("after the faults: %d", resp.StatusCode)
	}
	if resp, _ := get(t, srv, "/users"); resp.StatusCode != 200 {
		t.Errorf("pattern matched /users: %d", resp.StatusCode)
	}
	srv.InjectFault("POST", "/aa-sequences:bulk-create", Fault{DropConnection: true, Times: 1})
	req, _ := http.NewRequest("POST", srv.URL+"/api/v2/aa-sequences:bulk-create", strings.NewReader(`{"aaSequences":[]}`))
	req.SetBasicAuth(srv.APIKey, "")
	if _, err := http.DefaultClient.Do(req); err == nil {
		t.Error("dropped connection: no error")
	}
	if n := srv.RequestCount("POST", "/aa-sequences:bulk-create"); n != 1 {
		t.Errorf("RequestCount = %d", n)
	}
	reqs := srv.Requests()
	if last := reqs[len(reqs)-1]; last.Status != 0 || last.Path != "/aa-sequences:bulk-create" {
		t.Errorf("last request: %+v", last)
	}
	if reqs[0].Status != 503 || reqs[0].Method != "GET" {
		t.Errorf("first request: %+v", reqs[0])
	}
	srv.SetLatency(50 * time.Millisecond)
	start := time.Now()
	get(t, srv, "/users")
	if d := time.Since(start); d < 50*time.Millisecond {
		t.Errorf("latency: %v", d)
	}
}

func token(t *testing.T, srv *Server, basic bool, id, secret string) (*http.Response, map[string]any) {
	t.Helper()
	form := url.Values{"grant_type": {"client_credentials"}}
	if !basic {
		form.Set("client_id", id)
		form.Set("client_secret", secret)
	}
	req, _ := http.NewRequest("POST", srv.URL+"/api/v2/token", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	if basic {
		req.SetBasicAuth(id, secret)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var m map[string]any
	_ = json.NewDecoder(resp.Body).Decode(&m)
	return resp, m
}

func TestTokenExpiry(t *testing.T) {
	now := time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)
	var mu sync.Mutex
	clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	srv := NewServer(t, WithTokenLifetime(90*time.Second), WithRequestClock(clock))
	if resp, m := token(t, srv, true, srv.ClientID, "wrong"); resp.StatusCode != 401 || str(m["error"].(map[string]any), "type") != "invalid_client" {
		t.Errorf("bad secret: %d %v", resp.StatusCode, m)
	}
	resp, m := token(t, srv, false, srv.ClientID, srv.ClientSecret)
	if resp.StatusCode != 200 || m["expires_in"] != 90.0 || m["token_type"] != "Bearer" {
		t.Fatalf("token: %d %v", resp.StatusCode, m)
	}
	use := func(tok string) int {
		req, _ := http.NewRequest("GET", srv.URL+"/api/v2/users", nil)
		req.Header.Set("Authorization", "Bearer "+tok)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	tok := str(m, "access_token")
	if s := use(tok); s != 200 {
		t.Errorf("fresh token: %d", s)
	}
	mu.Lock()
	now = now.Add(91 * time.Second)
	mu.Unlock()
	if s := use(tok); s != 401 {
		t.Errorf("expired token: %d", s)
	}
	_, m = token(t, srv, true, srv.ClientID, srv.ClientSecret)
	if s := use(str(m, "access_token")); s != 200 {
		t.Errorf("new token: %d", s)
	}
	srv.ExpireTokens()
	if s := use(str(m, "access_token")); s != 401 {
		t.Errorf("after ExpireTokens: %d", s)
	}
	if resp, m := token(t, srv, true, srv.ClientID, ""); resp.StatusCode != 401 {
		t.Errorf("empty secret: %d %v", resp.StatusCode, m)
	}
}

func TestConcurrentClients(t *testing.T) {
	srv := NewServer(t)
	srv.SeedAaSequences(200)
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for w := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 10 {
				var resp *http.Response
				var err error
				switch i % 3 {
				case 0:
					resp, err = http.Post(srv.URL+"/api/v2/aa-sequences", "application/json", nil) // unauthenticated
					if err == nil && resp.StatusCode != 401 {
						err = fmt.Errorf("unauthenticated: %d", resp.StatusCode)
					}
				case 1:
					req, _ := http.NewRequest("POST", srv.URL+"/api/v2/aa-sequences", strings.NewReader(fmt.Sprintf(`{"name":"w%d-%d","aminoAcids":"MKV","folderId":"lib_x"}`, w, i)))
					req.SetBasicAuth(srv.APIKey, "")
					req.Header.Set("Content-Type", "application/json")
					resp, err = http.DefaultClient.Do(req)
					if err == nil && resp.StatusCode != 201 {
						err = fmt.Errorf("create: %d", resp.StatusCode)
					}
				default:
					req, _ := http.NewRequest("GET", srv.URL+"/api/v2/aa-sequences?pageSize=20&sort=name:asc", nil)
					req.SetBasicAuth(srv.APIKey, "")
					resp, err = http.DefaultClient.Do(req)
				}
				if resp != nil {
					io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
				}
				if err != nil {
					errs <- err
				}
				if i == 5 {
					srv.SetLatency(time.Millisecond)
					srv.Forbid("DELETE", "/x")
					srv.SeedUsers(2)
					_ = srv.Requests()
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	_, m := get(t, srv, "/aa-sequences?pageSize=100&nameIncludes=w")
	if n := len(list(m, "aaSequences")); n < 24 {
		t.Errorf("created %d sequences, want >= 24", n)
	}
	// 8 workers x (4 unauthenticated + 3 authenticated) POSTs
	if got := srv.RequestCount("POST", "/aa-sequences"); got != 56 {
		t.Errorf("RequestCount = %d, want 56", got)
	}
}

func TestFiltersAndReturning(t *testing.T) {
	srv := NewServer(t)
	a := srv.AddAaSequence(AaSequence{Name: "Alpha", AminoAcids: "MKVLAAGG", Aliases: []string{"alias-one"}, SchemaID: "ts_p", Fields: map[string]any{"Count": 12}})
	srv.AddAaSequence(AaSequence{Name: "Beta", AminoAcids: "MKWWW", EntityRegistryID: "PRT777"})
	for q, want := range map[string]int{
		"name=alpha": 1, "name=ALIAS-ONE": 1, "nameIncludes=ET": 1, "names.anyOf=alpha,beta": 2,
		"names.anyOf.caseSensitive=alpha": 0, "aminoAcids=mkvlaagg": 1, "schemaId=ts_p": 1,
		"registryId=null": 1, "registryId=" + srv.RegistryID(): 1, "entityRegistryIds.anyOf=PRT777": 1,
		"modifiedAt=" + url.QueryEscape("> 2000-01-01 AND < 2999-01-01"): 2, "modifiedAt=" + url.QueryEscape("< 2000-01-01"): 0,
		"schemaId=ts_p&schemaField.Count=" + url.QueryEscape(">= 10"): 1, "ids=" + a: 1,
	} {
		resp, m := get(t, srv, "/aa-sequences?"+q)
		if resp.StatusCode != 200 || len(list(m, "aaSequences")) != want {
			t.Errorf("%s: %d, %d items, want %d", q, resp.StatusCode, len(list(m, "aaSequences")), want)
		}
	}
	_, m := get(t, srv, "/aa-sequences?returning=aaSequences.id,aaSequences.name&sort=name")
	items := list(m, "aaSequences")
	if len(items) != 2 || len(items[0].(map[string]any)) != 2 || str(items[0].(map[string]any), "name") != "Alpha" {
		t.Errorf("returning: %v", m)
	}
	if _, ok := m["nextToken"]; !ok {
		t.Error("returning dropped nextToken")
	}
}
