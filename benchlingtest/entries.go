package benchlingtest

import (
	"fmt"
	"net/http"
	"time"
)

// The Entries tag: notebook entries (/entries) and entry templates
// (/entry-templates).

var entries = &resource{
	path: "entries", noun: "Entry", prefix: "etr_", listKey: "entries", wrapKey: "entry",
	doc: map[string]any{
		"apiURL": "", "archiveRecord": nil, "assignedReviewers": []any{}, "authors": []any{}, "createdAt": "",
		"creator": nil, "customFields": map[string]any{}, "days": []any{}, "displayId": "", "entryTemplateId": nil,
		"fields": map[string]any{}, "folderId": "", "id": "", "modifiedAt": "", "name": "", "schema": nil, "webURL": "",
		"reviewRecord": map[string]any{"comment": "", "reviewChanges": []any{}, "reviewProcesses": []any{}, "status": "IN_PROGRESS"},
	},
	server: entityServer,
	webPath: func(_ *store, d map[string]any) string {
		return "/benchling/f/" + strAt(d, "folderId") + "/etr-" + strAt(d, "id") + "/edit"
	},
	list: &listOp{filters: "ids name names.anyOf names.anyOf.caseSensitive modifiedAt projectId archiveReason reviewStatus " +
		"mentionedIn mentions schemaId assignedReviewerIds.anyOf creatorIds authorIds.anyOf displayIds"},
	get: true,
	create: body("authorIds:string|[]string customFields:object entryTemplateId:string fields:object folderId:string! " +
		"initialTables:[]object name:string! schemaId:string"),
	update:    body("authorIds:string|[]string fields:object folderId:string name:string schemaId:string"),
	archive:   &archiveOp{idsKey: "entryIds", reasons: entryArchiveReasons},
	bulkGet:   &bulkGetOp{params: []bulkGetParam{{"entryIds", "id"}, {"displayIds", "displayId"}}},
	schemaRef: entrySchema,
	events: &eventKinds{key: "entry", created: "v2.entry.created", updated: []updatedEvent{
		{prop: "fields", event: "v2.entry.updated.fields"},
		{prop: "assignedReviewers", event: "v2.entry.updated.assignedReviewers"},
		{prop: "reviewRecord", event: "v2.entry.updated.reviewRecord"},
	}},
	keys: map[string]keyFunc{"entryTemplateId": ignoreKey, "initialTables": ignoreKey},
	validate: func(w *write) string {
		if msg := checkEntrySchema(w); msg != "" {
			return msg
		}
		if w.creating() {
			id, ok := w.body["entryTemplateId"].(string)
			if ok && w.st.coll("entry-templates").byID[id] == nil {
				return fmt.Sprintf("entry template %s not found", id)
			}
			if !ok && w.has("initialTables") {
				return "initialTables can only be given with entryTemplateId"
			}
		} else if v, ok := w.body["folderId"]; ok && v == "" {
			return "folderId must not be empty"
		}
		return ""
	},
	fill: func(w *write) {
		if strAt(w.doc, "displayId") == "" {
			w.st.displaySeq++
			w.doc["displayId"] = fmt.Sprintf("EXP%03d", w.st.displaySeq)
		}
		if empty(w.doc["days"]) {
			w.doc["days"] = []any{map[string]any{"date": w.it.created.Format(time.DateOnly), "notes": []any{}, "title": nil}}
		}
	},
	onCreate: func(w *write) { // an entry from a template copies its days, schema and fields
		tmpl := w.st.coll("entry-templates").byID[strAt(w.body, "entryTemplateId")]
		if tmpl == nil {
			return
		}
		t := w.it.created
		w.doc["entryTemplateId"] = tmpl.id()
		for _, k := range []string{"schema", "fields", "customFields"} {
			w.doc[k] = tmpl.doc[k]
		}
		tdays, _ := tmpl.doc["days"].([]any)
		days := make([]any, len(tdays))
		for i, d := range tdays {
			dm, _ := d.(map[string]any)
			n := int(num(dm["day"]))
			days[i] = map[string]any{"date": t.AddDate(0, 0, max(n-1, 0)).Format(time.DateOnly), "title": dm["title"], "notes": dm["notes"]}
		}
		w.doc["days"] = days
	},
	links: entryLinks,
	actions: []action{
		{"GET", "/entries/{entry_id}/external-files/{external_file_id}", getExternalFileMetadata},
	},
}

// checkEntrySchema checks that the schemaId of an entry's or a
// template's write names an entry schema of the tenant.
func checkEntrySchema(w *write) string {
	if id, ok := w.body["schemaId"].(string); ok && w.st.coll("entry-schemas").byID[id] == nil {
		return fmt.Sprintf("entry schema %s not found", id)
	}
	return ""
}

// entrySchema is an EntrySchema: {id, modifiedAt, name}.
func entrySchema(st *store, id string) map[string]any {
	return map[string]any{"id": id, "name": st.schemaName(id), "modifiedAt": fmtTime(st.last)}
}

// entryLinks returns the IDs an entry's notes link to.
func entryLinks(d map[string]any) []string {
	var ids []string
	days, _ := d["days"].([]any)
	for _, day := range days {
		dm, _ := day.(map[string]any)
		notes, _ := dm["notes"].([]any)
		for _, n := range notes {
			nm, _ := n.(map[string]any)
			links, _ := nm["links"].([]any)
			for _, l := range links {
				if m, ok := l.(map[string]any); ok {
					if id, ok := m["id"].(string); ok {
						ids = append(ids, id)
					}
				}
			}
		}
	}
	return ids
}

func getExternalFileMetadata(c *call) (int, any, *httpError) {
	e, herr := c.st.find("entries", c.param(0))
	if herr != nil {
		return 0, nil, herr
	}
	fid := c.param(1)
	size, ok := c.st.files[e.id()][fid]
	if !ok {
		return 0, nil, notFound(fid, "External file")
	}
	exp := c.s.requestNow().Add(15 * time.Minute)
	return http.StatusOK, map[string]any{"externalFile": map[string]any{
		"id":          fid,
		"size":        size,
		"downloadURL": c.st.base + "/fake-downloads/" + fid + "?expires=" + fmt.Sprint(exp.Unix()),
		"expiresAt":   exp.Unix(),
	}}, nil
}

var entryTemplates = &resource{
	path: "entry-templates", noun: "Entry template", prefix: "tmpl_", listKey: "entryTemplates",
	// EntryTemplate has additionalProperties: false, so no other keys.
	doc: map[string]any{
		"apiURL": "", "createdAt": "", "creator": nil, "customFields": map[string]any{}, "days": []any{},
		"fields": map[string]any{}, "id": "", "modifiedAt": "", "name": "", "schema": nil, "templateCollectionId": "", "webURL": "",
	},
	server:    []string{"id", "createdAt", "modifiedAt", "creator", "apiURL", "webURL"},
	webPath:   func(_ *store, d map[string]any) string { return "/benchling/template/" + strAt(d, "id") + "/edit" },
	list:      &listOp{filters: "ids name templateCollectionId schemaId modifiedAt", noSort: true},
	get:       true,
	update:    body("fields:object modifiedAt:string name:string schemaId:string templateCollectionId:string"),
	schemaRef: entrySchema,
	keys:      map[string]keyFunc{"modifiedAt": ignoreKey},
	validate: func(w *write) string {
		if msg := checkEntrySchema(w); msg != "" {
			return msg
		}
		if v, ok := w.body["templateCollectionId"]; ok && v == "" {
			return "templateCollectionId must not be empty"
		}
		return ""
	},
}

func (st *store) addTemplate(name, schemaID string) *item {
	b := map[string]any{"name": name, "templateCollectionId": st.collectionID, "days": []any{
		map[string]any{"day": 1, "title": "Day 1", "notes": []any{
			textNote("Objective: describe the aim of the experiment."),
			textNote("Materials and methods."),
		}},
	}}
	if schemaID != "" {
		b["schemaId"] = schemaID
	}
	return st.create("entry-templates", b)
}

func textNote(s string) map[string]any {
	return map[string]any{"type": "text", "text": s, "links": []any{}, "indentation": 0}
}
