package benchling

import (
	"context"
	"net/http"
	"strconv"
	"sync"
	"time"
)

// transport wraps the caller's RoundTripper: it paces requests to the
// tenant, adds authentication and learns the rate-limit budget from each
// response. It adds credentials only to requests for the tenant's own host,
// so a redirect to another host never carries them.
type transport struct {
	base   http.RoundTripper
	client *Client
}

func (t *transport) RoundTrip(req *http.Request) (*http.Response, error) {
	c := t.client
	if req.URL.Host != c.baseURL.Host || req.URL.Scheme != c.baseURL.Scheme {
		return t.base.RoundTrip(req)
	}
	ctx := req.Context()
	if c.pacer != nil {
		if err := c.pacer.wait(ctx); err != nil {
			closeReqBody(req)
			return nil, err
		}
		defer c.pacer.done()
	}
	authz, err := c.auth.header(ctx)
	if err != nil {
		closeReqBody(req)
		return nil, err
	}
	r2 := withAuthorization(req, authz)
	resp, err := t.base.RoundTrip(r2)
	if err != nil {
		return nil, err
	}
	// Hide the request that carried the credential from callers.
	resp.Request = req
	if ta, ok := c.auth.(*tokenAuth); ok && resp.StatusCode == http.StatusUnauthorized {
		ta.invalidate(authz)
	}
	if c.pacer != nil {
		c.pacer.observe(resp)
	}
	return resp, nil
}

// withAuthorization returns a shallow copy of req with its own header map
// carrying authz. Unlike req.Clone it shares the URL and the header values
// (RoundTrippers only read them), so the caller's request never sees the
// credential and the copy costs three allocations rather than a deep copy.
func withAuthorization(req *http.Request, authz string) *http.Request {
	r2 := new(http.Request)
	*r2 = *req
	h := make(http.Header, len(req.Header)+1)
	for k, v := range req.Header {
		h[k] = v
	}
	h["Authorization"] = []string{authz}
	r2.Header = h
	return r2
}

func closeReqBody(req *http.Request) {
	if req.Body != nil {
		_ = req.Body.Close()
	}
}

// maxProbeWait bounds how long a request waits for the answer to the first
// request of a rate-limit window before it goes anyway.
const maxProbeWait = 2 * time.Second

// pacer remembers the tenant's request budget, shared by every goroutine
// using the client, and makes a request wait for the window to reset when
// the budget is spent instead of sending a request that would draw a 429.
type pacer struct {
	mu        sync.Mutex
	known     bool      // the budget below is from a response in this window
	remaining int       // requests left in the window, less those sent since
	resetAt   time.Time // when the window resets
	inFlight  int
	// probe is open while the first request of a window (or the
	// client's first request) is out: the others wait for its answer to learn the new budget,
	// rather than guess how many of them the server has counted.
	probe     chan struct{}
	unmetered bool // a probe's response had no budget: do not probe again
	now       func() time.Time
	maxWait   time.Duration // caps a wait the server asks for (RetryPolicy.MaxBackoff); 0: no cap
}

func newPacer(maxWait time.Duration) *pacer { return &pacer{now: time.Now, maxWait: maxWait} }

// wait blocks until a request may be sent or ctx is done.
func (p *pacer) wait(ctx context.Context) error {
	probeTimedOut := false
	for {
		p.mu.Lock()
		now := p.now()
		if p.known && !now.Before(p.resetAt) {
			p.known = false // the window has reset; the next response says more
		}
		if !p.known && p.probe != nil && !probeTimedOut {
			ch := p.probe
			p.mu.Unlock()
			t := time.NewTimer(maxProbeWait)
			select {
			case <-ctx.Done():
				t.Stop()
				return ctx.Err()
			case <-ch:
				t.Stop()
			case <-t.C:
				// The probe is slow (a large page, a hanging server): go
				// without its answer rather than queue every caller behind it.
				probeTimedOut = true
			}
			continue
		}
		if !p.known || p.remaining > 0 {
			if p.known {
				p.remaining--
			} else if !p.unmetered && p.probe == nil {
				p.probe = make(chan struct{})
			}
			p.inFlight++
			p.mu.Unlock()
			return nil
		}
		d := p.resetAt.Sub(now)
		p.mu.Unlock()
		t := time.NewTimer(d)
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-t.C:
		}
	}
}

// done marks the end of a request wait let through, after its response
// (if any) was observed.
func (p *pacer) done() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.inFlight--
	if p.probe != nil {
		// A request ended without teaching the budget (no response, or
		// no rate-limit headers): release the waiting requests, and stop
		// probing until a response reports a budget again.
		p.endProbe()
		if !p.known {
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
	default:
		p.remaining = min(p.remaining, remaining)
		if resetAt.After(p.resetAt) {
			p.resetAt = resetAt
		}
	}
}
