package benchling

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"log/slog"
	"math"
	"math/rand/v2"
	"net"
	"net/http"
	"strconv"
	"time"

	"github.com/hashicorp/go-retryablehttp"
)

// RetryPolicy says how often and how patiently the client retries. Which
// requests are retried is fixed by the SDK: GET, HEAD, PUT and DELETE on
// connection errors, 429, 502, 503 and 504; POST and PATCH only on 429 (a
// throttled request never ran) and on failures to connect at all, never on
// a 5xx or a connection lost after the request was sent, since Benchling
// has no idempotency keys and a second bulk-create would duplicate data.
type RetryPolicy struct {
	// MaxRetries is the number of retries after the first attempt; zero
	// turns retries off.
	MaxRetries int
	// MinBackoff is the first wait; each retry doubles it, with jitter.
	// Zero means one second.
	MinBackoff time.Duration
	// MaxBackoff caps every wait, including waits the server asked for
	// with Retry-After or x-rate-limit-reset. Zero means 30 seconds, one
	// Benchling rate-limit window.
	MaxBackoff time.Duration
}

// DefaultRetryPolicy returns the policy a client uses unless
// WithRetryPolicy replaces it: 5 retries, backoff from 1 s doubling to at
// most 30 s, as Benchling's rate-limiting guide recommends.
func DefaultRetryPolicy() RetryPolicy {
	return RetryPolicy{MaxRetries: 5, MinBackoff: time.Second, MaxBackoff: 30 * time.Second}
}

func (p RetryPolicy) withDefaults() RetryPolicy {
	if p.MinBackoff == 0 {
		p.MinBackoff = time.Second
	}
	if p.MaxBackoff == 0 {
		p.MaxBackoff = 30 * time.Second
	}
	if p.MaxBackoff < p.MinBackoff {
		p.MaxBackoff = p.MinBackoff
	}
	return p
}

// retryableKey marks, in a request's context, whether the request may be
// re-sent after it may have reached the server.
type retryableKey struct{}

func retryableMethod(method string) bool {
	switch method {
	case http.MethodGet, http.MethodHead, http.MethodPut, http.MethodDelete, http.MethodOptions:
		return true
	}
	return false
}

// checkRetry is the client's retryablehttp.CheckRetry.
func checkRetry(ctx context.Context, resp *http.Response, err error) (bool, error) {
	if ctxErr := ctx.Err(); ctxErr != nil {
		return false, ctxErr
	}
	idempotent, _ := ctx.Value(retryableKey{}).(bool)
	if err != nil {
		var tokenErr *Error
		if errors.As(err, &tokenErr) {
			// The OAuth token endpoint answered with an error. Fetching a
			// token changes nothing, so a throttled or unavailable token
			// endpoint is worth another try; a rejected credential is not.
			switch tokenErr.StatusCode {
			case http.StatusTooManyRequests, http.StatusBadGateway, http.StatusServiceUnavailable, http.StatusGatewayTimeout:
				return true, nil
			}
			return false, err
		}
		if isPermanent(err) {
			return false, err
		}
		if idempotent || isDialError(err) {
			return true, nil
		}
		return false, err
	}
	switch resp.StatusCode {
	case http.StatusTooManyRequests:
		return true, nil
	case http.StatusBadGateway, http.StatusServiceUnavailable, http.StatusGatewayTimeout:
		return idempotent, nil
	}
	return false, nil
}

// isDialError reports whether err happened while connecting, before any
// byte of the request was sent: safe to retry for every method.
func isDialError(err error) bool {
	var op *net.OpError
	return errors.As(err, &op) && op.Op == "dial"
}

// isPermanent reports errors that a retry cannot fix.
func isPermanent(err error) bool {
	var (
		unknownAuthority x509.UnknownAuthorityError
		certInvalid      x509.CertificateInvalidError
		hostname         x509.HostnameError
		recordHeader     tls.RecordHeaderError
		verification     *tls.CertificateVerificationError
	)
	return errors.As(err, &unknownAuthority) || errors.As(err, &certInvalid) ||
		errors.As(err, &hostname) || errors.As(err, &recordHeader) || errors.As(err, &verification)
}

// backoff is the client's retryablehttp.Backoff: the wait the server asked
// for if it asked, otherwise exponential with jitter; capped at max.
func backoff(minWait, maxWait time.Duration, attempt int, resp *http.Response) time.Duration {
	if resp != nil {
		if d := retryAfter(resp.StatusCode, resp.Header); d > 0 {
			if d >= maxWait {
				return maxWait // and no jitter that could overflow
			}
			d += rand.N(d/10 + 1)
			return min(d, maxWait)
		}
	}
	d := minWait
	for i := 0; i < attempt && d < maxWait; i++ {
		d *= 2
	}
	d += rand.N(d/2 + 1)
	return min(d, maxWait)
}

// retryAfter returns how long the server asked the client to wait: the
// Retry-After header (seconds or an HTTP date) or, on a 429 or a response
// that says the budget is spent, x-rate-limit-reset (seconds left).
func retryAfter(status int, h http.Header) time.Duration {
	if v := h.Get(hdrRetryAfter); v != "" {
		if s, err := strconv.ParseFloat(v, 64); err == nil && s > 0 {
			return secondsDuration(s)
		}
		if t, err := http.ParseTime(v); err == nil {
			if d := time.Until(t); d > 0 {
				return d
			}
		}
	}
	if status == http.StatusTooManyRequests || h.Get(hdrRateLimitRemaining) == "0" {
		if s, err := strconv.ParseFloat(h.Get(hdrRateLimitReset), 64); err == nil && s > 0 {
			return secondsDuration(s)
		}
	}
	return 0
}

// secondsDuration converts a header's seconds to a Duration, saturating
// where a plain conversion would overflow into a negative wait (a
// Retry-After of 1e300 or Inf); NaN and non-positive values give 0.
func secondsDuration(s float64) time.Duration {
	switch {
	case !(s > 0):
		return 0
	case s >= float64(math.MaxInt64/int64(time.Second)):
		return math.MaxInt64
	}
	return time.Duration(s * float64(time.Second))
}

// logAttempt logs retries; it is the retryablehttp RequestLogHook.
func (c *Client) logAttempt(_ retryablehttp.Logger, req *http.Request, attempt int) {
	if c.logger == nil || attempt == 0 {
		return
	}
	c.logger.LogAttrs(req.Context(), slog.LevelInfo, "benchling retry",
		slog.String("method", req.Method), slog.String("path", c.relPath(req.URL)),
		slog.Int("attempt", attempt+1))
}
