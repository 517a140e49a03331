package benchling

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
)

// TestMutationDefaultUserAgent checks the User-Agent a client sends when
// WithUserAgent is not given.
func TestMutationDefaultUserAgent(t *testing.T) {
	env := setupRaw(t)
	var ua atomic.Value
	env.mux.HandleFunc("GET /ping", func(w http.ResponseWriter, r *http.Request) {
		ua.Store(r.Header.Get("User-Agent"))
		fmt.Fprint(w, `{}`)
	})
	req, err := env.client.NewRequest(testCtx(t), http.MethodGet, "ping", nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := env.client.Do(req, nil); err != nil {
		t.Fatal(err)
	}
	if got, want := ua.Load(), "benchling-go/"+Version; got != want {
		t.Errorf("User-Agent = %q, want %q", got, want)
	}
}

// mutCountingBody counts the bytes read from a response body.
type mutCountingBody struct {
	io.ReadCloser
	n *atomic.Int64
}

func (b mutCountingBody) Read(p []byte) (int, error) {
	n, err := b.ReadCloser.Read(p)
	b.n.Add(int64(n))
	return n, err
}

// mutByteCounter wraps every response body in a mutCountingBody.
type mutByteCounter struct{ n atomic.Int64 }

func (c *mutByteCounter) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := http.DefaultTransport.RoundTrip(req)
	if err != nil {
		return nil, err
	}
	resp.Body = mutCountingBody{resp.Body, &c.n}
	return resp, nil
}

// TestMutationErrorBodyReadIsCapped checks that the client reads at most
// maxErrorBody bytes (plus the small drain) of a huge error body, not just
// that the message is short.
func TestMutationErrorBodyReadIsCapped(t *testing.T) {
	ct := &mutByteCounter{}
	env := setupRaw(t, WithHTTPClient(&http.Client{Transport: ct}))
	const sent = 8 * maxErrorBody
	env.mux.HandleFunc("GET /tasks/t1", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusInternalServerError)
		chunk := strings.Repeat("x", 64<<10)
		for written := 0; written < sent; written += len(chunk) {
			if _, err := io.WriteString(w, chunk); err != nil {
				return
			}
		}
	})
	_, _, err := env.client.Tasks.Get(testCtx(t), "t1")
	var apiErr *Error
	if !errors.As(err, &apiErr) || apiErr.StatusCode != http.StatusInternalServerError {
		t.Fatalf("err = %v, want a 500 *Error", err)
	}
	if n := ct.n.Load(); n > maxErrorBody+64<<10 {
		t.Errorf("read %d bytes of a %d-byte error body, want at most about %d", n, sent, maxErrorBody)
	}
}
