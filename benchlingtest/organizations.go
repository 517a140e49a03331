package benchlingtest

import (
	"fmt"
	"net/http"
	"slices"
	"strings"
)

// The Organizations and Teams tags: /organizations and /teams, and their
// memberships.
//
// The API cannot create organizations: tests add them (Add
// "organizations", then AddMembership). Teams belong to an organization;
// creating one needs a name and an existing organizationId. A membership
// is a user's, with the role ADMIN or MEMBER; the users list's memberOf
// and adminOf filters follow them. The caller acts as a tenant admin, so
// no membership operation is forbidden (the 403s of the spec never come).

var organizations = &resource{
	path: "organizations", noun: "Organization", prefix: "ent_", listKey: "organizations",
	doc:    map[string]any{"handle": "", "id": "", "name": ""},
	server: []string{"id"},
	list: &listOp{filters: "ids name nameIncludes names.anyOf names.anyOf.caseSensitive modifiedAt hasMembers hasAdmins",
		custom: map[string]filter{"hasMembers": hasMembersFilter(false), "hasAdmins": hasMembersFilter(true)}},
	get: true,
	fill: func(w *write) { // an organization added without a handle gets one from its name
		if strAt(w.doc, "handle") == "" {
			w.doc["handle"] = strings.ReplaceAll(slug(strAt(w.doc, "name")), "'", "")
		}
	},
	actions: membershipActions("organizations", "organization_id"),
}

var teams = &resource{
	path: "teams", noun: "Team", prefix: "team_", listKey: "teams",
	doc:    map[string]any{"id": "", "name": "", "organization": map[string]any{}},
	server: []string{"id"},
	list: &listOp{filters: "ids name nameIncludes names.anyOf names.anyOf.caseSensitive modifiedAt mentionedIn organizationId hasMembers hasAdmins",
		custom: map[string]filter{
			"organizationId": eqAt("organization.id"),
			"hasMembers":     hasMembersFilter(false),
			"hasAdmins":      hasMembersFilter(true),
		}},
	get:    true,
	create: body("description:string name:string! organizationId:string!"),
	update: body("description:string name:string"),
	keys: map[string]keyFunc{
		// Team documents have no description (the spec's Team has none).
		"description": ignoreKey,
		"organizationId": func(w *write, v any) {
			if o := w.st.coll("organizations").byID[fmt.Sprint(v)]; o != nil {
				w.doc["organization"] = orgSummary(o)
			}
		},
	},
	validate: func(w *write) string {
		if id, ok := w.body["organizationId"].(string); ok && w.st.coll("organizations").byID[id] == nil {
			return fmt.Sprintf("organization %s not found", id)
		}
		return ""
	},
	actions: membershipActions("teams", "team_id"),
}

func orgSummary(o *item) map[string]any {
	return map[string]any{"handle": o.doc["handle"], "id": o.id(), "name": o.doc["name"]}
}

var membershipRoles = []string{"ADMIN", "MEMBER"}

// membership returns the membership of a user in a group (an
// organization or team), or nil.
func (st *store) membership(groupID, userID string) *item {
	i := slices.IndexFunc(st.members[groupID], func(m *item) bool { return at(m.doc, "user.id") == userID })
	if i < 0 {
		return nil
	}
	return st.members[groupID][i]
}

// addMembership records a membership (the caller has checked it).
func (st *store) addMembership(groupID string, user *item, role string) *item {
	t := st.now()
	m := &item{seq: st.nextSeq(), created: t, modified: t, lname: strings.ToLower(strAt(user.doc, "name")),
		doc: map[string]any{"role": role, "user": user.summary()}}
	st.members[groupID] = append(st.members[groupID], m)
	return m
}

// AddMembership makes the user userID a member of the organization or
// team groupID with role "ADMIN" or "MEMBER", directly (no request), for
// seeding. It returns an error when the group, the user or the role is
// unknown, or the user is already a member.
func (s *Server) AddMembership(groupID, userID, role string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	st := s.st
	if st.coll("organizations").byID[groupID] == nil && st.coll("teams").byID[groupID] == nil {
		return fmt.Errorf("benchlingtest: AddMembership: no organization or team %q", groupID)
	}
	u := st.user(userID)
	switch {
	case u == nil:
		return fmt.Errorf("benchlingtest: AddMembership: no user %q", userID)
	case !slices.Contains(membershipRoles, role):
		return fmt.Errorf("benchlingtest: AddMembership: role %q is not ADMIN or MEMBER", role)
	case st.membership(groupID, userID) != nil:
		return fmt.Errorf("benchlingtest: AddMembership: %s is already a member of %s", userID, groupID)
	}
	st.addMembership(groupID, u, role)
	return nil
}

// inGroups reports whether a user is a member (an admin, if admins) of
// every group in ids.
func (st *store) inGroups(userID string, ids []string, admins bool) bool {
	for _, g := range ids {
		m := st.membership(g, userID)
		if m == nil || admins && m.doc["role"] != "ADMIN" {
			return false
		}
	}
	return true
}

// hasMembersFilter: groups that have every given user as a member (an
// admin, if admins).
func hasMembersFilter(admins bool) filter {
	return func(f *filterCtx) (func(*item) bool, *httpError) {
		users := commaList(f.value())
		if users == nil {
			return nil, nil
		}
		return func(it *item) bool {
			for _, u := range users {
				m := f.st.membership(it.id(), u)
				if m == nil || admins && m.doc["role"] != "ADMIN" {
					return false
				}
			}
			return true
		}, nil
	}
}

// groupMembersFilter is the users list's memberOf (adminOf, if admins):
// users who are members (admins) of every given organization and team.
func groupMembersFilter(admins bool) filter {
	return func(f *filterCtx) (func(*item) bool, *httpError) {
		groups := commaList(f.value())
		if groups == nil {
			return nil, nil
		}
		return func(it *item) bool { return f.st.inGroups(it.id(), groups, admins) }, nil
	}
}

// membershipActions are the five membership operations of organizations
// or teams (path), whose ID parameter is param.
func membershipActions(path, param string) []action {
	base := "/" + path + "/{" + param + "}/memberships"
	return []action{
		{"GET", base, listMemberships(path)},
		{"POST", base, createMembership(path)},
		{"GET", base + "/{user_id}", getMembership(path)},
		{"PATCH", base + "/{user_id}", updateMembership(path)},
		{"DELETE", base + "/{user_id}", deleteMembership(path)},
	}
}

// findMembership returns the group of the call's first parameter and the
// membership of its second, or a 404 naming what is missing.
func findMembership(c *call, path string) (*item, *item, *httpError) {
	g, herr := c.st.find(path, c.param(0))
	if herr != nil {
		return nil, nil, herr
	}
	m := c.st.membership(g.id(), c.param(1))
	if m == nil {
		return nil, nil, notFound(c.param(1), "Membership of user")
	}
	return g, m, nil
}

func listMemberships(path string) handler {
	return func(c *call) (int, any, *httpError) {
		g, herr := c.st.find(path, c.param(0))
		if herr != nil {
			return 0, nil, herr
		}
		q := c.query()
		role := q.Get("role")
		if role != "" && !slices.Contains(membershipRoles, role) {
			return 0, nil, badRequest("Invalid role %q: use ADMIN or MEMBER.", role)
		}
		p, herr := parsePage(q.Get("pageSize"), q.Get("nextToken"), "", nil)
		if herr != nil {
			return 0, nil, herr
		}
		page, next, _ := paginate(c.st.members[g.id()], func(m *item) bool { return role == "" || m.doc["role"] == role }, p)
		return http.StatusOK, map[string]any{"memberships": docs(page), "nextToken": next}, nil
	}
}

func getMembership(path string) handler {
	return func(c *call) (int, any, *httpError) {
		_, m, herr := findMembership(c, path)
		if herr != nil {
			return 0, nil, herr
		}
		return http.StatusOK, m.doc, nil
	}
}

var membershipCreate = body("role:string userId:string")

func createMembership(path string) handler {
	return func(c *call) (int, any, *httpError) {
		g, herr := c.st.find(path, c.param(0))
		if herr != nil {
			return 0, nil, herr
		}
		in, herr := c.decodeBody(membershipCreate)
		if herr != nil {
			return 0, nil, herr
		}
		role, userID := strAt(in, "role"), strAt(in, "userId")
		u := c.st.user(userID)
		switch {
		case userID == "" || role == "":
			return 0, nil, badRequest("Invalid membership: userId and role are required.")
		case !slices.Contains(membershipRoles, role):
			return 0, nil, badRequest("Invalid membership: role %q is not ADMIN or MEMBER.", role)
		case u == nil:
			return 0, nil, badRequest("Invalid membership: user %s not found.", userID)
		case c.st.membership(g.id(), userID) != nil:
			return 0, nil, badRequest("Invalid membership: user %s is already a member of %s.", userID, g.id())
		}
		return http.StatusCreated, c.st.addMembership(g.id(), u, role).doc, nil
	}
}

func updateMembership(path string) handler {
	return func(c *call) (int, any, *httpError) {
		_, m, herr := findMembership(c, path)
		if herr != nil {
			return 0, nil, herr
		}
		in, herr := c.decodeBody(body("role:string"))
		if herr != nil {
			return 0, nil, herr
		}
		role := strAt(in, "role")
		if !slices.Contains(membershipRoles, role) {
			return 0, nil, badRequest("Invalid membership update: role %q is not ADMIN or MEMBER.", role)
		}
		m.doc = map[string]any{"role": role, "user": m.doc["user"]}
		m.modified = c.st.now()
		return http.StatusOK, m.doc, nil
	}
}

func deleteMembership(path string) handler {
	return func(c *call) (int, any, *httpError) {
		g, m, herr := findMembership(c, path)
		if herr != nil {
			return 0, nil, herr
		}
		c.st.members[g.id()] = slices.DeleteFunc(slices.Clone(c.st.members[g.id()]), func(x *item) bool { return x == m })
		return http.StatusNoContent, nil, nil
	}
}
