package benchling

import (
	"context"
	"encoding/json"
	"iter"
	"net/http"
)

// FilesService manages files: documents of a supported type (.csv, .html,
// JMP's .jmp/.jrn/.jrp, .jpeg/.jpg, .png, .pdf, .zip, .txt; up to 30 MB)
// kept in folders, whose bytes live in cloud storage. A file is created
// empty, its bytes are PUT to a pre-signed URL, and it is then marked
// SUCCEEDED; Upload does the three steps, Download reads the bytes back.
//
// Benchling API tag: Files.
type FilesService service

// File is a file in Benchling. The spec's File includes FileStatus
// (ErrorMessage and UploadStatus).
//
// Its fields ArchiveRecord, CreatedAt, Creator, CustomFields, DisplayID,
// FolderID, ID, ModifiedAt and Name are in the embedded DataItemBase.
type File struct {
	DataItemBase

	// ErrorMessage says why the upload failed validation; nil otherwise.
	ErrorMessage *string `json:"errorMessage,omitempty"`
	// Filename is the file's file name, for example "IC50Chart.png".
	Filename string `json:"filename,omitempty"`
	// UploadStatus is NOT_UPLOADED until the bytes are uploaded and the
	// file is marked SUCCEEDED (or FAILED_VALIDATION).
	UploadStatus FileUploadStatus `json:"uploadStatus,omitempty"`
}

// UnmarshalJSON decodes a file, reading its createdAt and modifiedAt also
// in the form of the spec's examples of them (RFC 3339 with a space for
// the "T").
func (f *File) UnmarshalJSON(b []byte) error {
	type plain File
	return json.Unmarshal(b, &struct {
		*plain
		CreatedAt  exampleTime `json:"createdAt"`
		ModifiedAt exampleTime `json:"modifiedAt"`
	}{(*plain)(f), exampleTime{&f.CreatedAt}, exampleTime{&f.ModifiedAt}})
}

// FileUploadStatus is the upload state of a file or a data frame (the
// spec's FileStatus.uploadStatus, shared by File and DataFrame; FileUpdate
// and DataFrameUpdate each accept some of its values).
type FileUploadStatus string

// Upload states of files and data frames.
const (
	// FileUploadStatusNotUploaded: created, its bytes not uploaded yet.
	FileUploadStatusNotUploaded FileUploadStatus = "NOT_UPLOADED"
	// FileUploadStatusInProgress: being processed (a data frame whose
	// upload was marked done).
	FileUploadStatusInProgress FileUploadStatus = "IN_PROGRESS"
	// FileUploadStatusSucceeded: uploaded and valid.
	FileUploadStatusSucceeded FileUploadStatus = "SUCCEEDED"
	// FileUploadStatusFailedValidation: uploaded, but the content was
	// rejected; ErrorMessage says why.
	FileUploadStatusFailedValidation FileUploadStatus = "FAILED_VALIDATION"
)

// FileCreate is the body of Create.
type FileCreate struct {
	// CustomFields are custom fields to set.
	CustomFields CustomFields `json:"customFields,omitzero"`
	// Filename is the file's file name; its extension must be a supported
	// one (.csv, .png, .pdf, ...).
	Filename *string `json:"filename,omitempty"`
	// FolderID is the folder to create the file in (lib_...).
	FolderID *string `json:"folderId,omitempty"`
	// Name is the file's display name.
	Name *string `json:"name,omitempty"`
}

// FileUpdate is the body of Update. Only the fields that are set are
// changed.
type FileUpdate struct {
	// CustomFields are custom fields to add to the file.
	CustomFields CustomFields `json:"customFields,omitzero"`
	// ErrorMessage says why the upload failed, with UploadStatus
	// FileUploadStatusFailedValidation.
	ErrorMessage *string `json:"errorMessage,omitempty"`
	// FolderID moves the file to another folder.
	FolderID *string `json:"folderId,omitempty"`
	// UploadStatus marks the upload: FileUploadStatusSucceeded once the
	// bytes are uploaded, or FileUploadStatusFailedValidation.
	UploadStatus FileUploadStatus `json:"uploadStatus,omitempty"`
}

// FilesArchive is the body of Archive.
type FilesArchive struct {
	// FileIDs are the files to archive.
	FileIDs []string `json:"fileIds"`
	// Reason is why they are archived.
	Reason DataArchiveReason `json:"reason"`
}

// filesUnarchive is the body of Unarchive (the spec's FilesUnarchive).
type filesUnarchive struct {
	FileIDs []string `json:"fileIds"`
}

// FilesArchivalChange lists the files Archive or Unarchive changed.
type FilesArchivalChange struct {
	// FileIDs are the files archived or unarchived.
	FileIDs []string `json:"fileIds,omitempty"`
}

// FileListOptions filter and page Files.List and All (and, as
// DatasetListOptions, Datasets.List: the spec gives both lists the same
// parameters). All filters are optional; list filters take at most 100
// values.
//
// Its fields Sort, ModifiedAt, Name, ArchiveReason, MentionedIn, IDs,
// NamesAnyOf, NamesAnyOfCaseSensitive, CreatorIDs, DisplayIDs and Returning
// are in the embedded DocumentListFilters.
type FileListOptions struct {
	ListOptions
	DocumentListFilters

	// CreatedAt filters by creation time with an expression such as
	// "> 2022-03-01" or "> 2022-03-01 AND < 2022-04-01".
	CreatedAt string `url:"createdAt,omitempty"`
	// FolderID restricts results to a folder.
	FolderID string `url:"folderId,omitempty"`
	// NameIncludes matches names containing it.
	NameIncludes string `url:"nameIncludes,omitempty"`
	// OriginIDs restricts results to items whose origin parent (a
	// connection, an analysis) is one of these.
	OriginIDs []string `url:"originIds,comma,omitempty"`
}

// List returns one page of files; the next page's token is in
// Response.NextToken. opts may be nil. An unknown ID in opts.IDs is an
// error matching ErrBadRequest whose InvalidIDs name it.
//
// Benchling API: GET /files
func (s *FilesService) List(ctx context.Context, opts *FileListOptions) ([]*File, *Response, error) {
	return list[File](ctx, s.c(), http.MethodGet, pathf("files"), "files", opts, nil)
}

// All iterates over every file matching opts, fetching pages as the loop
// needs them. It is lazy: nothing is requested before the loop starts,
// and breaking out of the loop stops fetching. An error (including the
// context's) is yielded once and ends the loop. No goroutines are
// started, opts is not modified, and ranging again starts over.
//
// Benchling API: GET /files
func (s *FilesService) All(ctx context.Context, opts *FileListOptions) iter.Seq2[*File, error] {
	return all(ctx, opts, s.List)
}

// Pages iterates over the pages of the files matching opts, for a job that
// must resume where it stopped: save Page.NextToken once a page is
// processed, and pass it as opts.NextToken to resume. The guarantees are
// All's.
//
// Benchling API: GET /files
func (s *FilesService) Pages(ctx context.Context, opts *FileListOptions) iter.Seq2[*Page[File], error] {
	return pages(ctx, opts, s.List)
}

// Get returns the file with the given ID. Its download URL (valid for an
// hour) is in the response's Content-Location header; Download fetches
// the bytes. An unknown ID is an error matching ErrNotFound.
//
// Benchling API: GET /files/{file_id}
func (s *FilesService) Get(ctx context.Context, id string) (*File, *Response, error) {
	return call[File](ctx, s.c(), http.MethodGet, pathf("files/%s", id), nil, nil)
}

// Create creates a file, NOT_UPLOADED, and returns it; the pre-signed URL
// to PUT its bytes to (valid for an hour) is in the response's
// Content-Location header. Upload creates, uploads and marks the file in
// one call. An unsupported extension is an error matching ErrBadRequest.
//
// Benchling API: POST /files
func (s *FilesService) Create(ctx context.Context, body *FileCreate) (*File, *Response, error) {
	return call[File](ctx, s.c(), http.MethodPost, pathf("files"), nil, body)
}

// Update changes the fields of body that are set and returns the file:
// after uploading the bytes, set UploadStatus to FileUploadStatusSucceeded.
// An unknown ID is an error matching ErrNotFound.
//
// Benchling API: PATCH /files/{file_id}
func (s *FilesService) Update(ctx context.Context, id string, body *FileUpdate) (*File, *Response, error) {
	return call[File](ctx, s.c(), http.MethodPatch, pathf("files/%s", id), nil, body)
}

// Archive archives the files body names for body.Reason. No file ID, or
// an invalid one, is ErrInvalidID before anything is sent; an unknown ID
// is an error matching ErrBadRequest.
//
// Benchling API: POST /files:archive
func (s *FilesService) Archive(ctx context.Context, body *FilesArchive) (*FilesArchivalChange, *Response, error) {
	r := pathf("files:archive")
	if body != nil {
		r = r.needIDs("fileIds", body.FileIDs)
	}
	return call[FilesArchivalChange](ctx, s.c(), http.MethodPost, r, nil, body)
}

// Unarchive unarchives the files with the given IDs. No ID, or an invalid
// one, is ErrInvalidID before anything is sent.
//
// Benchling API: POST /files:unarchive
func (s *FilesService) Unarchive(ctx context.Context, ids []string) (*FilesArchivalChange, *Response, error) {
	return call[FilesArchivalChange](ctx, s.c(), http.MethodPost, pathf("files:unarchive").needIDs("fileIds", ids), nil, &filesUnarchive{FileIDs: ids})
}
