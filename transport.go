package benchling

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"
)

// transport wraps the caller's RoundTripper. For each attempt it first
// paces the request to the tenant and gets its credential (both may wait,
// for the rate-limit window or a token), and only then starts the
// attempt's timeout (the http.Client's Timeout, which the SDK takes off its
// copy of the client) and sends it; it learns the rate-limit budget from
// each response. It adds credentials only to requests for the tenant's own
// scheme, host and port, so a redirect elsewhere never carries them.
type transport struct {
	base       http.RoundTripper
	client     *Client
	timeout    time.Duration // of one attempt, headers and body; 0: none
	timeoutErr error         // the cause of an attempt's timeout
}

func (t *transport) RoundTrip(req *http.Request) (*http.Response, error) {
	c := t.client
	st := stateOf(req.Context())
	if st != nil && req.Response == nil { // not a redirect: a new attempt
		st.attempts++
		st.sent = false
	}
	if req.URL.Host != c.baseURL.Host || req.URL.Scheme != c.baseURL.Scheme {
		// A redirect of a read to another origin: no pacing, no credential.
		return t.send(req, t.header(req.Header, st, nil), st)
	}
	ctx := req.Context()
	var probe chan struct{}
	if p := c.pacer; p != nil {
		var logWait func(time.Duration)
		if c.logger != nil {
			logWait = func(d time.Duration) { c.logPacingWait(req, d) }
		}
		var err error
		if probe, err = p.wait(ctx, logWait); err != nil {
			closeReqBody(req)
			return nil, err
		}
	}
	authz, err := c.auth.header(ctx)
	if err != nil {
		if c.pacer != nil {
			c.pacer.done(probe, false)
		}
		closeReqBody(req)
		return nil, err
	}
	resp, err := t.send(req, t.header(req.Header, st, authz), st)
	if err != nil {
		if c.pacer != nil {
			c.pacer.done(probe, false)
		}
		return nil, err
	}
	if ta, ok := c.auth.(*tokenAuth); ok && resp.StatusCode == http.StatusUnauthorized {
		ta.invalidate(authz[0])
	}
	if c.pacer != nil {
		c.pacer.observe(resp)
		c.pacer.done(probe, true)
	}
	return resp, nil
}

// send hands one attempt to the base RoundTripper with header h, under the
// attempt's timeout, which ends when the response body is closed. The
// response names req (never the copy carrying the credential).
func (t *transport) send(req *http.Request, h http.Header, st *callState) (*http.Response, error) {
	if st != nil {
		st.sent = true
	}
	var r2 *http.Request
	var cancel context.CancelFunc
	if t.timeout > 0 {
		var ctx context.Context
		ctx, cancel = context.WithTimeoutCause(req.Context(), t.timeout, t.timeoutErr)
		r2 = req.WithContext(ctx) // a shallow copy
	} else {
		r2 = new(http.Request)
		*r2 = *req
	}
	r2.Header = h
	resp, err := t.base.RoundTrip(r2)
	if err != nil {
		if cancel != nil {
			cancel()
		}
		return nil, err
	}
	resp.Request = req
	if cancel != nil {
		resp.Body = &cancelBody{ReadCloser: resp.Body, cancel: cancel}
	}
	return resp, nil
}

// cancelBody ends an attempt's timeout when its body is closed.
type cancelBody struct {
	io.ReadCloser
	cancel context.CancelFunc
}

func (b *cancelBody) Close() error {
	err := b.ReadCloser.Close()
	b.cancel()
	return err
}

// closeIdleConnections closes the idle connections of the base
// RoundTripper, if it can. It is deliberately not the CloseIdleConnections
// method http.Client looks for: retryablehttp calls that after every failed
// call, which would drop the idle connections every other call shares.
func (t *transport) closeIdleConnections() {
	if ci, ok := t.base.(interface{ CloseIdleConnections() }); ok {
		ci.CloseIdleConnections()
	}
}

// header returns the header to send for a request with header h: a copy
// with its own map, with the client's Accept and User-Agent for the SDK's
// own requests (st.defaults) and authz, if not nil, as Authorization. It
// shares the header values (RoundTrippers only read them), so the
// caller's request never sees the credential and the copy is cheap.
func (t *transport) header(h http.Header, st *callState, authz []string) http.Header {
	defaults := st != nil && st.defaults
	if !defaults && authz == nil {
		return h
	}
	h2 := make(http.Header, len(h)+3)
	if defaults {
		h2["Accept"] = hdrJSON
		h2["User-Agent"] = t.client.userAgentValues
	}
	for k, v := range h {
		h2[k] = v
	}
	if authz != nil {
		h2["Authorization"] = authz
	}
	return h2
}

func closeReqBody(req *http.Request) {
	if req.Body != nil {
		_ = req.Body.Close()
	}
}

func (c *Client) logPacingWait(req *http.Request, d time.Duration) {
	c.logger.LogAttrs(req.Context(), slog.LevelDebug, "benchling pacing wait",
		slog.String("method", req.Method), slog.String("path", c.relPath(req.URL)),
		slog.Duration("wait", d))
}

// maxRedirects is how many redirects a read follows, as net/http does.
const maxRedirects = 10

// checkRedirect returns the CheckRedirect of the SDK's copy of the
// caller's http.Client, which runs user (the caller's own, if any) too.
//
// A read may be redirected anywhere (the transport adds the credential
// only at the tenant's origin). A request that is not a GET or HEAD (a
// write, or a query sent as a POST) follows only a 307 or 308, which keep
// its method and body, and only to the same scheme, host and port: net/http
// would turn a 301/302/303 into a GET without the body, and a write's
// body never leaves its origin. Any other redirect of such a request is
// not followed, and do reports it as an error (for a write, one matching
// ErrOutcomeUnknown). A redirect loop or a redirect the caller's
// CheckRedirect rejects ends the call without retries.
func checkRedirect(user func(*http.Request, []*http.Request) error) func(*http.Request, []*http.Request) error {
	return func(req *http.Request, via []*http.Request) error {
		first := via[0]
		if first.Method != http.MethodGet && first.Method != http.MethodHead {
			if !keepsMethod(req.Response) || !sameOrigin(req.URL, first.URL) {
				return http.ErrUseLastResponse
			}
		}
		if user != nil {
			err := user(req, via)
			if err == nil || err == http.ErrUseLastResponse {
				return err
			}
			return &redirectError{err: err}
		}
		if len(via) >= maxRedirects {
			return &redirectError{err: fmt.Errorf("stopped after %d redirects", maxRedirects)}
		}
		return nil
	}
}

// keepsMethod reports a redirect that keeps the request's method and body.
func keepsMethod(resp *http.Response) bool {
	return resp != nil && (resp.StatusCode == http.StatusTemporaryRedirect || resp.StatusCode == http.StatusPermanentRedirect)
}

// sameOrigin reports whether a and b have the same scheme, host and port
// (an absent port being the scheme's default).
func sameOrigin(a, b *url.URL) bool {
	return strings.EqualFold(a.Scheme, b.Scheme) && hostPort(a) == hostPort(b)
}

func hostPort(u *url.URL) string {
	port := u.Port()
	if port == "" {
		switch strings.ToLower(u.Scheme) {
		case "https":
			port = "443"
		case "http":
			port = "80"
		}
	}
	return net.JoinHostPort(strings.ToLower(u.Hostname()), port)
}

// redirectTarget describes where a redirect pointed, without its query
// (which may hold a signed URL's credentials).
func redirectTarget(resp *http.Response) string {
	loc, err := resp.Location()
	if err != nil {
		return "an invalid location"
	}
	return (&url.URL{Scheme: loc.Scheme, Host: loc.Host, Path: loc.Path}).String()
}

// maxProbeWait bounds how long a request waits for the answer to the first
// request of a rate-limit window before it goes anyway.
const maxProbeWait = 2 * time.Second

// pacer remembers the tenant's request budget, shared by every goroutine
// using the client, and makes a request wait for the window to reset when
// the budget is spent instead of sending a request that would draw a 429.
type pacer struct {
	mu        sync.Mutex
	known     bool      // remaining and resetAt are from a response in this window
	remaining int       // requests left in the window, less those sent since
	resetAt   time.Time // when the window resets
	// carried is what was left of the budget when its window passed, less
	// the requests sent since. A new window's budget is no smaller, so
	// while carried lasts, requests go without waiting for a probe: a
	// server reporting a window of 0 s (or NaN) with plenty of budget is
	// not serialised.
	carried  int
	inFlight int
	// probe is open while the first request of a window (or the
	// client's first request) is out, when no budget is known: the others
	// wait for its answer to learn the new budget, rather than guess how
	// many of them the server has counted. Only the request that opened it
	// ends it without an answer (see done).
	probe     chan struct{}
	unmetered bool // a probe's response had no budget: do not probe again
	now       func() time.Time
	maxWait   time.Duration // caps a wait the server asks for (WithMaxPacingWait); 0: no cap
}

func newPacer(maxWait time.Duration) *pacer { return &pacer{now: time.Now, maxWait: maxWait} }

// wait blocks until a request may be sent or ctx is done; logWait, if not
// nil, is told of each wait for a window. It returns the probe channel the
// request opened (nil if it is not the probe), for done.
func (p *pacer) wait(ctx context.Context, logWait func(time.Duration)) (chan struct{}, error) {
	probeTimedOut := false
	for {
		p.mu.Lock()
		now := p.now()
		if p.known && !now.Before(p.resetAt) {
			// The window has reset; the next response says more.
			p.known, p.carried = false, p.remaining
		}
		var probe chan struct{}
		switch {
		case p.known && p.remaining > 0:
			p.remaining--
		case p.known: // spent: wait for the window to reset
			d := p.resetAt.Sub(now)
			p.mu.Unlock()
			if logWait != nil {
				logWait(d)
			}
			if err := sleepCtx(ctx, d); err != nil {
				return nil, err
			}
			continue
		case p.carried > 0:
			p.carried--
		case p.probe != nil && !probeTimedOut:
			ch := p.probe
			p.mu.Unlock()
			t := time.NewTimer(maxProbeWait)
			select {
			case <-ctx.Done():
				t.Stop()
				return nil, ctx.Err()
			case <-ch:
				t.Stop()
			case <-t.C:
				// The probe is slow (a large page, a hanging server): go
				// without its answer rather than queue every caller behind it.
				probeTimedOut = true
			}
			continue
		case !p.unmetered && p.probe == nil:
			p.probe = make(chan struct{})
			probe = p.probe
		}
		p.inFlight++
		p.mu.Unlock()
		return probe, nil
	}
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// done marks the end of a request wait let through, after its response
// (if answered) was observed. probe is what wait returned.
func (p *pacer) done(probe chan struct{}, answered bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.inFlight--
	if probe != nil && p.probe == probe {
		// This request was the probe and no response taught the budget
		// since it went: release the waiting requests. If it was answered
		// without rate-limit headers, stop probing until a response
		// reports a budget again.
		p.endProbe()
		if answered {
			p.unmetered = true
		}
	}
}

// endProbe releases the requests waiting for a probe. p.mu is held.
func (p *pacer) endProbe() {
	close(p.probe)
	p.probe = nil
}

// observe learns the budget from a response's x-rate-limit-* headers (and
// Retry-After on a 429).
func (p *pacer) observe(resp *http.Response) {
	h := resp.Header
	remaining, err := strconv.Atoi(h.Get(hdrRateLimitRemaining))
	reset, err2 := strconv.ParseFloat(h.Get(hdrRateLimitReset), 64)
	throttled := resp.StatusCode == http.StatusTooManyRequests
	if (err != nil || err2 != nil) && !throttled {
		return
	}
	now := p.now()
	resetAt := now.Add(secondsDuration(reset))
	if throttled {
		remaining = 0
		if d := retryAfter(resp.StatusCode, h); d > 0 && now.Add(d).After(resetAt) {
			resetAt = now.Add(d)
		}
	}
	if p.maxWait > 0 && resetAt.Sub(now) > p.maxWait {
		resetAt = now.Add(p.maxWait)
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.unmetered = false
	if p.probe != nil {
		defer p.endProbe()
	}
	others := p.inFlight - 1 // requests sent but not yet answered, besides this one
	switch {
	case !p.known || resetAt.After(p.resetAt.Add(time.Second)):
		// A new window: trust the server, less what is already on its way.
		p.known, p.resetAt, p.remaining = true, resetAt, max(remaining-others, 0)
		p.carried = 0
	default:
		p.remaining = min(p.remaining, remaining)
		if resetAt.After(p.resetAt) {
			p.resetAt = resetAt
		}
	}
}
