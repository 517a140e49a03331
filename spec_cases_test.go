package benchling

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"iter"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// This file is a small harness for the per-method tests of services
// whose operations the spec documents well: each method is exercised
// against a loopback server with the spec's fixtures (CONTRIBUTING §5.1).
// The request body is the spec's request fixture (the case decodes it
// into the method's argument with reqFixture, and the server checks that
// it comes back unchanged); the response is the spec's response fixture,
// and what the method returns must encode back to it (wantRoundTrip).

// specCase is one operation of a table of specCases.
type specCase struct {
	name    string            // the subtest's name, the method's
	op      string            // operationId: the fixtures' names
	pattern string            // the mux pattern, "GET /rna-sequences/seq_1"
	status  int               // the status of the response fixture
	query   map[string]string // the query the method must send exactly (nil: none)
	task    []byte            // if set, GET /tasks/taskId answers SUCCEEDED with this response
	// call runs the method; what it returns must encode back to the
	// response fixture (wrap a list's items in their envelope).
	call func(t *testing.T, c *Client) (any, error)
}

// runSpecCases runs each case in a subtest of its own, with its own
// server.
func runSpecCases(t *testing.T, cases []specCase) {
	t.Helper()
	for _, sc := range cases {
		t.Run(sc.name, func(t *testing.T) {
			env := setup(t)
			fx := specFixture(t, sc.op, sc.status)
			method, _, _ := strings.Cut(sc.pattern, " ")
			env.mux.HandleFunc(sc.pattern, func(w http.ResponseWriter, r *http.Request) {
				testQuery(t, r, sc.query)
				testSpecRequest(t, r, sc.op)
				serveJSON(t, method, sc.status, fx)(w, r)
			})
			if sc.task != nil {
				env.mux.HandleFunc("GET /tasks/taskId", serveJSON(t, http.MethodGet, http.StatusOK,
					append(append([]byte(`{"status":"SUCCEEDED","response":`), sc.task...), '}')))
			}
			got, err := sc.call(t, env.client)
			if err != nil {
				t.Fatal(err)
			}
			wantRoundTrip(t, fx, got)
		})
	}
}

// testSpecRequest checks that the request's body is the spec's request
// fixture of op, or that there is no body when the spec has none.
func testSpecRequest(t *testing.T, r *http.Request, op string) {
	t.Helper()
	b, err := io.ReadAll(r.Body)
	if err != nil {
		t.Fatalf("reading the body: %v", err)
	}
	r.Body = io.NopCloser(bytes.NewReader(b))
	want, err := os.ReadFile(filepath.Join("testdata", "spec", op+".request.json"))
	if errors.Is(err, os.ErrNotExist) {
		if len(b) != 0 {
			t.Errorf("%s has no request body, but got %s", op, b)
		}
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	if len(b) == 0 {
		t.Fatalf("%s: no request body", op)
	}
	if diff := cmp.Diff(normalJSON(t, want), normalJSON(t, b)); diff != "" {
		t.Errorf("%s: the request body differs from the spec's request fixture (-fixture +sent):\n%s", op, diff)
	}
}

// reqFixture decodes the spec's request fixture of op into a new T: the
// argument of the method under test (or a struct whose field is the
// argument, for a body that is one list).
func reqFixture[T any](t *testing.T, op string) *T {
	t.Helper()
	v := new(T)
	dec := json.NewDecoder(bytes.NewReader(specRequestFixture(t, op)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		t.Fatalf("decoding the request fixture of %s into %T: %v", op, v, err)
	}
	return v
}

// specItems is a list of the one item of the spec fixture of an
// operation (op's status response), under key: a task's response.
func specItems(t *testing.T, key, op string, status int) []byte {
	t.Helper()
	return []byte(`{"` + key + `":[` + string(specFixture(t, op, status)) + `]}`)
}

// wantTaskResult waits for the task of link and checks that its result
// encodes back to want, the response the case's server gives the task.
func wantTaskResult[R any](t *testing.T, link *AsyncTaskLink[R], want []byte) {
	t.Helper()
	r, err := link.Wait(testCtx(t))
	if err != nil {
		t.Fatalf("Wait: %v", err)
	}
	wantRoundTrip(t, want, r)
}

// specPages serves a paged operation: the spec's fixture of op as the
// first page (its nextToken is "nextToken"), then, when asked for that
// token (in the query, or in the JSON body if inBody), an empty last page
// under key. It counts the requests in *n.
func specPages(t *testing.T, env *testEnv, pattern, op, key string, inBody bool, n *int) {
	t.Helper()
	fx := specFixture(t, op, http.StatusOK)
	// A fixture whose token is the spec's example ("Im5ldyB0ZXN0Ig==")
	// gets "nextToken" instead, so that the second page can be told apart.
	var page map[string]any
	if err := json.Unmarshal(fx, &page); err == nil {
		if tok, _ := page["nextToken"].(string); tok != "" && tok != "nextToken" {
			page["nextToken"] = "nextToken"
			if b, err := json.Marshal(page); err == nil {
				fx = b
			}
		}
	}
	method, _, _ := strings.Cut(pattern, " ")
	env.mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) {
		*n++
		tok := r.URL.Query().Get("nextToken")
		if inBody {
			var b struct {
				NextToken string `json:"nextToken"`
			}
			if err := json.NewDecoder(r.Body).Decode(&b); err != nil {
				t.Errorf("body: %v", err)
			}
			tok = b.NextToken
		}
		switch tok {
		case "":
			serveJSON(t, method, http.StatusOK, fx)(w, r)
		case "nextToken":
			serveJSON(t, method, http.StatusOK, `{"`+key+`":[],"nextToken":""}`)(w, r)
		default:
			t.Errorf("unexpected nextToken %q", tok)
		}
	})
}

// wantAllPages checks an All iterator and a Pages iterator against a
// specPages server: one item on the first page, none on the second, two
// requests each.
func wantAllPages[T any](t *testing.T, n *int, all iter.Seq2[*T, error], pgs iter.Seq2[*Page[T], error]) {
	t.Helper()
	items := 0
	for it, err := range all {
		if err != nil {
			t.Fatalf("All: %v", err)
		}
		if it == nil {
			t.Fatal("All yielded nil")
		}
		items++
	}
	if items != 1 || *n != 2 {
		t.Errorf("All: %d items in %d requests, want 1 in 2", items, *n)
	}
	*n = 0
	var sizes []int
	var tokens []string
	for p, err := range pgs {
		if err != nil {
			t.Fatalf("Pages: %v", err)
		}
		sizes = append(sizes, len(p.Items))
		tokens = append(tokens, p.NextToken)
	}
	if diff := cmp.Diff([]int{1, 0}, sizes); diff != "" || *n != 2 {
		t.Errorf("Pages: sizes (-want +got):\n%s(%d requests)", diff, *n)
	}
	if diff := cmp.Diff([]string{"nextToken", ""}, tokens); diff != "" {
		t.Errorf("Pages: tokens (-want +got):\n%s", diff)
	}
}

// wantNotFound checks that err is a 404 matching ErrNotFound.
func wantNotFound(t *testing.T, err error) {
	t.Helper()
	var apiErr *Error
	if !errors.Is(err, ErrNotFound) || !errors.As(err, &apiErr) || apiErr.StatusCode != http.StatusNotFound {
		t.Errorf("err = %v, want a 404 matching ErrNotFound", err)
	}
}
