package benchlingtest

import (
	"net/http/httptest"
	"testing"
	"time"
)

// A resource with collPath serves another resource's items under its own
// path, with its own body schema: what it creates is that resource's
// (document, hooks, apiURL), and the other resource's reads see it.
func TestEngineCollPath(t *testing.T) {
	st := newStore("http://tenant.test", 1, time.Now)
	things := &resource{path: "things", noun: "Thing", prefix: "thg_", listKey: "things",
		doc: map[string]any{"apiURL": "", "colour": "", "id": "", "name": ""}, server: []string{"id", "apiURL"},
		list: &listOp{}, get: true, create: body("colour:string name:string!"),
		derive: func(w *write) { w.doc["colour"] = "grey" }}
	old := &resource{path: "old-things", collPath: "things", noun: "Thing", prefix: "thg_", listKey: "oldThings",
		doc: things.doc, list: &listOp{}, get: true, create: body("name:string!")}
	st.colls[things.path] = &collection{res: things, byID: map[string]*item{}}
	req := func(method, path, body string) *call {
		return &call{st: st, r: httptest.NewRequest(method, "/api/v2"+path, nil), body: []byte(body)}
	}

	if _, _, herr := old.serveCreate(req("POST", "/old-things", `{"name":"a","colour":"red"}`)); herr == nil {
		t.Error("the old path accepted a property its schema lacks")
	}
	status, made, herr := old.serveCreate(req("POST", "/old-things", `{"name":"a"}`))
	if herr != nil || status != 201 {
		t.Fatalf("create through the old path: %d %v", status, herr)
	}
	d := made.(map[string]any)
	id, _ := d["id"].(string)
	if d["colour"] != "grey" || d["apiURL"] != "http://tenant.test/api/v2/things/"+id {
		t.Errorf("created through the old path: %v, want the main resource's hooks and apiURL", d)
	}
	c := req("GET", "/things/"+id, "")
	c.params = []string{id}
	if _, got, herr := things.serveGet(c); herr != nil || got.(map[string]any)["name"] != "a" {
		t.Errorf("get through the main path: %v %v", got, herr)
	}
	_, l, herr := old.serveList(req("GET", "/old-things", ""), old.compileFilters())
	if herr != nil || len(l.(map[string]any)["oldThings"].([]any)) != 1 {
		t.Errorf("list through the old path: %v %v", l, herr)
	}
}
