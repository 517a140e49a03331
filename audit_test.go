package benchling

import (
	"net/http"
	"testing"
)

// TestAudit exercises ExportLog with the spec's fixtures, and its task's
// result.
func TestAudit(t *testing.T) {
	result := []byte(`{"downloadURL":"https://benchling-exports.s3.amazonaws.com/audit/seq_yWs5X7lv.csv"}`)
	runSpecCases(t, []specCase{
		{name: "ExportLog", op: "auditLog", pattern: "POST /audit/log/seq_yWs5X7lv", status: http.StatusAccepted, task: result,
			call: func(t *testing.T, c *Client) (any, error) {
				link, _, err := c.Audit.ExportLog(testCtx(t), "seq_yWs5X7lv", reqFixture[AuditLogExport](t, "auditLog"))
				if err == nil {
					wantTaskResult(t, link, result)
				}
				return link, err
			}},
	})
	env := setup(t)
	wantInvalidID(t, map[string]func() error{
		"ExportLog": func() error {
			_, _, err := env.client.Audit.ExportLog(testCtx(t), "a/b", &AuditLogExport{Format: AuditLogExportFormatPDF})
			return err
		},
	})
}
