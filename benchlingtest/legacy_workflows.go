package benchlingtest

import (
	"fmt"
	"net/http"
	"slices"
	"strings"
)

// The Legacy Workflows tag and Legacy Workflows (deprecated): the same
// data at /legacy-workflows, /legacy-workflow-stages and
// /legacy-workflow-stage-runs, and at the older /workflows,
// /workflow-stages and /workflow-stage-runs.
//
// The API only reads legacy workflows and renames them (PATCH: name,
// description, project; an unknown project is a 400). Tests make them
// with SeedLegacyWorkflow (a workflow and its stages) and
// AddLegacyWorkflowStageRun (a run of a stage and its input, output and
// registered samples). None of the lists is paged; a workflow, stage or
// stage run the tenant does not have is a 404 (which the spec does not
// declare, but Benchling answers). A sample is an entity or a batch
// (bat_...) of the tenant, named as it is, or any other ID, named by it;
// its containerIds are empty.

var legacyWorkflowResource = &resource{
	path: "legacy-workflows", noun: "Legacy workflow", prefix: "wfw_", listKey: "workflows",
	doc:    map[string]any{"createdAt": "", "description": nil, "displayId": "", "id": "", "name": "", "projectId": ""},
	server: []string{"id", "createdAt"},
	update: body("description:string name:string projectId:string"),
	validate: func(w *write) string {
		if id, ok := w.body["projectId"].(string); ok && w.st.coll("projects").byID[id] == nil {
			return fmt.Sprintf("project %s not found", id)
		}
		return ""
	},
	fill: func(w *write) {
		if strAt(w.doc, "displayId") == "" {
			w.doc["displayId"] = fmt.Sprintf("WF%d", w.st.workflow().next("WF"))
		}
		if strAt(w.doc, "projectId") == "" {
			w.doc["projectId"] = w.st.projectID
		}
	},
	actions: []action{
		{"GET", "/legacy-workflows", listLegacyWorkflows},
		{"GET", "/legacy-workflows/{legacy_workflow_id}/workflow-stages", listLegacyStages},
		{"GET", "/legacy-workflow-stages/{stage_id}/workflow-stage-runs", listLegacyStageRuns},
		{"GET", "/legacy-workflow-stage-runs/{stage_run_id}/input-samples", listLegacySamples("input")},
		{"GET", "/legacy-workflow-stage-runs/{stage_run_id}/output-samples", listLegacySamples("output")},
		{"GET", "/legacy-workflow-stage-runs/{stage_run_id}/registered-samples", listLegacySamples("registered")},
		// The deprecated paths.
		{"GET", "/workflows", listLegacyWorkflows},
		{"PATCH", "/workflows/{workflow_id}", func(c *call) (int, any, *httpError) { return c.st.coll("legacy-workflows").res.serveUpdate(c) }},
		{"GET", "/workflows/{workflow_id}/workflow-stages", listLegacyStages},
		{"GET", "/workflow-stages/{stage_id}/workflow-stage-runs", listLegacyStageRuns},
		{"GET", "/workflow-stage-runs/{stage_run_id}/input-samples", listLegacySamples("input")},
		{"GET", "/workflow-stage-runs/{stage_run_id}/output-samples", listLegacySamples("output")},
		{"GET", "/workflow-stage-runs/{stage_run_id}/registered-samples", listLegacySamples("registered")},
	},
}

// legacyWorkflows are the stages, stage runs and samples of the legacy
// workflows, which the API only lists.
type legacyWorkflows struct {
	stages  map[string][]map[string]any // workflow ID -> its stages
	runs    map[string][]map[string]any // stage ID -> its runs (every stage has an entry)
	samples map[string]map[string][]any // stage run ID -> "input", "output", "registered" -> samples
}

func listLegacyWorkflows(c *call) (int, any, *httpError) {
	return http.StatusOK, map[string]any{"workflows": docs(c.st.coll("legacy-workflows").order)}, nil
}

func listLegacyStages(c *call) (int, any, *httpError) {
	if _, herr := c.st.find("legacy-workflows", c.param(0)); herr != nil {
		return 0, nil, herr
	}
	return http.StatusOK, map[string]any{"workflowStages": anyDocs(c.st.workflow().legacy.stages[c.param(0)])}, nil
}

func listLegacyStageRuns(c *call) (int, any, *httpError) {
	runs, ok := c.st.workflow().legacy.runs[c.param(0)]
	if !ok {
		return 0, nil, notFound(c.param(0), "Legacy workflow stage")
	}
	return http.StatusOK, map[string]any{"workflowStageRuns": anyDocs(runs)}, nil
}

func listLegacySamples(kind string) handler {
	return func(c *call) (int, any, *httpError) {
		s, ok := c.st.workflow().legacy.samples[c.param(0)]
		if !ok {
			return 0, nil, notFound(c.param(0), "Legacy workflow stage run")
		}
		return http.StatusOK, map[string]any{"samples": append([]any{}, s[kind]...)}, nil
	}
}

// anyDocs is a list value of documents.
func anyDocs(ds []map[string]any) []any {
	out := make([]any, len(ds))
	for i, d := range ds {
		out[i] = d
	}
	return out
}

// SeedLegacyWorkflow adds a legacy workflow named name, in the tenant's
// project, with stages of the given names, and returns the IDs of the
// workflow (wfw_...) and of its stages (wfwst_...).
func (s *Server) SeedLegacyWorkflow(name string, stages ...string) (workflowID string, stageIDs []string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	st := s.st
	wf := st.addDoc(st.coll("legacy-workflows"), map[string]any{"name": name})
	lw := st.workflow().legacy
	for _, n := range stages {
		d := map[string]any{"createdAt": fmtTime(st.now()), "id": st.newID("wfwst_"), "name": n}
		lw.stages[wf.id()] = append(lw.stages[wf.id()], d)
		lw.runs[strAt(d, "id")] = nil
		stageIDs = append(stageIDs, strAt(d, "id"))
	}
	return wf.id(), stageIDs
}

// LegacyStageRun describes a run of a legacy workflow stage for
// AddLegacyWorkflowStageRun: its name, its status (COMPLETED, DISCARDED or
// INITIALIZED; empty means INITIALIZED), and the IDs of the entities or
// batches that went in, came out and were registered.
type LegacyStageRun struct {
	Name, Status              string
	Input, Output, Registered []string
}

// AddLegacyWorkflowStageRun adds a run to the legacy workflow stage
// stageID (of SeedLegacyWorkflow) and returns its ID (wfwsr_...); an
// unknown stage or status is an error.
func (s *Server) AddLegacyWorkflowStageRun(stageID string, run LegacyStageRun) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	st := s.st
	lw := st.workflow().legacy
	if _, ok := lw.runs[stageID]; !ok {
		return "", fmt.Errorf("benchlingtest: AddLegacyWorkflowStageRun: no legacy workflow stage %q", stageID)
	}
	status := cmpOrStr(run.Status, "INITIALIZED")
	if !slices.Contains([]string{"COMPLETED", "DISCARDED", "INITIALIZED"}, status) {
		return "", fmt.Errorf("benchlingtest: AddLegacyWorkflowStageRun: status %q is not COMPLETED, DISCARDED or INITIALIZED", status)
	}
	t := fmtTime(st.now())
	d := map[string]any{"createdAt": t, "id": st.newID("wfwsr_"), "name": cmpOrStr(run.Name, "Run"), "status": status}
	lw.runs[stageID] = append(lw.runs[stageID], d)
	sample := func(id string) any {
		m := map[string]any{"containerIds": []any{}, "createdAt": t, "id": id, "name": id}
		if it := st.anyItem(id); it != nil && strAt(it.doc, "name") != "" {
			m["name"] = it.doc["name"]
		}
		if strings.HasPrefix(id, "bat_") {
			m["batchId"] = id
		}
		return m
	}
	samples := map[string][]any{}
	for kind, ids := range map[string][]string{"input": run.Input, "output": run.Output, "registered": run.Registered} {
		for _, id := range ids {
			samples[kind] = append(samples[kind], sample(id))
		}
	}
	lw.samples[strAt(d, "id")] = samples
	return strAt(d, "id"), nil
}

// anyItem returns the item with an ID in any collection, or nil.
func (st *store) anyItem(id string) *item {
	for _, path := range sortedKeys(st.colls) {
		if it := st.colls[path].byID[id]; it != nil {
			return it
		}
	}
	return nil
}
