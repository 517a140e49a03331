package benchling_test

import (
	"context"
	"errors"
	"fmt"
	"log"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
)

// ExampleWorkflowTasksService_Update creates a task in a task group and
// moves it through its schema's status lifecycle, finding the statuses by
// name; a status the lifecycle cannot reach from the task's is refused.
func ExampleWorkflowTasksService_Update() {
	srv, err := benchlingtest.Start()
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	srv.SeedSchemas()
	client, err := srv.Client()
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()

	schema, err := client.Schemas.WorkflowTaskSchemaByName(ctx, "Purification")
	if err != nil {
		log.Fatal(err)
	}
	group, _, err := client.WorkflowTaskGroups.Create(ctx, &benchling.WorkflowTaskGroupCreate{
		FolderID: srv.FolderID(), SchemaID: schema.ID, Name: benchling.Ptr("Batch 7")})
	if err != nil {
		log.Fatal(err)
	}
	task, _, err := client.WorkflowTasks.Create(ctx, &benchling.WorkflowTaskCreate{
		WorkflowTaskGroupID: group.ID,
		ScheduledOn:         benchling.Ptr("2024-03-01"),
		Fields:              benchling.Fields{"Yield": {Value: benchling.NumberValue(12.5)}},
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(task.DisplayID, task.Status.DisplayName)

	lc := &schema.StatusLifecycle
	for _, next := range lc.Next(task.Status.ID) {
		fmt.Println("can move to", next.DisplayName)
	}
	for _, name := range []string{"In Progress", "Completed"} {
		status, _ := lc.Status(name)
		task, _, err = client.WorkflowTasks.Update(ctx, task.ID, &benchling.WorkflowTaskUpdate{StatusID: benchling.Ptr(status.ID)})
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(task.DisplayID, task.Status.DisplayName)
	}
	pending, _ := lc.Status("Pending")
	_, _, err = client.WorkflowTasks.Update(ctx, task.ID, &benchling.WorkflowTaskUpdate{StatusID: benchling.Ptr(pending.ID)})
	fmt.Println("back to Pending:", errors.Is(err, benchling.ErrBadRequest), lc.Allows(task.Status.ID, pending.ID))
	// Output:
	// PURG1-T1 Pending
	// can move to In Progress
	// can move to Cancelled
	// PURG1-T1 In Progress
	// PURG1-T1 Completed
	// back to Pending: true false
}

// ExampleWorkflowTasksService_CreateMany creates a task per sample in one
// call, which splits them into bulk requests as needed; each result is the
// task or its own error.
func ExampleWorkflowTasksService_CreateMany() {
	srv, err := benchlingtest.Start()
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	ids := srv.SeedSchemas()
	analyst := srv.AddUser(benchlingtest.User{Name: "Rosalind Franklin", Handle: "rfranklin"})
	client, err := srv.Client()
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	group, _, err := client.WorkflowTaskGroups.Create(ctx, &benchling.WorkflowTaskGroupCreate{
		FolderID: srv.FolderID(), SchemaID: ids["Purification"]})
	if err != nil {
		log.Fatal(err)
	}

	var items []*benchling.WorkflowTaskBulkCreate
	for _, day := range []string{"2024-03-01", "2024-03-02", "2024-03-03"} {
		items = append(items, &benchling.WorkflowTaskBulkCreate{
			WorkflowTaskGroupID: group.ID, AssigneeID: benchling.Ptr(analyst), ScheduledOn: benchling.Ptr(day)})
	}
	results, err := client.WorkflowTasks.CreateMany(ctx, items, nil)
	if err != nil {
		log.Fatal(err)
	}
	for _, r := range results {
		fmt.Println(r.Value.DisplayID, *r.Value.ScheduledOn, r.Value.Assignee.Handle)
	}

	// A copy keeps the fields and the assignee, and names its original.
	cp, _, err := client.WorkflowTasks.Copy(ctx, results[0].Value.ID)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(cp.DisplayID, "copies", cp.ClonedFrom.DisplayID, "for", cp.Assignee.Handle)
	// Output:
	// PURG1-T1 2024-03-01 rfranklin
	// PURG1-T2 2024-03-02 rfranklin
	// PURG1-T3 2024-03-03 rfranklin
	// PURG1-T4 copies PURG1-T1 for rfranklin
}
