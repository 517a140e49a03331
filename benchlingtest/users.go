package benchlingtest

import (
	"fmt"
	"net/http"
	"strings"
)

// users is the Users tag: /users.
var users = &resource{
	path: "users", noun: "User", prefix: "ent_", listKey: "users",
	doc: map[string]any{
		"apiKeyLastChangedAt": nil, "email": "", "handle": "", "id": "", "isSuspended": false, "name": "",
		"passwordLastChangedAt": nil,
	},
	server: []string{"id"},
	list: &listOp{filters: "ids name nameIncludes names.anyOf names.anyOf.caseSensitive modifiedAt memberOf adminOf " +
		"handles email.anyOf passwordLastChangedAt"},
	get:        true,
	create:     body("name:string! email:string! handle:string!"),
	update:     body("email:string handle:string isSuspended:boolean name:string"),
	bulkCreate: &bulkOp{},
	bulkUpdate: &bulkOp{item: body("email:string handle:string id:string! isSuspended:boolean name:string")},
	validate:   validateUser,
	actions: []action{
		{"GET", "/users/{user_id}/activity", getUserActivity},
		{"GET", "/users/{user_id}/warehouse-credentials", getUserWarehouseLogins},
	},
}

// validateUser: a valid email, a handle, and no handle or email that
// another user has (case-insensitively), also within one bulk request.
func validateUser(w *write) string {
	if w.creating() {
		switch {
		case strings.TrimSpace(strAt(w.body, "email")) == "" || !strings.Contains(strAt(w.body, "email"), "@"):
			return "a valid email is required"
		case strings.TrimSpace(strAt(w.body, "handle")) == "":
			return "handle is required"
		}
	}
	handle, hasHandle := w.body["handle"].(string)
	email, hasEmail := w.body["email"].(string)
	for _, o := range w.coll.order {
		if o == w.it {
			continue
		}
		if hasHandle && strings.EqualFold(strAt(o.doc, "handle"), handle) {
			return fmt.Sprintf("handle %q is already taken", handle)
		}
		if hasEmail && strings.EqualFold(strAt(o.doc, "email"), email) {
			return fmt.Sprintf("email %q is already taken", email)
		}
	}
	var keys []string
	if hasHandle {
		keys = append(keys, "h:"+strings.ToLower(handle))
	}
	if hasEmail {
		keys = append(keys, "e:"+strings.ToLower(email))
	}
	for _, k := range keys {
		if !w.batch.claim(k, w.owner) {
			return "handle or email repeated in the request"
		}
	}
	return ""
}

// insertUser adds a user without checks.
func (st *store) insertUser(body map[string]any) *item { return st.create("users", body) }

func getUserActivity(c *call) (int, any, *httpError) {
	u, herr := c.st.find("users", c.param(0))
	if herr != nil {
		return 0, nil, herr
	}
	var last any
	if t, ok := c.st.lastSeen[u.id()]; ok {
		last = fmtTime(t)
	}
	return http.StatusOK, map[string]any{"userId": u.id(), "lastSeen": last}, nil
}

func getUserWarehouseLogins(c *call) (int, any, *httpError) {
	u, herr := c.st.find("users", c.param(0))
	if herr != nil {
		return 0, nil, herr
	}
	creds := c.st.warehouse[u.id()]
	if creds == nil {
		creds = []any{}
	}
	return http.StatusOK, map[string]any{"warehouseCredentials": creds}, nil
}
