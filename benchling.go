// Package benchling is a client for the Benchling REST API v2.
//
// Create one Client per tenant and share it between goroutines:
//
//	client, err := benchling.NewClient("acme",
//		benchling.WithAPIKey(os.Getenv("BENCHLING_API_KEY")))
//	if err != nil {
//		return err
//	}
//	seq, _, err := client.AaSequences.Get(ctx, "prtn_7nMBOMJD")
//
// Services hang off the Client (client.Users, client.AaSequences,
// client.DnaSequences, client.Entries, client.Tasks). Each method takes a
// context, sends one request (list iterators send one per page) and returns
// the decoded result, the *Response and an error. Non-2xx responses become
// *Error values that match sentinels such as ErrNotFound and ErrForbidden
// with errors.Is.
//
// The client retries throttled (429) requests with exponential backoff and
// jitter, honouring Retry-After and x-rate-limit-reset, and retries GETs on
// connection errors and 502/503/504. It never re-sends a POST or PATCH that
// may have reached the server, because Benchling offers no idempotency keys:
// a bulk-create that timed out may already have run. It also paces requests:
// when the x-rate-limit-* headers say the tenant's budget is spent, the next
// request waits for the window to reset instead of drawing a 429.
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

// maxResponseBody caps how much of a successful response body is read.
// Benchling's largest documented responses (bulk-gets of 1000 sequences)
// are far smaller.
const maxResponseBody = 256 << 20

// defaultTimeout bounds one attempt of a request when the caller supplies
// no *http.Client and no context deadline.
const defaultTimeout = 60 * time.Second

// service is the value every service type is converted from.
type service struct {
	client *Client
}

// Client talks to one Benchling tenant. It is safe for concurrent use by
// many goroutines and should be reused. Create it with NewClient.
type Client struct {
	common service

	// Users is the Users service (GET /users ...).
	Users *UsersService
	// AaSequences is the AA Sequences service (GET /aa-sequences ...).
	AaSequences *AaSequencesService
	// DnaSequences is the DNA Sequences service (GET /dna-sequences ...).
	DnaSequences *DnaSequencesService
	// Entries is the notebook Entries service (GET /entries ...).
	Entries *EntriesService
	// Tasks is the async Tasks service (GET /tasks/{task_id}).
	Tasks *TasksService
	// Blobs is the Blobs service (POST /blobs ...): uploads and downloads
	// of files of any size.
	Blobs *BlobsService
	// Files is the Files service (GET /files ...).
	Files *FilesService
	// Datasets is the Datasets service (GET /datasets ...).
	Datasets *DatasetsService
	// DataFrames is the Data Frames service (POST /data-frames ...).
	DataFrames *DataFramesService
	// Exports is the Exports service (POST /exports).
	Exports *ExportsService
	// InstrumentQueries is the Instrument Queries service (GET
	// /instruments/{instrument_query_id}/query).
	InstrumentQueries *InstrumentQueriesService
	// Connect is the Connect service (POST /connect/convert-to-asm ...).
	Connect *ConnectService

	baseURL   *url.URL
	userAgent string
	logger    *slog.Logger
	auth      authenticator
	retry     *retryablehttp.Client
	pacer     *pacer
	policy    RetryPolicy
	pollMin   time.Duration
	pollMax   time.Duration
	maxBody   int64 // cap on a successful response body
	prefetch  bool  // All fetches one page ahead
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
	noPacing           bool
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

// WithRetryPolicy replaces DefaultRetryPolicy(). RetryPolicy{} (MaxRetries 0)
// turns retries off; zero backoffs take the defaults.
func WithRetryPolicy(p RetryPolicy) Option {
	return func(o *options) error {
		if p.MaxRetries < 0 || p.MinBackoff < 0 || p.MaxBackoff < 0 {
			return errors.New("benchling: WithRetryPolicy: negative values are not allowed")
		}
		o.policy = p
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
// may be a tenant name ("acme"), a host ("acme.benchling.com") or a URL
// ("https://acme.benchling.com", optionally ending in "/api/v2"). All of
// those mean https://acme.benchling.com/api/v2. Plain http:// is accepted
// only for loopback hosts, for tests and local fakes.
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
	c := &Client{
		baseURL:   base,
		userAgent: o.userAgent,
		logger:    o.logger,
		policy:    o.policy.withDefaults(),
		pollMin:   o.pollMin,
		pollMax:   o.pollMax,
		maxBody:   maxResponseBody,
		prefetch:  o.prefetch,
	}
	if o.apiKeySet {
		c.auth = &apiKeyAuth{key: o.apiKey, value: basicAuthHeader(o.apiKey)}
	} else {
		tokenURL := base.JoinPath("token").String()
		c.auth = newTokenAuth(o.clientID, o.secret, tokenURL, userHC, o.tokenRefreshMargin)
	}
	if !o.noPacing {
		c.pacer = newPacer(c.policy.MaxBackoff)
	}

	hc := *userHC // a copy: the caller's client is never modified
	base0 := hc.Transport
	if base0 == nil {
		base0 = http.DefaultTransport
	}
	hc.Transport = &transport{base: base0, client: c}
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

	c.common.client = c
	c.Users = (*UsersService)(&c.common)
	c.AaSequences = (*AaSequencesService)(&c.common)
	c.DnaSequences = (*DnaSequencesService)(&c.common)
	c.Entries = (*EntriesService)(&c.common)
	c.Tasks = (*TasksService)(&c.common)
	c.Blobs = (*BlobsService)(&c.common)
	c.Files = (*FilesService)(&c.common)
	c.Datasets = (*DatasetsService)(&c.common)
	c.DataFrames = (*DataFramesService)(&c.common)
	c.Exports = (*ExportsService)(&c.common)
	c.InstrumentQueries = (*InstrumentQueriesService)(&c.common)
	c.Connect = (*ConnectService)(&c.common)
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
		if strings.ContainsAny(raw, "/?#@") {
			return nil, bad(redactUserinfo(raw), "a tenant without a scheme must be a bare name or host")
		}
		if !strings.Contains(raw, ".") && !strings.Contains(raw, ":") && raw != "localhost" {
			raw += ".benchling.com"
		}
		raw = "https://" + raw
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
// &AaSequenceUpdate{Name: benchling.Ptr("new name")}.
func Ptr[T any](v T) *T { return &v }

// route is a request path relative to the API base, with IDs already
// escaped, or the error of an invalid ID.
type route struct {
	path    string // unescaped, e.g. "aa-sequences/prtn 1"
	escaped string // escaped, e.g. "aa-sequences/prtn%201"
	err     error
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
	// as both forms.
	path := fillPath(format, ids, false)
	if !needEscape {
		return route{path: path, escaped: path}
	}
	return route{path: path, escaped: fillPath(format, ids, true)}
}

// fillPath replaces the %s verbs of format with ids, path-escaped if escape.
func fillPath(format string, ids []string, escape bool) string {
	if len(ids) == 0 {
		return format
	}
	var b strings.Builder
	b.Grow(len(format) + 16*len(ids))
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
	u.Path = c.baseURL.Path + "/" + r.path
	if r.escaped != r.path {
		// Otherwise the empty RawPath makes URL.String escape Path, which
		// gives the same text without building it twice.
		u.RawPath = c.baseURL.Path + "/" + r.escaped
	}
	if opts != nil {
		q, err := encodeQuery(opts, " of "+method+" /"+r.path)
		if err != nil {
			return nil, err
		}
		u.RawQuery = q
	}
	return c.buildRequest(ctx, method, "/"+r.path, u.String(), body)
}

// buildRequest builds the request to u (shown as path in errors), with
// body, if not nil, encoded as JSON. A body that is a nil pointer, or
// that holds NaN or an infinite number, is an error: nothing is sent.
func (c *Client) buildRequest(ctx context.Context, method, path, u string, body any) (*http.Request, error) {
	if ctx == nil {
		return nil, fmt.Errorf("benchling: %s %s: nil context", method, path)
	}
	// Mark now whether the request may be re-sent (see checkRetry), so that
	// send need not copy the request to add the mark.
	ctx = context.WithValue(ctx, retryableKey{}, retryableMethod(method))
	var rd io.Reader
	if body != nil {
		if rv := reflect.ValueOf(body); rv.Kind() == reflect.Pointer && rv.IsNil() {
			return nil, fmt.Errorf("benchling: %s %s: the request body is a nil %T", method, path, body)
		}
		buf := &bytes.Buffer{}
		enc := json.NewEncoder(buf)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(body); err != nil {
			return nil, fmt.Errorf("benchling: %s %s: encoding the request body (nothing was sent): %w", method, path, bodyEncodeError(err))
		}
		rd = bytes.NewReader(buf.Bytes())
	}
	req, err := http.NewRequestWithContext(ctx, method, u, rd)
	if err != nil {
		return nil, fmt.Errorf("benchling: %s %s: building the request: %w", method, path, err)
	}
	req.Header.Set("Accept", "application/json")
	req.Header.Set("User-Agent", c.userAgent)
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
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
	return c.buildRequest(ctx, method, "/"+unesc, u.String(), body)
}

// Do sends req, built by NewRequest, with the client's authentication,
// retries, pacing and error handling, and decodes a JSON response body into
// v (unless v is nil; otherwise v must be a non-nil pointer). Non-2xx
// responses return an *Error. The returned *Response is non-nil whenever
// a response arrived. A request that is nil, has no URL, is for another
// host than the client's tenant or outside its API base, or has a method
// NewRequest would refuse, is an error, and nothing is sent.
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
	return c.do(req, v)
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
		switch v.(type) {
		case io.Writer, bodyDecoder:
		default:
			if rv := reflect.ValueOf(v); rv.Kind() != reflect.Pointer || rv.IsNil() {
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

// do sends req and handles the response. Every path closes the body.
func (c *Client) do(req *http.Request, v any) (*Response, error) {
	ctx := req.Context()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	path := c.relPath(req.URL)
	rreq, err := retryablehttp.FromRequest(req)
	if err != nil {
		return nil, fmt.Errorf("benchling: %s %s: reading request body: %w", req.Method, path, err)
	}
	start := time.Now()
	hr, err := c.send(rreq)
	if err != nil {
		if hr != nil {
			// The context ended just as the response arrived: retryablehttp
			// returns both.
			_ = hr.Body.Close()
		}
		if ctxErr := ctx.Err(); ctxErr != nil {
			return nil, fmt.Errorf("benchling: %s %s: %w", req.Method, path, ctxErr)
		}
		return nil, c.redactErr(fmt.Errorf("benchling: %s %s: %w", req.Method, path, unwrapURLError(err)))
	}
	defer closeBody(hr.Body)
	resp := newResponse(hr)
	resp.prefetch = c.prefetch
	if c.logger != nil {
		c.logger.LogAttrs(ctx, slog.LevelDebug, "benchling request",
			slog.String("method", req.Method), slog.String("path", path),
			slog.Int("status", hr.StatusCode), slog.Duration("duration", time.Since(start)))
	}
	if hr.StatusCode < 200 || hr.StatusCode > 299 {
		body, _ := io.ReadAll(io.LimitReader(hr.Body, maxErrorBody))
		// newError redacts the body before parsing or excerpting it, so
		// that no part of an echoed credential survives truncation, and
		// redacts every string it decodes.
		return resp, newError(hr.StatusCode, req.Method, path, hr.Header, body, c.auth.redact)
	}
	if v == nil {
		return resp, nil
	}
	lr := &limitedReader{r: hr.Body, n: c.maxBody, max: c.maxBody}
	if d, ok := v.(bodyDecoder); ok {
		err = d.decodeBody(lr, resp)
	} else {
		dec := json.NewDecoder(lr)
		if err = dec.Decode(v); err == nil {
			err = expectEOF(dec)
		}
	}
	if err != nil {
		if ctxErr := ctx.Err(); ctxErr != nil {
			return resp, fmt.Errorf("benchling: %s %s: %w", req.Method, path, ctxErr)
		}
		return resp, &DecodeError{StatusCode: hr.StatusCode, Method: req.Method, Path: path, Err: bodyError(err)}
	}
	return resp, nil
}

// send runs the request through retries and, for OAuth, refreshes a token
// the API rejected and tries once more.
func (c *Client) send(rreq *retryablehttp.Request) (*http.Response, error) {
	ctx := rreq.Context()
	if mark, ok := ctx.Value(retryableKey{}).(bool); !ok || mark != retryableMethod(rreq.Method) {
		// The caller replaced the context or the method since NewRequest.
		rreq = rreq.WithContext(context.WithValue(ctx, retryableKey{}, retryableMethod(rreq.Method)))
	}
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

func closeBody(b io.ReadCloser) { drainBody(b) }

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
