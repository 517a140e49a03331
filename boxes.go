package benchling

import (
	"context"
	"iter"
	"net/http"
	"time"
)

// BoxesService manages boxes: racks of positions, each holding at most
// one container. A box's schema decides its size (BoxSchema's Height rows
// by Width columns); positions are named like plate wells ("A1", see
// WellPositions).
//
// Benchling API tag: Boxes.
type BoxesService service

// Box is a box of containers. What every inventory item has (ID, name,
// schema, where it is, ...) is in the embedded InventoryItemBase.
//
// Its fields ArchiveRecord, Creator, Fields, ID, Name, ParentStorageID,
// Schema and WebURL are in the embedded InventoryItemBase.
type Box struct {
	InventoryItemBase

	// AvailableCapacity is the number of free positions.
	AvailableCapacity int `json:"availableCapacity,omitempty"`
	// Barcode is the box's barcode; nil when it has none.
	Barcode *string `json:"barcode,omitempty"`
	// CreatedAt is when the box was created.
	CreatedAt time.Time `json:"createdAt,omitzero"`
	// EmptyContainers is the number of containers in the box that hold
	// nothing.
	EmptyContainers int `json:"emptyContainers,omitempty"`
	// EmptyPositions is the number of positions without a container.
	EmptyPositions int `json:"emptyPositions,omitempty"`
	// FilledPositions is the number of containers in the box.
	FilledPositions int `json:"filledPositions,omitempty"`
	// ModifiedAt is when the box was last modified.
	ModifiedAt time.Time `json:"modifiedAt,omitzero"`
	// OccupiedCapacity is the number of containers in the box.
	OccupiedCapacity int `json:"occupiedCapacity,omitempty"`
	// ProjectID is the project the box belongs to; nil if none.
	ProjectID *string `json:"projectId,omitempty"`
	// Size is the number of positions.
	Size int `json:"size,omitempty"`
	// TotalCapacity is the number of positions.
	TotalCapacity int `json:"totalCapacity,omitempty"`
}

// BoxCreate is the body of Create. SchemaID is required; the schema
// decides the box's size.
type BoxCreate struct {
	// SchemaID is the box's schema (boxsch_...).
	SchemaID string `json:"schemaId"`
	// Barcode is the box's barcode; without one, Benchling gives it one by
	// the schema's naming.
	Barcode *string `json:"barcode,omitempty"`
	// Fields are schema fields to set.
	Fields Fields `json:"fields,omitzero"`
	// Name is the box's name; without one, it is named after its barcode.
	Name *string `json:"name,omitempty"`
	// ParentStorageID is the location to create the box in (loc_...).
	ParentStorageID *string `json:"parentStorageId,omitempty"`
	// ProjectID is the project the box belongs to (src_...).
	ProjectID *string `json:"projectId,omitempty"`
}

// BoxUpdate is the body of Update; only the fields that are set are
// changed.
type BoxUpdate struct {
	// Fields are schema fields to set.
	Fields Fields `json:"fields,omitzero"`
	// Name renames the box.
	Name *string `json:"name,omitempty"`
	// ParentStorageID moves the box into a location.
	ParentStorageID *string `json:"parentStorageId,omitempty"`
	// ProjectID moves the box to another project.
	ProjectID *string `json:"projectId,omitempty"`
}

// BoxesArchive is the body of Archive: the boxes (BoxIDs, required) and,
// in the embedded InventoryArchiveBase, the reason (required) and whether
// to remove the barcodes of the boxes and of the containers archived with
// them.
//
// Its fields Reason and ShouldRemoveBarcodes are in the embedded
// InventoryArchiveBase.
type BoxesArchive struct {
	InventoryArchiveBase

	// BoxIDs are the boxes to archive.
	BoxIDs []string `json:"boxIds"`
}

// boxesUnarchive is the body of Unarchive, which takes its list.
type boxesUnarchive struct {
	BoxIDs []string `json:"boxIds"`
}

// BoxesArchivalChange lists what Archive or Unarchive changed: the boxes
// and the containers in them archived or unarchived with them.
type BoxesArchivalChange struct {
	// BoxIDs are the boxes archived or unarchived.
	BoxIDs []string `json:"boxIds,omitempty"`
	// ContainerIDs are the containers archived or unarchived with them.
	ContainerIDs []string `json:"containerIds,omitempty"`
}

// ContainerWithCoordinates is a container in a box, with its position.
//
// Its fields Barcode, ParentStorageSchema, ArchiveRecord, Creator, Fields,
// ID, Name, ParentStorageID, Schema, WebURL, CheckoutRecord, Contents,
// CreatedAt, ModifiedAt, ProjectID, Quantity, RestrictedSampleParties,
// RestrictionStatus, Role, SampleOwners and Volume are in the embedded
// Container.
type ContainerWithCoordinates struct {
	Container
	// GridNumber is the position's number, counted row by row from 1.
	GridNumber float64 `json:"gridNumber,omitempty"`
	// GridPosition is the position's name, for example "A1".
	GridPosition string `json:"gridPosition,omitempty"`
}

// BoxListOptions filter and page List and All: the filters of every
// inventory list (InventoryListFilters), the counts of free positions and
// empty containers (StorageCountFilters), and the boxes' own. All filters
// are optional; list filters take at most 100 values.
//
// Its fields Sort, SchemaID, SchemaFields, CreatedAt, ModifiedAt, Name,
// NameIncludes, AncestorStorageID, ArchiveReason, IDs, Barcodes, NamesAnyOf,
// NamesAnyOfCaseSensitive and CreatorIDs are in the embedded
// InventoryListFilters; EmptyPositions, EmptyPositionsGte, EmptyPositionsGt,
// EmptyPositionsLte, EmptyPositionsLt, EmptyContainers, EmptyContainersGte,
// EmptyContainersGt, EmptyContainersLte and EmptyContainersLt are in the
// embedded StorageCountFilters.
type BoxListOptions struct {
	ListOptions
	InventoryListFilters
	StorageCountFilters

	// StorageContentsID restricts results to boxes holding containers with
	// this entity, or with entities of this schema.
	StorageContentsID string `url:"storageContentsId,omitempty"`
	// StorageContentsIDs restricts results to boxes holding containers
	// with any of these entities.
	StorageContentsIDs []string `url:"storageContentsIds,comma,omitempty"`
}

// ContainerWithCoordinatesListOptions page ListContents and AllContents.
type ContainerWithCoordinatesListOptions struct {
	ListOptions

	// Returning limits the returned fields, for example
	// {"containers.id", "containers.gridPosition"}; the rest stay zero.
	Returning []string `url:"returning,comma,omitempty"`
}

// BoxBulkGetOptions are the options of BulkGet.
type BoxBulkGetOptions struct {
	// Barcodes are the barcodes of further boxes to get.
	Barcodes []string `url:"barcodes,comma,omitempty"`
}

// List returns one page of boxes; the next page's token is in
// Response.NextToken. opts may be nil; without an ArchiveReason filter
// archived boxes are left out.
//
// Benchling API: GET /boxes
func (s *BoxesService) List(ctx context.Context, opts *BoxListOptions) ([]*Box, *Response, error) {
	return list[Box](ctx, s.c(), http.MethodGet, pathf("boxes"), "boxes", opts, nil)
}

// All iterates over every box matching opts, fetching pages as the loop
// needs them. It is lazy: nothing is requested before the loop starts,
// and breaking out of the loop stops fetching. An error (including the
// context's) is yielded once and ends the loop; opts is not modified.
//
// Benchling API: GET /boxes
func (s *BoxesService) All(ctx context.Context, opts *BoxListOptions) iter.Seq2[*Box, error] {
	return all(ctx, opts, s.List)
}

// Pages iterates over the pages of the boxes matching opts, for a job that
// must resume where it stopped: once a page's items are processed, save
// Page.NextToken; to resume, pass the saved token as opts.NextToken and
// the next page is the first one fetched. Pages are fetched as the loop
// needs them, with the guarantees of All (lazy, stopping on break, an
// error yielded once, opts not modified, a repeated token ending the loop
// with ErrRepeatedToken).
//
// Benchling API: GET /boxes
func (s *BoxesService) Pages(ctx context.Context, opts *BoxListOptions) iter.Seq2[*Page[Box], error] {
	return pages(ctx, opts, s.List)
}

// Get returns the box with the given ID. An unknown ID gives an error
// matching ErrNotFound (or ErrBadRequest).
//
// Benchling API: GET /boxes/{box_id}
func (s *BoxesService) Get(ctx context.Context, id string) (*Box, *Response, error) {
	return call[Box](ctx, s.c(), http.MethodGet, pathf("boxes/%s", id), nil, nil)
}

// Create creates an empty box and returns it. An unknown schema or
// location, or a barcode in use, gives an error matching ErrBadRequest.
//
// Benchling API: POST /boxes
func (s *BoxesService) Create(ctx context.Context, body *BoxCreate) (*Box, *Response, error) {
	return call[Box](ctx, s.c(), http.MethodPost, pathf("boxes"), nil, body)
}

// Update changes the fields of body that are set and returns the updated
// box. An unknown ID gives an error matching ErrNotFound.
//
// Benchling API: PATCH /boxes/{box_id}
func (s *BoxesService) Update(ctx context.Context, id string, body *BoxUpdate) (*Box, *Response, error) {
	return call[Box](ctx, s.c(), http.MethodPatch, pathf("boxes/%s", id), nil, body)
}

// ListContents returns one page of the containers in a box, each with its
// position; the next page's token is in Response.NextToken. opts may be
// nil. An unknown box gives an error matching ErrNotFound.
//
// Benchling API: GET /boxes/{box_id}/contents
func (s *BoxesService) ListContents(ctx context.Context, boxID string, opts *ContainerWithCoordinatesListOptions) ([]*ContainerWithCoordinates, *Response, error) {
	return list[ContainerWithCoordinates](ctx, s.c(), http.MethodGet, pathf("boxes/%s/contents", boxID), "containers", opts, nil)
}

// AllContents iterates over every container in a box, fetching pages as
// the loop needs them, with the guarantees of All.
//
// Benchling API: GET /boxes/{box_id}/contents
func (s *BoxesService) AllContents(ctx context.Context, boxID string, opts *ContainerWithCoordinatesListOptions) iter.Seq2[*ContainerWithCoordinates, error] {
	return all(ctx, opts, func(ctx context.Context, o *ContainerWithCoordinatesListOptions) ([]*ContainerWithCoordinates, *Response, error) {
		return s.ListContents(ctx, boxID, o)
	})
}

// PagesContents iterates over the pages of the containers in a box, for a
// job that must resume where it stopped: once a page's items are
// processed, save Page.NextToken; to resume, pass the saved token as
// opts.NextToken and the next page is the first one fetched. Pages are
// fetched as the loop needs them, with the guarantees of AllContents
// (lazy, stopping on break, an error yielded once, opts not modified, a
// repeated token ending the loop with ErrRepeatedToken).
//
// Benchling API: GET /boxes/{box_id}/contents
func (s *BoxesService) PagesContents(ctx context.Context, boxID string, opts *ContainerWithCoordinatesListOptions) iter.Seq2[*Page[ContainerWithCoordinates], error] {
	return pages(ctx, opts, func(ctx context.Context, o *ContainerWithCoordinatesListOptions) ([]*ContainerWithCoordinates, *Response, error) {
		return s.ListContents(ctx, boxID, o)
	})
}

// Archive archives boxes, with the containers in them, for a reason, and
// returns the IDs of everything archived. No box ID, or an invalid one, is
// ErrInvalidID before anything is sent.
//
// Benchling API: POST /boxes:archive
func (s *BoxesService) Archive(ctx context.Context, body *BoxesArchive) (*BoxesArchivalChange, *Response, error) {
	r := pathf("boxes:archive")
	if body != nil {
		r = r.needIDs("boxIds", body.BoxIDs)
	}
	return call[BoxesArchivalChange](ctx, s.c(), http.MethodPost, r, nil, body)
}

// Unarchive unarchives the boxes with the given IDs, with the containers
// archived along with them, and returns the IDs of everything unarchived.
// No ID, or an invalid one, is ErrInvalidID before anything is sent.
//
// Benchling API: POST /boxes:unarchive
func (s *BoxesService) Unarchive(ctx context.Context, ids []string) (*BoxesArchivalChange, *Response, error) {
	return call[BoxesArchivalChange](ctx, s.c(), http.MethodPost, pathf("boxes:unarchive").needIDs("boxIds", ids), nil, &boxesUnarchive{BoxIDs: ids})
}

// BulkGet returns the boxes with the given IDs and those with the
// barcodes in opts (nil allowed). No IDs and no barcodes is an error
// matching ErrInvalidID, and nothing is sent; an unknown ID or barcode
// gives an error matching ErrBadRequest.
//
// Benchling API: GET /boxes:bulk-get
func (s *BoxesService) BulkGet(ctx context.Context, ids []string, opts *BoxBulkGetOptions) ([]*Box, *Response, error) {
	q := struct {
		IDs []string `url:"boxIds,comma,omitempty"`
		BoxBulkGetOptions
	}{IDs: ids, BoxBulkGetOptions: valueOf(opts)}
	return list[Box](ctx, s.c(), http.MethodGet, bulkGetRoute("boxes:bulk-get", "boxIds", ids, q.Barcodes), "boxes", q, nil)
}
