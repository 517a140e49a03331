// Package webhooktest signs webhook deliveries the way Benchling does and
// serves the signing keys as Benchling's JWKS endpoint does, so that tests
// can send authentic deliveries to a handler behind a [webhook.Verifier]
// (or [webhook.Verifier.Middleware]) without hand-written ECDSA code.
//
// In a test:
//
//	signer := webhooktest.NewSigner()
//	srv := webhooktest.NewServer(t, signer) // JWKS on a loopback address
//	v, err := srv.NewVerifier()             // webhook.NewVerifier pointed at srv
//	if err != nil { t.Fatal(err) }
//	handler := v.Middleware(myHandler)
//
//	body := signer.Body(t, &webhook.DnaSequenceCreated{Event: webhook.Event{ResourceID: "seq_1"}})
//	rec := httptest.NewRecorder()
//	handler.ServeHTTP(rec, signer.Request(t, "/benchling/webhooks", body))
//
// A [Signer] holds P-256 keys. It signs each delivery with its current key:
// the webhook-id, webhook-timestamp and webhook-signature headers, the last
// holding "v1der,<base64 DER ECDSA signature>" over the bytes
// "<id>.<timestamp>.<body>". A [Delivery] sets the ID, the timestamp and
// the signing keys of one delivery, or asks for a bad signature.
// [Signer.Rotate] adds a key and signs with it from then on, and
// [Signer.Retire] stops publishing a key, as Benchling does when it rotates
// keys.
//
// A [Server] serves the signer's published keys, as they are at each
// request, at /api/v1/apps/{app_definition_id}/jwks, the path of
// [webhook.JWKSURL], in the JWK Set format Benchling uses.
//
// The package uses only the standard library.
package webhooktest

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/benchling-go/benchling/webhook"
)

// Defaults of a [Signer], used in the envelopes it builds and, for the app
// definition ID, in the path of the JWKS its [Server] serves.
const (
	DefaultAppDefinitionID = "appdef_webhooktest"
	DefaultAppID           = "app_webhooktest"
	DefaultTenantID        = "ten_webhooktest"
	DefaultBaseURL         = "https://mytenant.benchling.com"
	DefaultVersionNumber   = "0.0.1"
)

// Option configures a [Signer] in NewSigner.
type Option func(*Signer)

// WithAppDefinitionID sets the app definition whose keys the signer holds
// (default [DefaultAppDefinitionID]): its [Server] serves them at
// /api/v1/apps/{id}/jwks and its envelopes carry it. An empty id is
// ignored.
func WithAppDefinitionID(id string) Option {
	return func(s *Signer) {
		if id != "" {
			s.appDefinitionID = id
		}
	}
}

// WithAppID sets the app ID of the envelopes the signer builds (default
// [DefaultAppID]). An empty id is ignored.
func WithAppID(id string) Option {
	return func(s *Signer) {
		if id != "" {
			s.appID = id
		}
	}
}

// WithTenant sets the baseURL and tenantId of the envelopes the signer
// builds (default [DefaultBaseURL] and [DefaultTenantID]). Point baseURL at
// a fake tenant, such as a benchlingtest.Server's URL, to let a handler
// call back the tenant that sent the webhook. Empty values are ignored.
func WithTenant(baseURL, tenantID string) Option {
	return func(s *Signer) {
		if baseURL != "" {
			s.baseURL = baseURL
		}
		if tenantID != "" {
			s.tenantID = tenantID
		}
	}
}

// WithClock makes the signer read the time from now, for the
// webhook-timestamp of deliveries without a Timestamp and the createdAt of
// messages without one (default time.Now). Give the webhook.Verifier the
// same clock (webhook.WithClock) unless the times are meant to differ. A nil
// clock is ignored.
func WithClock(now func() time.Time) Option {
	return func(s *Signer) {
		if now != nil {
			s.now = now
		}
	}
}

// Key is one ECDSA P-256 signing key of a [Signer].
type Key struct {
	id   string
	priv *ecdsa.PrivateKey
}

// ID returns the key's ID, its "kid" in the JWKS.
func (k *Key) ID() string { return k.id }

// PublicKey returns the public half of the key.
func (k *Key) PublicKey() *ecdsa.PublicKey { return &k.priv.PublicKey }

// Signer signs webhook deliveries the way Benchling signs them for one app
// definition. Create it with NewSigner (a zero Signer works too, with the
// defaults, and makes its first key when it first needs one). It is safe
// for concurrent use.
type Signer struct {
	appDefinitionID string
	appID           string
	baseURL         string
	tenantID        string
	now             func() time.Time

	mu        sync.Mutex
	published []*Key // in the JWKS, oldest first
	current   *Key   // signs deliveries without Keys
	made      int    // keys made so far, for their IDs
}

// NewSigner returns a Signer with one new key, "key-1", which it publishes
// and signs with.
func NewSigner(opts ...Option) *Signer {
	s := &Signer{
		appDefinitionID: DefaultAppDefinitionID,
		appID:           DefaultAppID,
		baseURL:         DefaultBaseURL,
		tenantID:        DefaultTenantID,
		now:             time.Now,
	}
	for _, opt := range opts {
		if opt != nil {
			opt(s)
		}
	}
	s.Key()
	return s
}

// AppDefinitionID returns the ID of the app definition whose keys the
// signer holds: the one to pass to webhook.NewVerifier.
func (s *Signer) AppDefinitionID() string { return or(s.appDefinitionID, DefaultAppDefinitionID) }

// clock returns the signer's time.
func (s *Signer) clock() time.Time {
	if s.now == nil {
		return time.Now()
	}
	return s.now()
}

// or returns v, or def if v is empty.
func or(v, def string) string {
	if v == "" {
		return def
	}
	return v
}

// Key returns the key that signs deliveries that name no Keys: the newest
// one, made by NewSigner or the last Rotate.
func (s *Signer) Key() *Key {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.current == nil {
		s.addKeyLocked()
	}
	return s.current
}

// Keys returns the published keys, those the JWKS holds, oldest first.
func (s *Signer) Keys() []*Key {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.current == nil {
		s.addKeyLocked()
	}
	return append([]*Key(nil), s.published...)
}

// Rotate makes a new key ("key-2", "key-3", …), publishes it and signs with
// it from then on, as Benchling does when it rotates its keys. The older
// keys stay published until Retire.
//
// A webhook.Verifier that has cached the keys refetches them when a
// delivery matches none, but at most once per min-refetch interval (1
// minute by default): to test rotation right after a first delivery, make
// it with webhook.WithMinRefetchInterval(0) or move its clock.
func (s *Signer) Rotate() *Key {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.addKeyLocked()
}

// addKeyLocked makes, publishes and returns a new current key. s.mu is
// held.
func (s *Signer) addKeyLocked() *Key {
	priv, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		// crypto/rand does not fail (it crashes the program instead).
		panic("webhooktest: generating a P-256 key: " + err.Error())
	}
	s.made++
	k := &Key{id: "key-" + strconv.Itoa(s.made), priv: priv}
	s.published = append(s.published, k)
	s.current = k
	return k
}

// Retire stops publishing k: the JWKS no longer holds it, so deliveries it
// signs no longer verify once a Verifier refetches the keys. It does not
// change which key signs; after retiring the current key, deliveries are
// signed with a key the JWKS lacks (call Rotate first to retire a key the
// way Benchling does). Retiring a key that is not published, or nil, does
// nothing. Retiring every key leaves an empty JWKS, which a Verifier
// reports as webhook.ErrJWKS.
func (s *Signer) Retire(k *Key) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, p := range s.published {
		if p == k {
			s.published = append(s.published[:i:i], s.published[i+1:]...)
			return
		}
	}
}

// Delivery is what [Signer.Sign] signs. Only Body is required; the zero
// values of the other fields take the defaults.
type Delivery struct {
	// Body is the raw request body, as sent.
	Body []byte
	// ID is the webhook-id header; "" means a new random "msg_…" ID.
	ID string
	// Timestamp is when the delivery is sent, the webhook-timestamp
	// header (Unix seconds); zero means now by the signer's clock. A
	// Verifier rejects timestamps more than its tolerance (5 minutes by
	// default) in the past or the future.
	Timestamp time.Time
	// Keys sign the delivery, one signature each, in this order, as
	// Benchling signs with several keys while it rotates them; nil means
	// the signer's current key. A key need not be published: a retired
	// key's signature, or another signer's, verifies under no key of the
	// JWKS. Nil entries are skipped.
	Keys []*Key
	// BadSignature makes each signature one over other bytes: well formed
	// ("v1der," and base64 of a DER ECDSA signature), so that it passes
	// every format check, but verified by no key, so that a Verifier
	// reports webhook.ErrSignatureMismatch.
	BadSignature bool
}

// Sign returns the webhook-id, webhook-timestamp and webhook-signature
// headers of d, signed as Benchling signs deliveries.
func (s *Signer) Sign(d Delivery) http.Header {
	id := d.ID
	if id == "" {
		id = randomID("msg_")
	}
	at := d.Timestamp
	if at.IsZero() {
		at = s.clock()
	}
	ts := strconv.FormatInt(at.Unix(), 10)
	var keys []*Key
	for _, k := range d.Keys {
		if k != nil {
			keys = append(keys, k)
		}
	}
	if len(keys) == 0 {
		keys = []*Key{s.Key()}
	}
	msg := make([]byte, 0, len(id)+len(ts)+len(d.Body)+2)
	msg = append(append(append(append(append(msg, id...), '.'), ts...), '.'), d.Body...)
	if d.BadSignature {
		msg = append(msg, "\x00not what was sent"...)
	}
	digest := sha256.Sum256(msg)
	sigs := make([]string, len(keys))
	for i, k := range keys {
		der, err := ecdsa.SignASN1(rand.Reader, k.priv, digest[:])
		if err != nil {
			// Only a failing random source or a broken key makes it fail.
			panic("webhooktest: signing: " + err.Error())
		}
		sigs[i] = "v1der," + base64.StdEncoding.EncodeToString(der)
	}
	h := http.Header{}
	h.Set(webhook.HeaderID, id)
	h.Set(webhook.HeaderTimestamp, ts)
	h.Set(webhook.HeaderSignature, strings.Join(sigs, " "))
	return h
}

// Header returns the headers of a delivery of body sent now, under a new
// ID and signed with the current key: Sign(Delivery{Body: body}).
func (s *Signer) Header(body []byte) http.Header {
	return s.Sign(Delivery{Body: body})
}

// NewRequest returns a POST request to url carrying d.Body, with
// Content-Type application/json and the headers Sign returns. url may be a
// path, such as "/benchling/webhooks", to call a handler directly with
// ServeHTTP, or an absolute URL, to send the request with an http.Client.
func (s *Signer) NewRequest(ctx context.Context, url string, d Delivery) (*http.Request, error) {
	if ctx == nil {
		return nil, errors.New("webhooktest: NewRequest: the context is nil")
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(d.Body))
	if err != nil {
		return nil, fmt.Errorf("webhooktest: NewRequest: %w", err)
	}
	req.Header = s.Sign(d)
	req.Header.Set("Content-Type", "application/json")
	return req, nil
}

// Request is NewRequest for a test: a POST of body to url, signed now with
// the current key under a new ID, with tb's context. It fails the test if
// url is not valid.
func (s *Signer) Request(tb testing.TB, url string, body []byte) *http.Request {
	tb.Helper()
	req, err := s.NewRequest(tb.Context(), url, Delivery{Body: body})
	if err != nil {
		tb.Fatal(err)
	}
	return req
}

// JWKS returns the JSON Web Key Set of the published keys, as Benchling
// serves it: {"keys": [{"kty": "EC", "crv": "P-256", "kid": …, "use":
// "sig", "alg": "ES256", "x": …, "y": …}, …]}, oldest key first.
func (s *Signer) JWKS() []byte {
	type jwk struct {
		Kty string `json:"kty"`
		Crv string `json:"crv"`
		Kid string `json:"kid"`
		Use string `json:"use"`
		Alg string `json:"alg"`
		X   string `json:"x"`
		Y   string `json:"y"`
	}
	set := struct {
		Keys []jwk `json:"keys"`
	}{Keys: []jwk{}}
	for _, k := range s.Keys() {
		raw, err := k.priv.PublicKey.Bytes() // 0x04 || X || Y
		if err != nil {
			panic("webhooktest: encoding a public key: " + err.Error())
		}
		set.Keys = append(set.Keys, jwk{
			Kty: "EC", Crv: "P-256", Kid: k.id, Use: "sig", Alg: "ES256",
			X: base64.RawURLEncoding.EncodeToString(raw[1:33]),
			Y: base64.RawURLEncoding.EncodeToString(raw[33:]),
		})
	}
	b, err := json.Marshal(set)
	if err != nil {
		panic("webhooktest: encoding the JWKS: " + err.Error())
	}
	return b
}

// randomID returns prefix followed by 24 random hex digits.
func randomID(prefix string) string {
	b := make([]byte, 12)
	rand.Read(b)
	return prefix + hex.EncodeToString(b)
}
