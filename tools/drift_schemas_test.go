package tools

import "github.com/benchling-go/benchling"

// The Schemas tag: its models, query options and exemptions (see
// drift_test.go for what is checked). Every schema type embeds
// benchling.Schema (the spec's Schema, an allOf part of each), and every
// field-definition kind embeds benchling.FieldDefinition; the checks read
// the embedded fields as the composite's.
var _ = register(driftTable{
	Tag: "Schemas",
	Models: []model{
		{Go: benchling.Schema{}, Schema: "Schema"},
		{Go: benchling.FieldDefinition{}, Schema: "FieldDefinition"},
		{Go: benchling.SimpleFieldDefinition{}, Schema: "SimpleFieldDefinition"},
		{Go: benchling.IntegerFieldDefinition{}, Schema: "IntegerFieldDefinition"},
		{Go: benchling.FloatFieldDefinition{}, Schema: "FloatFieldDefinition"},
		{Go: benchling.DropdownFieldDefinition{}, Schema: "DropdownFieldDefinition"},
		{Go: benchling.SchemaLinkFieldDefinition{}, Schema: "SchemaLinkFieldDefinition"},
		{Go: benchling.UnitSummary{}, Schema: "UnitSummary"},
		{Go: benchling.NameTemplatePart{}, Schema: "NameTemplatePart"},
		{Go: benchling.EntitySchema{}, Schema: "EntitySchema"},
		{Go: benchling.EntitySchemaConstraint{}, Schema: "EntitySchema", Path: []string{"constraint"}},
		{Go: benchling.BatchSchema{}, Schema: "BatchSchema"},
		{Go: benchling.BoxSchema{}, Schema: "BoxSchema"},
		{Go: benchling.SchemaSummary{}, Schema: "BoxSchema", Path: []string{"containerSchema"}, Like: "the inline {id, name} is SchemaSummary's shape, the shared type (CONTRIBUTING.md §2.3)"},
		{Go: benchling.ContainerSchema{}, Schema: "ContainerSchema"},
		{Go: benchling.LocationSchema{}, Schema: "LocationSchema"},
		{Go: benchling.PlateSchema{}, Schema: "PlateSchema"},
		{Go: benchling.SchemaSummary{}, Schema: "PlateSchema", Path: []string{"containerSchema"}, Like: "the inline {id, name} is SchemaSummary's shape, the shared type (CONTRIBUTING.md §2.3)"},
		{Go: benchling.EntrySchemaDetailed{}, Schema: "EntrySchemaDetailed"},
		{Go: benchling.AssayResultSchema{}, Schema: "AssayResultSchema"},
		{Go: benchling.OrganizationSummary{}, Schema: "AssayResultSchema", Path: []string{"organization"}, Like: "the inline organization is the shared OrganizationSummary (CONTRIBUTING.md §2.3)"},
		{Go: benchling.AssayRunSchema{}, Schema: "AssayRunSchema"},
		{Go: benchling.OrganizationSummary{}, Schema: "AssayRunSchema", Path: []string{"organization"}, Like: "the inline organization is the shared OrganizationSummary (CONTRIBUTING.md §2.3)"},
		{Go: benchling.AssayRunSchemaAutomationFileConfig{}, Schema: "AssayRunSchema", Path: []string{"automationInputFileConfigs", "[]"}, Like: automationFileConfig},
		{Go: benchling.AssayRunSchemaAutomationFileConfig{}, Schema: "AssayRunSchema", Path: []string{"automationOutputFileConfigs", "[]"}, Like: automationFileConfig},
		{Go: benchling.RequestSchema{}, Schema: "RequestSchema"},
		{Go: benchling.OrganizationSummary{}, Schema: "RequestSchema", Path: []string{"organization"}, Like: "the inline organization is the shared OrganizationSummary (CONTRIBUTING.md §2.3)"},
		{Go: benchling.RequestTaskSchema{}, Schema: "RequestTaskSchema"},
		{Go: benchling.OrganizationSummary{}, Schema: "RequestTaskSchema", Path: []string{"organization"}, Like: "the inline organization is the shared OrganizationSummary (CONTRIBUTING.md §2.3)"},
		{Go: benchling.WorkflowTaskSchema{}, Schema: "WorkflowTaskSchema"},
		{Go: benchling.WorkflowOutputSchema{}, Schema: "WorkflowOutputSchema"},
		{Go: benchling.WorkflowFlowchartConfigSummary{}, Schema: "WorkflowFlowchartConfigSummary"},
		{Go: benchling.WorkflowTaskStatusLifecycle{}, Schema: "WorkflowTaskStatusLifecycle"},
		{Go: benchling.WorkflowTaskStatusLifecycleTransition{}, Schema: "WorkflowTaskStatusLifecycleTransition"},
		{Go: benchling.WorkflowTaskStatus{}, Schema: "WorkflowTaskStatus"},
		{Go: benchling.TeamSummary{}, Schema: "TeamSummary"},
	},
	Queries: []queryOptions{
		{Op: "listEntitySchemas", Go: benchling.SchemaListOptions{}},
		{Op: "listBatchSchemas", Go: benchling.SchemaListOptions{}},
		{Op: "listBoxSchemas", Go: benchling.ListOptions{}},
		{Op: "listContainerSchemas", Go: benchling.SchemaListOptions{}},
		{Op: "listLocationSchemas", Go: benchling.ListOptions{}},
		{Op: "listPlateSchemas", Go: benchling.ListOptions{}},
		{Op: "listEntrySchemas", Go: benchling.SchemaListOptions{}},
		{Op: "listRequestSchemas", Go: benchling.SchemaListOptions{}},
		{Op: "listRequestTaskSchemas", Go: benchling.SchemaListOptions{}},
		{Op: "listWorkflowTaskSchemas", Go: benchling.SchemaListOptions{}},
		{Op: "listAssayRunSchemas", Go: benchling.SchemaListOptions{}},
		{Op: "listAssayResultSchemas", Go: benchling.SchemaListOptions{}},
	},
	Exempt: map[string]string{
		"EntitySchemasPaginatedList":       "the list envelope: ListEntitySchemas returns its items (the unit tests round-trip it)",
		"BatchSchemasPaginatedList":        "the list envelope: ListBatchSchemas returns its items (the unit tests round-trip it)",
		"BoxSchemasPaginatedList":          "the list envelope: ListBoxSchemas returns its items (the unit tests round-trip it)",
		"ContainerSchemasPaginatedList":    "the list envelope: ListContainerSchemas returns its items (the unit tests round-trip it)",
		"LocationSchemasPaginatedList":     "the list envelope: ListLocationSchemas returns its items (the unit tests round-trip it)",
		"PlateSchemasPaginatedList":        "the list envelope: ListPlateSchemas returns its items (the unit tests round-trip it)",
		"EntrySchemasPaginatedList":        "the list envelope: ListEntrySchemas returns its items (the unit tests round-trip it)",
		"RequestSchemasPaginatedList":      "the list envelope: ListRequestSchemas returns its items (the unit tests round-trip it)",
		"RequestTaskSchemasPaginatedList":  "the list envelope: ListRequestTaskSchemas returns its items (the unit tests round-trip it)",
		"WorkflowTaskSchemasPaginatedList": "the list envelope: ListWorkflowTaskSchemas returns its items (the unit tests round-trip it)",
		"AssayRunSchemasPaginatedList":     "the list envelope: ListAssayRunSchemas returns its items (the unit tests round-trip it)",
		"AssayResultSchemasPaginatedList":  "the list envelope: ListAssayResultSchemas returns its items (the unit tests round-trip it)",
		// The Registry tag's deprecated list*SchemasByRegistry operations
		// return these; that tag's methods return the items.
		"BatchSchemasList":     "the list envelope of listBatchSchemasByRegistry (Registry tag), whose method returns its items",
		"BoxSchemasList":       "the list envelope of listBoxSchemasByRegistry (Registry tag), whose method returns its items",
		"ContainerSchemasList": "the list envelope of listContainerSchemasByRegistry (Registry tag), whose method returns its items",
		"LocationSchemasList":  "the list envelope of listLocationSchemasByRegistry (Registry tag), whose method returns its items",
		"PlateSchemasList":     "the list envelope of listPlateSchemasByRegistry (Registry tag), whose method returns its items",
	},
})

// automationFileConfig is why AssayRunSchemaAutomationFileConfig is not
// named after either list: the input and output file configs declare the
// same inline object, and one type serves both (CONTRIBUTING.md §1.2).
const automationFileConfig = "automationInputFileConfigs and automationOutputFileConfigs declare the same inline object; one shared type"
