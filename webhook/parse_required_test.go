package webhook

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

// editFixture decodes a fixture, applies edit to it and re-encodes it.
func editFixture(t *testing.T, name string, edit func(env, msg map[string]any)) []byte {
	t.Helper()
	var env map[string]any
	if err := json.Unmarshal(readFixture(t, name), &env); err != nil {
		t.Fatal(err)
	}
	edit(env, env["message"].(map[string]any))
	return mustJSON(t, env)
}

// TestWebhookParseRequiredFields checks that Parse rejects envelopes and
// typed messages that lack what Benchling's v3 spec requires, with a
// *PayloadError naming the property; before the fix, Parse accepted a
// message whose type was "" and a created event without resourceId.
func TestWebhookParseRequiredFields(t *testing.T) {
	const created, updated = "dna_sequence_created.json", "dna_sequence_updated.json"
	tests := []struct {
		name      string
		fixture   string
		edit      func(env, msg map[string]any)
		field     string
		eventType string
		detail    string
	}{
		{"empty type", created, func(_, m map[string]any) { m["type"] = "" }, "message.type", "", "is empty"},
		{"null type", created, func(_, m map[string]any) { m["type"] = nil }, "message.type", "", "is missing"},
		{"created without resourceId", created, func(_, m map[string]any) { delete(m, "resourceId") }, "message.resourceId", EventDnaSequenceCreated, "is missing"},
		{"created with empty resourceId", created, func(_, m map[string]any) { m["resourceId"] = "" }, "message.resourceId", EventDnaSequenceCreated, "is empty"},
		{"created with null resourceId", created, func(_, m map[string]any) { m["resourceId"] = nil }, "message.resourceId", EventDnaSequenceCreated, "is missing"},
		{"without id", created, func(_, m map[string]any) { delete(m, "id") }, "message.id", EventDnaSequenceCreated, "is missing"},
		{"without createdAt", created, func(_, m map[string]any) { delete(m, "createdAt") }, "message.createdAt", EventDnaSequenceCreated, "is missing"},
		{"empty createdAt", created, func(_, m map[string]any) { m["createdAt"] = "" }, "message.createdAt", EventDnaSequenceCreated, "is empty"},
		{"without stability", created, func(_, m map[string]any) { delete(m, "stability") }, "message.stability", EventDnaSequenceCreated, "is missing"},
		{"without deprecated", created, func(_, m map[string]any) { delete(m, "deprecated") }, "message.deprecated", EventDnaSequenceCreated, "is missing"},
		{"null deprecated", updated, func(_, m map[string]any) { m["deprecated"] = nil }, "message.deprecated", EventDnaSequenceUpdated, "is missing"},
		{"updated without properties", updated, func(_, m map[string]any) { delete(m, "properties") }, "message.properties", EventDnaSequenceUpdated, "is missing"},
		{"updated without resourceId", updated, func(_, m map[string]any) { delete(m, "resourceId") }, "message.resourceId", EventDnaSequenceUpdated, "is missing"},
		{"without version", created, func(e, _ map[string]any) { delete(e, "version") }, "version", "", "is missing"},
		{"without baseURL", created, func(e, _ map[string]any) { delete(e, "baseURL") }, "baseURL", "", "is missing"},
		{"empty baseURL", created, func(e, _ map[string]any) { e["baseURL"] = "" }, "baseURL", "", "is empty"},
		{"without tenantId", created, func(e, _ map[string]any) { delete(e, "tenantId") }, "tenantId", "", "is missing"},
		{"without app", created, func(e, _ map[string]any) { delete(e, "app") }, "app", "", "is missing"},
		{"without app.id", created, func(e, _ map[string]any) { e["app"] = map[string]any{} }, "app.id", "", "is missing"},
		{"without appDefinition", created, func(e, _ map[string]any) { delete(e, "appDefinition") }, "appDefinition", "", "is missing"},
		{"without appDefinition.id", created, func(e, _ map[string]any) {
			e["appDefinition"] = map[string]any{"versionNumber": "0.0.1"}
		}, "appDefinition.id", "", "is missing"},
		{"without appDefinition.versionNumber", created, func(e, _ map[string]any) {
			e["appDefinition"] = map[string]any{"id": "appdef_1"}
		}, "appDefinition.versionNumber", "", "is missing"},
		{"unknown type, empty", created, func(_, m map[string]any) {
			for k := range m {
				delete(m, k)
			}
			m["type"] = ""
		}, "message.type", "", "is empty"},
		{"unknown type, envelope without tenantId", created, func(e, m map[string]any) {
			m["type"] = "v2.entity.registered"
			delete(e, "tenantId")
		}, "tenantId", "", "is missing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := editFixture(t, tt.fixture, tt.edit)
			env, err := Parse(body)
			if env != nil || !errors.Is(err, ErrInvalidPayload) || !errors.Is(err, ErrMissingField) {
				t.Fatalf("Parse() = %+v, %v; want nil, an error matching ErrInvalidPayload and ErrMissingField", env, err)
			}
			var pe *PayloadError
			if !errors.As(err, &pe) {
				t.Fatalf("Parse() error is %T, want *PayloadError", err)
			}
			want := PayloadError{Field: tt.field, EventType: tt.eventType, Detail: tt.detail, Missing: true}
			if *pe != want {
				t.Errorf("Parse() error = %+v, want %+v", *pe, want)
			}
			wantText := "webhook: invalid payload: " + tt.field + " " + tt.detail
			if tt.eventType != "" {
				wantText += " (message type " + tt.eventType + ")"
			}
			if err.Error() != wantText {
				t.Errorf("Parse() error text = %q, want %q", err, wantText)
			}
		})
	}
}

// TestWebhookParseRequiredFieldsAccepted checks the other side: what the
// spec allows still parses.
func TestWebhookParseRequiredFieldsAccepted(t *testing.T) {
	tests := []struct {
		name    string
		fixture string
		edit    func(env, msg map[string]any)
		check   func(t *testing.T, env *Envelope)
	}{
		{"null appDefinition.id", "dna_sequence_updated.json", func(map[string]any, map[string]any) {}, func(t *testing.T, env *Envelope) {
			if env.AppDefinition.ID != "" {
				t.Errorf("AppDefinition.ID = %q, want empty for null", env.AppDefinition.ID)
			}
		}},
		{"empty properties list", "dna_sequence_updated.json", func(_, m map[string]any) { m["properties"] = []any{} }, func(t *testing.T, env *Envelope) {
			if p := env.Message.(*DnaSequenceUpdated).Properties; p == nil || len(p) != 0 {
				t.Errorf("Properties = %#v, want an empty list", p)
			}
		}},
		{"deprecated false", "dna_sequence_created.json", func(_, m map[string]any) { m["deprecated"] = false }, func(t *testing.T, env *Envelope) {
			if env.Message.(*DnaSequenceCreated).Deprecated {
				t.Error("Deprecated = true")
			}
		}},
		{"created without properties", "dna_sequence_created.json", func(_, m map[string]any) { delete(m, "properties") }, func(t *testing.T, env *Envelope) {}},
		{"unknown type without the v3 event properties", "dna_sequence_created.json", func(_, m map[string]any) {
			for k := range m {
				delete(m, k)
			}
			m["type"] = "v2.request.created"
			m["requestId"] = "req_1"
		}, func(t *testing.T, env *Envelope) {
			u, ok := env.Message.(*UnknownMessage)
			if !ok || u.Type() != "v2.request.created" || !strings.Contains(string(u.Raw), "req_1") {
				t.Errorf("Message = %#v, want the UnknownMessage", env.Message)
			}
		}},
		{"unknown stability value", "dna_sequence_created.json", func(_, m map[string]any) { m["stability"] = "alpha" }, func(t *testing.T, env *Envelope) {
			if s := env.Message.(*DnaSequenceCreated).Stability; s != "alpha" {
				t.Errorf("Stability = %q", s)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env, err := Parse(editFixture(t, tt.fixture, tt.edit))
			if err != nil {
				t.Fatalf("Parse() = %v, want nil", err)
			}
			tt.check(t, env)
		})
	}
}

// TestWebhookPayloadErrorTypes checks that decoding errors are
// *PayloadError values too, naming the property, and not ErrMissingField.
func TestWebhookPayloadErrorTypes(t *testing.T) {
	tests := []struct {
		body, field, text string
	}{
		{`{"message": x`, "", "webhook: invalid payload: not valid JSON (offset 13)"},
		{`[1]`, "", "webhook: invalid payload: a JSON array is not an object"},
		{string(editFixture(t, "dna_sequence_updated.json", func(_, m map[string]any) { m["properties"] = []any{"name", 3} })),
			"message.properties", "webhook: invalid payload: message.properties: a JSON number where a string belongs (message type v3.dnaSequence.updated)"},
		{`{"version":"0","baseURL":"x","tenantId":"x","app":"x"}`, "app", "webhook: invalid payload: app: a JSON string where an object belongs"},
		{`{"version":"0","baseURL":"x","tenantId":"x","app":{"id":"a"},"appDefinition":{"id":null,"versionNumber":"1"},"message":[]}`,
			"message", "webhook: invalid payload: message: a JSON array where an object belongs"},
		{string(editFixture(t, "dna_sequence_created.json", func(_, m map[string]any) { m["deprecated"] = "no" })),
			"message.deprecated", "webhook: invalid payload: message.deprecated: a JSON string where a boolean belongs (message type v3.dnaSequence.created)"},
		{`{"version":"0","baseURL":7}`, "baseURL", "webhook: invalid payload: baseURL: a JSON number where a string belongs"},
		{string(editFixture(t, "dna_sequence_created.json", func(_, m map[string]any) { m["resourceId"] = 12345678 })),
			"message.resourceId", "webhook: invalid payload: message.resourceId: a JSON number where a string belongs (message type v3.dnaSequence.created)"},
		{string(editFixture(t, "dna_sequence_created.json", func(_, m map[string]any) { m["createdAt"] = "yesterday" })),
			"message.createdAt", "webhook: invalid payload: message.createdAt: a timestamp is not RFC 3339 (message type v3.dnaSequence.created)"},
	}
	for _, tt := range tests {
		_, err := Parse([]byte(tt.body))
		var pe *PayloadError
		if !errors.As(err, &pe) || !errors.Is(err, ErrInvalidPayload) || errors.Is(err, ErrMissingField) {
			t.Errorf("Parse(%s) = %v; want a *PayloadError matching ErrInvalidPayload only", tt.body, err)
			continue
		}
		if pe.Field != tt.field || err.Error() != tt.text {
			t.Errorf("Parse(%s) = %q (field %q); want %q (field %q)", tt.body, err, pe.Field, tt.text, tt.field)
		}
	}
}
