package benchling

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// pageSummary is what a test compares of a page.
type pageSummary struct {
	Token, Next string
	IDs         []string
}

func summarize(t *testing.T, seq func(func(*Page[thing], error) bool)) ([]pageSummary, []error) {
	t.Helper()
	var out []pageSummary
	var errs []error
	for pg, err := range seq {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if pg.Response == nil || pg.Response.StatusCode != http.StatusOK {
			t.Errorf("page %q has no response", pg.Token)
		}
		s := pageSummary{Token: pg.Token, Next: pg.NextToken}
		for _, it := range pg.Items {
			s.IDs = append(s.IDs, it.ID)
		}
		out = append(out, s)
	}
	return out, errs
}

// thingPages is Pages over thingEnv's three pages, with or without
// prefetching.
func thingPages(t *testing.T, opts ...Option) (*atomic.Int32, func(context.Context, *thingListOptions) func(func(*Page[thing], error) bool)) {
	env, hits, _ := thingEnv(t, nil)
	if len(opts) > 0 {
		c, err := NewClient(env.server.URL, append([]Option{WithAPIKey(testAPIKey), WithoutRetries()}, opts...)...)
		if err != nil {
			t.Fatal(err)
		}
		env.client = c
	}
	listFn := func(ctx context.Context, o *thingListOptions) ([]*thing, *Response, error) {
		return list[thing](ctx, env.client, http.MethodGet, pathf("things"), "things", o, nil)
	}
	return hits, func(ctx context.Context, o *thingListOptions) func(func(*Page[thing], error) bool) {
		return pages(ctx, o, listFn)
	}
}

// Pages yields each page with the token that fetched it and the token to
// save; a job that saved NextToken after a page and crashed resumes with
// the page after it, and fetches no page twice.
func TestPagesResumeFromSavedToken(t *testing.T) {
	for name, opts := range map[string][]Option{"sequential": nil, "prefetch": {WithPrefetch()}} {
		t.Run(name, func(t *testing.T) {
			hits, seq := thingPages(t, opts...)
			got, errs := summarize(t, seq(testCtx(t), nil))
			want := []pageSummary{{"", "p2", []string{"t1", "t2"}}, {"p2", "p3", []string{"t3", "t4"}}, {"p3", "", []string{"t5"}}}
			if diff := cmp.Diff(want, got); diff != "" || errs != nil {
				t.Fatalf("pages (-want +got):\n%s\nerrors: %v", diff, errs)
			}

			// A job processes page 1, saves its NextToken, then crashes
			// while processing page 2.
			hits.Store(0)
			saved := ""
			var processed []string
			func() {
				defer func() { _ = recover() }()
				for pg, err := range seq(testCtx(t), nil) {
					if err != nil {
						t.Fatal(err)
					}
					if pg.Token == "p2" {
						panic("crash")
					}
					for _, it := range pg.Items {
						processed = append(processed, it.ID)
					}
					saved = pg.NextToken
				}
			}()
			// It restarts from the saved token: page 2 again, then page 3.
			opts := &thingListOptions{ListOptions: ListOptions{NextToken: saved}}
			for pg, err := range seq(testCtx(t), opts) {
				if err != nil {
					t.Fatal(err)
				}
				for _, it := range pg.Items {
					processed = append(processed, it.ID)
				}
				saved = pg.NextToken
			}
			if diff := cmp.Diff([]string{"t1", "t2", "t3", "t4", "t5"}, processed); diff != "" || saved != "" {
				t.Errorf("processed (-want +got):\n%s\nlast saved %q", diff, saved)
			}
			if opts.NextToken != "p2" {
				t.Errorf("Pages modified the caller's options: NextToken = %q", opts.NextToken)
			}
			// Page 1, page 2 (prefetch may also fetch page 3 before the
			// crash), then pages 2 and 3 again after the restart.
			if n := hits.Load(); n < 4 || n > 5 {
				t.Errorf("requests = %d, want 4 (5 with prefetching)", n)
			}
		})
	}
}

// Breaking out of Pages stops all further requests; an error is yielded
// once and ends the loop; a repeated token ends it with ErrRepeatedToken
// after the page that sent it.
func TestPagesStopsAndErrors(t *testing.T) {
	hits, seq := thingPages(t)
	for range seq(testCtx(t), nil) {
		break
	}
	if hits.Load() != 1 {
		t.Errorf("requests after break = %d, want 1", hits.Load())
	}

	env, _, _ := thingEnv(t, func(w http.ResponseWriter, r *http.Request) bool {
		switch r.URL.Query().Get("nextToken") {
		case "p2":
			fmt.Fprint(w, `{"things":[{"id":"t3"}],"nextToken":"p2"}`)
			return true
		case "p3":
			w.WriteHeader(http.StatusInternalServerError)
			return true
		}
		return false
	})
	listFn := func(ctx context.Context, o *thingListOptions) ([]*thing, *Response, error) {
		return list[thing](ctx, env.client, http.MethodGet, pathf("things"), "things", o, nil)
	}
	got, errs := summarize(t, pages(testCtx(t), nil, listFn))
	if len(got) != 2 || got[1].Next != "p2" || len(errs) != 1 || !errors.Is(errs[0], ErrRepeatedToken) {
		t.Errorf("pages %+v, errors %v; want two pages, then ErrRepeatedToken", got, errs)
	}
	got, errs = summarize(t, pages(testCtx(t), &thingListOptions{ListOptions: ListOptions{NextToken: "p3"}}, listFn))
	if len(got) != 0 || len(errs) != 1 || !errors.Is(errs[0], ErrServer) {
		t.Errorf("pages %+v, errors %v; want one ErrServer", got, errs)
	}
}

// bigTokenList is an in-memory list of pages pages (page i's NextToken
// is a token of size bytes naming page i+1); cycleTo, if not negative,
// makes the last page's token point back at page cycleTo. It keeps no
// token itself.
func bigTokenList(pages, size, cycleTo int) (func(context.Context, *thingListOptions) ([]*thing, *Response, error), *int) {
	fetched := 0
	token := func(i int) string {
		s := strconv.Itoa(i) + ":"
		return s + strings.Repeat("x", size-len(s))
	}
	return func(_ context.Context, o *thingListOptions) ([]*thing, *Response, error) {
		fetched++
		i := 0
		if o.NextToken != "" {
			i, _ = strconv.Atoi(strings.SplitN(o.NextToken, ":", 2)[0])
		}
		resp := &Response{Response: &http.Response{StatusCode: http.StatusOK}}
		switch {
		case i+1 < pages:
			resp.NextToken = token(i + 1)
		case cycleTo >= 0:
			resp.NextToken = token(cycleTo)
		}
		return []*thing{{ID: strconv.Itoa(i)}}, resp, nil
	}, &fetched
}

// All and Pages remember no page token: 3,000 pages of 10 KB tokens (30
// MB of tokens) leave the heap where it was after the first page. (The
// iterators used to keep every token to detect cycles.)
func TestAllKeepsNoPageTokens(t *testing.T) {
	const n, size = 3000, 10 << 10
	listFn, _ := bigTokenList(n, size, -1)
	var ms runtime.MemStats
	var base uint64
	count := 0
	for it, err := range all(testCtx(t), nil, listFn) {
		if err != nil {
			t.Fatal(err)
		}
		count++
		switch count {
		case 1:
			runtime.GC()
			runtime.ReadMemStats(&ms)
			base = ms.HeapAlloc
		case n:
			runtime.GC()
			runtime.ReadMemStats(&ms)
			if grown := int64(ms.HeapAlloc) - int64(base); grown > 8<<20 {
				t.Errorf("the heap grew by %d MB over %d pages of %d KB tokens: the iterator keeps tokens", grown>>20, n, size>>10)
			}
		}
		_ = it
	}
	if count != n {
		t.Errorf("items = %d, want %d", count, n)
	}
}

// A cycle of any length is caught: within the window at its first
// repetition (nothing yielded twice), beyond it after at most about twice
// its length more pages.
func TestPagesCatchCyclesOfAnyLength(t *testing.T) {
	for _, tt := range []struct{ pages, cycleTo int }{
		{1, 0}, {2, 1}, {10, 3}, {tokenWindow, 1}, {tokenWindow + 1, 1}, {300, 0}, {1000, 500},
	} {
		listFn, fetched := bigTokenList(tt.pages, 40, tt.cycleTo)
		var errs []error
		for _, err := range pages(testCtx(t), nil, listFn) {
			if err != nil {
				errs = append(errs, err)
			}
			if *fetched > 10*tt.pages {
				t.Fatalf("%d pages cycling to %d: %d pages fetched, no cycle caught", tt.pages, tt.cycleTo, *fetched)
			}
		}
		if len(errs) != 1 || !errors.Is(errs[0], ErrRepeatedToken) {
			t.Errorf("%d pages cycling to %d: errors %v, want ErrRepeatedToken", tt.pages, tt.cycleTo, errs)
		}
		// The first page is fetched without a token, so a cycle back to
		// it fetches it once more under its token.
		cycle, again := tt.pages-tt.cycleTo, 0
		if tt.cycleTo == 0 {
			again = 1
		}
		switch extra := *fetched - tt.pages; {
		case cycle <= tokenWindow && extra != again:
			t.Errorf("%d pages cycling to %d: %d pages fetched again, want %d", tt.pages, tt.cycleTo, extra, again)
		case extra > 2*cycle+2:
			t.Errorf("%d pages cycling to %d: %d pages fetched again, want at most %d", tt.pages, tt.cycleTo, extra, 2*cycle+2)
		}
	}
	// No false alarm over many distinct tokens.
	listFn, fetched := bigTokenList(20000, 16, -1)
	for _, err := range pages(testCtx(t), nil, listFn) {
		if err != nil {
			t.Fatalf("after %d pages: %v", *fetched, err)
		}
	}
}

// The detector keeps a fixed number of hashes whatever the number of
// tokens (its state is a fixed-size array and three integers).
func TestTokenCycleIsBounded(t *testing.T) {
	c := newTokenCycle("")
	for i := range 100000 {
		if c.repeated("tok-" + strconv.Itoa(i)) {
			t.Fatalf("token %d taken for a repetition", i)
		}
	}
	if c.power > 1<<17 || len(c.recent) != tokenWindow {
		t.Errorf("state grew: power %d, window %d", c.power, len(c.recent))
	}
	if !c.repeated("tok-99990") || !c.repeated("tok-99999") {
		t.Error("a token among the latest was not caught")
	}
	if err := repeatedTokenError(strings.Repeat("é", 100)); len(err.Error()) > 200 {
		t.Errorf("the error repeats a long token in full: %d bytes", len(err.Error()))
	}
}

// PageSize above 100 or negative is an error before anything is sent;
// ZeroPageSize sends pageSize=0, in the query and in a body.
func TestPageSizeChecks(t *testing.T) {
	env := setup(t)
	var queries []string
	env.mux.HandleFunc("GET /users", func(w http.ResponseWriter, r *http.Request) {
		queries = append(queries, r.URL.RawQuery)
		serveJSON(t, http.MethodGet, http.StatusOK, `{"users":[],"nextToken":"tok"}`)(w, r)
	})
	var bodies []string
	env.mux.HandleFunc("POST /dna-sequences:match-bases", func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		bodies = append(bodies, string(b))
		serveJSON(t, http.MethodPost, http.StatusOK, `{"dnaSequences":[],"nextToken":"tok"}`)(w, r)
	})
	ctx := testCtx(t)
	for _, size := range []int{101, 1000, -2} {
		_, _, err := env.client.Users.List(ctx, &UserListOptions{ListOptions: ListOptions{PageSize: size}})
		if err == nil || !strings.Contains(err.Error(), fmt.Sprintf("PageSize %d is outside 1..100", size)) {
			t.Errorf("PageSize %d: err = %v", size, err)
		}
		for _, err := range env.client.DnaSequences.AllMatchBases(ctx, &MatchBasesRequest{Bases: "ACGT", ListOptions: ListOptions{PageSize: size}}) {
			if err == nil {
				t.Errorf("PageSize %d: AllMatchBases yielded no error", size)
			}
		}
	}
	if len(queries)+len(bodies) != 0 {
		t.Fatalf("requests were sent: %v %v", queries, bodies)
	}

	_, resp, err := env.client.Users.List(ctx, &UserListOptions{ListOptions: ListOptions{PageSize: ZeroPageSize}, PartyListFilters: PartyListFilters{Name: "a b"}})
	if err != nil || resp.NextToken != "tok" {
		t.Fatalf("ZeroPageSize: %v", err)
	}
	for _, size := range []int{0, 1, 100} {
		if _, _, err := env.client.Users.List(ctx, &UserListOptions{ListOptions: ListOptions{PageSize: size}}); err != nil {
			t.Errorf("PageSize %d: %v", size, err)
		}
	}
	want := []string{"name=a%20b&pageSize=0", "", "pageSize=1", "pageSize=100"}
	if diff := cmp.Diff(want, queries); diff != "" {
		t.Errorf("queries (-want +got):\n%s", diff)
	}
	if _, _, err := env.client.DnaSequences.MatchBases(ctx, &MatchBasesRequest{Bases: "ACGT", ListOptions: ListOptions{PageSize: ZeroPageSize}}); err != nil {
		t.Fatal(err)
	}
	if _, _, err := env.client.DnaSequences.MatchBases(ctx, &MatchBasesRequest{Bases: "ACGT"}); err != nil {
		t.Fatal(err)
	}
	if len(bodies) != 2 || !strings.Contains(bodies[0], `"pageSize":0`) || strings.Contains(bodies[1], "pageSize") {
		t.Errorf("bodies = %q; want pageSize 0 in the first only", bodies)
	}
	// A nil options pointer is fine.
	if _, _, err := env.client.Users.List(ctx, nil); err != nil {
		t.Errorf("List(nil): %v", err)
	}
}
