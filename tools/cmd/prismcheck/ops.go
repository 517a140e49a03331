package main

import (
	"regexp"
	"slices"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"
)

// param is one parameter of an operation, with what the checker needs to
// choose a value the spec accepts.
type param struct {
	Name      string
	In        string // "path", "query", "header"
	Required  bool
	Type      string // the schema's type ("string", "array", ...), "" if none
	Format    string // the schema's format ("uuid", "date-time", ...)
	Enum      []any
	Example   any    // the parameter's example, else its schema's
	ItemsEnum []any  // an array's item enum
	ItemsFmt  string // an array's item format
}

// body is what the checker needs of an operation's request body.
type body struct {
	ContentType string
	Required    bool
	Props       []string // the body schema's own properties, sorted
	UUIDProps   []string // those of them that are (lists of) UUIDs
}

// operation is one operation of the spec.
type operation struct {
	ID         string
	Method     string // upper case
	Path       string // template relative to the server URL, e.g. /users/{user_id}
	Params     []param
	Body       *body    // nil: no request body
	Responses  []string // the declared status codes, sorted
	Deprecated bool

	// errorBody lists the declared 4xx statuses that have a response body.
	errorBody map[string]bool
	re        *regexp.Regexp
	literal   int // characters of Path outside {...}: more is more specific
}

// opTable is the spec's operations by operationId.
type opTable map[string]*operation

var (
	pathParamRe = regexp.MustCompile(`\{[^}]*\}`)
	// quotedParamRe is pathParamRe after regexp.QuoteMeta escaped the braces.
	quotedParamRe = regexp.MustCompile(`\\\{[^}]*\\\}`)
)

// buildOps builds the operation table from a parsed spec.
func buildOps(doc *openapi3.T) opTable {
	ops := opTable{}
	for path, item := range doc.Paths.Map() {
		for method, op := range item.Operations() {
			if op.OperationID == "" {
				continue
			}
			o := &operation{ID: op.OperationID, Method: strings.ToUpper(method), Path: path,
				Deprecated: op.Deprecated, errorBody: map[string]bool{}}
			for _, p := range append(slices.Clone(item.Parameters), op.Parameters...) {
				if p == nil || p.Value == nil {
					continue
				}
				o.Params = append(o.Params, newParam(p.Value))
			}
			if rb := op.RequestBody; rb != nil && rb.Value != nil {
				o.Body = newBody(rb.Value)
			}
			if op.Responses != nil {
				for code, r := range op.Responses.Map() {
					o.Responses = append(o.Responses, code)
					if strings.HasPrefix(code, "4") && r.Value != nil && len(r.Value.Content) > 0 {
						o.errorBody[code] = true
					}
				}
				slices.Sort(o.Responses)
			}
			o.re = regexp.MustCompile("^" + quotedParamRe.ReplaceAllString(regexp.QuoteMeta(path), `[^/]+`) + "$")
			o.literal = len(pathParamRe.ReplaceAllString(path, ""))
			ops[o.ID] = o
		}
	}
	return ops
}

func newParam(p *openapi3.Parameter) param {
	out := param{Name: p.Name, In: p.In, Required: p.Required, Example: p.Example}
	if p.Schema == nil || p.Schema.Value == nil {
		return out
	}
	s := p.Schema.Value
	out.Type = schemaType(s)
	out.Format = s.Format
	out.Enum = s.Enum
	if out.Example == nil {
		out.Example = s.Example
	}
	if out.Type == "array" && s.Items != nil && s.Items.Value != nil {
		out.ItemsEnum = s.Items.Value.Enum
		out.ItemsFmt = s.Items.Value.Format
	}
	return out
}

func newBody(rb *openapi3.RequestBody) *body {
	b := &body{Required: rb.Required}
	cts := make([]string, 0, len(rb.Content))
	for ct := range rb.Content {
		cts = append(cts, ct)
	}
	slices.Sort(cts)
	if len(cts) == 0 {
		return b
	}
	b.ContentType = cts[0]
	if slices.Contains(cts, "application/json") {
		b.ContentType = "application/json"
	}
	mt := rb.Content[b.ContentType]
	if mt == nil || mt.Schema == nil || mt.Schema.Value == nil {
		return b
	}
	for name, ref := range properties(mt.Schema.Value) {
		b.Props = append(b.Props, name)
		if ref == nil || ref.Value == nil {
			continue
		}
		if ref.Value.Format == "uuid" || ref.Value.Items != nil && ref.Value.Items.Value != nil && ref.Value.Items.Value.Format == "uuid" {
			b.UUIDProps = append(b.UUIDProps, name)
		}
	}
	slices.Sort(b.Props)
	slices.Sort(b.UUIDProps)
	return b
}

// properties are the properties of s and of the schemas of its allOf.
func properties(s *openapi3.Schema) openapi3.Schemas {
	out := openapi3.Schemas{}
	for name, ref := range s.Properties {
		out[name] = ref
	}
	for _, part := range s.AllOf {
		if part != nil && part.Value != nil {
			for name, ref := range properties(part.Value) {
				out[name] = ref
			}
		}
	}
	return out
}

// schemaType is a schema's single type, or "".
func schemaType(s *openapi3.Schema) string {
	if s.Type == nil || len(s.Type.Slice()) != 1 {
		return ""
	}
	return s.Type.Slice()[0]
}

// byRoute returns the operation of a "METHOD /path" line (a doc comment's
// "Benchling API:" line), or nil.
func (ops opTable) byRoute(line string) *operation {
	parts := strings.Fields(line)
	if len(parts) != 2 {
		return nil
	}
	for _, o := range ops {
		if o.Method == parts[0] && o.Path == parts[1] {
			return o
		}
	}
	return nil
}

// match returns the operation a request (method and path relative to the
// server URL) is for, or nil. Where several templates match
// (/entries/{entry_id} and /entries/{entry_id}:archive would both take
// "/entries/x:archive"), the one with the most literal characters wins.
func (ops opTable) match(method, path string) *operation {
	var best *operation
	for _, o := range ops {
		if o.Method != method || !o.re.MatchString(path) {
			continue
		}
		if best == nil || o.literal > best.literal || o.literal == best.literal && o.ID < best.ID {
			best = o
		}
	}
	return best
}

// errorStatus is the status the errors mode asks Prism for: the lowest
// declared 4xx that has a body, else the lowest declared 4xx; "" if none.
func (o *operation) errorStatus() string {
	first := ""
	for _, c := range o.Responses {
		if !strings.HasPrefix(c, "4") {
			continue
		}
		if o.errorBody[c] {
			return c
		}
		if first == "" {
			first = c
		}
	}
	return first
}

// queryParam returns the query parameter declared under name, matching the
// spec's wildcard names (schemaField.*, schemaFields) too, or nil.
func (o *operation) queryParam(name string) *param {
	for i := range o.Params {
		p := &o.Params[i]
		if p.In != "query" {
			continue
		}
		switch {
		case p.Name == name:
			return p
		case strings.HasSuffix(p.Name, ".*") && strings.HasPrefix(name, strings.TrimSuffix(p.Name, "*")):
			return p
		case p.Name == "schemaFields" && strings.HasPrefix(name, "schemaField."):
			return p
		}
	}
	return nil
}
