package benchling

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"net/url"
	"reflect"
	"slices"
	"time"
)

// Nullable is an optional request field that can also be sent as an
// explicit JSON null, which a pointer with omitempty cannot express: use it
// with the omitzero tag option. Its zero value is unset (the field is
// omitted); Null() sends null, for example to clear a value or, in an
// upsert, archiveRecord: null to unarchive; NullableOf(v) sends v.
type Nullable[T any] struct {
	value T
	state uint8 // 0 unset, 1 null, 2 set
}

// Null returns a Nullable that encodes as JSON null.
func Null[T any]() Nullable[T] { return Nullable[T]{state: 1} }

// NullableOf returns a Nullable that encodes as v.
func NullableOf[T any](v T) Nullable[T] { return Nullable[T]{value: v, state: 2} }

// IsZero reports whether n is unset, so that omitzero omits it.
func (n Nullable[T]) IsZero() bool { return n.state == 0 }

// IsNull reports whether n is an explicit null.
func (n Nullable[T]) IsNull() bool { return n.state == 1 }

// Get returns the value and whether one is set (neither unset nor null).
func (n Nullable[T]) Get() (T, bool) { return n.value, n.state == 2 }

// MarshalJSON encodes the value, or null when n is null or unset.
func (n Nullable[T]) MarshalJSON() ([]byte, error) {
	if n.state != 2 {
		return []byte("null"), nil
	}
	return json.Marshal(n.value)
}

// UnmarshalJSON decodes null or a value.
func (n *Nullable[T]) UnmarshalJSON(b []byte) error {
	if string(bytes.TrimSpace(b)) == "null" {
		*n = Null[T]()
		return nil
	}
	var v T
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*n = NullableOf(v)
	return nil
}

// Fields are the schema fields of an entity or entry, by field name.
type Fields map[string]Field

// Field is one schema field. Only Value is sent in requests; the other
// members are read-only and should be left empty when writing.
type Field struct {
	// Value is the field's value: a string, number, boolean, link ID, list
	// of link IDs, object, or null.
	Value FieldValue `json:"value"`
	// Type is the field's type (read-only).
	Type FieldType `json:"type,omitempty"`
	// DisplayValue is the value as Benchling displays it (read-only).
	DisplayValue *string `json:"displayValue,omitempty"`
	// TextValue is the value as text (read-only).
	TextValue *string `json:"textValue,omitempty"`
	// IsMulti reports whether the field holds a list (read-only).
	IsMulti bool `json:"isMulti,omitempty"`
}

// FieldValueKind is the JSON kind of a FieldValue.
type FieldValueKind int

// The kinds a FieldValue can hold. FieldValueOther is any JSON the spec
// does not describe (a list of objects, say); its raw JSON is kept.
const (
	FieldValueNull FieldValueKind = iota
	FieldValueString
	FieldValueBool
	FieldValueNumber
	FieldValueStrings
	FieldValueObject
	FieldValueOther
)

// FieldValue is the polymorphic value of a Field. It keeps the raw JSON, so
// no value fails to decode, and offers typed accessors. Build values for
// requests with StringValue, StringsValue, BoolValue, NumberValue,
// RegistryIDValue or NullValue.
type FieldValue struct {
	raw json.RawMessage
	// nonFinite is set by NumberValue for NaN or an infinity, which JSON
	// cannot hold: encoding the value then fails, so that no request
	// sends null (which would clear the field) in its place.
	nonFinite *float64
}

// StringValue is a text, dropdown, date or single-link field value.
func StringValue(s string) FieldValue { return mustRaw(s) }

// StringsValue is a multi-link or multi-select field value.
func StringsValue(s ...string) FieldValue {
	if s == nil {
		s = []string{}
	}
	return mustRaw(s)
}

// BoolValue is a boolean field value.
func BoolValue(b bool) FieldValue { return mustRaw(b) }

// NumberValue is an integer or float field value, written as
// encoding/json writes numbers (1000000, not 1e+06). NaN and infinities,
// which JSON cannot hold, cannot be sent: a request whose body holds one
// fails to encode, and is not sent, rather than send null, which would
// clear the field.
func NumberValue(f float64) FieldValue {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return FieldValue{nonFinite: &f}
	}
	return mustRaw(f)
}

// RegistryIDValue links, in an upsert, to the entity with the given
// registry ID: {"entityRegistryId": id}.
func RegistryIDValue(id string) FieldValue {
	return mustRaw(map[string]string{"entityRegistryId": id})
}

// NullValue clears a field.
func NullValue() FieldValue { return FieldValue{} }

// mustRaw encodes v, which is a string, bool, finite float, []string or
// map[string]string, none of which fails to encode.
func mustRaw(v any) FieldValue {
	b, err := json.Marshal(v)
	if err != nil {
		return FieldValue{}
	}
	return FieldValue{raw: b}
}

// MarshalJSON returns the raw JSON, or null. It fails for a NumberValue
// of NaN or an infinity.
func (v FieldValue) MarshalJSON() ([]byte, error) {
	if v.nonFinite != nil {
		return nil, fmt.Errorf("benchling: field value %v: JSON cannot hold NaN or an infinity, and null would clear the field", *v.nonFinite)
	}
	if len(v.raw) == 0 {
		return []byte("null"), nil
	}
	return v.raw, nil
}

// UnmarshalJSON keeps any valid JSON value.
func (v *FieldValue) UnmarshalJSON(b []byte) error {
	if !json.Valid(b) {
		return errors.New("benchling: invalid JSON in field value")
	}
	b = bytes.TrimSpace(b)
	v.nonFinite = nil
	if string(b) == "null" {
		v.raw = nil
		return nil
	}
	v.raw = slices.Clone(b)
	return nil
}

// Equal reports whether v and w hold the same JSON value, ignoring
// formatting. go-cmp uses it to compare FieldValues.
func (v FieldValue) Equal(w FieldValue) bool {
	if v.nonFinite != nil || w.nonFinite != nil {
		return v.nonFinite != nil && w.nonFinite != nil &&
			(*v.nonFinite == *w.nonFinite || math.IsNaN(*v.nonFinite) && math.IsNaN(*w.nonFinite))
	}
	if len(v.raw) == 0 || len(w.raw) == 0 {
		return len(v.raw) == len(w.raw)
	}
	var a, b any
	if json.Unmarshal(v.raw, &a) != nil || json.Unmarshal(w.raw, &b) != nil {
		// A number beyond float64 (1e400): compare the JSON text, compacted.
		var cv, cw bytes.Buffer
		if json.Compact(&cv, v.raw) != nil || json.Compact(&cw, w.raw) != nil {
			return bytes.Equal(v.raw, w.raw)
		}
		return bytes.Equal(cv.Bytes(), cw.Bytes())
	}
	return reflect.DeepEqual(a, b)
}

// Raw returns the value's JSON (nil for null).
func (v FieldValue) Raw() json.RawMessage { return v.raw }

// Kind returns the JSON kind of the value.
func (v FieldValue) Kind() FieldValueKind {
	if v.nonFinite != nil {
		return FieldValueNumber
	}
	if len(v.raw) == 0 {
		return FieldValueNull
	}
	switch v.raw[0] {
	case '"':
		return FieldValueString
	case 't', 'f':
		return FieldValueBool
	case '{':
		return FieldValueObject
	case '[':
		if _, ok := v.AsStrings(); ok {
			return FieldValueStrings
		}
		return FieldValueOther
	case 'n':
		return FieldValueNull
	}
	return FieldValueNumber
}

// IsNull reports whether the value is null.
func (v FieldValue) IsNull() bool { return v.Kind() == FieldValueNull }

// AsString returns a string value (text, dropdown, date, single link).
func (v FieldValue) AsString() (string, bool) {
	var s string
	return s, v.Kind() == FieldValueString && json.Unmarshal(v.raw, &s) == nil
}

// AsStrings returns a list-of-strings value (multi-link, multi-select).
func (v FieldValue) AsStrings() ([]string, bool) {
	if len(v.raw) == 0 || v.raw[0] != '[' {
		return nil, false
	}
	var s []string
	return s, json.Unmarshal(v.raw, &s) == nil
}

// AsBool returns a boolean value.
func (v FieldValue) AsBool() (b bool, ok bool) {
	return b, v.Kind() == FieldValueBool && json.Unmarshal(v.raw, &b) == nil
}

// AsFloat returns a numeric value (NaN or an infinity for a NumberValue
// made from one).
func (v FieldValue) AsFloat() (f float64, ok bool) {
	if v.nonFinite != nil {
		return *v.nonFinite, true
	}
	return f, v.Kind() == FieldValueNumber && json.Unmarshal(v.raw, &f) == nil
}

// AsObject decodes an object value (a JSON field, or an upsert's
// {"entityRegistryId": ...}) into dst.
func (v FieldValue) AsObject(dst any) error {
	if v.Kind() != FieldValueObject {
		return errors.New("benchling: field value is not an object")
	}
	return json.Unmarshal(v.raw, dst)
}

// FieldType is the type of a schema field.
type FieldType string

// Field types the spec declares. Unknown types still decode.
const (
	FieldTypeDnaSequenceLink  FieldType = "dna_sequence_link"
	FieldTypeAaSequenceLink   FieldType = "aa_sequence_link"
	FieldTypeCustomEntityLink FieldType = "custom_entity_link"
	FieldTypeEntityLink       FieldType = "entity_link"
	FieldTypeMixtureLink      FieldType = "mixture_link"
	FieldTypeMoleculeLink     FieldType = "molecule_link"
	FieldTypeDropdown         FieldType = "dropdown"
	FieldTypePartLink         FieldType = "part_link"
	FieldTypeTranslationLink  FieldType = "translation_link"
	FieldTypeAaPartLink       FieldType = "aa_part_link"
	FieldTypeBaseMoleculeLink FieldType = "base_molecule_link"
	FieldTypeBlobLink         FieldType = "blob_link"
	FieldTypeText             FieldType = "text"
	FieldTypeLongText         FieldType = "long_text"
	FieldTypeBatchLink        FieldType = "batch_link"
	FieldTypeStorageLink      FieldType = "storage_link"
	FieldTypeEntryLink        FieldType = "entry_link"
	FieldTypeAssayRequestLink FieldType = "assay_request_link"
	FieldTypeAssayResultLink  FieldType = "assay_result_link"
	FieldTypeAssayRunLink     FieldType = "assay_run_link"
	FieldTypeBoolean          FieldType = "boolean"
	FieldTypeFloat            FieldType = "float"
	FieldTypeInteger          FieldType = "integer"
	FieldTypeDatetime         FieldType = "datetime"
	FieldTypeDate             FieldType = "date"
	FieldTypeJSON             FieldType = "json"
)

// CustomFields are an entity's or entry's custom (schema-less) fields, by
// name.
type CustomFields map[string]CustomField

// CustomField is one custom field.
type CustomField struct {
	// Value is the field's value; an empty string is sent as "".
	Value string `json:"value"`
}

// ArchiveRecord says why an item was archived; nil when it is not.
type ArchiveRecord struct {
	// Reason is the archive reason, for example "Made in error".
	Reason string `json:"reason,omitempty"`
}

// SchemaSummary names the schema of an item.
type SchemaSummary struct {
	// ID is the schema's ID (ts_...).
	ID string `json:"id,omitempty"`
	// Name is the schema's name.
	Name string `json:"name,omitempty"`
}

// UserSummary names a user (creator, author, reviewer).
type UserSummary struct {
	// Handle is the user's handle.
	Handle string `json:"handle,omitempty"`
	// ID is the user's ID (ent_...).
	ID string `json:"id,omitempty"`
	// Name is the user's name.
	Name string `json:"name,omitempty"`
}

// RegistrationOrigin says where and when an entity was registered.
type RegistrationOrigin struct {
	// OriginEntryID is the entry the entity was registered from, if any.
	OriginEntryID *string `json:"originEntryId,omitempty"`
	// RegisteredAt is when the entity was registered.
	RegisteredAt time.Time `json:"registeredAt,omitzero"`
}

// EntityArchiveReason is the reason for archiving an entity. Tenants may
// configure other reasons; any string is accepted.
type EntityArchiveReason string

// Archive reasons the spec declares for entities.
const (
	EntityArchiveReasonMadeInError  EntityArchiveReason = "Made in error"
	EntityArchiveReasonRetired      EntityArchiveReason = "Retired"
	EntityArchiveReasonExpended     EntityArchiveReason = "Expended"
	EntityArchiveReasonShipped      EntityArchiveReason = "Shipped"
	EntityArchiveReasonContaminated EntityArchiveReason = "Contaminated"
	EntityArchiveReasonExpired      EntityArchiveReason = "Expired"
	EntityArchiveReasonMissing      EntityArchiveReason = "Missing"
	EntityArchiveReasonOther        EntityArchiveReason = "Other"
)

// DataArchiveReason is the reason for archiving files, datasets, assay
// results and runs and monomers: the spec declares these three values for
// all of them (FilesArchive, DatasetsArchive, AssayResultsArchive,
// AssayRunsArchive, MonomersArchive). Tenants may configure others; any
// string is accepted.
type DataArchiveReason string

// Archive reasons the spec declares for files, datasets, assay results and
// runs and monomers.
const (
	DataArchiveReasonMadeInError DataArchiveReason = "Made in error"
	DataArchiveReasonArchived    DataArchiveReason = "Archived"
	DataArchiveReasonOther       DataArchiveReason = "Other"
)

// Values of the archiveReason list filter besides a specific reason.
const (
	// ArchiveFilterNotArchived lists only items that are not archived (the
	// server's default).
	ArchiveFilterNotArchived = "NOT_ARCHIVED"
	// ArchiveFilterAnyArchived lists only archived items.
	ArchiveFilterAnyArchived = "ANY_ARCHIVED"
	// ArchiveFilterAll lists archived and unarchived items.
	ArchiveFilterAll = "ANY_ARCHIVED_OR_NOT_ARCHIVED"
)

// NamingStrategy says how registering an entity names it.
type NamingStrategy string

// Naming strategies the spec declares.
const (
	NamingStrategyNewIDs                    NamingStrategy = "NEW_IDS"
	NamingStrategyIDsFromNames              NamingStrategy = "IDS_FROM_NAMES"
	NamingStrategyDeleteNames               NamingStrategy = "DELETE_NAMES"
	NamingStrategySetFromNameParts          NamingStrategy = "SET_FROM_NAME_PARTS"
	NamingStrategyReplaceNamesFromParts     NamingStrategy = "REPLACE_NAMES_FROM_PARTS"
	NamingStrategyKeepNames                 NamingStrategy = "KEEP_NAMES"
	NamingStrategyReplaceIDAndNameFromParts NamingStrategy = "REPLACE_ID_AND_NAME_FROM_PARTS"
)

// SchemaFieldFilters filter a list by schema field values: each entry
// becomes the query parameter schemaField.<name>=<expression>, for example
// {"Cell Count": ">= 10 AND <= 50"}. Benchling requires SchemaID with
// them. A dropdown field is matched by its option's ID (sfs_...), not the
// option's name, and a link field by the linked item's ID: a name matches
// nothing, without an error.
type SchemaFieldFilters map[string]string

// EncodeValues implements go-querystring's Encoder.
func (f SchemaFieldFilters) EncodeValues(_ string, v *url.Values) error {
	if v == nil {
		return errors.New("benchling: SchemaFieldFilters.EncodeValues: nil url.Values")
	}
	for name, expr := range f {
		v.Set("schemaField."+name, expr)
	}
	return nil
}

// Sort orders a list: a field (createdAt, modifiedAt, name) with an
// optional direction. The server's default is SortModifiedAtDesc.
type Sort string

// List orders.
const (
	SortCreatedAt      Sort = "createdAt"
	SortCreatedAtAsc   Sort = "createdAt:asc"
	SortCreatedAtDesc  Sort = "createdAt:desc"
	SortModifiedAt     Sort = "modifiedAt"
	SortModifiedAtAsc  Sort = "modifiedAt:asc"
	SortModifiedAtDesc Sort = "modifiedAt:desc"
	SortName           Sort = "name"
	SortNameAsc        Sort = "name:asc"
	SortNameDesc       Sort = "name:desc"
)

// nonNil returns s, or an empty slice when s is nil: the MarshalJSON of a
// body sends a required list the caller left nil as [].
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
