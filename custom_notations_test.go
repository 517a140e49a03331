package benchling

import (
	"net/http"
	"testing"
)

// TestCustomNotations exercises List, All and Pages with the spec's
// fixture.
func TestCustomNotations(t *testing.T) {
	runSpecCases(t, []specCase{
		{name: "List", op: "listCustomNotations", pattern: "GET /custom-notations", status: http.StatusOK,
			query: map[string]string{"pageSize": "10"},
			call: func(t *testing.T, c *Client) (any, error) {
				l, resp, err := c.CustomNotations.List(testCtx(t), &ListOptions{PageSize: 10})
				return map[string]any{"customNotations": l, "nextToken": resp.NextToken}, err
			}},
	})
	env, n := setup(t), 0
	specPages(t, env, "GET /custom-notations", "listCustomNotations", "customNotations", false, &n)
	s := env.client.CustomNotations
	wantAllPages(t, &n, s.All(testCtx(t), nil), s.Pages(testCtx(t), nil))
}
