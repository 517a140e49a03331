package benchling

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"math/rand/v2"
	"net"
	"net/http"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/hashicorp/go-retryablehttp"
)

// RetryPolicy says how often and how patiently the client retries. Which
// requests are retried is fixed by the SDK:
//
//   - Reads (GET, HEAD) and the POST endpoints that only query (the
//     sequence match and search endpoints) are retried on connection
//     errors, on a response body cut short, and on 429, 502, 503 and 504.
//   - Every other request (POST, PATCH, PUT, DELETE) is retried only on
//     429 (a throttled request never ran) and on failures to connect at
//     all. Never after a 5xx or a connection lost once the request was
//     sent: Benchling has no idempotency keys, and a second bulk-create
//     would duplicate data. Such a failure matches ErrOutcomeUnknown.
//
// Zero fields take their defaults, so RetryPolicy{MaxBackoff: time.Second}
// keeps 5 retries. WithoutRetries turns retries off.
type RetryPolicy struct {
	// MaxRetries is the number of retries after the first attempt. Zero
	// means 5; use WithoutRetries for none.
	MaxRetries int
	// MinBackoff is the first wait; each retry doubles it, with jitter.
	// Zero means one second.
	MinBackoff time.Duration
	// MaxBackoff caps each wait between attempts, including a wait the
	// server asked for with Retry-After or x-rate-limit-reset. Zero means
	// 30 seconds, one Benchling rate-limit window. It does not cap pacing:
	// when the server says the tenant's budget is spent, the next attempt
	// waits for the window the server reported (see WithMaxPacingWait).
	MaxBackoff time.Duration
}

// DefaultRetryPolicy returns the policy a client uses unless
// WithRetryPolicy replaces it: 5 retries, backoff from 1 s doubling to at
// most 30 s, as Benchling's rate-limiting guide recommends.
func DefaultRetryPolicy() RetryPolicy {
	return RetryPolicy{MaxRetries: 5, MinBackoff: time.Second, MaxBackoff: 30 * time.Second}
}

func (p RetryPolicy) withDefaults() RetryPolicy {
	d := DefaultRetryPolicy()
	if p.MaxRetries == 0 {
		p.MaxRetries = d.MaxRetries
	}
	if p.MinBackoff == 0 {
		p.MinBackoff = d.MinBackoff
	}
	if p.MaxBackoff == 0 {
		p.MaxBackoff = d.MaxBackoff
	}
	if p.MaxBackoff < p.MinBackoff {
		p.MaxBackoff = p.MinBackoff
	}
	return p
}

// callKey is the context key of a request's *callState.
type callKey struct{}

// callState is what one call (one do) knows about its request across its
// attempts. It is the request's context (the caller's, extended with the
// state, in one allocation), through which the transport, checkRetry and
// the response handler reach it; they all run on the calling goroutine.
type callState struct {
	context.Context
	method string
	// safe: re-sending the request is harmless, because it is a read (GET,
	// HEAD) or an endpoint marked read-only (route.readOnly).
	safe bool
	// defaults: the transport adds the Accept and User-Agent headers (the
	// SDK's own requests; NewRequest's carry them).
	defaults bool
	inUse    atomic.Bool // a do is using this state

	// Reset by do for each call.
	client   *Client
	v        any
	path     string
	raw      bool // Do: empty bodies are fine, an io.Writer v is streamed into
	attempts int  // attempts started
	sent     bool // the current attempt was handed to the network (after pacing and authentication)
	decoded  bool // a response body was decoded into v (so a retry must reset v first)
	written  int64
	resp     *Response // the response the handler read, with its *http.Response
	// The readers of the body being read, here so that reading one costs
	// no allocation.
	rec readRecorder
	lr  limitedReader
}

func newCallState(ctx context.Context, method string, readOnly bool) *callState {
	return &callState{Context: ctx, method: method, safe: readOnly || readMethod(method)}
}

// Value returns st for callKey, and otherwise the caller's values.
func (st *callState) Value(key any) any {
	if key == (callKey{}) {
		return st
	}
	return st.Context.Value(key)
}

// stateOf returns the call state in ctx, nil if there is none.
func stateOf(ctx context.Context) *callState {
	if st, ok := ctx.(*callState); ok {
		return st
	}
	st, _ := ctx.Value(callKey{}).(*callState)
	return st
}

// readMethod reports the methods whose requests never change data, so
// that re-sending one is always harmless.
func readMethod(method string) bool {
	return method == http.MethodGet || method == http.MethodHead || method == http.MethodOptions
}

// checkRetry is the client's retryablehttp.CheckRetry: it says whether a
// retry can fix what happened to an attempt.
func checkRetry(ctx context.Context, resp *http.Response, err error) (bool, error) {
	if ctxErr := ctx.Err(); ctxErr != nil {
		return false, ctxErr
	}
	safe := false
	if st := stateOf(ctx); st != nil {
		safe = st.safe
	}
	if err != nil {
		return retryableError(err, safe), nil
	}
	switch resp.StatusCode {
	case http.StatusTooManyRequests:
		return true, nil // a throttled request never ran
	case http.StatusBadGateway, http.StatusServiceUnavailable, http.StatusGatewayTimeout:
		return safe, nil
	}
	return false, nil
}

// retryableError reports whether a retry can fix err, the failure of an
// attempt; safe says whether the request may be re-sent after it may have
// reached the server.
func retryableError(err error, safe bool) bool {
	var (
		tokenErr  *tokenFetchError
		redirErr  *redirectError
		decodeErr *DecodeError
		readErr   *bodyReadError
	)
	switch {
	case errors.As(err, &tokenErr):
		// Fetching a token failed, so the request itself was not sent.
		return tokenErr.retry
	case errors.As(err, &redirErr), errors.As(err, &decodeErr), isPermanent(err):
		return false // a redirect loop, a body that is not the JSON, a certificate error
	case errors.As(err, &readErr):
		return safe && readErr.retry
	case isDialError(err):
		return true // nothing was sent
	}
	return safe
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

// bodyReadError is a failure to read a 2xx response's body (a connection
// reset or cut short, an attempt's timeout), as opposed to a body that was
// read but is not the expected JSON (a *DecodeError).
type bodyReadError struct {
	err    error
	status int  // of the response
	retry  bool // false once part of the body went to the caller's io.Writer
}

func (e *bodyReadError) Error() string { return "reading the response body: " + e.err.Error() }
func (e *bodyReadError) Unwrap() error { return e.err }

// redirectError is a redirect the client refused to follow further (a
// loop, or one the caller's CheckRedirect rejected): a retry gets the same.
type redirectError struct{ err error }

func (e *redirectError) Error() string { return e.err.Error() }
func (e *redirectError) Unwrap() error { return e.err }

// attemptTimeoutError is the cause of an attempt's context when the
// http.Client's Timeout ends it. It matches context.DeadlineExceeded, as
// net/http's own timeout errors do.
type attemptTimeoutError struct{ d time.Duration }

func (e *attemptTimeoutError) Error() string {
	return fmt.Sprintf("attempt timed out after %v (the http.Client's Timeout)", e.d)
}
func (e *attemptTimeoutError) Timeout() bool        { return true }
func (e *attemptTimeoutError) Temporary() bool      { return true }
func (e *attemptTimeoutError) Is(target error) bool { return target == context.DeadlineExceeded }

// callError is the error of a failed call that was attempted more than
// once, or whose request may have been carried out. It unwraps to err (an
// *Error, a *DecodeError, a transport or context error) and, when unknown,
// to ErrOutcomeUnknown.
type callError struct {
	err      error
	attempts int
	unknown  bool
}

func (e *callError) Error() string {
	s := e.err.Error()
	if e.attempts > 1 {
		s += " (after " + strconv.Itoa(e.attempts) + " attempts)"
	}
	if e.unknown {
		s += "; outcome unknown: the request may have been carried out, and it was not sent again"
	}
	return s
}

func (e *callError) Unwrap() []error {
	if e.unknown {
		return []error{e.err, ErrOutcomeUnknown}
	}
	return []error{e.err}
}

// finish wraps err, the final error of st's call, with the number of
// attempts and whether the outcome is unknown.
func (st *callState) finish(err error, unknown bool) error {
	if st.attempts <= 1 && !unknown {
		return err
	}
	return &callError{err: err, attempts: st.attempts, unknown: unknown}
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
