package benchling

import (
	"encoding/json"
	"net/http"
	"testing"
)

// specPagesRetoken is specPages (GET lists) for a list fixture whose
// nextToken is the spec's example ("Im5ldyB0ZXN0Ig==") rather than
// "nextToken": the first page is the fixture with its token replaced, so
// that wantAllPages can follow it.
func specPagesRetoken(t *testing.T, env *testEnv, pattern, op, key string, n *int) {
	t.Helper()
	var first map[string]any
	if err := json.Unmarshal(specFixture(t, op, http.StatusOK), &first); err != nil {
		t.Fatal(err)
	}
	first["nextToken"] = "nextToken"
	env.mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) {
		*n++
		switch tok := r.URL.Query().Get("nextToken"); tok {
		case "":
			serveJSON(t, http.MethodGet, http.StatusOK, first)(w, r)
		case "nextToken":
			serveJSON(t, http.MethodGet, http.StatusOK, `{"`+key+`":[],"nextToken":""}`)(w, r)
		default:
			t.Errorf("unexpected nextToken %q", tok)
		}
	})
}
