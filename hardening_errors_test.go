package benchling

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestErrorBodyDecodesFieldByField: a member of an unexpected type in an
// error body loses only itself; Type, Message and UserMessage survive,
// indexes given as strings are read, and the raw body stays on the
// *Error.
func TestErrorBodyDecodesFieldByField(t *testing.T) {
	const head = `"type":"invalid_request_error","message":"Invalid items","userMessage":"Fix the items"`
	base := Error{StatusCode: 400, Method: "GET", Path: "/x", Type: "invalid_request_error", Message: "Invalid items", UserMessage: "Fix the items"}
	with := func(f func(e *Error)) Error {
		e := base
		f(&e)
		return e
	}
	tests := []struct {
		name string
		body string
		want Error
	}{
		{"errors is an object", `{"error":{` + head + `,"errors":{"index":2,"message":"bad name"}}}`,
			with(func(e *Error) { e.Items = []ItemError{{2, "bad name"}} })},
		{"errors is a string", `{"error":{` + head + `,"errors":"several"}}`, base},
		{"errors is a number", `{"error":{` + head + `,"errors":3}}`, base},
		{"index is a string", `{"error":{` + head + `,"errors":[{"index":"3","message":"bad bases"}]}}`,
			with(func(e *Error) { e.Items = []ItemError{{3, "bad bases"}} })},
		{"index is not a number", `{"error":{` + head + `,"errors":[{"index":"x","message":"m"},{"index":1.5,"message":"n"},{"index":-1,"message":"o"},{"message":"p"}]}}`,
			with(func(e *Error) { e.Items = []ItemError{{-1, "m"}, {-1, "n"}, {-1, "o"}, {-1, "p"}} })},
		{"an item is not an object", `{"error":{` + head + `,"errors":["just text",{"index":0,"message":"ok"}]}}`,
			with(func(e *Error) { e.Items = []ItemError{{-1, "just text"}, {0, "ok"}} })},
		{"item message is an object", `{"error":{` + head + `,"errors":[{"index":0,"message":{"field":"name"}}]}}`,
			with(func(e *Error) { e.Items = []ItemError{{0, `{"field":"name"}`}} })},
		{"invalidIds is a string", `{"error":{` + head + `,"invalidIds":"prtn_1"}}`,
			with(func(e *Error) { e.InvalidIDs = []string{"prtn_1"} })},
		{"invalidIds holds a number", `{"error":{` + head + `,"invalidIds":["prtn_1",7,null]}}`,
			with(func(e *Error) { e.InvalidIDs = []string{"prtn_1", "7"} })},
		{"invalidId is an object", `{"error":{` + head + `,"invalidId":{"id":"prtn_1"}}}`,
			with(func(e *Error) { e.InvalidIDs = []string{`{"id":"prtn_1"}`} })},
		{"top-level invalidIds is an object", `{"error":{` + head + `},"invalidIds":{"a":1}}`,
			with(func(e *Error) { e.InvalidIDs = []string{`{"a":1}`} })},
		{"message is a number", `{"error":{"type":"t","message":42,"userMessage":"u"}}`,
			Error{StatusCode: 400, Method: "GET", Path: "/x", Type: "t", Message: "42", UserMessage: "u"}},
		{"type is an object", `{"error":{"type":{"code":1},"message":"m"}}`,
			Error{StatusCode: 400, Method: "GET", Path: "/x", Type: `{"code":1}`, Message: "m"}},
		{"oauth shape", `{"error":"invalid_grant","error_description":"expired"}`,
			Error{StatusCode: 400, Method: "GET", Path: "/x", Type: "invalid_grant", Message: "expired"}},
		{"oauth shape without description", `{"error":"invalid_grant"}`,
			Error{StatusCode: 400, Method: "GET", Path: "/x", Type: "invalid_grant", Message: "invalid_grant"}},
		{"error is a list", `{"error":["a","b"]}`,
			Error{StatusCode: 400, Method: "GET", Path: "/x", Message: `["a","b"]`}},
		{"no error member", `{"message":"proxy says no"}`,
			Error{StatusCode: 400, Method: "GET", Path: "/x", Message: `{"message":"proxy says no"}`}},
		{"not json", "<html>\n<b>Bad request</b>\n</html>",
			Error{StatusCode: 400, Method: "GET", Path: "/x", Message: "<html> <b>Bad request</b> </html>"}},
		{"json cut short", `{"error":{"type":"t","message":"m"`,
			Error{StatusCode: 400, Method: "GET", Path: "/x", Message: `{"error":{"type":"t","message":"m"`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			env := setupRaw(t, WithoutPacing())
			env.mux.HandleFunc("GET /x", func(w http.ResponseWriter, r *http.Request) {
				w.WriteHeader(400)
				fmt.Fprint(w, tc.body)
			})
			req, err := env.client.NewRequest(testCtx(t), "GET", "x", nil)
			if err != nil {
				t.Fatal(err)
			}
			_, err = env.client.Do(req, nil)
			var got *Error
			if !errors.As(err, &got) {
				t.Fatalf("err = %v, want an *Error", err)
			}
			tc.want.Body = []byte(tc.body)
			if diff := cmp.Diff(tc.want, *got); diff != "" {
				t.Errorf("Error mismatch (-want +got):\n%s", diff)
			}
			if len(got.Items) > 0 && strings.Contains(got.Error(), "item -1") {
				t.Errorf("Error() = %q names an item without an index", got.Error())
			}
		})
	}
}

// TestErrorBodyIsRedactedAndCapped: the kept body is the body read (at
// most maxErrorBody), with the credential redacted.
func TestErrorBodyIsRedactedAndCapped(t *testing.T) {
	env := setupRaw(t, WithoutPacing())
	big := strings.Repeat("x", maxErrorBody+100)
	env.mux.HandleFunc("GET /echo", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(500)
		fmt.Fprintf(w, `{"error":{"message":"key sk\u005fTEST_api_key_0123456789abcdef"}}`)
	})
	env.mux.HandleFunc("GET /big", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(500)
		fmt.Fprint(w, big)
	})
	for path, check := range map[string]func(e *Error){
		"echo": func(e *Error) {
			if want := `{"error":{"message":"key [REDACTED]"}}`; string(e.Body) != want {
				t.Errorf("Body = %s, want %s", e.Body, want)
			}
		},
		"big": func(e *Error) {
			if len(e.Body) != maxErrorBody {
				t.Errorf("len(Body) = %d, want the cap %d", len(e.Body), maxErrorBody)
			}
		},
	} {
		req, _ := env.client.NewRequest(testCtx(t), "GET", path, nil)
		_, err := env.client.Do(req, nil)
		var e *Error
		if !errors.As(err, &e) {
			t.Fatalf("%s: err = %v", path, err)
		}
		check(e)
	}
}

// rawResponse answers with the bytes of a whole HTTP/1.1 response and
// closes the connection, so that a test can send what net/http's server
// would refuse to: a body shorter than its Content-Length.
func rawResponse(t *testing.T, w http.ResponseWriter, head string, body []byte) {
	t.Helper()
	conn, buf, err := w.(http.Hijacker).Hijack()
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	_, _ = buf.WriteString(head)
	_, _ = buf.Write(body)
	_ = buf.Flush()
}

func gzipped(t *testing.T, s string) []byte {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	if _, err := io.WriteString(zw, s); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestTruncatedBodySaysTruncated: a body cut short (a Content-Length
// larger than what was sent, a gzip body missing its trailer), whether
// the JSON in it is complete or not, is reported as truncated, never as
// "unexpected data after the JSON body"; data that does follow the JSON
// still is.
func TestTruncatedBodySaysTruncated(t *testing.T) {
	const user = `{"id":"ent_1","name":"Ada"}`
	page := `{"users":[{"id":"ent_1"}],"nextToken":""}`
	tests := []struct {
		name  string
		serve func(t *testing.T, w http.ResponseWriter, body string)
		want  string
	}{
		{"content-length too large", func(t *testing.T, w http.ResponseWriter, body string) {
			rawResponse(t, w, fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n", len(body)+50), []byte(body))
		}, "truncated body"},
		{"content-length too large, json cut", func(t *testing.T, w http.ResponseWriter, body string) {
			rawResponse(t, w, fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n", len(body)), []byte(body[:len(body)-5]))
		}, "truncated body"},
		{"gzip without trailer", func(t *testing.T, w http.ResponseWriter, body string) {
			gz := gzipped(t, body)
			gz = gz[:len(gz)-8]
			w.Header().Set("Content-Encoding", "gzip")
			w.Header().Set("Content-Type", "application/json")
			w.Header().Set("Content-Length", fmt.Sprint(len(gz)))
			_, _ = w.Write(gz)
		}, "truncated body"},
		{"gzip cut inside the json", func(t *testing.T, w http.ResponseWriter, body string) {
			gz := gzipped(t, body)
			gz = gz[:len(gz)/2]
			w.Header().Set("Content-Encoding", "gzip")
			w.Header().Set("Content-Length", fmt.Sprint(len(gz)))
			_, _ = w.Write(gz)
		}, "truncated body"},
		{"data after the json", func(t *testing.T, w http.ResponseWriter, body string) {
			fmt.Fprint(w, body+` {"more":1}`)
		}, "unexpected data after the JSON body"},
		{"garbage after the json", func(t *testing.T, w http.ResponseWriter, body string) {
			fmt.Fprint(w, body+` xyz`)
		}, "unexpected data after the JSON body"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			env := setupRaw(t, WithoutPacing())
			env.mux.HandleFunc("GET /users/ent_1", func(w http.ResponseWriter, r *http.Request) { tc.serve(t, w, user) })
			env.mux.HandleFunc("GET /users", func(w http.ResponseWriter, r *http.Request) { tc.serve(t, w, page) })
			calls := map[string]func() error{
				"Get":  func() error { _, _, err := env.client.Users.Get(testCtx(t), "ent_1"); return err },
				"List": func() error { _, _, err := env.client.Users.List(testCtx(t), nil); return err },
			}
			for name, call := range calls {
				err := call()
				var de *DecodeError
				if !errors.As(err, &de) || !errors.Is(err, ErrUnexpectedResponse) {
					t.Fatalf("%s: err = %v (%T), want a *DecodeError", name, err, err)
				}
				if !strings.Contains(err.Error(), tc.want) {
					t.Errorf("%s: err = %q, want it to say %q", name, err, tc.want)
				}
				if tc.want == "truncated body" && (strings.Contains(err.Error(), "unexpected data") || !errors.Is(err, io.ErrUnexpectedEOF)) {
					t.Errorf("%s: err = %q: a truncated body must not read as extra data, and must match io.ErrUnexpectedEOF", name, err)
				}
			}
		})
	}
}
