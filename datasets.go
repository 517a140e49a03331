package benchling

import (
	"context"
	"encoding/json"
	"iter"
	"net/http"
	"time"
)

// DatasetsService manages datasets: named, foldered records of tabular
// data, each linked to a data frame that holds the rows (create the data
// frame first, with DataFrames.Upload).
//
// Benchling API tag: Datasets.
type DatasetsService service

// Dataset is a dataset in Benchling.
//
// Its fields ArchiveRecord, CreatedAt, Creator, CustomFields, DisplayID,
// FolderID, ID, ModifiedAt and Name are in the embedded DataItemBase.
type Dataset struct {
	DataItemBase

	// DataFrameID is the data frame holding the dataset's rows (dset_...).
	DataFrameID string `json:"dataFrameId,omitempty"`
}

// UnmarshalJSON decodes a dataset, reading its createdAt and modifiedAt
// also in the form of the spec's examples of them (exampleTime).
func (d *Dataset) UnmarshalJSON(b []byte) error {
	type plain Dataset
	return json.Unmarshal(b, &struct {
		*plain
		CreatedAt  exampleTime `json:"createdAt"`
		ModifiedAt exampleTime `json:"modifiedAt"`
	}{(*plain)(d), exampleTime{&d.CreatedAt}, exampleTime{&d.ModifiedAt}})
}

// exampleTime decodes a time that is RFC 3339 or, as the spec's examples
// of a dataset's and a file's createdAt and modifiedAt give it
// ("2023-04-23 01:30:50.970926+00:00"), RFC 3339 with a space for the "T"
// (which RFC 3339 §5.6 allows), into *t. null leaves *t unchanged.
type exampleTime struct{ t *time.Time }

// UnmarshalJSON implements json.Unmarshaler.
func (e exampleTime) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		return nil
	}
	err := e.t.UnmarshalJSON(b)
	if err == nil {
		return nil
	}
	var s string
	if json.Unmarshal(b, &s) != nil {
		return err
	}
	t, perr := time.Parse("2006-01-02 15:04:05.999999999Z07:00", s)
	if perr != nil {
		return err
	}
	*e.t = t
	return nil
}

// DatasetCreate is the body of Create. The data frame must exist.
type DatasetCreate struct {
	// CustomFields are custom fields to set.
	CustomFields CustomFields `json:"customFields,omitzero"`
	// DataFrameID is the data frame to link (dset_...).
	DataFrameID *string `json:"dataFrameId,omitempty"`
	// FolderID is the folder to create the dataset in (lib_...).
	FolderID *string `json:"folderId,omitempty"`
	// Name is the dataset's name.
	Name *string `json:"name,omitempty"`
	// StudyIDs are the studies to associate the dataset with; nil
	// associates none. The spec spells the key study_ids.
	StudyIDs []string `json:"study_ids,omitzero"`
}

// DatasetUpdate is the body of Update. Only the fields that are set are
// changed.
type DatasetUpdate struct {
	// CustomFields are custom fields to add to the dataset.
	CustomFields CustomFields `json:"customFields,omitzero"`
	// FolderID moves the dataset to another folder.
	FolderID *string `json:"folderId,omitempty"`
	// Name renames the dataset.
	Name *string `json:"name,omitempty"`
}

// DatasetsArchive is the body of Archive.
type DatasetsArchive struct {
	// DatasetIDs are the datasets to archive.
	DatasetIDs []string `json:"datasetIds"`
	// Reason is why they are archived.
	Reason DataArchiveReason `json:"reason"`
}

// datasetsUnarchive is the body of Unarchive (the spec's
// DatasetsUnarchive).
type datasetsUnarchive struct {
	DatasetIDs []string `json:"datasetIds"`
}

// DatasetsArchivalChange lists the datasets Archive or Unarchive changed.
type DatasetsArchivalChange struct {
	// DatasetIDs are the datasets archived or unarchived.
	DatasetIDs []string `json:"datasetIds,omitempty"`
}

// DatasetListOptions filter and page Datasets.List and All. The spec gives
// datasets and files the same list parameters, so it is FileListOptions
// (Returning takes "datasets.id" and so on).
type DatasetListOptions = FileListOptions

// List returns one page of datasets; the next page's token is in
// Response.NextToken. opts may be nil. An unknown ID in opts.IDs is an
// error matching ErrBadRequest whose InvalidIDs name it.
//
// Benchling API: GET /datasets
func (s *DatasetsService) List(ctx context.Context, opts *DatasetListOptions) ([]*Dataset, *Response, error) {
	return list[Dataset](ctx, s.c(), http.MethodGet, pathf("datasets"), "datasets", opts, nil)
}

// All iterates over every dataset matching opts, fetching pages as the
// loop needs them. It is lazy: nothing is requested before the loop
// starts, and breaking out of the loop stops fetching. An error
// (including the context's) is yielded once and ends the loop. No
// goroutines are started, opts is not modified, and ranging again starts
// over.
//
// Benchling API: GET /datasets
func (s *DatasetsService) All(ctx context.Context, opts *DatasetListOptions) iter.Seq2[*Dataset, error] {
	return all(ctx, opts, s.List)
}

// Pages iterates over the pages of the datasets matching opts, for a job
// that must resume where it stopped: save Page.NextToken once a page is
// processed, and pass it as opts.NextToken to resume. The guarantees are
// All's.
//
// Benchling API: GET /datasets
func (s *DatasetsService) Pages(ctx context.Context, opts *DatasetListOptions) iter.Seq2[*Page[Dataset], error] {
	return pages(ctx, opts, s.List)
}

// Get returns the dataset with the given ID. The spec declares a 400 for
// an unknown ID (an error matching ErrBadRequest); a 404 matches
// ErrNotFound.
//
// Benchling API: GET /datasets/{dataset_id}
func (s *DatasetsService) Get(ctx context.Context, id string) (*Dataset, *Response, error) {
	return call[Dataset](ctx, s.c(), http.MethodGet, pathf("datasets/%s", id), nil, nil)
}

// Create creates a dataset linked to an existing data frame. A data frame
// that does not exist is an error matching ErrBadRequest.
//
// Benchling API: POST /datasets
func (s *DatasetsService) Create(ctx context.Context, body *DatasetCreate) (*Dataset, *Response, error) {
	return call[Dataset](ctx, s.c(), http.MethodPost, pathf("datasets"), nil, body)
}

// Update changes the fields of body that are set and returns the dataset.
//
// Benchling API: PATCH /datasets/{dataset_id}
func (s *DatasetsService) Update(ctx context.Context, id string, body *DatasetUpdate) (*Dataset, *Response, error) {
	return call[Dataset](ctx, s.c(), http.MethodPatch, pathf("datasets/%s", id), nil, body)
}

// Archive archives the datasets body names for body.Reason. No dataset
// ID, or an invalid one, is ErrInvalidID before anything is sent; an
// unknown ID is an error matching ErrBadRequest.
//
// Benchling API: POST /datasets:archive
func (s *DatasetsService) Archive(ctx context.Context, body *DatasetsArchive) (*DatasetsArchivalChange, *Response, error) {
	r := pathf("datasets:archive")
	if body != nil {
		r = r.needIDs("datasetIds", body.DatasetIDs)
	}
	return call[DatasetsArchivalChange](ctx, s.c(), http.MethodPost, r, nil, body)
}

// Unarchive unarchives the datasets with the given IDs. No ID, or an
// invalid one, is ErrInvalidID before anything is sent.
//
// Benchling API: POST /datasets:unarchive
func (s *DatasetsService) Unarchive(ctx context.Context, ids []string) (*DatasetsArchivalChange, *Response, error) {
	return call[DatasetsArchivalChange](ctx, s.c(), http.MethodPost, pathf("datasets:unarchive").needIDs("datasetIds", ids), nil, &datasetsUnarchive{DatasetIDs: ids})
}

// DataItemBase is what datasets and files have alike (Dataset and File
// embed it): identity, name, display ID, folder, custom fields, creator,
// times and archive record. Its fields read as the item's own (f.Name).
type DataItemBase struct {
	// ArchiveRecord says why the item was archived; nil when it is not.
	ArchiveRecord *ArchiveRecord `json:"archiveRecord,omitempty"`
	// CreatedAt is when the item was created.
	CreatedAt time.Time `json:"createdAt,omitzero"`
	// Creator is the user who created the item.
	Creator UserSummary `json:"creator,omitzero"`
	// CustomFields are the item's custom fields.
	CustomFields CustomFields `json:"customFields,omitempty"`
	// DisplayID is the item's user-friendly ID.
	DisplayID string `json:"displayId,omitempty"`
	// FolderID is the folder that holds the item.
	FolderID string `json:"folderId,omitempty"`
	// ID is the item's ID (dataset_... or file_...).
	ID string `json:"id,omitempty"`
	// ModifiedAt is when the item was last modified.
	ModifiedAt time.Time `json:"modifiedAt,omitzero"`
	// Name is the item's name.
	Name string `json:"name,omitempty"`
}
