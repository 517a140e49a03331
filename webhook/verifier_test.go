package webhook

import (
	"context"
	"encoding/base64"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// testBody is a delivery body; secretMarker must never show up in an error.
const secretMarker = "ATGCsecretSEQUENCE"

var testBody = []byte(`{"version":"0","baseURL":"https://mytenant.benchling.com","tenantId":"ten_7fbo183",` +
	`"app":{"id":"app_1jdbvuo2740aslk"},"appDefinition":{"id":"appdef_1jdbvuo2740aslk","versionNumber":"0.0.1"},` +
	`"message":{"id":"evt_1jdbvuo2740aslk","type":"v3.dnaSequence.created","createdAt":"2024-05-01T12:00:00Z",` +
	`"resourceId":"seq_1jdbvuo2740aslk","stability":"stable","deprecated":false,"note":"` + secretMarker + `"}}`)

func TestWebhookVerifyValid(t *testing.T) {
	key := newTestKey(t, "k1")
	srv := newJWKSServer(t, key)
	clock := newFakeClock()
	v := newTestVerifier(t, srv, clock)
	for i := range 3 {
		h := key.signedHeader(t, "msg_"+strconv.Itoa(i), clock.now(), testBody)
		if err := v.Verify(context.Background(), h, testBody); err != nil {
			t.Fatalf("Verify() #%d = %v, want nil", i, err)
		}
	}
	if got := srv.hits.Load(); got != 1 {
		t.Errorf("JWKS fetched %d times for 3 deliveries, want 1", got)
	}
	// Header maps built by hand with lower-case keys work too.
	ts := strconv.FormatInt(clock.now().Unix(), 10)
	raw := http.Header{"webhook-id": {"msg_x"}, "webhook-timestamp": {ts}, "webhook-signature": {key.signature(t, "msg_x", ts, testBody)}}
	if err := v.Verify(context.Background(), raw, testBody); err != nil {
		t.Errorf("Verify(lower-case header map) = %v, want nil", err)
	}
	// A fractional timestamp is accepted, with or without digits after the
	// point (Benchling's SDK parses a float; Python's float accepts "1.").
	for _, tsFrac := range []string{ts + ".25", ts + "."} {
		h := http.Header{}
		h.Set(HeaderID, "msg_f")
		h.Set(HeaderTimestamp, tsFrac)
		h.Set(HeaderSignature, key.signature(t, "msg_f", tsFrac, testBody))
		if err := v.Verify(context.Background(), h, testBody); err != nil {
			t.Errorf("Verify(timestamp %q) = %v, want nil", tsFrac, err)
		}
	}
}

func TestWebhookVerifyRejects(t *testing.T) {
	key := newTestKey(t, "k1")
	other := newTestKey(t, "other")
	clock := newFakeClock()
	now := clock.now()
	good := func() http.Header { return key.signedHeader(t, "msg_1", now, testBody) }
	withHeader := func(name, value string) http.Header {
		h := good()
		h.Set(name, value)
		return h
	}
	without := func(name string) http.Header {
		h := good()
		h.Del(name)
		return h
	}
	sigOf := func(item string) http.Header { return withHeader(HeaderSignature, item) }
	notDER := base64.StdEncoding.EncodeToString([]byte("not a DER signature"))
	tampered := []byte(strings.Replace(string(testBody), "seq_1jdbvuo2740aslk", "seq_2jdbvuo2740aslk", 1))

	tests := []struct {
		name   string
		header http.Header
		body   []byte
		want   error
		fetch  bool // whether the JWKS is needed to decide
	}{
		{"tampered body", good(), tampered, ErrSignatureMismatch, true},
		{"tampered id", withHeader(HeaderID, "msg_2"), testBody, ErrSignatureMismatch, true},
		{"tampered timestamp", withHeader(HeaderTimestamp, strconv.FormatInt(now.Unix()+1, 10)), testBody, ErrSignatureMismatch, true},
		{"other key", other.signedHeader(t, "msg_1", now, testBody), testBody, ErrSignatureMismatch, true},
		{"replayed old timestamp", key.signedHeader(t, "msg_1", now.Add(-5*time.Minute-time.Second), testBody), testBody, ErrTimestampTooOld, false},
		{"future timestamp", key.signedHeader(t, "msg_1", now.Add(5*time.Minute+time.Second), testBody), testBody, ErrTimestampTooNew, false},
		{"missing id", without(HeaderID), testBody, ErrMissingHeader, false},
		{"missing timestamp", without(HeaderTimestamp), testBody, ErrMissingHeader, false},
		{"missing signature", without(HeaderSignature), testBody, ErrMissingHeader, false},
		{"blank signature", withHeader(HeaderSignature, "  "), testBody, ErrMissingHeader, false},
		{"timestamp not a number", withHeader(HeaderTimestamp, "yesterday"), testBody, ErrInvalidTimestamp, false},
		{"negative timestamp", withHeader(HeaderTimestamp, "-1700000000"), testBody, ErrInvalidTimestamp, false},
		{"exponent timestamp", withHeader(HeaderTimestamp, "1.7e9"), testBody, ErrInvalidTimestamp, false},
		{"NaN timestamp", withHeader(HeaderTimestamp, "NaN"), testBody, ErrInvalidTimestamp, false},
		{"timestamp with only a point", withHeader(HeaderTimestamp, "."), testBody, ErrInvalidTimestamp, false},
		{"timestamp with two points", withHeader(HeaderTimestamp, "1700000000.1.2"), testBody, ErrInvalidTimestamp, false},
		{"malformed base64", sigOf("v1der,@@@notbase64@@@"), testBody, ErrMalformedSignature, false},
		{"malformed DER", sigOf("v1der," + notDER), testBody, ErrMalformedSignature, false},
		{"empty signature", sigOf("v1der,"), testBody, ErrMalformedSignature, false},
		{"item without comma", sigOf("v1der"), testBody, ErrMalformedSignature, false},
		{"item without version", sigOf(",abcd"), testBody, ErrMalformedSignature, false},
		{"non-der versions only", sigOf("v1,c2lnbmF0dXJl v2,c2lnbmF0dXJl"), testBody, ErrNoSignature, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newJWKSServer(t, key)
			v := newTestVerifier(t, srv, clock)
			err := v.Verify(context.Background(), tt.header, tt.body)
			if !errors.Is(err, tt.want) {
				t.Fatalf("Verify() = %v, want %v", err, tt.want)
			}
			var verrT *VerificationError
			if !errors.As(err, &verrT) || verrT.Reason != tt.want {
				t.Errorf("Verify() = %#v, want a *VerificationError with Reason %v", err, tt.want)
			}
			if msg := err.Error(); strings.Contains(msg, secretMarker) || !strings.HasPrefix(msg, "webhook: ") {
				t.Errorf("error text %q must start with webhook: and not contain the body", msg)
			}
			if sig := tt.header.Get(HeaderSignature); len(sig) > 12 && strings.Contains(err.Error(), sig[6:]) {
				t.Errorf("error text %q contains the signature", err)
			}
			hits := srv.hits.Load()
			if tt.fetch && hits != 1 {
				t.Errorf("JWKS fetched %d times, want 1 (the refetch after a mismatch is rate limited)", hits)
			}
			if !tt.fetch && hits != 0 {
				t.Errorf("JWKS fetched %d times, want 0 for a cheap rejection", hits)
			}
		})
	}
}

func TestWebhookVerifyToleranceBoundary(t *testing.T) {
	key := newTestKey(t, "k1")
	srv := newJWKSServer(t, key)
	clock := newFakeClock()
	v := newTestVerifier(t, srv, clock, WithTolerance(time.Minute))
	for _, d := range []time.Duration{-time.Minute, time.Minute} {
		if err := v.Verify(context.Background(), key.signedHeader(t, "msg_1", clock.now().Add(d), testBody), testBody); err != nil {
			t.Errorf("Verify(timestamp now%+v) = %v, want nil at the tolerance's edge", d, err)
		}
	}
	err := v.Verify(context.Background(), key.signedHeader(t, "msg_1", clock.now().Add(-61*time.Second), testBody), testBody)
	if !errors.Is(err, ErrTimestampTooOld) {
		t.Errorf("Verify(61 s old, tolerance 1 m) = %v, want ErrTimestampTooOld", err)
	}
}

func TestWebhookVerifySeveralSignatures(t *testing.T) {
	key := newTestKey(t, "k1")
	other := newTestKey(t, "other")
	srv := newJWKSServer(t, key)
	clock := newFakeClock()
	v := newTestVerifier(t, srv, clock)
	ts := strconv.FormatInt(clock.now().Unix(), 10)
	good := key.signature(t, "msg_1", ts, testBody)
	bad := other.signature(t, "msg_1", ts, testBody)
	for _, header := range []string{
		"v1,c2lnbmF0dXJl " + bad + " " + good,
		good + " " + bad,
		"v1,c2lnbmF0dXJl  " + strings.Replace(good, "v1der", "v2der", 1), // any version containing der
		bad + "\t" + strings.TrimRight(good, "="),                        // unpadded base64
	} {
		h := http.Header{}
		h.Set(HeaderID, "msg_1")
		h.Set(HeaderTimestamp, ts)
		h.Set(HeaderSignature, header)
		if err := v.Verify(context.Background(), h, testBody); err != nil {
			t.Errorf("Verify(%q) = %v, want nil", header, err)
		}
	}
	// A JWKS with several keys: any key may verify.
	srv2 := newJWKSServer(t, other, key)
	v2 := newTestVerifier(t, srv2, clock)
	if err := v2.Verify(context.Background(), key.signedHeader(t, "msg_1", clock.now(), testBody), testBody); err != nil {
		t.Errorf("Verify(second key of the set) = %v, want nil", err)
	}
	// Too many der signatures.
	h := key.signedHeader(t, "msg_1", clock.now(), testBody)
	h.Set(HeaderSignature, strings.Repeat(bad+" ", maxSignatures)+good)
	if err := v.Verify(context.Background(), h, testBody); !errors.Is(err, ErrMalformedSignature) {
		t.Errorf("Verify(%d signatures) = %v, want ErrMalformedSignature", maxSignatures+1, err)
	}
}

func TestWebhookKeyRotation(t *testing.T) {
	oldKey := newTestKey(t, "old")
	newKey := newTestKey(t, "new")
	srv := newJWKSServer(t, oldKey)
	clock := newFakeClock()
	v := newTestVerifier(t, srv, clock, WithMinRefetchInterval(time.Minute))
	ctx := context.Background()
	verify := func(k testKey) error {
		return v.Verify(ctx, k.signedHeader(t, "msg_1", clock.now(), testBody), testBody)
	}
	if err := verify(oldKey); err != nil {
		t.Fatalf("Verify(old key) = %v", err)
	}
	srv.setKeys(oldKey, newKey) // Benchling starts signing with a new key

	// Within the min-refetch interval of the first fetch: no refetch.
	clock.advance(30 * time.Second)
	if err := verify(newKey); !errors.Is(err, ErrSignatureMismatch) {
		t.Fatalf("Verify(new key, refetch rate limited) = %v, want ErrSignatureMismatch", err)
	}
	if got := srv.hits.Load(); got != 1 {
		t.Fatalf("JWKS fetched %d times, want 1 (rate limited)", got)
	}
	// Past it: the unknown key triggers a refetch, which succeeds.
	clock.advance(31 * time.Second)
	if err := verify(newKey); err != nil {
		t.Fatalf("Verify(new key after the interval) = %v, want nil", err)
	}
	if got := srv.hits.Load(); got != 2 {
		t.Fatalf("JWKS fetched %d times, want 2", got)
	}
	// A flood of forged deliveries right after costs no further fetches.
	forger := newTestKey(t, "forger")
	for range 20 {
		if err := verify(forger); !errors.Is(err, ErrSignatureMismatch) {
			t.Fatalf("Verify(forged) = %v, want ErrSignatureMismatch", err)
		}
	}
	if got := srv.hits.Load(); got != 2 {
		t.Errorf("JWKS fetched %d times after forged deliveries, want still 2", got)
	}
	// The old key is retired. Cached keys stay trusted until the next
	// refresh; after it, the old key fails.
	srv.setKeys(newKey)
	clock.advance(2 * time.Minute)
	if err := verify(oldKey); err != nil {
		t.Errorf("Verify(retired key, cache not yet refreshed) = %v, want nil", err)
	}
	clock.advance(DefaultRefreshInterval)
	if err := verify(oldKey); !errors.Is(err, ErrSignatureMismatch) {
		t.Errorf("Verify(retired key) = %v, want ErrSignatureMismatch", err)
	}
	if err := verify(newKey); err != nil {
		t.Errorf("Verify(new key) = %v, want nil", err)
	}
	if got := srv.hits.Load(); got != 3 {
		t.Errorf("JWKS fetched %d times, want 3", got)
	}
}

func TestWebhookRefreshInterval(t *testing.T) {
	key := newTestKey(t, "k1")
	srv := newJWKSServer(t, key)
	clock := newFakeClock()
	v := newTestVerifier(t, srv, clock, WithRefreshInterval(time.Hour))
	ctx := context.Background()
	verify := func() error { return v.Verify(ctx, key.signedHeader(t, "msg_1", clock.now(), testBody), testBody) }
	if err := verify(); err != nil {
		t.Fatal(err)
	}
	clock.advance(59 * time.Minute)
	if err := verify(); err != nil || srv.hits.Load() != 1 {
		t.Fatalf("Verify() within the refresh interval = %v with %d fetches, want nil with 1", err, srv.hits.Load())
	}
	clock.advance(2 * time.Minute)
	if err := verify(); err != nil || srv.hits.Load() != 2 {
		t.Fatalf("Verify() after the refresh interval = %v with %d fetches, want nil with 2", err, srv.hits.Load())
	}
	// The JWKS goes down: keys younger than 6 h are still used, refresh
	// attempts are rate limited, and older keys are refused.
	srv.set(http.StatusServiceUnavailable, []byte("down"))
	clock.advance(61 * time.Minute)
	if err := verify(); err != nil {
		t.Fatalf("Verify() with the JWKS down and keys 61 m old = %v, want nil", err)
	}
	if err := verify(); err != nil || srv.hits.Load() != 3 {
		t.Fatalf("second Verify() = %v with %d fetches, want nil with 3 (refresh retry rate limited)", err, srv.hits.Load())
	}
	clock.advance(MaxRefreshInterval)
	if err := verify(); !errors.Is(err, ErrJWKS) {
		t.Fatalf("Verify() with keys older than 6 h and the JWKS down = %v, want ErrJWKS", err)
	}
	srv.setKeys(key)
	clock.advance(DefaultMinRefetchInterval)
	if err := verify(); err != nil {
		t.Fatalf("Verify() after the JWKS recovered = %v, want nil", err)
	}
}

func TestWebhookJWKSFailures(t *testing.T) {
	key := newTestKey(t, "k1")
	offCurve := key.jwk()
	offCurve["y"] = offCurve["x"]
	badB64 := key.jwk()
	badB64["x"] = "!!!"
	short := key.jwk()
	short["x"] = base64.RawURLEncoding.EncodeToString([]byte("short"))
	set := func(keys ...map[string]string) []byte {
		b := []byte(`{"keys":[`)
		for i, k := range keys {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, mustJSON(t, k)...)
		}
		return append(b, "]}"...)
	}
	tests := []struct {
		name   string
		status int
		body   []byte
	}{
		{"500", http.StatusInternalServerError, []byte(`{"error":"boom"}`)},
		{"404", http.StatusNotFound, nil},
		{"garbage", http.StatusOK, []byte("<html>garbage</html>")},
		{"empty set", http.StatusOK, []byte(`{"keys":[]}`)},
		{"RSA only", http.StatusOK, []byte(`{"keys":[{"kty":"RSA","n":"AQAB","e":"AQAB"}]}`)},
		{"other curve", http.StatusOK, set(map[string]string{"kty": "EC", "crv": "P-384", "x": "AA", "y": "AA"})},
		{"point off the curve", http.StatusOK, set(offCurve)},
		{"bad base64", http.StatusOK, set(badB64)},
		{"short coordinate", http.StatusOK, set(short)},
		{"too large", http.StatusOK, append([]byte(`{"keys":[],"pad":"`), make([]byte, maxJWKSSize)...)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newJWKSServer(t)
			srv.set(tt.status, tt.body)
			clock := newFakeClock()
			v := newTestVerifier(t, srv, clock)
			h := key.signedHeader(t, "msg_1", clock.now(), testBody)
			err := v.Verify(context.Background(), h, testBody)
			if !errors.Is(err, ErrJWKS) {
				t.Fatalf("Verify() = %v, want ErrJWKS", err)
			}
			if strings.Contains(err.Error(), "garbage") || strings.Contains(err.Error(), "boom") {
				t.Errorf("error %q quotes the JWKS response", err)
			}
			// Failed fetches are rate limited too.
			if err := v.Verify(context.Background(), h, testBody); !errors.Is(err, ErrJWKS) || srv.hits.Load() != 1 {
				t.Errorf("second Verify() = %v with %d fetches, want ErrJWKS with 1", err, srv.hits.Load())
			}
			srv.setKeys(key)
			clock.advance(DefaultMinRefetchInterval)
			h = key.signedHeader(t, "msg_1", clock.now(), testBody)
			if err := v.Verify(context.Background(), h, testBody); err != nil {
				t.Errorf("Verify() after the JWKS recovered = %v, want nil", err)
			}
		})
	}
	t.Run("server down", func(t *testing.T) {
		srv := newJWKSServer(t, key)
		srv.Close()
		clock := newFakeClock()
		v := newTestVerifier(t, srv, clock)
		if err := v.Verify(context.Background(), key.signedHeader(t, "msg_1", clock.now(), testBody), testBody); !errors.Is(err, ErrJWKS) {
			t.Errorf("Verify() = %v, want ErrJWKS", err)
		}
	})
}

func TestWebhookParseJWKS(t *testing.T) {
	a, b := newTestKey(t, "a"), newTestKey(t, "b")
	data := []byte(`{"keys":[{"kty":"RSA","kid":"rsa","n":"AQAB","e":"AQAB"},` +
		`{"kty":"EC","crv":"P-256","use":"enc","x":"AA","y":"AA"},` +
		string(mustJSON(t, a.jwk())) + "," + string(mustJSON(t, b.jwk())) + "]}")
	keys, err := parseJWKS(data)
	if err != nil {
		t.Fatal(err)
	}
	if len(keys) != 2 || keys[0].kid != "a" || keys[1].kid != "b" {
		t.Fatalf("parseJWKS() = %d keys %v, want a and b", len(keys), keys)
	}
	if !keys[0].pub.Equal(&a.priv.PublicKey) || !keys[1].pub.Equal(&b.priv.PublicKey) {
		t.Errorf("parseJWKS() keys differ from the generated ones")
	}
	padded := a.jwk()
	padded["x"] += "="
	if _, err := parseJWKS([]byte(`{"keys":[` + string(mustJSON(t, padded)) + `]}`)); err != nil {
		t.Errorf("parseJWKS(padded base64url) = %v, want nil", err)
	}
}

func TestWebhookConcurrentVerify(t *testing.T) {
	key := newTestKey(t, "k1")
	srv := newJWKSServer(t, key)
	srv.delay = 20 * time.Millisecond
	clock := newFakeClock()
	v := newTestVerifier(t, srv, clock)
	body := testBody
	h := key.signedHeader(t, "msg_1", clock.now(), body)
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for range 64 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs <- v.Verify(context.Background(), h, body)
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Errorf("Verify() = %v", err)
		}
	}
	if got := srv.hits.Load(); got != 1 {
		t.Errorf("JWKS fetched %d times by 64 concurrent Verify calls, want 1", got)
	}
}

func TestWebhookVerifyContext(t *testing.T) {
	key := newTestKey(t, "k1")
	srv := newJWKSServer(t, key)
	srv.setBlock(true)
	clock := newFakeClock()
	v := newTestVerifier(t, srv, clock)
	h := key.signedHeader(t, "msg_1", clock.now(), testBody)

	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	// A second caller waits for the first one's fetch with an already
	// cancelled context.
	waiting := make(chan error, 1)
	started := make(chan struct{})
	go func() {
		<-started
		cctx, ccancel := context.WithCancel(context.Background())
		ccancel()
		waiting <- v.Verify(cctx, h, testBody)
	}()
	go func() {
		for srv.hits.Load() == 0 {
			time.Sleep(time.Millisecond)
		}
		close(started)
	}()
	start := time.Now()
	err := v.Verify(ctx, h, testBody)
	if !errors.Is(err, context.DeadlineExceeded) || !errors.Is(err, ErrJWKS) {
		t.Fatalf("Verify(hanging JWKS) = %v, want ErrJWKS and context.DeadlineExceeded", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("Verify() returned after %v, want soon after the 50 ms deadline", d)
	}
	if err := <-waiting; !errors.Is(err, context.Canceled) {
		t.Errorf("waiting Verify(cancelled ctx) = %v, want context.Canceled", err)
	}
	// While no keys have been fetched yet, a fetch the caller abandoned is
	// not a failed attempt: the next call fetches at once, without waiting
	// out the min-refetch interval. (With cached keys it counts; see
	// TestWebhookCanceledRefetchCounts.)
	srv.setBlock(false)
	if err := v.Verify(context.Background(), h, testBody); err != nil {
		t.Errorf("Verify() after the JWKS answers again = %v, want nil", err)
	}
}

func TestWebhookNewVerifierOptions(t *testing.T) {
	bad := map[string][]Option{
		"bad URL":             {WithJWKSURL("ftp://example.com/jwks")},
		"relative URL":        {WithJWKSURL("/jwks")},
		"nil client":          {WithHTTPClient(nil)},
		"zero tolerance":      {WithTolerance(0)},
		"nil clock":           {WithClock(nil)},
		"refresh over 6 h":    {WithRefreshInterval(7 * time.Hour)},
		"zero refresh":        {WithRefreshInterval(0)},
		"negative refetch":    {WithMinRefetchInterval(-time.Second)},
		"zero max body":       {WithMaxBodySize(0)},
		"empty definition ID": nil,
	}
	for name, opts := range bad {
		id := testAppDefinitionID
		if name == "empty definition ID" {
			id = " "
		}
		if v, err := NewVerifier(id, opts...); err == nil || v != nil {
			t.Errorf("NewVerifier(%s) = %v, %v; want an error", name, v, err)
		}
	}
	v, err := NewVerifier("appdef_1jdbvuo2740aslk", nil, WithLogger(nil))
	if err != nil {
		t.Fatal(err)
	}
	if want := "https://apps.benchling.com/api/v1/apps/appdef_1jdbvuo2740aslk/jwks"; v.jwksURL != want {
		t.Errorf("default JWKS URL = %q, want %q", v.jwksURL, want)
	}
	if v.refresh > MaxRefreshInterval || v.tolerance != 5*time.Minute || v.minRefetch != time.Minute || v.maxBody != 10<<20 {
		t.Errorf("defaults = refresh %v, tolerance %v, min refetch %v, max body %d", v.refresh, v.tolerance, v.minRefetch, v.maxBody)
	}
	if got := JWKSURL("app/def"); got != "https://apps.benchling.com/api/v1/apps/app%2Fdef/jwks" {
		t.Errorf("JWKSURL(app/def) = %q, want the ID path-escaped", got)
	}
}
