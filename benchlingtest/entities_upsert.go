package benchlingtest

import (
	"fmt"
	"maps"
	"slices"
)

// The Entities tag: POST /entities:bulk-upsert, which upserts entities of
// several kinds in one all-or-nothing task, as Benchling describes it:
// every item is checked and upserted as its kind's bulk upsert would
// (registered by its registry ID), first without the schema field links
// that name entities of the same request by registry ID, which are then
// filled once every entity exists. A registry ID may appear once in the
// request, whatever the kinds. An invalid item fails the task, naming it
// by its list and index (the error's index is the item's index in its
// list); nothing is written. The task's response lists the upserted
// entities under the request's keys, in their order.

// upsertKinds are the lists of an EntitiesBulkUpsertRequest and the
// collection of each.
var upsertKinds = []struct{ key, path string }{
	{"aaSequences", "aa-sequences"}, {"customEntities", "custom-entities"}, {"dnaOligos", "dna-oligos"},
	{"dnaSequences", "dna-sequences"}, {"molecules", "molecules"}, {"rnaOligos", "rna-oligos"},
}

func bulkUpsertEntities(c *call) (int, any, *httpError) {
	in, herr := c.decodeObject()
	if herr != nil {
		return 0, nil, herr
	}
	for k := range in {
		if !slices.ContainsFunc(upsertKinds, func(u struct{ key, path string }) bool { return u.key == k }) {
			return 0, nil, badRequest("Unknown field %q in the request body.", k)
		}
	}
	st := c.st
	type entry struct {
		kind     int
		w        *write
		deferred map[string]any // fields linking to entities of the request
	}
	lists := make([][]map[string]any, len(upsertKinds))
	rids := map[string]bool{} // the registry IDs the request upserts
	for n, u := range upsertKinds {
		v, ok := in[u.key]
		if !ok || v == nil {
			continue
		}
		list, ok := v.([]any)
		if !ok {
			return 0, nil, badRequest("%s must be an array.", u.key)
		}
		res := st.coll(u.path).res
		b, schema := res.bulkSchema(opUpsert)
		if max := cmpOrInt(b.max, 1000); len(list) > max {
			return 0, nil, badRequest("Too many %s: %d (maximum %d).", u.key, len(list), max)
		}
		for i, e := range list {
			m, ok := e.(map[string]any)
			if !ok {
				return 0, nil, badRequest("Invalid item %d of %s: not a JSON object.", i, u.key)
			}
			if msg := schema.check(m); msg != "" {
				return 0, nil, badRequest("Invalid item %d of %s: %s", i, u.key, msg)
			}
			lists[n] = append(lists[n], m)
			if rid, ok := m["entityRegistryId"].(string); ok {
				rids[rid] = true
			}
		}
	}
	shared := &batch{}
	var entries []entry
	var errs []itemError
	for n, u := range upsertKinds {
		coll := st.coll(u.path)
		_, schema := coll.res.bulkSchema(opUpsert)
		for i, m := range lists[n] {
			body, deferred := deferLinks(m, rids)
			w, msg := coll.res.bulkWrite(c, coll, opUpsert, i, body, schema, shared)
			if msg != "" {
				errs = append(errs, itemError{i, fmt.Sprintf("%s[%d]: %s", u.key, i, msg)})
				continue
			}
			entries = append(entries, entry{n, w, deferred})
		}
	}
	if errs != nil {
		return st.failedTask("Your request was invalid.", errs)
	}
	out := map[string]any{}
	for _, e := range entries {
		if e.w.it == nil {
			e.w.insert()
		} else {
			e.w.apply()
		}
	}
	for _, e := range entries { // the links, now that every entity exists
		if len(e.deferred) > 0 {
			lw := st.newWrite(c, e.w.coll, opUpdate, map[string]any{"fields": e.deferred}, e.w.it, shared)
			lw.apply()
		}
		key := upsertKinds[e.kind].key
		l, _ := out[key].([]any)
		out[key] = append(l, e.w.doc)
	}
	for n, u := range upsertKinds {
		if _, ok := out[u.key]; !ok && lists[n] != nil {
			out[u.key] = []any{}
		}
	}
	return st.succeededTask(shape(out, c.query().Get("returning")))
}

// deferLinks splits an item's fields: those whose value names an entity of
// the request by registry ID ({"entityRegistryId": ...}, also in a list)
// are returned apart, to be written once the entities exist.
func deferLinks(m map[string]any, rids map[string]bool) (map[string]any, map[string]any) {
	fields, _ := m["fields"].(map[string]any)
	var deferred map[string]any
	names := func(v any) bool {
		o, _ := v.(map[string]any)
		rid, _ := o["entityRegistryId"].(string)
		return rids[rid]
	}
	for name, f := range fields {
		fm, _ := f.(map[string]any)
		v := fm["value"]
		l, _ := v.([]any)
		if names(v) || slices.ContainsFunc(l, names) {
			if deferred == nil {
				deferred = map[string]any{}
			}
			deferred[name] = f
		}
	}
	if deferred == nil {
		return m, nil
	}
	body := maps.Clone(m)
	kept := maps.Clone(fields)
	for name := range deferred {
		delete(kept, name)
	}
	body["fields"] = kept
	return body, deferred
}
