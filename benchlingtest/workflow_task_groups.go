package benchlingtest

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// The Workflow Task Groups tag: /workflow-task-groups.
//
// A task group has a workflow task schema (one added to the tenant, by
// Add or SeedSchemas: an unknown schemaId is a 400), a folder of the
// tenant, watchers (users of the tenant) and, when added so, a responsible
// team. Its display ID is its schema's taskGroupPrefix and a number
// ("PURG1"; "WFG" when the schema has no prefix); a group created without
// a name is named by its display ID. Its executionType is its schema's.
// The groups the API makes are never part of a flowchart: nodeConfig,
// rootTaskGroup, flowchartConfigVersionId and flowchartTaskGroups are
// absent (the spec says null, but does not let them be), unless a test
// adds a group with them. workflowTasks lists the group's tasks, outputs
// and workflowOutputs its tasks' outputs, as they are made.
//
// The list filters statusIds.anyOf, statusIds.noneOf and statusIds.only
// read the statuses of the group's tasks ("only": every task's status is
// one of them); watcherIds and responsibleTeamIds take "null" for groups
// with none.

var workflowArchiveReasons = []string{"Made in error", "Retired", "Other"}

// creationOriginNone is the creationOrigin of items made through the
// API: nothing to say.
func creationOriginNone() map[string]any {
	return map[string]any{"application": nil, "originId": nil, "originModalUuid": nil, "originType": nil}
}

var workflowTaskGroups = &resource{
	path: "workflow-task-groups", noun: "Workflow task group", prefix: "prs_", listKey: "workflowTaskGroups",
	doc: map[string]any{
		"archiveRecord": nil, "createdAt": "", "creationOrigin": creationOriginNone(), "creator": map[string]any{},
		"displayId": "", "executionType": "DIRECT", "flowchartConfigVersionId": "", "flowchartTaskGroups": []any{},
		"folder": map[string]any{}, "id": "", "modifiedAt": "", "name": "", "nodeConfig": map[string]any{},
		"outputs": []any{}, "responsibleTeam": nil, "rootTaskGroup": map[string]any{}, "watchers": []any{},
		"webURL": "", "workflowOutputs": []any{}, "workflowTaskSchema": map[string]any{}, "workflowTasks": []any{},
	},
	server:  []string{"id", "createdAt", "modifiedAt", "creator", "webURL"},
	webPath: func(st *store, d map[string]any) string { return "/workflows/" + strAt(d, "id") },
	list: &listOp{noSort: true, filters: "ids schemaId folderId projectId mentionedIn watcherIds executionTypes responsibleTeamIds " +
		"statusIds.anyOf statusIds.noneOf statusIds.only name nameIncludes creatorIds modifiedAt displayIds archiveReason",
		custom: map[string]filter{
			"schemaId":           anyOfAt("workflowTaskSchema.id", false),
			"folderId":           eqAt("folder.id"),
			"projectId":          eqAt("folder.projectId"),
			"watcherIds":         groupFilter(func(g map[string]any) []string { return idsOf(g["watchers"]) }),
			"responsibleTeamIds": groupFilter(func(g map[string]any) []string { return idIfAny(g["responsibleTeam"]) }),
			"executionTypes":     anyOfAt("executionType", false),
			"statusIds.anyOf":    groupStatusFilter("anyOf"),
			"statusIds.noneOf":   groupStatusFilter("noneOf"),
			"statusIds.only":     groupStatusFilter("only"),
		}},
	get:     true,
	create:  body("folderId:string! name:string schemaId:string! watcherIds:[]string"),
	update:  body("folderId:string name:string watcherIds:[]string"),
	archive: &archiveOp{idsKey: "workflowTaskGroupIds", reasons: workflowArchiveReasons},
	keys: map[string]keyFunc{
		"folderId": func(w *write, v any) {
			if f := w.st.coll("folders").byID[fmt.Sprint(v)]; f != nil {
				w.doc["folder"] = maps.Clone(f.doc)
			}
		},
		"schemaId": func(w *write, v any) {
			s := w.st.workflowTaskSchema(fmt.Sprint(v))
			w.doc["workflowTaskSchema"] = map[string]any{"id": s.id(), "name": s.doc["name"]}
			w.doc["executionType"] = cmpOrStr(strAt(s.doc, "executionType"), "DIRECT")
		},
		"watcherIds": func(w *write, v any) { w.doc["watchers"] = w.st.userSummaries(stringList(v)) },
	},
	events: &eventKinds{key: "workflowTaskGroup", created: "v2.workflowTaskGroup.created", noUpdates: true, updated: []updatedEvent{
		{prop: "watchers", event: "v2.workflowTaskGroup.updated.watchers"},
	}},
	validate: func(w *write) string {
		if id, ok := w.body["schemaId"].(string); ok && w.st.workflowTaskSchema(id) == nil {
			return fmt.Sprintf("workflow task schema %s not found", id)
		}
		if id, ok := w.body["folderId"].(string); ok && w.st.coll("folders").byID[id] == nil {
			return fmt.Sprintf("folder %s not found", id)
		}
		for _, id := range stringList(w.body["watcherIds"]) {
			if w.st.user(id) == nil {
				return fmt.Sprintf("watcher %s not found", id)
			}
		}
		return ""
	},
	derive: func(w *write) {
		d := w.doc
		if strAt(d, "displayId") == "" {
			prefix := "WFG"
			if s := w.st.workflowTaskSchema(strAt(mapAt(d, "workflowTaskSchema"), "id")); s != nil && strAt(s.doc, "taskGroupPrefix") != "" {
				prefix = strAt(s.doc, "taskGroupPrefix")
			}
			d["displayId"] = w.st.nextDisplayID(prefix, "")
		}
		if strings.TrimSpace(strAt(d, "name")) == "" {
			d["name"] = d["displayId"]
		}
		dropEmpty(d, "flowchartConfigVersionId", "flowchartTaskGroups", "nodeConfig", "rootTaskGroup")
	},
}

// workflowTaskSchema returns the workflow task schema with an ID, or nil.
func (st *store) workflowTaskSchema(id string) *item {
	return st.coll("workflow-task-schemas").byID[id]
}

// userSummaries are the UserSummaries of users of the tenant (IDs of no
// user are left out; the writes check them first).
func (st *store) userSummaries(ids []string) []any {
	out := make([]any, 0, len(ids))
	for _, id := range ids {
		if u := st.user(id); u != nil {
			out = append(out, u.summary())
		}
	}
	return out
}

// nextDisplayID returns the next display ID with a prefix: prefix, sep
// and a number counted per prefix ("PURG1", "PURG1-T2").
func (st *store) nextDisplayID(prefix, sep string) string {
	wf := st.workflow()
	wf.seq[prefix+sep]++
	return fmt.Sprintf("%s%s%d", prefix, sep, wf.seq[prefix+sep])
}

// dropEmpty deletes the keys of a document whose values are empty: the
// properties the spec describes as null when unset but does not let be.
func dropEmpty(d map[string]any, keys ...string) {
	for _, k := range keys {
		if v, ok := d[k]; ok && empty(v) {
			delete(d, k)
		}
	}
}

// mapAt returns a document's object property (nil if it is not one).
func mapAt(d map[string]any, key string) map[string]any { m, _ := d[key].(map[string]any); return m }

// idsOf returns the "id" of each object of a list value.
func idsOf(v any) []string {
	l, _ := v.([]any)
	out := make([]string, 0, len(l))
	for _, e := range l {
		if m, ok := e.(map[string]any); ok {
			out = append(out, strAt(m, "id"))
		}
	}
	return out
}

// idIfAny is the "id" of an object value, as a list of none or one.
func idIfAny(v any) []string {
	if m, ok := v.(map[string]any); ok && strAt(m, "id") != "" {
		return []string{strAt(m, "id")}
	}
	return nil
}

// groupOf returns the task group a task or output document belongs to
// (the group itself for a task group), or nil.
func (st *store) groupOf(d map[string]any) map[string]any {
	if _, ok := d["workflowTaskSchema"]; ok {
		return d
	}
	if g := st.coll("workflow-task-groups").byID[strAt(mapAt(d, "workflowTaskGroup"), "id")]; g != nil {
		return g.doc
	}
	return nil
}

// groupFilter filters by IDs the item's task group has (its watchers, its
// responsible team); "null" among the values keeps items whose group has
// none.
func groupFilter(idsIn func(group map[string]any) []string) filter {
	return func(f *filterCtx) (func(*item) bool, *httpError) {
		set, herr := f.list()
		if set == nil || herr != nil {
			return nil, herr
		}
		return func(it *item) bool {
			var have []string
			if g := f.st.groupOf(it.doc); g != nil {
				have = idsIn(g)
			}
			if len(have) == 0 {
				return slices.Contains(set, "null")
			}
			return anyOf(set, true, have...)
		}, nil
	}
}

// groupStatusFilter filters task groups by the statuses of their tasks:
// "anyOf" (some task has one of the statuses), "noneOf" (no task has
// one), "only" (every task has one).
func groupStatusFilter(mode string) filter {
	return func(f *filterCtx) (func(*item) bool, *httpError) {
		set, herr := f.list()
		if set == nil || herr != nil {
			return nil, herr
		}
		byGroup := map[string][]string{}
		for _, tk := range f.st.coll("workflow-tasks").order {
			g := strAt(mapAt(tk.doc, "workflowTaskGroup"), "id")
			byGroup[g] = append(byGroup[g], strAt(mapAt(tk.doc, "status"), "id"))
		}
		return func(it *item) bool {
			statuses := byGroup[it.id()]
			hits := 0
			for _, s := range statuses {
				if slices.Contains(set, s) {
					hits++
				}
			}
			switch mode {
			case "anyOf":
				return hits > 0
			case "noneOf":
				return hits == 0
			}
			return hits == len(statuses)
		}, nil
	}
}

// workflowState is what the workflow and legacy tags keep beside their
// documents.
type workflowState struct {
	seq       map[string]int    // display ID counters by prefix
	createdBy map[string]string // workflow output ID -> its creator's user ID (outputs have no creator property)
	groups    map[string]string // legacy request sample group ID -> its status, once executed
	legacy    legacyWorkflows
}

// workflow returns the store's workflowState, made on first use.
func (st *store) workflow() *workflowState {
	if st.wf == nil {
		st.wf = &workflowState{seq: map[string]int{}, createdBy: map[string]string{}, groups: map[string]string{},
			legacy: legacyWorkflows{stages: map[string][]map[string]any{}, runs: map[string][]map[string]any{},
				samples: map[string]map[string][]any{}}}
	}
	return st.wf
}

// summaryOf is the {displayId, id} summary of a task or output document
// (with the name, for a task group).
func summaryOf(d map[string]any, withName bool) map[string]any {
	s := map[string]any{"displayId": d["displayId"], "id": d["id"]}
	if withName {
		s["name"] = d["name"]
	}
	return s
}

// appendSummary returns list with s added, unless an element has s's ID
// already (a new list: stored values are never changed in place).
func appendSummary(list any, s map[string]any) []any {
	l, _ := list.([]any)
	if slices.ContainsFunc(l, func(e any) bool { m, _ := e.(map[string]any); return strAt(m, "id") == strAt(s, "id") }) {
		return l
	}
	return append(slices.Clone(l), s)
}

// setDoc replaces one property of another item's document (a group's
// list of tasks, a task's outputs).
func setDoc(it *item, key string, v any) { it.doc[key] = v }
