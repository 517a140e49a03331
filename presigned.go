package benchling

import (
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Requests to pre-signed URLs: the cloud-storage URLs Benchling hands out
// for a blob's bytes (Blobs.GetDownloadURL), a file's or a data frame's
// upload and download (Files.Create, DataFrames.Create and Get) and an
// export's ZIP. Such a URL is a credential of its own (its query holds
// the signature), on another host than the tenant. Requests to one:
//
//   - never carry the client's Benchling credential, whatever host the
//     URL names: they go straight to the caller's RoundTripper, not
//     through the SDK's authenticating transport, and are not paced
//     (they do not count against Benchling's rate limit);
//   - never show the URL's query in errors or logs;
//   - time out when no byte moves for the client's per-attempt timeout
//     (the http.Client's Timeout, 60 s by default), not after a fixed
//     total, so a large transfer is not cut short;
//   - are retried as the client's RetryPolicy says on connection errors
//     and 429, 500, 502, 503 and 504: a download resumes where it
//     stopped (a Range request from the next byte), an upload (a PUT,
//     which replaces the object) only when its body can be read again.

// StorageError is a non-2xx answer of cloud storage to a request for a
// pre-signed URL. It matches ErrForbidden (403: an expired or invalid
// URL), ErrNotFound (404) and ErrServer (5xx) with errors.Is.
type StorageError struct {
	// Method is the request's method.
	Method string
	// URL is the pre-signed URL without its query (which holds the
	// signature).
	URL string
	// StatusCode is the HTTP status.
	StatusCode int
	// Code is the storage's error code (S3's AccessDenied,
	// SignatureDoesNotMatch, NoSuchKey, ...), if the body gave one.
	Code string
	// Message is the storage's error message, if the body gave one.
	Message string
}

// Error implements the error interface.
func (e *StorageError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "benchling: %s %s: %d", e.Method, e.URL, e.StatusCode)
	if e.Code != "" {
		b.WriteString(" " + e.Code)
	}
	if e.Message != "" {
		b.WriteString(": " + e.Message)
	}
	return b.String()
}

// Is matches the sentinel of the status.
func (e *StorageError) Is(target error) bool {
	switch target {
	case ErrForbidden:
		return e.StatusCode == http.StatusForbidden
	case ErrNotFound:
		return e.StatusCode == http.StatusNotFound
	case ErrServer:
		return e.StatusCode >= 500
	}
	return false
}

// retryableStatus reports a storage status worth another attempt.
func retryableStatus(code int) bool {
	switch code {
	case http.StatusTooManyRequests, http.StatusInternalServerError, http.StatusBadGateway,
		http.StatusServiceUnavailable, http.StatusGatewayTimeout:
		return true
	}
	return false
}

// storageURL parses a pre-signed URL: absolute, https (or http to a
// loopback host, for tests), without user information.
func storageURL(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil || !u.IsAbs() || u.Host == "" {
		return nil, errors.New("benchling: the pre-signed URL is not an absolute URL")
	}
	switch {
	case u.User != nil:
		return nil, fmt.Errorf("benchling: the pre-signed URL for %s holds user information", u.Host)
	case u.Scheme == "https":
	case u.Scheme == "http" && isLoopback(u.Hostname()):
	default:
		return nil, fmt.Errorf("benchling: the pre-signed URL for %s is not https", u.Host)
	}
	return u, nil
}

// shownURL is a URL as errors and logs show it: without its query.
func shownURL(u *url.URL) string {
	return u.Scheme + "://" + u.Host + u.EscapedPath()
}

// storageClient returns the http.Client for pre-signed URLs: the caller's
// RoundTripper, without the SDK's transport (no credential, no pacing)
// and without a total timeout; and the stall timeout.
func (c *Client) storageClient() (*http.Client, time.Duration) {
	return &http.Client{Transport: c.transport.base, CheckRedirect: c.retry.HTTPClient.CheckRedirect}, c.transport.timeout
}

// errStalled is the cause of an attempt that moved no byte for the stall
// timeout.
type stallError struct{ d time.Duration }

func (e *stallError) Error() string   { return fmt.Sprintf("no data moved for %v", e.d) }
func (e *stallError) Timeout() bool   { return true }
func (e *stallError) Temporary() bool { return true }

// stallGuard cancels an attempt's context when no byte moved for d.
type stallGuard struct {
	d      time.Duration
	timer  *time.Timer
	cancel context.CancelCauseFunc
}

// newStallGuard returns ctx's child that ends after d without progress
// (never for d 0).
func newStallGuard(ctx context.Context, d time.Duration) (context.Context, *stallGuard) {
	ctx, cancel := context.WithCancelCause(ctx)
	g := &stallGuard{d: d, cancel: cancel}
	if d > 0 {
		g.timer = time.AfterFunc(d, func() { cancel(&stallError{d}) })
	}
	return ctx, g
}

func (g *stallGuard) progress() {
	if g.timer != nil {
		g.timer.Reset(g.d)
	}
}

func (g *stallGuard) stop() {
	if g.timer != nil {
		g.timer.Stop()
	}
	g.cancel(nil)
}

// progressReader reports each read that moves data to a stallGuard.
type progressReader struct {
	r io.Reader
	g *stallGuard
}

func (p *progressReader) Read(b []byte) (int, error) {
	n, err := p.r.Read(b)
	if n > 0 {
		p.g.progress()
	}
	return n, err
}

// storageFailure is the error of an attempt that got no answer: the
// parent context's error, the stall, or the transport's error without
// the URL's query.
func storageFailure(ctx, attempt context.Context, method string, u *url.URL, err error) error {
	if ctxErr := ctx.Err(); ctxErr != nil {
		return fmt.Errorf("benchling: %s %s: %w", method, shownURL(u), ctxErr)
	}
	if cause := context.Cause(attempt); cause != nil && !errors.Is(cause, context.Canceled) {
		err = cause
	}
	return fmt.Errorf("benchling: %s %s: %w", method, shownURL(u), unwrapURLError(err))
}

// storageStatusError reads a non-2xx storage answer.
func storageStatusError(method string, u *url.URL, resp *http.Response) *StorageError {
	e := &StorageError{Method: method, URL: shownURL(u), StatusCode: resp.StatusCode}
	b, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	var x struct {
		Code    string `xml:"Code"`
		Message string `xml:"Message"`
	}
	if xml.Unmarshal(b, &x) == nil {
		e.Code, e.Message = x.Code, x.Message
	}
	return e
}

// storageWait waits the backoff of a retry, or until ctx ends.
func (c *Client) storageWait(ctx context.Context, attempt int, resp *http.Response) error {
	t := time.NewTimer(backoff(c.policy.MinBackoff, c.policy.MaxBackoff, attempt, resp))
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

func (c *Client) logStorage(ctx context.Context, method string, u *url.URL, status int, n int64, start time.Time) {
	if c.logger == nil {
		return
	}
	c.logger.LogAttrs(ctx, slog.LevelDebug, "benchling storage request",
		slog.String("method", method), slog.String("url", shownURL(u)), slog.Int("status", status),
		slog.Int64("bytes", n), slog.Duration("duration", time.Since(start)))
}

// storageGet streams the object at a pre-signed URL into w, from byte
// offset on (0 for all of it), and returns the number of bytes written. A
// connection lost or a retryable status resumes from the next byte; an
// error writing to w ends it.
func (c *Client) storageGet(ctx context.Context, rawURL string, w io.Writer, offset int64) (int64, error) {
	u, err := storageURL(rawURL)
	if err != nil {
		return 0, err
	}
	hc, stall := c.storageClient()
	var written int64
	for attempt := 0; ; attempt++ {
		n, resp, retry, err := c.storageGetOnce(ctx, hc, stall, u, w, offset+written)
		written += n
		if err == nil {
			return written, nil
		}
		if !retry || attempt >= c.policy.MaxRetries {
			return written, err
		}
		if werr := c.storageWait(ctx, attempt, resp); werr != nil {
			return written, storageFailure(ctx, ctx, http.MethodGet, u, werr)
		}
	}
}

func (c *Client) storageGetOnce(ctx context.Context, hc *http.Client, stall time.Duration, u *url.URL, w io.Writer, from int64) (int64, *http.Response, bool, error) {
	start := time.Now()
	actx, g := newStallGuard(ctx, stall)
	defer g.stop()
	req, err := http.NewRequestWithContext(actx, http.MethodGet, u.String(), nil)
	if err != nil {
		return 0, nil, false, fmt.Errorf("benchling: GET %s: %w", shownURL(u), err)
	}
	req.Header.Set("User-Agent", c.userAgent)
	if from > 0 {
		req.Header.Set("Range", "bytes="+strconv.FormatInt(from, 10)+"-")
	}
	resp, err := hc.Do(req)
	if err != nil {
		return 0, nil, ctx.Err() == nil && !isPermanent(err), storageFailure(ctx, actx, http.MethodGet, u, err)
	}
	defer drainBody(resp.Body)
	body := io.Reader(&progressReader{r: resp.Body, g: g})
	switch {
	case resp.StatusCode == http.StatusRequestedRangeNotSatisfiable && from > 0:
		c.logStorage(ctx, http.MethodGet, u, resp.StatusCode, 0, start)
		return 0, resp, false, nil // nothing is left after from
	case resp.StatusCode == http.StatusPartialContent && from > 0:
		if got := contentRangeStart(resp.Header.Get("Content-Range")); got != from {
			return 0, resp, false, fmt.Errorf("benchling: GET %s: asked for the bytes from %d on, got a range from %d", shownURL(u), from, got)
		}
	case resp.StatusCode == http.StatusOK:
		if from > 0 { // the storage ignored the Range: skip what was written
			if _, err := io.CopyN(io.Discard, body, from); err != nil {
				return 0, resp, true, storageFailure(ctx, actx, http.MethodGet, u, err)
			}
		}
	default:
		e := storageStatusError(http.MethodGet, u, resp)
		c.logStorage(ctx, http.MethodGet, u, resp.StatusCode, 0, start)
		return 0, resp, retryableStatus(resp.StatusCode), e
	}
	wr := &writeRecorder{w: w}
	n, err := io.Copy(wr, body)
	c.logStorage(ctx, http.MethodGet, u, resp.StatusCode, n, start)
	switch {
	case wr.err != nil:
		return n, resp, false, fmt.Errorf("benchling: GET %s: writing the body to %T: %w", shownURL(u), w, wr.err)
	case err != nil:
		return n, resp, ctx.Err() == nil, storageFailure(ctx, actx, http.MethodGet, u, err)
	}
	return n, resp, false, nil
}

// writeRecorder remembers an error of its writer, which tells a failing
// writer from a failing connection.
type writeRecorder struct {
	w   io.Writer
	err error
}

func (r *writeRecorder) Write(p []byte) (int, error) {
	n, err := r.w.Write(p)
	if err != nil && r.err == nil {
		r.err = err
	}
	return n, err
}

// contentRangeStart returns the first byte of a Content-Range header
// ("bytes 100-199/200"), or -1.
func contentRangeStart(h string) int64 {
	rest, ok := strings.CutPrefix(h, "bytes ")
	if !ok {
		return -1
	}
	first, _, ok := strings.Cut(rest, "-")
	if !ok {
		return -1
	}
	n, err := strconv.ParseInt(first, 10, 64)
	if err != nil {
		return -1
	}
	return n
}

// storagePut uploads size bytes of body to a pre-signed URL with the
// extra headers. It is retried only when body is an io.Seeker (read again
// from where it started).
func (c *Client) storagePut(ctx context.Context, rawURL string, body io.Reader, size int64, header http.Header) error {
	u, err := storageURL(rawURL)
	if err != nil {
		return err
	}
	hc, stall := c.storageClient()
	seeker, _ := body.(io.Seeker)
	var origin int64
	if seeker != nil {
		if origin, err = seeker.Seek(0, io.SeekCurrent); err != nil {
			seeker = nil
		}
	}
	for attempt := 0; ; attempt++ {
		pb := &attemptBody{r: body}
		resp, retry, err := c.storagePutOnce(ctx, hc, stall, u, pb, size, header)
		if err == nil {
			return nil
		}
		if !retry || seeker == nil || attempt >= c.policy.MaxRetries {
			return err
		}
		if werr := c.storageWait(ctx, attempt, resp); werr != nil {
			return storageFailure(ctx, ctx, http.MethodPut, u, werr)
		}
		// The transport may still be reading the last attempt's body:
		// end that, then rewind.
		pb.end()
		if _, err := seeker.Seek(origin, io.SeekStart); err != nil {
			return fmt.Errorf("benchling: PUT %s: rewinding the body for a retry: %w", shownURL(u), err)
		}
	}
}

func (c *Client) storagePutOnce(ctx context.Context, hc *http.Client, stall time.Duration, u *url.URL, pb *attemptBody, size int64, header http.Header) (*http.Response, bool, error) {
	start := time.Now()
	actx, g := newStallGuard(ctx, stall)
	defer g.stop()
	pb.r = &progressReader{r: io.LimitReader(pb.r, size), g: g}
	req, err := http.NewRequestWithContext(actx, http.MethodPut, u.String(), pb)
	if err != nil {
		return nil, false, fmt.Errorf("benchling: PUT %s: %w", shownURL(u), err)
	}
	req.ContentLength = size
	if size == 0 {
		req.Body = http.NoBody
	}
	for k, v := range header {
		req.Header[k] = v
	}
	req.Header.Set("User-Agent", c.userAgent)
	resp, err := hc.Do(req)
	if err != nil {
		return nil, ctx.Err() == nil && !isPermanent(err), storageFailure(ctx, actx, http.MethodPut, u, err)
	}
	defer drainBody(resp.Body)
	c.logStorage(ctx, http.MethodPut, u, resp.StatusCode, size, start)
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return resp, retryableStatus(resp.StatusCode), storageStatusError(http.MethodPut, u, resp)
	}
	return resp, false, nil
}

// attemptBody is one attempt's view of a request body. The transport
// may still read a body after RoundTrip returned (a server that answered
// early); end waits for a read under way and makes later reads fail, so
// that a retry can rewind the body safely.
type attemptBody struct {
	mu   sync.Mutex
	r    io.Reader
	done bool
}

func (b *attemptBody) Read(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.done {
		return 0, errors.New("benchling: the request attempt has ended")
	}
	return b.r.Read(p)
}

func (b *attemptBody) end() {
	b.mu.Lock()
	b.done = true
	b.mu.Unlock()
}

// Close implements io.Closer; the caller's body is not closed.
func (b *attemptBody) Close() error { return nil }
