package tools

import "github.com/benchling-go/benchling"

// The Audit tag (auditLog): its models (see drift_test.go for what is
// checked).
var _ = register(driftTable{
	Tag: "Audit",
	Models: []model{
		{Go: benchling.AuditLogExport{}, Schema: "AuditLogExport"},
		{Go: benchling.AuditExportLogResult{}, Schema: "ExportAuditLogAsyncTask", Path: []string{"response"}},
	},
})
