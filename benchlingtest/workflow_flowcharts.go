package benchlingtest

import "maps"

// The Workflow Flowcharts and Workflow Flowchart Config Versions tags:
// /workflow-flowcharts and /workflow-flowchart-config-versions, read-only
// in the API. Tests add flowcharts with Add ("workflow-flowcharts", an SDK
// WorkflowFlowchart or a map) or SeedWorkflowFlowchart, which also adds a
// config version whose template is the flowchart. The list sorts by
// creation time only (sort=createdAt[:asc|:desc], newest first by
// default); createdAt takes a date ("2020-01-01": that day; the fake also
// takes Benchling's date filter syntax, which the spec's format does not
// allow).

var workflowFlowcharts = &resource{
	path: "workflow-flowcharts", noun: "Workflow flowchart", prefix: "wffc_", listKey: "workflowFlowcharts",
	doc: map[string]any{"createdAt": "", "edgeConfigs": []any{}, "id": "", "migratedFromFlowchartId": nil,
		"migratedToFlowchartId": nil, "modifiedAt": "", "nodeConfigs": []any{}},
	server: []string{"id", "createdAt", "modifiedAt"},
	list:   &listOp{filters: "ids createdAt", sorts: []string{"createdAt"}},
	get:    true,
}

var workflowFlowchartConfigVersions = &resource{
	path: "workflow-flowchart-config-versions", noun: "Workflow flowchart config version", prefix: "wffccv_",
	doc:    map[string]any{"createdAt": "", "id": "", "modifiedAt": "", "templateFlowchart": map[string]any{}},
	server: []string{"id", "createdAt", "modifiedAt"},
	get:    true,
}

// SeedWorkflowFlowchart adds a flowchart for the workflow task schema
// taskSchemaID and a config version whose template it is, and returns
// their IDs. The flowchart has a node of every kind: its root (a task of
// the schema), a router with two rules, a task node of the same schema,
// an output node and an end node, joined by edges root -> router,
// router -> task (rule "Passed", the default), router -> end (rule
// "Failed") and task -> output.
func (s *Server) SeedWorkflowFlowchart(taskSchemaID string) (flowchartID, configVersionID string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	st := s.st
	schema := map[string]any{"id": taskSchemaID, "name": st.schemaName(taskSchemaID)}
	node := func(typ string, details map[string]any) map[string]any {
		details["id"] = st.newID(map[string]string{"ROOT": "wfrnd_", "TASK": "wftnd_", "ROUTER": "wfrnd_", "OUTPUT": "wfond_", "END": "wftrnd_"}[typ])
		details["nodeType"] = typ
		return map[string]any{"id": st.newID("wffcnc_"), "nodeType": typ, "nodeDetails": details}
	}
	root := node("ROOT", map[string]any{"rootTaskSchema": schema})
	router := node("ROUTER", map[string]any{"name": "Router 1"})
	task := node("TASK", map[string]any{"taskSchema": schema})
	output := node("OUTPUT", map[string]any{"outputSchema": map[string]any{"id": st.newID("wfoutsch_"), "name": "Result"}})
	end := node("END", map[string]any{"name": "End 1"})
	edge := func(from, to map[string]any) map[string]any {
		return map[string]any{"id": st.newID("wffcec_"), "fromNodeConfigId": from["id"], "toNodeConfigId": to["id"]}
	}
	toTask, toEnd := edge(router, task), edge(router, end)
	router["nodeDetails"].(map[string]any)["routerFunctions"] = []any{
		map[string]any{"id": st.newID("wfrf_"), "name": "Passed", "edgeConfigId": toTask["id"], "isDefault": true},
		map[string]any{"id": st.newID("wfrf_"), "name": "Failed", "edgeConfigId": toEnd["id"], "isDefault": false},
	}
	fc := st.addDoc(st.coll("workflow-flowcharts"), map[string]any{
		"nodeConfigs": []any{root, router, task, output, end},
		"edgeConfigs": []any{edge(root, router), toTask, toEnd, edge(task, output)},
	})
	cv := st.addDoc(st.coll("workflow-flowchart-config-versions"), map[string]any{"templateFlowchart": maps.Clone(fc.doc)})
	return fc.id(), cv.id()
}
