package benchlingtest

import (
	"net/http/httptest"
	"slices"
	"testing"
	"time"
)

// A list's defaultSort orders a request that names no sort; a request's
// own sort still wins, and a description with a default sort it does not
// accept panics when its routes are built.
func TestEngineDefaultSort(t *testing.T) {
	st := newStore("http://tenant.test", 1, time.Now)
	res := &resource{path: "things", noun: "Thing", prefix: "thg_", listKey: "things",
		doc: map[string]any{"id": "", "name": ""}, server: []string{"id"},
		list: &listOp{sorts: []string{"name"}, defaultSort: "name:asc"}}
	st.colls[res.path] = &collection{res: res, byID: map[string]*item{}}
	for _, n := range []string{"beta", "alpha", "gamma"} {
		st.create("things", map[string]any{"name": n})
	}
	names := func(query string) []string {
		c := &call{st: st, r: httptest.NewRequest("GET", "/api/v2/things"+query, nil)}
		_, body, herr := res.serveList(c, res.compileFilters())
		if herr != nil {
			t.Fatalf("list%s: %v", query, herr)
		}
		var out []string
		for _, d := range body.(map[string]any)["things"].([]any) {
			out = append(out, d.(map[string]any)["name"].(string))
		}
		return out
	}
	if got := names(""); !slices.Equal(got, []string{"alpha", "beta", "gamma"}) {
		t.Errorf("default order = %v, want by name", got)
	}
	if got := names("?sort=name:desc"); !slices.Equal(got, []string{"gamma", "beta", "alpha"}) {
		t.Errorf("sort=name:desc gave %v", got)
	}
	res.list.defaultSort = ""
	if got := names(""); !slices.Equal(got, []string{"gamma", "alpha", "beta"}) {
		t.Errorf("without a default sort, the order = %v, want modifiedAt:desc", got)
	}

	defer func() {
		if recover() == nil {
			t.Error("a default sort the list does not accept did not panic")
		}
	}()
	bad := &resource{path: "bad", listKey: "bad", list: &listOp{sorts: []string{"name"}, defaultSort: "createdAt:desc"}}
	bad.routes()
}

// A list's omit leaves properties out of its items, and the stored
// documents keep them.
func TestEngineListOmit(t *testing.T) {
	st := newStore("http://tenant.test", 1, time.Now)
	res := &resource{path: "things", noun: "Thing", prefix: "thg_", listKey: "things",
		doc: map[string]any{"id": "", "name": "", "rows": []any{}}, server: []string{"id"},
		list: &listOp{omit: []string{"rows"}}}
	st.colls[res.path] = &collection{res: res, byID: map[string]*item{}}
	it := st.create("things", map[string]any{"name": "a", "rows": []any{"r1"}})
	c := &call{st: st, r: httptest.NewRequest("GET", "/api/v2/things", nil)}
	_, body, herr := res.serveList(c, res.compileFilters())
	if herr != nil {
		t.Fatal(herr)
	}
	got := body.(map[string]any)["things"].([]any)[0].(map[string]any)
	if _, ok := got["rows"]; ok || got["name"] != "a" {
		t.Errorf("list item = %v, want it without rows", got)
	}
	if rows, _ := it.doc["rows"].([]any); len(rows) != 1 {
		t.Errorf("the stored document lost its rows: %v", it.doc)
	}
}
