package tools

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/benchling-go/benchling/benchlingtest"
)

// TestFakeWorkflowOperationsMatchSpec drives the fake tenant through every
// operation of the Workflow Tasks, Workflow Outputs, Workflow Task Groups,
// Workflow Flowcharts, Workflow Flowchart Config Versions, Legacy
// Requests, Legacy Workflows and Legacy Workflows (deprecated) tags with
// plain net/http, checks each request against the spec and validates
// every response strictly, errors included, and the items of task
// responses against their schemas.
func TestFakeWorkflowOperationsMatchSpec(t *testing.T) {
	a := newAPITester(t)
	srv := a.srv
	srv.SetRateLimit(1_000_000, time.Minute) // on, so every response carries the headers
	schemas := srv.SeedSchemas()
	users := srv.SeedUsers(2)
	seqs := srv.SeedDnaSequences(2)
	lcSchema := a.do("getWorkflowTaskSchema", "GET", "/workflow-task-schemas/"+schemas["Purification"], nil, 200)
	lc := lcSchema["statusLifecycle"].(map[string]any)
	status := func(name string) string {
		for _, s := range list(lc, "statuses") {
			if m := s.(map[string]any); m["displayName"] == name {
				return str(m, "id")
			}
		}
		t.Fatalf("no status %s", name)
		return ""
	}

	// --- Workflow Task Groups ---
	g := a.do("createWorkflowTaskGroup", "POST", "/workflow-task-groups", map[string]any{
		"folderId": srv.FolderID(), "schemaId": schemas["Purification"], "watcherIds": []string{users[0]}}, 201)
	gid := str(g, "id")
	if !strings.HasPrefix(gid, "prs_") || str(g, "displayId") != "PURG1" {
		t.Errorf("task group: %v", g)
	}
	a.do("createWorkflowTaskGroup", "POST", "/workflow-task-groups", map[string]any{"folderId": srv.FolderID(), "schemaId": "prstsch_nope"}, 400)
	a.do("!createWorkflowTaskGroup", "POST", "/workflow-task-groups", map[string]any{"schemaId": schemas["Purification"]}, 400)
	a.do("getWorkflowTaskGroup", "GET", "/workflow-task-groups/"+gid, nil, 200)
	a.do("getWorkflowTaskGroup", "GET", "/workflow-task-groups/prs_nope", nil, 404)
	a.do("updateWorkflowTaskGroup", "PATCH", "/workflow-task-groups/"+gid, map[string]any{"name": "Run 1", "watcherIds": []string{users[1]}}, 200)
	a.do("updateWorkflowTaskGroup", "PATCH", "/workflow-task-groups/prs_nope", map[string]any{"name": "x"}, 404)
	a.do("updateWorkflowTaskGroup", "PATCH", "/workflow-task-groups/"+gid, map[string]any{"folderId": "lib_nope"}, 400)
	a.do("listWorkflowTaskGroups", "GET", "/workflow-task-groups?pageSize=1&schemaId="+schemas["Purification"]+"&watcherIds=null,"+users[1]+"&statusIds.anyOf=wfts_x", nil, 200)
	a.do("listWorkflowTaskGroups", "GET", "/workflow-task-groups?archiveReason=Bored", nil, 400)

	// --- Workflow Tasks ---
	tk := a.do("createWorkflowTask", "POST", "/workflow-tasks", map[string]any{"workflowTaskGroupId": gid, "assigneeId": users[0],
		"scheduledOn": "2024-03-01", "fields": map[string]any{"Yield": map[string]any{"value": 2.5}}}, 201)
	tid := str(tk, "id")
	if !strings.HasPrefix(tid, "wftask_") || str(tk["status"].(map[string]any), "displayName") != "Pending" {
		t.Errorf("task: %v", tk)
	}
	a.do("createWorkflowTask", "POST", "/workflow-tasks", map[string]any{"workflowTaskGroupId": gid, "fields": map[string]any{"Colour": map[string]any{"value": "red"}}}, 400)
	a.do("!createWorkflowTask", "POST", "/workflow-tasks", map[string]any{"assigneeId": users[0]}, 400)
	a.do("getWorkflowTask", "GET", "/workflow-tasks/"+tid, nil, 200)
	a.do("getWorkflowTask", "GET", "/workflow-tasks/wftask_nope", nil, 404)
	a.do("updateWorkflowTask", "PATCH", "/workflow-tasks/"+tid, map[string]any{"statusId": status("In Progress")}, 200)
	a.do("updateWorkflowTask", "PATCH", "/workflow-tasks/"+tid, map[string]any{"statusId": status("Pending")}, 400)
	a.do("updateWorkflowTask", "PATCH", "/workflow-tasks/"+tid, map[string]any{"statusId": "wfts_nope"}, 400)
	a.do("updateWorkflowTask", "PATCH", "/workflow-tasks/wftask_nope", map[string]any{"scheduledOn": "2024-03-02"}, 404)
	cp := a.do("copyWorkflowTask", "POST", "/workflow-tasks/"+tid+":copy", nil, 201)
	if str(cp["clonedFrom"].(map[string]any), "id") != tid {
		t.Errorf("copy: %v", cp)
	}
	a.do("copyWorkflowTask", "POST", "/workflow-tasks/wftask_nope:copy", nil, 404)
	tr := a.waitTask(a.do("bulkCreateWorkflowTasks", "POST", "/workflow-tasks:bulk-create", map[string]any{"workflowTasks": []any{
		map[string]any{"workflowTaskGroupId": gid}, map[string]any{"workflowTaskGroupId": gid, "assigneeId": users[1]}}}, 202), "SUCCEEDED")
	made := list(tr["response"].(map[string]any), "workflowTasks")
	a.checkItems("WorkflowTask", made)
	a.waitTask(a.do("bulkCreateWorkflowTasks", "POST", "/workflow-tasks:bulk-create", map[string]any{"workflowTasks": []any{
		map[string]any{"workflowTaskGroupId": "prs_nope"}}}, 202), "FAILED")
	tr = a.waitTask(a.do("bulkUpdateWorkflowTasks", "POST", "/workflow-tasks:bulk-update", map[string]any{"workflowTasks": []any{
		map[string]any{"workflowTaskId": ids(made)[0], "statusId": status("In Progress")}}}, 202), "SUCCEEDED")
	a.checkItems("WorkflowTask", list(tr["response"].(map[string]any), "workflowTasks"))
	a.waitTask(a.do("bulkUpdateWorkflowTasks", "POST", "/workflow-tasks:bulk-update", map[string]any{"workflowTasks": []any{
		map[string]any{"workflowTaskId": ids(made)[1], "statusId": status("Completed")}}}, 202), "FAILED")
	tr = a.waitTask(a.do("bulkCopyWorkflowTasks", "POST", "/workflow-tasks:bulk-copy", map[string]any{"workflowTaskIds": []string{tid, ids(made)[0]}}, 202), "SUCCEEDED")
	a.checkItems("WorkflowTask", list(tr["response"].(map[string]any), "workflowTasks"))
	a.do("bulkCopyWorkflowTasks", "POST", "/workflow-tasks:bulk-copy", map[string]any{"workflowTaskIds": []string{"wftask_nope"}}, 400)
	a.do("listWorkflowTasks", "GET", "/workflow-tasks?pageSize=2&workflowTaskGroupIds="+gid+"&assigneeIds=null,"+users[0]+"&scheduledOn.gte=2024-01-01", nil, 200)
	a.do("listWorkflowTasks", "GET", "/workflow-tasks?statusIds="+status("In Progress")+"&schemaId="+schemas["Purification"]+"&schemaField.Yield=2.5&nameIncludes=PURG", nil, 200)
	a.do("!listWorkflowTasks", "GET", "/workflow-tasks?scheduledOn.lt=soon", nil, 400)
	a.do("archiveWorkflowTasks", "POST", "/workflow-tasks:archive", map[string]any{"workflowTaskIds": []string{str(cp, "id")}, "reason": "Made in error"}, 200)
	a.do("!archiveWorkflowTasks", "POST", "/workflow-tasks:archive", map[string]any{"workflowTaskIds": []string{str(cp, "id")}, "reason": "Expired"}, 400)
	a.do("unarchiveWorkflowTasks", "POST", "/workflow-tasks:unarchive", map[string]any{"workflowTaskIds": []string{str(cp, "id")}}, 200)
	a.do("unarchiveWorkflowTasks", "POST", "/workflow-tasks:unarchive", map[string]any{"workflowTaskIds": []string{"wftask_nope"}}, 400)

	// --- Workflow Outputs ---
	out := a.do("createWorkflowOutput", "POST", "/workflow-outputs", map[string]any{"workflowTaskId": tid, "fields": map[string]any{"Mass": map[string]any{"value": 1.0}}}, 201)
	oid := str(out, "id")
	if !strings.HasPrefix(oid, "wfout_") || str(out["workflowTask"].(map[string]any), "id") != tid {
		t.Errorf("output: %v", out)
	}
	if got := a.do("getWorkflowTask", "GET", "/workflow-tasks/"+tid, nil, 200); !slices.Contains(ids(list(got, "outputs")), oid) {
		t.Errorf("the task does not list its output: %v", got["outputs"])
	}
	a.do("createWorkflowOutput", "POST", "/workflow-outputs", map[string]any{"workflowTaskId": "wftask_nope"}, 400)
	a.do("getWorkflowOutput", "GET", "/workflow-outputs/"+oid, nil, 200)
	a.do("getWorkflowOutput", "GET", "/workflow-outputs/wfout_nope", nil, 404)
	a.do("updateWorkflowOutput", "PATCH", "/workflow-outputs/"+oid, map[string]any{"fields": map[string]any{"Mass": map[string]any{"value": 2.0}}}, 200)
	a.do("updateWorkflowOutput", "PATCH", "/workflow-outputs/wfout_nope", map[string]any{"fields": map[string]any{}}, 404)
	tr = a.waitTask(a.do("bulkCreateWorkflowOutputs", "POST", "/workflow-outputs:bulk-create", map[string]any{"workflowOutputs": []any{
		map[string]any{"workflowTaskId": ids(made)[0]}}}, 202), "SUCCEEDED")
	outs := list(tr["response"].(map[string]any), "workflowOutputs")
	a.checkItems("WorkflowOutput", outs)
	tr = a.waitTask(a.do("bulkUpdateWorkflowOutputs", "POST", "/workflow-outputs:bulk-update", map[string]any{"workflowOutputs": []any{
		map[string]any{"workflowOutputId": ids(outs)[0], "fields": map[string]any{"Mass": map[string]any{"value": 3.0}}}}}, 202), "SUCCEEDED")
	a.checkItems("WorkflowOutput", list(tr["response"].(map[string]any), "workflowOutputs"))
	a.waitTask(a.do("bulkUpdateWorkflowOutputs", "POST", "/workflow-outputs:bulk-update", map[string]any{"workflowOutputs": []any{
		map[string]any{"workflowOutputId": "wfout_nope"}}}, 202), "FAILED")
	a.do("listWorkflowOutputs", "GET", "/workflow-outputs?pageSize=1&workflowTaskIds="+tid+"&creatorIds="+srv.AdminUserID(), nil, 200)
	a.do("archiveWorkflowOutputs", "POST", "/workflow-outputs:archive", map[string]any{"workflowOutputIds": []string{oid}, "reason": "Retired"}, 200)
	a.do("unarchiveWorkflowOutputs", "POST", "/workflow-outputs:unarchive", map[string]any{"workflowOutputIds": []string{oid}}, 200)
	a.do("archiveWorkflowTaskGroups", "POST", "/workflow-task-groups:archive", map[string]any{"workflowTaskGroupIds": []string{gid}, "reason": "Other"}, 200)
	a.do("createWorkflowTask", "POST", "/workflow-tasks", map[string]any{"workflowTaskGroupId": gid}, 400)
	a.do("unarchiveWorkflowTaskGroups", "POST", "/workflow-task-groups:unarchive", map[string]any{"workflowTaskGroupIds": []string{gid}}, 200)
	a.do("unarchiveWorkflowTaskGroups", "POST", "/workflow-task-groups:unarchive", map[string]any{"workflowTaskGroupIds": []string{"prs_nope"}}, 400)

	// --- Workflow Flowcharts and Config Versions ---
	fc, cv := srv.SeedWorkflowFlowchart(schemas["Purification"])
	a.do("listWorkflowFlowcharts", "GET", "/workflow-flowcharts?pageSize=5&sort=createdAt:asc&ids="+fc, nil, 200)
	a.do("getWorkflowFlowchart", "GET", "/workflow-flowcharts/"+fc, nil, 200)
	a.do("getWorkflowFlowchart", "GET", "/workflow-flowcharts/wffc_nope", nil, 404)
	a.do("getWorkflowFlowchartConfigVersion", "GET", "/workflow-flowchart-config-versions/"+cv, nil, 200)
	a.do("getWorkflowFlowchartConfigVersion", "GET", "/workflow-flowchart-config-versions/wffccv_nope", nil, 404)

	// --- Legacy Requests ---
	rq := a.do("createRequest", "POST", "/requests", map[string]any{
		"schemaId": schemas["Sequencing Request"], "projectId": srv.ProjectID(), "fields": map[string]any{"Sample Count": map[string]any{"value": 2}},
		"assignees": []any{map[string]any{"userId": users[0]}}, "scheduledOn": "2024-06-01",
		"sampleGroups": []any{
			map[string]any{"samples": map[string]any{"Template": map[string]any{"entityId": seqs[0], "containerId": "con_1"}}},
			map[string]any{"samples": map[string]any{"Template": map[string]any{"batchId": "bat_1"}}},
		}}, 201)
	rid := str(rq, "id")
	groups := ids(list(rq, "sampleGroups"))
	a.do("createRequest", "POST", "/requests", map[string]any{"schemaId": "assaysch_nope", "projectId": srv.ProjectID(), "fields": map[string]any{}, "sampleGroups": []any{}}, 400)
	a.do("!createRequest", "POST", "/requests", map[string]any{"projectId": srv.ProjectID()}, 400)
	a.do("getRequest", "GET", "/requests/"+rid+"?returning=id,requestStatus", nil, 200)
	a.do("getRequest", "GET", "/requests/req_nope", nil, 404)
	a.do("patchRequest", "PATCH", "/requests/"+rid, map[string]any{"scheduledOn": "2024-06-02", "requestorId": users[1]}, 200)
	a.do("!patchRequest", "PATCH", "/requests/"+rid, map[string]any{"requestStatus": "LOST"}, 400)
	a.do("listRequests", "GET", "/requests?schemaId="+schemas["Sequencing Request"]+"&pageSize=1&requestStatus=REQUESTED", nil, 200)
	a.do("!listRequests", "GET", "/requests", nil, 400)
	a.do("bulkGetRequests", "GET", "/requests:bulk-get?requestIds="+rid, nil, 200)
	a.do("bulkGetRequests", "GET", "/requests:bulk-get?displayIds="+str(rq, "displayId")+"&returning=requests.id", nil, 200)
	a.do("bulkGetRequests", "GET", "/requests:bulk-get?requestIds="+rid+"&displayIds=REQ001", nil, 400)
	tasks := a.do("bulkCreateRequestTasks", "POST", "/requests/"+rid+"/tasks:bulk-create", map[string]any{"tasks": []any{
		map[string]any{"schemaId": schemas["Sequencing Task"], "sampleGroupIds": groups[:1], "fields": map[string]any{"Primer": map[string]any{"value": seqs[1]}}}}}, 200)
	a.checkItems("RequestTask", list(tasks, "tasks"))
	bad := a.do("bulkCreateRequestTasks", "POST", "/requests/"+rid+"/tasks:bulk-create", map[string]any{"tasks": []any{
		map[string]any{"schemaId": schemas["Sequencing Task"]}, map[string]any{"schemaId": "reqtsksch_nope"}}}, 400)
	if errs := list(bad["error"].(map[string]any), "errors"); len(errs) != 1 {
		t.Errorf("bulk-create tasks with a bad item: %v", bad)
	}
	a.do("bulkCreateRequestTasks", "POST", "/requests/req_nope/tasks:bulk-create", map[string]any{"tasks": []any{}}, 404)
	a.do("bulkUpdateRequestTasks", "POST", "/requests/"+rid+"/tasks:bulk-update", map[string]any{"tasks": []any{
		map[string]any{"id": ids(list(tasks, "tasks"))[0], "sampleGroupIds": groups}}}, 200)
	a.do("bulkUpdateRequestTasks", "POST", "/requests/req_nope/tasks:bulk-update", map[string]any{"tasks": []any{}}, 404)
	a.do("executeRequestsSampleGroups", "POST", "/requests/"+rid+":execute-sample-groups", map[string]any{"sampleGroups": []any{
		map[string]any{"sampleGroupId": groups[0], "status": "COMPLETED"}, map[string]any{"sampleGroupId": groups[1], "status": "FAILED"}}}, 200)
	if got := a.do("getRequest", "GET", "/requests/"+rid, nil, 200); got["requestStatus"] != "COMPLETED" {
		t.Errorf("after both groups ended, the request is %v", got["requestStatus"])
	}
	a.do("executeRequestsSampleGroups", "POST", "/requests/"+rid+":execute-sample-groups", map[string]any{"sampleGroups": []any{
		map[string]any{"sampleGroupId": "sgrp_nope", "status": "COMPLETED"}}}, 400)
	a.do("executeRequestsSampleGroups", "POST", "/requests/req_nope:execute-sample-groups", map[string]any{"sampleGroups": []any{}}, 404)
	resp := a.do("getRequestResponse", "GET", "/requests/"+rid+"/response", nil, 200)
	if smp := list(resp, "samples"); len(smp) != 2 || smp[0].(map[string]any)["entity"] == nil || smp[1].(map[string]any)["status"] != "DISCARDED" {
		t.Errorf("the request's response: %v", resp)
	}
	a.do("getRequestResponse", "GET", "/requests/req_nope/response", nil, 404)
	entries := srv.SeedEntries(1)
	ff, err := srv.Add("request-fulfillments", map[string]any{"entryId": entries[0], "requestId": rid, "status": "IN_PROGRESS",
		"sampleGroup": map[string]any{"id": groups[0], "samples": map[string]any{}}})
	if err != nil {
		t.Fatal(err)
	}
	a.do("listRequestFulfillments", "GET", "/request-fulfillments?entryId="+entries[0]+"&pageSize=1", nil, 200)
	a.do("!listRequestFulfillments", "GET", "/request-fulfillments", nil, 400)
	a.do("getRequestFulfillment", "GET", "/request-fulfillments/"+ff[0], nil, 200)
	a.do("getRequestFulfillment", "GET", "/request-fulfillments/reqffm_nope", nil, 404)

	// --- Legacy Workflows, at both paths ---
	wf, stages := srv.SeedLegacyWorkflow("Cloning", "Digest")
	run, err := srv.AddLegacyWorkflowStageRun(stages[0], benchlingtestRun(seqs))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []struct{ prefix, workflows, stages, runs, input, output, registered, update string }{
		{"/legacy-", "listLegacyWorkflows", "listLegacyWorkflowStages", "listLegacyWorkflowStageRuns", "listLegacyWorkflowStageRunInputSamples",
			"listLegacyWorkflowStageRunOutputSamples", "listLegacyWorkflowStageRunRegisteredSamples", "UpdateLegacyWorkflowMetadata"},
		{"/", "listWorkflows", "listWorkflowStages", "listWorkflowStageRuns", "listStageRunInputSamples",
			"listStageRunOutputSamples", "listStageRunRegisteredSamples", "UpdateWorkflowMetadata"},
	} {
		a.do(p.workflows, "GET", p.prefix+"workflows", nil, 200)
		a.do(p.update, "PATCH", p.prefix+"workflows/"+wf, map[string]any{"name": "Cloning " + p.prefix, "description": "EcoRI"}, 200)
		a.do(p.update, "PATCH", p.prefix+"workflows/"+wf, map[string]any{"projectId": "src_nope"}, 400)
		a.do(p.stages, "GET", p.prefix+"workflows/"+wf+"/workflow-stages", nil, 200)
		a.do(p.stages, "GET", p.prefix+"workflows/wfw_nope/workflow-stages", nil, 404)
		a.do(p.runs, "GET", p.prefix+"workflow-stages/"+stages[0]+"/workflow-stage-runs", nil, 200)
		a.do(p.runs, "GET", p.prefix+"workflow-stages/wfwst_nope/workflow-stage-runs", nil, 404)
		for op, kind := range map[string]string{p.input: "input", p.output: "output", p.registered: "registered"} {
			a.do(op, "GET", p.prefix+"workflow-stage-runs/"+run+"/"+kind+"-samples", nil, 200)
			a.do(op, "GET", p.prefix+"workflow-stage-runs/wfwsr_nope/"+kind+"-samples", nil, 404)
		}
	}

	// --- coverage ---
	a.wantCovered([]string{"Workflow Tasks", "Workflow Outputs", "Workflow Task Groups", "Workflow Flowcharts",
		"Workflow Flowchart Config Versions", "Legacy Requests", "Legacy Workflows", "Legacy Workflows (deprecated)"}, 52)
}

// benchlingtestRun is a completed stage run from the first sequence to
// the second, registering a batch.
func benchlingtestRun(seqs []string) benchlingtest.LegacyStageRun {
	return benchlingtest.LegacyStageRun{Name: "Digest 1", Status: "COMPLETED", Input: seqs[:1], Output: seqs[1:], Registered: []string{"bat_1"}}
}
