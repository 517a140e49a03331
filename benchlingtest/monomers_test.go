package benchlingtest_test

import (
	"errors"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/benchling-go/benchling"
)

// TestE2EMonomers drives every method of MonomersService against the fake
// tenant: what is derived from the SMILES, the checks, clearing with null,
// returning, and archive with the monomers' own reasons.
func TestE2EMonomers(t *testing.T) {
	_, c := e2eSetup(t, nil)
	ctx, s := e2eCtx(t), c.Monomers

	ps, _, err := s.Create(ctx, &benchling.MonomerCreate{Name: "(Rp)-Phosphorothioate", Symbol: "Rsp", NaturalAnalog: "p",
		Smiles: "O[P@@](=S)([OH:1])[OH:2]", Color: benchling.Ptr("#7051FC"), VisualSymbol: benchling.MonomerVisualSymbolDiamondFilled}, nil)
	if err != nil || !strings.HasPrefix(ps.ID, "mon_") || !slices.Equal(ps.AttachmentPoints, []string{"OH", "OH"}) ||
		ps.MonomerType != benchling.MonomerTypeBackbone || ps.PolymerType != benchling.MonomerPolymerTypeRna || *ps.VisualColor != "#7051FC" ||
		*ps.VisualSymbol != benchling.MonomerVisualSymbolDiamondFilled || ps.CanonicalSmiles != "O[P@@](=S)([OH:1])[OH:2]" {
		t.Fatalf("Create: %v %+v", err, ps)
	}
	// H3PO3S: 3 H (1.008) + P (30.974) + 3 O (15.999) + S (32.06).
	if want := 3*1.008 + 30.974 + 3*15.999 + 32.06; math.Abs(ps.CalculatedMolecularWeight-want) > 0.001 || ps.ExactMolecularWeight == 0 {
		t.Errorf("weights: %v %v, want %v", ps.CalculatedMolecularWeight, ps.ExactMolecularWeight, want)
	}
	base, _, err := s.Create(ctx, &benchling.MonomerCreate{Name: "5-methylcytosine", Symbol: "5mC", NaturalAnalog: "C",
		Smiles: "Cc1cn([*:1])c(=O)nc1N"}, &benchling.MonomerCreateOptions{Returning: []string{"id", "monomerType"}})
	if err == nil {
		t.Fatalf("Create with [*:1], an element the reader does not know: %+v", base)
	}
	base, _, err = s.Create(ctx, &benchling.MonomerCreate{Name: "5-methylcytosine", Symbol: "5mC", NaturalAnalog: "C",
		Smiles: "Cc1cn([CH3:1])c(=O)nc1N"}, &benchling.MonomerCreateOptions{Returning: []string{"id", "monomerType"}})
	if err != nil || base.MonomerType != benchling.MonomerTypeBranch || base.Name != "" {
		t.Fatalf("Create with returning: %v %+v", err, base)
	}
	for name, body := range map[string]*benchling.MonomerCreate{
		"no attachment point": {Name: "x", Symbol: "x", NaturalAnalog: "A", Smiles: "OCC"},
		"bad SMILES":          {Name: "x", Symbol: "x", NaturalAnalog: "A", Smiles: "O(("},
		"natural analog":      {Name: "x", Symbol: "x", NaturalAnalog: "Z", Smiles: "[OH:1]C"},
		"color":               {Name: "x", Symbol: "x", NaturalAnalog: "A", Smiles: "[OH:1]C", Color: benchling.Ptr("purple")},
		"symbol taken":        {Name: "x", Symbol: "Rsp", NaturalAnalog: "p", Smiles: "[OH:1]P[OH:2]"},
		"visual symbol":       {Name: "x", Symbol: "y", NaturalAnalog: "A", Smiles: "[OH:1]C", VisualSymbol: "HEXAGON"},
	} {
		if _, _, err := s.Create(ctx, body, nil); !errors.Is(err, benchling.ErrBadRequest) {
			t.Errorf("Create (%s): %v, want a 400", name, err)
		}
	}

	up, _, err := s.Update(ctx, ps.ID, &benchling.MonomerUpdate{Color: benchling.Null[string](),
		CustomMolecularWeight: benchling.NullableOf(115.0), Name: benchling.Ptr("Phosphorothioate (Rp)")}, nil)
	if err != nil || up.VisualColor != nil || up.CustomMolecularWeight == nil || *up.CustomMolecularWeight != 115 || up.Name != "Phosphorothioate (Rp)" {
		t.Fatalf("Update: %v %+v", err, up)
	}
	up, _, err = s.Update(ctx, ps.ID, &benchling.MonomerUpdate{CustomMolecularWeight: benchling.Null[float64]()}, &benchling.MonomerUpdateOptions{Returning: []string{"id", "customMolecularWeight"}})
	if err != nil || up.CustomMolecularWeight != nil || up.Symbol != "" {
		t.Fatalf("Update clearing with returning: %v %+v", err, up)
	}
	_, _, err = s.Update(ctx, "mon_missing", &benchling.MonomerUpdate{Name: benchling.Ptr("x")}, nil)
	e2eWantNotFound(t, err, "mon_missing")

	l, resp, err := s.List(ctx, &benchling.MonomerListOptions{ListOptions: benchling.ListOptions{PageSize: 1}})
	if err != nil || len(l) != 1 || resp.NextToken == "" {
		t.Fatalf("List: %v %+v %q", err, l, resp.NextToken)
	}
	if n := len(e2eCollect(t, s.All(ctx, nil))); n != 2 {
		t.Errorf("All: %d, want 2", n)
	}
	if pages := e2eCollect(t, s.Pages(ctx, &benchling.MonomerListOptions{ListOptions: benchling.ListOptions{PageSize: 1},
		Returning: []string{"monomers.id"}})); len(pages) != 2 || pages[1].Items[0].ID != base.ID || pages[1].Items[0].Name != "" {
		t.Errorf("Pages with returning: %+v", pages)
	}

	if a, _, err := s.Archive(ctx, &benchling.MonomersArchive{MonomerIDs: []string{base.ID}, Reason: benchling.MonomersArchiveReasonArchived}); err != nil || a.MonomerIDs[0] != base.ID {
		t.Fatalf("Archive: %v %+v", err, a)
	}
	if _, _, err := s.Archive(ctx, &benchling.MonomersArchive{MonomerIDs: []string{ps.ID}, Reason: "Retired"}); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("Archive with an entity reason monomers do not have: %v", err)
	}
	many := make([]string, 101)
	for i := range many {
		many[i] = ps.ID
	}
	if _, _, err := s.Archive(ctx, &benchling.MonomersArchive{MonomerIDs: many, Reason: benchling.MonomersArchiveReasonOther}); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("Archive of 101 IDs: %v", err)
	}
	if a, _, err := s.Unarchive(ctx, []string{base.ID}); err != nil || len(a.MonomerIDs) != 1 {
		t.Fatalf("Unarchive: %v %+v", err, a)
	}
}
