package benchlingtest

import (
	"net/http"
	"time"
)

// The Warehouse tag: POST /warehouse-credentials makes temporary
// credentials for the caller, for expiresIn seconds (1 to 3599): a user
// name from the caller's handle and a random password, expiring by the
// request clock. Simplified: the tenant has no warehouse to connect to, and
// the credentials are not listed by GET /users/{user_id}/warehouse-credentials
// (which lists a user's named logins).

var warehouseRoutes = []route{
	newRoute("POST", "/warehouse-credentials", createWarehouseCredentials),
}

var warehouseSchema = body("expiresIn:integer!")

func createWarehouseCredentials(c *call) (int, any, *httpError) {
	in, herr := c.decodeBody(warehouseSchema)
	if herr != nil {
		return 0, nil, herr
	}
	if msg := warehouseSchema.missing(in); msg != "" {
		return 0, nil, badRequest("%s.", msg)
	}
	n := num(in["expiresIn"])
	if n < 1 || n > 3599 {
		return 0, nil, badRequest("expiresIn must be 1 to 3599 seconds (only temporary credentials can be made).")
	}
	handle := strAt(c.actor(), "handle")
	exp := c.s.requestNow().Add(time.Duration(n) * time.Second)
	return http.StatusOK, map[string]any{
		"username":  "u$" + handle + "_" + c.st.newID("")[:4],
		"password":  randomHex(12),
		"expiresAt": fmtTime(exp),
	}, nil
}
