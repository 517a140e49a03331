package benchlingtest

import "net/http"

// The Instrument Queries tag: GET /instruments/{instrument_query_id}/query.
// The fake runs no instruments: queries exist when a test adds them
// (Server.Add("instrument-queries", ...)); the spec gives no ID example,
// so the fake's own IDs are insq_...

var instrumentQueries = &resource{
	path: "instrument-queries", noun: "Instrument query", prefix: "insq_",
	doc: map[string]any{
		"command": "", "connectionId": "", "createdAt": "", "id": "", "info": "", "params": map[string]any{},
		"status": "", "values": map[string]any{},
	},
	server: []string{"id", "createdAt"},
	actions: []action{
		{"GET", "/instruments/{instrument_query_id}/query", func(c *call) (int, any, *httpError) {
			it, herr := c.st.find("instrument-queries", c.param(0))
			if herr != nil {
				return 0, nil, herr
			}
			return http.StatusOK, it.doc, nil
		}},
	},
}
