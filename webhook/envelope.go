package webhook

//go:generate go run -C ../tools ./cmd/webhookgen -out ../webhook/events_gen.go

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
)

// Envelope is the body of a webhook delivery: the fields common to every
// delivery (schema WebhookEnvelopeBaseV0) and the event itself in Message.
type Envelope struct {
	// Version is the version of the envelope shape, always "0" so far.
	Version string `json:"version"`
	// BaseURL is the base URL of the tenant that sent the webhook, e.g.
	// https://mytenant.benchling.com.
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
// into an *UnknownMessage. Unknown properties are ignored. A body that is
// not JSON, lacks message or message.type, or has a property of the wrong
// type yields an error wrapping ErrInvalidPayload; its text never contains
// the body.
func Parse(body []byte) (*Envelope, error) {
	var env Envelope
	if err := json.Unmarshal(body, &env); err != nil {
		return nil, payloadError("", err)
	}
	return &env, nil
}

// UnmarshalJSON decodes an envelope, choosing the Message type by the
// message's type property. Errors wrap ErrInvalidPayload.
func (e *Envelope) UnmarshalJSON(data []byte) error {
	type fields Envelope
	aux := struct {
		*fields
		Message json.RawMessage `json:"message"`
	}{fields: (*fields)(e)}
	if err := json.Unmarshal(data, &aux); err != nil {
		return payloadError("", err)
	}
	raw := bytes.TrimSpace(aux.Message)
	if len(raw) == 0 || bytes.Equal(raw, []byte("null")) {
		return fmt.Errorf("%w: message is missing", ErrInvalidPayload)
	}
	var head struct {
		Type *string `json:"type"`
	}
	if err := json.Unmarshal(raw, &head); err != nil {
		return payloadError("message", err)
	}
	if head.Type == nil {
		return fmt.Errorf("%w: message.type is missing", ErrInvalidPayload)
	}
	m := newMessage(*head.Type)
	if m == nil {
		e.Message = &UnknownMessage{EventType: *head.Type, Raw: bytes.Clone(raw)}
		return nil
	}
	if err := json.Unmarshal(raw, m); err != nil {
		return payloadError("message", err)
	}
	e.Message = m
	return nil
}

// payloadError wraps ErrInvalidPayload with a description of err that
// leaves out the payload's content (time and syntax errors quote it).
func payloadError(where string, err error) error {
	if errors.Is(err, ErrInvalidPayload) {
		return err
	}
	var (
		syntax *json.SyntaxError
		typ    *json.UnmarshalTypeError
		tm     *time.ParseError
		desc   string
	)
	switch {
	case errors.As(err, &syntax):
		desc = fmt.Sprintf("not valid JSON (offset %d)", syntax.Offset)
	case errors.As(err, &typ):
		field := typ.Field
		if where != "" && field != "" {
			field = where + "." + field
		} else if field == "" {
			field = where
		}
		// Value may quote the number it found ("number 3"); keep the kind.
		kind, _, _ := strings.Cut(typ.Value, " ")
		if field == "" {
			desc = fmt.Sprintf("a JSON %s is not an object", kind)
		} else {
			desc = fmt.Sprintf("%s: a JSON %s where %s belongs", field, kind, typ.Type)
		}
	case errors.As(err, &tm):
		desc = "a timestamp is not RFC 3339"
		if where != "" {
			desc = where + ": " + desc
		}
	default:
		desc = "cannot decode"
		if where != "" {
			desc = where + ": " + desc
		}
	}
	return fmt.Errorf("%w: %s", ErrInvalidPayload, desc)
}
