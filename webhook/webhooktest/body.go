package webhooktest

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/benchling-go/benchling/webhook"
)

// Marshal returns the body of a delivery of m: an envelope (schema
// WebhookEnvelopeBaseV0) with the signer's tenant, app and app definition,
// carrying m. m is a pointer to one of the webhook package's generated
// message types, such as *webhook.DnaSequenceCreated, or an
// *webhook.UnknownMessage, whose Raw is sent as it is. It is
// MarshalEnvelope(webhook.Envelope{Message: m}).
//
// Empty fields of a generated message take defaults: the event type of its
// Go type, a new "evt_…" ID, createdAt now by the signer's clock, stability
// "stable", and an empty properties list for "….updated" events. ResourceID
// has no default: Marshal returns an error without it. m is not modified.
// The body always passes webhook.Parse.
func (s *Signer) Marshal(m webhook.Message) ([]byte, error) {
	return s.MarshalEnvelope(webhook.Envelope{Message: m})
}

// MarshalEnvelope is Marshal for a whole envelope: its empty fields take the
// signer's values (version "0", [WithTenant], [WithAppID],
// [WithAppDefinitionID], [DefaultVersionNumber]) and its Message the
// defaults Marshal describes. It returns an error if env has no Message, if
// the message is of a type the webhook package does not generate, if its
// EventType contradicts its Go type, or if the result does not pass
// webhook.Parse (an UnknownMessage without a type, say).
func (s *Signer) MarshalEnvelope(env webhook.Envelope) ([]byte, error) {
	if env.Version == "" {
		env.Version = "0"
	}
	if env.BaseURL == "" {
		env.BaseURL = or(s.baseURL, DefaultBaseURL)
	}
	if env.TenantID == "" {
		env.TenantID = or(s.tenantID, DefaultTenantID)
	}
	if env.App.ID == "" {
		env.App.ID = or(s.appID, DefaultAppID)
	}
	if env.AppDefinition.ID == "" {
		env.AppDefinition.ID = s.AppDefinitionID()
	}
	if env.AppDefinition.VersionNumber == "" {
		env.AppDefinition.VersionNumber = DefaultVersionNumber
	}
	m, err := s.completeMessage(env.Message)
	if err != nil {
		return nil, err
	}
	env.Message = m
	body, err := json.Marshal(env)
	if err != nil {
		return nil, fmt.Errorf("webhooktest: encoding the envelope: %w", err)
	}
	if _, err := webhook.Parse(body); err != nil {
		return nil, fmt.Errorf("webhooktest: the envelope would not parse: %w", err)
	}
	return body, nil
}

// Body is Marshal for a test: it fails the test instead of returning an
// error.
func (s *Signer) Body(tb testing.TB, m webhook.Message) []byte {
	tb.Helper()
	body, err := s.Marshal(m)
	if err != nil {
		tb.Fatal(err)
	}
	return body
}

// completeMessage returns a copy of m with the defaults Marshal describes.
func (s *Signer) completeMessage(m webhook.Message) (webhook.Message, error) {
	switch u := m.(type) {
	case nil:
		return nil, errors.New("webhooktest: the envelope has no message")
	case *webhook.UnknownMessage:
		if u == nil || len(u.Raw) == 0 {
			return nil, errors.New("webhooktest: the UnknownMessage has no Raw JSON")
		}
		return u, nil
	case webhook.UnknownMessage:
		return s.completeMessage(&u)
	}
	rv := reflect.ValueOf(m)
	rt := rv.Type()
	if rt.Kind() == reflect.Pointer {
		if rv.IsNil() {
			return nil, fmt.Errorf("webhooktest: the message is a nil %v", rt)
		}
		rv, rt = rv.Elem(), rt.Elem()
	}
	typ, ok := eventTypes()[rt]
	if !ok {
		return nil, fmt.Errorf("webhooktest: %v is not a message type of the webhook package (see webhook.EventTypes)", rt)
	}
	cp := reflect.New(rt)
	cp.Elem().Set(rv)
	ev := cp.Elem().FieldByName("Event").Addr().Interface().(*webhook.Event)
	switch ev.EventType {
	case "":
		ev.EventType = typ
	case typ:
	default:
		return nil, fmt.Errorf("webhooktest: the EventType of a %v must be %q, not %q", rt, typ, ev.EventType)
	}
	if ev.ResourceID == "" {
		return nil, fmt.Errorf("webhooktest: the %s message has no ResourceID, which the v3 spec requires", typ)
	}
	if ev.ID == "" {
		ev.ID = randomID("evt_")
	}
	if ev.CreatedAt.IsZero() {
		ev.CreatedAt = s.clock().UTC().Truncate(time.Millisecond)
	}
	if ev.Stability == "" {
		ev.Stability = webhook.StabilityStable
	}
	if props := cp.Elem().FieldByName("Properties"); props.IsValid() && props.IsNil() {
		props.Set(reflect.ValueOf([]string{}))
	}
	return cp.Interface().(webhook.Message), nil
}

// eventTypes maps each generated message type (the struct, not the
// pointer) to its event type. The webhook package exports the event types
// but not the mapping, so it is read back from Parse.
var eventTypes = sync.OnceValue(func() map[reflect.Type]string {
	out := map[reflect.Type]string{}
	for _, typ := range webhook.EventTypes() {
		body := fmt.Sprintf(`{"version":"0","baseURL":"https://t.benchling.com","tenantId":"ten_1","app":{"id":"app_1"},`+
			`"appDefinition":{"id":"appdef_1","versionNumber":"1"},"message":{"id":"evt_1","type":%q,`+
			`"createdAt":"2024-01-01T00:00:00Z","resourceId":"x_1","stability":"stable","deprecated":false,"properties":[]}}`, typ)
		env, err := webhook.Parse([]byte(body))
		if err != nil {
			panic("webhooktest: the webhook package rejects a complete " + typ + " envelope: " + err.Error())
		}
		out[reflect.TypeOf(env.Message).Elem()] = typ
	}
	return out
})
