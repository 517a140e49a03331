package tools

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/benchling-go/benchling/internal/contract"
	"github.com/benchling-go/benchling/tools/internal/spectest"
)

// recordings, if set, is a directory of recordings to check instead of
// running the root module's tests (for a quick re-check while editing
// this file: BENCHLING_CONTRACT_DIR=/tmp/rec go test -count=1 ./... in
// the root, then go test -run TestContract -recordings /tmp/rec here).
var recordings = flag.String("recordings", "", "check the recordings in this directory instead of running the root tests")

// TestContract runs the root module's tests (go test -count=1 ./..., no
// -race) with BENCHLING_CONTRACT_DIR set, so that every exchange of the
// unit tests' setup(t) servers and of the fake tenant is recorded, then
// checks each recorded exchange against the official spec:
//
//   - unit tests (setup(t)): the SDK's request matches an operation
//     (method, path, query parameter names and types, JSON body, no
//     undeclared property); a 2xx response matches the operation's
//     response strictly (no undeclared property); an error response
//     matches the schema the operation declares for its status, if any
//     (undeclared properties allowed).
//   - fake tenant: every response matches the spec (2xx and declared
//     errors strictly; other errors against Benchling's error schemas,
//     errorSchemas); a request it answered with a 2xx must be valid
//     (fakeAcceptsInvalid lists the exceptions).
//
// A failure names the source, the Go test, the operation and the
// validator's message. A failing root test fails TestContract too (its
// output is shown). The same recordings make the coverage report
// (coverage_test.go), checked here as well.
func TestContract(t *testing.T) {
	spec := loadSpec(t)
	dir := *recordings
	if dir == "" {
		dir = t.TempDir()
		runRootTests(t, dir)
	}
	exchanges, err := contract.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(exchanges) == 0 {
		t.Fatalf("no exchanges recorded in %s", dir)
	}
	start := time.Now()
	res := checkExchanges(spec, exchanges)
	t.Logf("checked %d recorded exchanges (%d unit, %d fake) in %v", len(exchanges), res.n[contract.SourceUnit], res.n[contract.SourceFake], time.Since(start).Round(time.Millisecond))
	reportFindings(t, res.findings)
	checkCoverage(t, spec, res)
}

// runRootTests runs the root module's tests with recording into dir.
func runRootTests(t *testing.T, dir string) {
	t.Helper()
	start := time.Now()
	cmd := exec.Command("go", "test", "-count=1", "./...")
	cmd.Dir = repoRoot
	cmd.Env = append(os.Environ(), contract.EnvDir+"="+dir)
	out, err := cmd.CombinedOutput()
	t.Logf("recorded the root module's tests (go test -count=1 ./... in %s) in %v", repoRoot, time.Since(start).Round(time.Second))
	if err != nil {
		t.Errorf("the root module's tests failed (%v); their failures:\n%s", err, failureLines(out))
	}
}

// failureLines returns the lines of go test output around failures, or
// its end.
func failureLines(out []byte) string {
	lines := strings.Split(string(out), "\n")
	var keep []string
	for i, l := range lines {
		if strings.Contains(l, "--- FAIL") || strings.HasPrefix(l, "FAIL") || strings.Contains(l, "panic:") || strings.HasPrefix(l, "#") {
			end := min(i+15, len(lines))
			keep = append(keep, lines[i:end]...)
		}
	}
	if len(keep) == 0 {
		keep = lines[max(0, len(lines)-60):]
	}
	if len(keep) > 400 {
		keep = append(keep[:400], "...")
	}
	return strings.Join(keep, "\n")
}

// errorSchemas are the schemas the fake tenant's error bodies must match
// (one of them) for a status the operation does not declare: the spec
// omits 401 and 429 everywhere, 404 on some gets, and a bulk operation's
// 400 carries BadRequestErrorBulk's per-item errors.
var errorSchemas = map[int][]string{
	400: {"BadRequestError", "BadRequestErrorBulk"}, 401: {"BadRequestError"}, 403: {"ForbiddenError"},
	404: {"NotFoundError"}, 429: {"BadRequestError"},
}

// fakeAcceptsInvalid lists, by "<Go test> <operationId>", the exchanges in
// which the fake may answer a spec-invalid request with a 2xx, with the
// reason. (A 202 to a request whose only problems are in its body needs
// no entry: the fake checks a bulk request's items in the task, and
// reports per-item errors there, as Benchling does.)
var fakeAcceptsInvalid = map[string]string{}

// bodyOnly reports whether every problem of a request validation error is
// in the request body.
func bodyOnly(err error) bool {
	var verr *spectest.ValidationError
	if !errors.As(err, &verr) || len(verr.Problems) == 0 {
		return false
	}
	for _, p := range verr.Problems {
		if !strings.HasPrefix(p, "request body") {
			return false
		}
	}
	return true
}

// finding is one problem with one recorded exchange.
type finding struct {
	source, pkg, test, op, method, target, msg string
}

func (f finding) String() string {
	test := f.test
	if test == "" {
		test = "(outside a test)"
	}
	op := f.op
	if op == "" {
		op = "no operation"
	}
	return fmt.Sprintf("[%s] %s %s: %s (%s %s):\n    %s", f.source, strings.TrimSuffix(f.pkg, ".test"), test, op, f.method, f.target,
		strings.ReplaceAll(f.msg, "\n", "\n    "))
}

// checkResult is what checkExchanges found.
type checkResult struct {
	findings []finding
	n        map[string]int                        // exchanges by source
	covered  map[string]map[string]map[string]bool // source -> operationId -> tests
}

// checkExchanges validates every exchange.
func checkExchanges(spec *spectest.Spec, exchanges []contract.Exchange) checkResult {
	res := checkResult{n: map[string]int{}, covered: map[string]map[string]map[string]bool{
		contract.SourceUnit: {}, contract.SourceFake: {},
	}}
	seen := map[string]bool{}
	for _, e := range exchanges {
		res.n[e.Source]++
		op, problems, ok := checkExchange(spec, e)
		for _, p := range problems {
			f := finding{source: e.Source, pkg: e.Package, test: e.Test, op: op, method: e.Method, target: e.Target, msg: p}
			key := f.source + "\x00" + f.test + "\x00" + f.op + "\x00" + f.msg
			if !seen[key] {
				seen[key] = true
				res.findings = append(res.findings, f)
			}
		}
		if ok && len(problems) == 0 {
			byOp := res.covered[e.Source]
			if byOp == nil {
				continue
			}
			if byOp[op] == nil {
				byOp[op] = map[string]bool{}
			}
			byOp[op][e.Package+" "+e.Test] = true
		}
	}
	return res
}

// checkExchange validates one exchange. It returns the operation, the
// problems, and whether the exchange counts toward coverage (a valid
// request answered with a valid 2xx).
func checkExchange(spec *spectest.Spec, e contract.Exchange) (op string, problems []string, covers bool) {
	if e.Source != contract.SourceUnit && e.Source != contract.SourceFake {
		return "", []string{fmt.Sprintf("unknown source %q", e.Source)}, false
	}
	req := httptest.NewRequest(e.Method, e.Target, bytes.NewReader(e.Body))
	if len(e.Body) == 0 {
		req = httptest.NewRequest(e.Method, e.Target, nil)
	}
	if e.ContentType != "" {
		req.Header.Set("Content-Type", e.ContentType)
	}
	twoXX := e.Status >= 200 && e.Status < 300
	op, reqErr := spec.ValidateRequest(req)
	if reqErr != nil {
		// The SDK's requests must all be valid; the fake may reject an
		// invalid request, but not accept one.
		taskChecks := e.Status == http.StatusAccepted && bodyOnly(reqErr)
		if e.Source == contract.SourceUnit || (twoXX && !taskChecks && fakeAcceptsInvalid[e.Test+" "+op] == "") {
			what := "the SDK's request does not match the spec"
			if e.Source == contract.SourceFake {
				what = fmt.Sprintf("the fake answered %d to a request that does not match the spec", e.Status)
			}
			problems = append(problems, what+": "+reqErr.Error())
		}
		if op == "" {
			return op, problems, false
		}
	}
	header := http.Header{}
	if e.RespType != "" {
		header.Set("Content-Type", e.RespType)
	}
	var respErr error
	switch {
	case twoXX:
		respErr = spec.ValidateResponseStrict(req, e.Status, header, e.RespBody)
	case e.Source == contract.SourceFake && spec.DeclaresStatus(req, e.Status):
		respErr = spec.ValidateResponseStrict(req, e.Status, header, e.RespBody)
		if names := errorSchemas[e.Status]; respErr != nil && len(names) > 1 {
			// Benchling's bulk 400 adds BadRequestErrorBulk's errors[]
			// where an operation declares BadRequestError.
			for _, name := range names[1:] {
				if checkSchemaJSON(spec, name, e.RespBody) == "" {
					respErr = nil
				}
			}
		}
	case e.Source == contract.SourceFake:
		respErr = spec.ValidateResponse(req, e.Status, header, e.RespBody) // the error envelope
		if names, ok := errorSchemas[e.Status]; ok && respErr == nil {
			var ps []string
			for _, name := range names {
				p := checkSchemaJSON(spec, name, e.RespBody)
				if p == "" {
					ps = nil
					break
				}
				ps = append(ps, p)
			}
			if len(ps) > 0 {
				problems = append(problems, fmt.Sprintf("the fake's %d body: %s", e.Status, strings.Join(ps, "; or ")))
			}
		}
	case spec.DeclaresStatus(req, e.Status):
		// A test's error body: the declared schema's properties must be
		// right, but others are allowed (Benchling adds BadRequestErrorBulk's
		// errors[] where an operation declares BadRequestError).
		respErr = spec.ValidateResponse(req, e.Status, header, e.RespBody)
	}
	if respErr != nil {
		who := "the test's response"
		if e.Source == contract.SourceFake {
			who = "the fake's response"
		}
		body := e.RespBody
		var compact bytes.Buffer
		if json.Compact(&compact, body) == nil {
			body = compact.Bytes()
		}
		problems = append(problems, fmt.Sprintf("%s does not match the spec: %v\n  body: %.600s", who, respErr, body))
	}
	return op, problems, reqErr == nil && twoXX && respErr == nil
}

// checkSchemaJSON validates a JSON document against a component schema,
// strictly; it returns the problem or "".
func checkSchemaJSON(spec *spectest.Spec, name string, doc []byte) string {
	ref := spec.Doc.Components.Schemas[name]
	if ref == nil {
		return "no schema " + name
	}
	var v any
	if err := json.Unmarshal(doc, &v); err != nil {
		return fmt.Sprintf("not JSON: %v", err)
	}
	if err := ref.Value.VisitJSON(v); err != nil {
		return fmt.Sprintf("does not match %s: %v", name, err)
	}
	if extra := spectest.UndeclaredFields(ref, v); len(extra) > 0 {
		return fmt.Sprintf("has properties %s does not declare: %v", name, extra)
	}
	return ""
}

// reportFindings fails the test with the findings, grouped by test.
func reportFindings(t *testing.T, findings []finding) {
	t.Helper()
	if len(findings) == 0 {
		return
	}
	slices.SortFunc(findings, func(a, b finding) int {
		return strings.Compare(a.source+a.pkg+a.test+a.op+a.msg, b.source+b.pkg+b.test+b.op+b.msg)
	})
	const most = 60
	var b strings.Builder
	for i, f := range findings {
		if i == most {
			fmt.Fprintf(&b, "... and %d more\n", len(findings)-most)
			break
		}
		b.WriteString(f.String() + "\n")
	}
	t.Errorf("%d recorded exchanges break the spec contract:\n%s", len(findings), b.String())
}
