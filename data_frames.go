package benchling

import (
	"context"
	"net/http"
)

// DataFramesService manages data frames: tables of rows uploaded as CSV,
// validated and stored by Benchling, that datasets link to. A data frame
// is created with a manifest naming its files, its CSV is PUT to the
// pre-signed URL the manifest returns, and marking it IN_PROGRESS starts a
// task that validates it; Upload does all of that. Once SUCCEEDED, Get's
// manifest holds URLs to download its rows (Download streams them).
//
// Benchling API tag: Data Frames.
type DataFramesService service

// DataFrame is a data frame. The spec's DataFrame includes FileStatus
// (ErrorMessage, UploadStatus) and DataFrameManifest (Manifest).
type DataFrame struct {
	// Columns describe the data frame's columns, once it is processed.
	Columns []DataFrameColumnMetadata `json:"columns,omitempty"`
	// ErrorMessage says why the data frame failed validation; nil
	// otherwise.
	ErrorMessage *string `json:"errorMessage,omitempty"`
	// ID is the data frame's ID (dset_...).
	ID string `json:"id,omitempty"`
	// Manifest lists the data frame's files. While it is NOT_UPLOADED
	// their URLs are where to PUT the CSV; once it SUCCEEDED, where to
	// download its rows from; otherwise they are nil. The URLs are valid
	// for an hour.
	Manifest []DataFrameManifestManifest `json:"manifest,omitempty"`
	// Name is the data frame's name.
	Name string `json:"name,omitempty"`
	// UploadStatus is NOT_UPLOADED, IN_PROGRESS (being validated),
	// SUCCEEDED or FAILED_VALIDATION.
	UploadStatus FileUploadStatus `json:"uploadStatus,omitempty"`
}

// DataFrameManifestManifest is one file of a data frame (an item of the spec's
// DataFrameManifest.manifest).
type DataFrameManifestManifest struct {
	// FileName is the file's name.
	FileName string `json:"fileName,omitempty"`
	// URL is the pre-signed URL to upload (NOT_UPLOADED) or download
	// (SUCCEEDED) the file; nil in the other states. Send no Benchling
	// credentials to it.
	URL *string `json:"url,omitempty"`
}

// DataFrameColumnMetadata describes one column of a data frame.
type DataFrameColumnMetadata struct {
	// DisplayName is the column's name, as in the CSV's header.
	DisplayName string `json:"displayName,omitempty"`
	// Type is the column's type.
	Type DataFrameColumnTypeMetadata `json:"type,omitzero"`
}

// DataFrameColumnTypeMetadata is the type of a data frame column (the
// spec's DataFrameColumnTypeMetadata, which includes
// DataFrameColumnTypeNameEnum).
type DataFrameColumnTypeMetadata struct {
	// IsList reports a column whose cells hold lists.
	IsList bool `json:"isList"`
	// IsNullable reports a column whose cells may be empty.
	IsNullable bool `json:"isNullable"`
	// Name is the column's base type.
	Name DataFrameColumnTypeName `json:"name,omitempty"`
	// Target is the kind of object an ObjectLink column links to; nil for
	// other columns.
	Target *DataFrameColumnTypeMetadataTarget `json:"target,omitempty"`
}

// DataFrameColumnTypeName is the base type of a data frame column.
type DataFrameColumnTypeName string

// Data frame column types.
const (
	DataFrameColumnTypeNameString     DataFrameColumnTypeName = "String"
	DataFrameColumnTypeNameInt        DataFrameColumnTypeName = "Int"
	DataFrameColumnTypeNameFloat      DataFrameColumnTypeName = "Float"
	DataFrameColumnTypeNameJSON       DataFrameColumnTypeName = "JSON"
	DataFrameColumnTypeNameDateTime   DataFrameColumnTypeName = "DateTime"
	DataFrameColumnTypeNameDate       DataFrameColumnTypeName = "Date"
	DataFrameColumnTypeNameBoolean    DataFrameColumnTypeName = "Boolean"
	DataFrameColumnTypeNameObjectLink DataFrameColumnTypeName = "ObjectLink"
)

// DataFrameColumnTypeMetadataTarget is what an ObjectLink column links to.
type DataFrameColumnTypeMetadataTarget struct {
	// BaseTypeName is the kind of object, for example "DNASequence".
	BaseTypeName string `json:"baseTypeName,omitempty"`
	// SchemaID is the objects' schema (ts_...); nil for any.
	SchemaID *string `json:"schemaId,omitempty"`
}

// DataFrameCreate is the body of Create. The spec's DataFrameCreate
// includes DataFrameCreateManifest.
type DataFrameCreate struct {
	// Manifest names the files that will be uploaded (required; Benchling
	// currently takes exactly one .csv file).
	Manifest []DataFrameCreateManifestManifest `json:"manifest"`
	// Name is the data frame's name (required).
	Name string `json:"name"`
}

// DataFrameCreateManifestManifest names one file of a new data frame (an item
// of the spec's DataFrameCreateManifest.manifest).
type DataFrameCreateManifestManifest struct {
	// FileName is the file's name, ending in .csv.
	FileName string `json:"fileName,omitempty"`
}

// DataFrameUpdate is the body of Update.
type DataFrameUpdate struct {
	// UploadStatus, FileUploadStatusInProgress, says the files are
	// uploaded and starts their validation.
	UploadStatus FileUploadStatus `json:"uploadStatus,omitempty"`
}

// DataFrameGetOptions are the optional parameters of Get.
type DataFrameGetOptions struct {
	// Returning limits the returned fields, for example {"id",
	// "uploadStatus"}; the rest stay zero.
	Returning []string `url:"returning,comma,omitempty"`
	// RowDataFormat is the format of the files the manifest's download
	// URLs serve: DataFrameRowDataFormatCSV (the default) or
	// DataFrameRowDataFormatParquet, which Benchling recommends for
	// large data frames (Parquet files name columns by their system
	// names).
	RowDataFormat DataFrameRowDataFormat `url:"rowDataFormat,omitempty"`
}

// DataFrameRowDataFormat is the format of a data frame's downloadable
// files.
type DataFrameRowDataFormat string

// Row data formats.
const (
	DataFrameRowDataFormatCSV     DataFrameRowDataFormat = "csv"
	DataFrameRowDataFormatParquet DataFrameRowDataFormat = "parquet"
)

// Create creates a data frame, NOT_UPLOADED, whose manifest holds, for
// each file body names, the pre-signed URL to PUT it to (valid for an
// hour). Upload does the whole flow. Likely errors match ErrBadRequest (an
// invalid manifest) and ErrForbidden.
//
// Benchling API: POST /data-frames
func (s *DataFramesService) Create(ctx context.Context, body *DataFrameCreate) (*DataFrame, *Response, error) {
	return call[DataFrame](ctx, s.c(), http.MethodPost, pathf("data-frames"), nil, body)
}

// Get returns the data frame with the given ID; once it SUCCEEDED, its
// manifest holds URLs to download its rows, in opts.RowDataFormat. opts
// may be nil. An unknown ID is an error matching ErrNotFound.
//
// Benchling API: GET /data-frames/{data_frame_id}
func (s *DataFramesService) Get(ctx context.Context, id string, opts *DataFrameGetOptions) (*DataFrame, *Response, error) {
	return call[DataFrame](ctx, s.c(), http.MethodGet, pathf("data-frames/%s", id), opts, nil)
}

// Update marks the data frame's files uploaded (body.UploadStatus
// FileUploadStatusInProgress) and starts the task that validates and
// stores them; link.Wait returns the data frame when it ends, SUCCEEDED
// (or a *TaskError when validation failed). A data frame whose files are
// not uploaded is an error matching ErrBadRequest.
//
// Benchling API: PATCH /data-frames/{data_frame_id}
func (s *DataFramesService) Update(ctx context.Context, id string, body *DataFrameUpdate) (*AsyncTaskLink[DataFrame], *Response, error) {
	return startTask[DataFrame](ctx, s.c(), http.MethodPatch, pathf("data-frames/%s", id), nil, body)
}
