package benchling

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// This file holds the shapes the inventory tags (Containers, Boxes,
// Plates, Locations) share with each other and with other tags: amounts
// with their units, check-out records, sample restrictions, well roles,
// users or teams, batches and what a caller may not see; and the bases
// their types embed (CONTRIBUTING.md §2.5): the list filters, the fields
// of every inventory item and of containers and wells.

// Measurement is an amount with its units, such as a concentration of
// 10 g/mL. Value and Units go together: both are set, or both are nil (no
// measurement). Build one with MeasurementOf.
type Measurement struct {
	// Units are the units of Value, for example "g/mL" or "uM"; nil only
	// when Value is nil too.
	Units *string `json:"units"`
	// Value is the amount; nil only when Units is nil too.
	Value *float64 `json:"value"`
}

// MeasurementOf returns the measurement value units, for example
// MeasurementOf(10, "g/mL"). A value that is NaN or infinite cannot be
// sent: the request that holds it fails to encode and is not sent.
func MeasurementOf(value float64, units string) Measurement {
	return Measurement{Units: &units, Value: &value}
}

// Get returns the value and units, and whether the measurement is set
// (both are non-nil).
func (m Measurement) Get() (value float64, units string, ok bool) {
	if m.Value == nil || m.Units == nil {
		return 0, "", false
	}
	return *m.Value, *m.Units, true
}

// String returns the measurement as "10 g/mL", or "" when it is not set.
func (m Measurement) String() string {
	v, u, ok := m.Get()
	if !ok {
		return ""
	}
	return strconv.FormatFloat(v, 'g', -1, 64) + " " + u
}

// ContainerQuantity is the quantity of a container, well or transfer: a
// volume, mass, amount of substance, cell count or count of items, with
// its units. Build one with QuantityOf. The spec's
// DeprecatedContainerVolumeForResponse (the deprecated "volume" of
// responses) has the same shape.
type ContainerQuantity struct {
	// Units are the units of Value; empty when the quantity has none.
	Units ContainerQuantityUnits `json:"units,omitempty"`
	// Value is the amount; nil when the quantity is not set.
	Value *float64 `json:"value,omitempty"`
}

// QuantityOf returns the quantity value units, for example
// QuantityOf(10, ContainerQuantityUnitsUL) for 10 µL.
func QuantityOf(value float64, units ContainerQuantityUnits) ContainerQuantity {
	return ContainerQuantity{Units: units, Value: &value}
}

// Get returns the value and units, and whether the quantity is set (it
// has a value).
func (q ContainerQuantity) Get() (value float64, units ContainerQuantityUnits, ok bool) {
	if q.Value == nil {
		return 0, q.Units, false
	}
	return *q.Value, q.Units, true
}

// String returns the quantity as "10 uL", or "" when it is not set.
func (q ContainerQuantity) String() string {
	v, u, ok := q.Get()
	if !ok {
		return ""
	}
	return strings.TrimSpace(strconv.FormatFloat(v, 'g', -1, 64) + " " + string(u))
}

// DeprecatedContainerVolumeForResponse is the deprecated "volume" of a
// container or well in responses, the same as its Quantity (it may hold a
// non-volume quantity too).
type DeprecatedContainerVolumeForResponse = ContainerQuantity

// ContainerQuantityUnits are the units of a ContainerQuantity. Unknown
// units still decode.
type ContainerQuantityUnits string

// Units the spec declares for quantities: volumes, masses, amounts of
// substance, cell counts and counts.
const (
	ContainerQuantityUnitsL         ContainerQuantityUnits = "L"
	ContainerQuantityUnitsML        ContainerQuantityUnits = "mL"
	ContainerQuantityUnitsUL        ContainerQuantityUnits = "uL"
	ContainerQuantityUnitsNL        ContainerQuantityUnits = "nL"
	ContainerQuantityUnitsPL        ContainerQuantityUnits = "pL"
	ContainerQuantityUnitsGalUs     ContainerQuantityUnits = "gal (US)"
	ContainerQuantityUnitsQtUs      ContainerQuantityUnits = "qt (US)"
	ContainerQuantityUnitsPtUs      ContainerQuantityUnits = "pt (US)"
	ContainerQuantityUnitsKg        ContainerQuantityUnits = "kg"
	ContainerQuantityUnitsG         ContainerQuantityUnits = "g"
	ContainerQuantityUnitsMg        ContainerQuantityUnits = "mg"
	ContainerQuantityUnitsUg        ContainerQuantityUnits = "ug"
	ContainerQuantityUnitsNg        ContainerQuantityUnits = "ng"
	ContainerQuantityUnitsPg        ContainerQuantityUnits = "pg"
	ContainerQuantityUnitsLb        ContainerQuantityUnits = "lb"
	ContainerQuantityUnitsOz        ContainerQuantityUnits = "oz"
	ContainerQuantityUnitsMol       ContainerQuantityUnits = "mol"
	ContainerQuantityUnitsMmol      ContainerQuantityUnits = "mmol"
	ContainerQuantityUnitsUmol      ContainerQuantityUnits = "umol"
	ContainerQuantityUnitsNmol      ContainerQuantityUnits = "nmol"
	ContainerQuantityUnitsPmol      ContainerQuantityUnits = "pmol"
	ContainerQuantityUnitsCells     ContainerQuantityUnits = "cells"
	ContainerQuantityUnitsX103Cells ContainerQuantityUnits = "(x10^3) cells"
	ContainerQuantityUnitsX104Cells ContainerQuantityUnits = "(x10^4) cells"
	ContainerQuantityUnitsX105Cells ContainerQuantityUnits = "(x10^5) cells"
	ContainerQuantityUnitsX106Cells ContainerQuantityUnits = "(x10^6) cells"
	ContainerQuantityUnitsX107Cells ContainerQuantityUnits = "(x10^7) cells"
	ContainerQuantityUnitsX108Cells ContainerQuantityUnits = "(x10^8) cells"
	ContainerQuantityUnitsX109Cells ContainerQuantityUnits = "(x10^9) cells"
	ContainerQuantityUnitsItems     ContainerQuantityUnits = "items"
	ContainerQuantityUnitsUnits     ContainerQuantityUnits = "units"
)

// DeprecatedContainerVolumeForInput is a volume in the deprecated
// "volume" keys of requests (Volume, TransferVolume, ...); send a
// ContainerQuantity in the "quantity" keys instead, which also takes
// masses and counts.
type DeprecatedContainerVolumeForInput struct {
	// Units are the units of Value.
	Units DeprecatedContainerVolumeForInputUnits `json:"units,omitempty"`
	// Value is the volume.
	Value *float64 `json:"value,omitempty"`
}

// DeprecatedContainerVolumeForInputUnits are the volume units of a
// DeprecatedContainerVolumeForInput.
type DeprecatedContainerVolumeForInputUnits string

// Volume units the spec declares for the deprecated volume keys.
const (
	DeprecatedContainerVolumeForInputUnitsPL DeprecatedContainerVolumeForInputUnits = "pL"
	DeprecatedContainerVolumeForInputUnitsNL DeprecatedContainerVolumeForInputUnits = "nL"
	DeprecatedContainerVolumeForInputUnitsUL DeprecatedContainerVolumeForInputUnits = "uL"
	DeprecatedContainerVolumeForInputUnitsML DeprecatedContainerVolumeForInputUnits = "mL"
	DeprecatedContainerVolumeForInputUnitsL  DeprecatedContainerVolumeForInputUnits = "L"
)

// CheckoutRecord says whether a container is available, reserved or
// checked out, and by whom.
type CheckoutRecord struct {
	// Assignee is the user or team the container is reserved for or
	// checked out to; nil when it is available.
	Assignee UserOrTeamSummary `json:"assignee,omitempty"`
	// Comment is the comment of the last check-out, check-in or
	// reservation.
	Comment string `json:"comment,omitempty"`
	// ModifiedAt is when the container was last checked out, checked in or
	// reserved.
	ModifiedAt time.Time `json:"modifiedAt,omitzero"`
	// Status is the container's check-out status.
	Status CheckoutRecordStatus `json:"status,omitempty"`
}

// UnmarshalJSON decodes a record, its Assignee into *UserSummary or
// *TeamSummary.
func (r *CheckoutRecord) UnmarshalJSON(b []byte) error {
	type plain CheckoutRecord
	var v struct {
		plain
		Assignee json.RawMessage `json:"assignee"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*r = CheckoutRecord(v.plain)
	a, err := decodeUserOrTeamSummary(v.Assignee)
	if err != nil {
		return fmt.Errorf("assignee: %w", err)
	}
	r.Assignee = a
	return nil
}

// CheckoutRecordStatus is the check-out status of a container; the
// checkoutStatus filter of Containers.List takes it too.
type CheckoutRecordStatus string

// Check-out statuses the spec declares.
const (
	CheckoutRecordStatusAvailable  CheckoutRecordStatus = "AVAILABLE"
	CheckoutRecordStatusReserved   CheckoutRecordStatus = "RESERVED"
	CheckoutRecordStatusCheckedOut CheckoutRecordStatus = "CHECKED_OUT"
)

// SampleRestrictionStatus says whether only a container's restricted
// sample parties may use it. Plate wells are always
// SampleRestrictionStatusNotApplicable.
type SampleRestrictionStatus string

// Restriction statuses the spec declares.
const (
	SampleRestrictionStatusRestricted    SampleRestrictionStatus = "RESTRICTED"
	SampleRestrictionStatusUnrestricted  SampleRestrictionStatus = "UNRESTRICTED"
	SampleRestrictionStatusNotApplicable SampleRestrictionStatus = "NOT_APPLICABLE"
)

// ExperimentalWellRole is the role of a well in a plate experiment: a
// sample, a control, a standard or a blank, in a numbered group.
type ExperimentalWellRole struct {
	// Group is the number of the well's group.
	Group *int `json:"group,omitempty"`
	// PrimaryRole is the well's role.
	PrimaryRole ExperimentalWellRolePrimaryRole `json:"primaryRole,omitempty"`
	// Subrole refines the role, in the tenant's own terms.
	Subrole *string `json:"subrole,omitempty"`
}

// ExperimentalWellRolePrimaryRole is the role of a well.
type ExperimentalWellRolePrimaryRole string

// Well roles the spec declares.
const (
	ExperimentalWellRolePrimaryRoleSample   ExperimentalWellRolePrimaryRole = "SAMPLE"
	ExperimentalWellRolePrimaryRoleControl  ExperimentalWellRolePrimaryRole = "CONTROL"
	ExperimentalWellRolePrimaryRoleStandard ExperimentalWellRolePrimaryRole = "STANDARD"
	ExperimentalWellRolePrimaryRoleBlank    ExperimentalWellRolePrimaryRole = "BLANK"
)

// InventorySort orders the lists of containers, boxes, plates and
// locations: a field (barcode, createdAt, modifiedAt, name) with an
// optional direction. The server's default is by modification time: the
// spec gives InventorySortModifiedAtDesc for boxes and plates and
// InventorySortModifiedAt for locations and containers.
type InventorySort string

// Orders of the inventory lists.
const (
	InventorySortBarcode        InventorySort = "barcode"
	InventorySortBarcodeAsc     InventorySort = "barcode:asc"
	InventorySortBarcodeDesc    InventorySort = "barcode:desc"
	InventorySortCreatedAt      InventorySort = "createdAt"
	InventorySortCreatedAtAsc   InventorySort = "createdAt:asc"
	InventorySortCreatedAtDesc  InventorySort = "createdAt:desc"
	InventorySortModifiedAt     InventorySort = "modifiedAt"
	InventorySortModifiedAtAsc  InventorySort = "modifiedAt:asc"
	InventorySortModifiedAtDesc InventorySort = "modifiedAt:desc"
	InventorySortName           InventorySort = "name"
	InventorySortNameAsc        InventorySort = "name:asc"
	InventorySortNameDesc       InventorySort = "name:desc"
)

// InventoryListFilters are the filters that the lists of boxes, plates,
// locations and containers take alike: schema and schema fields, creation
// and modification time, name, location, archive state, IDs, barcodes
// and creator. BoxListOptions, PlateListOptions, LocationListOptions and
// ContainerListOptions embed it beside ListOptions and the filters of
// their kind alone, so that code that searches any kind of inventory
// builds the filters once:
//
//	f := benchling.InventoryListFilters{AncestorStorageID: "loc_1", SchemaID: "boxsch_1"}
//	boxes, _, err := client.Boxes.List(ctx, &benchling.BoxListOptions{InventoryListFilters: f})
//
// A field can also be set by assignment, as the kind's own:
// opts.AncestorStorageID = "loc_1". All filters are optional; list
// filters take at most 100 values.
type InventoryListFilters struct {
	// Sort orders the results by barcode, name, creation or modification
	// time; the default is by modification time (InventorySortModifiedAtDesc
	// for boxes and plates, InventorySortModifiedAt for locations and
	// containers).
	Sort InventorySort `url:"sort,omitempty"`
	// SchemaID restricts results to a schema; required with SchemaFields.
	SchemaID string `url:"schemaId,omitempty"`
	// SchemaFields filter by schema field values.
	SchemaFields SchemaFieldFilters `url:"schemaFields,omitempty"`
	// CreatedAt filters by creation time with an expression such as
	// "> 2022-03-01" or "> 2022-03-01 AND < 2022-04-01".
	CreatedAt string `url:"createdAt,omitempty"`
	// ModifiedAt filters by modification time, like CreatedAt.
	ModifiedAt string `url:"modifiedAt,omitempty"`
	// Name matches a name exactly.
	Name string `url:"name,omitempty"`
	// NameIncludes matches names containing it.
	NameIncludes string `url:"nameIncludes,omitempty"`
	// AncestorStorageID restricts results to what is inside this storage
	// (a location; for locations and containers also a box or plate), at
	// any depth.
	AncestorStorageID string `url:"ancestorStorageId,omitempty"`
	// ArchiveReason filters by archive reason: a reason, or one of
	// ArchiveFilterNotArchived (the default), ArchiveFilterAnyArchived and
	// ArchiveFilterAll.
	ArchiveReason string `url:"archiveReason,omitempty"`
	// IDs restricts results to these items; an unknown ID is a 400.
	IDs []string `url:"ids,comma,omitempty"`
	// Barcodes restricts results to these barcodes; an unknown barcode is
	// a 400.
	Barcodes []string `url:"barcodes,comma,omitempty"`
	// NamesAnyOf matches any of these names, case-insensitively.
	NamesAnyOf []string `url:"names.anyOf,comma,omitempty"`
	// NamesAnyOfCaseSensitive is NamesAnyOf, case-sensitively.
	NamesAnyOfCaseSensitive []string `url:"names.anyOf.caseSensitive,comma,omitempty"`
	// CreatorIDs restricts results to these creators.
	CreatorIDs []string `url:"creatorIds,comma,omitempty"`
}

// StorageCountFilters filter the lists of boxes and plates (the storage
// with positions) by how many of their positions are free and how many
// of their containers (a plate's wells) hold nothing. BoxListOptions and
// PlateListOptions embed it beside InventoryListFilters:
//
//	opts := &benchling.BoxListOptions{StorageCountFilters: benchling.StorageCountFilters{EmptyPositionsGte: benchling.Ptr(10)}}
//
// or, by assignment, opts.EmptyPositionsGte = benchling.Ptr(10). The
// counts are pointers, so that 0 can be asked for: Ptr(0).
type StorageCountFilters struct {
	// EmptyPositions lists the items with exactly this many free
	// positions.
	EmptyPositions *int `url:"emptyPositions,omitempty"`
	// EmptyPositionsGte lists the items with at least this many free
	// positions.
	EmptyPositionsGte *int `url:"emptyPositions.gte,omitempty"`
	// EmptyPositionsGt lists the items with more free positions than this.
	EmptyPositionsGt *int `url:"emptyPositions.gt,omitempty"`
	// EmptyPositionsLte lists the items with at most this many free
	// positions.
	EmptyPositionsLte *int `url:"emptyPositions.lte,omitempty"`
	// EmptyPositionsLt lists the items with fewer free positions than this.
	EmptyPositionsLt *int `url:"emptyPositions.lt,omitempty"`
	// EmptyContainers lists the items with exactly this many empty
	// containers.
	EmptyContainers *int `url:"emptyContainers,omitempty"`
	// EmptyContainersGte lists the items with at least this many empty
	// containers.
	EmptyContainersGte *int `url:"emptyContainers.gte,omitempty"`
	// EmptyContainersGt lists the items with more empty containers than
	// this.
	EmptyContainersGt *int `url:"emptyContainers.gt,omitempty"`
	// EmptyContainersLte lists the items with at most this many empty
	// containers.
	EmptyContainersLte *int `url:"emptyContainers.lte,omitempty"`
	// EmptyContainersLt lists the items with fewer empty containers than
	// this.
	EmptyContainersLt *int `url:"emptyContainers.lt,omitempty"`
}

// InventoryItemBase holds what every item of the inventory (a Box, a
// Plate, a Location, a Container and a plate's Well) has alike: its ID,
// name, schema and schema fields, where it is, who created it, its archive
// record and its page. Each of those types embeds it, so that its fields
// read as the type's own (box.ID, well.ParentStorageID) and code that
// handles any kind of inventory takes the base:
//
//	func describe(it benchling.InventoryItemBase) string { return it.ID + " " + it.Name }
//	describe(box.InventoryItemBase)
//
// A literal names it: benchling.Box{InventoryItemBase:
// benchling.InventoryItemBase{ID: "box_1", Name: "Box 1"}, Size: 81}.
type InventoryItemBase struct {
	// ArchiveRecord says why the item was archived; nil when it is not.
	ArchiveRecord *ArchiveRecord `json:"archiveRecord,omitempty"`
	// Creator is the user who created the item.
	Creator UserSummary `json:"creator,omitzero"`
	// Fields are the item's schema fields.
	Fields Fields `json:"fields,omitempty"`
	// ID is the item's ID: box_..., plt_..., loc_..., or con_... for a
	// container or a well.
	ID string `json:"id,omitempty"`
	// Name is the item's name; a box, plate, container or well created
	// without one is named after its barcode.
	Name string `json:"name,omitempty"`
	// ParentStorageID is where the item is: the location that holds it
	// (loc_...), or, for a container, a box or plate and a position
	// ("box_123:A1"; a well's is its plate's, "plt_2bAks9dx:A2"); nil if
	// nowhere (a location at the top).
	ParentStorageID *string `json:"parentStorageId,omitempty"`
	// Schema is the item's schema; nil when it has none.
	Schema *SchemaSummary `json:"schema,omitempty"`
	// WebURL is the item's page in the Benchling web app.
	WebURL string `json:"webURL,omitempty"`
}

// ContainerBase holds what a Container and a plate's Well (a container
// whose place is fixed) have alike beyond InventoryItemBase: what they
// hold and how much, their check-out record, sample owners and
// restrictions, role in an experiment, project and times. Both embed it
// beside InventoryItemBase; they differ in Barcode and
// ParentStorageSchema (nullable for a container) and in the well's
// ResourceType. A literal names it: benchling.Container{ContainerBase:
// benchling.ContainerBase{Quantity: benchling.QuantityOf(10, benchling.ContainerQuantityUnitsML)}}.
type ContainerBase struct {
	// CheckoutRecord says whether the container is available, reserved or
	// checked out, and for whom.
	CheckoutRecord CheckoutRecord `json:"checkoutRecord,omitzero"`
	// Contents are what the container holds: entities or batches, each
	// with its concentration.
	Contents []ContainerContent `json:"contents,omitempty"`
	// CreatedAt is when the container was created.
	CreatedAt time.Time `json:"createdAt,omitzero"`
	// ModifiedAt is when the container was last modified.
	ModifiedAt time.Time `json:"modifiedAt,omitzero"`
	// ProjectID is the project the container belongs to; nil if none.
	ProjectID *string `json:"projectId,omitempty"`
	// Quantity is how much the container holds.
	Quantity ContainerQuantity `json:"quantity,omitzero"`
	// RestrictedSampleParties are the users and teams who may use a
	// restricted container (wells of well plates have none).
	RestrictedSampleParties UserOrTeamSummaries `json:"restrictedSampleParties,omitempty"`
	// RestrictionStatus says whether only the restricted sample parties
	// may use the container; SampleRestrictionStatusNotApplicable for
	// wells of well plates.
	RestrictionStatus SampleRestrictionStatus `json:"restrictionStatus,omitempty"`
	// Role is the role of a well of a well plate in an experiment; nil if
	// none.
	Role *ExperimentalWellRole `json:"role,omitempty"`
	// SampleOwners are the users and teams who own the container's sample
	// (wells of well plates have none).
	SampleOwners UserOrTeamSummaries `json:"sampleOwners,omitempty"`
	// Volume is the container's quantity under its older name.
	//
	// Deprecated: use Quantity.
	Volume DeprecatedContainerVolumeForResponse `json:"volume,omitzero"`
}

// InventoryArchiveBase holds what the bodies that archive boxes,
// containers and locations (BoxesArchive, ContainersArchive and
// LocationsArchive) set alike beside their list of IDs: the reason and
// whether to remove barcodes. Each embeds it. (PlatesArchive does not: its
// ShouldRemoveBarcodes is required.) A literal names it:
//
//	body := &benchling.BoxesArchive{BoxIDs: ids, InventoryArchiveBase: benchling.InventoryArchiveBase{
//		Reason: benchling.EntityArchiveReasonRetired,
//	}}
//
// or, by assignment, body.Reason = benchling.EntityArchiveReasonRetired.
type InventoryArchiveBase struct {
	// Reason is why the items are archived (required). Locations take
	// EntityArchiveReasonMadeInError, EntityArchiveReasonRetired and
	// EntityArchiveReasonOther only.
	Reason EntityArchiveReason `json:"reason"`
	// ShouldRemoveBarcodes removes the barcodes of the archived items and
	// of the items archived with them (the containers in a box, what a
	// location holds), so that new items can take them.
	ShouldRemoveBarcodes *bool `json:"shouldRemoveBarcodes,omitempty"`
}

// UserOrTeamSummary is a user or a team: the assignee of a check-out, a
// sample owner, a restricted sample party. It is a *UserSummary (which
// has a handle) or a *TeamSummary; a value that is neither decodes into
// *UnknownUserOrTeamSummary with its JSON kept. Read it with a type
// switch:
//
//	switch p := record.Assignee.(type) {
//	case *benchling.UserSummary:
//		fmt.Println("user", p.Handle)
//	case *benchling.TeamSummary:
//		fmt.Println("team", p.Name)
//	}
//
// The set is closed: only this package implements the interface.
type UserOrTeamSummary interface {
	userOrTeamSummary()
}

func (*UserSummary) userOrTeamSummary()              {}
func (*TeamSummary) userOrTeamSummary()              {}
func (*UnknownUserOrTeamSummary) userOrTeamSummary() {}

// UnknownUserOrTeamSummary is a user-or-team value that is neither a user
// (it has no handle, and its ID is not a user's ent_...) nor a team (its
// ID is not team_...). Raw keeps its JSON, which MarshalJSON returns.
type UnknownUserOrTeamSummary struct {
	// ID is the value's "id", if it has one.
	ID string
	// Raw is the value's JSON as the server sent it.
	Raw json.RawMessage
}

// MarshalJSON returns Raw, or {"id": ID} when Raw is empty.
func (u *UnknownUserOrTeamSummary) MarshalJSON() ([]byte, error) {
	if len(u.Raw) > 0 {
		if !json.Valid(u.Raw) {
			return nil, errors.New("benchling: UnknownUserOrTeamSummary.Raw is not valid JSON")
		}
		return u.Raw, nil
	}
	return json.Marshal(map[string]string{"id": u.ID})
}

// decodeUserOrTeamSummary decodes a user or a team: a *UserSummary when
// it has a handle or a user's ID (ent_...), a *TeamSummary when its ID is
// a team's (team_...), else an *UnknownUserOrTeamSummary. null (or
// nothing) is nil.
func decodeUserOrTeamSummary(raw json.RawMessage) (UserOrTeamSummary, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return nil, nil
	}
	var head struct {
		Handle *string `json:"handle"`
		ID     string  `json:"id"`
	}
	if err := json.Unmarshal(raw, &head); err != nil {
		return nil, err
	}
	var v UserOrTeamSummary
	switch {
	case head.Handle != nil || strings.HasPrefix(head.ID, "ent_"):
		v = &UserSummary{}
	case strings.HasPrefix(head.ID, "team_"):
		v = &TeamSummary{}
	default:
		return &UnknownUserOrTeamSummary{ID: head.ID, Raw: bytes.Clone(raw)}, nil
	}
	if err := json.Unmarshal(raw, v); err != nil {
		return nil, err
	}
	return v, nil
}

// UserOrTeamSummaries is a list of users and teams (the sample owners or
// restricted sample parties of a container), each decoded as
// UserOrTeamSummary says.
type UserOrTeamSummaries []UserOrTeamSummary

// UnmarshalJSON decodes a JSON array of users and teams.
func (s *UserOrTeamSummaries) UnmarshalJSON(b []byte) error {
	v, err := decodeUnionList(b, "user or team", decodeUserOrTeamSummary)
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// MarshalJSON encodes the list as a JSON array; a nil item is an error.
func (s UserOrTeamSummaries) MarshalJSON() ([]byte, error) {
	return encodeUnionList(s, "user or team")
}

// InaccessibleResource stands for an item the caller may not read (a
// restricted sample, an entity in a project they cannot see): only its ID
// and kind are given.
type InaccessibleResource struct {
	// InaccessibleID is the item's ID.
	InaccessibleID string `json:"inaccessibleId,omitempty"`
	// ResourceType is always InaccessibleResourceResourceTypeInaccessibleResource.
	ResourceType InaccessibleResourceResourceType `json:"resourceType,omitempty"`
	// Type is the item's kind, for example "custom_entity", "container",
	// "plate" or "dna_sequence".
	Type string `json:"type,omitempty"`
}

// InaccessibleResourceResourceType is the resourceType of an
// InaccessibleResource, which tells it apart in the unions that hold one.
type InaccessibleResourceResourceType string

// The one resource type of an InaccessibleResource.
const (
	InaccessibleResourceResourceTypeInaccessibleResource InaccessibleResourceResourceType = "inaccessible_resource"
)

// isInaccessible reports whether raw is an InaccessibleResource: its
// resourceType says so.
func isInaccessible(raw json.RawMessage) (bool, error) {
	var head struct {
		ResourceType *string `json:"resourceType"`
	}
	if err := json.Unmarshal(raw, &head); err != nil {
		return false, err
	}
	return head.ResourceType != nil && *head.ResourceType == string(InaccessibleResourceResourceTypeInaccessibleResource), nil
}

// isNullJSON reports whether raw is absent or JSON null.
func isNullJSON(raw json.RawMessage) bool {
	raw = bytes.TrimSpace(raw)
	return len(raw) == 0 || string(raw) == "null"
}

// Batch is a batch of an entity: a lot of a registered entity, with its
// own fields and default concentration.
type Batch struct {
	// ArchiveRecord says why the batch was archived; nil when it is not.
	ArchiveRecord *ArchiveRecord `json:"archiveRecord,omitempty"`
	// CreatedAt is when the batch was created.
	CreatedAt time.Time `json:"createdAt,omitzero"`
	// Creator is the user who created the batch.
	Creator UserSummary `json:"creator,omitzero"`
	// DefaultConcentration is the batch's concentration where a container
	// content does not give one.
	DefaultConcentration Measurement `json:"defaultConcentration,omitzero"`
	// Entity is the entity the batch is of: a *DnaSequenceSummary,
	// *AaSequenceSummary or *CustomEntitySummary.
	Entity BatchEntity `json:"entity,omitempty"`
	// Fields are the batch's schema fields.
	Fields Fields `json:"fields,omitempty"`
	// ID is the batch's ID (bat_...).
	ID string `json:"id,omitempty"`
	// ModifiedAt is when the batch was last modified.
	ModifiedAt time.Time `json:"modifiedAt,omitzero"`
	// Name is the batch's name.
	Name string `json:"name,omitempty"`
	// Schema is the batch's schema; nil when it has none.
	Schema *SchemaSummary `json:"schema,omitempty"`
	// WebURL is the batch's page in the Benchling web app.
	WebURL string `json:"webURL,omitempty"`
}

// UnmarshalJSON decodes a batch, its Entity into the summary of its kind.
func (b *Batch) UnmarshalJSON(data []byte) error {
	type plain Batch
	var v struct {
		plain
		Entity json.RawMessage `json:"entity"`
	}
	if err := json.Unmarshal(data, &v); err != nil {
		return err
	}
	*b = Batch(v.plain)
	e, err := decodeBatchEntity(v.Entity)
	if err != nil {
		return fmt.Errorf("batch entity: %w", err)
	}
	b.Entity = e
	return nil
}

// BatchEntity names the entity of a batch, by its kind: a
// *DnaSequenceSummary, *AaSequenceSummary or *CustomEntitySummary, told
// apart by the JSON "entityType"; a kind this SDK does not know decodes
// into *UnknownBatchEntity with its JSON kept. The set is closed: only
// this package implements the interface.
type BatchEntity interface {
	// Kind returns the entity's kind, the JSON "entityType" property.
	Kind() EntityType
	batchEntity()
}

func (*DnaSequenceSummary) batchEntity()  {}
func (*AaSequenceSummary) batchEntity()   {}
func (*CustomEntitySummary) batchEntity() {}
func (*UnknownBatchEntity) batchEntity()  {}

// Kind returns EntityTypeDnaSequence.
func (*DnaSequenceSummary) Kind() EntityType { return EntityTypeDnaSequence }

// Kind returns EntityTypeAaSequence.
func (*AaSequenceSummary) Kind() EntityType { return EntityTypeAaSequence }

// Kind returns EntityTypeCustomEntity.
func (*CustomEntitySummary) Kind() EntityType { return EntityTypeCustomEntity }

// Kind returns the kind the server sent.
func (u *UnknownBatchEntity) Kind() EntityType { return u.EntityType }

// DnaSequenceSummary names a DNA sequence.
type DnaSequenceSummary struct {
	// EntityType is EntityTypeDnaSequence.
	EntityType EntityType `json:"entityType,omitempty"`
	// ID is the sequence's ID (seq_...).
	ID string `json:"id,omitempty"`
	// Type is the entity's kind, the older spelling of EntityType.
	//
	// Deprecated: use EntityType.
	Type string `json:"type,omitempty"`
}

// AaSequenceSummary names an AA sequence.
type AaSequenceSummary struct {
	// EntityType is EntityTypeAaSequence.
	EntityType EntityType `json:"entityType,omitempty"`
	// ID is the sequence's ID (prtn_...).
	ID string `json:"id,omitempty"`
	// Type is the entity's kind, the older spelling of EntityType.
	//
	// Deprecated: use EntityType.
	Type string `json:"type,omitempty"`
}

// CustomEntitySummary names a custom entity.
type CustomEntitySummary struct {
	// EntityType is EntityTypeCustomEntity.
	EntityType EntityType `json:"entityType,omitempty"`
	// ID is the custom entity's ID (bfi_...).
	ID string `json:"id,omitempty"`
	// Type is the entity's kind, the older spelling of EntityType.
	//
	// Deprecated: use EntityType.
	Type string `json:"type,omitempty"`
}

// UnknownBatchEntity is the entity of a batch of a kind this SDK does not
// know (or with no entityType). Raw keeps its JSON, which MarshalJSON
// returns.
type UnknownBatchEntity struct {
	// EntityType is the entity's "entityType"; empty if it had none.
	EntityType EntityType
	// ID is the entity's "id".
	ID string
	// Raw is the entity's JSON as the server sent it.
	Raw json.RawMessage
}

// MarshalJSON returns Raw, or {"entityType": EntityType, "id": ID} when
// Raw is empty.
func (u *UnknownBatchEntity) MarshalJSON() ([]byte, error) {
	if len(u.Raw) > 0 {
		if !json.Valid(u.Raw) {
			return nil, errors.New("benchling: UnknownBatchEntity.Raw is not valid JSON")
		}
		return u.Raw, nil
	}
	return json.Marshal(map[string]string{"entityType": string(u.EntityType), "id": u.ID})
}

// decodeBatchEntity decodes a batch's entity by its entityType, following
// the spec's discriminator mapping; null is nil.
func decodeBatchEntity(raw json.RawMessage) (BatchEntity, error) {
	if isNullJSON(raw) {
		return nil, nil
	}
	var head struct {
		EntityType any    `json:"entityType"`
		ID         string `json:"id"`
	}
	if err := json.Unmarshal(raw, &head); err != nil {
		return nil, err
	}
	t, _ := head.EntityType.(string)
	var e BatchEntity
	switch EntityType(t) {
	case EntityTypeDnaSequence:
		e = &DnaSequenceSummary{}
	case EntityTypeAaSequence:
		e = &AaSequenceSummary{}
	case EntityTypeCustomEntity:
		e = &CustomEntitySummary{}
	default:
		return &UnknownBatchEntity{EntityType: EntityType(t), ID: head.ID, Raw: bytes.Clone(bytes.TrimSpace(raw))}, nil
	}
	if err := json.Unmarshal(raw, e); err != nil {
		return nil, fmt.Errorf("decoding %s: %w", t, err)
	}
	return e, nil
}

// BatchOrInaccessibleResource is a batch the caller may read (a *Batch) or
// one they may not (an *InaccessibleResource, told apart by its
// resourceType). The set is closed: only this package implements the
// interface.
type BatchOrInaccessibleResource interface {
	batchOrInaccessibleResource()
}

func (*Batch) batchOrInaccessibleResource()                {}
func (*InaccessibleResource) batchOrInaccessibleResource() {}

// decodeBatchOrInaccessibleResource decodes a batch or an inaccessible
// resource; null is nil.
func decodeBatchOrInaccessibleResource(raw json.RawMessage) (BatchOrInaccessibleResource, error) {
	if isNullJSON(raw) {
		return nil, nil
	}
	inacc, err := isInaccessible(raw)
	if err != nil {
		return nil, err
	}
	var v BatchOrInaccessibleResource = &Batch{}
	if inacc {
		v = &InaccessibleResource{}
	}
	if err := json.Unmarshal(raw, v); err != nil {
		return nil, err
	}
	return v, nil
}

// BatchOrEntityBase holds what a container's content (ContainerContent)
// and a legacy request's sample (RequestResponseSample) have alike: the
// batch or the entity it is (the other is nil), either of which may be a
// resource the caller cannot read. Both embed it, so that content.Batch
// and sample.Entity read as their own, and code that handles either takes
// the base: describe(content.BatchOrEntityBase),
// describe(sample.BatchOrEntityBase). Each holder's UnmarshalJSON decodes
// Batch and Entity by their kinds (the base has no encoding method of its
// own, CONTRIBUTING.md §2.5).
type BatchOrEntityBase struct {
	// Batch is the batch (a *Batch, or an *InaccessibleResource the caller
	// may not read); nil when it is an entity.
	Batch BatchOrInaccessibleResource `json:"batch,omitempty"`
	// Entity is the entity (one of the Entity kinds, or an
	// *InaccessibleResource the caller may not read); nil when it is a
	// batch.
	Entity EntityOrInaccessibleResource `json:"entity,omitempty"`
}

// batchOrEntityJSON is the raw batch and entity of a holder of a
// BatchOrEntityBase. A holder's UnmarshalJSON embeds it beside its plain
// type, whose base's fields (one level deeper) it shadows, and decodes
// them with decode.
type batchOrEntityJSON struct {
	Batch  json.RawMessage `json:"batch"`
	Entity json.RawMessage `json:"entity"`
}

// decode decodes the raw batch and entity into base by their kinds; what
// names the holder in an error.
func (r *batchOrEntityJSON) decode(base *BatchOrEntityBase, what string) error {
	batch, err := decodeBatchOrInaccessibleResource(r.Batch)
	if err != nil {
		return fmt.Errorf("%s batch: %w", what, err)
	}
	entity, err := decodeEntityOrInaccessibleResource(r.Entity)
	if err != nil {
		return fmt.Errorf("%s entity: %w", what, err)
	}
	base.Batch, base.Entity = batch, entity
	return nil
}

// EntityOrInaccessibleResource is an entity the caller may read (an
// Entity of its kind: *DnaSequenceWithEntityType, ..., or *UnknownEntity)
// or one they may not (an *InaccessibleResource, told apart by its
// resourceType). Every Entity is one, so a type switch can ask for either:
//
//	switch e := content.Entity.(type) {
//	case *benchling.InaccessibleResource:
//		fmt.Println("no access to", e.InaccessibleID)
//	case benchling.Entity:
//		fmt.Println(e.Kind(), e.Base().Name)
//	}
//
// The set is closed: only this package implements the interface.
type EntityOrInaccessibleResource interface {
	entityOrInaccessibleResource()
}

func (*InaccessibleResource) entityOrInaccessibleResource()       {}
func (*AaSequenceWithEntityType) entityOrInaccessibleResource()   {}
func (*CustomEntityWithEntityType) entityOrInaccessibleResource() {}
func (*DnaOligoWithEntityType) entityOrInaccessibleResource()     {}
func (*DnaSequenceWithEntityType) entityOrInaccessibleResource()  {}
func (*MixtureWithEntityType) entityOrInaccessibleResource()      {}
func (*MoleculeWithEntityType) entityOrInaccessibleResource()     {}
func (*RnaOligoWithEntityType) entityOrInaccessibleResource()     {}
func (*RnaSequenceWithEntityType) entityOrInaccessibleResource()  {}
func (*UnknownEntity) entityOrInaccessibleResource()              {}

// entityOrInaccessibleID is the ID of an entity or inaccessible resource
// ("" for nil).
func entityOrInaccessibleID(e EntityOrInaccessibleResource) string {
	switch v := e.(type) {
	case *InaccessibleResource:
		return v.InaccessibleID
	case Entity:
		return v.Base().ID
	}
	return ""
}

// decodeEntityOrInaccessibleResource decodes an entity or an inaccessible
// resource; null is nil.
func decodeEntityOrInaccessibleResource(raw json.RawMessage) (EntityOrInaccessibleResource, error) {
	if isNullJSON(raw) {
		return nil, nil
	}
	inacc, err := isInaccessible(raw)
	if err != nil {
		return nil, err
	}
	if inacc {
		v := &InaccessibleResource{}
		if err := json.Unmarshal(raw, v); err != nil {
			return nil, err
		}
		return v, nil
	}
	e, err := DecodeEntity(raw)
	if err != nil {
		return nil, err
	}
	v, ok := e.(EntityOrInaccessibleResource)
	if !ok { // an Entity kind without the marker above: a mistake of this package
		return nil, fmt.Errorf("benchling: entity kind %s is no EntityOrInaccessibleResource", e.Kind())
	}
	return v, nil
}
