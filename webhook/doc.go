// Package webhook verifies and decodes the webhooks Benchling sends to
// Benchling Apps.
//
// # Verifying
//
// Benchling signs each delivery with an ECDSA P-256 key of the app
// definition and sends three headers: webhook-id, webhook-timestamp (Unix
// seconds) and webhook-signature (space-separated "<version>,<base64>"
// items; those whose version contains "der" hold DER signatures over the
// bytes "<id>.<timestamp>.<raw body>"). The public keys are published as a
// JWKS at https://apps.benchling.com/api/v1/apps/{app_definition_id}/jwks
// and rotate, so they must not be hard-coded.
//
// A [Verifier] does all of this for one app definition:
//
//	v, err := webhook.NewVerifier("appdef_…")
//	if err != nil { … }
//	http.Handle("POST /benchling/webhooks", v.Middleware(handler))
//
// The middleware answers 401 to deliveries that fail verification, 503 when
// the keys cannot be fetched (Benchling retries), and 413 to bodies over 10
// MiB; handler sees only verified requests, with the raw body still in
// r.Body and also in [RawBody]. Without the middleware, call
// [Verifier.Verify] with the request headers and the raw body bytes, never
// re-encoded JSON.
//
// The Verifier fetches the JWKS on first use and caches it. It refetches it
// when it is older than the refresh interval (1 hour by default, at most 6
// hours), and when a signature matches no cached key (Benchling's signature
// header names no key ID, so a failed check is the sign of a rotation), at
// most once per min-refetch interval (1 minute) so that forged deliveries
// cannot make it hammer Benchling. If a refresh fails, keys younger than 6
// hours are still used. Timestamps more than 5 minutes in the past (replays)
// or the future are rejected. Each failure is a *[VerificationError] whose
// Reason is a sentinel such as [ErrTimestampTooOld] or
// [ErrSignatureMismatch]; errors never contain the body. A Verifier is safe
// for concurrent use and fetches the JWKS once at a time.
//
// # Decoding
//
// [Parse] decodes a body into an [Envelope] (schema WebhookEnvelopeBaseV0 of
// Benchling's v3 OpenAPI spec). Its Message is a pointer to the generated
// type of the event, for every event the spec's webhooks block declares
// (see [EventTypes]), or an *[UnknownMessage] keeping the raw JSON:
//
//	env, err := webhook.Parse(webhook.RawBody(r))
//	if err != nil { … }
//	switch m := env.Message.(type) {
//	case *webhook.DnaSequenceCreated:
//		// fetch m.ResourceID with the API
//	case *webhook.DnaSequenceUpdated:
//		// m.Properties lists what changed
//	}
//
// Parse rejects a body that lacks a property the spec requires with a
// *[PayloadError] naming it (errors.Is matches [ErrInvalidPayload] and
// [ErrMissingField]). [Envelope.BaseURL] is the tenant URL as Benchling
// sends it, which benchling.NewClient accepts as it is;
// [Envelope.APIBaseURL] is the API base URL such a client uses.
//
// The event types in events_gen.go are generated from the spec by the
// tools module's cmd/webhookgen (go generate ./webhook); the tools module's
// tests check them against the spec.
//
// # Testing
//
// Package webhooktest signs deliveries as Benchling does and serves the
// signing keys as a JWKS on a loopback address, for tests of handlers
// behind a Verifier.
package webhook
