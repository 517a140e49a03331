package webhook

import (
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Defaults of a [Verifier].
const (
	// DefaultTolerance is how far webhook-timestamp may lie in the past or
	// the future.
	DefaultTolerance = 5 * time.Minute
	// DefaultRefreshInterval is how old the cached JWKS may get before it is
	// fetched again.
	DefaultRefreshInterval = time.Hour
	// MaxRefreshInterval is the longest refresh interval allowed, and the
	// age after which cached keys are no longer used even if refreshing
	// them fails: Benchling rotates keys and asks for a refetch at least
	// every 6 hours.
	MaxRefreshInterval = 6 * time.Hour
	// DefaultMinRefetchInterval is the least time between two JWKS fetches
	// triggered by a failed check or a failed fetch.
	DefaultMinRefetchInterval = time.Minute
	// DefaultMaxBodySize is the largest request body [Verifier.Middleware]
	// reads.
	DefaultMaxBodySize = 10 << 20
)

// JWKSURL returns the URL of the JSON Web Key Set holding the keys that sign
// webhooks for the app definition:
// https://apps.benchling.com/api/v1/apps/{app_definition_id}/jwks.
func JWKSURL(appDefinitionID string) string {
	return "https://apps.benchling.com/api/v1/apps/" + url.PathEscape(appDefinitionID) + "/jwks"
}

// Option configures a [Verifier].
type Option func(*Verifier) error

// WithJWKSURL fetches the keys from u instead of [JWKSURL] (for tests, or a
// proxy). u must be an absolute http or https URL.
func WithJWKSURL(u string) Option {
	return func(v *Verifier) error {
		p, err := url.Parse(u)
		if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
			return errors.New("webhook: WithJWKSURL: need an absolute http or https URL")
		}
		v.jwksURL = u
		return nil
	}
}

// WithHTTPClient fetches the JWKS with hc instead of a client with a
// 30-second timeout.
func WithHTTPClient(hc *http.Client) Option {
	return func(v *Verifier) error {
		if hc == nil {
			return errors.New("webhook: WithHTTPClient: the *http.Client is nil")
		}
		v.client = hc
		return nil
	}
}

// WithTolerance sets how far webhook-timestamp may lie in the past or the
// future (default [DefaultTolerance]). d must be positive.
func WithTolerance(d time.Duration) Option {
	return func(v *Verifier) error {
		if d <= 0 {
			return errors.New("webhook: WithTolerance: the tolerance must be positive")
		}
		v.tolerance = d
		return nil
	}
}

// WithClock replaces time.Now, for tests.
func WithClock(now func() time.Time) Option {
	return func(v *Verifier) error {
		if now == nil {
			return errors.New("webhook: WithClock: the clock is nil")
		}
		v.now = now
		return nil
	}
}

// WithRefreshInterval sets how old the cached JWKS may get before it is
// fetched again (default [DefaultRefreshInterval]); 0 < d <=
// [MaxRefreshInterval].
func WithRefreshInterval(d time.Duration) Option {
	return func(v *Verifier) error {
		if d <= 0 || d > MaxRefreshInterval {
			return fmt.Errorf("webhook: WithRefreshInterval: need 0 < d <= %v", MaxRefreshInterval)
		}
		v.refresh = d
		return nil
	}
}

// WithMinRefetchInterval sets the least time between two JWKS fetches
// triggered by a signature no cached key verifies or by a failed fetch
// (default [DefaultMinRefetchInterval]). It bounds the fetches forged
// requests can cause: a fetch counts even when the Verify call that started
// it returns early because its context ended, unless no keys have been
// fetched yet. d must not be negative.
func WithMinRefetchInterval(d time.Duration) Option {
	return func(v *Verifier) error {
		if d < 0 {
			return errors.New("webhook: WithMinRefetchInterval: the interval is negative")
		}
		v.minRefetch = d
		return nil
	}
}

// WithMaxBodySize sets the largest request body [Verifier.Middleware] reads
// (default [DefaultMaxBodySize]); larger bodies get 413. n must be positive.
func WithMaxBodySize(n int64) Option {
	return func(v *Verifier) error {
		if n <= 0 {
			return errors.New("webhook: WithMaxBodySize: the size must be positive")
		}
		v.maxBody = n
		return nil
	}
}

// WithLogger makes [Verifier.Middleware] log each rejected delivery at warn
// level, with the error (never the body). By default nothing is logged.
func WithLogger(l *slog.Logger) Option {
	return func(v *Verifier) error {
		v.logger = l
		return nil
	}
}

// Verifier checks the signatures of Benchling App webhook deliveries
// against the keys of one app definition. It fetches the app definition's
// JWKS on first use and caches it, refetching it when it is older than the
// refresh interval, and when no cached key verifies a delivery (at most once
// per min-refetch interval). A Verifier is safe for concurrent use; it runs
// at most one fetch at a time and starts no goroutines.
type Verifier struct {
	jwksURL    string
	client     *http.Client
	tolerance  time.Duration
	refresh    time.Duration
	minRefetch time.Duration
	maxBody    int64
	now        func() time.Time
	logger     *slog.Logger

	sem chan struct{} // holds a token while a fetch runs

	mu         sync.Mutex
	keys       []publicKey // last fetched set, nil before the first success
	keysGen    uint64      // incremented with each successful fetch
	fetchedAt  time.Time   // time of the last successful fetch
	attemptAt  time.Time   // time of the last completed fetch attempt
	attemptErr error       // its error, nil if it succeeded
}

// NewVerifier returns a Verifier for webhooks of the app definition with the
// given ID (appdef_…). It does not fetch anything yet.
func NewVerifier(appDefinitionID string, opts ...Option) (*Verifier, error) {
	if strings.TrimSpace(appDefinitionID) == "" {
		return nil, errors.New("webhook: NewVerifier: the app definition ID is empty")
	}
	v := &Verifier{
		jwksURL:    JWKSURL(appDefinitionID),
		client:     &http.Client{Timeout: 30 * time.Second},
		tolerance:  DefaultTolerance,
		refresh:    DefaultRefreshInterval,
		minRefetch: DefaultMinRefetchInterval,
		maxBody:    DefaultMaxBodySize,
		now:        time.Now,
		sem:        make(chan struct{}, 1),
	}
	for _, opt := range opts {
		if opt == nil {
			continue
		}
		if err := opt(v); err != nil {
			return nil, err
		}
	}
	return v, nil
}

// Verify checks that header and body are an authentic, timely Benchling
// webhook delivery: the webhook-id, webhook-timestamp and webhook-signature
// headers are present, the timestamp is within the tolerance of now (past or
// future), and a key of the app definition's JWKS verifies one of the
// header's DER ECDSA P-256 signatures over "<id>.<timestamp>.<body>". body
// must be the raw request body as received, not re-encoded JSON.
//
// It returns nil or a *VerificationError whose Reason is one of
// ErrMissingHeader, ErrInvalidTimestamp, ErrTimestampTooOld,
// ErrTimestampTooNew, ErrMalformedSignature, ErrNoSignature,
// ErrSignatureMismatch or ErrJWKS. Header and timestamp problems are found
// before any key is fetched. ctx bounds the JWKS fetch, if one is needed;
// a fetch cut short by ctx still counts toward the min-refetch interval once
// keys have been fetched (see [WithMinRefetchInterval]).
func (v *Verifier) Verify(ctx context.Context, header http.Header, body []byte) error {
	id, err := headerValue(header, HeaderID)
	if err != nil {
		return err
	}
	ts, err := headerValue(header, HeaderTimestamp)
	if err != nil {
		return err
	}
	sigHeader, err := headerValue(header, HeaderSignature)
	if err != nil {
		return err
	}
	t, ok := parseTimestamp(ts)
	if !ok {
		return verr(ErrInvalidTimestamp, HeaderTimestamp, "not a Unix time in seconds")
	}
	// Compare instants, not now.Sub(t): that saturates for timestamps
	// centuries away, and negating the saturated minimum overflows.
	now := v.now()
	if t.Before(now.Add(-v.tolerance)) {
		return verr(ErrTimestampTooOld, HeaderTimestamp, fmt.Sprintf("%s old, tolerance %v", roundedSpan(now.Sub(t)), v.tolerance))
	}
	if t.After(now.Add(v.tolerance)) {
		return verr(ErrTimestampTooNew, HeaderTimestamp, fmt.Sprintf("%s ahead, tolerance %v", roundedSpan(t.Sub(now)), v.tolerance))
	}
	sigs, err := parseSignatureHeader(sigHeader)
	if err != nil {
		return err
	}
	h := sha256.New()
	io.WriteString(h, id)
	io.WriteString(h, ".")
	io.WriteString(h, ts)
	io.WriteString(h, ".")
	h.Write(body)
	digest := h.Sum(nil)

	keys, gen, err := v.currentKeys(ctx)
	if err != nil {
		return err
	}
	if verifyAny(keys, digest, sigs) {
		return nil
	}
	// Benchling may have rotated its keys since the last fetch.
	newKeys, newGen, err := v.refetch(ctx, gen)
	if err != nil {
		return &VerificationError{Reason: ErrSignatureMismatch, Header: HeaderSignature, Detail: "refetching the keys failed", Err: err}
	}
	if newGen != gen && verifyAny(newKeys, digest, sigs) {
		return nil
	}
	return verr(ErrSignatureMismatch, HeaderSignature, "")
}

// roundedSpan formats a non-negative duration to the second; one that
// time.Time.Sub saturated reads as "over 292 years".
func roundedSpan(d time.Duration) string {
	if d == math.MaxInt64 {
		return "over 292 years"
	}
	return d.Round(time.Second).String()
}

// headerValue returns the first value of the named header, also looking the
// name up verbatim for maps built without canonical keys.
func headerValue(header http.Header, name string) (string, error) {
	val := header.Get(name)
	if val == "" {
		if vs := header[name]; len(vs) > 0 {
			val = vs[0]
		}
	}
	val = strings.TrimSpace(val)
	if val == "" {
		return "", verr(ErrMissingHeader, name, "")
	}
	return val, nil
}

// parseTimestamp parses Unix seconds with an optional decimal fraction,
// which may be empty ("1700000000." is a float to Python, as in Benchling's
// SDK). At most 12 digits of seconds are accepted.
func parseTimestamp(s string) (time.Time, bool) {
	whole, frac, _ := strings.Cut(s, ".")
	if whole == "" || len(whole) > 12 || !allDigits(whole) || !allDigits(frac) {
		return time.Time{}, false
	}
	sec, err := strconv.ParseInt(whole, 10, 64)
	if err != nil {
		return time.Time{}, false
	}
	var nsec int64
	for i := 0; i < 9; i++ {
		nsec *= 10
		if i < len(frac) {
			nsec += int64(frac[i] - '0')
		}
	}
	return time.Unix(sec, nsec), true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// verifyAny reports whether any key verifies any signature of digest.
func verifyAny(keys []publicKey, digest []byte, sigs [][]byte) bool {
	for _, k := range keys {
		for _, sig := range sigs {
			if ecdsa.VerifyASN1(k.pub, digest, sig) {
				return true
			}
		}
	}
	return false
}

// currentKeys returns the cached keys and their generation, fetching them
// first if there are none or they are older than the refresh interval.
func (v *Verifier) currentKeys(ctx context.Context) ([]publicKey, uint64, error) {
	v.mu.Lock()
	keys, gen, fetchedAt := v.keys, v.keysGen, v.fetchedAt
	v.mu.Unlock()
	if keys != nil && v.now().Sub(fetchedAt) < v.refresh {
		return keys, gen, nil
	}
	return v.refetch(ctx, gen)
}

// refetch fetches the JWKS, unless a fetch since generation gen already
// brought newer usable keys, or the last attempt was less than the
// min-refetch interval ago; in both cases it returns the cached keys. Cached
// keys older than MaxRefreshInterval are not returned. One fetch runs at a
// time; waiting for it honours ctx, and so does the fetch. A fetch cut short
// by ctx counts as an attempt once there are cached keys (see
// WithMinRefetchInterval).
func (v *Verifier) refetch(ctx context.Context, gen uint64) ([]publicKey, uint64, error) {
	select {
	case v.sem <- struct{}{}:
	case <-ctx.Done():
		return nil, gen, &VerificationError{Reason: ErrJWKS, Detail: "waiting for a fetch", Err: ctx.Err()}
	}
	defer func() { <-v.sem }()
	if err := ctx.Err(); err != nil {
		// Both cases of the select can be ready; start no fetch for a
		// caller that has already gone.
		return nil, gen, &VerificationError{Reason: ErrJWKS, Detail: "waiting for a fetch", Err: err}
	}

	now := v.now()
	v.mu.Lock()
	if v.keys != nil && v.keysGen != gen && now.Sub(v.fetchedAt) < v.refresh {
		keys, g := v.keys, v.keysGen
		v.mu.Unlock()
		return keys, g, nil
	}
	if !v.attemptAt.IsZero() && now.Sub(v.attemptAt) < v.minRefetch {
		defer v.mu.Unlock()
		return v.cachedLocked(now, v.attemptErr)
	}
	v.mu.Unlock()

	keys, err := v.fetch(ctx)

	v.mu.Lock()
	defer v.mu.Unlock()
	if err != nil && ctx.Err() != nil {
		// The caller gave up, which says nothing about the JWKS. While
		// there are no keys at all, nothing can be verified anyway, so the
		// next delivery may fetch at once. Otherwise the fetch counts as an
		// attempt: forged deliveries whose connections drop mid-fetch must
		// not fetch past the min-refetch interval.
		if v.keys != nil {
			v.attemptAt, v.attemptErr = now, errFetchAbandoned
		}
		return nil, v.keysGen, &VerificationError{Reason: ErrJWKS, Err: err}
	}
	v.attemptAt, v.attemptErr = now, err
	if err != nil {
		return v.cachedLocked(now, err)
	}
	v.keys, v.fetchedAt = keys, now
	v.keysGen++
	return keys, v.keysGen, nil
}

// errFetchAbandoned is the outcome recorded for a fetch cut short because
// its caller's context ended.
var errFetchAbandoned = errors.New("the last JWKS fetch was abandoned by its caller")

// cachedLocked returns the cached keys if they are younger than
// MaxRefreshInterval, else an ErrJWKS error wrapping cause. v.mu is held.
func (v *Verifier) cachedLocked(now time.Time, cause error) ([]publicKey, uint64, error) {
	if v.keys != nil && now.Sub(v.fetchedAt) < MaxRefreshInterval {
		return v.keys, v.keysGen, nil
	}
	if cause == nil {
		cause = errors.New("cached keys expired")
	}
	return nil, v.keysGen, &VerificationError{Reason: ErrJWKS, Err: cause}
}

// fetch GETs and parses the JWKS.
func (v *Verifier) fetch(ctx context.Context) ([]publicKey, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, v.jwksURL, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", "application/json")
	resp, err := v.client.Do(req)
	if err != nil {
		return nil, err
	}
	defer func() {
		io.Copy(io.Discard, io.LimitReader(resp.Body, maxJWKSSize))
		resp.Body.Close()
	}()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("GET %s: status %d", v.jwksURL, resp.StatusCode)
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxJWKSSize+1))
	if err != nil {
		return nil, fmt.Errorf("GET %s: reading body: %w", v.jwksURL, err)
	}
	if len(data) > maxJWKSSize {
		return nil, fmt.Errorf("GET %s: body larger than %d bytes", v.jwksURL, maxJWKSSize)
	}
	keys, err := parseJWKS(data)
	if err != nil {
		return nil, fmt.Errorf("GET %s: %w", v.jwksURL, err)
	}
	return keys, nil
}
