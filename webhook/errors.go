package webhook

import (
	"errors"
	"strings"
)

// Sentinel errors returned (wrapped in a *VerificationError) by
// [Verifier.Verify]. Test for them with errors.Is.
var (
	// ErrMissingHeader means webhook-id, webhook-timestamp or
	// webhook-signature is absent or empty.
	ErrMissingHeader = errors.New("webhook: missing header")
	// ErrInvalidTimestamp means webhook-timestamp is not a Unix time in
	// seconds.
	ErrInvalidTimestamp = errors.New("webhook: invalid timestamp")
	// ErrTimestampTooOld means webhook-timestamp lies further in the past
	// than the tolerance allows (a stale or replayed delivery).
	ErrTimestampTooOld = errors.New("webhook: timestamp too old")
	// ErrTimestampTooNew means webhook-timestamp lies further in the future
	// than the tolerance allows.
	ErrTimestampTooNew = errors.New("webhook: timestamp too far in the future")
	// ErrMalformedSignature means webhook-signature is not a list of
	// "<version>,<base64>" items, or a DER signature in it is not valid
	// base64 or not an ASN.1 DER ECDSA signature.
	ErrMalformedSignature = errors.New("webhook: malformed signature header")
	// ErrNoSignature means webhook-signature holds no signature whose
	// version contains "der".
	ErrNoSignature = errors.New("webhook: no der signature")
	// ErrSignatureMismatch means no key of the app definition's JWKS
	// verifies any of the signatures.
	ErrSignatureMismatch = errors.New("webhook: signature mismatch")
	// ErrJWKS means the app definition's JWKS could not be fetched or
	// parsed, so the delivery could not be checked. The cause is wrapped
	// too (for example context.DeadlineExceeded).
	ErrJWKS = errors.New("webhook: cannot load signing keys")
	// ErrInvalidPayload is wrapped by every error [Parse] returns: the body
	// is not a webhook envelope as Benchling's v3 spec describes it. The
	// error is a *PayloadError.
	ErrInvalidPayload = errors.New("webhook: invalid payload")
	// ErrMissingField is wrapped, with ErrInvalidPayload, by the
	// *PayloadError [Parse] returns when a property the spec requires is
	// absent, null (where null is not allowed) or an empty string.
	ErrMissingField = errors.New("webhook: missing required property")
)

// PayloadError is the error [Parse] returns for a body that is not a
// webhook envelope. errors.Is matches ErrInvalidPayload, and also
// ErrMissingField if Missing is set. Its text never contains the body.
type PayloadError struct {
	// Field is the JSON path of the property at fault, such as
	// "message.resourceId" or "app.id"; empty when the body as a whole is
	// at fault (not JSON, or not an object).
	Field string
	// EventType is the message's type, when the fault was found after it
	// was read, e.g. "v3.dnaSequence.created".
	EventType string
	// Detail says what is wrong, safe to log: "is missing", "is empty",
	// "a JSON number where a string belongs", "not valid JSON (offset 3)".
	Detail string
	// Missing reports that a required property is absent, null or empty.
	Missing bool
}

// Error returns "webhook: invalid payload: " followed by the field, the
// detail and the event type, if known.
func (e *PayloadError) Error() string {
	var b strings.Builder
	b.WriteString(ErrInvalidPayload.Error())
	b.WriteString(": ")
	if e.Field != "" {
		b.WriteString(e.Field)
		if e.Missing {
			b.WriteString(" ")
		} else {
			b.WriteString(": ")
		}
	}
	b.WriteString(e.Detail)
	if e.EventType != "" {
		b.WriteString(" (message type ")
		b.WriteString(e.EventType)
		b.WriteString(")")
	}
	return b.String()
}

// Unwrap returns ErrInvalidPayload, and ErrMissingField if e.Missing.
func (e *PayloadError) Unwrap() []error {
	if e.Missing {
		return []error{ErrInvalidPayload, ErrMissingField}
	}
	return []error{ErrInvalidPayload}
}

// VerificationError is the error [Verifier.Verify] returns. Reason is one of
// the sentinel errors above; errors.Is matches both Reason and Err. Its text
// never contains the request body or a signature.
type VerificationError struct {
	// Reason is the sentinel that classifies the failure, e.g.
	// ErrTimestampTooOld.
	Reason error
	// Header is the header concerned, if any (e.g. "webhook-timestamp").
	Header string
	// Detail is a short explanation safe to log, if any.
	Detail string
	// Err is the underlying cause, if any (e.g. a JWKS fetch error or
	// context.Canceled).
	Err error
}

// Error returns the reason followed by the header, detail and cause.
func (e *VerificationError) Error() string {
	var b strings.Builder
	b.WriteString(e.Reason.Error())
	if e.Header != "" {
		b.WriteString(": ")
		b.WriteString(e.Header)
	}
	if e.Detail != "" {
		b.WriteString(": ")
		b.WriteString(e.Detail)
	}
	if e.Err != nil {
		b.WriteString(": ")
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

// Unwrap returns Reason and, if set, Err.
func (e *VerificationError) Unwrap() []error {
	if e.Err == nil {
		return []error{e.Reason}
	}
	return []error{e.Reason, e.Err}
}

func verr(reason error, header, detail string) *VerificationError {
	return &VerificationError{Reason: reason, Header: header, Detail: detail}
}
