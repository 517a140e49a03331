package benchling

import (
	"encoding/json"
	"fmt"
	"net/http"
	"testing"
)

// TestCustomEntities exercises every method of CustomEntitiesService with
// the spec's fixtures (see spec_cases_test.go).
func TestCustomEntities(t *testing.T) {
	entities := func(t *testing.T) []byte { return specItems(t, "customEntities", "getCustomEntity", http.StatusOK) }
	many := func(t *testing.T, res []BulkResult[*CustomEntity], err error) (any, error) {
		if err != nil {
			return nil, err
		}
		wantRoundTrip(t, entities(t), map[string]any{"customEntities": []any{res[0].Value}})
		return map[string]any{"taskId": res[0].TaskID}, nil
	}
	runSpecCases(t, []specCase{
		{name: "Get", op: "getCustomEntity", pattern: "GET /custom-entities/bfi_1", status: http.StatusOK,
			query: map[string]string{"returning": "id,name"},
			call: func(t *testing.T, c *Client) (any, error) {
				e, _, err := c.CustomEntities.Get(testCtx(t), "bfi_1", &CustomEntityGetOptions{Returning: []string{"id", "name"}})
				return e, err
			}},
		{name: "List", op: "listCustomEntities", pattern: "GET /custom-entities", status: http.StatusOK,
			query: map[string]string{
				"pageSize": "20", "nextToken": "tok", "sort": "name:asc", "createdAt": "> 2022-03-01", "modifiedAt": "< 2023-01-01",
				"name": "Strain 1", "nameIncludes": "Str", "folderId": "lib_1", "mentionedIn": "etr_1,etr_2", "projectId": "src_p",
				"registryId": "null", "schemaId": "ts_1", "schemaField.Passage": ">= 10", "archiveReason": "ANY_ARCHIVED",
				"mentions": "bfi_9", "ids": "bfi_1,bfi_2", "names.anyOf": "a,b", "names.anyOf.caseSensitive": "A", "entityRegistryIds.anyOf": "CE1",
				"creatorIds": "ent_1", "authorIds.anyOf": "ent_2", "returning": "customEntities.id,nextToken",
			},
			call: func(t *testing.T, c *Client) (any, error) {
				l, resp, err := c.CustomEntities.List(testCtx(t), &CustomEntityListOptions{
					ListOptions: ListOptions{PageSize: 20, NextToken: "tok"}, EntityListFilters: EntityListFilters{
						Sort:                   SortNameAsc,
						ModifiedAt:             "< 2023-01-01",
						Name:                   "Strain 1",
						FolderID:               "lib_1",
						MentionedIn:            []string{"etr_1", "etr_2"},
						ProjectID:              "src_p",
						RegistryID:             "null",
						SchemaID:               "ts_1",
						SchemaFields:           SchemaFieldFilters{"Passage": ">= 10"},
						ArchiveReason:          ArchiveFilterAnyArchived,
						Mentions:               []string{"bfi_9"},
						IDs:                    []string{"bfi_1", "bfi_2"},
						NamesAnyOf:             []string{"a", "b"},
						EntityRegistryIDsAnyOf: []string{"CE1"},
					}, EntitySearchFilters: EntitySearchFilters{
						CreatedAt:               "> 2022-03-01",
						NameIncludes:            "Str",
						NamesAnyOfCaseSensitive: []string{"A"},
						CreatorIDs:              []string{"ent_1"},
						AuthorIDsAnyOf:          []string{"ent_2"},
					},

					Returning: []string{"customEntities.id"},
				})
				return map[string]any{"customEntities": l, "nextToken": resp.NextToken}, err
			}},
		{name: "Create", op: "createCustomEntity", pattern: "POST /custom-entities", status: http.StatusCreated,
			call: func(t *testing.T, c *Client) (any, error) {
				e, _, err := c.CustomEntities.Create(testCtx(t), reqFixture[CustomEntityCreate](t, "createCustomEntity"))
				return e, err
			}},
		{name: "Update", op: "updateCustomEntity", pattern: "PATCH /custom-entities/bfi_1", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				e, _, err := c.CustomEntities.Update(testCtx(t), "bfi_1", reqFixture[CustomEntityUpdate](t, "updateCustomEntity"))
				return e, err
			}},
		{name: "Upsert", op: "upsertCustomEntity", pattern: "PATCH /custom-entities/CE001:upsert", status: http.StatusCreated,
			call: func(t *testing.T, c *Client) (any, error) {
				e, resp, err := c.CustomEntities.Upsert(testCtx(t), "CE001", reqFixture[CustomEntityUpsertRequest](t, "upsertCustomEntity"))
				if err == nil && resp.StatusCode != http.StatusCreated {
					t.Errorf("status %d, want 201 (created)", resp.StatusCode)
				}
				return e, err
			}},
		{name: "Upsert updated", op: "upsertCustomEntity", pattern: "PATCH /custom-entities/CE001:upsert", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				e, _, err := c.CustomEntities.Upsert(testCtx(t), "CE001", reqFixture[CustomEntityUpsertRequest](t, "upsertCustomEntity"))
				return e, err
			}},
		{name: "Archive", op: "archiveCustomEntities", pattern: "POST /custom-entities:archive", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				a, _, err := c.CustomEntities.Archive(testCtx(t), reqFixture[CustomEntitiesArchive](t, "archiveCustomEntities"))
				return a, err
			}},
		{name: "Unarchive", op: "unarchiveCustomEntities", pattern: "POST /custom-entities:unarchive", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				a, _, err := c.CustomEntities.Unarchive(testCtx(t), reqFixture[customEntitiesUnarchive](t, "unarchiveCustomEntities").CustomEntityIDs)
				return a, err
			}},
		{name: "BulkGet", op: "bulkGetCustomEntities", pattern: "GET /custom-entities:bulk-get", status: http.StatusOK,
			query: map[string]string{"customEntityIds": "bfi_1,bfi_2", "returning": "customEntities.id"},
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.CustomEntities.BulkGet(testCtx(t), []string{"bfi_1", "bfi_2"}, &CustomEntityBulkGetOptions{Returning: []string{"customEntities.id"}})
				return map[string]any{"customEntities": l}, err
			}},
		{name: "BulkCreate", op: "bulkCreateCustomEntities", pattern: "POST /custom-entities:bulk-create", status: http.StatusAccepted,
			task: entities(t),
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.CustomEntities.BulkCreate(testCtx(t), reqFixture[customEntitiesBulkCreateRequest](t, "bulkCreateCustomEntities").CustomEntities)
				if err == nil {
					wantTaskResult(t, l, entities(t))
				}
				return l, err
			}},
		{name: "BulkUpdate", op: "bulkUpdateCustomEntities", pattern: "POST /custom-entities:bulk-update", status: http.StatusAccepted,
			task: entities(t),
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.CustomEntities.BulkUpdate(testCtx(t), reqFixture[customEntitiesBulkUpdateRequest](t, "bulkUpdateCustomEntities").CustomEntities)
				if err == nil {
					wantTaskResult(t, l, entities(t))
				}
				return l, err
			}},
		{name: "BulkUpsert", op: "bulkUpsertCustomEntities", pattern: "POST /custom-entities:bulk-upsert", status: http.StatusAccepted,
			task: entities(t),
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.CustomEntities.BulkUpsert(testCtx(t), reqFixture[customEntitiesBulkUpsertRequest](t, "bulkUpsertCustomEntities").CustomEntities)
				if err == nil {
					wantTaskResult(t, l, entities(t))
				}
				return l, err
			}},
		{name: "CreateMany", op: "bulkCreateCustomEntities", pattern: "POST /custom-entities:bulk-create", status: http.StatusAccepted,
			task: entities(t),
			call: func(t *testing.T, c *Client) (any, error) {
				res, err := c.CustomEntities.CreateMany(testCtx(t), reqFixture[customEntitiesBulkCreateRequest](t, "bulkCreateCustomEntities").CustomEntities, nil)
				return many(t, res, err)
			}},
		{name: "UpdateMany", op: "bulkUpdateCustomEntities", pattern: "POST /custom-entities:bulk-update", status: http.StatusAccepted,
			task: entities(t),
			call: func(t *testing.T, c *Client) (any, error) {
				res, err := c.CustomEntities.UpdateMany(testCtx(t), reqFixture[customEntitiesBulkUpdateRequest](t, "bulkUpdateCustomEntities").CustomEntities, nil)
				return many(t, res, err)
			}},
		{name: "UpsertMany", op: "bulkUpsertCustomEntities", pattern: "POST /custom-entities:bulk-upsert", status: http.StatusAccepted,
			task: entities(t),
			call: func(t *testing.T, c *Client) (any, error) {
				res, err := c.CustomEntities.UpsertMany(testCtx(t), reqFixture[customEntitiesBulkUpsertRequest](t, "bulkUpsertCustomEntities").CustomEntities, nil)
				return many(t, res, err)
			}},
	})
}

// TestCustomEntitiesPaging pages List with All and Pages.
func TestCustomEntitiesPaging(t *testing.T) {
	env, n := setup(t), 0
	specPages(t, env, "GET /custom-entities", "listCustomEntities", "customEntities", false, &n)
	s := env.client.CustomEntities
	wantAllPages(t, &n, s.All(testCtx(t), nil), s.Pages(testCtx(t), nil))
}

// TestCustomEntitiesErrors: bad IDs are ErrInvalidID before anything is
// sent, and an unknown entity is a 404.
func TestCustomEntitiesErrors(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /custom-entities/bfi_missing", serveJSON(t, http.MethodGet, http.StatusNotFound, notFoundBody("Custom entity", "bfi_missing")))
	ctx, s := testCtx(t), env.client.CustomEntities
	wantInvalidID(t, map[string]func() error{
		"Get":    func() error { _, _, err := s.Get(ctx, "", nil); return err },
		"Update": func() error { _, _, err := s.Update(ctx, "a/b", &CustomEntityUpdate{}); return err },
		"Upsert": func() error { _, _, err := s.Upsert(ctx, "..", &CustomEntityUpsertRequest{}); return err },
		"Archive an invalid ID": func() error {
			_, _, err := s.Archive(ctx, &CustomEntitiesArchive{CustomEntityIDs: []string{"bfi_1", "bfi,2"}, Reason: EntityArchiveReasonOther})
			return err
		},
	})
	_, _, err := s.Get(ctx, "bfi_missing", nil)
	wantNotFound(t, err)
}

// TestCustomEntitiesUpsertUnarchives: Null[ArchiveRecord]() sends
// archiveRecord: null, which unarchives.
func TestCustomEntitiesUpsertUnarchives(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("PATCH /custom-entities/CE001:upsert", func(w http.ResponseWriter, r *http.Request) {
		testJSONBody(t, r, `{"name":"n","registryId":"src_1","schemaId":"ts_1","archiveRecord":null}`)
		serveJSON(t, http.MethodPatch, http.StatusOK, specFixture(t, "upsertCustomEntity", http.StatusOK))(w, r)
	})
	if _, _, err := env.client.CustomEntities.Upsert(testCtx(t), "CE001", &CustomEntityUpsertRequest{EntityUpsertBase: EntityUpsertBase{
		Name:          "n",
		RegistryID:    "src_1",
		SchemaID:      "ts_1",
		ArchiveRecord: Null[ArchiveRecord](),
	},
	}); err != nil {
		t.Fatal(err)
	}
}

// TestCustomEntitiesManyChunks: CreateMany splits at MaxBulkCustomEntities,
// the spec's limit.
func TestCustomEntitiesManyChunks(t *testing.T) {
	env := setup(t)
	var sizes []int
	env.mux.HandleFunc("POST /custom-entities:bulk-create", func(w http.ResponseWriter, r *http.Request) {
		var b customEntitiesBulkCreateRequest
		if err := json.NewDecoder(r.Body).Decode(&b); err != nil {
			t.Error(err)
		}
		sizes = append(sizes, len(b.CustomEntities))
		out := make([]map[string]string, len(b.CustomEntities))
		for i, e := range b.CustomEntities {
			out[i] = map[string]string{"id": "bfi_" + e.Name, "name": e.Name}
		}
		id := fmt.Sprintf("task%d", len(sizes))
		resp, _ := json.Marshal(map[string]any{"status": "SUCCEEDED", "response": map[string]any{"customEntities": out}})
		env.mux.HandleFunc("GET /tasks/"+id, serveJSON(t, http.MethodGet, http.StatusOK, resp))
		serveJSON(t, http.MethodPost, http.StatusAccepted, `{"taskId":"`+id+`"}`)(w, r)
	})
	items := make([]*CustomEntityBulkCreate, MaxBulkCustomEntities+1)
	for i := range items {
		items[i] = &CustomEntityBulkCreate{EntityCreateBase: EntityCreateBase{Name: fmt.Sprint(i)}, SchemaID: "ts_1"}
	}
	res, err := env.client.CustomEntities.CreateMany(testCtx(t), items, &BulkOptions{Concurrency: 1})
	if err != nil || len(res) != len(items) || res[MaxBulkCustomEntities].Value.Name != fmt.Sprint(MaxBulkCustomEntities) {
		t.Fatalf("CreateMany: %v (%d results)", err, len(res))
	}
	if len(sizes) != 2 || sizes[0] != 2500 || sizes[1] != 1 {
		t.Errorf("chunks %v, want [2500 1]", sizes)
	}
	if _, err := env.client.CustomEntities.CreateMany(testCtx(t), items[:1], &BulkOptions{ChunkSize: 2501}); err == nil {
		t.Error("a chunk larger than the limit was accepted")
	}
}
