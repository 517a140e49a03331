package benchling

import (
	"bytes"
	"encoding/json"
	"fmt"
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
