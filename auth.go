package benchling

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"net/http"
	"sync"
	"time"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/clientcredentials"
)

// authenticator supplies the Authorization header of each request.
type authenticator interface {
	// header returns the Authorization header's value, as a slice the
	// caller must not modify (it is shared by every request).
	header(ctx context.Context) ([]string, error)
	kind() string
	// redact removes the credentials from s (an error body the server
	// may have echoed them in).
	redact(s string) string
}

// apiKeyAuth is HTTP Basic with the API key as user name and an empty
// password.
type apiKeyAuth struct {
	key, value string
	values     []string // {value}, shared by every request's header
}

func newAPIKeyAuth(key string) *apiKeyAuth {
	v := basicAuthHeader(key)
	return &apiKeyAuth{key: key, value: v, values: []string{v}}
}

func basicAuthHeader(key string) string {
	return "Basic " + base64.StdEncoding.EncodeToString([]byte(key+":"))
}

func (a *apiKeyAuth) header(context.Context) ([]string, error) { return a.values, nil }
func (a *apiKeyAuth) kind() string                             { return "api key" }

// redact removes the API key from s in every form it takes on the wire
// (see redactAll): the key, and the base64 of "key:" that the Basic
// header carries.
func (a *apiKeyAuth) redact(s string) string {
	return redactAll(s, secretForms(a.key, a.key+":")...)
}

// tokenAuth is OAuth 2.0 client credentials. golang.org/x/oauth2 fetches
// tokens; tokenAuth caches one, refreshes it before it expires and lets
// only one goroutine fetch at a time while the others wait (each within
// its own context).
type tokenAuth struct {
	cfg    *clientcredentials.Config
	hc     *http.Client // a copy of the caller's client, without the SDK's transport (see tokenHTTPClient)
	margin func(lifetime time.Duration) time.Duration
	secret string

	mu        sync.Mutex
	token     string
	authz     []string // {"Bearer " + token}, shared by every request's header
	refreshAt time.Time
	fetching  chan struct{} // closed when the fetch under way ends
	issued    []string      // the latest tokens, redacted from error bodies
	lastErr   error
}

func newTokenAuth(clientID, secret, tokenURL string, hc *http.Client, margin func(time.Duration) time.Duration) *tokenAuth {
	if margin == nil {
		margin = defaultRefreshMargin
	}
	return &tokenAuth{
		cfg: &clientcredentials.Config{
			ClientID:     clientID,
			ClientSecret: secret,
			TokenURL:     tokenURL,
			AuthStyle:    oauth2.AuthStyleInHeader,
		},
		hc:     tokenHTTPClient(hc),
		margin: margin,
		secret: secret,
	}
}

// defaultRefreshMargin refreshes a token 10% of its lifetime before it
// expires, between 1 s and 60 s early, as Benchling's Python SDK does.
func defaultRefreshMargin(lifetime time.Duration) time.Duration {
	return min(max(lifetime/10, time.Second), time.Minute)
}

func (a *tokenAuth) kind() string { return "oauth client credentials" }

func (a *tokenAuth) header(ctx context.Context) ([]string, error) {
	for {
		a.mu.Lock()
		if a.token != "" && time.Now().Before(a.refreshAt) {
			h := a.authz
			a.mu.Unlock()
			return h, nil
		}
		if ch := a.fetching; ch != nil {
			a.mu.Unlock()
			select {
			case <-ctx.Done():
				return nil, ctx.Err()
			case <-ch:
			}
			a.mu.Lock()
			err, tok, h := a.lastErr, a.token, a.authz
			a.mu.Unlock()
			if err == nil && tok != "" {
				return h, nil
			}
			if err != nil && !isContextError(err) {
				return nil, err
			}
			continue // the fetcher's context ended; try to fetch ourselves
		}
		ch := make(chan struct{})
		a.fetching = ch
		a.mu.Unlock()

		tok, refreshAt, err := a.fetch(ctx)

		a.mu.Lock()
		a.fetching, a.lastErr = nil, err
		h := []string{"Bearer " + tok}
		if err == nil {
			a.token, a.authz, a.refreshAt = tok, h, refreshAt
			a.issued = append(a.issued, tok)
			if len(a.issued) > maxRememberedTokens {
				a.issued = a.issued[1:]
			}
		}
		a.mu.Unlock()
		close(ch)
		if err != nil {
			return nil, err
		}
		return h, nil
	}
}

func isContextError(err error) bool {
	return errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)
}

// fetch gets a new token from the token endpoint. Its errors are
// *tokenFetchError values, which say whether a retry can help.
func (a *tokenAuth) fetch(ctx context.Context) (string, time.Time, error) {
	start := time.Now()
	fs := &tokenFetch{}
	ctx2 := context.WithValue(context.WithValue(ctx, oauth2.HTTPClient, a.hc), tokenFetchKey{}, fs)
	t, err := a.cfg.Token(ctx2)
	if err != nil {
		return "", time.Time{}, &tokenFetchError{err: a.tokenError(ctx, err), retry: fs.retryable(err)}
	}
	if t.AccessToken == "" {
		return "", time.Time{}, &tokenFetchError{err: &Error{StatusCode: http.StatusOK, Method: http.MethodPost, Path: "/token",
			Message: "the token response holds no access_token"}}
	}
	refreshAt := start // no expiry given, or already expired: use it once
	if !t.Expiry.IsZero() {
		lifetime := t.Expiry.Sub(start)
		refreshAt = t.Expiry.Add(-a.margin(lifetime))
	}
	return t.AccessToken, refreshAt, nil
}

// tokenError turns an oauth2 error into an *Error (or a transport error),
// never repeating the client secret.
func (a *tokenAuth) tokenError(ctx context.Context, err error) error {
	if ctxErr := ctx.Err(); ctxErr != nil {
		return fmt.Errorf("benchling: POST /token: %w", ctxErr)
	}
	var re *oauth2.RetrieveError
	if errors.As(err, &re) && re.Response != nil {
		e := newError(re.Response.StatusCode, http.MethodPost, "/token", re.Response.Header, re.Body, a.redact)
		if e.Type == "" && re.ErrorCode != "" {
			// A form-encoded answer, which x/oauth2 decoded.
			e.Type = a.redact(re.ErrorCode)
			if re.ErrorDescription != "" {
				e.Message = a.redact(re.ErrorDescription)
			}
		}
		return e
	}
	cause := unwrapURLError(err)
	return &tokenTransportError{msg: "benchling: POST /token: " + a.redact(cause.Error()), err: redactChain(a.redact, cause)}
}

// tokenTransportError is a failure to reach the token endpoint. Its text
// has the client secret redacted, and it unwraps to the cause, redacted
// the same way at every level of its chain (redactChain), so that
// errors.As still finds a certificate error (which is then not retried).
type tokenTransportError struct {
	msg string
	err error
}

func (e *tokenTransportError) Error() string { return e.msg }
func (e *tokenTransportError) Unwrap() error { return e.err }

// maxRememberedTokens is how many of its latest tokens a client redacts
// from error bodies: a request may still carry a token that was replaced
// or rejected since.
const maxRememberedTokens = 8

// redact removes the client secret (as is, query-escaped as
// golang.org/x/oauth2 sends it, and in the base64 "client_id:secret" of
// the token request's Basic header) and the latest bearer tokens from s,
// in every encoding redactAll knows.
func (a *tokenAuth) redact(s string) string {
	a.mu.Lock()
	secrets := append(oauthSecretForms(a.cfg.ClientID, a.secret), a.issued...)
	a.mu.Unlock()
	return redactAll(s, secrets...)
}

// invalidate drops the cached token if it is the one a rejected request
// carried (authz), so the next request fetches a new one.
func (a *tokenAuth) invalidate(authz string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.token != "" && "Bearer "+a.token == authz {
		a.token, a.refreshAt = "", time.Time{}
	}
}
