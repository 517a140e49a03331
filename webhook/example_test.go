package webhook_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log"
	"net/http"
	"net/http/httptest"
	"strings"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/webhook"
	"github.com/benchling-go/benchling/webhook/webhooktest"
)

const exampleBody = `{"version":"0","baseURL":"https://mytenant.benchling.com","tenantId":"ten_7fbo183",` +
	`"app":{"id":"app_1jdbvuo2740aslk"},"appDefinition":{"id":"appdef_1jdbvuo2740aslk","versionNumber":"0.0.1"},` +
	`"message":{"id":"evt_1jdbvuo2740aslk","type":"v3.dnaSequence.updated","createdAt":"2024-05-01T12:00:00Z",` +
	`"resourceId":"seq_1jdbvuo2740aslk","stability":"stable","deprecated":false,"properties":["name","folderId"]}}`

// In the examples, package webhooktest stands in for Benchling: it signs
// deliveries and serves the JWKS on a loopback address.
func ExampleVerifier_Verify() {
	signer := webhooktest.NewSigner(webhooktest.WithAppDefinitionID("appdef_1jdbvuo2740aslk"))
	jwks, err := webhooktest.StartServer(signer)
	if err != nil {
		log.Fatal(err)
	}
	defer jwks.Close()

	// In production: webhook.NewVerifier("appdef_…") fetches the keys from
	// https://apps.benchling.com/api/v1/apps/appdef_…/jwks.
	v, err := webhook.NewVerifier("appdef_1jdbvuo2740aslk",
		webhook.WithJWKSURL(jwks.JWKSURL()),
		webhook.WithHTTPClient(jwks.Client()))
	if err != nil {
		log.Fatal(err)
	}
	body := []byte(exampleBody)
	header := signer.Header(body)
	fmt.Println("authentic:", v.Verify(context.Background(), header, body))

	tampered := bytes.Replace(body, []byte("seq_1"), []byte("seq_2"), 1)
	err = v.Verify(context.Background(), header, tampered)
	fmt.Println("tampered:", errors.Is(err, webhook.ErrSignatureMismatch))

	header.Del("webhook-timestamp")
	err = v.Verify(context.Background(), header, body)
	fmt.Println(err)
	// Output:
	// authentic: <nil>
	// tampered: true
	// webhook: missing header: webhook-timestamp
}

func ExampleVerifier_Middleware() {
	signer := webhooktest.NewSigner()
	jwks, err := webhooktest.StartServer(signer)
	if err != nil {
		log.Fatal(err)
	}
	defer jwks.Close()
	v, err := jwks.NewVerifier() // webhook.NewVerifier with WithJWKSURL and WithHTTPClient for jwks
	if err != nil {
		log.Fatal(err)
	}
	handler := v.Middleware(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		env, err := webhook.Parse(webhook.RawBody(r)) // or io.ReadAll(r.Body)
		if err != nil {
			http.Error(w, "bad payload", http.StatusBadRequest)
			return
		}
		fmt.Println("handling", env.Message.Type())
	}))
	mux := http.NewServeMux()
	mux.Handle("POST /benchling/webhooks", handler)

	send := func(req *http.Request) {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, req)
		fmt.Println(strings.TrimSpace(fmt.Sprint(rec.Code, " ", rec.Body.String())))
	}
	body := []byte(exampleBody)
	// In a test: send(signer.Request(t, "/benchling/webhooks", body)).
	req, err := signer.NewRequest(context.Background(), "/benchling/webhooks", webhooktest.Delivery{Body: body})
	if err != nil {
		log.Fatal(err)
	}
	send(req)
	req, _ = signer.NewRequest(context.Background(), "/benchling/webhooks", webhooktest.Delivery{Body: body, BadSignature: true})
	send(req)
	// Output:
	// handling v3.dnaSequence.updated
	// 200
	// 401 invalid webhook signature
}

func ExampleParse() {
	env, err := webhook.Parse([]byte(exampleBody))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("tenant:", env.TenantID, env.BaseURL)
	switch m := env.Message.(type) {
	case *webhook.DnaSequenceCreated:
		fmt.Println("new DNA sequence", m.ResourceID)
	case *webhook.DnaSequenceUpdated:
		fmt.Println("DNA sequence", m.ResourceID, "changed:", m.Properties)
	case *webhook.UnknownMessage:
		fmt.Println("unhandled event", m.Type())
	}
	// Output:
	// tenant: ten_7fbo183 https://mytenant.benchling.com
	// DNA sequence seq_1jdbvuo2740aslk changed: [name folderId]
}

// BaseURL is the tenant URL as Benchling sends it; benchling.NewClient takes
// it as it is, and APIBaseURL is the base URL that client sends requests to.
func ExampleEnvelope_APIBaseURL() {
	env, err := webhook.Parse([]byte(exampleBody))
	if err != nil {
		log.Fatal(err)
	}
	client, err := benchling.NewClient(env.BaseURL, benchling.WithAPIKey("sk_example"))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(env.BaseURL)
	fmt.Println(env.APIBaseURL())
	fmt.Println(client.BaseURL() == env.APIBaseURL())
	// Output:
	// https://mytenant.benchling.com
	// https://mytenant.benchling.com/api/v2
	// true
}
