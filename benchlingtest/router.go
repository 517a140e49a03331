package benchlingtest

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"

	"github.com/benchling-go/benchling/internal/contract"
)

// handler serves one operation. It runs with Server.mu held and returns
// the status and body to send, or an error response. The request body has
// been read before the lock was taken (call.body): a handler must not read
// c.r.Body.
type handler func(c *call) (int, any, *httpError)

// call is one request being served.
type call struct {
	s      *Server
	st     *store
	r      *http.Request
	user   string   // ID of the acting user
	params []string // the path parameters, in URL order
	route  *route

	body    []byte // the request body, read before Server.mu is taken
	bodyErr error  // why reading it failed
	prepped any    // what the route's prep made of the body, before the lock
	raw     *rawResponse

	q   url.Values
	hdr http.Header // response headers the handler sets
}

// param returns the i-th path parameter.
func (c *call) param(i int) string {
	if i < len(c.params) {
		return c.params[i]
	}
	return ""
}

// query returns the parsed query string.
func (c *call) query() url.Values {
	if c.q == nil {
		c.q = c.r.URL.Query()
	}
	return c.q
}

// header returns the response headers the handler may set.
func (c *call) header() http.Header {
	if c.hdr == nil {
		c.hdr = http.Header{}
	}
	return c.hdr
}

func (c *call) actor() map[string]any {
	if u := c.st.user(c.user); u != nil {
		return u.summary()
	}
	return c.st.adminSummary()
}

// route is an operation the server serves: a method and a path template
// in the spec's style ("/aa-sequences/{aa_sequence_id}",
// "/dna-sequences/{entity_registry_id}:upsert"), with a built-in handler
// (run under the lock) or a user's http.Handler (run without it).
type route struct {
	method   string
	template string
	segs     []segment
	h        handler
	user     http.Handler
	op       *specOp // the spec operation, if the template is one
	// prep, if set, runs before h without the server's lock: costly work
	// on the request body (decoding a blob part's base64, hashing it),
	// which it leaves in call.prepped. It must not touch the store.
	prep func(c *call) *httpError
	// testOnly marks a route of a resource the engine's own tests add
	// (addResource): its exchanges are no coverage of the fake.
	testOnly bool
}

// segment is one segment of a path template: a literal, or a parameter
// with an optional literal suffix ("{id}:upsert").
type segment struct {
	lit    string
	param  string
	suffix string
}

// parseTemplate parses a path template relative to the API base.
func parseTemplate(t string) ([]segment, error) {
	if !strings.HasPrefix(t, "/") || len(t) < 2 {
		return nil, fmt.Errorf("pattern %q does not start with / and a name", t)
	}
	var out []segment
	for _, s := range strings.Split(t[1:], "/") {
		open := strings.IndexByte(s, '{')
		if open < 0 {
			if s == "" || strings.ContainsRune(s, '}') {
				return nil, fmt.Errorf("pattern %q has an empty or malformed segment", t)
			}
			out = append(out, segment{lit: s})
			continue
		}
		end := strings.IndexByte(s, '}')
		if open != 0 || end < 2 || strings.ContainsAny(s[end+1:], "{}") ||
			end+1 < len(s) && s[end+1] != ':' || strings.HasSuffix(s, ":") {
			return nil, fmt.Errorf("pattern %q: a parameter segment is {name}, optionally followed by :action", t)
		}
		out = append(out, segment{param: s[1:end], suffix: s[end+1:]})
	}
	return out, nil
}

// normTemplate returns a template with its parameter names left out, so
// that templates that differ only in them compare equal.
func normTemplate(segs []segment) string {
	var b strings.Builder
	for _, s := range segs {
		b.WriteByte('/')
		if s.param == "" {
			b.WriteString(s.lit)
		} else {
			b.WriteString("{}" + s.suffix)
		}
	}
	return b.String()
}

func newRoute(method, template string, h handler) route {
	segs, err := parseTemplate(template)
	if err != nil {
		panic("benchlingtest: built-in route: " + err.Error())
	}
	r := route{method: method, template: template, segs: segs, h: h}
	r.op = lookupSpecOp(method, normTemplate(segs))
	return r
}

// match matches a path's segments and returns the parameters.
func (r *route) match(segs []string) ([]string, bool) {
	if len(segs) != len(r.segs) {
		return nil, false
	}
	var params []string
	for i, s := range r.segs {
		v := segs[i]
		if s.param == "" {
			if v != s.lit {
				return nil, false
			}
			continue
		}
		v, ok := strings.CutSuffix(v, s.suffix)
		if !ok || v == "" || strings.ContainsRune(v, ':') {
			return nil, false
		}
		params = append(params, v)
	}
	return params, true
}

// routeKey indexes routes by method and first segment.
func routeKey(method, first string) string { return method + " " + first }

// routeTable finds routes by method and path.
type routeTable map[string][]*route

func (t routeTable) add(r *route) {
	k := routeKey(r.method, r.segs[0].lit)
	for i, o := range t[k] {
		if normTemplate(o.segs) == normTemplate(r.segs) {
			t[k][i] = r // a later route replaces an earlier one
			return
		}
	}
	t[k] = append(t[k], r)
}

func (t routeTable) find(method string, segs []string) (*route, []string) {
	for _, r := range t[routeKey(method, segs[0])] {
		if params, ok := r.match(segs); ok {
			return r, params
		}
	}
	return nil, nil
}

// Handle makes the server answer requests whose method is method and
// whose path matches pattern with h, ahead of the fake's own behaviour:
// a test can serve an operation the fake does not model, or replace one
// it does. pattern is a path template relative to the API base (or
// absolute), in the spec's style: literal segments and {name} parameters,
// optionally followed by an action ("/custom-entities/{custom_entity_id}",
// "/custom-entities:bulk-create", "/dna-sequences/{entity_registry_id}:upsert").
// h reads the parameters with r.PathValue. A later Handle for the same
// method and template replaces the earlier one.
//
// Requests reach h after the scenario layers (InjectFault, SetRateLimit,
// authentication, Forbid) and are recorded for Requests like any other.
// h runs without the server's lock, so it may call the server's methods,
// Add for one.
func (s *Server) Handle(method, pattern string, h http.Handler) error {
	if h == nil {
		return errors.New("benchlingtest: Handle: the handler is nil")
	}
	method = strings.ToUpper(strings.TrimSpace(method))
	if method == "" || strings.IndexFunc(method, func(r rune) bool { return r < 'A' || r > 'Z' }) >= 0 {
		return fmt.Errorf("benchlingtest: Handle: invalid method %q", method)
	}
	rel := pattern
	if strings.HasPrefix(rel, apiPrefix+"/") {
		rel = strings.TrimPrefix(rel, apiPrefix)
	}
	segs, err := parseTemplate(rel)
	if err != nil {
		return fmt.Errorf("benchlingtest: Handle: %v", err)
	}
	if segs[0].param != "" {
		return fmt.Errorf("benchlingtest: Handle: pattern %q must start with a literal segment", pattern)
	}
	r := &route{method: method, template: rel, segs: segs, user: h, op: lookupSpecOp(method, normTemplate(segs))}
	s.mu.Lock()
	s.userRoutes.add(r)
	s.mu.Unlock()
	return nil
}

// route finds the operation for a request and runs it: a user's handler
// (Handle), else the fake's own, else an explicit 501 for an operation
// of the spec that the fake does not serve, else a 404.
func (s *Server) route(w http.ResponseWriter, r *http.Request, userID string) {
	rel, ok := strings.CutPrefix(r.URL.Path, apiPrefix+"/")
	if !ok {
		writeError(w, routeNotFound(r))
		return
	}
	segs := strings.Split(rel, "/")
	s.mu.Lock()
	ur, params := s.userRoutes.find(r.Method, segs)
	rt, rparams := s.routes.find(r.Method, segs)
	s.mu.Unlock()
	if ur != nil {
		for i, seg := range paramSegments(ur.segs) {
			r.SetPathValue(seg.param, params[i])
		}
		contract.Skip(r) // the test's own answer, not the fake's
		ur.user.ServeHTTP(w, r)
		return
	}
	if rt == nil {
		if op := findSpecOp(r.Method, segs); op != nil {
			contract.Skip(r) // deliberately not a spec answer
			writeError(w, unsupported(op))
			return
		}
		writeError(w, routeNotFound(r))
		return
	}
	if rt.testOnly {
		contract.Skip(r) // a resource of the engine's own tests, not of the spec's tenant
	}
	c := &call{s: s, r: r, user: userID, params: rparams, route: rt}
	// Read the body before taking the lock, so a client slow to send it
	// holds up only itself.
	c.body, c.bodyErr = readBody(r)
	if rt.prep != nil {
		if herr := rt.prep(c); herr != nil {
			writeError(w, herr)
			return
		}
	}
	status, buf, herr := s.serve(rt.h, c)
	for k, vs := range c.hdr {
		w.Header()[k] = vs
	}
	if herr != nil {
		writeError(w, herr)
		return
	}
	if c.raw != nil {
		c.raw.write(w, status)
		return
	}
	writeRaw(w, status, buf)
}

// readBody reads a request body of at most maxBody bytes, in one
// allocation when the request says its length.
func readBody(r *http.Request) ([]byte, error) {
	if n := r.ContentLength; n > 0 && n <= maxBody {
		b := make([]byte, n)
		if _, err := io.ReadFull(r.Body, b); err != nil {
			return nil, err
		}
		return b, nil
	}
	return io.ReadAll(io.LimitReader(r.Body, maxBody))
}

// rawResponse is a response that is not JSON (a blob's bytes) or has no
// body (a redirect): a handler sets call.raw and returns its status. It
// is written after the server's lock is released, so its content must be
// immutable (stored blob bytes are).
type rawResponse struct {
	contentType string
	size        int64
	content     io.Reader // nil for no body
}

func (rr *rawResponse) write(w http.ResponseWriter, status int) {
	h := w.Header()
	if rr.content == nil {
		h.Set("Content-Length", "0")
		w.WriteHeader(status)
		return
	}
	h.Set("Content-Type", rr.contentType)
	h.Set("Content-Length", strconv.FormatInt(rr.size, 10))
	w.WriteHeader(status)
	_, _ = io.Copy(w, rr.content)
}

func paramSegments(segs []segment) []segment {
	var out []segment
	for _, s := range segs {
		if s.param != "" {
			out = append(out, s)
		}
	}
	return out
}

// serve runs h with s.mu held and encodes its response under the lock, as
// the body shares data with the store.
func (s *Server) serve(h handler, c *call) (int, []byte, *httpError) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c.st = s.st
	status, body, herr := h(c)
	if herr != nil {
		return 0, nil, herr
	}
	if status == http.StatusNoContent || c.raw != nil {
		return status, nil, nil
	}
	buf, err := encodeJSON(body)
	if err != nil {
		return 0, nil, &httpError{http.StatusInternalServerError, apiError{Type: "server_error", Message: err.Error(), UserMessage: "Internal error."}}
	}
	return status, buf, nil
}

func routeNotFound(r *http.Request) *httpError {
	return &httpError{http.StatusNotFound, apiError{
		Type:        "invalid_request_error",
		Message:     "Route not found: " + r.Method + " " + r.URL.Path,
		UserMessage: "The requested resource was not found.",
	}}
}

// unsupportedType is the error type of the answer to an operation the
// fake does not serve.
const unsupportedType = "benchlingtest_unsupported"

func unsupported(op *specOp) *httpError {
	return &httpError{http.StatusNotImplemented, apiError{
		Type: unsupportedType,
		Message: fmt.Sprintf("benchlingtest does not serve %s (%s %s); serve it in the test with Server.Handle",
			op.id, op.method, op.path),
		UserMessage: "The fake Benchling tenant does not implement this operation.",
	}}
}

// specOp is one operation of the spec (specOperations).
type specOp struct {
	method, path, id string
	resultCount      bool // its 200 response declares Result-Count
}

var specIndex struct {
	once   sync.Once
	byNorm map[string]*specOp // method + " " + normalized template
	table  routeTable         // the operations as routes without handlers, for matching
}

func loadSpecIndex() {
	specIndex.byNorm = make(map[string]*specOp, len(specOperations))
	specIndex.table = routeTable{}
	for i := range specOperations {
		op := &specOperations[i]
		segs, err := parseTemplate(op.path)
		if err != nil {
			panic("benchlingtest: spec operation table: " + err.Error())
		}
		specIndex.byNorm[op.method+" "+normTemplate(segs)] = op
		specIndex.table.add(&route{method: op.method, template: op.path, segs: segs, op: op})
	}
}

// lookupSpecOp returns the spec operation with a method and normalized
// template, or nil.
func lookupSpecOp(method, norm string) *specOp {
	specIndex.once.Do(loadSpecIndex)
	return specIndex.byNorm[method+" "+norm]
}

// findSpecOp returns the spec operation a request is for, or nil.
func findSpecOp(method string, segs []string) *specOp {
	specIndex.once.Do(loadSpecIndex)
	r, _ := specIndex.table.find(method, segs)
	if r == nil {
		return nil
	}
	return r.op
}
