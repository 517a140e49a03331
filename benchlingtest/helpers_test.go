package benchlingtest

import (
	"slices"
	"testing"
)

// str returns m[k] as a string ("" if it is not one).
func str(m map[string]any, k string) string { s, _ := m[k].(string); return s }

// list returns m[k] as a list (nil if it is not one).
func list(m map[string]any, k string) []any { l, _ := m[k].([]any); return l }

// ids returns the "id" of each object of l.
func ids(l []any) []string {
	out := make([]string, len(l))
	for i, it := range l {
		out[i] = str(it.(map[string]any), "id")
	}
	return out
}

// unserve takes one of the fake's own operations out of srv's routes, as
// if the fake did not serve it: the fake serves every operation of the
// spec, and the tests of what an unserved one answers need one. Call it
// before srv is used.
func unserve(t *testing.T, srv *Server, method, template string) {
	t.Helper()
	segs, err := parseTemplate(template)
	if err != nil {
		t.Fatal(err)
	}
	k := routeKey(method, segs[0].lit)
	for i, r := range srv.routes[k] {
		if normTemplate(r.segs) == normTemplate(segs) {
			srv.routes[k] = slices.Delete(slices.Clone(srv.routes[k]), i, i+1)
			return
		}
	}
	t.Fatalf("the fake does not serve %s %s", method, template)
}
