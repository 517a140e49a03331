package benchlingtest

// The Locations tag: /locations. A location is in another location or at
// the top; it cannot be moved inside itself. Archiving a location
// archives the locations, boxes, plates and containers it holds, at any
// depth (see inventory.go).

var locations = &resource{
	path: "locations", noun: "Location", prefix: "loc_", listKey: "locations",
	doc: map[string]any{
		"archiveRecord": nil, "availableCapacity": nil, "barcode": "", "createdAt": "", "creator": nil, "fields": map[string]any{},
		"id": "", "modifiedAt": "", "name": "", "occupiedCapacity": nil, "parentStorageId": nil, "schema": nil,
		"totalCapacity": nil, "webURL": "",
	},
	server:  []string{"id", "createdAt", "modifiedAt", "creator", "webURL"},
	webPath: inventoryWebPath("locations"),
	list: &listOp{filters: "ids barcodes name nameIncludes names.anyOf names.anyOf.caseSensitive createdAt modifiedAt " +
		"archiveReason schemaId schemaField.* creatorIds ancestorStorageId",
		custom: map[string]filter{"barcodes": barcodesFilter, "ancestorStorageId": ancestorFilter},
		sorts:  inventorySorts},
	get:     true,
	create:  body("barcode:string fields:object name:string! parentStorageId:string schemaId:string!"),
	update:  body("fields:object name:string parentStorageId:string"),
	bulkGet: &bulkGetOp{params: []bulkGetParam{{"locationIds", "id"}, {"barcodes", "barcode"}}},
	validate: func(w *write) string {
		return firstMessage(w.checkSchema(), w.checkStorageParent(), w.checkBarcode())
	},
	derive: func(w *write) {
		if w.creating() {
			w.giveBarcode()
		}
	},
	after: syncAfter,
	actions: []action{
		{"POST", "/locations:archive", archiveInventory("locations", "locationIds", folderArchiveReasons, []string{"boxIds", "containerIds", "locationIds", "plateIds"}, false, true)},
		{"POST", "/locations:unarchive", archiveInventory("locations", "locationIds", folderArchiveReasons, []string{"boxIds", "containerIds", "locationIds", "plateIds"}, false, false)},
	},
}

// firstMessage returns the first non-empty message.
func firstMessage(msgs ...string) string {
	for _, m := range msgs {
		if m != "" {
			return m
		}
	}
	return ""
}
