package spectest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"slices"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
)

// SchemaFieldsParam is the name of the query parameter with which the
// specification models Benchling's schema-field filters. It is declared as
// an object (components.schemas.SchemaFieldsQueryParam, additionalProperties:
// true) serialized with the default form/explode style, i.e. every
// "schemaField.<Field Name>=<filter>" query parameter is one property.
const SchemaFieldsParam = "schemaFields"

// SchemaFieldPrefix is the prefix of the query parameters that are accepted
// when an operation declares [SchemaFieldsParam].
const SchemaFieldPrefix = "schemaField."

// ValidationError lists every problem found by a validation method.
type ValidationError struct {
	// Method and Path identify the request (Path is the URL path).
	Method, Path string
	// OperationID is the matched operation, empty if none matched.
	OperationID string
	// What is "request" or "response".
	What string
	// Problems are human-readable descriptions, one per problem.
	Problems []string
}

// Error formats the request or response and its operation, followed by one
// indented line per problem.
func (e *ValidationError) Error() string {
	op := e.OperationID
	if op == "" {
		op = "no operation"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s %s (%s) violates the Benchling OpenAPI spec:", e.Method, e.Path, e.What, op)
	for _, p := range e.Problems {
		b.WriteString("\n  - ")
		b.WriteString(strings.ReplaceAll(p, "\n", "\n    "))
	}
	return b.String()
}

// filterOptions returns the openapi3filter options used for validation.
func filterOptions() *openapi3filter.Options {
	opts := &openapi3filter.Options{
		AuthenticationFunc:                openapi3filter.NoopAuthenticationFunc,
		MultiError:                        true,
		IncludeResponseStatus:             true,
		RejectWhenRequestBodyNotSpecified: true,
		SkipSettingDefaults:               true,
	}
	opts.WithCustomSchemaErrorFunc(compactSchemaError)
	return opts
}

// compactSchemaError formats a schema error without kin-openapi's dump of
// the (possibly huge) schema and value.
func compactSchemaError(err *openapi3.SchemaError) string {
	var b strings.Builder
	if p := err.JSONPointer(); len(p) > 0 {
		b.WriteString(`at "/` + strings.Join(p, "/") + `": `)
	}
	switch {
	case err.Origin != nil:
		b.WriteString(err.Origin.Error())
	case err.Reason != "":
		b.WriteString(err.Reason)
	default:
		b.WriteString(`doesn't match schema "` + err.SchemaField + `"`)
	}
	return b.String()
}

// flattenErrors splits (nested) openapi3.MultiErrors, including those
// wrapped in a request or response error, into one message per problem.
func flattenErrors(err error) []string {
	if err == nil {
		return nil
	}
	var out []string
	switch e := err.(type) {
	case openapi3.MultiError:
		for _, sub := range e {
			out = append(out, flattenErrors(sub)...)
		}
		return out
	case *openapi3filter.RequestError:
		if me, ok := e.Err.(openapi3.MultiError); ok && len(me) > 0 {
			prefix := e.Reason
			switch {
			case e.Parameter != nil:
				prefix = fmt.Sprintf("parameter %q in %s", e.Parameter.Name, e.Parameter.In)
			case e.RequestBody != nil:
				prefix = "request body"
			}
			for _, msg := range flattenErrors(me) {
				out = append(out, prefix+": "+msg)
			}
			return out
		}
	case *openapi3filter.ResponseError:
		if me, ok := e.Err.(openapi3.MultiError); ok && len(me) > 0 {
			for _, msg := range flattenErrors(me) {
				out = append(out, e.Reason+": "+msg)
			}
			return out
		}
	}
	return []string{err.Error()}
}

// readBody reads r.Body (if any) and replaces it with a fresh reader over the
// same bytes.
func readBody(r *http.Request) ([]byte, error) {
	if r.Body == nil || r.Body == http.NoBody {
		return nil, nil
	}
	b, err := io.ReadAll(r.Body)
	r.Body.Close()
	r.Body = io.NopCloser(bytes.NewReader(b))
	return b, err
}

// restoreBody gives r a fresh body over b.
func restoreBody(r *http.Request, b []byte) {
	if b == nil {
		if r.Body != nil && r.Body != http.NoBody {
			r.Body = http.NoBody
		}
		return
	}
	r.Body = io.NopCloser(bytes.NewReader(b))
	r.ContentLength = int64(len(b))
	r.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(b)), nil }
}

// ValidateRequest checks one HTTP request, as received by an httptest server
// handler, against the specification and returns the operationId of the
// matched operation.
//
// The method and path must match an operation (paths are expected under
// [Spec.BasePath], any host is accepted). Path and query parameters and the
// request body are validated with openapi3filter.ValidateRequest
// (authentication is not checked). In addition, ValidateRequest reports every
// query parameter the operation does not declare (except
// "schemaField.<Field Name>" when the operation declares [SchemaFieldsParam])
// and every JSON (or form) body property the request body schema does not
// declare, recursing through objects, arrays, additionalProperties and
// allOf/oneOf/anyOf.
//
// r.Body is restored so that it can be read again afterwards. The returned
// error, if any, is a *ValidationError listing all problems.
func (s *Spec) ValidateRequest(r *http.Request) (operationID string, err error) {
	verr := &ValidationError{Method: r.Method, Path: r.URL.Path, What: "request"}
	body, rerr := readBody(r)
	defer restoreBody(r, body)
	if rerr != nil {
		verr.Problems = append(verr.Problems, fmt.Sprintf("reading body: %v", rerr))
		return "", verr
	}

	route, params, ferr := s.router.FindRoute(r)
	if ferr != nil {
		verr.Problems = append(verr.Problems, ferr.Error())
		return "", verr
	}
	op := route.Operation
	verr.OperationID = op.OperationID

	ctx := r.Context()
	if ctx == nil {
		ctx = context.Background()
	}
	input := &openapi3filter.RequestValidationInput{
		Request:    r,
		PathParams: params,
		Route:      route,
		Options:    filterOptions(),
	}
	restoreBody(r, body)
	if err := openapi3filter.ValidateRequest(ctx, input); err != nil {
		verr.Problems = append(verr.Problems, flattenErrors(err)...)
	}
	restoreBody(r, body)

	verr.Problems = append(verr.Problems, undeclaredQueryParams(route, r.URL.Query())...)

	if len(body) > 0 && op.RequestBody != nil && op.RequestBody.Value != nil {
		verr.Problems = append(verr.Problems, undeclaredBodyFields(op.RequestBody.Value.Content, r.Header.Get("Content-Type"), body, "request body")...)
	}

	if len(verr.Problems) > 0 {
		return op.OperationID, verr
	}
	return op.OperationID, nil
}

// operationParams returns the operation's parameters of the given location,
// including those declared on the path item, keyed by name.
func operationParams(route *routers.Route, in string) map[string]*openapi3.Parameter {
	out := make(map[string]*openapi3.Parameter)
	add := func(ps openapi3.Parameters) {
		for _, p := range ps {
			if p != nil && p.Value != nil && p.Value.In == in {
				out[p.Value.Name] = p.Value
			}
		}
	}
	if route.PathItem != nil {
		add(route.PathItem.Parameters)
	}
	add(route.Operation.Parameters)
	return out
}

// undeclaredQueryParams reports query parameters the operation does not
// declare.
func undeclaredQueryParams(route *routers.Route, query url.Values) []string {
	declared := operationParams(route, openapi3.ParameterInQuery)
	_, schemaFields := declared[SchemaFieldsParam]
	var problems []string
	for _, name := range sortedKeys(query) {
		if _, ok := declared[name]; ok {
			continue
		}
		if schemaFields && strings.HasPrefix(name, SchemaFieldPrefix) && len(name) > len(SchemaFieldPrefix) {
			continue
		}
		msg := fmt.Sprintf("query parameter %q is not declared by operation %s", name, route.Operation.OperationID)
		if strings.HasPrefix(name, SchemaFieldPrefix) {
			msg += fmt.Sprintf(" (it declares no %q parameter)", SchemaFieldsParam)
		}
		problems = append(problems, msg)
	}
	return problems
}

// undeclaredBodyFields decodes a JSON or form body and reports properties
// not declared by the schema of the matching media type in content.
func undeclaredBodyFields(content openapi3.Content, contentType string, body []byte, what string) []string {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return nil // openapi3filter reports bad content types
	}
	media := content.Get(mt)
	if media == nil || media.Schema == nil {
		return nil
	}
	var value any
	switch {
	case mt == "application/json" || strings.HasSuffix(mt, "+json"):
		if err := json.Unmarshal(body, &value); err != nil {
			return nil // openapi3filter reports invalid JSON
		}
	case mt == "application/x-www-form-urlencoded":
		form, err := url.ParseQuery(string(body))
		if err != nil {
			return nil
		}
		obj := make(map[string]any, len(form))
		for k := range form {
			obj[k] = form.Get(k)
		}
		value = obj
	default:
		return nil
	}
	var problems []string
	for _, p := range UndeclaredFields(media.Schema, value) {
		problems = append(problems, fmt.Sprintf("%s property %q is not declared by the schema", what, p))
	}
	return problems
}

// ValidateResponse checks a response (status, headers and JSON body) to
// request r against the response declared by r's operation, using
// openapi3filter.ValidateResponse. The Content-Type header must be set for
// responses with a body.
//
// The specification never declares some statuses Benchling returns (for
// example 401 and 429); for a status the operation does not declare, only
// the shape of Benchling's error envelope {"error": {...}} is checked.
func (s *Spec) ValidateResponse(r *http.Request, status int, header http.Header, body []byte) error {
	return s.validateResponse(r, status, header, body, false)
}

// ValidateResponseStrict is [Spec.ValidateResponse] plus a check that the
// JSON body contains no property the response schema does not declare (as
// [Spec.ValidateRequest] does for request bodies). Use it for hand-written
// fake responses, where an undeclared property is most likely a typo.
func (s *Spec) ValidateResponseStrict(r *http.Request, status int, header http.Header, body []byte) error {
	return s.validateResponse(r, status, header, body, true)
}

func (s *Spec) validateResponse(r *http.Request, status int, header http.Header, body []byte, strict bool) error {
	verr := &ValidationError{Method: r.Method, Path: r.URL.Path, What: fmt.Sprintf("response %d", status)}
	route, params, ferr := s.router.FindRoute(r)
	if ferr != nil {
		verr.Problems = append(verr.Problems, ferr.Error())
		return verr
	}
	op := route.Operation
	verr.OperationID = op.OperationID
	if header == nil {
		header = http.Header{}
	}

	var declared *openapi3.ResponseRef
	if op.Responses != nil {
		declared = op.Responses.Status(status)
		if declared == nil {
			declared = op.Responses.Default()
		}
	}
	if declared == nil {
		if status >= 200 && status < 300 {
			verr.Problems = append(verr.Problems, fmt.Sprintf("status %d is not declared by operation %s (declared: %s)",
				status, op.OperationID, strings.Join(declaredStatuses(op), ", ")))
		} else if p := checkErrorEnvelope(header, body); p != "" {
			verr.Problems = append(verr.Problems, p)
		}
		if len(verr.Problems) > 0 {
			return verr
		}
		return nil
	}

	ctx := r.Context()
	if ctx == nil {
		ctx = context.Background()
	}
	opts := filterOptions()
	input := &openapi3filter.ResponseValidationInput{
		RequestValidationInput: &openapi3filter.RequestValidationInput{
			Request:    r,
			PathParams: params,
			Route:      route,
			Options:    opts,
		},
		Status:  status,
		Header:  header,
		Body:    io.NopCloser(bytes.NewReader(body)),
		Options: opts,
	}
	if err := openapi3filter.ValidateResponse(ctx, input); err != nil {
		verr.Problems = append(verr.Problems, flattenErrors(err)...)
	}
	if strict && len(body) > 0 && declared.Value != nil {
		verr.Problems = append(verr.Problems, undeclaredBodyFields(declared.Value.Content, header.Get("Content-Type"), body, "response body")...)
	}
	if len(verr.Problems) > 0 {
		return verr
	}
	return nil
}

// declaredStatuses lists the response statuses an operation declares.
func declaredStatuses(op *openapi3.Operation) []string {
	if op.Responses == nil {
		return nil
	}
	keys := make([]string, 0, op.Responses.Len())
	for k := range op.Responses.Map() {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// checkErrorEnvelope checks that body is Benchling's error envelope, a JSON
// object with an "error" object. It returns a problem description or "".
func checkErrorEnvelope(header http.Header, body []byte) string {
	if len(body) == 0 {
		return "" // e.g. a bare 401/429 from a proxy
	}
	if mt, _, err := mime.ParseMediaType(header.Get("Content-Type")); err != nil || (mt != "application/json" && !strings.HasSuffix(mt, "+json")) {
		return fmt.Sprintf("error response has Content-Type %q, want application/json", header.Get("Content-Type"))
	}
	var env map[string]json.RawMessage
	if err := json.Unmarshal(body, &env); err != nil {
		return fmt.Sprintf("error response body is not a JSON object: %v", err)
	}
	raw, ok := env["error"]
	if !ok {
		return `error response body has no "error" property`
	}
	var obj map[string]any
	if err := json.Unmarshal(raw, &obj); err != nil || obj == nil {
		return `error response property "error" is not an object`
	}
	return ""
}

// sortedKeys returns the sorted keys of a map.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// DeclaresStatus reports whether the operation request r is routed to
// declares a response for status (or a default response).
func (s *Spec) DeclaresStatus(r *http.Request, status int) bool {
	route, _, err := s.router.FindRoute(r)
	if err != nil || route.Operation.Responses == nil {
		return false
	}
	return route.Operation.Responses.Status(status) != nil || route.Operation.Responses.Default() != nil
}
