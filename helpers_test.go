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
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/benchling-go/benchling/internal/spectest"
	"github.com/google/go-cmp/cmp"
)

// testAPIKey is the API key every test client uses. It is recognisable so
// that secret-hygiene tests can look for it.
const testAPIKey = "sk_TEST_api_key_0123456789abcdef"

// covered records, per spec operationId, the tests whose requests to it
// matched the spec and got a 2xx response. TestMain prints the report.
var covered = struct {
	sync.Mutex
	ops map[string]map[string]bool
}{ops: map[string]map[string]bool{}}

func markCovered(op, test string) {
	covered.Lock()
	defer covered.Unlock()
	if covered.ops[op] == nil {
		covered.ops[op] = map[string]bool{}
	}
	covered.ops[op][test] = true
}

// loadSpec returns the official spec, nil when it is missing locally. It
// fails the test when the spec is missing in CI.
func loadSpec(t testing.TB) *spectest.Spec {
	t.Helper()
	if _, err := os.Stat(spectest.SpecPath()); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("the OpenAPI spec is missing in CI: %v", err)
		}
		return nil
	}
	return spectest.Load(t)
}

// testEnv is a loopback Benchling API for one test.
type testEnv struct {
	t      *testing.T
	server *httptest.Server
	mux    *http.ServeMux
	client *Client
	spec   *spectest.Spec
}

// setup starts an httptest server with a mux mounted under /api/v2/ and
// returns a client for it with retries off and fast task polling. Every
// request the client sends is checked against the official spec (method,
// path, query parameters, JSON body), and every 2xx response the test's
// handler writes is checked against the operation's response schema, so
// fixtures and request shapes cannot drift from the spec. Requests outside
// /api/v2/ fail the test.
func setup(t *testing.T, opts ...Option) *testEnv {
	t.Helper()
	return newEnv(t, true, opts...)
}

// setupRaw is setup without the spec checks, for tests that send
// deliberately broken responses or call paths outside the spec.
func setupRaw(t *testing.T, opts ...Option) *testEnv {
	t.Helper()
	return newEnv(t, false, opts...)
}

func newEnv(t *testing.T, checkSpec bool, opts ...Option) *testEnv {
	t.Helper()
	env := newServerEnv(t, checkSpec)
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

func newServerEnv(t *testing.T, checkSpec bool) *testEnv {
	t.Helper()
	env := &testEnv{t: t, mux: http.NewServeMux()}
	if checkSpec {
		env.spec = loadSpec(t)
	}
	api := http.NewServeMux()
	api.Handle("/api/v2/", http.StripPrefix("/api/v2", env.mux))
	api.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		t.Errorf("request outside the API base: %s %s", r.Method, r.URL)
		http.Error(w, "outside API base", http.StatusNotFound)
	})
	env.server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if env.spec == nil {
			api.ServeHTTP(w, r)
			return
		}
		op, err := env.spec.ValidateRequest(r)
		if err != nil {
			t.Errorf("request does not match the spec: %v", err)
		}
		rec := httptest.NewRecorder()
		api.ServeHTTP(rec, r)
		body := rec.Body.Bytes()
		if rec.Code >= 200 && rec.Code < 300 && err == nil {
			if verr := env.spec.ValidateResponseStrict(r, rec.Code, rec.Header(), body); verr != nil {
				t.Errorf("test response for %s does not match the spec: %v", op, verr)
			} else {
				markCovered(op, t.Name())
			}
		}
		for k, v := range rec.Header() {
			w.Header()[k] = v
		}
		w.WriteHeader(rec.Code)
		_, _ = w.Write(body)
	}))
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

// coverageTags are the tags whose every operation the SDK wraps.
var coverageTags = []string{"Users", "AA Sequences", "DNA Sequences", "Entries", "Tasks"}

// coverageReport lists, per tag, the spec's operations and whether a test
// exercised each through the SDK with a spec-valid request and response.
func coverageReport(spec *spectest.Spec) (report string, missing []string) {
	covered.Lock()
	defer covered.Unlock()
	var b strings.Builder
	total, done := 0, 0
	byTag := map[string][2]int{}
	for _, op := range spec.Operations() {
		for _, tag := range op.Tags {
			if !contains(coverageTags, tag) {
				continue
			}
			total++
			n := byTag[tag]
			n[1]++
			if len(covered.ops[op.ID]) > 0 {
				done++
				n[0]++
			} else {
				missing = append(missing, fmt.Sprintf("%s (%s %s)", op.ID, op.Method, op.Path))
			}
			byTag[tag] = n
		}
	}
	fmt.Fprintf(&b, "| tag | covered |\n|---|---|\n")
	for _, tag := range coverageTags {
		n := byTag[tag]
		fmt.Fprintf(&b, "| %s | %d/%d |\n", tag, n[0], n[1])
	}
	fmt.Fprintf(&b, "operations covered: %d/%d\n", done, total)
	sort.Strings(missing)
	return b.String(), missing
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
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
