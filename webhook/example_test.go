package webhook_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"log"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"time"

	"github.com/benchling-go/benchling/webhook"
)

// fakeBenchling stands in for Benchling in the examples: it holds a signing
// key and serves its public half as a JWKS on a loopback server.
type fakeBenchling struct {
	key  *ecdsa.PrivateKey
	jwks *httptest.Server
}

func newFakeBenchling() *fakeBenchling {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		log.Fatal(err)
	}
	pub, err := key.PublicKey.Bytes() // 0x04 || X || Y
	if err != nil {
		log.Fatal(err)
	}
	b64 := base64.RawURLEncoding.EncodeToString
	jwks := fmt.Sprintf(`{"keys":[{"kty":"EC","crv":"P-256","kid":"k1","use":"sig","alg":"ES256","x":%q,"y":%q}]}`,
		b64(pub[1:33]), b64(pub[33:]))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, jwks)
	}))
	return &fakeBenchling{key: key, jwks: srv}
}

// sign returns the headers Benchling sends with body.
func (b *fakeBenchling) sign(id string, body []byte) http.Header {
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	digest := sha256.Sum256([]byte(id + "." + ts + "." + string(body)))
	der, err := ecdsa.SignASN1(rand.Reader, b.key, digest[:])
	if err != nil {
		log.Fatal(err)
	}
	h := http.Header{}
	h.Set("webhook-id", id)
	h.Set("webhook-timestamp", ts)
	h.Set("webhook-signature", "v1der,"+base64.StdEncoding.EncodeToString(der))
	return h
}

const exampleBody = `{"version":"0","baseURL":"https://mytenant.benchling.com","tenantId":"ten_7fbo183",` +
	`"app":{"id":"app_1jdbvuo2740aslk"},"appDefinition":{"id":"appdef_1jdbvuo2740aslk","versionNumber":"0.0.1"},` +
	`"message":{"id":"evt_1jdbvuo2740aslk","type":"v3.dnaSequence.updated","createdAt":"2024-05-01T12:00:00Z",` +
	`"resourceId":"seq_1jdbvuo2740aslk","stability":"stable","deprecated":false,"properties":["name","folderId"]}}`

func ExampleVerifier_Verify() {
	benchling := newFakeBenchling()
	defer benchling.jwks.Close()

	// In production: webhook.NewVerifier("appdef_…") fetches the keys from
	// https://apps.benchling.com/api/v1/apps/appdef_…/jwks.
	v, err := webhook.NewVerifier("appdef_1jdbvuo2740aslk",
		webhook.WithJWKSURL(benchling.jwks.URL),
		webhook.WithHTTPClient(benchling.jwks.Client()))
	if err != nil {
		log.Fatal(err)
	}
	body := []byte(exampleBody)
	header := benchling.sign("msg_1", body)
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
	benchling := newFakeBenchling()
	defer benchling.jwks.Close()
	v, err := webhook.NewVerifier("appdef_1jdbvuo2740aslk",
		webhook.WithJWKSURL(benchling.jwks.URL),
		webhook.WithHTTPClient(benchling.jwks.Client()))
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

	send := func(header http.Header, body string) {
		req := httptest.NewRequest(http.MethodPost, "/benchling/webhooks", bytes.NewReader([]byte(body)))
		for k, vs := range header {
			req.Header[k] = vs
		}
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, req)
		fmt.Println(strings.TrimSpace(fmt.Sprint(rec.Code, " ", rec.Body.String())))
	}
	send(benchling.sign("msg_1", []byte(exampleBody)), exampleBody)
	send(benchling.sign("msg_2", []byte(exampleBody)), exampleBody+" ")
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
