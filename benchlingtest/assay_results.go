package benchlingtest

import (
	"fmt"
	"maps"
	"net/http"
	"slices"
	"strings"
	"time"
)

// The Assay Results tag: /assay-results and /result-transactions.
//
// A result to create is checked against the field definitions of its
// assay result schema (added with Add or SeedSchemas), as Benchling does:
// an unknown schema, an unknown field, a missing required field, or a
// value of the wrong type for its field (a number for a float or integer
// field, within numericMin and numericMax; a boolean; a string for text,
// dates, links; an option ID of the field's dropdown; a list for a
// multi-value field) is a 400. Fields are taken in either form the API
// takes ({"od600": {"value": 1.2}} or {"od600": 1.2}), keyed by the
// field's name or its system name (the name in lower case with spaces
// and dashes as underscores), and answered by system name, with the
// field's type. fieldValidation is checked the same way (VALID or INVALID)
// and gives the result's validationStatus (VALID, INVALID or
// PARTIALLY_VALID; "" when no field has one).
//
//   - POST /assay-results creates every result or none (a 400 naming the
//     first invalid one) and answers their IDs.
//   - POST /assay-results:bulk-create (at most 4000) answers a task that
//     fails with an error per invalid result and creates nothing, or
//     succeeds with the IDs ({"assayResults": [...]}, as Benchling's
//     Python SDK reads it). tableId is accepted and not modelled: the
//     fake has no result tables.
//   - A transaction holds the results appended to it until its commit
//     makes them visible (and gives them their createdAt); an abort
//     discards them. An append is checked like a create and answered,
//     when a result is invalid, with the spec's
//     AssayResultsCreateErrorResponse (one entry per result, in order;
//     nothing of that append is kept). Appending to, or committing, a
//     transaction that is not open is a 400; an abort of an aborted one
//     answers 200 again.
//   - The list's assayRunIds, entityIds and storageIds keep the results
//     whose field values link to one of the IDs; automationOutputProcessorId
//     the results an output processor created (lab_automation.go). Without
//     schemaId or automationOutputProcessorId the list is a 400, as the
//     spec says. The default order is createdAt:asc.
//   - Archiving without a reason archives with "Archived"; a result in a
//     notebook entry (an entryId, seeded with Add) cannot be archived.
//   - bulk-get takes at most 200 IDs.

// The paths of the assay and lab automation collections (constants, so
// that handlers name them without referring to the resources).
const (
	pathAssayResults       = "assay-results"
	pathAssayRuns          = "assay-runs"
	pathInputGenerators    = "automation-input-generators"
	pathOutputProcessors   = "automation-output-processors"
	pathTransforms         = "automation-file-transforms"
	pathAssayResultSchemas = "assay-result-schemas"
	pathAssayRunSchemas    = "assay-run-schemas"
)

var assayResultCreate = body("fieldValidation:object fields:object! id:string projectId:string? schemaId:string!")

var assayResults = &resource{
	path: pathAssayResults, noun: "Assay result", uuid: true, listKey: "assayResults",
	doc: map[string]any{
		"archiveRecord": nil, "createdAt": "", "creator": map[string]any{}, "entryId": nil, "fieldValidation": map[string]any{},
		"fields": map[string]any{}, "id": "", "isReviewed": false, "modifiedAt": "", "projectId": nil, "schema": map[string]any{},
		"v3Id": "", "validationComment": "", "validationStatus": "",
	},
	server: []string{"id", "createdAt", "modifiedAt", "creator"},
	list: &listOp{
		filters: "schemaId createdAt.lt createdAt.gt createdAt.lte createdAt.gte modifiedAt.lt modifiedAt.gt modifiedAt.lte modifiedAt.gte " +
			"minCreatedTime maxCreatedTime entityIds storageIds assayRunIds automationOutputProcessorId ids archiveReason",
		custom: map[string]filter{
			"schemaId":     resultSchemaFilter,
			"createdAt.lt": boundFilter(false), "createdAt.gt": boundFilter(false),
			"createdAt.lte": boundFilter(false), "createdAt.gte": boundFilter(false),
			"modifiedAt.lt": boundFilter(true), "modifiedAt.gt": boundFilter(true),
			"modifiedAt.lte": boundFilter(true), "modifiedAt.gte": boundFilter(true),
			"minCreatedTime":              unixTimeFilter(true),
			"maxCreatedTime":              unixTimeFilter(false),
			"entityIds":                   linksFilter(20),
			"storageIds":                  linksFilter(20),
			"assayRunIds":                 linksFilter(0),
			"automationOutputProcessorId": processorResultsFilter,
			"archiveReason":               archiveReasonsFilter(dataArchiveReasons),
		},
		sorts: []string{"createdAt", "modifiedAt"}, defaultSort: "createdAt:asc",
	},
	get:          true,
	schemaPrefix: "assaysch_",
	// The bulk-get action below replaces the engine's route (a later
	// route of a template wins) to add the limit of 200 IDs.
	bulkGet: &bulkGetOp{params: []bulkGetParam{{"assayResultIds", "id"}}},
	keys: map[string]keyFunc{
		"id":              keepID,
		"fields":          assayFieldsKey(pathAssayResultSchemas),
		"fieldValidation": fieldValidationKey,
	},
	validate: func(w *write) string { return w.st.checkAssayWrite(w, pathAssayResultSchemas) },
	derive: func(w *write) {
		setV3ID(w.doc, "res_")
		deriveValidationStatus(w)
	},
	actions: []action{
		{"POST", "/assay-results", createResults},
		{"POST", "/assay-results:bulk-create", bulkCreateResults},
		{"GET", "/assay-results:bulk-get", bulkGetResults},
		{"POST", "/assay-results:archive", archiveResults(true)},
		{"POST", "/assay-results:unarchive", archiveResults(false)},
		{"POST", "/result-transactions", createResultTransaction},
		{"POST", "/result-transactions/{transaction_id}/results", appendResults},
		{"POST", "/result-transactions/{transaction_id}:abort", endResultTransaction(false)},
		{"POST", "/result-transactions/{transaction_id}:commit", endResultTransaction(true)},
	},
}

// maxResultsPerRequest is Benchling's limit of results per write.
const maxResultsPerRequest = 4000

// assayState is what the assay tags keep beside their collections.
type assayState struct {
	txs         map[string]*resultTx
	byProcessor map[string]string // result ID -> the output processor that created it
	taken       map[string]bool   // result IDs handed out to open transactions
}

// resultTx is a result transaction.
type resultTx struct {
	state   string           // open, committed, aborted
	results []map[string]any // the checked results, with their IDs, in the order appended
}

func (st *store) assayState() *assayState {
	if st.assay == nil {
		st.assay = &assayState{txs: map[string]*resultTx{}, byProcessor: map[string]string{}, taken: map[string]bool{}}
	}
	return st.assay
}

// keepID writes a client-chosen ID (an assay result's or run's UUID) as
// the document's ID.
func keepID(w *write, v any) {
	if s, _ := v.(string); s != "" {
		w.doc["id"] = s
	}
}

// checkAssayWrite is the validate hook of assay results and runs: a
// client-chosen ID is free, and the fields fit the schema.
func (st *store) checkAssayWrite(w *write, schemaPath string) string {
	if id, ok := w.body["id"].(string); ok && w.creating() {
		if id == "" {
			return "id must not be empty"
		}
		if w.coll.byID[id] != nil || st.assayState().taken[id] {
			return fmt.Sprintf("id %s is already in use", id)
		}
	}
	schemaID := strAt(w.body, "schemaId")
	if schemaID == "" && !w.creating() {
		schemaID, _ = at(w.doc, "schema.id").(string)
	}
	if w.creating() && st.coll(schemaPath).byID[schemaID] == nil {
		return fmt.Sprintf("schema %s not found", schemaID)
	}
	if v, ok := w.body["fields"]; ok {
		old, _ := w.doc["fields"].(map[string]any)
		if _, _, msg := st.assayFields(schemaPath, schemaID, v, old, w.creating()); msg != "" {
			return msg
		}
	}
	if fv, ok := w.body["fieldValidation"].(map[string]any); ok {
		for _, k := range slices.Sorted(maps.Keys(fv)) {
			m, ok := fv[k].(map[string]any)
			s := strAt(m, "validationStatus")
			if !ok || (s != "" && s != "VALID" && s != "INVALID") {
				return fmt.Sprintf("field %q: validationStatus must be VALID or INVALID", k)
			}
			if _, ok := st.fieldDef(schemaPath, schemaID, k); !ok {
				return fmt.Sprintf("field %q: no such field in schema %s", k, schemaID)
			}
		}
	}
	return ""
}

// assayFieldsKey writes the fields of an assay result or run: checked
// (by the validate hook) and normalised by assayFields.
func assayFieldsKey(schemaPath string) keyFunc {
	return func(w *write, v any) {
		schemaID := strAt(w.body, "schemaId")
		if schemaID == "" {
			schemaID, _ = at(w.doc, "schema.id").(string)
		}
		old, _ := w.doc["fields"].(map[string]any)
		out, _, _ := w.st.assayFields(schemaPath, schemaID, v, old, false)
		w.doc["fields"] = out
	}
}

// fieldValidationKey writes a result's fieldValidation by system name.
func fieldValidationKey(w *write, v any) {
	in, _ := v.(map[string]any)
	out := make(map[string]any, len(in))
	for k, e := range in {
		m, _ := e.(map[string]any)
		out[systemName(k)] = maps.Clone(m)
	}
	w.doc["fieldValidation"] = out
}

// setV3ID gives a document without one its v3Id: prefix and the first
// eight hex digits of its UUID.
func setV3ID(d map[string]any, prefix string) {
	if strAt(d, "v3Id") == "" {
		if id := strings.ReplaceAll(strAt(d, "id"), "-", ""); len(id) >= 8 {
			d["v3Id"] = prefix + id[:8]
		}
	}
}

// deriveValidationStatus sums a result's field validations up.
func deriveValidationStatus(w *write) {
	fv, _ := w.doc["fieldValidation"].(map[string]any)
	valid, invalid := 0, 0
	for _, e := range fv {
		m, _ := e.(map[string]any)
		switch strAt(m, "validationStatus") {
		case "VALID":
			valid++
		case "INVALID":
			invalid++
		}
	}
	switch {
	case valid > 0 && invalid > 0:
		w.doc["validationStatus"] = "PARTIALLY_VALID"
	case invalid > 0:
		w.doc["validationStatus"] = "INVALID"
	case valid > 0:
		w.doc["validationStatus"] = "VALID"
	}
}

// systemName is a field's system name: its name in lower case, with
// spaces and dashes as underscores (as the fake names schemas' warehouse
// names).
func systemName(name string) string {
	return strings.ReplaceAll(strings.ToLower(strings.Join(strings.Fields(name), "_")), "-", "_")
}

// fieldDef returns the field definition of a schema named key (by name
// or system name).
func (st *store) fieldDef(schemaPath, schemaID, key string) (map[string]any, bool) {
	sch := st.coll(schemaPath).byID[schemaID]
	if sch == nil {
		return nil, false
	}
	defs, _ := sch.doc["fieldDefinitions"].([]any)
	for _, d := range defs {
		m, _ := d.(map[string]any)
		if m["archiveRecord"] == nil && (strAt(m, "name") == key || systemName(strAt(m, "name")) == key) {
			return m, true
		}
	}
	return nil, false
}

// assayFields checks the fields of an assay result or run (a body's
// fields, in either form) against the field definitions of its schema,
// and returns them as a document's fields, by system name, over old (the
// current fields of an update). When creating, every required field must
// have a value. A problem is a message naming the field.
func (st *store) assayFields(schemaPath, schemaID string, v any, old map[string]any, creating bool) (map[string]any, string, string) {
	in, _ := v.(map[string]any)
	wrapped := true
	for _, e := range in {
		if m, ok := e.(map[string]any); !ok || !hasKey(m, "value") {
			wrapped = false
			break
		}
	}
	out := make(map[string]any, len(old)+len(in))
	maps.Copy(out, old)
	for _, k := range slices.Sorted(maps.Keys(in)) {
		def, ok := st.fieldDef(schemaPath, schemaID, k)
		if !ok {
			return nil, k, fmt.Sprintf("field %q: no such field in schema %s", k, schemaID)
		}
		val := in[k]
		if wrapped {
			val = in[k].(map[string]any)["value"]
		}
		if msg := st.checkFieldValue(def, val); msg != "" {
			return nil, k, fmt.Sprintf("field %q: %s", k, msg)
		}
		if val == nil && def["isRequired"] == true {
			return nil, k, fmt.Sprintf("field %q is required", k)
		}
		f := makeField(val)
		f["type"], f["isMulti"] = def["type"], def["isMulti"] == true
		if opt := st.optionName(def, val); opt != "" {
			f["displayValue"], f["textValue"] = opt, opt
		}
		out[systemName(strAt(def, "name"))] = f
	}
	if creating {
		sch := st.coll(schemaPath).byID[schemaID]
		defs, _ := sch.doc["fieldDefinitions"].([]any)
		for _, d := range defs {
			m, _ := d.(map[string]any)
			if m["isRequired"] == true && m["archiveRecord"] == nil {
				if f, _ := out[systemName(strAt(m, "name"))].(map[string]any); f == nil || f["value"] == nil {
					return nil, strAt(m, "name"), fmt.Sprintf("field %q is required", strAt(m, "name"))
				}
			}
		}
	}
	return out, "", ""
}

func hasKey(m map[string]any, k string) bool { _, ok := m[k]; return ok }

// checkFieldValue checks a value against its field definition's type.
func (st *store) checkFieldValue(def map[string]any, v any) string {
	if v == nil {
		return ""
	}
	if def["isMulti"] == true {
		l, ok := v.([]any)
		if !ok {
			return "expected a list of values (the field takes several)"
		}
		for _, e := range l {
			if msg := st.checkFieldValue(map[string]any{"type": def["type"], "dropdownId": def["dropdownId"],
				"numericMin": def["numericMin"], "numericMax": def["numericMax"]}, e); msg != "" {
				return msg
			}
		}
		return ""
	}
	typ := strAt(def, "type")
	switch typ {
	case "integer", "float":
		f, ok := v.(float64)
		if !ok || typ == "integer" && f != float64(int64(f)) {
			return "expected " + map[string]string{"integer": "an integer", "float": "a number"}[typ]
		}
		if lo, ok := def["numericMin"].(float64); ok && f < lo {
			return fmt.Sprintf("%v is below the minimum %v", f, lo)
		}
		if hi, ok := def["numericMax"].(float64); ok && f > hi {
			return fmt.Sprintf("%v is above the maximum %v", f, hi)
		}
	case "boolean":
		if _, ok := v.(bool); !ok {
			return "expected a boolean"
		}
	case "json":
	case "date", "datetime":
		s, ok := v.(string)
		if _, valid := parseTimeValue(s); !ok || !valid {
			return "expected a " + typ + " string"
		}
	case "dropdown":
		s, ok := v.(string)
		if !ok {
			return "expected a dropdown option ID"
		}
		if dd := st.coll("dropdowns").byID[strAt(def, "dropdownId")]; dd != nil && optionIndex(dd.doc, s) < 0 {
			return fmt.Sprintf("%s is not an option of dropdown %s", s, dd.id())
		}
	default: // text, long_text and the links
		if _, ok := v.(string); !ok {
			return "expected a string"
		}
	}
	return ""
}

// optionName is the name of a dropdown field's option, or "".
func (st *store) optionName(def map[string]any, v any) string {
	s, _ := v.(string)
	dd := st.coll("dropdowns").byID[strAt(def, "dropdownId")]
	if s == "" || dd == nil {
		return ""
	}
	opts, _ := dd.doc["options"].([]any)
	if i := optionIndex(dd.doc, s); i >= 0 {
		return strAt(opts[i].(map[string]any), "name")
	}
	return ""
}

// --- list filters ---

func resultSchemaFilter(f *filterCtx) (func(*item) bool, *httpError) {
	v := f.value()
	if v == "" {
		if f.q.Get("automationOutputProcessorId") == "" {
			return nil, badRequest("schemaId or automationOutputProcessorId is required.")
		}
		return nil, nil
	}
	return func(it *item) bool { return at(it.doc, "schema.id") == v }, nil
}

// boundFilter serves createdAt.lt and its kin (modified: modifiedAt.*):
// a date or date-time, compared as the parameter's suffix says.
func boundFilter(modified bool) filter {
	return func(f *filterCtx) (func(*item) bool, *httpError) {
		v := strings.TrimSpace(f.value())
		if v == "" {
			return nil, nil
		}
		t, ok := parseTimeValue(strings.TrimLeft(v, "<>= "))
		if !ok {
			return nil, badRequest("Invalid %s %q: expected a date or RFC 3339 date-time.", f.key, v)
		}
		op := f.key[strings.LastIndexByte(f.key, '.')+1:]
		return func(it *item) bool {
			x := it.created
			if modified {
				x = it.modified
			}
			switch op {
			case "lt":
				return x.Before(t)
			case "gt":
				return x.After(t)
			case "lte":
				return !x.After(t)
			}
			return !x.Before(t)
		}, nil
	}
}

// unixTimeFilter serves minCreatedTime (min) and maxCreatedTime: Unix
// seconds.
func unixTimeFilter(min bool) filter {
	return func(f *filterCtx) (func(*item) bool, *httpError) {
		v := f.value()
		if v == "" {
			return nil, nil
		}
		var n int64
		if _, err := fmt.Sscan(v, &n); err != nil {
			return nil, badRequest("Invalid %s %q: expected a Unix time in seconds.", f.key, v)
		}
		t := time.Unix(n, 0)
		if min {
			return func(it *item) bool { return it.created.After(t) }, nil
		}
		return func(it *item) bool { return it.created.Before(t) }, nil
	}
}

// linksFilter keeps items whose field values name one of the IDs (at
// most max of them, when max > 0).
func linksFilter(max int) filter {
	return func(f *filterCtx) (func(*item) bool, *httpError) {
		ids := commaList(f.value())
		if ids == nil {
			return nil, nil
		}
		if max > 0 && len(ids) > max {
			return nil, badRequest("Too many values for %s: %d (maximum %d).", f.key, len(ids), max)
		}
		if f.key == "assayRunIds" && f.q.Get("automationOutputProcessorId") != "" {
			return nil, badRequest("At most one of assayRunIds and automationOutputProcessorId may be given.")
		}
		return func(it *item) bool {
			fields, _ := it.doc["fields"].(map[string]any)
			for _, fv := range fields {
				m, _ := fv.(map[string]any)
				switch x := m["value"].(type) {
				case string:
					if slices.Contains(ids, x) {
						return true
					}
				case []any:
					if slices.ContainsFunc(x, func(e any) bool { s, _ := e.(string); return slices.Contains(ids, s) }) {
						return true
					}
				}
			}
			return false
		}, nil
	}
}

// archiveReasonsFilter is the archiveReason filter of a resource whose
// archive is an action of its own: the standard one, with these reasons.
func archiveReasonsFilter(reasons []string) filter {
	return func(f *filterCtx) (func(*item) bool, *httpError) {
		v := f.value()
		switch {
		case slices.Contains(reasons, v):
			return func(it *item) bool { return at(it.doc, "archiveRecord.reason") == v }, nil
		case v == "" || v == "NOT_ARCHIVED" || v == "ANY_ARCHIVED" || v == "ANY_ARCHIVED_OR_NOT_ARCHIVED":
			return archiveReasonFilter(f)
		}
		return nil, badRequest("Invalid archiveReason %q: use NOT_ARCHIVED, ANY_ARCHIVED, ANY_ARCHIVED_OR_NOT_ARCHIVED or one of: %s.", v, strings.Join(reasons, ", "))
	}
}

func processorResultsFilter(f *filterCtx) (func(*item) bool, *httpError) {
	v := f.value()
	if v == "" {
		return nil, nil
	}
	if f.st.coll("automation-output-processors").byID[v] == nil {
		return nil, badRequest("Automation output processor %s not found.", v)
	}
	by := f.st.assayState().byProcessor
	return func(it *item) bool { return by[it.id()] == v }, nil
}

// --- creates ---

// checkResults checks results to create (the decoded list of a body) and
// returns the writes, or the index and message of each invalid one. ids
// are checked against each other too.
func (c *call) checkResults(list any) ([]*write, []itemError, *httpError) {
	items, ok := list.([]any)
	if !ok {
		return nil, nil, badRequest("assayResults must be an array.")
	}
	if len(items) > maxResultsPerRequest {
		return nil, nil, badRequest("Too many assayResults: %d (maximum %d).", len(items), maxResultsPerRequest)
	}
	coll := c.st.coll(pathAssayResults)
	b := &batch{}
	writes := make([]*write, len(items))
	var errs []itemError
	for i, v := range items {
		m, ok := v.(map[string]any)
		if !ok {
			errs = append(errs, itemError{i, "not a JSON object"})
			continue
		}
		if msg := assayResultCreate.check(m); msg != "" {
			errs = append(errs, itemError{i, strings.TrimSuffix(msg, ".")})
			continue
		}
		w := c.st.newWrite(c, coll, opCreate, m, nil, b)
		msg := w.check(assayResultCreate)
		if id, ok := m["id"].(string); msg == "" && ok && !b.claim("id:"+id, fmt.Sprint(i)) {
			msg = fmt.Sprintf("id %s is repeated", id)
		}
		if msg != "" {
			errs = append(errs, itemError{i, msg})
			continue
		}
		writes[i] = w
	}
	return writes, errs, nil
}

// results decodes a body of results ({"assayResults": [...]}, and tableId
// if table) and checks them (checkResults).
func (c *call) results(table bool) ([]*write, []itemError, *httpError) {
	schema := body("assayResults:[]object!")
	if table {
		schema = schema.with("tableId:string")
	}
	in, herr := c.decodeBody(schema)
	if herr != nil {
		return nil, nil, herr
	}
	if msg := schema.missing(in); msg != "" {
		return nil, nil, badRequest("%s.", msg)
	}
	return c.checkResults(in["assayResults"])
}

func insertAll(writes []*write) []any {
	ids := make([]any, len(writes))
	for i, w := range writes {
		ids[i] = w.insert().id()
	}
	return ids
}

func createResults(c *call) (int, any, *httpError) {
	writes, errs, herr := c.results(false)
	if herr != nil {
		return 0, nil, herr
	}
	if errs != nil {
		return 0, nil, badRequest("Invalid assay result %d: %s.", errs[0].Index, errs[0].Message)
	}
	return http.StatusOK, map[string]any{"assayResults": insertAll(writes), "errors": nil}, nil
}

func bulkCreateResults(c *call) (int, any, *httpError) {
	writes, errs, herr := c.results(true)
	if herr != nil {
		return 0, nil, herr
	}
	if errs != nil {
		return c.st.failedTask("Your request was invalid.", errs)
	}
	return c.st.succeededTask(map[string]any{"assayResults": insertAll(writes), "errors": nil})
}

func bulkGetResults(c *call) (int, any, *httpError) {
	if n := len(commaList(c.query().Get("assayResultIds"))); n > 200 {
		return 0, nil, badRequest("Too many assayResultIds: %d (maximum 200).", n)
	}
	return c.st.coll(pathAssayResults).res.serveBulkGet(c)
}

// archiveResults serves :archive (archive) and :unarchive.
func archiveResults(archive bool) handler {
	return func(c *call) (int, any, *httpError) {
		items, reason, herr := c.archiveItems(pathAssayResults, "assayResultIds", archive, dataArchiveReasons, "Archived")
		if herr != nil {
			return 0, nil, herr
		}
		for _, it := range items {
			if archive && it.doc["entryId"] != nil {
				return 0, nil, badRequest("Assay result %s is in a notebook entry and cannot be archived.", it.id())
			}
		}
		return http.StatusOK, map[string]any{"assayResultIds": c.st.setArchived(items, archive, reason)}, nil
	}
}

// archiveItems decodes the body of an :archive (archive) or :unarchive
// whose reason is optional (def when it is missing) and returns the items
// of path it names (a 400 naming unknown IDs) and the reason.
func (c *call) archiveItems(path, idsKey string, archive bool, reasons []string, def string) ([]*item, string, *httpError) {
	schema := body(idsKey + ":[]string!")
	if archive {
		schema = schema.with("reason:string")
	}
	in, herr := c.decodeBody(schema)
	if herr != nil {
		return nil, "", herr
	}
	if msg := schema.missing(in); msg != "" {
		return nil, "", badRequest("%s.", msg)
	}
	reason := cmpOrStr(strAt(in, "reason"), def)
	if archive && !slices.Contains(reasons, reason) {
		return nil, "", badRequest("Invalid archive reason %q: use one of %s.", reason, strings.Join(reasons, ", "))
	}
	items, herr := c.st.coll(path).lookup(stringList(in[idsKey]))
	return items, reason, herr
}

// setArchived archives (or unarchives) items and returns their IDs.
func (st *store) setArchived(items []*item, archive bool, reason string) []any {
	t := st.now()
	ids := make([]any, 0, len(items))
	for _, it := range items {
		if archive {
			it.doc["archiveRecord"] = map[string]any{"reason": reason}
		} else {
			it.doc["archiveRecord"] = nil
		}
		it.modified = t
		if _, ok := it.doc["modifiedAt"]; ok {
			it.doc["modifiedAt"] = fmtTime(t)
		}
		ids = append(ids, it.id())
	}
	return ids
}

// --- transactions ---

func createResultTransaction(c *call) (int, any, *httpError) {
	id := newUUID(c.st.rng)
	c.st.assayState().txs[id] = &resultTx{state: "open"}
	return http.StatusOK, map[string]any{"id": id}, nil
}

func (c *call) resultTx() (string, *resultTx, *httpError) {
	id := c.param(0)
	tx := c.st.assayState().txs[id]
	if tx == nil {
		return "", nil, notFound(id, "Result transaction")
	}
	return id, tx, nil
}

// appendResults checks an append: the results are kept by the
// transaction, with their IDs, until its commit. An invalid result fails
// the append with the spec's AssayResultsCreateErrorResponse, one entry
// per result; any other 400 (a transaction that is not open, a malformed
// body) has that shape too, with the message as its one entry's global
// error, since the spec declares no other 400 body here.
func appendResults(c *call) (int, any, *httpError) {
	status, out, herr := appendResultsChecked(c)
	if herr != nil && herr.status == http.StatusBadRequest {
		return http.StatusBadRequest, map[string]any{"assayResults": nil,
			"errors": []any{map[string]any{"fields": map[string]any{}, "global": []any{herr.body.Message}}}}, nil
	}
	return status, out, herr
}

func appendResultsChecked(c *call) (int, any, *httpError) {
	id, tx, herr := c.resultTx()
	if herr != nil {
		return 0, nil, herr
	}
	if tx.state != "open" {
		return 0, nil, badRequest("Result transaction %s is %s.", id, tx.state)
	}
	writes, errs, herr := c.results(false)
	if herr != nil {
		return 0, nil, herr
	}
	if errs != nil {
		entries := make([]any, len(writes))
		for i := range entries {
			entries[i] = map[string]any{"fields": map[string]any{}, "global": []any{}}
		}
		for _, e := range errs {
			entries[e.Index] = createErrorEntry(e.Message)
		}
		return http.StatusBadRequest, map[string]any{"assayResults": nil, "errors": entries}, nil
	}
	state := c.st.assayState()
	ids := make([]any, len(writes))
	for i, w := range writes {
		rid, _ := w.body["id"].(string)
		if rid == "" {
			rid = newUUID(c.st.rng)
			w.body["id"] = rid
		}
		state.taken[rid] = true
		tx.results = append(tx.results, w.body)
		ids[i] = rid
	}
	return http.StatusOK, map[string]any{"assayResults": ids, "errors": nil}, nil
}

// createErrorEntry is one entry of AssayResultsCreateErrorResponse: a
// field's message under fields, any other under global.
func createErrorEntry(msg string) map[string]any {
	e := map[string]any{"fields": map[string]any{}, "global": []any{}}
	if rest, ok := strings.CutPrefix(msg, `field "`); ok {
		if name, m, ok := strings.Cut(rest, `"`); ok {
			e["fields"] = map[string]any{name: strings.TrimLeft(m, ": ")}
			return e
		}
	}
	e["global"] = []any{msg}
	return e
}

// endResultTransaction serves :commit (commit) and :abort.
func endResultTransaction(commit bool) handler {
	return func(c *call) (int, any, *httpError) {
		id, tx, herr := c.resultTx()
		if herr != nil {
			return 0, nil, herr
		}
		state := c.st.assayState()
		switch {
		case !commit && tx.state == "aborted":
		case tx.state != "open":
			return 0, nil, badRequest("Result transaction %s is %s.", id, tx.state)
		case commit:
			coll := c.st.coll(pathAssayResults)
			for _, m := range tx.results {
				delete(state.taken, m["id"].(string))
				c.st.newWrite(c, coll, opCreate, m, nil, &batch{}).insert()
			}
			tx.state, tx.results = "committed", nil
		default:
			for _, m := range tx.results {
				delete(state.taken, m["id"].(string))
			}
			tx.state, tx.results = "aborted", nil
		}
		return http.StatusOK, map[string]any{"id": id}, nil
	}
}
