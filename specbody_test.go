package benchling

import (
	"encoding/json"
	"net/http"
	"testing"
)

// specBody decodes the spec's request fixture of operation opID into a
// new T: the body to send, which testJSONBody then compares with the
// fixture.
func specBody[T any](t *testing.T, opID string) *T {
	t.Helper()
	v := new(T)
	if err := json.Unmarshal(specRequestFixture(t, opID), v); err != nil {
		t.Fatalf("request fixture %s: %v", opID, err)
	}
	return v
}

// serveSpecBody checks that the request's body is the spec's request
// fixture of opID and answers with the spec's response fixture for
// status.
func serveSpecBody(t *testing.T, method, opID string, status int) http.HandlerFunc {
	t.Helper()
	return func(w http.ResponseWriter, r *http.Request) {
		testJSONBody(t, r, string(specRequestFixture(t, opID)))
		serveJSON(t, method, status, specFixture(t, opID, status))(w, r)
	}
}

// twoPages serves a list at pattern: page one holds first, page two
// (nextToken "p2") holds second.
func twoPages(t *testing.T, env *testEnv, pattern, key string, first, second []any) {
	t.Helper()
	env.mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) {
		page := map[string]any{key: first, "nextToken": "p2"}
		if r.URL.Query().Get("nextToken") == "p2" {
			page = map[string]any{key: second, "nextToken": ""}
		}
		serveJSON(t, http.MethodGet, http.StatusOK, page)(w, r)
	})
}

// notFoundBody is a NotFoundError body naming id.
func notFoundBody(noun, id string) string {
	return `{"error":{"type":"invalid_request_error","message":"` + noun + ` not found.","userMessage":"` + noun + ` not found.","invalidId":"` + id + `"}}`
}
