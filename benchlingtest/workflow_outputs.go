package benchlingtest

import "fmt"

// The Workflow Outputs tag: /workflow-outputs.
//
// An output belongs to a task of the tenant (an unknown one is a 400) and
// its group; making one lists it in the task's outputs and in its group's
// outputs and workflowOutputs (and so in the workflowOutputs of the
// group's tasks). Its fields must be field definitions of the output
// schema of the task's schema (when it has one with definitions). Its
// display ID is the output schema's prefix and a number, or, when the
// output schema has none, its group's, "-O" and a number ("PURG1-O1").
// Outputs have
// no creator property; the creatorIds filter uses who made them (through
// the API; outputs added by a test have none). The list's schemaId is the
// task schema's ID, as the spec says, or the output schema's ID; creationOriginIds matches creationOrigin.originId,
// which the fake leaves null.

var workflowOutputs = &resource{
	path: "workflow-outputs", noun: "Workflow output", prefix: "wfout_", listKey: "workflowOutputs",
	doc: map[string]any{
		"archiveRecord": nil, "createdAt": "", "creationOrigin": creationOriginNone(), "displayId": "",
		"fields": map[string]any{}, "id": "", "modifiedAt": "", "nextOutputs": []any{}, "nextTasks": []any{},
		"sourceOutputs": []any{}, "sourceTasks": []any{}, "webURL": "", "workflowTask": map[string]any{},
		"workflowTaskGroup": map[string]any{},
	},
	server: []string{"id", "createdAt", "modifiedAt", "webURL"},
	webPath: func(st *store, d map[string]any) string {
		return "/workflows/" + strAt(mapAt(d, "workflowTaskGroup"), "id") + "/outputs/" + strAt(d, "id")
	},
	list: &listOp{noSort: true, filters: "ids workflowTaskGroupIds workflowTaskIds schemaId watcherIds responsibleTeamIds creationOriginIds " +
		"linkedItemIds.anyOf linkedItemIds.allOf linkedItemIds.noneOf schemaField.* name nameIncludes creatorIds " +
		"modifiedAt displayIds archiveReason",
		custom: workflowItemFilters(map[string]filter{
			"workflowTaskIds":   anyOfAt("workflowTask.id", false),
			"schemaId":          outputSchemaFilter,
			"creationOriginIds": anyOfAt("creationOrigin.originId", false),
			"creatorIds":        outputCreatorFilter,
		})},
	get:        true,
	create:     body("fields:object workflowTaskId:string!"),
	update:     body("fields:object"),
	bulkCreate: &bulkOp{max: 100},
	bulkUpdate: &bulkOp{item: body("fields:object workflowOutputId:string!"), idKey: "workflowOutputId", max: 100},
	archive:    &archiveOp{idsKey: "workflowOutputIds", reasons: workflowArchiveReasons},
	keys: map[string]keyFunc{
		"workflowTaskId": func(w *write, v any) {
			tk := w.st.coll("workflow-tasks").byID[fmt.Sprint(v)]
			w.doc["workflowTask"] = summaryOf(tk.doc, false)
			w.doc["workflowTaskGroup"] = tk.doc["workflowTaskGroup"]
		},
		"workflowOutputId": ignoreKey,
	},
	events: &eventKinds{key: "workflowOutput", created: "v2.workflowOutput.created", noUpdates: true, updated: []updatedEvent{
		{prop: "fields", event: "v2.workflowOutput.updated.fields"},
	}},
	validate: func(w *write) string {
		task := w.st.coll("workflow-tasks").byID[strAt(mapAt(w.doc, "workflowTask"), "id")]
		if w.creating() {
			id := strAt(w.body, "workflowTaskId")
			if task = w.st.coll("workflow-tasks").byID[id]; task == nil {
				return fmt.Sprintf("workflow task %s not found", id)
			}
		}
		if s := w.st.outputSchemaOf(task); s != nil {
			return checkFieldNames(s["fieldDefinitions"], w.body["fields"], "the workflow output schema "+strAt(s, "id"))
		}
		return ""
	},
	derive: func(w *write) {
		st, d := w.st, w.doc
		task := st.coll("workflow-tasks").byID[strAt(mapAt(d, "workflowTask"), "id")]
		group := st.coll("workflow-task-groups").byID[strAt(mapAt(d, "workflowTaskGroup"), "id")]
		if strAt(d, "displayId") == "" {
			prefix, sep := "WFO", "-O"
			if group != nil {
				prefix = strAt(group.doc, "displayId")
			}
			if p := strAt(st.outputSchemaOf(task), "prefix"); p != "" {
				prefix, sep = p, ""
			}
			d["displayId"] = st.nextDisplayID(prefix, sep)
		}
		if w.c != nil && w.creating() {
			st.workflow().createdBy[strAt(d, "id")] = w.c.user
		}
		s := summaryOf(d, false)
		if task != nil {
			setDoc(task, "outputs", appendSummary(task.doc["outputs"], s))
		}
		if group != nil {
			outs := appendSummary(group.doc["workflowOutputs"], s)
			setDoc(group, "outputs", outs)
			setDoc(group, "workflowOutputs", outs)
			for _, tk := range st.coll("workflow-tasks").order {
				if strAt(mapAt(tk.doc, "workflowTaskGroup"), "id") == group.id() {
					setDoc(tk, "workflowOutputs", outs)
				}
			}
		}
	},
}

// outputSchemaOf returns the workflow output schema of a task's schema
// (a WorkflowOutputSchema object), or nil.
func (st *store) outputSchemaOf(task *item) map[string]any {
	if task == nil {
		return nil
	}
	if s := st.workflowTaskSchema(strAt(mapAt(task.doc, "schema"), "id")); s != nil {
		return mapAt(s.doc, "workflowOutputSchema")
	}
	return nil
}

// outputSchemaFilter keeps outputs whose task has the workflow task
// schema with the given ID (what the spec says the parameter is), or whose
// task's schema has the output schema with that ID (what the outputs'
// fields belong to). The two kinds of ID differ in prefix.
func outputSchemaFilter(f *filterCtx) (func(*item) bool, *httpError) {
	v := f.value()
	if v == "" {
		return nil, nil
	}
	return func(it *item) bool {
		task := f.st.coll("workflow-tasks").byID[strAt(mapAt(it.doc, "workflowTask"), "id")]
		if task == nil {
			return false
		}
		return strAt(mapAt(task.doc, "schema"), "id") == v || strAt(f.st.outputSchemaOf(task), "id") == v
	}, nil
}

// outputCreatorFilter keeps outputs made by one of the given users.
func outputCreatorFilter(f *filterCtx) (func(*item) bool, *httpError) {
	set, herr := f.list()
	if set == nil || herr != nil {
		return nil, herr
	}
	by := f.st.workflow().createdBy
	return func(it *item) bool { return anyOf(set, true, by[it.id()]) }, nil
}
