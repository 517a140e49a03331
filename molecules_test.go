package benchling

import (
	"encoding/json"
	"math"
	"net/http"
	"testing"
)

// TestMolecules exercises every method of MoleculesService with the
// spec's fixtures (see spec_cases_test.go).
func TestMolecules(t *testing.T) {
	mols := func(t *testing.T) []byte { return specItems(t, "molecules", "getMolecule", http.StatusOK) }
	many := func(t *testing.T, res []BulkResult[*Molecule], err error) (any, error) {
		if err != nil {
			return nil, err
		}
		wantRoundTrip(t, mols(t), map[string]any{"molecules": []any{res[0].Value}})
		return map[string]any{"taskId": res[0].TaskID}, nil
	}
	runSpecCases(t, []specCase{
		{name: "Get", op: "getMolecule", pattern: "GET /molecules/mol_1", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				m, _, err := c.Molecules.Get(testCtx(t), "mol_1")
				return m, err
			}},
		{name: "List", op: "listMolecules", pattern: "GET /molecules", status: http.StatusOK,
			query: map[string]string{
				"pageSize": "5", "sort": "modifiedAt:desc", "createdAt": "> 2022-03-01", "modifiedAt": "> 2022-03-02", "name": "Aspirin",
				"nameIncludes": "Asp", "folderId": "lib_1", "mentionedIn": "etr_1", "projectId": "src_p", "registryId": "src_1", "schemaId": "ts_1",
				"schemaField.Purity": ">= 0.9", "archiveReason": "NOT_ARCHIVED", "mentions": "mol_2", "ids": "mol_1", "entityRegistryIds.anyOf": "MOL1",
				"names.anyOf": "a", "authorIds.anyOf": "ent_1", "chemicalSubstructure.mol": "M  END", "chemicalSubstructure.smiles": "c1ccccc1",
			},
			call: func(t *testing.T, c *Client) (any, error) {
				l, resp, err := c.Molecules.List(testCtx(t), &MoleculeListOptions{
					ListOptions: ListOptions{PageSize: 5}, EntityListFilters: EntityListFilters{
						Sort:                   SortModifiedAtDesc,
						ModifiedAt:             "> 2022-03-02",
						Name:                   "Aspirin",
						FolderID:               "lib_1",
						MentionedIn:            []string{"etr_1"},
						ProjectID:              "src_p",
						RegistryID:             "src_1",
						SchemaID:               "ts_1",
						SchemaFields:           SchemaFieldFilters{"Purity": ">= 0.9"},
						ArchiveReason:          ArchiveFilterNotArchived,
						Mentions:               []string{"mol_2"},
						IDs:                    []string{"mol_1"},
						EntityRegistryIDsAnyOf: []string{"MOL1"},
						NamesAnyOf:             []string{"a"},
					}, CreatedAt: "> 2022-03-01",
					NameIncludes: "Asp",

					AuthorIDsAnyOf:          []string{"ent_1"},
					ChemicalSubstructureMol: "M  END", ChemicalSubstructureSmiles: "c1ccccc1",
				})
				return map[string]any{"molecules": l, "nextToken": resp.NextToken}, err
			}},
		{name: "Create", op: "createMolecule", pattern: "POST /molecules", status: http.StatusCreated,
			call: func(t *testing.T, c *Client) (any, error) {
				m, _, err := c.Molecules.Create(testCtx(t), reqFixture[MoleculeCreate](t, "createMolecule"))
				return m, err
			}},
		{name: "Update", op: "updateMolecule", pattern: "PATCH /molecules/mol_1", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				m, _, err := c.Molecules.Update(testCtx(t), "mol_1", reqFixture[MoleculeUpdate](t, "updateMolecule"))
				return m, err
			}},
		{name: "Upsert", op: "upsertMolecule", pattern: "PATCH /molecules/MOL001:upsert", status: http.StatusCreated,
			call: func(t *testing.T, c *Client) (any, error) {
				m, resp, err := c.Molecules.Upsert(testCtx(t), "MOL001", reqFixture[MoleculeUpsertRequest](t, "upsertMolecule"))
				if err == nil && resp.StatusCode != http.StatusCreated {
					t.Errorf("status %d, want 201 (created)", resp.StatusCode)
				}
				return m, err
			}},
		{name: "Upsert updated", op: "upsertMolecule", pattern: "PATCH /molecules/MOL001:upsert", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				m, _, err := c.Molecules.Upsert(testCtx(t), "MOL001", reqFixture[MoleculeUpsertRequest](t, "upsertMolecule"))
				return m, err
			}},
		{name: "Archive", op: "archiveMolecules", pattern: "POST /molecules:archive", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				a, _, err := c.Molecules.Archive(testCtx(t), reqFixture[MoleculesArchive](t, "archiveMolecules"))
				return a, err
			}},
		{name: "Unarchive", op: "unarchiveMolecules", pattern: "POST /molecules:unarchive", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				a, _, err := c.Molecules.Unarchive(testCtx(t), reqFixture[moleculesUnarchive](t, "unarchiveMolecules").MoleculeIDs)
				return a, err
			}},
		{name: "BulkCreate", op: "bulkCreateMolecules", pattern: "POST /molecules:bulk-create", status: http.StatusAccepted,
			task: mols(t),
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.Molecules.BulkCreate(testCtx(t), reqFixture[moleculesBulkCreateRequest](t, "bulkCreateMolecules").Molecules)
				if err == nil {
					wantTaskResult(t, l, mols(t))
				}
				return l, err
			}},
		{name: "BulkUpdate", op: "bulkUpdateMolecules", pattern: "POST /molecules:bulk-update", status: http.StatusAccepted,
			task: mols(t),
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.Molecules.BulkUpdate(testCtx(t), reqFixture[moleculesBulkUpdateRequest](t, "bulkUpdateMolecules").Molecules)
				if err == nil {
					wantTaskResult(t, l, mols(t))
				}
				return l, err
			}},
		{name: "BulkUpsert", op: "bulkUpsertMolecules", pattern: "POST /molecules:bulk-upsert", status: http.StatusAccepted,
			query: map[string]string{"returning": "molecules.id"}, task: mols(t),
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.Molecules.BulkUpsert(testCtx(t), reqFixture[moleculesBulkUpsertRequest](t, "bulkUpsertMolecules").Molecules,
					&MoleculeBulkUpsertOptions{Returning: []string{"molecules.id"}})
				if err == nil {
					wantTaskResult(t, l, mols(t))
				}
				return l, err
			}},
		{name: "CreateMany", op: "bulkCreateMolecules", pattern: "POST /molecules:bulk-create", status: http.StatusAccepted,
			task: mols(t),
			call: func(t *testing.T, c *Client) (any, error) {
				res, err := c.Molecules.CreateMany(testCtx(t), reqFixture[moleculesBulkCreateRequest](t, "bulkCreateMolecules").Molecules, nil)
				return many(t, res, err)
			}},
		{name: "UpdateMany", op: "bulkUpdateMolecules", pattern: "POST /molecules:bulk-update", status: http.StatusAccepted,
			task: mols(t),
			call: func(t *testing.T, c *Client) (any, error) {
				res, err := c.Molecules.UpdateMany(testCtx(t), reqFixture[moleculesBulkUpdateRequest](t, "bulkUpdateMolecules").Molecules, nil)
				return many(t, res, err)
			}},
		{name: "UpsertMany", op: "bulkUpsertMolecules", pattern: "POST /molecules:bulk-upsert", status: http.StatusAccepted,
			query: map[string]string{"returning": "molecules.id"}, task: mols(t),
			call: func(t *testing.T, c *Client) (any, error) {
				res, err := c.Molecules.UpsertMany(testCtx(t), reqFixture[moleculesBulkUpsertRequest](t, "bulkUpsertMolecules").Molecules,
					&MoleculeBulkUpsertOptions{Returning: []string{"molecules.id"}}, nil)
				return many(t, res, err)
			}},
	})
}

// TestMoleculesPaging pages List with All and Pages.
func TestMoleculesPaging(t *testing.T) {
	env, n := setup(t), 0
	specPages(t, env, "GET /molecules", "listMolecules", "molecules", false, &n)
	s := env.client.Molecules
	wantAllPages(t, &n, s.All(testCtx(t), nil), s.Pages(testCtx(t), nil))
}

// TestMoleculesErrors: bad IDs are ErrInvalidID before anything is sent,
// and an unknown molecule is a 404.
func TestMoleculesErrors(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /molecules/mol_missing", serveJSON(t, http.MethodGet, http.StatusNotFound, notFoundBody("Molecule", "mol_missing")))
	ctx, s := testCtx(t), env.client.Molecules
	wantInvalidID(t, map[string]func() error{
		"Get":    func() error { _, _, err := s.Get(ctx, " "); return err },
		"Update": func() error { _, _, err := s.Update(ctx, "a\\b", &MoleculeUpdate{}); return err },
		"Upsert": func() error { _, _, err := s.Upsert(ctx, "", &MoleculeUpsertRequest{}); return err },
	})
	_, _, err := s.Get(ctx, "mol_missing")
	wantNotFound(t, err)
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
