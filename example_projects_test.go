package benchling_test

import (
	"context"
	"fmt"
	"log"
	"net/http"
	"net/http/httptest"

	"github.com/benchling-go/benchling"
)

// ExampleProjectsService_ByName finds a project by name, then archives
// it with its folders and contents.
func ExampleProjectsService_ByName() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/v2/projects", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"projects":[{"id":"src_ZJy8RTbo","name":"Antibodies","archiveRecord":null,
			"owner":{"id":"ent_Lq0Ss9Yb","name":"Elion's Org","handle":"elion"}}],"nextToken":""}`)
	})
	mux.HandleFunc("POST /api/v2/projects:archive", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"projectIds":["src_ZJy8RTbo"],"folderIds":["lib_qQFY3WQH"],"entryIds":["etr_1X1AlQPD"]}`)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	client, err := benchling.NewClient(srv.URL, benchling.WithAPIKey("key"))
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()

	project, err := client.Projects.ByName(ctx, "Antibodies", nil)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(project.ID, "owned by", project.Owner.Name)
	change, _, err := client.Projects.Archive(ctx, &benchling.ProjectsArchive{
		ProjectIDs: []string{project.ID},
		Reason:     benchling.ArchiveReasonRetired,
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(change.ProjectIDs, change.FolderIDs, change.EntryIDs)
	// Output:
	// src_ZJy8RTbo owned by Elion's Org
	// [src_ZJy8RTbo] [lib_qQFY3WQH] [etr_1X1AlQPD]
}
