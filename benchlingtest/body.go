package benchlingtest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strings"
)

// bodySchema is what a request body (or one item of a bulk body) may
// carry: its properties, their JSON types and which are required. It is
// written in a notation that mirrors the spec's property lists, one
// property per word:
//
//	name:type     type is string, boolean, integer, number, object, any
//	              or null, []type for an array, a|b for either
//	name:type?    the value may also be null
//	name:type!    the property is required (present and not null)
//
// For example body("aliases:[]string aminoAcids:string! authorIds:[]string
// fields:object name:string!"). A later word for the same name replaces an
// earlier one, so shared parts can be combined and refined:
// body(entityWrite, "name:string!"). Schemas named in the spec (Fields,
// AaAnnotation) are written as object (or []object); enums as string.
type bodySchema struct {
	props []prop // in the order written; required checks follow it
	index map[string]int
}

type prop struct {
	name     string
	kinds    []jsonKind // alternatives
	nullable bool
	required bool
}

type jsonKind struct {
	base string // string, boolean, integer, number, object, any, null
	list bool
}

func (k jsonKind) String() string {
	if k.list {
		return "an array of " + k.base + "s"
	}
	switch k.base {
	case "integer", "object", "array":
		return "an " + k.base
	case "any":
		return "any value"
	case "null":
		return "null"
	}
	return "a " + k.base
}

var jsonBases = []string{"string", "boolean", "integer", "number", "object", "any", "null"}

// body parses the notation; it panics on a malformed word, which is a
// mistake in a resource's description that every test of the package
// reaches.
func body(parts ...string) *bodySchema {
	s := &bodySchema{index: map[string]int{}}
	for _, part := range parts {
		for _, w := range strings.Fields(part) {
			p := parseProp(w)
			if i, ok := s.index[p.name]; ok {
				s.props[i] = p
				continue
			}
			s.index[p.name] = len(s.props)
			s.props = append(s.props, p)
		}
	}
	return s
}

func parseProp(w string) prop {
	name, typ, ok := strings.Cut(w, ":")
	if !ok || name == "" || typ == "" {
		panic(fmt.Sprintf("benchlingtest: bad property %q in a body schema: want name:type", w))
	}
	p := prop{name: name}
	for {
		if t, ok := strings.CutSuffix(typ, "!"); ok {
			typ, p.required = t, true
		} else if t, ok := strings.CutSuffix(typ, "?"); ok {
			typ, p.nullable = t, true
		} else {
			break
		}
	}
	for _, alt := range strings.Split(typ, "|") {
		k := jsonKind{}
		k.base, k.list = strings.CutPrefix(alt, "[]")
		if !slices.Contains(jsonBases, k.base) {
			panic(fmt.Sprintf("benchlingtest: bad type %q of property %q in a body schema", alt, name))
		}
		if k.base == "null" {
			p.nullable = true
		}
		p.kinds = append(p.kinds, k)
	}
	return p
}

// with returns a copy of the schema with more (or replaced) properties.
func (s *bodySchema) with(parts ...string) *bodySchema {
	c := &bodySchema{props: slices.Clone(s.props), index: make(map[string]int, len(s.index))}
	for k, v := range s.index {
		c.index[k] = v
	}
	n := body(parts...)
	for _, p := range n.props {
		if i, ok := c.index[p.name]; ok {
			c.props[i] = p
			continue
		}
		c.index[p.name] = len(c.props)
		c.props = append(c.props, p)
	}
	return c
}

// propsOrNil returns the properties (none for a nil schema).
func (s *bodySchema) propsOrNil() []prop {
	if s == nil {
		return nil
	}
	return s.props
}

func (s *bodySchema) prop(name string) (prop, bool) {
	i, ok := s.index[name]
	if !ok {
		return prop{}, false
	}
	return s.props[i], true
}

// check checks an object's properties and types (not whether required
// ones are there: see missing). It returns a message like "Unknown field
// \"x\" in the request body.", or "".
func (s *bodySchema) check(obj map[string]any) string {
	keys := make([]string, 0, len(obj))
	for k := range obj {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		p, ok := s.prop(k)
		if !ok {
			return fmt.Sprintf("Unknown field %q in the request body.", k)
		}
		if !p.accepts(obj[k]) {
			return fmt.Sprintf("Invalid value for field %q: expected %s.", k, p.describe())
		}
	}
	return ""
}

// missing returns "<name> is required" for the first required property
// obj lacks (or has as null or "", as Benchling treats an empty required
// string), or "".
func (s *bodySchema) missing(obj map[string]any) string {
	for _, p := range s.props {
		if v := obj[p.name]; p.required && (v == nil || v == "") {
			return p.name + " is required"
		}
	}
	return ""
}

func (p prop) describe() string {
	parts := make([]string, len(p.kinds))
	for i, k := range p.kinds {
		parts[i] = k.String()
	}
	return strings.Join(parts, " or ")
}

func (p prop) accepts(v any) bool {
	if v == nil {
		return p.nullable || p.required // a required null is reported by missing
	}
	return slices.ContainsFunc(p.kinds, func(k jsonKind) bool { return k.accepts(v) })
}

func (k jsonKind) accepts(v any) bool {
	if !k.list {
		return kindOf(k.base, v)
	}
	l, ok := v.([]any)
	if !ok {
		return false
	}
	for _, e := range l {
		if !kindOf(k.base, e) {
			return false
		}
	}
	return true
}

func kindOf(base string, v any) bool {
	switch base {
	case "any":
		return true
	case "null":
		return v == nil
	case "string":
		_, ok := v.(string)
		return ok
	case "boolean":
		_, ok := v.(bool)
		return ok
	case "number":
		_, ok := v.(float64)
		return ok
	case "integer":
		f, ok := v.(float64)
		return ok && f == math.Trunc(f)
	case "object":
		_, ok := v.(map[string]any)
		return ok
	}
	return false
}

// maxBody is the most of a request body the server reads.
const maxBody = 100 << 20

// decodeObject decodes a request body that must be a JSON object.
func (c *call) decodeObject() (map[string]any, *httpError) {
	if c.bodyErr != nil {
		return nil, badRequest("Could not read the request body.")
	}
	if len(bytes.TrimSpace(c.body)) == 0 {
		return nil, badRequest("The request body is empty; expected a JSON object.")
	}
	dec := json.NewDecoder(bytes.NewReader(c.body))
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, badRequest("The request body is not valid JSON: %v.", err)
	}
	if dec.More() {
		return nil, badRequest("The request body has trailing data after the JSON object.")
	}
	obj, ok := v.(map[string]any)
	if !ok {
		return nil, badRequest("The request body is not a JSON object.")
	}
	return obj, nil
}

// decodeBody decodes the request body and checks it against s: unknown
// properties and wrong types are a 400, as Benchling's request schemas
// forbid additional properties. Required properties are not checked here.
func (c *call) decodeBody(s *bodySchema) (map[string]any, *httpError) {
	obj, herr := c.decodeObject()
	if herr != nil {
		return nil, herr
	}
	if msg := s.check(obj); msg != "" {
		return nil, badRequest("%s", msg)
	}
	return obj, nil
}
