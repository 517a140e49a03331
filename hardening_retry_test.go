package benchling

import (
	"bytes"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// Issue 10, retries: only what a retry can fix is retried; read-only
// POSTs and bodies cut short are; zero policy fields mean defaults.

// TestPermanentTokenFailuresAreNotRetried: a token endpoint that answers
// 200 with something that is not a usable token gets the same answer on
// a retry. Before, each was retried for the whole policy (6 token requests
// per call with the default policy); now it is asked once. Transient
// failures (503, a connection reset, a body cut short) are still retried.
func TestPermanentTokenFailuresAreNotRetried(t *testing.T) {
	body := func(contentType, b string) func(t *testing.T, w http.ResponseWriter) {
		return func(t *testing.T, w http.ResponseWriter) {
			w.Header().Set("Content-Type", contentType)
			fmt.Fprint(w, b)
		}
	}
	cases := []struct {
		name  string
		fault func(t *testing.T, w http.ResponseWriter)
		want  int32 // token requests
	}{
		{"200 HTML", body("text/html", "<html>login</html>"), 1},
		{"200 invalid JSON", body("application/json", `{"access_token":`), 1},
		{"200 no access_token", body("application/json", `{"token_type":"Bearer","expires_in":900}`), 1},
		{"200 fractional expires_in", body("application/json", `{"access_token":"tok_TEST_bearer_x","token_type":"Bearer","expires_in":899.5}`), 1},
		{"200 huge expires_in", body("application/json", `{"access_token":"tok_TEST_bearer_x","token_type":"Bearer","expires_in":1e30}`), 1},
		{"401", func(t *testing.T, w http.ResponseWriter) { w.WriteHeader(401) }, 1},
		{"503", func(t *testing.T, w http.ResponseWriter) { w.WriteHeader(503) }, 4},
		{"connection reset", func(t *testing.T, w http.ResponseWriter) { conn, _ := hijack(t, w); resetConn(conn) }, 4},
		{"body cut short", func(t *testing.T, w http.ResponseWriter) {
			conn, rw := hijack(t, w)
			fmt.Fprint(rw, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"access_token\":")
			_ = rw.Flush()
			resetConn(conn)
		}, 4},
	}
	for _, tc := range cases {
		for _, c := range []relCall{relCalls[0], relCalls[2]} { // a GET and a POST: neither was sent
			t.Run(tc.name+"/"+c.name, func(t *testing.T) {
				e := setupOAuth(t, relFast(), WithoutPacing())
				var tokens, api atomic.Int32
				e.mux.HandleFunc("/aa-sequences/", func(w http.ResponseWriter, r *http.Request) { api.Add(1) })
				e.tokenHook = func(w http.ResponseWriter, r *http.Request) bool {
					tokens.Add(1)
					tc.fault(t, w)
					return true
				}
				_, err := c.call(testCtx(t), e.client)
				if err == nil || !strings.Contains(err.Error(), "/token") {
					t.Fatalf("err = %v, want a token error", err)
				}
				if errors.Is(err, ErrOutcomeUnknown) {
					t.Errorf("err = %v: a call whose token failed was never sent", err)
				}
				if got := tokens.Load(); got != tc.want {
					t.Errorf("token requests = %d, want %d", got, tc.want)
				}
				if api.Load() != 0 {
					t.Errorf("the API was called %d times without a token", api.Load())
				}
			})
		}
	}
}

// TestReadOnlyPostsAreRetried: the POSTs that only query (the sequence
// match, search and find-matching-regions endpoints, barcode validation)
// are marked read-only, so a 503 or a connection lost is retried as for
// a GET; before, they were never retried. A POST that writes is still
// sent once. The tools test TestReadOnlyMarksAreTheReadOnlyPosts fails
// unless every route marked readOnly() is here.
func TestReadOnlyPostsAreRetried(t *testing.T) {
	page := func(key string) string { return `{"` + key + `":[],"nextToken":""}` }
	task := `{"taskId":"f1b6e7a0-0000-4000-8000-000000000001"}`
	calls := []struct {
		name, path, body string
		call             func(c *Client) error
	}{
		{"DnaSequences.MatchBases", "/dna-sequences:match-bases", page("dnaSequences"), func(c *Client) error {
			_, _, err := c.DnaSequences.MatchBases(testCtx(t), &MatchBasesRequest{Bases: "ACGT"})
			return err
		}},
		{"DnaSequences.SearchBases", "/dna-sequences:search-bases", page("dnaSequences"), func(c *Client) error {
			_, _, err := c.DnaSequences.SearchBases(testCtx(t), &SearchBasesRequest{Bases: "ACGT"})
			return err
		}},
		{"AaSequences.MatchAminoAcids", "/aa-sequences:match-amino-acids", page("aaSequences"), func(c *Client) error {
			_, _, err := c.AaSequences.MatchAminoAcids(testCtx(t), &AaSequencesMatchBases{AminoAcids: "MKV"})
			return err
		}},
		{"AaSequences.SearchAminoAcids", "/aa-sequences:search-amino-acids", page("aaSequences"), func(c *Client) error {
			_, _, err := c.AaSequences.SearchAminoAcids(testCtx(t), &AaSequencesSearchBases{AminoAcids: "MKV"})
			return err
		}},
		{"RnaSequences.MatchBases", "/rna-sequences:match-bases", page("rnaSequences"), func(c *Client) error {
			_, _, err := c.RnaSequences.MatchBases(testCtx(t), &MatchBasesRequest{Bases: "ACGU"})
			return err
		}},
		{"RnaSequences.SearchBases", "/rna-sequences:search-bases", page("rnaSequences"), func(c *Client) error {
			_, _, err := c.RnaSequences.SearchBases(testCtx(t), &SearchBasesRequest{Bases: "ACGU"})
			return err
		}},
		{"AaSequences.FindMatchingRegions", "/aa-sequences:find-matching-regions", task, func(c *Client) error {
			_, _, err := c.AaSequences.FindMatchingRegions(testCtx(t), &AaSequencesFindMatchingRegion{TargetAaSequenceIDs: []string{"prtn_1"}})
			return err
		}},
		{"DnaSequences.FindMatchingRegions", "/dna-sequences:find-matching-regions", task, func(c *Client) error {
			_, _, err := c.DnaSequences.FindMatchingRegions(testCtx(t), &DnaSequencesFindMatchingRegion{TargetDnaSequenceIDs: []string{"seq_1"}})
			return err
		}},
		{"Inventory.ValidateBarcodes", "/registries/src_1:validate-barcodes", `{"validationResults":[]}`, func(c *Client) error {
			_, _, err := c.Inventory.ValidateBarcodes(testCtx(t), "src_1", []string{"BC1"})
			return err
		}},
	}
	faults := map[string]func(t *testing.T, w http.ResponseWriter, r *http.Request){
		"503":                  status(503),
		"connection reset":     func(t *testing.T, w http.ResponseWriter, r *http.Request) { conn, _ := hijack(t, w); resetConn(conn) },
		"body reset mid-body":  relFaults[1].h,
		"504 then reset twice": status(504),
	}
	for fname, fault := range faults {
		for _, c := range calls {
			t.Run(fname+"/"+c.name, func(t *testing.T) {
				env := setupRaw(t, relFast(), WithoutPacing())
				var h hits
				env.mux.HandleFunc("POST "+c.path, func(w http.ResponseWriter, r *http.Request) {
					if h.add() <= 2 {
						fault(t, w, r)
						return
					}
					fmt.Fprint(w, c.body)
				})
				if err := c.call(env.client); err != nil {
					t.Fatalf("after two faults: %v", err)
				}
				if h.n.Load() != 3 {
					t.Errorf("server saw %d requests, want 3", h.n.Load())
				}
			})
		}
	}
}

// TestBodyReadErrorsAreRetried: a GET whose body is cut off (a reset
// mid-body, a Content-Length the server does not fill) is retried and
// succeeds; before it was a *DecodeError on the first attempt. Without
// retries a reset is a connection error, not ErrUnexpectedResponse, and a
// body cut short a *DecodeError saying it was truncated.
func TestBodyReadErrorsAreRetried(t *testing.T) {
	short := func(t *testing.T, w http.ResponseWriter, r *http.Request) {
		conn, rw := hijack(t, w)
		defer conn.Close()
		fmt.Fprint(rw, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n")
		fmt.Fprint(rw, string(fixture(t, "aa_sequences/get.json"))) // shorter than 5000
		_ = rw.Flush()
	}
	for name, fault := range map[string]func(t *testing.T, w http.ResponseWriter, r *http.Request){
		"reset mid-body": relFaults[1].h, "body shorter than Content-Length": short,
	} {
		t.Run(name, func(t *testing.T) {
			for _, c := range relCalls[:2] {
				env := setupRaw(t, relFast(), WithoutPacing())
				var h hits
				env.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
					if h.add() <= 2 {
						fault(t, w, r)
						return
					}
					relOK(t, w, r)
				})
				if _, err := c.call(testCtx(t), env.client); err != nil || h.n.Load() != 3 {
					t.Errorf("%s: err = %v, server saw %d; want success on the third attempt", c.name, err, h.n.Load())
				}
			}
			env := setupRaw(t, WithoutPacing())
			env.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { fault(t, w, r) })
			_, err := relCalls[0].call(testCtx(t), env.client)
			if name == "reset mid-body" {
				if err == nil || errors.Is(err, ErrUnexpectedResponse) || !strings.Contains(err.Error(), "reading the response body") {
					t.Errorf("without retries: err = %v, want a connection error reading the body", err)
				}
			} else if !errors.Is(err, ErrUnexpectedResponse) || !strings.Contains(err.Error(), "truncated") {
				t.Errorf("without retries: err = %v, want a DecodeError saying the body was truncated", err)
			}
		})
	}
}

// TestZeroPolicyFieldsMeanDefaults: RetryPolicy{MaxBackoff: ...} used to
// turn retries off (MaxRetries 0); zero fields now take their defaults
// (5 retries), and WithoutRetries turns retries off. The last of
// WithRetryPolicy and WithoutRetries wins.
func TestZeroPolicyFieldsMeanDefaults(t *testing.T) {
	fast := RetryPolicy{MinBackoff: time.Millisecond, MaxBackoff: 2 * time.Millisecond}
	for _, tc := range []struct {
		name string
		opts []Option
		want int32
	}{
		{"zero MaxRetries", []Option{WithRetryPolicy(fast)}, 6},
		{"WithoutRetries", []Option{WithoutRetries()}, 1},
		{"WithRetryPolicy after WithoutRetries", []Option{WithoutRetries(), WithRetryPolicy(fast)}, 6},
		{"WithoutRetries after WithRetryPolicy", []Option{WithRetryPolicy(fast), WithoutRetries()}, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			env := newServerEnv(t, false)
			c, err := NewClient(env.server.URL, append([]Option{WithAPIKey(testAPIKey), WithoutPacing()}, tc.opts...)...)
			if err != nil {
				t.Fatal(err)
			}
			var h hits
			env.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { h.add(); status(503)(t, w, r) })
			if _, err := relCalls[0].call(testCtx(t), c); !errors.Is(err, ErrServer) {
				t.Fatalf("err = %v, want ErrServer", err)
			}
			if h.n.Load() != tc.want {
				t.Errorf("server saw %d requests, want %d", h.n.Load(), tc.want)
			}
		})
	}
}

// TestDoStreamsIntoWriterAndAcceptsEmptyBodies: Do copies a body into an
// io.Writer as it comes (a blob download is not JSON), and an empty 2xx
// body (204, or 200 with Content-Length 0) leaves v as it was. Before,
// the first was a DecodeError and the second an "empty body" error.
func TestDoStreamsIntoWriterAndAcceptsEmptyBodies(t *testing.T) {
	blob := bytes.Repeat([]byte{0x00, 0xff, 0x1f, 0x8b, '{'}, 100_000) // binary, 500 kB
	env := setupRaw(t, WithMaxResponseSize(1024))
	env.mux.HandleFunc("GET /blobs/blb_1/download", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/octet-stream")
		_, _ = w.Write(blob)
	})
	env.mux.HandleFunc("DELETE /things/t_1", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(204) })
	env.mux.HandleFunc("POST /things", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", "0")
	})
	env.mux.HandleFunc("GET /big", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `{"id":%q}`, strings.Repeat("x", 2048))
	})
	req, _ := env.client.NewRequest(testCtx(t), "GET", "blobs/blb_1/download", nil)
	var buf bytes.Buffer
	if _, err := env.client.Do(req, &buf); err != nil {
		t.Fatalf("download: %v", err)
	}
	if !bytes.Equal(buf.Bytes(), blob) {
		t.Errorf("downloaded %d bytes, want the %d-byte blob as sent (no size cap for a writer)", buf.Len(), len(blob))
	}
	for _, rc := range []struct{ method, path string }{{"DELETE", "things/t_1"}, {"POST", "things"}} {
		req, _ := env.client.NewRequest(testCtx(t), rc.method, rc.path, map[string]string{"a": "b"})
		v := struct{ ID string }{ID: "untouched"}
		resp, err := env.client.Do(req, &v)
		if err != nil || v.ID != "untouched" || resp == nil {
			t.Errorf("%s %s: err = %v, v = %+v; want no error and v untouched", rc.method, rc.path, err, v)
		}
	}
	// The cap applies to JSON, and can be lowered.
	req, _ = env.client.NewRequest(testCtx(t), "GET", "big", nil)
	var v struct{ ID string }
	if _, err := env.client.Do(req, &v); !errors.Is(err, ErrUnexpectedResponse) || !strings.Contains(err.Error(), "exceeds 1024 bytes") {
		t.Errorf("a 2 KiB body with a 1 KiB cap: err = %v, want a DecodeError about the size", err)
	}
}

// TestCloseIdleConnections: Client.CloseIdleConnections closes the idle
// connections of the client's transport (before, the SDK's transport hid
// them, so a service that drops a client per tenant could not release its
// pool). A failed call, in turn, does not drop the idle connections that
// other calls share (retryablehttp would close them after each failure).
func TestCloseIdleConnections(t *testing.T) {
	var mu sync.Mutex
	states := map[http.ConnState]int{}
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/bad") {
			w.WriteHeader(503)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(fixture(t, "aa_sequences/get.json"))
	}))
	srv.Config.ConnState = func(_ net.Conn, s http.ConnState) {
		mu.Lock()
		states[s]++
		mu.Unlock()
	}
	srv.Start()
	t.Cleanup(srv.Close)
	count := func(s http.ConnState) int {
		mu.Lock()
		defer mu.Unlock()
		return states[s]
	}
	for _, name := range []string{"default transport", "WithHTTPClient"} {
		t.Run(name, func(t *testing.T) {
			opts := []Option{WithAPIKey(testAPIKey), relFast()}
			if name == "WithHTTPClient" {
				opts = append(opts, WithHTTPClient(&http.Client{Transport: http.DefaultTransport.(*http.Transport).Clone()}))
			}
			c, err := NewClient(srv.URL, opts...)
			if err != nil {
				t.Fatal(err)
			}
			newBefore, closedBefore := count(http.StateNew), count(http.StateClosed)
			if _, _, err := c.AaSequences.Get(testCtx(t), "prtn_1", nil); err != nil {
				t.Fatal(err)
			}
			if _, _, err := c.AaSequences.Get(testCtx(t), "bad", nil); !errors.Is(err, ErrServer) {
				t.Fatalf("err = %v, want the 503", err)
			}
			if _, _, err := c.AaSequences.Get(testCtx(t), "prtn_1", nil); err != nil {
				t.Fatal(err)
			}
			if n := count(http.StateNew) - newBefore; n != 1 {
				t.Errorf("%d connections for 6 sequential requests, one call failing; want 1, reused", n)
			}
			c.CloseIdleConnections()
			deadline := time.Now().Add(5 * time.Second)
			for count(http.StateClosed) == closedBefore && time.Now().Before(deadline) {
				time.Sleep(5 * time.Millisecond)
			}
			if count(http.StateClosed) == closedBefore {
				t.Fatal("CloseIdleConnections closed no connection")
			}
			if _, _, err := c.AaSequences.Get(testCtx(t), "prtn_1", nil); err != nil {
				t.Errorf("after CloseIdleConnections the client must stay usable: %v", err)
			}
			c.CloseIdleConnections()
		})
	}
}
