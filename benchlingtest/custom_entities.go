package benchlingtest

// The Custom Entities tag: /custom-entities, the registry entities whose
// kinds tenants define with schemas. They have nothing beyond what every
// registry entity has (entityDoc), so their description needs no hook: it
// is also the example of CONTRIBUTING.md §6, and the resource the engine's
// own tests drive (engine_test.go). Bulk writes take up to 2500 items, the
// spec's maxItems.
var customEntities = &resource{
	path: "custom-entities", noun: "Custom entity", prefix: "bfi_", listKey: "customEntities",
	doc:          entityDoc(map[string]any{"url": ""}),
	server:       append(entityServer, "url"),
	webPath:      entityWebPath,
	list:         &listOp{filters: entityFilters},
	get:          true,
	create:       body(entityWrite, "entityRegistryId:string name:string! namingStrategy:string registryId:string schemaId:string!"),
	update:       body(entityWrite, "entityRegistryId:string"),
	upsert:       body(entityWrite, "archiveRecord:null name:string! registryId:string! schemaId:string!"),
	archive:      &archiveOp{idsKey: "customEntityIds", reasons: entityArchiveReasons, extra: map[string]any{"batchIds": []any{}}},
	bulkGet:      &bulkGetOp{params: []bulkGetParam{{"customEntityIds", "id"}}},
	bulkCreate:   &bulkOp{max: 2500},
	bulkUpdate:   &bulkOp{item: body(entityWrite, "id:string!"), max: 2500},
	bulkUpsert:   &bulkOp{item: body(entityWrite, "archiveRecord:null entityRegistryId:string! name:string! registryId:string! schemaId:string!"), max: 2500},
	registry:     &registry{idPrefix: "CE"},
	schemaPrefix: "ts_",
	schemaType:   "custom_entity",
}
