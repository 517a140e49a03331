package benchling

import (
	"context"
	"errors"
	"net/http"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestOrganizationsList(t *testing.T) {
	env := setup(t)
	fx := specFixture(t, "listOrganizations", http.StatusOK)
	env.mux.HandleFunc("GET /organizations", func(w http.ResponseWriter, r *http.Request) {
		testQuery(t, r, map[string]string{"pageSize": "7", "ids": "ent_1,ent_2", "name": "Org", "nameIncludes": "O",
			"names.anyOf": "Org,Other", "names.anyOf.caseSensitive": "Org", "modifiedAt": "> 2024-01-01",
			"hasMembers": "ent_u1,ent_u2", "hasAdmins": "ent_u1", "sort": "name"})
		serveJSON(t, http.MethodGet, http.StatusOK, fx)(w, r)
	})
	got, resp, err := env.client.Organizations.List(testCtx(t), &OrganizationListOptions{ListOptions: ListOptions{PageSize: 7},
		PartyListFilters: PartyListFilters{
			IDs:                     []string{"ent_1", "ent_2"},
			Name:                    "Org",
			NameIncludes:            "O",
			NamesAnyOf:              []string{"Org", "Other"},
			NamesAnyOfCaseSensitive: []string{"Org"},
			ModifiedAt:              "> 2024-01-01",
			Sort:                    SortName,
		},
		HasMembers: []string{"ent_u1", "ent_u2"},
		HasAdmins:  []string{"ent_u1"}})
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, fx, map[string]any{"organizations": got, "nextToken": resp.NextToken})
}

func TestOrganizationsAllPagesGet(t *testing.T) {
	env := setup(t)
	twoPages(t, env, "GET /organizations", "organizations",
		[]any{map[string]any{"id": "ent_1", "name": "A"}}, []any{map[string]any{"id": "ent_2", "name": "B"}})
	fx := specFixture(t, "getOrganization", http.StatusOK)
	env.mux.HandleFunc("GET /organizations/ent_1", serveJSON(t, http.MethodGet, http.StatusOK, fx))
	env.mux.HandleFunc("GET /organizations/ent_missing", serveJSON(t, http.MethodGet, http.StatusNotFound, notFoundBody("Organization", "ent_missing")))
	ctx := testCtx(t)
	var ids []string
	for o, err := range env.client.Organizations.All(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, o.ID)
	}
	for p, err := range env.client.Organizations.Pages(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, "page:"+p.Items[0].ID)
	}
	if diff := cmp.Diff([]string{"ent_1", "ent_2", "page:ent_1", "page:ent_2"}, ids); diff != "" {
		t.Errorf("All, Pages (-want +got):\n%s", diff)
	}
	got, _, err := env.client.Organizations.Get(ctx, "ent_1")
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, fx, got)
	if _, _, err := env.client.Organizations.Get(ctx, "ent_missing"); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown organization: err = %v", err)
	}
	wantInvalidID(t, map[string]func() error{"Get": func() error { _, _, err := env.client.Organizations.Get(ctx, " "); return err }})
}

func TestOrganizationsByName(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /organizations", func(w http.ResponseWriter, r *http.Request) {
		orgs := []any{}
		switch r.URL.Query().Get("name") {
		case "Elion":
			testQuery(t, r, map[string]string{"name": "Elion", "hasMembers": "ent_u1"})
			orgs = []any{map[string]any{"id": "ent_1", "name": "Elion"}}
		case "Twin":
			orgs = []any{map[string]any{"id": "ent_2", "name": "Twin"}, map[string]any{"id": "ent_3", "name": "Twin"}}
		}
		serveJSON(t, http.MethodGet, http.StatusOK, map[string]any{"organizations": orgs, "nextToken": ""})(w, r)
	})
	ctx := testCtx(t)
	o, err := env.client.Organizations.ByName(ctx, "Elion", &OrganizationListOptions{HasMembers: []string{"ent_u1"}})
	if err != nil || o.ID != "ent_1" {
		t.Fatalf("ByName = %v, %v", o, err)
	}
	_, err = env.client.Organizations.ByName(ctx, "Twin", nil)
	var amb *AmbiguousError
	if !errors.As(err, &amb) || !slices.Equal(amb.IDs, []string{"ent_2", "ent_3"}) {
		t.Errorf("ByName(Twin) err = %v", err)
	}
	if _, err := env.client.Organizations.ByName(ctx, "None", nil); !errors.Is(err, ErrNotFound) {
		t.Errorf("ByName(None) err = %v", err)
	}
}

// membershipParent is an organization or a team, with its membership
// methods as closures, so that one test serves both.
type membershipParent struct {
	name, path, op string // "organizations", "organization" (for the operation IDs)
	list           func(ctx context.Context, c *Client, id string, o *MembershipListOptions) ([]*Membership, *Response, error)
	all            func(ctx context.Context, c *Client, id string) ([]string, error)
	pages          func(ctx context.Context, c *Client, id string) ([][]string, error)
	get            func(ctx context.Context, c *Client, id, user string) (*Membership, *Response, error)
	create         func(ctx context.Context, c *Client, id string, b *MembershipCreate) (*Membership, *Response, error)
	update         func(ctx context.Context, c *Client, id, user string, b *MembershipUpdate) (*Membership, *Response, error)
	del            func(ctx context.Context, c *Client, id, user string) (*Response, error)
}

func memberID(m *Membership) string { return m.User.ID }

var membershipParents = []membershipParent{
	{
		name: "Organizations", path: "organizations", op: "Organization",
		list: func(ctx context.Context, c *Client, id string, o *MembershipListOptions) ([]*Membership, *Response, error) {
			return c.Organizations.ListMemberships(ctx, id, o)
		},
		all: func(ctx context.Context, c *Client, id string) ([]string, error) {
			return seqIDs(c.Organizations.AllMemberships(ctx, id, nil), memberID)
		},
		pages: func(ctx context.Context, c *Client, id string) ([][]string, error) {
			return pageIDs(c.Organizations.PagesMemberships(ctx, id, nil), memberID)
		},
		get: func(ctx context.Context, c *Client, id, user string) (*Membership, *Response, error) {
			return c.Organizations.GetMembership(ctx, id, user)
		},
		create: func(ctx context.Context, c *Client, id string, b *MembershipCreate) (*Membership, *Response, error) {
			return c.Organizations.CreateMembership(ctx, id, b)
		},
		update: func(ctx context.Context, c *Client, id, user string, b *MembershipUpdate) (*Membership, *Response, error) {
			return c.Organizations.UpdateMembership(ctx, id, user, b)
		},
		del: func(ctx context.Context, c *Client, id, user string) (*Response, error) {
			return c.Organizations.DeleteMembership(ctx, id, user)
		},
	},
	{
		name: "Teams", path: "teams", op: "Team",
		list: func(ctx context.Context, c *Client, id string, o *MembershipListOptions) ([]*Membership, *Response, error) {
			return c.Teams.ListMemberships(ctx, id, o)
		},
		all: func(ctx context.Context, c *Client, id string) ([]string, error) {
			return seqIDs(c.Teams.AllMemberships(ctx, id, nil), memberID)
		},
		pages: func(ctx context.Context, c *Client, id string) ([][]string, error) {
			return pageIDs(c.Teams.PagesMemberships(ctx, id, nil), memberID)
		},
		get: func(ctx context.Context, c *Client, id, user string) (*Membership, *Response, error) {
			return c.Teams.GetMembership(ctx, id, user)
		},
		create: func(ctx context.Context, c *Client, id string, b *MembershipCreate) (*Membership, *Response, error) {
			return c.Teams.CreateMembership(ctx, id, b)
		},
		update: func(ctx context.Context, c *Client, id, user string, b *MembershipUpdate) (*Membership, *Response, error) {
			return c.Teams.UpdateMembership(ctx, id, user, b)
		},
		del: func(ctx context.Context, c *Client, id, user string) (*Response, error) {
			return c.Teams.DeleteMembership(ctx, id, user)
		},
	},
}

func TestMemberships(t *testing.T) {
	for _, p := range membershipParents {
		t.Run(p.name, func(t *testing.T) {
			env := setup(t)
			base := "/" + p.path + "/par_1/memberships"
			listFx := specFixture(t, "list"+p.op+"Memberships", http.StatusOK)
			env.mux.HandleFunc("GET "+base, func(w http.ResponseWriter, r *http.Request) {
				switch r.URL.Query().Get("nextToken") {
				case "":
					if r.URL.Query().Get("role") == "ADMIN" {
						testQuery(t, r, map[string]string{"role": "ADMIN", "pageSize": "2"})
						serveJSON(t, http.MethodGet, http.StatusOK, listFx)(w, r)
						return
					}
					serveJSON(t, http.MethodGet, http.StatusOK, `{"memberships":[{"role":"ADMIN","user":{"id":"ent_a"}}],"nextToken":"p2"}`)(w, r)
				case "p2":
					serveJSON(t, http.MethodGet, http.StatusOK, `{"memberships":[{"role":"MEMBER","user":{"id":"ent_b"}}],"nextToken":""}`)(w, r)
				}
			})
			getFx := specFixture(t, "get"+p.op+"Membership", http.StatusOK)
			env.mux.HandleFunc("GET "+base+"/ent_a", serveJSON(t, http.MethodGet, http.StatusOK, getFx))
			env.mux.HandleFunc("GET "+base+"/ent_none", serveJSON(t, http.MethodGet, http.StatusNotFound, notFoundBody("Membership", "ent_none")))
			env.mux.HandleFunc("POST "+base, serveSpecBody(t, http.MethodPost, "create"+p.op+"Membership", http.StatusCreated))
			env.mux.HandleFunc("PATCH "+base+"/ent_a", serveSpecBody(t, http.MethodPatch, "update"+p.op+"Membership", http.StatusOK))
			deleted := 0
			env.mux.HandleFunc("DELETE "+base+"/ent_a", func(w http.ResponseWriter, r *http.Request) {
				deleted++
				w.WriteHeader(http.StatusNoContent)
			})
			ctx := testCtx(t)

			got, resp, err := p.list(ctx, env.client, "par_1", &MembershipListOptions{ListOptions: ListOptions{PageSize: 2}, Role: MembershipRoleAdmin})
			if err != nil {
				t.Fatal(err)
			}
			wantRoundTrip(t, listFx, map[string]any{"memberships": got, "nextToken": resp.NextToken})
			ids, err := p.all(ctx, env.client, "par_1")
			if err != nil || !slices.Equal(ids, []string{"ent_a", "ent_b"}) {
				t.Errorf("All = %v, %v", ids, err)
			}
			pages, err := p.pages(ctx, env.client, "par_1")
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff([][]string{{"ent_a"}, {"ent_b"}}, pages); diff != "" {
				t.Errorf("Pages (-want +got):\n%s", diff)
			}

			m, _, err := p.get(ctx, env.client, "par_1", "ent_a")
			if err != nil {
				t.Fatal(err)
			}
			wantRoundTrip(t, getFx, m)
			if _, _, err := p.get(ctx, env.client, "par_1", "ent_none"); !errors.Is(err, ErrNotFound) {
				t.Errorf("not a member: err = %v", err)
			}

			m, resp, err = p.create(ctx, env.client, "par_1", specBody[MembershipCreate](t, "create"+p.op+"Membership"))
			if err != nil || resp.StatusCode != http.StatusCreated {
				t.Fatalf("create: %v, %v", resp, err)
			}
			wantRoundTrip(t, specFixture(t, "create"+p.op+"Membership", http.StatusCreated), m)
			m, _, err = p.update(ctx, env.client, "par_1", "ent_a", specBody[MembershipUpdate](t, "update"+p.op+"Membership"))
			if err != nil {
				t.Fatal(err)
			}
			wantRoundTrip(t, specFixture(t, "update"+p.op+"Membership", http.StatusOK), m)

			resp, err = p.del(ctx, env.client, "par_1", "ent_a")
			if err != nil || resp.StatusCode != http.StatusNoContent || deleted != 1 {
				t.Errorf("delete: %v, %v, %d requests", resp, err, deleted)
			}

			wantInvalidID(t, map[string]func() error{
				"list":   func() error { _, _, err := p.list(ctx, env.client, "", nil); return err },
				"get":    func() error { _, _, err := p.get(ctx, env.client, "par_1", ""); return err },
				"create": func() error { _, _, err := p.create(ctx, env.client, "a/b", &MembershipCreate{}); return err },
				"update": func() error { _, _, err := p.update(ctx, env.client, "par_1", "..", &MembershipUpdate{}); return err },
				"delete": func() error { _, err := p.del(ctx, env.client, "", "ent_a"); return err },
			})
		})
	}
}

// TestMembershipsDeleteErrors: a delete Benchling refuses is its error,
// never a success.
func TestMembershipsDeleteErrors(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("DELETE /teams/team_1/memberships/ent_a", serveJSON(t, http.MethodDelete, http.StatusForbidden,
		`{"error":{"type":"invalid_request_error","message":"Forbidden.","userMessage":"You are not an admin of this team."}}`))
	resp, err := env.client.Teams.DeleteMembership(testCtx(t), "team_1", "ent_a")
	if !errors.Is(err, ErrForbidden) || resp == nil || resp.StatusCode != http.StatusForbidden {
		t.Errorf("DeleteMembership = %v, %v; want ErrForbidden", resp, err)
	}
}
