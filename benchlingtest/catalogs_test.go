package benchlingtest_test

import (
	"slices"
	"testing"

	"github.com/benchling-go/benchling"
)

// TestE2ECatalogs drives the seeded catalogs through the SDK: custom
// notations, codon usage tables and enzymes.
func TestE2ECatalogs(t *testing.T) {
	_, c := e2eSetup(t, nil)
	ctx := e2eCtx(t)

	notes, _, err := c.CustomNotations.List(ctx, nil)
	if err != nil || len(notes) != 1 || notes[0].ID != "sntx_lRe007yZ" || len(notes[0].Aliases) != 12 || notes[0].Aliases[4].Token != "rA" {
		t.Fatalf("CustomNotations.List: %v %+v", err, notes)
	}
	if n := len(e2eCollect(t, c.CustomNotations.All(ctx, nil))); n != 1 {
		t.Errorf("CustomNotations.All: %d", n)
	}
	if n := len(e2eCollect(t, c.CustomNotations.Pages(ctx, &benchling.ListOptions{PageSize: 1}))); n != 1 {
		t.Errorf("CustomNotations.Pages: %d", n)
	}

	names := func(seq func(func(*benchling.CodonUsageTable, error) bool)) []string {
		return e2eIDs(e2eCollect(t, seq), func(c *benchling.CodonUsageTable) string { return c.Name })
	}
	tables := names(c.CodonUsageTables.All(ctx, &benchling.CatalogListOptions{ListOptions: benchling.ListOptions{PageSize: 2}}))
	if len(tables) != 6 || !slices.IsSorted(tables) {
		t.Errorf("CodonUsageTables.All (name:asc by default): %v", tables)
	}
	coli, _, err := c.CodonUsageTables.List(ctx, &benchling.CatalogListOptions{NameIncludes: "coli"})
	if err != nil || len(coli) != 1 || coli[0].ID != "codtab_VfVOART1" {
		t.Errorf("CodonUsageTables.List nameIncludes: %v %+v", err, coli)
	}
	pgs := e2eCollect(t, c.CodonUsageTables.Pages(ctx, &benchling.CatalogListOptions{Sort: benchling.SortNameDesc, ListOptions: benchling.ListOptions{PageSize: 4}}))
	if len(pgs) != 2 || pgs[0].Items[0].Name != "Saccharomyces cerevisiae" {
		t.Errorf("CodonUsageTables.Pages name:desc: %d pages", len(pgs))
	}

	ecori, _, err := c.Enzymes.List(ctx, &benchling.CatalogListOptions{Name: "ecori"})
	if err != nil || len(ecori) != 1 || ecori[0].RestrictionSite != "GAATTC" || !slices.Equal(ecori[0].Cutsites, []int{1, 5}) {
		t.Fatalf("Enzymes.List by name: %v %+v", err, ecori)
	}
	some, _, err := c.Enzymes.List(ctx, &benchling.CatalogListOptions{NamesAnyOf: []string{"BsaI", "NotI"}})
	if err != nil || len(some) != 2 || some[0].Name != "BsaI" {
		t.Errorf("Enzymes.List names.anyOf: %v %+v", err, some)
	}
	if _, _, err := c.Enzymes.List(ctx, &benchling.CatalogListOptions{Sort: benchling.SortModifiedAt}); err == nil {
		t.Error("Enzymes.List sorted by modifiedAt succeeded; the spec allows name orders only")
	}
	if n := len(e2eCollect(t, c.Enzymes.All(ctx, nil))); n != 7 {
		t.Errorf("Enzymes.All: %d, want 7", n)
	}
	if n := len(e2eCollect(t, c.Enzymes.Pages(ctx, &benchling.CatalogListOptions{ListOptions: benchling.ListOptions{PageSize: 5}}))); n != 2 {
		t.Errorf("Enzymes.Pages: %d", n)
	}
}
