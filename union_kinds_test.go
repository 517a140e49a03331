package benchling

import (
	"encoding/json"
	"strings"
	"testing"
)

// kindA and kindUnknown are a small union for the tests of decodeByKind.
type kindValue interface{ kind() string }

type kindA struct {
	Kind string `json:"k"`
	N    int    `json:"n"`
}

type kindUnknown struct {
	Kind string
	Raw  json.RawMessage
}

func (*kindA) kind() string         { return "a" }
func (u *kindUnknown) kind() string { return u.Kind }

func decodeKindValue(raw json.RawMessage) (kindValue, error) {
	return decodeByKind(raw, "k", "test value", func(k string) kindValue {
		if k == "a" {
			return &kindA{}
		}
		return nil
	}, func(k string, raw json.RawMessage) kindValue { return &kindUnknown{Kind: k, Raw: raw} })
}

// TestDecodeByKind: the discriminator picks the struct; an unknown, absent
// or non-string discriminator gives the unknown value with the JSON kept
// (a copy); a known kind that does not fit, or JSON that is no object, is
// an error naming the kind.
func TestDecodeByKind(t *testing.T) {
	v, err := decodeKindValue([]byte(`{"k":"a","n":3}`))
	if a, ok := v.(*kindA); err != nil || !ok || a.N != 3 {
		t.Errorf("known kind: %#v, %v", v, err)
	}
	for _, raw := range []string{`{"k":"b","x":1}`, `{"x":1}`, `{"k":7}`} {
		buf := []byte(raw)
		v, err := decodeKindValue(buf)
		u, ok := v.(*kindUnknown)
		if err != nil || !ok || string(u.Raw) != raw {
			t.Errorf("%s: %#v, %v", raw, v, err)
			continue
		}
		buf[0] = 'X' // the unknown value keeps its own copy
		if u.Raw[0] != '{' {
			t.Errorf("%s: the raw JSON is shared with the input", raw)
		}
	}
	if _, err := decodeKindValue([]byte(`{"k":"a","n":"three"}`)); err == nil || !strings.Contains(err.Error(), "decoding a test value") {
		t.Errorf("a known kind that does not fit: %v", err)
	}
	if _, err := decodeKindValue([]byte(`[1]`)); err == nil {
		t.Error("an array decoded")
	}
}

// TestUnionJSON: a list of a union decodes item by item through its
// decoder, and an item's error fails the list.
func TestUnionJSON(t *testing.T) {
	var items []*unionJSON[Event, eventDecoder]
	if err := json.Unmarshal([]byte(`[{"eventType":"v2.entry.created","id":"evt_1"},{"eventType":"v9.new","id":"evt_2"}]`), &items); err != nil {
		t.Fatal(err)
	}
	if _, ok := items[0].v.(*EntryCreatedEvent); !ok {
		t.Errorf("item 0 = %T", items[0].v)
	}
	if u, ok := items[1].v.(*UnknownEvent); !ok || u.ID != "evt_2" {
		t.Errorf("item 1 = %#v", items[1].v)
	}
	if err := json.Unmarshal([]byte(`[{"eventType":"v2.entry.created","entry":7}]`), &items); err == nil {
		t.Error("a malformed item decoded")
	}
}
