package webhook

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"
)

// A timestamp centuries ahead must be rejected as too new, before any key
// fetch: now.Sub(t) saturates for it, so negating the age overflowed.
func TestWebhookFarFutureTimestamp(t *testing.T) {
	for _, ts := range []string{"99999999999", "999999999999", "99999999999.5"} {
		t.Run(ts, func(t *testing.T) {
			srv := newJWKSServer(t, newTestKey(t, "k1"))
			clock := newFakeClock()
			v := newTestVerifier(t, srv, clock)
			h := http.Header{}
			h.Set(HeaderID, "msg_1")
			h.Set(HeaderTimestamp, ts)
			h.Set(HeaderSignature, "v1der,MAYCAQECAQE=")
			err := v.Verify(context.Background(), h, []byte("{}"))
			if !errors.Is(err, ErrTimestampTooNew) {
				t.Fatalf("Verify = %v, want ErrTimestampTooNew", err)
			}
			if n := srv.hits.Load(); n != 0 {
				t.Fatalf("JWKS fetched %d times for a bad timestamp", n)
			}
			if msg := err.Error(); !strings.Contains(msg, "over 292 years ahead") {
				t.Errorf("error text %q, want it to say the timestamp is over 292 years ahead", msg)
			}
		})
	}
}

// Forged deliveries whose callers cancel mid-fetch must not bypass the
// min-refetch interval.
func TestWebhookCanceledRefetchCounts(t *testing.T) {
	key := newTestKey(t, "k1")
	srv := newJWKSServer(t, key)
	clock := newFakeClock()
	v := newTestVerifier(t, srv, clock)
	body := []byte(`{}`)
	if err := v.Verify(context.Background(), key.signedHeader(t, "msg_1", clock.now(), body), body); err != nil {
		t.Fatal(err)
	}
	clock.advance(2 * time.Minute) // past min-refetch, keys still fresh
	srv.setBlock(true)             // a slow JWKS endpoint
	forger := newTestKey(t, "evil")
	for i := 0; i < 5; i++ {
		ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
		err := v.Verify(ctx, forger.signedHeader(t, "msg_x", clock.now(), body), body)
		cancel()
		if !errors.Is(err, ErrSignatureMismatch) {
			t.Errorf("forged delivery %d: Verify = %v, want ErrSignatureMismatch", i, err)
		}
	}
	if n := srv.hits.Load(); n != 2 {
		t.Fatalf("5 forged deliveries within the min-refetch interval caused %d JWKS fetches, want 1", n-1)
	}
	// The genuine key still verifies from the cache meanwhile.
	if err := v.Verify(context.Background(), key.signedHeader(t, "msg_2", clock.now(), body), body); err != nil {
		t.Errorf("genuine delivery after the abandoned refetch: Verify = %v, want nil", err)
	}
	// Once the interval has passed, a mismatch may fetch again.
	srv.setBlock(false)
	clock.advance(DefaultMinRefetchInterval)
	_ = v.Verify(context.Background(), forger.signedHeader(t, "msg_y", clock.now(), body), body)
	if n := srv.hits.Load(); n != 3 {
		t.Errorf("JWKS fetched %d times in all, want 3 (a refetch after the interval)", n)
	}
}

// A refresh of stale keys cut short by its caller counts too: the next
// deliveries within the min-refetch interval use the cached keys, which are
// younger than MaxRefreshInterval, instead of fetching again.
func TestWebhookCanceledRefreshCounts(t *testing.T) {
	key := newTestKey(t, "k1")
	srv := newJWKSServer(t, key)
	clock := newFakeClock()
	v := newTestVerifier(t, srv, clock)
	body := []byte(`{}`)
	if err := v.Verify(context.Background(), key.signedHeader(t, "msg_1", clock.now(), body), body); err != nil {
		t.Fatal(err)
	}
	clock.advance(DefaultRefreshInterval + time.Minute) // stale, not expired
	srv.setBlock(true)
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	err := v.Verify(ctx, key.signedHeader(t, "msg_2", clock.now(), body), body)
	cancel()
	if !errors.Is(err, ErrJWKS) || !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Verify with a hanging refresh = %v, want ErrJWKS and context.DeadlineExceeded", err)
	}
	for i := 0; i < 3; i++ {
		ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
		err := v.Verify(ctx, key.signedHeader(t, "msg_3", clock.now(), body), body)
		cancel()
		if err != nil {
			t.Errorf("delivery %d after the abandoned refresh: Verify = %v, want nil from the cached keys", i, err)
		}
	}
	if n := srv.hits.Load(); n != 2 {
		t.Errorf("JWKS fetched %d times, want 2 (the first fetch and one abandoned refresh)", n)
	}
}
