package benchling

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
)

// serveSpec makes env answer pattern ("POST /blobs") with the spec's
// response fixture of opID and status, after checking the request's query
// against query (exactly; nil for none) and, when withBody, its JSON body
// against the spec's request fixture of opID. It returns the response
// fixture, for wantRoundTrip.
func serveSpec(t *testing.T, env *testEnv, pattern, opID string, status int, query map[string]string, withBody bool) []byte {
	t.Helper()
	fx := specFixture(t, opID, status)
	method, _, _ := strings.Cut(pattern, " ")
	var want string
	if withBody {
		want = string(specRequestFixture(t, opID))
	}
	env.mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) {
		testQuery(t, r, query)
		if withBody {
			testJSONBody(t, r, want)
		}
		serveJSON(t, method, status, fx)(w, r)
	})
	return fx
}

// specRequest decodes the spec's request fixture of opID into a new T, the
// body a test sends (serveSpec then checks it arrives unchanged: a round
// trip of the request type).
func specRequest[T any](t *testing.T, opID string) *T {
	t.Helper()
	v := new(T)
	if err := json.Unmarshal(specRequestFixture(t, opID), v); err != nil {
		t.Fatalf("request fixture of %s: %v", opID, err)
	}
	return v
}
