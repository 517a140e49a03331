package webhook

//go:generate go run -C ../tools ./cmd/webhookgen -out ../webhook/events_gen.go

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"reflect"
	"strings"
	"time"
)

// Envelope is the body of a webhook delivery: the fields common to every
// delivery (schema WebhookEnvelopeBaseV0) and the event itself in Message.
type Envelope struct {
	// Version is the version of the envelope shape, always "0" so far.
	Version string `json:"version"`
	// BaseURL is the URL of the tenant that sent the webhook, as Benchling
	// sends it: scheme and host, without the API's path, e.g.
	// https://mytenant.benchling.com. Pass it to benchling.NewClient as it
	// is to call that tenant's API. [Envelope.APIBaseURL] returns the API
	// base URL (…/api/v2), the form benchling.Client.BaseURL returns.
	BaseURL string `json:"baseURL"`
	// TenantID is the global ID of that tenant.
	TenantID string `json:"tenantId"`
	// App is the Benchling App the webhook was delivered to.
	App App `json:"app"`
	// AppDefinition is the app definition the app was installed from.
	AppDefinition AppDefinition `json:"appDefinition"`
	// Message is the event: a pointer to one of the generated event types
	// (e.g. *DnaSequenceCreated), chosen by the message's type, or an
	// *UnknownMessage for types this package does not know.
	Message Message `json:"message"`
}

// APIBaseURL returns the base URL of the sending tenant's REST API v2:
// BaseURL with "/api/v2" appended, e.g. https://mytenant.benchling.com/api/v2.
// It is what BaseURL returns on the client that
// benchling.NewClient(e.BaseURL, …) creates: a trailing slash is dropped,
// the scheme and host are lowercased, and a BaseURL that already ends in
// /api/v2 gets no second one. It returns "" if BaseURL is not an absolute
// URL whose path is empty or /api/v2 (Benchling always sends one);
// benchling.NewClient checks the rest. Going the other way,
// strings.TrimSuffix(client.BaseURL(), "/api/v2") is the tenant URL.
func (e *Envelope) APIBaseURL() string {
	const apiPath = "/api/v2"
	u, err := url.Parse(e.BaseURL)
	if err != nil || u.Scheme == "" || u.Host == "" || u.User != nil || u.RawQuery != "" || u.Fragment != "" {
		return ""
	}
	if p := strings.TrimSuffix(u.Path, "/"); p != "" && p != apiPath {
		return ""
	}
	return strings.ToLower(u.Scheme) + "://" + strings.ToLower(u.Host) + apiPath
}

// App is the Benchling App a webhook was delivered to (schema WebhookApp).
type App struct {
	// ID is the app's API ID (app_…).
	ID string `json:"id"`
}

// AppDefinition is the app definition the receiving app was installed from
// (schema WebhookAppDefinition).
type AppDefinition struct {
	// ID is the app definition's API ID (appdef_…); empty if the spec's
	// null.
	ID string `json:"id"`
	// VersionNumber is the version of the app definition the app is
	// installed at, e.g. "0.0.1".
	VersionNumber string `json:"versionNumber"`
}

// Message is the event carried by an [Envelope]. Switch on its concrete type
// (e.g. *DnaSequenceCreated, *UnknownMessage) or on Type.
type Message interface {
	// Type returns the event type, e.g. "v3.dnaSequence.created".
	Type() string
}

// Stability is the stability of the resource type an event is about.
type Stability string

// Stability values declared by the spec; others still decode.
const (
	StabilityStable Stability = "stable"
	StabilityBeta   Stability = "beta"
)

// Event holds the fields common to every v3 event message (schema
// V3EventBase). Every generated event type embeds it.
type Event struct {
	// ID is the event's API ID (evt_…).
	ID string `json:"id"`
	// EventType is the event type, e.g. "v3.dnaSequence.created"; Type
	// returns it.
	EventType string `json:"type"`
	// CreatedAt is when the event was created.
	CreatedAt time.Time `json:"createdAt"`
	// ResourceID is the API ID of the resource the event is about. Fetch
	// the resource with the API to see its current state.
	ResourceID string `json:"resourceId"`
	// Stability is the stability of the resource type.
	Stability Stability `json:"stability"`
	// Deprecated reports whether this event type is deprecated.
	Deprecated bool `json:"deprecated"`
}

// Type returns e.EventType.
func (e Event) Type() string { return e.EventType }

// UpdateEvent holds the fields common to every v3 update event message
// (schema V3UpdateEventBase). Every generated "….updated" type embeds it.
type UpdateEvent struct {
	Event
	// Properties are the names of the properties that changed.
	Properties []string `json:"properties"`
}

// updateEvent marks the types that embed UpdateEvent, whose properties
// property is required.
func (e *UpdateEvent) updateEvent() {}

// UnknownMessage is the Message of an event type this package has no type
// for. Raw is the message exactly as received.
type UnknownMessage struct {
	// EventType is the message's type property.
	EventType string
	// Raw is the JSON of the message.
	Raw json.RawMessage
}

// Type returns m.EventType.
func (m UnknownMessage) Type() string { return m.EventType }

// MarshalJSON returns m.Raw, so an Envelope holding an UnknownMessage
// re-encodes to the message it was decoded from.
func (m UnknownMessage) MarshalJSON() ([]byte, error) {
	if len(m.Raw) == 0 {
		return []byte("null"), nil
	}
	return m.Raw, nil
}

// Parse decodes the body of a webhook delivery. Verify the delivery first
// (see [Verifier.Verify] and [Verifier.Middleware]); Parse checks nothing
// about its origin.
//
// The message is decoded into the generated type for its type property, or
// into an *UnknownMessage. Unknown properties are ignored.
//
// Parse checks what Benchling's v3 spec requires of every delivery: the
// envelope's version, baseURL, tenantId, app.id, appDefinition.id (which may
// be null), appDefinition.versionNumber and message, and a non-empty
// message.type. For the event types it has generated types for (see
// [EventTypes]), it also checks the message's required properties: id,
// createdAt, resourceId, stability and deprecated, and properties for
// "….updated" events. Messages of other types are not checked beyond their
// type, so that new event types keep working as *UnknownMessage.
//
// Every error is a *[PayloadError] wrapping ErrInvalidPayload, and also
// [ErrMissingField] when a required property is absent, null or an empty
// string. Its text never contains the body.
func Parse(body []byte) (*Envelope, error) {
	var env Envelope
	if err := json.Unmarshal(body, &env); err != nil {
		return nil, payloadError("", err)
	}
	return &env, nil
}

// envelopeFields is what UnmarshalJSON decodes an envelope into: the fields
// of Envelope, with the required ones shadowed by raw values so that their
// presence can be checked.
type envelopeFields struct {
	Version       json.RawMessage `json:"version"`
	BaseURL       json.RawMessage `json:"baseURL"`
	TenantID      json.RawMessage `json:"tenantId"`
	App           json.RawMessage `json:"app"`
	AppDefinition json.RawMessage `json:"appDefinition"`
	Message       json.RawMessage `json:"message"`
}

// messageHead holds the properties of a message that V3EventBase and
// V3UpdateEventBase require, raw, so that their presence can be checked
// before the message is decoded into its type.
type messageHead struct {
	Type       json.RawMessage `json:"type"`
	ID         json.RawMessage `json:"id"`
	CreatedAt  json.RawMessage `json:"createdAt"`
	ResourceID json.RawMessage `json:"resourceId"`
	Stability  json.RawMessage `json:"stability"`
	Deprecated json.RawMessage `json:"deprecated"`
	Properties json.RawMessage `json:"properties"`
}

// UnmarshalJSON decodes an envelope, choosing the Message type by the
// message's type property, and checks the properties the spec requires
// (see [Parse]). Errors are *PayloadError values wrapping
// ErrInvalidPayload.
func (e *Envelope) UnmarshalJSON(data []byte) error {
	var raw envelopeFields
	if err := json.Unmarshal(data, &raw); err != nil {
		return payloadError("", err)
	}
	var env Envelope
	if err := requiredString(raw.Version, "version", "", &env.Version); err != nil {
		return err
	}
	if err := requiredString(raw.BaseURL, "baseURL", "", &env.BaseURL); err != nil {
		return err
	}
	if err := requiredString(raw.TenantID, "tenantId", "", &env.TenantID); err != nil {
		return err
	}
	if err := decodeApp(raw.App, &env.App); err != nil {
		return err
	}
	if err := decodeAppDefinition(raw.AppDefinition, &env.AppDefinition); err != nil {
		return err
	}
	m, err := decodeMessage(raw.Message)
	if err != nil {
		return err
	}
	env.Message = m
	*e = env
	return nil
}

// decodeApp decodes the required app object (schema WebhookApp).
func decodeApp(raw json.RawMessage, app *App) error {
	if isAbsent(raw) {
		return missingField("app", "", "missing")
	}
	var f struct {
		ID json.RawMessage `json:"id"`
	}
	if err := json.Unmarshal(raw, &f); err != nil {
		return payloadError("app", err)
	}
	return requiredString(f.ID, "app.id", "", &app.ID)
}

// decodeAppDefinition decodes the required appDefinition object (schema
// WebhookAppDefinition), whose id is required but may be null.
func decodeAppDefinition(raw json.RawMessage, def *AppDefinition) error {
	if isAbsent(raw) {
		return missingField("appDefinition", "", "missing")
	}
	var f struct {
		ID            json.RawMessage `json:"id"`
		VersionNumber json.RawMessage `json:"versionNumber"`
	}
	if err := json.Unmarshal(raw, &f); err != nil {
		return payloadError("appDefinition", err)
	}
	if len(f.ID) == 0 {
		return missingField("appDefinition.id", "", "missing")
	}
	if err := json.Unmarshal(f.ID, &def.ID); err != nil {
		return payloadError("appDefinition.id", err)
	}
	return requiredString(f.VersionNumber, "appDefinition.versionNumber", "", &def.VersionNumber)
}

// decodeMessage decodes the required message object into the generated type
// of its type property, or an *UnknownMessage.
func decodeMessage(raw json.RawMessage) (Message, error) {
	raw = bytes.TrimSpace(raw)
	if isAbsent(raw) {
		return nil, missingField("message", "", "missing")
	}
	var head messageHead
	if err := json.Unmarshal(raw, &head); err != nil {
		return nil, payloadError("message", err)
	}
	var typ string
	if err := requiredString(head.Type, "message.type", "", &typ); err != nil {
		return nil, err
	}
	m := newMessage(typ)
	if m == nil {
		return &UnknownMessage{EventType: typ, Raw: bytes.Clone(raw)}, nil
	}
	// The properties of V3EventBase, and of V3UpdateEventBase for update
	// events, in the spec's order; all are required.
	required := []requiredProperty{
		{"id", head.ID, true},
		{"createdAt", head.CreatedAt, true},
		{"resourceId", head.ResourceID, true},
		{"stability", head.Stability, true},
		{"deprecated", head.Deprecated, false},
	}
	if _, ok := m.(interface{ updateEvent() }); ok {
		required = append(required, requiredProperty{"properties", head.Properties, false})
	}
	for _, r := range required {
		switch {
		case isAbsent(r.raw):
			return nil, missingField("message."+r.name, typ, "missing")
		case r.string && isEmptyString(r.raw):
			return nil, missingField("message."+r.name, typ, "empty")
		}
	}
	if err := json.Unmarshal(raw, m); err != nil {
		var p *PayloadError
		if !errors.As(payloadError("message", err), &p) {
			return nil, payloadError("message", err)
		}
		var tm *time.ParseError
		if errors.As(err, &tm) {
			p.Field = "message.createdAt" // the only timestamp of V3EventBase
		}
		p.EventType = typ
		return nil, p
	}
	return m, nil
}

// requiredProperty is a property of a message the spec requires.
type requiredProperty struct {
	name   string
	raw    json.RawMessage
	string bool // a string, which must not be empty
}

// requiredString decodes the required string property raw at path field
// into dst. Absent, null and "" are missing-field errors.
func requiredString(raw json.RawMessage, field, eventType string, dst *string) error {
	if isAbsent(raw) {
		return missingField(field, eventType, "missing")
	}
	if err := json.Unmarshal(raw, dst); err != nil {
		return payloadError(field, err)
	}
	if *dst == "" {
		return missingField(field, eventType, "empty")
	}
	return nil
}

// isAbsent reports whether a raw property was absent or null.
func isAbsent(raw json.RawMessage) bool {
	raw = bytes.TrimSpace(raw)
	return len(raw) == 0 || bytes.Equal(raw, []byte("null"))
}

// isEmptyString reports whether a raw property is the empty string.
func isEmptyString(raw json.RawMessage) bool {
	return bytes.Equal(bytes.TrimSpace(raw), []byte(`""`))
}

// missingField returns the *PayloadError for a required property that is
// absent or null (how "missing") or an empty string (how "empty").
func missingField(field, eventType, how string) error {
	return &PayloadError{Field: field, EventType: eventType, Detail: "is " + how, Missing: true}
}

// jsonKind names the JSON kind a Go type decodes from, with its article:
// "a string", "a number", "a boolean", "an array" or "an object".
func jsonKind(t reflect.Type) string {
	if t == nil {
		return "a value"
	}
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "a boolean"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.Slice, reflect.Array:
		return "an array"
	case reflect.Pointer:
		return jsonKind(t.Elem())
	}
	return "an object"
}

// jsonPath drops from the path of an UnmarshalTypeError the names of the
// embedded structs (Event, UpdateEvent), which are not JSON properties.
func jsonPath(field string) string {
	parts := strings.Split(field, ".")
	out := parts[:0]
	for _, p := range parts {
		if p != "Event" && p != "UpdateEvent" {
			out = append(out, p)
		}
	}
	return strings.Join(out, ".")
}

// payloadError returns a *PayloadError for a decoding error at path where,
// with a description of err that leaves out the payload's content (time and
// syntax errors quote it). A *PayloadError is returned as it is.
func payloadError(where string, err error) error {
	var pe *PayloadError
	if errors.As(err, &pe) {
		return err
	}
	var (
		syntax *json.SyntaxError
		typ    *json.UnmarshalTypeError
		tm     *time.ParseError
	)
	p := &PayloadError{Field: where}
	switch {
	case errors.As(err, &syntax):
		p.Detail = fmt.Sprintf("not valid JSON (offset %d)", syntax.Offset)
	case errors.As(err, &typ):
		if f := jsonPath(typ.Field); where != "" && f != "" {
			p.Field = where + "." + f
		} else if f != "" {
			p.Field = f
		}
		// Value may quote the number it found ("number 3"); keep the kind.
		kind, _, _ := strings.Cut(typ.Value, " ")
		if p.Field == "" {
			p.Detail = fmt.Sprintf("a JSON %s is not an object", kind)
		} else {
			p.Detail = fmt.Sprintf("a JSON %s where %s belongs", kind, jsonKind(typ.Type))
		}
	case errors.As(err, &tm):
		p.Detail = "a timestamp is not RFC 3339"
	default:
		p.Detail = "cannot decode"
	}
	return p
}
