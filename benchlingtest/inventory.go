package benchlingtest

import (
	"fmt"
	"maps"
	"math"
	"net/http"
	"slices"
	"strconv"
	"strings"
)

// The inventory: locations (loc_), boxes (box_), plates (plt_) and
// containers (con_), and the Inventory tag's barcode validation.
//
// Locations nest; boxes and plates sit in locations; a container sits in
// a location or in a position of a box or plate ("box_x:A1"). A box's and
// a plate's size come from their schemas (Add or SeedSchemas them first:
// an unknown schema is a 400), as rows of letters and columns from 1. A
// position holds one container: putting a second there is a 400. A
// container put in a box or matrix plate without a position takes the
// first free one, row by row. Creating a well plate (a plate schema whose
// plateType does not start with "matrix") creates its wells, one
// container per position; matrix plates hold the tubes put in them.
//
// Barcodes are unique per registry (an item's registry is its schema's)
// among containers, boxes, plates and locations; an item created without
// one gets the next of its schema's prefix (TUB001, ...). Archiving with
// shouldRemoveBarcodes frees them.
//
// Derived properties (a box's counts, a plate's wells and capacities, a
// container's parentStorageSchema and its contents' entities) are
// recomputed after every inventory write; an entity changed afterwards
// shows its new state in a container's contents at the next inventory
// write. Locations have no capacity (their capacities are null, as for
// an unlimited location). Archived containers keep their positions.

// inventoryArchiveReasons are the reasons containers, boxes and plates
// are archived for; locations take folderArchiveReasons.
var inventoryArchiveReasons = entityArchiveReasons

// storagePaths are the collections that hold containers.
var storagePaths = []string{"locations", "boxes", "plates"}

// inventoryPaths are the collections whose items have barcodes.
var inventoryPaths = []string{"containers", "boxes", "plates", "locations"}

// inventorySorts are the sort fields of the inventory lists.
var inventorySorts = []string{"barcode", "createdAt", "modifiedAt", "name"}

// inventoryWebPath is /benchling/inventory/<kind>/<id>.
func inventoryWebPath(kind string) func(*store, map[string]any) string {
	return func(_ *store, d map[string]any) string { return "/benchling/inventory/" + kind + "/" + strAt(d, "id") }
}

// --- registries, schemas and barcodes ---

// registryExists reports whether the tenant has the registry id: its own
// registry, or one a test added to a registries collection.
func (st *store) registryExists(id string) bool {
	if id == st.registryID {
		return true
	}
	if c := st.colls["registries"]; c != nil {
		return c.byID[id] != nil
	}
	return false
}

// schemaOf returns the schema document an inventory item's schema names,
// among the kinds of schemas of path ("container-schemas", ...), or nil.
func (st *store) schemaOf(path string, d map[string]any) *item {
	id, _ := at(d, "schema.id").(string)
	if id == "" {
		return nil
	}
	return st.coll(path).byID[id]
}

// schemaPathOf is the collection of the schemas of an inventory
// collection.
func schemaPathOf(path string) string {
	switch path {
	case "containers":
		return "container-schemas"
	case "boxes":
		return "box-schemas"
	case "plates":
		return "plate-schemas"
	}
	return "location-schemas"
}

// invRegistry is the registry an inventory item of the collection path
// belongs to: its schema's, else the tenant's.
func (st *store) invRegistry(path string, d map[string]any) string {
	if s := st.schemaOf(schemaPathOf(path), d); s != nil && strAt(s.doc, "registryId") != "" {
		return strAt(s.doc, "registryId")
	}
	return st.registryID
}

// barcodeOwner returns the inventory item of the registry that has the
// barcode (case-insensitively), other than except, or nil.
func (st *store) barcodeOwner(registryID, barcode string, except *item) *item {
	if barcode == "" {
		return nil
	}
	for _, p := range inventoryPaths {
		for _, it := range st.coll(p).order {
			if it != except && strings.EqualFold(strAt(it.doc, "barcode"), barcode) && st.invRegistry(p, it.doc) == registryID {
				return it
			}
		}
	}
	return nil
}

// checkBarcode checks the barcode a write gives its item: unique in the
// item's registry, also within one bulk request.
func (w *write) checkBarcode() string {
	bc, ok := w.body["barcode"].(string)
	if !ok {
		return ""
	}
	if strings.TrimSpace(bc) == "" {
		return "barcode must not be empty"
	}
	reg := w.st.registryID
	if id, _ := w.body["schemaId"].(string); id != "" {
		if s := w.st.coll(schemaPathOf(w.res.path)).byID[id]; s != nil && strAt(s.doc, "registryId") != "" {
			reg = strAt(s.doc, "registryId")
		}
	} else if w.it != nil {
		reg = w.st.invRegistry(w.res.path, w.it.doc)
	}
	if o := w.st.barcodeOwner(reg, bc, w.it); o != nil {
		return fmt.Sprintf("barcode %s is already used by %s", bc, o.id())
	}
	if !w.batch.claim("barcode:"+reg+":"+strings.ToLower(bc), w.owner) {
		return fmt.Sprintf("barcode %s is repeated in the request", bc)
	}
	return ""
}

// checkSchema checks that a write's schemaId names a schema of the
// collection's kind that the tenant has.
func (w *write) checkSchema() string {
	id, ok := w.body["schemaId"].(string)
	if !ok {
		return ""
	}
	if p := schemaPathOf(w.res.path); w.st.coll(p).byID[id] == nil {
		return fmt.Sprintf("%s %s not found", strings.TrimSuffix(strings.ReplaceAll(p, "-", " "), "s"), id)
	}
	return ""
}

// giveBarcode gives a new inventory item without a barcode the next one
// of its schema's prefix that its registry does not use.
func (w *write) giveBarcode() {
	if !empty(w.doc["barcode"]) {
		return
	}
	prefix := ""
	if s := w.st.schemaOf(schemaPathOf(w.res.path), w.doc); s != nil {
		prefix = strAt(s.doc, "prefix")
	}
	if prefix == "" {
		prefix = strings.ToUpper(w.res.prefix[:len(w.res.prefix)-1])
	}
	reg := w.st.invRegistry(w.res.path, w.doc)
	for {
		w.st.registrySeq["barcode "+prefix]++
		bc := fmt.Sprintf("%s%03d", prefix, w.st.registrySeq["barcode "+prefix])
		if w.st.barcodeOwner(reg, bc, nil) == nil && w.batch.claim("barcode:"+reg+":"+strings.ToLower(bc), w.owner) {
			w.doc["barcode"] = bc
			return
		}
	}
}

// --- storage and positions ---

// splitStorage splits a parentStorageId into the storage's ID and the
// position ("box_1:A1" -> "box_1", "A1").
func splitStorage(s string) (id, pos string) {
	id, pos, _ = strings.Cut(s, ":")
	return id, pos
}

// storage returns the location, box or plate with an ID, or nil.
func (st *store) storage(id string) *item {
	for _, p := range storagePaths {
		if it := st.coll(p).byID[id]; it != nil {
			return it
		}
	}
	return nil
}

// dims are a box's or plate's rows and columns, from its schema (0, 0
// for a location or an unknown schema).
func (st *store) dims(s *item) (rows, cols int) {
	if s.coll.res.path == "locations" {
		return 0, 0
	}
	sch := st.schemaOf(schemaPathOf(s.coll.res.path), s.doc)
	if sch == nil {
		return 0, 0
	}
	return int(num(sch.doc["height"])), int(num(sch.doc["width"]))
}

// isMatrix reports whether a plate is a matrix plate (it holds tubes in
// its positions) rather than a well plate (whose wells are fixed).
func isMatrix(plate *item) bool { return strAt(plate.doc, "type") == "matrix_plate" }

// wellName names the well at a 0-based row and column: A1, ..., H12,
// then AA1 after Z.
func wellName(row, col int) string {
	var b []byte
	for n := row + 1; n > 0; n = (n - 1) / 26 {
		b = append(b, byte('A'+(n-1)%26))
	}
	slices.Reverse(b)
	return string(b) + strconv.Itoa(col+1)
}

// parseWell returns the 0-based row and column of a well name ("h12"
// too), or ok false.
func parseWell(name string) (row, col int, ok bool) {
	i := 0
	for i < len(name) && (name[i] >= 'A' && name[i] <= 'Z' || name[i] >= 'a' && name[i] <= 'z') {
		i++
	}
	n, err := strconv.Atoi(name[i:])
	if i == 0 || i > 4 || err != nil || n < 1 || name[i] == '0' || name[i] == '+' {
		return 0, 0, false
	}
	for _, c := range strings.ToUpper(name[:i]) {
		row = row*26 + int(c-'A') + 1
	}
	return row - 1, n - 1, true
}

// occupant returns the container at a position of a storage, other than
// except, or nil.
func (st *store) occupant(storageID, pos string, except *item) *item {
	want := storageID + ":" + pos
	for _, c := range st.coll("containers").order {
		if c != except && strAt(c.doc, "parentStorageId") == want {
			return c
		}
	}
	return nil
}

// placeContainer checks the parentStorageId a container write gives and
// returns it normalized ("box_1:a1" -> "box_1:A1"; a box or matrix plate
// without a position gets its first free one), or a message.
func (w *write) placeContainer(parent string) (string, string) {
	id, pos := splitStorage(parent)
	s := w.st.storage(id)
	switch {
	case s == nil:
		return "", fmt.Sprintf("parent storage %s not found", id)
	case s.doc["archiveRecord"] != nil:
		return "", fmt.Sprintf("parent storage %s is archived", id)
	case s.coll.res.path == "locations":
		if pos != "" {
			return "", fmt.Sprintf("location %s has no positions", id)
		}
		return id, ""
	}
	noun := strings.ToLower(s.coll.res.noun)
	rows, cols := w.st.dims(s)
	free := func(p string) bool {
		o, claimed := w.batch.claims["pos:"+id+":"+p]
		return w.st.occupant(id, p, w.it) == nil && (!claimed || o == w.owner)
	}
	if pos == "" {
		for r := range rows {
			for c := range cols {
				if p := wellName(r, c); free(p) {
					w.batch.claim("pos:"+id+":"+p, w.owner)
					return id + ":" + p, ""
				}
			}
		}
		return "", fmt.Sprintf("%s %s has no free position", noun, id)
	}
	r, c, ok := parseWell(pos)
	if !ok {
		return "", fmt.Sprintf("invalid position %q: use a row letter and a column number, as in A1", pos)
	}
	if r >= rows || c >= cols {
		return "", fmt.Sprintf("position %s is outside %s %s (%d x %d)", pos, noun, id, rows, cols)
	}
	p := wellName(r, c)
	if s.coll.res.path == "plates" && !isMatrix(s) && (w.it == nil || strAt(w.doc, "parentStorageId") != id+":"+p) {
		return "", fmt.Sprintf("the wells of well plate %s are its own containers: transfer into them instead", id)
	}
	if o := w.st.occupant(id, p, w.it); o != nil {
		return "", fmt.Sprintf("position %s of %s is already taken by %s", p, id, o.id())
	}
	if !w.batch.claim("pos:"+id+":"+p, w.owner) {
		return "", fmt.Sprintf("position %s of %s is given to two containers of the request", p, id)
	}
	return id + ":" + p, ""
}

// checkStorageParent checks that a box, plate or location write puts its
// item into a location that exists, is not archived, and (for a location)
// is not the item itself or inside it.
func (w *write) checkStorageParent() string {
	p, ok := w.body["parentStorageId"].(string)
	if !ok {
		return ""
	}
	loc := w.st.coll("locations").byID[p]
	switch {
	case loc == nil:
		return fmt.Sprintf("location %s not found", p)
	case loc.doc["archiveRecord"] != nil:
		return fmt.Sprintf("location %s is archived", p)
	case w.it != nil && w.res.path == "locations" && (loc == w.it || slices.Contains(w.st.ancestors(loc), w.it.id())):
		return fmt.Sprintf("location %s cannot be put inside itself", w.it.id())
	}
	return ""
}

// ancestors are the IDs of the storages an item is in, innermost first.
func (st *store) ancestors(it *item) []string {
	var out []string
	seen := map[string]bool{}
	for p, _ := splitStorage(strAt(it.doc, "parentStorageId")); p != "" && !seen[p]; {
		seen[p] = true
		out = append(out, p)
		s := st.storage(p)
		if s == nil {
			break
		}
		p, _ = splitStorage(strAt(s.doc, "parentStorageId"))
	}
	return out
}

// inside returns what a storage holds, at any depth, by collection.
func (st *store) inside(root *item) map[string][]*item {
	out := map[string][]*item{}
	for _, p := range inventoryPaths {
		for _, it := range st.coll(p).order {
			if slices.Contains(st.ancestors(it), root.id()) {
				out[p] = append(out[p], it)
			}
		}
	}
	return out
}

// --- people ---

// partySummary is the summary of a user or a team, or nil.
func (st *store) partySummary(id string) map[string]any {
	if u := st.user(id); u != nil {
		return u.summary()
	}
	if t := st.coll("teams").byID[id]; t != nil {
		return map[string]any{"id": t.id(), "name": t.doc["name"]}
	}
	return nil
}

// checkParties checks that a body's list of user or team IDs names users
// and teams that exist.
func (w *write) checkParties(key string) string {
	for _, id := range stringList(w.body[key]) {
		if w.st.partySummary(id) == nil {
			return fmt.Sprintf("%s: no user or team %s", key, id)
		}
	}
	return ""
}

// partiesKey writes a list of user or team IDs as their summaries into
// the document property doc.
func partiesKey(doc string) keyFunc {
	return func(w *write, v any) {
		ids := stringList(v)
		out := make([]any, 0, len(ids))
		for _, id := range ids {
			out = append(out, w.st.partySummary(id))
		}
		w.doc[doc] = out
	}
}

// mayUse reports whether the caller may use a container: it is not
// restricted, or the caller is one of its restricted sample parties (or a
// member of a team that is).
func (st *store) mayUse(c *call, it *item) bool {
	if strAt(it.doc, "restrictionStatus") != "RESTRICTED" {
		return true
	}
	parties, _ := it.doc["restrictedSampleParties"].([]any)
	for _, p := range parties {
		id := strAt(asMap(p), "id")
		if id == c.user || st.membership(id, c.user) != nil {
			return true
		}
	}
	return false
}

// restricted is Benchling's 403 ForbiddenRestrictedSampleError for the
// containers the caller may not use, or nil.
func (st *store) restricted(c *call, items ...*item) *httpError {
	var bad []string
	for _, it := range items {
		if it != nil && !st.mayUse(c, it) {
			bad = append(bad, it.id())
		}
	}
	if bad == nil {
		return nil
	}
	msg := "You're not a restricted sample user for some items."
	return &httpError{http.StatusForbidden, apiError{InvalidIDs: bad, Type: "invalid_request_error", Message: msg, UserMessage: msg}}
}

func asMap(v any) map[string]any { m, _ := v.(map[string]any); return m }

// --- quantities and concentrations ---

// quantityUnits are the units of ContainerQuantity, with their dimension
// and their size in the dimension's base unit (L, g, mol, cells).
var quantityUnits = map[string]struct {
	dim    string
	factor float64
}{
	"L": {"volume", 1}, "mL": {"volume", 1e-3}, "uL": {"volume", 1e-6}, "nL": {"volume", 1e-9}, "pL": {"volume", 1e-12},
	"gal (US)": {"volume", 3.785411784}, "qt (US)": {"volume", 0.946352946}, "pt (US)": {"volume", 0.473176473},
	"kg": {"mass", 1e3}, "g": {"mass", 1}, "mg": {"mass", 1e-3}, "ug": {"mass", 1e-6}, "ng": {"mass", 1e-9}, "pg": {"mass", 1e-12},
	"lb": {"mass", 453.59237}, "oz": {"mass", 28.349523125},
	"mol": {"amount", 1}, "mmol": {"amount", 1e-3}, "umol": {"amount", 1e-6}, "nmol": {"amount", 1e-9}, "pmol": {"amount", 1e-12},
	"cells": {"cells", 1}, "(x10^3) cells": {"cells", 1e3}, "(x10^4) cells": {"cells", 1e4}, "(x10^5) cells": {"cells", 1e5},
	"(x10^6) cells": {"cells", 1e6}, "(x10^7) cells": {"cells", 1e7}, "(x10^8) cells": {"cells", 1e8}, "(x10^9) cells": {"cells", 1e9},
	"items": {"items", 1}, "units": {"units", 1},
}

// volumeUnits are the units of the deprecated volume keys.
var volumeUnits = []string{"pL", "nL", "uL", "mL", "L"}

// checkQuantity checks a ContainerQuantity (or, if volume, a deprecated
// volume) in a body: units Benchling knows, a value that is not negative.
func checkQuantity(key string, v any, volume bool) string {
	if v == nil {
		return ""
	}
	m := asMap(v)
	for k := range m {
		if k != "units" && k != "value" {
			return fmt.Sprintf("%s: unknown property %q", key, k)
		}
	}
	u, uok := m["units"].(string)
	if m["units"] != nil && !uok || uok && (quantityUnits[u].dim == "" || volume && !slices.Contains(volumeUnits, u)) {
		return fmt.Sprintf("%s: invalid units %v", key, m["units"])
	}
	val, vok := m["value"].(float64)
	if m["value"] != nil && !vok || vok && (val < 0 || math.IsInf(val, 0)) {
		return fmt.Sprintf("%s: invalid value %v", key, m["value"])
	}
	return ""
}

// checkMeasurement checks a Measurement: units and value, both set or
// both null.
func checkMeasurement(key string, v any) string {
	m, ok := v.(map[string]any)
	if !ok {
		return fmt.Sprintf("%s must be an object with units and value", key)
	}
	for k := range m {
		if k != "units" && k != "value" {
			return fmt.Sprintf("%s: unknown property %q", key, k)
		}
	}
	_, hasU := m["units"]
	_, hasV := m["value"]
	if !hasU || !hasV {
		return fmt.Sprintf("%s needs units and value", key)
	}
	u, uok := m["units"].(string)
	_, vok := m["value"].(float64)
	if m["units"] != nil && !uok || m["value"] != nil && !vok {
		return fmt.Sprintf("%s: units must be a string and value a number", key)
	}
	if (m["units"] == nil) != (m["value"] == nil) || uok && strings.TrimSpace(u) == "" {
		return fmt.Sprintf("%s: units and value are both given or both null", key)
	}
	return ""
}

// quantity is a parsed ContainerQuantity; set is false when it has no
// value.
type quantity struct {
	value float64
	units string
	set   bool
}

func quantityOf(v any) quantity {
	m := asMap(v)
	val, ok := m["value"].(float64)
	u, _ := m["units"].(string)
	return quantity{val, u, ok}
}

func (q quantity) doc() map[string]any {
	if !q.set {
		return map[string]any{"units": nil, "value": nil}
	}
	var u any
	if q.units != "" {
		u = q.units
	}
	return map[string]any{"units": u, "value": round(q.value)}
}

// in returns q in units, or ok false when they do not convert.
func (q quantity) in(units string) (float64, bool) {
	if q.units == units {
		return q.value, true
	}
	a, b := quantityUnits[q.units], quantityUnits[units]
	if a.dim == "" || a.dim != b.dim {
		return 0, false
	}
	return q.value * a.factor / b.factor, true
}

// liters is a volume in liters, or ok false when q is not a volume.
func (q quantity) liters() (float64, bool) {
	if !q.set || quantityUnits[q.units].dim != "volume" {
		return 0, false
	}
	return q.value * quantityUnits[q.units].factor, true
}

// round keeps 12 significant digits, so that unit conversions do not
// show floating-point noise (0.04, not 0.04000000000000001).
func round(x float64) float64 {
	f, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'g', 12, 64), 64)
	return f
}

// --- entities in contents ---

// entityView is an entity as a container content shows it: the entity's
// document with its entityType.
func (st *store) entityView(id string) map[string]any {
	it := st.entity(id)
	if it == nil {
		return nil
	}
	d := maps.Clone(it.doc)
	d["entityType"] = entityTypes[it.coll.res.path]
	return d
}

// content is a container content: an entity and its concentration.
func (st *store) content(entityID string, conc any) map[string]any {
	if conc == nil {
		conc = map[string]any{"units": nil, "value": nil}
	}
	return map[string]any{"batch": nil, "concentration": conc, "entity": st.entityView(entityID)}
}

// contentID is the ID of what a content holds.
func contentID(ct any) string {
	m := asMap(ct)
	if b := asMap(m["batch"]); b != nil {
		return strAt(b, "id")
	}
	return strAt(asMap(m["entity"]), "id")
}

// --- derived properties ---

// syncInventory recomputes what follows from where containers are and
// what they hold: a box's counts, a plate's wells and capacities, a
// container's parentStorageSchema, and its contents' entities.
func (st *store) syncInventory() {
	held := map[string][]*item{}
	for _, c := range st.coll("containers").order {
		sid, _ := splitStorage(strAt(c.doc, "parentStorageId"))
		held[sid] = append(held[sid], c)
		var parentSchema any
		if s := st.storage(sid); s != nil {
			parentSchema = s.doc["schema"]
		}
		c.doc["parentStorageSchema"] = parentSchema
		if cts, _ := c.doc["contents"].([]any); len(cts) > 0 {
			out := make([]any, len(cts))
			for i, ct := range cts {
				m := maps.Clone(asMap(ct))
				if e := asMap(m["entity"]); e != nil {
					if v := st.entityView(strAt(e, "id")); v != nil {
						m["entity"] = v
					}
				}
				out[i] = m
			}
			c.doc["contents"] = out
		}
	}
	for _, b := range st.coll("boxes").order {
		rows, cols := st.dims(b)
		size, in := rows*cols, held[b.id()]
		emptyConts := 0
		for _, c := range in {
			if l, _ := c.doc["contents"].([]any); len(l) == 0 {
				emptyConts++
			}
		}
		b.doc["size"], b.doc["totalCapacity"] = size, size
		b.doc["filledPositions"], b.doc["occupiedCapacity"] = len(in), len(in)
		b.doc["emptyPositions"], b.doc["availableCapacity"] = size-len(in), size-len(in)
		b.doc["emptyContainers"] = emptyConts
	}
	for _, p := range st.coll("plates").order {
		wells := map[string]any{}
		for _, c := range held[p.id()] {
			_, pos := splitStorage(strAt(c.doc, "parentStorageId"))
			wells[pos] = wellView(c)
		}
		p.doc["wells"] = wells
		if isMatrix(p) {
			rows, cols := st.dims(p)
			p.doc["totalCapacity"], p.doc["occupiedCapacity"], p.doc["availableCapacity"] = rows*cols, len(wells), rows*cols-len(wells)
		} else {
			p.doc["totalCapacity"], p.doc["occupiedCapacity"], p.doc["availableCapacity"] = nil, nil, nil
		}
	}
}

// wellView is a container as a plate's wells show it (a Well).
func wellView(c *item) map[string]any {
	w := maps.Clone(c.doc)
	w["resourceType"] = "container"
	if w["barcode"] == nil {
		w["barcode"] = ""
	}
	if w["parentStorageSchema"] == nil {
		w["parentStorageSchema"] = map[string]any{}
	}
	return w
}

// barcodeAndName is the derive hook of containers and boxes: a new item
// gets a barcode, and is named after it when it has no name.
func barcodeAndName(w *write) {
	if !w.creating() {
		return
	}
	w.giveBarcode()
	if strAt(w.doc, "name") == "" {
		w.doc["name"] = w.doc["barcode"]
	}
}

// decodeChecked decodes a request body by schema and checks its required
// properties: a body an action takes as a whole.
func (c *call) decodeChecked(schema *bodySchema) (map[string]any, *httpError) {
	in, herr := c.decodeBody(schema)
	if herr != nil {
		return nil, herr
	}
	if msg := schema.missing(in); msg != "" {
		return nil, badRequest("%s.", msg)
	}
	return in, nil
}

// syncAfter is the after hook of the inventory resources.
func syncAfter(w *write) { w.st.syncInventory() }

// --- list filters ---

// barcodesFilter keeps the items with these barcodes; an unknown barcode
// is a 400 naming it.
func barcodesFilter(f *filterCtx) (func(*item) bool, *httpError) {
	bcs := commaList(f.value())
	if bcs == nil {
		return nil, nil
	}
	var bad []string
	for _, bc := range bcs {
		if !slices.ContainsFunc(f.coll.order, func(it *item) bool { return strings.EqualFold(strAt(it.doc, "barcode"), bc) }) {
			bad = append(bad, bc)
		}
	}
	if bad != nil {
		return nil, badRequest("Invalid barcodes: %s.", strings.Join(bad, ", "))
	}
	return func(it *item) bool { return anyOf(bcs, false, strAt(it.doc, "barcode")) }, nil
}

// ancestorFilter keeps the items inside a storage, at any depth.
func ancestorFilter(f *filterCtx) (func(*item) bool, *httpError) {
	v := f.value()
	if v == "" {
		return nil, nil
	}
	return func(it *item) bool { return slices.Contains(f.st.ancestors(it), v) }, nil
}

// holds reports whether a container holds an entity among ids, or one of
// a schema among ids.
func holds(c *item, ids []string) bool {
	cts, _ := c.doc["contents"].([]any)
	return slices.ContainsFunc(cts, func(ct any) bool {
		e := asMap(asMap(ct)["entity"])
		s, _ := at(e, "schema.id").(string)
		return slices.Contains(ids, strAt(e, "id")) || s != "" && slices.Contains(ids, s)
	})
}

// storageContentsFilter keeps the containers that hold one of the
// entities (or entities of the schemas) the parameter names, and the
// storages that hold such a container.
func storageContentsFilter(f *filterCtx) (func(*item) bool, *httpError) {
	ids := commaList(f.value())
	if ids == nil {
		return nil, nil
	}
	return func(it *item) bool {
		if it.coll.res.path == "containers" {
			return holds(it, ids)
		}
		return slices.ContainsFunc(f.st.inside(it)["containers"], func(c *item) bool { return holds(c, ids) })
	}, nil
}

// countFilter compares a count of an item with an integer parameter by
// op (the parameter's suffix: "", "gte", "gt", "lte" or "lt").
func countFilter(count func(st *store, it *item) int, op string) filter {
	return func(f *filterCtx) (func(*item) bool, *httpError) {
		v := f.value()
		if v == "" {
			return nil, nil
		}
		n, err := strconv.Atoi(v)
		if err != nil {
			return nil, badRequest("Invalid %s %q: must be an integer.", f.key, v)
		}
		return func(it *item) bool {
			c := count(f.st, it)
			switch op {
			case "gte":
				return c >= n
			case "gt":
				return c > n
			case "lte":
				return c <= n
			case "lt":
				return c < n
			}
			return c == n
		}, nil
	}
}

// countFilters are the emptyPositions and emptyContainers filters of
// boxes and plates, with their .gte, .gt, .lte and .lt forms.
func countFilters(emptyPositions, emptyContainers func(*store, *item) int) map[string]filter {
	out := map[string]filter{}
	for _, op := range []string{"", "gte", "gt", "lte", "lt"} {
		suffix := ""
		if op != "" {
			suffix = "." + op
		}
		out["emptyPositions"+suffix] = countFilter(emptyPositions, op)
		out["emptyContainers"+suffix] = countFilter(emptyContainers, op)
	}
	return out
}

// emptyContainersIn counts the containers of a storage that hold nothing.
func emptyContainersIn(st *store, s *item) int {
	n := 0
	for _, c := range st.coll("containers").order {
		sid, _ := splitStorage(strAt(c.doc, "parentStorageId"))
		if l, _ := c.doc["contents"].([]any); sid == s.id() && len(l) == 0 {
			n++
		}
	}
	return n
}

const countFilterNames = "emptyPositions emptyPositions.gte emptyPositions.gt emptyPositions.lte emptyPositions.lt " +
	"emptyContainers emptyContainers.gte emptyContainers.gt emptyContainers.lte emptyContainers.lt"

// --- archiving ---

// archiveInventory serves :archive (archive) and :unarchive of an
// inventory collection: idsKey is the body's list, reasons the valid
// reasons, keys the archival change's lists; barcodesRequired says
// whether the body must give shouldRemoveBarcodes. Archiving a storage
// archives what it holds, at any depth, and records it; unarchiving
// undoes exactly that. Containers the caller may not use are a 403.
func archiveInventory(path, idsKey string, reasons, keys []string, barcodesRequired, archive bool) handler {
	return func(c *call) (int, any, *httpError) {
		schema := body(idsKey + ":[]string!")
		if archive {
			schema = schema.with("reason:string!", "shouldRemoveBarcodes:boolean")
			if barcodesRequired {
				schema = schema.with("shouldRemoveBarcodes:boolean!")
			}
		}
		in, herr := c.decodeChecked(schema)
		if herr != nil {
			return 0, nil, herr
		}
		reason := strAt(in, "reason")
		if archive && !slices.Contains(reasons, reason) {
			return 0, nil, badRequest("Invalid archive reason %q: use one of %s.", reason, strings.Join(reasons, ", "))
		}
		roots, herr := c.st.coll(path).lookup(stringList(in[idsKey]))
		if herr != nil {
			return 0, nil, herr
		}
		st := c.st
		var conts []*item
		for _, r := range roots {
			if r.coll.res.path == "containers" {
				conts = append(conts, r)
			}
		}
		if archive {
			if herr := st.restricted(c, conts...); herr != nil {
				return 0, nil, herr
			}
		}
		removeBarcodes, _ := in["shouldRemoveBarcodes"].(bool)
		t := st.now()
		change := map[string][]any{}
		keyOf := map[string]string{"containers": "containerIds", "boxes": "boxIds", "plates": "plateIds", "locations": "locationIds"}
		set := func(it *item, rec any) {
			it.doc["archiveRecord"] = rec
			if rec != nil && removeBarcodes {
				if it.coll.res.path == "locations" {
					it.doc["barcode"] = ""
				} else {
					it.doc["barcode"] = nil
				}
			}
			it.modified = t
			it.doc["modifiedAt"] = fmtTime(t)
			change[keyOf[it.coll.res.path]] = append(change[keyOf[it.coll.res.path]], it.id())
		}
		for _, root := range roots {
			inside := st.inside(root)
			if archive {
				if root.doc["archiveRecord"] != nil {
					continue
				}
				set(root, map[string]any{"reason": reason})
				for _, p := range inventoryPaths {
					for _, it := range inside[p] {
						if it.doc["archiveRecord"] == nil {
							set(it, map[string]any{"reason": reason})
							st.archivedWith[it.id()] = root.id()
						}
					}
				}
				continue
			}
			if root.doc["archiveRecord"] == nil {
				continue
			}
			set(root, nil)
			for _, p := range inventoryPaths {
				for _, it := range inside[p] {
					if st.archivedWith[it.id()] == root.id() {
						set(it, nil)
						delete(st.archivedWith, it.id())
					}
				}
			}
		}
		st.syncInventory()
		out := map[string]any{}
		for _, k := range keys {
			out[k] = append([]any{}, change[k]...)
		}
		return http.StatusOK, out, nil
	}
}

// --- Inventory: barcode validation ---

// validateBarcodes serves POST /registries/{registry_id}:validate-barcodes:
// a barcode is valid when it is not empty, no container, box, plate or
// location of the registry has it, and the request does not repeat it.
func validateBarcodes(c *call) (int, any, *httpError) {
	if !c.st.registryExists(c.param(0)) {
		return 0, nil, notFound(c.param(0), "Registry")
	}
	in, herr := c.decodeChecked(body("barcodes:[]string!"))
	if herr != nil {
		return 0, nil, herr
	}
	seen := map[string]int{}
	bcs := stringList(in["barcodes"])
	for _, bc := range bcs {
		seen[strings.ToLower(bc)]++
	}
	out := make([]any, len(bcs))
	for i, bc := range bcs {
		var msg any
		switch o := c.st.barcodeOwner(c.param(0), bc, nil); {
		case strings.TrimSpace(bc) == "":
			msg = "A barcode cannot be empty."
		case o != nil:
			msg = fmt.Sprintf("Barcode %s is already used by %s.", bc, o.id())
		case seen[strings.ToLower(bc)] > 1:
			msg = fmt.Sprintf("Barcode %s appears more than once in the request.", bc)
		}
		out[i] = map[string]any{"barcode": bc, "isValid": msg == nil, "message": msg}
	}
	return http.StatusOK, map[string]any{"validationResults": out}, nil
}
