package spectest

import (
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/routers"
)

// router maps requests to operations. It implements routers.Router.
//
// Neither of kin-openapi's routers handles Benchling's literal-colon paths
// correctly: the legacy router treats "/aa-sequences/X:upsert" as
// "/aa-sequences/{aa_sequence_id}" with aa_sequence_id "X:upsert", and the
// gorillamux router tries templates in a fixed order (fewest variables, then
// reverse-lexicographic), so "/dna-oligos/{oligo_id}" is tried before
// "/dna-oligos/{entity_registry_id}:upsert" and PATCH .../X:upsert is routed
// to updateDNAOligo. This router instead tries templates with the most
// literal characters first and skips templates that match the path but not
// the method. It matches on the path only, so any host is accepted.
type router struct {
	doc    *openapi3.T
	server *openapi3.Server
	base   string // server path prefix without trailing slash, e.g. "/api/v2"
	routes []*pathRoute
}

var _ routers.Router = (*router)(nil)

// pathRoute is one compiled path template.
type pathRoute struct {
	template string
	re       *regexp.Regexp
	vars     []string
	literal  int // number of literal (non-variable) bytes in the template
	item     *openapi3.PathItem
}

var templateVar = regexp.MustCompile(`\{([^{}]+)\}`)

// newRouter compiles every path template of doc.
func newRouter(doc *openapi3.T) (*router, error) {
	rt := &router{doc: doc}
	if len(doc.Servers) > 0 {
		rt.server = doc.Servers[0]
		u, err := url.Parse(rt.server.URL)
		if err != nil {
			return nil, fmt.Errorf("server URL %q: %w", rt.server.URL, err)
		}
		rt.base = strings.TrimSuffix(u.Path, "/")
	}
	for tmpl, item := range doc.Paths.Map() {
		var re strings.Builder
		re.WriteString("^")
		r := &pathRoute{template: tmpl, item: item}
		last := 0
		for _, m := range templateVar.FindAllStringSubmatchIndex(tmpl, -1) {
			lit := tmpl[last:m[0]]
			re.WriteString(regexp.QuoteMeta(lit))
			r.literal += len(lit)
			re.WriteString("([^/]+)")
			r.vars = append(r.vars, tmpl[m[2]:m[3]])
			last = m[1]
		}
		re.WriteString(regexp.QuoteMeta(tmpl[last:]))
		r.literal += len(tmpl) - last
		re.WriteString("$")
		var err error
		if r.re, err = regexp.Compile(re.String()); err != nil {
			return nil, fmt.Errorf("path %q: %w", tmpl, err)
		}
		rt.routes = append(rt.routes, r)
	}
	slices.SortFunc(rt.routes, func(a, b *pathRoute) int {
		if a.literal != b.literal {
			return b.literal - a.literal
		}
		if len(a.vars) != len(b.vars) {
			return len(a.vars) - len(b.vars)
		}
		return strings.Compare(a.template, b.template)
	})
	return rt, nil
}

// routeError is returned by FindRoute when no operation matches.
type routeError struct {
	method, path string
	allowed      []string // methods of templates that matched the path
	reason       string
}

func (e *routeError) Error() string {
	if len(e.allowed) > 0 {
		return fmt.Sprintf("no operation for %s %s: method not allowed (path allows %s)", e.method, e.path, strings.Join(e.allowed, ", "))
	}
	return fmt.Sprintf("no operation for %s %s: %s", e.method, e.path, e.reason)
}

// FindRoute implements routers.Router. It looks only at the request method
// and the (escaped) URL path, so it works both for server-side requests
// (whose URL has only path and query) and client-side requests.
func (rt *router) FindRoute(req *http.Request) (*routers.Route, map[string]string, error) {
	escaped := req.URL.EscapedPath()
	rest, ok := strings.CutPrefix(escaped, rt.base)
	if !ok || (rest != "" && rest[0] != '/') {
		return nil, nil, &routeError{method: req.Method, path: req.URL.Path,
			reason: fmt.Sprintf("path not found (paths must start with %q)", rt.base)}
	}
	var allowed []string
	for _, r := range rt.routes {
		m := r.re.FindStringSubmatch(rest)
		if m == nil {
			continue
		}
		op := r.item.GetOperation(req.Method)
		if op == nil {
			for method := range r.item.Operations() {
				if !slices.Contains(allowed, method) {
					allowed = append(allowed, method)
				}
			}
			continue
		}
		params := make(map[string]string, len(r.vars))
		for i, name := range r.vars {
			v, err := url.PathUnescape(m[i+1])
			if err != nil {
				v = m[i+1]
			}
			params[name] = v
		}
		return &routers.Route{
			Spec:      rt.doc,
			Server:    rt.server,
			Path:      r.template,
			PathItem:  r.item,
			Method:    req.Method,
			Operation: op,
		}, params, nil
	}
	slices.Sort(allowed)
	return nil, nil, &routeError{method: req.Method, path: req.URL.Path, allowed: allowed, reason: "path not found"}
}
