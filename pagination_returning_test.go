package benchling

import (
	"net/http"
	"slices"
	"strings"
	"testing"
)

// returningServer serves two pages of AA sequences as Benchling does with
// a returning parameter: the page's nextToken is part of the projection,
// so it is sent only when returning names it. It records the returning
// values it was sent.
func returningServer(t *testing.T, env *testEnv, got *[]string) {
	t.Helper()
	env.mux.HandleFunc("GET /aa-sequences", func(w http.ResponseWriter, r *http.Request) {
		ret := r.URL.Query().Get("returning")
		*got = append(*got, ret)
		page, next := `{"id":"prtn_1"}`, "tok1"
		if r.URL.Query().Get("nextToken") == "tok1" {
			page, next = `{"id":"prtn_2"}`, ""
		}
		body := `{"aaSequences":[` + page + `]`
		if ret == "" || slices.Contains(strings.Split(ret, ","), "nextToken") {
			body += `,"nextToken":"` + next + `"`
		}
		serveJSON(t, http.MethodGet, http.StatusOK, body+"}")(w, r)
	})
}

// TestListReturningKeepsNextToken: a paged list with a returning
// projection asks for nextToken too, so that All pages through every page
// instead of stopping after the first.
func TestListReturningKeepsNextToken(t *testing.T) {
	env := setup(t)
	var sent []string
	returningServer(t, env, &sent)

	var ids []string
	for s, err := range env.client.AaSequences.All(testCtx(t), &AaSequenceListOptions{Returning: []string{"aaSequences.id"}}) {
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, s.ID)
	}
	if want := []string{"prtn_1", "prtn_2"}; !slices.Equal(ids, want) {
		t.Errorf("All gave %v, want %v", ids, want)
	}
	if want := []string{"aaSequences.id,nextToken", "aaSequences.id,nextToken"}; !slices.Equal(sent, want) {
		t.Errorf("returning sent = %q, want %q", sent, want)
	}
}

// TestListReturningNamesNextTokenOnce: a projection that already names
// nextToken is sent as it is, and a list without returning sends none.
func TestListReturningNamesNextTokenOnce(t *testing.T) {
	env := setup(t)
	var sent []string
	returningServer(t, env, &sent)
	ctx := testCtx(t)

	_, resp, err := env.client.AaSequences.List(ctx, &AaSequenceListOptions{Returning: []string{"nextToken", "aaSequences.name"}})
	if err != nil {
		t.Fatal(err)
	}
	if resp.NextToken != "tok1" {
		t.Errorf("NextToken = %q, want tok1", resp.NextToken)
	}
	if _, _, err := env.client.AaSequences.List(ctx, &AaSequenceListOptions{ListOptions: ListOptions{PageSize: 5}}); err != nil {
		t.Fatal(err)
	}
	if want := []string{"nextToken,aaSequences.name", ""}; !slices.Equal(sent, want) {
		t.Errorf("returning sent = %q, want %q", sent, want)
	}
}

// TestBulkGetReturningUnchanged: a bulk-get has no pages, so its
// returning is sent as given.
func TestBulkGetReturningUnchanged(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /aa-sequences:bulk-get", func(w http.ResponseWriter, r *http.Request) {
		testQuery(t, r, map[string]string{"aaSequenceIds": "prtn_1", "returning": "aaSequences.id"})
		serveJSON(t, http.MethodGet, http.StatusOK, `{"aaSequences":[{"id":"prtn_1"}]}`)(w, r)
	})
	if _, _, err := env.client.AaSequences.BulkGet(testCtx(t), []string{"prtn_1"}, &AaSequenceBulkGetOptions{Returning: []string{"aaSequences.id"}}); err != nil {
		t.Fatal(err)
	}
}
