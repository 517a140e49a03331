package tools

import (
	"strings"
	"testing"

	"github.com/benchling-go/benchling/internal/contract"
)

// TestCheckExchange checks the contract check on exchanges of each kind.
func TestCheckExchange(t *testing.T) {
	spec := loadSpec(t)
	const user = `{"id":"ent_1","name":"A","handle":"a","email":"a@example.com","isSuspended":false}`
	for _, c := range []struct {
		name    string
		e       contract.Exchange
		op      string
		covers  bool
		problem string // a substring of the one problem; "" for none
	}{
		{"valid unit get", contract.Exchange{Source: "unit", Method: "GET", Target: "/api/v2/users/ent_1", Status: 200, RespType: "application/json", RespBody: []byte(user)},
			"getUser", true, ""},
		{"undeclared query parameter", contract.Exchange{Source: "unit", Method: "GET", Target: "/api/v2/users?colour=red", Status: 200, RespType: "application/json", RespBody: []byte(`{"users":[]}`)},
			"listUsers", false, `query parameter "colour" is not declared`},
		{"undeclared response property", contract.Exchange{Source: "unit", Method: "GET", Target: "/api/v2/users/ent_1", Status: 200, RespType: "application/json", RespBody: []byte(`{"id":"ent_1","colour":"red"}`)},
			"getUser", false, `"/colour" is not declared`},
		{"request body property", contract.Exchange{Source: "unit", Method: "PATCH", Target: "/api/v2/users/ent_1", ContentType: "application/json", Body: []byte(`{"nmae":"x"}`), Status: 200, RespType: "application/json", RespBody: []byte(user)},
			"updateUser", false, `"/nmae" is not declared`},
		{"unit error body with the declared schema", contract.Exchange{Source: "unit", Method: "GET", Target: "/api/v2/users?pageSize=2", Status: 400, RespType: "application/json", RespBody: []byte(`{"error":{"type":"invalid_request_error","message":"m"}}`)},
			"listUsers", false, ""},
		{"unit error body of the wrong type", contract.Exchange{Source: "unit", Method: "GET", Target: "/api/v2/users?pageSize=2", Status: 400, RespType: "application/json", RespBody: []byte(`{"error":{"type":"nonsense","message":"m"}}`)},
			"listUsers", false, "nonsense"},
		{"unit error with an undeclared status is not checked", contract.Exchange{Source: "unit", Method: "GET", Target: "/api/v2/users/ent_1", Status: 503, RespType: "text/html", RespBody: []byte(`<html>`)},
			"getUser", false, ""},
		{"fake rejects an invalid request", contract.Exchange{Source: "fake", Method: "GET", Target: "/api/v2/users?pageSize=101", Status: 400, RespType: "application/json", RespBody: []byte(`{"error":{"type":"invalid_request_error","message":"m"}}`)},
			"listUsers", false, ""},
		{"fake accepts an invalid request", contract.Exchange{Source: "fake", Method: "GET", Target: "/api/v2/users?pageSize=101", Status: 200, RespType: "application/json", RespBody: []byte(`{"users":[]}`)},
			"listUsers", false, "the fake answered 200 to a request that does not match"},
		{"fake accepts an invalid bulk item for its task to report", contract.Exchange{Source: "fake", Method: "POST", Target: "/api/v2/users:bulk-create", ContentType: "application/json", Body: []byte(`{"users":[{"name":"A"}]}`), Status: 202, RespType: "application/json", RespBody: []byte(`{"taskId":"t1"}`)},
			"bulkCreateUsers", false, ""},
		{"fake answers a bulk 400 with per-item errors", contract.Exchange{Source: "fake", Method: "POST", Target: "/api/v2/users:bulk-create", ContentType: "application/json", Body: []byte(`{"users":[{"name":"A","email":"a@example.com","handle":"a"}]}`), Status: 400, RespType: "application/json", RespBody: []byte(`{"error":{"type":"invalid_request_error","message":"m","errors":[{"index":0,"message":"taken"}]}}`)},
			"bulkCreateUsers", false, ""},
		{"fake 429 body", contract.Exchange{Source: "fake", Method: "GET", Target: "/api/v2/users", Status: 429, RespType: "application/json", RespBody: []byte(`{"error":{"type":"rate_limited","message":"m"}}`)},
			"listUsers", false, "the fake's 429 body"},
		{"fake 401 without an error envelope", contract.Exchange{Source: "fake", Method: "GET", Target: "/api/v2/users", Status: 401, RespType: "application/json", RespBody: []byte(`{"message":"no"}`)},
			"listUsers", false, `no "error" property`},
		{"no operation", contract.Exchange{Source: "unit", Method: "GET", Target: "/api/v2/nope", Status: 200},
			"", false, "no operation"},
	} {
		t.Run(c.name, func(t *testing.T) {
			op, problems, covers := checkExchange(spec, c.e)
			if op != c.op || covers != c.covers {
				t.Errorf("op %q covers %v, want %q %v", op, covers, c.op, c.covers)
			}
			switch {
			case c.problem == "" && len(problems) > 0:
				t.Errorf("problems: %v", problems)
			case c.problem != "" && (len(problems) != 1 || !strings.Contains(problems[0], c.problem)):
				t.Errorf("problems %q, want one containing %q", problems, c.problem)
			}
		})
	}
}
