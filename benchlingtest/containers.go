package benchlingtest

import (
	"fmt"
	"maps"
	"net/http"
	"slices"
	"strings"
	"time"
)

// The Containers tag: /containers, their contents, transfers, check-out
// and labels (see inventory.go for where containers are).
//
// A container holds contents (entities of any kind the tenant has, each
// with a concentration) and a quantity with units. A transfer moves an
// amount of an entity or of another container into a container: the
// destination's quantity grows by it (converted to its units), a source
// container's shrinks by it, and a source that holds too little, or
// units that do not convert (a mass into a volume), are Benchling's 400.
// Concentrations mix by volume: when the quantities are volumes, each
// entity's concentration is the sum of what the destination had and what
// came in, over the final volume (destinationQuantity, if given, dilutes);
// contents whose concentrations have different units, or that have
// none, are not tracked (null). destinationContents sets the
// concentrations it names. The fake has no batches: a sourceBatchId is a
// 400. POST /transfers makes its transfers in order, all or nothing (a
// failed one fails the task with its index, and nothing is changed).
//
// Check-out, reservation and check-in set the checkout record's status,
// assignee (a user or team) and comment. A RESTRICTED container may be
// used (updated, transferred to or from, checked out, archived) only by
// its restricted sample parties or members of a team among them; others
// get the 403 ForbiddenRestrictedSampleError naming it. Printing labels
// checks the containers, template and printer, and records the job
// (Server.PrintJobs).

const containerWriteBase = "fields:object name:string parentStorageId:string restrictedSamplePartyIds:[]string " +
	"restrictionStatus:string sampleOwnerIds:[]string"

var containerUpdate = body(containerWriteBase, "projectId:string? quantity:object role:object? volume:object")

var containers = &resource{
	path: "containers", noun: "Container", prefix: "con_", listKey: "containers",
	doc: map[string]any{
		"archiveRecord": nil, "barcode": nil, "checkoutRecord": nil, "contents": []any{}, "createdAt": "", "creator": nil,
		"fields": map[string]any{}, "id": "", "modifiedAt": "", "name": "", "parentStorageId": nil, "parentStorageSchema": nil,
		"projectId": nil, "quantity": map[string]any{"units": nil, "value": nil}, "restrictedSampleParties": []any{},
		"restrictionStatus": "UNRESTRICTED", "role": nil, "sampleOwners": []any{}, "schema": nil,
		"volume": map[string]any{"units": nil, "value": nil}, "webURL": "",
	},
	server:  []string{"id", "createdAt", "modifiedAt", "creator", "webURL"},
	webPath: inventoryWebPath("containers"),
	list: &listOp{filters: "ids barcodes name nameIncludes names.anyOf names.anyOf.caseSensitive createdAt modifiedAt " +
		"archiveReason schemaId schemaField.* creatorIds ancestorStorageId storageContentsId storageContentsIds " +
		"checkoutStatus checkoutAssigneeIds.anyOf restrictionStatus sampleOwnerIds.allOf sampleOwnerIds.anyOf " +
		"sampleOwnerIds.noneOf restrictedSamplePartyIds.allOf restrictedSamplePartyIds.anyOf restrictedSamplePartyIds.noneOf",
		custom: map[string]filter{
			"barcodes": barcodesFilter, "ancestorStorageId": ancestorFilter,
			"storageContentsId": storageContentsFilter, "storageContentsIds": storageContentsFilter,
			"checkoutStatus":                  enumAt("checkoutRecord.status", "AVAILABLE", "RESERVED", "CHECKED_OUT"),
			"checkoutAssigneeIds.anyOf":       anyOfAt("checkoutRecord.assignee.id", false),
			"restrictionStatus":               enumAt("restrictionStatus", "RESTRICTED", "UNRESTRICTED", "NOT_APPLICABLE"),
			"sampleOwnerIds.allOf":            partiesFilter("sampleOwners", "allOf"),
			"sampleOwnerIds.anyOf":            partiesFilter("sampleOwners", "anyOf"),
			"sampleOwnerIds.noneOf":           partiesFilter("sampleOwners", "noneOf"),
			"restrictedSamplePartyIds.allOf":  partiesFilter("restrictedSampleParties", "allOf"),
			"restrictedSamplePartyIds.anyOf":  partiesFilter("restrictedSampleParties", "anyOf"),
			"restrictedSamplePartyIds.noneOf": partiesFilter("restrictedSampleParties", "noneOf"),
		},
		sorts: inventorySorts},
	get:        true,
	create:     body(containerWriteBase, "barcode:string projectId:string? schemaId:string!"),
	bulkGet:    &bulkGetOp{params: []bulkGetParam{{"containerIds", "id"}, {"barcodes", "barcode"}}},
	bulkCreate: &bulkOp{},
	bulkUpdate: &bulkOp{idKey: "containerId",
		item: body(containerWriteBase, "concentration:object containerId:string! quantity:object role:object? volume:object")},
	keys: map[string]keyFunc{
		"containerId": ignoreKey, // a bulk update's locator
		"parentStorageId": func(w *write, v any) {
			p, msg := w.placeContainer(fmt.Sprint(v))
			if msg != "" {
				p = fmt.Sprint(v)
			}
			w.doc["parentStorageId"] = p
		},
		"restrictedSamplePartyIds": partiesKey("restrictedSampleParties"),
		"sampleOwnerIds":           partiesKey("sampleOwners"),
		"quantity":                 func(w *write, v any) { q := quantityOf(v).doc(); w.doc["quantity"], w.doc["volume"] = q, q },
		"volume":                   func(w *write, v any) { q := quantityOf(v).doc(); w.doc["quantity"], w.doc["volume"] = q, q },
		"concentration": func(w *write, v any) {
			cts, _ := w.doc["contents"].([]any)
			if len(cts) == 1 && v != nil {
				m := maps.Clone(asMap(cts[0]))
				m["concentration"] = v
				w.doc["contents"] = []any{m}
			}
		},
	},
	validate: validateContainer,
	fill: func(w *write) {
		if w.doc["checkoutRecord"] == nil {
			w.doc["checkoutRecord"] = map[string]any{"assignee": nil, "comment": "", "modifiedAt": w.doc["createdAt"], "status": "AVAILABLE"}
		}
	},
	derive: barcodeAndName,
	after:  syncAfter,
	actions: []action{
		{"PATCH", "/containers/{container_id}", updateContainer},
		{"GET", "/containers/{container_id}/contents", listContainerContents},
		{"GET", "/containers/{container_id}/contents/{containable_id}", containerContent(http.MethodGet)},
		{"PATCH", "/containers/{container_id}/contents/{containable_id}", containerContent(http.MethodPatch)},
		{"DELETE", "/containers/{container_id}/contents/{containable_id}", containerContent(http.MethodDelete)},
		{"POST", "/containers/{destination_container_id}:transfer", transferIntoContainer},
		{"POST", "/transfers", transferIntoContainers},
		{"POST", "/containers:check-in", checkContainers("AVAILABLE")},
		{"POST", "/containers:check-out", checkContainers("CHECKED_OUT")},
		{"POST", "/containers:reserve", checkContainers("RESERVED")},
		{"POST", "/containers:print-labels", printLabels},
		{"POST", "/containers:archive", archiveInventory("containers", "containerIds", inventoryArchiveReasons, []string{"containerIds"}, false, true)},
		{"POST", "/containers:unarchive", archiveInventory("containers", "containerIds", inventoryArchiveReasons, []string{"containerIds"}, false, false)},
	},
}

// validateContainer checks a container create or update: its schema,
// where it goes, its barcode, people, quantity, role and concentration,
// and (for a bulk update, which has no 403) that the caller may use it.
func validateContainer(w *write) string {
	if msg := firstMessage(w.checkSchema(), w.checkBarcode(), w.checkParties("restrictedSamplePartyIds"), w.checkParties("sampleOwnerIds"),
		checkQuantity("quantity", w.body["quantity"], false), checkQuantity("volume", w.body["volume"], true)); msg != "" {
		return msg
	}
	if p, ok := w.body["parentStorageId"].(string); ok {
		if _, msg := w.placeContainer(p); msg != "" {
			return msg
		}
	}
	if s, ok := w.body["restrictionStatus"].(string); ok && s != "RESTRICTED" && s != "UNRESTRICTED" {
		return fmt.Sprintf("invalid restrictionStatus %q: use RESTRICTED or UNRESTRICTED", s)
	}
	if r, ok := w.body["role"].(map[string]any); ok {
		for k, v := range r {
			switch k {
			case "group":
				if n, ok := v.(float64); !ok || n != float64(int(n)) {
					return "role.group must be an integer"
				}
			case "primaryRole":
				if !slices.Contains([]string{"SAMPLE", "CONTROL", "STANDARD", "BLANK"}, fmt.Sprint(v)) {
					return fmt.Sprintf("invalid role.primaryRole %v", v)
				}
			case "subrole":
				if _, ok := v.(string); v != nil && !ok {
					return "role.subrole must be a string"
				}
			default:
				return fmt.Sprintf("role: unknown property %q", k)
			}
		}
	}
	if v, ok := w.body["concentration"]; ok && v != nil {
		if msg := checkMeasurement("concentration", v); msg != "" {
			return msg
		}
		if cts, _ := w.doc["contents"].([]any); w.it == nil || len(cts) != 1 {
			return "a concentration can only be set on a container with a single content"
		}
	}
	if w.bulk && w.it != nil && w.c != nil && !w.st.mayUse(w.c, w.it) {
		return fmt.Sprintf("you're not a restricted sample user of %s", w.it.id())
	}
	return ""
}

// partiesFilter keeps containers whose list of users and teams (list)
// has all, any or none (how) of the IDs; an unknown ID is a 400.
func partiesFilter(list, how string) filter {
	return func(f *filterCtx) (func(*item) bool, *httpError) {
		ids, herr := f.list()
		if ids == nil || herr != nil {
			return nil, herr
		}
		var bad []string
		for _, id := range ids {
			if f.st.partySummary(id) == nil {
				bad = append(bad, id)
			}
		}
		if bad != nil {
			return nil, badRequest("Invalid %s: %s.", f.key, strings.Join(bad, ", "))
		}
		return func(it *item) bool {
			l, _ := it.doc[list].([]any)
			n := 0
			for _, id := range ids {
				if slices.ContainsFunc(l, func(p any) bool { return strAt(asMap(p), "id") == id }) {
					n++
				}
			}
			switch how {
			case "allOf":
				return n == len(ids)
			case "anyOf":
				return n > 0
			}
			return n == 0
		}, nil
	}
}

// updateContainer serves PATCH /containers/{container_id}: the engine's
// update, after the 403 of a restricted container.
func updateContainer(c *call) (int, any, *httpError) {
	it, herr := c.st.find("containers", c.param(0))
	if herr != nil {
		return 0, nil, herr
	}
	if herr := c.st.restricted(c, it); herr != nil {
		return 0, nil, herr
	}
	in, herr := c.decodeBody(containerUpdate)
	if herr != nil {
		return 0, nil, herr
	}
	w := c.st.newWrite(c, it.coll, opUpdate, in, it, &batch{})
	if msg := w.check(containerUpdate); msg != "" {
		return 0, nil, badRequest("Invalid Container update: %s.", msg)
	}
	w.apply()
	return http.StatusOK, it.doc, nil
}

func listContainerContents(c *call) (int, any, *httpError) {
	it, herr := c.st.find("containers", c.param(0))
	if herr != nil {
		return 0, nil, herr
	}
	return http.StatusOK, map[string]any{"contents": it.doc["contents"]}, nil
}

// containerContent serves GET, PATCH (a new concentration) and DELETE of
// /containers/{container_id}/contents/{containable_id}.
func containerContent(method string) handler {
	return func(c *call) (int, any, *httpError) {
		it, herr := c.st.find("containers", c.param(0))
		if herr != nil {
			return 0, nil, herr
		}
		cts, _ := it.doc["contents"].([]any)
		i := slices.IndexFunc(cts, func(ct any) bool { return contentID(ct) == c.param(1) })
		if i < 0 {
			return 0, nil, notFound(c.param(1), "Content of container "+it.id())
		}
		if method == http.MethodGet {
			return http.StatusOK, cts[i], nil
		}
		if herr := c.st.restricted(c, it); herr != nil {
			return 0, nil, herr
		}
		out := slices.Clone(cts)
		if method == http.MethodDelete {
			it.doc["contents"] = slices.Delete(out, i, i+1)
			c.st.touch(it, c.st.now())
			c.st.syncInventory()
			return http.StatusNoContent, nil, nil
		}
		schema := body("concentration:object!")
		in, herr := c.decodeBody(schema)
		if herr != nil {
			return 0, nil, herr
		}
		if msg := firstMessage(schema.missing(in), checkMeasurement("concentration", in["concentration"])); msg != "" {
			return 0, nil, badRequest("Invalid content update: %s.", msg)
		}
		m := maps.Clone(asMap(cts[i]))
		m["concentration"] = in["concentration"]
		out[i] = m
		it.doc["contents"] = out
		c.st.touch(it, c.st.now())
		c.st.syncInventory()
		return http.StatusOK, m, nil
	}
}

// --- transfers ---

const transferBase = "restrictedSamplePartyIds:[]string restrictionStatus:string sampleOwnerIds:[]string sourceBatchId:string " +
	"sourceContainerId:string sourceEntityId:string transferQuantity:object transferVolume:object"

var (
	transferBody = body(transferBase, "destinationContents:[]object! destinationQuantity:object destinationVolume:object")
	transferItem = body(transferBase, "destinationContainerId:string! finalQuantity:object finalVolume:object sourceConcentration:object")
)

// transfer is one transfer, from either body.
type transfer struct {
	dest                *item
	in                  map[string]any
	final               any   // destinationQuantity or finalQuantity (or their volume form)
	destContents        []any // destinationContents
	sourceConcentration any
}

func transferIntoContainer(c *call) (int, any, *httpError) {
	dest, herr := c.st.find("containers", c.param(0))
	if herr != nil {
		return 0, nil, herr
	}
	in, herr := c.decodeChecked(transferBody)
	if herr != nil {
		return 0, nil, herr
	}
	t := transfer{dest: dest, in: in, final: cmpOrAny(in["destinationQuantity"], in["destinationVolume"]),
		destContents: asList(in["destinationContents"])}
	msg, herr := c.st.transfer(c, t)
	if herr != nil {
		return 0, nil, herr
	}
	if msg != "" {
		return 0, nil, badRequest("Invalid transfer: %s.", msg)
	}
	c.st.syncInventory()
	return http.StatusOK, map[string]any{}, nil
}

// transferIntoContainers serves POST /transfers: the transfers in order,
// all or nothing.
func transferIntoContainers(c *call) (int, any, *httpError) {
	in, herr := c.decodeBody(body("transfers:[]object!"))
	if herr != nil {
		return 0, nil, herr
	}
	list := asList(in["transfers"])
	if len(list) == 0 {
		return 0, nil, badRequest("transfers is required.")
	}
	if len(list) > 5000 {
		return 0, nil, badRequest("Too many transfers: %d (maximum 5000).", len(list))
	}
	for i, v := range list {
		if msg := transferItem.check(asMap(v)); msg != "" {
			return 0, nil, badRequest("Invalid item %d of transfers: %s", i, msg)
		}
	}
	st := c.st
	// Snapshot every container (a shallow copy is one: stored values are
	// never modified in place), to undo the transfers made if one fails.
	type snapshot struct {
		doc      map[string]any
		modified time.Time
	}
	saved := map[*item]snapshot{}
	for _, it := range st.coll("containers").order {
		saved[it] = snapshot{maps.Clone(it.doc), it.modified}
	}
	var dests []*item
	for i, v := range list {
		m := asMap(v)
		dest := st.coll("containers").byID[strAt(m, "destinationContainerId")]
		msg := ""
		var herr *httpError
		if dest == nil {
			msg = fmt.Sprintf("destination container %s not found", strAt(m, "destinationContainerId"))
		} else {
			msg, herr = st.transfer(c, transfer{dest: dest, in: m, final: cmpOrAny(m["finalQuantity"], m["finalVolume"]),
				sourceConcentration: m["sourceConcentration"]})
			if herr != nil {
				msg = strings.TrimSuffix(herr.body.Message, ".") + ": " + strings.Join(herr.body.InvalidIDs, ", ")
			}
		}
		if msg != "" {
			for it, snap := range saved {
				clear(it.doc)
				maps.Copy(it.doc, snap.doc)
				it.modified = snap.modified
			}
			st.syncInventory()
			return st.failedTask("Your request was invalid.", []itemError{{i, msg}})
		}
		if !slices.Contains(dests, dest) {
			dests = append(dests, dest)
		}
	}
	st.syncInventory()
	out := make([]any, len(dests))
	for i, d := range dests {
		out[i] = maps.Clone(d.doc)
	}
	return st.succeededTask(map[string]any{"destinationContainers": out})
}

func cmpOrAny(a, b any) any {
	if a != nil {
		return a
	}
	return b
}

func asList(v any) []any { l, _ := v.([]any); return l }

// transfer makes one transfer, or returns why it cannot (a message for a
// 400, or the 403 of a restricted container). Nothing is changed when it
// fails.
func (st *store) transfer(c *call, t transfer) (string, *httpError) {
	in, dest := t.in, t.dest
	if msg := firstMessage(checkQuantity("transferQuantity", in["transferQuantity"], false), checkQuantity("transferVolume", in["transferVolume"], true),
		checkQuantity("final quantity", t.final, false)); msg != "" {
		return msg, nil
	}
	if dest.doc["archiveRecord"] != nil {
		return fmt.Sprintf("destination container %s is archived", dest.id()), nil
	}
	n := 0
	for _, k := range []string{"sourceEntityId", "sourceBatchId", "sourceContainerId"} {
		if strAt(in, k) != "" {
			n++
		}
	}
	if n != 1 {
		return "give exactly one of sourceEntityId, sourceBatchId and sourceContainerId", nil
	}
	q := quantityOf(cmpOrAny(in["transferQuantity"], in["transferVolume"]))
	if !q.set || q.units == "" {
		return "transferQuantity (a value with units) is required", nil
	}
	var src *item
	var moved []any // the contents coming in
	switch {
	case strAt(in, "sourceBatchId") != "":
		return fmt.Sprintf("batch %s not found", strAt(in, "sourceBatchId")), nil
	case strAt(in, "sourceEntityId") != "":
		id := strAt(in, "sourceEntityId")
		if st.entity(id) == nil {
			return fmt.Sprintf("entity %s not found", id), nil
		}
		moved = []any{st.content(id, t.sourceConcentration)}
	default:
		id := strAt(in, "sourceContainerId")
		src = st.coll("containers").byID[id]
		switch {
		case src == nil:
			return fmt.Sprintf("source container %s not found", id), nil
		case src == dest:
			return "a container cannot be transferred into itself", nil
		case src.doc["archiveRecord"] != nil:
			return fmt.Sprintf("source container %s is archived", id), nil
		}
		moved = asList(src.doc["contents"])
	}
	if herr := st.restricted(c, dest, src); herr != nil {
		return "", herr
	}
	var srcLeft quantity
	if src != nil {
		sq := quantityOf(src.doc["quantity"])
		need, ok := q.in(sq.units)
		switch {
		case !sq.set:
			return fmt.Sprintf("source container %s holds no quantity to transfer", src.id()), nil
		case !ok:
			return fmt.Sprintf("%s do not convert to the %s of source container %s", q.units, sq.units, src.id()), nil
		case need > sq.value*(1+1e-9):
			return fmt.Sprintf("insufficient quantity: source container %s holds %v %s, the transfer needs %v %s", src.id(), round(sq.value), sq.units, round(need), sq.units), nil
		}
		srcLeft = quantity{max(0, sq.value-need), sq.units, true}
	}
	dq := quantityOf(dest.doc["quantity"])
	final := q
	if dq.set {
		add, ok := q.in(dq.units)
		if !ok {
			return fmt.Sprintf("%s do not convert to the %s of destination container %s", q.units, dq.units, dest.id()), nil
		}
		final = quantity{dq.value + add, dq.units, true}
	}
	if t.final != nil {
		if f := quantityOf(t.final); f.set && f.units != "" {
			final = f
		}
	}
	contents, msg := st.mix(asList(dest.doc["contents"]), dq, moved, q, final)
	if msg != "" {
		return msg, nil
	}
	for _, dc := range t.destContents {
		m := asMap(dc)
		id := strAt(m, "entityId")
		if st.entity(id) == nil {
			return fmt.Sprintf("destinationContents: entity %s not found", id), nil
		}
		if conc, ok := m["concentration"]; ok {
			if msg := checkMeasurement("destinationContents concentration", conc); msg != "" {
				return msg, nil
			}
		}
		i := slices.IndexFunc(contents, func(ct any) bool { return contentID(ct) == id })
		if i < 0 {
			contents = append(contents, st.content(id, m["concentration"]))
		} else if conc, ok := m["concentration"]; ok {
			ct := maps.Clone(asMap(contents[i]))
			ct["concentration"] = conc
			contents[i] = ct
		}
	}
	// All checked: write.
	if src != nil {
		src.doc["quantity"], src.doc["volume"] = srcLeft.doc(), srcLeft.doc()
		st.touch(src, st.now())
	}
	dest.doc["contents"] = contents
	dest.doc["quantity"], dest.doc["volume"] = final.doc(), final.doc()
	st.transferParties(dest, src, in)
	st.touch(dest, st.now())
	return "", nil
}

// mix combines the destination's contents (held in dq) with those coming
// in (in q), for a final quantity: concentrations add up by volume, as
// the package doc says.
func (st *store) mix(dest []any, dq quantity, moved []any, q, final quantity) ([]any, string) {
	vD, dOK := dq.liters()
	vIn, inOK := q.liters()
	vF, fOK := final.liters()
	if !dq.set {
		vD, dOK = 0, true
	}
	volumes := dOK && inOK && fOK && vF > 0
	type amount struct {
		units string
		value float64
		known bool
	}
	conc := func(ct any, v float64) amount {
		m := asMap(asMap(ct)["concentration"])
		val, ok := m["value"].(float64)
		u, _ := m["units"].(string)
		return amount{u, val * v, ok && u != ""}
	}
	out := make([]any, 0, len(dest)+len(moved))
	seen := map[string]int{}
	add := func(ct any, a amount) {
		id := contentID(ct)
		if i, ok := seen[id]; ok {
			prev := asMap(out[i])["amount"].(amount)
			switch {
			case !prev.known || !a.known || prev.units != a.units:
				prev = amount{}
			default:
				prev.value += a.value
			}
			m := maps.Clone(asMap(out[i]))
			m["amount"] = prev
			out[i] = m
			return
		}
		seen[id] = len(out)
		m := maps.Clone(asMap(ct))
		m["amount"] = a
		out = append(out, m)
	}
	for _, ct := range dest {
		add(ct, conc(ct, vD))
	}
	for _, ct := range moved {
		add(ct, conc(ct, vIn))
	}
	for i, ct := range out {
		m := asMap(ct)
		a := m["amount"].(amount)
		delete(m, "amount")
		switch {
		case !volumes:
			// Not volumes: concentrations stay as they were.
		case a.known:
			m["concentration"] = map[string]any{"units": a.units, "value": round(a.value / vF)}
		default:
			m["concentration"] = map[string]any{"units": nil, "value": nil}
		}
		out[i] = m
	}
	return out, ""
}

// transferParties sets the destination's restriction status, restricted
// sample parties and sample owners: the transfer's, else, from a source
// container, the source's added to the destination's (and the more
// restrictive status). Wells keep NOT_APPLICABLE.
func (st *store) transferParties(dest, src *item, in map[string]any) {
	merge := func(key, docKey string) {
		if ids, ok := in[key]; ok {
			partiesKey(docKey)(&write{st: st, doc: dest.doc}, ids)
			return
		}
		if src == nil {
			return
		}
		out := slices.Clone(asList(dest.doc[docKey]))
		for _, p := range asList(src.doc[docKey]) {
			if !slices.ContainsFunc(out, func(q any) bool { return strAt(asMap(q), "id") == strAt(asMap(p), "id") }) {
				out = append(out, p)
			}
		}
		dest.doc[docKey] = out
	}
	if strAt(dest.doc, "restrictionStatus") == "NOT_APPLICABLE" {
		return
	}
	merge("restrictedSamplePartyIds", "restrictedSampleParties")
	merge("sampleOwnerIds", "sampleOwners")
	if s, ok := in["restrictionStatus"].(string); ok && (s == "RESTRICTED" || s == "UNRESTRICTED") {
		dest.doc["restrictionStatus"] = s
	} else if src != nil && strAt(src.doc, "restrictionStatus") == "RESTRICTED" {
		dest.doc["restrictionStatus"] = "RESTRICTED"
	}
}

// --- check-out and labels ---

// checkContainers serves check-in (AVAILABLE), check-out (CHECKED_OUT)
// and reservation (RESERVED).
func checkContainers(status string) handler {
	schema := body("containerIds:[]string!", "assigneeId:string!", "comment:string")
	if status == "AVAILABLE" {
		schema = body("containerIds:[]string!", "comments:string")
	}
	return func(c *call) (int, any, *httpError) {
		in, herr := c.decodeChecked(schema)
		if herr != nil {
			return 0, nil, herr
		}
		st := c.st
		items, herr := st.coll("containers").lookup(stringList(in["containerIds"]))
		if herr != nil {
			return 0, nil, herr
		}
		for _, it := range items {
			if it.doc["archiveRecord"] != nil {
				return 0, nil, badRequest("Container %s is archived.", it.id())
			}
		}
		if herr := st.restricted(c, items...); herr != nil {
			return 0, nil, herr
		}
		var assignee any
		comment := strAt(in, "comment")
		if status == "AVAILABLE" {
			comment = strAt(in, "comments")
		} else {
			a := st.partySummary(strAt(in, "assigneeId"))
			if a == nil {
				return 0, nil, badRequest("Assignee %s is not a user or team.", strAt(in, "assigneeId"))
			}
			assignee = a
		}
		t := fmtTime(st.now())
		for _, it := range items {
			it.doc["checkoutRecord"] = map[string]any{"assignee": assignee, "comment": comment, "modifiedAt": t, "status": status}
			st.touch(it, st.now())
		}
		st.syncInventory()
		return http.StatusOK, map[string]any{}, nil
	}
}

// PrintJob is a label printing the fake received (Server.PrintJobs).
type PrintJob struct {
	// PrinterID and LabelTemplateID are the printer and template used.
	PrinterID, LabelTemplateID string
	// ContainerIDs are the containers, one label each, in order.
	ContainerIDs []string
	// Barcodes are their barcodes at the time, in the same order.
	Barcodes []string
}

func printLabels(c *call) (int, any, *httpError) {
	in, herr := c.decodeChecked(body("containerIds:[]string!", "labelTemplateId:string!", "printerId:string!"))
	if herr != nil {
		return 0, nil, herr
	}
	st := c.st
	items, herr := st.coll("containers").lookup(stringList(in["containerIds"]))
	if herr != nil {
		return 0, nil, herr
	}
	if st.coll("label-templates").byID[strAt(in, "labelTemplateId")] == nil {
		return 0, nil, badRequest("Label template %s not found.", strAt(in, "labelTemplateId"))
	}
	if st.coll("label-printers").byID[strAt(in, "printerId")] == nil {
		return 0, nil, badRequest("Printer %s not found.", strAt(in, "printerId"))
	}
	job := PrintJob{PrinterID: strAt(in, "printerId"), LabelTemplateID: strAt(in, "labelTemplateId")}
	for _, it := range items {
		job.ContainerIDs = append(job.ContainerIDs, it.id())
		job.Barcodes = append(job.Barcodes, strAt(it.doc, "barcode"))
	}
	st.printJobs = append(st.printJobs, job)
	return http.StatusOK, map[string]any{}, nil
}

// PrintJobs returns the label printings the server received, in order.
func (s *Server) PrintJobs() []PrintJob {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.st.printJobs)
}
