package main

import (
	"bytes"
	"context"
	"go/parser"
	"go/token"
	"net/http"
	"net/http/httptest"
	"os"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/internal/leakcheck"
	"github.com/benchling-go/benchling/tools/internal/spectest"
)

// repoRoot is the SDK's root, relative to this package.
const repoRoot = "../../.."

// TestMain runs the tests, then checks that no goroutine is left behind.
func TestMain(m *testing.M) {
	os.Exit(leakcheck.Main(m.Run()))
}

var (
	opsOnce sync.Once
	opsTab  opTable
)

func loadOps(t *testing.T) opTable {
	t.Helper()
	spec := spectest.Load(t)
	opsOnce.Do(func() { opsTab = buildOps(spec.Doc) })
	return opsTab
}

func TestBuildOps(t *testing.T) {
	spec := spectest.Load(t)
	ops := loadOps(t)
	if got, want := len(ops), len(spec.Operations()); got != want {
		t.Errorf("%d operations, the spec has %d", got, want)
	}
	for _, info := range spec.Operations() {
		o := ops[info.ID]
		if o == nil || o.Method != info.Method || o.Path != info.Path {
			t.Errorf("%s: got %+v, want %s %s", info.ID, o, info.Method, info.Path)
		}
	}

	u := ops["getUser"]
	if u == nil || u.Method != "GET" || u.Path != "/users/{user_id}" || u.Body != nil {
		t.Fatalf("getUser = %+v", u)
	}
	if i := slices.IndexFunc(u.Params, func(p param) bool { return p.Name == "user_id" }); i < 0 || u.Params[i].In != "path" || !u.Params[i].Required {
		t.Errorf("getUser's parameters %+v lack the required path parameter user_id", u.Params)
	}
	if !slices.Contains(u.Responses, "200") || !slices.Contains(u.Responses, "404") {
		t.Errorf("getUser's responses %v", u.Responses)
	}

	c := ops["createAASequence"]
	if c == nil || c.Body == nil || c.Body.ContentType != "application/json" || !slices.Contains(c.Body.Props, "aminoAcids") {
		t.Fatalf("createAASequence's body = %+v", c.Body)
	}

	// getLocation declares a 400 without a body and a 404 with one: the
	// errors mode asks for the 404, whose body it can check.
	if got := ops["getLocation"].errorStatus(); got != "404" {
		t.Errorf("getLocation errorStatus = %q, want 404", got)
	}
	if got := ops["getTask"].errorStatus(); got != "404" {
		t.Errorf("getTask errorStatus = %q, want 404", got)
	}

	// A list's query parameters, a wildcard one among them.
	l := ops["listAASequences"]
	for _, q := range []string{"pageSize", "names.anyOf", "schemaField.Potency"} {
		if l.queryParam(q) == nil {
			t.Errorf("listAASequences: query parameter %q not found", q)
		}
	}
	if l.queryParam("noSuchParameter") != nil {
		t.Error("listAASequences: an undeclared query parameter was found")
	}
	if p := l.queryParam("pageSize"); p.Type != "integer" {
		t.Errorf("pageSize type = %q", p.Type)
	}
}

func TestMatch(t *testing.T) {
	ops := loadOps(t)
	for _, tc := range []struct{ method, path, want string }{
		{"GET", "/users/ent_1", "getUser"},
		{"GET", "/dna-sequences/seq_1", "getDNASequence"},
		{"POST", "/dna-sequences:archive", "archiveDNASequences"},
		{"PATCH", "/custom-entities/REG-1:upsert", "upsertCustomEntity"},
		{"GET", "/custom-entities/bfi_1", "getCustomEntity"},
		{"DELETE", "/users/ent_1", ""},
		{"GET", "/no-such-thing", ""},
		{"GET", "/users/ent_1/extra", ""},
	} {
		got := ""
		if o := ops.match(tc.method, tc.path); o != nil {
			got = o.ID
		}
		if got != tc.want {
			t.Errorf("match(%s %s) = %q, want %q", tc.method, tc.path, got, tc.want)
		}
	}
	if o := ops.byRoute("GET /users/{user_id}"); o == nil || o.ID != "getUser" {
		t.Errorf("byRoute(GET /users/{user_id}) = %+v", o)
	}
	if o := ops.byRoute("GET /users/{id}"); o != nil {
		t.Errorf("byRoute of a template the spec lacks = %s", o.ID)
	}
}

func TestAllowList(t *testing.T) {
	for _, a := range allowed {
		if a.Reason == "" || a.Verdict == "" || a.Detail == "" {
			t.Errorf("allow-list entry %+v: every entry needs a verdict, a detail and a reason", a)
		}
		if slices.Contains(okVerdicts, a.Verdict) {
			t.Errorf("allow-list entry %q allows %s, which is not a failure", a.Method, a.Verdict)
		}
		if _, err := regexp.Compile(a.Method); err != nil {
			t.Errorf("allow-list entry %q: %v", a.Method, err)
		}
	}
	list := []*allowance{
		{Method: `^Users\.List$`, Modes: []string{"static"}, Verdict: verdictDecode, Detail: "got <nil>", Reason: "null list"},
		{Method: `^Files\.`, Verdict: verdictErrResp, Detail: "Content-Location", Reason: "header"},
	}
	for _, tc := range []struct {
		mode string
		r    result
		want string
	}{
		{"static", result{Name: "Users.List", Verdict: verdictDecode, Detail: "decoding: got <nil>"}, "null list"},
		{"dynamic", result{Name: "Users.List", Verdict: verdictDecode, Detail: "decoding: got <nil>"}, ""},
		{"static", result{Name: "Users.ListAll", Verdict: verdictDecode, Detail: "decoding: got <nil>"}, ""},
		{"static", result{Name: "Users.List", Verdict: verdictFail, Detail: "decoding: got <nil>"}, ""},
		{"static", result{Name: "Users.List", Verdict: verdictDecode, Detail: "parsing time"}, ""},
		{"errors", result{Name: "Files.Get", Verdict: verdictErrResp, Detail: "bad Content-Location"}, "header"},
	} {
		got := ""
		if a := allowFor(list, tc.mode, &tc.r); a != nil {
			got = a.Reason
		}
		if got != tc.want {
			t.Errorf("allowFor(%s, %+v) = %q, want %q", tc.mode, tc.r, got, tc.want)
		}
	}
	r := result{Verdict: verdictDecode}
	if !r.failed() {
		t.Error("a DECODE is not a failure")
	}
	r.Allowed = "reason"
	if r.failed() {
		t.Error("an allowed DECODE is a failure")
	}
}

func TestDocLines(t *testing.T) {
	src := `package p
// Get returns one.
//
// Benchling API: GET /things/{thing_id}
func (s *ThingsService) Get() {}
// List has no line.
func (s *ThingsService) List() {}
// Benchling API: GET /free
func Free() {}
`
	f, err := parser.ParseFile(token.NewFileSet(), "p.go", src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	got := docLines(f)
	if len(got) != 1 || got["ThingsService.Get"] != "GET /things/{thing_id}" {
		t.Errorf("docLines = %v", got)
	}

	// The SDK's own lines all name a spec operation, or the checker could
	// not tell what a method should send.
	docs, err := parseDocs(repoRoot)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) < 300 {
		t.Fatalf("%d doc lines in %s", len(docs), repoRoot)
	}
	ops := loadOps(t)
	for _, k := range sortedKeys(docs) {
		if ops.byRoute(docs[k]) == nil {
			t.Errorf("%s: %q names no spec operation", k, docs[k])
		}
	}
}

func TestFlags(t *testing.T) {
	for _, tc := range []struct {
		args []string
		bad  bool
	}{
		{[]string{"-prism", "http://127.0.0.1:4010"}, false},
		{[]string{"-prism", "http://localhost:4010", "-mode", "errors"}, false},
		{[]string{"-prism", "http://[::1]:4010", "-mode", "dynamic"}, false},
		{nil, true},
		{[]string{"-prism", "http://example.com:4010"}, true},
		{[]string{"-prism", "https://127.0.0.1:4010"}, true},
		{[]string{"-prism", "http://127.0.0.1:4010", "-mode", "fast"}, true},
		{[]string{"-prism", "http://127.0.0.1:4010", "-only", "("}, true},
		{[]string{"-prism", "http://127.0.0.1:4010", "extra"}, true},
	} {
		var stderr bytes.Buffer
		_, err := parseFlags(tc.args, &stderr)
		if (err != nil) != tc.bad {
			t.Errorf("parseFlags(%q) error = %v, want error %v", tc.args, err, tc.bad)
		}
	}
	var stderr bytes.Buffer
	if code := run(context.Background(), []string{"-h"}, &stderr, &stderr); code != 0 || !strings.Contains(stderr.String(), "-mode") {
		t.Errorf("-h: status %d, output %q", code, stderr.String())
	}
}

// fakePrism answers GET /users/{id} with the spec's example, and with an
// sl-violations header when violate is set, as Prism does for a request it
// finds invalid.
func fakePrism(t *testing.T, violate bool) *httptest.Server {
	t.Helper()
	user, err := os.ReadFile(repoRoot + "/testdata/spec/getUser.200.json")
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != "GET" || !strings.HasPrefix(r.URL.Path, "/users/") {
			http.NotFound(w, r)
			return
		}
		if violate {
			w.Header().Set("sl-violations", `[{"location":["request","query","x"],"severity":"Error","message":"must not be there"}]`)
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(user)
	}))
	t.Cleanup(srv.Close)
	return srv
}

// TestCall drives one method through the recording proxy against a fake
// Prism: a clean exchange passes, one Prism flags fails, and a method whose
// doc line names another operation fails.
func TestCall(t *testing.T) {
	ops := loadOps(t)
	for _, tc := range []struct {
		name    string
		violate bool
		doc     string
		want    string
		detail  string
	}{
		{"clean", false, "GET /users/{user_id}", verdictPass, "getUser"},
		{"violation", true, "GET /users/{user_id}", verdictFail, "must not be there"},
		{"wrong doc line", false, "GET /teams/{team_id}", verdictFail, "doc says getTeam"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := fakePrism(t, tc.violate)
			var out bytes.Buffer
			c := &checker{cfg: &config{prism: srv.URL, mode: "static", repo: repoRoot, timeout: 5 * time.Second,
				only: regexp.MustCompile(`^Users\.Get$`)}, ops: ops, out: &out, sentParams: map[string]bool{},
				docs: map[string]string{"UsersService.Get": tc.doc}}
			results, err := c.run(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			if len(results) != 1 {
				t.Fatalf("%d results, want 1: %+v", len(results), results)
			}
			r := results[0]
			if r.Verdict != tc.want || !strings.Contains(r.Detail, tc.detail) {
				t.Errorf("got %s %q, want %s containing %q", r.Verdict, r.Detail, tc.want, tc.detail)
			}
			if n := c.summarize(results); (n > 0) != (tc.want != verdictPass) {
				t.Errorf("summarize counted %d unexpected failures for a %s", n, r.Verdict)
			}
		})
	}
}

// TestDialLoopback: the SDK's transport refuses every host but loopback.
func TestDialLoopback(t *testing.T) {
	c := &checker{}
	if _, err := c.dialLoopback(context.Background(), "tcp", "example.com:443"); err == nil {
		t.Fatal("dialed example.com")
	}
	if len(c.exchanges) != 1 || c.exchanges[0].RefusedHost != "example.com:443" {
		t.Errorf("refused dial not recorded: %+v", c.exchanges)
	}
	if !isLoopback("127.0.0.1") || !isLoopback("::1") || !isLoopback("localhost") || isLoopback("10.0.0.1") {
		t.Error("isLoopback is wrong")
	}
}

// TestFillOpts: every option field of a list gets a value its query
// parameter accepts.
func TestFillOpts(t *testing.T) {
	ops := loadOps(t)
	var opts benchling.AaSequenceListOptions
	fillOpts(reflect.ValueOf(&opts).Elem(), ops["listAASequences"])
	if opts.PageSize != 5 || opts.NextToken != "tok" || opts.Name == "" || len(opts.NamesAnyOf) == 0 {
		t.Errorf("options not filled: %+v", opts)
	}
	if o := ops["listAASequences"].queryParam("sort"); o == nil || len(o.Enum) == 0 || string(opts.Sort) != o.Enum[0] {
		t.Errorf("sort = %q, want the spec's first value", opts.Sort)
	}
}
