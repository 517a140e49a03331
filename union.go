package benchling

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
)

// This file holds the list coding that polymorphic lists share (see
// CONTRIBUTING §2.4): a slice of an interface whose items each decode
// into the struct of their kind.

// decodeUnionList decodes a JSON array (or null, giving nil) whose items
// decode each to a T by decode; what names an item in errors ("field
// definition 3: ...").
func decodeUnionList[T any](b []byte, what string, decode func(json.RawMessage) (T, error)) ([]T, error) {
	if string(bytes.TrimSpace(b)) == "null" {
		return nil, nil
	}
	var raws []json.RawMessage
	if err := json.Unmarshal(b, &raws); err != nil {
		return nil, err
	}
	out := make([]T, len(raws))
	for i, raw := range raws {
		v, err := decode(raw)
		if err != nil {
			return nil, fmt.Errorf("%s %d: %w", what, i, err)
		}
		out[i] = v
	}
	return out, nil
}

// encodeUnionList encodes items as a JSON array (nil as null); a nil item
// is an error naming it by what.
func encodeUnionList[T any](items []T, what string) ([]byte, error) {
	if items == nil {
		return []byte("null"), nil
	}
	raws := make([]json.RawMessage, len(items))
	for i, it := range items {
		if any(it) == nil {
			return nil, fmt.Errorf("benchling: %s %d is nil", what, i)
		}
		b, err := json.Marshal(it)
		if err != nil {
			return nil, err
		}
		raws[i] = b
	}
	return json.Marshal(raws)
}

// decodeByKind decodes one value of a union told apart by the string
// property key of its JSON (a discriminator such as "type"): newKind
// returns a new value of the struct the kind decodes into, or a nil
// interface for a kind this SDK does not know, which unknown then makes
// from the kind and the raw JSON (keeping it). A value of a known kind
// that does not fit its struct is an error naming the kind; what names
// the union in it ("block", "event").
func decodeByKind[U any](raw json.RawMessage, key, what string, newKind func(kind string) U, unknown func(kind string, raw json.RawMessage) U) (U, error) {
	var zero U
	var head map[string]json.RawMessage
	if err := json.Unmarshal(raw, &head); err != nil {
		return zero, err
	}
	var kind string
	_ = json.Unmarshal(head[key], &kind) // absent or not a string: no kind
	v := newKind(kind)
	if any(v) == nil {
		return unknown(kind, bytes.Clone(raw)), nil
	}
	if err := json.Unmarshal(raw, v); err != nil {
		return zero, fmt.Errorf("decoding %s %s: %w", kind, what, err)
	}
	return v, nil
}

// unionDecoder is a type whose zero value decodes one value of the union
// U: the type parameter of unionJSON, so that lists can decode items of
// a union one at a time (listUnion).
type unionDecoder[U any] interface {
	decode(json.RawMessage) (U, error)
}

// unionJSON holds one decoded value of the union U, which D decodes.
type unionJSON[U any, D unionDecoder[U]] struct{ v U }

// UnmarshalJSON decodes the value with D.
func (h *unionJSON[U, D]) UnmarshalJSON(b []byte) error {
	var d D
	v, err := d.decode(b)
	h.v = v
	return err
}

// listUnion is list for a list whose items are a union U (decoded by D):
// one page, its items as U values.
func listUnion[U any, D unionDecoder[U]](ctx context.Context, c *Client, method string, r route, key string, query any) ([]U, *Response, error) {
	items, resp, err := list[unionJSON[U, D]](ctx, c, method, r, key, query, nil)
	if err != nil {
		return nil, resp, err
	}
	out := make([]U, len(items))
	for i, it := range items {
		if it != nil {
			out[i] = it.v
		}
	}
	return out, resp, nil
}

// callUnion is call for an answer that is one value of the union U.
func callUnion[U any, D unionDecoder[U]](ctx context.Context, c *Client, method string, r route, opts, body any) (U, *Response, error) {
	h, resp, err := call[unionJSON[U, D]](ctx, c, method, r, opts, body)
	if err != nil {
		var zero U
		return zero, resp, err
	}
	return h.v, resp, nil
}

// unionRefs turns a one-page list of union values into one of pointers to
// them, the shape pages and all take: Page[U].Items holds *U.
func unionRefs[U, P any](list func(context.Context, P) ([]U, *Response, error)) func(context.Context, P) ([]*U, *Response, error) {
	return func(ctx context.Context, opts P) ([]*U, *Response, error) {
		items, resp, err := list(ctx, opts)
		if err != nil {
			return nil, resp, err
		}
		refs := make([]*U, len(items))
		for i := range items {
			refs[i] = &items[i]
		}
		return refs, resp, nil
	}
}

// allUnion is all for a list of union values: it yields the values
// themselves, with all's guarantees.
func allUnion[U, O any, P pageable[O]](ctx context.Context, opts P, list func(context.Context, P) ([]U, *Response, error)) iter.Seq2[U, error] {
	return func(yield func(U, error) bool) {
		for v, err := range all(ctx, opts, unionRefs(list)) {
			if err != nil {
				var zero U
				yield(zero, err)
				return
			}
			if !yield(*v, nil) {
				return
			}
		}
	}
}

// pagesUnion is pages for a list of union values.
func pagesUnion[U, O any, P pageable[O]](ctx context.Context, opts P, list func(context.Context, P) ([]U, *Response, error)) iter.Seq2[*Page[U], error] {
	return pages(ctx, opts, unionRefs(list))
}

// rawUnknown is the MarshalJSON of an unknown-kind fallback: the JSON it
// kept, which must be one JSON value (an empty or invalid Raw is an error
// naming the type, rather than a body the server cannot read).
func rawUnknown(raw json.RawMessage, typ, what string) ([]byte, error) {
	if len(raw) == 0 || !json.Valid(raw) {
		return nil, errors.New("benchling: " + typ + ".Raw is not a JSON " + what)
	}
	return raw, nil
}

// byProperty is a branch of a union whose branches are told apart by a
// property only its members have (there is no discriminator): a value
// with the property prop decodes into new().
type byProperty[T any] struct {
	prop string
	new  func() T
}

// decodeByProperty decodes a member of such a union: into the first
// branch whose property the value has, or, when it has none, into
// unknown, given a copy of the value's JSON.
func decodeByProperty[T any](raw json.RawMessage, unknown func(json.RawMessage) T, branches ...byProperty[T]) (T, error) {
	var head map[string]json.RawMessage
	if err := json.Unmarshal(raw, &head); err != nil {
		var zero T
		return zero, err
	}
	for _, b := range branches {
		if head[b.prop] != nil {
			v := b.new()
			return v, json.Unmarshal(raw, v)
		}
	}
	return unknown(bytes.Clone(raw)), nil
}

// rawOrEmpty returns raw JSON kept by an unknown union member ({} when
// empty), or an error naming the type when it is not valid JSON.
func rawOrEmpty(raw json.RawMessage, typ string) ([]byte, error) {
	if len(raw) == 0 {
		return []byte("{}"), nil
	}
	if !json.Valid(raw) {
		return nil, errors.New("benchling: " + typ + ".Raw is not valid JSON")
	}
	return raw, nil
}
