package benchling

import (
	"context"
	"iter"
	"net/http"
)

// LocationsService manages storage locations: rooms, freezers, shelves
// and racks, which hold other locations, boxes, plates and containers.
//
// Benchling API tag: Locations.
type LocationsService service

// Location is a storage location, such as a freezer or a shelf in one.
// What every inventory item has (ID, name, schema, where it is, ...) is
// in the embedded InventoryItemBase.
//
// Its fields ArchiveRecord, Creator, Fields, ID, Name, ParentStorageID,
// Schema and WebURL are in the embedded InventoryItemBase.
type Location struct {
	InventoryItemBase

	// AvailableCapacity is how many more plates, boxes and containers the
	// location can hold; nil when its capacity is not limited.
	AvailableCapacity *int `json:"availableCapacity,omitempty"`
	// Barcode is the location's barcode.
	Barcode string `json:"barcode,omitempty"`
	// CreatedAt is when the location was created, as Benchling writes it
	// (the spec gives it no date-time format).
	CreatedAt string `json:"createdAt,omitempty"`
	// ModifiedAt is when the location was last modified, as Benchling
	// writes it.
	ModifiedAt string `json:"modifiedAt,omitempty"`
	// OccupiedCapacity is how many plates, boxes and containers the
	// location holds; nil when its capacity is not limited.
	OccupiedCapacity *int `json:"occupiedCapacity,omitempty"`
	// TotalCapacity is how many plates, boxes and containers the location
	// can hold; nil when it is not limited.
	TotalCapacity *int `json:"totalCapacity,omitempty"`
}

// LocationCreate is the body of Create. Name and SchemaID are required.
type LocationCreate struct {
	// Name is the location's name.
	Name string `json:"name"`
	// SchemaID is the location's schema (locsch_...).
	SchemaID string `json:"schemaId"`
	// Barcode is the location's barcode; without one, Benchling gives it
	// one by the schema's naming.
	Barcode *string `json:"barcode,omitempty"`
	// Fields are schema fields to set.
	Fields Fields `json:"fields,omitzero"`
	// ParentStorageID is the location to create it in (loc_...).
	ParentStorageID *string `json:"parentStorageId,omitempty"`
}

// LocationUpdate is the body of Update; only the fields that are set are
// changed.
type LocationUpdate struct {
	// Fields are schema fields to set.
	Fields Fields `json:"fields,omitzero"`
	// Name renames the location.
	Name *string `json:"name,omitempty"`
	// ParentStorageID moves the location into another one.
	ParentStorageID *string `json:"parentStorageId,omitempty"`
}

// LocationsArchive is the body of Archive: the locations (LocationIDs,
// required) and, in the embedded InventoryArchiveBase, the reason
// (required; for locations one of EntityArchiveReasonMadeInError,
// EntityArchiveReasonRetired and EntityArchiveReasonOther) and whether to
// remove the barcodes of the locations and of everything archived with
// them.
//
// Its fields Reason and ShouldRemoveBarcodes are in the embedded
// InventoryArchiveBase.
type LocationsArchive struct {
	InventoryArchiveBase

	// LocationIDs are the locations to archive.
	LocationIDs []string `json:"locationIds"`
}

// locationsUnarchive is the body of Unarchive, which takes its list.
type locationsUnarchive struct {
	LocationIDs []string `json:"locationIds"`
}

// LocationsArchivalChange lists what Archive or Unarchive changed: the
// locations and, by kind, what they held and was archived or unarchived
// with them.
type LocationsArchivalChange struct {
	// BoxIDs are the boxes archived or unarchived.
	BoxIDs []string `json:"boxIds,omitempty"`
	// ContainerIDs are the containers archived or unarchived.
	ContainerIDs []string `json:"containerIds,omitempty"`
	// LocationIDs are the locations archived or unarchived, the ones they
	// held included.
	LocationIDs []string `json:"locationIds,omitempty"`
	// PlateIDs are the plates archived or unarchived.
	PlateIDs []string `json:"plateIds,omitempty"`
}

// LocationListOptions filter and page List and All with the filters of
// every inventory list (InventoryListFilters). All filters are optional;
// list filters take at most 100 values.
//
// Its fields Sort, SchemaID, SchemaFields, CreatedAt, ModifiedAt, Name,
// NameIncludes, AncestorStorageID, ArchiveReason, IDs, Barcodes, NamesAnyOf,
// NamesAnyOfCaseSensitive and CreatorIDs are in the embedded
// InventoryListFilters.
type LocationListOptions struct {
	ListOptions
	InventoryListFilters
}

// LocationBulkGetOptions are the options of BulkGet.
type LocationBulkGetOptions struct {
	// Barcodes are the barcodes of further locations to get.
	Barcodes []string `url:"barcodes,comma,omitempty"`
}

// List returns one page of locations; the next page's token is in
// Response.NextToken. opts may be nil; without an ArchiveReason filter
// archived locations are left out.
//
// Benchling API: GET /locations
func (s *LocationsService) List(ctx context.Context, opts *LocationListOptions) ([]*Location, *Response, error) {
	return list[Location](ctx, s.c(), http.MethodGet, pathf("locations"), "locations", opts, nil)
}

// All iterates over every location matching opts, fetching pages as the
// loop needs them. It is lazy: nothing is requested before the loop
// starts, and breaking out of the loop stops fetching. An error (including
// the context's) is yielded once and ends the loop; opts is not modified.
//
// Benchling API: GET /locations
func (s *LocationsService) All(ctx context.Context, opts *LocationListOptions) iter.Seq2[*Location, error] {
	return all(ctx, opts, s.List)
}

// Pages iterates over the pages of the locations matching opts, for a job
// that must resume where it stopped: once a page's items are processed,
// save Page.NextToken; to resume, pass the saved token as opts.NextToken
// and the next page is the first one fetched. Pages are fetched as the
// loop needs them, with the guarantees of All (lazy, stopping on break, an
// error yielded once, opts not modified, a repeated token ending the loop
// with ErrRepeatedToken).
//
// Benchling API: GET /locations
func (s *LocationsService) Pages(ctx context.Context, opts *LocationListOptions) iter.Seq2[*Page[Location], error] {
	return pages(ctx, opts, s.List)
}

// Get returns the location with the given ID. An unknown ID gives an error
// matching ErrNotFound.
//
// Benchling API: GET /locations/{location_id}
func (s *LocationsService) Get(ctx context.Context, id string) (*Location, *Response, error) {
	return call[Location](ctx, s.c(), http.MethodGet, pathf("locations/%s", id), nil, nil)
}

// Create creates a location and returns it. An unknown schema or parent,
// or a barcode in use, gives an error matching ErrBadRequest.
//
// Benchling API: POST /locations
func (s *LocationsService) Create(ctx context.Context, body *LocationCreate) (*Location, *Response, error) {
	return call[Location](ctx, s.c(), http.MethodPost, pathf("locations"), nil, body)
}

// Update changes the fields of body that are set and returns the updated
// location. An unknown ID gives an error matching ErrNotFound; moving a
// location into itself or into one it holds, ErrBadRequest.
//
// Benchling API: PATCH /locations/{location_id}
func (s *LocationsService) Update(ctx context.Context, id string, body *LocationUpdate) (*Location, *Response, error) {
	return call[Location](ctx, s.c(), http.MethodPatch, pathf("locations/%s", id), nil, body)
}

// Archive archives locations, with the locations, boxes, plates and
// containers they hold, for a reason, and returns the IDs of everything
// archived. No location ID, or an invalid one, is ErrInvalidID before
// anything is sent.
//
// Benchling API: POST /locations:archive
func (s *LocationsService) Archive(ctx context.Context, body *LocationsArchive) (*LocationsArchivalChange, *Response, error) {
	r := pathf("locations:archive")
	if body != nil {
		r = r.needIDs("locationIds", body.LocationIDs)
	}
	return call[LocationsArchivalChange](ctx, s.c(), http.MethodPost, r, nil, body)
}

// Unarchive unarchives the locations with the given IDs, with what was
// archived along with them, and returns the IDs of everything unarchived.
// No ID, or an invalid one, is ErrInvalidID before anything is sent.
//
// Benchling API: POST /locations:unarchive
func (s *LocationsService) Unarchive(ctx context.Context, ids []string) (*LocationsArchivalChange, *Response, error) {
	return call[LocationsArchivalChange](ctx, s.c(), http.MethodPost, pathf("locations:unarchive").needIDs("locationIds", ids), nil, &locationsUnarchive{LocationIDs: ids})
}

// BulkGet returns the locations with the given IDs and those with the
// barcodes in opts (nil allowed). No IDs and no barcodes is an error
// matching ErrInvalidID, and nothing is sent; an unknown ID or barcode
// gives an error matching ErrBadRequest (or ErrNotFound).
//
// Benchling API: GET /locations:bulk-get
func (s *LocationsService) BulkGet(ctx context.Context, ids []string, opts *LocationBulkGetOptions) ([]*Location, *Response, error) {
	q := struct {
		IDs []string `url:"locationIds,comma,omitempty"`
		LocationBulkGetOptions
	}{IDs: ids, LocationBulkGetOptions: valueOf(opts)}
	return list[Location](ctx, s.c(), http.MethodGet, bulkGetRoute("locations:bulk-get", "locationIds", ids, q.Barcodes), "locations", q, nil)
}

// bulkGetRoute is the route of an inventory bulk-get, which names its
// items by IDs (idsKey) or by barcodes: it is invalid, with ErrInvalidID,
// when both are empty or an ID is invalid.
func bulkGetRoute(path, idsKey string, ids, barcodes []string) route {
	r := pathf(path)
	if len(ids) > 0 || len(barcodes) == 0 {
		r = r.needIDs(idsKey+" or barcodes", ids)
	}
	return r
}
