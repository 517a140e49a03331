package benchling

import (
	"net/http"
	"testing"
)

// TestEnzymes exercises List, All and Pages with the spec's fixture.
func TestEnzymes(t *testing.T) {
	runSpecCases(t, []specCase{
		{name: "List", op: "listEnzymes", pattern: "GET /enzymes", status: http.StatusOK,
			query: map[string]string{"name": "EcoRI", "names.anyOf": "EcoRI,BamHI", "pageSize": "2"},
			call: func(t *testing.T, c *Client) (any, error) {
				l, resp, err := c.Enzymes.List(testCtx(t), &CatalogListOptions{ListOptions: ListOptions{PageSize: 2}, Name: "EcoRI", NamesAnyOf: []string{"EcoRI", "BamHI"}})
				return map[string]any{"enzymes": l, "nextToken": resp.NextToken}, err
			}},
	})
	env, n := setup(t), 0
	specPages(t, env, "GET /enzymes", "listEnzymes", "enzymes", false, &n)
	s := env.client.Enzymes
	wantAllPages(t, &n, s.All(testCtx(t), nil), s.Pages(testCtx(t), nil))
}
