package benchling

import (
	"fmt"
	"reflect"
	"strings"
)

// needIDs makes r invalid, with an error matching ErrInvalidID, when ids,
// the operation's required list param (a query parameter or a body
// property), is empty: an operation that needs IDs fails before anything
// is sent (CONTRIBUTING.md §1.4).
func (r route) needIDs(param string, ids []string) route {
	if r.err == nil && len(ids) == 0 {
		r.err = fmt.Errorf("%w: %s needs at least one ID in %s, and got none", ErrInvalidID, r.path, param)
	}
	return r
}

// needBodyIDs is needIDs for the []string field of body (a pointer to a
// struct) whose JSON name is param; a nil body has none.
func (r route) needBodyIDs(body any, param string) route {
	return r.needIDs(param, bodyStrings(body, param))
}

// bodyStrings returns the []string field of the struct body points to
// whose JSON name is name, or nil.
func bodyStrings(body any, name string) []string {
	v := reflect.ValueOf(body)
	if v.Kind() != reflect.Pointer || v.IsNil() || v.Elem().Kind() != reflect.Struct {
		return nil
	}
	v = v.Elem()
	for i := range v.NumField() {
		f := v.Type().Field(i)
		if tag, _, _ := strings.Cut(f.Tag.Get("json"), ","); tag == name {
			s, _ := v.Field(i).Interface().([]string)
			return s
		}
	}
	return nil
}
