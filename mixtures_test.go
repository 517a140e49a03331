package benchling

import (
	"encoding/json"
	"net/http"
	"testing"
)

// TestMixtures exercises every method of MixturesService with the spec's
// fixtures (see spec_cases_test.go).
func TestMixtures(t *testing.T) {
	mixtures := func(t *testing.T) []byte { return specItems(t, "mixtures", "getMixture", http.StatusOK) }
	many := func(t *testing.T, res []BulkResult[*Mixture], err error) (any, error) {
		if err != nil {
			return nil, err
		}
		wantRoundTrip(t, mixtures(t), map[string]any{"mixtures": []any{res[0].Value}})
		return map[string]any{"taskId": res[0].TaskID}, nil
	}
	runSpecCases(t, []specCase{
		{name: "Get", op: "getMixture", pattern: "GET /mixtures/mxt_1", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				m, _, err := c.Mixtures.Get(testCtx(t), "mxt_1")
				if err == nil {
					// The amounts are decimal strings, kept exactly, paired
					// with typed units.
					in := m.Ingredients[0]
					if *in.Amount != "12" || *in.Units != IngredientMeasurementUnitsML || *m.Units != MixtureMeasurementUnitsL || m.Amount != "123" {
						t.Errorf("amounts: %+v %v %v", in, m.Amount, *m.Units)
					}
				}
				return m, err
			}},
		{name: "List", op: "listMixtures", pattern: "GET /mixtures", status: http.StatusOK,
			query: map[string]string{
				"pageSize": "3", "sort": "createdAt", "createdAt": "> 2022-03-01", "modifiedAt": "> 2022-03-02", "name": "TBS",
				"nameIncludes": "TB", "folderId": "lib_1", "mentionedIn": "etr_1", "projectId": "src_p", "registryId": "src_1", "schemaId": "ts_1",
				"schemaField.pH": ">= 7", "archiveReason": "Retired", "mentions": "mxt_2", "ids": "mxt_1", "names.anyOf": "a",
				"names.anyOf.caseSensitive": "A", "entityRegistryIds.anyOf": "MXT1", "ingredientComponentEntityIds": "bfi_1,bfi_2",
				"ingredientComponentEntityIds.anyOf": "bfi_3", "authorIds.anyOf": "ent_1",
			},
			call: func(t *testing.T, c *Client) (any, error) {
				l, resp, err := c.Mixtures.List(testCtx(t), &MixtureListOptions{
					ListOptions: ListOptions{PageSize: 3}, EntityListFilters: EntityListFilters{
						Sort:                   SortCreatedAt,
						ModifiedAt:             "> 2022-03-02",
						Name:                   "TBS",
						FolderID:               "lib_1",
						MentionedIn:            []string{"etr_1"},
						ProjectID:              "src_p",
						RegistryID:             "src_1",
						SchemaID:               "ts_1",
						SchemaFields:           SchemaFieldFilters{"pH": ">= 7"},
						ArchiveReason:          "Retired",
						Mentions:               []string{"mxt_2"},
						IDs:                    []string{"mxt_1"},
						NamesAnyOf:             []string{"a"},
						EntityRegistryIDsAnyOf: []string{"MXT1"},
					}, CreatedAt: "> 2022-03-01",
					NameIncludes: "TB",

					NamesAnyOfCaseSensitive:      []string{"A"},
					IngredientComponentEntityIDs: []string{"bfi_1", "bfi_2"}, IngredientComponentEntityIDsAnyOf: []string{"bfi_3"}, AuthorIDsAnyOf: []string{"ent_1"},
				})
				return map[string]any{"mixtures": l, "nextToken": resp.NextToken}, err
			}},
		{name: "Create", op: "createMixture", pattern: "POST /mixtures", status: http.StatusCreated,
			call: func(t *testing.T, c *Client) (any, error) {
				m, _, err := c.Mixtures.Create(testCtx(t), reqFixture[MixtureCreate](t, "createMixture"))
				return m, err
			}},
		{name: "Update", op: "updateMixture", pattern: "PATCH /mixtures/mxt_1", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				m, _, err := c.Mixtures.Update(testCtx(t), "mxt_1", reqFixture[MixtureUpdate](t, "updateMixture"))
				return m, err
			}},
		{name: "Archive", op: "archiveMixtures", pattern: "POST /mixtures:archive", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				a, _, err := c.Mixtures.Archive(testCtx(t), reqFixture[MixturesArchive](t, "archiveMixtures"))
				return a, err
			}},
		{name: "Unarchive", op: "unarchiveMixtures", pattern: "POST /mixtures:unarchive", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				a, _, err := c.Mixtures.Unarchive(testCtx(t), reqFixture[mixturesUnarchive](t, "unarchiveMixtures").MixtureIDs)
				return a, err
			}},
		{name: "BulkCreate", op: "bulkCreateMixtures", pattern: "POST /mixtures:bulk-create", status: http.StatusAccepted,
			task: mixtures(t),
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.Mixtures.BulkCreate(testCtx(t), reqFixture[mixturesBulkCreateRequest](t, "bulkCreateMixtures").Mixtures)
				if err == nil {
					wantTaskResult(t, l, mixtures(t))
				}
				return l, err
			}},
		{name: "BulkUpdate", op: "bulkUpdateMixtures", pattern: "POST /mixtures:bulk-update", status: http.StatusAccepted,
			task: mixtures(t),
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.Mixtures.BulkUpdate(testCtx(t), reqFixture[mixturesBulkUpdateRequest](t, "bulkUpdateMixtures").Mixtures)
				if err == nil {
					wantTaskResult(t, l, mixtures(t))
				}
				return l, err
			}},
		{name: "CreateMany", op: "bulkCreateMixtures", pattern: "POST /mixtures:bulk-create", status: http.StatusAccepted,
			task: mixtures(t),
			call: func(t *testing.T, c *Client) (any, error) {
				res, err := c.Mixtures.CreateMany(testCtx(t), reqFixture[mixturesBulkCreateRequest](t, "bulkCreateMixtures").Mixtures, nil)
				return many(t, res, err)
			}},
		{name: "UpdateMany", op: "bulkUpdateMixtures", pattern: "POST /mixtures:bulk-update", status: http.StatusAccepted,
			task: mixtures(t),
			call: func(t *testing.T, c *Client) (any, error) {
				res, err := c.Mixtures.UpdateMany(testCtx(t), reqFixture[mixturesBulkUpdateRequest](t, "bulkUpdateMixtures").Mixtures, nil)
				return many(t, res, err)
			}},
	})
}

// TestMixturesPaging pages List with All and Pages.
func TestMixturesPaging(t *testing.T) {
	env, n := setup(t), 0
	specPages(t, env, "GET /mixtures", "listMixtures", "mixtures", false, &n)
	s := env.client.Mixtures
	wantAllPages(t, &n, s.All(testCtx(t), nil), s.Pages(testCtx(t), nil))
}

// TestMixturesErrors: bad IDs are ErrInvalidID before anything is sent,
// and an unknown mixture is a 404.
func TestMixturesErrors(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /mixtures/mxt_missing", serveJSON(t, http.MethodGet, http.StatusNotFound, notFoundBody("Mixture", "mxt_missing")))
	ctx, s := testCtx(t), env.client.Mixtures
	wantInvalidID(t, map[string]func() error{
		"Get":    func() error { _, _, err := s.Get(ctx, "."); return err },
		"Update": func() error { _, _, err := s.Update(ctx, "a/b", &MixtureUpdate{}); return err },
	})
	_, _, err := s.Get(ctx, "mxt_missing")
	wantNotFound(t, err)
}

// TestMixtureWriteParams: an ingredient sends every property Benchling
// requires, null where unset; a create sends the required units (null) and
// ingredients ([]) even when left nil.
func TestMixtureWriteParams(t *testing.T) {
	b, err := json.Marshal(IngredientOf("bfi_1", "0.25", IngredientMeasurementUnitsUL))
	want := `{"componentEntityId":"bfi_1","amount":"0.25","units":"uL","catalogIdentifier":null,"componentLotContainerId":null,"componentLotEntityId":null,"componentLotText":null,"notes":null}`
	if err != nil || string(b) != want {
		t.Errorf("IngredientOf:\n got %s\nwant %s", b, want)
	}
	b, err = json.Marshal(&MixtureCreate{EntityCreateBase: EntityCreateBase{Name: "Buffer"}, SchemaID: "ts_1"})
	if want := `{"name":"Buffer","schemaId":"ts_1","ingredients":[],"units":null}`; err != nil || string(b) != want {
		t.Errorf("MixtureCreate:\n got %s\nwant %s", b, want)
	}
}
