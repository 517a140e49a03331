package benchlingtest

import (
	"net/http"
	"net/url"
	"testing"
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
