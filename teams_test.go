package benchling

import (
	"errors"
	"net/http"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestTeamsList(t *testing.T) {
	env := setup(t)
	fx := specFixture(t, "listTeams", http.StatusOK)
	env.mux.HandleFunc("GET /teams", func(w http.ResponseWriter, r *http.Request) {
		testQuery(t, r, map[string]string{"pageSize": "9", "ids": "team_1", "name": "T", "nameIncludes": "t",
			"names.anyOf": "T,U", "names.anyOf.caseSensitive": "T", "modifiedAt": "< 2025-01-01", "mentionedIn": "etr_1,etr_2",
			"organizationId": "ent_o1", "hasMembers": "ent_u1", "hasAdmins": "ent_u2", "sort": "createdAt:desc"})
		serveJSON(t, http.MethodGet, http.StatusOK, fx)(w, r)
	})
	got, resp, err := env.client.Teams.List(testCtx(t), &TeamListOptions{ListOptions: ListOptions{PageSize: 9},
		PartyListFilters: PartyListFilters{
			IDs:                     []string{"team_1"},
			Name:                    "T",
			NameIncludes:            "t",
			NamesAnyOf:              []string{"T", "U"},
			NamesAnyOfCaseSensitive: []string{"T"},
			ModifiedAt:              "< 2025-01-01",
			Sort:                    SortCreatedAtDesc,
		},
		MentionedIn: []string{"etr_1", "etr_2"}, OrganizationID: "ent_o1",
		HasMembers: []string{"ent_u1"}, HasAdmins: []string{"ent_u2"}})
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, fx, map[string]any{"teams": got, "nextToken": resp.NextToken})
}

func TestTeamsAllPagesGet(t *testing.T) {
	env := setup(t)
	twoPages(t, env, "GET /teams", "teams",
		[]any{map[string]any{"id": "team_1", "name": "A"}}, []any{map[string]any{"id": "team_2", "name": "B"}})
	fx := specFixture(t, "getTeam", http.StatusOK)
	env.mux.HandleFunc("GET /teams/team_1", serveJSON(t, http.MethodGet, http.StatusOK, fx))
	env.mux.HandleFunc("GET /teams/team_missing", serveJSON(t, http.MethodGet, http.StatusNotFound, notFoundBody("Team", "team_missing")))
	ctx := testCtx(t)
	var ids []string
	for tm, err := range env.client.Teams.All(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, tm.ID)
	}
	for p, err := range env.client.Teams.Pages(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, "page:"+p.Items[0].ID)
	}
	if diff := cmp.Diff([]string{"team_1", "team_2", "page:team_1", "page:team_2"}, ids); diff != "" {
		t.Errorf("All, Pages (-want +got):\n%s", diff)
	}
	got, _, err := env.client.Teams.Get(ctx, "team_1")
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, fx, got)
	if _, _, err := env.client.Teams.Get(ctx, "team_missing"); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown team: err = %v", err)
	}
	wantInvalidID(t, map[string]func() error{
		"Get":    func() error { _, _, err := env.client.Teams.Get(ctx, ""); return err },
		"Update": func() error { _, _, err := env.client.Teams.Update(ctx, "a\\b", &TeamUpdate{}); return err },
	})
}

func TestTeamsByName(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /teams", func(w http.ResponseWriter, r *http.Request) {
		teams := []any{}
		switch r.URL.Query().Get("name") {
		case "Protein":
			testQuery(t, r, map[string]string{"name": "Protein", "organizationId": "ent_o1"})
			teams = []any{map[string]any{"id": "team_1", "name": "Protein"}}
		case "Ops":
			teams = []any{map[string]any{"id": "team_2", "name": "Ops"}, map[string]any{"id": "team_3", "name": "Ops"}}
		}
		serveJSON(t, http.MethodGet, http.StatusOK, map[string]any{"teams": teams, "nextToken": ""})(w, r)
	})
	ctx := testCtx(t)
	tm, err := env.client.Teams.ByName(ctx, "Protein", &TeamListOptions{OrganizationID: "ent_o1"})
	if err != nil || tm.ID != "team_1" {
		t.Fatalf("ByName = %v, %v", tm, err)
	}
	_, err = env.client.Teams.ByName(ctx, "Ops", nil)
	var amb *AmbiguousError
	if !errors.As(err, &amb) || !slices.Equal(amb.IDs, []string{"team_2", "team_3"}) {
		t.Errorf("ByName(Ops) err = %v", err)
	}
	if _, err := env.client.Teams.ByName(ctx, "None", nil); !errors.Is(err, ErrNotFound) {
		t.Errorf("ByName(None) err = %v", err)
	}
}

func TestTeamsCreateUpdate(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("POST /teams", serveSpecBody(t, http.MethodPost, "createTeam", http.StatusCreated))
	env.mux.HandleFunc("PATCH /teams/team_1", serveSpecBody(t, http.MethodPatch, "updateTeam", http.StatusOK))
	ctx := testCtx(t)
	got, resp, err := env.client.Teams.Create(ctx, specBody[TeamCreate](t, "createTeam"))
	if err != nil || resp.StatusCode != http.StatusCreated {
		t.Fatalf("Create: %v, %v", resp, err)
	}
	wantRoundTrip(t, specFixture(t, "createTeam", http.StatusCreated), got)
	got, _, err = env.client.Teams.Update(ctx, "team_1", specBody[TeamUpdate](t, "updateTeam"))
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, specFixture(t, "updateTeam", http.StatusOK), got)
}
