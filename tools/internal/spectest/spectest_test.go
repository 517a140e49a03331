package spectest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/gorillamux"
	"github.com/getkin/kin-openapi/routers/legacy"
	"github.com/google/go-cmp/cmp"
)

func TestSpecPath(t *testing.T) {
	t.Run("env override", func(t *testing.T) {
		t.Setenv(EnvSpecPath, "/somewhere/else.yaml")
		if got := SpecPath(); got != "/somewhere/else.yaml" {
			t.Errorf("SpecPath() = %q, want the env value", got)
		}
	})
	t.Run("default resolves against module root", func(t *testing.T) {
		t.Setenv(EnvSpecPath, "")
		got := SpecPath()
		if !filepath.IsAbs(got) {
			t.Fatalf("SpecPath() = %q, want an absolute path", got)
		}
		// This test runs in <root>/tools/internal/spectest, so the root is three up.
		wd, err := os.Getwd()
		if err != nil {
			t.Fatal(err)
		}
		root := filepath.Dir(filepath.Dir(filepath.Dir(wd)))
		want := filepath.Join(root, "..", "shared", "benchling-openapi.yaml")
		if got != want {
			t.Errorf("SpecPath() = %q, want %q", got, want)
		}
	})
	t.Run("findModuleRoot ignores other modules", func(t *testing.T) {
		dir := t.TempDir()
		other := filepath.Join(dir, "other")
		nested := filepath.Join(other, "a", "b")
		if err := os.MkdirAll(nested, 0o755); err != nil {
			t.Fatal(err)
		}
		write := func(path, content string) {
			t.Helper()
			if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		write(filepath.Join(dir, "go.mod"), "module github.com/benchling-go/benchling\n\ngo 1.26.0\n")
		write(filepath.Join(other, "go.mod"), "module example.com/other\n")
		root, ok := findModuleRoot(nested)
		if !ok || root != dir {
			t.Errorf("findModuleRoot(%q) = %q, %v; want %q, true", nested, root, ok, dir)
		}
		if _, ok := findModuleRoot(t.TempDir()); ok {
			t.Errorf("findModuleRoot found a root outside any module")
		}
	})
}

// fakeTB records Skipf/Fatalf instead of stopping the test.
type fakeTB struct {
	testing.TB
	skipped, failed bool
	msg             string
}

func (f *fakeTB) Helper() {}
func (f *fakeTB) Skipf(format string, args ...any) {
	f.skipped, f.msg = true, fmt.Sprintf(format, args...)
}
func (f *fakeTB) Fatalf(format string, args ...any) {
	f.failed, f.msg = true, fmt.Sprintf(format, args...)
}

func TestReportLoadError(t *testing.T) {
	missing := fmt.Errorf("stat x: %w", os.ErrNotExist)
	for _, tc := range []struct {
		name        string
		ci          string
		err         error
		missing     bool
		wantSkipped bool
	}{
		{"missing locally skips", "", missing, true, true},
		{"missing on CI fails", "true", missing, true, false},
		{"parse error fails", "", errors.New("bad yaml"), false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("CI", tc.ci)
			f := &fakeTB{TB: t}
			reportLoadError(f, tc.err, tc.missing)
			if f.skipped != tc.wantSkipped || f.failed == tc.wantSkipped {
				t.Errorf("skipped=%v failed=%v, want skipped=%v (msg %q)", f.skipped, f.failed, tc.wantSkipped, f.msg)
			}
		})
	}
}

func TestLoadFileMissing(t *testing.T) {
	_, err := LoadFile(filepath.Join(t.TempDir(), "nope.yaml"))
	if err == nil {
		t.Fatal("LoadFile of a missing file succeeded")
	}
}

func TestLoadIsCached(t *testing.T) {
	start := time.Now()
	s := Load(t)
	first := time.Since(start)
	t.Logf("first Load (this call) took %v; parsing+validating+indexing %s took %v", first, s.Path, s.LoadDuration)
	t.Logf("relaxed additionalProperties:false on %d composed schemas; turned %d ambiguous oneOf into anyOf", s.RelaxedSchemas, s.AmbiguousOneOfs)

	start = time.Now()
	s2 := Load(t)
	second := time.Since(start)
	t.Logf("second Load took %v", second)
	if s2 != s {
		t.Errorf("second Load returned a different *Spec")
	}
	if second > 5*time.Millisecond {
		t.Errorf("second Load took %v, want it cached", second)
	}
	if s.Doc == nil || s.Doc.OpenAPI != "3.0.1" {
		t.Errorf("unexpected document: %+v", s.Doc)
	}
	if s.BasePath() != "/api/v2" {
		t.Errorf("BasePath() = %q, want /api/v2", s.BasePath())
	}
}

func TestOperations(t *testing.T) {
	s := Load(t)
	ops := s.Operations()
	if len(ops) < 300 {
		t.Fatalf("Operations() returned %d operations, want the whole spec", len(ops))
	}
	if !slices.IsSortedFunc(ops, func(a, b OperationInfo) int { return strings.Compare(a.ID, b.ID) }) {
		t.Errorf("Operations() is not sorted by ID")
	}
	for _, op := range ops {
		if op.ID == "" || op.Method == "" || op.Method != strings.ToUpper(op.Method) || !strings.HasPrefix(op.Path, "/") {
			t.Errorf("bad operation %+v", op)
		}
		m, p, ok := s.Operation(op.ID)
		if !ok || m != op.Method || p != op.Path {
			t.Errorf("Operation(%q) = %q, %q, %v; want %q, %q", op.ID, m, p, ok, op.Method, op.Path)
		}
	}
	i := slices.IndexFunc(ops, func(o OperationInfo) bool { return o.ID == "listAASequences" })
	if i < 0 {
		t.Fatal("listAASequences not found")
	}
	want := OperationInfo{ID: "listAASequences", Method: "GET", Path: "/aa-sequences", Tags: []string{"AA Sequences"}}
	if diff := cmp.Diff(want, ops[i]); diff != "" {
		t.Errorf("listAASequences (-want +got):\n%s", diff)
	}
	ops[i].Tags[0] = "mutated"
	if s.Operations()[i].Tags[0] != "AA Sequences" {
		t.Errorf("Operations() shares its Tags slices with the caller")
	}

	for _, tc := range []struct{ id, method, path string }{
		{"bulkCreateAASequences", "POST", "/aa-sequences:bulk-create"},
		{"upsertAaSequence", "PATCH", "/aa-sequences/{entity_registry_id}:upsert"},
		{"getAASequence", "GET", "/aa-sequences/{aa_sequence_id}"},
	} {
		m, p, ok := s.Operation(tc.id)
		if !ok || m != tc.method || p != tc.path {
			t.Errorf("Operation(%q) = %q, %q, %v; want %q, %q", tc.id, m, p, ok, tc.method, tc.path)
		}
	}
	if _, _, ok := s.Operation("noSuchOperation"); ok {
		t.Errorf("Operation(noSuchOperation) found something")
	}
}

func TestExpandPath(t *testing.T) {
	s := Load(t)
	got := s.ExpandPath("/aa-sequences/{entity_registry_id}:upsert", map[string]string{"entity_registry_id": "A B/1"})
	if want := "/api/v2/aa-sequences/A%20B%2F1:upsert"; got != want {
		t.Errorf("ExpandPath = %q, want %q", got, want)
	}
}

// routeSample returns a request path for every operation, with each path
// variable replaced by a sample value.
func routeSample(s *Spec, op OperationInfo) string {
	params := map[string]string{}
	for _, m := range templateVar.FindAllStringSubmatch(op.Path, -1) {
		params[m[1]] = "id_" + strings.ReplaceAll(m[1], "_", "")
	}
	return s.ExpandPath(op.Path, params)
}

func TestRouterRoutesEveryOperation(t *testing.T) {
	s := Load(t)
	colon := 0
	for _, op := range s.Operations() {
		if strings.Contains(op.Path, ":") {
			colon++
		}
		for _, host := range []string{"127.0.0.1:54321", "example.benchling.com"} {
			r := httptest.NewRequest(op.Method, routeSample(s, op), nil)
			r.Host = host
			route, params, err := s.router.FindRoute(r)
			if err != nil {
				t.Errorf("%s %s (%s): %v", op.Method, r.URL.Path, op.ID, err)
				continue
			}
			if route.Operation.OperationID != op.ID {
				t.Errorf("%s %s routed to %s, want %s", op.Method, r.URL.Path, route.Operation.OperationID, op.ID)
			}
			for name, v := range params {
				if want := "id_" + strings.ReplaceAll(name, "_", ""); v != want {
					t.Errorf("%s %s: path param %s = %q, want %q", op.Method, r.URL.Path, name, v, want)
				}
			}
		}
	}
	if colon < 100 {
		t.Errorf("only %d operations have literal colons; the spec changed?", colon)
	}
	t.Logf("routed %d operations (%d with literal-colon paths)", len(s.Operations()), colon)
}

// TestKinRoutersMisroute documents why spectest has its own router: it logs
// how kin-openapi's routers handle the same requests. It fails only if the
// custom router stops being needed, which is worth knowing but not fatal.
func TestKinRoutersMisroute(t *testing.T) {
	s := Load(t)
	doc := s.Doc
	gm, err := gorillamux.NewRouter(doc)
	if err != nil {
		t.Fatalf("gorillamux: %v", err)
	}
	lg, err := legacy.NewRouter(doc, openapi3.DisableExamplesValidation())
	if err != nil {
		t.Fatalf("legacy: %v", err)
	}
	for _, kr := range []struct {
		name string
		r    routers.Router
	}{{"gorillamux", gm}, {"legacy", lg}} {
		bad := 0
		for _, op := range s.Operations() {
			req := httptest.NewRequest(op.Method, routeSample(s, op), nil)
			route, _, err := kr.r.FindRoute(req)
			if err != nil || route.Operation.OperationID != op.ID {
				bad++
				got := fmt.Sprint(err)
				if err == nil {
					got = route.Operation.OperationID
				}
				if bad <= 5 {
					t.Logf("%s: %s %s (%s) -> %s", kr.name, op.Method, req.URL.Path, op.ID, got)
				}
			}
		}
		t.Logf("%s misroutes %d of %d operations", kr.name, bad, len(s.Operations()))
	}
}

// newReq builds a server-side request like an httptest handler receives.
func newReq(method, target, body string) *http.Request {
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	r := httptest.NewRequest(method, target, rd)
	r.Host = "127.0.0.1:43210"
	if body != "" {
		r.Header.Set("Content-Type", "application/json")
	}
	return r
}

func TestValidateRequest(t *testing.T) {
	s := Load(t)
	const validUpsert = `{"entityRegistryId":"X","registryId":"src_1","name":"n","schemaId":"ts_1","aminoAcids":"MKT","annotations":[]}`
	for _, tc := range []struct {
		name   string
		method string
		target string
		body   string
		ctype  string // overrides the Content-Type ("-" removes it)
		wantOp string
		// wantErr lists substrings the error must contain; nil means valid.
		wantErr []string
	}{
		{name: "valid list", method: "GET", target: "/api/v2/aa-sequences?pageSize=10&sort=name:asc", wantOp: "listAASequences"},
		{name: "valid list no query", method: "GET", target: "/api/v2/aa-sequences", wantOp: "listAASequences"},
		{name: "dotted param name", method: "GET", target: "/api/v2/aa-sequences?entityRegistryIds.anyOf=TP001,TP002&returning=aaSequences.id", wantOp: "listAASequences"},
		{name: "pageSize not an integer", method: "GET", target: "/api/v2/aa-sequences?pageSize=abc", wantOp: "listAASequences",
			wantErr: []string{`"pageSize"`, "invalid integer"}},
		{name: "pageSize above maximum", method: "GET", target: "/api/v2/aa-sequences?pageSize=101", wantOp: "listAASequences",
			wantErr: []string{`"pageSize"`}},
		{name: "sort not in enum", method: "GET", target: "/api/v2/aa-sequences?sort=color:asc", wantOp: "listAASequences",
			wantErr: []string{`"sort"`}},
		{name: "undeclared query param", method: "GET", target: "/api/v2/aa-sequences?pageSize=10&foo=1", wantOp: "listAASequences",
			wantErr: []string{`query parameter "foo" is not declared`}},
		{name: "two undeclared params both reported", method: "GET", target: "/api/v2/aa-sequences?foo=1&pagesize=3", wantOp: "listAASequences",
			wantErr: []string{`"foo"`, `"pagesize"`}},
		{name: "schemaField filter allowed", method: "GET",
			target: "/api/v2/aa-sequences?schemaId=ts_1&schemaField.Cell%20Count=%3E%3D%2010%20AND%20%3C%3D%2050&schemaField.Experiment=MyExperiment",
			wantOp: "listAASequences"},
		{name: "schemaField needs a field name", method: "GET", target: "/api/v2/aa-sequences?schemaField.=1", wantOp: "listAASequences",
			wantErr: []string{`"schemaField."`}},
		{name: "schemaField on operation without schemaFields", method: "GET", target: "/api/v2/aa-sequences/prtn_1?schemaField.Cell%20Count=1",
			wantOp: "getAASequence", wantErr: []string{`"schemaField.Cell Count"`, "declares no"}},
		{name: "bulk-create routes", method: "POST", target: "/api/v2/aa-sequences:bulk-create",
			body:   `{"aaSequences":[{"name":"a","aminoAcids":"MKT"},{"name":"b","aminoAcids":"MKV","fields":{"Cell Count":{"value":5}}}]}`,
			wantOp: "bulkCreateAASequences"},
		{name: "upsert routes", method: "PATCH", target: "/api/v2/aa-sequences/X:upsert", body: validUpsert, wantOp: "upsertAaSequence"},
		{name: "upsert with escaped id", method: "PATCH", target: "/api/v2/aa-sequences/TP%20001:upsert", body: validUpsert, wantOp: "upsertAaSequence"},
		{name: "update routes", method: "PATCH", target: "/api/v2/aa-sequences/prtn_1", body: `{"name":"renamed"}`, wantOp: "updateAASequence"},
		{name: "oligo upsert routes (gorillamux gets this wrong)", method: "PATCH", target: "/api/v2/dna-oligos/X:upsert",
			body: `{"registryId":"src_1","name":"n","schemaId":"ts_1","bases":"ACGT"}`, wantOp: "upsertDnaOligo"},
		{name: "oligo upsert takes entityRegistryId from the path only", method: "PATCH", target: "/api/v2/dna-oligos/X:upsert",
			body:   `{"entityRegistryId":"X","registryId":"src_1","name":"n","schemaId":"ts_1","bases":"ACGT"}`,
			wantOp: "upsertDnaOligo", wantErr: []string{`"/entityRegistryId" is not declared`}},
		{name: "valid create", method: "POST", target: "/api/v2/aa-sequences",
			body:   `{"name":"x","aminoAcids":"MKT","schemaId":"ts_1","folderId":"lib_1","fields":{"Cell Count":{"value":5}},"customFields":{"Legacy ID":{"value":"STR100"}}}`,
			wantOp: "createAASequence"},
		{name: "unknown top-level property", method: "POST", target: "/api/v2/aa-sequences",
			body: `{"name":"x","aminoAcids":"MKT","colour":"red"}`, wantOp: "createAASequence",
			wantErr: []string{`"/colour" is not declared`}},
		{name: "unknown property inside additionalProperties schema", method: "POST", target: "/api/v2/aa-sequences",
			body: `{"name":"x","aminoAcids":"MKT","fields":{"Cell Count":{"value":5,"bogus":1}}}`, wantOp: "createAASequence",
			wantErr: []string{`"/fields/Cell Count/bogus" is not declared`}},
		{name: "unknown property inside array item", method: "POST", target: "/api/v2/aa-sequences:bulk-create",
			body: `{"aaSequences":[{"name":"a","aminoAcids":"MKT"},{"name":"b","aminoAcids":"MKT","typo":true}]}`, wantOp: "bulkCreateAASequences",
			wantErr: []string{`"/aaSequences/1/typo" is not declared`}},
		{name: "unknown property in nested object", method: "POST", target: "/api/v2/aa-sequences",
			body: `{"name":"x","aminoAcids":"MKT","annotations":[{"name":"a","start":0,"end":2,"type":"t","color":"#fff","shade":"dark"}]}`, wantOp: "createAASequence",
			wantErr: []string{`"/annotations/0/shade" is not declared`}},
		{name: "missing required property", method: "POST", target: "/api/v2/aa-sequences",
			body: `{"name":"x"}`, wantOp: "createAASequence", wantErr: []string{`"aminoAcids" is missing`}},
		{name: "upsert missing required property", method: "PATCH", target: "/api/v2/aa-sequences/X:upsert",
			body: `{"entityRegistryId":"X","registryId":"src_1","name":"n","schemaId":"ts_1","aminoAcids":"MKT"}`, wantOp: "upsertAaSequence",
			wantErr: []string{`"annotations" is missing`}},
		{name: "wrong property type", method: "POST", target: "/api/v2/aa-sequences",
			body: `{"name":5,"aminoAcids":"MKT"}`, wantOp: "createAASequence", wantErr: []string{"/name"}},
		{name: "readOnly property in request", method: "POST", target: "/api/v2/aa-sequences",
			body: `{"name":"x","aminoAcids":"MKT","fields":{"F":{"value":1,"displayValue":"1"}}}`, wantOp: "createAASequence",
			wantErr: []string{"displayValue"}},
		{name: "invalid JSON", method: "POST", target: "/api/v2/aa-sequences", body: `{"name":`, wantOp: "createAASequence",
			wantErr: []string{"request body"}},
		{name: "body without content type", method: "POST", target: "/api/v2/aa-sequences",
			body: `{"name":"x","aminoAcids":"MKT"}`, ctype: "-", wantOp: "createAASequence", wantErr: []string{"request body"}},
		{name: "body on GET", method: "GET", target: "/api/v2/aa-sequences", body: `{}`, wantOp: "listAASequences",
			wantErr: []string{"request body"}},
		{name: "unknown path", method: "GET", target: "/api/v2/nope", wantErr: []string{"GET /api/v2/nope", "path not found"}},
		{name: "missing base path", method: "GET", target: "/aa-sequences", wantErr: []string{"GET /aa-sequences", "/api/v2"}},
		{name: "method not allowed", method: "DELETE", target: "/api/v2/aa-sequences", wantErr: []string{"DELETE /api/v2/aa-sequences", "method not allowed", "GET, POST"}},
		{name: "trailing slash", method: "GET", target: "/api/v2/aa-sequences/", wantErr: []string{"/api/v2/aa-sequences/"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := newReq(tc.method, tc.target, tc.body)
			switch tc.ctype {
			case "":
			case "-":
				r.Header.Del("Content-Type")
			default:
				r.Header.Set("Content-Type", tc.ctype)
			}
			op, err := s.ValidateRequest(r)
			if op != tc.wantOp {
				t.Errorf("operationID = %q, want %q", op, tc.wantOp)
			}
			if tc.wantErr == nil {
				if err != nil {
					t.Errorf("unexpected error: %v", err)
				}
			} else {
				if err == nil {
					t.Fatalf("no error, want one containing %q", tc.wantErr)
				}
				for _, want := range tc.wantErr {
					if !strings.Contains(err.Error(), want) {
						t.Errorf("error does not contain %q:\n%v", want, err)
					}
				}
				var verr *ValidationError
				if !errors.As(err, &verr) || len(verr.Problems) == 0 {
					t.Errorf("error is not a *ValidationError with problems: %#v", err)
				}
				if len(err.Error()) > 2000 {
					t.Errorf("error message is %d bytes long, want it compact:\n%.3000s", len(err.Error()), err.Error())
				}
			}
			// The body must be readable again.
			got, rerr := io.ReadAll(r.Body)
			if rerr != nil || string(got) != tc.body {
				t.Errorf("body after ValidateRequest = %q, %v; want %q", got, rerr, tc.body)
			}
		})
	}
}

func TestValidateRequestFormBody(t *testing.T) {
	s := Load(t)
	mk := func(body string) *http.Request {
		r := newReq("POST", "/api/v2/token", body)
		r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		return r
	}
	op, err := s.ValidateRequest(mk("grant_type=client_credentials&client_id=abc&client_secret=def"))
	if op != "generateToken" || err != nil {
		t.Errorf("valid token request: %q, %v", op, err)
	}
	_, err = s.ValidateRequest(mk("grant_type=client_credentials&client_id=abc&client_secret=def&scope2=x"))
	if err == nil || !strings.Contains(err.Error(), `"/scope2"`) {
		t.Errorf("undeclared form field: got %v", err)
	}
}

func TestValidateRequestClientSide(t *testing.T) {
	// Requests built by a client (absolute URL) validate too.
	s := Load(t)
	r, err := http.NewRequest("GET", "http://127.0.0.1:1234/api/v2/aa-sequences?pageSize=5", nil)
	if err != nil {
		t.Fatal(err)
	}
	if op, err := s.ValidateRequest(r); op != "listAASequences" || err != nil {
		t.Errorf("ValidateRequest = %q, %v", op, err)
	}
}

// exampleAaSequence returns the AaSequence from the spec's
// BulkOperateAaSequencesTaskResponse example.
func exampleAaSequence(t *testing.T, s *Spec) map[string]any {
	t.Helper()
	ex := s.Doc.Components.Examples["BulkOperateAaSequencesTaskResponse"]
	if ex == nil || ex.Value == nil {
		t.Fatal("example BulkOperateAaSequencesTaskResponse not found")
	}
	raw, err := json.Marshal(ex.Value.Value)
	if err != nil {
		t.Fatal(err)
	}
	var v struct {
		Response struct {
			AaSequences []map[string]any `json:"aaSequences"`
		} `json:"response"`
	}
	if err := json.Unmarshal(raw, &v); err != nil || len(v.Response.AaSequences) == 0 {
		t.Fatalf("unexpected example shape: %v %s", err, raw)
	}
	return v.Response.AaSequences[0]
}

func jsonHeader() http.Header {
	return http.Header{"Content-Type": []string{"application/json"}}
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestValidateResponse(t *testing.T) {
	s := Load(t)
	get := newReq("GET", "/api/v2/aa-sequences/prtn_ObbdtGhC", "")
	seq := exampleAaSequence(t, s)
	valid := mustJSON(t, seq)

	wrongType := map[string]any{}
	for k, v := range seq {
		wrongType[k] = v
	}
	wrongType["length"] = "ten"
	extra := map[string]any{"colour": "red"}
	for k, v := range seq {
		extra[k] = v
	}

	for _, tc := range []struct {
		name      string
		req       *http.Request
		status    int
		header    http.Header
		body      []byte
		wantErr   string // "" means valid
		strictErr string // expected from ValidateResponseStrict; "" means same as wantErr
	}{
		{name: "spec example AaSequence", req: get, status: 200, header: jsonHeader(), body: valid},
		{name: "wrong type", req: get, status: 200, header: jsonHeader(), body: mustJSON(t, wrongType), wantErr: "/length"},
		{name: "undeclared property only fails strict", req: get, status: 200, header: jsonHeader(), body: mustJSON(t, extra),
			strictErr: `"/colour" is not declared`},
		{name: "not JSON", req: get, status: 200, header: jsonHeader(), body: []byte("{"), wantErr: "response body"},
		{name: "no content type", req: get, status: 200, header: http.Header{}, body: valid, wantErr: "Content-Type"},
		{name: "undeclared 2xx", req: get, status: 201, header: jsonHeader(), body: valid, wantErr: "status 201 is not declared"},
		{name: "declared 400 error", req: get, status: 400, header: jsonHeader(),
			body: []byte(`{"error":{"message":"bad","type":"invalid_request_error","userMessage":"bad"}}`)},
		{name: "declared 400 with wrong enum", req: get, status: 400, header: jsonHeader(),
			body: []byte(`{"error":{"message":"bad","type":"bogus"}}`), wantErr: `"/type": value is not one of the allowed values`},
		{name: "undeclared 429 envelope", req: get, status: 429, header: jsonHeader(), body: []byte(`{"error":{"message":"slow down"}}`)},
		{name: "undeclared 401 empty", req: get, status: 401, header: http.Header{}, body: nil},
		{name: "undeclared 429 not an envelope", req: get, status: 429, header: jsonHeader(), body: []byte(`{"message":"slow down"}`),
			wantErr: `no "error" property`},
		{name: "undeclared 500 error not an object", req: get, status: 500, header: jsonHeader(), body: []byte(`{"error":"boom"}`),
			wantErr: "not an object"},
		{name: "undeclared 503 text", req: get, status: 503, header: http.Header{"Content-Type": {"text/plain"}}, body: []byte("down"),
			wantErr: "Content-Type"},
		{name: "unknown route", req: newReq("GET", "/api/v2/nope", ""), status: 200, header: jsonHeader(), body: []byte(`{}`),
			wantErr: "GET /api/v2/nope"},
		{name: "getTask (ambiguous oneOf in spec)", req: newReq("GET", "/api/v2/tasks/f438d656", ""), status: 200, header: jsonHeader(),
			body: mustJSON(t, map[string]any{"status": "SUCCEEDED", "response": map[string]any{"aaSequences": []any{seq}}})},
		{name: "getTask failed", req: newReq("GET", "/api/v2/tasks/f438d656", ""), status: 200, header: jsonHeader(),
			body: []byte(`{"status":"FAILED","message":"Your request was invalid.","errors":{"index":0,"message":"Invalid field value"}}`)},
		{name: "getTask bad status", req: newReq("GET", "/api/v2/tasks/f438d656", ""), status: 200, header: jsonHeader(),
			body: []byte(`{"status":"DONE"}`), wantErr: "tasks"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			check := func(what string, err error, want string) {
				t.Helper()
				if want == "" {
					if err != nil {
						t.Errorf("%s: unexpected error: %v", what, err)
					}
					return
				}
				if err == nil || !strings.Contains(err.Error(), want) {
					t.Errorf("%s: got %v, want error containing %q", what, err, want)
				}
				if err != nil && len(err.Error()) > 2000 {
					t.Errorf("%s: error message is %d bytes long", what, len(err.Error()))
				}
			}
			check("ValidateResponse", s.ValidateResponse(tc.req, tc.status, tc.header, tc.body), tc.wantErr)
			strict := tc.strictErr
			if strict == "" {
				strict = tc.wantErr
			}
			check("ValidateResponseStrict", s.ValidateResponseStrict(tc.req, tc.status, tc.header, tc.body), strict)
		})
	}
}

// TestFakeServerRoundTrip validates requests and responses inside a real
// httptest server handler, concurrently (run with -race).
func TestFakeServerRoundTrip(t *testing.T) {
	s := Load(t)
	seq := mustJSON(t, exampleAaSequence(t, s))
	var mu sync.Mutex
	var problems []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		op, err := s.ValidateRequest(r)
		if err != nil {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusBadRequest)
			json.NewEncoder(w).Encode(map[string]any{"error": map[string]any{"message": err.Error(), "type": "invalid_request_error"}})
			return
		}
		// The handler can still read the body.
		body, _ := io.ReadAll(r.Body)
		if r.Method == "POST" && len(body) == 0 {
			mu.Lock()
			problems = append(problems, "handler saw an empty body")
			mu.Unlock()
		}
		status, out := 200, seq
		if op == "createAASequence" {
			status = 201
		}
		h := http.Header{"Content-Type": {"application/json"}}
		if err := s.ValidateResponseStrict(r, status, h, out); err != nil {
			mu.Lock()
			problems = append(problems, err.Error())
			mu.Unlock()
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		w.Write(out)
	}))
	defer srv.Close()

	var wg sync.WaitGroup
	for i := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var resp *http.Response
			var err error
			switch i % 3 {
			case 0:
				resp, err = http.Get(srv.URL + "/api/v2/aa-sequences/prtn_ObbdtGhC")
			case 1:
				resp, err = http.Post(srv.URL+"/api/v2/aa-sequences", "application/json",
					bytes.NewReader([]byte(`{"name":"x","aminoAcids":"MKT"}`)))
			case 2:
				resp, err = http.Post(srv.URL+"/api/v2/aa-sequences", "application/json",
					bytes.NewReader([]byte(`{"name":"x","aminoAcids":"MKT","colour":"red"}`)))
			}
			if err != nil {
				t.Error(err)
				return
			}
			defer resp.Body.Close()
			want := 200
			switch i % 3 {
			case 1:
				want = 201
			case 2:
				want = 400
			}
			if resp.StatusCode != want {
				b, _ := io.ReadAll(resp.Body)
				t.Errorf("request %d: status %d, want %d: %s", i, resp.StatusCode, want, b)
			}
		}()
	}
	wg.Wait()
	for _, p := range problems {
		t.Error(p)
	}
}

func TestCheckModel(t *testing.T) {
	s := Load(t)

	type UserActivityOK struct {
		UserID   string     `json:"userId"`
		LastSeen *time.Time `json:"lastSeen,omitempty"`
	}
	type UserActivityBad struct {
		UserID  string `json:"userId"`
		Seen    string `json:"seen"`
		Ignored string `json:"-"`
		private string //nolint:unused // unexported fields are ignored
	}
	type Base struct {
		UserID string `json:"userId"`
	}
	type Named struct {
		X string `json:"x"`
	}
	type UserActivityEmbedded struct {
		Base
		*Named   `json:"named"`
		LastSeen string
		//lint:ignore SA5008 the tag deliberately names the field "-", as encoding/json allows
		Dash string `json:"-,"`
	}
	type AsyncTaskLinkModel struct {
		TaskID string `json:"taskId"`
	}
	type FieldDef struct {
		Base
		ID       string `json:"id"`
		Name     string `json:"name"`
		SchemaID string `json:"schemaId"`
		Type     string `json:"type"`
	}
	_ = UserActivityBad{}.private

	for _, tc := range []struct {
		name          string
		typ           reflect.Type
		schema        string
		missing, extr []string
	}{
		{"exact match", reflect.TypeFor[UserActivityOK](), "UserActivity", nil, nil},
		{"pointer type", reflect.TypeFor[*UserActivityOK](), "UserActivity", nil, nil},
		{"missing and extra", reflect.TypeFor[UserActivityBad](), "UserActivity", []string{"lastSeen"}, []string{"seen"}},
		{"embedded flattened, named embedded not, untagged field name, -, tag", reflect.TypeFor[UserActivityEmbedded](), "UserActivity",
			[]string{"lastSeen"}, []string{"-", "LastSeen", "named"}},
		{"AsyncTaskLink", reflect.TypeFor[AsyncTaskLinkModel](), "AsyncTaskLink", nil, nil},
		{"allOf union", reflect.TypeFor[FieldDef](), "SchemaLinkFieldDefinition",
			[]string{"archiveRecord", "isMulti", "isRequired"}, []string{"userId"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			missing, extra, err := s.CheckModel(tc.typ, tc.schema)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.missing, missing); diff != "" {
				t.Errorf("missing (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.extr, extra); diff != "" {
				t.Errorf("extra (-want +got):\n%s", diff)
			}
		})
	}

	if _, _, err := s.CheckModel(reflect.TypeFor[UserActivityOK](), "NoSuchSchema"); err == nil {
		t.Errorf("unknown schema: no error")
	}
	if _, _, err := s.CheckModel(reflect.TypeFor[string](), "UserActivity"); err == nil {
		t.Errorf("non-struct type: no error")
	}
}

func TestUndeclaredFields(t *testing.T) {
	obj := func(props map[string]*openapi3.SchemaRef) *openapi3.Schema {
		s := openapi3.NewObjectSchema()
		s.Properties = props
		return s
	}
	str := openapi3.NewStringSchema().NewRef()
	yes := true
	cat := obj(map[string]*openapi3.SchemaRef{"kind": str, "meow": str})
	cat.Required = []string{"meow"}
	dog := obj(map[string]*openapi3.SchemaRef{"kind": str, "bark": str})
	dog.Required = []string{"bark"}
	pet := &openapi3.Schema{OneOf: openapi3.SchemaRefs{
		{Ref: "#/components/schemas/Cat", Value: cat},
		{Ref: "#/components/schemas/Dog", Value: dog},
	}}
	discPet := &openapi3.Schema{OneOf: pet.OneOf, Discriminator: &openapi3.Discriminator{
		PropertyName: "kind",
		Mapping:      map[string]openapi3.MappingRef{"c": {Ref: "#/components/schemas/Cat"}, "d": {Ref: "#/components/schemas/Dog"}},
	}}
	open := obj(map[string]*openapi3.SchemaRef{"a": str})
	open.AdditionalProperties = openapi3.AdditionalProperties{Has: &yes}
	mapOf := openapi3.NewObjectSchema()
	mapOf.AdditionalProperties = openapi3.AdditionalProperties{Schema: obj(map[string]*openapi3.SchemaRef{"v": str}).NewRef()}
	root := obj(map[string]*openapi3.SchemaRef{
		"pet":     pet.NewRef(),
		"disc":    discPet.NewRef(),
		"open":    open.NewRef(),
		"map":     mapOf.NewRef(),
		"any":     openapi3.NewObjectSchema().NewRef(),
		"list":    openapi3.NewArraySchema().WithItems(cat).NewRef(),
		"allOf":   (&openapi3.Schema{AllOf: openapi3.SchemaRefs{cat.NewRef(), obj(map[string]*openapi3.SchemaRef{"extra": str}).NewRef()}}).NewRef(),
		"nothing": (&openapi3.Schema{}).NewRef(),
	})
	for _, tc := range []struct {
		name  string
		value string
		want  []string
	}{
		{"all declared", `{"pet":{"meow":"x"},"disc":{"kind":"d","bark":"x"},"open":{"a":"1","zzz":2},"map":{"k":{"v":"1"}},"any":{"q":{"r":1}},"list":[{"meow":"x"}],"allOf":{"meow":"x","extra":"y"},"nothing":{"z":1}}`, nil},
		{"top-level unknown", `{"nope":1}`, []string{"/nope"}},
		{"oneOf picks matching branch", `{"pet":{"meow":"x","bark":"y"}}`, nil}, // matches neither (kin-openapi will complain) -> union
		{"oneOf matching branch is closed", `{"pet":{"meow":"x","wag":true}}`, []string{"/pet/wag"}},
		{"discriminator picks branch", `{"disc":{"kind":"c","bark":"x","meow":"y"}}`, []string{"/disc/bark"}},
		{"additionalProperties schema recursed", `{"map":{"k":{"v":"1","w":2}}}`, []string{"/map/k/w"}},
		{"array items", `{"list":[{"meow":"x"},{"purr":1}]}`, []string{"/list/1/purr"}},
		{"allOf union is closed", `{"allOf":{"meow":"x","extra":"y","more":1}}`, []string{"/allOf/more"}},
		{"pointer escaping", `{"a/b~c":1}`, []string{"/a~1b~0c"}},
		{"scalars and nulls ignored", `{"pet":null,"list":null}`, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var v any
			if err := json.Unmarshal([]byte(tc.value), &v); err != nil {
				t.Fatal(err)
			}
			got := UndeclaredFields(root.NewRef(), v)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("UndeclaredFields (-want +got):\n%s", diff)
			}
		})
	}
}

// TestSpecExamples runs the spec's own request and response examples through
// the schema validator and UndeclaredFields, as a check that the relaxations
// applied at load time and the undeclared-field walker have no false
// positives. The known exceptions are genuine problems in the spec.
func TestSpecExamples(t *testing.T) {
	s := Load(t)
	knownInvalid := map[string]bool{
		// Examples given as JSON-encoded strings instead of objects.
		"createAppConfigurationItem request": true,
		"createAppConfigurationItem 201":     true,
		"getAppConfigurationItemById 200":    true,
		"updateAppConfigurationItem request": true,
	}
	knownUndeclared := map[string]bool{
		// DataFrameColumnMetadata does not declare systemName.
		"getDataFrame 200 1 Succeeded": true,
	}
	n := 0
	check := func(where string, c openapi3.Content) {
		for _, mt := range sortedKeys(c) {
			m := c[mt]
			if m.Schema == nil {
				continue
			}
			vals := map[string]any{}
			if m.Example != nil {
				vals[""] = m.Example
			}
			for name, e := range m.Examples {
				if e != nil && e.Value != nil {
					vals[name] = e.Value.Value
				}
			}
			for _, name := range sortedKeys(vals) {
				var v any
				if err := json.Unmarshal(mustJSON(t, vals[name]), &v); err != nil {
					t.Fatal(err)
				}
				n++
				if err := m.Schema.Value.VisitJSON(v); (err != nil) != knownInvalid[where] {
					t.Errorf("%s example %q: schema validation error = %.300v, known invalid = %v", where, name, err, knownInvalid[where])
				}
				key := strings.TrimSpace(where + " " + name)
				if u := UndeclaredFields(m.Schema, v); (len(u) > 0) != knownUndeclared[key] {
					t.Errorf("%s: undeclared fields %q, known = %v", key, u, knownUndeclared[key])
				}
			}
		}
	}
	for _, op := range s.Operations() {
		o := s.Doc.Paths.Value(op.Path).GetOperation(op.Method)
		if o.RequestBody != nil && o.RequestBody.Value != nil {
			check(op.ID+" request", o.RequestBody.Value.Content)
		}
		resps := o.Responses.Map()
		for _, status := range sortedKeys(resps) {
			if r := resps[status]; r.Value != nil {
				check(op.ID+" "+status, r.Value.Content)
			}
		}
	}
	if n < 20 {
		t.Errorf("only %d examples checked", n)
	}
	t.Logf("checked %d request/response examples", n)
}

// A property declared by two allOf parts takes the properties of both:
// BadRequestErrorBulk is allOf [BadRequestError, {error: {errors}}].
func TestUndeclaredFieldsAcrossAllOfParts(t *testing.T) {
	s := Load(t)
	ref := s.Doc.Components.Schemas["BadRequestErrorBulk"]
	var ok, bad any
	if err := json.Unmarshal([]byte(`{"error":{"type":"invalid_request_error","message":"m","errors":[{"index":1,"message":"x"}]}}`), &ok); err != nil {
		t.Fatal(err)
	}
	if got := UndeclaredFields(ref, ok); len(got) != 0 {
		t.Errorf("a bulk error body: undeclared %v", got)
	}
	if err := json.Unmarshal([]byte(`{"error":{"type":"invalid_request_error","errors":[{"index":1,"colour":"x"}],"hint":1}}`), &bad); err != nil {
		t.Fatal(err)
	}
	if got := UndeclaredFields(ref, bad); !slices.Equal(got, []string{"/error/errors/0/colour", "/error/hint"}) {
		t.Errorf("undeclared = %v, want /error/errors/0/colour and /error/hint", got)
	}
}

// TestDropPhantomRequired: a composite's required name that no part of
// it declares is dropped from its inline part, a declared one is kept,
// and a shared component's list is left alone; in the Benchling spec,
// RequestCreate no longer requires "samples", so a spec-valid body can be
// written.
func TestDropPhantomRequired(t *testing.T) {
	shared := &openapi3.SchemaRef{Ref: "#/components/schemas/Base", Value: &openapi3.Schema{
		Properties: openapi3.Schemas{"name": openapi3.NewStringSchema().NewRef()}, Required: []string{"name", "ghost"}}}
	inline := &openapi3.SchemaRef{Value: &openapi3.Schema{
		Properties: openapi3.Schemas{"id": openapi3.NewStringSchema().NewRef()}, Required: []string{"id", "name", "samples"}}}
	composite := &openapi3.Schema{AllOf: openapi3.SchemaRefs{shared, inline}, Required: []string{"samples", "id"}}
	doc := &openapi3.T{Components: &openapi3.Components{Schemas: openapi3.Schemas{
		"Base": shared, "Composite": {Value: composite}}}}
	if n := dropPhantomRequired(doc); n != 2 {
		t.Errorf("dropped %d names, want 2 (samples twice)", n)
	}
	if !slices.Equal(inline.Value.Required, []string{"id", "name"}) || !slices.Equal(composite.Required, []string{"id"}) {
		t.Errorf("required lists: inline %v, composite %v", inline.Value.Required, composite.Required)
	}
	if !slices.Equal(shared.Value.Required, []string{"name", "ghost"}) {
		t.Errorf("the shared component changed: %v", shared.Value.Required)
	}

	s := Load(t)
	if s.PhantomRequired == 0 || slices.Contains(required(s.Doc.Components.Schemas["RequestCreate"]), "samples") {
		t.Errorf("RequestCreate still requires samples (%d names dropped)", s.PhantomRequired)
	}
	body := `{"schemaId":"assaysch_1","fields":{},"sampleGroups":[],"projectId":"src_1"}`
	req := newReq("POST", "/api/v2/requests", body)
	if _, err := s.ValidateRequest(req); err != nil {
		t.Errorf("a createRequest body without samples: %v", err)
	}
}
