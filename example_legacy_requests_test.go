package benchling_test

import (
	"context"
	"fmt"
	"log"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
)

// ExampleLegacyRequestsService_ExecuteSampleGroups places a sequencing
// request for two samples, plans a task for each, and records the work on
// the sample groups: the request moves from REQUESTED through
// IN_PROGRESS to COMPLETED as the groups' work ends, and its response
// lists the samples it produced.
func ExampleLegacyRequestsService_ExecuteSampleGroups() {
	srv, err := benchlingtest.Start()
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	ids := srv.SeedSchemas()
	seqs := srv.SeedDnaSequences(2)
	client, err := srv.Client()
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	rs := client.LegacyRequests

	var groups []benchling.RequestSampleGroupCreate
	for _, id := range seqs {
		groups = append(groups, benchling.RequestSampleGroupCreate{
			Samples: benchling.RequestSampleGroupSamples{"Template": &benchling.RequestSampleWithEntity{EntityID: id}}})
	}
	req, _, err := rs.Create(ctx, &benchling.RequestCreate{
		SchemaID:     ids["Sequencing Request"],
		ProjectID:    srv.ProjectID(),
		Fields:       benchling.Fields{"Sample Count": {Value: benchling.NumberValue(2)}},
		SampleGroups: groups,
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(req.DisplayID, req.RequestStatus, len(req.SampleGroups), "sample groups")

	var tasks []*benchling.RequestTasksBulkCreate
	for _, g := range req.SampleGroups {
		tasks = append(tasks, &benchling.RequestTasksBulkCreate{SchemaID: ids["Sequencing Task"], SampleGroupIDs: []string{g.ID}})
	}
	made, _, err := rs.BulkCreateTasks(ctx, req.ID, tasks)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(len(made), "tasks of schema", made[0].Schema.Name)

	for _, status := range []benchling.SampleGroupStatus{benchling.SampleGroupStatusInProgress, benchling.SampleGroupStatusCompleted} {
		var updates []*benchling.SampleGroupStatusUpdate
		for _, g := range req.SampleGroups {
			updates = append(updates, &benchling.SampleGroupStatusUpdate{SampleGroupID: g.ID, Status: status})
		}
		if _, err := rs.ExecuteSampleGroups(ctx, req.ID, updates); err != nil {
			log.Fatal(err)
		}
		r, _, err := rs.Get(ctx, req.ID, nil)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println("groups", status, "-> request", r.RequestStatus)
	}

	// What the request produced: its samples, typed by kind.
	resp, _, err := rs.GetResponse(ctx, req.ID)
	if err != nil {
		log.Fatal(err)
	}
	for _, smp := range resp.Samples {
		switch e := smp.Entity.(type) {
		case *benchling.DnaSequenceWithEntityType:
			fmt.Println(smp.Status, "DNA sequence", e.ID == seqs[0] || e.ID == seqs[1])
		case *benchling.InaccessibleResource:
			fmt.Println(smp.Status, "no access to", e.InaccessibleID)
		}
	}
	// Output:
	// REQ001 REQUESTED 2 sample groups
	// 2 tasks of schema Sequencing Task
	// groups IN_PROGRESS -> request IN_PROGRESS
	// groups COMPLETED -> request COMPLETED
	// COMPLETED DNA sequence true
	// COMPLETED DNA sequence true
}

// ExampleLegacyRequestsService_List reads a schema's requests in a given
// status, page after page.
func ExampleLegacyRequestsService_List() {
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
	for range 3 {
		if _, _, err := client.LegacyRequests.Create(ctx, &benchling.RequestCreate{SchemaID: ids["Sequencing Request"],
			ProjectID: srv.ProjectID(), Fields: benchling.Fields{}, SampleGroups: []benchling.RequestSampleGroupCreate{}}); err != nil {
			log.Fatal(err)
		}
	}

	opts := &benchling.RequestListOptions{ListOptions: benchling.ListOptions{PageSize: 2}, RequestStatus: benchling.RequestStatusRequested}
	for r, err := range client.LegacyRequests.All(ctx, ids["Sequencing Request"], opts) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(r.DisplayID, r.RequestStatus)
	}
	// Unordered output:
	// REQ001 REQUESTED
	// REQ002 REQUESTED
	// REQ003 REQUESTED
}
