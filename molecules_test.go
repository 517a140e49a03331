package benchling

import (
	"encoding/json"
	"errors"
	"math"
	"net/http"
	"testing"
)

func TestMoleculesGet(t *testing.T) {
	env := setup(t)
	serveSpecQuery(t, env, "GET /molecules/mol_1", "getMolecule", http.StatusOK, nil)
	env.mux.HandleFunc("GET /molecules/mol_missing", serveJSON(t, http.MethodGet, http.StatusNotFound, notFoundBody("Molecule", "mol_missing")))
	ctx, s := testCtx(t), env.client.Molecules
	got, _, err := s.Get(ctx, "mol_1")
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, specFixture(t, "getMolecule", http.StatusOK), got)
	if _, _, err := s.Get(ctx, "mol_missing"); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown molecule: %v, want ErrNotFound", err)
	}
	wantInvalidID(t, map[string]func() error{
		"Get":    func() error { _, _, err := s.Get(ctx, " "); return err },
		"Update": func() error { _, _, err := s.Update(ctx, "a\\b", &MoleculeUpdate{}); return err },
		"Upsert": func() error { _, _, err := s.Upsert(ctx, "", &MoleculeUpsertRequest{}); return err },
	})
}

func TestMoleculesList(t *testing.T) {
	env := setup(t)
	serveSpecQuery(t, env, "GET /molecules", "listMolecules", http.StatusOK, map[string]string{
		"pageSize": "5", "sort": "modifiedAt:desc", "createdAt": "> 2022-03-01", "modifiedAt": "> 2022-03-02", "name": "Aspirin",
		"nameIncludes": "Asp", "folderId": "lib_1", "mentionedIn": "etr_1", "projectId": "src_p", "registryId": "src_1", "schemaId": "ts_1",
		"schemaField.Purity": ">= 0.9", "archiveReason": "NOT_ARCHIVED", "mentions": "mol_2", "ids": "mol_1", "entityRegistryIds.anyOf": "MOL1",
		"names.anyOf": "a", "authorIds.anyOf": "ent_1", "chemicalSubstructure.mol": "M  END", "chemicalSubstructure.smiles": "c1ccccc1",
	})
	got, resp, err := env.client.Molecules.List(testCtx(t), &MoleculeListOptions{
		ListOptions: ListOptions{PageSize: 5}, Sort: SortModifiedAtDesc, CreatedAt: "> 2022-03-01", ModifiedAt: "> 2022-03-02", Name: "Aspirin",
		NameIncludes: "Asp", FolderID: "lib_1", MentionedIn: []string{"etr_1"}, ProjectID: "src_p", RegistryID: "src_1", SchemaID: "ts_1",
		SchemaFields: SchemaFieldFilters{"Purity": ">= 0.9"}, ArchiveReason: ArchiveFilterNotArchived, Mentions: []string{"mol_2"}, IDs: []string{"mol_1"},
		EntityRegistryIDsAnyOf: []string{"MOL1"}, NamesAnyOf: []string{"a"}, AuthorIDsAnyOf: []string{"ent_1"},
		ChemicalSubstructureMol: "M  END", ChemicalSubstructureSmiles: "c1ccccc1",
	})
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, specFixture(t, "listMolecules", http.StatusOK), map[string]any{"molecules": got, "nextToken": resp.NextToken})
}

// MoleculesAllAndPages: All and Pages page through List.
func TestMoleculesAllAndPages(t *testing.T) {
	env, n := setup(t), 0
	specPages(t, env, "GET /molecules", "listMolecules", "molecules", false, &n)
	s := env.client.Molecules
	wantAllPages(t, &n, s.All(testCtx(t), nil), s.Pages(testCtx(t), nil))
}

func TestMoleculesWrites(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("POST /molecules", serveSpecBody(t, http.MethodPost, "createMolecule", http.StatusCreated))
	env.mux.HandleFunc("PATCH /molecules/mol_1", serveSpecBody(t, http.MethodPatch, "updateMolecule", http.StatusOK))
	env.mux.HandleFunc("PATCH /molecules/MOL001:upsert", serveSpecBody(t, http.MethodPatch, "upsertMolecule", http.StatusCreated))
	env.mux.HandleFunc("POST /molecules:archive", serveSpecBody(t, http.MethodPost, "archiveMolecules", http.StatusOK))
	env.mux.HandleFunc("POST /molecules:unarchive", serveSpecBody(t, http.MethodPost, "unarchiveMolecules", http.StatusOK))
	ctx, s := testCtx(t), env.client.Molecules
	m, _, err := s.Create(ctx, specBody[MoleculeCreate](t, "createMolecule"))
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, specFixture(t, "createMolecule", http.StatusCreated), m)
	m, _, err = s.Update(ctx, "mol_1", specBody[MoleculeUpdate](t, "updateMolecule"))
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, specFixture(t, "updateMolecule", http.StatusOK), m)
	m, resp, err := s.Upsert(ctx, "MOL001", specBody[MoleculeUpsertRequest](t, "upsertMolecule"))
	if err != nil || resp.StatusCode != http.StatusCreated {
		t.Fatal(err, resp)
	}
	wantRoundTrip(t, specFixture(t, "upsertMolecule", http.StatusCreated), m)
	a, _, err := s.Archive(ctx, specBody[MoleculesArchive](t, "archiveMolecules"))
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, specFixture(t, "archiveMolecules", http.StatusOK), a)
	a, _, err = s.Unarchive(ctx, specBody[moleculesUnarchive](t, "unarchiveMolecules").MoleculeIDs)
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, specFixture(t, "unarchiveMolecules", http.StatusOK), a)
}

func TestMoleculesBulk(t *testing.T) {
	items := func(t *testing.T) []byte { return specItems(t, "molecules", "getMolecule", http.StatusOK) }
	for _, c := range []struct {
		name, op string
		query    map[string]string
		run      func(t *testing.T, s *MoleculesService) any
	}{
		{"BulkCreate", "bulkCreateMolecules", nil, func(t *testing.T, s *MoleculesService) any {
			link, _, err := s.BulkCreate(testCtx(t), specBody[moleculesBulkCreateRequest](t, "bulkCreateMolecules").Molecules)
			return waitOrFail(t, link, err)
		}},
		{"BulkUpdate", "bulkUpdateMolecules", nil, func(t *testing.T, s *MoleculesService) any {
			link, _, err := s.BulkUpdate(testCtx(t), specBody[moleculesBulkUpdateRequest](t, "bulkUpdateMolecules").Molecules)
			return waitOrFail(t, link, err)
		}},
		{"BulkUpsert", "bulkUpsertMolecules", map[string]string{"returning": "molecules.id"}, func(t *testing.T, s *MoleculesService) any {
			link, _, err := s.BulkUpsert(testCtx(t), specBody[moleculesBulkUpsertRequest](t, "bulkUpsertMolecules").Molecules,
				&MoleculeBulkUpsertOptions{Returning: []string{"molecules.id"}})
			return waitOrFail(t, link, err)
		}},
		{"CreateMany", "bulkCreateMolecules", nil, func(t *testing.T, s *MoleculesService) any {
			res, err := s.CreateMany(testCtx(t), specBody[moleculesBulkCreateRequest](t, "bulkCreateMolecules").Molecules, nil)
			return manyOrFail(t, "molecules", res, err)
		}},
		{"UpdateMany", "bulkUpdateMolecules", nil, func(t *testing.T, s *MoleculesService) any {
			res, err := s.UpdateMany(testCtx(t), specBody[moleculesBulkUpdateRequest](t, "bulkUpdateMolecules").Molecules, nil)
			return manyOrFail(t, "molecules", res, err)
		}},
		{"UpsertMany", "bulkUpsertMolecules", map[string]string{"returning": "molecules.id"}, func(t *testing.T, s *MoleculesService) any {
			res, err := s.UpsertMany(testCtx(t), specBody[moleculesBulkUpsertRequest](t, "bulkUpsertMolecules").Molecules,
				&MoleculeBulkUpsertOptions{Returning: []string{"molecules.id"}}, nil)
			return manyOrFail(t, "molecules", res, err)
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			env := setup(t)
			env.mux.HandleFunc(specBulkPattern(c.op, "molecules"), func(w http.ResponseWriter, r *http.Request) {
				testQuery(t, r, c.query)
				serveSpecBody(t, http.MethodPost, c.op, http.StatusAccepted)(w, r)
			})
			serveSpecTask(t, env, items(t))
			wantRoundTrip(t, items(t), c.run(t, env.client.Molecules))
		})
	}
}

// TestMoleculeStructure: the structure helpers write the spec's shape,
// and a NaN amount or weight cannot be sent.
func TestMoleculeStructure(t *testing.T) {
	b, err := json.Marshal(SmilesStructure("CCO"))
	if err != nil || string(b) != `{"structureFormat":"smiles","value":"CCO"}` {
		t.Errorf("SmilesStructure: %s %v", b, err)
	}
	b, err = json.Marshal(MolfileStructure("x\nM  END"))
	if err != nil || string(b) != `{"structureFormat":"molfile","value":"x\nM  END"}` {
		t.Errorf("MolfileStructure: %s %v", b, err)
	}
	env := setup(t)
	if _, _, err := env.client.Monomers.Create(testCtx(t), &MonomerCreate{Name: "x", NaturalAnalog: "A", Smiles: "C", Symbol: "x",
		CustomMolecularWeight: Ptr(math.NaN())}, nil); err == nil {
		t.Error("a NaN weight was sent")
	}
}
