package benchling

// TEMPORARY: Blob and DataArchiveReason are cov-14b's (Blobs, Files,
// Datasets), not on main yet; copied here verbatim so that this branch
// builds. This file goes when cov-14b reaches main.

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
