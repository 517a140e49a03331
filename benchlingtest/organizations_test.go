package benchlingtest_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func memberRoles(ms []*benchling.Membership) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.User.Handle+":"+string(m.Role))
	}
	slices.Sort(out)
	return out
}

// TestOrganizationsE2E drives every Organizations method: organizations
// added to the tenant, their filters and lookup, and memberships with
// roles; the users list's memberOf and adminOf follow them.
func TestOrganizationsE2E(t *testing.T) {
	srv, c := e2eSetup(t, nil)
	ctx := e2eCtx(t)
	o := c.Organizations
	ada := srv.AddUser(benchlingtest.User{Name: "Ada Lovelace", Handle: "ada"})
	tu := srv.AddUser(benchlingtest.User{Name: "Tu Youyou", Handle: "tu"})
	ids, err := srv.Add("organizations", &benchling.Organization{Name: "Elion's Org"}, &benchling.Organization{Name: "Hodgkin Lab", Handle: "hodgkin"})
	if err != nil {
		t.Fatal(err)
	}
	elion, hodgkin := ids[0], ids[1]
	if err := srv.AddMembership(elion, ada, "ADMIN"); err != nil {
		t.Fatal(err)
	}
	if err := srv.AddMembership(elion, ada, "MEMBER"); err == nil {
		t.Error("AddMembership twice: no error")
	}

	got, _, err := o.Get(ctx, elion)
	if err != nil || got.Name != "Elion's Org" || got.Handle != "elions-org" || !strings.HasPrefix(got.ID, "ent_") {
		t.Errorf("Get: %+v, %v", got, err)
	}
	if _, _, err := o.Get(ctx, "ent_nope"); !errors.Is(err, benchling.ErrNotFound) {
		t.Errorf("Get unknown: %v", err)
	}
	all, _, err := o.List(ctx, &benchling.OrganizationListOptions{PartyListFilters: benchling.PartyListFilters{Sort: benchling.SortNameAsc}})
	if err != nil || len(all) != 2 || all[0].ID != elion {
		t.Errorf("List: %v, %v", all, err)
	}
	if n := len(e2eCollect(t, o.All(ctx, &benchling.OrganizationListOptions{ListOptions: benchling.ListOptions{PageSize: 1}}))); n != 2 {
		t.Errorf("All: %d", n)
	}
	if n := len(e2eCollect(t, o.Pages(ctx, &benchling.OrganizationListOptions{ListOptions: benchling.ListOptions{PageSize: 1}}))); n != 2 {
		t.Errorf("Pages: %d", n)
	}
	for name, tc := range map[string]struct {
		opts *benchling.OrganizationListOptions
		want []string
	}{
		"hasMembers":            {&benchling.OrganizationListOptions{HasMembers: []string{ada}}, []string{elion}},
		"hasAdmins":             {&benchling.OrganizationListOptions{HasAdmins: []string{ada}}, []string{elion}},
		"hasMembers, two users": {&benchling.OrganizationListOptions{HasMembers: []string{ada, tu}}, nil},
		"names.anyOf":           {&benchling.OrganizationListOptions{PartyListFilters: benchling.PartyListFilters{NamesAnyOf: []string{"hodgkin lab"}}}, []string{hodgkin}},
	} {
		l, _, err := o.List(ctx, tc.opts)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(tc.want, e2eIDs(l, func(x *benchling.Organization) string { return x.ID }), cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("List %s (-want +got):\n%s", name, diff)
		}
	}
	found, err := o.ByName(ctx, "Hodgkin Lab", nil)
	if err != nil || found.ID != hodgkin {
		t.Errorf("ByName: %v, %v", found, err)
	}

	// Memberships.
	m, resp, err := o.CreateMembership(ctx, elion, &benchling.MembershipCreate{UserID: benchling.Ptr(tu), Role: benchling.MembershipRoleMember})
	if err != nil || resp.StatusCode != 201 || m.User.ID != tu || m.Role != benchling.MembershipRoleMember {
		t.Fatalf("CreateMembership: %+v, %v", m, err)
	}
	for name, body := range map[string]*benchling.MembershipCreate{
		"no role":      {UserID: benchling.Ptr(tu)},
		"unknown user": {UserID: benchling.Ptr("ent_nope"), Role: benchling.MembershipRoleAdmin},
		"bad role":     {UserID: benchling.Ptr(ada), Role: "OWNER"},
	} {
		if _, _, err := o.CreateMembership(ctx, hodgkin, body); !errors.Is(err, benchling.ErrBadRequest) {
			t.Errorf("CreateMembership %s: %v, want ErrBadRequest", name, err)
		}
	}
	if _, _, err := o.CreateMembership(ctx, elion, &benchling.MembershipCreate{UserID: benchling.Ptr(tu), Role: benchling.MembershipRoleAdmin}); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("CreateMembership of a member: %v", err)
	}
	if _, _, err := o.CreateMembership(ctx, "ent_nope", &benchling.MembershipCreate{UserID: benchling.Ptr(tu), Role: benchling.MembershipRoleAdmin}); !errors.Is(err, benchling.ErrNotFound) {
		t.Errorf("CreateMembership in an unknown organization: %v", err)
	}
	ms, _, err := o.ListMemberships(ctx, elion, nil)
	if err != nil || !slices.Equal(memberRoles(ms), []string{"ada:ADMIN", "tu:MEMBER"}) {
		t.Errorf("ListMemberships: %v, %v", memberRoles(ms), err)
	}
	admins := e2eCollect(t, o.AllMemberships(ctx, elion, &benchling.MembershipListOptions{Role: benchling.MembershipRoleAdmin}))
	if !slices.Equal(memberRoles(admins), []string{"ada:ADMIN"}) {
		t.Errorf("AllMemberships of admins: %v", memberRoles(admins))
	}
	if pages := e2eCollect(t, o.PagesMemberships(ctx, elion, &benchling.MembershipListOptions{ListOptions: benchling.ListOptions{PageSize: 1}})); len(pages) != 2 {
		t.Errorf("PagesMemberships: %d pages", len(pages))
	}
	if users, _, _ := c.Users.List(ctx, &benchling.UserListOptions{MemberOf: []string{elion}}); len(users) != 2 {
		t.Errorf("users memberOf the organization: %d", len(users))
	}
	if users, _, _ := c.Users.List(ctx, &benchling.UserListOptions{AdminOf: []string{elion}}); len(users) != 1 || users[0].ID != ada {
		t.Errorf("users adminOf the organization: %v", users)
	}
	m, _, err = o.UpdateMembership(ctx, elion, tu, &benchling.MembershipUpdate{Role: benchling.MembershipRoleAdmin})
	if err != nil || m.Role != benchling.MembershipRoleAdmin {
		t.Errorf("UpdateMembership: %+v, %v", m, err)
	}
	if got, _, err := o.GetMembership(ctx, elion, tu); err != nil || got.Role != benchling.MembershipRoleAdmin || got.User.Handle != "tu" {
		t.Errorf("GetMembership: %+v, %v", got, err)
	}
	if _, err := o.DeleteMembership(ctx, elion, tu); err != nil {
		t.Fatal(err)
	}
	for name, err := range map[string]error{
		"get": func() error { _, _, err := o.GetMembership(ctx, elion, tu); return err }(),
		"update": func() error {
			_, _, err := o.UpdateMembership(ctx, elion, tu, &benchling.MembershipUpdate{Role: "ADMIN"})
			return err
		}(),
		"delete": func() error { _, err := o.DeleteMembership(ctx, elion, tu); return err }(),
		"list":   func() error { _, _, err := o.ListMemberships(ctx, "ent_nope", nil); return err }(),
	} {
		if !errors.Is(err, benchling.ErrNotFound) {
			t.Errorf("%s after the delete: %v, want ErrNotFound", name, err)
		}
	}
}

// TestTeamsE2E drives every Teams method: teams created in an
// organization, renamed, filtered, looked up, and their memberships.
func TestTeamsE2E(t *testing.T) {
	srv, c := e2eSetup(t, nil)
	ctx := e2eCtx(t)
	tm := c.Teams
	ids, err := srv.Add("organizations", &benchling.Organization{Name: "Elion's Org"}, &benchling.Organization{Name: "Other Org"})
	if err != nil {
		t.Fatal(err)
	}
	org, other := ids[0], ids[1]
	ada := srv.AddUser(benchlingtest.User{Name: "Ada Lovelace", Handle: "ada"})

	team, resp, err := tm.Create(ctx, &benchling.TeamCreate{Name: benchling.Ptr("Protein"), OrganizationID: benchling.Ptr(org), Description: benchling.Ptr("Protein engineering")})
	if err != nil || resp.StatusCode != 201 || !strings.HasPrefix(team.ID, "team_") || team.Organization.ID != org || team.Organization.Name != "Elion's Org" {
		t.Fatalf("Create: %+v, %v", team, err)
	}
	twin1, _, err := tm.Create(ctx, &benchling.TeamCreate{Name: benchling.Ptr("Ops"), OrganizationID: benchling.Ptr(org)})
	if err != nil {
		t.Fatal(err)
	}
	twin2, _, err := tm.Create(ctx, &benchling.TeamCreate{Name: benchling.Ptr("Ops"), OrganizationID: benchling.Ptr(other)})
	if err != nil {
		t.Fatal(err)
	}
	for name, body := range map[string]*benchling.TeamCreate{
		"no organization":      {Name: benchling.Ptr("X")},
		"unknown organization": {Name: benchling.Ptr("X"), OrganizationID: benchling.Ptr("ent_nope")},
		"no name":              {OrganizationID: benchling.Ptr(org)},
	} {
		if _, _, err := tm.Create(ctx, body); !errors.Is(err, benchling.ErrBadRequest) {
			t.Errorf("Create %s: %v, want ErrBadRequest", name, err)
		}
	}
	up, _, err := tm.Update(ctx, team.ID, &benchling.TeamUpdate{Name: benchling.Ptr("Protein Engineering")})
	if err != nil || up.Name != "Protein Engineering" || up.Organization.ID != org {
		t.Errorf("Update: %+v, %v", up, err)
	}
	if _, _, err := tm.Update(ctx, "team_nope", &benchling.TeamUpdate{Name: benchling.Ptr("x")}); !errors.Is(err, benchling.ErrNotFound) {
		t.Errorf("Update unknown: %v", err)
	}
	got, _, err := tm.Get(ctx, team.ID)
	if diff := cmp.Diff(up, got); diff != "" || err != nil {
		t.Errorf("Get (-updated +got), %v:\n%s", err, diff)
	}
	inOrg, _, err := tm.List(ctx, &benchling.TeamListOptions{OrganizationID: org, PartyListFilters: benchling.PartyListFilters{Sort: benchling.SortNameAsc}})
	if err != nil || len(inOrg) != 2 || inOrg[0].ID != twin1.ID {
		t.Errorf("List of the organization: %v, %v", inOrg, err)
	}
	if n := len(e2eCollect(t, tm.All(ctx, &benchling.TeamListOptions{ListOptions: benchling.ListOptions{PageSize: 2}}))); n != 3 {
		t.Errorf("All: %d", n)
	}
	if n := len(e2eCollect(t, tm.Pages(ctx, &benchling.TeamListOptions{ListOptions: benchling.ListOptions{PageSize: 2}}))); n != 2 {
		t.Errorf("Pages: %d", n)
	}
	_, err = tm.ByName(ctx, "Ops", nil)
	var amb *benchling.AmbiguousError
	if !errors.As(err, &amb) || len(amb.IDs) != 2 {
		t.Errorf("ByName(Ops): %v", err)
	}
	if got, err := tm.ByName(ctx, "Ops", &benchling.TeamListOptions{OrganizationID: other}); err != nil || got.ID != twin2.ID {
		t.Errorf("ByName(Ops) in the other organization: %v, %v", got, err)
	}

	m, _, err := tm.CreateMembership(ctx, team.ID, &benchling.MembershipCreate{UserID: benchling.Ptr(ada), Role: benchling.MembershipRoleMember})
	if err != nil || m.User.ID != ada {
		t.Fatalf("CreateMembership: %+v, %v", m, err)
	}
	if l, _, _ := tm.List(ctx, &benchling.TeamListOptions{HasMembers: []string{ada}}); len(l) != 1 || l[0].ID != team.ID {
		t.Errorf("teams hasMembers: %v", l)
	}
	if l, _, _ := tm.List(ctx, &benchling.TeamListOptions{HasAdmins: []string{ada}}); len(l) != 0 {
		t.Errorf("teams hasAdmins before the promotion: %v", l)
	}
	if _, _, err := tm.UpdateMembership(ctx, team.ID, ada, &benchling.MembershipUpdate{Role: benchling.MembershipRoleAdmin}); err != nil {
		t.Fatal(err)
	}
	if l, _, _ := tm.List(ctx, &benchling.TeamListOptions{HasAdmins: []string{ada}}); len(l) != 1 {
		t.Errorf("teams hasAdmins after the promotion: %v", l)
	}
	if got, _, err := tm.GetMembership(ctx, team.ID, ada); err != nil || got.Role != benchling.MembershipRoleAdmin {
		t.Errorf("GetMembership: %+v, %v", got, err)
	}
	ms := e2eCollect(t, tm.AllMemberships(ctx, team.ID, nil))
	pages := e2eCollect(t, tm.PagesMemberships(ctx, team.ID, nil))
	listed, _, err := tm.ListMemberships(ctx, team.ID, &benchling.MembershipListOptions{Role: benchling.MembershipRoleMember})
	if len(ms) != 1 || len(pages) != 1 || err != nil || len(listed) != 0 {
		t.Errorf("memberships: all %d, pages %d, members %d, %v", len(ms), len(pages), len(listed), err)
	}
	if _, _, err := tm.ListMemberships(ctx, team.ID, &benchling.MembershipListOptions{Role: "OWNER"}); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("ListMemberships with an unknown role: %v", err)
	}
	if _, err := tm.DeleteMembership(ctx, team.ID, ada); err != nil {
		t.Fatal(err)
	}
	if _, _, err := tm.GetMembership(ctx, team.ID, ada); !errors.Is(err, benchling.ErrNotFound) {
		t.Errorf("GetMembership after the delete: %v", err)
	}
}
