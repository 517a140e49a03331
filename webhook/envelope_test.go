package webhook

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "envelopes", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestWebhookParseFixtures(t *testing.T) {
	env, err := Parse(readFixture(t, "dna_sequence_created.json"))
	if err != nil {
		t.Fatal(err)
	}
	want := &Envelope{
		Version:       "0",
		BaseURL:       "https://mytenant.benchling.com",
		TenantID:      "ten_7fbo183",
		App:           App{ID: "app_1jdbvuo2740aslk"},
		AppDefinition: AppDefinition{ID: "appdef_1jdbvuo2740aslk", VersionNumber: "0.0.1"},
		Message: &DnaSequenceCreated{Event{
			ID:         "evt_1jdbvuo2740aslk",
			EventType:  EventDnaSequenceCreated,
			CreatedAt:  time.Date(2024, 5, 1, 12, 0, 0, 123e6, time.UTC),
			ResourceID: "seq_1jdbvuo2740aslk",
			Stability:  StabilityStable,
		}},
	}
	if diff := cmp.Diff(want, env); diff != "" {
		t.Errorf("Parse(dna_sequence_created) mismatch (-want +got):\n%s", diff)
	}

	env, err = Parse(readFixture(t, "dna_sequence_updated.json"))
	if err != nil {
		t.Fatal(err)
	}
	m, ok := env.Message.(*DnaSequenceUpdated)
	if !ok {
		t.Fatalf("Parse(dna_sequence_updated).Message is %T, want *DnaSequenceUpdated", env.Message)
	}
	if m.Type() != "v3.dnaSequence.updated" || !m.Deprecated || m.Stability != StabilityBeta ||
		!reflect.DeepEqual(m.Properties, []string{"name", "folderId"}) || env.AppDefinition.ID != "" {
		t.Errorf("Parse(dna_sequence_updated) = %+v, message %+v", env, m)
	}
}

// TestWebhookParseEveryEvent decodes each generated event type from an
// envelope carrying it and checks the concrete type and its fields.
func TestWebhookParseEveryEvent(t *testing.T) {
	base := readFixture(t, "dna_sequence_updated.json")
	if len(EventTypes()) != len(eventSchemas) {
		t.Fatalf("EventTypes() has %d entries, eventSchemas %d", len(EventTypes()), len(eventSchemas))
	}
	for _, typ := range EventTypes() {
		body := bytes.Replace(base, []byte(`"v3.dnaSequence.updated"`), []byte(`"`+typ+`"`), 1)
		env, err := Parse(body)
		if err != nil {
			t.Fatalf("Parse(%s) = %v", typ, err)
		}
		if got := env.Message.Type(); got != typ {
			t.Errorf("Parse(%s).Message.Type() = %q", typ, got)
		}
		// The concrete type is named after the schema (XxxWebhookV3 → *Xxx).
		wantName := strings.TrimSuffix(eventSchemas[typ][1], "WebhookV3")
		if got := reflect.TypeOf(env.Message); got.Kind() != reflect.Pointer || got.Elem().Name() != wantName {
			t.Errorf("Parse(%s).Message is %v, want *%s", typ, got, wantName)
		}
		var ev Event
		if f := reflect.ValueOf(env.Message).Elem().FieldByName("Event"); f.IsValid() {
			ev = f.Interface().(Event)
		}
		if ev.ResourceID != "seq_1jdbvuo2740aslk" || ev.ID != "evt_1jdbvuo2740aslk" {
			t.Errorf("Parse(%s): event fields not decoded: %+v", typ, ev)
		}
		props := reflect.ValueOf(env.Message).Elem().FieldByName("Properties")
		if updated := strings.HasSuffix(typ, ".updated"); updated != props.IsValid() {
			t.Errorf("Parse(%s): has Properties = %v, want %v", typ, props.IsValid(), updated)
		} else if updated && props.Len() != 2 {
			t.Errorf("Parse(%s): Properties = %v", typ, props)
		}
	}
}

func TestWebhookParseUnknownMessage(t *testing.T) {
	body := []byte(`{"version":"0","baseURL":"https://mytenant.benchling.com","tenantId":"ten_7fbo183",` +
		`"app":{"id":"app_1"},"appDefinition":{"id":"appdef_1","versionNumber":"1"},` +
		`"message":{"type":"v2.entity.registered","resourceId":"bfi_1","extra":{"nested":[1,2]}}}`)
	env, err := Parse(body)
	if err != nil {
		t.Fatal(err)
	}
	m, ok := env.Message.(*UnknownMessage)
	if !ok {
		t.Fatalf("Message is %T, want *UnknownMessage", env.Message)
	}
	wantRaw := `{"type":"v2.entity.registered","resourceId":"bfi_1","extra":{"nested":[1,2]}}`
	if m.Type() != "v2.entity.registered" || string(m.Raw) != wantRaw {
		t.Errorf("UnknownMessage = %q, %s; want the type and raw message", m.Type(), m.Raw)
	}
	out, err := json.Marshal(env)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(out, []byte(`"message":`+wantRaw)) {
		t.Errorf("json.Marshal(envelope) = %s, want the raw message kept", out)
	}
	// A generated type re-encodes with the spec's property names.
	env2, err := Parse(readFixture(t, "dna_sequence_updated.json"))
	if err != nil {
		t.Fatal(err)
	}
	out, err = json.Marshal(env2)
	if err != nil {
		t.Fatal(err)
	}
	again, err := Parse(out)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(env2, again); diff != "" {
		t.Errorf("Parse(Marshal(env)) differs (-want +got):\n%s", diff)
	}
}

func TestWebhookParseErrors(t *testing.T) {
	tests := map[string]string{
		"empty":                    ``,
		"not JSON":                 `{"message": ` + secretMarker,
		"array":                    `[1,2]`,
		"null":                     `null`,
		"no message":               `{"version":"0"}`,
		"null message":             `{"message":null}`,
		"message not an object":    `{"message":"` + secretMarker + `"}`,
		"message without type":     `{"message":{"id":"evt_1"}}`,
		"type not a string":        `{"message":{"type":7}}`,
		"bad createdAt":            `{"message":{"type":"v3.entry.created","createdAt":"` + secretMarker + `"}}`,
		"number for a string":      `{"message":{"type":"v3.entry.created","resourceId":12345678}}`,
		"envelope field wrong":     `{"tenantId":{"a":1},"message":{"type":"v3.entry.created"}}`,
		"properties not an array":  `{"message":{"type":"v3.entry.created"},"app":[]}`,
		"updated properties wrong": `{"message":{"type":"v3.project.updated","properties":"` + secretMarker + `"}}`,
	}
	for name, body := range tests {
		t.Run(name, func(t *testing.T) {
			env, err := Parse([]byte(body))
			if !errors.Is(err, ErrInvalidPayload) || env != nil {
				t.Fatalf("Parse(%s) = %v, %v; want nil, ErrInvalidPayload", body, env, err)
			}
			if strings.Contains(err.Error(), secretMarker) || strings.Contains(err.Error(), "12345678") {
				t.Errorf("error %q quotes the body", err)
			}
		})
	}
}
