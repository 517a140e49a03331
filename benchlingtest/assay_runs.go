package benchlingtest

import (
	"net/http"
	"slices"
)

// The Assay Runs tag: /assay-runs.
//
// A run's fields are checked against its assay run schema as a result's
// are against its result schema (assay_results.go); an update checks the
// fields it sets, and cannot clear a required one. A new run gets an
// input generator (lab_automation.go) for each input file configuration
// of its schema. Runs without validationStatus are VALID. The list needs
// schemaId, as the spec says, and has no sort (newest first); it leaves
// archived runs out (the spec gives it no archiveReason filter: Get and
// BulkGet still read them); its
// minCreatedTime and maxCreatedTime are Unix seconds. The deprecated list
// of a run's output processors first creates, as the spec describes, an
// empty processor for each output file configuration of the run's schema
// that has none.

var assayRunCreate = body("fields:object! id:string projectId:string schemaId:string! validationComment:string validationStatus:string")

var assayRuns = &resource{
	path: pathAssayRuns, noun: "Assay run", uuid: true, listKey: "assayRuns",
	doc: map[string]any{
		"apiURL": "", "archiveRecord": nil, "createdAt": "", "creator": map[string]any{}, "entryId": nil, "equipmentId": nil,
		"fields": map[string]any{}, "id": "", "isReviewed": false, "projectId": nil, "schema": nil, "v3Id": "",
		"validationComment": nil, "validationStatus": "VALID",
	},
	server: []string{"id", "createdAt", "creator", "apiURL"},
	list: &listOp{filters: "schemaId minCreatedTime maxCreatedTime ids", noSort: true,
		custom: map[string]filter{"schemaId": requiredSchemaFilter, "minCreatedTime": unixTimeFilter(true), "maxCreatedTime": unixTimeFilter(false)}},
	get:          true,
	update:       body("equipmentId:string? fields:object"),
	archive:      &archiveOp{idsKey: "assayRunIds", reasons: dataArchiveReasons},
	bulkGet:      &bulkGetOp{params: []bulkGetParam{{"assayRunIds", "id"}}},
	schemaPrefix: "assaysch_",
	keys: map[string]keyFunc{
		"id":     keepID,
		"fields": assayFieldsKey(pathAssayRunSchemas),
	},
	validate: func(w *write) string {
		if s := strAt(w.body, "validationStatus"); s != "" && s != "VALID" && s != "INVALID" {
			return "validationStatus must be VALID or INVALID"
		}
		return w.st.checkAssayWrite(w, pathAssayRunSchemas)
	},
	derive: func(w *write) { setV3ID(w.doc, "run_") },
	events: &eventKinds{key: "assayRun", created: "v2.assayRun.created", updated: []updatedEvent{
		{prop: "fields", event: "v2.assayRun.updated.fields"},
	}},
	actions: []action{
		{"POST", "/assay-runs", createRuns},
		{"GET", "/assay-runs/{assay_run_id}/automation-input-generators", listRunInputGenerators},
		{"GET", "/assay-runs/{assay_run_id}/automation-output-processors", listRunOutputProcessors},
	},
}

// requiredSchemaFilter serves schemaId, which the list requires; it
// leaves archived runs out.
func requiredSchemaFilter(f *filterCtx) (func(*item) bool, *httpError) {
	v := f.value()
	if v == "" {
		return nil, badRequest("schemaId is required.")
	}
	return func(it *item) bool { return at(it.doc, "schema.id") == v && it.doc["archiveRecord"] == nil }, nil
}

// createRuns creates every run or none; the spec's 400 answer is an
// AssayRunsBulkCreateErrorResponse, one entry per run.
func createRuns(c *call) (int, any, *httpError) {
	schema := body("assayRuns:[]object!")
	in, herr := c.decodeBody(schema)
	if herr != nil {
		return 0, nil, herr
	}
	if msg := schema.missing(in); msg != "" {
		return 0, nil, badRequest("%s.", msg)
	}
	items, _ := in["assayRuns"].([]any)
	coll := c.st.coll(pathAssayRuns)
	b := &batch{}
	writes := make([]*write, len(items))
	entries := make([]any, len(items))
	failed := false
	for i, v := range items {
		m, _ := v.(map[string]any)
		msg := assayRunCreate.check(m)
		if msg == "" {
			writes[i] = c.st.newWrite(c, coll, opCreate, m, nil, b)
			msg = writes[i].check(assayRunCreate)
		}
		entries[i] = map[string]any{"fields": map[string]any{}, "global": []any{}}
		if msg != "" {
			entries[i], failed = createErrorEntry(msg), true
		}
	}
	if failed {
		return http.StatusBadRequest, map[string]any{"assayRuns": nil, "errors": entries}, nil
	}
	ids := make([]any, len(writes))
	for i, w := range writes {
		it := w.insert()
		ids[i] = it.id()
		sid, _ := at(it.doc, "schema.id").(string)
		sch := c.st.coll(pathAssayRunSchemas).byID[sid]
		for _, name := range fileConfigNames(sch, "automationInputFileConfigs") {
			c.st.create(pathInputGenerators, map[string]any{"assayRunId": it.id(), "automationFileConfig": map[string]any{"name": name}})
		}
	}
	return http.StatusOK, map[string]any{"assayRuns": ids, "errors": nil}, nil
}

// fileConfigNames are the names of a run schema's input or output file
// configurations (key).
func fileConfigNames(sch *item, key string) []string {
	if sch == nil {
		return nil
	}
	cfgs, _ := sch.doc[key].([]any)
	var out []string
	for _, c := range cfgs {
		m, _ := c.(map[string]any)
		out = append(out, strAt(m, "name"))
	}
	return out
}

// runOf returns the run of the request's first path parameter, or a 404.
func (c *call) runOf() (*item, *httpError) { return c.st.find(pathAssayRuns, c.param(0)) }

func listRunInputGenerators(c *call) (int, any, *httpError) {
	run, herr := c.runOf()
	if herr != nil {
		return 0, nil, herr
	}
	return c.pageOf(pathInputGenerators, "automationInputGenerators", func(it *item) bool { return strAt(it.doc, "assayRunId") == run.id() }, true)
}

func listRunOutputProcessors(c *call) (int, any, *httpError) {
	run, herr := c.runOf()
	if herr != nil {
		return 0, nil, herr
	}
	sid, _ := at(run.doc, "schema.id").(string)
	sch := c.st.coll(pathAssayRunSchemas).byID[sid]
	procs := c.st.coll(pathOutputProcessors)
	for _, name := range fileConfigNames(sch, "automationOutputFileConfigs") {
		if !slices.ContainsFunc(procs.order, func(it *item) bool {
			return strAt(it.doc, "assayRunId") == run.id() && at(it.doc, "automationFileConfig.name") == name
		}) {
			c.st.create(pathOutputProcessors, map[string]any{"assayRunId": run.id(), "automationFileConfig": map[string]any{"name": name}})
		}
	}
	return c.pageOf(pathOutputProcessors, "automationOutputProcessors", func(it *item) bool { return strAt(it.doc, "assayRunId") == run.id() }, false)
}

// pageOf answers a page of a resource's items that keep, newest first,
// paged by nextToken (these lists take no pageSize: pages of 50), with
// the modifiedAt filter if modifiedAt.
func (c *call) pageOf(path, key string, keep func(*item) bool, modifiedAt bool) (int, any, *httpError) {
	q := c.query()
	p, herr := parsePage("", q.Get("nextToken"), "", nil)
	if herr != nil {
		return 0, nil, herr
	}
	if modifiedAt {
		t, herr := timeFilter(q.Get("modifiedAt"))
		if herr != nil {
			return 0, nil, herr
		}
		if t != nil {
			base := keep
			keep = func(it *item) bool { return base(it) && t(it.modified) }
		}
	}
	page, next, _ := paginate(c.st.coll(path).order, keep, p)
	return http.StatusOK, map[string]any{key: docs(page), "nextToken": next}, nil
}
