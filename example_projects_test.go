package benchling_test

import (
	"context"
	"fmt"
	"log"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
)

// ExampleProjectsService_ByName finds a project by name, then archives it
// with its folders and their contents.
func ExampleProjectsService_ByName() {
	srv, err := benchlingtest.Start()
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	ids, _ := srv.Add("projects", &benchling.Project{Name: "Antibodies"})
	srv.Add("folders", &benchling.Folder{Name: "Heavy chains", ProjectID: ids[0]})
	client, err := srv.Client()
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()

	project, err := client.Projects.ByName(ctx, "Antibodies", nil)
	if err != nil {
		log.Fatal(err)
	}
	change, _, err := client.Projects.Archive(ctx, &benchling.ProjectsArchive{
		ProjectIDs: []string{project.ID},
		Reason:     benchling.EntityArchiveReasonRetired,
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(len(change.ProjectIDs), "project and", len(change.FolderIDs), "folder archived")
	_, err = client.Projects.ByName(ctx, "Antibodies", nil)
	fmt.Println(err)
	// Output:
	// 1 project and 1 folder archived
	// benchling: not found: no project is named "Antibodies"
}
