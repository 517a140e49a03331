package benchlingtest_test

import (
	"errors"
	"net/http"
	"strings"
	"testing"

	"github.com/benchling-go/benchling"
)

// ethanolMolfile is ethanol (C-C-O) as a V2000 molfile.
const ethanolMolfile = `ethanol
  benchlingtest

  3  2  0  0  0  0  0  0  0  0999 V2000
    0.0000    0.0000    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0
    1.2990    0.7500    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0
    2.5981    0.0000    0.0000 O   0  0  0  0  0  0  0  0  0  0  0  0
  1  2  1  0
  2  3  1  0
M  END
`

// TestE2EMolecules drives every method of MoleculesService against the
// fake tenant: structures in SMILES and molfiles, checked; substructure
// filters; registration; bulk tasks.
func TestE2EMolecules(t *testing.T) {
	srv, c := e2eSetup(t, nil)
	e2eSchemas(t, srv, "ts_mol:molecule")
	ctx, s := e2eCtx(t), c.Molecules
	folder, reg := srv.FolderID(), srv.RegistryID()

	asp, resp, err := s.Create(ctx, &benchling.MoleculeCreate{EntityCreateBase: benchling.EntityCreateBase{
		Name:     "Aspirin",
		FolderID: &folder,
	}, SchemaID: benchling.Ptr("ts_mol"),
		ChemicalStructure: benchling.SmilesStructure("CC(=O)Oc1ccccc1C(=O)O")})
	if err != nil || resp.StatusCode != http.StatusCreated || !strings.HasPrefix(asp.ID, "mol_") ||
		asp.CanonicalizedSmiles != "CC(=O)Oc1ccccc1C(=O)O" || asp.OriginalSmiles == nil || *asp.OriginalSmiles != asp.CanonicalizedSmiles {
		t.Fatalf("Create from SMILES: %v %+v", err, asp)
	}
	eth, _, err := s.Create(ctx, &benchling.MoleculeCreate{EntityCreateBase: benchling.EntityCreateBase{Name: "Ethanol", FolderID: &folder}, ChemicalStructure: benchling.MolfileStructure(ethanolMolfile)})
	if err != nil || eth.CanonicalizedSmiles != "CCO" || eth.OriginalSmiles != nil {
		t.Fatalf("Create from a molfile: %v %+v", err, eth)
	}
	for name, st := range map[string]benchling.MoleculeStructure{
		"unclosed ring":  benchling.SmilesStructure("c1ccccc"),
		"branch":         benchling.SmilesStructure("CC(C"),
		"element":        benchling.SmilesStructure("[Xx]C"),
		"molfile":        benchling.MolfileStructure("not a molfile"),
		"no format":      {Value: benchling.Ptr("CCO")},
		"unknown format": {StructureFormat: "inchi", Value: benchling.Ptr("InChI=1S/CH4/h1H4")},
	} {
		if _, _, err := s.Create(ctx, &benchling.MoleculeCreate{EntityCreateBase: benchling.EntityCreateBase{Name: name, FolderID: &folder}, ChemicalStructure: st}); !errors.Is(err, benchling.ErrBadRequest) {
			t.Errorf("Create with a bad structure (%s): %v", name, err)
		}
	}
	got, _, err := s.Get(ctx, asp.ID)
	if err != nil || got.Name != "Aspirin" || got.Schema.ID != "ts_mol" {
		t.Fatalf("Get: %v %+v", err, got)
	}
	_, _, err = s.Get(ctx, "mol_missing")
	e2eWantNotFound(t, err, "mol_missing")
	ethanol := benchling.MolfileStructure(ethanolMolfile)
	up, _, err := s.Update(ctx, eth.ID, &benchling.MoleculeUpdate{EntityUpdateBase: benchling.EntityUpdateBase{Name: benchling.Ptr("Propanol")}, ChemicalStructure: benchling.Ptr(benchling.SmilesStructure("CCCO"))})
	if err != nil || up.Name != "Propanol" || up.CanonicalizedSmiles != "CCCO" {
		t.Fatalf("Update: %v %+v", err, up)
	}

	// Substructure filters: SMILES text, and a molfile's SMILES.
	if l, _, err := s.List(ctx, &benchling.MoleculeListOptions{ChemicalSubstructureSmiles: "c1ccccc1"}); err != nil || len(l) != 1 || l[0].ID != asp.ID {
		t.Errorf("List by SMILES substructure: %v %+v", err, l)
	}
	if l, _, err := s.List(ctx, &benchling.MoleculeListOptions{ChemicalSubstructureMol: *ethanol.Value}); err != nil || len(l) != 1 || l[0].ID != eth.ID {
		t.Errorf("List by molfile substructure (CCO in CCCO): %v %+v", err, l)
	}
	if _, _, err := s.List(ctx, &benchling.MoleculeListOptions{ChemicalSubstructureSmiles: "C(("}); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("List by an invalid substructure: %v", err)
	}

	// Upsert by registry ID, then the registry filter.
	m, resp, err := s.Upsert(ctx, "MOL900", &benchling.MoleculeUpsertRequest{EntityUpsertBase: benchling.EntityUpsertBase{
		Name:       "Caffeine",
		RegistryID: reg,
		SchemaID:   "ts_mol",
	},
		ChemicalStructure: benchling.SmilesStructure("Cn1cnc2c1c(=O)n(C)c(=O)n2C")})
	if err != nil || resp.StatusCode != http.StatusCreated || *m.EntityRegistryID != "MOL900" {
		t.Fatalf("Upsert: %v %+v", err, m)
	}
	if m2, resp, err := s.Upsert(ctx, "MOL900", &benchling.MoleculeUpsertRequest{EntityUpsertBase: benchling.EntityUpsertBase{
		Name:       "Caffeine (anhydrous)",
		RegistryID: reg,
		SchemaID:   "ts_mol",
	},
		ChemicalStructure: benchling.SmilesStructure("Cn1cnc2c1c(=O)n(C)c(=O)n2C")}); err != nil || resp.StatusCode != http.StatusOK || m2.ID != m.ID {
		t.Fatalf("Upsert again: %v %+v", err, m2)
	}
	if l, _, err := s.List(ctx, &benchling.MoleculeListOptions{EntityListFilters: benchling.EntityListFilters{RegistryID: reg}}); err != nil || len(l) != 1 || l[0].ID != m.ID {
		t.Errorf("List by registry: %v %+v", err, l)
	}
	if n := len(e2eCollect(t, s.All(ctx, nil))); n != 3 {
		t.Errorf("All: %d, want 3", n)
	}
	if n := len(e2eCollect(t, s.Pages(ctx, &benchling.MoleculeListOptions{ListOptions: benchling.ListOptions{PageSize: 2}}))); n != 2 {
		t.Errorf("Pages: %d, want 2", n)
	}
	if a, _, err := s.Archive(ctx, &benchling.MoleculesArchive{MoleculeIDs: []string{asp.ID}, Reason: benchling.EntityArchiveReasonExpired}); err != nil || a.MoleculeIDs[0] != asp.ID {
		t.Fatalf("Archive: %v %+v", err, a)
	}
	if a, _, err := s.Unarchive(ctx, []string{asp.ID}); err != nil || len(a.MoleculeIDs) != 1 {
		t.Fatalf("Unarchive: %v %+v", err, a)
	}

	// Bulk tasks and their *Many forms.
	bc, _, err := s.BulkCreate(ctx, []*benchling.MoleculeCreate{{EntityCreateBase: benchling.EntityCreateBase{Name: "Benzene", FolderID: &folder}, ChemicalStructure: benchling.SmilesStructure("c1ccccc1")}})
	if err != nil {
		t.Fatal(err)
	}
	made, err := bc.Wait(ctx)
	if err != nil || len(made.Molecules) != 1 || made.Molecules[0].CanonicalizedSmiles != "c1ccccc1" {
		t.Fatalf("BulkCreate: %v %+v", err, made)
	}
	bu, _, err := s.BulkUpdate(ctx, []*benchling.MoleculeBulkUpdate{{ID: made.Molecules[0].ID, EntityUpdateBase: benchling.EntityUpdateBase{Aliases: []string{"benzol"}}}})
	if err != nil {
		t.Fatal(err)
	}
	if r, err := bu.Wait(ctx); err != nil || r.Molecules[0].Aliases[0] != "benzol" {
		t.Fatalf("BulkUpdate: %v %+v", err, r)
	}
	bp, _, err := s.BulkUpsert(ctx, []*benchling.MoleculeBulkUpsertRequest{{EntityRegistryID: "MOL901", EntityUpsertBase: benchling.EntityUpsertBase{
		Name:       "Glycine",
		RegistryID: reg,
		SchemaID:   "ts_mol",
	},
		ChemicalStructure: benchling.SmilesStructure("NCC(=O)O")}}, &benchling.MoleculeBulkUpsertOptions{Returning: []string{"molecules.id", "molecules.entityRegistryId"}})
	if err != nil {
		t.Fatal(err)
	}
	if r, err := bp.Wait(ctx); err != nil || len(r.Molecules) != 1 || *r.Molecules[0].EntityRegistryID != "MOL901" || r.Molecules[0].Name != "" {
		t.Fatalf("BulkUpsert with returning: %v %+v", err, r)
	}
	bad, _, err := s.BulkCreate(ctx, []*benchling.MoleculeCreate{{EntityCreateBase: benchling.EntityCreateBase{Name: "ok", FolderID: &folder}, ChemicalStructure: benchling.SmilesStructure("C")},
		{EntityCreateBase: benchling.EntityCreateBase{Name: "bad", FolderID: &folder}, ChemicalStructure: benchling.SmilesStructure("C1CC")}})
	if err != nil {
		t.Fatal(err)
	}
	_, err = bad.Wait(ctx)
	e2eWantItemError(t, err, 1, "a ring is not closed")
	res, err := s.CreateMany(ctx, []*benchling.MoleculeCreate{{EntityCreateBase: benchling.EntityCreateBase{Name: "Methane", FolderID: &folder}, ChemicalStructure: benchling.SmilesStructure("C")}}, nil)
	if err != nil || res[0].Value.Name != "Methane" {
		t.Fatalf("CreateMany: %v %+v", err, res)
	}
	ures, err := s.UpdateMany(ctx, []*benchling.MoleculeBulkUpdate{{ID: res[0].Value.ID, EntityUpdateBase: benchling.EntityUpdateBase{Name: benchling.Ptr("CH4")}}}, nil)
	if err != nil || ures[0].Value.Name != "CH4" {
		t.Fatalf("UpdateMany: %v %+v", err, ures)
	}
	pres, err := s.UpsertMany(ctx, []*benchling.MoleculeBulkUpsertRequest{{EntityRegistryID: "MOL902", EntityUpsertBase: benchling.EntityUpsertBase{
		Name:       "Urea",
		RegistryID: reg,
		SchemaID:   "ts_mol",
	},
		ChemicalStructure: benchling.SmilesStructure("NC(N)=O")}}, nil, nil)
	if err != nil || *pres[0].Value.EntityRegistryID != "MOL902" {
		t.Fatalf("UpsertMany: %v %+v", err, pres)
	}
}
