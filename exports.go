package benchling

import (
	"context"
	"net/http"
)

// ExportsService exports notebook items (entries) as PDF or HTML. An
// export runs as a task whose result is a link to a ZIP file in cloud
// storage; Download waits for it and streams the ZIP.
//
// Exports are throttled by load rather than by a fixed rate: under load
// Benchling answers 429, which the client retries with backoff.
//
// Benchling API tag: Exports.
type ExportsService service

// ExportItemRequest is the body of Create.
type ExportItemRequest struct {
	// Format is ExportItemRequestFormatPDF (the server's default) or
	// ExportItemRequestFormatHTML.
	Format ExportItemRequestFormat `json:"format,omitempty"`
	// ID is the item to export, for example an entry (etr_...)
	// (required).
	ID string `json:"id"`
}

// ExportItemRequestFormat is the format of an export.
type ExportItemRequestFormat string

// Export formats.
const (
	ExportItemRequestFormatPDF  ExportItemRequestFormat = "pdf"
	ExportItemRequestFormatHTML ExportItemRequestFormat = "html"
)

// ExportsCreateResult is the response of a succeeded export task.
type ExportsCreateResult struct {
	// DownloadURL is the pre-signed URL of the ZIP file holding the
	// export. Send no Benchling credentials to it.
	DownloadURL string `json:"downloadURL,omitempty"`
}

// Create starts exporting the item body names; link.Wait returns the
// download URL of the ZIP when the task ends. Download does both and
// streams the ZIP. An unknown item is an error matching ErrBadRequest; a
// 429 (too many exports under way) is retried with backoff.
//
// Benchling API: POST /exports
func (s *ExportsService) Create(ctx context.Context, body *ExportItemRequest) (*AsyncTaskLink[ExportsCreateResult], *Response, error) {
	return startTask[ExportsCreateResult](ctx, s.c(), http.MethodPost, pathf("exports"), nil, body)
}
