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

// The resource engine. A resource (a collection of the tenant, such as
// AA sequences) is described once by a *resource value: its path, ID
// prefix, JSON keys, the properties of its documents, which standard
// operations it supports with their body schemas, its list filters, and
// hooks for what is particular to it. The engine serves the standard
// operations (list, get, create, update, upsert, archive, unarchive,
// bulk-get, bulk-create, bulk-update, bulk-upsert, delete) from that
// description, and a resource adds actions (custom routes) for the rest.
// CONTRIBUTING.md §6 is the recipe.
//
// Documents are JSON objects (map[string]any) holding only what
// encoding/json decodes into (map[string]any, []any, string, float64,
// bool, nil; int is fine too). Rule: a stored value is never modified in
// place; a write replaces it (doc["aliases"] = newList). Values are then
// safe to share between documents (seeding shares empty lists, creator
// summaries, folder IDs) and between a document and a response being
// encoded.

// resource describes one collection of the tenant.
type resource struct {
	path    string // path segment of the collection ("aa-sequences"), and its name for Add
	noun    string // what one item is called in messages ("AA sequence")
	prefix  string // ID prefix ("prtn_")
	uuid    bool   // IDs are UUIDs (assay results and runs), not prefix + random
	listKey string // JSON key of lists, bulk bodies and bulk results ("aaSequences")
	wrapKey string // if set, GET /{path}/{id} answers {wrapKey: item} ("entry")
	// collPath, if set, is the path of another resource whose items this
	// one serves under its own path (a deprecated path over the same
	// items: /oligos over /dna-oligos). That resource's documents, hooks,
	// keys and registry apply to every write; this one contributes its
	// routes' body schemas, list filters and JSON keys, and has no
	// collection of its own.
	collPath string

	// doc holds every property of the resource's response schema with
	// the value a new item has when nothing sets it (null, "", [], {},
	// false, 0). Add rejects properties that are not in it.
	doc map[string]any
	// server lists the properties the server fills on create (and Add
	// fills when an item leaves them empty): id, createdAt, modifiedAt,
	// creator, authors ([creator]), apiURL, webURL, url (webURL's path).
	server []string
	// webPath returns the path of an item's webURL
	// ("/benchling/f/lib_x/prtn_y-name/edit"); the engine recomputes
	// webURL (and url) after every write.
	webPath func(st *store, d map[string]any) string

	list       *listOp
	get        bool
	create     *bodySchema
	update     *bodySchema
	upsert     *bodySchema // PATCH /{path}/{entity_registry_id}:upsert; needs registry
	archive    *archiveOp  // also serves :unarchive
	bulkGet    *bulkGetOp
	bulkCreate *bulkOp
	bulkUpdate *bulkOp // items locate their item by "id"
	bulkUpsert *bulkOp // items locate their item by "entityRegistryId"
	delete     int     // DELETE /{path}/{id}: the status to answer (200 with {}, or 204); 0 for none
	// createStatus is the status of a create, where the spec declares
	// 200 rather than 201 (blobs, files, datasets).
	createStatus int
	actions      []action

	// registry makes the resource a registry entity: registryId,
	// entityRegistryId and namingStrategy in create and upsert bodies
	// register the item, and upsert finds items by registry ID.
	registry *registry
	// schemaRef turns a schemaId into the document's schema property;
	// the default is a SchemaSummary ({id, name}).
	schemaRef func(st *store, id string) map[string]any
	// schemaPrefix, if set, is the prefix every schemaId must have
	// ("ts_"); others are "schema ... not found".
	schemaPrefix string
	// schemaType, if set, is the type an entity schema must have for
	// the resource's items ("custom_entity", "dna_sequence"): a schemaId
	// of no entity schema, or of one of another type, is a 400, as in
	// Benchling.
	schemaType string

	// keys overrides how a body property is written into the document
	// (ignoreKey to drop one); properties without an entry use the
	// standard appliers (stdKeys), else are copied as they are.
	keys map[string]keyFunc
	// validate checks a write after the standard checks and returns a
	// message ("invalid amino acid ...") or "".
	validate func(w *write) string
	// fill fills a new document's own server properties that it leaves
	// empty (an entry's displayId), after the standard ones; it runs for
	// creates and for Add.
	fill func(w *write)
	// onCreate runs on a new item of a create before the body is applied
	// (server properties are set): copy from a template.
	onCreate func(w *write)
	// derive runs after every write, once the body is applied: computed
	// properties (a sequence's length, translations).
	derive func(w *write)
	// after runs once a write is stored (a new item is in its collection,
	// Add's included): update what depends on the item elsewhere (the box
	// or plate that holds a container).
	after func(w *write)
	// links returns the IDs an item's content links to, for the
	// mentions and mentionedIn filters (entries' notes).
	links func(d map[string]any) []string
	// events are the spec's event types the resource's changes raise
	// (events.go); every change is in the item's audit log anyway.
	events *eventKinds
}

// listOp describes GET /{path}.
type listOp struct {
	// filters are the query parameters the list honours, by their spec
	// names, space-separated: standard ones (stdFilters), or the
	// resource's own (custom). "schemaField.*" stands for every
	// schemaField.<name> parameter.
	filters string
	custom  map[string]filter
	// sorts are the sort fields the list accepts (default createdAt,
	// modifiedAt and name); noSort for a list without a sort parameter.
	sorts  []string
	noSort bool
	// defaultSort is the order of a request that names none (the spec's
	// default, "name:asc"); empty means modifiedAt:desc.
	defaultSort string
	// omit are document properties the list's items leave out, when the
	// list's schema is a summary of the item's (alignments without their
	// aligned sequences).
	omit []string
	// listing marks a list whose 400 is the spec's ListingError: unknown
	// IDs of the ids filter are named in invalidIds, beside error.
	listing bool
}

// archiveOp describes POST /{path}:archive and :unarchive.
type archiveOp struct {
	idsKey  string         // the body's and the response's ID list ("aaSequenceIds")
	reasons []string       // the valid reasons (entityArchiveReasons)
	extra   map[string]any // more properties of the response ({"batchIds": []})
	max     int            // most IDs per request (the spec's maxItems); 0 for no limit
}

// bulkGetOp describes GET /{path}:bulk-get: query parameters that name
// items by a property ("aaSequenceIds" by "id", "displayIds" by
// "displayId", the latter case-insensitively).
type bulkGetOp struct {
	params []bulkGetParam
}

type bulkGetParam struct{ name, key string }

// bulkOp describes a bulk write: POST /{path}:bulk-create (-update,
// -upsert) with {listKey: [...]}, answered with a task whose response is
// {respKey: [items]}. Items that fail the checks fail the task (nothing
// is written), with one error per item and its index.
type bulkOp struct {
	item    *bodySchema // one item; default: the create (update, upsert) schema
	respKey string      // default listKey
	max     int         // most items per request; default 1000
	idKey   string      // a bulk update item's locator; default "id" ("containerId")
}

// action is a route a resource serves with its own handler.
type action struct {
	method, template string
	h                handler
}

// keyFunc writes one body property into the document of a write.
type keyFunc func(w *write, v any)

// ignoreKey is a keyFunc that writes nothing (a property handled by a
// hook, or accepted and ignored).
func ignoreKey(*write, any) {}

// item is one stored document with what paging needs.
type item struct {
	seq      uint64 // creation order, unique
	created  time.Time
	modified time.Time
	lname    string // lower-case name, the name sort key
	doc      map[string]any
	coll     *collection
}

func (it *item) id() string { s, _ := it.doc["id"].(string); return s }

// collection holds a resource's items in creation order and by ID.
type collection struct {
	res   *resource
	order []*item
	byID  map[string]*item
}

func (c *collection) add(it *item) {
	it.coll = c
	c.order = append(c.order, it)
	c.byID[it.id()] = it
}

func (c *collection) grow(n int) {
	if cap(c.order)-len(c.order) < n {
		o := make([]*item, len(c.order), len(c.order)+n)
		copy(o, c.order)
		c.order = o
	}
	if len(c.byID) == 0 {
		c.byID = make(map[string]*item, n)
	}
}

// lookup returns the items with these IDs, or a 400 naming the unknown
// ones.
func (c *collection) lookup(ids []string) ([]*item, *httpError) {
	out := make([]*item, 0, len(ids))
	var bad []string
	for _, id := range ids {
		if it := c.byID[id]; it != nil {
			out = append(out, it)
		} else {
			bad = append(bad, id)
		}
	}
	if bad != nil {
		return nil, badRequest("%s not found: %s.", c.res.noun, strings.Join(bad, ", "))
	}
	return out, nil
}

// write is one item being created or updated, by a request or by
// seeding.
type write struct {
	st    *store
	c     *call // nil when seeding
	coll  *collection
	res   *resource
	op    writeOp
	bulk  bool
	body  map[string]any // the checked body (or bulk item)
	it    *item          // the item written; for creates, set once inserted
	doc   map[string]any // it.doc, or the new document
	actor map[string]any // who writes (a UserSummary)
	now   time.Time
	batch *batch
	owner string // who claims in batch: the item's ID, or its index in a bulk create
	rid   string // upsert: the registry ID the item is found by
	// preset are properties a create sets on the new document after its
	// body, before the write is recorded (a copied task's fields and
	// clonedFrom), so that its event and audit entry carry them.
	preset map[string]any
}

type writeOp int

const (
	opCreate writeOp = iota
	opUpdate
	opUpsert
)

// has reports whether the body sets a property.
func (w *write) has(key string) bool { _, ok := w.body[key]; return ok }

// creating reports whether the write creates an item.
func (w *write) creating() bool { return w.it == nil || w.op == opCreate }

// batch is what the items of one request have claimed so far, for
// checks of uniqueness within a bulk request.
type batch struct{ claims map[string]string }

// claim records that owner sets key (a handle, an email, a registry ID)
// and reports false when another owner claimed it before.
func (b *batch) claim(key, owner string) bool {
	if b.claims == nil {
		b.claims = map[string]string{}
	}
	if o, ok := b.claims[key]; ok && o != owner {
		return false
	}
	b.claims[key] = owner
	return true
}

// coll returns the collection of a resource.
func (st *store) coll(path string) *collection { return st.colls[path] }

func (st *store) newWrite(c *call, coll *collection, op writeOp, body map[string]any, existing *item, b *batch) *write {
	w := &write{st: st, c: c, coll: coll, res: coll.res, op: op, body: body, it: existing, batch: b}
	w.owner = "0"
	if existing != nil {
		w.doc = existing.doc
		w.owner = existing.id()
	}
	if c != nil {
		w.actor = c.actor()
	} else {
		w.actor = st.adminSummary()
	}
	return w
}

// check runs the standard checks and the resource's validate hook on a
// write whose body has the right properties and types; schema is the
// body's schema, for required properties.
func (w *write) check(schema *bodySchema) string {
	if msg := schema.missing(w.body); msg != "" {
		return msg
	}
	if v, ok := w.body["name"]; ok {
		if s, _ := v.(string); strings.TrimSpace(s) == "" {
			if p, _ := schema.prop("name"); p.required {
				return "name is required"
			}
			return "name must not be empty"
		}
	}
	if msg := w.checkStd(); msg != "" {
		return msg
	}
	if w.res.registry != nil {
		if msg := w.res.registry.check(w); msg != "" {
			return msg
		}
	}
	if w.res.validate != nil {
		return w.res.validate(w)
	}
	return ""
}

// checkStd checks the properties every resource treats alike.
func (w *write) checkStd() string {
	if id, ok := w.body["schemaId"].(string); ok && id != "" && w.res.schemaPrefix != "" && !strings.HasPrefix(id, w.res.schemaPrefix) {
		return fmt.Sprintf("schema %s not found", id)
	}
	if id, ok := w.body["schemaId"].(string); ok && id != "" && w.res.schemaType != "" {
		s := w.st.coll(entitySchemas.path).byID[id]
		if s == nil {
			return fmt.Sprintf("schema %s not found", id)
		}
		if typ := strAt(s.doc, "type"); typ != w.res.schemaType {
			return fmt.Sprintf("schema %s is a %s schema, not a %s schema", id, typ, w.res.schemaType)
		}
	}
	for _, id := range stringList(w.body["authorIds"]) {
		if w.st.user(id) == nil {
			return fmt.Sprintf("author %s not found", id)
		}
	}
	fields, _ := w.body["fields"].(map[string]any)
	for _, name := range slices.Sorted(maps.Keys(fields)) {
		f, _ := fields[name].(map[string]any)
		if m, ok := f["value"].(map[string]any); ok {
			if rid, ok := m["entityRegistryId"].(string); ok && w.st.registry[rid] == nil {
				return fmt.Sprintf("field %q: no entity with registry ID %q", name, rid)
			}
		}
	}
	return ""
}

// insert creates the item of a checked create write and stores it.
func (w *write) insert() *item {
	st := w.st
	t := st.now()
	w.now = t
	d := maps.Clone(w.res.doc)
	d["id"] = w.res.newID(st)
	w.doc = d
	it := &item{seq: st.nextSeq(), created: t, modified: t, doc: d}
	w.it = it
	w.fillServer(d, t, t)
	if w.res.fill != nil {
		w.res.fill(w)
	}
	if w.res.onCreate != nil {
		w.res.onCreate(w)
	}
	w.applyBody()
	maps.Copy(d, w.preset)
	if w.res.registry != nil {
		w.res.registry.onCreate(w)
	}
	w.finish()
	w.coll.add(it)
	if w.res.after != nil {
		w.res.after(w)
	}
	w.st.recordWrite(w, nil)
	return it
}

// apply writes a checked update (or upsert of an existing item).
func (w *write) apply() {
	before := w.beforeWrite()
	w.now = w.st.now()
	w.applyBody()
	if w.res.registry != nil {
		w.res.registry.onUpdate(w)
	}
	w.it.modified = w.now
	if _, ok := w.doc["modifiedAt"]; ok {
		w.doc["modifiedAt"] = fmtTime(w.now)
	}
	w.finish()
	if w.res.after != nil {
		w.res.after(w)
	}
	if before != nil {
		w.st.recordWrite(w, before)
	}
}

// finish runs the derive hook and recomputes what follows from the
// document.
func (w *write) finish() {
	if w.res.derive != nil {
		w.res.derive(w)
	}
	if w.res.webPath != nil {
		p := w.res.webPath(w.st, w.doc)
		w.doc["webURL"] = w.st.base + p
		if _, ok := w.doc["url"]; ok {
			w.doc["url"] = p
		}
	}
	w.it.lname = strings.ToLower(strAt(w.doc, "name"))
}

// applyBody writes the body's properties into the document, in sorted
// order (so that IDs drawn for them are deterministic), then gives the
// fields it wrote the types of their definitions (typeFields).
func (w *write) applyBody() {
	w.writeBody()
	w.typeFields()
}

// typeFields gives each field the body wrote that the item's schema
// defines the definition's type and isMulti, as Benchling does (the
// fields key guesses them from the values); a dropdown shows its
// option's name. It runs once every key is written, since the schema may
// come from a key after "fields" (schemaId, a workflow task's group).
func (w *write) typeFields() {
	in, _ := w.body["fields"].(map[string]any)
	fields, _ := w.doc["fields"].(map[string]any)
	if len(in) == 0 || len(fields) == 0 {
		return
	}
	defs := w.st.fieldDefinitions(w.doc)
	if len(defs) == 0 {
		return
	}
	out := maps.Clone(fields)
	for k := range in {
		f, _ := fields[k].(map[string]any)
		if def := defs[k]; def != nil && f != nil {
			out[k] = w.st.definedField(f["value"], def)
		}
	}
	w.doc["fields"] = out
}

// writeBody writes the body's properties into the document, in sorted
// order.
func (w *write) writeBody() {
	for _, k := range slices.Sorted(maps.Keys(w.body)) {
		v := w.body[k]
		if f, ok := w.res.keys[k]; ok {
			f(w, v)
			continue
		}
		if f, ok := stdKeys[k]; ok {
			f(w, v)
			continue
		}
		w.doc[k] = v
	}
}

// stdKeys are the body properties every resource writes alike.
var stdKeys = map[string]keyFunc{
	"id": ignoreKey, // a bulk update's locator
	// registration is the registry's business (registry.onCreate)
	"registryId":       ignoreKey,
	"entityRegistryId": ignoreKey,
	"namingStrategy":   ignoreKey,
	"schemaId": func(w *write, v any) {
		id, _ := v.(string)
		if id == "" {
			w.doc["schema"] = nil
			return
		}
		if w.res.schemaRef != nil {
			w.doc["schema"] = w.res.schemaRef(w.st, id)
			return
		}
		w.doc["schema"] = map[string]any{"id": id, "name": w.st.schemaName(id)}
	},
	"authorIds": func(w *write, v any) {
		ids := stringList(v)
		if len(ids) == 0 && w.creating() {
			return // the default: the creator
		}
		authors := make([]any, 0, len(ids))
		for _, id := range ids {
			authors = append(authors, w.st.user(id).summary())
		}
		w.doc["authors"] = authors
	},
	"fields": func(w *write, v any) {
		in, _ := v.(map[string]any)
		old, _ := w.doc["fields"].(map[string]any)
		out := make(map[string]any, len(old)+len(in))
		maps.Copy(out, old)
		for k, f := range in {
			fm, _ := f.(map[string]any)
			out[k] = makeField(w.st.resolveLinks(fm["value"]))
		}
		w.doc["fields"] = out
	},
	"customFields": func(w *write, v any) {
		in, _ := v.(map[string]any)
		old, _ := w.doc["customFields"].(map[string]any)
		out := make(map[string]any, len(old)+len(in))
		maps.Copy(out, old)
		maps.Copy(out, in)
		w.doc["customFields"] = out
	},
	// archiveRecord: null in an upsert unarchives
	"archiveRecord": func(w *write, v any) { w.doc["archiveRecord"] = nil },
}

// fillServer fills the server properties of a new document that it
// leaves empty.
func (w *write) fillServer(d map[string]any, created, modified time.Time) {
	for _, k := range w.res.server {
		if !empty(d[k]) {
			continue
		}
		switch k {
		case "id":
			d["id"] = w.res.newID(w.st)
		case "createdAt":
			d[k] = fmtTime(created)
		case "modifiedAt":
			d[k] = fmtTime(modified)
		case "creator":
			d[k] = w.actor
		case "authors":
			if c, ok := d["creator"].(map[string]any); ok {
				d[k] = []any{c}
			} else {
				d[k] = []any{w.actor}
			}
		case "apiURL":
			d[k] = w.st.base + apiPrefix + "/" + w.res.path + "/" + strAt(d, "id")
		case "webURL", "url":
			if w.res.webPath != nil {
				p := w.res.webPath(w.st, d)
				if k == "url" {
					d[k] = p
				} else {
					d[k] = w.st.base + p
				}
			}
		}
	}
}

// empty reports whether a document value is unset: absent, null, "",
// an empty list or object, or the zero time.
func empty(v any) bool {
	switch x := v.(type) {
	case nil:
		return true
	case string:
		return x == "" || x == "0001-01-01T00:00:00Z"
	case []any:
		return len(x) == 0
	case map[string]any:
		return len(x) == 0
	}
	return false
}

// resolveLinks replaces {"entityRegistryId": ...} link values (also in
// lists) with the IDs of the entities they name.
func (st *store) resolveLinks(v any) any {
	switch x := v.(type) {
	case map[string]any:
		if it := st.registry[strAt(x, "entityRegistryId")]; it != nil {
			return it.id()
		}
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = st.resolveLinks(e)
		}
		return out
	}
	return v
}

// --- the standard operations ---

// serverProps are the properties fillServer knows how to fill.
var serverProps = []string{"id", "createdAt", "modifiedAt", "creator", "authors", "apiURL", "webURL", "url"}

// routes returns the routes a resource serves. A mistake in the
// description (an unknown server property or filter) panics here, when a
// server starts, which every test reaches.
func (r *resource) routes() []route {
	for _, k := range r.server {
		if !slices.Contains(serverProps, k) {
			panic("benchlingtest: resource " + r.path + " lists server property " + k + ", which the engine does not fill")
		}
	}
	for _, s := range []*bodySchema{r.create, r.update, r.upsert, r.bulkItem(r.bulkCreate), r.bulkItem(r.bulkUpdate), r.bulkItem(r.bulkUpsert)} {
		for _, p := range s.propsOrNil() {
			_, inDoc := r.doc[p.name]
			_, std := stdKeys[p.name]
			_, own := r.keys[p.name]
			if !inDoc && !std && !own {
				panic("benchlingtest: resource " + r.path + ": body property " + p.name + " is neither a document property nor written by a key function")
			}
		}
	}
	if r.list != nil {
		for _, f := range r.list.sorts {
			if !slices.Contains(pagerSorts, f) {
				panic("benchlingtest: resource " + r.path + " lists sort " + f + ", which the pager cannot order by")
			}
		}
		if _, herr := parseSort(r.list.defaultSort, r.list.sorts); herr != nil {
			panic("benchlingtest: resource " + r.path + ": default sort: " + herr.Error())
		}
	}
	var out []route
	add := func(method, template string, h handler) {
		out = append(out, newRoute(method, template, h))
	}
	base := "/" + r.path
	if r.list != nil {
		filters := r.compileFilters()
		add("GET", base, func(c *call) (int, any, *httpError) { return r.serveList(c, filters) })
	}
	if r.create != nil {
		add("POST", base, r.serveCreate)
	}
	if r.get {
		add("GET", base+"/{id}", r.serveGet)
	}
	if r.update != nil {
		add("PATCH", base+"/{id}", r.serveUpdate)
	}
	if r.upsert != nil {
		add("PATCH", base+"/{entity_registry_id}:upsert", r.serveUpsert)
	}
	if r.delete != 0 {
		add("DELETE", base+"/{id}", r.serveDelete)
	}
	if r.archive != nil {
		add("POST", base+":archive", func(c *call) (int, any, *httpError) { return r.serveArchive(c, true) })
		add("POST", base+":unarchive", func(c *call) (int, any, *httpError) { return r.serveArchive(c, false) })
	}
	if r.bulkGet != nil {
		add("GET", base+":bulk-get", r.serveBulkGet)
	}
	if r.bulkCreate != nil {
		add("POST", base+":bulk-create", func(c *call) (int, any, *httpError) { return r.serveBulk(c, opCreate) })
	}
	if r.bulkUpdate != nil {
		add("POST", base+":bulk-update", func(c *call) (int, any, *httpError) { return r.serveBulk(c, opUpdate) })
	}
	if r.bulkUpsert != nil {
		add("POST", base+":bulk-upsert", func(c *call) (int, any, *httpError) { return r.serveBulk(c, opUpsert) })
	}
	for _, a := range r.actions {
		add(a.method, a.template, a.h)
	}
	return out
}

func (r *resource) coll(c *call) *collection { return c.st.colls[r.collName()] }

// collName is the name of the collection the resource serves: its path,
// or collPath.
func (r *resource) collName() string { return cmpOrStr(r.collPath, r.path) }

// newID returns an ID for a new item: a UUID, or the prefix and random
// characters.
func (r *resource) newID(st *store) string {
	if r.uuid {
		return newUUID(st.rng)
	}
	return st.newID(r.prefix)
}

// one answers a single item, shaped by returning; wrapped in wrapKey if
// wrap (a get) and the resource wraps.
func (r *resource) one(c *call, d map[string]any, wrap bool) any {
	ret := c.query().Get("returning")
	if r.wrapKey == "" || !wrap {
		return shape(d, ret)
	}
	if strings.HasPrefix(strings.TrimSpace(ret), r.wrapKey+".") {
		return shape(map[string]any{r.wrapKey: d}, ret)
	}
	return map[string]any{r.wrapKey: shape(d, ret)}
}

func docs(items []*item) []any {
	out := make([]any, len(items))
	for i, it := range items {
		out[i] = it.doc
	}
	return out
}

func (r *resource) serveList(c *call, filters []namedFilter) (int, any, *httpError) {
	q := c.query()
	sort := q.Get("sort")
	if r.list.noSort && q.Has("sort") {
		return 0, nil, badRequest("sort is not a parameter of this list.")
	}
	if sort == "" {
		sort = r.list.defaultSort
	}
	p, herr := parsePage(q.Get("pageSize"), q.Get("nextToken"), sort, r.list.sorts)
	if herr != nil {
		return 0, nil, herr
	}
	keep, herr := r.filters(c, filters)
	if herr != nil {
		return 0, nil, herr
	}
	page, next, total := paginate(r.coll(c).order, keep, p)
	if c.route != nil && c.route.op != nil && c.route.op.resultCount {
		c.header().Set("Result-Count", fmt.Sprint(total))
	}
	items := docs(page)
	if len(r.list.omit) > 0 {
		for i, d := range items {
			d := maps.Clone(d.(map[string]any)) // stored documents are never changed in place
			for _, k := range r.list.omit {
				delete(d, k)
			}
			items[i] = d
		}
	}
	return http.StatusOK, shape(map[string]any{r.listKey: items, "nextToken": next}, q.Get("returning")), nil
}

func (r *resource) find(c *call) (*item, *httpError) { return c.st.find(r.collName(), c.param(0)) }

// find returns the item of a collection with an ID, or a 404.
func (st *store) find(path, id string) (*item, *httpError) {
	coll := st.coll(path)
	it := coll.byID[id]
	if it == nil {
		return nil, notFound(id, coll.res.noun)
	}
	return it, nil
}

func (r *resource) serveGet(c *call) (int, any, *httpError) {
	it, herr := r.find(c)
	if herr != nil {
		return 0, nil, herr
	}
	return http.StatusOK, r.one(c, it.doc, true), nil
}

func (r *resource) serveCreate(c *call) (int, any, *httpError) {
	in, herr := c.decodeBody(r.create)
	if herr != nil {
		return 0, nil, herr
	}
	w := c.st.newWrite(c, r.coll(c), opCreate, in, nil, &batch{})
	if msg := w.check(r.create); msg != "" {
		return 0, nil, badRequest("Invalid %s: %s.", r.noun, msg)
	}
	return cmpOrInt(r.createStatus, http.StatusCreated), r.one(c, w.insert().doc, false), nil
}

func (r *resource) serveUpdate(c *call) (int, any, *httpError) {
	it, herr := r.find(c)
	if herr != nil {
		return 0, nil, herr
	}
	in, herr := c.decodeBody(r.update)
	if herr != nil {
		return 0, nil, herr
	}
	w := c.st.newWrite(c, r.coll(c), opUpdate, in, it, &batch{})
	if msg := w.check(r.update); msg != "" {
		return 0, nil, badRequest("Invalid %s update: %s.", r.noun, msg)
	}
	w.apply()
	return http.StatusOK, r.one(c, it.doc, false), nil
}

func (r *resource) serveUpsert(c *call) (int, any, *httpError) {
	in, herr := c.decodeBody(r.upsert)
	if herr != nil {
		return 0, nil, herr
	}
	rid := c.param(0)
	if v, ok := in["entityRegistryId"].(string); ok && v != rid {
		return 0, nil, badRequest("The entityRegistryId in the body (%s) differs from the one in the path (%s).", v, rid)
	}
	existing := c.st.registry[rid]
	if existing != nil && existing.coll != r.coll(c) {
		return 0, nil, badRequest("Registry ID %s belongs to an entity of another type.", rid)
	}
	w := c.st.newWrite(c, r.coll(c), opUpsert, in, existing, &batch{})
	w.rid = rid
	if msg := w.check(r.upsert); msg != "" {
		return 0, nil, badRequest("Invalid %s upsert: %s.", r.noun, msg)
	}
	if existing != nil {
		w.apply()
		return http.StatusOK, r.one(c, existing.doc, false), nil
	}
	return http.StatusCreated, r.one(c, w.insert().doc, false), nil
}

func (r *resource) serveDelete(c *call) (int, any, *httpError) {
	it, herr := r.find(c)
	if herr != nil {
		return 0, nil, herr
	}
	c.st.remove(it)
	if r.delete == http.StatusNoContent {
		return http.StatusNoContent, nil, nil
	}
	return r.delete, map[string]any{}, nil
}

// remove deletes an item from its collection and the registry.
func (st *store) remove(it *item) {
	coll := it.coll
	delete(coll.byID, it.id())
	coll.order = slices.DeleteFunc(coll.order, func(x *item) bool { return x == it })
	if rid, ok := it.doc["entityRegistryId"].(string); ok && st.registry[rid] == it {
		delete(st.registry, rid)
	}
}

func (r *resource) serveArchive(c *call, archive bool) (int, any, *httpError) {
	a := r.archive
	schema := body(a.idsKey + ":[]string!")
	if archive {
		schema = body(a.idsKey+":[]string!", "reason:string!")
	}
	in, herr := c.decodeBody(schema)
	if herr != nil {
		return 0, nil, herr
	}
	if msg := schema.missing(in); msg != "" {
		return 0, nil, badRequest("%s.", msg)
	}
	reason, _ := in["reason"].(string)
	if archive && !slices.Contains(a.reasons, reason) {
		return 0, nil, badRequest("Invalid archive reason %q: use one of %s.", reason, strings.Join(a.reasons, ", "))
	}
	ids := stringList(in[a.idsKey])
	if a.max > 0 && len(ids) > a.max {
		return 0, nil, badRequest("Too many %s: %d (maximum %d).", a.idsKey, len(ids), a.max)
	}
	items, herr := r.coll(c).lookup(ids)
	if herr != nil {
		return 0, nil, herr
	}
	t := c.st.now()
	changed := make([]any, 0, len(items))
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
		changed = append(changed, it.id())
		c.st.recordArchive(c, it, archive, t)
	}
	out := map[string]any{a.idsKey: changed}
	maps.Copy(out, a.extra)
	return http.StatusOK, out, nil
}

func (r *resource) serveBulkGet(c *call) (int, any, *httpError) {
	q := c.query()
	coll := r.coll(c)
	var out []*item
	var bad, names []string
	given := false
	for _, p := range r.bulkGet.params {
		names = append(names, p.name)
		vals := commaList(q.Get(p.name))
		given = given || len(vals) > 0
		for _, v := range vals {
			var it *item
			if p.key == "id" {
				it = coll.byID[v]
			} else if i := slices.IndexFunc(coll.order, func(x *item) bool { return strings.EqualFold(strAt(x.doc, p.key), v) }); i >= 0 {
				it = coll.order[i]
			}
			if it == nil {
				bad = append(bad, v)
			} else {
				out = append(out, it)
			}
		}
	}
	if !given {
		return 0, nil, badRequest("%s is required.", strings.Join(names, " or "))
	}
	if bad != nil {
		return 0, nil, badRequest("%s not found: %s.", r.noun, strings.Join(bad, ", "))
	}
	return http.StatusOK, shape(map[string]any{r.listKey: docs(out)}, q.Get("returning")), nil
}

// bulkSchema is the item schema of a bulk operation.
func (r *resource) bulkSchema(op writeOp) (*bulkOp, *bodySchema) {
	switch op {
	case opCreate:
		return r.bulkCreate, cmpOr(r.bulkCreate.item, r.create)
	case opUpdate:
		return r.bulkUpdate, cmpOr(r.bulkUpdate.item, r.update)
	}
	return r.bulkUpsert, cmpOr(r.bulkUpsert.item, r.upsert)
}

// bulkItem is a bulk operation's own item schema, if any.
func (r *resource) bulkItem(b *bulkOp) *bodySchema {
	if b == nil {
		return nil
	}
	return b.item
}

func cmpOr(a, b *bodySchema) *bodySchema {
	if a != nil {
		return a
	}
	return b
}

func (r *resource) serveBulk(c *call, op writeOp) (int, any, *httpError) {
	b, schema := r.bulkSchema(op)
	in, herr := c.decodeObject()
	if herr != nil {
		return 0, nil, herr
	}
	for k := range in {
		if k != r.listKey {
			return 0, nil, badRequest("Unknown field %q in the request body.", k)
		}
	}
	if in[r.listKey] == nil {
		return 0, nil, badRequest("%s is required.", r.listKey)
	}
	list, ok := in[r.listKey].([]any)
	if !ok {
		return 0, nil, badRequest("%s must be an array.", r.listKey)
	}
	if max := cmpOrInt(b.max, 1000); len(list) > max {
		return 0, nil, badRequest("Too many %s: %d (maximum %d).", r.listKey, len(list), max)
	}
	items := make([]map[string]any, len(list))
	for i, v := range list {
		m, ok := v.(map[string]any)
		if !ok {
			return 0, nil, badRequest("Invalid item %d of %s: not a JSON object.", i, r.listKey)
		}
		if msg := schema.check(m); msg != "" {
			return 0, nil, badRequest("Invalid item %d of %s: %s", i, r.listKey, msg)
		}
		items[i] = m
	}
	coll := r.coll(c)
	shared := &batch{}
	writes := make([]*write, len(items))
	var errs []itemError
	for i, m := range items {
		w, msg := r.bulkWrite(c, coll, op, i, m, schema, shared)
		if msg != "" {
			errs = append(errs, itemError{i, msg})
		}
		writes[i] = w
	}
	if errs != nil {
		return c.st.failedTask("Your request was invalid.", errs)
	}
	out := make([]any, len(writes))
	for i, w := range writes {
		if w.it == nil {
			w.insert()
		} else {
			w.apply()
		}
		out[i] = w.doc
	}
	return c.st.succeededTask(shape(map[string]any{cmpOrStr(b.respKey, r.listKey): out}, c.query().Get("returning")))
}

// bulkWrite checks one item of a bulk request and returns its write, or
// the item's error message.
func (r *resource) bulkWrite(c *call, coll *collection, op writeOp, i int, m map[string]any, schema *bodySchema, b *batch) (*write, string) {
	owner := strconv.Itoa(i)
	switch op {
	case opUpdate:
		key := cmpOrStr(r.bulkUpdate.idKey, "id")
		id, _ := m[key].(string)
		if id == "" {
			return nil, key + " is required"
		}
		it := coll.byID[id]
		if it == nil {
			return nil, fmt.Sprintf("%s %s not found", r.noun, id)
		}
		w := c.st.newWrite(c, coll, opUpdate, m, it, b)
		w.bulk, w.owner = true, id
		return w, w.check(schema)
	case opUpsert:
		rid, _ := m["entityRegistryId"].(string)
		if rid == "" {
			return nil, "entityRegistryId is required"
		}
		existing := c.st.registry[rid]
		if existing != nil && existing.coll != coll {
			return nil, fmt.Sprintf("registry ID %s belongs to an entity of another type", rid)
		}
		if !b.claim("rid:"+rid, owner) {
			return nil, fmt.Sprintf("entity registry ID %q is repeated", rid)
		}
		w := c.st.newWrite(c, coll, opUpsert, m, existing, b)
		w.bulk, w.rid, w.owner = true, rid, owner
		return w, w.check(schema)
	}
	w := c.st.newWrite(c, coll, opCreate, m, nil, b)
	w.bulk, w.owner = true, owner
	return w, w.check(schema)
}

func cmpOrInt(a, b int) int {
	if a != 0 {
		return a
	}
	return b
}

func cmpOrStr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// --- helpers for documents ---

// strAt returns a document's string property ("" if absent or not a
// string).
func strAt(d map[string]any, key string) string { s, _ := d[key].(string); return s }

// at returns the value at a dotted path ("schema.id").
func at(d map[string]any, path string) any {
	var v any = d
	for _, k := range strings.Split(path, ".") {
		m, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		v = m[k]
	}
	return v
}

// stringList returns the strings of a JSON list value, or of a
// comma-separated string (authorIds may be either).
func stringList(v any) []string {
	switch x := v.(type) {
	case []any:
		out := make([]string, 0, len(x))
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	case []string:
		return x
	case string:
		return commaList(x)
	}
	return nil
}

// num returns a document's number (int or float64), or 0.
func num(v any) float64 {
	switch x := v.(type) {
	case int:
		return float64(x)
	case float64:
		return x
	}
	return 0
}

// anyList turns strings into a JSON list value.
func anyList(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}
