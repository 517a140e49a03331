package benchling

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// Shared helpers of the reliability tests (reliability_*_test.go).

// relSecretSeq stands for a customer's sequence: request bodies carry it,
// and it must never reach an error or a log line.
const relSecretSeq = "MKVLAAGIVALLLAAGRELIABILITYSECRETSEQ"

// bodyCounter is a RoundTripper that counts the response bodies it hands
// out and how many of them were closed, so that a test can prove that no
// connection is left open. It can also run a hook once a response arrived.
type bodyCounter struct {
	base           *http.Transport
	opened, closed atomic.Int64
	afterResponse  func(*http.Request, *http.Response)
}

func newBodyCounter() *bodyCounter {
	return &bodyCounter{base: http.DefaultTransport.(*http.Transport).Clone()}
}

func (b *bodyCounter) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := b.base.RoundTrip(req)
	if err != nil {
		return nil, err
	}
	b.opened.Add(1)
	resp.Body = &countedBody{ReadCloser: resp.Body, c: b}
	if b.afterResponse != nil {
		b.afterResponse(req, resp)
	}
	return resp, nil
}

// CloseIdleConnections lets http.Client.CloseIdleConnections reach the
// wrapped transport.
func (b *bodyCounter) CloseIdleConnections() { b.base.CloseIdleConnections() }

// check fails the test if a body handed out was not closed.
func (b *bodyCounter) check(t *testing.T) {
	t.Helper()
	if o, c := b.opened.Load(), b.closed.Load(); o != c {
		t.Errorf("response bodies: %d opened, %d closed; want all closed", o, c)
	}
}

type countedBody struct {
	io.ReadCloser
	once sync.Once
	c    *bodyCounter
}

func (b *countedBody) Close() error {
	err := b.ReadCloser.Close()
	b.once.Do(func() { b.c.closed.Add(1) })
	return err
}

// relSetup is setupRaw with the client's connections going through a
// bodyCounter, which the test's cleanup checks.
func relSetup(t *testing.T, opts ...Option) (*testEnv, *bodyCounter) {
	t.Helper()
	bc := newBodyCounter()
	env := setupRaw(t, append([]Option{WithHTTPClient(&http.Client{Transport: bc})}, opts...)...)
	t.Cleanup(func() {
		bc.check(t)
		bc.CloseIdleConnections()
	})
	return env, bc
}

// relFast retries quickly: 3 retries, 1-5 ms apart.
func relFast() Option {
	return WithRetryPolicy(RetryPolicy{MaxRetries: 3, MinBackoff: time.Millisecond, MaxBackoff: 5 * time.Millisecond})
}

// hits counts the requests a handler saw and the time of each.
type hits struct {
	mu    sync.Mutex
	times []time.Time
	n     atomic.Int32
}

func (h *hits) add() int32 {
	h.mu.Lock()
	h.times = append(h.times, time.Now())
	h.mu.Unlock()
	return h.n.Add(1)
}

func (h *hits) gaps() []time.Duration {
	h.mu.Lock()
	defer h.mu.Unlock()
	var out []time.Duration
	for i := 1; i < len(h.times); i++ {
		out = append(out, h.times[i].Sub(h.times[i-1]))
	}
	return out
}

// relCall is a real service method, one for each request shape the
// reliability tests exercise.
type relCall struct {
	name, method, path string
	call               func(ctx context.Context, c *Client) (*Response, error)
}

var relCalls = []relCall{
	{"AaSequences.Get", "GET", "/aa-sequences/prtn_1", func(ctx context.Context, c *Client) (*Response, error) {
		_, resp, err := c.AaSequences.Get(ctx, "prtn_1", nil)
		return resp, err
	}},
	{"AaSequences.List", "GET", "/aa-sequences", func(ctx context.Context, c *Client) (*Response, error) {
		_, resp, err := c.AaSequences.List(ctx, &AaSequenceListOptions{ListOptions: ListOptions{PageSize: 2}})
		return resp, err
	}},
	{"AaSequences.BulkCreate", "POST", "/aa-sequences:bulk-create", func(ctx context.Context, c *Client) (*Response, error) {
		_, resp, err := c.AaSequences.BulkCreate(ctx, []*AaSequenceCreate{{EntityCreateBase: EntityCreateBase{Name: "p1"}, AminoAcids: relSecretSeq}})
		return resp, err
	}},
	{"AaSequences.Update", "PATCH", "/aa-sequences/prtn_1", func(ctx context.Context, c *Client) (*Response, error) {
		_, resp, err := c.AaSequences.Update(ctx, "prtn_1", &AaSequenceUpdate{AminoAcids: Ptr(relSecretSeq)})
		return resp, err
	}},
}

// relOK answers a call's request with a valid response.
func relOK(t *testing.T, w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	switch {
	case r.Method == "POST":
		w.WriteHeader(http.StatusAccepted)
		_, _ = w.Write(fixture(t, "aa_sequences/task_link.json"))
	case r.URL.Path == "/aa-sequences":
		_, _ = w.Write(fixture(t, "aa_sequences/list_page1.json"))
	default:
		_, _ = w.Write(fixture(t, "aa_sequences/get.json"))
	}
}

// hijack takes over the connection of a handler.
func hijack(t *testing.T, w http.ResponseWriter) (net.Conn, *bufio.ReadWriter) {
	t.Helper()
	conn, rw, err := w.(http.Hijacker).Hijack()
	if err != nil {
		t.Fatalf("hijack: %v", err)
	}
	return conn, rw
}

// resetConn closes conn with a TCP RST instead of a FIN.
func resetConn(conn net.Conn) {
	if tc, ok := conn.(*net.TCPConn); ok {
		_ = tc.SetLinger(0)
	}
	_ = conn.Close()
}

// relFault is a broken server behaviour and the kind of error every call
// must turn it into.
type relFault struct {
	name string
	h    func(t *testing.T, w http.ResponseWriter, r *http.Request)
	// kind is what the error must be: "decode" (*DecodeError, matching
	// ErrUnexpectedResponse), "server" (*Error matching ErrServer) or
	// "transport" (neither: a connection error naming method and path).
	kind string
	// retried says whether a GET is retried (a POST or PATCH never is, and
	// its error matches ErrOutcomeUnknown: each fault comes after the
	// request was sent).
	retried bool
}

var relFaults = []relFault{
	{name: "reset before headers", kind: "transport", retried: true, h: func(t *testing.T, w http.ResponseWriter, r *http.Request) {
		conn, _ := hijack(t, w)
		resetConn(conn)
	}},
	{name: "reset mid-body", kind: "transport", retried: true, h: func(t *testing.T, w http.ResponseWriter, r *http.Request) {
		conn, rw := hijack(t, w)
		fmt.Fprint(rw, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n")
		fmt.Fprint(rw, `{"aaSequences":[{"id":"prtn_1","name":"first`)
		_ = rw.Flush()
		time.Sleep(10 * time.Millisecond)
		resetConn(conn)
	}},
	{name: "truncated JSON", kind: "decode", h: func(t *testing.T, w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"aaSequences":[{"id":"prtn_1","name":"fi`)
	}},
	{name: "invalid JSON", kind: "decode", h: func(t *testing.T, w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"aaSequences": [prtn_1], "taskId": task}`)
	}},
	{name: "empty 200", kind: "decode", h: func(t *testing.T, w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
	}},
	{name: "wrong shape", kind: "decode", h: func(t *testing.T, w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `[{"id":"prtn_1"}]`)
	}},
	{name: "HTML page with 200", kind: "decode", h: func(t *testing.T, w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, "<!DOCTYPE html>\n<html><body><h1>Sign in</h1></body></html>")
	}},
	{name: "HTML page with 502", kind: "server", retried: true, h: func(t *testing.T, w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.WriteHeader(http.StatusBadGateway)
		fmt.Fprint(w, "<html>\n<head><title>502 Bad Gateway</title></head>\n<body>nginx</body></html>")
	}},
}

// checkFaultError checks the error a call returned for a fault.
func checkFaultError(t *testing.T, c relCall, f relFault, err error) {
	t.Helper()
	if err == nil {
		t.Fatalf("%s: no error", c.name)
	}
	if want := c.method + " " + c.path; !strings.Contains(err.Error(), want) {
		t.Errorf("error %q does not name %q", err, want)
	}
	var apiErr *Error
	var decErr *DecodeError
	switch f.kind {
	case "decode":
		if !errors.As(err, &decErr) || !errors.Is(err, ErrUnexpectedResponse) {
			t.Errorf("err = %v (%T), want a *DecodeError", err, err)
		}
	case "server":
		if !errors.As(err, &apiErr) || !errors.Is(err, ErrServer) {
			t.Errorf("err = %v (%T), want an *Error matching ErrServer", err, err)
		}
	case "transport":
		if errors.As(err, &apiErr) || errors.As(err, &decErr) || isContextError(err) {
			t.Errorf("err = %v (%T), want a connection error", err, err)
		}
	}
	if unknown := errors.Is(err, ErrOutcomeUnknown); unknown != (c.method != "GET") {
		t.Errorf("errors.Is(err, ErrOutcomeUnknown) = %v for %s, want %v: %v", unknown, c.method, !unknown, err)
	}
}
