package benchling

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
)

// EntryNotePart is one note of an entry or template day: roughly a
// paragraph, a list item, a table or an embedded object. Benchling
// distinguishes the kinds by the JSON "type" property; each kind decodes
// into its own struct, and a kind this SDK does not know decodes into
// *UnknownNotePart with its JSON kept. Read notes with a type switch:
//
//	for _, note := range day.Notes {
//		switch n := note.(type) {
//		case *SimpleNotePart: // text, code, list_bullet, list_number
//			fmt.Println(n.Text)
//		case *TableNotePart:
//			fmt.Println(n.Table.Name, len(n.Table.Rows))
//		case *UnknownNotePart:
//			fmt.Println("new kind:", n.Type)
//		}
//	}
//
// The implementations are *SimpleNotePart, *CheckboxNotePart,
// *TableNotePart, *TextBoxNotePart, *ExternalFileNotePart,
// *AssayRunNotePart, *ChartNotePart, *AppCanvasNotePart,
// *ResultsTableNotePart, *RegistrationTableNotePart, *LookupTableNotePart,
// *PlateCreationTableNotePart, *BoxCreationTableNotePart,
// *MixturePrepTableNotePart, *InventoryContainerTableNotePart,
// *InventoryPlateTableNotePart and *UnknownNotePart. The set is closed:
// only this package implements the interface.
type EntryNotePart interface {
	// NoteType returns the note's kind, the JSON "type" property.
	NoteType() EntryNoteType
	entryNotePart()
}

// EntryNoteType is the kind of an entry note, the discriminator of
// EntryNotePart. Unknown kinds still decode (as *UnknownNotePart).
type EntryNoteType string

// Note kinds the spec declares, with the struct each decodes into.
const (
	EntryNoteTypeText                    EntryNoteType = "text"                      // *SimpleNotePart
	EntryNoteTypeCode                    EntryNoteType = "code"                      // *SimpleNotePart
	EntryNoteTypeListBullet              EntryNoteType = "list_bullet"               // *SimpleNotePart
	EntryNoteTypeListNumber              EntryNoteType = "list_number"               // *SimpleNotePart
	EntryNoteTypeListCheckbox            EntryNoteType = "list_checkbox"             // *CheckboxNotePart
	EntryNoteTypeTable                   EntryNoteType = "table"                     // *TableNotePart
	EntryNoteTypeTextBox                 EntryNoteType = "text_box"                  // *TextBoxNotePart
	EntryNoteTypeExternalFile            EntryNoteType = "external_file"             // *ExternalFileNotePart
	EntryNoteTypeAssayRun                EntryNoteType = "assay_run"                 // *AssayRunNotePart
	EntryNoteTypeNoteLinkedChart         EntryNoteType = "note_linked_chart"         // *ChartNotePart
	EntryNoteTypeAppCanvas               EntryNoteType = "app_canvas"                // *AppCanvasNotePart
	EntryNoteTypeResultsTable            EntryNoteType = "results_table"             // *ResultsTableNotePart
	EntryNoteTypeRegistrationTable       EntryNoteType = "registration_table"        // *RegistrationTableNotePart
	EntryNoteTypeLookupTable             EntryNoteType = "lookup_table"              // *LookupTableNotePart
	EntryNoteTypePlateCreationTable      EntryNoteType = "plate_creation_table"      // *PlateCreationTableNotePart
	EntryNoteTypeBoxCreationTable        EntryNoteType = "box_creation_table"        // *BoxCreationTableNotePart
	EntryNoteTypeMixturePrepTable        EntryNoteType = "mixture_prep_table"        // *MixturePrepTableNotePart
	EntryNoteTypeInventoryContainerTable EntryNoteType = "inventory_container_table" // *InventoryContainerTableNotePart
	EntryNoteTypeInventoryPlateTable     EntryNoteType = "inventory_plate_table"     // *InventoryPlateTableNotePart
)

// newNotePart returns a new value of the struct a note kind decodes into,
// following the spec's EntryNotePart discriminator mapping; nil for a kind
// the SDK does not know.
func newNotePart(t EntryNoteType) EntryNotePart {
	switch t {
	case EntryNoteTypeText, EntryNoteTypeCode, EntryNoteTypeListBullet, EntryNoteTypeListNumber:
		return &SimpleNotePart{}
	case EntryNoteTypeListCheckbox:
		return &CheckboxNotePart{}
	case EntryNoteTypeTable:
		return &TableNotePart{}
	case EntryNoteTypeTextBox:
		return &TextBoxNotePart{}
	case EntryNoteTypeExternalFile:
		return &ExternalFileNotePart{}
	case EntryNoteTypeAssayRun:
		return &AssayRunNotePart{}
	case EntryNoteTypeNoteLinkedChart:
		return &ChartNotePart{}
	case EntryNoteTypeAppCanvas:
		return &AppCanvasNotePart{}
	case EntryNoteTypeResultsTable:
		return &ResultsTableNotePart{}
	case EntryNoteTypeRegistrationTable:
		return &RegistrationTableNotePart{}
	case EntryNoteTypeLookupTable:
		return &LookupTableNotePart{}
	case EntryNoteTypePlateCreationTable:
		return &PlateCreationTableNotePart{}
	case EntryNoteTypeBoxCreationTable:
		return &BoxCreationTableNotePart{}
	case EntryNoteTypeMixturePrepTable:
		return &MixturePrepTableNotePart{}
	case EntryNoteTypeInventoryContainerTable:
		return &InventoryContainerTableNotePart{}
	case EntryNoteTypeInventoryPlateTable:
		return &InventoryPlateTableNotePart{}
	}
	return nil
}

// EntryNoteParts are the notes of a day, in order. It decodes each note
// into the struct of its kind (see EntryNotePart) and encodes them back.
type EntryNoteParts []EntryNotePart

// UnmarshalJSON decodes a JSON array of notes. A note whose "type" is
// missing or unknown becomes an *UnknownNotePart; a note of a known kind
// that does not fit its struct is an error.
func (p *EntryNoteParts) UnmarshalJSON(b []byte) error {
	if string(bytes.TrimSpace(b)) == "null" {
		*p = nil
		return nil
	}
	var raws []json.RawMessage
	if err := json.Unmarshal(b, &raws); err != nil {
		return err
	}
	out := make(EntryNoteParts, len(raws))
	for i, raw := range raws {
		n, err := decodeEntryNotePart(raw)
		if err != nil {
			return fmt.Errorf("note %d: %w", i, err)
		}
		out[i] = n
	}
	*p = out
	return nil
}

// MarshalJSON encodes the notes as a JSON array; a nil note is an error.
func (p EntryNoteParts) MarshalJSON() ([]byte, error) {
	if p == nil {
		return []byte("null"), nil
	}
	raws := make([]json.RawMessage, len(p))
	for i, n := range p {
		if n == nil {
			return nil, fmt.Errorf("benchling: note %d is nil", i)
		}
		b, err := json.Marshal(n)
		if err != nil {
			return nil, err
		}
		raws[i] = b
	}
	return json.Marshal(raws)
}

func decodeEntryNotePart(raw json.RawMessage) (EntryNotePart, error) {
	var head struct {
		Type any `json:"type"`
	}
	if err := json.Unmarshal(raw, &head); err != nil {
		return nil, err
	}
	t, _ := head.Type.(string)
	n := newNotePart(EntryNoteType(t))
	if n == nil {
		return &UnknownNotePart{Type: EntryNoteType(t), Raw: bytes.Clone(raw)}, nil
	}
	if err := json.Unmarshal(raw, n); err != nil {
		return nil, fmt.Errorf("decoding %s note: %w", t, err)
	}
	return n, nil
}

// UnknownNotePart is a note of a kind this SDK does not know (or one with
// no type). Raw keeps the note's JSON, which MarshalJSON returns as is.
type UnknownNotePart struct {
	// Type is the note's "type" property; empty if it had none.
	Type EntryNoteType
	// Raw is the note's JSON as the server sent it.
	Raw json.RawMessage
}

// MarshalJSON returns Raw, or {"type": Type} when Raw is empty.
func (n *UnknownNotePart) MarshalJSON() ([]byte, error) {
	if len(n.Raw) > 0 {
		if !json.Valid(n.Raw) {
			return nil, errors.New("benchling: UnknownNotePart.Raw is not valid JSON")
		}
		return n.Raw, nil
	}
	return json.Marshal(map[string]EntryNoteType{"type": n.Type})
}

// EntryLink is a link in a note to a resource outside the entry: a
// hyperlink, an @-mention or a drag-and-dropped preview.
type EntryLink struct {
	// ID is the ID of the linked Benchling resource (seq_...); empty for
	// hyperlinks.
	ID string `json:"id,omitempty"`
	// Type is the kind of resource linked; "link" for hyperlinks.
	Type EntryLinkType `json:"type"`
	// WebURL is the resource's URL (nil if you cannot read it, and for
	// locations), or the hyperlink's URL.
	WebURL *string `json:"webURL"`
}

// EntryLinkType is the kind of resource an EntryLink points to.
type EntryLinkType string

// Link kinds the spec declares.
const (
	EntryLinkTypeLink              EntryLinkType = "link"
	EntryLinkTypeUser              EntryLinkType = "user"
	EntryLinkTypeRequest           EntryLinkType = "request"
	EntryLinkTypeEntry             EntryLinkType = "entry"
	EntryLinkTypeStageEntry        EntryLinkType = "stage_entry"
	EntryLinkTypeProtocol          EntryLinkType = "protocol"
	EntryLinkTypeWorkflow          EntryLinkType = "workflow"
	EntryLinkTypeCustomEntity      EntryLinkType = "custom_entity"
	EntryLinkTypeAaSequence        EntryLinkType = "aa_sequence"
	EntryLinkTypeDnaSequence       EntryLinkType = "dna_sequence"
	EntryLinkTypeBatch             EntryLinkType = "batch"
	EntryLinkTypeBox               EntryLinkType = "box"
	EntryLinkTypeContainer         EntryLinkType = "container"
	EntryLinkTypeLocation          EntryLinkType = "location"
	EntryLinkTypePlate             EntryLinkType = "plate"
	EntryLinkTypeInsightsDashboard EntryLinkType = "insights_dashboard" // legacy
	EntryLinkTypeFolder            EntryLinkType = "folder"             // legacy
	EntryLinkTypeSQLDashboard      EntryLinkType = "sql_dashboard"
)

// The note structs below emit every property even when it is zero: the API
// always sends all properties of a note (the returning parameter cannot
// prune notes), so decoding and re-encoding gives back the same JSON.
// Slices use omitzero so that an absent list stays absent and an empty one
// stays []. Decoding sets each struct's Type; set it yourself when building
// notes by hand (in a fake server, say), since Benchling's API only reads
// notes.

// SimpleNotePart is a text, code, list_bullet or list_number note: one
// paragraph, code block or list line.
type SimpleNotePart struct {
	// Type is EntryNoteTypeText, EntryNoteTypeCode, EntryNoteTypeListBullet or
	// EntryNoteTypeListNumber.
	Type EntryNoteType `json:"type"`
	// Indentation is the indent level, 0 for none; in lists it gives the
	// hierarchy (children have a higher level than their parent).
	Indentation int `json:"indentation"`
	// Text is the note's text, without formatting.
	Text string `json:"text"`
	// Links are the links in the text.
	Links []EntryLink `json:"links,omitzero"`
}

// CheckboxNotePart is a list_checkbox note: one line of a checklist.
type CheckboxNotePart struct {
	// Type is EntryNoteTypeListCheckbox.
	Type EntryNoteType `json:"type"`
	// Indentation is the indent level, 0 for none.
	Indentation int `json:"indentation"`
	// Checked reports whether the box is ticked.
	Checked bool `json:"checked"`
	// Text is the line's text.
	Text string `json:"text"`
	// Links are the links in the text.
	Links []EntryLink `json:"links,omitzero"`
}

// TableNotePart is a table note: a plain table of text cells.
type TableNotePart struct {
	// Type is EntryNoteTypeTable.
	Type EntryNoteType `json:"type"`
	// Indentation is the indent level, 0 for none.
	Indentation int `json:"indentation"`
	// Table is the table's data.
	Table EntryTable `json:"table"`
	// Text is the table's caption.
	Text string `json:"text"`
	// Links are the links in the caption.
	Links []EntryLink `json:"links,omitzero"`
}

// EntryTable is the data of a table note. Cells are text, even numbers.
type EntryTable struct {
	// ColumnLabels has one item per column: the custom name, or nil where
	// the column keeps its default name.
	ColumnLabels []*string `json:"columnLabels,omitzero"`
	// Name is the table's name, e.g. Table1.
	Name string `json:"name"`
	// Rows are the table's rows.
	Rows []EntryTableRow `json:"rows,omitzero"`
}

// EntryTableRow is a row of an EntryTable.
type EntryTableRow struct {
	// Cells are the row's cells.
	Cells []EntryTableCell `json:"cells,omitzero"`
}

// EntryTableCell is a cell of an EntryTable.
type EntryTableCell struct {
	// Link is the hyperlink in the cell; nil when it has none.
	Link *EntryLink `json:"link,omitempty"`
	// Text is the cell's text; for a formula, its evaluated value.
	Text string `json:"text"`
}

// TextBoxNotePart is a text_box note.
type TextBoxNotePart struct {
	// Type is EntryNoteTypeTextBox.
	Type EntryNoteType `json:"type"`
	// Indentation is the indent level, 0 for none.
	Indentation int `json:"indentation"`
	// Name is the text box's name.
	Name string `json:"name"`
	// Text is the text box's text.
	Text string `json:"text"`
	// Links are the links in the text.
	Links []EntryLink `json:"links,omitzero"`
}

// ExternalFileNotePart is an external_file note: an attached file. Get
// its metadata and download URL with EntriesService.GetExternalFile.
type ExternalFileNotePart struct {
	// Type is EntryNoteTypeExternalFile.
	Type EntryNoteType `json:"type"`
	// Indentation is the indent level, 0 for none.
	Indentation int `json:"indentation"`
	// ExternalFileID is the attached file's ID.
	ExternalFileID string `json:"externalFileId"`
	// Text is the attachment's caption.
	Text string `json:"text"`
	// Links are the links in the caption.
	Links []EntryLink `json:"links,omitzero"`
}

// AssayRunNotePart is an assay_run note: an embedded assay run.
type AssayRunNotePart struct {
	// Type is EntryNoteTypeAssayRun.
	Type EntryNoteType `json:"type"`
	// Indentation is the indent level, 0 for none.
	Indentation int `json:"indentation"`
	// AssayRunID is the run's ID; nil when there is none.
	AssayRunID *string `json:"assayRunId"`
	// AssayRunSchemaID is the run's schema ID (assaysch_...).
	AssayRunSchemaID string `json:"assayRunSchemaId"`
}

// ChartNotePart is a note_linked_chart note: an analysis chart shown
// in-line.
type ChartNotePart struct {
	// Type is EntryNoteTypeNoteLinkedChart.
	Type EntryNoteType `json:"type"`
	// Indentation is the indent level, 0 for none.
	Indentation int `json:"indentation"`
	// Chart identifies the chart.
	Chart ChartNotePartChart `json:"chart"`
}

// ChartNotePartChart identifies the chart of a ChartNotePart.
type ChartNotePartChart struct {
	// ID is the analysis chart's ID.
	ID string `json:"id"`
}

// AppCanvasNotePart is an app_canvas note: a Benchling App's canvas.
type AppCanvasNotePart struct {
	// Type is EntryNoteTypeAppCanvas.
	Type EntryNoteType `json:"type"`
	// Indentation is the indent level, 0 for none.
	Indentation int `json:"indentation"`
	// AppID is the Benchling App's ID.
	AppID string `json:"appId"`
	// CanvasID is the canvas's ID.
	CanvasID string `json:"canvasId"`
	// FeatureID is the developer ID of the app feature the canvas belongs to.
	FeatureID string `json:"featureId"`
}

// StructuredTableAPIIdentifiers are the API identifiers of a structured
// table (results, registration, lookup, plate/box creation, mixture prep
// and inventory tables), embedded in those note structs.
type StructuredTableAPIIdentifiers struct {
	// APIID is the table's API ID.
	APIID string `json:"apiId"`
	// Columns are the table's columns.
	Columns []StructuredTableColumnInfo `json:"columns,omitzero"`
	// Name is the table's name.
	Name string `json:"name"`
}

// StructuredTableColumnInfo describes a column of a structured table.
type StructuredTableColumnInfo struct {
	// ColumnID is the column's ID, the CSV header to use in
	// InitialTable data.
	ColumnID string `json:"columnId"`
	// IsReadOnly reports whether the column is read-only.
	IsReadOnly bool `json:"isReadOnly"`
	// Name is the column's name.
	Name string `json:"name"`
}

// ResultsTableNotePart is a results_table note. Its data is not in the
// entry; read it with the assay results API.
//
// Its fields APIID, Columns and Name are in the embedded
// StructuredTableAPIIdentifiers.
type ResultsTableNotePart struct {
	// Type is EntryNoteTypeResultsTable.
	Type EntryNoteType `json:"type"`
	// Indentation is the indent level, 0 for none.
	Indentation int `json:"indentation"`
	StructuredTableAPIIdentifiers
	// AssayResultSchemaID is the results' schema ID (assaysch_...).
	AssayResultSchemaID string `json:"assayResultSchemaId"`
}

// RegistrationTableNotePart is a registration_table note.
//
// Its fields APIID, Columns and Name are in the embedded
// StructuredTableAPIIdentifiers.
type RegistrationTableNotePart struct {
	// Type is EntryNoteTypeRegistrationTable.
	Type EntryNoteType `json:"type"`
	// Indentation is the indent level, 0 for none.
	Indentation int `json:"indentation"`
	StructuredTableAPIIdentifiers
	// EntitySchemaID is the schema of the entities registered (ts_...).
	EntitySchemaID string `json:"entitySchemaId"`
}

// LookupTableNotePart is a lookup_table note. Unlike the other kinds it
// has no indentation.
//
// Its fields APIID, Columns and Name are in the embedded
// StructuredTableAPIIdentifiers.
type LookupTableNotePart struct {
	// Type is EntryNoteTypeLookupTable.
	Type EntryNoteType `json:"type"`
	StructuredTableAPIIdentifiers
}

// PlateCreationTableNotePart is a plate_creation_table note.
//
// Its fields APIID, Columns and Name are in the embedded
// StructuredTableAPIIdentifiers.
type PlateCreationTableNotePart struct {
	// Type is EntryNoteTypePlateCreationTable.
	Type EntryNoteType `json:"type"`
	// Indentation is the indent level, 0 for none.
	Indentation int `json:"indentation"`
	StructuredTableAPIIdentifiers
	// PlateSchemaID is the schema of the plates created (pltsch_...).
	PlateSchemaID string `json:"plateSchemaId"`
}

// BoxCreationTableNotePart is a box_creation_table note.
//
// Its fields APIID, Columns and Name are in the embedded
// StructuredTableAPIIdentifiers.
type BoxCreationTableNotePart struct {
	// Type is EntryNoteTypeBoxCreationTable.
	Type EntryNoteType `json:"type"`
	// Indentation is the indent level, 0 for none.
	Indentation int `json:"indentation"`
	StructuredTableAPIIdentifiers
	// BoxSchemaID is the schema of the boxes created (boxsch_...).
	BoxSchemaID string `json:"boxSchemaId"`
}

// MixturePrepTableNotePart is a mixture_prep_table note.
//
// Its fields APIID, Columns and Name are in the embedded
// StructuredTableAPIIdentifiers.
type MixturePrepTableNotePart struct {
	// Type is EntryNoteTypeMixturePrepTable.
	Type EntryNoteType `json:"type"`
	// Indentation is the indent level, 0 for none.
	Indentation int `json:"indentation"`
	StructuredTableAPIIdentifiers
	// MixtureSchemaID is the schema of the mixtures prepared (ts_...).
	MixtureSchemaID string `json:"mixtureSchemaId"`
}

// InventoryTableNotePartMode is what an inventory container or plate
// table does.
type InventoryTableNotePartMode string

// Inventory table modes the spec declares.
const (
	InventoryTableNotePartModeCreateAndFill InventoryTableNotePartMode = "create_and_fill"
	InventoryTableNotePartModeFill          InventoryTableNotePartMode = "fill"
	InventoryTableNotePartModeUpdate        InventoryTableNotePartMode = "update"
)

// InventoryContainerTableNotePart is an inventory_container_table note.
//
// Its fields APIID, Columns and Name are in the embedded
// StructuredTableAPIIdentifiers.
type InventoryContainerTableNotePart struct {
	// Type is EntryNoteTypeInventoryContainerTable.
	Type EntryNoteType `json:"type"`
	// Indentation is the indent level, 0 for none.
	Indentation int `json:"indentation"`
	StructuredTableAPIIdentifiers
	// DestinationContainerSchemaID is the schema of the destination
	// containers (consch_...).
	DestinationContainerSchemaID string `json:"destinationContainerSchemaId"`
	// Mode is what the table does.
	Mode InventoryTableNotePartMode `json:"mode"`
}

// InventoryPlateTableNotePart is an inventory_plate_table note.
//
// Its fields APIID, Columns and Name are in the embedded
// StructuredTableAPIIdentifiers.
type InventoryPlateTableNotePart struct {
	// Type is EntryNoteTypeInventoryPlateTable.
	Type EntryNoteType `json:"type"`
	// Indentation is the indent level, 0 for none.
	Indentation int `json:"indentation"`
	StructuredTableAPIIdentifiers
	// DestinationPlateSchemaID is the schema of the destination plates
	// (pltsch_...); nil when there is none.
	DestinationPlateSchemaID *string `json:"destinationPlateSchemaId"`
	// DestinationWellSchemaID is the schema of the destination wells
	// (consch_...).
	DestinationWellSchemaID string `json:"destinationWellSchemaId"`
	// Mode is what the table does.
	Mode InventoryTableNotePartMode `json:"mode"`
}

// NoteType implements EntryNotePart.
func (n *SimpleNotePart) NoteType() EntryNoteType { return n.Type }

// NoteType implements EntryNotePart.
func (n *CheckboxNotePart) NoteType() EntryNoteType { return EntryNoteTypeListCheckbox }

// NoteType implements EntryNotePart.
func (n *TableNotePart) NoteType() EntryNoteType { return EntryNoteTypeTable }

// NoteType implements EntryNotePart.
func (n *TextBoxNotePart) NoteType() EntryNoteType { return EntryNoteTypeTextBox }

// NoteType implements EntryNotePart.
func (n *ExternalFileNotePart) NoteType() EntryNoteType { return EntryNoteTypeExternalFile }

// NoteType implements EntryNotePart.
func (n *AssayRunNotePart) NoteType() EntryNoteType { return EntryNoteTypeAssayRun }

// NoteType implements EntryNotePart.
func (n *ChartNotePart) NoteType() EntryNoteType { return EntryNoteTypeNoteLinkedChart }

// NoteType implements EntryNotePart.
func (n *AppCanvasNotePart) NoteType() EntryNoteType { return EntryNoteTypeAppCanvas }

// NoteType implements EntryNotePart.
func (n *ResultsTableNotePart) NoteType() EntryNoteType { return EntryNoteTypeResultsTable }

// NoteType implements EntryNotePart.
func (n *RegistrationTableNotePart) NoteType() EntryNoteType { return EntryNoteTypeRegistrationTable }

// NoteType implements EntryNotePart.
func (n *LookupTableNotePart) NoteType() EntryNoteType { return EntryNoteTypeLookupTable }

// NoteType implements EntryNotePart.
func (n *PlateCreationTableNotePart) NoteType() EntryNoteType { return EntryNoteTypePlateCreationTable }

// NoteType implements EntryNotePart.
func (n *BoxCreationTableNotePart) NoteType() EntryNoteType { return EntryNoteTypeBoxCreationTable }

// NoteType implements EntryNotePart.
func (n *MixturePrepTableNotePart) NoteType() EntryNoteType { return EntryNoteTypeMixturePrepTable }

// NoteType implements EntryNotePart.
func (n *InventoryContainerTableNotePart) NoteType() EntryNoteType {
	return EntryNoteTypeInventoryContainerTable
}

// NoteType implements EntryNotePart.
func (n *InventoryPlateTableNotePart) NoteType() EntryNoteType {
	return EntryNoteTypeInventoryPlateTable
}

// NoteType implements EntryNotePart.
func (n *UnknownNotePart) NoteType() EntryNoteType { return n.Type }

func (*SimpleNotePart) entryNotePart()                  {}
func (*CheckboxNotePart) entryNotePart()                {}
func (*TableNotePart) entryNotePart()                   {}
func (*TextBoxNotePart) entryNotePart()                 {}
func (*ExternalFileNotePart) entryNotePart()            {}
func (*AssayRunNotePart) entryNotePart()                {}
func (*ChartNotePart) entryNotePart()                   {}
func (*AppCanvasNotePart) entryNotePart()               {}
func (*ResultsTableNotePart) entryNotePart()            {}
func (*RegistrationTableNotePart) entryNotePart()       {}
func (*LookupTableNotePart) entryNotePart()             {}
func (*PlateCreationTableNotePart) entryNotePart()      {}
func (*BoxCreationTableNotePart) entryNotePart()        {}
func (*MixturePrepTableNotePart) entryNotePart()        {}
func (*InventoryContainerTableNotePart) entryNotePart() {}
func (*InventoryPlateTableNotePart) entryNotePart()     {}
func (*UnknownNotePart) entryNotePart()                 {}
