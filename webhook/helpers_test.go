package webhook

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// testAppDefinitionID is an app definition ID in the spec's example format.
const testAppDefinitionID = "appdef_1jdbvuo2740aslk"

// testKey is a P-256 signing key generated for one test.
type testKey struct {
	kid  string
	priv *ecdsa.PrivateKey
}

func newTestKey(t testing.TB, kid string) testKey {
	t.Helper()
	priv, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return testKey{kid: kid, priv: priv}
}

// jwk returns the key's public half as a JSON Web Key.
func (k testKey) jwk() map[string]string {
	raw, err := k.priv.PublicKey.Bytes() // 0x04 || X || Y
	if err != nil {
		panic(err)
	}
	return map[string]string{
		"kty": "EC", "crv": "P-256", "use": "sig", "alg": "ES256", "kid": k.kid,
		"x": base64.RawURLEncoding.EncodeToString(raw[1:33]),
		"y": base64.RawURLEncoding.EncodeToString(raw[33:]),
	}
}

// jwksJSON returns a JWK Set holding keys.
func jwksJSON(keys ...testKey) []byte {
	set := struct {
		Keys []map[string]string `json:"keys"`
	}{Keys: []map[string]string{}}
	for _, k := range keys {
		set.Keys = append(set.Keys, k.jwk())
	}
	b, err := json.Marshal(set)
	if err != nil {
		panic(err)
	}
	return b
}

// signature returns a "v1der,<base64>" item signing <id>.<ts>.<body>.
func (k testKey) signature(t testing.TB, id, ts string, body []byte) string {
	t.Helper()
	digest := sha256.Sum256([]byte(id + "." + ts + "." + string(body)))
	der, err := ecdsa.SignASN1(rand.Reader, k.priv, digest[:])
	if err != nil {
		t.Fatal(err)
	}
	return "v1der," + base64.StdEncoding.EncodeToString(der)
}

// signedHeader returns the three webhook headers for body signed by k at
// time at.
func (k testKey) signedHeader(t testing.TB, id string, at time.Time, body []byte) http.Header {
	t.Helper()
	ts := strconv.FormatInt(at.Unix(), 10)
	h := http.Header{}
	h.Set(HeaderID, id)
	h.Set(HeaderTimestamp, ts)
	h.Set(HeaderSignature, k.signature(t, id, ts, body))
	return h
}

// jwksServer is a loopback JWKS endpoint whose response tests can change.
type jwksServer struct {
	*httptest.Server
	hits atomic.Int32

	mu     sync.Mutex
	status int
	body   []byte
	delay  time.Duration
	block  bool // wait for the request's context to end, then fail
}

func newJWKSServer(t testing.TB, keys ...testKey) *jwksServer {
	t.Helper()
	s := &jwksServer{status: http.StatusOK, body: jwksJSON(keys...)}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.hits.Add(1)
		if r.Method != http.MethodGet || r.URL.Path != "/jwks" {
			t.Errorf("JWKS server got %s %s", r.Method, r.URL.Path)
		}
		s.mu.Lock()
		status, body, delay, block := s.status, s.body, s.delay, s.block
		s.mu.Unlock()
		if block {
			<-r.Context().Done()
			return
		}
		if delay > 0 {
			time.Sleep(delay)
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		w.Write(body)
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *jwksServer) URL() string { return s.Server.URL + "/jwks" }

func (s *jwksServer) setKeys(keys ...testKey) { s.set(http.StatusOK, jwksJSON(keys...)) }

func (s *jwksServer) set(status int, body []byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.status, s.body = status, body
}

func (s *jwksServer) setBlock(b bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.block = b
}

// fakeClock is a settable clock.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func newFakeClock() *fakeClock { return &fakeClock{t: time.Unix(1_700_000_000, 0)} }

func (c *fakeClock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// newTestVerifier returns a Verifier for srv's JWKS with clock.
func newTestVerifier(t testing.TB, srv *jwksServer, clock *fakeClock, opts ...Option) *Verifier {
	t.Helper()
	all := []Option{WithJWKSURL(srv.URL()), WithHTTPClient(srv.Client()), WithClock(clock.now)}
	v, err := NewVerifier(testAppDefinitionID, append(all, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func mustJSON(t testing.TB, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
