package benchling

import (
	"errors"
	"fmt"
	"math"
	"net/url"
	"reflect"
	"strings"
	"sync"
	"time"

	"github.com/google/go-querystring/query"
)

// This file holds what a request needs before it is sent, shared by the
// services and by raw calls (NewRequest and Do): the query encoder, the ID
// check and escaping, and the method check.

// EncodeQuery encodes query options the way the client's own methods do,
// for a request built with NewRequest. opts is a struct with
// go-querystring `url` tags (any of the SDK's *Options types, or your
// own), a pointer to one, or url.Values; nil encodes as "". Spaces are
// written "%20", which every server decodes the same way.
//
// Lists tagged `url:",comma"` are sent as one comma-separated value, and
// Benchling documents no way to quote a comma inside one, so a member
// that contains a comma, or is empty, is an error rather than two
// members: ErrInvalidID for a list of IDs (a parameter named "ids" or
// "...Ids"), a clear error naming the parameter for other lists. NaN or an
// infinite number is an error too.
func EncodeQuery(opts any) (string, error) {
	return encodeQuery(opts, "")
}

// encodeQuery is EncodeQuery; where (such as " of GET /users") names
// the request in errors.
func encodeQuery(opts any, where string) (string, error) {
	var v url.Values
	switch o := opts.(type) {
	case nil:
		return "", nil
	case url.Values:
		v = o
	default:
		if err := checkQueryStruct(reflect.ValueOf(opts), "", where); err != nil {
			return "", err
		}
		var err error
		if v, err = query.Values(opts); err != nil {
			return "", fmt.Errorf("benchling: encoding the query%s: %w", where, err)
		}
	}
	return strings.ReplaceAll(v.Encode(), "+", "%20"), nil
}

// checkQueryStruct checks the delimited lists and the numbers of the
// options struct v (or pointer to one), with the plan of its type.
func checkQueryStruct(v reflect.Value, scope, where string) error {
	for v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface {
		if v.IsNil() {
			return nil
		}
		v = v.Elem()
	}
	if v.Kind() != reflect.Struct {
		return nil // go-querystring reports the error
	}
	for _, qc := range queryPlan(v.Type()) {
		fv, err := v.FieldByIndexErr(qc.index)
		if err != nil {
			continue // inside a nil embedded pointer: not encoded
		}
		for fv.Kind() == reflect.Pointer {
			if fv.IsNil() {
				break
			}
			fv = fv.Elem()
		}
		name := qc.name
		if scope != "" {
			name = scope + "[" + name + "]"
		}
		if err := checkQueryValue(fv, name, qc.opts, where); err != nil {
			return err
		}
	}
	return nil
}

// queryCheck is a field of an options struct whose value is checked:
// a list, a number or a nested struct.
type queryCheck struct {
	index []int  // the field, through embedded structs
	name  string // the parameter, as go-querystring names it
	opts  string // its tag options, as ",comma,omitempty,"
}

var (
	queryEncoderType = reflect.TypeFor[query.Encoder]()
	timeType         = reflect.TypeFor[time.Time]()
)

// queryPlans caches, per options type, the fields to check, so that a
// request pays for the reflection over its tags once per type.
var queryPlans sync.Map // reflect.Type -> []queryCheck

// queryPlan returns the fields of struct type t that go-querystring
// encodes (the same rules: unexported and "-" fields skipped, untagged
// embedded structs flattened) and that can hold a bad value: lists,
// numbers and nested structs (scoped as name[field]); not strings,
// booleans, integers, times or types that encode themselves.
func queryPlan(t reflect.Type) []queryCheck {
	if p, ok := queryPlans.Load(t); ok {
		return p.([]queryCheck)
	}
	var plan []queryCheck
	var walk func(t reflect.Type, prefix []int)
	walk = func(t reflect.Type, prefix []int) {
		for i := range t.NumField() {
			sf := t.Field(i)
			if sf.PkgPath != "" && !sf.Anonymous {
				continue
			}
			tag := sf.Tag.Get("url")
			if tag == "-" {
				continue
			}
			index := append(append([]int(nil), prefix...), i)
			name, opts, _ := strings.Cut(tag, ",")
			if name == "" {
				if ft := sf.Type; sf.Anonymous {
					if ft.Kind() == reflect.Pointer {
						ft = ft.Elem()
					}
					if ft.Kind() == reflect.Struct {
						walk(ft, index)
						continue
					}
				}
				name = sf.Name
			}
			if sf.Type.Implements(queryEncoderType) {
				continue
			}
			ft := sf.Type
			for ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			switch ft.Kind() {
			case reflect.Slice, reflect.Array, reflect.Float32, reflect.Float64:
			case reflect.Struct:
				if ft == timeType {
					continue
				}
			default:
				continue
			}
			plan = append(plan, queryCheck{index: index, name: name, opts: "," + opts + ","})
		}
	}
	walk(t, nil)
	p, _ := queryPlans.LoadOrStore(t, plan)
	return p.([]queryCheck)
}

// checkQueryValue checks one field's value: the members of a list joined
// by a delimiter must not contain it, and numbers must be finite.
func checkQueryValue(v reflect.Value, name, opts, where string) error {
	switch v.Kind() {
	case reflect.Float32, reflect.Float64:
		if f := v.Float(); math.IsNaN(f) || math.IsInf(f, 0) {
			return fmt.Errorf("benchling: query parameter %s%s: %v cannot be sent", name, where, f)
		}
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() {
			return nil
		}
		del := ""
		switch {
		case strings.Contains(opts, ",comma,"):
			del = ","
		case strings.Contains(opts, ",space,"):
			del = " "
		case strings.Contains(opts, ",semicolon,"):
			del = ";"
		}
		for j := range v.Len() {
			e := reflect.Indirect(v.Index(j))
			if !e.IsValid() {
				continue
			}
			if e.Kind() == reflect.Float32 || e.Kind() == reflect.Float64 {
				if err := checkQueryValue(e, name, opts, where); err != nil {
					return err
				}
				continue
			}
			if del == "" {
				continue // repeated parameters: any value is sent as is
			}
			s := fmt.Sprint(e.Interface())
			if e.Kind() == reflect.String {
				s = e.String()
			}
			if err := checkListMember(s, name, del, where); err != nil {
				return err
			}
		}
	case reflect.Struct:
		if v.Type() != timeType {
			return checkQueryStruct(v, name, where)
		}
	}
	return nil
}

// checkListMember checks one member of a delimited list parameter.
func checkListMember(s, name, del, where string) error {
	if isIDList(name) {
		if why := idProblem(s); why != "" {
			return fmt.Errorf("%w %q in query parameter %s%s: %s", ErrInvalidID, s, name, where, why)
		}
		return nil
	}
	switch {
	case s == "":
		return fmt.Errorf("benchling: query parameter %s%s: a member of the list is empty", name, where)
	case strings.Contains(s, del):
		return fmt.Errorf("benchling: query parameter %s%s: %q contains %q, which separates the members of the list, and Benchling documents no way to quote it, so it would be read as %d values",
			name, where, s, del, strings.Count(s, del)+1)
	}
	return nil
}

// isIDList reports whether a query parameter lists IDs: "ids",
// "entryIds", "authorIds.anyOf".
func isIDList(name string) bool {
	base, _, _ := strings.Cut(name, ".")
	return strings.HasSuffix(base, "Ids") || strings.HasSuffix(base, "ids") || strings.HasSuffix(base, "IDs")
}

// idProblem says why id cannot be an ID, or returns "" when it can: it
// must not be empty or blank, "." or "..", or contain "/" or "\" (which
// would change the request path) or "," (which separates IDs in a list).
func idProblem(id string) string {
	switch {
	case strings.TrimSpace(id) == "":
		return "an ID may not be empty or blank"
	case id == "." || id == "..":
		return "an ID may not be a dot segment"
	case strings.ContainsAny(id, `/\`):
		return `an ID may not contain "/" or "\"`
	case strings.Contains(id, ","):
		return "an ID may not contain a comma, which separates IDs in a list"
	}
	return ""
}

// PathEscapeID checks an ID and escapes it for a request path built for
// NewRequest, as the client's own methods do: an ID that is empty or
// blank, "." or "..", or contains "/", "\" or a comma is ErrInvalidID;
// any other is path-escaped, colons included (Benchling's paths use a
// colon for actions such as ":archive", and an ID must never name one).
func PathEscapeID(id string) (string, error) {
	if why := idProblem(id); why != "" {
		return "", fmt.Errorf("%w %q: %s", ErrInvalidID, id, why)
	}
	return escapeID(id), nil
}

// escapeID path-escapes an ID, colons included.
func escapeID(id string) string {
	return strings.ReplaceAll(url.PathEscape(id), ":", "%3A")
}

// methods are the HTTP methods a request to Benchling may use.
var methods = []string{"GET", "POST", "PATCH", "PUT", "DELETE", "HEAD"}

// checkMethod rejects a method that is not one of methods, spelled in
// upper case as HTTP requires.
func checkMethod(method string) error {
	for _, m := range methods {
		if method == m {
			return nil
		}
	}
	hint := ""
	if up := strings.ToUpper(method); up != method && checkMethod(up) == nil {
		hint = fmt.Sprintf(" (methods are case-sensitive: write %q)", up)
	}
	return fmt.Errorf("method %q is not one Benchling uses: use one of %s%s", method, strings.Join(methods, ", "), hint)
}

// escapeQuery makes a raw query string safe to send: bytes a query may
// not hold (a space, '"', '#', '<', non-ASCII...) are percent-escaped, a
// space as "%20", and everything else, existing escapes, "+" and the
// order of the parameters included, is kept. A "%" that does not start
// an escape is an error, since it cannot be told apart from one.
func escapeQuery(q string) (string, error) {
	var b strings.Builder
	for i := 0; i < len(q); i++ {
		c := q[i]
		switch {
		case c == '%':
			if i+2 >= len(q) || !isHex(q[i+1]) || !isHex(q[i+2]) {
				return "", fmt.Errorf("the query %q has a %q that does not start a percent-escape (write %%25 for a literal %%)", q, "%")
			}
		case allowedInQuery(c):
		default:
			if b.Len() == 0 {
				b.Grow(len(q) + 16)
				b.WriteString(q[:i])
			}
			fmt.Fprintf(&b, "%%%02X", c)
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(c)
		}
	}
	if b.Len() == 0 {
		return q, nil
	}
	return b.String(), nil
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// allowedInQuery reports whether RFC 3986 allows c unescaped in a query:
// unreserved characters, sub-delimiters, ":", "@", "/" and "?".
func allowedInQuery(c byte) bool {
	switch {
	case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		return true
	}
	return strings.IndexByte("-._~!$&'()*+,;=:@/?", c) >= 0
}

// errNotInitialised is returned by a Client (or a service of one) that
// NewClient did not make, such as a zero-value Client.
var errNotInitialised = errors.New("benchling: the Client is not initialised: create it with NewClient")

// ready reports whether c was made by NewClient.
func (c *Client) ready() error {
	if c == nil || c.baseURL == nil || c.auth == nil || c.retry == nil {
		return errNotInitialised
	}
	return nil
}
