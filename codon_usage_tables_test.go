package benchling

import (
	"net/http"
	"testing"
)

// TestCodonUsageTables exercises List, All and Pages with the spec's
// fixture.
func TestCodonUsageTables(t *testing.T) {
	runSpecCases(t, []specCase{
		{name: "List", op: "listCodonUsageTables", pattern: "GET /codon-usage-tables", status: http.StatusOK,
			query: map[string]string{"sort": "name:desc", "nameIncludes": "coli", "ids": "codtab_1,codtab_2"},
			call: func(t *testing.T, c *Client) (any, error) {
				l, resp, err := c.CodonUsageTables.List(testCtx(t), &CatalogListOptions{Sort: SortNameDesc, NameIncludes: "coli", IDs: []string{"codtab_1", "codtab_2"}})
				return map[string]any{"codonUsageTables": l, "nextToken": resp.NextToken}, err
			}},
	})
	env, n := setup(t), 0
	specPages(t, env, "GET /codon-usage-tables", "listCodonUsageTables", "codonUsageTables", false, &n)
	s := env.client.CodonUsageTables
	wantAllPages(t, &n, s.All(testCtx(t), nil), s.Pages(testCtx(t), nil))
}
