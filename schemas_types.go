package benchling

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// Schema is what every kind of schema has: its ID, name, kind and field
// definitions. Each schema type (EntitySchema, BatchSchema, ...,
// WorkflowTaskSchema) embeds it, so code that reads any kind of schema (a
// generator of Go types for a tenant's schemas, say) can take a *Schema:
// &entitySchema.Schema.
type Schema struct {
	// ArchiveRecord says why the schema was archived; nil when it is not.
	ArchiveRecord *ArchiveRecord `json:"archiveRecord,omitempty"`
	// FieldDefinitions are the schema's fields, in the schema's order.
	FieldDefinitions SchemaFieldDefinitions `json:"fieldDefinitions,omitempty"`
	// ID is the schema's ID: ts_... for entity schemas, assaysch_... for
	// assay schemas, boxsch_..., consch_..., locsch_..., pltsch_... for
	// inventory schemas, prstsch_... for workflow task schemas.
	ID string `json:"id,omitempty"`
	// Name is the schema's name, for example "Plasmid".
	Name string `json:"name,omitempty"`
	// Type is the kind of schema (for an entity schema, the kind of entity
	// it describes).
	Type SchemaType `json:"type,omitempty"`
}

// lookupKey lets the schema lookups match a schema by name; archived
// schemas are skipped.
func (s *Schema) lookupKey() (name, id string, skip bool) {
	return s.Name, s.ID, s.ArchiveRecord != nil
}

// SchemaType is the kind of a schema, its "type" property. Each schema type
// of the spec allows some of these values (an EntitySchema's are the entity
// kinds); unknown values still decode.
type SchemaType string

// Schema kinds the spec declares.
const (
	// The kinds of entity schemas (EntitySchema.Type).
	SchemaTypeCustomEntity SchemaType = "custom_entity"
	SchemaTypeDnaSequence  SchemaType = "dna_sequence"
	SchemaTypeRnaSequence  SchemaType = "rna_sequence"
	SchemaTypeAaSequence   SchemaType = "aa_sequence"
	SchemaTypeMixture      SchemaType = "mixture"
	SchemaTypeDnaOligo     SchemaType = "dna_oligo"
	SchemaTypeRnaOligo     SchemaType = "rna_oligo"
	SchemaTypeMolecule     SchemaType = "molecule"

	// The kinds of the other schemas, one each.
	SchemaTypeBox         SchemaType = "box"          // BoxSchema
	SchemaTypeContainer   SchemaType = "container"    // ContainerSchema
	SchemaTypeLocation    SchemaType = "location"     // LocationSchema
	SchemaTypePlate       SchemaType = "plate"        // PlateSchema
	SchemaTypeEntry       SchemaType = "entry"        // EntrySchemaDetailed
	SchemaTypeAssayResult SchemaType = "assay_result" // AssayResultSchema
	SchemaTypeAssayRun    SchemaType = "assay_run"    // AssayRunSchema
	SchemaTypeRequest     SchemaType = "request"      // RequestSchema
	SchemaTypeRequestTask SchemaType = "request_task" // RequestTaskSchema
)

// SchemaFieldDefinition is one field definition of a schema. Benchling
// describes five kinds of field definitions, told apart by their type
// (FieldType); each kind decodes into its own struct, and a field type this
// SDK does not know (the spec's FieldType lists aa_part_link and
// base_molecule_link, which no kind declares) decodes into an
// *UnknownFieldDefinition with its JSON kept. The kinds are:
//
//   - *SimpleFieldDefinition: text, long_text, boolean, date, datetime,
//     json, blob_link, and the links to one kind of entity
//     (dna_sequence_link, aa_sequence_link, custom_entity_link,
//     mixture_link, molecule_link);
//   - *IntegerFieldDefinition: integer, with bounds and a unit;
//   - *FloatFieldDefinition: float, with bounds, precision and a unit;
//   - *DropdownFieldDefinition: dropdown, with the dropdown's ID;
//   - *SchemaLinkFieldDefinition: the links whose target is a schema
//     (entity_link, entry_link, batch_link, storage_link, part_link,
//     translation_link, assay_request_link, assay_result_link,
//     assay_run_link), with the target schema's ID.
//
// All of them embed FieldDefinition, which Definition returns, so the name,
// type, isMulti and isRequired of any field are one call away:
//
//	for _, f := range schema.FieldDefinitions {
//		d := f.Definition()
//		switch f := f.(type) {
//		case *benchling.DropdownFieldDefinition:
//			fmt.Println(d.Name, "is a dropdown:", *f.DropdownID)
//		case *benchling.SchemaLinkFieldDefinition:
//			fmt.Println(d.Name, "links to schema", *f.SchemaID)
//		default:
//			fmt.Println(d.Name, d.Type, d.IsMulti, d.IsRequired)
//		}
//	}
//
// The set is closed: only this package implements the interface.
type SchemaFieldDefinition interface {
	// Definition returns the properties every kind of field definition has
	// (the embedded FieldDefinition, not a copy).
	Definition() *FieldDefinition
	schemaFieldDefinition()
}

// FieldDefinition is what every field definition has (the spec's
// FieldDefinition); each kind of SchemaFieldDefinition embeds it.
type FieldDefinition struct {
	// ArchiveRecord says why the field was archived; nil when it is not.
	ArchiveRecord *ArchiveRecord `json:"archiveRecord,omitempty"`
	// ID is the field definition's ID (tsf_...).
	ID string `json:"id,omitempty"`
	// IsMulti reports whether the field holds a list of values.
	IsMulti bool `json:"isMulti,omitempty"`
	// IsRequired reports whether every item of the schema must have a value
	// for the field.
	IsRequired bool `json:"isRequired,omitempty"`
	// Name is the field's name, the key of the item's Fields.
	Name string `json:"name,omitempty"`
	// Type is the field's type.
	Type FieldType `json:"type,omitempty"`
}

// Definition returns d itself.
func (d *FieldDefinition) Definition() *FieldDefinition { return d }

// SimpleFieldDefinition is a field definition with nothing beyond
// FieldDefinition: a text, long_text, boolean, date, datetime, json or
// blob_link field, or a link to one kind of entity (dna_sequence_link,
// aa_sequence_link, custom_entity_link, mixture_link, molecule_link).
//
// Its fields ArchiveRecord, ID, IsMulti, IsRequired, Name and Type are in
// the embedded FieldDefinition.
type SimpleFieldDefinition struct {
	FieldDefinition
}

// IntegerFieldDefinition is the definition of an integer field.
//
// Its fields ArchiveRecord, ID, IsMulti, IsRequired, Name and Type are in
// the embedded FieldDefinition.
type IntegerFieldDefinition struct {
	FieldDefinition
	// NumericMax is the largest value allowed; nil when unbounded.
	NumericMax *float64 `json:"numericMax,omitempty"`
	// NumericMin is the smallest value allowed; nil when unbounded.
	NumericMin *float64 `json:"numericMin,omitempty"`
	// Unit is the unit of the values; nil when they have none.
	Unit *UnitSummary `json:"unit,omitempty"`
}

// FloatFieldDefinition is the definition of a float field.
//
// Its fields ArchiveRecord, ID, IsMulti, IsRequired, Name and Type are in
// the embedded FieldDefinition.
type FloatFieldDefinition struct {
	FieldDefinition
	// DecimalPrecision is the number of decimal places shown; nil when not
	// set.
	DecimalPrecision *float64 `json:"decimalPrecision,omitempty"`
	// LegalTextDropdownID is the dropdown whose options may be entered
	// instead of a number (for example "below detection"); nil when none.
	LegalTextDropdownID *string `json:"legalTextDropdownId,omitempty"`
	// NumericMax is the largest value allowed; nil when unbounded.
	NumericMax *float64 `json:"numericMax,omitempty"`
	// NumericMin is the smallest value allowed; nil when unbounded.
	NumericMin *float64 `json:"numericMin,omitempty"`
	// Unit is the unit of the values; nil when they have none.
	Unit *UnitSummary `json:"unit,omitempty"`
}

// DropdownFieldDefinition is the definition of a dropdown field: its values
// are IDs of the options of one dropdown (sfs_...).
//
// Its fields ArchiveRecord, ID, IsMulti, IsRequired, Name and Type are in
// the embedded FieldDefinition.
type DropdownFieldDefinition struct {
	FieldDefinition
	// DropdownID is the dropdown whose options the field takes; get them
	// with DropdownsService.Get. The spec allows null.
	DropdownID *string `json:"dropdownId,omitempty"`
}

// SchemaLinkFieldDefinition is the definition of a link field whose target
// is given by a schema: entity_link, entry_link, batch_link, storage_link,
// part_link, translation_link, assay_request_link, assay_result_link or
// assay_run_link. Its values are IDs of items of that schema.
//
// Its fields ArchiveRecord, ID, IsMulti, IsRequired, Name and Type are in
// the embedded FieldDefinition.
type SchemaLinkFieldDefinition struct {
	FieldDefinition
	// SchemaID is the schema the linked items have; nil when the field
	// links to items of any schema of its kind.
	SchemaID *string `json:"schemaId,omitempty"`
}

// UnknownFieldDefinition is a field definition of a type this SDK does not
// know. The embedded FieldDefinition holds the properties every kind has
// (left zero when they do not decode); Raw keeps the JSON, which
// MarshalJSON returns as is.
//
// Its fields ArchiveRecord, ID, IsMulti, IsRequired, Name and Type are in
// the embedded FieldDefinition.
type UnknownFieldDefinition struct {
	FieldDefinition
	// Raw is the field definition's JSON as the server sent it.
	Raw json.RawMessage `json:"-"`
}

// MarshalJSON returns Raw, or the FieldDefinition when Raw is empty.
func (d *UnknownFieldDefinition) MarshalJSON() ([]byte, error) {
	if len(d.Raw) > 0 {
		if !json.Valid(d.Raw) {
			return nil, errors.New("benchling: UnknownFieldDefinition.Raw is not valid JSON")
		}
		return d.Raw, nil
	}
	return json.Marshal(d.FieldDefinition)
}

func (*SimpleFieldDefinition) schemaFieldDefinition()     {}
func (*IntegerFieldDefinition) schemaFieldDefinition()    {}
func (*FloatFieldDefinition) schemaFieldDefinition()      {}
func (*DropdownFieldDefinition) schemaFieldDefinition()   {}
func (*SchemaLinkFieldDefinition) schemaFieldDefinition() {}
func (*UnknownFieldDefinition) schemaFieldDefinition()    {}

// newFieldDefinition returns a new value of the struct a field type decodes
// into, following the type enums of the spec's five kinds; nil for a type
// no kind declares.
func newFieldDefinition(t FieldType) SchemaFieldDefinition {
	switch t {
	case FieldTypeText, FieldTypeLongText, FieldTypeBoolean, FieldTypeDate, FieldTypeDatetime,
		FieldTypeJSON, FieldTypeBlobLink, FieldTypeDnaSequenceLink, FieldTypeAaSequenceLink,
		FieldTypeCustomEntityLink, FieldTypeMixtureLink, FieldTypeMoleculeLink:
		return &SimpleFieldDefinition{}
	case FieldTypeInteger:
		return &IntegerFieldDefinition{}
	case FieldTypeFloat:
		return &FloatFieldDefinition{}
	case FieldTypeDropdown:
		return &DropdownFieldDefinition{}
	case FieldTypeEntityLink, FieldTypeEntryLink, FieldTypeBatchLink, FieldTypeStorageLink,
		FieldTypePartLink, FieldTypeTranslationLink, FieldTypeAssayRequestLink,
		FieldTypeAssayResultLink, FieldTypeAssayRunLink:
		return &SchemaLinkFieldDefinition{}
	}
	return nil
}

// SchemaFieldDefinitions are the field definitions of a schema, in order.
// It decodes each into the struct of its kind (see SchemaFieldDefinition)
// and encodes them back.
type SchemaFieldDefinitions []SchemaFieldDefinition

// Field returns the definition of the field with the given name, or nil
// when the schema has none.
func (d SchemaFieldDefinitions) Field(name string) SchemaFieldDefinition {
	for _, f := range d {
		if f != nil && f.Definition().Name == name {
			return f
		}
	}
	return nil
}

// UnmarshalJSON decodes a JSON array of field definitions. One whose type
// is missing or unknown becomes an *UnknownFieldDefinition; one of a known
// type that does not fit its struct is an error.
func (d *SchemaFieldDefinitions) UnmarshalJSON(b []byte) error {
	defs, err := decodeUnionList(b, "field definition", decodeFieldDefinition)
	if err != nil {
		return err
	}
	*d = defs
	return nil
}

// MarshalJSON encodes the definitions as a JSON array; a nil definition is
// an error.
func (d SchemaFieldDefinitions) MarshalJSON() ([]byte, error) {
	return encodeUnionList(d, "field definition")
}

func decodeFieldDefinition(raw json.RawMessage) (SchemaFieldDefinition, error) {
	var head struct {
		Type any `json:"type"`
	}
	if err := json.Unmarshal(raw, &head); err != nil {
		return nil, err
	}
	t, _ := head.Type.(string)
	f := newFieldDefinition(FieldType(t))
	if f == nil {
		u := &UnknownFieldDefinition{Raw: bytes.Clone(raw)}
		if json.Unmarshal(raw, &u.FieldDefinition) != nil {
			u.FieldDefinition = FieldDefinition{Type: FieldType(t)}
		}
		return u, nil
	}
	if err := json.Unmarshal(raw, f); err != nil {
		return nil, fmt.Errorf("decoding %s field definition: %w", t, err)
	}
	return f, nil
}

// UnitSummary names a unit of measure (the unit of a numeric field).
type UnitSummary struct {
	// ID is the unit's ID (unit_...).
	ID string `json:"id,omitempty"`
	// Name is the unit's name, for example "meter".
	Name string `json:"name,omitempty"`
	// Symbol is the unit's symbol, for example "m".
	Symbol string `json:"symbol,omitempty"`
	// UnitTypeID is the ID of the unit's quantity (qnty_...), for example
	// length.
	UnitTypeID string `json:"unitTypeId,omitempty"`
}

// NameTemplatePart is one part of the template registration names items of
// a schema (with the SET_FROM_NAME_PARTS naming strategies): a text, a
// field's value, a date, a separator...
type NameTemplatePart struct {
	// DatetimeFormat is the format of a date part; nil for other parts.
	DatetimeFormat *string `json:"datetimeFormat,omitempty"`
	// FieldID is the field definition whose value the part takes; nil for
	// other parts.
	FieldID *string `json:"fieldId,omitempty"`
	// Text is the text of a text part; nil for other parts.
	Text *string `json:"text,omitempty"`
	// Type is the kind of part. The spec gives no list of kinds.
	Type string `json:"type,omitempty"`
}

// EntitySchema is the schema of an entity kind in a registry: a custom
// entity, DNA or RNA sequence, AA sequence, mixture, oligo or molecule
// schema. Its Type says which.
//
// Its fields ArchiveRecord, FieldDefinitions, ID, Name and Type are in the
// embedded Schema.
type EntitySchema struct {
	Schema
	// Constraint is the schema's uniqueness constraint; nil when it has
	// none.
	Constraint *EntitySchemaConstraint `json:"constraint,omitempty"`
	// ContainableType says what containers of the schema's items may hold:
	// the entities themselves, their batches, or neither.
	ContainableType EntitySchemaContainableType `json:"containableType,omitempty"`
	// ContainerNameTemplateParts is the template naming containers of the
	// schema's items; nil when there is none.
	ContainerNameTemplateParts []NameTemplatePart `json:"containerNameTemplateParts,omitempty"`
	// ModifiedAt is when the schema was last modified.
	ModifiedAt time.Time `json:"modifiedAt,omitzero"`
	// NameTemplateParts is the template naming registered items of the
	// schema; nil when there is none.
	NameTemplateParts []NameTemplatePart `json:"nameTemplateParts,omitempty"`
	// Prefix is the prefix of the registry IDs of the schema's items, for
	// example "PLS" for PLS001.
	Prefix string `json:"prefix,omitempty"`
	// RegistryID is the registry the schema belongs to (src_...).
	RegistryID string `json:"registryId,omitempty"`
}

// EntitySchemaConstraint is the uniqueness constraint of an entity schema:
// no two registered entities may share the values of these fields (and,
// with HasUniqueResidues, their bases or amino acids).
type EntitySchemaConstraint struct {
	// FieldDefinitionNames are the fields whose values must be unique
	// together.
	FieldDefinitionNames []string `json:"fieldDefinitionNames,omitempty"`
	// HasUniqueResidues reports whether the sequence itself must be unique.
	HasUniqueResidues bool `json:"hasUniqueResidues,omitempty"`
}

// EntitySchemaContainableType says what the containers of an entity
// schema's items hold.
type EntitySchemaContainableType string

// Containable types the spec declares.
const (
	EntitySchemaContainableTypeNone   EntitySchemaContainableType = "NONE"
	EntitySchemaContainableTypeEntity EntitySchemaContainableType = "ENTITY"
	EntitySchemaContainableTypeBatch  EntitySchemaContainableType = "BATCH"
)

// BatchSchema is the schema of the batches of one entity schema.
//
// Its fields ArchiveRecord, FieldDefinitions, ID, Name and Type are in the
// embedded Schema.
type BatchSchema struct {
	Schema
	// EntitySchemaID is the entity schema whose entities have batches of
	// this schema (ts_...).
	EntitySchemaID string `json:"entitySchemaId,omitempty"`
	// ModifiedAt is when the schema was last modified.
	ModifiedAt time.Time `json:"modifiedAt,omitzero"`
	// Prefix is the prefix of the schema's registry IDs.
	Prefix string `json:"prefix,omitempty"`
	// RegistryID is the registry the schema belongs to (src_...).
	RegistryID string `json:"registryId,omitempty"`
}

// BoxSchema is the schema of boxes: their size and the schema of the
// containers they hold.
//
// Its fields ArchiveRecord, FieldDefinitions, ID, Name and Type are in the
// embedded Schema.
type BoxSchema struct {
	Schema
	// ContainerSchema names the schema of the box's containers; nil when it
	// is not fixed.
	ContainerSchema *SchemaSummary `json:"containerSchema,omitempty"`
	// Height is the number of rows.
	Height float64 `json:"height,omitempty"`
	// ModifiedAt is when the schema was last modified.
	ModifiedAt time.Time `json:"modifiedAt,omitzero"`
	// Prefix is the prefix of the schema's barcodes or IDs.
	Prefix string `json:"prefix,omitempty"`
	// RegistryID is the registry the schema belongs to (src_...).
	RegistryID string `json:"registryId,omitempty"`
	// Width is the number of columns.
	Width float64 `json:"width,omitempty"`
}

// ContainerSchema is the schema of containers (tubes, vials, wells of
// plates). LocationSchema and EntrySchemaDetailed have the same shape.
//
// Its fields ArchiveRecord, FieldDefinitions, ID, Name and Type are in the
// embedded Schema.
type ContainerSchema struct {
	Schema
	// ModifiedAt is when the schema was last modified.
	ModifiedAt time.Time `json:"modifiedAt,omitzero"`
	// Prefix is the prefix of the schema's barcodes or IDs.
	Prefix string `json:"prefix,omitempty"`
	// RegistryID is the registry the schema belongs to (src_...).
	RegistryID string `json:"registryId,omitempty"`
}

// LocationSchema is the schema of storage locations (freezers, shelves). It
// has the shape of ContainerSchema, with Type SchemaTypeLocation.
type LocationSchema = ContainerSchema

// EntrySchemaDetailed is the full schema of notebook entries, with its
// field definitions (Entry.Schema is the short EntrySchema). It has the
// shape of ContainerSchema, with Type SchemaTypeEntry.
type EntrySchemaDetailed = ContainerSchema

// PlateSchema is the schema of plates: their size, type and the schema of
// their wells.
//
// Its fields ArchiveRecord, FieldDefinitions, ID, Name and Type are in the
// embedded Schema.
type PlateSchema struct {
	Schema
	// ContainerSchema names the schema of the plate's wells; nil when it is
	// not fixed.
	ContainerSchema *SchemaSummary `json:"containerSchema,omitempty"`
	// Height is the number of rows.
	Height float64 `json:"height,omitempty"`
	// ModifiedAt is when the schema was last modified.
	ModifiedAt time.Time `json:"modifiedAt,omitzero"`
	// PlateType is the plate's type, for example "wells_96".
	PlateType string `json:"plateType,omitempty"`
	// Prefix is the prefix of the schema's barcodes or IDs.
	Prefix string `json:"prefix,omitempty"`
	// RegistryID is the registry the schema belongs to (src_...).
	RegistryID string `json:"registryId,omitempty"`
	// Width is the number of columns.
	Width float64 `json:"width,omitempty"`
}

// AssayResultSchema is the schema of assay results: the columns of a
// results table.
//
// Its fields ArchiveRecord, FieldDefinitions, ID, Name and Type are in the
// embedded Schema.
type AssayResultSchema struct {
	Schema
	// DerivedFrom is no longer supported by Benchling.
	//
	// Deprecated: the spec says the feature is no longer supported.
	DerivedFrom *string `json:"derivedFrom,omitempty"`
	// ModifiedAt is when the schema was last modified.
	ModifiedAt time.Time `json:"modifiedAt,omitzero"`
	// Organization is the organization that owns the schema.
	Organization OrganizationSummary `json:"organization,omitzero"`
	// SystemName is the schema's name in the data warehouse.
	SystemName string `json:"systemName,omitempty"`
}

// AssayRunSchema is the schema of assay runs, with the files a lab
// automation run reads and writes.
//
// Its fields ArchiveRecord, FieldDefinitions, ID, Name and Type are in the
// embedded Schema.
type AssayRunSchema struct {
	Schema
	// AutomationInputFileConfigs name the input files of the schema's lab
	// automation runs.
	AutomationInputFileConfigs []AssayRunSchemaAutomationFileConfig `json:"automationInputFileConfigs,omitempty"`
	// AutomationOutputFileConfigs name the output files of the schema's lab
	// automation runs.
	AutomationOutputFileConfigs []AssayRunSchemaAutomationFileConfig `json:"automationOutputFileConfigs,omitempty"`
	// DerivedFrom is no longer supported by Benchling.
	//
	// Deprecated: the spec says the feature is no longer supported.
	DerivedFrom *string `json:"derivedFrom,omitempty"`
	// ModifiedAt is when the schema was last modified.
	ModifiedAt time.Time `json:"modifiedAt,omitzero"`
	// Organization is the organization that owns the schema.
	Organization OrganizationSummary `json:"organization,omitzero"`
	// SystemName is the schema's name in the data warehouse.
	SystemName string `json:"systemName,omitempty"`
}

// AssayRunSchemaAutomationFileConfig names one input or output file of an
// assay run schema's lab automation (an item of AutomationInputFileConfigs
// or AutomationOutputFileConfigs).
type AssayRunSchemaAutomationFileConfig struct {
	// Name is the file configuration's name.
	Name string `json:"name,omitempty"`
}

// RequestSchema is the schema of legacy requests. RequestTaskSchema has the
// same shape.
//
// Its fields ArchiveRecord, FieldDefinitions, ID, Name and Type are in the
// embedded Schema.
type RequestSchema struct {
	Schema
	// ModifiedAt is when the schema was last modified.
	ModifiedAt time.Time `json:"modifiedAt,omitzero"`
	// Organization is the organization that owns the schema.
	Organization OrganizationSummary `json:"organization,omitzero"`
	// SystemName is the schema's name in the data warehouse.
	SystemName string `json:"systemName,omitempty"`
}

// RequestTaskSchema is the schema of the tasks of legacy requests. It has
// the shape of RequestSchema, with Type SchemaTypeRequestTask.
type RequestTaskSchema = RequestSchema

// WorkflowTaskSchema is the schema of workflow tasks: how they are
// executed, their statuses and defaults.
//
// Its fields ArchiveRecord, FieldDefinitions, ID, Name and Type are in the
// embedded Schema.
type WorkflowTaskSchema struct {
	Schema
	// CanSetAssigneeOnTaskCreation reports whether tasks of the schema can
	// be created with an assignee.
	CanSetAssigneeOnTaskCreation bool `json:"canSetAssigneeOnTaskCreation,omitempty"`
	// DefaultCreationFolderID is the default folder of new task groups; nil
	// when none.
	DefaultCreationFolderID *string `json:"defaultCreationFolderId,omitempty"`
	// DefaultEntryExecutionFolderID is the default folder of the entries
	// tasks are executed in; nil when none.
	DefaultEntryExecutionFolderID *string `json:"defaultEntryExecutionFolderId,omitempty"`
	// DefaultResponsibleParties are the users and teams responsible for new
	// tasks by default.
	DefaultResponsibleParties []UserSummary `json:"defaultResponsibleParties,omitempty"`
	// DefaultResponsibleTeam is the team responsible for new tasks by
	// default; nil when none.
	DefaultResponsibleTeam *TeamSummary `json:"defaultResponsibleTeam,omitempty"`
	// EntryTemplateID is the template of the entries tasks are executed in
	// (tmpl_...); nil when none.
	EntryTemplateID *string `json:"entryTemplateId,omitempty"`
	// ExecutionType is how tasks of the schema are executed.
	ExecutionType WorkflowTaskSchemaExecutionType `json:"executionType,omitempty"`
	// FlowchartConfig is the flowchart of FLOWCHART tasks.
	FlowchartConfig WorkflowFlowchartConfigSummary `json:"flowchartConfig,omitzero"`
	// IsPropagateWatchersEnabled reports whether watchers of a task are
	// propagated.
	IsPropagateWatchersEnabled bool `json:"isPropagateWatchersEnabled,omitempty"`
	// ModifiedAt is when the schema was last modified.
	ModifiedAt time.Time `json:"modifiedAt,omitzero"`
	// Prefix is the prefix of the display IDs of the schema's tasks.
	Prefix string `json:"prefix,omitempty"`
	// StatusLifecycle is the statuses tasks of the schema go through.
	StatusLifecycle WorkflowTaskStatusLifecycle `json:"statusLifecycle,omitzero"`
	// TaskGroupPrefix is the prefix of the display IDs of task groups of
	// the schema's tasks.
	TaskGroupPrefix string `json:"taskGroupPrefix,omitempty"`
	// WorkflowOutputSchema is the schema of the tasks' outputs; nil when
	// they have none.
	WorkflowOutputSchema *WorkflowOutputSchema `json:"workflowOutputSchema,omitempty"`
}

// WorkflowTaskSchemaExecutionType is how the tasks of a workflow task
// schema are executed.
type WorkflowTaskSchemaExecutionType string

// Execution types the spec declares.
const (
	WorkflowTaskSchemaExecutionTypeDirect          WorkflowTaskSchemaExecutionType = "DIRECT"
	WorkflowTaskSchemaExecutionTypeEntry           WorkflowTaskSchemaExecutionType = "ENTRY"
	WorkflowTaskSchemaExecutionTypeFlowchart       WorkflowTaskSchemaExecutionType = "FLOWCHART"
	WorkflowTaskSchemaExecutionTypeProcedure       WorkflowTaskSchemaExecutionType = "PROCEDURE"
	WorkflowTaskSchemaExecutionTypeProcedureMethod WorkflowTaskSchemaExecutionType = "PROCEDURE_METHOD"
	WorkflowTaskSchemaExecutionTypeProcedureStep   WorkflowTaskSchemaExecutionType = "PROCEDURE_STEP"
)

// WorkflowOutputSchema is the schema of the outputs of workflow tasks.
//
// Its fields ArchiveRecord, FieldDefinitions, ID, Name and Type are in the
// embedded Schema.
type WorkflowOutputSchema struct {
	Schema
	// Prefix is the prefix of the display IDs of the outputs.
	Prefix string `json:"prefix,omitempty"`
}

// WorkflowFlowchartConfigSummary names the flowchart configuration of a
// workflow task schema and its versions.
type WorkflowFlowchartConfigSummary struct {
	// FlowchartConfigVersionIDs are the configuration's versions
	// (wffccv_...), the current one first.
	FlowchartConfigVersionIDs []string `json:"flowchartConfigVersionIds,omitempty"`
	// ID is the configuration's ID (wffcc_...).
	ID string `json:"id,omitempty"`
}

// WorkflowTaskStatusLifecycle is the statuses a workflow task goes through
// and the transitions allowed between them.
type WorkflowTaskStatusLifecycle struct {
	// ID is the lifecycle's ID.
	ID string `json:"id,omitempty"`
	// InitialStatus is the status of a new task.
	InitialStatus WorkflowTaskStatus `json:"initialStatus,omitzero"`
	// Name is the lifecycle's name, for example "Direct Completion".
	Name string `json:"name,omitempty"`
	// Statuses are the lifecycle's statuses.
	Statuses []WorkflowTaskStatus `json:"statuses,omitempty"`
	// Transitions are the status changes allowed.
	Transitions []WorkflowTaskStatusLifecycleTransition `json:"transitions,omitempty"`
}

// WorkflowTaskStatusLifecycleTransition is one status change a workflow
// task lifecycle allows.
type WorkflowTaskStatusLifecycleTransition struct {
	// From is the status before.
	From WorkflowTaskStatus `json:"from,omitzero"`
	// To is the status after.
	To WorkflowTaskStatus `json:"to,omitzero"`
}

// WorkflowTaskStatus is a status of a workflow task.
type WorkflowTaskStatus struct {
	// DisplayName is the status's label, for example "Pending".
	DisplayName string `json:"displayName,omitempty"`
	// ID is the status's ID (wfts_...).
	ID string `json:"id,omitempty"`
	// StatusType is the kind of status.
	StatusType WorkflowTaskStatusStatusType `json:"statusType,omitempty"`
}

// WorkflowTaskStatusStatusType is the kind of a workflow task status.
type WorkflowTaskStatusStatusType string

// Status types the spec declares.
const (
	WorkflowTaskStatusStatusTypePending    WorkflowTaskStatusStatusType = "PENDING"
	WorkflowTaskStatusStatusTypeInProgress WorkflowTaskStatusStatusType = "IN_PROGRESS"
	WorkflowTaskStatusStatusTypeFailed     WorkflowTaskStatusStatusType = "FAILED"
	WorkflowTaskStatusStatusTypeCancelled  WorkflowTaskStatusStatusType = "CANCELLED"
	WorkflowTaskStatusStatusTypeInvalid    WorkflowTaskStatusStatusType = "INVALID"
	WorkflowTaskStatusStatusTypeCompleted  WorkflowTaskStatusStatusType = "COMPLETED"
)
