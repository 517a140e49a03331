package benchlingtest

import (
	"maps"
	"net/http"
	"slices"
	"strconv"
)

// The Boxes tag: /boxes. A box is in a location; its schema (box-schemas)
// gives its rows and columns. Its counts follow the containers in it.
// Archiving a box archives its containers; unarchiving it unarchives
// those. A box's contents are listed by position, row by row.

var boxes = &resource{
	path: "boxes", noun: "Box", prefix: "box_", listKey: "boxes",
	doc: map[string]any{
		"archiveRecord": nil, "availableCapacity": 0, "barcode": nil, "createdAt": "", "creator": nil, "emptyContainers": 0,
		"emptyPositions": 0, "fields": map[string]any{}, "filledPositions": 0, "id": "", "modifiedAt": "", "name": "",
		"occupiedCapacity": 0, "parentStorageId": nil, "projectId": nil, "schema": nil, "size": 0, "totalCapacity": 0, "webURL": "",
	},
	server:  []string{"id", "createdAt", "modifiedAt", "creator", "webURL"},
	webPath: inventoryWebPath("boxes"),
	list: &listOp{filters: "ids barcodes name nameIncludes names.anyOf names.anyOf.caseSensitive createdAt modifiedAt " +
		"archiveReason schemaId schemaField.* creatorIds ancestorStorageId storageContentsId storageContentsIds " + countFilterNames,
		custom: withFilters(countFilters(
			func(st *store, b *item) int { return int(num(b.doc["emptyPositions"])) },
			emptyContainersIn), map[string]filter{
			"barcodes": barcodesFilter, "ancestorStorageId": ancestorFilter,
			"storageContentsId": storageContentsFilter, "storageContentsIds": storageContentsFilter}),
		sorts: inventorySorts},
	get:     true,
	create:  body("barcode:string fields:object name:string parentStorageId:string projectId:string schemaId:string!"),
	update:  body("fields:object name:string parentStorageId:string projectId:string"),
	bulkGet: &bulkGetOp{params: []bulkGetParam{{"boxIds", "id"}, {"barcodes", "barcode"}}},
	validate: func(w *write) string {
		return firstMessage(w.checkSchema(), w.checkStorageParent(), w.checkBarcode())
	},
	derive: barcodeAndName,
	after:  syncAfter,
	actions: []action{
		{"GET", "/boxes/{box_id}/contents", listBoxContents},
		{"POST", "/boxes:archive", archiveInventory("boxes", "boxIds", inventoryArchiveReasons, []string{"boxIds", "containerIds"}, false, true)},
		{"POST", "/boxes:unarchive", archiveInventory("boxes", "boxIds", inventoryArchiveReasons, []string{"boxIds", "containerIds"}, false, false)},
	},
}

// withFilters merges filter maps.
func withFilters(ms ...map[string]filter) map[string]filter {
	out := map[string]filter{}
	for _, m := range ms {
		maps.Copy(out, m)
	}
	return out
}

// listBoxContents serves GET /boxes/{box_id}/contents: the containers in
// the box, each with its gridPosition and gridNumber (counted row by row
// from 1), in that order, paged (the token is the last gridNumber).
func listBoxContents(c *call) (int, any, *httpError) {
	box, herr := c.st.find("boxes", c.param(0))
	if herr != nil {
		return 0, nil, herr
	}
	q := c.query()
	size, after := 50, 0
	if v := q.Get("pageSize"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 || n > 100 {
			return 0, nil, badRequest("Invalid pageSize %q: must be an integer between 0 and 100.", v)
		}
		size = n
	}
	if v := q.Get("nextToken"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			return 0, nil, badRequest("Invalid nextToken %q.", v)
		}
		after = n
	}
	_, cols := c.st.dims(box)
	type placed struct {
		n int
		d map[string]any
	}
	var in []placed
	for _, ct := range c.st.coll("containers").order {
		sid, pos := splitStorage(strAt(ct.doc, "parentStorageId"))
		r, col, ok := parseWell(pos)
		if sid != box.id() || !ok {
			continue
		}
		n := r*cols + col + 1
		if n <= after {
			continue
		}
		d := maps.Clone(ct.doc)
		d["gridNumber"], d["gridPosition"] = n, pos
		in = append(in, placed{n, d})
	}
	slices.SortFunc(in, func(a, b placed) int { return a.n - b.n })
	next := ""
	if len(in) > size {
		if size > 0 {
			next = strconv.Itoa(in[size-1].n)
		} else {
			next = strconv.Itoa(after)
		}
		in = in[:size]
	}
	out := make([]any, len(in))
	for i, p := range in {
		out[i] = p.d
	}
	return http.StatusOK, shape(map[string]any{"containers": out, "nextToken": next}, q.Get("returning")), nil
}
