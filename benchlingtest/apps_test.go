package benchlingtest

import (
	"encoding/json"
	"net/http"
	"reflect"
	"strings"
	"testing"
)

// TestCanvasKeepsUnknownBlocks: a block of a kind the spec does not know
// is stored and returned as given (the same JSON value; key order is the
// encoder's, as the package doc says), at the top level and in a section;
// a block without a type is a 400.
func TestCanvasKeepsUnknownBlocks(t *testing.T) {
	srv := NewServer(t)
	picker := `{"type":"COLOR_PICKER","id":"color","palette":["#000","#fff"],"nested":{"a":[1,{"b":null}]}}`
	inSection := `{"type":"TIMELINE","steps":[{"label":"x"}]}`
	body := `{"appId":"` + srv.AppID() + `","featureId":"f","resourceId":"etr_1","blocks":[` + picker +
		`,{"type":"SECTION","children":[` + inSection + `,{"type":"BUTTON","id":"go","text":"Go"}]}]}`
	resp, m := send(t, srv, "POST", "/app-canvases", body)
	if resp.StatusCode != http.StatusCreated {
		t.Fatalf("create: %d %v", resp.StatusCode, m)
	}
	_, got := get(t, srv, "/app-canvases/"+m["id"].(string))
	blocks := got["blocks"].([]any)
	want := func(raw string) any {
		var v any
		_ = json.Unmarshal([]byte(raw), &v)
		return v
	}
	if !reflect.DeepEqual(blocks[0], want(picker)) {
		t.Errorf("top-level unknown block = %v", blocks[0])
	}
	if ch := blocks[1].(map[string]any)["children"].([]any); !reflect.DeepEqual(ch[0], want(inSection)) {
		t.Errorf("unknown block in a section = %v", ch[0])
	}
	resp, m = send(t, srv, "POST", "/app-canvases", `{"appId":"`+srv.AppID()+`","featureId":"f","resourceId":"r","blocks":[{"id":"x"}]}`)
	if _, msg, _ := errType(m); resp.StatusCode != http.StatusBadRequest || !strings.Contains(msg, "no type") {
		t.Errorf("a block without type: %d %v", resp.StatusCode, m)
	}
}

// TestChangesRecordedOnlyForRequests: seeding records no change; a
// request's archive is in the audit log but raises no event (the spec has
// none for it).
func TestChangesRecordedOnlyForRequests(t *testing.T) {
	srv := NewServer(t)
	ids := srv.SeedDnaSequences(2)
	if n := len(srv.st.eventLog) + len(srv.st.auditLog); n != 0 {
		t.Fatalf("seeding recorded %d changes", n)
	}
	resp, _ := send(t, srv, "POST", "/dna-sequences:archive", `{"dnaSequenceIds":["`+ids[0]+`"],"reason":"Retired"}`)
	if resp.StatusCode != http.StatusOK {
		t.Fatal(resp.Status)
	}
	if log := srv.st.auditLog[ids[0]]; len(log) != 1 || log[0].action != "archived" {
		t.Errorf("audit log = %+v", log)
	}
	if len(srv.st.eventLog) != 0 {
		t.Errorf("an archive raised events: %v", srv.st.eventLog)
	}
}

// TestChangedProps lists changed properties, fields one by one, ignoring
// what every write changes.
func TestChangedProps(t *testing.T) {
	before := map[string]any{"name": "a", "modifiedAt": "1", "fields": map[string]any{"A": 1.0, "B": 2.0}, "aliases": []any{}}
	after := map[string]any{"name": "b", "modifiedAt": "2", "fields": map[string]any{"A": 1.0, "B": 3.0, "C": 4.0}, "aliases": []any{}}
	if got := changedProps(before, after); !reflect.DeepEqual(got, []string{"fields.B", "fields.C", "name"}) {
		t.Errorf("changedProps = %q", got)
	}
	// Custom fields are named as custom fields, not as schema fields.
	before = map[string]any{"customFields": map[string]any{"Notes": "a"}}
	after = map[string]any{"customFields": map[string]any{"Notes": "b"}}
	if got := changedProps(before, after); !reflect.DeepEqual(got, []string{"customFields.Notes"}) {
		t.Errorf("changedProps of custom fields = %q", got)
	}
}
