package benchling

import (
	"net/http"
	"strings"
	"testing"
)

// Helpers of the tests of the registry entity services (custom entities,
// molecules, mixtures, monomers, registry, entities), whose operations the
// spec documents with fixtures: each method is served the spec's response
// fixture, its request is checked against the spec's request fixture, and
// what it returns must encode back to the response fixture.

// specTaskID is the taskId of the spec's AsyncTaskLink fixtures.
const specTaskID = "taskId"

// serveSpecTask answers GET /tasks/taskId with a SUCCEEDED task whose
// response is response.
func serveSpecTask(t *testing.T, env *testEnv, response []byte) {
	t.Helper()
	env.mux.HandleFunc("GET /tasks/"+specTaskID, serveJSON(t, http.MethodGet, http.StatusOK,
		append(append([]byte(`{"status":"SUCCEEDED","response":`), response...), '}')))
}

// serveSpecQuery answers pattern with the spec's response fixture of op
// for status, after checking the query is exactly query (nil: none) and
// the body the spec's request fixture (none when op has none).
func serveSpecQuery(t *testing.T, env *testEnv, pattern, op string, status int, query map[string]string) {
	t.Helper()
	method, _, _ := strings.Cut(pattern, " ")
	env.mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) {
		testQuery(t, r, query)
		testSpecRequest(t, r, op)
		serveJSON(t, method, status, specFixture(t, op, status))(w, r)
	})
}

// specBulkPattern is the mux pattern of a bulk operation of a collection:
// "bulkCreateCustomEntities" of "custom-entities" is
// "POST /custom-entities:bulk-create".
func specBulkPattern(op, path string) string {
	for _, verb := range []string{"Create", "Update", "Upsert"} {
		if strings.HasPrefix(op, "bulk"+verb) {
			return "POST /" + path + ":bulk-" + strings.ToLower(verb)
		}
	}
	panic("not a bulk operation: " + op)
}

// waitOrFail waits for the task of a bulk method's link (failing the test
// on err or a failed task) and returns its result.
func waitOrFail[R any](t *testing.T, link *AsyncTaskLink[R], err error) *R {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
	r, err := link.Wait(testCtx(t))
	if err != nil {
		t.Fatalf("Wait: %v", err)
	}
	return r
}

// manyOrFail fails the test on err and returns the values of a *Many
// method's results as a task response holds them: {key: [values]}.
func manyOrFail[T any](t *testing.T, key string, res []BulkResult[T], err error) map[string]any {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
	vals := make([]any, len(res))
	for i, r := range res {
		vals[i] = r.Value
	}
	return map[string]any{key: vals}
}
