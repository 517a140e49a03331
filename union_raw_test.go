package benchling

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestUnknownFallbacksMarshalTheirRaw: an unknown-kind fallback marshals
// to the JSON it kept, byte for byte, and one with no or invalid JSON is
// an error naming its type rather than a body the server cannot read.
func TestUnknownFallbacksMarshalTheirRaw(t *testing.T) {
	raw := json.RawMessage(`{"type":"future_kind","id":"x1","extra":[1,2]}`)
	for name, mk := range map[string]func(json.RawMessage) json.Marshaler{
		"UnknownUIBlock":            func(r json.RawMessage) json.Marshaler { return &UnknownUIBlock{Raw: r} },
		"UnknownTableUIBlockSource": func(r json.RawMessage) json.Marshaler { return &UnknownTableUIBlockSource{Raw: r} },
		"UnknownAppConfigItem":      func(r json.RawMessage) json.Marshaler { return &UnknownAppConfigItem{Raw: r} },
		"UnknownEvent":              func(r json.RawMessage) json.Marshaler { return &UnknownEvent{Raw: r} },
	} {
		got, err := json.Marshal(mk(raw))
		if err != nil || string(got) != string(raw) {
			t.Errorf("%s: Marshal = %s, %v; want %s", name, got, err, raw)
		}
		for _, bad := range []json.RawMessage{nil, json.RawMessage(`{"type":`)} {
			if _, err := json.Marshal(mk(bad)); err == nil || !strings.Contains(err.Error(), name+".Raw is not a JSON") {
				t.Errorf("%s with Raw %q: err = %v, want one naming %s", name, bad, err, name)
			}
		}
	}
}
