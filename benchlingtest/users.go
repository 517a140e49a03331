package benchlingtest

import (
	"fmt"
	"net/http"
	"strings"
)

type userCreate struct {
	Email  string `json:"email"`
	Handle string `json:"handle"`
	Name   string `json:"name"`
}

type userUpdate struct {
	ID          string  `json:"id"` // bulk only
	Email       *string `json:"email"`
	Handle      *string `json:"handle"`
	IsSuspended *bool   `json:"isSuspended"`
	Name        *string `json:"name"`
}

func userMeta(u *user) *meta           { return &u.meta }
func userName(u *user) string          { return u.Name }
func (st *store) user(id string) *user { return st.users.byID[id] }

func listUsers(c *call) (int, any, *httpError) {
	q := c.r.URL.Query()
	p, herr := parsePage(q.Get("pageSize"), q.Get("nextToken"), q.Get("sort"))
	if herr != nil {
		return 0, nil, herr
	}
	mod, herr := timeFilter(q.Get("modifiedAt"))
	if herr != nil {
		return 0, nil, herr
	}
	ids := commaList(q.Get("ids"))
	if herr := checkIDs(ids, func(id string) bool { return c.st.user(id) != nil }); herr != nil {
		return 0, nil, herr
	}
	pwd, herr := passwordFilter(q.Get("passwordLastChangedAt"))
	if herr != nil {
		return 0, nil, herr
	}
	name, nameIncl := q.Get("name"), strings.ToLower(q.Get("nameIncludes"))
	names, namesCS := commaList(q.Get("names.anyOf")), commaList(q.Get("names.anyOf.caseSensitive"))
	handles, emails := commaList(q.Get("handles")), commaList(q.Get("email.anyOf"))
	groups := len(commaList(q.Get("memberOf")))+len(commaList(q.Get("adminOf"))) > 0
	keep := func(u *user) bool {
		switch {
		case groups: // the fake has no organizations or teams
			return false
		case name != "" && !strings.EqualFold(u.Name, name),
			nameIncl != "" && !strings.Contains(strings.ToLower(u.Name), nameIncl),
			names != nil && !anyOf(names, false, u.Name),
			namesCS != nil && !anyOf(namesCS, true, u.Name),
			ids != nil && !anyOf(ids, true, u.ID),
			handles != nil && !anyOf(handles, true, u.Handle),
			emails != nil && !anyOf(emails, false, u.Email),
			mod != nil && !mod(u.modified),
			pwd != nil && !pwd(u.PasswordLastChangedAt):
			return false
		}
		return true
	}
	page, next := paginate(c.st.users.order, userMeta, userName, keep, p)
	return http.StatusOK, map[string]any{"users": page, "nextToken": next}, nil
}

// passwordFilter parses the passwordLastChangedAt filter: "null" keeps
// users who never changed their password; a date expression keeps users
// whose change satisfies it (and so never those with none).
func passwordFilter(expr string) (func(*string) bool, *httpError) {
	if strings.TrimSpace(expr) == "null" {
		return func(v *string) bool { return v == nil }, nil
	}
	f, herr := timeFilter(expr)
	if f == nil || herr != nil {
		return nil, herr
	}
	return func(v *string) bool {
		if v == nil {
			return false
		}
		t, ok := parseTimeValue(*v)
		return ok && f(t)
	}, nil
}

// checkIDs returns Benchling's 400 for an ids filter naming unknown IDs.
func checkIDs(ids []string, exists func(string) bool) *httpError {
	var bad []string
	for _, id := range ids {
		if !exists(id) {
			bad = append(bad, id)
		}
	}
	if bad != nil {
		return badRequestIDs(bad, "Invalid ids: %s.", strings.Join(bad, ", "))
	}
	return nil
}

func (st *store) validateUserCreate(in *userCreate, pending map[string]bool) string {
	switch {
	case strings.TrimSpace(in.Name) == "":
		return "name is required"
	case strings.TrimSpace(in.Email) == "" || !strings.Contains(in.Email, "@"):
		return "a valid email is required"
	case strings.TrimSpace(in.Handle) == "":
		return "handle is required"
	}
	for _, u := range st.users.order {
		if strings.EqualFold(u.Handle, in.Handle) {
			return fmt.Sprintf("handle %q is already taken", in.Handle)
		}
		if strings.EqualFold(u.Email, in.Email) {
			return fmt.Sprintf("email %q is already taken", in.Email)
		}
	}
	if pending != nil {
		for _, k := range []string{"h:" + strings.ToLower(in.Handle), "e:" + strings.ToLower(in.Email)} {
			if pending[k] {
				return "handle or email repeated in the request"
			}
			pending[k] = true
		}
	}
	return ""
}

func (st *store) insertUser(in *userCreate) *user {
	t := st.now()
	u := &user{
		meta:   meta{seq: st.nextSeq(), created: t, modified: t},
		ID:     st.newID("ent_"),
		Name:   in.Name,
		Handle: in.Handle,
		Email:  in.Email,
	}
	st.users.add(u.ID, u)
	return u
}

func createUser(c *call) (int, any, *httpError) {
	var in userCreate
	if herr := c.decodeBody(&in); herr != nil {
		return 0, nil, herr
	}
	if msg := c.st.validateUserCreate(&in, nil); msg != "" {
		return 0, nil, badRequest("Invalid user: %s.", msg)
	}
	return http.StatusCreated, c.st.insertUser(&in), nil
}

func getUser(c *call) (int, any, *httpError) {
	u := c.st.user(c.id)
	if u == nil {
		return 0, nil, notFound(c.id, "User")
	}
	return http.StatusOK, u, nil
}

func (st *store) validateUserUpdate(u *user, in *userUpdate) string {
	if in.Name != nil && strings.TrimSpace(*in.Name) == "" {
		return "name must not be empty"
	}
	for _, o := range st.users.order {
		if o == u {
			continue
		}
		if in.Handle != nil && strings.EqualFold(o.Handle, *in.Handle) {
			return fmt.Sprintf("handle %q is already taken", *in.Handle)
		}
		if in.Email != nil && strings.EqualFold(o.Email, *in.Email) {
			return fmt.Sprintf("email %q is already taken", *in.Email)
		}
	}
	return ""
}

// pendingUserUpdate records the handle and email an item of a bulk update
// sets, and reports one that an earlier item gives another user.
func pendingUserUpdate(pending map[string]string, id string, in *userUpdate) string {
	var keys []string
	if in.Handle != nil {
		keys = append(keys, "h:"+strings.ToLower(*in.Handle))
	}
	if in.Email != nil {
		keys = append(keys, "e:"+strings.ToLower(*in.Email))
	}
	for _, k := range keys {
		if other, ok := pending[k]; ok && other != id {
			return "handle or email repeated in the request"
		}
	}
	for _, k := range keys {
		pending[k] = id
	}
	return ""
}

func (st *store) applyUserUpdate(u *user, in *userUpdate) {
	if in.Name != nil {
		u.Name = *in.Name
	}
	if in.Email != nil {
		u.Email = *in.Email
	}
	if in.Handle != nil {
		u.Handle = *in.Handle
	}
	if in.IsSuspended != nil {
		u.IsSuspended = *in.IsSuspended
	}
	u.modified = st.now()
}

func updateUser(c *call) (int, any, *httpError) {
	u := c.st.user(c.id)
	if u == nil {
		return 0, nil, notFound(c.id, "User")
	}
	var in userUpdate
	if herr := c.decodeBody(&in); herr != nil {
		return 0, nil, herr
	}
	if in.ID != "" {
		return 0, nil, badRequest("Unknown field \"id\" in the request body.")
	}
	if msg := c.st.validateUserUpdate(u, &in); msg != "" {
		return 0, nil, badRequest("Invalid user update: %s.", msg)
	}
	c.st.applyUserUpdate(u, &in)
	return http.StatusOK, u, nil
}

func getUserActivity(c *call) (int, any, *httpError) {
	u := c.st.user(c.id)
	if u == nil {
		return 0, nil, notFound(c.id, "User")
	}
	var last *string
	if u.lastSeen != nil {
		last = ptr(fmtTime(*u.lastSeen))
	}
	return http.StatusOK, map[string]any{"userId": u.ID, "lastSeen": last}, nil
}

func getUserWarehouseLogins(c *call) (int, any, *httpError) {
	u := c.st.user(c.id)
	if u == nil {
		return 0, nil, notFound(c.id, "User")
	}
	creds := c.st.warehouse[u.ID]
	if creds == nil {
		creds = []map[string]any{}
	}
	return http.StatusOK, map[string]any{"warehouseCredentials": creds}, nil
}

func bulkCreateUsers(c *call) (int, any, *httpError) {
	var in struct {
		Users []userCreate `json:"users"`
	}
	if herr := c.decodeBody(&in); herr != nil {
		return 0, nil, herr
	}
	if in.Users == nil {
		return 0, nil, badRequest("users is required.")
	}
	var errs []itemError
	pending := map[string]bool{}
	for i := range in.Users {
		if msg := c.st.validateUserCreate(&in.Users[i], pending); msg != "" {
			errs = append(errs, itemError{i, msg})
		}
	}
	if errs != nil {
		return c.st.failedTask("Your request was invalid.", errs)
	}
	out := make([]*user, 0, len(in.Users))
	for i := range in.Users {
		out = append(out, c.st.insertUser(&in.Users[i]))
	}
	return c.st.succeededTask(map[string]any{"users": out})
}

func bulkUpdateUsers(c *call) (int, any, *httpError) {
	var in struct {
		Users []userUpdate `json:"users"`
	}
	if herr := c.decodeBody(&in); herr != nil {
		return 0, nil, herr
	}
	if in.Users == nil {
		return 0, nil, badRequest("users is required.")
	}
	var errs []itemError
	pending := map[string]string{} // "h:handle" or "e:email", lower case -> user ID
	for i := range in.Users {
		it := &in.Users[i]
		u := c.st.user(it.ID)
		switch {
		case it.ID == "":
			errs = append(errs, itemError{i, "id is required"})
		case u == nil:
			errs = append(errs, itemError{i, fmt.Sprintf("user %s not found", it.ID)})
		default:
			if msg := c.st.validateUserUpdate(u, it); msg != "" {
				errs = append(errs, itemError{i, msg})
			} else if msg := pendingUserUpdate(pending, u.ID, it); msg != "" {
				errs = append(errs, itemError{i, msg})
			}
		}
	}
	if errs != nil {
		return c.st.failedTask("Your request was invalid.", errs)
	}
	out := make([]*user, 0, len(in.Users))
	for i := range in.Users {
		u := c.st.user(in.Users[i].ID)
		c.st.applyUserUpdate(u, &in.Users[i])
		out = append(out, u)
	}
	return c.st.succeededTask(map[string]any{"users": out})
}
