package benchling

import (
	"errors"
	"net/http"
	"testing"
)

func TestInstrumentQueriesSpec(t *testing.T) {
	runSpecCases(t, []specCase{
		{name: "Get", op: "getInstrumentQuery", pattern: "GET /instruments/iq_1/query", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				q, _, err := c.InstrumentQueries.Get(testCtx(t), "iq_1")
				return q, err
			}},
	})
}

// TestInstrumentQueriesGetValues decodes a query's instrument-defined
// params and values.
func TestInstrumentQueriesGetValues(t *testing.T) {
	env := setup(t)
	body := `{"command": "read_plate", "connectionId": "cxn_1", "createdAt": "2024-05-06T07:08:09.123Z", "id": "iq_1",
		"info": "ok", "params": {"plate": "A1", "wells": [1, 2]}, "status": "SUCCEEDED", "values": {"od600": 0.42}}`
	env.mux.HandleFunc("GET /instruments/iq_1/query", serveJSON(t, http.MethodGet, http.StatusOK, body))
	got, _, err := env.client.InstrumentQueries.Get(testCtx(t), "iq_1")
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, []byte(body), got)
	if got.Values["od600"] != 0.42 || got.Params["plate"] != "A1" {
		t.Errorf("Get = %+v", got)
	}
}

func TestInstrumentQueriesGetErrors(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /instruments/iq_nope/query", serveJSON(t, http.MethodGet, http.StatusNotFound, notFoundBody("Instrument query", "iq_nope")))
	_, _, err := env.client.InstrumentQueries.Get(testCtx(t), "iq_nope")
	wantNotFound(t, err)
	if _, _, err := env.client.InstrumentQueries.Get(testCtx(t), "a/b"); !errors.Is(err, ErrInvalidID) {
		t.Errorf("Get error = %v, want ErrInvalidID", err)
	}
}
