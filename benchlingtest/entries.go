package benchlingtest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"time"
)

func entryMeta(e *entry) *meta         { return &e.meta }
func entryName(e *entry) string        { return e.Name }
func tmplMeta(t *entryTemplate) *meta  { return &t.meta }
func tmplName(t *entryTemplate) string { return t.Name }

func renderEntries(in []*entry) []*entry {
	out := make([]*entry, len(in))
	for i, e := range in {
		out[i] = e.render()
	}
	return out
}

// linkedIDs returns the IDs an entry's notes link to.
func (e *entry) linkedIDs() []string {
	var ids []string
	for _, d := range e.Days {
		for _, n := range d.Notes {
			links, _ := n["links"].([]any)
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

// mentionedIn returns the IDs linked from the given entries, or nil when
// ids is empty.
func (st *store) mentionedIn(ids []string) map[string]bool {
	if len(ids) == 0 {
		return nil
	}
	set := map[string]bool{}
	for _, id := range ids {
		if e := st.entries.byID[id]; e != nil {
			for _, l := range e.linkedIDs() {
				set[l] = true
			}
		}
	}
	return set
}

func listEntries(c *call) (int, any, *httpError) {
	q := c.r.URL.Query()
	p, herr := parsePage(q.Get("pageSize"), q.Get("nextToken"), q.Get("sort"))
	if herr != nil {
		return 0, nil, herr
	}
	mod, herr := timeFilter(q.Get("modifiedAt"))
	if herr != nil {
		return 0, nil, herr
	}
	arch, herr := archiveFilter(q.Get("archiveReason"), entryArchiveReasons)
	if herr != nil {
		return 0, nil, herr
	}
	review := q.Get("reviewStatus")
	if review != "" && !slices.Contains([]string{"IN_PROGRESS", "ACCEPTED", "REJECTED", "NEEDS_REVIEW", "RETRACTED"}, review) {
		return 0, nil, badRequest("Invalid reviewStatus %q.", review)
	}
	ids := commaList(q.Get("ids"))
	if herr := checkIDs(ids, func(id string) bool { return c.st.entries.byID[id] != nil }); herr != nil {
		return 0, nil, herr
	}
	name, schema := q.Get("name"), q.Get("schemaId")
	names, namesCS := commaList(q.Get("names.anyOf")), commaList(q.Get("names.anyOf.caseSensitive"))
	reviewers := commaList(q.Get("assignedReviewerIds.anyOf"))
	creators, authors := commaList(q.Get("creatorIds")), commaList(q.Get("authorIds.anyOf"))
	displayIDs := commaList(q.Get("displayIds"))
	mentions := commaList(q.Get("mentions"))
	mentioned := c.st.mentionedIn(commaList(q.Get("mentionedIn")))
	hasMentioned := q.Get("mentionedIn") != ""
	keep := func(e *entry) bool {
		r := e.render()
		switch {
		case !arch(e.ArchiveRecord),
			ids != nil && !anyOf(ids, true, e.ID),
			name != "" && !strings.EqualFold(e.Name, name),
			names != nil && !anyOf(names, false, e.Name),
			namesCS != nil && !anyOf(namesCS, true, e.Name),
			schema != "" && (e.Schema == nil || e.Schema.ID != schema),
			review != "" && (e.ReviewRecord == nil || e.ReviewRecord.Status != review),
			reviewers != nil && !slices.ContainsFunc(r.AssignedReviewers, func(u userSummary) bool { return anyOf(reviewers, true, u.ID) }),
			creators != nil && !anyOf(creators, true, e.Creator.ID),
			authors != nil && !slices.ContainsFunc(r.Authors, func(u userSummary) bool { return anyOf(authors, true, u.ID) }),
			displayIDs != nil && !anyOf(displayIDs, false, e.DisplayID),
			mentions != nil && !anyOf(mentions, true, e.linkedIDs()...),
			hasMentioned && !mentioned[e.ID],
			mod != nil && !mod(e.modified):
			return false
		}
		return true
	}
	page, next := paginate(c.st.entries.order, entryMeta, entryName, keep, p)
	return http.StatusOK, shape(map[string]any{"entries": renderEntries(page), "nextToken": next}, q.Get("returning")), nil
}

type entryCreate struct {
	AuthorIDs       json.RawMessage        `json:"authorIds"`
	CustomFields    map[string]customField `json:"customFields"`
	EntryTemplateID *string                `json:"entryTemplateId"`
	Fields          map[string]fieldWrite  `json:"fields"`
	FolderID        *string                `json:"folderId"`
	InitialTables   []struct {
		CSVData         string `json:"csvData"`
		TemplateTableID string `json:"templateTableID"`
	} `json:"initialTables"`
	Name     *string `json:"name"`
	SchemaID *string `json:"schemaId"`
}

// authorList decodes authorIds: a list, or (deprecated) one string.
func authorList(raw json.RawMessage) ([]string, bool) {
	if raw == nil {
		return nil, true
	}
	var list []string
	if json.Unmarshal(raw, &list) == nil {
		return list, true
	}
	var one string
	if json.Unmarshal(raw, &one) == nil {
		return commaList(one), true
	}
	return nil, false
}

func (st *store) authors(ids []string) ([]userSummary, *httpError) {
	out := make([]userSummary, 0, len(ids))
	for _, id := range ids {
		u := st.user(id)
		if u == nil {
			return nil, badRequestIDs([]string{id}, "Author %s not found.", id)
		}
		out = append(out, u.summary())
	}
	return out, nil
}

func createEntry(c *call) (int, any, *httpError) {
	var in entryCreate
	if herr := c.decodeBody(&in); herr != nil {
		return 0, nil, herr
	}
	switch {
	case in.Name == nil || strings.TrimSpace(*in.Name) == "":
		return 0, nil, badRequest("name is required.")
	case in.FolderID == nil || *in.FolderID == "":
		return 0, nil, badRequest("folderId is required.")
	case in.InitialTables != nil && in.EntryTemplateID == nil:
		return 0, nil, badRequest("initialTables can only be given with entryTemplateId.")
	}
	var tmpl *entryTemplate
	if in.EntryTemplateID != nil {
		if tmpl = c.st.templates.byID[*in.EntryTemplateID]; tmpl == nil {
			return 0, nil, badRequestIDs([]string{*in.EntryTemplateID}, "Entry template %s not found.", *in.EntryTemplateID)
		}
	}
	ids, ok := authorList(in.AuthorIDs)
	if !ok {
		return 0, nil, badRequest("authorIds must be a list of user IDs.")
	}
	authors, herr := c.st.authors(ids)
	if herr != nil {
		return 0, nil, herr
	}
	e := c.st.insertEntry(*in.Name, *in.FolderID, c.actor(), tmpl)
	if len(ids) > 0 {
		e.Authors = authors
	}
	e.Fields = fieldsFrom(in.Fields, e.Fields)
	e.CustomFields = customFieldsFrom(in.CustomFields, e.CustomFields)
	if in.SchemaID != nil && *in.SchemaID != "" {
		e.Schema = c.st.entrySchema(*in.SchemaID)
	}
	return http.StatusCreated, e.render(), nil
}

// insertEntry creates an entry with one day, copied from tmpl if given.
func (st *store) insertEntry(name, folderID string, creator userSummary, tmpl *entryTemplate) *entry {
	t := st.now()
	id := st.newID("etr_")
	st.displaySeq++
	e := &entry{
		meta:         meta{seq: st.nextSeq(), created: t, modified: t},
		APIURL:       st.base + apiPrefix + "/entries/" + id,
		CreatedAt:    fmtTime(t),
		Creator:      creator,
		DisplayID:    fmt.Sprintf("EXP%03d", st.displaySeq),
		FolderID:     folderID,
		ID:           id,
		ModifiedAt:   fmtTime(t),
		Name:         name,
		ReviewRecord: &reviewRecord{Status: "IN_PROGRESS", ReviewChanges: []map[string]any{}, ReviewProcesses: []map[string]any{}},
		WebURL:       st.base + "/benchling/f/" + folderID + "/etr-" + id + "/edit",
		Days:         []entryDay{{Date: t.Format(time.DateOnly), Notes: []map[string]any{}}},
	}
	if tmpl != nil {
		e.EntryTemplateID = ptr(tmpl.ID)
		e.Schema = tmpl.Schema
		e.Fields = tmpl.Fields
		e.CustomFields = tmpl.CustomFields
		days := make([]entryDay, len(tmpl.Days))
		for i, d := range tmpl.Days {
			days[i] = entryDay{Date: t.AddDate(0, 0, max(d.Day-1, 0)).Format(time.DateOnly), Title: d.Title, Notes: cloneMaps(d.Notes)}
		}
		e.Days = days
	}
	st.entries.add(id, e)
	return e
}

func getEntry(c *call) (int, any, *httpError) {
	e := c.st.entries.byID[c.id]
	if e == nil {
		return 0, nil, notFound(c.id, "Entry")
	}
	ret := c.r.URL.Query().Get("returning")
	if strings.HasPrefix(strings.TrimSpace(ret), "entry.") {
		return http.StatusOK, shape(map[string]any{"entry": e.render()}, ret), nil
	}
	return http.StatusOK, map[string]any{"entry": shape(e.render(), ret)}, nil
}

func updateEntry(c *call) (int, any, *httpError) {
	e := c.st.entries.byID[c.id]
	if e == nil {
		return 0, nil, notFound(c.id, "Entry")
	}
	var in struct {
		AuthorIDs json.RawMessage       `json:"authorIds"`
		Fields    map[string]fieldWrite `json:"fields"`
		FolderID  *string               `json:"folderId"`
		Name      *string               `json:"name"`
		SchemaID  *string               `json:"schemaId"`
	}
	if herr := c.decodeBody(&in); herr != nil {
		return 0, nil, herr
	}
	if in.Name != nil && strings.TrimSpace(*in.Name) == "" {
		return 0, nil, badRequest("name must not be empty.")
	}
	if in.FolderID != nil && *in.FolderID == "" {
		return 0, nil, badRequest("folderId must not be empty.")
	}
	ids, ok := authorList(in.AuthorIDs)
	if !ok {
		return 0, nil, badRequest("authorIds must be user IDs.")
	}
	authors, herr := c.st.authors(ids)
	if herr != nil {
		return 0, nil, herr
	}
	if in.AuthorIDs != nil {
		e.Authors = authors
	}
	if in.Name != nil {
		e.Name = *in.Name
	}
	if in.FolderID != nil {
		e.FolderID = *in.FolderID
		e.WebURL = c.st.base + "/benchling/f/" + e.FolderID + "/etr-" + e.ID + "/edit"
	}
	if in.SchemaID != nil {
		if *in.SchemaID == "" {
			e.Schema = nil
		} else {
			e.Schema = c.st.entrySchema(*in.SchemaID)
		}
	}
	e.Fields = fieldsFrom(in.Fields, e.Fields)
	t := c.st.now()
	e.modified, e.ModifiedAt = t, fmtTime(t)
	return http.StatusOK, shape(e.render(), c.r.URL.Query().Get("returning")), nil
}

func getExternalFileMetadata(c *call) (int, any, *httpError) {
	e := c.st.entries.byID[c.id]
	if e == nil {
		return 0, nil, notFound(c.id, "Entry")
	}
	size, ok := e.externalFiles[c.id2]
	if !ok {
		return 0, nil, notFound(c.id2, "External file")
	}
	exp := c.st.now0().Add(15 * time.Minute)
	return http.StatusOK, map[string]any{"externalFile": map[string]any{
		"id":          c.id2,
		"size":        size,
		"downloadURL": c.st.base + "/fake-downloads/" + c.id2 + "?expires=" + fmt.Sprint(exp.Unix()),
		"expiresAt":   exp.Unix(),
	}}, nil
}

func setEntriesArchived(c *call, archive bool) (int, any, *httpError) {
	var in struct {
		EntryIDs *[]string `json:"entryIds"`
		Reason   *string   `json:"reason"`
	}
	if herr := c.decodeBody(&in); herr != nil {
		return 0, nil, herr
	}
	if in.EntryIDs == nil {
		return 0, nil, badRequest("entryIds is required.")
	}
	if archive {
		if in.Reason == nil {
			return 0, nil, badRequest("reason is required.")
		}
		if !slices.Contains(entryArchiveReasons, *in.Reason) {
			return 0, nil, badRequest("Invalid archive reason %q: use one of %s.", *in.Reason, strings.Join(entryArchiveReasons, ", "))
		}
	} else if in.Reason != nil {
		return 0, nil, badRequest("Unknown field \"reason\" in the request body.")
	}
	if herr := checkIDs(*in.EntryIDs, func(id string) bool { return c.st.entries.byID[id] != nil }); herr != nil {
		return 0, nil, herr
	}
	t := c.st.now()
	changed := make([]string, 0, len(*in.EntryIDs))
	for _, id := range *in.EntryIDs {
		e := c.st.entries.byID[id]
		if archive {
			e.ArchiveRecord = &archiveRecord{Reason: *in.Reason}
		} else {
			e.ArchiveRecord = nil
		}
		e.modified, e.ModifiedAt = t, fmtTime(t)
		changed = append(changed, id)
	}
	return http.StatusOK, map[string]any{"entryIds": changed}, nil
}

func archiveEntries(c *call) (int, any, *httpError)   { return setEntriesArchived(c, true) }
func unarchiveEntries(c *call) (int, any, *httpError) { return setEntriesArchived(c, false) }

func bulkGetEntries(c *call) (int, any, *httpError) {
	q := c.r.URL.Query()
	ids, displayIDs := commaList(q.Get("entryIds")), commaList(q.Get("displayIds"))
	if ids == nil && displayIDs == nil {
		return 0, nil, badRequest("entryIds or displayIds is required.")
	}
	var out []*entry
	var bad []string
	for _, id := range ids {
		if e := c.st.entries.byID[id]; e != nil {
			out = append(out, e)
		} else {
			bad = append(bad, id)
		}
	}
	for _, d := range displayIDs {
		i := slices.IndexFunc(c.st.entries.order, func(e *entry) bool { return strings.EqualFold(e.DisplayID, d) })
		if i < 0 {
			bad = append(bad, d)
		} else {
			out = append(out, c.st.entries.order[i])
		}
	}
	if bad != nil {
		return 0, nil, badRequestIDs(bad, "Entries not found: %s.", strings.Join(bad, ", "))
	}
	return http.StatusOK, shape(map[string]any{"entries": renderEntries(out)}, q.Get("returning")), nil
}

func renderTemplates(in []*entryTemplate) []*entryTemplate {
	out := make([]*entryTemplate, len(in))
	for i, t := range in {
		out[i] = t.render()
	}
	return out
}

func listEntryTemplates(c *call) (int, any, *httpError) {
	q := c.r.URL.Query()
	p, herr := parsePage(q.Get("pageSize"), q.Get("nextToken"), "")
	if herr != nil {
		return 0, nil, herr
	}
	mod, herr := timeFilter(q.Get("modifiedAt"))
	if herr != nil {
		return 0, nil, herr
	}
	ids := commaList(q.Get("ids"))
	if herr := checkIDs(ids, func(id string) bool { return c.st.templates.byID[id] != nil }); herr != nil {
		return 0, nil, herr
	}
	name, coll, schema := q.Get("name"), q.Get("templateCollectionId"), q.Get("schemaId")
	keep := func(t *entryTemplate) bool {
		switch {
		case ids != nil && !anyOf(ids, true, t.ID),
			name != "" && !strings.EqualFold(t.Name, name),
			coll != "" && t.TemplateCollectionID != coll,
			schema != "" && (t.Schema == nil || t.Schema.ID != schema),
			mod != nil && !mod(t.modified):
			return false
		}
		return true
	}
	page, next := paginate(c.st.templates.order, tmplMeta, tmplName, keep, p)
	return http.StatusOK, shape(map[string]any{"entryTemplates": renderTemplates(page), "nextToken": next}, q.Get("returning")), nil
}

func getEntryTemplate(c *call) (int, any, *httpError) {
	t := c.st.templates.byID[c.id]
	if t == nil {
		return 0, nil, notFound(c.id, "Entry template")
	}
	return http.StatusOK, shape(t.render(), c.r.URL.Query().Get("returning")), nil
}

func updateEntryTemplate(c *call) (int, any, *httpError) {
	t := c.st.templates.byID[c.id]
	if t == nil {
		return 0, nil, notFound(c.id, "Entry template")
	}
	var in struct {
		Fields               map[string]fieldWrite `json:"fields"`
		ModifiedAt           *string               `json:"modifiedAt"`
		Name                 *string               `json:"name"`
		SchemaID             *string               `json:"schemaId"`
		TemplateCollectionID *string               `json:"templateCollectionId"`
	}
	if herr := c.decodeBody(&in); herr != nil {
		return 0, nil, herr
	}
	if in.Name != nil && strings.TrimSpace(*in.Name) == "" {
		return 0, nil, badRequest("name must not be empty.")
	}
	if in.TemplateCollectionID != nil && *in.TemplateCollectionID == "" {
		return 0, nil, badRequest("templateCollectionId must not be empty.")
	}
	if in.Name != nil {
		t.Name = *in.Name
	}
	if in.TemplateCollectionID != nil {
		t.TemplateCollectionID = *in.TemplateCollectionID
	}
	if in.SchemaID != nil {
		if *in.SchemaID == "" {
			t.Schema = nil
		} else {
			t.Schema = c.st.entrySchema(*in.SchemaID)
		}
	}
	t.Fields = fieldsFrom(in.Fields, t.Fields)
	now := c.st.now()
	t.modified, t.ModifiedAt = now, fmtTime(now)
	return http.StatusOK, shape(t.render(), c.r.URL.Query().Get("returning")), nil
}
