package benchlingtest

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// The Plates tag: /plates. A plate is in a location; its schema
// (plate-schemas) gives its rows, columns and kind: a plateType starting
// with "matrix" makes a matrix plate, which holds the tubes put in its
// positions; any other a well plate, whose wells are created with it
// (containers of the plate schema's container schema, or of the create's
// containerSchemaId), barcoded from the create's wells or by their
// schema. Archiving a plate archives its wells and tubes.

var plates = &resource{
	path: "plates", noun: "Plate", prefix: "plt_", listKey: "plates",
	doc: map[string]any{
		"archiveRecord": nil, "availableCapacity": nil, "barcode": nil, "createdAt": "", "creator": nil, "fields": map[string]any{},
		"id": "", "modifiedAt": "", "name": "", "occupiedCapacity": nil, "parentStorageId": nil, "projectId": nil, "schema": nil,
		"totalCapacity": nil, "type": "well_plate", "webURL": "", "wells": map[string]any{},
	},
	server:  []string{"id", "createdAt", "modifiedAt", "creator", "webURL"},
	webPath: inventoryWebPath("plates"),
	list: &listOp{filters: "ids barcodes name nameIncludes names.anyOf names.anyOf.caseSensitive createdAt modifiedAt " +
		"archiveReason schemaId schemaField.* creatorIds ancestorStorageId storageContentsId storageContentsIds " + countFilterNames,
		custom: withFilters(countFilters(plateEmptyPositions, plateEmptyWells), map[string]filter{
			"barcodes": barcodesFilter, "ancestorStorageId": ancestorFilter,
			"storageContentsId": storageContentsFilter, "storageContentsIds": storageContentsFilter}),
		sorts: inventorySorts},
	get: true,
	create: body("barcode:string containerSchemaId:string fields:object name:string parentStorageId:string projectId:string " +
		"schemaId:string! wells:object"),
	update:  body("fields:object name:string parentStorageId:string projectId:string"),
	bulkGet: &bulkGetOp{params: []bulkGetParam{{"plateIds", "id"}, {"barcodes", "barcode"}}},
	keys: map[string]keyFunc{
		"containerSchemaId": ignoreKey, // the wells', in after
		"wells":             ignoreKey, // the wells' barcodes, in after
	},
	validate: func(w *write) string {
		return firstMessage(w.checkSchema(), w.checkStorageParent(), w.checkBarcode(), w.checkPlateWells())
	},
	derive: func(w *write) {
		barcodeAndName(w)
		if s := w.st.schemaOf("plate-schemas", w.doc); w.creating() && s != nil && strings.HasPrefix(strAt(s.doc, "plateType"), "matrix") {
			w.doc["type"] = "matrix_plate"
		}
	},
	after: func(w *write) {
		if w.op == opCreate && !isMatrix(w.it) && len(asMap(w.it.doc["wells"])) == 0 {
			w.st.createWells(w)
		}
		w.st.syncInventory()
	},
	actions: []action{
		{"POST", "/plates:archive", archiveInventory("plates", "plateIds", inventoryArchiveReasons, []string{"containerIds", "plateIds"}, true, true)},
		{"POST", "/plates:unarchive", archiveInventory("plates", "plateIds", inventoryArchiveReasons, []string{"containerIds", "plateIds"}, true, false)},
	},
}

// checkPlateWells checks a plate create's containerSchemaId and the
// barcodes it gives its wells (valid positions, unique barcodes).
func (w *write) checkPlateWells() string {
	if id, ok := w.body["containerSchemaId"].(string); ok && w.st.coll("container-schemas").byID[id] == nil {
		return fmt.Sprintf("container schema %s not found", id)
	}
	wells := asMap(w.body["wells"])
	if len(wells) == 0 {
		return ""
	}
	sch := w.st.coll("plate-schemas").byID[strAt(w.body, "schemaId")]
	if sch == nil {
		return ""
	}
	if strings.HasPrefix(strAt(sch.doc, "plateType"), "matrix") {
		return "a matrix plate has no wells to give barcodes to"
	}
	rows, cols := int(num(sch.doc["height"])), int(num(sch.doc["width"]))
	for _, pos := range slices.Sorted(maps.Keys(wells)) {
		r, c, ok := parseWell(pos)
		if !ok || r >= rows || c >= cols {
			return fmt.Sprintf("wells: %q is not a well of a %d x %d plate", pos, rows, cols)
		}
		m, ok := wells[pos].(map[string]any)
		for k := range m {
			if k != "barcode" {
				return fmt.Sprintf("wells.%s: unknown property %q", pos, k)
			}
		}
		bc, isStr := m["barcode"].(string)
		if !ok || m["barcode"] != nil && !isStr {
			return fmt.Sprintf("wells.%s must be an object with a barcode", pos)
		}
		reg := strAt(sch.doc, "registryId")
		if reg == "" {
			reg = w.st.registryID
		}
		if o := w.st.barcodeOwner(reg, bc, nil); o != nil {
			return fmt.Sprintf("wells.%s: barcode %s is already used by %s", pos, bc, o.id())
		}
		if bc != "" && !w.batch.claim("barcode:"+reg+":"+strings.ToLower(bc), w.owner+":"+pos) {
			return fmt.Sprintf("wells.%s: barcode %s is repeated in the request", pos, bc)
		}
	}
	return ""
}

// createWells creates the wells of a new well plate, one container per
// position, with the barcodes the create gave them.
func (st *store) createWells(w *write) {
	plate := w.it
	schemaID := strAt(w.body, "containerSchemaId")
	if schemaID == "" {
		if s := st.schemaOf("plate-schemas", plate.doc); s != nil {
			schemaID, _ = at(s.doc, "containerSchema.id").(string)
		}
	}
	rows, cols := st.dims(plate)
	given := asMap(w.body["wells"])
	for r := range rows {
		for c := range cols {
			pos := wellName(r, c)
			b := map[string]any{"parentStorageId": plate.id() + ":" + pos, "restrictionStatus": "NOT_APPLICABLE"}
			if schemaID != "" {
				b["schemaId"] = schemaID
			}
			if bc := strAt(asMap(given[pos]), "barcode"); bc != "" {
				b["barcode"] = bc
			}
			if p := plate.doc["projectId"]; p != nil {
				b["projectId"] = p
			}
			st.create("containers", b)
		}
	}
}

// plateEmptyPositions counts a plate's free positions: a matrix plate's
// positions without a tube; a well plate has none.
func plateEmptyPositions(st *store, p *item) int {
	if !isMatrix(p) {
		return 0
	}
	return int(num(p.doc["availableCapacity"]))
}

// plateEmptyWells counts a plate's wells (or tubes) that hold nothing.
func plateEmptyWells(st *store, p *item) int { return emptyContainersIn(st, p) }
