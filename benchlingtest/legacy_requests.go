package benchlingtest

import (
	"fmt"
	"maps"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"
)

// The Legacy Requests tag: /requests and /request-fulfillments.
//
// A request has a request schema of the tenant (assaysch_...; an unknown
// one is a 400), a project of the tenant, fields of its schema's field
// definitions, assignees (users or teams of the tenant), a requestor (a
// user; the creator when none is given) and sample groups, each sample an
// entity or a batch (entityId or batchId; the IDs are not checked). Its
// display ID is "REQ" and a number. It starts REQUESTED. The list needs
// schemaId and filters by requestStatus and by creation time
// (minCreatedTime, maxCreatedTime: Unix seconds); bulk-get takes exactly
// one of requestIds and displayIds.
//
// Tasks (tasks:bulk-create, tasks:bulk-update) are kept in the request:
// each has a request task schema (reqtsksch_...) and works on sample
// groups of the request; both are synchronous and all or nothing, a
// rejected bulk-create naming its invalid items (BadRequestErrorBulk).
// :execute-sample-groups records the status of the work on sample groups
// (IN_PROGRESS, COMPLETED, FAILED): each update is a fulfillment, and the
// request follows its groups: IN_PROGRESS once work on one has been
// recorded, COMPLETED when every group is COMPLETED or FAILED (a
// CANCELLED request stays so). Those fulfillments are executed in no
// entry (entryId is absent), so the fulfillment list, which needs an
// entryId, shows only fulfillments a test adds ("request-fulfillments").
// The response (GET /requests/{id}/response) lists the samples of the
// groups whose work has ended (COMPLETED; FAILED gives DISCARDED samples):
// an entity of the tenant as it is, any other entity and every batch (the
// fake has no batches) as an inaccessible resource; its results are
// always empty (the fake keeps no assay results for requests).

var requestStatuses = []string{"REQUESTED", "SCHEDULED", "IN_PROGRESS", "COMPLETED", "CANCELLED"}

var sampleGroupStatuses = []string{"IN_PROGRESS", "COMPLETED", "FAILED"}

var requestWrite = body("assignees:[]object fields:object projectId:string requestorId:string? sampleGroups:[]object scheduledOn:string")

var requests = &resource{
	path: "requests", noun: "Request", prefix: "req_", listKey: "requests",
	doc: map[string]any{
		"apiURL": "", "assignees": []any{}, "createdAt": "", "creator": map[string]any{}, "displayId": "",
		"fields": map[string]any{}, "id": "", "projectId": "", "requestStatus": "REQUESTED", "requestor": map[string]any{},
		"sampleGroups": []any{}, "scheduledOn": nil, "schema": map[string]any{}, "tasks": []any{}, "webURL": "",
	},
	server:  []string{"id", "createdAt", "creator", "apiURL", "webURL"},
	webPath: func(st *store, d map[string]any) string { return "/requests/" + strAt(d, "id") },
	list: &listOp{filters: "schemaId requestStatus minCreatedTime maxCreatedTime", noSort: true,
		custom: map[string]filter{
			"schemaId":       requiredEq("schema.id"),
			"requestStatus":  enumAt("requestStatus", requestStatuses...),
			"minCreatedTime": createdTimeFilter(true),
			"maxCreatedTime": createdTimeFilter(false),
		}},
	get:          true,
	create:       requestWrite.with("fields:object! projectId:string! sampleGroups:[]object! schemaId:string!"),
	update:       requestWrite.with("requestStatus:string"),
	schemaPrefix: "assaysch_",
	keys: map[string]keyFunc{
		"assignees": func(w *write, v any) {
			out := []any{}
			for _, a := range v.([]any) {
				m, _ := a.(map[string]any)
				if u := w.st.user(strAt(m, "userId")); u != nil {
					out = append(out, map[string]any{"user": u.summary()})
				} else if tm := w.st.coll("teams").byID[strAt(m, "teamId")]; tm != nil {
					out = append(out, map[string]any{"team": map[string]any{"id": tm.id(), "name": tm.doc["name"]}})
				}
			}
			w.doc["assignees"] = out
		},
		"requestorId": func(w *write, v any) {
			if id, _ := v.(string); w.st.user(id) != nil {
				w.doc["requestor"] = w.st.user(id).summary()
			} else {
				w.doc["requestor"] = w.doc["creator"]
			}
		},
		"sampleGroups": func(w *write, v any) {
			out := []any{}
			for _, g := range v.([]any) {
				m, _ := g.(map[string]any)
				out = append(out, map[string]any{"id": w.st.newID("sgrp_"), "samples": m["samples"]})
			}
			w.doc["sampleGroups"] = out
		},
	},
	events: &eventKinds{key: "request", created: "v2.request.created", updated: []updatedEvent{
		{prop: "fields", event: "v2.request.updated.fields"},
	}},
	validate: validateRequest,
	derive: func(w *write) {
		d := w.doc
		if strAt(d, "displayId") == "" {
			d["displayId"] = fmt.Sprintf("REQ%03d", w.st.workflow().next("REQ"))
		}
		if empty(d["requestor"]) {
			d["requestor"] = d["creator"]
		}
	},
	actions: []action{
		{"GET", "/requests:bulk-get", bulkGetRequests},
		{"GET", "/requests/{request_id}/response", requestResponse},
		{"POST", "/requests/{request_id}/tasks:bulk-create", bulkCreateRequestTasks},
		{"POST", "/requests/{request_id}/tasks:bulk-update", bulkUpdateRequestTasks},
		{"POST", "/requests/{request_id}:execute-sample-groups", executeSampleGroups},
	},
}

var requestFulfillments = &resource{
	path: "request-fulfillments", noun: "Request fulfillment", prefix: "reqffm_", listKey: "requestFulfillments",
	doc: map[string]any{"createdAt": "", "entryId": "", "id": "", "modifiedAt": "", "requestId": "",
		"sampleGroup": nil, "status": "IN_PROGRESS"},
	server: []string{"id", "createdAt", "modifiedAt"},
	list:   &listOp{filters: "entryId modifiedAt", noSort: true, custom: map[string]filter{"entryId": requiredEq("entryId")}},
	get:    true,
	derive: func(w *write) { dropEmpty(w.doc, "entryId") },
}

// next returns the next number of a counter of the workflow state.
func (wf *workflowState) next(counter string) int {
	wf.seq[counter]++
	return wf.seq[counter]
}

// validateRequest checks a request's schema, project, people, samples,
// status, date and fields.
func validateRequest(w *write) string {
	st := w.st
	schemaID := strAt(mapAt(w.doc, "schema"), "id")
	if id, ok := w.body["schemaId"].(string); ok {
		if st.coll("request-schemas").byID[id] == nil {
			return fmt.Sprintf("request schema %s not found", id)
		}
		schemaID = id
	}
	if id, ok := w.body["projectId"].(string); ok && st.coll("projects").byID[id] == nil {
		return fmt.Sprintf("project %s not found", id)
	}
	for i, a := range listAt(w.body, "assignees") {
		m, _ := a.(map[string]any)
		switch {
		case m["userId"] != nil:
			if st.user(fmt.Sprint(m["userId"])) == nil {
				return fmt.Sprintf("assignee %d: user %v not found", i, m["userId"])
			}
		case m["teamId"] != nil:
			if st.coll("teams").byID[fmt.Sprint(m["teamId"])] == nil {
				return fmt.Sprintf("assignee %d: team %v not found", i, m["teamId"])
			}
		default:
			return fmt.Sprintf("assignee %d names neither a userId nor a teamId", i)
		}
	}
	if id, ok := w.body["requestorId"].(string); ok && st.user(id) == nil {
		return fmt.Sprintf("requestor %s not found", id)
	}
	for i, g := range listAt(w.body, "sampleGroups") {
		m, _ := g.(map[string]any)
		samples, ok := m["samples"].(map[string]any)
		if !ok {
			return fmt.Sprintf("sample group %d has no samples object", i)
		}
		for _, name := range sortedKeys(samples) {
			s, _ := samples[name].(map[string]any)
			if strAt(s, "entityId") == "" && strAt(s, "batchId") == "" {
				return fmt.Sprintf("sample %q of sample group %d names neither an entityId nor a batchId", name, i)
			}
		}
	}
	if s, ok := w.body["requestStatus"].(string); ok && !slices.Contains(requestStatuses, s) {
		return fmt.Sprintf("invalid requestStatus %q: use one of %s", s, strings.Join(requestStatuses, ", "))
	}
	if d, ok := w.body["scheduledOn"].(string); ok {
		if _, err := time.Parse("2006-01-02", d); err != nil {
			return fmt.Sprintf("scheduledOn %q is not a date (YYYY-MM-DD)", d)
		}
	}
	if s := st.coll("request-schemas").byID[schemaID]; s != nil {
		return checkFieldNames(s.doc["fieldDefinitions"], w.body["fields"], "the request schema "+schemaID)
	}
	return ""
}

// requiredEq is eqAt for a required query parameter: without it the list
// is a 400.
func requiredEq(path string) filter {
	eq := eqAt(path)
	return func(f *filterCtx) (func(*item) bool, *httpError) {
		if f.value() == "" {
			return nil, badRequest("%s is required.", f.key)
		}
		return eq(f)
	}
}

// createdTimeFilter is minCreatedTime (min) or maxCreatedTime: Unix
// seconds, inclusive.
func createdTimeFilter(min bool) filter {
	return func(f *filterCtx) (func(*item) bool, *httpError) {
		v := f.value()
		if v == "" {
			return nil, nil
		}
		secs, err := strconv.ParseInt(v, 10, 64)
		if err != nil {
			return nil, badRequest("Invalid %s %q: expected Unix seconds.", f.key, v)
		}
		t := time.Unix(secs, 0)
		if min {
			return func(it *item) bool { return !it.created.Before(t) }, nil
		}
		return func(it *item) bool { return !it.created.After(t) }, nil
	}
}

// bulkGetRequests serves GET /requests:bulk-get: exactly one of
// requestIds and displayIds (display IDs match case-insensitively).
func bulkGetRequests(c *call) (int, any, *httpError) {
	q := c.query()
	ids, display := commaList(q.Get("requestIds")), commaList(q.Get("displayIds"))
	if (ids == nil) == (display == nil) {
		return 0, nil, badRequest("Exactly one of requestIds and displayIds is required.")
	}
	coll := c.st.coll("requests")
	var out []*item
	var bad []string
	for _, id := range ids {
		if it := coll.byID[id]; it != nil {
			out = append(out, it)
		} else {
			bad = append(bad, id)
		}
	}
	for _, d := range display {
		i := slices.IndexFunc(coll.order, func(it *item) bool { return strings.EqualFold(strAt(it.doc, "displayId"), d) })
		if i < 0 {
			bad = append(bad, d)
		} else {
			out = append(out, coll.order[i])
		}
	}
	if bad != nil {
		return 0, nil, badRequest("Request not found: %s.", strings.Join(bad, ", "))
	}
	return http.StatusOK, shape(map[string]any{"requests": docs(out)}, q.Get("returning")), nil
}

// requestGroups returns the IDs of a request's sample groups.
func requestGroups(req *item) []string { return idsOf(req.doc["sampleGroups"]) }

// bulkCreateRequestTasks serves POST /requests/{id}/tasks:bulk-create:
// at most 100 tasks; all or nothing.
func bulkCreateRequestTasks(c *call) (int, any, *httpError) {
	req, items, herr := c.requestTasksBody(100)
	if herr != nil {
		return 0, nil, herr
	}
	item := body("fields:object sampleGroupIds:[]string schemaId:string!")
	var errs []itemError
	for i, m := range items {
		msg := item.check(m)
		if msg == "" {
			msg = item.missing(m)
		}
		if msg == "" {
			if id := strAt(m, "schemaId"); c.st.coll("request-task-schemas").byID[id] == nil {
				msg = fmt.Sprintf("request task schema %s not found", id)
			}
		}
		if msg == "" {
			msg = c.st.checkTaskGroups(req, m["sampleGroupIds"])
		}
		if msg == "" {
			if s := c.st.coll("request-task-schemas").byID[strAt(m, "schemaId")]; s != nil {
				msg = checkFieldNames(s.doc["fieldDefinitions"], m["fields"], "the request task schema "+s.id())
			}
		}
		if msg != "" {
			errs = append(errs, itemError{i, msg})
		}
	}
	if errs != nil {
		return 0, nil, &httpError{http.StatusBadRequest, apiError{Type: "invalid_request_error",
			Message: "Invalid tasks.", UserMessage: "Invalid tasks.", Errors: errs}}
	}
	made := make([]any, len(items))
	for i, m := range items {
		id := strAt(m, "schemaId")
		made[i] = map[string]any{
			"id": c.st.newID("reqtsk_"), "fields": c.st.taskFields(nil, m["fields"]),
			"sampleGroupIds": anyList(stringList(m["sampleGroupIds"])), "schema": map[string]any{"id": id, "name": c.st.schemaName(id)},
		}
	}
	c.st.setRequest(req, "tasks", append(slices.Clone(listAt(req.doc, "tasks")), made...))
	return http.StatusOK, map[string]any{"tasks": made}, nil
}

// bulkUpdateRequestTasks serves POST /requests/{id}/tasks:bulk-update:
// each item names a task of the request by its id; all or nothing.
func bulkUpdateRequestTasks(c *call) (int, any, *httpError) {
	req, items, herr := c.requestTasksBody(0)
	if herr != nil {
		return 0, nil, herr
	}
	tasks := slices.Clone(listAt(req.doc, "tasks"))
	item := body("fields:object id:string! sampleGroupIds:[]string")
	at := map[string]int{}
	for i, t := range tasks {
		at[strAt(t.(map[string]any), "id")] = i
	}
	for i, m := range items {
		msg := item.check(m)
		if msg == "" {
			msg = item.missing(m)
		}
		if _, ok := at[strAt(m, "id")]; msg == "" && !ok {
			msg = fmt.Sprintf("task %s is not a task of request %s", strAt(m, "id"), req.id())
		}
		if msg == "" {
			msg = c.st.checkTaskGroups(req, m["sampleGroupIds"])
		}
		if msg != "" {
			return 0, nil, badRequest("Invalid task %d: %s.", i, msg)
		}
	}
	out := make([]any, len(items))
	for i, m := range items {
		j := at[strAt(m, "id")]
		t := maps.Clone(tasks[j].(map[string]any))
		if f, ok := m["fields"]; ok {
			t["fields"] = c.st.taskFields(mapAt(t, "fields"), f)
		}
		if g, ok := m["sampleGroupIds"]; ok {
			t["sampleGroupIds"] = anyList(stringList(g))
		}
		tasks[j], out[i] = t, t
	}
	c.st.setRequest(req, "tasks", tasks)
	return http.StatusOK, map[string]any{"tasks": out}, nil
}

// requestTasksBody finds the request of a tasks route (404) and decodes
// {"tasks": [...]} (at most max, if max > 0).
func (c *call) requestTasksBody(max int) (*item, []map[string]any, *httpError) {
	req, herr := c.st.find("requests", c.param(0))
	if herr != nil {
		return nil, nil, herr
	}
	schema := body("tasks:[]object!")
	in, herr := c.decodeBody(schema)
	if herr != nil {
		return nil, nil, herr
	}
	if msg := schema.missing(in); msg != "" {
		return nil, nil, badRequest("%s.", msg)
	}
	l := listAt(in, "tasks")
	if max > 0 && len(l) > max {
		return nil, nil, badRequest("Too many tasks: %d (maximum %d).", len(l), max)
	}
	out := make([]map[string]any, len(l))
	for i, t := range l {
		out[i], _ = t.(map[string]any)
	}
	return req, out, nil
}

// checkTaskGroups checks that sample group IDs are the request's.
func (st *store) checkTaskGroups(req *item, ids any) string {
	have := requestGroups(req)
	for _, id := range stringList(ids) {
		if !slices.Contains(have, id) {
			return fmt.Sprintf("sample group %s is not a sample group of request %s", id, req.id())
		}
	}
	return ""
}

// taskFields merges written field values into a request task's fields.
func (st *store) taskFields(old map[string]any, in any) map[string]any {
	out := maps.Clone(old)
	if out == nil {
		out = map[string]any{}
	}
	m, _ := in.(map[string]any)
	for k, f := range m {
		fm, _ := f.(map[string]any)
		out[k] = makeField(st.resolveLinks(fm["value"]))
	}
	return out
}

// setRequest sets a property of a request (a new value, as writes do)
// and marks it changed.
func (st *store) setRequest(req *item, key string, v any) {
	req.doc[key] = v
	st.touch(req, st.now())
}

// executeSampleGroups serves POST /requests/{id}:execute-sample-groups.
func executeSampleGroups(c *call) (int, any, *httpError) {
	st := c.st
	req, herr := st.find("requests", c.param(0))
	if herr != nil {
		return 0, nil, herr
	}
	schema := body("sampleGroups:[]object!")
	in, herr := c.decodeBody(schema)
	if herr != nil {
		return 0, nil, herr
	}
	if msg := schema.missing(in); msg != "" {
		return 0, nil, badRequest("%s.", msg)
	}
	update := body("sampleGroupId:string! status:string!")
	groups := map[string]map[string]any{}
	for _, g := range listAt(req.doc, "sampleGroups") {
		m := g.(map[string]any)
		groups[strAt(m, "id")] = m
	}
	items := listAt(in, "sampleGroups")
	for i, u := range items {
		m, _ := u.(map[string]any)
		msg := update.check(m)
		if msg == "" {
			msg = update.missing(m)
		}
		if msg == "" && groups[strAt(m, "sampleGroupId")] == nil {
			msg = fmt.Sprintf("sample group %s is not a sample group of request %s", strAt(m, "sampleGroupId"), req.id())
		}
		if s := strAt(m, "status"); msg == "" && !slices.Contains(sampleGroupStatuses, s) {
			msg = fmt.Sprintf("invalid status %q: use one of %s", s, strings.Join(sampleGroupStatuses, ", "))
		}
		if msg != "" {
			return 0, nil, badRequest("Invalid sample group update %d: %s.", i, msg)
		}
	}
	wf := st.workflow()
	for _, u := range items {
		m := u.(map[string]any)
		gid, status := strAt(m, "sampleGroupId"), strAt(m, "status")
		wf.groups[gid] = status
		st.create("request-fulfillments", map[string]any{"requestId": req.id(), "status": status,
			"sampleGroup": map[string]any{"id": gid, "samples": groups[gid]["samples"]}})
	}
	if s := strAt(req.doc, "requestStatus"); s != "CANCELLED" {
		done := 0
		for id := range groups {
			if g := wf.groups[id]; g == "COMPLETED" || g == "FAILED" {
				done++
			}
		}
		next := "IN_PROGRESS"
		if done == len(groups) {
			next = "COMPLETED"
		}
		st.setRequest(req, "requestStatus", next)
	}
	return http.StatusOK, map[string]any{}, nil
}

// requestResponse serves GET /requests/{id}/response.
func requestResponse(c *call) (int, any, *httpError) {
	st := c.st
	req, herr := st.find("requests", c.param(0))
	if herr != nil {
		return 0, nil, herr
	}
	samples := []any{}
	for _, g := range listAt(req.doc, "sampleGroups") {
		m := g.(map[string]any)
		status := map[string]string{"COMPLETED": "COMPLETED", "FAILED": "DISCARDED"}[st.workflow().groups[strAt(m, "id")]]
		if status == "" {
			continue
		}
		set := mapAt(m, "samples")
		for _, name := range sortedKeys(set) {
			s, _ := set[name].(map[string]any)
			out := map[string]any{"batch": nil, "entity": nil, "status": status}
			if id := strAt(s, "batchId"); id != "" {
				out["batch"] = inaccessible(id, "batch") // the fake has no batches
			} else if it := st.entity(strAt(s, "entityId")); it != nil {
				d := maps.Clone(it.doc)
				d["entityType"] = entityTypes[it.coll.res.path]
				out["entity"] = d
			} else {
				out["entity"] = inaccessible(strAt(s, "entityId"), "entity")
			}
			samples = append(samples, out)
		}
	}
	return http.StatusOK, map[string]any{"results": []any{}, "samples": samples}, nil
}

// inaccessible is an InaccessibleResource: what the caller may not read,
// or what the tenant does not have.
func inaccessible(id, typ string) map[string]any {
	return map[string]any{"inaccessibleId": id, "resourceType": "inaccessible_resource", "type": typ}
}
