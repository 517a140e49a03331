package benchlingtest_test

import (
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/benchling-go/benchling"
	"github.com/google/go-cmp/cmp"
)

// TestLegacyRequestsE2E drives every LegacyRequests method: a request
// checks its schema, fields and people, lists by schema, status and
// creation time, gets its tasks in bulk (an invalid one failing alone in
// CreateManyTasks), moves through its statuses as its sample groups'
// work is recorded, and its fulfillments are read.
func TestLegacyRequestsE2E(t *testing.T) {
	srv, c := e2eSetup(t, nil)
	ctx := e2eCtx(t)
	ids := srv.SeedSchemas()
	users := srv.SeedUsers(2)
	seqs := srv.SeedDnaSequences(2)
	schemaID, taskSchemaID := ids["Sequencing Request"], ids["Sequencing Task"]
	s := c.LegacyRequests
	start := time.Now().Add(-time.Minute)
	body := &benchling.RequestCreate{
		SchemaID: schemaID, ProjectID: srv.ProjectID(), ScheduledOn: benchling.Ptr("2024-06-01"),
		Fields:    benchling.Fields{"Sample Count": {Value: benchling.NumberValue(2)}},
		Assignees: benchling.RequestWriteAssignees{&benchling.RequestWriteUserAssignee{UserID: users[0]}},
		SampleGroups: []benchling.RequestSampleGroupCreate{
			{Samples: benchling.RequestSampleGroupSamples{"Template": &benchling.RequestSampleWithEntity{EntityID: seqs[0]}}},
			{Samples: benchling.RequestSampleGroupSamples{"Template": &benchling.RequestSampleWithBatch{BatchID: "bat_1", ContainerID: "con_1"}}},
		},
	}
	req, resp, err := s.Create(ctx, body)
	if err != nil || resp.StatusCode != 201 {
		t.Fatalf("Create: %v", err)
	}
	if req.RequestStatus != benchling.RequestStatusRequested || req.DisplayID == "" || req.Schema.ID != schemaID || req.Schema.Name != "Sequencing Request" ||
		req.Requestor.ID != srv.AdminUserID() || req.Creator.ID != srv.AdminUserID() || len(req.SampleGroups) != 2 ||
		req.ProjectID != srv.ProjectID() || req.APIURL == "" || req.WebURL == "" || *req.ScheduledOn != "2024-06-01" {
		t.Fatalf("the new request: %+v", req)
	}
	if a, ok := req.Assignees[0].(*benchling.RequestUserAssignee); !ok || a.User.ID != users[0] {
		t.Errorf("the assignee: %#v", req.Assignees)
	}
	if smp, ok := req.SampleGroups[1].Samples["Template"].(*benchling.RequestSampleWithBatch); !ok || smp.BatchID != "bat_1" || smp.ContainerID != "con_1" {
		t.Errorf("a batch sample: %#v", req.SampleGroups[1].Samples)
	}
	if ct, err := req.CreatedTime(); err != nil || ct.Before(start) {
		t.Errorf("CreatedTime = %v, %v", ct, err)
	}
	for name, mutate := range map[string]func(*benchling.RequestCreate){
		"unknown schema": func(b *benchling.RequestCreate) { b.SchemaID = "assaysch_nope" },
		"unknown field": func(b *benchling.RequestCreate) {
			b.Fields = benchling.Fields{"Colour": {Value: benchling.StringValue("red")}}
		},
		"unknown assignee": func(b *benchling.RequestCreate) {
			b.Assignees[0] = &benchling.RequestWriteTeamAssignee{TeamID: "team_nope"}
		},
		"unknown project": func(b *benchling.RequestCreate) { b.ProjectID = "src_nope" },
		"no sample ID": func(b *benchling.RequestCreate) {
			b.SampleGroups = []benchling.RequestSampleGroupCreate{{Samples: benchling.RequestSampleGroupSamples{"x": &benchling.RequestSampleWithEntity{}}}}
		},
	} {
		b := *body
		b.Assignees = slices.Clone(body.Assignees)
		mutate(&b)
		if _, _, err := s.Create(ctx, &b); !errors.Is(err, benchling.ErrBadRequest) {
			t.Errorf("Create with an %s: %v, want ErrBadRequest", name, err)
		}
	}
	second, _, err := s.Create(ctx, &benchling.RequestCreate{SchemaID: schemaID, ProjectID: srv.ProjectID(), Fields: benchling.Fields{},
		RequestorID: benchling.Ptr(users[1]), SampleGroups: []benchling.RequestSampleGroupCreate{}})
	if err != nil || second.Requestor.ID != users[1] {
		t.Fatalf("a second request: %v, %+v", err, second)
	}

	got, _, err := s.Get(ctx, req.ID, &benchling.RequestGetOptions{Returning: []string{"id", "requestStatus"}})
	if err != nil || got.ID != req.ID || got.RequestStatus != benchling.RequestStatusRequested || got.Schema.ID != "" {
		t.Errorf("Get returning id and requestStatus: %v, %+v", err, got)
	}
	_, _, err = s.Get(ctx, "req_nope", nil)
	e2eWantNotFound(t, err, "req_nope")

	// Lists and bulk-get.
	l, _, err := s.List(ctx, schemaID, &benchling.RequestListOptions{MinCreatedTime: start.Unix()})
	if err != nil || len(l) != 2 {
		t.Errorf("List: %v, %d", err, len(l))
	}
	if l, _, err = s.List(ctx, schemaID, &benchling.RequestListOptions{MaxCreatedTime: start.Unix()}); err != nil || len(l) != 0 {
		t.Errorf("List created before the test: %v, %d", err, len(l))
	}
	if l, _, err = s.List(ctx, "assaysch_other", nil); err != nil || len(l) != 0 {
		t.Errorf("List of another schema: %v, %d", err, len(l))
	}
	if got := e2eCollect(t, s.All(ctx, schemaID, &benchling.RequestListOptions{ListOptions: benchling.ListOptions{PageSize: 1}})); len(got) != 2 {
		t.Errorf("All by one: %d", len(got))
	}
	if n := countPages(t, s.Pages(ctx, schemaID, &benchling.RequestListOptions{ListOptions: benchling.ListOptions{PageSize: 1}})); n != 2 {
		t.Errorf("%d pages of one, want 2", n)
	}
	if bg, _, err := s.BulkGet(ctx, []string{second.ID, req.ID}, nil); err != nil || len(bg) != 2 || bg[0].ID != second.ID {
		t.Errorf("BulkGet: %v, %v", err, bg)
	}
	if bg, _, err := s.BulkGet(ctx, nil, &benchling.RequestBulkGetOptions{DisplayIDs: []string{req.DisplayID}}); err != nil || len(bg) != 1 || bg[0].ID != req.ID {
		t.Errorf("BulkGet by display ID: %v, %v", err, bg)
	}
	if _, _, err := s.BulkGet(ctx, []string{req.ID}, &benchling.RequestBulkGetOptions{DisplayIDs: []string{req.DisplayID}}); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("BulkGet by both: %v, want ErrBadRequest", err)
	}

	// Tasks.
	g1, g2 := req.SampleGroups[0].ID, req.SampleGroups[1].ID
	tasks, _, err := s.BulkCreateTasks(ctx, req.ID, []*benchling.RequestTasksBulkCreate{
		{SchemaID: taskSchemaID, SampleGroupIDs: []string{g1}, Fields: benchling.Fields{"Primer": {Value: benchling.StringValue(seqs[1])}}},
		{SchemaID: taskSchemaID, SampleGroupIDs: []string{g2}},
	})
	if err != nil || len(tasks) != 2 || tasks[0].Schema == nil || tasks[0].Schema.ID != taskSchemaID || tasks[1].SampleGroupIDs[0] != g2 {
		t.Fatalf("BulkCreateTasks: %v, %+v", err, tasks)
	}
	_, _, err = s.BulkCreateTasks(ctx, req.ID, []*benchling.RequestTasksBulkCreate{{SchemaID: taskSchemaID}, {SchemaID: "reqtsksch_nope"}})
	var apiErr *benchling.Error
	if !errors.As(err, &apiErr) || apiErr.StatusCode != 400 || len(apiErr.Items) != 1 || apiErr.Items[0].Index != 1 {
		t.Errorf("BulkCreateTasks with an unknown schema: %v", err)
	}
	res, err := s.CreateManyTasks(ctx, req.ID, []*benchling.RequestTasksBulkCreate{{SchemaID: taskSchemaID}, {SchemaID: taskSchemaID, SampleGroupIDs: []string{"sgrp_nope"}}}, nil)
	var bulkErr *benchling.BulkError
	if !errors.As(err, &bulkErr) || res[0].Err != nil || res[1].Err == nil {
		t.Fatalf("CreateManyTasks with an unknown sample group: %v, %+v", err, res)
	}
	upd, _, err := s.BulkUpdateTasks(ctx, req.ID, []*benchling.RequestTaskBase{{ID: tasks[1].ID, SampleGroupIDs: []string{g1, g2}}})
	if err != nil || len(upd) != 1 || len(upd[0].SampleGroupIDs) != 2 {
		t.Errorf("BulkUpdateTasks: %v, %+v", err, upd)
	}
	if _, _, err := s.BulkUpdateTasks(ctx, "req_nope", []*benchling.RequestTaskBase{{ID: tasks[1].ID}}); !errors.Is(err, benchling.ErrNotFound) {
		t.Errorf("BulkUpdateTasks of an unknown request: %v", err)
	}
	ures, err := s.UpdateManyTasks(ctx, req.ID, []*benchling.RequestTaskBase{{ID: res[0].Value.ID, Fields: benchling.Fields{"Primer": {Value: benchling.StringValue(seqs[0])}}}}, nil)
	if err != nil || ures[0].Value.ID != res[0].Value.ID {
		t.Errorf("UpdateManyTasks: %v, %+v", err, ures)
	}
	if got, _, _ := s.Get(ctx, req.ID, nil); len(got.Tasks) != 3 {
		t.Errorf("the request has %d tasks, want 3", len(got.Tasks))
	}

	// The request follows its sample groups.
	status := func() benchling.RequestStatus {
		t.Helper()
		r, _, err := s.Get(ctx, req.ID, nil)
		if err != nil {
			t.Fatal(err)
		}
		return r.RequestStatus
	}
	if _, err := s.ExecuteSampleGroups(ctx, req.ID, []*benchling.SampleGroupStatusUpdate{{SampleGroupID: g1, Status: benchling.SampleGroupStatusInProgress}}); err != nil {
		t.Fatal(err)
	}
	if st := status(); st != benchling.RequestStatusInProgress {
		t.Errorf("after starting a group: %s", st)
	}
	if _, err := s.ExecuteSampleGroups(ctx, req.ID, []*benchling.SampleGroupStatusUpdate{{SampleGroupID: g1, Status: benchling.SampleGroupStatusCompleted}}); err != nil {
		t.Fatal(err)
	}
	if st := status(); st != benchling.RequestStatusInProgress {
		t.Errorf("after finishing one of two groups: %s", st)
	}
	if _, err := s.ExecuteSampleGroups(ctx, req.ID, []*benchling.SampleGroupStatusUpdate{{SampleGroupID: g2, Status: benchling.SampleGroupStatusFailed}}); err != nil {
		t.Fatal(err)
	}
	if st := status(); st != benchling.RequestStatusCompleted {
		t.Errorf("after both groups ended: %s", st)
	}
	if _, err := s.ExecuteSampleGroups(ctx, req.ID, []*benchling.SampleGroupStatusUpdate{{SampleGroupID: "sgrp_nope", Status: benchling.SampleGroupStatusCompleted}}); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("an unknown sample group: %v", err)
	}
	if _, err := s.ExecuteSampleGroups(ctx, "req_nope", []*benchling.SampleGroupStatusUpdate{{SampleGroupID: g1, Status: benchling.SampleGroupStatusCompleted}}); !errors.Is(err, benchling.ErrNotFound) {
		t.Errorf("an unknown request: %v", err)
	}

	// The response: the completed group's entity as it is, the failed
	// group's batch discarded (the fake has no batches: inaccessible).
	rr, _, err := s.GetResponse(ctx, req.ID)
	if err != nil || len(rr.Samples) != 2 || len(rr.Results) != 0 {
		t.Fatalf("GetResponse: %v, %+v", err, rr)
	}
	if e, ok := rr.Samples[0].Entity.(*benchling.DnaSequenceWithEntityType); !ok || e.ID != seqs[0] || rr.Samples[0].Status != benchling.RequestResponseSampleStatusCompleted {
		t.Errorf("the completed sample: %#v", rr.Samples[0])
	}
	if b, ok := rr.Samples[1].Batch.(*benchling.InaccessibleResource); !ok || b.InaccessibleID != "bat_1" || rr.Samples[1].Status != benchling.RequestResponseSampleStatusDiscarded {
		t.Errorf("the discarded sample: %#v", rr.Samples[1])
	}
	_, _, err = s.GetResponse(ctx, "req_nope")
	e2eWantNotFound(t, err, "req_nope")

	// Update: a team assignee, a new status.
	team, err := srv.Add("teams", map[string]any{"name": "Sequencing core"})
	if err != nil {
		t.Fatal(err)
	}
	up, _, err := s.Update(ctx, second.ID, &benchling.RequestUpdate{RequestStatus: benchling.RequestStatusCancelled,
		Assignees: benchling.RequestWriteAssignees{&benchling.RequestWriteTeamAssignee{TeamID: team[0]}}})
	if err != nil || up.RequestStatus != benchling.RequestStatusCancelled {
		t.Fatalf("Update: %v, %+v", err, up)
	}
	if a, ok := up.Assignees[0].(*benchling.RequestTeamAssignee); !ok || a.Team.ID != team[0] || a.Team.Name != "Sequencing core" {
		t.Errorf("the team assignee: %#v", up.Assignees)
	}
	if _, _, err := s.Update(ctx, second.ID, &benchling.RequestUpdate{RequestStatus: "LOST"}); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("an unknown status: %v", err)
	}

	// Fulfillments: those of an entry (added), read back.
	entries := srv.SeedEntries(1)
	made, err := srv.Add("request-fulfillments", map[string]any{"entryId": entries[0], "requestId": req.ID, "status": "COMPLETED",
		"sampleGroup": map[string]any{"id": g1, "samples": map[string]any{"Template": map[string]any{"entityId": seqs[0]}}}})
	if err != nil {
		t.Fatal(err)
	}
	fl, _, err := s.ListFulfillments(ctx, entries[0], nil)
	if err != nil || len(fl) != 1 || fl[0].ID != made[0] || fl[0].SampleGroup.ID != g1 || fl[0].Status != benchling.SampleGroupStatusCompleted {
		t.Fatalf("ListFulfillments: %v, %+v", err, fl)
	}
	if diff := cmp.Diff(benchling.RequestSampleGroupSamples{"Template": &benchling.RequestSampleWithEntity{EntityID: seqs[0]}}, fl[0].SampleGroup.Samples); diff != "" {
		t.Errorf("the fulfillment's samples (-want +got):\n%s", diff)
	}
	if got := e2eCollect(t, s.AllFulfillments(ctx, entries[0], &benchling.RequestFulfillmentListOptions{ModifiedAt: "> 2000-01-01"})); len(got) != 1 {
		t.Errorf("AllFulfillments: %d", len(got))
	}
	for p, err := range s.PagesFulfillments(ctx, "etr_nope", nil) {
		if err != nil || len(p.Items) != 0 {
			t.Errorf("PagesFulfillments of another entry: %v, %+v", err, p)
		}
	}
	f, _, err := s.GetFulfillment(ctx, made[0])
	if err != nil || f.RequestID != req.ID || f.EntryID != entries[0] {
		t.Errorf("GetFulfillment: %v, %+v", err, f)
	}
	_, _, err = s.GetFulfillment(ctx, "reqffm_nope")
	e2eWantNotFound(t, err, "reqffm_nope")
}
