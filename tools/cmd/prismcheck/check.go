package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"reflect"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/benchling-go/benchling"
)

// Verdicts. PASS, REACT, SKIP and EXCL are never failures; the others are
// unless the allow-list explains them.
const (
	verdictPass    = "PASS"    // requests valid, response decoded
	verdictReact   = "REACT"   // the SDK's error is its correct reaction to a mock's answer
	verdictSkip    = "SKIP"    // errors mode: the operation declares no 4xx
	verdictExcl    = "EXCL"    // not called (see skipped)
	verdictFail    = "FAIL"    // a request Prism or the spec rejects, or for the wrong operation
	verdictPanic   = "PANIC"   // the method panicked
	verdictDecode  = "DECODE"  // a 2xx the SDK could not decode
	verdictErrResp = "ERRRESP" // a non-2xx answer outside the errors mode
	verdictNoReq   = "NOREQ"   // an error before any request
	verdictTimeout = "TIMEOUT" // the call ran out of time
	verdictErrMode = "ERRMODE" // errors mode: the SDK's error does not reflect the 4xx
	verdictArgs    = "ARGS"    // the checker could not build the arguments (a fixture the model cannot decode)
)

// okVerdicts are the verdicts that are not failures.
var okVerdicts = []string{verdictPass, verdictReact, verdictSkip, verdictExcl}

// result is the outcome of one call.
type result struct {
	Name     string   // Service.Method
	Variant  string   // plain, nil-opts or opts
	Verdict  string   // one of the verdict constants
	Detail   string   // what went wrong, or the operations sent
	DocOp    string   // the operationId of the doc line (or the line itself)
	Allowed  string   `json:",omitempty"` // the allow-list's reason, if it explains a failure
	Warnings []string `json:",omitempty"` // Prism's response violations and warnings
	SentOps  []string `json:",omitempty"` // the operations of the requests sent
}

// failed reports whether r fails the run.
func (r *result) failed() bool {
	return !slices.Contains(okVerdicts, r.Verdict) && r.Allowed == ""
}

// exchange is one request through the recording proxy, or a refused dial.
type exchange struct {
	Method, Path, Query string
	ReqBody             []byte
	Status              int
	Violations          string // Prism's sl-violations header
	RespBody            []byte
	RefusedHost         string // set for a refused non-loopback dial
}

// checker runs the calls and keeps what they sent.
type checker struct {
	cfg  *config
	ops  opTable
	docs map[string]string
	out  io.Writer

	mu        sync.Mutex
	exchanges []exchange
	prefer    *operation // errors mode: the operation whose requests get Prefer
	preferFor string     // the status to ask for

	sentParams map[string]bool // "operationId param" of every query parameter sent
}

type bodyKey struct{}

// run starts the recording proxy and calls every method.
func (c *checker) run(ctx context.Context) ([]result, error) {
	target, err := url.Parse(c.cfg.prism)
	if err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	srv := &http.Server{Handler: c.proxy(target), ReadHeaderTimeout: 10 * time.Second}
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = srv.Serve(ln) // ErrServerClosed after Close
	}()
	defer func() {
		srv.Close()
		<-done
	}()

	hc := &http.Client{Transport: &http.Transport{DialContext: c.dialLoopback}}
	base := "http://" + ln.Addr().String() + "/api/v2"
	client, err := benchling.NewClient(base, benchling.WithAPIKey("prismcheck-api-key"),
		benchling.WithoutRetries(), benchling.WithHTTPClient(hc),
		benchling.WithTaskPolling(5*time.Millisecond, 20*time.Millisecond), benchling.WithoutPacing())
	if err != nil {
		return nil, err
	}
	var results []result
	cv := reflect.ValueOf(client).Elem()
	for i := range cv.NumField() {
		f := cv.Field(i)
		if f.Kind() != reflect.Pointer || !strings.HasSuffix(f.Type().Elem().Name(), "Service") {
			continue
		}
		svc := cv.Type().Field(i).Name
		for j := range f.NumMethod() {
			m := f.Type().Method(j)
			name := svc + "." + m.Name
			if c.cfg.only != nil && !c.cfg.only.MatchString(name) {
				continue
			}
			if ctx.Err() != nil {
				return results, nil
			}
			if why, ok := skipped[name]; ok {
				results = append(results, c.report(result{Name: name, Variant: "-", Verdict: verdictExcl, Detail: why}))
				continue
			}
			doc := c.docs[f.Type().Elem().Name()+"."+m.Name]
			o := c.ops.byRoute(doc)
			if id, ok := helperOps[name]; ok && doc == "" {
				o, doc = c.ops[id], "(starts with "+id+")"
			}
			for _, variant := range variants(m.Type) {
				results = append(results, c.report(c.call(ctx, o, doc, name, f.Method(j), variant)))
			}
		}
	}
	// The OAuth client-credentials flow: POST /token, then a call with its token.
	if c.cfg.only == nil || c.cfg.only.MatchString("OAuth.Token") {
		oc, err := benchling.NewClient(base, benchling.WithClientCredentials("prismcheck-client", "prismcheck-secret"),
			benchling.WithoutRetries(), benchling.WithHTTPClient(hc), benchling.WithoutPacing())
		if err != nil {
			return nil, err
		}
		doc := "GET /users/{user_id}"
		r := c.call(ctx, c.ops.byRoute(doc), doc, "OAuth.Token+Users.Get", reflect.ValueOf(oc.Users).MethodByName("Get"), "plain")
		if !slices.Contains(r.SentOps, "generateToken") && (r.Verdict == verdictPass || r.Verdict == verdictSkip) {
			r.Verdict, r.Detail = verdictFail, "no POST /token sent"
		}
		results = append(results, c.report(r))
	}
	return results, nil
}

// report applies the allow-list to r and prints it unless it passed.
func (c *checker) report(r result) result {
	if !slices.Contains(okVerdicts, r.Verdict) {
		if a := allowFor(allowed, c.cfg.mode, &r); a != nil {
			r.Allowed = a.Reason
		}
	}
	switch {
	case r.Allowed != "":
		fmt.Fprintf(c.out, "%-7s %-55s %-8s %s [allowed: %s]\n", r.Verdict, r.Name, r.Variant, trim(r.Detail), r.Allowed)
	case c.cfg.verbose || r.Verdict != verdictPass:
		fmt.Fprintf(c.out, "%-7s %-55s %-8s %s\n", r.Verdict, r.Name, r.Variant, trim(r.Detail))
	}
	return r
}

// proxy forwards /api/v2/... to Prism's root and records each exchange.
func (c *checker) proxy(target *url.URL) http.Handler {
	rp := &httputil.ReverseProxy{
		Rewrite: func(pr *httputil.ProxyRequest) {
			pr.SetURL(target)
			path := strings.TrimPrefix(pr.In.URL.Path, "/api/v2")
			pr.Out.URL.Path = strings.TrimSuffix(target.Path, "/") + path
			pr.Out.URL.RawPath = ""
			pr.Out.Host = target.Host
			c.mu.Lock()
			if o := c.prefer; o != nil && o.Method == pr.In.Method && c.ops.match(pr.In.Method, path) == o {
				pr.Out.Header.Set("Prefer", "code="+c.preferFor)
			}
			c.mu.Unlock()
		},
		ModifyResponse: func(resp *http.Response) error {
			b, err := io.ReadAll(resp.Body)
			resp.Body.Close()
			resp.Body = io.NopCloser(bytes.NewReader(b))
			if err != nil {
				return err
			}
			rq := resp.Request
			rb, _ := rq.Context().Value(bodyKey{}).([]byte)
			ex := exchange{Method: rq.Method, Path: strings.TrimPrefix(rq.URL.Path, strings.TrimSuffix(target.Path, "/")),
				Query: rq.URL.RawQuery, ReqBody: rb, Status: resp.StatusCode,
				Violations: resp.Header.Get("sl-violations"), RespBody: b}
			c.record(ex)
			return nil
		},
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, err := io.ReadAll(r.Body)
		if err != nil {
			http.Error(w, "prismcheck: reading the request body: "+err.Error(), http.StatusBadRequest)
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(b))
		rp.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), bodyKey{}, b)))
	})
}

func (c *checker) record(ex exchange) {
	c.mu.Lock()
	c.exchanges = append(c.exchanges, ex)
	c.mu.Unlock()
}

// dialLoopback dials loopback addresses only: a pre-signed URL from the
// spec's examples must not leave the machine.
func (c *checker) dialLoopback(ctx context.Context, network, addr string) (net.Conn, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, err
	}
	if !isLoopback(host) {
		c.record(exchange{RefusedHost: addr})
		return nil, fmt.Errorf("prismcheck: refusing to dial %s, which is not a loopback address", addr)
	}
	var d net.Dialer
	return d.DialContext(ctx, network, addr)
}

// variants are the ways a method is called: with nil and with filled
// options when it takes options, else once.
func variants(t reflect.Type) []string {
	for i := 1; i < t.NumIn(); i++ {
		if isOpts(t.In(i)) {
			return []string{"nil-opts", "opts"}
		}
	}
	return []string{"plain"}
}

// isOpts reports whether t is a pointer to an options struct.
func isOpts(t reflect.Type) bool {
	return t.Kind() == reflect.Pointer && t.Elem().Kind() == reflect.Struct && strings.HasSuffix(t.Elem().Name(), "Options")
}

// call calls fn (the method name of the operation o, whose doc line is
// doc; o nil if the line names none) and judges what it did.
func (c *checker) call(ctx context.Context, o *operation, doc, name string, fn reflect.Value, variant string) (res result) {
	res = result{Name: name, Variant: variant, DocOp: doc}
	if o != nil {
		res.DocOp = o.ID
	}
	wantCode := ""
	if c.cfg.mode == "errors" {
		if o != nil {
			wantCode = o.errorStatus()
		}
		if wantCode == "" {
			res.Verdict, res.Detail = verdictSkip, "no declared 4xx"
			return res
		}
	}
	timeout := c.cfg.timeout
	if strings.HasSuffix(name, "Many") || strings.Contains(name, "Wait") {
		timeout = min(timeout, 3*time.Second) // a mock's task never ends
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	t := fn.Type()
	args := make([]reflect.Value, t.NumIn())
	strIdx := 0
	for i := range t.NumIn() {
		v, err := makeArg(ctx, c.cfg.repo, o, t.In(i), variant, &strIdx)
		if err != nil {
			res.Verdict, res.Detail = verdictArgs, err.Error()
			return res
		}
		args[i] = v
	}
	c.mu.Lock()
	c.exchanges = nil
	if wantCode != "" {
		c.prefer, c.preferFor = o, wantCode
	}
	c.mu.Unlock()
	defer func() {
		c.mu.Lock()
		c.prefer, c.preferFor = nil, ""
		c.mu.Unlock()
	}()

	panicked, callErr := invoke(fn, args, t.IsVariadic())
	if panicked != nil {
		res.Verdict, res.Detail = verdictPanic, fmt.Sprint(panicked)
		return res
	}
	c.mu.Lock()
	exs := slices.Clone(c.exchanges)
	c.mu.Unlock()
	problems := c.checkExchanges(exs, &res)
	if o != nil && len(res.SentOps) > 0 && !slices.Contains(res.SentOps, o.ID) {
		problems = append(problems, fmt.Sprintf("doc says %s (%s) but requests were %v", o.ID, doc, res.SentOps))
	}
	if doc != "" && o == nil {
		problems = append(problems, "doc line "+doc+" names no spec operation")
	}
	switch {
	case len(problems) > 0:
		res.Verdict, res.Detail = verdictFail, strings.Join(problems, " | ")
		if callErr != nil {
			res.Detail += " | err: " + callErr.Error()
		}
	case wantCode != "":
		res.Verdict, res.Detail = judgeErrorMode(wantCode, callErr, exs, o)
	case len(exs) == 0 && callErr != nil:
		res.Verdict, res.Detail = verdictNoReq, callErr.Error()
	case callErr != nil:
		last := exs[len(exs)-1]
		ok := last.Status >= 200 && last.Status < 300
		switch {
		case errors.Is(callErr, context.DeadlineExceeded):
			res.Verdict = verdictTimeout
		case ok && isReaction(callErr):
			res.Verdict = verdictReact
		case ok:
			res.Verdict = verdictDecode
			if v := responseViolations(last); v != "" {
				callErr = fmt.Errorf("%w | %s%s", callErr, respViolationNote, v)
			}
		default:
			res.Verdict = verdictErrResp
		}
		res.Detail = fmt.Sprintf("status %d: %s", last.Status, callErr.Error())
	default:
		res.Verdict, res.Detail = verdictPass, strings.Join(res.SentOps, ",")
	}
	return res
}

// invoke calls fn, drains the iterators it returns (at most three items),
// and returns the last error it or they returned, or what it panicked with.
func invoke(fn reflect.Value, args []reflect.Value, variadic bool) (panicked any, callErr error) {
	defer func() {
		if p := recover(); p != nil {
			panicked = p
		}
	}()
	var outs []reflect.Value
	if variadic {
		outs = fn.CallSlice(args)
	} else {
		outs = fn.Call(args)
	}
	for _, out := range outs {
		if out.Type().Implements(errorType) && !out.IsNil() {
			callErr = out.Interface().(error)
		}
		if out.Kind() == reflect.Func && out.Type().NumIn() == 1 && !out.IsNil() {
			if err := drainSeq(out); err != nil {
				callErr = err
			}
		}
	}
	return nil, callErr
}

var errorType = reflect.TypeFor[error]()

// drainSeq ranges over an iter.Seq or iter.Seq2 for at most three items
// and returns the first error it yields.
func drainSeq(seq reflect.Value) error {
	yt := seq.Type().In(0)
	n := 0
	var first error
	yield := reflect.MakeFunc(yt, func(args []reflect.Value) []reflect.Value {
		n++
		for _, a := range args {
			if a.Kind() == reflect.Interface && a.Type().Implements(errorType) && !a.IsNil() && first == nil {
				first = a.Interface().(error)
			}
		}
		return []reflect.Value{reflect.ValueOf(n < 3 && first == nil)}
	})
	seq.Call([]reflect.Value{yield})
	return first
}

// violation is one entry of Prism's sl-violations header.
type violation struct {
	Location []string
	Code     any
	Message  string
	Severity string
}

// parseViolations parses Prism's sl-violations header; ok is false when
// it cannot (Prism truncates a long list after "Too many violations! ").
func parseViolations(h string) (vs []violation, ok bool) {
	if h == "" {
		return nil, true
	}
	h = strings.TrimPrefix(h, "Too many violations! ")
	if err := json.Unmarshal([]byte(h), &vs); err != nil {
		return nil, false
	}
	return vs, true
}

// checkExchanges checks the recorded requests against the spec and
// Prism's verdicts, fills res.SentOps and res.Warnings, and returns the
// problems.
func (c *checker) checkExchanges(exs []exchange, res *result) []string {
	var problems []string
	for _, ex := range exs {
		if ex.RefusedHost != "" {
			problems = append(problems, "non-loopback dial refused: "+ex.RefusedHost)
			continue
		}
		so := c.ops.match(ex.Method, ex.Path)
		if so == nil {
			problems = append(problems, fmt.Sprintf("request %s %s matches no spec operation (status %d)", ex.Method, ex.Path, ex.Status))
			continue
		}
		res.SentOps = append(res.SentOps, so.ID)
		q, err := url.ParseQuery(ex.Query)
		if err != nil {
			problems = append(problems, fmt.Sprintf("%s %s: malformed query %q: %v", ex.Method, ex.Path, ex.Query, err))
		}
		for _, k := range sortedKeys(q) {
			c.sentParams[so.ID+" "+k] = true
			if so.queryParam(k) == nil {
				problems = append(problems, fmt.Sprintf("%s: query parameter %q not in spec", so.ID, k))
			}
		}
		if ex.Violations != "" {
			vs, ok := parseViolations(ex.Violations)
			if !ok && strings.Contains(ex.Violations, `["request"`) {
				problems = append(problems, fmt.Sprintf("%s %s?%s: Prism violations (unreadable): %s", ex.Method, ex.Path, ex.Query, ex.Violations))
			}
			var ms []string
			for _, v := range vs {
				m := strings.Join(v.Location, ".") + ": " + v.Message
				if v.Severity != "Error" || len(v.Location) > 0 && v.Location[0] == "response" {
					res.Warnings = append(res.Warnings, m)
					continue
				}
				ms = append(ms, m)
			}
			if len(ms) > 0 {
				problems = append(problems, fmt.Sprintf("%s %s?%s: Prism violations: %s", ex.Method, ex.Path, ex.Query, strings.Join(ms, "; ")))
			}
		}
		if ex.Status == http.StatusUnprocessableEntity && bytes.Contains(ex.RespBody, []byte("prism/errors#UNPROCESSABLE_ENTITY")) {
			problems = append(problems, fmt.Sprintf("%s %s?%s: Prism 422: %s", ex.Method, ex.Path, ex.Query, ex.RespBody))
		}
	}
	return problems
}

// respViolationNote marks a detail whose response Prism itself found to
// violate the spec.
const respViolationNote = "Prism: its response violates the spec: "

// responseViolations returns Prism's errors about its own response body
// in ex, joined, or "".
func responseViolations(ex exchange) string {
	vs, _ := parseViolations(ex.Violations)
	var ms []string
	for _, v := range vs {
		if v.Severity == "Error" && len(v.Location) > 1 && v.Location[0] == "response" && v.Location[1] == "body" &&
			!slices.Contains(ms, v.Message) {
			ms = append(ms, v.Message)
		}
	}
	return strings.Join(ms, "; ")
}

// helperOps names, for the methods without a "Benchling API:" line that
// send a request body, the operation whose fixture is their body.
var helperOps = map[string]string{
	"Apps.RunSession": "createAppSession",
}

// judgeErrorMode checks the SDK's reaction to the 4xx (want) Prism was
// asked for: a *benchling.Error with that status, and with the body's
// error type and message when the body is Benchling's error envelope.
func judgeErrorMode(want string, callErr error, exs []exchange, o *operation) (verdict, detail string) {
	var ae *benchling.Error
	switch {
	case callErr == nil:
		return verdictErrMode, "no error for a " + want
	case !errors.As(callErr, &ae):
		return verdictErrMode, "not a *benchling.Error: " + callErr.Error()
	case fmt.Sprint(ae.StatusCode) != want:
		return verdictErrMode, fmt.Sprintf("status %d, want %s: %s", ae.StatusCode, want, callErr.Error())
	}
	var env struct {
		Error *struct {
			Type    string `json:"type"`
			Message string `json:"message"`
		} `json:"error"`
	}
	for _, ex := range slices.Backward(exs) {
		if c := o.Method; ex.Method == c && fmt.Sprint(ex.Status) == want {
			if json.Unmarshal(ex.RespBody, &env) == nil && env.Error != nil {
				if ae.Type != env.Error.Type || ae.Message != env.Error.Message {
					return verdictErrMode, fmt.Sprintf("type %q message %q, but the body says type %q message %q",
						ae.Type, ae.Message, env.Error.Type, env.Error.Message)
				}
			}
			break
		}
	}
	return verdictPass, fmt.Sprintf("%d %s: %s", ae.StatusCode, ae.Type, ae.Message)
}

// reactions are the errors that are the SDK's correct reaction to what a
// mock answers: the same nextToken forever, a task whose result holds
// another number of items than were sent, a task that failed, an export
// without a download URL, a lookup by a name the example does not have, an
// http:// URL where the SDK wants https.
var reactions = []string{
	"page token repeated",
	"so they cannot be matched",
	"failed: ",
	"succeeded without a downloadURL",
	"no registry is named",
	"is not https",
}

func isReaction(err error) bool {
	s := err.Error()
	for _, k := range reactions {
		if strings.Contains(s, k) {
			return true
		}
	}
	return false
}

// trim shortens s for a line of output.
func trim(s string) string {
	if len(s) > 400 {
		return s[:400] + "..."
	}
	return s
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
