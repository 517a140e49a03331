// Package benchling is a client for the Benchling REST API v2.
//
// Create one Client per tenant and share it between goroutines:
//
//	client, err := benchling.NewClient("acme",
//		benchling.WithAPIKey(os.Getenv("BENCHLING_API_KEY")))
//	if err != nil {
//		return err
//	}
//	seq, _, err := client.AaSequences.Get(ctx, "prtn_7nMBOMJD", nil)
//
// Services hang off the Client (client.Users, client.AaSequences,
// client.DnaSequences, client.Entries, client.Tasks). Each method takes a
// context, sends one request (list iterators send one per page) and returns
// the decoded result, the *Response and an error. Non-2xx responses become
// *Error values that match sentinels such as ErrNotFound and ErrForbidden
// with errors.Is.
//
// The client retries throttled (429) requests with exponential backoff and
// jitter, honouring Retry-After and x-rate-limit-reset, and retries reads
// (GETs and the sequence match and search POSTs) on connection errors, a
// body cut short and 502/503/504. It never re-sends a write that may have
// reached the server, because Benchling offers no idempotency keys: a
// bulk-create that timed out may already have run, and its error matches
// ErrOutcomeUnknown. It also paces requests: when the x-rate-limit-*
// headers say the tenant's budget is spent, the next request waits for the
// window to reset instead of drawing a 429.
//
// Lists come as one page (List) or as a range-over-func iterator (All):
//
//	for seq, err := range client.AaSequences.All(ctx, nil) {
//		if err != nil {
//			return err
//		}
//		fmt.Println(seq.Name)
//	}
//
// For endpoints the SDK does not wrap yet, Client.NewRequest and Client.Do
// send any request through the same authentication, retries, pacing and
// error handling.
package benchling

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/hashicorp/go-retryablehttp"
)

// Version is the version of this SDK, sent in the default User-Agent.
const Version = "0.1.0"

// defaultUserAgent is sent when WithUserAgent is not given.
const defaultUserAgent = "benchling-go/" + Version

// maxResponseBody is the default cap on how much of a successful
// response body is decoded (WithMaxResponseSize). Benchling's largest
// documented responses (bulk-gets of 1000 sequences) are far smaller.
const maxResponseBody = 256 << 20

// defaultTimeout bounds one attempt of a request when the caller supplies
// no *http.Client and no context deadline.
const defaultTimeout = 60 * time.Second

// clientCore is the Client's configuration and request machinery; the
// Client (services.go) embeds it beside its services.
type clientCore struct {
	baseURL   *url.URL
	userAgent string
	// userAgentValues is {userAgent}, shared by every request's header.
	userAgentValues []string
	logger          *slog.Logger
	auth            authenticator
	retry           *retryablehttp.Client
	transport       *transport
	pacer           *pacer
	policy          RetryPolicy
	pollMin         time.Duration
	pollMax         time.Duration
	maxBody         int64 // cap on a successful response body decoded as JSON
	prefetch        bool  // All fetches one page ahead
}

// String describes the client without any credential.
func (c *Client) String() string {
	if c == nil {
		return "benchling.Client(nil)"
	}
	if c.ready() != nil {
		return "benchling.Client(not made by NewClient)"
	}
	return fmt.Sprintf("benchling.Client{base: %s, auth: %s}", c.baseURL, c.auth.kind())
}

// GoString is like String, so that %#v shows no credential either.
func (c *Client) GoString() string { return c.String() }

// BaseURL returns the API base URL the client sends requests to, for
// example https://acme.benchling.com/api/v2; "" for a Client that
// NewClient did not make.
func (c *Client) BaseURL() string {
	if c == nil || c.baseURL == nil {
		return ""
	}
	return c.baseURL.String()
}

// Option configures a Client in NewClient.
type Option func(*options) error

type options struct {
	apiKey             string
	clientID, secret   string
	httpClient         *http.Client
	userAgent          string
	logger             *slog.Logger
	policy             RetryPolicy
	noRetries          bool
	noPacing           bool
	maxPacingWait      time.Duration
	maxBody            int64
	prefetch           bool
	apiKeySet, ccSet   bool
	tokenRefreshMargin func(lifetime time.Duration) time.Duration
	pollMin, pollMax   time.Duration
}

// WithAPIKey authenticates with a Benchling API key, sent as HTTP Basic
// authentication with the key as user name and an empty password.
func WithAPIKey(key string) Option {
	return func(o *options) error {
		if strings.TrimSpace(key) == "" {
			return errors.New("benchling: WithAPIKey: the API key is empty")
		}
		o.apiKey, o.apiKeySet = key, true
		return nil
	}
}

// WithClientCredentials authenticates a Benchling App with OAuth 2.0 client
// credentials. The client fetches an access token from the tenant's
// /api/v2/token endpoint, caches it, refreshes it shortly before it expires
// (one fetch however many goroutines are waiting) and refreshes it once
// more if the API rejects it with 401.
func WithClientCredentials(clientID, clientSecret string) Option {
	return func(o *options) error {
		if strings.TrimSpace(clientID) == "" || strings.TrimSpace(clientSecret) == "" {
			return errors.New("benchling: WithClientCredentials: the client ID or client secret is empty")
		}
		o.clientID, o.secret, o.ccSet = clientID, clientSecret, true
		return nil
	}
}

// WithHTTPClient makes the client send requests through hc. The client's
// Transport (an instrumented RoundTripper, a proxy setting), Timeout, Jar
// and CheckRedirect keep working; the SDK wraps a copy of hc and never
// modifies hc itself. By default the SDK uses its own client with a
// 60-second timeout per attempt.
//
// hc.Timeout bounds each attempt of a request, from the moment it is sent
// until its response body is read: waiting for the rate-limit window
// (pacing) and for an OAuth token happens before, outside that timeout.
// The token request itself is bounded by hc.Timeout too. hc.CheckRedirect
// runs for every redirect the SDK would follow; the SDK's own rules
// (a write follows only a 307 or 308 to the same origin) apply first.
func WithHTTPClient(hc *http.Client) Option {
	return func(o *options) error {
		if hc == nil {
			return errors.New("benchling: WithHTTPClient: the *http.Client is nil")
		}
		o.httpClient = hc
		return nil
	}
}

// WithUserAgent sets the User-Agent header sent with every request. The
// default is "benchling-go/<Version>".
func WithUserAgent(ua string) Option {
	return func(o *options) error {
		o.userAgent = ua
		return nil
	}
}

// WithLogger makes the client log each request's method, path (never the
// query string), status, attempt and duration at debug level, and retries
// at info level. Headers, credentials and bodies are never logged. The
// client is silent by default.
func WithLogger(l *slog.Logger) Option {
	return func(o *options) error {
		o.logger = l
		return nil
	}
}

// WithRetryPolicy replaces DefaultRetryPolicy(). Zero fields take their
// defaults: RetryPolicy{MaxBackoff: time.Second} keeps 5 retries. To turn
// retries off, use WithoutRetries. Of WithRetryPolicy and WithoutRetries,
// the last one given wins.
func WithRetryPolicy(p RetryPolicy) Option {
	return func(o *options) error {
		if p.MaxRetries < 0 || p.MinBackoff < 0 || p.MaxBackoff < 0 {
			return errors.New("benchling: WithRetryPolicy: negative values are not allowed")
		}
		o.policy, o.noRetries = p, false
		return nil
	}
}

// WithoutRetries turns retries off: every request is sent once (an OAuth
// request whose token the API rejected is still sent once more with a new
// token, since a 401 means it was not carried out). Pacing stays on unless
// WithoutPacing is given too. For tests against a fake tenant this makes
// every injected fault reach the caller.
func WithoutRetries() Option {
	return func(o *options) error {
		o.noRetries = true
		return nil
	}
}

// WithMaxPacingWait caps how long pacing holds a request while the
// tenant's budget is spent. By default the request waits for the window
// the server reported (Benchling's is 30 s), as long as its context allows.
// With a cap, a request goes after at most d even if the server asked for
// longer (it may then draw a 429, which the retry policy handles). d must
// be positive.
func WithMaxPacingWait(d time.Duration) Option {
	return func(o *options) error {
		if d <= 0 {
			return errors.New("benchling: WithMaxPacingWait: the wait must be positive")
		}
		o.maxPacingWait = d
		return nil
	}
}

// WithMaxResponseSize caps how many bytes of a successful response body
// the client decodes as JSON; a longer body is a *DecodeError (matching
// ErrUnexpectedResponse). The default is 256 MiB. A body Do copies into
// an io.Writer is not capped. n must be positive.
func WithMaxResponseSize(n int64) Option {
	return func(o *options) error {
		if n <= 0 {
			return errors.New("benchling: WithMaxResponseSize: the size must be positive")
		}
		o.maxBody = n
		return nil
	}
}

// WithTaskPolling sets how Tasks.Wait polls a running task: first after
// minInterval, doubling up to maxInterval. The default is 250 ms to 5 s.
func WithTaskPolling(minInterval, maxInterval time.Duration) Option {
	return func(o *options) error {
		if minInterval <= 0 || maxInterval < minInterval {
			return errors.New("benchling: WithTaskPolling: need 0 < minInterval <= maxInterval")
		}
		o.pollMin, o.pollMax = minInterval, maxInterval
		return nil
	}
}

// WithoutPacing turns off request pacing: the client then sends requests
// even when the server's x-rate-limit-remaining header says the budget is
// spent, and relies on retrying the resulting 429s.
func WithoutPacing() Option {
	return func(o *options) error {
		o.noPacing = true
		return nil
	}
}

// WithPrefetch makes every All iterator fetch the next page while the loop
// body is still working through the current one, at most one page ahead.
// When each page takes a round trip to fetch and the loop does real work
// per item, this hides most of the waiting (see BENCHMARKS.md). The costs:
// one more page is held in memory, and breaking out of the loop may leave
// one extra request sent (it is cancelled and its result discarded), which
// counts against the tenant's rate limit. All then runs each page fetch
// after the first in a goroutine, and waits for it before returning, so
// none is left behind. Items, errors and their order are the same as
// without prefetching. List is not affected.
func WithPrefetch() Option {
	return func(o *options) error {
		o.prefetch = true
		return nil
	}
}

// NewClient returns a client for the Benchling tenant named by tenant, which
// may be a tenant name ("acme"), a host ("acme.benchling.com", optionally
// ending in "/api/v2") or a URL ("https://acme.benchling.com", optionally
// ending in "/api/v2"). All of those mean https://acme.benchling.com/api/v2.
// Plain http:// is accepted only for loopback hosts, for tests and local
// fakes.
//
// Exactly one of WithAPIKey and WithClientCredentials is required.
func NewClient(tenant string, opts ...Option) (*Client, error) {
	base, err := parseTenant(tenant)
	if err != nil {
		return nil, err
	}
	o := options{
		policy:    DefaultRetryPolicy(),
		userAgent: defaultUserAgent,
		pollMin:   250 * time.Millisecond,
		pollMax:   5 * time.Second,
	}
	for _, opt := range opts {
		if opt == nil {
			continue
		}
		if err := opt(&o); err != nil {
			return nil, err
		}
	}
	switch {
	case o.apiKeySet && o.ccSet:
		return nil, errors.New("benchling: NewClient: give either WithAPIKey or WithClientCredentials, not both")
	case !o.apiKeySet && !o.ccSet:
		return nil, errors.New("benchling: NewClient: no credential: give WithAPIKey or WithClientCredentials")
	}

	userHC := o.httpClient
	if userHC == nil {
		tr := http.DefaultTransport.(*http.Transport).Clone()
		tr.MaxIdleConnsPerHost = 16
		userHC = &http.Client{Timeout: defaultTimeout, Transport: tr}
	}
	c := &Client{clientCore: clientCore{
		baseURL:   base,
		userAgent: o.userAgent,
		logger:    o.logger,
		policy:    o.policy.withDefaults(),
		pollMin:   o.pollMin,
		pollMax:   o.pollMax,
		maxBody:   maxResponseBody,
		prefetch:  o.prefetch,
	}}
	c.userAgentValues = []string{c.userAgent}
	if o.noRetries {
		c.policy.MaxRetries = 0
	}
	if o.maxBody > 0 {
		c.maxBody = o.maxBody
	}
	if o.apiKeySet {
		c.auth = newAPIKeyAuth(o.apiKey)
	} else {
		tokenURL := base.JoinPath("token").String()
		c.auth = newTokenAuth(o.clientID, o.secret, tokenURL, userHC, o.tokenRefreshMargin)
	}
	if !o.noPacing {
		c.pacer = newPacer(o.maxPacingWait)
	}

	// A copy: the caller's client is never modified. Its Timeout applies to
	// each attempt, after pacing and authentication (see transport).
	hc := *userHC
	hc.Timeout = 0
	hc.CheckRedirect = checkRedirect(userHC.CheckRedirect)
	base0 := hc.Transport
	if base0 == nil {
		base0 = http.DefaultTransport
	}
	c.transport = &transport{base: base0, client: c, timeout: userHC.Timeout,
		timeoutErr: &attemptTimeoutError{userHC.Timeout}}
	hc.Transport = c.transport
	c.retry = &retryablehttp.Client{
		HTTPClient:     &hc,
		RetryWaitMin:   c.policy.MinBackoff,
		RetryWaitMax:   c.policy.MaxBackoff,
		RetryMax:       c.policy.MaxRetries,
		CheckRetry:     checkRetry,
		Backoff:        backoff,
		ErrorHandler:   retryablehttp.PassthroughErrorHandler,
		RequestLogHook: c.logAttempt,
	}

	c.wireServices()
	return c, nil
}

const tenantForm = `expected a tenant name like "acme" or a URL like "https://acme.benchling.com"`

// parseTenant normalises tenant to the API base URL.
func parseTenant(tenant string) (*url.URL, error) {
	bad := func(shown, why string) error {
		return fmt.Errorf("%w %q: %s; %s", ErrInvalidTenant, shown, why, tenantForm)
	}
	if strings.TrimSpace(tenant) == "" {
		return nil, fmt.Errorf("%w: the tenant is empty; %s", ErrInvalidTenant, tenantForm)
	}
	if strings.ContainsFunc(tenant, func(r rune) bool { return r <= ' ' || r == 0x7f || r == 0xa0 || r == '\\' }) {
		return nil, bad(redactUserinfo(tenant), "it contains spaces, control characters or backslashes")
	}
	raw := tenant
	if !strings.Contains(raw, "://") {
		// A bare name or host, optionally followed by the API's path:
		// acme, acme.benchling.com, acme.benchling.com/api/v2.
		host, path, _ := strings.Cut(raw, "/")
		if strings.ContainsAny(raw, "?#@") {
			return nil, bad(redactUserinfo(raw), "a tenant without a scheme must be a bare name or host")
		}
		if !strings.Contains(host, ".") && !strings.Contains(host, ":") && host != "localhost" {
			host += ".benchling.com"
		}
		raw = "https://" + host
		if path != "" {
			raw += "/" + path // checked with the URL's path below
		}
	}
	u, err := url.Parse(raw)
	if err != nil {
		return nil, bad(redactUserinfo(tenant), "it is not a valid URL")
	}
	shown := redactUserinfo(tenant)
	switch {
	case u.User != nil:
		return nil, bad(shown, "credentials must not be part of the URL; use WithAPIKey or WithClientCredentials")
	case u.Scheme != "https" && u.Scheme != "http":
		return nil, bad(shown, "the scheme must be https")
	case u.Host == "" || u.Hostname() == "":
		return nil, bad(shown, "the host is missing")
	case u.RawQuery != "" || u.ForceQuery:
		return nil, bad(shown, "a query string is not allowed")
	case u.Fragment != "" || strings.Contains(raw, "#"):
		return nil, bad(shown, "a fragment is not allowed")
	case u.Opaque != "":
		return nil, bad(shown, "it is not a valid URL")
	}
	if u.Scheme == "http" && !isLoopback(u.Hostname()) {
		return nil, bad(shown, "plain http is allowed only for loopback hosts (127.0.0.1, ::1, localhost); use https")
	}
	if port := u.Port(); port != "" {
		if n, err := strconv.Atoi(port); err != nil || n < 1 || n > 65535 {
			return nil, bad(shown, "the port is not valid")
		}
	}
	if !validHost(u.Hostname()) {
		return nil, bad(shown, "the host name is not valid")
	}
	switch strings.TrimSuffix(u.Path, "/") {
	case "", "/api/v2":
	default:
		return nil, bad(shown, "the only path allowed is /api/v2")
	}
	return &url.URL{Scheme: u.Scheme, Host: strings.ToLower(u.Host), Path: "/api/v2"}, nil
}

func isLoopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func validHost(h string) bool {
	if net.ParseIP(h) != nil {
		return true
	}
	if len(h) > 253 {
		return false
	}
	for _, label := range strings.Split(h, ".") {
		if label == "" || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return false
		}
		for _, r := range label {
			if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
				return false
			}
		}
	}
	return true
}

// redactUserinfo hides a user:password in a tenant string so that an error
// message never repeats a credential.
func redactUserinfo(s string) string {
	at := strings.LastIndex(s, "@")
	if at < 0 {
		return s
	}
	start := strings.Index(s, "://")
	if start < 0 || start > at {
		start = 0
	} else {
		start += 3
	}
	return s[:start] + "REDACTED@" + s[at+1:]
}

// Response is a Benchling API response. Its body has already been read and
// closed. It is returned alongside errors too, whenever a response arrived.
type Response struct {
	*http.Response

	// NextToken is the token of the next page for list calls; empty on the
	// last page.
	NextToken string
	// ResultCount is the Result-Count header some lists send (the total
	// number of matches); zero when absent.
	ResultCount int
	// RateLimit is the tenant's request budget from the x-rate-limit-*
	// headers; zero values when absent.
	RateLimit RateLimit

	prefetch bool // the client was made WithPrefetch
}

// RateLimit is the request budget Benchling reports on every response.
type RateLimit struct {
	// Limit is the number of requests allowed per window.
	Limit int
	// Remaining is the number of requests left in the current window.
	Remaining int
	// Reset is the time left until the window resets.
	Reset time.Duration
}

// hdrJSON is the value of the Accept and Content-Type headers, shared by
// every request (never modified).
var hdrJSON = []string{"application/json"}

// Header names in canonical form, so that looking them up allocates no
// canonicalised copy of the key.
const (
	hdrRateLimitLimit     = "X-Rate-Limit-Limit"
	hdrRateLimitRemaining = "X-Rate-Limit-Remaining"
	hdrRateLimitReset     = "X-Rate-Limit-Reset"
	hdrResultCount        = "Result-Count"
	hdrRetryAfter         = "Retry-After"
)

func newResponse(r *http.Response) *Response {
	resp := &Response{Response: r}
	h := r.Header
	resp.RateLimit.Limit = headerInt(h, hdrRateLimitLimit)
	resp.RateLimit.Remaining = headerInt(h, hdrRateLimitRemaining)
	if v := h.Get(hdrRateLimitReset); v != "" {
		if s, err := strconv.ParseFloat(v, 64); err == nil && s > 0 {
			resp.RateLimit.Reset = secondsDuration(s)
		}
	}
	resp.ResultCount = headerInt(h, hdrResultCount)
	return resp
}

// headerInt returns the integer value of header key, zero when it is absent
// or not an integer. key must be canonical.
func headerInt(h http.Header, key string) int {
	v := h.Get(key)
	if v == "" {
		return 0 // skip strconv's error value for the common absent header
	}
	n, _ := strconv.Atoi(v)
	return n
}

// Ptr returns a pointer to v, for optional request fields:
// &UserUpdate{Name: benchling.Ptr("new name")}.
func Ptr[T any](v T) *T { return &v }

// route is a request path relative to the API base, with IDs already
// escaped, or the error of an invalid ID.
//
// Retries follow the request's method: reads (GET, HEAD) are retried on
// 502/503/504 and connection errors, every other method only where it
// cannot have run (429, a refused connection). A POST that only queries
// (it changes no data, so sending it twice is harmless) is marked with
// readOnly, and is then retried like a GET:
//
//	list[DnaSequence](ctx, s.client, http.MethodPost,
//		pathf("dna-sequences:match-bases").readOnly(), "dnaSequences", nil, req)
//
// Mark only endpoints the spec documents as queries (it "returns" or
// "lists" matches and creates nothing); never one that creates, updates,
// archives or starts work that changes data.
type route struct {
	path    string // unescaped, e.g. "aa-sequences/prtn 1"
	escaped string // escaped, e.g. "aa-sequences/prtn%201"
	// full and fullEscaped are the same under the API base path
	// ("/api/v2/aa-sequences/prtn 1"), built with them.
	full, fullEscaped string
	err               error
	safe              bool // readOnly: re-sending is harmless
}

// apiBasePath is the path of every client's base URL (parseTenant).
const apiBasePath = "/api/v2"

// readOnly marks r as an endpoint that only reads (see route): its
// requests are retried like GETs, and a failure is never reported as an
// unknown outcome.
func (r route) readOnly() route {
	r.safe = true
	return r
}

// idempotent marks r as a write that has the same effect however often it
// is sent: a blob part, whose upload under the same part number with the
// same bytes replaces the part with itself. Like readOnly, its requests
// are retried like GETs and a failure is not reported as an unknown
// outcome (sending it again is always the remedy). Mark only endpoints
// whose documentation makes a repeat harmless; never a create.
func (r route) idempotent() route {
	r.safe = true
	return r
}

// pathf fills the %s verbs of format with escaped IDs. An ID that
// PathEscapeID rejects (empty, blank, "." or "..", or containing "/",
// "\" or a comma) makes the route invalid.
func pathf(format string, ids ...string) route {
	needEscape := false
	for _, id := range ids {
		if why := idProblem(id); why != "" {
			return route{err: fmt.Errorf("%w %q in %s: %s", ErrInvalidID, id, strings.ReplaceAll(format, "%s", "{id}"), why)}
		}
		needEscape = needEscape || escapeID(id) != id
	}
	// Plain substitution rather than fmt.Sprintf: this runs for every
	// request, and IDs rarely need escaping, so one string usually serves
	// as both forms, and the path is a substring of the full path.
	const prefix = apiBasePath + "/"
	full := fillPath(prefix, format, ids, false)
	r := route{path: full[len(prefix):], full: full}
	r.escaped, r.fullEscaped = r.path, full
	if needEscape {
		r.fullEscaped = fillPath(prefix, format, ids, true)
		r.escaped = r.fullEscaped[len(prefix):]
	}
	return r
}

// needIDs makes r invalid, with ErrInvalidID, when ids, a list of IDs the
// operation's body must hold (what names it, e.g. "folderIds"), is empty
// or has an ID that PathEscapeID would reject: the request is not sent.
func (r route) needIDs(what string, ids []string) route {
	if r.err != nil {
		return r
	}
	if len(ids) == 0 {
		r.err = fmt.Errorf("%w: /%s needs at least one ID in %s", ErrInvalidID, r.path, what)
		return r
	}
	for _, id := range ids {
		if why := idProblem(id); why != "" {
			r.err = fmt.Errorf("%w %q in %s of /%s: %s", ErrInvalidID, id, what, r.path, why)
			return r
		}
	}
	return r
}

// fillPath replaces the %s verbs of format with ids, path-escaped if escape.
func fillPath(prefix, format string, ids []string, escape bool) string {
	if len(ids) == 0 {
		return prefix + format
	}
	var b strings.Builder
	b.Grow(len(prefix) + len(format) + 16*len(ids))
	b.WriteString(prefix)
	rest := format
	for _, id := range ids {
		before, after, _ := strings.Cut(rest, "%s")
		if escape {
			id = escapeID(id)
		}
		b.WriteString(before)
		b.WriteString(id)
		rest = after
	}
	b.WriteString(rest)
	return b.String()
}

// newRequest builds a request to r with query options (a struct encoded by
// go-querystring, or url.Values) and an optional JSON body.
func (c *Client) newRequest(ctx context.Context, method string, r route, opts, body any) (*http.Request, error) {
	if err := c.ready(); err != nil {
		return nil, err
	}
	if r.err != nil {
		return nil, r.err
	}
	u := *c.baseURL
	u.Path = r.full
	if r.escaped != r.path {
		// Otherwise the empty RawPath makes URL.EscapedPath escape Path,
		// which gives the same text.
		u.RawPath = r.fullEscaped
	}
	if c.baseURL.Path != apiBasePath { // never the case (parseTenant)
		u.Path, u.RawPath = c.baseURL.Path+"/"+r.path, ""
		if r.escaped != r.path {
			u.RawPath = c.baseURL.Path + "/" + r.escaped
		}
	}
	if opts != nil {
		q, err := encodeQuery(opts, " of "+method+" /"+r.path)
		if err != nil {
			return nil, err
		}
		u.RawQuery = q
	}
	return c.buildRequest(ctx, method, r.path, u, body, r.safe, true)
}

// buildRequest builds the request to u (shown in errors as /path), with
// body, if not nil, encoded as JSON. A body that is a nil pointer, or
// that holds NaN or an infinite number, is an error: nothing is sent.
// readOnly is the route's mark (see route). own is true for the SDK's own
// requests, which no caller sees: the transport adds Accept and
// User-Agent to the header it sends, so that the request's own header map
// stays empty (one map per request, not two). A request for NewRequest
// carries them itself, where its caller can see and change them.
func (c *Client) buildRequest(ctx context.Context, method, path string, u url.URL, body any, readOnly, own bool) (*http.Request, error) {
	if ctx == nil {
		return nil, fmt.Errorf("benchling: %s /%s: nil context", method, path)
	}
	// The call state is the request's context, so that do need not copy
	// the request to add it (see callState).
	st := newCallState(ctx, method, readOnly)
	st.defaults = own
	ctx = st
	var rd io.Reader
	if body != nil {
		if rv := reflect.ValueOf(body); rv.Kind() == reflect.Pointer && rv.IsNil() {
			return nil, fmt.Errorf("benchling: %s /%s: the request body is a nil %T", method, path, body)
		}
		buf := &bytes.Buffer{}
		enc := json.NewEncoder(buf)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(body); err != nil {
			return nil, fmt.Errorf("benchling: %s /%s: encoding the request body (nothing was sent): %w", method, path, bodyEncodeError(err))
		}
		rd = bytes.NewReader(buf.Bytes())
	}
	// The URL is set directly, rather than printed and parsed again.
	req, err := http.NewRequestWithContext(ctx, method, "", rd)
	if err != nil {
		return nil, fmt.Errorf("benchling: %s /%s: building the request: %w", method, path, err)
	}
	*req.URL = u
	req.URL.Host = strings.TrimSuffix(u.Host, ":") // as NewRequest does
	req.Host = req.URL.Host
	// Shared, read-only header values: Header.Set would allocate each.
	if !own {
		req.Header["Accept"] = hdrJSON
		req.Header["User-Agent"] = c.userAgentValues
	}
	if body != nil {
		req.Header["Content-Type"] = hdrJSON
	}
	return req, nil
}

// bodyEncodeError explains encoding/json's error for a NaN or infinite
// number, which JSON cannot hold.
func bodyEncodeError(err error) error {
	var uv *json.UnsupportedValueError
	if errors.As(err, &uv) && uv.Value.CanFloat() {
		return fmt.Errorf("%w (JSON cannot hold NaN or an infinity)", err)
	}
	return err
}

// NewRequest builds a request for an endpoint the SDK does not wrap yet.
// method is one of GET, POST, PATCH, PUT, DELETE and HEAD. path is
// relative to the API base ("custom-entities?pageSize=10" or
// "/custom-entities") and already escaped: build it with PathEscapeID for
// IDs and EncodeQuery for the query, as the client's own methods do. A
// query character that cannot be sent as is (a space, '#', '"') is
// percent-escaped; a '%' that starts no escape is an error. body, if not
// nil, is encoded as JSON. Send the request with Do, which adds
// authentication.
func (c *Client) NewRequest(ctx context.Context, method, path string, body any) (*http.Request, error) {
	if err := c.ready(); err != nil {
		return nil, err
	}
	if err := checkMethod(method); err != nil {
		return nil, fmt.Errorf("benchling: NewRequest: %w", err)
	}
	p, q, _ := strings.Cut(strings.TrimPrefix(path, "/"), "?")
	if p == "" || strings.Contains(p, "://") || strings.HasPrefix(p, "/") {
		return nil, fmt.Errorf("benchling: NewRequest: path %q must be relative to the API base, like \"custom-entities\"", path)
	}
	unesc, err := url.PathUnescape(p)
	if err != nil {
		return nil, fmt.Errorf("benchling: NewRequest: path %q is not validly escaped", path)
	}
	if hasDotSegment(unesc) {
		return nil, fmt.Errorf("%w: NewRequest: path %q contains a dot segment", ErrInvalidID, path)
	}
	if q, err = escapeQuery(q); err != nil {
		return nil, fmt.Errorf("benchling: NewRequest: %w", err)
	}
	u := *c.baseURL
	u.Path = c.baseURL.Path + "/" + unesc
	u.RawPath = c.baseURL.Path + "/" + p
	u.RawQuery = q
	// Printed and parsed again, as net/http would, so that the request is
	// exactly what the path and query say.
	parsed, err := url.Parse(u.String())
	if err != nil {
		return nil, fmt.Errorf("benchling: NewRequest: path %q: %w", path, err)
	}
	return c.buildRequest(ctx, method, unesc, *parsed, body, false, false)
}

// Do sends req, built by NewRequest, with the client's authentication,
// retries, pacing and error handling, and reads a 2xx response's body
// into v:
//
//   - v nil: the body is discarded;
//   - v an io.Writer (a *bytes.Buffer, an *os.File): the body is copied
//     into it as it arrives, not decoded, for binary answers such as
//     GET /blobs/{id}/download (WithMaxResponseSize does not apply);
//   - otherwise v must be a non-nil pointer, and the body is decoded as
//     JSON into it.
//
// An empty 2xx body (204 No Content, or Content-Length 0) leaves v as it
// is. Non-2xx responses return an *Error. The returned *Response is
// non-nil whenever a response arrived. A request that is nil, has no URL,
// is for another host than the client's tenant or outside its API base,
// or has a method NewRequest would refuse, is an error, and nothing is
// sent.
//
// Do retries as the client's RetryPolicy says for req's method: a GET is
// retried on connection errors, a body cut short and 502/503/504 (v is
// reset to its zero value before a retried body is decoded; a body that
// failed after part of it was copied to an io.Writer is not retried); any
// other method only when it cannot have run. A write that fails after it
// may have reached the server returns an error matching ErrOutcomeUnknown.
func (c *Client) Do(req *http.Request, v any) (*Response, error) {
	if err := c.ready(); err != nil {
		return nil, err
	}
	if err := c.checkRequest(req, v); err != nil {
		return nil, err
	}
	if req.Header == nil {
		r2 := *req
		r2.Header = http.Header{}
		req = &r2
	}
	return c.doCall(req, v, true)
}

// hasDotSegment reports whether an unescaped path has a "." or ".."
// segment, which a server may resolve outside the API base.
func hasDotSegment(p string) bool {
	for _, seg := range strings.Split(p, "/") {
		if seg == "." || seg == ".." {
			return true
		}
	}
	return false
}

// checkRequest rejects, for Do, a request the client cannot send.
func (c *Client) checkRequest(req *http.Request, v any) error {
	switch {
	case req == nil:
		return errors.New("benchling: Do: nil request")
	case req.URL == nil:
		return errors.New("benchling: Do: the request has no URL; build it with NewRequest")
	}
	if err := checkMethod(req.Method); err != nil {
		return fmt.Errorf("benchling: Do: %w", err)
	}
	u, base := req.URL, c.baseURL
	switch {
	case u.User != nil:
		return errors.New("benchling: Do: the request URL holds credentials; the client adds its own")
	case u.Scheme != base.Scheme || u.Host != base.Host:
		return fmt.Errorf("benchling: Do: the request is for %s://%s, not the client's tenant %s://%s; build it with NewRequest",
			u.Scheme, u.Host, base.Scheme, base.Host)
	case u.Path != base.Path && !strings.HasPrefix(u.Path, base.Path+"/") || hasDotSegment(u.Path):
		return fmt.Errorf("benchling: Do: the request path %q is outside the API base %s; build it with NewRequest", u.Path, base.Path)
	}
	if v != nil {
		rv := reflect.ValueOf(v)
		nilRef := func() bool { // a typed nil: a (*bytes.Buffer)(nil) is an io.Writer too
			switch rv.Kind() {
			case reflect.Pointer, reflect.Map, reflect.Slice, reflect.Func, reflect.Chan, reflect.Interface:
				return rv.IsNil()
			}
			return false
		}
		switch v.(type) {
		case io.Writer, bodyDecoder:
			if nilRef() {
				return fmt.Errorf("benchling: Do: v is a nil %T; pass a non-nil writer, or nil to discard the body", v)
			}
		default:
			if rv.Kind() != reflect.Pointer || rv.IsNil() {
				return fmt.Errorf("benchling: Do: v must be nil or a non-nil pointer to decode the response into, not %T", v)
			}
		}
	}
	return nil
}

// bodyDecoder is implemented by response types that read the body
// themselves (list pages).
type bodyDecoder interface {
	decodeBody(r io.Reader, resp *Response) error
}

// do sends req and decodes a 2xx response's JSON body into v (unless v is
// nil); an empty body is a *DecodeError.
func (c *Client) do(req *http.Request, v any) (*Response, error) {
	return c.doCall(req, v, false)
}

// doCall sends req and handles the response; raw is Do's handling of v.
// Each attempt's body is read inside the retry loop (callState.handle),
// so that a read failing part way is retried like a connection error.
// Every path closes the body.
func (c *Client) doCall(req *http.Request, v any, raw bool) (*Response, error) {
	ctx := req.Context()
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("benchling: %s %s: not sent: %w", req.Method, c.relPath(req.URL), err)
	}
	st, req := c.callState(req)
	defer st.inUse.Store(false)
	path := c.relPath(req.URL)
	st.client, st.v, st.raw, st.path = c, v, raw, path
	st.attempts, st.sent, st.decoded, st.written, st.resp = 0, false, false, 0, nil
	rreq, err := retryableRequest(req)
	if err != nil {
		return nil, fmt.Errorf("benchling: %s %s: reading request body: %w", req.Method, path, err)
	}
	rreq.SetResponseHandler(handleResponse)
	start := time.Now()
	hr, err := c.send(rreq)
	var resp *Response
	if hr != nil {
		// With an error too: the context ended just as the response
		// arrived, or its body could not be read.
		defer st.closeBody(hr.Body)
		resp = st.responseFor(hr)
		if c.logger != nil {
			c.logger.LogAttrs(ctx, slog.LevelDebug, "benchling request",
				slog.String("method", req.Method), slog.String("path", path),
				slog.Int("status", hr.StatusCode), slog.Duration("duration", time.Since(start)))
		}
	}
	if err != nil {
		// The request may have run if an attempt was sent and failed other
		// than while connecting (a token failure is never sent).
		unknown := !st.safe && st.sent && !isDialError(err)
		return resp, st.finish(c.callFailure(ctx, req.Method, path, err), unknown)
	}
	if hr.StatusCode < 200 || hr.StatusCode > 299 {
		body, _ := io.ReadAll(io.LimitReader(hr.Body, maxErrorBody))
		// newError redacts the body before parsing or excerpting it, so
		// that no part of an echoed credential survives truncation, and
		// redacts every string it decodes.
		e := newError(hr.StatusCode, req.Method, path, hr.Header, body, c.auth.redact)
		unknown := false
		switch {
		case hr.StatusCode >= 500:
			unknown = !st.safe
		case hr.StatusCode >= 300 && hr.StatusCode < 400 && req.Method != http.MethodGet && req.Method != http.MethodHead:
			// checkRedirect did not follow it.
			e.Message = c.auth.redact(fmt.Sprintf("redirected to %s; not followed: the client follows a redirect of a %s only "+
				"when it is a 307 or 308 to the same scheme, host and port", redirectTarget(hr), req.Method))
			unknown = !st.safe
		}
		return resp, st.finish(e, unknown)
	}
	if st.resp == nil || st.resp.Response != hr {
		// No handler ran for this response (never the case with the
		// client's own retry settings): read it here.
		if err := st.readBody(hr, resp); err != nil {
			return resp, st.finish(c.callFailure(ctx, req.Method, path, err), !st.safe)
		}
	}
	return resp, nil
}

// retryableRequest wraps req for the retry loop. A body req can make
// again (GetBody, which http.NewRequest sets for the bytes.Reader of every
// request the SDK builds) is made again for each attempt, each a reader of
// its own over the same bytes; retryablehttp.FromRequest would read it into
// a copy of its own first, so that a large write (a chunk of 4000 assay
// results) held its JSON twice. A streamed body (callStream's blob parts)
// is made again from its start the same way. Any other body is left to
// FromRequest.
func retryableRequest(req *http.Request) (*retryablehttp.Request, error) {
	if req.GetBody == nil || req.Body == nil || req.Body == http.NoBody || req.ContentLength <= 0 {
		return retryablehttp.FromRequest(req)
	}
	body, n, get := req.Body, req.ContentLength, req.GetBody
	req.Body = nil
	rreq, err := retryableRequest(req)
	req.Body = body
	if err != nil {
		return nil, err
	}
	if err := rreq.SetBody(retryablehttp.ReaderFunc(func() (io.Reader, error) { return get() })); err != nil {
		return nil, err
	}
	rreq.ContentLength = n
	return rreq, nil
}

// callState returns req's call state, marked in use, and the request to
// send (req, or a copy carrying a new state when req has none, its method
// changed since NewRequest, or another call is using it).
func (c *Client) callState(req *http.Request) (*callState, *http.Request) {
	st := stateOf(req.Context())
	if st != nil && st.method == req.Method && st.inUse.CompareAndSwap(false, true) {
		return st, req
	}
	old := st
	st = newCallState(req.Context(), req.Method, false)
	if old != nil {
		st.defaults = old.defaults // the request still lacks Accept and User-Agent
	}
	st.inUse.Store(true)
	return st, req.WithContext(st)
}

// callFailure is the error of a call that got no usable response.
func (c *Client) callFailure(ctx context.Context, method, path string, err error) error {
	if ctxErr := ctx.Err(); ctxErr != nil {
		return fmt.Errorf("benchling: %s %s: %w", method, path, ctxErr)
	}
	var de *DecodeError
	if errors.As(err, &de) {
		// What failed to decode may be quoted (a time parse error quotes
		// the value): a server echoing a credential must not put it there.
		de.Err = c.redactErr(de.Err)
		return de
	}
	var be *bodyReadError
	if errors.As(err, &be) && errors.Is(be.err, io.ErrUnexpectedEOF) {
		// The body ended before its Content-Length or gzip trailer: retried
		// like any read error, but in the end a truncated body, as
		// DecodeError documents.
		return &DecodeError{StatusCode: be.status, Method: method, Path: path, Err: c.redactErr(bodyError(be.err))}
	}
	return c.redactErr(fmt.Errorf("benchling: %s %s: %w", method, path, unwrapURLError(err)))
}

// responseFor returns the *Response of hr: the one the handler built, or
// a new one.
func (st *callState) responseFor(hr *http.Response) *Response {
	if st.resp != nil && st.resp.Response == hr {
		return st.resp
	}
	resp := newResponse(hr)
	resp.prefetch = st.client.prefetch
	return resp
}

// handleResponse is the retryablehttp response handler of every attempt
// the retry policy accepted (doErr nil): it reads a 2xx body into the
// call's v, so that an error reading it goes back to checkRetry. Error
// bodies are read by doCall. It finds the call through the response's
// request (a plain function, not a closure, so it costs no allocation).
func handleResponse(hr *http.Response) error {
	if hr.StatusCode < 200 || hr.StatusCode > 299 || hr.Request == nil {
		return nil
	}
	st := stateOf(hr.Request.Context())
	if st == nil {
		return nil // doCall reads it
	}
	st.resp = nil
	resp := st.responseFor(hr)
	st.resp = resp
	return st.readBody(hr, resp)
}

// readBody reads hr's body into st.v (see Do and do).
func (st *callState) readBody(hr *http.Response, resp *Response) error {
	v := st.v
	if v == nil || hr.StatusCode == http.StatusNoContent || st.method == http.MethodHead {
		return nil
	}
	if st.raw && hr.ContentLength == 0 {
		return nil
	}
	st.rec = readRecorder{r: hr.Body}
	rec := &st.rec
	if w, ok := v.(io.Writer); ok && st.raw {
		n, err := io.Copy(w, rec)
		st.written += n
		switch {
		case rec.err != nil:
			// A retry would write the body again after the part already
			// written, so only a body of which nothing was written is retried.
			return &bodyReadError{err: rec.err, status: hr.StatusCode, retry: st.written == 0}
		case err != nil:
			return &DecodeError{StatusCode: hr.StatusCode, Method: st.method, Path: st.path,
				Err: fmt.Errorf("writing the body to %T: %w", w, err)}
		}
		return nil
	}
	max := st.client.maxBody
	st.lr = limitedReader{r: rec, n: max, max: max}
	lr := &st.lr
	var err error
	if d, ok := v.(bodyDecoder); ok {
		err = d.decodeBody(lr, resp) // which starts afresh
	} else {
		if st.decoded {
			resetValue(v) // a previous attempt's body was decoded into v in part
		}
		st.decoded = true
		dec := json.NewDecoder(lr)
		if err = dec.Decode(v); err == nil {
			err = expectEOF(dec)
		}
	}
	if err == nil {
		return nil
	}
	if rec.err != nil {
		// The connection failed, not the JSON: a reset, a body cut short,
		// the attempt's timeout, the context.
		return &bodyReadError{err: rec.err, status: hr.StatusCode, retry: true}
	}
	return &DecodeError{StatusCode: hr.StatusCode, Method: st.method, Path: st.path, Err: bodyError(err)}
}

// closeBody reads a little of the body so the connection can be reused,
// and closes it, as drainBody does, with the call's own reader.
func (st *callState) closeBody(b io.ReadCloser) {
	st.lr = limitedReader{r: b, n: 4096, max: 4096}
	_, _ = io.Copy(io.Discard, &st.lr)
	_ = b.Close()
	st.lr, st.rec = limitedReader{}, readRecorder{} // keep no body alive
}

// resetValue sets what v points to to its zero value.
func resetValue(v any) {
	if rv := reflect.ValueOf(v); rv.Kind() == reflect.Pointer && !rv.IsNil() {
		rv.Elem().SetZero()
	}
}

// readRecorder remembers the first error of reading r other than io.EOF,
// which tells a failed connection from a body that is not the JSON.
type readRecorder struct {
	r   io.Reader
	err error
}

func (r *readRecorder) Read(p []byte) (int, error) {
	n, err := r.r.Read(p)
	if err != nil && err != io.EOF && r.err == nil {
		r.err = err
	}
	return n, err
}

// send runs the request through retries and, for OAuth, refreshes a token
// the API rejected and tries once more.
func (c *Client) send(rreq *retryablehttp.Request) (*http.Response, error) {
	hr, err := c.retry.Do(rreq)
	if err != nil || hr.StatusCode != http.StatusUnauthorized {
		return hr, err
	}
	if _, ok := c.auth.(*tokenAuth); !ok {
		return hr, nil
	}
	// The token was rejected (and dropped by the transport): try once more
	// with a new one. A 401 means the request was not carried out.
	drainBody(hr.Body)
	return c.retry.Do(rreq)
}

// CloseIdleConnections closes the idle connections of the client's
// transport: the SDK's own, or the Transport of the *http.Client given
// with WithHTTPClient if it has a CloseIdleConnections method (which then
// affects that client's other users too). Requests in flight are not
// interrupted, and the client stays usable. A service that makes a client
// per tenant calls it when it drops one.
func (c *Client) CloseIdleConnections() {
	c.transport.closeIdleConnections()
	if ta, ok := c.auth.(*tokenAuth); ok {
		ta.closeIdleConnections()
	}
}

// relPath returns the request path relative to the API base, unescaped and
// without query, for errors and logs.
func (c *Client) relPath(u *url.URL) string {
	p := u.Path
	if u.Host == c.baseURL.Host {
		p = strings.TrimPrefix(p, c.baseURL.Path)
	}
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	return p
}

func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// expectEOF checks that the body ends after the JSON value a decoder
// read. It returns nil at the end of the body, an error saying so when
// more data follows (a body that is not one JSON document), and the read
// error otherwise: io.ErrUnexpectedEOF for a body cut short after a
// complete value (a Content-Length larger than what was sent, a gzip
// body without its trailer), which bodyError calls truncated.
func expectEOF(dec *json.Decoder) error {
	_, err := dec.Token()
	if err == io.EOF {
		return nil
	}
	var syntax *json.SyntaxError
	if err == nil || errors.As(err, &syntax) {
		return errors.New("unexpected data after the JSON body")
	}
	return err
}

// limitedReader reads at most n bytes and then fails, so that a body larger
// than any real response is an error rather than an unbounded allocation.
type limitedReader struct {
	r      io.Reader
	n, max int64
}

func (l *limitedReader) Read(p []byte) (int, error) {
	if l.n <= 0 {
		return 0, fmt.Errorf("response body exceeds %d bytes", l.max)
	}
	if int64(len(p)) > l.n {
		p = p[:l.n]
	}
	n, err := l.r.Read(p)
	l.n -= int64(n)
	return n, err
}

// drainBody reads a little of the body so the connection can be reused,
// and closes it.
func drainBody(b io.ReadCloser) {
	_, _ = io.Copy(io.Discard, io.LimitReader(b, 4096))
	_ = b.Close()
}

// callRaw sends a GET to r and copies a 2xx response's body into w as it
// arrives, undecoded (a file's bytes), following redirects without the
// credential (see checkRedirect). A body cut short after part of it was
// written is not retried.
func callRaw(ctx context.Context, c *Client, r route, w io.Writer) (*Response, error) {
	req, err := c.newRequest(ctx, http.MethodGet, r, nil, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", "*/*")
	return c.doCall(req, w, true)
}

// call sends one request and decodes the JSON response into a new T.
func call[T any](ctx context.Context, c *Client, method string, r route, opts, body any) (*T, *Response, error) {
	req, err := c.newRequest(ctx, method, r, opts, body)
	if err != nil {
		return nil, nil, err
	}
	v := new(T)
	resp, err := c.do(req, v)
	if err != nil {
		return nil, resp, err
	}
	return v, resp, nil
}

// callNoContent sends one request whose answer has no body (a 204, as
// DELETE gives) and returns the response.
func callNoContent(ctx context.Context, c *Client, method string, r route, opts, body any) (*Response, error) {
	req, err := c.newRequest(ctx, method, r, opts, body)
	if err != nil {
		return nil, err
	}
	return c.do(req, nil)
}
