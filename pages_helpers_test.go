package benchling

import (
	"iter"
	"maps"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
)

// twoPageList is a list served as two pages: the first for query, the second
// for query plus nextToken.
type twoPageList struct {
	pattern      string            // the route, "GET /aa-sequences"
	query        map[string]string // the first request's query
	nextToken    string            // the first page's token
	page1, page2 string            // the fixtures of the pages
}

// testAllTwoPages serves c on a new loopback tenant, ranges over all (a
// service's All, with its options), and checks that exactly the two pages
// were fetched, in order, and that the caller's options kept their
// NextToken (nextToken reads it after the loop). It returns the items.
// Every service's All test uses it.
func testAllTwoPages[T any](t *testing.T, c twoPageList, all func(*Client) iter.Seq2[*T, error], nextToken func() string) []*T {
	t.Helper()
	env := setup(t)
	method, _, _ := strings.Cut(c.pattern, " ")
	var calls atomic.Int32
	env.mux.HandleFunc(c.pattern, func(w http.ResponseWriter, r *http.Request) {
		q, page := maps.Clone(c.query), c.page1
		if q == nil {
			q = map[string]string{}
		}
		switch calls.Add(1) {
		case 1:
		case 2:
			q["nextToken"], page = c.nextToken, c.page2
		default:
			t.Errorf("unexpected request %d", calls.Load())
			http.Error(w, "no more", http.StatusInternalServerError)
			return
		}
		testQuery(t, r, q)
		serveJSON(t, method, http.StatusOK, fixture(t, page))(w, r)
	})
	var got []*T
	for v, err := range all(env.client) {
		if err != nil {
			t.Fatalf("All: %v", err)
		}
		got = append(got, v)
	}
	if n := calls.Load(); n != 2 {
		t.Errorf("requests = %d, want 2", n)
	}
	if tok := nextToken(); tok != "" {
		t.Errorf("All modified the caller's options: NextToken = %q", tok)
	}
	return got
}
