package benchling

import (
	"errors"
	"net/http"
	"testing"
)

func TestConnectConvertToASM(t *testing.T) {
	env := setup(t)
	fx := serveSpec(t, env, "POST /connect/convert-to-asm", "convertToASM", http.StatusOK, nil, true)
	got, _, err := env.client.Connect.ConvertToASM(testCtx(t), specRequest[ConvertToASM](t, "convertToASM"))
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, fx, got)
}

func TestConnectConvertToCSV(t *testing.T) {
	env := setup(t)
	fx := serveSpec(t, env, "POST /connect/convert-to-csv", "convertToCSV", http.StatusOK, nil, true)
	got, _, err := env.client.Connect.ConvertToCSV(testCtx(t), specRequest[ConvertToCSV](t, "convertToCSV"))
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, fx, got)
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

func TestConnectListAllotropyVendors(t *testing.T) {
	env := setup(t)
	fx := serveSpec(t, env, "GET /connect/list-allotropy-vendors", "listAllotropyVendors", http.StatusOK, nil, false)
	got, _, err := env.client.Connect.ListAllotropyVendors(testCtx(t))
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, fx, got)
}
