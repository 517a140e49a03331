package tools

import (
	"encoding/json"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestFakeAssayOperationsMatchSpec drives the fake tenant through every
// operation of the Assay Results, Assay Runs and Lab Automation tags with
// plain net/http, checks each request against the spec and validates
// every response strictly, errors and task responses included.
func TestFakeAssayOperationsMatchSpec(t *testing.T) {
	a := newAPITester(t)
	srv := a.srv
	srv.SetRateLimit(1_000_000, time.Minute) // on, so every response carries the headers
	schemas := srv.SeedSchemas()
	resultSchema, runSchema := schemas["Plate Reader Result"], schemas["Plate Reader Run"]
	seq := srv.SeedDnaSequences(1)[0]

	// --- Assay Runs ---
	runs := a.do("createAssayRuns", "POST", "/assay-runs", map[string]any{"assayRuns": []any{
		map[string]any{"schemaId": runSchema, "fields": map[string]any{"Instrument": map[string]any{"value": "Reader 1"}}},
		map[string]any{"schemaId": runSchema, "fields": map[string]any{"instrument": "Reader 2"}, "validationStatus": "INVALID",
			"validationComment": "lid", "projectId": srv.ProjectID()},
	}}, 200)
	runIDs := list(runs, "assayRuns")
	run := runIDs[0].(string)
	bad := a.do("createAssayRuns", "POST", "/assay-runs", map[string]any{"assayRuns": []any{
		map[string]any{"schemaId": runSchema, "fields": map[string]any{"Instrument": 3}},
	}}, 400)
	if e := list(bad, "errors"); len(e) != 1 || !strings.Contains(fmt.Sprint(e[0]), "Instrument") {
		t.Errorf("invalid run: %v", bad)
	}
	got := a.do("getAssayRun", "GET", "/assay-runs/"+run, nil, 200)
	if at := got["schema"].(map[string]any); at["id"] != runSchema {
		t.Errorf("run: %v", got)
	}
	a.do("getAssayRun", "GET", "/assay-runs/00000000-0000-4000-8000-000000000000", nil, 404)
	a.do("updateAssayRun", "PATCH", "/assay-runs/"+run, map[string]any{"equipmentId": nil, "fields": map[string]any{"Instrument": map[string]any{"value": "Reader 3"}}}, 200)
	a.do("updateAssayRun", "PATCH", "/assay-runs/"+run, map[string]any{"fields": map[string]any{"Nope": map[string]any{"value": 1}}}, 400)
	page := a.do("listAssayRuns", "GET", "/assay-runs?schemaId="+runSchema+"&pageSize=1", nil, 200)
	if len(list(page, "assayRuns")) != 1 || str(page, "nextToken") == "" {
		t.Errorf("list: %v", page)
	}
	a.do("listAssayRuns", "GET", "/assay-runs?schemaId="+runSchema+"&nextToken="+url.QueryEscape(str(page, "nextToken")), nil, 200)
	a.do("listAssayRuns", "GET", "/assay-runs?schemaId="+runSchema+"&minCreatedTime=1&maxCreatedTime=4000000000&ids="+run, nil, 200)
	a.do("!listAssayRuns", "GET", "/assay-runs", nil, 400)
	a.do("bulkGetAssayRuns", "GET", "/assay-runs:bulk-get?assayRunIds="+run+","+runIDs[1].(string), nil, 200)
	a.do("archiveAssayRuns", "POST", "/assay-runs:archive", map[string]any{"assayRunIds": []any{runIDs[1]}, "reason": "Made in error"}, 200)
	a.do("unarchiveAssayRuns", "POST", "/assay-runs:unarchive", map[string]any{"assayRunIds": []any{runIDs[1]}}, 200)
	gens := a.do("listAutomationInputGenerators", "GET", "/assay-runs/"+run+"/automation-input-generators?modifiedAt=%3E%202000-01-01", nil, 200)
	gen := str(list(gens, "automationInputGenerators")[0].(map[string]any), "id")
	a.do("listAutomationInputGenerators", "GET", "/assay-runs/"+run+"/automation-input-generators?nextToken=", nil, 200)
	procs := a.do("listAutomationOutputProcessorsDeprecated", "GET", "/assay-runs/"+run+"/automation-output-processors", nil, 200)
	if len(list(procs, "automationOutputProcessors")) != 1 {
		t.Errorf("deprecated list: %v", procs)
	}

	// --- Lab Automation ---
	a.do("getAutomationInputGenerator", "GET", "/automation-input-generators/"+gen, nil, 200)
	a.do("getAutomationInputGenerator", "GET", "/automation-input-generators/aif_nope", nil, 404)
	tk := a.waitTask(a.do("generateInputWithAutomationInputGenerator", "POST", "/automation-input-generators/"+gen+":generate-input", nil, 202), "SUCCEEDED")
	generated := tk["response"].(map[string]any)
	a.checkItems("AutomationInputGenerator", []any{generated})
	blob := str(generated["file"].(map[string]any), "id")
	a.do("updateAutomationInputGenerator", "PATCH", "/automation-input-generators/"+gen, map[string]any{"fileId": nil}, 200)
	a.do("updateAutomationInputGenerator", "PATCH", "/automation-input-generators/"+gen, map[string]any{"fileId": blob}, 200)
	step := str(list(generated, "transforms")[0].(map[string]any), "id")
	a.do("getLabAutomationTransform", "GET", "/automation-file-transforms/"+step, nil, 200)
	a.do("getLabAutomationTransform", "GET", "/automation-file-transforms/aft_nope", nil, 404)
	a.do("updateLabAutomationTransform", "PATCH", "/automation-file-transforms/"+step, map[string]any{
		"blobId": blob, "errors": []any{map[string]any{"message": "column B is empty"}}}, 200)

	proc := a.do("createAutomationOutputProcessor", "POST", "/automation-output-processors", map[string]any{
		"assayRunId": run, "automationFileConfigName": "Readout", "fileId": blob, "completeWithErrors": true,
		"folderId": srv.FolderID(), "locationId": "loc_1", "timezone": "UTC"}, 201)
	procID := str(proc, "id")
	a.do("createAutomationOutputProcessor", "POST", "/automation-output-processors", map[string]any{
		"assayRunId": run, "automationFileConfigName": "Nope", "fileId": blob}, 400)
	a.do("getAutomationOutputProcessor", "GET", "/automation-output-processors/"+procID, nil, 200)
	a.do("updateAutomationOutputProcessor", "PATCH", "/automation-output-processors/"+procID, map[string]any{"fileId": blob}, 200)
	l := a.do("listAutomationOutputProcessors", "GET", "/automation-output-processors?assayRunId="+run+"&automationFileConfigName=Readout&archiveReason=NOT_ARCHIVED&modifiedAt=%3E%202000-01-01", nil, 200)
	if n := len(list(l, "automationOutputProcessors")); n != 1 {
		t.Errorf("listed %d processors with a file, want 1", n)
	}
	tk = a.waitTask(a.do("processOutputWithAutomationOutputProcessor", "POST", "/automation-output-processors/"+procID+":process-output", nil, 202), "SUCCEEDED")
	a.checkItems("AutomationOutputProcessor", []any{tk["response"]})
	// A CSV of results: two rows saved, one in the error file.
	readout := srv.AddBlob("readout.csv", []byte("OD600,Sample\n0.5,"+seq+"\nhigh,x\n0.7,\n"))
	a.do("updateAutomationOutputProcessor", "PATCH", "/automation-output-processors/"+procID, map[string]any{"fileId": readout}, 200)
	tk = a.waitTask(a.do("processOutputWithAutomationOutputProcessor", "POST", "/automation-output-processors/"+procID+":process-output", nil, 202), "SUCCEEDED")
	processed := tk["response"].(map[string]any)
	a.checkItems("AutomationOutputProcessor", []any{processed})
	if stats := processed["progressStats"].(map[string]any); stats["rowsSucceeded"] != 2.0 || stats["rowsFailed"] != 1.0 || processed["errorFile"] == nil {
		t.Errorf("processed: %v", processed)
	}
	emptyProc := str(list(procs, "automationOutputProcessors")[0].(map[string]any), "id")
	a.do("processOutputWithAutomationOutputProcessor", "POST", "/automation-output-processors/"+emptyProc+":process-output", nil, 400)
	a.do("archiveAutomationOutputProcessors", "POST", "/automation-output-processors:archive", map[string]any{"automationOutputProcessorIds": []any{procID}}, 200)
	a.do("unarchiveAutomationOutputProcessors", "POST", "/automation-output-processors:unarchive", map[string]any{"automationOutputProcessorIds": []any{procID}}, 200)

	// --- Assay Results ---
	result := func(od any) map[string]any {
		return map[string]any{"schemaId": resultSchema, "fields": map[string]any{"OD600": map[string]any{"value": od}, "Sample": map[string]any{"value": seq}}}
	}
	created := a.do("createAssayResults", "POST", "/assay-results", map[string]any{"assayResults": []any{result(0.1),
		map[string]any{"schemaId": resultSchema, "fields": map[string]any{"od600": 0.2}, "fieldValidation": map[string]any{"od600": map[string]any{"validationStatus": "VALID"}},
			"projectId": srv.ProjectID(), "id": "6b1e0f0e-8f5d-4b0b-9d8e-3f2a1c0b9e7d"}}}, 200)
	resIDs := list(created, "assayResults")
	res := resIDs[0].(string)
	a.do("createAssayResults", "POST", "/assay-results", map[string]any{"assayResults": []any{result("high")}}, 400)
	a.do("getAssayResult", "GET", "/assay-results/"+res, nil, 200)
	a.do("getAssayResult", "GET", "/assay-results/00000000-0000-4000-8000-000000000000", nil, 404)
	lr := a.do("listAssayResults", "GET", "/assay-results?schemaId="+resultSchema+"&pageSize=1&sort=createdAt:desc&createdAt.gte=2000-01-01&modifiedAt.lt=2999-01-01&entityIds="+seq+"&archiveReason=NOT_ARCHIVED", nil, 200)
	if n := len(list(lr, "assayResults")); n != 1 {
		t.Errorf("listed %d", n)
	}
	a.do("listAssayResults", "GET", "/assay-results?schemaId="+resultSchema+"&ids="+res+"&minCreatedTime=1&maxCreatedTime=4000000000&createdAt.lt=2999-01-01&createdAt.gt=2000-01-01&createdAt.lte=2999-01-01&modifiedAt.gt=2000-01-01&modifiedAt.lte=2999-01-01&modifiedAt.gte=2000-01-01&storageIds=con_1&assayRunIds="+run, nil, 200)
	if l := a.do("listAssayResults", "GET", "/assay-results?automationOutputProcessorId="+procID, nil, 200); len(list(l, "assayResults")) != 2 {
		t.Errorf("results of the processor: %v", l)
	}
	a.do("listAssayResults", "GET", "/assay-results", nil, 400)
	a.do("bulkGetAssayResults", "GET", "/assay-results:bulk-get?assayResultIds="+res+","+resIDs[1].(string), nil, 200)
	many := make([]string, 201)
	for i := range many {
		many[i] = res
	}
	a.do("bulkGetAssayResults", "GET", "/assay-results:bulk-get?assayResultIds="+strings.Join(many, ","), nil, 400)
	a.do("archiveAssayResults", "POST", "/assay-results:archive", map[string]any{"assayResultIds": []any{res}, "reason": "Made in error"}, 200)
	a.do("unarchiveAssayResults", "POST", "/assay-results:unarchive", map[string]any{"assayResultIds": []any{res}}, 200)
	a.do("archiveAssayResults", "POST", "/assay-results:archive", map[string]any{"assayResultIds": []any{res}}, 200)
	tk = a.waitTask(a.do("bulkCreateAssayResults", "POST", "/assay-results:bulk-create", map[string]any{
		"assayResults": []any{result(1), result(2)}, "tableId": "strtbl_IakA58In"}, 202), "SUCCEEDED")
	b, _ := json.Marshal(tk["response"])
	a.checkSchema("AssayResultsCreateResponse", b)
	failed := a.waitTask(a.do("bulkCreateAssayResults", "POST", "/assay-results:bulk-create", map[string]any{
		"assayResults": []any{result(1), result(true)}}, 202), "FAILED")
	if !strings.Contains(fmt.Sprint(failed["errors"]), "index:1") {
		t.Errorf("failed task: %v", failed)
	}

	// Transactions: results appear only on commit.
	tx := str(a.do("createAssayResultsTransaction", "POST", "/result-transactions", nil, 200), "id")
	app := a.do("createAssayResultsInTransaction", "POST", "/result-transactions/"+tx+"/results", map[string]any{"assayResults": []any{result(3)}}, 200)
	pending := str(map[string]any{"id": list(app, "assayResults")[0]}, "id")
	a.do("getAssayResult", "GET", "/assay-results/"+pending, nil, 404)
	rejected := a.do("createAssayResultsInTransaction", "POST", "/result-transactions/"+tx+"/results", map[string]any{
		"assayResults": []any{result(4), map[string]any{"schemaId": resultSchema, "fields": map[string]any{}}}}, 400)
	if e := list(rejected, "errors"); len(e) != 2 || !strings.Contains(fmt.Sprint(e[1]), "OD600") {
		t.Errorf("rejected append: %v", rejected)
	}
	a.do("commitAssayResultsTransaction", "POST", "/result-transactions/"+tx+":commit", nil, 200)
	a.do("getAssayResult", "GET", "/assay-results/"+pending, nil, 200)
	a.do("commitAssayResultsTransaction", "POST", "/result-transactions/"+tx+":commit", nil, 400)
	tx2 := str(a.do("createAssayResultsTransaction", "POST", "/result-transactions", nil, 200), "id")
	app = a.do("createAssayResultsInTransaction", "POST", "/result-transactions/"+tx2+"/results", map[string]any{"assayResults": []any{result(5)}}, 200)
	a.do("abortAssayResultsTransaction", "POST", "/result-transactions/"+tx2+":abort", nil, 200)
	a.do("getAssayResult", "GET", "/assay-results/"+list(app, "assayResults")[0].(string), nil, 404)
	a.do("createAssayResultsInTransaction", "POST", "/result-transactions/"+tx2+"/results", map[string]any{"assayResults": []any{result(6)}}, 400)

	// --- coverage ---
	var missing []string
	n := 0
	for _, op := range a.spec.Operations() {
		if !slices.ContainsFunc(op.Tags, func(t string) bool {
			return t == "Assay Results" || t == "Assay Runs" || t == "Lab Automation"
		}) {
			continue
		}
		n++
		if !a.covered[op.ID] {
			missing = append(missing, fmt.Sprintf("%s %s %s", op.ID, op.Method, op.Path))
		}
	}
	if n != 32 || len(missing) > 0 {
		t.Errorf("%d operations in scope (want 32); not covered with a 2xx: %v", n, missing)
	}
}
