package webhook

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
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
