package benchlingtest

import (
	"fmt"
	"maps"
	"net/http"
	"slices"
	"strings"
	"time"
)

// The Workflow Tasks tag: /workflow-tasks.
//
// A task belongs to a task group of the tenant (an unknown or archived
// one is a 400) and has its group's schema and executionType. It starts
// in the initial status of the schema's status lifecycle; statusId moves
// it, and only along the lifecycle's transitions: a status the lifecycle
// does not have, or one the task's status has no transition to, is a 400
// (a per-item error in a bulk update). An assignee must be a user of the
// tenant; scheduledOn must be a date (YYYY-MM-DD); schema fields must be
// field definitions of the schema (when it has any). A task's display ID
// is its group's and "-T" and a number ("PURG1-T1"). Copy and bulk-copy
// make a task in the same group with the original's fields (as they are)
// and assignee, in the initial status, whose clonedFrom names the
// original. outputs lists the task's outputs and workflowOutputs those of
// its group. The fake never executes tasks (executionOrigin stays null),
// and they are never part of a flowchart (rootTask and
// executionFlowchartId are absent) unless a test adds them so.
//
// List filters: name and nameIncludes match the display ID (tasks have no
// name); watcherIds and responsibleTeamIds those of the task's group
// ("null": none); assigneeIds takes "null" for unassigned tasks;
// executionOriginIds the entry a task was executed in; scheduledOn takes
// a date or "null", scheduledOn.lt (.lte, .gte, .gt) a date;
// linkedItemIds.anyOf (.allOf, .noneOf) the IDs the task's field values
// hold.

var workflowTaskWrite = body("assigneeId:string fields:object scheduledOn:string")

var workflowTasks = &resource{
	path: "workflow-tasks", noun: "Workflow task", prefix: "wftask_", listKey: "workflowTasks",
	doc: map[string]any{
		"archiveRecord": nil, "assignee": nil, "clonedFrom": nil, "createdAt": "", "creationOrigin": creationOriginNone(),
		"creator": map[string]any{}, "displayId": "", "executionFlowchartId": "", "executionOrigin": nil,
		"executionType": "DIRECT", "fields": map[string]any{}, "id": "", "modifiedAt": "", "nextOutputs": []any{},
		"nextTasks": []any{}, "outputs": []any{}, "responsibleParties": []any{}, "rootTask": map[string]any{},
		"scheduledOn": nil, "schema": map[string]any{}, "sourceOutputs": []any{}, "sourceTasks": []any{},
		"status": map[string]any{}, "webURL": "", "workflowOutputs": []any{}, "workflowTaskGroup": map[string]any{},
	},
	server: []string{"id", "createdAt", "modifiedAt", "creator", "webURL"},
	webPath: func(st *store, d map[string]any) string {
		return "/workflows/" + strAt(mapAt(d, "workflowTaskGroup"), "id") + "/tasks/" + strAt(d, "id")
	},
	list: &listOp{noSort: true, filters: "ids workflowTaskGroupIds schemaId statusIds assigneeIds watcherIds responsibleTeamIds " +
		"executionOriginIds executionTypes linkedItemIds.anyOf linkedItemIds.allOf linkedItemIds.noneOf schemaField.* " +
		"name nameIncludes creatorIds scheduledOn scheduledOn.lt scheduledOn.lte scheduledOn.gte scheduledOn.gt " +
		"modifiedAt displayIds archiveReason",
		custom: workflowItemFilters(map[string]filter{
			"statusIds":          anyOfAt("status.id", false),
			"assigneeIds":        nullableIDFilter(func(d map[string]any) []string { return idIfAny(d["assignee"]) }),
			"executionOriginIds": anyOfAt("executionOrigin.entryId", false),
			"executionTypes":     anyOfAt("executionType", false),
			"scheduledOn":        scheduledOnFilter(""),
			"scheduledOn.lt":     scheduledOnFilter("lt"),
			"scheduledOn.lte":    scheduledOnFilter("lte"),
			"scheduledOn.gte":    scheduledOnFilter("gte"),
			"scheduledOn.gt":     scheduledOnFilter("gt"),
		})},
	get:        true,
	create:     workflowTaskWrite.with("workflowTaskGroupId:string!"),
	update:     workflowTaskWrite.with("statusId:string"),
	bulkCreate: &bulkOp{},
	bulkUpdate: &bulkOp{item: workflowTaskWrite.with("statusId:string workflowTaskId:string!"), idKey: "workflowTaskId"},
	archive:    &archiveOp{idsKey: "workflowTaskIds", reasons: workflowArchiveReasons},
	keys: map[string]keyFunc{
		"workflowTaskGroupId": func(w *write, v any) {
			g := w.st.coll("workflow-task-groups").byID[fmt.Sprint(v)]
			w.doc["workflowTaskGroup"] = summaryOf(g.doc, true)
			w.doc["schema"] = g.doc["workflowTaskSchema"]
			w.doc["executionType"] = g.doc["executionType"]
		},
		"assigneeId": func(w *write, v any) { w.doc["assignee"] = w.st.user(fmt.Sprint(v)).summary() },
		"statusId": func(w *write, v any) {
			if s := lifecycleStatus(w.st.lifecycleOf(w.doc), fmt.Sprint(v)); s != nil {
				w.doc["status"] = s
			}
		},
		"workflowTaskId": ignoreKey,
	},
	events: &eventKinds{key: "workflowTask", created: "v2.workflowTask.created", noUpdates: true, updated: []updatedEvent{
		{prop: "fields", event: "v2.workflowTask.updated.fields"},
		{prop: "status", event: "v2.workflowTask.updated.status"},
		{prop: "assignee", event: "v2.workflowTask.updated.assignee"},
		{prop: "scheduledOn", event: "v2.workflowTask.updated.scheduledOn"},
	}},
	validate: validateWorkflowTask,
	derive:   deriveWorkflowTask,
	actions: []action{
		{"POST", "/workflow-tasks/{workflow_task_id}:copy", copyWorkflowTask},
		{"POST", "/workflow-tasks:bulk-copy", bulkCopyWorkflowTasks},
	},
}

// validateWorkflowTask checks a task's group, assignee, date, fields and
// status change.
func validateWorkflowTask(w *write) string {
	st := w.st
	schema := st.workflowTaskSchema(strAt(mapAt(w.doc, "schema"), "id"))
	if w.creating() {
		gid := strAt(w.body, "workflowTaskGroupId")
		g := st.coll("workflow-task-groups").byID[gid]
		if g == nil {
			return fmt.Sprintf("workflow task group %s not found", gid)
		}
		if g.doc["archiveRecord"] != nil {
			return fmt.Sprintf("workflow task group %s is archived", gid)
		}
		schema = st.workflowTaskSchema(strAt(mapAt(g.doc, "workflowTaskSchema"), "id"))
	}
	if id, ok := w.body["assigneeId"].(string); ok && st.user(id) == nil {
		return fmt.Sprintf("assignee %s not found", id)
	}
	if d, ok := w.body["scheduledOn"].(string); ok {
		if _, err := time.Parse("2006-01-02", d); err != nil {
			return fmt.Sprintf("scheduledOn %q is not a date (YYYY-MM-DD)", d)
		}
	}
	if schema != nil {
		if msg := checkFieldNames(schema.doc["fieldDefinitions"], w.body["fields"], "the workflow task schema "+schema.id()); msg != "" {
			return msg
		}
	}
	if to, ok := w.body["statusId"].(string); ok {
		var lc map[string]any
		if schema != nil {
			lc = mapAt(schema.doc, "statusLifecycle")
		}
		target := lifecycleStatus(lc, to)
		if target == nil {
			return fmt.Sprintf("status %s is not a status of the task's lifecycle", to)
		}
		from := mapAt(w.doc, "status")
		if strAt(from, "id") != to && !lifecycleAllows(lc, strAt(from, "id"), to) {
			return fmt.Sprintf("a task cannot move from %s (%s) to %s (%s): the lifecycle has no such transition",
				strAt(from, "displayName"), strAt(from, "id"), strAt(target, "displayName"), to)
		}
	}
	return ""
}

// deriveWorkflowTask fills a new task's display ID and initial status,
// lists it in its group, and keeps its group's outputs.
func deriveWorkflowTask(w *write) {
	st, d := w.st, w.doc
	group := st.coll("workflow-task-groups").byID[strAt(mapAt(d, "workflowTaskGroup"), "id")]
	if strAt(d, "displayId") == "" {
		prefix := "WFT"
		if group != nil {
			prefix = strAt(group.doc, "displayId")
		}
		d["displayId"] = st.nextDisplayID(prefix, "-T")
	}
	if empty(d["status"]) {
		if lc := st.lifecycleOf(d); lc != nil && !empty(lc["initialStatus"]) {
			d["status"] = lc["initialStatus"]
		}
	}
	if group != nil {
		setDoc(group, "workflowTasks", appendSummary(group.doc["workflowTasks"], summaryOf(d, false)))
		d["workflowOutputs"] = group.doc["workflowOutputs"]
	}
	dropEmpty(d, "executionFlowchartId", "rootTask")
}

// lifecycleOf returns the status lifecycle of a task's schema, or nil.
func (st *store) lifecycleOf(task map[string]any) map[string]any {
	if s := st.workflowTaskSchema(strAt(mapAt(task, "schema"), "id")); s != nil {
		return mapAt(s.doc, "statusLifecycle")
	}
	return nil
}

// lifecycleStatus returns the status of a lifecycle with an ID, or nil.
func lifecycleStatus(lc map[string]any, id string) map[string]any {
	for _, s := range listAt(lc, "statuses") {
		if m, _ := s.(map[string]any); strAt(m, "id") == id {
			return m
		}
	}
	return nil
}

// lifecycleAllows reports whether a lifecycle has a transition from one
// status to another.
func lifecycleAllows(lc map[string]any, from, to string) bool {
	for _, t := range listAt(lc, "transitions") {
		m, _ := t.(map[string]any)
		if strAt(mapAt(m, "from"), "id") == from && strAt(mapAt(m, "to"), "id") == to {
			return true
		}
	}
	return false
}

// listAt returns a document's list property (nil if it is not one).
func listAt(d map[string]any, key string) []any { l, _ := d[key].([]any); return l }

// checkFieldNames checks that the fields a body sets are field
// definitions of a schema (of what, for the message); a schema without
// definitions takes any.
func checkFieldNames(defs, fields any, of string) string {
	names := map[string]bool{}
	l, _ := defs.([]any)
	for _, d := range l {
		if m, ok := d.(map[string]any); ok {
			names[strAt(m, "name")] = true
		}
	}
	f, _ := fields.(map[string]any)
	if len(names) == 0 {
		return ""
	}
	for _, k := range sortedKeys(f) {
		if !names[k] {
			return fmt.Sprintf("field %q is not a field of %s", k, of)
		}
	}
	return ""
}

// sortedKeys returns a map's keys in order.
func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// copyWorkflowTask serves POST /workflow-tasks/{id}:copy.
func copyWorkflowTask(c *call) (int, any, *httpError) {
	src, herr := c.st.find("workflow-tasks", c.param(0))
	if herr != nil {
		return 0, nil, herr
	}
	it, msg := c.st.copyTask(c, src)
	if msg != "" {
		return 0, nil, badRequest("Invalid workflow task copy: %s.", msg)
	}
	return http.StatusCreated, it.doc, nil
}

// bulkCopyWorkflowTasks serves POST /workflow-tasks:bulk-copy: at most
// 100 tasks, all or nothing, answered with a task whose response holds the
// copies under workflowTasks.
func bulkCopyWorkflowTasks(c *call) (int, any, *httpError) {
	schema := body("workflowTaskIds:[]string!")
	in, herr := c.decodeBody(schema)
	if herr != nil {
		return 0, nil, herr
	}
	if msg := schema.missing(in); msg != "" {
		return 0, nil, badRequest("%s.", msg)
	}
	ids := stringList(in["workflowTaskIds"])
	if len(ids) > 100 {
		return 0, nil, badRequest("Too many workflowTaskIds: %d (maximum 100).", len(ids))
	}
	srcs, herr := c.st.coll("workflow-tasks").lookup(ids)
	if herr != nil {
		return 0, nil, herr
	}
	var errs []itemError
	for i, src := range srcs {
		if g := c.st.coll("workflow-task-groups").byID[strAt(mapAt(src.doc, "workflowTaskGroup"), "id")]; g == nil || g.doc["archiveRecord"] != nil {
			errs = append(errs, itemError{i, "the task group of " + src.id() + " is archived or gone"})
		}
	}
	if errs != nil {
		return c.st.failedTask("Your request was invalid.", errs)
	}
	out := make([]any, len(srcs))
	for i, src := range srcs {
		it, _ := c.st.copyTask(c, src)
		out[i] = it.doc
	}
	return c.st.succeededTask(map[string]any{"workflowTasks": out})
}

// copyTask makes a copy of a task (as Copy does), or says why not.
func (st *store) copyTask(c *call, src *item) (*item, string) {
	body := map[string]any{"workflowTaskGroupId": strAt(mapAt(src.doc, "workflowTaskGroup"), "id")}
	if a := idIfAny(src.doc["assignee"]); a != nil && st.user(a[0]) != nil {
		body["assigneeId"] = a[0]
	}
	w := st.newWrite(c, st.coll("workflow-tasks"), opCreate, body, nil, &batch{})
	if msg := w.check(w.res.create); msg != "" {
		return nil, msg
	}
	// Stored values are never changed in place: sharing the fields is safe.
	w.preset = map[string]any{"fields": src.doc["fields"], "clonedFrom": summaryOf(src.doc, false)}
	return w.insert(), ""
}

// workflowItemFilters returns own with the filters workflow tasks and
// outputs share: by task group, by the group's watchers and responsible
// team, by the items their fields link to, and name and nameIncludes on
// the display ID.
func workflowItemFilters(own map[string]filter) map[string]filter {
	out := map[string]filter{
		"workflowTaskGroupIds": anyOfAt("workflowTaskGroup.id", false),
		"watcherIds":           groupFilter(func(g map[string]any) []string { return idsOf(g["watchers"]) }),
		"responsibleTeamIds":   groupFilter(func(g map[string]any) []string { return idIfAny(g["responsibleTeam"]) }),
		"linkedItemIds.anyOf":  linkedItemsFilter("anyOf"),
		"linkedItemIds.allOf":  linkedItemsFilter("allOf"),
		"linkedItemIds.noneOf": linkedItemsFilter("noneOf"),
		"name":                 displayIDFilter(false),
		"nameIncludes":         displayIDFilter(true),
	}
	maps.Copy(out, own)
	return out
}

// nullableIDFilter filters by the IDs an item holds (ids), "null" keeping
// items that hold none.
func nullableIDFilter(ids func(d map[string]any) []string) filter {
	return func(f *filterCtx) (func(*item) bool, *httpError) {
		set, herr := f.list()
		if set == nil || herr != nil {
			return nil, herr
		}
		return func(it *item) bool {
			have := ids(it.doc)
			if len(have) == 0 {
				return slices.Contains(set, "null")
			}
			return anyOf(set, true, have...)
		}, nil
	}
}

// displayIDFilter is name (exactly, case-insensitively) or nameIncludes
// (contains) on the display ID, for items without a name.
func displayIDFilter(includes bool) filter {
	return func(f *filterCtx) (func(*item) bool, *httpError) {
		v := strings.ToLower(f.value())
		if v == "" {
			return nil, nil
		}
		return func(it *item) bool {
			d := strings.ToLower(strAt(it.doc, "displayId"))
			if includes {
				return strings.Contains(d, v)
			}
			return d == v
		}, nil
	}
}

// scheduledOnFilter filters by the date a task is scheduled for: op ""
// (that date, or "null" for unscheduled tasks), "lt", "lte", "gte", "gt".
func scheduledOnFilter(op string) filter {
	return func(f *filterCtx) (func(*item) bool, *httpError) {
		v := f.value()
		if v == "" {
			return nil, nil
		}
		if op == "" && v == "null" {
			return func(it *item) bool { return it.doc["scheduledOn"] == nil }, nil
		}
		if _, err := time.Parse("2006-01-02", v); err != nil {
			return nil, badRequest("Invalid %s %q: expected a date (YYYY-MM-DD).", f.key, v)
		}
		return func(it *item) bool {
			d, ok := it.doc["scheduledOn"].(string)
			if !ok {
				return false
			}
			switch c := strings.Compare(d, v); op { // YYYY-MM-DD compares as text
			case "lt":
				return c < 0
			case "lte":
				return c <= 0
			case "gte":
				return c >= 0
			case "gt":
				return c > 0
			default:
				return c == 0
			}
		}, nil
	}
}

// linkedItemsFilter filters by the IDs an item's field values hold:
// "anyOf" (at least one of the values), "allOf" (all), "noneOf" (none).
func linkedItemsFilter(mode string) filter {
	return func(f *filterCtx) (func(*item) bool, *httpError) {
		set := commaList(f.value())
		if set == nil {
			return nil, nil
		}
		if len(set) > 100 {
			return nil, badRequest("Too many values for %s: %d (maximum 100).", f.key, len(set))
		}
		return func(it *item) bool {
			linked := fieldIDs(it.doc)
			hits := 0
			for _, id := range set {
				if linked[id] {
					hits++
				}
			}
			switch mode {
			case "anyOf":
				return hits > 0
			case "allOf":
				return hits == len(set)
			}
			return hits == 0
		}, nil
	}
}

// fieldIDs returns the strings the field values of a document hold.
func fieldIDs(d map[string]any) map[string]bool {
	out := map[string]bool{}
	for _, f := range mapAt(d, "fields") {
		m, _ := f.(map[string]any)
		switch v := m["value"].(type) {
		case string:
			out[v] = true
		case []any:
			for _, s := range stringList(v) {
				out[s] = true
			}
		}
	}
	return out
}
