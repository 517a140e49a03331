package webhooktest_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/benchling-go/benchling/webhook"
	"github.com/benchling-go/benchling/webhook/webhooktest"
	"github.com/google/go-cmp/cmp"
)

func newVerifier(t *testing.T, srv *webhooktest.Server, opts ...webhook.Option) *webhook.Verifier {
	t.Helper()
	v, err := srv.NewVerifier(opts...)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func created(resourceID string) *webhook.DnaSequenceCreated {
	return &webhook.DnaSequenceCreated{Event: webhook.Event{ResourceID: resourceID}}
}

// TestSignerHeadersAsBenchling checks the headers byte by byte against the
// scheme of the webhook package's docs: the ID, Unix seconds, and one
// "v1der,<base64 DER>" item that the current key's public half verifies
// over "<id>.<timestamp>.<body>".
func TestSignerHeadersAsBenchling(t *testing.T) {
	at := time.Unix(1_700_000_000, 900_000_000)
	s := webhooktest.NewSigner(webhooktest.WithClock(func() time.Time { return at }))
	body := []byte(`{"hello":"world"}`)
	h := s.Header(body)
	if got := len(h); got != 3 {
		t.Errorf("Header() has %d headers, want 3: %v", got, h)
	}
	id := h.Get(webhook.HeaderID)
	if !strings.HasPrefix(id, "msg_") || len(id) != len("msg_")+24 {
		t.Errorf("webhook-id = %q, want msg_ and 24 hex digits", id)
	}
	if id2 := s.Header(body).Get(webhook.HeaderID); id2 == id {
		t.Errorf("two deliveries share the ID %q", id)
	}
	if ts := h.Get(webhook.HeaderTimestamp); ts != "1700000000" {
		t.Errorf("webhook-timestamp = %q, want 1700000000 (the clock's Unix seconds)", ts)
	}
	version, b64, ok := strings.Cut(h.Get(webhook.HeaderSignature), ",")
	if !ok || version != "v1der" {
		t.Fatalf("webhook-signature = %q, want v1der,<base64>", h.Get(webhook.HeaderSignature))
	}
	der, err := base64.StdEncoding.Strict().DecodeString(b64)
	if err != nil {
		t.Fatalf("signature is not standard base64: %v", err)
	}
	digest := sha256.Sum256([]byte(id + ".1700000000." + string(body)))
	if !ecdsa.VerifyASN1(s.Key().PublicKey(), digest[:], der) {
		t.Error("the signature does not verify under the current key over <id>.<timestamp>.<body>")
	}
}

func TestSignerVerifiesThroughVerifier(t *testing.T) {
	s := webhooktest.NewSigner()
	srv := webhooktest.NewServer(t, s)
	v := newVerifier(t, srv)
	body := s.Body(t, created("seq_1"))
	if err := v.Verify(context.Background(), s.Header(body), body); err != nil {
		t.Fatalf("Verify(Header(body)) = %v", err)
	}
	// The same headers over other bytes fail: the body is what is signed.
	h := s.Header(body)
	if err := v.Verify(context.Background(), h, append(bytes.Clone(body), ' ')); !errors.Is(err, webhook.ErrSignatureMismatch) {
		t.Errorf("Verify(other body) = %v, want ErrSignatureMismatch", err)
	}
	if n := srv.Fetches(); n < 1 || n > 2 {
		t.Errorf("JWKS fetched %d times, want 1 or 2", n)
	}
}

func TestSignerDeliveryOptions(t *testing.T) {
	clock := time.Unix(1_700_000_000, 0)
	now := func() time.Time { return clock }
	s := webhooktest.NewSigner(webhooktest.WithClock(now))
	srv := webhooktest.NewServer(t, s)
	v := newVerifier(t, srv, webhook.WithClock(now))
	body := []byte(`{}`)
	tests := []struct {
		name string
		d    webhooktest.Delivery
		want error
	}{
		{"defaults", webhooktest.Delivery{Body: body}, nil},
		{"id", webhooktest.Delivery{Body: body, ID: "msg_chosen"}, nil},
		{"timestamp 4 minutes ago", webhooktest.Delivery{Body: body, Timestamp: clock.Add(-4 * time.Minute)}, nil},
		{"timestamp 6 minutes ago", webhooktest.Delivery{Body: body, Timestamp: clock.Add(-6 * time.Minute)}, webhook.ErrTimestampTooOld},
		{"timestamp 6 minutes ahead", webhooktest.Delivery{Body: body, Timestamp: clock.Add(6 * time.Minute)}, webhook.ErrTimestampTooNew},
		{"bad signature", webhooktest.Delivery{Body: body, BadSignature: true}, webhook.ErrSignatureMismatch},
		{"another signer's key", webhooktest.Delivery{Body: body, Keys: []*webhooktest.Key{webhooktest.NewSigner().Key()}}, webhook.ErrSignatureMismatch},
		{"nil keys skipped", webhooktest.Delivery{Body: body, Keys: []*webhooktest.Key{nil}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := s.Sign(tt.d)
			if tt.d.ID != "" && h.Get(webhook.HeaderID) != tt.d.ID {
				t.Errorf("webhook-id = %q, want %q", h.Get(webhook.HeaderID), tt.d.ID)
			}
			if !tt.d.Timestamp.IsZero() && h.Get(webhook.HeaderTimestamp) != strconv.FormatInt(tt.d.Timestamp.Unix(), 10) {
				t.Errorf("webhook-timestamp = %q, want %d", h.Get(webhook.HeaderTimestamp), tt.d.Timestamp.Unix())
			}
			err := v.Verify(context.Background(), h, body)
			if !errors.Is(err, tt.want) || (tt.want == nil && err != nil) {
				t.Errorf("Verify() = %v, want %v", err, tt.want)
			}
		})
	}
}

// TestSignerSeveralKeys checks a delivery signed by several keys: one
// item per key, in order, each verifying under its key; the Verifier
// accepts it while any of the keys is published.
func TestSignerSeveralKeys(t *testing.T) {
	s := webhooktest.NewSigner()
	k1 := s.Key()
	k2 := s.Rotate()
	body := []byte(`{"a":1}`)
	h := s.Sign(webhooktest.Delivery{Body: body, Keys: []*webhooktest.Key{k1, k2}})
	items := strings.Fields(h.Get(webhook.HeaderSignature))
	if len(items) != 2 {
		t.Fatalf("webhook-signature = %q, want 2 items", h.Get(webhook.HeaderSignature))
	}
	digest := sha256.Sum256([]byte(h.Get(webhook.HeaderID) + "." + h.Get(webhook.HeaderTimestamp) + "." + string(body)))
	for i, k := range []*webhooktest.Key{k1, k2} {
		der, err := base64.StdEncoding.DecodeString(strings.TrimPrefix(items[i], "v1der,"))
		if err != nil || !ecdsa.VerifyASN1(k.PublicKey(), digest[:], der) {
			t.Errorf("item %d does not verify under %s (err %v)", i, k.ID(), err)
		}
	}
	s.Retire(k1)
	srv := webhooktest.NewServer(t, s)
	if err := newVerifier(t, srv).Verify(context.Background(), h, body); err != nil {
		t.Errorf("Verify(signed by a retired and a published key) = %v, want nil", err)
	}
}

// TestSignerRotation walks a rotation as Benchling does it: a new key
// signs, the Verifier's cached set lacks it and refetches; the old key is
// retired, and a delivery it signs no longer verifies.
func TestSignerRotation(t *testing.T) {
	s := webhooktest.NewSigner()
	srv := webhooktest.NewServer(t, s)
	v := newVerifier(t, srv, webhook.WithMinRefetchInterval(0))
	body := []byte(`{}`)
	if err := v.Verify(context.Background(), s.Header(body), body); err != nil {
		t.Fatal(err)
	}
	old := s.Key()
	k2 := s.Rotate()
	if s.Key() != k2 || k2.ID() != "key-2" || old.ID() != "key-1" {
		t.Errorf("after Rotate: Key() = %s, new key %s, old %s", s.Key().ID(), k2.ID(), old.ID())
	}
	if got := keyIDs(s.Keys()); !reflect.DeepEqual(got, []string{"key-1", "key-2"}) {
		t.Errorf("Keys() = %v, want both until Retire", got)
	}
	if err := v.Verify(context.Background(), s.Header(body), body); err != nil {
		t.Fatalf("Verify(signed by the new key) = %v, want nil after a refetch", err)
	}
	if n := srv.Fetches(); n != 2 {
		t.Errorf("JWKS fetched %d times, want 2 (first use, then the refetch after rotation)", n)
	}
	s.Retire(old)
	if got := keyIDs(s.Keys()); !reflect.DeepEqual(got, []string{"key-2"}) {
		t.Errorf("Keys() after Retire = %v", got)
	}
	stale := s.Sign(webhooktest.Delivery{Body: body, Keys: []*webhooktest.Key{old}})
	// v still holds the set it fetched, with the old key, until its
	// refresh interval passes; a Verifier that fetches now rejects it.
	if err := v.Verify(context.Background(), stale, body); err != nil {
		t.Errorf("Verify(retired key, cached set) = %v, want nil until the refresh", err)
	}
	if err := newVerifier(t, srv).Verify(context.Background(), stale, body); !errors.Is(err, webhook.ErrSignatureMismatch) {
		t.Errorf("Verify(signed by the retired key) = %v, want ErrSignatureMismatch", err)
	}
	var jwks struct {
		Keys []map[string]string `json:"keys"`
	}
	if err := json.Unmarshal(s.JWKS(), &jwks); err != nil {
		t.Fatal(err)
	}
	if len(jwks.Keys) != 1 || jwks.Keys[0]["kid"] != "key-2" || jwks.Keys[0]["kty"] != "EC" ||
		jwks.Keys[0]["crv"] != "P-256" || jwks.Keys[0]["alg"] != "ES256" || jwks.Keys[0]["use"] != "sig" {
		t.Errorf("JWKS() = %s, want key-2 only, EC P-256 ES256 sig", s.JWKS())
	}
	// Retiring what is not published, or nil, changes nothing.
	s.Retire(old)
	s.Retire(nil)
	if len(s.Keys()) != 1 {
		t.Errorf("Keys() = %v", keyIDs(s.Keys()))
	}
}

func keyIDs(keys []*webhooktest.Key) []string {
	var out []string
	for _, k := range keys {
		out = append(out, k.ID())
	}
	return out
}

// TestServerKeysUnavailable checks the two ways to make the keys
// unavailable, and that the middleware answers 503 for them.
func TestServerKeysUnavailable(t *testing.T) {
	t.Run("status", func(t *testing.T) {
		s := webhooktest.NewSigner()
		srv := webhooktest.NewServer(t, s)
		srv.SetStatus(http.StatusInternalServerError)
		v := newVerifier(t, srv)
		body := []byte(`{}`)
		err := v.Verify(context.Background(), s.Header(body), body)
		if !errors.Is(err, webhook.ErrJWKS) || !strings.Contains(err.Error(), "status 500") {
			t.Errorf("Verify() = %v, want ErrJWKS with status 500", err)
		}
		rec := httptest.NewRecorder()
		v.Middleware(http.NotFoundHandler()).ServeHTTP(rec, s.Request(t, "/hooks", body))
		if rec.Code != http.StatusServiceUnavailable {
			t.Errorf("middleware answered %d, want 503", rec.Code)
		}
		srv.SetStatus(http.StatusOK)
		v2 := newVerifier(t, srv)
		if err := v2.Verify(context.Background(), s.Header(body), body); err != nil {
			t.Errorf("after SetStatus(200): Verify() = %v", err)
		}
	})
	t.Run("every key retired", func(t *testing.T) {
		s := webhooktest.NewSigner()
		s.Retire(s.Key())
		if string(s.JWKS()) != `{"keys":[]}` {
			t.Errorf("JWKS() = %s, want an empty set", s.JWKS())
		}
		v := newVerifier(t, webhooktest.NewServer(t, s))
		body := []byte(`{}`)
		if err := v.Verify(context.Background(), s.Header(body), body); !errors.Is(err, webhook.ErrJWKS) {
			t.Errorf("Verify() = %v, want ErrJWKS", err)
		}
	})
}

func TestServerRoutes(t *testing.T) {
	s := webhooktest.NewSigner(webhooktest.WithAppDefinitionID("appdef_route1"))
	srv := webhooktest.NewServer(t, s)
	wantPath := strings.TrimPrefix(webhook.JWKSURL("appdef_route1"), "https://apps.benchling.com")
	if got := srv.JWKSURL(); got != srv.URL+wantPath || wantPath != "/api/v1/apps/appdef_route1/jwks" {
		t.Errorf("JWKSURL() = %q, want %q (the path of webhook.JWKSURL)", got, srv.URL+wantPath)
	}
	get := func(method, url string) (int, string, http.Header) {
		t.Helper()
		req, err := http.NewRequest(method, url, nil)
		if err != nil {
			t.Fatal(err)
		}
		resp, err := srv.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b), resp.Header
	}
	code, body, h := get("GET", srv.JWKSURL())
	if code != 200 || body != string(s.JWKS()) || h.Get("Content-Type") != "application/json" {
		t.Errorf("GET JWKS = %d %s %q", code, body, h.Get("Content-Type"))
	}
	for _, path := range []string{"/", "/api/v1/apps/appdef_other/jwks", "/api/v1/apps/appdef_route1/jwks/x"} {
		if code, _, _ := get("GET", srv.URL+path); code != http.StatusNotFound {
			t.Errorf("GET %s = %d, want 404", path, code)
		}
	}
	if code, _, h := get("POST", srv.JWKSURL()); code != http.StatusMethodNotAllowed || h.Get("Allow") == "" {
		t.Errorf("POST JWKS = %d (Allow %q), want 405 with Allow", code, h.Get("Allow"))
	}
	if n := srv.Fetches(); n != 1 {
		t.Errorf("Fetches() = %d, want 1 (only the served JWKS counts)", n)
	}
	srv.Close()
	srv.Close() // twice is fine
	if _, err := webhooktest.StartServer(nil); err == nil {
		t.Error("StartServer(nil) = nil error")
	}
}

// TestSignerRequest checks the request helpers: a path for ServeHTTP, an
// absolute URL for an http.Client, and errors for bad input.
func TestSignerRequest(t *testing.T) {
	s := webhooktest.NewSigner()
	v := newVerifier(t, webhooktest.NewServer(t, s))
	var got []string
	handler := v.Middleware(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		env, err := webhook.Parse(webhook.RawBody(r))
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		got = append(got, env.Message.Type()+" "+env.Message.(*webhook.DnaSequenceCreated).ResourceID)
	}))
	body := s.Body(t, created("seq_req"))

	req := s.Request(t, "/benchling/webhooks", body)
	if req.Method != http.MethodPost || req.Header.Get("Content-Type") != "application/json" || req.ContentLength != int64(len(body)) {
		t.Errorf("Request() = %s, Content-Type %q, length %d", req.Method, req.Header.Get("Content-Type"), req.ContentLength)
	}
	rec := httptest.NewRecorder()
	handler.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK {
		t.Errorf("handler answered %d %s", rec.Code, rec.Body)
	}

	app := httptest.NewServer(handler)
	defer app.Close()
	req, err := s.NewRequest(context.Background(), app.URL+"/benchling/webhooks", webhooktest.Delivery{Body: body})
	if err != nil {
		t.Fatal(err)
	}
	resp, err := app.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("POST to the app = %d", resp.StatusCode)
	}
	if want := []string{"v3.dnaSequence.created seq_req", "v3.dnaSequence.created seq_req"}; !reflect.DeepEqual(got, want) {
		t.Errorf("handler saw %v, want %v", got, want)
	}

	if _, err := s.NewRequest(context.Background(), "http://[::1", webhooktest.Delivery{}); err == nil || !strings.HasPrefix(err.Error(), "webhooktest: ") {
		t.Errorf("NewRequest(bad URL) = %v, want a webhooktest error", err)
	}
	//lint:ignore SA1012 checking that a nil context is an error, not a panic
	if _, err := s.NewRequest(nil, "/x", webhooktest.Delivery{}); err == nil {
		t.Error("NewRequest(nil context) = nil error")
	}
	ft := &fatalTB{TB: t}
	runFatal(ft, func() { s.Request(ft, "http://[::1", body) })
	if !ft.failed {
		t.Error("Request(t, bad URL) did not fail the test")
	}
}

// fatalTB records Fatal instead of failing the real test.
type fatalTB struct {
	testing.TB
	failed bool
}

func (f *fatalTB) Helper()               {}
func (f *fatalTB) Fatal(...any)          { f.failed = true; panic(f) }
func (f *fatalTB) Fatalf(string, ...any) { f.failed = true; panic(f) }

func runFatal(f *fatalTB, fn func()) {
	defer func() {
		if r := recover(); r != nil && r != f {
			panic(r)
		}
	}()
	fn()
}

func TestSignerMarshalEveryEventType(t *testing.T) {
	at := time.Date(2024, 5, 1, 12, 0, 0, 123_456_789, time.UTC)
	s := webhooktest.NewSigner(webhooktest.WithClock(func() time.Time { return at }),
		webhooktest.WithTenant("http://127.0.0.1:9", "ten_9"), webhooktest.WithAppID("app_9"),
		webhooktest.WithAppDefinitionID("appdef_9"))
	for _, typ := range webhook.EventTypes() {
		// A message of the generated type, from Parse itself.
		proto, err := webhook.Parse([]byte(`{"version":"0","baseURL":"x","tenantId":"x","app":{"id":"x"},` +
			`"appDefinition":{"id":null,"versionNumber":"x"},"message":{"type":"` + typ + `","id":"x",` +
			`"createdAt":"2020-01-01T00:00:00Z","resourceId":"x","stability":"beta","deprecated":true,"properties":[]}}`))
		if err != nil {
			t.Fatal(err)
		}
		m := reflect.New(reflect.TypeOf(proto.Message).Elem())
		ev := m.Elem().FieldByName("Event").Addr().Interface().(*webhook.Event)
		ev.ResourceID = "res_" + typ
		before := reflect.ValueOf(m.Elem().Interface())

		body, err := s.Marshal(m.Interface().(webhook.Message))
		if err != nil {
			t.Fatalf("Marshal(%s) = %v", typ, err)
		}
		if !reflect.DeepEqual(before.Interface(), m.Elem().Interface()) {
			t.Errorf("Marshal(%s) modified its argument", typ)
		}
		env, err := webhook.Parse(body)
		if err != nil {
			t.Fatalf("Parse(Marshal(%s)) = %v", typ, err)
		}
		if reflect.TypeOf(env.Message) != m.Type() || env.Message.Type() != typ {
			t.Errorf("Parse(Marshal(%s)).Message = %T %q", typ, env.Message, env.Message.Type())
		}
		got := reflect.ValueOf(env.Message).Elem().FieldByName("Event").Interface().(webhook.Event)
		if got.ResourceID != "res_"+typ || !strings.HasPrefix(got.ID, "evt_") || got.Stability != webhook.StabilityStable ||
			!got.CreatedAt.Equal(at.Truncate(time.Millisecond)) || got.Deprecated {
			t.Errorf("Parse(Marshal(%s)) event = %+v", typ, got)
		}
		if props := reflect.ValueOf(env.Message).Elem().FieldByName("Properties"); props.IsValid() && (props.IsNil() || props.Len() != 0) {
			t.Errorf("Parse(Marshal(%s)).Properties = %v, want an empty list", typ, props)
		}
		want := webhook.Envelope{Version: "0", BaseURL: "http://127.0.0.1:9", TenantID: "ten_9",
			App: webhook.App{ID: "app_9"}, AppDefinition: webhook.AppDefinition{ID: "appdef_9", VersionNumber: "0.0.1"}}
		env.Message = nil
		if diff := cmp.Diff(want, *env); diff != "" {
			t.Errorf("Marshal(%s) envelope (-want +got):\n%s", typ, diff)
		}
	}
}

func TestSignerMarshalKeepsWhatIsSet(t *testing.T) {
	s := webhooktest.NewSigner()
	at := time.Date(2023, 1, 2, 3, 4, 5, 0, time.UTC)
	m := &webhook.ProjectUpdated{UpdateEvent: webhook.UpdateEvent{
		Event:      webhook.Event{ID: "evt_mine", EventType: webhook.EventProjectUpdated, CreatedAt: at, ResourceID: "src_1", Stability: webhook.StabilityBeta, Deprecated: true},
		Properties: []string{"name"},
	}}
	body, err := s.MarshalEnvelope(webhook.Envelope{BaseURL: "https://other.benchling.com", TenantID: "ten_other", Message: m,
		AppDefinition: webhook.AppDefinition{VersionNumber: "2.0.0"}})
	if err != nil {
		t.Fatal(err)
	}
	env, err := webhook.Parse(body)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(m, env.Message); diff != "" {
		t.Errorf("message (-set +parsed):\n%s", diff)
	}
	if env.BaseURL != "https://other.benchling.com" || env.TenantID != "ten_other" || env.AppDefinition.VersionNumber != "2.0.0" ||
		env.AppDefinition.ID != webhooktest.DefaultAppDefinitionID || env.App.ID != webhooktest.DefaultAppID {
		t.Errorf("envelope = %+v", env)
	}
	// A value (not a pointer) works too.
	if _, err := s.Marshal(*created("seq_v")); err != nil {
		t.Errorf("Marshal(value) = %v", err)
	}
	// An UnknownMessage is sent as it is.
	raw := json.RawMessage(`{"type":"v2.assayRun.created","assayRunId":"run_1"}`)
	body, err = s.Marshal(&webhook.UnknownMessage{EventType: "v2.assayRun.created", Raw: raw})
	if err != nil {
		t.Fatal(err)
	}
	if env, err := webhook.Parse(body); err != nil || string(env.Message.(*webhook.UnknownMessage).Raw) != string(raw) {
		t.Errorf("Parse(Marshal(UnknownMessage)) = %v, %v", env, err)
	}
}

type notAMessage struct{ webhook.Event }

func TestSignerMarshalErrors(t *testing.T) {
	s := webhooktest.NewSigner()
	var nilCreated *webhook.DnaSequenceCreated
	tests := []struct {
		name string
		m    webhook.Message
		want string
	}{
		{"nil", nil, "no message"},
		{"nil pointer", nilCreated, "nil"},
		{"no resource ID", &webhook.DnaSequenceCreated{}, "no ResourceID"},
		{"type contradicts", &webhook.DnaSequenceCreated{Event: webhook.Event{EventType: webhook.EventEntryCreated, ResourceID: "x"}}, `must be "v3.dnaSequence.created"`},
		{"foreign type", &notAMessage{Event: webhook.Event{ResourceID: "x"}}, "not a message type"},
		{"unknown without raw", &webhook.UnknownMessage{EventType: "v2.x"}, "no Raw"},
		{"unknown with empty type", &webhook.UnknownMessage{Raw: json.RawMessage(`{"type":""}`)}, "message.type is empty"},
		{"invalid created message in raw", &webhook.UnknownMessage{Raw: json.RawMessage(`{"type":"v3.entry.created"}`)}, "message.id is missing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body, err := s.Marshal(tt.m)
			if err == nil || body != nil || !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), "webhooktest: ") {
				t.Errorf("Marshal() = %s, %v; want an error saying %q", body, err, tt.want)
			}
		})
	}
	ft := &fatalTB{TB: t}
	runFatal(ft, func() { s.Body(ft, &webhook.DnaSequenceCreated{}) })
	if !ft.failed {
		t.Error("Body(t, invalid) did not fail the test")
	}
}

// TestSignerConcurrent signs, rotates, retires and serves at once, for the
// race detector.
func TestSignerConcurrent(t *testing.T) {
	s := webhooktest.NewSigner()
	srv := webhooktest.NewServer(t, s)
	v := newVerifier(t, srv, webhook.WithMinRefetchInterval(0))
	body := []byte(`{}`)
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range 10 {
				if i == 0 && j%3 == 0 {
					old := s.Key()
					s.Rotate()
					s.Retire(old)
				}
				h := s.Sign(webhooktest.Delivery{Body: body, Keys: s.Keys()})
				_ = v.Verify(context.Background(), h, body)
				_ = s.JWKS()
			}
		}()
	}
	wg.Wait()
	// After the dust settles, the current key verifies.
	if err := v.Verify(context.Background(), s.Header(body), body); err != nil {
		t.Errorf("Verify() after concurrent rotation = %v", err)
	}
}

// TestSignerZeroValue checks that a Signer not made by NewSigner works with
// the defaults instead of panicking.
func TestSignerZeroValue(t *testing.T) {
	var s webhooktest.Signer
	srv := webhooktest.NewServer(t, &s)
	// The JWKS, fetched before anything is signed, holds the first key.
	resp, err := srv.Client().Get(srv.JWKSURL())
	if err != nil {
		t.Fatal(err)
	}
	jwks, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(jwks), `"kid":"key-1"`) {
		t.Errorf("JWKS of a zero Signer = %s, want key-1", jwks)
	}
	v := newVerifier(t, srv)
	body := s.Body(t, created("seq_zero"))
	if err := v.Verify(context.Background(), s.Header(body), body); err != nil {
		t.Errorf("Verify() = %v", err)
	}
	env, err := webhook.Parse(body)
	if err != nil {
		t.Fatal(err)
	}
	if env.AppDefinition.ID != webhooktest.DefaultAppDefinitionID || env.BaseURL != webhooktest.DefaultBaseURL ||
		env.TenantID != webhooktest.DefaultTenantID || env.App.ID != webhooktest.DefaultAppID || s.AppDefinitionID() != webhooktest.DefaultAppDefinitionID {
		t.Errorf("envelope = %+v", env)
	}
	if ids := keyIDs(s.Keys()); !reflect.DeepEqual(ids, []string{"key-1"}) {
		t.Errorf("Keys() = %v", ids)
	}
}
