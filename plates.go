package benchling

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// PlatesService manages plates. A well plate's wells are containers of
// their own (Plate.Wells, keyed by well name: "A1", "B12"); a matrix
// plate holds separate tubes in its positions. A plate's schema decides
// its size (PlateSchema's Height rows by Width columns; WellPositions
// names the wells).
//
// Benchling API tag: Plates.
type PlatesService service

// Plate is a well plate or a matrix plate. What every inventory item has
// (ID, name, schema, where it is, ...) is in the embedded
// InventoryItemBase.
//
// Its fields ArchiveRecord, Creator, Fields, ID, Name, ParentStorageID,
// Schema and WebURL are in the embedded InventoryItemBase.
type Plate struct {
	InventoryItemBase

	// AvailableCapacity is the number of free positions of a matrix
	// plate; nil for a well plate.
	AvailableCapacity *int `json:"availableCapacity,omitempty"`
	// Barcode is the plate's barcode; nil when it has none.
	Barcode *string `json:"barcode,omitempty"`
	// CreatedAt is when the plate was created.
	CreatedAt time.Time `json:"createdAt,omitzero"`
	// ModifiedAt is when the plate was last modified.
	ModifiedAt time.Time `json:"modifiedAt,omitzero"`
	// OccupiedCapacity is the number of tubes in a matrix plate; nil for a
	// well plate.
	OccupiedCapacity *int `json:"occupiedCapacity,omitempty"`
	// ProjectID is the project the plate belongs to; nil if none.
	ProjectID *string `json:"projectId,omitempty"`
	// TotalCapacity is the number of positions of a matrix plate; nil for
	// a well plate.
	TotalCapacity *int `json:"totalCapacity,omitempty"`
	// Type says whether the plate is a well plate or a matrix plate.
	Type PlateType `json:"type,omitempty"`
	// Wells are the plate's wells (or a matrix plate's tubes) that exist,
	// by well name ("A1").
	Wells PlateWells `json:"wells,omitempty"`
}

// PlateType is the kind of a plate.
type PlateType string

// Plate kinds the spec declares.
const (
	PlateTypeMatrixPlate PlateType = "matrix_plate"
	PlateTypeWellPlate   PlateType = "well_plate"
)

// PlateWells are the wells of a plate by well name ("A1"), each a *Well
// or, for one the caller may not read, an *InaccessibleResource.
type PlateWells map[string]WellOrInaccessibleResource

// UnmarshalJSON decodes the wells, each by its resourceType.
func (w *PlateWells) UnmarshalJSON(b []byte) error {
	if isNullJSON(b) {
		*w = nil
		return nil
	}
	var raws map[string]json.RawMessage
	if err := json.Unmarshal(b, &raws); err != nil {
		return err
	}
	out := make(PlateWells, len(raws))
	for pos, raw := range raws {
		v, err := decodeWellOrInaccessibleResource(raw)
		if err != nil {
			return fmt.Errorf("well %s: %w", pos, err)
		}
		out[pos] = v
	}
	*w = out
	return nil
}

// Well returns the readable well at a position ("A1"), or nil when the
// plate has none there or the caller may not read it.
func (w PlateWells) Well(position string) *Well {
	well, _ := w[position].(*Well)
	return well
}

// WellOrInaccessibleResource is a well the caller may read (a *Well) or
// one they may not (an *InaccessibleResource), told apart by the JSON
// "resourceType"; another resourceType decodes into
// *UnknownWellOrInaccessibleResource with its JSON kept. The set is
// closed: only this package implements the interface.
type WellOrInaccessibleResource interface {
	wellOrInaccessibleResource()
}

func (*Well) wellOrInaccessibleResource()                              {}
func (*InaccessibleResource) wellOrInaccessibleResource()              {}
func (*UnknownWellOrInaccessibleResource) wellOrInaccessibleResource() {}

// UnknownWellOrInaccessibleResource is a well of a resourceType this SDK
// does not know. Raw keeps its JSON, which MarshalJSON returns.
type UnknownWellOrInaccessibleResource struct {
	// ResourceType is the value's "resourceType"; empty if it had none.
	ResourceType string
	// Raw is the value's JSON as the server sent it.
	Raw json.RawMessage
}

// MarshalJSON returns Raw, or {"resourceType": ResourceType} when Raw is
// empty.
func (u *UnknownWellOrInaccessibleResource) MarshalJSON() ([]byte, error) {
	if len(u.Raw) > 0 {
		if !json.Valid(u.Raw) {
			return nil, errors.New("benchling: UnknownWellOrInaccessibleResource.Raw is not valid JSON")
		}
		return u.Raw, nil
	}
	return json.Marshal(map[string]string{"resourceType": u.ResourceType})
}

// decodeWellOrInaccessibleResource decodes a well by its resourceType,
// following the spec's discriminator mapping; null is nil.
func decodeWellOrInaccessibleResource(raw json.RawMessage) (WellOrInaccessibleResource, error) {
	if isNullJSON(raw) {
		return nil, nil
	}
	var head struct {
		ResourceType any `json:"resourceType"`
	}
	if err := json.Unmarshal(raw, &head); err != nil {
		return nil, err
	}
	t, _ := head.ResourceType.(string)
	var v WellOrInaccessibleResource
	switch t {
	case string(WellResourceTypeContainer):
		v = &Well{}
	case string(InaccessibleResourceResourceTypeInaccessibleResource):
		v = &InaccessibleResource{}
	default:
		return &UnknownWellOrInaccessibleResource{ResourceType: t, Raw: bytes.Clone(bytes.TrimSpace(raw))}, nil
	}
	if err := json.Unmarshal(raw, v); err != nil {
		return nil, fmt.Errorf("decoding %s: %w", t, err)
	}
	return v, nil
}

// Well is a well of a plate: a container whose place is fixed, with its
// contents and quantity. Its fields are a Container's (InventoryItemBase
// and ContainerBase, embedded), but for a Barcode and ParentStorageSchema
// that are never null, and ResourceType.
//
// Its fields ArchiveRecord, Creator, Fields, ID, Name, ParentStorageID,
// Schema and WebURL are in the embedded InventoryItemBase; CheckoutRecord,
// Contents, CreatedAt, ModifiedAt, ProjectID, Quantity,
// RestrictedSampleParties, RestrictionStatus, Role, SampleOwners and Volume
// are in the embedded ContainerBase.
type Well struct {
	InventoryItemBase
	ContainerBase

	// Barcode is the well's barcode.
	Barcode string `json:"barcode,omitempty"`
	// ParentStorageSchema is the schema of the plate.
	ParentStorageSchema SchemaSummary `json:"parentStorageSchema,omitzero"`
	// ResourceType is always WellResourceTypeContainer.
	ResourceType WellResourceType `json:"resourceType,omitempty"`
}

// WellResourceType is the resourceType of a Well.
type WellResourceType string

// WellResourceTypeContainer is the one resource type of a Well.
const WellResourceTypeContainer WellResourceType = "container"

// PlateCreate is the body of Create. SchemaID is required; the schema
// decides the plate's size and kind.
type PlateCreate struct {
	// SchemaID is the plate's schema (pltsch_...).
	SchemaID string `json:"schemaId"`
	// Barcode is the plate's barcode; without one, Benchling gives it one
	// by the schema's naming.
	Barcode *string `json:"barcode,omitempty"`
	// ContainerSchemaID is the container schema of the plate's wells
	// (consch_...), when the plate schema leaves it open.
	ContainerSchemaID *string `json:"containerSchemaId,omitempty"`
	// Fields are schema fields to set.
	Fields Fields `json:"fields,omitzero"`
	// Name is the plate's name; without one, it is named after its
	// barcode.
	Name *string `json:"name,omitempty"`
	// ParentStorageID is the location to create the plate in (loc_...).
	ParentStorageID *string `json:"parentStorageId,omitempty"`
	// ProjectID is the project the plate belongs to (src_...).
	ProjectID *string `json:"projectId,omitempty"`
	// Wells give wells their barcodes, by well name ("A1").
	Wells map[string]PlateCreateWell `json:"wells,omitzero"`
}

// PlateCreateWell is what PlateCreate sets for one well.
type PlateCreateWell struct {
	// Barcode is the well's barcode.
	Barcode *string `json:"barcode,omitempty"`
}

// PlateUpdate is the body of Update; only the fields that are set are
// changed.
type PlateUpdate struct {
	// Fields are schema fields to set.
	Fields Fields `json:"fields,omitzero"`
	// Name renames the plate.
	Name *string `json:"name,omitempty"`
	// ParentStorageID moves the plate into a location.
	ParentStorageID *string `json:"parentStorageId,omitempty"`
	// ProjectID moves the plate to another project.
	ProjectID *string `json:"projectId,omitempty"`
}

// PlatesArchive is the body of Archive.
type PlatesArchive struct {
	// PlateIDs are the plates to archive.
	PlateIDs []string `json:"plateIds"`
	// Reason is why they are archived.
	Reason EntityArchiveReason `json:"reason"`
	// ShouldRemoveBarcodes removes the barcodes of the archived plates and
	// of their wells (the API requires it, false included).
	ShouldRemoveBarcodes bool `json:"shouldRemoveBarcodes"`
}

// platesUnarchive is the body of Unarchive, which takes its list.
type platesUnarchive struct {
	PlateIDs []string `json:"plateIds"`
}

// PlatesArchivalChange lists what Archive or Unarchive changed: the
// plates and the containers (wells, tubes) archived or unarchived with
// them.
type PlatesArchivalChange struct {
	// ContainerIDs are the containers archived or unarchived with them.
	ContainerIDs []string `json:"containerIds,omitempty"`
	// PlateIDs are the plates archived or unarchived.
	PlateIDs []string `json:"plateIds,omitempty"`
}

// PlateGetOptions are the options of Plates.Get.
type PlateGetOptions struct {
	// Returning limits the returned fields, for example {"id", "webURL"};
	// the rest stay zero.
	Returning []string `url:"returning,comma,omitempty"`
}

// PlateCreateOptions are the options of Plates.Create.
type PlateCreateOptions struct {
	// Returning limits the fields of the returned plate, for example
	// {"id", "webURL"}; the rest stay zero.
	Returning []string `url:"returning,comma,omitempty"`
}

// PlateUpdateOptions are the options of Plates.Update.
type PlateUpdateOptions struct {
	// Returning limits the fields of the returned plate, for example
	// {"id", "webURL"}; the rest stay zero.
	Returning []string `url:"returning,comma,omitempty"`
}

// PlateListOptions filter and page List and All: the filters of every
// inventory list (InventoryListFilters), the counts of free positions and
// empty wells (StorageCountFilters), and the plates' own. All filters are
// optional; list filters take at most 100 values.
//
// Its fields Sort, SchemaID, SchemaFields, CreatedAt, ModifiedAt, Name,
// NameIncludes, AncestorStorageID, ArchiveReason, IDs, Barcodes, NamesAnyOf,
// NamesAnyOfCaseSensitive and CreatorIDs are in the embedded
// InventoryListFilters; EmptyPositions, EmptyPositionsGte, EmptyPositionsGt,
// EmptyPositionsLte, EmptyPositionsLt, EmptyContainers, EmptyContainersGte,
// EmptyContainersGt, EmptyContainersLte and EmptyContainersLt are in the
// embedded StorageCountFilters.
type PlateListOptions struct {
	ListOptions
	InventoryListFilters
	StorageCountFilters

	// StorageContentsID restricts results to plates holding this entity,
	// or entities of this schema.
	StorageContentsID string `url:"storageContentsId,omitempty"`
	// StorageContentsIDs restricts results to plates holding any of these
	// entities.
	StorageContentsIDs []string `url:"storageContentsIds,comma,omitempty"`
	// Returning limits the returned fields, for example
	// {"plates.id", "plates.wells"}; the rest stay zero.
	Returning []string `url:"returning,comma,omitempty"`
}

// PlateBulkGetOptions are the options of BulkGet.
type PlateBulkGetOptions struct {
	// Barcodes are the barcodes of further plates to get.
	Barcodes []string `url:"barcodes,comma,omitempty"`
	// Returning limits the returned fields, for example {"plates.id"}.
	Returning []string `url:"returning,comma,omitempty"`
}

// List returns one page of plates; the next page's token is in
// Response.NextToken. opts may be nil; without an ArchiveReason filter
// archived plates are left out.
//
// Benchling API: GET /plates
func (s *PlatesService) List(ctx context.Context, opts *PlateListOptions) ([]*Plate, *Response, error) {
	return list[Plate](ctx, s.c(), http.MethodGet, pathf("plates"), "plates", opts, nil)
}

// All iterates over every plate matching opts, fetching pages as the loop
// needs them. It is lazy: nothing is requested before the loop starts,
// and breaking out of the loop stops fetching. An error (including the
// context's) is yielded once and ends the loop; opts is not modified.
//
// Benchling API: GET /plates
func (s *PlatesService) All(ctx context.Context, opts *PlateListOptions) iter.Seq2[*Plate, error] {
	return all(ctx, opts, s.List)
}

// Pages iterates over the pages of the plates matching opts, for a job
// that must resume where it stopped: once a page's items are processed,
// save Page.NextToken; to resume, pass the saved token as opts.NextToken
// and the next page is the first one fetched. Pages are fetched as the
// loop needs them, with the guarantees of All (lazy, stopping on break, an
// error yielded once, opts not modified, a repeated token ending the loop
// with ErrRepeatedToken).
//
// Benchling API: GET /plates
func (s *PlatesService) Pages(ctx context.Context, opts *PlateListOptions) iter.Seq2[*Page[Plate], error] {
	return pages(ctx, opts, s.List)
}

// Get returns the plate with the given ID, with its wells; opts may be
// nil. An unknown ID gives an error matching ErrNotFound.
//
// Benchling API: GET /plates/{plate_id}
func (s *PlatesService) Get(ctx context.Context, id string, opts *PlateGetOptions) (*Plate, *Response, error) {
	return call[Plate](ctx, s.c(), http.MethodGet, pathf("plates/%s", id), opts, nil)
}

// Create creates a plate, with the wells of a well plate, and returns it;
// opts may be nil. An unknown schema or location, or a barcode in use,
// gives an error matching ErrBadRequest.
//
// Benchling API: POST /plates
func (s *PlatesService) Create(ctx context.Context, body *PlateCreate, opts *PlateCreateOptions) (*Plate, *Response, error) {
	return call[Plate](ctx, s.c(), http.MethodPost, pathf("plates"), opts, body)
}

// Update changes the fields of body that are set and returns the updated
// plate; opts may be nil. An unknown ID gives an error matching
// ErrNotFound.
//
// Benchling API: PATCH /plates/{plate_id}
func (s *PlatesService) Update(ctx context.Context, id string, body *PlateUpdate, opts *PlateUpdateOptions) (*Plate, *Response, error) {
	return call[Plate](ctx, s.c(), http.MethodPatch, pathf("plates/%s", id), opts, body)
}

// Archive archives plates, with their wells and tubes, for a reason, and
// returns the IDs of everything archived. No plate ID, or an invalid one,
// is ErrInvalidID before anything is sent.
//
// Benchling API: POST /plates:archive
func (s *PlatesService) Archive(ctx context.Context, body *PlatesArchive) (*PlatesArchivalChange, *Response, error) {
	r := pathf("plates:archive")
	if body != nil {
		r = r.needIDs("plateIds", body.PlateIDs)
	}
	return call[PlatesArchivalChange](ctx, s.c(), http.MethodPost, r, nil, body)
}

// Unarchive unarchives the plates with the given IDs, with the containers
// archived along with them, and returns the IDs of everything unarchived.
// No ID, or an invalid one, is ErrInvalidID before anything is sent.
//
// Benchling API: POST /plates:unarchive
func (s *PlatesService) Unarchive(ctx context.Context, ids []string) (*PlatesArchivalChange, *Response, error) {
	return call[PlatesArchivalChange](ctx, s.c(), http.MethodPost, pathf("plates:unarchive").needIDs("plateIds", ids), nil, &platesUnarchive{PlateIDs: ids})
}

// BulkGet returns the plates with the given IDs and those with the
// barcodes in opts (nil allowed). No IDs and no barcodes is an error
// matching ErrInvalidID, and nothing is sent; an unknown ID or barcode
// gives an error matching ErrBadRequest (or ErrNotFound).
//
// Benchling API: GET /plates:bulk-get
func (s *PlatesService) BulkGet(ctx context.Context, ids []string, opts *PlateBulkGetOptions) ([]*Plate, *Response, error) {
	q := struct {
		IDs []string `url:"plateIds,comma,omitempty"`
		PlateBulkGetOptions
	}{IDs: ids, PlateBulkGetOptions: valueOf(opts)}
	return list[Plate](ctx, s.c(), http.MethodGet, bulkGetRoute("plates:bulk-get", "plateIds", ids, q.Barcodes), "plates", q, nil)
}

// --- well names ---

// WellPosition names the well (or box position) at a 0-based row and
// column: row 0 is "A", row 25 "Z", row 26 "AA", and columns count from 1,
// so WellPosition(7, 11) is "H12", the last well of a 96-well plate.
// Negative numbers give "".
func WellPosition(row, col int) string {
	if row < 0 || col < 0 {
		return ""
	}
	return rowName(row) + strconv.Itoa(col+1)
}

// rowName is a row's letters: A..Z, then AA, AB, ...
func rowName(row int) string {
	var b []byte
	for n := row + 1; n > 0; n = (n - 1) / 26 {
		b = append(b, byte('A'+(n-1)%26))
	}
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

// ParseWellPosition returns the 0-based row and column of a well name
// such as "H12" (or "h12"; Benchling writes both). A name that is not
// letters followed by a column number from 1 is an error.
func ParseWellPosition(name string) (row, col int, err error) {
	i := 0
	for i < len(name) && (name[i] >= 'A' && name[i] <= 'Z' || name[i] >= 'a' && name[i] <= 'z') {
		i++
	}
	digits := name[i:]
	if i == 0 || i > 4 || digits == "" || digits[0] == '0' || strings.TrimLeft(digits, "0123456789") != "" || len(digits) > 6 {
		return 0, 0, fmt.Errorf("benchling: %q is not a well name such as A1 or H12", name)
	}
	for _, c := range strings.ToUpper(name[:i]) {
		row = row*26 + int(c-'A') + 1
	}
	n, _ := strconv.Atoi(digits)
	return row - 1, n - 1, nil
}

// WellPositions names the wells of a plate (or the positions of a box)
// with rows rows and cols columns, row by row: A1, A2, ..., then B1. Zero
// or negative dimensions give none.
func WellPositions(rows, cols int) []string {
	if rows <= 0 || cols <= 0 {
		return nil
	}
	out := make([]string, 0, rows*cols)
	for r := range rows {
		for c := range cols {
			out = append(out, WellPosition(r, c))
		}
	}
	return out
}

// Positions names the wells of the schema's plates, row by row (A1, A2,
// ..., H12 for a 96-well plate).
func (s *PlateSchema) Positions() []string { return WellPositions(int(s.Height), int(s.Width)) }

// Positions names the positions of the schema's boxes, row by row.
func (s *BoxSchema) Positions() []string { return WellPositions(int(s.Height), int(s.Width)) }

// InPosition is a ParentStorageID that puts a container in a position of a
// box or plate: InPosition("box_123", "A1") is "box_123:A1".
func InPosition(storageID, position string) string { return storageID + ":" + position }
