package benchling

import (
	"net/http"
	"testing"
)

// TestInventoryLabelsPrinters exercises the Inventory, Label Templates and
// Printers services with the spec's fixtures (see spec_cases_test.go).
func TestInventoryLabelsPrinters(t *testing.T) {
	runSpecCases(t, []specCase{
		{name: "ValidateBarcodes", op: "validateBarcodes", pattern: "POST /registries/src_1:validate-barcodes", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.Inventory.ValidateBarcodes(testCtx(t), "src_1", reqFixture[barcodesList](t, "validateBarcodes").Barcodes)
				return map[string]any{"validationResults": l}, err
			}},
		{name: "LabelTemplates.List", op: "listLabelTemplates", pattern: "GET /registries/src_1/label-templates", status: http.StatusOK,
			query: map[string]string{"name": "Tube label"},
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.LabelTemplates.List(testCtx(t), "src_1", &LabelTemplateListOptions{Name: "Tube label"})
				return map[string]any{"labelTemplates": l}, err
			}},
		{name: "Printers.List", op: "listPrinters", pattern: "GET /registries/src_1/label-printers", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.Printers.List(testCtx(t), "src_1", nil)
				return map[string]any{"labelPrinters": l}, err
			}},
	})
}

// TestValidateBarcodesIsRetried: validating barcodes changes nothing, so a
// 503 is retried like a read (a write's 503 is not).
func TestValidateBarcodesIsRetried(t *testing.T) {
	env := setup(t, WithRetryPolicy(RetryPolicy{MaxRetries: 2, MinBackoff: 1, MaxBackoff: 1}))
	n := 0
	env.mux.HandleFunc("POST /registries/src_1:validate-barcodes", func(w http.ResponseWriter, r *http.Request) {
		n++
		if n == 1 {
			serveJSON(t, http.MethodPost, http.StatusServiceUnavailable, `{"error":{"message":"busy"}}`)(w, r)
			return
		}
		serveJSON(t, http.MethodPost, http.StatusOK, `{"validationResults":[{"barcode":"TUB1","isValid":false,"message":"Barcode in use."}]}`)(w, r)
	})
	res, _, err := env.client.Inventory.ValidateBarcodes(testCtx(t), "src_1", []string{"TUB1"})
	if err != nil || n != 2 || len(res) != 1 || res[0].IsValid || *res[0].Message != "Barcode in use." {
		t.Fatalf("ValidateBarcodes = %v, %v after %d requests", res, err, n)
	}
}

// TestInventoryErrors: bad registry IDs and no barcodes are ErrInvalidID
// before anything is sent, and an unknown registry is a 404.
func TestInventoryErrors(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /registries/src_missing/label-printers", serveJSON(t, http.MethodGet, http.StatusNotFound, notFoundBody("Registry", "src_missing")))
	ctx, c := testCtx(t), env.client
	wantInvalidID(t, map[string]func() error{
		"ValidateBarcodes":         func() error { _, _, err := c.Inventory.ValidateBarcodes(ctx, "", []string{"A"}); return err },
		"ValidateBarcodes no list": func() error { _, _, err := c.Inventory.ValidateBarcodes(ctx, "src_1", nil); return err },
		"LabelTemplates.List":      func() error { _, _, err := c.LabelTemplates.List(ctx, "a/b", nil); return err },
		"Printers.List":            func() error { _, _, err := c.Printers.List(ctx, "..", nil); return err },
	})
	_, _, err := c.Printers.List(ctx, "src_missing", nil)
	wantNotFound(t, err)
}
