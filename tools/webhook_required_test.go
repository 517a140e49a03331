package tools

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/benchling-go/benchling/tools/internal/v3spec"
	"github.com/benchling-go/benchling/webhook"
	"github.com/getkin/kin-openapi/openapi3"
	"github.com/google/go-cmp/cmp"
)

// specRequired returns the JSON paths of the properties schema requires,
// following allOf and nested objects, and whether each may be null.
func specRequired(ref *openapi3.SchemaRef, prefix string, out map[string]bool) {
	if ref == nil || ref.Value == nil {
		return
	}
	s := ref.Value
	for _, sub := range s.AllOf {
		specRequired(sub, prefix, out)
	}
	for _, name := range s.Required {
		out[prefix+name] = schemaNullable(s, name)
	}
	for name, prop := range s.Properties {
		specRequired(prop, prefix+name+".", out)
	}
}

// schemaNullable reports whether property name of s may be null.
func schemaNullable(s *openapi3.Schema, name string) bool {
	p := s.Properties[name]
	return p != nil && p.Value != nil && (p.Value.Nullable || p.Value.Type.IncludesNull())
}

// jsonPaths returns the paths of every property of the JSON object v.
func jsonPaths(v map[string]any, prefix string) []string {
	var out []string
	for k, sub := range v {
		out = append(out, prefix+k)
		if obj, ok := sub.(map[string]any); ok {
			out = append(out, jsonPaths(obj, prefix+k+".")...)
		}
	}
	slices.Sort(out)
	return out
}

// withoutPath returns a copy of the JSON body data with the property at
// path removed (or set to null).
func withoutPath(t *testing.T, data []byte, path string, null bool) []byte {
	t.Helper()
	var v map[string]any
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	parts := strings.Split(path, ".")
	obj := v
	for _, p := range parts[:len(parts)-1] {
		obj = obj[p].(map[string]any)
	}
	if null {
		obj[parts[len(parts)-1]] = nil
	} else {
		delete(obj, parts[len(parts)-1])
	}
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestWebhookParseRequiresWhatTheSpecRequires removes, for every event type
// of the spec, each property of a spec-valid envelope in turn, and sets it
// to null, and checks that webhook.Parse rejects exactly the bodies that
// lack a property the envelope's schema requires (ErrMissingField, naming
// it), and accepts the others.
func TestWebhookParseRequiresWhatTheSpecRequires(t *testing.T) {
	doc := v3spec.Load(t)
	envelopes := map[string]string{}
	for _, ev := range webhookEvents(t, doc) {
		envelopes[ev.Type] = ev.Envelope
	}
	for _, typ := range webhook.EventTypes() {
		t.Run(typ, func(t *testing.T) {
			base := webhookBody(t, typ)
			var value map[string]any
			if err := json.Unmarshal(base, &value); err != nil {
				t.Fatal(err)
			}
			schema := doc.Components.Schemas[envelopes[typ]]
			if err := schema.Value.VisitJSON(value); err != nil {
				t.Fatalf("the base body does not match %s: %v", envelopes[typ], err)
			}
			if _, err := webhook.Parse(base); err != nil {
				t.Fatalf("Parse(base) = %v", err)
			}
			required := map[string]bool{}
			specRequired(schema, "", required)
			var rejected []string
			for _, path := range jsonPaths(value, "") {
				for _, null := range []bool{false, true} {
					body := withoutPath(t, base, path, null)
					specOK := schema.Value.VisitJSON(decodeAny(t, body)) == nil
					_, err := webhook.Parse(body)
					var pe *webhook.PayloadError
					switch {
					case err == nil && !specOK:
						t.Errorf("Parse(body with %s %s) = nil; the spec rejects it", path, nullOrRemoved(null))
					case err != nil && specOK:
						t.Errorf("Parse(body with %s %s) = %v; the spec allows it", path, nullOrRemoved(null), err)
					case err != nil && (!errors.As(err, &pe) || !errors.Is(err, webhook.ErrMissingField) || pe.Field != path):
						t.Errorf("Parse(body with %s %s) = %v; want a missing-field error naming %s", path, nullOrRemoved(null), err, path)
					}
					if err != nil && !null {
						rejected = append(rejected, path)
					}
				}
			}
			var want []string
			for path := range required {
				want = append(want, path)
			}
			slices.Sort(want)
			if diff := cmp.Diff(want, rejected); diff != "" {
				t.Errorf("properties Parse requires differ from the spec's required ones (-spec +Parse):\n%s", diff)
			}
		})
	}
}

func nullOrRemoved(null bool) string {
	if null {
		return "set to null"
	}
	return "removed"
}

func decodeAny(t *testing.T, data []byte) any {
	t.Helper()
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	return v
}
