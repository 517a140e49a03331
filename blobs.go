package benchling

import (
	"context"
	"net/http"
)

// BlobsService uploads and downloads blobs: files of any kind (instrument
// output, images, CSVs) that Benchling stores opaquely and that results,
// runs and schema fields link to by ID. A blob is not searchable on its
// own; keep its ID.
//
// Upload and Download are the helpers most programs need: Upload streams
// an io.Reader of any size (single-part or multipart, parts hashed, sent
// concurrently and retried where safe, the upload aborted on failure) and
// Download streams a blob into an io.Writer from its pre-signed URL. The
// other methods are the operations they are built on.
//
// Benchling API tag: Blobs.
type BlobsService service

// Blob is a file stored in Benchling.
type Blob struct {
	// ID is the blob's UUID.
	ID string `json:"id,omitempty"`
	// MimeType is the blob's media type, for example "text/csv"
	// (application/octet-stream unless the upload set one).
	MimeType string `json:"mimeType,omitempty"`
	// Name is the blob's name, usually its file name.
	Name string `json:"name,omitempty"`
	// Type is BlobTypeRawFile, or BlobTypeVisualization for an image the
	// web app may show as a preview.
	Type BlobType `json:"type,omitempty"`
	// UploadStatus is IN_PROGRESS while a multipart upload is under way,
	// COMPLETE once the blob can be downloaded, ABORTED after an abort.
	UploadStatus BlobUploadStatus `json:"uploadStatus,omitempty"`
}

// BlobType says how Benchling presents a blob. The spec declares the same
// values for Blob, BlobCreate and BlobMultipartCreate; this one type
// serves all three.
type BlobType string

// Blob types.
const (
	// BlobTypeRawFile is any file.
	BlobTypeRawFile BlobType = "RAW_FILE"
	// BlobTypeVisualization is an image the web app may show as a preview.
	BlobTypeVisualization BlobType = "VISUALIZATION"
)

// BlobUploadStatus is the state of a blob's upload.
type BlobUploadStatus string

// Blob upload states.
const (
	// BlobUploadStatusInProgress: a multipart upload was started and is
	// neither completed nor aborted.
	BlobUploadStatusInProgress BlobUploadStatus = "IN_PROGRESS"
	// BlobUploadStatusComplete: the blob's bytes are stored.
	BlobUploadStatusComplete BlobUploadStatus = "COMPLETE"
	// BlobUploadStatusAborted: the multipart upload was aborted and its
	// parts discarded.
	BlobUploadStatusAborted BlobUploadStatus = "ABORTED"
)

// BlobCreate is the body of Create, a single-part upload. Data64 is the
// standard base64 encoding of the bytes and MD5 the hex MD5 of the bytes
// themselves (not of the base64 text): for "hello", "aGVsbG8=" and
// "5d41402abc4b2a76b9719d911017c592". Upload fills both from a reader.
type BlobCreate struct {
	// Data64 is the blob's content in standard base64 (required).
	Data64 string `json:"data64"`
	// MD5 is the hex MD5 hash of the raw content (required).
	MD5 string `json:"md5"`
	// MimeType is the blob's media type (at most 100 characters); the
	// server's default is application/octet-stream.
	MimeType *string `json:"mimeType,omitempty"`
	// Name is the blob's name (required, at most 1000 characters).
	Name string `json:"name"`
	// Type is BlobTypeRawFile or BlobTypeVisualization (required).
	Type BlobType `json:"type"`
}

// BlobMultipartCreate is the body of StartMultipartUpload.
type BlobMultipartCreate struct {
	// MimeType is the blob's media type (at most 100 characters); the
	// server's default is application/octet-stream.
	MimeType *string `json:"mimeType,omitempty"`
	// Name is the blob's name (required, at most 1000 characters).
	Name string `json:"name"`
	// Type is BlobTypeRawFile or BlobTypeVisualization (required).
	Type BlobType `json:"type"`
}

// BlobPartCreate is the body of CreatePart: one part of a multipart
// upload, encoded like BlobCreate's content.
type BlobPartCreate struct {
	// Data64 is the part's bytes in standard base64 (required).
	Data64 string `json:"data64"`
	// MD5 is the hex MD5 hash of the part's raw bytes (required).
	MD5 string `json:"md5"`
	// PartNumber orders the part in the blob: 1 to 10,000, unique within
	// the upload, not necessarily consecutive (required).
	PartNumber int `json:"partNumber"`
}

// BlobPart identifies an uploaded part: CreatePart returns it, and
// CompleteUpload takes the list of them.
type BlobPart struct {
	// ETag is the part's entity tag, as CreatePart returned it (a quoted
	// MD5, for example "\"6f5902ac237024bdd0c176cb93063dc4\"").
	ETag string `json:"eTag,omitempty"`
	// PartNumber is the part's number, 1 to 10,000.
	PartNumber int `json:"partNumber"`
}

// blobComplete is the body of CompleteUpload (the spec's BlobComplete).
type blobComplete struct {
	Parts []BlobPart `json:"parts"`
}

// BlobURL is a pre-signed URL to download a blob's bytes from, without
// Benchling credentials.
type BlobURL struct {
	// DownloadURL is the pre-signed URL. Send no credentials to it.
	DownloadURL string `json:"downloadURL,omitempty"`
	// ExpiresAt is when the URL stops working, in Unix seconds.
	ExpiresAt int64 `json:"expiresAt,omitempty"`
}

// BlobGetOptions are the optional parameters of Get.
type BlobGetOptions struct {
	// Returning limits the returned fields, for example {"id",
	// "uploadStatus"}; the rest stay zero.
	Returning []string `url:"returning,comma,omitempty"`
}

// BlobBulkGetOptions are the optional parameters of BulkGet.
type BlobBulkGetOptions struct {
	// Returning limits the returned fields, for example {"blobs.id",
	// "blobs.uploadStatus"}; the rest stay zero.
	Returning []string `url:"returning,comma,omitempty"`
}

// Create uploads a blob in one request: body holds all its bytes, base64
// encoded, and their MD5. Benchling asks for multipart uploads above 10
// MB; Upload picks the right way for a reader of any size. A wrong MD5 is
// an error matching ErrBadRequest. The request is not retried after it may
// have reached the server (a second one would store a second blob).
//
// Benchling API: POST /blobs
func (s *BlobsService) Create(ctx context.Context, body *BlobCreate) (*Blob, *Response, error) {
	return call[Blob](ctx, s.c(), http.MethodPost, pathf("blobs"), nil, body)
}

// Get returns the blob with the given ID (its metadata; Download returns
// its bytes). An unknown ID is an error matching ErrNotFound. opts may be
// nil.
//
// Benchling API: GET /blobs/{blob_id}
func (s *BlobsService) Get(ctx context.Context, id string, opts *BlobGetOptions) (*Blob, *Response, error) {
	return call[Blob](ctx, s.c(), http.MethodGet, pathf("blobs/%s", id), opts, nil)
}

// BulkGet returns the blobs with the given IDs. No ID, or an invalid one,
// is ErrInvalidID before anything is sent; an unknown ID is an error
// matching ErrBadRequest. opts may be nil.
//
// Benchling API: GET /blobs:bulk-get
func (s *BlobsService) BulkGet(ctx context.Context, ids []string, opts *BlobBulkGetOptions) ([]*Blob, *Response, error) {
	q := struct {
		IDs []string `url:"blobIds,comma"`
		BlobBulkGetOptions
	}{IDs: ids}
	if opts != nil {
		q.BlobBulkGetOptions = *opts
	}
	return list[Blob](ctx, s.c(), http.MethodGet, pathf("blobs:bulk-get").needIDs("blobIds", ids), "blobs", q, nil)
}

// GetDownloadURL returns a pre-signed URL for the blob's bytes and when it
// expires. The URL is on another host (cloud storage) and takes no
// Benchling credentials; Download fetches it without them. A blob whose
// upload is not complete is an error matching ErrBadRequest, an unknown ID
// one matching ErrNotFound.
//
// Benchling API: GET /blobs/{blob_id}/download-url
func (s *BlobsService) GetDownloadURL(ctx context.Context, id string) (*BlobURL, *Response, error) {
	return call[BlobURL](ctx, s.c(), http.MethodGet, pathf("blobs/%s/download-url", id), nil, nil)
}

// StartMultipartUpload starts a multipart upload and returns the new blob,
// IN_PROGRESS: upload its parts with CreatePart, then CompleteUpload (or
// AbortUpload). Upload does all of it for a reader.
//
// Benchling API: POST /blobs:start-multipart-upload
func (s *BlobsService) StartMultipartUpload(ctx context.Context, body *BlobMultipartCreate) (*Blob, *Response, error) {
	return call[Blob](ctx, s.c(), http.MethodPost, pathf("blobs:start-multipart-upload"), nil, body)
}

// CreatePart uploads one part of the multipart upload of blob blobID and
// returns its part number and ETag, for CompleteUpload. Every part but the
// last must hold at least 5 MiB (Benchling recommends about 10 MB); a
// wrong MD5, a part number outside 1 to 10,000 or an upload that is no
// longer in progress is an error matching ErrBadRequest.
//
// Uploading the same bytes under the same part number again replaces the
// part with an identical one, so CreatePart is retried like a read (on
// 502/503/504 and lost connections), unlike other POSTs.
//
// Benchling API: POST /blobs/{blob_id}/parts
func (s *BlobsService) CreatePart(ctx context.Context, blobID string, body *BlobPartCreate) (*BlobPart, *Response, error) {
	return call[BlobPart](ctx, s.c(), http.MethodPost, pathf("blobs/%s/parts", blobID).idempotent(), nil, body)
}

// CompleteUpload assembles the parts of the multipart upload of blob
// blobID, in part-number order, into the blob and returns it, COMPLETE.
// parts are the part numbers and ETags CreatePart returned, in ascending
// part-number order; parts uploaded but not listed are discarded. A
// missing part, a wrong ETag or a part smaller than 5 MiB other than the
// last is an error matching ErrBadRequest. The request is not retried
// after it may have reached the server; after an error matching
// ErrOutcomeUnknown, Get tells whether the blob is COMPLETE.
//
// Benchling API: POST /blobs/{blob_id}:complete-upload
func (s *BlobsService) CompleteUpload(ctx context.Context, blobID string, parts []BlobPart) (*Blob, *Response, error) {
	return call[Blob](ctx, s.c(), http.MethodPost, pathf("blobs/%s:complete-upload", blobID), nil, &blobComplete{Parts: parts})
}

// AbortUpload aborts the multipart upload of blob blobID: its parts are
// discarded and the blob is ABORTED. An upload that is not in progress is
// an error matching ErrBadRequest.
//
// Benchling API: POST /blobs/{blob_id}:abort-upload
func (s *BlobsService) AbortUpload(ctx context.Context, blobID string) (*Response, error) {
	_, resp, err := call[struct{}](ctx, s.c(), http.MethodPost, pathf("blobs/%s:abort-upload", blobID), nil, nil)
	return resp, err
}
