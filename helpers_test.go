package benchling

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/benchling-go/benchling/internal/contract"
	"github.com/google/go-cmp/cmp"
)

// testAPIKey is the API key every test client uses. It is recognisable so
// that secret-hygiene tests can look for it.
const testAPIKey = "sk_TEST_api_key_0123456789abcdef"

// testEnv is a loopback Benchling API for one test.
type testEnv struct {
	t      *testing.T
	server *httptest.Server
	mux    *http.ServeMux
	client *Client
}

// setup starts an httptest server with a mux mounted under /api/v2/ and
// returns a client for it with retries off and fast task polling.
// Requests outside /api/v2/ fail the test.
//
// Every exchange is contract-checked: with BENCHLING_CONTRACT_DIR set, the
// server records each request the client sends and the response the
// test's handler writes (package internal/contract), and the tools
// module's TestContract checks them against the official spec: method,
// path, query parameters, JSON body with no undeclared property, and the
// response (2xx strictly, errors against their declared schema). The
// same recordings make the coverage report. So fixtures and request
// shapes cannot drift from the spec; run the tools tests to see it.
func setup(t *testing.T, opts ...Option) *testEnv {
	t.Helper()
	return newEnv(t, true, opts...)
}

// setupRaw is setup without the contract checks (nothing is recorded),
// for tests that send deliberately broken responses or call paths outside
// the spec.
func setupRaw(t *testing.T, opts ...Option) *testEnv {
	t.Helper()
	return newEnv(t, false, opts...)
}

func newEnv(t *testing.T, record bool, opts ...Option) *testEnv {
	t.Helper()
	env := newServerEnv(t, record)
	all := append([]Option{
		WithAPIKey(testAPIKey),
		WithoutRetries(),
		WithTaskPolling(time.Millisecond, 5*time.Millisecond),
	}, opts...)
	c, err := NewClient(env.server.URL, all...)
	if err != nil {
		t.Fatalf("NewClient: %v", err)
	}
	env.client = c
	return env
}

// newEnvNoClient starts the server of setupRaw without a client.
func newEnvNoClient(t *testing.T) *testEnv {
	t.Helper()
	return newServerEnv(t, false)
}

func newServerEnv(t *testing.T, record bool) *testEnv {
	t.Helper()
	env := &testEnv{t: t, mux: http.NewServeMux()}
	api := http.NewServeMux()
	api.Handle("/api/v2/", http.StripPrefix("/api/v2", env.mux))
	api.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		t.Errorf("request outside the API base: %s %s", r.Method, r.URL)
		http.Error(w, "outside API base", http.StatusNotFound)
	})
	if !record {
		env.server = httptest.NewServer(api)
		t.Cleanup(env.server.Close)
		return env
	}
	// Every exchange is recorded for the contract check, except one the
	// handler marks with contract.Skip (a request the client cut short)
	// and one whose client went away before any answer.
	env.server = httptest.NewServer(contract.Handler(contract.SourceUnit, t.Name(), api))
	t.Cleanup(env.server.Close)
	return env
}

// fixture returns testdata/<name>.
func fixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatalf("fixture: %v", err)
	}
	return b
}

// decodeFixture decodes testdata/<name> into a new T, the expected value
// of a decoded response.
func decodeFixture[T any](t testing.TB, name string) *T {
	t.Helper()
	v := new(T)
	if err := json.Unmarshal(fixture(t, name), v); err != nil {
		t.Fatalf("fixture %s: %v", name, err)
	}
	return v
}

// serveJSON answers with status and body (a fixture's bytes or a value to
// encode), after checking the request method.
func serveJSON(t *testing.T, method string, status int, body any) http.HandlerFunc {
	t.Helper()
	return func(w http.ResponseWriter, r *http.Request) {
		testMethod(t, r, method)
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		switch b := body.(type) {
		case nil:
		case []byte:
			_, _ = w.Write(b)
		case string:
			_, _ = io.WriteString(w, b)
		default:
			_ = json.NewEncoder(w).Encode(b)
		}
	}
}

func testMethod(t *testing.T, r *http.Request, want string) {
	t.Helper()
	if r.Method != want {
		t.Errorf("method = %s, want %s", r.Method, want)
	}
}

// testQuery checks the request's query parameters exactly.
func testQuery(t *testing.T, r *http.Request, want map[string]string) {
	t.Helper()
	got := map[string]string{}
	for k, v := range r.URL.Query() {
		got[k] = strings.Join(v, "|")
	}
	if want == nil {
		want = map[string]string{}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("query mismatch (-want +got):\n%s", diff)
	}
}

// testJSONBody checks the request's JSON body against want (a JSON string),
// ignoring formatting.
func testJSONBody(t *testing.T, r *http.Request, want string) {
	t.Helper()
	b, err := io.ReadAll(r.Body)
	if err != nil {
		t.Fatalf("reading body: %v", err)
	}
	r.Body = io.NopCloser(bytes.NewReader(b))
	var got, exp any
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatalf("request body is not JSON: %v: %s", err, b)
	}
	if err := json.Unmarshal([]byte(want), &exp); err != nil {
		t.Fatalf("want is not JSON: %v", err)
	}
	if diff := cmp.Diff(exp, got); diff != "" {
		t.Errorf("request body mismatch (-want +got):\n%s", diff)
	}
}

// ctx returns a context that ends with the test.
func testCtx(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// wantInvalidID runs each call and checks that it fails with ErrInvalidID
// (an empty or path-breaking ID, caught before anything is sent).
func wantInvalidID(t *testing.T, calls map[string]func() error) {
	t.Helper()
	for name, call := range calls {
		if err := call(); !errors.Is(err, ErrInvalidID) {
			t.Errorf("%s: err = %v, want ErrInvalidID", name, err)
		}
	}
}

// specFixture returns testdata/spec/<opID>.<status>.json: the response
// body the spec documents for operation opID and a 2xx status, generated
// from the spec's example or its schema (every property present, none a
// zero value) by the tools module (cd tools && go run ./cmd/specfixtures),
// which checks that each fixture is current and matches its schema.
func specFixture(t testing.TB, opID string, status int) []byte {
	t.Helper()
	return specFile(t, fmt.Sprintf("%s.%d.json", opID, status))
}

// specRequestFixture returns testdata/spec/<opID>.request.json, the
// request body of operation opID made the same way.
func specRequestFixture(t testing.TB, opID string) []byte {
	t.Helper()
	return specFile(t, opID+".request.json")
}

// specBranchFixture returns testdata/spec/schemas/<schema>.<branch>.json,
// a value of one branch of a oneOf/anyOf schema (branch is the branch's
// schema name), for tests of union decoders.
func specBranchFixture(t testing.TB, schema, branch string) []byte {
	t.Helper()
	return specFile(t, "schemas/"+schema+"."+branch+".json")
}

func specFile(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "spec", filepath.FromSlash(name)))
	if err != nil {
		t.Fatalf("spec fixture: %v (generate the fixtures with: cd tools && go run ./cmd/specfixtures)", err)
	}
	return b
}

// wantRoundTrip checks that got, a value the SDK decoded from fixture,
// encodes back to the fixture: it marshals got and compares the two JSON
// documents with cmp.Diff after normalising both (nulls, false, 0, "",
// empty arrays and objects dropped; numbers compared as float64; times in
// one form). So a property the Go type lacks, mis-tags or mis-types fails
// the test. Wrap a list's items to match its envelope:
//
//	wantRoundTrip(t, fixture, map[string]any{"users": users, "nextToken": resp.NextToken})
func wantRoundTrip(t testing.TB, fixture []byte, got any) {
	t.Helper()
	b, err := json.Marshal(got)
	if err != nil {
		t.Fatalf("round trip: marshal %T: %v", got, err)
	}
	want, gotDoc := normalJSON(t, fixture), normalJSON(t, b)
	if diff := cmp.Diff(want, gotDoc); diff != "" {
		t.Errorf("round trip of %T differs from the fixture (-fixture +Go):\n%s", got, diff)
	}
}

// normalJSON decodes a JSON document and normalises it for wantRoundTrip.
func normalJSON(t testing.TB, doc []byte) any {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(doc))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		t.Fatalf("round trip: %v: %.200s", err, doc)
	}
	return normalValue(v)
}

func normalValue(v any) any {
	switch x := v.(type) {
	case map[string]any:
		out := map[string]any{}
		for k, e := range x {
			if n := normalValue(e); !emptyJSON(n) {
				out[k] = n
			}
		}
		return out
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = normalValue(e)
		}
		return out
	case json.Number:
		f, err := x.Float64()
		if err != nil {
			return x.String()
		}
		return f
	case string:
		if ts, err := time.Parse(time.RFC3339Nano, x); err == nil {
			return ts.UTC().Format(time.RFC3339Nano)
		}
		return x
	}
	return v
}

func emptyJSON(v any) bool {
	switch x := v.(type) {
	case nil:
		return true
	case bool:
		return !x
	case float64:
		return x == 0
	case string:
		return x == ""
	case map[string]any:
		return len(x) == 0
	case []any:
		return len(x) == 0
	}
	return false
}
