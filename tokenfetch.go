package benchling

import (
	"errors"
	"io"
	"net/http"
	"net/url"

	"golang.org/x/oauth2"
)

// tokenHTTPClient returns the client that fetches OAuth tokens: a copy of
// the caller's hc (its Timeout, Jar and Transport apply) that follows a
// redirect only when it keeps the POST and its body (307, 308) and stays
// at the token endpoint's scheme, host and port, since the request carries
// the client secret. net/http alone would send it to another port of the
// same host. Another redirect reaches x/oauth2 as a 3xx response, an error
// that is not retried. hc's own CheckRedirect runs too.
func tokenHTTPClient(hc *http.Client) *http.Client {
	c := *hc
	base := c.Transport
	if base == nil {
		base = http.DefaultTransport
	}
	c.Transport = &tokenTransport{base: base}
	user := hc.CheckRedirect
	c.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		if !keepsMethod(req.Response) || !sameOrigin(req.URL, via[0].URL) {
			return http.ErrUseLastResponse
		}
		return checkRedirect(user)(req, via)
	}
	return &c
}

// tokenFetchKey is the context key of a token request's *tokenFetch.
type tokenFetchKey struct{}

// tokenFetch records what happened to one token request.
type tokenFetch struct {
	bodyErr error // reading the response body failed
}

// retryable reports whether a retry can fix err, the error of x/oauth2's
// token request.
func (f *tokenFetch) retryable(err error) bool {
	var re *oauth2.RetrieveError
	if errors.As(err, &re) && re.Response != nil {
		// The endpoint answered with an error status: worth another try
		// when throttled or unavailable, never when it rejected the
		// credential (or redirected the request away).
		switch re.Response.StatusCode {
		case http.StatusTooManyRequests, http.StatusBadGateway, http.StatusServiceUnavailable, http.StatusGatewayTimeout:
			return true
		}
		return false
	}
	if f.bodyErr != nil {
		return !isPermanent(f.bodyErr) // the answer was cut short
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		// No answer at all: a connection error, unless it is a certificate
		// error or a redirect loop.
		var re *redirectError
		return !isPermanent(err) && !errors.As(err, &re)
	}
	// A 2xx answer that is not a usable token (HTML, invalid JSON, no
	// access_token, an expires_in that is not an integer): a retry gets
	// the same answer.
	return false
}

// tokenFetchError is the failure to get a token, so the API request that
// needed it was not sent. retry says whether a retry can help.
type tokenFetchError struct {
	err   error
	retry bool
}

func (e *tokenFetchError) Error() string { return e.err.Error() }
func (e *tokenFetchError) Unwrap() error { return e.err }

// tokenTransport records, for the request's tokenFetch, an error reading
// the token response's body: x/oauth2 reports it as text only.
type tokenTransport struct {
	base http.RoundTripper
}

func (t *tokenTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := t.base.RoundTrip(req)
	if err != nil {
		return nil, err
	}
	if f, ok := req.Context().Value(tokenFetchKey{}).(*tokenFetch); ok {
		resp.Body = &tokenBody{ReadCloser: resp.Body, f: f}
	}
	return resp, nil
}

type tokenBody struct {
	io.ReadCloser
	f *tokenFetch
}

func (b *tokenBody) Read(p []byte) (int, error) {
	n, err := b.ReadCloser.Read(p)
	if err != nil && err != io.EOF && b.f.bodyErr == nil {
		b.f.bodyErr = err
	}
	return n, err
}

// closeIdleConnections closes the idle connections of the token client's
// transport.
func (a *tokenAuth) closeIdleConnections() {
	if t, ok := a.hc.Transport.(*tokenTransport); ok {
		if ci, ok := t.base.(interface{ CloseIdleConnections() }); ok {
			ci.CloseIdleConnections()
		}
	}
}
