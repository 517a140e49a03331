package benchlingtest

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"maps"
	"net/http"
	"slices"
	"strconv"
	"strings"
)

// The Lab Automation tag: input generators (/automation-input-generators,
// made for each input file configuration of a new run's schema),
// output processors (/automation-output-processors) and their transform
// steps (/automation-file-transforms).
//
// Every generator and processor has one transform step (aft_...), made
// with it. A Benchling App reports on a step with PATCH: its blobId (a
// blob or file ID) makes it SUCCEEDED, errors make it FAILED; the step's
// copy in its generator's or processor's transforms follows.
//
// What the actions compute, simplified:
//
//   - :generate-input writes a CSV (run,configuration,generatedAt and one
//     row) as a new blob, and answers a task whose response is the
//     generator with that file, SUCCEEDED, its step SUCCEEDED with the
//     blob.
//   - :process-output reads the processor's file as a CSV whose header
//     names fields (by name or system name) of an assay result schema:
//     the first schema, in the order added, that has every column and
//     whose required fields are all columns. Each row becomes an assay
//     result of that schema (numbers and booleans parsed for number and
//     boolean fields), checked as a create is, and linked to the
//     processor (the results list's automationOutputProcessorId, and
//     archiving the processor archives them). With completeWithErrors,
//     the valid rows are saved and the invalid ones go to errorFile, a
//     CSV blob with an "error" column; without it, one invalid row saves
//     nothing. progressStats counts the rows; the processor is SUCCEEDED
//     unless a row failed without completeWithErrors (FAILED). A file
//     that is not such a CSV fails the processing (FAILED, every row
//     unprocessed). The task always succeeds, with the processor.
//   - The list of processors keeps only those with a file, as the spec
//     says; it takes no sort (newest first). Archiving without a reason
//     archives with "Other".

var transforms = &resource{
	path: pathTransforms, noun: "Lab automation transform", prefix: "aft_", listKey: "transforms",
	doc: map[string]any{
		"apiURL": "", "blobId": nil, "customTransformId": nil, "errors": map[string]any{"topLevelErrors": []any{}},
		"id": "", "inputGeneratorId": nil, "modifiedAt": "", "outputProcessorId": nil, "status": "NOT_STARTED",
	},
	server: []string{"id", "modifiedAt", "apiURL"},
	get:    true,
	update: body("blobId:string errors:[]object"),
	keys: map[string]keyFunc{
		// A file's API ID becomes the ID of a blob of its content (the
		// response's blobId is a UUID).
		"blobId": func(w *write, v any) {
			id, _ := v.(string)
			if ref, _, msg := w.st.labFile(id); msg == "" {
				w.doc["blobId"] = ref["id"]
			}
		},
		"errors": func(w *write, v any) {
			l, _ := v.([]any)
			top := make([]any, 0, len(l))
			for _, e := range l {
				m, _ := e.(map[string]any)
				top = append(top, map[string]any{"errorMessage": strAt(m, "message")})
			}
			w.doc["errors"] = map[string]any{"topLevelErrors": top}
		},
	},
	validate: func(w *write) string {
		if id, ok := w.body["blobId"].(string); ok {
			return w.st.labFileProblem(id)
		}
		return ""
	},
	events: &eventKinds{key: "automationFileTransform", noUpdates: true, updated: []updatedEvent{
		{prop: "status", byValue: transformStatusEvents},
	}},
	derive: func(w *write) {
		if !w.creating() {
			switch {
			case len(stringListAt(w.body, "errors")) > 0:
				w.doc["status"] = "FAILED"
			case w.has("blobId"):
				w.doc["status"] = "SUCCEEDED"
			}
		}
		w.st.syncTransform(w.doc)
	},
}

func stringListAt(m map[string]any, k string) []any { l, _ := m[k].([]any); return l }

// transformStatusEvents are the event types of a transform step's move to
// each status.
var transformStatusEvents = map[string]string{
	"NOT_STARTED": "v2.automationFileTransform.updated.status.pending",
	"RUNNING":     "v2.automationFileTransform.updated.status.running",
	"SUCCEEDED":   "v2.automationFileTransform.updated.status.succeeded",
	"FAILED":      "v2.automationFileTransform.updated.status.failed",
}

// automationFile is what the lab automation events carry of a generator
// or processor: the spec's AutomationFile.
func automationFile(d map[string]any) map[string]any {
	out := map[string]any{}
	for _, k := range []string{"assayRunId", "automationFileConfig", "file", "id", "status"} {
		out[k] = d[k]
	}
	return out
}

// syncTransform replaces the copy of a transform step in its generator's
// or processor's transforms.
func (st *store) syncTransform(d map[string]any) {
	for path, key := range map[string]string{pathInputGenerators: "inputGeneratorId", pathOutputProcessors: "outputProcessorId"} {
		owner := st.coll(path).byID[strAt(d, key)]
		if owner == nil {
			continue
		}
		old, _ := owner.doc["transforms"].([]any)
		list := make([]any, len(old))
		for i, t := range old {
			list[i] = t
			if m, _ := t.(map[string]any); strAt(m, "id") == strAt(d, "id") {
				list[i] = maps.Clone(d)
			}
		}
		owner.doc["transforms"] = list
	}
}

// addTransform gives a new generator or processor (key names which) its
// transform step.
func addTransform(key string) func(w *write) {
	return func(w *write) {
		if l, _ := w.doc["transforms"].([]any); len(l) > 0 {
			return // seeded with its own
		}
		t := w.st.create(pathTransforms, map[string]any{key: w.doc["id"]})
		w.doc["transforms"] = []any{maps.Clone(t.doc)}
	}
}

// labFileKey writes fileId: the blob (or file) summary, and a new file
// resets the processing.
func labFileKey(w *write, v any) {
	id, _ := v.(string)
	if id == "" {
		w.doc["file"] = nil
	} else {
		ref, _, _ := w.st.labFile(id)
		w.doc["file"] = ref
	}
	w.doc["status"] = "NOT_STARTED"
	if _, ok := w.doc["progressStats"]; ok {
		w.doc["progressStats"] = map[string]any{"rowsFailed": 0, "rowsSucceeded": 0, "rowsUnprocessed": 0}
		w.doc["errorFile"] = nil
	}
}

func checkLabFile(w *write) string {
	if id, _ := w.body["fileId"].(string); id != "" {
		return w.st.labFileProblem(id)
	}
	return ""
}

var inputGenerators = &resource{
	path: pathInputGenerators, noun: "Automation input generator", prefix: "aif_", listKey: "automationInputGenerators",
	doc: map[string]any{
		"apiURL": "", "assayRunId": "", "automationFileConfig": map[string]any{}, "createdAt": "", "file": nil, "id": "",
		"modifiedAt": "", "status": "NOT_STARTED", "transforms": []any{},
	},
	server:   []string{"id", "createdAt", "modifiedAt", "apiURL"},
	get:      true,
	update:   body("fileId:string?"),
	keys:     map[string]keyFunc{"fileId": labFileKey},
	validate: checkLabFile,
	fill:     addTransform("inputGeneratorId"),
	events:   &eventKinds{key: "automationInputGenerator", noUpdates: true, carry: automationFile},
	actions: []action{
		{"POST", "/automation-input-generators/{input_generator_id}:generate-input", generateInput},
	},
}

var outputProcessors = &resource{
	path: pathOutputProcessors, noun: "Automation output processor", prefix: "aop_", listKey: "automationOutputProcessors",
	doc: map[string]any{
		"apiURL": "", "archiveRecord": nil, "assayRunId": "", "automationFileConfig": map[string]any{}, "completeWithErrors": false,
		"createdAt": "", "errorFile": nil, "file": nil, "id": "", "modifiedAt": "",
		"progressStats": map[string]any{"rowsFailed": 0, "rowsSucceeded": 0, "rowsUnprocessed": 0}, "status": "NOT_STARTED", "transforms": []any{},
	},
	server: []string{"id", "createdAt", "modifiedAt", "apiURL"},
	list: &listOp{filters: "assayRunId automationFileConfigName archiveReason modifiedAt", noSort: true,
		custom: map[string]filter{"assayRunId": processorsWithFile, "automationFileConfigName": eqAt("automationFileConfig.name")}},
	get:    true,
	create: body("assayRunId:string! automationFileConfigName:string! completeWithErrors:boolean fileId:string! folderId:string locationId:string timezone:string"),
	update: body("fileId:string!"),
	keys: map[string]keyFunc{
		"fileId":                   labFileKey,
		"automationFileConfigName": func(w *write, v any) { w.doc["automationFileConfig"] = map[string]any{"name": v} },
		"folderId":                 ignoreKey,
		"locationId":               ignoreKey,
		"timezone":                 ignoreKey,
	},
	validate: func(w *write) string {
		if w.creating() && w.c != nil {
			run := w.st.coll(pathAssayRuns).byID[strAt(w.body, "assayRunId")]
			if run == nil {
				return fmt.Sprintf("assay run %s not found", strAt(w.body, "assayRunId"))
			}
			id, _ := at(run.doc, "schema.id").(string)
			names := fileConfigNames(w.st.coll(pathAssayRunSchemas).byID[id], "automationOutputFileConfigs")
			if name := strAt(w.body, "automationFileConfigName"); !slices.Contains(names, name) {
				return fmt.Sprintf("the run's schema has no output file configuration %q (it has %s)", name, strings.Join(names, ", "))
			}
		}
		return checkLabFile(w)
	},
	fill: addTransform("outputProcessorId"),
	// A processor made or given a file by a request raises
	// v2.automationOutputProcessor.uploaded.
	events: &eventKinds{key: "automationOutputProcessor", created: "v2.automationOutputProcessor.uploaded", noUpdates: true,
		carry: automationFile, updated: []updatedEvent{{prop: "file", event: "v2.automationOutputProcessor.uploaded"}}},
	actions: []action{
		{"POST", "/automation-output-processors/{output_processor_id}:process-output", processOutput},
		{"POST", "/automation-output-processors:archive", archiveProcessors(true)},
		{"POST", "/automation-output-processors:unarchive", archiveProcessors(false)},
	},
}

// processorsWithFile serves assayRunId, and keeps only processors with a
// file whether it is given or not.
func processorsWithFile(f *filterCtx) (func(*item) bool, *httpError) {
	v := f.value()
	return func(it *item) bool { return it.doc["file"] != nil && (v == "" || strAt(it.doc, "assayRunId") == v) }, nil
}

// finishStep marks the transform steps of a generator or processor with
// status (and blobID, if any), and the copies in its document, and
// records the steps' status events and then the owner's event (typ:
// completed).
func (st *store) finishStep(owner *item, status string, blobID any, typ string) {
	l, _ := owner.doc["transforms"].([]any)
	for _, tr := range l {
		m, _ := tr.(map[string]any)
		if it := st.coll(pathTransforms).byID[strAt(m, "id")]; it != nil {
			it.doc["status"] = status
			if blobID != nil {
				it.doc["blobId"] = blobID
			}
			t := st.now()
			st.touch(it, t)
			st.syncTransform(it.doc)
			st.itemEvent(it, transformStatusEvents[status], t, nil)
		}
	}
	t := st.now()
	st.touch(owner, t)
	st.itemEvent(owner, typ, t, nil)
}

func generateInput(c *call) (int, any, *httpError) {
	gen, herr := c.st.find(pathInputGenerators, c.param(0))
	if herr != nil {
		return 0, nil, herr
	}
	name := cmpOrStr(strAt(gen.doc["automationFileConfig"].(map[string]any), "name"), "input")
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	_ = w.Write([]string{"run", "configuration", "generatedAt"})
	_ = w.Write([]string{strAt(gen.doc, "assayRunId"), name, fmtTime(c.st.now())})
	w.Flush()
	blob := c.st.labNewBlob(systemName(name)+".csv", buf.Bytes())
	gen.doc["file"] = blob
	gen.doc["status"] = "SUCCEEDED"
	c.st.finishStep(gen, "SUCCEEDED", blob["id"], "v2.automationInputGenerator.completed")
	return c.st.succeededTask(maps.Clone(gen.doc))
}

func processOutput(c *call) (int, any, *httpError) {
	proc, herr := c.st.find(pathOutputProcessors, c.param(0))
	if herr != nil {
		return 0, nil, herr
	}
	file, _ := proc.doc["file"].(map[string]any)
	if file == nil {
		return 0, nil, badRequest("Automation output processor %s has no file to process.", proc.id())
	}
	_, content, _ := c.st.labFile(strAt(file, "id"))
	stats, status, errorFile := c.processRows(proc, content)
	proc.doc["progressStats"] = stats
	proc.doc["status"] = status
	proc.doc["errorFile"] = errorFile
	c.st.finishStep(proc, status, nil, "v2.automationOutputProcessor.completed")
	return c.st.succeededTask(maps.Clone(proc.doc))
}

// processRows turns the rows of an output file into assay results (see
// the tag's comment) and returns the processor's progressStats, status
// and errorFile.
func (c *call) processRows(proc *item, content []byte) (map[string]any, string, any) {
	rows, err := csv.NewReader(bytes.NewReader(content)).ReadAll()
	stats := func(ok, failed, left int) map[string]any {
		return map[string]any{"rowsFailed": failed, "rowsSucceeded": ok, "rowsUnprocessed": left}
	}
	if err != nil || len(rows) < 1 {
		return stats(0, 0, max(len(rows)-1, 0)), "FAILED", nil
	}
	header, rows := rows[0], rows[1:]
	schema := c.st.resultSchemaFor(header)
	if schema == nil {
		return stats(0, 0, len(rows)), "FAILED", nil
	}
	coll := c.st.coll(pathAssayResults)
	b := &batch{}
	var writes []*write
	var failed [][]string
	for _, row := range rows {
		fields := map[string]any{}
		for i, col := range header {
			if i < len(row) && row[i] != "" {
				def, _ := c.st.fieldDef(pathAssayResultSchemas, schema.id(), col)
				fields[col] = cellValue(def, row[i])
			}
		}
		m := map[string]any{"schemaId": schema.id(), "fields": fields}
		w := c.st.newWrite(c, coll, opCreate, m, nil, b)
		if msg := w.check(assayResultCreate); msg != "" {
			failed = append(failed, append(slices.Clone(row), msg))
			continue
		}
		writes = append(writes, w)
	}
	if len(failed) > 0 && proc.doc["completeWithErrors"] != true {
		return stats(0, len(failed), len(writes)), "FAILED", nil
	}
	for _, w := range writes {
		c.st.assayState().byProcessor[w.insert().id()] = proc.id()
	}
	var errorFile any
	if len(failed) > 0 {
		var buf bytes.Buffer
		cw := csv.NewWriter(&buf)
		_ = cw.Write(append(slices.Clone(header), "error"))
		_ = cw.WriteAll(failed)
		errorFile = c.st.labNewBlob("errors.csv", buf.Bytes())
	}
	return stats(len(writes), len(failed), 0), "SUCCEEDED", errorFile
}

// resultSchemaFor is the first assay result schema that has a field for
// every column of header and whose required fields are all columns.
func (st *store) resultSchemaFor(header []string) *item {
	for _, sch := range st.coll(pathAssayResultSchemas).order {
		ok := true
		for _, col := range header {
			if _, has := st.fieldDef(pathAssayResultSchemas, sch.id(), col); !has {
				ok = false
				break
			}
		}
		defs, _ := sch.doc["fieldDefinitions"].([]any)
		for _, d := range defs {
			m, _ := d.(map[string]any)
			if m["isRequired"] == true && !slices.ContainsFunc(header, func(col string) bool {
				return col == strAt(m, "name") || col == systemName(strAt(m, "name"))
			}) {
				ok = false
			}
		}
		if ok {
			return sch
		}
	}
	return nil
}

// cellValue is a CSV cell as the value of a field: a number or boolean
// for number and boolean fields (left as text when it does not parse, for
// the check to reject), else the text.
func cellValue(def map[string]any, s string) any {
	switch strAt(def, "type") {
	case "integer", "float":
		if f, err := strconv.ParseFloat(strings.TrimSpace(s), 64); err == nil {
			return f
		}
	case "boolean":
		if b, err := strconv.ParseBool(strings.TrimSpace(s)); err == nil {
			return b
		}
	}
	return s
}

// archiveProcessors serves :archive (archive) and :unarchive: the
// processors and the results they created.
func archiveProcessors(archive bool) handler {
	return func(c *call) (int, any, *httpError) {
		procs, reason, herr := c.archiveItems(pathOutputProcessors, "automationOutputProcessorIds", archive, entityArchiveReasons, "Other")
		if herr != nil {
			return 0, nil, herr
		}
		by := c.st.assayState().byProcessor
		var results []*item
		for _, r := range c.st.coll(pathAssayResults).order {
			if p := by[r.id()]; p != "" && slices.ContainsFunc(procs, func(it *item) bool { return it.id() == p }) {
				results = append(results, r)
			}
		}
		return http.StatusOK, map[string]any{
			"automationOutputProcessorIds": c.st.setArchived(procs, archive, reason),
			"resultIds":                    c.st.setArchived(results, archive, reason),
		}, nil
	}
}

// blobSummary is a blob document as a lab automation file (the spec's
// Blob).
func blobSummary(d map[string]any) map[string]any {
	return map[string]any{"id": d["id"], "mimeType": d["mimeType"], "name": d["name"], "type": d["type"], "uploadStatus": d["uploadStatus"]}
}

// labFile returns the Blob summary and the content of the file a lab
// automation write names: a blob's ID (uploaded completely), or a file's
// API ID (file_..., uploaded), whose content becomes a new blob, as a
// processor's file is a Blob in the spec. Anything else is a message.
func (st *store) labFile(id string) (map[string]any, []byte, string) {
	if msg := st.labFileProblem(id); msg != "" {
		return nil, nil, msg
	}
	if it := st.coll("blobs").byID[id]; it != nil {
		return blobSummary(it.doc), st.objects[blobKey(id)].bytes(), ""
	}
	it := st.coll("files").byID[id]
	content := st.objects[fileKey(id, strAt(it.doc, "filename"))].bytes()
	return st.labNewBlob(strAt(it.doc, "filename"), content), content, ""
}

// labFileProblem says why id names no file lab automation can use, or "".
func (st *store) labFileProblem(id string) string {
	if it := st.coll("blobs").byID[id]; it != nil {
		if strAt(it.doc, "uploadStatus") != "COMPLETE" || st.objects[blobKey(id)] == nil {
			return fmt.Sprintf("blob %s has not been uploaded completely", id)
		}
		return ""
	}
	if it := st.coll("files").byID[id]; it != nil {
		if strAt(it.doc, "uploadStatus") != "SUCCEEDED" || st.objects[fileKey(id, strAt(it.doc, "filename"))] == nil {
			return fmt.Sprintf("file %s has not been uploaded", id)
		}
		return ""
	}
	return fmt.Sprintf("file %s not found (a blob ID or a file's API ID)", id)
}

// labNewBlob stores a CSV blob with content and returns its Blob summary.
func (st *store) labNewBlob(name string, content []byte) map[string]any {
	it := st.newBlob(map[string]any{"name": name, "mimeType": "text/csv", "type": "RAW_FILE"}, "COMPLETE")
	st.objects[blobKey(it.id())] = newObject("text/csv", name, content)
	return blobSummary(it.doc)
}
