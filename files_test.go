package benchling

import (
	"net/http"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestFilesList(t *testing.T) {
	env := setup(t)
	fx := serveSpec(t, env, "GET /files", "listFiles", http.StatusOK, map[string]string{
		"pageSize": "20", "sort": "name:asc", "archiveReason": "ANY_ARCHIVED", "createdAt": "> 2022-03-01",
		"creatorIds": "ent_1,ent_2", "folderId": "lib_bf0636", "mentionedIn": "etr_1", "modifiedAt": "< 2024-01-01",
		"name": "IC50 Chart", "nameIncludes": "IC50", "names.anyOf.caseSensitive": "A,B", "names.anyOf": "a,b",
		"originIds": "cxn_1", "ids": "file_Of5GuBSq", "displayIds": "FILE1", "returning": "files.id,files.name,nextToken",
	}, false)
	got, resp, err := env.client.Files.List(testCtx(t), &FileListOptions{
		ListOptions: ListOptions{PageSize: 20}, Sort: SortNameAsc, ArchiveReason: ArchiveFilterAnyArchived,
		CreatedAt: "> 2022-03-01", CreatorIDs: []string{"ent_1", "ent_2"}, FolderID: "lib_bf0636",
		MentionedIn: []string{"etr_1"}, ModifiedAt: "< 2024-01-01", Name: "IC50 Chart", NameIncludes: "IC50",
		NamesAnyOfCaseSensitive: []string{"A", "B"}, NamesAnyOf: []string{"a", "b"}, OriginIDs: []string{"cxn_1"},
		IDs: []string{"file_Of5GuBSq"}, DisplayIDs: []string{"FILE1"}, Returning: []string{"files.id", "files.name"},
	})
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, fx, map[string]any{"files": got, "nextToken": resp.NextToken})
}

func TestFilesAllAndPages(t *testing.T) {
	env := setup(t)
	serveSpec(t, env, "GET /files", "listFiles", http.StatusOK, map[string]string{"pageSize": "1", "nextToken": "nextToken"}, false)
	opts := &FileListOptions{ListOptions: ListOptions{PageSize: 1, NextToken: "nextToken"}}
	n := 0
	for f, err := range env.client.Files.All(testCtx(t), opts) {
		if err != nil {
			t.Fatal(err)
		}
		if f.ID != "file_Of5GuBSq" {
			t.Errorf("All yielded %q", f.ID)
		}
		n++
		break
	}
	for p, err := range env.client.Files.Pages(testCtx(t), opts) {
		if err != nil {
			t.Fatal(err)
		}
		if len(p.Items) != 1 || p.NextToken != "nextToken" {
			t.Errorf("page = %d items, next %q", len(p.Items), p.NextToken)
		}
		break
	}
	if n != 1 {
		t.Errorf("All yielded %d files", n)
	}
}

func TestFilesGet(t *testing.T) {
	env := setup(t)
	fx := serveSpec(t, env, "GET /files/file_Of5GuBSq", "getFile", http.StatusOK, nil, false)
	got, _, err := env.client.Files.Get(testCtx(t), "file_Of5GuBSq")
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, fx, got)
	if got.UploadStatus != FileUploadStatusSucceeded || got.ArchiveRecord == nil {
		t.Errorf("Get = %+v", got)
	}
}

func TestFilesCreate(t *testing.T) {
	env := setup(t)
	fx := serveSpec(t, env, "POST /files", "createFile", http.StatusOK, nil, true)
	got, _, err := env.client.Files.Create(testCtx(t), specRequest[FileCreate](t, "createFile"))
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, fx, got)
}

func TestFilesUpdate(t *testing.T) {
	env := setup(t)
	fx := serveSpec(t, env, "PATCH /files/file_Of5GuBSq", "patchFile", http.StatusOK, nil, true)
	got, _, err := env.client.Files.Update(testCtx(t), "file_Of5GuBSq", specRequest[FileUpdate](t, "patchFile"))
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, fx, got)
}

func TestFilesArchive(t *testing.T) {
	env := setup(t)
	fx := serveSpec(t, env, "POST /files:archive", "archiveFiles", http.StatusOK, nil, true)
	serveSpec(t, env, "POST /files:unarchive", "unarchiveFiles", http.StatusOK, nil, true)
	got, _, err := env.client.Files.Archive(testCtx(t), specRequest[FilesArchive](t, "archiveFiles"))
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, fx, got)
	got, _, err = env.client.Files.Unarchive(testCtx(t), []string{"fileIds"})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(&FilesArchivalChange{FileIDs: []string{"fileIds"}}, got); diff != "" {
		t.Errorf("Unarchive (-want +got):\n%s", diff)
	}
}

func TestFilesInvalidID(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		t.Errorf("unexpected request %s %s", r.Method, r.URL)
	})
	ctx, s := testCtx(t), env.client.Files
	wantInvalidID(t, map[string]func() error{
		"Get":             func() error { _, _, err := s.Get(ctx, ""); return err },
		"Update":          func() error { _, _, err := s.Update(ctx, "a/b", &FileUpdate{}); return err },
		"Archive none":    func() error { _, _, err := s.Archive(ctx, &FilesArchive{Reason: DataArchiveReasonOther}); return err },
		"Archive comma":   func() error { _, _, err := s.Archive(ctx, &FilesArchive{FileIDs: []string{"a,b"}}); return err },
		"Unarchive none":  func() error { _, _, err := s.Unarchive(ctx, nil); return err },
		"Unarchive blank": func() error { _, _, err := s.Unarchive(ctx, []string{" "}); return err },
	})
}
