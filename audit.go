package benchling

import (
	"context"
	"net/http"
)

// AuditService exports audit logs: the history of changes to one
// Benchling object, as a CSV or PDF file.
//
// Benchling API tag: Audit.
type AuditService service

// AuditLogExport is the body of AuditService.ExportLog.
type AuditLogExport struct {
	// Format is the format of the exported file.
	Format AuditLogExportFormat `json:"format"`
}

// AuditLogExportFormat is the format of an exported audit log.
type AuditLogExportFormat string

// Export formats the spec declares.
const (
	AuditLogExportFormatCSV AuditLogExportFormat = "CSV"
	AuditLogExportFormatPDF AuditLogExportFormat = "PDF"
)

// AuditExportLogResult is the response of a succeeded ExportLog task.
type AuditExportLogResult struct {
	// DownloadURL is where to download the exported file (on Amazon S3,
	// for a limited time).
	DownloadURL string `json:"downloadURL,omitempty"`
}

// ExportLog starts an asynchronous task that exports the audit log of the
// object objectID (an entity, an entry, a container...); link.Wait
// returns the file's download URL. Benchling allows 500 exports an hour,
// and throttles large ones (about 70,000 audit events an hour in CSV,
// 30,000 in PDF): beyond that it answers 429, which the SDK retries with
// backoff. An empty or path-breaking objectID is an error matching
// ErrInvalidID.
//
// Benchling API: POST /audit/log/{object_id}
func (s *AuditService) ExportLog(ctx context.Context, objectID string, body *AuditLogExport) (*AsyncTaskLink[AuditExportLogResult], *Response, error) {
	return startTask[AuditExportLogResult](ctx, s.c(), http.MethodPost, pathf("audit/log/%s", objectID), nil, body)
}
