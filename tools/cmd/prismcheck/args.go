package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"

	"github.com/benchling-go/benchling"
)

// Two UUIDs for parameters of format uuid.
const (
	uuid1 = "3f0c8e4a-1b2c-4d5e-8f90-a1b2c3d4e5f6"
	uuid2 = "7a1d2e3f-4b5c-4d6e-9f01-b2c3d4e5f607"
)

// fixture returns the spec fixture testdata/spec/<operationId>.<suffix>.json
// of o, or nil.
func fixture(repo string, o *operation, suffix string) []byte {
	if o == nil {
		return nil
	}
	b, err := os.ReadFile(filepath.Join(repo, "testdata", "spec", o.ID+"."+suffix+".json"))
	if err != nil {
		return nil
	}
	return b
}

// makeArg builds an argument of type in for a method of operation o (nil:
// unknown). String arguments take, in order, the values of o's path
// parameters and then of its required string query parameters (*strIdx
// counts them).
func makeArg(ctx context.Context, repo string, o *operation, in reflect.Type, variant string, strIdx *int) (reflect.Value, error) {
	switch {
	case in == reflect.TypeFor[context.Context]():
		return reflect.ValueOf(ctx), nil
	case in.Kind() == reflect.String && in.Name() == "string":
		v := stringArg(o, *strIdx)
		*strIdx++
		return reflect.ValueOf(v), nil
	case in.Kind() == reflect.String:
		// an enum argument: the first value the spec's required query parameter allows
		v := reflect.New(in).Elem()
		if o != nil {
			for _, p := range o.Params {
				if p.Required && len(p.Enum) > 0 && p.In == "query" {
					v.SetString(fmt.Sprint(p.Enum[0]))
					break
				}
			}
		}
		return v, nil
	case in == reflect.TypeFor[[]string]():
		if wantsUUID(o) {
			return reflect.ValueOf([]string{uuid1, uuid2}), nil
		}
		return reflect.ValueOf([]string{"id_1", "id_2"}), nil
	case in.Kind() == reflect.Int || in.Kind() == reflect.Int64:
		v := reflect.New(in).Elem()
		v.SetInt(1)
		return v, nil
	case in == reflect.TypeFor[[]byte]():
		return reflect.ValueOf([]byte("hello")), nil
	case in == reflect.TypeFor[io.Reader]():
		return reflect.ValueOf(strings.NewReader("hello")), nil
	case in == reflect.TypeFor[io.Writer]():
		return reflect.ValueOf(io.Discard), nil
	case in.Kind() == reflect.Func:
		// a callback: io.Discard for a writer, zero values (a nil error) otherwise
		return reflect.MakeFunc(in, func([]reflect.Value) []reflect.Value {
			outs := make([]reflect.Value, in.NumOut())
			for k := range outs {
				outs[k] = reflect.Zero(in.Out(k))
				if in.Out(k) == reflect.TypeFor[io.Writer]() {
					outs[k] = reflect.ValueOf(io.Writer(io.Discard))
				}
			}
			return outs
		}), nil
	case isOpts(in):
		if variant == "nil-opts" {
			return reflect.Zero(in), nil
		}
		v := reflect.New(in.Elem())
		fillOpts(v.Elem(), o)
		return v, nil
	case in.Kind() == reflect.Pointer && in.Elem().Kind() == reflect.Struct:
		v := reflect.New(in.Elem())
		if b := fixture(repo, o, "request"); b != nil {
			if err := json.Unmarshal(b, v.Interface()); err != nil {
				return reflect.Value{}, fmt.Errorf("request fixture of %s does not decode into %s: %v", o.ID, in, err)
			}
		}
		return v, nil
	case in.Kind() == reflect.Slice:
		return sliceArg(repo, o, in)
	case in.Kind() == reflect.Struct:
		return reflect.New(in).Elem(), nil
	case in.Kind() == reflect.Interface:
		impl, ok := unionImpls[in]
		if !ok {
			return reflect.Value{}, fmt.Errorf("cannot build an argument of interface type %s (add it to unionImpls)", in)
		}
		v := reflect.New(impl.Elem())
		if b := fixture(repo, o, "request"); b != nil {
			if err := json.Unmarshal(b, v.Interface()); err != nil {
				return reflect.Value{}, fmt.Errorf("request fixture of %s does not decode into %s: %v", o.ID, impl, err)
			}
		}
		return v, nil
	}
	return reflect.Zero(in), nil
}

// unionImpls gives, for each union-typed argument (an interface only the
// SDK implements), the concrete type that takes the spec's fixtures: these
// are items whose value is a string (a linked resource's ID).
var unionImpls = map[reflect.Type]reflect.Type{
	reflect.TypeFor[benchling.AppConfigItemCreate]():     reflect.TypeFor[*benchling.AppConfigItemGenericCreate](),
	reflect.TypeFor[benchling.AppConfigItemUpdate]():     reflect.TypeFor[*benchling.AppConfigItemGenericUpdate](),
	reflect.TypeFor[benchling.AppConfigItemBulkUpdate](): reflect.TypeFor[*benchling.AppConfigItemGenericBulkUpdate](),
}

// stringArg is the value of the i-th string argument of o's method.
func stringArg(o *operation, i int) string {
	v := "id_1"
	if o == nil {
		return v
	}
	var strs []param
	for _, p := range o.Params {
		if p.In == "path" {
			strs = append(strs, p)
		}
	}
	for _, p := range o.Params {
		if p.In == "query" && p.Required && p.Type == "string" {
			strs = append(strs, p)
		}
	}
	if i >= len(strs) {
		return v
	}
	p := strs[i]
	if s, ok := p.Example.(string); ok && s != "" {
		v = s
	}
	if len(p.Enum) > 0 {
		v = fmt.Sprint(p.Enum[0])
	}
	if p.Format == "uuid" {
		v = uuid1
	}
	return v
}

// sliceArg is a body given as its only list (CONTRIBUTING.md §1.4): the
// list of the request fixture, else one zero item.
func sliceArg(repo string, o *operation, in reflect.Type) (reflect.Value, error) {
	v := reflect.MakeSlice(in, 0, 1)
	if b := fixture(repo, o, "request"); b != nil {
		list := json.RawMessage(b)
		var m map[string]json.RawMessage
		if json.Unmarshal(b, &m) == nil {
			list = nil
			for _, k := range sortedKeys(m) {
				if raw := m[k]; len(raw) > 0 && raw[0] == '[' {
					list = raw
					break
				}
			}
		}
		var items []json.RawMessage
		if list != nil {
			if err := json.Unmarshal(list, &items); err != nil {
				return reflect.Value{}, fmt.Errorf("request fixture of %s has no list for %s: %v", o.ID, in, err)
			}
		}
		for i, raw := range items {
			it, err := decodeItem(raw, in.Elem())
			if err != nil {
				return reflect.Value{}, fmt.Errorf("request fixture of %s: item %d does not decode into %s: %v", o.ID, i, in.Elem(), err)
			}
			v = reflect.Append(v, it)
		}
	}
	if v.Len() == 0 {
		it := reflect.New(in.Elem()).Elem()
		switch impl, ok := unionImpls[in.Elem()]; {
		case ok:
			it = reflect.New(impl.Elem())
		case in.Elem().Kind() == reflect.Pointer:
			it = reflect.New(in.Elem().Elem())
		}
		v = reflect.Append(v, it)
	}
	return v, nil
}

// decodeItem decodes raw into a value of type t (for a union interface,
// into its type in unionImpls).
func decodeItem(raw json.RawMessage, t reflect.Type) (reflect.Value, error) {
	if impl, ok := unionImpls[t]; ok {
		p := reflect.New(impl.Elem())
		return p, json.Unmarshal(raw, p.Interface())
	}
	p := reflect.New(t)
	return p.Elem(), json.Unmarshal(raw, p.Interface())
}

// wantsUUID reports whether o's ID lists are UUIDs.
func wantsUUID(o *operation) bool {
	if o == nil {
		return false
	}
	for _, p := range o.Params {
		if p.Format == "uuid" || p.ItemsFmt == "uuid" {
			return true
		}
	}
	return o.Body != nil && len(o.Body.UUIDProps) > 0
}

// fillOpts sets every field of the options struct v to a value o's query
// parameter of the same name accepts.
func fillOpts(v reflect.Value, o *operation) {
	t := v.Type()
	for i := range t.NumField() {
		f := t.Field(i)
		fv := v.Field(i)
		if f.Anonymous && f.Type.Kind() == reflect.Struct {
			fillOpts(fv, o)
			continue
		}
		tag, _, _ := strings.Cut(f.Tag.Get("url"), ",")
		if tag == "" || tag == "-" || !f.IsExported() {
			continue
		}
		var p *param
		if o != nil {
			for k := range o.Params {
				if o.Params[k].Name == tag && o.Params[k].In == "query" {
					p = &o.Params[k]
				}
			}
		}
		fillOpt(fv, tag, p)
	}
}

// fillOpt sets the option field fv (query parameter tag, declared as p,
// nil if not) to a value the spec accepts.
func fillOpt(fv reflect.Value, tag string, p *param) {
	switch {
	case tag == "pageSize" && p == nil:
		// the SDK refuses a page size where the spec has none
	case tag == "pageSize":
		fv.SetInt(5)
	case p != nil && p.Format == "uuid" && fv.Kind() == reflect.String:
		fv.SetString(uuid1)
	case p != nil && p.ItemsFmt == "uuid" && fv.Type() == reflect.TypeFor[[]string]():
		fv.Set(reflect.ValueOf([]string{uuid1, uuid2}))
	case p != nil && p.Format == "uuid" && fv.Type() == reflect.TypeFor[[]string]():
		// the spec types the list as one uuid string: send one
		fv.Set(reflect.ValueOf([]string{uuid1}))
	case tag == "nextToken":
		fv.SetString("tok")
	case fv.Kind() == reflect.String:
		s := "abc"
		if p != nil && len(p.Enum) > 0 {
			s = fmt.Sprint(p.Enum[0])
		} else if p != nil {
			if e, ok := p.Example.(string); ok && e != "" {
				s = e
			}
		}
		if strings.HasPrefix(tag, "scheduledOn") {
			s = "2020-01-01"
		}
		if p == nil && strings.Contains(tag, "At") {
			s = "> 2022-03-01"
		}
		fv.SetString(s)
	case fv.Kind() == reflect.Int || fv.Kind() == reflect.Int64:
		fv.SetInt(3)
	case fv.Kind() == reflect.Float64:
		fv.SetFloat(1.5)
	case fv.Kind() == reflect.Bool:
		fv.SetBool(true)
	case fv.Kind() == reflect.Pointer && fv.Type().Elem().Kind() == reflect.Bool:
		fv.Set(reflect.ValueOf(benchling.Ptr(true)))
	case fv.Kind() == reflect.Pointer && fv.Type().Elem().Kind() == reflect.Int:
		fv.Set(reflect.ValueOf(benchling.Ptr(3)))
	case fv.Kind() == reflect.Slice && fv.Type().Elem().Kind() == reflect.String:
		vals := []string{"a_1", "a_2"}
		if p != nil && len(p.ItemsEnum) > 0 {
			vals = []string{fmt.Sprint(p.ItemsEnum[0])}
		}
		s := reflect.MakeSlice(fv.Type(), len(vals), len(vals))
		for k, x := range vals {
			s.Index(k).SetString(x)
		}
		fv.Set(s)
	case fv.Kind() == reflect.Map && fv.Type().Key().Kind() == reflect.String && fv.Type().Elem().Kind() == reflect.String:
		m := reflect.MakeMap(fv.Type())
		m.SetMapIndex(reflect.ValueOf("Field").Convert(fv.Type().Key()), reflect.ValueOf("v").Convert(fv.Type().Elem()))
		fv.Set(m)
	}
}
