package benchling

import (
	"net/http"
	"testing"
)

func TestExportsSpec(t *testing.T) {
	result := []byte(`{"downloadURL": "https://s3.example.com/exports/etr_1X1AlQPD.zip?X-Amz-Signature=abc"}`)
	runSpecCases(t, []specCase{
		{name: "Create", op: "exportItem", pattern: "POST /exports", status: http.StatusAccepted, task: result,
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.Exports.Create(testCtx(t), reqFixture[ExportItemRequest](t, "exportItem"))
				if err == nil {
					wantTaskResult(t, l, result)
				}
				return l, err
			}},
	})
}
