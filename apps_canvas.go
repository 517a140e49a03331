package benchling

import (
	"bytes"
	"encoding/json"
	"fmt"
	"iter"
)

// UIBlock is one block of a canvas: text, a button, an input, a table, a
// section of other blocks. Benchling tells the kinds apart by the JSON
// "type" property; each kind decodes into its own struct, and a kind this
// SDK does not know decodes into an *UnknownUIBlock that keeps its JSON, so
// that it is sent back unchanged when the canvas is updated.
//
// The same structs serve canvases read (AppCanvas.Blocks) and written
// (AppCanvasCreate.Blocks, AppCanvasUpdate.Blocks): the spec's
// ButtonUiBlockCreate and ButtonUiBlockUpdate have ButtonUiBlock's shape,
// and so on. Encoding a block sets its Type, so a block built by hand needs
// none:
//
//	blocks := benchling.UIBlocks{
//		&benchling.MarkdownUIBlock{Value: "## Import samples"},
//		&benchling.TextInputUIBlock{ID: "plate", Label: "Plate barcode"},
//		&benchling.ButtonUIBlock{ID: "import", Text: "Import"},
//	}
//
// The implementations are *ButtonUIBlock, *ChipUIBlock, *DropdownUIBlock,
// *DropdownMultiValueUIBlock, *FileUploadUIBlock, *MarkdownUIBlock,
// *SearchInputUIBlock, *SearchInputMultiValueUIBlock, *SectionUIBlock,
// *SelectorInputUIBlock, *SelectorInputMultiValueUIBlock, *TableUIBlock,
// *TextInputUIBlock and *UnknownUIBlock. The set is closed: only this
// package implements the interface. UIBlocks finds, replaces, inserts and
// removes blocks anywhere in the tree, and reads the values users entered.
type UIBlock interface {
	// BlockType returns the block's kind, its JSON "type".
	BlockType() UIBlockType
	// BlockID returns the block's ID, "" if it has none (chips, markdown
	// and sections may have none).
	BlockID() string
	uiBlock()
}

// UIBlockType is the kind of a canvas block, the discriminator of UIBlock.
// Unknown kinds still decode (as *UnknownUIBlock).
type UIBlockType string

// Block kinds the spec declares, with the struct each decodes into.
const (
	UIBlockTypeButton                  UIBlockType = "BUTTON"                    // *ButtonUIBlock
	UIBlockTypeChip                    UIBlockType = "CHIP"                      // *ChipUIBlock
	UIBlockTypeDropdown                UIBlockType = "DROPDOWN"                  // *DropdownUIBlock
	UIBlockTypeDropdownMultivalue      UIBlockType = "DROPDOWN_MULTIVALUE"       // *DropdownMultiValueUIBlock
	UIBlockTypeFileUpload              UIBlockType = "FILE_UPLOAD"               // *FileUploadUIBlock
	UIBlockTypeMarkdown                UIBlockType = "MARKDOWN"                  // *MarkdownUIBlock
	UIBlockTypeSearchInput             UIBlockType = "SEARCH_INPUT"              // *SearchInputUIBlock
	UIBlockTypeSearchInputMultivalue   UIBlockType = "SEARCH_INPUT_MULTIVALUE"   // *SearchInputMultiValueUIBlock
	UIBlockTypeSection                 UIBlockType = "SECTION"                   // *SectionUIBlock
	UIBlockTypeSelectorInput           UIBlockType = "SELECTOR_INPUT"            // *SelectorInputUIBlock
	UIBlockTypeSelectorInputMultivalue UIBlockType = "SELECTOR_INPUT_MULTIVALUE" // *SelectorInputMultiValueUIBlock
	UIBlockTypeTable                   UIBlockType = "TABLE"                     // *TableUIBlock
	UIBlockTypeTextInput               UIBlockType = "TEXT_INPUT"                // *TextInputUIBlock
)

// newUIBlock returns a new value of the struct a block kind decodes into,
// following the spec's discriminator mapping; nil for a kind the SDK does
// not know.
func newUIBlock(t UIBlockType) UIBlock {
	switch t {
	case UIBlockTypeButton:
		return &ButtonUIBlock{}
	case UIBlockTypeChip:
		return &ChipUIBlock{}
	case UIBlockTypeDropdown:
		return &DropdownUIBlock{}
	case UIBlockTypeDropdownMultivalue:
		return &DropdownMultiValueUIBlock{}
	case UIBlockTypeFileUpload:
		return &FileUploadUIBlock{}
	case UIBlockTypeMarkdown:
		return &MarkdownUIBlock{}
	case UIBlockTypeSearchInput:
		return &SearchInputUIBlock{}
	case UIBlockTypeSearchInputMultivalue:
		return &SearchInputMultiValueUIBlock{}
	case UIBlockTypeSection:
		return &SectionUIBlock{}
	case UIBlockTypeSelectorInput:
		return &SelectorInputUIBlock{}
	case UIBlockTypeSelectorInputMultivalue:
		return &SelectorInputMultiValueUIBlock{}
	case UIBlockTypeTable:
		return &TableUIBlock{}
	case UIBlockTypeTextInput:
		return &TextInputUIBlock{}
	}
	return nil
}

// decodeUIBlock decodes one block: into the struct of its kind, or, for a
// kind (or a block with no type) the SDK does not know, into an
// *UnknownUIBlock keeping the JSON.
func decodeUIBlock(raw json.RawMessage) (UIBlock, error) {
	return decodeByKind(raw, "type", "block", func(t string) UIBlock { return newUIBlock(UIBlockType(t)) },
		func(t string, raw json.RawMessage) UIBlock {
			var head struct {
				ID any `json:"id"`
			}
			_ = json.Unmarshal(raw, &head) // raw is an object: decodeByKind decoded it
			id, _ := head.ID.(string)
			return &UnknownUIBlock{Type: UIBlockType(t), ID: id, Raw: raw}
		})
}

// UIBlocks are the blocks of a canvas (or of a section), in order. It
// decodes each block into the struct of its kind (see UIBlock) and encodes
// them back; a nil block is an error when encoding.
//
// Its methods work on the whole tree: the blocks and, within sections,
// their children. IDs are the blocks' own (BlockID); a block without one
// cannot be found by ID, and the first block with an ID wins.
type UIBlocks []UIBlock

// UnmarshalJSON decodes a JSON array of blocks (null gives nil).
func (bs *UIBlocks) UnmarshalJSON(b []byte) error {
	out, err := decodeUnionList(b, "block", decodeUIBlock)
	if err != nil {
		return err
	}
	*bs = out
	return nil
}

// MarshalJSON encodes the blocks as a JSON array (nil as null).
func (bs UIBlocks) MarshalJSON() ([]byte, error) { return encodeUnionList(bs, "canvas block") }

// All iterates over every block of the tree, depth first: each block,
// then, for a section, its children.
func (bs UIBlocks) All() iter.Seq[UIBlock] {
	return func(yield func(UIBlock) bool) { bs.walk(yield) }
}

func (bs UIBlocks) walk(yield func(UIBlock) bool) bool {
	for _, b := range bs {
		if b == nil {
			continue
		}
		if !yield(b) {
			return false
		}
		if s, ok := b.(*SectionUIBlock); ok && !s.Children.walk(yield) {
			return false
		}
	}
	return true
}

// Find returns the block with the given ID anywhere in the tree, or nil.
// The block is the one in the canvas, not a copy: change it through a
// type assertion (or FindUIBlock) and send the blocks back with
// AppsService.UpdateCanvas.
func (bs UIBlocks) Find(id string) UIBlock {
	if id == "" {
		return nil
	}
	for b := range bs.All() {
		if b.BlockID() == id {
			return b
		}
	}
	return nil
}

// FindUIBlock returns the block with the given ID anywhere in blocks, if
// it is a T:
//
//	if in, ok := benchling.FindUIBlock[*benchling.TextInputUIBlock](canvas.Blocks, "plate"); ok {
//		in.Value = benchling.Ptr("PL-0042")
//	}
func FindUIBlock[T UIBlock](blocks UIBlocks, id string) (T, bool) {
	t, ok := blocks.Find(id).(T)
	return t, ok
}

// locate finds the list holding the block with the given ID (the blocks
// themselves, or a section's children) and the block's index in it.
func (bs *UIBlocks) locate(id string) (*UIBlocks, int) {
	if id == "" {
		return nil, -1
	}
	for i, b := range *bs {
		if b == nil {
			continue
		}
		if b.BlockID() == id {
			return bs, i
		}
		if s, ok := b.(*SectionUIBlock); ok {
			if l, j := s.Children.locate(id); l != nil {
				return l, j
			}
		}
	}
	return nil, -1
}

// Replace puts b in the place of the block with the given ID, anywhere in
// the tree, and reports whether there was one. Other blocks, of known
// kinds or not, stay as they are.
func (bs *UIBlocks) Replace(id string, b UIBlock) bool {
	l, i := bs.locate(id)
	if l == nil {
		return false
	}
	(*l)[i] = b
	return true
}

// InsertBefore inserts blocks just before the block with the given ID, in
// the same list (a section's children, if it is in a section), and reports
// whether there was one. Benchling does not allow sections or tables
// within sections.
func (bs *UIBlocks) InsertBefore(id string, blocks ...UIBlock) bool {
	l, i := bs.locate(id)
	if l == nil {
		return false
	}
	*l = insertBlocks(*l, i, blocks)
	return true
}

// InsertAfter inserts blocks just after the block with the given ID, in
// the same list, and reports whether there was one.
func (bs *UIBlocks) InsertAfter(id string, blocks ...UIBlock) bool {
	l, i := bs.locate(id)
	if l == nil {
		return false
	}
	*l = insertBlocks(*l, i+1, blocks)
	return true
}

func insertBlocks(l UIBlocks, i int, blocks []UIBlock) UIBlocks {
	out := make(UIBlocks, 0, len(l)+len(blocks))
	out = append(out, l[:i]...)
	out = append(out, blocks...)
	return append(out, l[i:]...)
}

// Remove removes the block with the given ID (with its children, for a
// section) and reports whether there was one. Every other block stays,
// those of kinds this SDK does not know included.
func (bs *UIBlocks) Remove(id string) bool {
	l, i := bs.locate(id)
	if l == nil {
		return false
	}
	out := make(UIBlocks, 0, len(*l)-1)
	out = append(out, (*l)[:i]...)
	*l = append(out, (*l)[i+1:]...)
	return true
}

// Value returns what a user entered in the single-value input with the
// given ID (a text input, dropdown, search input or selector), anywhere in
// the tree. ok is false when there is no such input, or when it holds no
// value (null).
func (bs UIBlocks) Value(id string) (value string, ok bool) {
	var v *string
	switch b := bs.Find(id).(type) {
	case *TextInputUIBlock:
		v = b.Value
	case *DropdownUIBlock:
		v = b.Value
	case *SearchInputUIBlock:
		v = b.Value
	case *SelectorInputUIBlock:
		v = b.Value
	}
	if v == nil {
		return "", false
	}
	return *v, true
}

// Values returns what a user entered in the input with the given ID,
// anywhere in the tree: the values of a multi-value input (dropdown,
// search input, selector, and the IDs of the files of a file upload), or
// the value of a single-value input as a list of one. ok is false when
// there is no such input, or when it holds no value (null).
func (bs UIBlocks) Values(id string) (values []string, ok bool) {
	b := bs.Find(id)
	var v []string
	switch b := b.(type) {
	case *DropdownMultiValueUIBlock:
		v = b.Value
	case *SearchInputMultiValueUIBlock:
		v = b.Value
	case *SelectorInputMultiValueUIBlock:
		v = b.Value
	case *FileUploadUIBlock:
		v = b.Value
	default:
		if s, ok := bs.Value(id); ok {
			return []string{s}, true
		}
	}
	return v, v != nil
}

// InputValues returns the values of every input of the tree that holds
// one, by block ID, as Values returns them.
func (bs UIBlocks) InputValues() map[string][]string {
	out := map[string][]string{}
	for b := range bs.All() {
		id := b.BlockID()
		if _, done := out[id]; done || id == "" {
			continue
		}
		if v, ok := bs.Values(id); ok {
			out[id] = v
		}
	}
	return out
}

// UnknownUIBlock is a block of a kind this SDK does not know (or one with
// no type). Raw keeps the block's JSON, which MarshalJSON returns as is,
// so that updating a canvas sends it back unchanged.
type UnknownUIBlock struct {
	// Type is the block's "type" property; empty if it had none.
	Type UIBlockType
	// ID is the block's "id" property, if it is a string.
	ID string
	// Raw is the block's JSON as the server sent it.
	Raw json.RawMessage
}

// MarshalJSON returns Raw; an UnknownUIBlock without Raw is an error.
func (b *UnknownUIBlock) MarshalJSON() ([]byte, error) {
	return rawUnknown(b.Raw, "UnknownUIBlock", "block")
}

// ButtonUIBlock is a button. Benchling sends the app a webhook when a
// user presses it (a v2.canvas.userInteracted event naming the button's
// ID).
type ButtonUIBlock struct {
	// Enabled, if false, disables the button; unset or null enables it.
	Enabled Nullable[bool] `json:"enabled,omitzero"`
	// ID is the button's ID, chosen by the app and sent in the webhook.
	ID string `json:"id"`
	// Text is the button's label.
	Text string `json:"text"`
	// Type is UIBlockTypeButton (set when encoding).
	Type UIBlockType `json:"type"`
}

// ChipUIBlock is a chip: a Benchling item shown as a link, by its ID.
type ChipUIBlock struct {
	// ID is the block's ID.
	ID string `json:"id,omitempty"`
	// Type is UIBlockTypeChip (set when encoding).
	Type UIBlockType `json:"type"`
	// Value is the ID of the Benchling item shown.
	Value string `json:"value"`
}

// DropdownUIBlock is a dropdown of a Benchling dropdown's options, with
// one value.
type DropdownUIBlock struct {
	// DropdownID is the dropdown whose options are offered (sfs_...).
	DropdownID string `json:"dropdownId"`
	// Enabled, if false, disables the input.
	Enabled Nullable[bool] `json:"enabled,omitzero"`
	// ID is the block's ID.
	ID string `json:"id"`
	// Label is the input's label, at most 50 characters.
	Label string `json:"label,omitempty"`
	// Placeholder is shown while the input is empty.
	Placeholder string `json:"placeholder,omitempty"`
	// Required, if true, makes the user give a value before the app can
	// go on (the block then needs a label).
	Required Nullable[bool] `json:"required,omitzero"`
	// Type is UIBlockTypeDropdown (set when encoding).
	Type UIBlockType `json:"type"`
	// Value is the option selected (its ID); nil for none.
	Value *string `json:"value"`
}

// DropdownMultiValueUIBlock is a dropdown of a Benchling dropdown's
// options, with any number of values.
type DropdownMultiValueUIBlock struct {
	// DropdownID is the dropdown whose options are offered (sfs_...).
	DropdownID string `json:"dropdownId"`
	// Enabled, if false, disables the input.
	Enabled Nullable[bool] `json:"enabled,omitzero"`
	// ID is the block's ID.
	ID string `json:"id"`
	// Label is the input's label, at most 50 characters.
	Label string `json:"label,omitempty"`
	// Placeholder is shown while the input is empty.
	Placeholder string `json:"placeholder,omitempty"`
	// Required, if true, makes the user give a value before the app can
	// go on (the block then needs a label).
	Required Nullable[bool] `json:"required,omitzero"`
	// Type is UIBlockTypeDropdownMultivalue (set when encoding).
	Type UIBlockType `json:"type"`
	// Value are the options selected; nil for none.
	Value []string `json:"value"`
}

// FileUploadUIBlock lets users upload files; its value lists the uploaded
// files' IDs.
type FileUploadUIBlock struct {
	// Enabled, if false, disables the input.
	Enabled Nullable[bool] `json:"enabled,omitzero"`
	// FileTypes are the file types accepted (e.g. ".csv").
	FileTypes []string `json:"fileTypes,omitzero"`
	// ID is the block's ID.
	ID string `json:"id"`
	// Label is the input's label, at most 50 characters.
	Label string `json:"label,omitempty"`
	// MaxFiles is the most files a user may upload, at most 10 (the
	// default); 0 sends nothing, leaving the default.
	MaxFiles int `json:"maxFiles,omitempty"`
	// Required, if true, makes the user upload before the app can go on
	// (the block then needs a label).
	Required Nullable[bool] `json:"required,omitzero"`
	// Type is UIBlockTypeFileUpload (set when encoding).
	Type UIBlockType `json:"type"`
	// Value are the IDs of the uploaded files; nil for none.
	Value []string `json:"value"`
}

// MarkdownUIBlock is text in Markdown.
type MarkdownUIBlock struct {
	// ID is the block's ID.
	ID string `json:"id,omitempty"`
	// Type is UIBlockTypeMarkdown (set when encoding).
	Type UIBlockType `json:"type"`
	// Value is the Markdown text.
	Value string `json:"value"`
}

// SearchInputUIBlock lets users pick one Benchling item of a kind (and
// schema) by searching for it.
type SearchInputUIBlock struct {
	// Enabled, if false, disables the input.
	Enabled Nullable[bool] `json:"enabled,omitzero"`
	// ID is the block's ID.
	ID string `json:"id"`
	// ItemType is the kind of item to search for.
	ItemType SearchInputUIBlockItemType `json:"itemType"`
	// Label is the input's label, at most 50 characters.
	Label string `json:"label,omitempty"`
	// Placeholder is shown while the input is empty.
	Placeholder string `json:"placeholder,omitempty"`
	// Required, if true, makes the user give a value before the app can
	// go on (the block then needs a label).
	Required Nullable[bool] `json:"required,omitzero"`
	// SchemaID restricts the search to items of this schema; nil for any.
	SchemaID *string `json:"schemaId"`
	// Type is UIBlockTypeSearchInput (set when encoding).
	Type UIBlockType `json:"type"`
	// Value is the ID of the item picked; nil for none.
	Value *string `json:"value"`
}

// SearchInputMultiValueUIBlock lets users pick any number of Benchling
// items of a kind (and schema) by searching for them.
type SearchInputMultiValueUIBlock struct {
	// Enabled, if false, disables the input.
	Enabled Nullable[bool] `json:"enabled,omitzero"`
	// ID is the block's ID.
	ID string `json:"id"`
	// ItemType is the kind of item to search for.
	ItemType SearchInputUIBlockItemType `json:"itemType"`
	// Label is the input's label, at most 50 characters.
	Label string `json:"label,omitempty"`
	// Placeholder is shown while the input is empty.
	Placeholder string `json:"placeholder,omitempty"`
	// Required, if true, makes the user give a value before the app can
	// go on (the block then needs a label).
	Required Nullable[bool] `json:"required,omitzero"`
	// SchemaID restricts the search to items of this schema; nil for any.
	SchemaID *string `json:"schemaId"`
	// Type is UIBlockTypeSearchInputMultivalue (set when encoding).
	Type UIBlockType `json:"type"`
	// Value are the IDs of the items picked; nil for none.
	Value []string `json:"value"`
}

// SearchInputUIBlockItemType is the kind of item a search input finds.
type SearchInputUIBlockItemType string

// Item kinds the spec declares for search inputs.
const (
	SearchInputUIBlockItemTypeDnaSequence  SearchInputUIBlockItemType = "dna_sequence"
	SearchInputUIBlockItemTypeDnaOligo     SearchInputUIBlockItemType = "dna_oligo"
	SearchInputUIBlockItemTypeAaSequence   SearchInputUIBlockItemType = "aa_sequence"
	SearchInputUIBlockItemTypeCustomEntity SearchInputUIBlockItemType = "custom_entity"
	SearchInputUIBlockItemTypeMixture      SearchInputUIBlockItemType = "mixture"
	SearchInputUIBlockItemTypeBox          SearchInputUIBlockItemType = "box"
	SearchInputUIBlockItemTypeContainer    SearchInputUIBlockItemType = "container"
	SearchInputUIBlockItemTypeLocation     SearchInputUIBlockItemType = "location"
	SearchInputUIBlockItemTypePlate        SearchInputUIBlockItemType = "plate"
	SearchInputUIBlockItemTypeWorklist     SearchInputUIBlockItemType = "worklist"
)

// SectionUIBlock groups blocks. Benchling allows only leaf blocks in a
// section: no sections or tables.
type SectionUIBlock struct {
	// Children are the section's blocks, in order.
	Children UIBlocks `json:"children"`
	// ID is the section's ID.
	ID string `json:"id,omitempty"`
	// Type is UIBlockTypeSection (set when encoding).
	Type UIBlockType `json:"type,omitempty"`
}

// SelectorInputUIBlock lets users choose one of the app's own options.
type SelectorInputUIBlock struct {
	// Enabled, if false, disables the input.
	Enabled Nullable[bool] `json:"enabled,omitzero"`
	// ID is the block's ID.
	ID string `json:"id"`
	// Label is the input's label, at most 50 characters.
	Label string `json:"label,omitempty"`
	// Options are the choices offered.
	Options []string `json:"options"`
	// Placeholder is shown while the input is empty.
	Placeholder string `json:"placeholder,omitempty"`
	// Required, if true, makes the user choose before the app can go on
	// (the block then needs a label).
	Required Nullable[bool] `json:"required,omitzero"`
	// Type is UIBlockTypeSelectorInput (set when encoding).
	Type UIBlockType `json:"type"`
	// Value is the option chosen; nil for none.
	Value *string `json:"value"`
}

// SelectorInputMultiValueUIBlock lets users choose any number of the
// app's own options.
type SelectorInputMultiValueUIBlock struct {
	// Enabled, if false, disables the input.
	Enabled Nullable[bool] `json:"enabled,omitzero"`
	// ID is the block's ID.
	ID string `json:"id"`
	// Label is the input's label, at most 50 characters.
	Label string `json:"label,omitempty"`
	// Options are the choices offered.
	Options []string `json:"options"`
	// Placeholder is shown while the input is empty.
	Placeholder string `json:"placeholder,omitempty"`
	// Required, if true, makes the user choose before the app can go on
	// (the block then needs a label).
	Required Nullable[bool] `json:"required,omitzero"`
	// Type is UIBlockTypeSelectorInputMultivalue (set when encoding).
	Type UIBlockType `json:"type"`
	// Value are the options chosen; nil for none.
	Value []string `json:"value"`
}

// TableUIBlock shows a table of a data frame (text columns only).
type TableUIBlock struct {
	// Enabled, if false, disables the table.
	Enabled Nullable[bool] `json:"enabled,omitzero"`
	// ID is the block's ID.
	ID string `json:"id"`
	// Name is the table's name, shown to users.
	Name string `json:"name"`
	// Source is the data shown: a *TableUIBlockDataFrameSource (or the
	// deprecated *TableUIBlockDatasetSource).
	Source TableUIBlockSource `json:"source"`
	// Type is UIBlockTypeTable (set when encoding).
	Type UIBlockType `json:"type"`
}

// UnmarshalJSON decodes a table block, its source by its type.
func (b *TableUIBlock) UnmarshalJSON(data []byte) error {
	type plain TableUIBlock
	var v struct {
		plain
		Source json.RawMessage `json:"source"`
	}
	if err := json.Unmarshal(data, &v); err != nil {
		return err
	}
	*b = TableUIBlock(v.plain)
	b.Source = nil
	if len(v.Source) == 0 || string(bytes.TrimSpace(v.Source)) == "null" {
		return nil
	}
	src, err := decodeTableUIBlockSource(v.Source)
	if err != nil {
		return fmt.Errorf("table source: %w", err)
	}
	b.Source = src
	return nil
}

// TableUIBlockSource is the data of a table block: a
// *TableUIBlockDataFrameSource, a *TableUIBlockDatasetSource (deprecated),
// or an *UnknownTableUIBlockSource for a kind this SDK does not know. The
// set is closed: only this package implements the interface.
type TableUIBlockSource interface {
	// SourceType returns the source's kind, its JSON "type".
	SourceType() TableUIBlockSourceType
	tableUIBlockSource()
}

// TableUIBlockSourceType is the kind of a table block's source.
type TableUIBlockSourceType string

// Source kinds the spec declares.
const (
	TableUIBlockSourceTypeDataFrame TableUIBlockSourceType = "DATA_FRAME" // *TableUIBlockDataFrameSource
	TableUIBlockSourceTypeDataset   TableUIBlockSourceType = "DATASET"    // *TableUIBlockDatasetSource
)

func decodeTableUIBlockSource(raw json.RawMessage) (TableUIBlockSource, error) {
	return decodeByKind(raw, "type", "table source", func(t string) TableUIBlockSource {
		switch TableUIBlockSourceType(t) {
		case TableUIBlockSourceTypeDataFrame:
			return &TableUIBlockDataFrameSource{}
		case TableUIBlockSourceTypeDataset:
			return &TableUIBlockDatasetSource{}
		}
		return nil
	}, func(t string, raw json.RawMessage) TableUIBlockSource {
		return &UnknownTableUIBlockSource{Type: TableUIBlockSourceType(t), Raw: raw}
	})
}

// TableUIBlockDataFrameSource shows an uploaded data frame.
type TableUIBlockDataFrameSource struct {
	// DataFrameID is the data frame's ID; nil for none.
	DataFrameID *string `json:"dataFrameId"`
	// Type is TableUIBlockSourceTypeDataFrame (set when encoding).
	Type TableUIBlockSourceType `json:"type"`
}

// TableUIBlockDatasetSource shows an uploaded dataset, which Benchling
// treats as a data frame.
//
// Deprecated: use TableUIBlockDataFrameSource.
type TableUIBlockDatasetSource struct {
	// DatasetID is the dataset's (data frame's) ID; nil for none.
	DatasetID *string `json:"datasetId"`
	// Type is TableUIBlockSourceTypeDataset (set when encoding).
	Type TableUIBlockSourceType `json:"type"`
}

// UnknownTableUIBlockSource is a table source of a kind this SDK does not
// know. Raw keeps its JSON, which MarshalJSON returns as is.
type UnknownTableUIBlockSource struct {
	// Type is the source's "type" property.
	Type TableUIBlockSourceType
	// Raw is the source's JSON as the server sent it.
	Raw json.RawMessage
}

// MarshalJSON returns Raw; an UnknownTableUIBlockSource without Raw is an
// error.
func (s *UnknownTableUIBlockSource) MarshalJSON() ([]byte, error) {
	return rawUnknown(s.Raw, "UnknownTableUIBlockSource", "source")
}

// TextInputUIBlock is a one-line text input.
type TextInputUIBlock struct {
	// Enabled, if false, disables the input.
	Enabled Nullable[bool] `json:"enabled,omitzero"`
	// ID is the block's ID.
	ID string `json:"id"`
	// Label is the input's label, at most 50 characters.
	Label string `json:"label,omitempty"`
	// Placeholder is shown while the input is empty.
	Placeholder string `json:"placeholder,omitempty"`
	// Required, if true, makes the user give a value before the app can
	// go on (the block then needs a label).
	Required Nullable[bool] `json:"required,omitzero"`
	// Type is UIBlockTypeTextInput (set when encoding).
	Type UIBlockType `json:"type"`
	// Value is the text entered; nil for none.
	Value *string `json:"value"`
}

// The spec's Create and Update variants of each block have the block's
// shape: they are the same types.
type (
	// ButtonUIBlockCreate is a button in a canvas's create.
	ButtonUIBlockCreate = ButtonUIBlock
	// ButtonUIBlockUpdate is a button in a canvas's update.
	ButtonUIBlockUpdate = ButtonUIBlock
	// ChipUIBlockCreate is a chip in a canvas's create.
	ChipUIBlockCreate = ChipUIBlock
	// ChipUIBlockUpdate is a chip in a canvas's update.
	ChipUIBlockUpdate = ChipUIBlock
	// DropdownUIBlockCreate is a dropdown in a canvas's create.
	DropdownUIBlockCreate = DropdownUIBlock
	// DropdownUIBlockUpdate is a dropdown in a canvas's update.
	DropdownUIBlockUpdate = DropdownUIBlock
	// DropdownMultiValueUIBlockCreate is a multi-value dropdown in a
	// canvas's create.
	DropdownMultiValueUIBlockCreate = DropdownMultiValueUIBlock
	// DropdownMultiValueUIBlockUpdate is a multi-value dropdown in a
	// canvas's update.
	DropdownMultiValueUIBlockUpdate = DropdownMultiValueUIBlock
	// FileUploadUIBlockCreate is a file upload in a canvas's create.
	FileUploadUIBlockCreate = FileUploadUIBlock
	// FileUploadUIBlockUpdate is a file upload in a canvas's update.
	FileUploadUIBlockUpdate = FileUploadUIBlock
	// MarkdownUIBlockCreate is Markdown text in a canvas's create.
	MarkdownUIBlockCreate = MarkdownUIBlock
	// MarkdownUIBlockUpdate is Markdown text in a canvas's update.
	MarkdownUIBlockUpdate = MarkdownUIBlock
	// SearchInputUIBlockCreate is a search input in a canvas's create.
	SearchInputUIBlockCreate = SearchInputUIBlock
	// SearchInputUIBlockUpdate is a search input in a canvas's update.
	SearchInputUIBlockUpdate = SearchInputUIBlock
	// SearchInputMultiValueUIBlockCreate is a multi-value search input in
	// a canvas's create.
	SearchInputMultiValueUIBlockCreate = SearchInputMultiValueUIBlock
	// SearchInputMultiValueUIBlockUpdate is a multi-value search input in
	// a canvas's update.
	SearchInputMultiValueUIBlockUpdate = SearchInputMultiValueUIBlock
	// SectionUIBlockCreate is a section in a canvas's create.
	SectionUIBlockCreate = SectionUIBlock
	// SectionUIBlockUpdate is a section in a canvas's update.
	SectionUIBlockUpdate = SectionUIBlock
	// SelectorInputUIBlockCreate is a selector in a canvas's create.
	SelectorInputUIBlockCreate = SelectorInputUIBlock
	// SelectorInputUIBlockUpdate is a selector in a canvas's update.
	SelectorInputUIBlockUpdate = SelectorInputUIBlock
	// SelectorInputMultiValueUIBlockCreate is a multi-value selector in a
	// canvas's create.
	SelectorInputMultiValueUIBlockCreate = SelectorInputMultiValueUIBlock
	// SelectorInputMultiValueUIBlockUpdate is a multi-value selector in a
	// canvas's update.
	SelectorInputMultiValueUIBlockUpdate = SelectorInputMultiValueUIBlock
	// TableUIBlockCreate is a table in a canvas's create.
	TableUIBlockCreate = TableUIBlock
	// TableUIBlockUpdate is a table in a canvas's update.
	TableUIBlockUpdate = TableUIBlock
	// TextInputUIBlockCreate is a text input in a canvas's create.
	TextInputUIBlockCreate = TextInputUIBlock
	// TextInputUIBlockUpdate is a text input in a canvas's update.
	TextInputUIBlockUpdate = TextInputUIBlock
)

// The MarshalJSON methods below set each block's type (so that blocks
// built by hand need none) and send required lists a caller left nil as
// [] where null is not allowed.

// MarshalJSON encodes the block with its type.
func (b ButtonUIBlock) MarshalJSON() ([]byte, error) {
	type plain ButtonUIBlock
	b.Type = UIBlockTypeButton
	return json.Marshal(plain(b))
}

// MarshalJSON encodes the block with its type.
func (b ChipUIBlock) MarshalJSON() ([]byte, error) {
	type plain ChipUIBlock
	b.Type = UIBlockTypeChip
	return json.Marshal(plain(b))
}

// MarshalJSON encodes the block with its type.
func (b DropdownUIBlock) MarshalJSON() ([]byte, error) {
	type plain DropdownUIBlock
	b.Type = UIBlockTypeDropdown
	return json.Marshal(plain(b))
}

// MarshalJSON encodes the block with its type.
func (b DropdownMultiValueUIBlock) MarshalJSON() ([]byte, error) {
	type plain DropdownMultiValueUIBlock
	b.Type = UIBlockTypeDropdownMultivalue
	return json.Marshal(plain(b))
}

// MarshalJSON encodes the block with its type.
func (b FileUploadUIBlock) MarshalJSON() ([]byte, error) {
	type plain FileUploadUIBlock
	b.Type = UIBlockTypeFileUpload
	return json.Marshal(plain(b))
}

// MarshalJSON encodes the block with its type.
func (b MarkdownUIBlock) MarshalJSON() ([]byte, error) {
	type plain MarkdownUIBlock
	b.Type = UIBlockTypeMarkdown
	return json.Marshal(plain(b))
}

// MarshalJSON encodes the block with its type.
func (b SearchInputUIBlock) MarshalJSON() ([]byte, error) {
	type plain SearchInputUIBlock
	b.Type = UIBlockTypeSearchInput
	return json.Marshal(plain(b))
}

// MarshalJSON encodes the block with its type.
func (b SearchInputMultiValueUIBlock) MarshalJSON() ([]byte, error) {
	type plain SearchInputMultiValueUIBlock
	b.Type = UIBlockTypeSearchInputMultivalue
	return json.Marshal(plain(b))
}

// MarshalJSON encodes the section with its type; nil children are sent
// as [].
func (b SectionUIBlock) MarshalJSON() ([]byte, error) {
	type plain SectionUIBlock
	b.Type = UIBlockTypeSection
	if b.Children == nil {
		b.Children = UIBlocks{}
	}
	return json.Marshal(plain(b))
}

// MarshalJSON encodes the block with its type; nil options are sent as
// [].
func (b SelectorInputUIBlock) MarshalJSON() ([]byte, error) {
	type plain SelectorInputUIBlock
	b.Type = UIBlockTypeSelectorInput
	b.Options = nonNil(b.Options)
	return json.Marshal(plain(b))
}

// MarshalJSON encodes the block with its type; nil options are sent as
// [].
func (b SelectorInputMultiValueUIBlock) MarshalJSON() ([]byte, error) {
	type plain SelectorInputMultiValueUIBlock
	b.Type = UIBlockTypeSelectorInputMultivalue
	b.Options = nonNil(b.Options)
	return json.Marshal(plain(b))
}

// MarshalJSON encodes the block with its type. A table needs a source:
// a nil Source is an error.
func (b TableUIBlock) MarshalJSON() ([]byte, error) {
	type plain TableUIBlock
	if b.Source == nil {
		return nil, fmt.Errorf("benchling: table block %q has no source", b.ID)
	}
	b.Type = UIBlockTypeTable
	return json.Marshal(plain(b))
}

// MarshalJSON encodes the block with its type.
func (b TextInputUIBlock) MarshalJSON() ([]byte, error) {
	type plain TextInputUIBlock
	b.Type = UIBlockTypeTextInput
	return json.Marshal(plain(b))
}

// MarshalJSON encodes the source with its type.
func (s TableUIBlockDataFrameSource) MarshalJSON() ([]byte, error) {
	type plain TableUIBlockDataFrameSource
	s.Type = TableUIBlockSourceTypeDataFrame
	return json.Marshal(plain(s))
}

// MarshalJSON encodes the source with its type.
func (s TableUIBlockDatasetSource) MarshalJSON() ([]byte, error) {
	type plain TableUIBlockDatasetSource
	s.Type = TableUIBlockSourceTypeDataset
	return json.Marshal(plain(s))
}

// BlockType implements UIBlock.
func (b *ButtonUIBlock) BlockType() UIBlockType { return UIBlockTypeButton }

// BlockType implements UIBlock.
func (b *ChipUIBlock) BlockType() UIBlockType { return UIBlockTypeChip }

// BlockType implements UIBlock.
func (b *DropdownUIBlock) BlockType() UIBlockType { return UIBlockTypeDropdown }

// BlockType implements UIBlock.
func (b *DropdownMultiValueUIBlock) BlockType() UIBlockType { return UIBlockTypeDropdownMultivalue }

// BlockType implements UIBlock.
func (b *FileUploadUIBlock) BlockType() UIBlockType { return UIBlockTypeFileUpload }

// BlockType implements UIBlock.
func (b *MarkdownUIBlock) BlockType() UIBlockType { return UIBlockTypeMarkdown }

// BlockType implements UIBlock.
func (b *SearchInputUIBlock) BlockType() UIBlockType { return UIBlockTypeSearchInput }

// BlockType implements UIBlock.
func (b *SearchInputMultiValueUIBlock) BlockType() UIBlockType {
	return UIBlockTypeSearchInputMultivalue
}

// BlockType implements UIBlock.
func (b *SectionUIBlock) BlockType() UIBlockType { return UIBlockTypeSection }

// BlockType implements UIBlock.
func (b *SelectorInputUIBlock) BlockType() UIBlockType { return UIBlockTypeSelectorInput }

// BlockType implements UIBlock.
func (b *SelectorInputMultiValueUIBlock) BlockType() UIBlockType {
	return UIBlockTypeSelectorInputMultivalue
}

// BlockType implements UIBlock.
func (b *TableUIBlock) BlockType() UIBlockType { return UIBlockTypeTable }

// BlockType implements UIBlock.
func (b *TextInputUIBlock) BlockType() UIBlockType { return UIBlockTypeTextInput }

// BlockType implements UIBlock.
func (b *UnknownUIBlock) BlockType() UIBlockType { return b.Type }

// BlockID implements UIBlock.
func (b *ButtonUIBlock) BlockID() string { return b.ID }

// BlockID implements UIBlock.
func (b *ChipUIBlock) BlockID() string { return b.ID }

// BlockID implements UIBlock.
func (b *DropdownUIBlock) BlockID() string { return b.ID }

// BlockID implements UIBlock.
func (b *DropdownMultiValueUIBlock) BlockID() string { return b.ID }

// BlockID implements UIBlock.
func (b *FileUploadUIBlock) BlockID() string { return b.ID }

// BlockID implements UIBlock.
func (b *MarkdownUIBlock) BlockID() string { return b.ID }

// BlockID implements UIBlock.
func (b *SearchInputUIBlock) BlockID() string { return b.ID }

// BlockID implements UIBlock.
func (b *SearchInputMultiValueUIBlock) BlockID() string { return b.ID }

// BlockID implements UIBlock.
func (b *SectionUIBlock) BlockID() string { return b.ID }

// BlockID implements UIBlock.
func (b *SelectorInputUIBlock) BlockID() string { return b.ID }

// BlockID implements UIBlock.
func (b *SelectorInputMultiValueUIBlock) BlockID() string { return b.ID }

// BlockID implements UIBlock.
func (b *TableUIBlock) BlockID() string { return b.ID }

// BlockID implements UIBlock.
func (b *TextInputUIBlock) BlockID() string { return b.ID }

// BlockID implements UIBlock.
func (b *UnknownUIBlock) BlockID() string { return b.ID }

func (*ButtonUIBlock) uiBlock()                  {}
func (*ChipUIBlock) uiBlock()                    {}
func (*DropdownUIBlock) uiBlock()                {}
func (*DropdownMultiValueUIBlock) uiBlock()      {}
func (*FileUploadUIBlock) uiBlock()              {}
func (*MarkdownUIBlock) uiBlock()                {}
func (*SearchInputUIBlock) uiBlock()             {}
func (*SearchInputMultiValueUIBlock) uiBlock()   {}
func (*SectionUIBlock) uiBlock()                 {}
func (*SelectorInputUIBlock) uiBlock()           {}
func (*SelectorInputMultiValueUIBlock) uiBlock() {}
func (*TableUIBlock) uiBlock()                   {}
func (*TextInputUIBlock) uiBlock()               {}
func (*UnknownUIBlock) uiBlock()                 {}

// SourceType implements TableUIBlockSource.
func (s *TableUIBlockDataFrameSource) SourceType() TableUIBlockSourceType {
	return TableUIBlockSourceTypeDataFrame
}

// SourceType implements TableUIBlockSource.
func (s *TableUIBlockDatasetSource) SourceType() TableUIBlockSourceType {
	return TableUIBlockSourceTypeDataset
}

// SourceType implements TableUIBlockSource.
func (s *UnknownTableUIBlockSource) SourceType() TableUIBlockSourceType { return s.Type }

func (*TableUIBlockDataFrameSource) tableUIBlockSource() {}
func (*TableUIBlockDatasetSource) tableUIBlockSource()   {}
func (*UnknownTableUIBlockSource) tableUIBlockSource()   {}
