package benchling

import (
	"errors"
	"net/http"
	"testing"
)

func TestConnectSpec(t *testing.T) {
	runSpecCases(t, []specCase{
		{name: "ConvertToASM", op: "convertToASM", pattern: "POST /connect/convert-to-asm", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				r, _, err := c.Connect.ConvertToASM(testCtx(t), reqFixture[ConvertToASM](t, "convertToASM"))
				return r, err
			}},
		{name: "ConvertToCSV", op: "convertToCSV", pattern: "POST /connect/convert-to-csv", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				r, _, err := c.Connect.ConvertToCSV(testCtx(t), reqFixture[ConvertToCSV](t, "convertToCSV"))
				return r, err
			}},
		{name: "ListAllotropyVendors", op: "listAllotropyVendors", pattern: "GET /connect/list-allotropy-vendors", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				r, _, err := c.Connect.ListAllotropyVendors(testCtx(t))
				return r, err
			}},
	})
}

func TestConnectConvertToCSVBadRequest(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("POST /connect/convert-to-csv", serveJSON(t, http.MethodPost, http.StatusBadRequest,
		`{"error": {"type": "invalid_request_error", "message": "A vendor is required for instrument files.", "userMessage": "A vendor is required."}}`))
	got, _, err := env.client.Connect.ConvertToCSV(testCtx(t), &ConvertToCSV{BlobOrFileID: "c33fe52d"})
	if !errors.Is(err, ErrBadRequest) || got != nil {
		t.Fatalf("ConvertToCSV = %v, %v; want ErrBadRequest", got, err)
	}
}
