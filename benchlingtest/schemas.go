package benchlingtest

import (
	"maps"
	"strings"
)

// The Schemas tag: the twelve kinds of schemas, read-only in the API.
// Tests define a tenant's schemas with Add (an SDK model such as
// benchling.EntitySchema, or a map) or SeedSchemas. A field definition
// added without an ID gets one (tsf_...), and the properties every field
// definition has (isMulti, isRequired, archiveRecord) default to false,
// false and null; a registry schema without a registryId is in the
// tenant's registry. Lists are in the engine's default order (the spec's
// schema lists take no sort).

// schemaResource describes a kind of schema: extra are its properties
// beyond Schema's, with their defaults; typ is the type of a schema of
// the kind added without one ("" for kinds the spec gives no type);
// modifiedAt says whether its list takes the modifiedAt filter.
func schemaResource(path, noun, prefix, listKey, typ string, extra map[string]any, modifiedAt bool) *resource {
	doc := map[string]any{"archiveRecord": nil, "fieldDefinitions": []any{}, "id": "", "name": "", "type": typ}
	maps.Copy(doc, extra)
	server := []string{"id"}
	if _, ok := doc["modifiedAt"]; ok {
		server = append(server, "modifiedAt")
	}
	filters := ""
	if modifiedAt {
		filters = "modifiedAt"
	}
	return &resource{
		path: path, noun: noun, prefix: prefix, listKey: listKey, doc: doc, server: server,
		list:   &listOp{filters: filters, noSort: true},
		get:    true,
		derive: deriveSchema,
	}
}

// registrySchema are the properties of the schemas of a registry
// (RegistrySchema) and their modification time.
func registrySchema(extra map[string]any) map[string]any {
	d := map[string]any{"modifiedAt": "", "prefix": "", "registryId": ""}
	maps.Copy(d, extra)
	return d
}

// ownedSchema are the properties of assay and legacy request schemas: an
// organization owns them, and they have a warehouse name.
func ownedSchema(extra map[string]any) map[string]any {
	d := map[string]any{"modifiedAt": "", "organization": map[string]any{}, "systemName": ""}
	maps.Copy(d, extra)
	return d
}

var (
	entitySchemas = schemaResource("entity-schemas", "Entity schema", "ts_", "entitySchemas", "custom_entity", registrySchema(map[string]any{
		"constraint": nil, "containableType": "NONE", "containerNameTemplateParts": nil, "nameTemplateParts": nil,
	}), true)
	batchSchemas = schemaResource("batch-schemas", "Batch schema", "ts_", "batchSchemas", "",
		registrySchema(map[string]any{"entitySchemaId": ""}), true)
	boxSchemas = schemaResource("box-schemas", "Box schema", "boxsch_", "boxSchemas", "box",
		registrySchema(map[string]any{"containerSchema": nil, "height": 0, "width": 0}), false)
	containerSchemas = schemaResource("container-schemas", "Container schema", "consch_", "containerSchemas", "container",
		registrySchema(nil), true)
	locationSchemas = schemaResource("location-schemas", "Location schema", "locsch_", "locationSchemas", "location",
		registrySchema(nil), false)
	plateSchemas = schemaResource("plate-schemas", "Plate schema", "pltsch_", "plateSchemas", "plate",
		registrySchema(map[string]any{"containerSchema": nil, "height": 0, "plateType": "", "width": 0}), false)
	entrySchemas   = schemaResource("entry-schemas", "Entry schema", "ts_", "entrySchemas", "entry", registrySchema(nil), true)
	requestSchemas = schemaResource("request-schemas", "Request schema", "assaysch_", "requestSchemas", "request",
		ownedSchema(nil), true)
	requestTaskSchemas = schemaResource("request-task-schemas", "Request task schema", "reqtsksch_", "requestTaskSchemas", "request_task",
		ownedSchema(nil), true)
	assayRunSchemas = schemaResource("assay-run-schemas", "Assay run schema", "assaysch_", "assayRunSchemas", "assay_run",
		ownedSchema(map[string]any{"automationInputFileConfigs": []any{}, "automationOutputFileConfigs": []any{}, "derivedFrom": nil}), true)
	assayResultSchemas = schemaResource("assay-result-schemas", "Assay result schema", "assaysch_", "assayResultSchemas", "assay_result",
		ownedSchema(map[string]any{"derivedFrom": nil}), true)
	workflowTaskSchemas = schemaResource("workflow-task-schemas", "Workflow task schema", "prstsch_", "workflowTaskSchemas", "", map[string]any{
		"canSetAssigneeOnTaskCreation": false, "defaultCreationFolderId": nil, "defaultEntryExecutionFolderId": nil,
		"defaultResponsibleParties": []any{}, "defaultResponsibleTeam": nil, "entryTemplateId": nil, "executionType": "DIRECT",
		"flowchartConfig": map[string]any{}, "isPropagateWatchersEnabled": false, "modifiedAt": "", "prefix": "",
		"statusLifecycle": map[string]any{}, "taskGroupPrefix": "", "workflowOutputSchema": nil,
	}, true)
)

// schemaResources are the kinds of schemas, for lookups by ID.
var schemaResources = []*resource{entitySchemas, batchSchemas, boxSchemas, containerSchemas, locationSchemas, plateSchemas,
	entrySchemas, requestSchemas, requestTaskSchemas, assayRunSchemas, assayResultSchemas, workflowTaskSchemas}

// deriveSchema fills what a schema added without it lacks: the field
// definitions' IDs and common properties, the registry, the warehouse
// name, and a workflow task schema's status lifecycle.
func deriveSchema(w *write) {
	d, st := w.doc, w.st
	if defs, _ := d["fieldDefinitions"].([]any); len(defs) > 0 {
		out := make([]any, len(defs))
		for i, f := range defs {
			m, _ := f.(map[string]any)
			m = maps.Clone(m)
			if m == nil {
				m = map[string]any{}
			}
			if strAt(m, "id") == "" {
				m["id"] = st.newID("tsf_")
			}
			for k, v := range map[string]any{"archiveRecord": nil, "isMulti": false, "isRequired": false} {
				if _, ok := m[k]; !ok {
					m[k] = v
				}
			}
			out[i] = m
		}
		d["fieldDefinitions"] = out
	}
	if r, ok := d["registryId"]; ok && empty(r) {
		d["registryId"] = st.registryID
	}
	if s, ok := d["systemName"]; ok && empty(s) {
		d["systemName"] = strings.ReplaceAll(strings.ToLower(strings.Join(strings.Fields(strAt(d, "name")), "_")), "-", "_")
	}
	if l, ok := d["statusLifecycle"]; ok && empty(l) {
		d["statusLifecycle"] = st.defaultLifecycle()
	}
}

// defaultLifecycle is the status lifecycle of a workflow task schema
// added without one: Pending, In Progress, Completed, Cancelled.
func (st *store) defaultLifecycle() map[string]any {
	status := func(name, typ string) map[string]any {
		return map[string]any{"displayName": name, "id": st.newID("wfts_"), "statusType": typ}
	}
	pending, progress := status("Pending", "PENDING"), status("In Progress", "IN_PROGRESS")
	done, cancelled := status("Completed", "COMPLETED"), status("Cancelled", "CANCELLED")
	tr := func(from, to map[string]any) any { return map[string]any{"from": from, "to": to} }
	return map[string]any{
		"id": st.newID("prstswf_"), "name": "Direct Completion", "initialStatus": pending,
		"statuses":    []any{pending, progress, done, cancelled},
		"transitions": []any{tr(pending, progress), tr(progress, done), tr(pending, cancelled), tr(progress, cancelled)},
	}
}

// schemaName is the name of the schema with an ID, of any kind; an ID no
// added schema has (an item stored with Add may name one) gets a made-up
// name.
func (st *store) schemaName(id string) string {
	for _, r := range schemaResources {
		if it := st.coll(r.path).byID[id]; it != nil {
			return strAt(it.doc, "name")
		}
	}
	return "Schema " + id
}

// SeedSchemas seeds a tenant's worth of schemas, one or more of each
// kind, and the dropdowns their fields use, and returns their IDs by name.
// The "Plasmid" entity schema (DNA sequences, prefix PLS) has a field of
// every field type a schema field definition can have: a dropdown field
// "Resistance" with the options of the "Resistance Marker" dropdown
// (Ampicillin, Kanamycin, Spectinomycin), an entity link "Backbone" to the
// "Backbone" schema, an integer "Copy Number" (1 to 500, in copies), a
// float "Concentration" (in ng/µL, two decimals), the links to each kind
// of item, and text, long text, boolean, date, datetime, json and blob
// fields; "Verified" is required and "Tags" a multi-value text field.
// The others: entity schemas "Backbone" (DNA), "Protein" (AA), "Cell
// Line" (custom entity, with an "Expression Host" dropdown field); batch
// schema "Plasmid Batch"; container schema "Tube", box schema "9x9 Box",
// plate schema "96-well Plate", location schema "Freezer"; entry schema
// "Cloning Experiment"; request schema "Sequencing Request", request task
// schema "Sequencing Task"; workflow task schema "Purification", whose
// outputs have the workflow output schema "Purification Output" (floats
// "Concentration" and "Mass"; its IDs are fixed, wfoutsch_PurOut01); assay
// run schema "Plate Reader Run" and assay result schema "Plate Reader
// Result". (FieldType's aa_part_link and base_molecule_link are left out:
// no kind of the spec's field definitions allows them.) The package
// examples/typedschemas/schemas is generated from these schemas and their
// IDs: regenerate it (go generate ./examples/typedschemas/...) after
// changing them.
func (s *Server) SeedSchemas() map[string]string {
	s.mu.Lock()
	defer s.mu.Unlock()
	st := s.st
	ids := map[string]string{}
	add := func(path string, d map[string]any) string {
		it := st.addDoc(st.coll(path), d)
		ids[strAt(d, "name")] = it.id()
		return it.id()
	}
	opts := func(names ...string) []any {
		out := make([]any, len(names))
		for i, n := range names {
			out[i] = map[string]any{"name": n}
		}
		return out
	}
	resistance := add("dropdowns", map[string]any{"name": "Resistance Marker", "options": opts("Ampicillin", "Kanamycin", "Spectinomycin")})
	host := add("dropdowns", map[string]any{"name": "Expression Host", "options": opts("E. coli", "HEK293", "CHO")})
	field := func(name, typ string, extra ...any) map[string]any {
		m := map[string]any{"name": name, "type": typ}
		for i := 0; i+1 < len(extra); i += 2 {
			m[extra[i].(string)] = extra[i+1]
		}
		return m
	}
	unit := func(name, symbol string) map[string]any {
		return map[string]any{"id": st.newID("unit_"), "name": name, "symbol": symbol, "unitTypeId": st.newID("qnty_")}
	}
	backbone := add("entity-schemas", map[string]any{"name": "Backbone", "type": "dna_sequence", "prefix": "BB",
		"fieldDefinitions": []any{field("Origin", "text")}})
	protein := add("entity-schemas", map[string]any{"name": "Protein", "type": "aa_sequence", "prefix": "PRT",
		"fieldDefinitions": []any{field("Molecular Weight", "float", "unit", unit("kilodalton", "kDa"))}})
	add("entity-schemas", map[string]any{"name": "Cell Line", "type": "custom_entity", "prefix": "CL",
		"containableType": "ENTITY", "fieldDefinitions": []any{field("Host", "dropdown", "dropdownId", host, "isRequired", true)}})
	tube := add("container-schemas", map[string]any{"name": "Tube", "prefix": "TUB"})
	add("box-schemas", map[string]any{"name": "9x9 Box", "prefix": "BOX", "height": 9, "width": 9,
		"containerSchema": map[string]any{"id": tube, "name": "Tube"}})
	add("plate-schemas", map[string]any{"name": "96-well Plate", "prefix": "PLT", "plateType": "wells_96", "height": 8, "width": 12,
		"containerSchema": map[string]any{"id": tube, "name": "Tube"}})
	add("location-schemas", map[string]any{"name": "Freezer", "prefix": "FRZ"})
	entry := add("entry-schemas", map[string]any{"name": "Cloning Experiment", "prefix": "EXP",
		"fieldDefinitions": []any{field("Plasmid", "entity_link", "schemaId", nil, "isMulti", true)}})
	request := add("request-schemas", map[string]any{"name": "Sequencing Request",
		"fieldDefinitions": []any{field("Sample Count", "integer", "numericMin", 1)}})
	add("request-task-schemas", map[string]any{"name": "Sequencing Task",
		"fieldDefinitions": []any{field("Primer", "dna_sequence_link")}})
	run := add("assay-run-schemas", map[string]any{"name": "Plate Reader Run",
		"automationInputFileConfigs": []any{map[string]any{"name": "Plate layout"}}, "automationOutputFileConfigs": []any{map[string]any{"name": "Readout"}},
		"fieldDefinitions": []any{field("Instrument", "text")}})
	result := add("assay-result-schemas", map[string]any{"name": "Plate Reader Result",
		"fieldDefinitions": []any{field("OD600", "float", "decimalPrecision", 3, "isRequired", true), field("Sample", "entity_link", "schemaId", protein)}})
	// The output schema's IDs are given, not drawn, so that the IDs the
	// fake draws after it (in tests' expected output) stay as they were.
	outputField := func(id, name string) map[string]any {
		return map[string]any{"id": id, "name": name, "type": "float", "isMulti": false, "isRequired": false, "archiveRecord": nil}
	}
	add("workflow-task-schemas", map[string]any{"name": "Purification", "prefix": "PUR", "taskGroupPrefix": "PURG", "executionType": "ENTRY",
		"fieldDefinitions": []any{field("Yield", "float", "unit", unit("milligram", "mg"))},
		"workflowOutputSchema": map[string]any{"id": "wfoutsch_PurOut01", "name": "Purification Output", "type": "workflow_output",
			"archiveRecord": nil, "fieldDefinitions": []any{outputField("tsf_PurConc1", "Concentration"), outputField("tsf_PurMass1", "Mass")}}})
	plasmid := add("entity-schemas", map[string]any{"name": "Plasmid", "type": "dna_sequence", "prefix": "PLS", "containableType": "BATCH",
		"constraint":        map[string]any{"fieldDefinitionNames": []any{"Backbone"}, "hasUniqueResidues": true},
		"nameTemplateParts": []any{map[string]any{"type": "TEXT", "text": "PLS-", "fieldId": nil, "datetimeFormat": nil}},
		"fieldDefinitions": []any{
			field("Resistance", "dropdown", "dropdownId", resistance),
			field("Backbone", "entity_link", "schemaId", backbone),
			field("Copy Number", "integer", "numericMin", 1, "numericMax", 500, "unit", unit("copies", "copies")),
			field("Concentration", "float", "decimalPrecision", 2, "unit", unit("nanogram per microliter", "ng/µL")),
			field("Notes", "long_text"),
			field("Tags", "text", "isMulti", true),
			field("Verified", "boolean", "isRequired", true),
			field("Cloned On", "date"),
			field("Last Sequenced", "datetime"),
			field("Metadata", "json"),
			field("Map", "blob_link"),
			field("Parent", "dna_sequence_link"),
			field("Insert", "aa_sequence_link"),
			field("Host Cell Line", "custom_entity_link"),
			field("Buffer", "mixture_link"),
			field("Ligand", "molecule_link"),
			field("Promoter", "part_link"),
			field("CDS", "translation_link"),
			field("Prep", "batch_link"),
			field("Stored In", "storage_link", "schemaId", tube),
			field("Design", "entry_link", "schemaId", entry),
			field("Request", "assay_request_link", "schemaId", request),
			field("Readout", "assay_result_link", "schemaId", result),
			field("Run", "assay_run_link", "schemaId", run),
		}})
	add("batch-schemas", map[string]any{"name": "Plasmid Batch", "prefix": "PLSB", "entitySchemaId": plasmid,
		"fieldDefinitions": []any{field("Prep Date", "date")}})
	return ids
}
