package benchlingtest

import (
	"fmt"
	"maps"
	"net/http"
	"slices"
	"strings"
)

// The Dropdowns tag: /dropdowns, with their options.
//
// Options get IDs (sfs_...) when a dropdown is created or updated, or
// added without them. An update sets the options it lists: an option
// with an ID is renamed, one without is created; options it leaves out
// are kept as they are (the spec does not say what Benchling does with
// them). Dropdown names are unique (case-insensitively). Lists answer
// summaries (id and name), as the spec's DropdownSummary.

var dropdowns = &resource{
	path: "dropdowns", noun: "Dropdown", prefix: "sfso_", listKey: "dropdowns",
	doc:    map[string]any{"archiveRecord": nil, "id": "", "name": "", "options": []any{}},
	server: []string{"id"},
	get:    true,
	update: body("options:[]object!"),
	keys: map[string]keyFunc{
		"options": func(w *write, v any) { w.doc["options"] = mergeOptions(w, v) },
	},
	validate: validateDropdown,
	derive: func(w *write) { // options added without IDs (seeding) get them
		opts, _ := w.doc["options"].([]any)
		if slices.ContainsFunc(opts, func(o any) bool { m, _ := o.(map[string]any); return strAt(m, "id") == "" }) {
			w.doc["options"] = mergeOptions(w, nil)
		}
	},
	actions: []action{
		{"GET", "/dropdowns", listDropdowns},
		{"POST", "/dropdowns", createDropdown},
		{"POST", "/dropdowns/{dropdown_id}/options:archive", archiveOptions(true)},
		{"POST", "/dropdowns/{dropdown_id}/options:unarchive", archiveOptions(false)},
	},
}

var dropdownCreate = body("name:string! options:[]object! registryId:string?")

// validateDropdown checks a create or an update: option names are not
// empty, an option ID belongs to the dropdown, the name is free, and the
// registry is the tenant's.
func validateDropdown(w *write) string {
	if w.creating() {
		for _, o := range w.st.coll("dropdowns").order {
			if strings.EqualFold(strAt(o.doc, "name"), strAt(w.body, "name")) {
				return fmt.Sprintf("a dropdown named %q already exists", strAt(w.body, "name"))
			}
		}
		if r, ok := w.body["registryId"].(string); ok && r != w.st.registryID {
			return fmt.Sprintf("registry %s not found", r)
		}
	}
	list, _ := w.body["options"].([]any)
	for i, o := range list {
		m, ok := o.(map[string]any)
		if !ok {
			return fmt.Sprintf("option %d is not an object", i)
		}
		for k := range m {
			if k != "name" && (k != "id" || w.creating()) {
				return fmt.Sprintf("option %d has unknown property %q", i, k)
			}
		}
		if n, _ := m["name"].(string); strings.TrimSpace(n) == "" {
			return fmt.Sprintf("option %d has no name", i)
		}
		if id, ok := m["id"]; ok && (w.it == nil || optionIndex(w.doc, fmt.Sprint(id)) < 0) {
			return fmt.Sprintf("option %v is not an option of this dropdown", id)
		}
	}
	return ""
}

// optionIndex is the index of the option with an ID in a dropdown, or -1.
func optionIndex(d map[string]any, id string) int {
	opts, _ := d["options"].([]any)
	return slices.IndexFunc(opts, func(o any) bool { m, _ := o.(map[string]any); return strAt(m, "id") == id })
}

// mergeOptions returns the dropdown's options with the written ones
// applied (renamed by ID, or new), each option a new map, every option
// with an ID.
func mergeOptions(w *write, written any) []any {
	old, _ := w.doc["options"].([]any)
	out := make([]any, 0, len(old))
	for _, o := range old {
		m, _ := o.(map[string]any)
		out = append(out, maps.Clone(m))
	}
	list, _ := written.([]any)
	for _, o := range list {
		m, _ := o.(map[string]any)
		if i := slices.IndexFunc(out, func(x any) bool { return strAt(x.(map[string]any), "id") == strAt(m, "id") && strAt(m, "id") != "" }); i >= 0 {
			out[i].(map[string]any)["name"] = m["name"]
			continue
		}
		out = append(out, map[string]any{"id": "", "name": m["name"], "archiveRecord": nil})
	}
	for _, o := range out {
		m := o.(map[string]any)
		if strAt(m, "id") == "" {
			m["id"] = w.st.newID("sfs_")
		}
		if _, ok := m["archiveRecord"]; !ok {
			m["archiveRecord"] = nil
		}
	}
	return out
}

// listDropdowns answers summaries of the dropdowns, paged.
func listDropdowns(c *call) (int, any, *httpError) {
	q := c.query()
	p, herr := parsePage(q.Get("pageSize"), q.Get("nextToken"), "", nil)
	if herr != nil {
		return 0, nil, herr
	}
	page, next, total := paginate(c.st.coll("dropdowns").order, func(*item) bool { return true }, p)
	out := make([]any, len(page))
	for i, it := range page {
		out[i] = map[string]any{"id": it.id(), "name": it.doc["name"]}
	}
	c.header().Set("Result-Count", fmt.Sprint(total))
	return http.StatusOK, map[string]any{"dropdowns": out, "nextToken": next}, nil
}

// createDropdown creates a dropdown through the engine's pipeline; the
// spec answers 200, not the engine's 201.
func createDropdown(c *call) (int, any, *httpError) {
	in, herr := c.decodeBody(dropdownCreate)
	if herr != nil {
		return 0, nil, herr
	}
	w := c.st.newWrite(c, c.st.coll("dropdowns"), opCreate, in, nil, &batch{})
	if msg := w.check(dropdownCreate); msg != "" {
		return 0, nil, badRequest("Invalid dropdown: %s.", msg)
	}
	return http.StatusOK, w.insert().doc, nil
}

// archiveOptions serves options:archive (archive) and options:unarchive.
func archiveOptions(archive bool) handler {
	return func(c *call) (int, any, *httpError) {
		d, herr := c.st.find("dropdowns", c.param(0))
		if herr != nil {
			return 0, nil, herr
		}
		ids, reason, herr := c.archiveBody("dropdownOptionIds", archive)
		if herr != nil {
			return 0, nil, herr
		}
		var bad []string
		for _, id := range ids {
			if optionIndex(d.doc, id) < 0 {
				bad = append(bad, id)
			}
		}
		if bad != nil {
			return 0, nil, badRequest("Dropdown option not found in dropdown %s: %s.", d.id(), strings.Join(bad, ", "))
		}
		old, _ := d.doc["options"].([]any)
		opts := make([]any, len(old))
		changed := []any{}
		for i, o := range old {
			m := maps.Clone(o.(map[string]any))
			if slices.Contains(ids, strAt(m, "id")) && (m["archiveRecord"] == nil) == archive {
				if archive {
					m["archiveRecord"] = map[string]any{"reason": reason}
				} else {
					m["archiveRecord"] = nil
				}
				changed = append(changed, m["id"])
			}
			opts[i] = m
		}
		d.doc["options"] = opts
		d.modified = c.st.now()
		return http.StatusOK, map[string]any{"dropdownOptionIds": changed}, nil
	}
}
