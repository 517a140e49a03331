package webhook

import (
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"testing"
	"time"
)

// BenchmarkWebhookVerify measures Verify with a warm key cache against a
// floor measured in the same loop: hashing the signed bytes and one
// ecdsa.VerifyASN1, the work no verifier can skip. x-floor is the ratio
// (ns/op counts both).
func BenchmarkWebhookVerify(b *testing.B) {
	key := newTestKey(b, "k1")
	srv := newJWKSServer(b, key)
	clock := newFakeClock()
	v := newTestVerifier(b, srv, clock)
	h := key.signedHeader(b, "msg_1", clock.now(), testBody)
	ctx := context.Background()
	if err := v.Verify(ctx, h, testBody); err != nil {
		b.Fatal(err)
	}
	sigs, err := parseSignatureHeader(h.Get(HeaderSignature))
	if err != nil {
		b.Fatal(err)
	}
	msg := []byte(h.Get(HeaderID) + "." + h.Get(HeaderTimestamp) + "." + string(testBody))

	// Floor and Verify alternate, so that load from other processes on
	// the shared machine hits both alike.
	var floor, verify time.Duration
	for b.Loop() {
		t0 := time.Now()
		d := sha256.Sum256(msg)
		if !ecdsa.VerifyASN1(&key.priv.PublicKey, d[:], sigs[0]) {
			b.Fatal("floor: signature does not verify")
		}
		t1 := time.Now()
		if err := v.Verify(ctx, h, testBody); err != nil {
			b.Fatal(err)
		}
		floor += t1.Sub(t0)
		verify += time.Since(t1)
	}
	b.ReportMetric(float64(verify)/float64(b.N), "verify-ns/op")
	b.ReportMetric(float64(verify)/float64(floor), "x-floor")
}
