package benchling

import (
	"errors"
	"net/http"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestFoldersList(t *testing.T) {
	env := setup(t)
	fx := specFixture(t, "listFolders", http.StatusOK)
	env.mux.HandleFunc("GET /folders", func(w http.ResponseWriter, r *http.Request) {
		testQuery(t, r, map[string]string{
			"pageSize": "20", "nextToken": "tok", "sort": "name:desc", "archiveReason": "ANY_ARCHIVED",
			"nameIncludes": "Plas", "parentFolderId": "NO_PARENT", "projectId": "src_1", "ids": "lib_1,lib_2",
			"name": "Plasmids", "section": "NOTEBOOK",
		})
		serveJSON(t, http.MethodGet, http.StatusOK, fx)(w, r)
	})
	got, resp, err := env.client.Folders.List(testCtx(t), &FolderListOptions{
		ListOptions: ListOptions{PageSize: 20, NextToken: "tok"}, Sort: SortNameDesc, ArchiveReason: ArchiveFilterAnyArchived,
		NameIncludes: "Plas", ParentFolderID: FolderNoParent, ProjectID: "src_1", IDs: []string{"lib_1", "lib_2"},
		Name: "Plasmids", Section: FolderSectionNotebook,
	})
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, fx, map[string]any{"folders": got, "nextToken": resp.NextToken})
}

func TestFoldersAllAndPages(t *testing.T) {
	env := setup(t)
	twoPages(t, env, "GET /folders", "folders",
		[]any{map[string]any{"id": "lib_1", "name": "A"}},
		[]any{map[string]any{"id": "lib_2", "name": "B"}})
	ctx := testCtx(t)
	var ids []string
	for f, err := range env.client.Folders.All(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, f.ID)
	}
	var pages [][]string
	for p, err := range env.client.Folders.Pages(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, []string{p.Items[0].ID, p.NextToken})
	}
	if diff := cmp.Diff([]string{"lib_1", "lib_2"}, ids); diff != "" {
		t.Errorf("All (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([][]string{{"lib_1", "p2"}, {"lib_2", ""}}, pages); diff != "" {
		t.Errorf("Pages (-want +got):\n%s", diff)
	}
}

func TestFoldersGet(t *testing.T) {
	env := setup(t)
	fx := specFixture(t, "getFolder", http.StatusOK)
	env.mux.HandleFunc("GET /folders/lib_1", serveJSON(t, http.MethodGet, http.StatusOK, fx))
	env.mux.HandleFunc("GET /folders/lib_missing", serveJSON(t, http.MethodGet, http.StatusNotFound, notFoundBody("Folder", "lib_missing")))
	ctx := testCtx(t)
	got, _, err := env.client.Folders.Get(ctx, "lib_1")
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, fx, got)
	if _, _, err := env.client.Folders.Get(ctx, "lib_missing"); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown folder: err = %v, want ErrNotFound", err)
	}
	wantInvalidID(t, map[string]func() error{
		"Get":       func() error { _, _, err := env.client.Folders.Get(ctx, ""); return err },
		"Get slash": func() error { _, _, err := env.client.Folders.Get(ctx, "lib/1"); return err },
		"Archive no IDs": func() error {
			_, _, err := env.client.Folders.Archive(ctx, &FoldersArchive{Reason: EntityArchiveReasonOther})
			return err
		},
		"Archive an invalid ID": func() error {
			_, _, err := env.client.Folders.Archive(ctx, &FoldersArchive{FolderIDs: []string{"lib_1", " "}})
			return err
		},
		"Unarchive no IDs":       func() error { _, _, err := env.client.Folders.Unarchive(ctx, nil); return err },
		"Unarchive an ID with ,": func() error { _, _, err := env.client.Folders.Unarchive(ctx, []string{"lib_1,lib_2"}); return err },
	})
}

// TestFoldersByName sends the name filter with the caller's other
// filters, leaves the caller's options as they were, and tells one, none
// and several matches apart.
func TestFoldersByName(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /folders", func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		folders := []any{}
		switch q.Get("name") {
		case "Plasmids":
			testQuery(t, r, map[string]string{"name": "Plasmids", "projectId": "src_1"})
			folders = []any{map[string]any{"id": "lib_1", "name": "Plasmids", "projectId": "src_1"}}
		case "Data":
			folders = []any{map[string]any{"id": "lib_2", "name": "Data"}, map[string]any{"id": "lib_3", "name": "Data"}}
		case "data":
			// A server that matched case-insensitively: not an exact match.
			folders = []any{map[string]any{"id": "lib_2", "name": "Data"}}
		}
		serveJSON(t, http.MethodGet, http.StatusOK, map[string]any{"folders": folders, "nextToken": ""})(w, r)
	})
	ctx := testCtx(t)
	opts := &FolderListOptions{ProjectID: "src_1", Name: "ignored"}
	f, err := env.client.Folders.ByName(ctx, "Plasmids", opts)
	if err != nil || f.ID != "lib_1" {
		t.Fatalf("ByName = %v, %v; want lib_1", f, err)
	}
	if opts.Name != "ignored" {
		t.Errorf("ByName changed the caller's options: Name = %q", opts.Name)
	}
	_, err = env.client.Folders.ByName(ctx, "Data", nil)
	var amb *AmbiguousError
	if !errors.As(err, &amb) || !slices.Equal(amb.IDs, []string{"lib_2", "lib_3"}) || amb.Kind != "folder" {
		t.Errorf("ByName(Data) err = %v; want an AmbiguousError with lib_2 and lib_3", err)
	}
	if _, err := env.client.Folders.ByName(ctx, "data", nil); !errors.Is(err, ErrNotFound) {
		t.Errorf("ByName(data) err = %v; want ErrNotFound (names match exactly)", err)
	}
}

func TestFoldersCreate(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("POST /folders", serveSpecBody(t, http.MethodPost, "createFolder", http.StatusCreated))
	got, resp, err := env.client.Folders.Create(testCtx(t), specBody[FolderCreate](t, "createFolder"))
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusCreated {
		t.Errorf("status = %d, want 201", resp.StatusCode)
	}
	wantRoundTrip(t, specFixture(t, "createFolder", http.StatusCreated), got)
}

func TestFoldersArchiveUnarchive(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("POST /folders:archive", serveSpecBody(t, http.MethodPost, "archiveFolders", http.StatusOK))
	env.mux.HandleFunc("POST /folders:unarchive", serveSpecBody(t, http.MethodPost, "unarchiveFolders", http.StatusOK))
	ctx := testCtx(t)
	got, _, err := env.client.Folders.Archive(ctx, specBody[FoldersArchive](t, "archiveFolders"))
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, specFixture(t, "archiveFolders", http.StatusOK), got)
	un := specBody[struct {
		FolderIDs []string `json:"folderIds"`
	}](t, "unarchiveFolders")
	got, _, err = env.client.Folders.Unarchive(ctx, un.FolderIDs)
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, specFixture(t, "unarchiveFolders", http.StatusOK), got)
}
