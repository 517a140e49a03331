package benchling_test

import (
	"context"
	"fmt"
	"log"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
)

// ExampleWorkflowFlowchartsService_Get walks a flowchart's nodes, reading
// each kind's details with a type switch.
func ExampleWorkflowFlowchartsService_Get() {
	srv, err := benchlingtest.Start()
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	ids := srv.SeedSchemas()
	flowchartID, _ := srv.SeedWorkflowFlowchart(ids["Purification"])
	client, err := srv.Client()
	if err != nil {
		log.Fatal(err)
	}

	fc, _, err := client.WorkflowFlowcharts.Get(context.Background(), flowchartID)
	if err != nil {
		log.Fatal(err)
	}
	for _, node := range fc.NodeConfigs {
		switch d := node.NodeDetails.(type) {
		case *benchling.WorkflowRootNodeDetails:
			fmt.Println("start:", d.RootTaskSchema.Name)
		case *benchling.WorkflowRouterNodeDetails:
			for _, f := range d.RouterFunctions {
				fmt.Printf("%s: rule %q (default %v)\n", d.Name, f.Name, f.IsDefault)
			}
		case *benchling.WorkflowTaskNodeDetails:
			fmt.Println("task:", d.TaskSchema.Name)
		case *benchling.WorkflowOutputNodeDetails:
			fmt.Println("output:", d.OutputSchema.Name)
		case *benchling.WorkflowEndNodeDetails:
			fmt.Println("end:", d.Name)
		case *benchling.UnknownWorkflowFlowchartNodeConfigNodeDetails:
			fmt.Println("a kind of node this SDK does not know:", d.NodeType)
		}
	}
	// Output:
	// start: Purification
	// Router 1: rule "Passed" (default true)
	// Router 1: rule "Failed" (default false)
	// task: Purification
	// output: Result
	// end: End 1
}

// ExampleWorkflowFlowchartConfigVersionsService_Get reads the flowchart a
// configuration version's task groups follow.
func ExampleWorkflowFlowchartConfigVersionsService_Get() {
	srv, err := benchlingtest.Start()
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	ids := srv.SeedSchemas()
	flowchartID, versionID := srv.SeedWorkflowFlowchart(ids["Purification"])
	client, err := srv.Client()
	if err != nil {
		log.Fatal(err)
	}

	v, _, err := client.WorkflowFlowchartConfigVersions.Get(context.Background(), versionID)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(v.TemplateFlowchart.ID == flowchartID, len(v.TemplateFlowchart.NodeConfigs), "nodes,", len(v.TemplateFlowchart.EdgeConfigs), "edges")
	// Output:
	// true 5 nodes, 4 edges
}
