package benchlingtest

import (
	"io"
	"net/http"
	"net/url"
	"slices"
	"testing"
	"time"
)

// The passwordLastChangedAt filter is applied: null, a date expression,
// and a 400 for anything else.
func TestFakePasswordLastChangedAtFilter(t *testing.T) {
	srv := NewServer(t)
	seeded := srv.SeedUsers(3) // the 1st gets passwordLastChangedAt; 2 others and the admin have null
	_, all := get(t, srv, "/users?pageSize=100")
	_, nulls := get(t, srv, "/users?pageSize=100&passwordLastChangedAt=null")
	_, after := get(t, srv, "/users?pageSize=100&passwordLastChangedAt="+url.QueryEscape("> 2000-01-01"))
	na, nn, nf := len(list(all, "users")), len(list(nulls, "users")), len(list(after, "users"))
	if nn+nf != na || nf != 1 {
		t.Fatalf("all=%d, passwordLastChangedAt=null gives %d, > 2000-01-01 gives %d; want %d and 1", na, nn, nf, na-1)
	}
	if got := ids(list(after, "users")); got[0] != seeded[0] {
		t.Errorf("> 2000-01-01 gives %v, want the first seeded user %s", got, seeded[0])
	}
	_, none := get(t, srv, "/users?pageSize=100&passwordLastChangedAt="+url.QueryEscape(">= 2000-01-01 AND < 2000-01-02"))
	if n := len(list(none, "users")); n != 0 {
		t.Errorf(">= 2000-01-01 AND < 2000-01-02 gives %d users, want 0", n)
	}
	if resp, _ := get(t, srv, "/users?passwordLastChangedAt=yesterday"); resp.StatusCode != http.StatusBadRequest {
		t.Errorf("passwordLastChangedAt=yesterday: status %d, want 400", resp.StatusCode)
	}
}

// Two items of one bulk update may not give two users the same handle or
// (case-insensitively) the same email; the same user twice is fine.
func TestFakeBulkUpdateUsersDuplicateHandle(t *testing.T) {
	srv := NewServer(t, WithTaskPolls(0))
	seeded := srv.SeedUsers(3)
	for _, tc := range []struct{ name, body string }{
		{"handle", `{"users":[{"id":"` + seeded[0] + `","handle":"dup"},{"id":"` + seeded[1] + `","handle":"dup"}]}`},
		{"email", `{"users":[{"id":"` + seeded[0] + `","email":"dup@example.com"},{"id":"` + seeded[1] + `","email":"DUP@example.com"}]}`},
	} {
		_, link := send(t, srv, "POST", "/users:bulk-update", tc.body)
		_, task := get(t, srv, "/tasks/"+str(link, "taskId"))
		errs := list(task, "errors")
		if str(task, "status") != "FAILED" || len(errs) != 1 {
			_, l := get(t, srv, "/users?handles=dup")
			t.Fatalf("bulk update giving two users one %s: task %v, errors %v; now %d users have handle dup", tc.name, task["status"], errs, len(list(l, "users")))
		}
		if e, _ := errs[0].(map[string]any); e["index"] != float64(1) {
			t.Errorf("%s: per-item error %v, want it at index 1", tc.name, errs[0])
		}
		_, u := get(t, srv, "/users/"+seeded[0])
		if str(u, "handle") == "dup" || str(u, "email") == "dup@example.com" {
			t.Errorf("%s: a failed bulk update changed user 0: %v", tc.name, u)
		}
	}
	_, link := send(t, srv, "POST", "/users:bulk-update",
		`{"users":[{"id":"`+seeded[2]+`","handle":"solo"},{"id":"`+seeded[2]+`","handle":"solo","name":"Solo"}]}`)
	if _, task := get(t, srv, "/tasks/"+str(link, "taskId")); str(task, "status") != "SUCCEEDED" {
		t.Errorf("bulk update setting one user's handle twice: task %v, %v", task["status"], task["errors"])
	}
}

// A client still uploading a body must not hold the server's mutex: other
// requests and the scenario methods go on, and the slow request is served
// once its body is complete.
func TestFakeSlowBodyBlocksServer(t *testing.T) {
	srv := NewServer(t)
	pr, pw := io.Pipe()
	req, _ := http.NewRequest("POST", srv.URL+"/api/v2/users", pr)
	req.SetBasicAuth(srv.APIKey, "")
	req.Header.Set("Content-Type", "application/json")
	status := make(chan int, 1)
	go func() {
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			status <- 0
			return
		}
		resp.Body.Close()
		status <- resp.StatusCode
	}()
	finished := false
	defer func() {
		if !finished { // a failed check: end the slow request
			pw.CloseWithError(io.ErrUnexpectedEOF)
			<-status
		}
	}()
	if _, err := pw.Write([]byte(`{"name":`)); err != nil {
		t.Fatal(err)
	}
	// The transport has taken these bytes; give the server a moment to
	// start on the request (before the fix, to take the lock and wait).
	time.Sleep(100 * time.Millisecond)
	done := make(chan struct{})
	var other int
	go func() {
		defer close(done)
		srv.RequestCount("", "/users")
		r, _ := http.NewRequest("GET", srv.URL+"/api/v2/users", nil)
		r.SetBasicAuth(srv.APIKey, "")
		if resp, err := http.DefaultClient.Do(r); err == nil {
			resp.Body.Close()
			other = resp.StatusCode
		}
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		pw.CloseWithError(io.ErrUnexpectedEOF)
		<-done
		t.Fatal("RequestCount and GET /users blocked while one client was slow to send its body")
	}
	if other != http.StatusOK {
		t.Errorf("GET /users while another client sends its body: status %d, want 200", other)
	}
	if _, err := pw.Write([]byte(`"Slow Client","handle":"slow","email":"slow@example.com"}`)); err != nil {
		t.Fatal(err)
	}
	pw.Close()
	finished = true
	if got := <-status; got != http.StatusCreated {
		t.Fatalf("the slow request, once its body was complete: status %d, want 201", got)
	}
}

// A pageSize=0 page over matching items returns a token that continues
// from the first item, for every sort, also when the first item is the
// first one created.
func TestFakePageSizeZeroFirstItem(t *testing.T) {
	srv := NewServer(t)
	srv.SeedUsers(2)
	for _, sort := range []string{"createdAt:asc", "createdAt:desc", "modifiedAt:asc", "modifiedAt", "name", "name:desc"} {
		_, want := get(t, srv, "/users?pageSize=100&sort="+sort)
		_, m := get(t, srv, "/users?pageSize=0&sort="+sort)
		tok := str(m, "nextToken")
		if tok == "" || len(list(m, "users")) != 0 {
			t.Fatalf("sort %s: pageSize=0 over 3 users: %d users, nextToken %q; want none and a token", sort, len(list(m, "users")), tok)
		}
		_, again := get(t, srv, "/users?pageSize=0&sort="+sort+"&nextToken="+url.QueryEscape(tok))
		if str(again, "nextToken") != tok {
			t.Errorf("sort %s: pageSize=0 after the token gives token %q, want the same", sort, str(again, "nextToken"))
		}
		_, rest := get(t, srv, "/users?pageSize=100&sort="+sort+"&nextToken="+url.QueryEscape(tok))
		if got, w := ids(list(rest, "users")), ids(list(want, "users")); !slices.Equal(got, w) {
			t.Errorf("sort %s: the pageSize=0 token continues with %v, want %v", sort, got, w)
		}
	}
	_, none := get(t, srv, "/users?pageSize=0&handles=nobody")
	if tok := str(none, "nextToken"); tok != "" {
		t.Errorf("pageSize=0 matching nothing: nextToken %q, want empty", tok)
	}
}

// Seeding a negative number of items adds nothing instead of panicking.
func TestFakeSeedNegative(t *testing.T) {
	srv := NewServer(t)
	for name, seed := range map[string]func(int) []string{
		"SeedUsers": srv.SeedUsers, "SeedEntries": srv.SeedEntries, "SeedEntryTemplates": srv.SeedEntryTemplates,
		"SeedAaSequences": srv.SeedAaSequences, "SeedDnaSequences": srv.SeedDnaSequences,
	} {
		if got := seed(-1); len(got) != 0 {
			t.Errorf("%s(-1) = %v, want none", name, got)
		}
	}
	_, u := get(t, srv, "/users")
	_, e := get(t, srv, "/entries")
	if nu, ne := len(list(u, "users")), len(list(e, "entries")); nu != 1 || ne != 0 {
		t.Errorf("after seeding -1: %d users, %d entries; want the admin only and none", nu, ne)
	}
}

// A bulk body whose list is null or missing is a 400, not an empty batch.
func TestFakeBulkNullList(t *testing.T) {
	srv := NewServer(t)
	for _, tc := range []struct{ path, body string }{
		{"/users:bulk-create", `{"users":null}`},
		{"/users:bulk-create", `{}`},
		{"/users:bulk-update", `{"users":null}`},
		{"/aa-sequences:bulk-create", `{"aaSequences":null}`},
		{"/aa-sequences:bulk-update", `{}`},
		{"/dna-sequences:bulk-upsert", `{"dnaSequences":null}`},
		{"/entries:archive", `{"entryIds":null,"reason":"Other"}`},
		{"/aa-sequences:unarchive", `{"aaSequenceIds":null}`},
	} {
		if resp, m := send(t, srv, "POST", tc.path, tc.body); resp.StatusCode != http.StatusBadRequest {
			t.Errorf("POST %s %s: status %d (%v), want 400", tc.path, tc.body, resp.StatusCode, m)
		}
	}
	if resp, m := send(t, srv, "POST", "/users:bulk-create", `{"users":[]}`); resp.StatusCode != http.StatusAccepted {
		t.Errorf("POST /users:bulk-create with an empty list: status %d (%v), want 202", resp.StatusCode, m)
	}
}
