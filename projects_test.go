package benchling

import (
	"errors"
	"net/http"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestProjectsList(t *testing.T) {
	env := setup(t)
	fx := specFixture(t, "listProjects", http.StatusOK)
	env.mux.HandleFunc("GET /projects", func(w http.ResponseWriter, r *http.Request) {
		testQuery(t, r, map[string]string{"pageSize": "10", "sort": "modifiedAt:asc", "archiveReason": "Retired",
			"ids": "src_1,src_2", "name": "Antibodies"})
		serveJSON(t, http.MethodGet, http.StatusOK, fx)(w, r)
	})
	got, resp, err := env.client.Projects.List(testCtx(t), &ProjectListOptions{ListOptions: ListOptions{PageSize: 10},
		Sort: SortModifiedAtAsc, ArchiveReason: string(EntityArchiveReasonRetired), IDs: []string{"src_1", "src_2"}, Name: "Antibodies"})
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, fx, map[string]any{"projects": got, "nextToken": resp.NextToken})
}

func TestProjectsAllAndPages(t *testing.T) {
	env := setup(t)
	twoPages(t, env, "GET /projects", "projects",
		[]any{map[string]any{"id": "src_1", "name": "A"}},
		[]any{map[string]any{"id": "src_2", "name": "B", "owner": map[string]any{"id": "ent_1", "name": "Org", "handle": "org"}}})
	ctx := testCtx(t)
	var ids []string
	for p, err := range env.client.Projects.All(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, p.ID+"/"+p.Owner.Handle)
	}
	var pages []string
	for p, err := range env.client.Projects.Pages(ctx, &ProjectListOptions{}) {
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, p.Items[0].ID)
	}
	if diff := cmp.Diff([]string{"src_1/", "src_2/org"}, ids); diff != "" {
		t.Errorf("All (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"src_1", "src_2"}, pages); diff != "" {
		t.Errorf("Pages (-want +got):\n%s", diff)
	}
}

func TestProjectsGet(t *testing.T) {
	env := setup(t)
	fx := specFixture(t, "getProject", http.StatusOK)
	env.mux.HandleFunc("GET /projects/src_1", serveJSON(t, http.MethodGet, http.StatusOK, fx))
	env.mux.HandleFunc("GET /projects/src_missing", serveJSON(t, http.MethodGet, http.StatusNotFound, notFoundBody("Project", "src_missing")))
	ctx := testCtx(t)
	got, _, err := env.client.Projects.Get(ctx, "src_1")
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, fx, got)
	if _, _, err := env.client.Projects.Get(ctx, "src_missing"); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown project: err = %v, want ErrNotFound", err)
	}
	wantInvalidID(t, map[string]func() error{
		"Get": func() error { _, _, err := env.client.Projects.Get(ctx, ".."); return err },
		"Archive no IDs": func() error {
			_, _, err := env.client.Projects.Archive(ctx, &ProjectsArchive{Reason: EntityArchiveReasonRetired})
			return err
		},
		"Unarchive no IDs": func() error { _, _, err := env.client.Projects.Unarchive(ctx, []string{}); return err },
	})
}

func TestProjectsByName(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /projects", func(w http.ResponseWriter, r *http.Request) {
		projects := []any{}
		switch r.URL.Query().Get("name") {
		case "Antibodies":
			testQuery(t, r, map[string]string{"name": "Antibodies", "archiveReason": "ANY_ARCHIVED_OR_NOT_ARCHIVED"})
			projects = []any{map[string]any{"id": "src_1", "name": "Antibodies"}}
		case "Twins":
			projects = []any{map[string]any{"id": "src_2", "name": "Twins"}, map[string]any{"id": "src_3", "name": "Twins"}}
		}
		serveJSON(t, http.MethodGet, http.StatusOK, map[string]any{"projects": projects, "nextToken": ""})(w, r)
	})
	ctx := testCtx(t)
	p, err := env.client.Projects.ByName(ctx, "Antibodies", &ProjectListOptions{ArchiveReason: ArchiveFilterAll})
	if err != nil || p.ID != "src_1" {
		t.Fatalf("ByName = %v, %v", p, err)
	}
	_, err = env.client.Projects.ByName(ctx, "Twins", nil)
	var amb *AmbiguousError
	if !errors.As(err, &amb) || !slices.Equal(amb.IDs, []string{"src_2", "src_3"}) {
		t.Errorf("ByName(Twins) err = %v", err)
	}
	if _, err := env.client.Projects.ByName(ctx, "None", nil); !errors.Is(err, ErrNotFound) {
		t.Errorf("ByName(None) err = %v", err)
	}
}

func TestProjectsArchiveUnarchive(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("POST /projects:archive", serveSpecBody(t, http.MethodPost, "archiveProjects", http.StatusOK))
	env.mux.HandleFunc("POST /projects:unarchive", serveSpecBody(t, http.MethodPost, "unarchiveProjects", http.StatusOK))
	ctx := testCtx(t)
	got, _, err := env.client.Projects.Archive(ctx, specBody[ProjectsArchive](t, "archiveProjects"))
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, specFixture(t, "archiveProjects", http.StatusOK), got)
	un := specBody[struct {
		ProjectIDs []string `json:"projectIds"`
	}](t, "unarchiveProjects")
	got, _, err = env.client.Projects.Unarchive(ctx, un.ProjectIDs)
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, specFixture(t, "unarchiveProjects", http.StatusOK), got)
}
