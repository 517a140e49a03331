package benchling_test

import (
	"context"
	"fmt"
	"log"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
)

// ExampleWorkflowTaskGroupsService_List finds the task groups a user
// watches that still have a task in progress.
func ExampleWorkflowTaskGroupsService_List() {
	srv, err := benchlingtest.Start()
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	srv.SeedSchemas()
	ada := srv.AddUser(benchlingtest.User{Name: "Ada Lovelace", Handle: "ada"})
	client, err := srv.Client()
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	schema, err := client.Schemas.WorkflowTaskSchemaByName(ctx, "Purification")
	if err != nil {
		log.Fatal(err)
	}
	inProgress, _ := schema.StatusLifecycle.Status("In Progress")
	for _, name := range []string{"Batch 7", "Batch 8"} {
		g, _, err := client.WorkflowTaskGroups.Create(ctx, &benchling.WorkflowTaskGroupCreate{
			FolderID: srv.FolderID(), SchemaID: schema.ID, Name: benchling.Ptr(name), WatcherIDs: []string{ada}})
		if err != nil {
			log.Fatal(err)
		}
		task, _, err := client.WorkflowTasks.Create(ctx, &benchling.WorkflowTaskCreate{WorkflowTaskGroupID: g.ID})
		if err != nil {
			log.Fatal(err)
		}
		if name == "Batch 8" {
			if _, _, err := client.WorkflowTasks.Update(ctx, task.ID, &benchling.WorkflowTaskUpdate{StatusID: benchling.Ptr(inProgress.ID)}); err != nil {
				log.Fatal(err)
			}
		}
	}

	groups, _, err := client.WorkflowTaskGroups.List(ctx, &benchling.WorkflowTaskGroupListOptions{
		WorkflowListFilters: benchling.WorkflowListFilters{WatcherIDs: []string{ada}},
		StatusIDsAnyOf:      []string{inProgress.ID},
	})
	if err != nil {
		log.Fatal(err)
	}
	for _, g := range groups {
		fmt.Println(g.DisplayID, g.Name, len(g.WorkflowTasks), "task(s)")
	}
	// Output:
	// PURG2 Batch 8 1 task(s)
}
