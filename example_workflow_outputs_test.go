package benchling_test

import (
	"context"
	"fmt"
	"log"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
)

// ExampleWorkflowOutputsService_Create records the output of a task; the
// task then lists it among its outputs.
func ExampleWorkflowOutputsService_Create() {
	srv, err := benchlingtest.Start()
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	ids := srv.SeedSchemas()
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
	task, _, err := client.WorkflowTasks.Create(ctx, &benchling.WorkflowTaskCreate{WorkflowTaskGroupID: group.ID})
	if err != nil {
		log.Fatal(err)
	}

	out, _, err := client.WorkflowOutputs.Create(ctx, &benchling.WorkflowOutputCreate{
		WorkflowTaskID: task.ID,
		Fields:         benchling.Fields{"Concentration": {Value: benchling.NumberValue(1.8)}},
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(out.DisplayID, "of", out.WorkflowTask.DisplayID)
	task, _, err = client.WorkflowTasks.Get(ctx, task.ID)
	if err != nil {
		log.Fatal(err)
	}
	for _, o := range task.Outputs {
		fmt.Println(task.DisplayID, "has output", o.DisplayID)
	}
	// Output:
	// PURG1-O1 of PURG1-T1
	// PURG1-T1 has output PURG1-O1
}
