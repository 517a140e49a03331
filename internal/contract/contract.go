// Package contract records the HTTP exchanges of the SDK's tests so that
// the tools module can check them against Benchling's OpenAPI spec.
//
// The root module does not parse the spec (that would put an OpenAPI
// library into every importer's module graph). Instead, when the
// environment variable BENCHLING_CONTRACT_DIR names a directory, the unit
// tests' setup(t) servers and benchlingtest's fake tenant append every
// request and response they see to a JSON-lines file in it, one file per
// process. The tools module's TestContract runs the root tests with the
// variable set and validates every recorded exchange. When the variable
// is not set, recording costs nothing: [Handler] returns its handler
// unchanged and [Record] returns at once.
//
// Only what the validator needs is recorded: method, path and query,
// the Content-Type and body of the request and the response, and the
// status. Request headers, Authorization among them, are never recorded,
// and the client_secret of an OAuth form body is replaced.
package contract

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
)

// EnvDir is the environment variable naming the directory recordings go to.
const EnvDir = "BENCHLING_CONTRACT_DIR"

// Sources of exchanges.
const (
	// SourceUnit marks an exchange between the SDK and a root unit test's
	// setup(t) server: the request is the SDK's, the response the test's
	// fixture.
	SourceUnit = "unit"
	// SourceFake marks an exchange served by benchlingtest's fake tenant.
	SourceFake = "fake"
)

// Exchange is one recorded request and its response.
type Exchange struct {
	Source  string `json:"source"`  // SourceUnit or SourceFake
	Package string `json:"package"` // the test binary, e.g. "benchling.test"
	Test    string `json:"test"`    // the Go test's name, "" outside tests

	Method      string `json:"method"`
	Target      string `json:"target"` // escaped path and query, e.g. /api/v2/users?pageSize=2
	ContentType string `json:"contentType,omitempty"`
	Body        []byte `json:"body,omitempty"`

	Status   int    `json:"status"`
	RespType string `json:"respType,omitempty"` // the response's Content-Type
	RespBody []byte `json:"respBody,omitempty"`
}

// Enabled reports whether recording is on (EnvDir is set).
func Enabled() bool { return os.Getenv(EnvDir) != "" }

var (
	mu   sync.Mutex
	file *os.File
	werr error
)

// Record appends e to this process's recording file, if recording is on.
// The package name is filled in. Errors are reported once on stderr, as
// a recording that cannot be written fails the contract check anyway.
func Record(e Exchange) {
	dir := os.Getenv(EnvDir)
	if dir == "" {
		return
	}
	e.Package = filepath.Base(os.Args[0])
	e.Body = redactForm(e.ContentType, e.Body)
	line, err := json.Marshal(e)
	if err != nil {
		return // every field marshals
	}
	line = append(line, '\n')
	mu.Lock()
	defer mu.Unlock()
	if file == nil && werr == nil {
		name := fmt.Sprintf("%s-%d.jsonl", strings.TrimSuffix(e.Package, ".test"), os.Getpid())
		file, werr = os.OpenFile(filepath.Join(dir, name), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
		if werr != nil {
			fmt.Fprintf(os.Stderr, "contract: cannot record exchanges: %v\n", werr)
		}
	}
	if file != nil {
		if _, err := file.Write(line); err != nil && werr == nil {
			werr = err
			fmt.Fprintf(os.Stderr, "contract: cannot record exchanges: %v\n", err)
		}
	}
}

// redactForm replaces the client_secret of a form body.
func redactForm(contentType string, body []byte) []byte {
	if !strings.HasPrefix(contentType, "application/x-www-form-urlencoded") || !bytes.Contains(body, []byte("client_secret")) {
		return body
	}
	form, err := url.ParseQuery(string(body))
	if err != nil {
		return nil
	}
	form.Set("client_secret", "REDACTED")
	return []byte(form.Encode())
}

// ReadDir returns every exchange recorded in dir.
func ReadDir(dir string) ([]Exchange, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if err != nil {
		return nil, err
	}
	var out []Exchange
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<30)
		for sc.Scan() {
			var e Exchange
			if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
				f.Close()
				return nil, fmt.Errorf("%s: %w", name, err)
			}
			out = append(out, e)
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	}
	return out, nil
}

type skipKey struct{}

// Skip marks the request's exchange as not to be recorded: a response a
// test injected (benchlingtest's InjectFault), not the server's own. It
// does nothing for a request that [Handler] did not see.
func Skip(r *http.Request) {
	if p, ok := r.Context().Value(skipKey{}).(*atomic.Bool); ok {
		p.Store(true)
	}
}

// Handler returns h wrapped so that every exchange it serves is recorded
// with source and test, or h itself when recording is off. The response
// streams through as h writes it (flushes and hijacks pass through); a
// hijacked connection, a skipped request ([Skip]) and a request whose
// client went away before any answer are not recorded.
func Handler(source, test string, h http.Handler) http.Handler {
	if !Enabled() {
		return h
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		r.Body.Close()
		r.Body = io.NopCloser(bytes.NewReader(body))
		skip := new(atomic.Bool)
		r = r.WithContext(context.WithValue(r.Context(), skipKey{}, skip))
		rec := &recorder{ResponseWriter: w}
		h.ServeHTTP(rec, r)
		if skip.Load() || rec.hijacked || (rec.status == 0 && r.Context().Err() != nil) {
			return
		}
		if rec.status == 0 {
			rec.status = http.StatusOK
		}
		Record(Exchange{
			Source: source, Test: test,
			Method: r.Method, Target: r.URL.RequestURI(),
			ContentType: r.Header.Get("Content-Type"), Body: body,
			Status: rec.status, RespType: w.Header().Get("Content-Type"), RespBody: rec.body.Bytes(),
		})
	})
}

// recorder passes a response through and keeps a copy.
type recorder struct {
	http.ResponseWriter
	status   int
	body     bytes.Buffer
	hijacked bool
}

func (w *recorder) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *recorder) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	w.body.Write(b)
	return w.ResponseWriter.Write(b)
}

// Flush implements http.Flusher.
func (w *recorder) Flush() {
	if f, ok := w.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

// Hijack implements http.Hijacker.
func (w *recorder) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	hj, ok := w.ResponseWriter.(http.Hijacker)
	if !ok {
		return nil, nil, http.ErrNotSupported
	}
	w.hijacked = true
	return hj.Hijack()
}

// Unwrap lets http.ResponseController reach the underlying writer.
func (w *recorder) Unwrap() http.ResponseWriter { return w.ResponseWriter }
