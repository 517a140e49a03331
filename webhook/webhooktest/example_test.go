package webhooktest_test

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net/http"
	"net/http/httptest"
	"time"

	"github.com/benchling-go/benchling/webhook"
	"github.com/benchling-go/benchling/webhook/webhooktest"
)

// A handler under test behind the real middleware, fed a signed delivery
// of a typed message. In a test, use webhooktest.NewServer(t, signer),
// signer.Body(t, msg) and signer.Request(t, url, body) instead of the
// error-returning forms, which examples need.
func Example() {
	signer := webhooktest.NewSigner()
	jwks, err := webhooktest.StartServer(signer) // in a test: webhooktest.NewServer(t, signer)
	if err != nil {
		log.Fatal(err)
	}
	defer jwks.Close()
	v, err := jwks.NewVerifier()
	if err != nil {
		log.Fatal(err)
	}

	// The handler under test.
	handler := v.Middleware(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		env, err := webhook.Parse(webhook.RawBody(r))
		if err != nil {
			http.Error(w, "bad payload", http.StatusBadRequest)
			return
		}
		if m, ok := env.Message.(*webhook.DnaSequenceCreated); ok {
			fmt.Println("new DNA sequence", m.ResourceID, "on", env.BaseURL)
		}
	}))

	body, err := signer.Marshal(&webhook.DnaSequenceCreated{Event: webhook.Event{ResourceID: "seq_Cuf0bmCm"}})
	if err != nil {
		log.Fatal(err)
	}
	req, err := signer.NewRequest(context.Background(), "/benchling/webhooks", webhooktest.Delivery{Body: body})
	if err != nil {
		log.Fatal(err)
	}
	rec := httptest.NewRecorder()
	handler.ServeHTTP(rec, req) // in a test: handler.ServeHTTP(rec, signer.Request(t, "/benchling/webhooks", body))
	fmt.Println(rec.Code)

	// A forged delivery never reaches the handler.
	req, _ = signer.NewRequest(context.Background(), "/benchling/webhooks", webhooktest.Delivery{Body: body, BadSignature: true})
	rec = httptest.NewRecorder()
	handler.ServeHTTP(rec, req)
	fmt.Print(rec.Code, " ", rec.Body)
	// Output:
	// new DNA sequence seq_Cuf0bmCm on https://mytenant.benchling.com
	// 200
	// 401 invalid webhook signature
}

// Sign gives full control over a delivery: its ID, its timestamp, the keys
// that sign it, or a signature that verifies under no key.
func ExampleSigner_Sign() {
	now := time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	signer := webhooktest.NewSigner(webhooktest.WithClock(clock))
	jwks, err := webhooktest.StartServer(signer)
	if err != nil {
		log.Fatal(err)
	}
	defer jwks.Close()
	v, err := jwks.NewVerifier(webhook.WithClock(clock))
	if err != nil {
		log.Fatal(err)
	}
	body := []byte(`{"any":"bytes"}`)
	verify := func(d webhooktest.Delivery) {
		err := v.Verify(context.Background(), signer.Sign(d), body)
		var verr *webhook.VerificationError
		if errors.As(err, &verr) {
			err = verr.Reason
		}
		fmt.Println(err)
	}
	h := signer.Sign(webhooktest.Delivery{Body: body, ID: "msg_1"})
	fmt.Println(h.Get("webhook-id"), h.Get("webhook-timestamp"), h.Get("webhook-signature")[:6])

	verify(webhooktest.Delivery{Body: body})
	verify(webhooktest.Delivery{Body: body, Timestamp: now.Add(-10 * time.Minute)})
	verify(webhooktest.Delivery{Body: body, BadSignature: true})
	verify(webhooktest.Delivery{Body: body, Keys: []*webhooktest.Key{webhooktest.NewSigner().Key()}})
	// Output:
	// msg_1 1714564800 v1der,
	// <nil>
	// webhook: timestamp too old
	// webhook: signature mismatch
	// webhook: signature mismatch
}

// Rotate and Retire change the keys the server publishes, as Benchling
// does when it rotates an app definition's keys: the Verifier refetches
// the set when a delivery matches no cached key.
func ExampleSigner_Rotate() {
	signer := webhooktest.NewSigner()
	jwks, err := webhooktest.StartServer(signer)
	if err != nil {
		log.Fatal(err)
	}
	defer jwks.Close()
	// WithMinRefetchInterval(0): let the Verifier refetch at once after
	// the rotation (by default, at most once a minute).
	v, err := jwks.NewVerifier(webhook.WithMinRefetchInterval(0))
	if err != nil {
		log.Fatal(err)
	}
	body := []byte(`{}`)
	fmt.Println("key-1:", v.Verify(context.Background(), signer.Header(body), body))

	old := signer.Key()
	signer.Rotate()
	fmt.Println("key-2:", v.Verify(context.Background(), signer.Header(body), body), "fetches:", jwks.Fetches())

	signer.Retire(old)
	fresh, err := jwks.NewVerifier()
	if err != nil {
		log.Fatal(err)
	}
	stale := signer.Sign(webhooktest.Delivery{Body: body, Keys: []*webhooktest.Key{old}})
	err = fresh.Verify(context.Background(), stale, body)
	fmt.Println("retired key-1:", errors.Is(err, webhook.ErrSignatureMismatch))
	fmt.Println("published:", len(signer.Keys()), signer.Keys()[0].ID())
	// Output:
	// key-1: <nil>
	// key-2: <nil> fetches: 2
	// retired key-1: true
	// published: 1 key-2
}

// Marshal builds a delivery body from a typed message: the envelope comes
// from the signer's options, and the message's empty fields get defaults
// (type, ID, createdAt, stability).
func ExampleSigner_Marshal() {
	signer := webhooktest.NewSigner(
		webhooktest.WithTenant("https://acme.benchling.com", "ten_acme"),
		webhooktest.WithAppDefinitionID("appdef_SpFVQGlI"))
	body, err := signer.Marshal(&webhook.DnaSequenceUpdated{UpdateEvent: webhook.UpdateEvent{
		Event:      webhook.Event{ResourceID: "seq_Cuf0bmCm"},
		Properties: []string{"name", "bases"},
	}})
	if err != nil {
		log.Fatal(err)
	}
	env, err := webhook.Parse(body)
	if err != nil {
		log.Fatal(err)
	}
	m := env.Message.(*webhook.DnaSequenceUpdated)
	fmt.Println(env.BaseURL, env.TenantID, env.AppDefinition.ID)
	fmt.Println(m.Type(), m.ResourceID, m.Properties, m.Stability)

	_, err = signer.Marshal(&webhook.DnaSequenceCreated{})
	fmt.Println(err)
	// Output:
	// https://acme.benchling.com ten_acme appdef_SpFVQGlI
	// v3.dnaSequence.updated seq_Cuf0bmCm [name bases] stable
	// webhooktest: the v3.dnaSequence.created message has no ResourceID, which the v3 spec requires
}
