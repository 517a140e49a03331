package benchling

import (
	"net/http"
	"testing"
	"time"
)

// TestFilesSpec runs each Files operation against the spec's fixtures.
func TestFilesSpec(t *testing.T) {
	runSpecCases(t, []specCase{
		{name: "List", op: "listFiles", pattern: "GET /files", status: http.StatusOK,
			query: map[string]string{
				"pageSize": "20", "sort": "name:asc", "archiveReason": "ANY_ARCHIVED", "createdAt": "> 2022-03-01",
				"creatorIds": "ent_1,ent_2", "folderId": "lib_bf0636", "mentionedIn": "etr_1", "modifiedAt": "< 2024-01-01",
				"name": "IC50 Chart", "nameIncludes": "IC50", "names.anyOf.caseSensitive": "A,B", "names.anyOf": "a,b",
				"originIds": "cxn_1", "ids": "file_Of5GuBSq", "displayIds": "FILE1", "returning": "files.id,files.name,nextToken",
			},
			call: func(t *testing.T, c *Client) (any, error) {
				fs, resp, err := c.Files.List(testCtx(t), &FileListOptions{
					ListOptions: ListOptions{PageSize: 20}, DocumentListFilters: DocumentListFilters{
						Sort:                    SortNameAsc,
						ArchiveReason:           ArchiveFilterAnyArchived,
						CreatorIDs:              []string{"ent_1", "ent_2"},
						MentionedIn:             []string{"etr_1"},
						ModifiedAt:              "< 2024-01-01",
						Name:                    "IC50 Chart",
						NamesAnyOfCaseSensitive: []string{"A", "B"},
						NamesAnyOf:              []string{"a", "b"},
						IDs:                     []string{"file_Of5GuBSq"},
						DisplayIDs:              []string{"FILE1"},
						Returning:               []string{"files.id", "files.name"},
					},
					CreatedAt: "> 2022-03-01", FolderID: "lib_bf0636",
					NameIncludes: "IC50",
					OriginIDs:    []string{"cxn_1"},
				})
				if err != nil {
					return nil, err
				}
				return map[string]any{"files": fs, "nextToken": resp.NextToken}, nil
			}},
		{name: "Get", op: "getFile", pattern: "GET /files/file_Of5GuBSq", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				f, _, err := c.Files.Get(testCtx(t), "file_Of5GuBSq")
				if err == nil && (f.UploadStatus != FileUploadStatusSucceeded || f.ArchiveRecord == nil) {
					t.Errorf("Get = %+v", f)
				}
				return f, err
			}},
		{name: "Create", op: "createFile", pattern: "POST /files", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				f, _, err := c.Files.Create(testCtx(t), reqFixture[FileCreate](t, "createFile"))
				return f, err
			}},
		{name: "Update", op: "patchFile", pattern: "PATCH /files/file_Of5GuBSq", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				f, _, err := c.Files.Update(testCtx(t), "file_Of5GuBSq", reqFixture[FileUpdate](t, "patchFile"))
				return f, err
			}},
		{name: "Archive", op: "archiveFiles", pattern: "POST /files:archive", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				ch, _, err := c.Files.Archive(testCtx(t), reqFixture[FilesArchive](t, "archiveFiles"))
				return ch, err
			}},
		{name: "Unarchive", op: "unarchiveFiles", pattern: "POST /files:unarchive", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				ch, _, err := c.Files.Unarchive(testCtx(t), reqFixture[filesUnarchive](t, "unarchiveFiles").FileIDs)
				return ch, err
			}},
	})
}

func TestFilesPaging(t *testing.T) {
	env, n := setup(t), 0
	specPages(t, env, "GET /files", "listFiles", "files", false, &n)
	s := env.client.Files
	wantAllPages(t, &n, s.All(testCtx(t), nil), s.Pages(testCtx(t), nil))
}

func TestFilesErrors(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /files/file_nope", serveJSON(t, http.MethodGet, http.StatusNotFound, notFoundBody("File", "file_nope")))
	_, _, err := env.client.Files.Get(testCtx(t), "file_nope")
	wantNotFound(t, err)
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

// TestFilesSpecExampleTimes decodes a file whose times are in the form of
// the spec's example (specExampleTime).
func TestFilesSpecExampleTimes(t *testing.T) {
	env := setupRaw(t) // the contract checker's date-time format wants a "T"
	fx := specFixture(t, "getFile", http.StatusOK)
	env.mux.HandleFunc("GET /files/file_1", serveJSON(t, http.MethodGet, http.StatusOK,
		withProps(t, fx, map[string]any{"createdAt": specExampleTime, "modifiedAt": specExampleTime})))

	f, _, err := env.client.Files.Get(testCtx(t), "file_1")
	if err != nil {
		t.Fatal(err)
	}
	want := time.Date(2023, 4, 23, 1, 30, 50, 970926000, time.UTC)
	if !f.CreatedAt.Equal(want) || !f.ModifiedAt.Equal(want) {
		t.Errorf("CreatedAt, ModifiedAt = %v, %v; want %v", f.CreatedAt, f.ModifiedAt, want)
	}
	rfc := want.Format(time.RFC3339Nano)
	wantRoundTrip(t, withProps(t, fx, map[string]any{"createdAt": rfc, "modifiedAt": rfc}), f)
}
