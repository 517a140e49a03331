package benchling

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
)

// AppConfigItem is one configuration item of a Benchling App: a value a
// tenant's admin sets for the app (a schema, a field, a folder, a number,
// some text) at a path in the app's configuration tree, as the app's
// manifest declares it. Benchling tells the kinds apart by the JSON "type"
// property; each kind decodes into its own struct, and a kind this SDK does
// not know decodes into an *UnknownAppConfigItem that keeps its JSON.
//
// Every kind embeds AppConfigItemAPIMixin, which Item returns, so the path,
// type and ID of any item are one call away; AppConfiguration looks items
// up by path, typed by kind:
//
//	cfg, err := client.Apps.Configuration(ctx, appID)
//	if err != nil { ... }
//	schemaID, err := cfg.LinkedID("Sample", "Schema")
//	limit, err := cfg.Int("Batch size")
//
// The implementations are *ArrayElementAppConfigItem, *BooleanAppConfigItem,
// *DateAppConfigItem, *DatetimeAppConfigItem, *EntitySchemaAppConfigItem,
// *FieldAppConfigItem, *FloatAppConfigItem, *GenericAPIIdentifiedAppConfigItem,
// *IntegerAppConfigItem, *JSONAppConfigItem, *SecureTextAppConfigItem,
// *TextAppConfigItem and *UnknownAppConfigItem. The set is closed: only this
// package implements the interface.
type AppConfigItem interface {
	// Item returns the properties every kind of item has (the embedded
	// AppConfigItemAPIMixin, not a copy).
	Item() *AppConfigItemAPIMixin
	appConfigItem()
}

// AppConfigItemType is the kind of a configuration item, its "type"
// property: a scalar (boolean, integer, float, text, date, datetime, json,
// secure_text), a link to a Benchling resource or schema (the other values),
// or array_element, an element of a list in the configuration tree.
// Unknown kinds still decode.
type AppConfigItemType string

// Configuration item kinds the spec declares.
const (
	AppConfigItemTypeArrayElement        AppConfigItemType = "array_element"
	AppConfigItemTypeBoolean             AppConfigItemType = "boolean"
	AppConfigItemTypeInteger             AppConfigItemType = "integer"
	AppConfigItemTypeFloat               AppConfigItemType = "float"
	AppConfigItemTypeText                AppConfigItemType = "text"
	AppConfigItemTypeDate                AppConfigItemType = "date"
	AppConfigItemTypeDatetime            AppConfigItemType = "datetime"
	AppConfigItemTypeSecureText          AppConfigItemType = "secure_text"
	AppConfigItemTypeJSON                AppConfigItemType = "json"
	AppConfigItemTypeField               AppConfigItemType = "field"
	AppConfigItemTypeEntitySchema        AppConfigItemType = "entity_schema"
	AppConfigItemTypeContainerSchema     AppConfigItemType = "container_schema"
	AppConfigItemTypePlateSchema         AppConfigItemType = "plate_schema"
	AppConfigItemTypeLocationSchema      AppConfigItemType = "location_schema"
	AppConfigItemTypeBoxSchema           AppConfigItemType = "box_schema"
	AppConfigItemTypeRunSchema           AppConfigItemType = "run_schema"
	AppConfigItemTypeResultSchema        AppConfigItemType = "result_schema"
	AppConfigItemTypeLegacyRequestSchema AppConfigItemType = "legacy_request_schema"
	AppConfigItemTypeEntrySchema         AppConfigItemType = "entry_schema"
	AppConfigItemTypeWorkflowTaskSchema  AppConfigItemType = "workflow_task_schema"
	AppConfigItemTypeDropdown            AppConfigItemType = "dropdown"
	AppConfigItemTypeDropdownOption      AppConfigItemType = "dropdown_option"
	AppConfigItemTypeRegistry            AppConfigItemType = "registry"
	AppConfigItemTypeFolder              AppConfigItemType = "folder"
	AppConfigItemTypeEntry               AppConfigItemType = "entry"
	AppConfigItemTypeWorklist            AppConfigItemType = "worklist"
	AppConfigItemTypeProject             AppConfigItemType = "project"
	AppConfigItemTypeWorkflowTaskStatus  AppConfigItemType = "workflow_task_status"
	AppConfigItemTypeDnaSequence         AppConfigItemType = "dna_sequence"
	AppConfigItemTypeDnaOligo            AppConfigItemType = "dna_oligo"
	AppConfigItemTypeAaSequence          AppConfigItemType = "aa_sequence"
	AppConfigItemTypeCustomEntity        AppConfigItemType = "custom_entity"
	AppConfigItemTypeMixture             AppConfigItemType = "mixture"
	AppConfigItemTypeMolecule            AppConfigItemType = "molecule"
	AppConfigItemTypeRnaOligo            AppConfigItemType = "rna_oligo"
	AppConfigItemTypeRnaSequence         AppConfigItemType = "rna_sequence"
	AppConfigItemTypeBox                 AppConfigItemType = "box"
	AppConfigItemTypeContainer           AppConfigItemType = "container"
	AppConfigItemTypeLocation            AppConfigItemType = "location"
	AppConfigItemTypePlate               AppConfigItemType = "plate"
)

// newAppConfigItem returns a new value of the struct a kind decodes into,
// following the spec's discriminator mapping; nil for a kind the SDK does
// not know.
func newAppConfigItem(t AppConfigItemType) AppConfigItem {
	switch t {
	case AppConfigItemTypeArrayElement:
		return &ArrayElementAppConfigItem{}
	case AppConfigItemTypeBoolean:
		return &BooleanAppConfigItem{}
	case AppConfigItemTypeInteger:
		return &IntegerAppConfigItem{}
	case AppConfigItemTypeFloat:
		return &FloatAppConfigItem{}
	case AppConfigItemTypeText:
		return &TextAppConfigItem{}
	case AppConfigItemTypeDate:
		return &DateAppConfigItem{}
	case AppConfigItemTypeDatetime:
		return &DatetimeAppConfigItem{}
	case AppConfigItemTypeSecureText:
		return &SecureTextAppConfigItem{}
	case AppConfigItemTypeJSON:
		return &JSONAppConfigItem{}
	case AppConfigItemTypeField:
		return &FieldAppConfigItem{}
	case AppConfigItemTypeEntitySchema:
		return &EntitySchemaAppConfigItem{}
	case AppConfigItemTypeContainerSchema, AppConfigItemTypePlateSchema, AppConfigItemTypeLocationSchema,
		AppConfigItemTypeBoxSchema, AppConfigItemTypeRunSchema, AppConfigItemTypeResultSchema,
		AppConfigItemTypeLegacyRequestSchema, AppConfigItemTypeEntrySchema, AppConfigItemTypeWorkflowTaskSchema,
		AppConfigItemTypeDropdown, AppConfigItemTypeDropdownOption, AppConfigItemTypeRegistry,
		AppConfigItemTypeFolder, AppConfigItemTypeEntry, AppConfigItemTypeWorklist, AppConfigItemTypeProject,
		AppConfigItemTypeWorkflowTaskStatus, AppConfigItemTypeDnaSequence, AppConfigItemTypeDnaOligo,
		AppConfigItemTypeAaSequence, AppConfigItemTypeCustomEntity, AppConfigItemTypeMixture,
		AppConfigItemTypeMolecule, AppConfigItemTypeRnaOligo, AppConfigItemTypeRnaSequence,
		AppConfigItemTypeBox, AppConfigItemTypeContainer, AppConfigItemTypeLocation, AppConfigItemTypePlate:
		return &GenericAPIIdentifiedAppConfigItem{}
	}
	return nil
}

// decodeAppConfigItem decodes one item into the struct of its kind, or an
// *UnknownAppConfigItem.
func decodeAppConfigItem(raw json.RawMessage) (AppConfigItem, error) {
	return decodeByKind(raw, "type", "configuration item", func(t string) AppConfigItem { return newAppConfigItem(AppConfigItemType(t)) },
		func(t string, raw json.RawMessage) AppConfigItem {
			u := &UnknownAppConfigItem{Raw: raw}
			// What every kind has, for Item: a property of another shape
			// is left zero rather than failing the item.
			_ = json.Unmarshal(raw, &u.AppConfigItemAPIMixin)
			u.Type = AppConfigItemType(t)
			return u
		})
}

// appConfigItemDecoder decodes configuration items (for listUnion and
// callUnion).
type appConfigItemDecoder struct{}

func (appConfigItemDecoder) decode(raw json.RawMessage) (AppConfigItem, error) {
	return decodeAppConfigItem(raw)
}

// AppConfigItemAPIMixin is what every configuration item has (the spec's
// AppConfigItemApiMixin); each kind embeds it, through BaseAppConfigItem
// for all but array elements.
type AppConfigItemAPIMixin struct {
	// APIURL is the item's URL in the API.
	APIURL string `json:"apiURL,omitempty"`
	// App is the app the item configures.
	App AppSummary `json:"app,omitzero"`
	// CreatedAt is when the item was created.
	CreatedAt time.Time `json:"createdAt,omitzero"`
	// ID is the item's ID (aci_...).
	ID string `json:"id,omitempty"`
	// ModifiedAt is when the item last changed.
	ModifiedAt time.Time `json:"modifiedAt,omitzero"`
	// Path is where the item is in the configuration tree, from the top
	// ({"My Schema 1", "My Field 1"}).
	Path []string `json:"path,omitempty"`
	// Type is the item's kind.
	Type AppConfigItemType `json:"type,omitempty"`
}

// Item returns m itself.
func (m *AppConfigItemAPIMixin) Item() *AppConfigItemAPIMixin { return m }

// BaseAppConfigItem is what every configuration item but an array element
// has; those kinds embed it.
//
// Its fields APIURL, App, CreatedAt, ID, ModifiedAt, Path and Type are in
// the embedded AppConfigItemAPIMixin.
type BaseAppConfigItem struct {
	AppConfigItemAPIMixin
	// Description is the item's description, from the manifest.
	Description string `json:"description,omitempty"`
	// RequiredConfig reports whether the app needs the item set.
	RequiredConfig bool `json:"requiredConfig,omitempty"`
}

// ArrayElementAppConfigItem is an element of a list in the configuration
// tree; the items below it (their Path goes through it) hold its values.
//
// Its fields APIURL, App, CreatedAt, ID, ModifiedAt, Path and Type are in
// the embedded AppConfigItemAPIMixin.
type ArrayElementAppConfigItem struct {
	AppConfigItemAPIMixin
}

// BooleanAppConfigItem is a boolean setting.
//
// Its fields Description, RequiredConfig, APIURL, App, CreatedAt, ID,
// ModifiedAt, Path and Type are in the embedded BaseAppConfigItem.
type BooleanAppConfigItem struct {
	BaseAppConfigItem
	// Value is the setting; nil while unset.
	Value *bool `json:"value,omitempty"`
}

// IntegerAppConfigItem is an integer setting.
//
// Its fields Description, RequiredConfig, APIURL, App, CreatedAt, ID,
// ModifiedAt, Path and Type are in the embedded BaseAppConfigItem.
type IntegerAppConfigItem struct {
	BaseAppConfigItem
	// Value is the setting; nil while unset.
	Value *int `json:"value,omitempty"`
}

// FloatAppConfigItem is a number setting.
//
// Its fields Description, RequiredConfig, APIURL, App, CreatedAt, ID,
// ModifiedAt, Path and Type are in the embedded BaseAppConfigItem.
type FloatAppConfigItem struct {
	BaseAppConfigItem
	// Value is the setting; nil while unset.
	Value *float64 `json:"value,omitempty"`
}

// TextAppConfigItem is a text setting.
//
// Its fields Description, RequiredConfig, APIURL, App, CreatedAt, ID,
// ModifiedAt, Path and Type are in the embedded BaseAppConfigItem.
type TextAppConfigItem struct {
	BaseAppConfigItem
	// Value is the setting; nil while unset.
	Value *string `json:"value,omitempty"`
}

// SecureTextAppConfigItem is a secret setting (an API key of another
// system, say). Benchling returns it encrypted.
//
// Its fields Description, RequiredConfig, APIURL, App, CreatedAt, ID,
// ModifiedAt, Path and Type are in the embedded BaseAppConfigItem.
type SecureTextAppConfigItem struct {
	BaseAppConfigItem
	// Value is the setting as Benchling returns it (encrypted); nil while
	// unset.
	Value *string `json:"value,omitempty"`
}

// DateAppConfigItem is a date setting.
//
// Its fields Description, RequiredConfig, APIURL, App, CreatedAt, ID,
// ModifiedAt, Path and Type are in the embedded BaseAppConfigItem.
type DateAppConfigItem struct {
	BaseAppConfigItem
	// Value is the date, YYYY-MM-DD; nil while unset.
	Value *string `json:"value,omitempty"`
}

// DatetimeAppConfigItem is a date and time setting.
//
// Its fields Description, RequiredConfig, APIURL, App, CreatedAt, ID,
// ModifiedAt, Path and Type are in the embedded BaseAppConfigItem.
type DatetimeAppConfigItem struct {
	BaseAppConfigItem
	// Value is the date and time as Benchling writes it, e.g.
	// "2022-03-18 05:14:35 PM" (see Time); nil while unset.
	Value *string `json:"value,omitempty"`
}

// AppConfigDatetimeLayout is the time.Parse layout of a datetime
// configuration item's value, "2022-03-18 05:14:35 PM" (UTC).
const AppConfigDatetimeLayout = "2006-01-02 03:04:05 PM"

// Time parses Value with AppConfigDatetimeLayout, in UTC. An unset value
// is an error matching ErrAppConfigItem.
func (it *DatetimeAppConfigItem) Time() (time.Time, error) {
	if it.Value == nil {
		return time.Time{}, configError(it.Path, "has no value")
	}
	t, err := time.ParseInLocation(AppConfigDatetimeLayout, *it.Value, time.UTC)
	if err != nil {
		return time.Time{}, fmt.Errorf("benchling: app configuration item %s: %w", pathLabel(it.Path), err)
	}
	return t, nil
}

// JSONAppConfigItem is a setting holding JSON.
//
// Its fields Description, RequiredConfig, APIURL, App, CreatedAt, ID,
// ModifiedAt, Path and Type are in the embedded BaseAppConfigItem.
type JSONAppConfigItem struct {
	BaseAppConfigItem
	// Value is the JSON text; nil while unset.
	Value *string `json:"value,omitempty"`
}

// FieldAppConfigItem names a field of a schema (the schema is the item
// above it in the tree).
//
// Its fields Description, RequiredConfig, APIURL, App, CreatedAt, ID,
// ModifiedAt, Path and Type are in the embedded BaseAppConfigItem.
type FieldAppConfigItem struct {
	BaseAppConfigItem
	// LinkedResource is the field, with its name; nil while unset.
	LinkedResource LinkedAppConfigResource `json:"linkedResource,omitempty"`
	// Value is the field's ID (tsf_...); nil while unset.
	Value *string `json:"value,omitempty"`
}

// EntitySchemaAppConfigItem names an entity schema.
//
// Its fields Description, RequiredConfig, APIURL, App, CreatedAt, ID,
// ModifiedAt, Path and Type are in the embedded BaseAppConfigItem.
type EntitySchemaAppConfigItem struct {
	BaseAppConfigItem
	// LinkedResource is the schema, with its name; nil while unset.
	LinkedResource LinkedAppConfigResource `json:"linkedResource,omitempty"`
	// Subtype is the kind of entity the schema must be for.
	Subtype SchemaDependencySubtypes `json:"subtype,omitempty"`
	// Value is the schema's ID (ts_...); nil while unset.
	Value *string `json:"value,omitempty"`
}

// GenericAPIIdentifiedAppConfigItem names a Benchling resource by its ID:
// a schema of another kind than an entity's, a dropdown or its option, a
// registry, folder, project, entry, worklist, workflow task status, or an
// entity or inventory item (Type says which).
//
// Its fields Description, RequiredConfig, APIURL, App, CreatedAt, ID,
// ModifiedAt, Path and Type are in the embedded BaseAppConfigItem.
type GenericAPIIdentifiedAppConfigItem struct {
	BaseAppConfigItem
	// LinkedResource is the resource, with its name; nil while unset.
	LinkedResource LinkedAppConfigResource `json:"linkedResource,omitempty"`
	// Value is the resource's ID; nil while unset.
	Value *string `json:"value,omitempty"`
}

// SchemaDependencySubtypes is the kind of entity an entity schema item
// requires.
type SchemaDependencySubtypes string

// Entity kinds the spec declares for entity schema items.
const (
	SchemaDependencySubtypesAaSequence   SchemaDependencySubtypes = "aa_sequence"
	SchemaDependencySubtypesDnaSequence  SchemaDependencySubtypes = "dna_sequence"
	SchemaDependencySubtypesCustomEntity SchemaDependencySubtypes = "custom_entity"
	SchemaDependencySubtypesMixture      SchemaDependencySubtypes = "mixture"
	SchemaDependencySubtypesMolecule     SchemaDependencySubtypes = "molecule"
	SchemaDependencySubtypesDnaOligo     SchemaDependencySubtypes = "dna_oligo"
	SchemaDependencySubtypesRnaOligo     SchemaDependencySubtypes = "rna_oligo"
	SchemaDependencySubtypesRnaSequence  SchemaDependencySubtypes = "rna_sequence"
)

// UnknownAppConfigItem is an item of a kind this SDK does not know. Its
// AppConfigItemAPIMixin is decoded from the item as far as it fits; Raw
// keeps the item's JSON, which MarshalJSON returns as is.
//
// Its fields APIURL, App, CreatedAt, ID, ModifiedAt, Path and Type are in
// the embedded AppConfigItemAPIMixin.
type UnknownAppConfigItem struct {
	AppConfigItemAPIMixin
	// Raw is the item's JSON as the server sent it.
	Raw json.RawMessage
}

// MarshalJSON returns Raw; an UnknownAppConfigItem without Raw is an
// error.
func (it *UnknownAppConfigItem) MarshalJSON() ([]byte, error) {
	return rawUnknown(it.Raw, "UnknownAppConfigItem", "item")
}

// UnmarshalJSON decodes the item, its linked resource by its shape.
func (it *FieldAppConfigItem) UnmarshalJSON(b []byte) error {
	type plain FieldAppConfigItem
	var v struct {
		plain
		LinkedResource json.RawMessage `json:"linkedResource"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*it = FieldAppConfigItem(v.plain)
	return decodeLinked(v.LinkedResource, &it.LinkedResource)
}

// UnmarshalJSON decodes the item, its linked resource by its shape.
func (it *EntitySchemaAppConfigItem) UnmarshalJSON(b []byte) error {
	type plain EntitySchemaAppConfigItem
	var v struct {
		plain
		LinkedResource json.RawMessage `json:"linkedResource"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*it = EntitySchemaAppConfigItem(v.plain)
	return decodeLinked(v.LinkedResource, &it.LinkedResource)
}

// UnmarshalJSON decodes the item, its linked resource by its shape.
func (it *GenericAPIIdentifiedAppConfigItem) UnmarshalJSON(b []byte) error {
	type plain GenericAPIIdentifiedAppConfigItem
	var v struct {
		plain
		LinkedResource json.RawMessage `json:"linkedResource"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*it = GenericAPIIdentifiedAppConfigItem(v.plain)
	return decodeLinked(v.LinkedResource, &it.LinkedResource)
}

// decodeLinked decodes a linkedResource (absent or null gives nil) into
// *dst.
func decodeLinked(raw json.RawMessage, dst *LinkedAppConfigResource) error {
	*dst = nil
	if len(raw) == 0 || string(bytes.TrimSpace(raw)) == "null" {
		return nil
	}
	r, err := decodeLinkedAppConfigResource(raw)
	if err != nil {
		return fmt.Errorf("linkedResource: %w", err)
	}
	*dst = r
	return nil
}

// LinkedAppConfigResource is the resource a configuration item names: a
// *LinkedAppConfigResourceSummary, or an *InaccessibleResource when the
// caller may not read it. The set is closed: only this package implements
// the interface.
type LinkedAppConfigResource interface {
	linkedAppConfigResource()
}

// LinkedAppConfigResourceSummary names the resource a configuration item
// links to.
type LinkedAppConfigResourceSummary struct {
	// ID is the resource's ID.
	ID string `json:"id,omitempty"`
	// Name is the resource's name in Benchling.
	Name string `json:"name,omitempty"`
}

func (*LinkedAppConfigResourceSummary) linkedAppConfigResource() {}
func (*InaccessibleResource) linkedAppConfigResource()           {}

// decodeLinkedAppConfigResource tells the two shapes apart by
// InaccessibleResource's resourceType (or inaccessibleId).
func decodeLinkedAppConfigResource(raw json.RawMessage) (LinkedAppConfigResource, error) {
	var head struct {
		ResourceType   *string `json:"resourceType"`
		InaccessibleID *string `json:"inaccessibleId"`
	}
	if err := json.Unmarshal(raw, &head); err != nil {
		return nil, err
	}
	if head.ResourceType != nil || head.InaccessibleID != nil {
		r := &InaccessibleResource{}
		return r, json.Unmarshal(raw, r)
	}
	r := &LinkedAppConfigResourceSummary{}
	return r, json.Unmarshal(raw, r)
}

func (*ArrayElementAppConfigItem) appConfigItem()         {}
func (*BooleanAppConfigItem) appConfigItem()              {}
func (*IntegerAppConfigItem) appConfigItem()              {}
func (*FloatAppConfigItem) appConfigItem()                {}
func (*TextAppConfigItem) appConfigItem()                 {}
func (*SecureTextAppConfigItem) appConfigItem()           {}
func (*DateAppConfigItem) appConfigItem()                 {}
func (*DatetimeAppConfigItem) appConfigItem()             {}
func (*JSONAppConfigItem) appConfigItem()                 {}
func (*FieldAppConfigItem) appConfigItem()                {}
func (*EntitySchemaAppConfigItem) appConfigItem()         {}
func (*GenericAPIIdentifiedAppConfigItem) appConfigItem() {}
func (*UnknownAppConfigItem) appConfigItem()              {}

// AppConfigItemListOptions are the optional parameters of
// AppsService.ListConfigurationItems.
type AppConfigItemListOptions struct {
	ListOptions

	// AppID restricts the list to the items of this app.
	AppID string `url:"appId,omitempty"`
	// IDs restricts the list to these items; an unknown ID is a 400.
	IDs []string `url:"ids,comma,omitempty"`
	// ModifiedAt filters by modification time, e.g. "> 2022-03-01".
	ModifiedAt string `url:"modifiedAt,omitempty"`
	// Sort is the order: createdAt or modifiedAt (the default,
	// modifiedAt:desc), with :asc or :desc.
	Sort Sort `url:"sort,omitempty"`
}

// AppConfigItemCreate is the body of AppsService.CreateConfigurationItem
// and an item of BulkCreateConfigurationItems: an
// *AppConfigItemGenericCreate (a text, date, datetime, secure text or json
// value, or the ID of a linked resource, with its Type), or an
// *AppConfigItemBooleanCreate, *AppConfigItemIntegerCreate,
// *AppConfigItemFloatCreate, *AppConfigItemDateCreate,
// *AppConfigItemDatetimeCreate or *AppConfigItemJSONCreate, whose type is
// set when encoding. The set is closed: only this package implements the
// interface.
type AppConfigItemCreate interface {
	appConfigItemCreate()
}

// AppConfigItemGenericCreate creates an item whose value is a string: the
// ID of a linked resource, or a text, date, datetime, secure text or json
// value.
type AppConfigItemGenericCreate struct {
	// AppID is the app the item configures (app_...).
	AppID string `json:"appId"`
	// Path is where the item goes in the configuration tree.
	Path []string `json:"path"`
	// Type is the item's kind.
	Type AppConfigItemType `json:"type"`
	// Value is the item's value; nil sends null (unset).
	Value *string `json:"value"`
}

// AppConfigItemBooleanCreate creates a boolean item.
type AppConfigItemBooleanCreate struct {
	// AppID is the app the item configures (app_...).
	AppID string `json:"appId"`
	// Path is where the item goes in the configuration tree.
	Path []string `json:"path"`
	// Type is AppConfigItemTypeBoolean (set when encoding).
	Type AppConfigItemType `json:"type"`
	// Value is the item's value; nil sends null (unset).
	Value *bool `json:"value"`
}

// AppConfigItemIntegerCreate creates an integer item.
type AppConfigItemIntegerCreate struct {
	// AppID is the app the item configures (app_...).
	AppID string `json:"appId"`
	// Path is where the item goes in the configuration tree.
	Path []string `json:"path"`
	// Type is AppConfigItemTypeInteger (set when encoding).
	Type AppConfigItemType `json:"type"`
	// Value is the item's value; nil sends null (unset).
	Value *int `json:"value"`
}

// AppConfigItemFloatCreate creates a number item.
type AppConfigItemFloatCreate struct {
	// AppID is the app the item configures (app_...).
	AppID string `json:"appId"`
	// Path is where the item goes in the configuration tree.
	Path []string `json:"path"`
	// Type is AppConfigItemTypeFloat (set when encoding).
	Type AppConfigItemType `json:"type"`
	// Value is the item's value; nil sends null (unset). NaN and
	// infinities cannot be sent.
	Value *float64 `json:"value"`
}

// AppConfigItemDateCreate creates a date item.
type AppConfigItemDateCreate struct {
	// AppID is the app the item configures (app_...).
	AppID string `json:"appId"`
	// Path is where the item goes in the configuration tree.
	Path []string `json:"path"`
	// Type is AppConfigItemTypeDate (set when encoding).
	Type AppConfigItemType `json:"type"`
	// Value is the date, YYYY-MM-DD; nil sends null (unset).
	Value *string `json:"value"`
}

// AppConfigItemDatetimeCreate creates a date and time item.
type AppConfigItemDatetimeCreate struct {
	// AppID is the app the item configures (app_...).
	AppID string `json:"appId"`
	// Path is where the item goes in the configuration tree.
	Path []string `json:"path"`
	// Type is AppConfigItemTypeDatetime (set when encoding).
	Type AppConfigItemType `json:"type"`
	// Value is the date and time in AppConfigDatetimeLayout; nil sends
	// null (unset).
	Value *string `json:"value"`
}

// AppConfigItemJSONCreate creates a JSON item.
type AppConfigItemJSONCreate struct {
	// AppID is the app the item configures (app_...).
	AppID string `json:"appId"`
	// Path is where the item goes in the configuration tree.
	Path []string `json:"path"`
	// Type is AppConfigItemTypeJSON (set when encoding).
	Type AppConfigItemType `json:"type"`
	// Value is the JSON text, which must parse; nil sends null (unset).
	Value *string `json:"value"`
}

// AppConfigItemUpdate is the body of AppsService.UpdateConfigurationItem:
// the item's new value, with its type. An *AppConfigItemGenericUpdate (a
// string value, with its Type), *AppConfigItemBooleanUpdate,
// *AppConfigItemIntegerUpdate, *AppConfigItemFloatUpdate,
// *AppConfigItemDateUpdate, *AppConfigItemDatetimeUpdate or
// *AppConfigItemJSONUpdate. The set is closed: only this package
// implements the interface.
type AppConfigItemUpdate interface {
	appConfigItemUpdate()
}

// AppConfigItemGenericUpdate sets the value of an item whose value is a
// string.
type AppConfigItemGenericUpdate struct {
	// Type is the item's kind.
	Type AppConfigItemType `json:"type"`
	// Value is the new value; nil sends null (unset).
	Value *string `json:"value"`
}

// AppConfigItemBooleanUpdate sets the value of a boolean item.
type AppConfigItemBooleanUpdate struct {
	// Type is AppConfigItemTypeBoolean (set when encoding).
	Type AppConfigItemType `json:"type"`
	// Value is the new value; nil sends null (unset).
	Value *bool `json:"value"`
}

// AppConfigItemIntegerUpdate sets the value of an integer item.
type AppConfigItemIntegerUpdate struct {
	// Type is AppConfigItemTypeInteger (set when encoding).
	Type AppConfigItemType `json:"type"`
	// Value is the new value; nil sends null (unset).
	Value *int `json:"value"`
}

// AppConfigItemFloatUpdate sets the value of a number item.
type AppConfigItemFloatUpdate struct {
	// Type is AppConfigItemTypeFloat (set when encoding).
	Type AppConfigItemType `json:"type"`
	// Value is the new value; nil sends null (unset).
	Value *float64 `json:"value"`
}

// AppConfigItemDateUpdate sets the value of a date item.
type AppConfigItemDateUpdate struct {
	// Type is AppConfigItemTypeDate (set when encoding).
	Type AppConfigItemType `json:"type"`
	// Value is the new date, YYYY-MM-DD; nil sends null (unset).
	Value *string `json:"value"`
}

// AppConfigItemDatetimeUpdate sets the value of a date and time item.
type AppConfigItemDatetimeUpdate struct {
	// Type is AppConfigItemTypeDatetime (set when encoding).
	Type AppConfigItemType `json:"type"`
	// Value is the new date and time in AppConfigDatetimeLayout; nil
	// sends null (unset).
	Value *string `json:"value"`
}

// AppConfigItemJSONUpdate sets the value of a JSON item.
type AppConfigItemJSONUpdate struct {
	// Type is AppConfigItemTypeJSON (set when encoding).
	Type AppConfigItemType `json:"type"`
	// Value is the new JSON text; nil sends null (unset).
	Value *string `json:"value"`
}

// AppConfigItemBulkUpdate is one item of
// AppsService.BulkUpdateConfigurationItems: an item's ID and new value. An
// *AppConfigItemGenericBulkUpdate, *AppConfigItemBooleanBulkUpdate,
// *AppConfigItemIntegerBulkUpdate, *AppConfigItemFloatBulkUpdate,
// *AppConfigItemDateBulkUpdate, *AppConfigItemDatetimeBulkUpdate or
// *AppConfigItemJSONBulkUpdate. The set is closed: only this package
// implements the interface.
type AppConfigItemBulkUpdate interface {
	appConfigItemBulkUpdate()
}

// AppConfigItemGenericBulkUpdate sets the value of an item whose value is
// a string.
type AppConfigItemGenericBulkUpdate struct {
	// ID is the item to update (aci_...).
	ID string `json:"id"`
	// Type is the item's kind.
	Type AppConfigItemType `json:"type"`
	// Value is the new value; nil sends null (unset).
	Value *string `json:"value"`
}

// AppConfigItemBooleanBulkUpdate sets the value of a boolean item.
type AppConfigItemBooleanBulkUpdate struct {
	// ID is the item to update (aci_...).
	ID string `json:"id"`
	// Type is AppConfigItemTypeBoolean (set when encoding).
	Type AppConfigItemType `json:"type"`
	// Value is the new value; nil sends null (unset).
	Value *bool `json:"value"`
}

// AppConfigItemIntegerBulkUpdate sets the value of an integer item.
type AppConfigItemIntegerBulkUpdate struct {
	// ID is the item to update (aci_...).
	ID string `json:"id"`
	// Type is AppConfigItemTypeInteger (set when encoding).
	Type AppConfigItemType `json:"type"`
	// Value is the new value; nil sends null (unset).
	Value *int `json:"value"`
}

// AppConfigItemFloatBulkUpdate sets the value of a number item.
type AppConfigItemFloatBulkUpdate struct {
	// ID is the item to update (aci_...).
	ID string `json:"id"`
	// Type is AppConfigItemTypeFloat (set when encoding).
	Type AppConfigItemType `json:"type"`
	// Value is the new value; nil sends null (unset).
	Value *float64 `json:"value"`
}

// AppConfigItemDateBulkUpdate sets the value of a date item.
type AppConfigItemDateBulkUpdate struct {
	// ID is the item to update (aci_...).
	ID string `json:"id"`
	// Type is AppConfigItemTypeDate (set when encoding).
	Type AppConfigItemType `json:"type"`
	// Value is the new date, YYYY-MM-DD; nil sends null (unset).
	Value *string `json:"value"`
}

// AppConfigItemDatetimeBulkUpdate sets the value of a date and time item.
type AppConfigItemDatetimeBulkUpdate struct {
	// ID is the item to update (aci_...).
	ID string `json:"id"`
	// Type is AppConfigItemTypeDatetime (set when encoding).
	Type AppConfigItemType `json:"type"`
	// Value is the new date and time in AppConfigDatetimeLayout; nil
	// sends null (unset).
	Value *string `json:"value"`
}

// AppConfigItemJSONBulkUpdate sets the value of a JSON item.
type AppConfigItemJSONBulkUpdate struct {
	// ID is the item to update (aci_...).
	ID string `json:"id"`
	// Type is AppConfigItemTypeJSON (set when encoding).
	Type AppConfigItemType `json:"type"`
	// Value is the new JSON text; nil sends null (unset).
	Value *string `json:"value"`
}

// The MarshalJSON methods below set the type of the kinds that have only
// one, and send a path left nil as [].

// MarshalJSON encodes the item with its path.
func (c AppConfigItemGenericCreate) MarshalJSON() ([]byte, error) {
	type plain AppConfigItemGenericCreate
	c.Path = nonNil(c.Path)
	return json.Marshal(plain(c))
}

// MarshalJSON encodes the item with its type and path.
func (c AppConfigItemBooleanCreate) MarshalJSON() ([]byte, error) {
	type plain AppConfigItemBooleanCreate
	c.Type, c.Path = AppConfigItemTypeBoolean, nonNil(c.Path)
	return json.Marshal(plain(c))
}

// MarshalJSON encodes the item with its type and path.
func (c AppConfigItemIntegerCreate) MarshalJSON() ([]byte, error) {
	type plain AppConfigItemIntegerCreate
	c.Type, c.Path = AppConfigItemTypeInteger, nonNil(c.Path)
	return json.Marshal(plain(c))
}

// MarshalJSON encodes the item with its type and path.
func (c AppConfigItemFloatCreate) MarshalJSON() ([]byte, error) {
	type plain AppConfigItemFloatCreate
	c.Type, c.Path = AppConfigItemTypeFloat, nonNil(c.Path)
	return json.Marshal(plain(c))
}

// MarshalJSON encodes the item with its type and path.
func (c AppConfigItemDateCreate) MarshalJSON() ([]byte, error) {
	type plain AppConfigItemDateCreate
	c.Type, c.Path = AppConfigItemTypeDate, nonNil(c.Path)
	return json.Marshal(plain(c))
}

// MarshalJSON encodes the item with its type and path.
func (c AppConfigItemDatetimeCreate) MarshalJSON() ([]byte, error) {
	type plain AppConfigItemDatetimeCreate
	c.Type, c.Path = AppConfigItemTypeDatetime, nonNil(c.Path)
	return json.Marshal(plain(c))
}

// MarshalJSON encodes the item with its type and path.
func (c AppConfigItemJSONCreate) MarshalJSON() ([]byte, error) {
	type plain AppConfigItemJSONCreate
	c.Type, c.Path = AppConfigItemTypeJSON, nonNil(c.Path)
	return json.Marshal(plain(c))
}

// MarshalJSON encodes the update with its type.
func (u AppConfigItemBooleanUpdate) MarshalJSON() ([]byte, error) {
	type plain AppConfigItemBooleanUpdate
	u.Type = AppConfigItemTypeBoolean
	return json.Marshal(plain(u))
}

// MarshalJSON encodes the update with its type.
func (u AppConfigItemIntegerUpdate) MarshalJSON() ([]byte, error) {
	type plain AppConfigItemIntegerUpdate
	u.Type = AppConfigItemTypeInteger
	return json.Marshal(plain(u))
}

// MarshalJSON encodes the update with its type.
func (u AppConfigItemFloatUpdate) MarshalJSON() ([]byte, error) {
	type plain AppConfigItemFloatUpdate
	u.Type = AppConfigItemTypeFloat
	return json.Marshal(plain(u))
}

// MarshalJSON encodes the update with its type.
func (u AppConfigItemDateUpdate) MarshalJSON() ([]byte, error) {
	type plain AppConfigItemDateUpdate
	u.Type = AppConfigItemTypeDate
	return json.Marshal(plain(u))
}

// MarshalJSON encodes the update with its type.
func (u AppConfigItemDatetimeUpdate) MarshalJSON() ([]byte, error) {
	type plain AppConfigItemDatetimeUpdate
	u.Type = AppConfigItemTypeDatetime
	return json.Marshal(plain(u))
}

// MarshalJSON encodes the update with its type.
func (u AppConfigItemJSONUpdate) MarshalJSON() ([]byte, error) {
	type plain AppConfigItemJSONUpdate
	u.Type = AppConfigItemTypeJSON
	return json.Marshal(plain(u))
}

// MarshalJSON encodes the update with its type.
func (u AppConfigItemBooleanBulkUpdate) MarshalJSON() ([]byte, error) {
	type plain AppConfigItemBooleanBulkUpdate
	u.Type = AppConfigItemTypeBoolean
	return json.Marshal(plain(u))
}

// MarshalJSON encodes the update with its type.
func (u AppConfigItemIntegerBulkUpdate) MarshalJSON() ([]byte, error) {
	type plain AppConfigItemIntegerBulkUpdate
	u.Type = AppConfigItemTypeInteger
	return json.Marshal(plain(u))
}

// MarshalJSON encodes the update with its type.
func (u AppConfigItemFloatBulkUpdate) MarshalJSON() ([]byte, error) {
	type plain AppConfigItemFloatBulkUpdate
	u.Type = AppConfigItemTypeFloat
	return json.Marshal(plain(u))
}

// MarshalJSON encodes the update with its type.
func (u AppConfigItemDateBulkUpdate) MarshalJSON() ([]byte, error) {
	type plain AppConfigItemDateBulkUpdate
	u.Type = AppConfigItemTypeDate
	return json.Marshal(plain(u))
}

// MarshalJSON encodes the update with its type.
func (u AppConfigItemDatetimeBulkUpdate) MarshalJSON() ([]byte, error) {
	type plain AppConfigItemDatetimeBulkUpdate
	u.Type = AppConfigItemTypeDatetime
	return json.Marshal(plain(u))
}

// MarshalJSON encodes the update with its type.
func (u AppConfigItemJSONBulkUpdate) MarshalJSON() ([]byte, error) {
	type plain AppConfigItemJSONBulkUpdate
	u.Type = AppConfigItemTypeJSON
	return json.Marshal(plain(u))
}

func (*AppConfigItemGenericCreate) appConfigItemCreate()  {}
func (*AppConfigItemBooleanCreate) appConfigItemCreate()  {}
func (*AppConfigItemIntegerCreate) appConfigItemCreate()  {}
func (*AppConfigItemFloatCreate) appConfigItemCreate()    {}
func (*AppConfigItemDateCreate) appConfigItemCreate()     {}
func (*AppConfigItemDatetimeCreate) appConfigItemCreate() {}
func (*AppConfigItemJSONCreate) appConfigItemCreate()     {}

func (*AppConfigItemGenericUpdate) appConfigItemUpdate()  {}
func (*AppConfigItemBooleanUpdate) appConfigItemUpdate()  {}
func (*AppConfigItemIntegerUpdate) appConfigItemUpdate()  {}
func (*AppConfigItemFloatUpdate) appConfigItemUpdate()    {}
func (*AppConfigItemDateUpdate) appConfigItemUpdate()     {}
func (*AppConfigItemDatetimeUpdate) appConfigItemUpdate() {}
func (*AppConfigItemJSONUpdate) appConfigItemUpdate()     {}

func (*AppConfigItemGenericBulkUpdate) appConfigItemBulkUpdate()  {}
func (*AppConfigItemBooleanBulkUpdate) appConfigItemBulkUpdate()  {}
func (*AppConfigItemIntegerBulkUpdate) appConfigItemBulkUpdate()  {}
func (*AppConfigItemFloatBulkUpdate) appConfigItemBulkUpdate()    {}
func (*AppConfigItemDateBulkUpdate) appConfigItemBulkUpdate()     {}
func (*AppConfigItemDatetimeBulkUpdate) appConfigItemBulkUpdate() {}
func (*AppConfigItemJSONBulkUpdate) appConfigItemBulkUpdate()     {}

// ErrAppConfigItem is matched (errors.Is) by the errors of AppConfiguration's
// lookups: the item is missing, of another kind, or has no value.
var ErrAppConfigItem = errors.New("benchling: app configuration item")

// configError is an ErrAppConfigItem for the item at path.
func configError(path []string, problem string) error {
	return fmt.Errorf("%w %s %s", ErrAppConfigItem, pathLabel(path), problem)
}

// pathLabel writes a configuration path for messages: "Sample" / "Schema".
func pathLabel(path []string) string {
	q := make([]string, len(path))
	for i, p := range path {
		q[i] = fmt.Sprintf("%q", p)
	}
	return strings.Join(q, " / ")
}

// AppConfiguration is an app's configuration: its items by path, as
// AppsService.Configuration reads them (or NewAppConfiguration builds
// them). The typed lookups (Text, Int, LinkedID, ...) return the value of
// the item at a path, or an error matching ErrAppConfigItem that says
// what is wrong: no such item, an item of another kind, or an item with
// no value yet. An AppConfiguration is not changed by its methods and is
// safe for concurrent reads.
type AppConfiguration struct {
	items  []AppConfigItem
	byPath map[string]AppConfigItem
}

// NewAppConfiguration indexes items by their Path. When two items have the
// same path (which Benchling does not allow), the first is kept.
func NewAppConfiguration(items []AppConfigItem) *AppConfiguration {
	c := &AppConfiguration{byPath: make(map[string]AppConfigItem, len(items))}
	for _, it := range items {
		if it == nil {
			continue
		}
		c.items = append(c.items, it)
		k := pathKey(it.Item().Path)
		if _, dup := c.byPath[k]; !dup {
			c.byPath[k] = it
		}
	}
	return c
}

// pathKey joins a path with a separator no name holds.
func pathKey(path []string) string { return strings.Join(path, "\x00") }

// Items returns the items, in the order they were read.
func (c *AppConfiguration) Items() []AppConfigItem { return append([]AppConfigItem(nil), c.items...) }

// Item returns the item at path, or nil.
func (c *AppConfiguration) Item(path ...string) AppConfigItem { return c.byPath[pathKey(path)] }

// LookupAppConfigItem returns the item at path in c if it is a T:
//
//	field, err := benchling.LookupAppConfigItem[*benchling.FieldAppConfigItem](cfg, "Sample", "Concentration")
//
// A missing item, or one of another kind, is an error matching
// ErrAppConfigItem.
func LookupAppConfigItem[T AppConfigItem](c *AppConfiguration, path ...string) (T, error) {
	var zero T
	it := c.Item(path...)
	if it == nil {
		return zero, configError(path, "is not in the configuration")
	}
	t, ok := it.(T)
	if !ok {
		return zero, configError(path, fmt.Sprintf("is a %s item, not a %T", it.Item().Type, zero))
	}
	return t, nil
}

// setValue returns *v, or an error if the item has no value.
func setValue[V any](path []string, v *V) (V, error) {
	if v == nil {
		var zero V
		return zero, configError(path, "has no value")
	}
	return *v, nil
}

// Text returns the value of the text item at path.
func (c *AppConfiguration) Text(path ...string) (string, error) {
	it, err := LookupAppConfigItem[*TextAppConfigItem](c, path...)
	if err != nil {
		return "", err
	}
	return setValue(path, it.Value)
}

// SecureText returns the value of the secure text item at path, as
// Benchling returns it.
func (c *AppConfiguration) SecureText(path ...string) (string, error) {
	it, err := LookupAppConfigItem[*SecureTextAppConfigItem](c, path...)
	if err != nil {
		return "", err
	}
	return setValue(path, it.Value)
}

// Bool returns the value of the boolean item at path.
func (c *AppConfiguration) Bool(path ...string) (bool, error) {
	it, err := LookupAppConfigItem[*BooleanAppConfigItem](c, path...)
	if err != nil {
		return false, err
	}
	return setValue(path, it.Value)
}

// Int returns the value of the integer item at path.
func (c *AppConfiguration) Int(path ...string) (int, error) {
	it, err := LookupAppConfigItem[*IntegerAppConfigItem](c, path...)
	if err != nil {
		return 0, err
	}
	return setValue(path, it.Value)
}

// Float returns the value of the number item at path.
func (c *AppConfiguration) Float(path ...string) (float64, error) {
	it, err := LookupAppConfigItem[*FloatAppConfigItem](c, path...)
	if err != nil {
		return 0, err
	}
	return setValue(path, it.Value)
}

// Date returns the value of the date item at path (YYYY-MM-DD).
func (c *AppConfiguration) Date(path ...string) (string, error) {
	it, err := LookupAppConfigItem[*DateAppConfigItem](c, path...)
	if err != nil {
		return "", err
	}
	return setValue(path, it.Value)
}

// Datetime returns the value of the datetime item at path, parsed.
func (c *AppConfiguration) Datetime(path ...string) (time.Time, error) {
	it, err := LookupAppConfigItem[*DatetimeAppConfigItem](c, path...)
	if err != nil {
		return time.Time{}, err
	}
	return it.Time()
}

// JSON decodes the value of the JSON item at path into dst.
func (c *AppConfiguration) JSON(dst any, path ...string) error {
	it, err := LookupAppConfigItem[*JSONAppConfigItem](c, path...)
	if err != nil {
		return err
	}
	v, err := setValue(path, it.Value)
	if err != nil {
		return err
	}
	if err := json.Unmarshal([]byte(v), dst); err != nil {
		return fmt.Errorf("benchling: app configuration item %s: decoding its JSON: %w", pathLabel(path), err)
	}
	return nil
}

// LinkedID returns the ID that the item at path names: the resource or
// schema of a linked item (a field, an entity schema, or any other
// resource kind). An item of a scalar kind is an error.
func (c *AppConfiguration) LinkedID(path ...string) (string, error) {
	it := c.Item(path...)
	var v *string
	switch it := it.(type) {
	case nil:
		return "", configError(path, "is not in the configuration")
	case *FieldAppConfigItem:
		v = it.Value
	case *EntitySchemaAppConfigItem:
		v = it.Value
	case *GenericAPIIdentifiedAppConfigItem:
		v = it.Value
	default:
		return "", configError(path, fmt.Sprintf("is a %s item, which links to no resource", it.Item().Type))
	}
	return setValue(path, v)
}
