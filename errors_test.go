package benchling

import (
	"errors"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestErrorStatusToSentinel(t *testing.T) {
	sentinels := []error{ErrBadRequest, ErrUnauthorized, ErrForbidden, ErrNotFound, ErrConflict, ErrRateLimited, ErrServer}
	tests := []struct {
		status int
		want   error
	}{
		{400, ErrBadRequest}, {401, ErrUnauthorized}, {403, ErrForbidden}, {404, ErrNotFound},
		{409, ErrConflict}, {429, ErrRateLimited}, {500, ErrServer}, {502, ErrServer},
		{503, ErrServer}, {504, ErrServer}, {418, nil}, {302, nil},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprint(tc.status), func(t *testing.T) {
			env := setupRaw(t)
			env.mux.HandleFunc("GET /tasks/t1", func(w http.ResponseWriter, r *http.Request) {
				w.WriteHeader(tc.status)
				fmt.Fprint(w, `{"error":{"type":"invalid_request_error","message":"m","userMessage":"um"}}`)
			})
			_, resp, err := env.client.Tasks.Get(testCtx(t), "t1")
			var apiErr *Error
			if !errors.As(err, &apiErr) {
				t.Fatalf("err = %v (%T), want *Error", err, err)
			}
			if apiErr.StatusCode != tc.status || resp == nil || resp.StatusCode != tc.status {
				t.Errorf("StatusCode = %d, resp = %v", apiErr.StatusCode, resp)
			}
			for _, s := range sentinels {
				if got := errors.Is(err, s); got != (s == tc.want) {
					t.Errorf("errors.Is(err, %v) = %v", s, got)
				}
			}
		})
	}
}

func TestErrorBodies(t *testing.T) {
	tests := []struct {
		name   string
		status int
		header map[string]string
		body   string
		want   Error
		msg    string
	}{
		{
			name: "not found", status: 404,
			body: `{"error":{"invalidId":"prtn_1","message":"Sequence not found","type":"invalid_request_error","userMessage":"Could not find prtn_1"}}`,
			want: Error{StatusCode: 404, Method: "GET", Path: "/tasks/t1", Type: "invalid_request_error",
				Message: "Sequence not found", UserMessage: "Could not find prtn_1", InvalidIDs: []string{"prtn_1"}},
			msg: "benchling: GET /tasks/t1: 404 Not Found: Could not find prtn_1",
		},
		{
			name: "forbidden", status: 403,
			body: `{"error":{"invalidId":"prtn_2","message":"You do not have permission","type":"invalid_request_error","userMessage":"You do not have permission to read prtn_2"}}`,
			want: Error{StatusCode: 403, Method: "GET", Path: "/tasks/t1", Type: "invalid_request_error",
				Message: "You do not have permission", UserMessage: "You do not have permission to read prtn_2", InvalidIDs: []string{"prtn_2"}},
			msg: "benchling: GET /tasks/t1: 403 Forbidden: the credential lacks permission for this resource or operation: You do not have permission to read prtn_2",
		},
		{
			name: "restricted sample", status: 403,
			body: `{"error":{"invalidIds":["con_1","con_2"],"message":"restricted","type":"invalid_request_error","userMessage":"restricted"}}`,
			want: Error{StatusCode: 403, Method: "GET", Path: "/tasks/t1", Type: "invalid_request_error",
				Message: "restricted", UserMessage: "restricted", InvalidIDs: []string{"con_1", "con_2"}},
			msg: "(ids: con_1, con_2)",
		},
		{
			name: "bulk", status: 400,
			body: `{"error":{"type":"invalid_request_error","message":"Invalid items","userMessage":"Invalid items","errors":[{"index":0,"message":"name is required"},{"index":3,"message":"bad bases"}]}}`,
			want: Error{StatusCode: 400, Method: "GET", Path: "/tasks/t1", Type: "invalid_request_error",
				Message: "Invalid items", UserMessage: "Invalid items",
				Items: []ItemError{{0, "name is required"}, {3, "bad bases"}}},
			msg: "(2 item errors, first: item 0: name is required)",
		},
		{
			name: "bulk, one item", status: 400,
			body: `{"error":{"type":"invalid_request_error","message":"Invalid items","userMessage":"Invalid items","errors":[{"index":7,"message":"name is required"}]}}`,
			want: Error{StatusCode: 400, Method: "GET", Path: "/tasks/t1", Type: "invalid_request_error",
				Message: "Invalid items", UserMessage: "Invalid items", Items: []ItemError{{7, "name is required"}}},
			msg: "400 Bad Request: Invalid items (item 7: name is required)",
		},
		{
			name: "listing error", status: 400,
			body: `{"error":{"type":"invalid_request_error","message":"Invalid ids"},"invalidIds":["x","y"]}`,
			want: Error{StatusCode: 400, Method: "GET", Path: "/tasks/t1", Type: "invalid_request_error",
				Message: "Invalid ids", InvalidIDs: []string{"x", "y"}},
		},
		{
			name: "html", status: 502,
			body: "<html>\n<head><title>502 Bad Gateway</title></head>\n<body>nginx</body></html>",
			want: Error{StatusCode: 502, Method: "GET", Path: "/tasks/t1",
				Message: "<html> <head><title>502 Bad Gateway</title></head> <body>nginx</body></html>"},
			msg: "502 Bad Gateway: <html>",
		},
		{
			name: "empty", status: 500, body: "",
			want: Error{StatusCode: 500, Method: "GET", Path: "/tasks/t1"},
			msg:  "benchling: GET /tasks/t1: 500 Internal Server Error",
		},
		{
			name: "rate limited", status: 429,
			header: map[string]string{"Retry-After": "7"},
			body:   `{"error":{"message":"Rate limit exceeded.","type":"invalid_request_error","userMessage":"Rate limit exceeded."}}`,
			want: Error{StatusCode: 429, Method: "GET", Path: "/tasks/t1", Type: "invalid_request_error",
				Message: "Rate limit exceeded.", UserMessage: "Rate limit exceeded.", RetryAfter: 7 * time.Second},
		},
		{
			name: "rate limited reset header", status: 429,
			header: map[string]string{"x-rate-limit-reset": "12", "x-rate-limit-remaining": "0"},
			body:   `{"error":{"message":"Rate limit exceeded.","type":"invalid_request_error","userMessage":"Rate limit exceeded."}}`,
			want: Error{StatusCode: 429, Method: "GET", Path: "/tasks/t1", Type: "invalid_request_error",
				Message: "Rate limit exceeded.", UserMessage: "Rate limit exceeded.", RetryAfter: 12 * time.Second},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			env := setupRaw(t, WithoutPacing())
			env.mux.HandleFunc("GET /tasks/t1", func(w http.ResponseWriter, r *http.Request) {
				for k, v := range tc.header {
					w.Header().Set(k, v)
				}
				w.WriteHeader(tc.status)
				fmt.Fprint(w, tc.body)
			})
			_, _, err := env.client.Tasks.Get(testCtx(t), "t1")
			var got *Error
			if !errors.As(err, &got) {
				t.Fatalf("err = %v, want *Error", err)
			}
			if tc.body != "" {
				tc.want.Body = []byte(tc.body) // the raw body, kept as received
			}
			if diff := cmp.Diff(tc.want, *got); diff != "" {
				t.Errorf("Error mismatch (-want +got):\n%s", diff)
			}
			if tc.msg != "" && !strings.Contains(err.Error(), tc.msg) {
				t.Errorf("Error() = %q, want it to contain %q", err.Error(), tc.msg)
			}
		})
	}
}

func TestErrorBodyIsCapped(t *testing.T) {
	env := setupRaw(t)
	env.mux.HandleFunc("GET /tasks/t1", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(500)
		chunk := strings.Repeat("x", 64<<10)
		for i := 0; i < 64; i++ { // 4 MiB
			if _, err := fmt.Fprint(w, chunk); err != nil {
				return
			}
		}
	})
	_, _, err := env.client.Tasks.Get(testCtx(t), "t1")
	var apiErr *Error
	if !errors.As(err, &apiErr) || apiErr.StatusCode != 500 {
		t.Fatalf("err = %v", err)
	}
	if len(apiErr.Message) > 300 {
		t.Errorf("Message holds %d bytes, want a short excerpt", len(apiErr.Message))
	}
}

func TestTooLargeResponseBody(t *testing.T) {
	env := setupRaw(t)
	env.client.maxBody = 1 << 20 // the real cap is 256 MiB; the logic is the same
	env.mux.HandleFunc("GET /tasks/t1", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `{"status":"SUCCEEDED","message":"`)
		chunk := strings.Repeat("a", 64<<10)
		for i := 0; i < 64; i++ { // 4 MiB
			if _, err := fmt.Fprint(w, chunk); err != nil {
				return
			}
		}
		fmt.Fprint(w, `"}`)
	})
	_, _, err := env.client.Tasks.Get(testCtx(t), "t1")
	if !errors.Is(err, ErrUnexpectedResponse) || !strings.Contains(err.Error(), "exceeds") {
		t.Fatalf("err = %v, want a DecodeError about the body size", err)
	}
}

func TestTrailingDataAfterJSONBody(t *testing.T) {
	for name, body := range map[string]string{
		"object": `{"status":"RUNNING"}<html>proxy banner</html>`,
		"two":    `{"status":"RUNNING"} {"status":"FAILED"}`,
	} {
		t.Run(name, func(t *testing.T) {
			env := setupRaw(t)
			env.mux.HandleFunc("GET /tasks/t1", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, body) })
			env.mux.HandleFunc("GET /things", func(w http.ResponseWriter, r *http.Request) {
				fmt.Fprint(w, `{"things":[],"nextToken":""}`+body)
			})
			if _, _, err := env.client.Tasks.Get(testCtx(t), "t1"); !errors.Is(err, ErrUnexpectedResponse) {
				t.Errorf("Get: err = %v, want ErrUnexpectedResponse", err)
			}
			if _, _, err := list[struct{}](testCtx(t), env.client, http.MethodGet, pathf("things"), "things", nil, nil); !errors.Is(err, ErrUnexpectedResponse) {
				t.Errorf("list: err = %v, want ErrUnexpectedResponse", err)
			}
		})
	}
	env := setupRaw(t)
	env.mux.HandleFunc("GET /tasks/t1", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "{\"status\":\"RUNNING\"}\n\n") })
	if _, _, err := env.client.Tasks.Get(testCtx(t), "t1"); err != nil {
		t.Errorf("trailing whitespace: %v", err)
	}
}

// TestTaskErrorItemsText: a failed task's error names its one invalid item
// without "1 item errors", and counts several.
func TestTaskErrorItemsText(t *testing.T) {
	for _, tc := range []struct {
		items []ItemError
		want  string
	}{
		{nil, "benchling: task t1 failed: Your request was invalid."},
		{[]ItemError{{2600, "name is required"}}, "benchling: task t1 failed: Your request was invalid. (item 2600: name is required)"},
		{[]ItemError{{7, "schemaId is required"}, {9, "name is required"}}, "benchling: task t1 failed: Your request was invalid. (2 item errors, first: item 7: schemaId is required)"},
		{[]ItemError{{-1, "bad"}}, "benchling: task t1 failed: Your request was invalid. (bad)"},
	} {
		err := &TaskError{TaskID: "t1", Message: "Your request was invalid.", Items: tc.items}
		if got := err.Error(); got != tc.want {
			t.Errorf("Error() = %q, want %q", got, tc.want)
		}
	}
}
