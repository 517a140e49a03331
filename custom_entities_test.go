package benchling

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"testing"
)

func TestCustomEntitiesGet(t *testing.T) {
	env := setup(t)
	serveSpecQuery(t, env, "GET /custom-entities/bfi_1", "getCustomEntity", http.StatusOK, map[string]string{"returning": "id,name"})
	env.mux.HandleFunc("GET /custom-entities/bfi_missing", serveJSON(t, http.MethodGet, http.StatusNotFound, notFoundBody("Custom entity", "bfi_missing")))
	ctx := testCtx(t)
	got, _, err := env.client.CustomEntities.Get(ctx, "bfi_1", &CustomEntityGetOptions{Returning: []string{"id", "name"}})
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, specFixture(t, "getCustomEntity", http.StatusOK), got)
	if _, _, err := env.client.CustomEntities.Get(ctx, "bfi_missing", nil); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown entity: %v, want ErrNotFound", err)
	}
	s := env.client.CustomEntities
	wantInvalidID(t, map[string]func() error{
		"Get":    func() error { _, _, err := s.Get(ctx, "", nil); return err },
		"Update": func() error { _, _, err := s.Update(ctx, "a/b", &CustomEntityUpdate{}); return err },
		"Upsert": func() error { _, _, err := s.Upsert(ctx, "..", &CustomEntityUpsertRequest{}); return err },
		"Archive an invalid ID": func() error {
			_, _, err := s.Archive(ctx, &CustomEntitiesArchive{CustomEntityIDs: []string{"bfi_1", "bfi,2"}, Reason: EntityArchiveReasonOther})
			return err
		},
	})
}

func TestCustomEntitiesList(t *testing.T) {
	env := setup(t)
	serveSpecQuery(t, env, "GET /custom-entities", "listCustomEntities", http.StatusOK, map[string]string{
		"pageSize": "20", "nextToken": "tok", "sort": "name:asc", "createdAt": "> 2022-03-01", "modifiedAt": "< 2023-01-01",
		"name": "Strain 1", "nameIncludes": "Str", "folderId": "lib_1", "mentionedIn": "etr_1,etr_2", "projectId": "src_p",
		"registryId": "null", "schemaId": "ts_1", "schemaField.Passage": ">= 10", "archiveReason": "ANY_ARCHIVED",
		"mentions": "bfi_9", "ids": "bfi_1,bfi_2", "names.anyOf": "a,b", "names.anyOf.caseSensitive": "A", "entityRegistryIds.anyOf": "CE1",
		"creatorIds": "ent_1", "authorIds.anyOf": "ent_2", "returning": "customEntities.id,nextToken",
	})
	got, resp, err := env.client.CustomEntities.List(testCtx(t), &CustomEntityListOptions{
		ListOptions: ListOptions{PageSize: 20, NextToken: "tok"}, Sort: SortNameAsc, CreatedAt: "> 2022-03-01", ModifiedAt: "< 2023-01-01",
		Name: "Strain 1", NameIncludes: "Str", FolderID: "lib_1", MentionedIn: []string{"etr_1", "etr_2"}, ProjectID: "src_p",
		RegistryID: "null", SchemaID: "ts_1", SchemaFields: SchemaFieldFilters{"Passage": ">= 10"}, ArchiveReason: ArchiveFilterAnyArchived,
		Mentions: []string{"bfi_9"}, IDs: []string{"bfi_1", "bfi_2"}, NamesAnyOf: []string{"a", "b"}, NamesAnyOfCaseSensitive: []string{"A"},
		EntityRegistryIDsAnyOf: []string{"CE1"}, CreatorIDs: []string{"ent_1"}, AuthorIDsAnyOf: []string{"ent_2"},
		Returning: []string{"customEntities.id", "nextToken"},
	})
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, specFixture(t, "listCustomEntities", http.StatusOK), map[string]any{"customEntities": got, "nextToken": resp.NextToken})
}

// CustomEntitiesAllAndPages: All and Pages page through List.
func TestCustomEntitiesAllAndPages(t *testing.T) {
	env, n := setup(t), 0
	specPages(t, env, "GET /custom-entities", "listCustomEntities", "customEntities", false, &n)
	s := env.client.CustomEntities
	wantAllPages(t, &n, s.All(testCtx(t), nil), s.Pages(testCtx(t), nil))
}

func TestCustomEntitiesCreateUpdate(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("POST /custom-entities", serveSpecBody(t, http.MethodPost, "createCustomEntity", http.StatusCreated))
	env.mux.HandleFunc("PATCH /custom-entities/bfi_1", serveSpecBody(t, http.MethodPatch, "updateCustomEntity", http.StatusOK))
	ctx := testCtx(t)
	got, resp, err := env.client.CustomEntities.Create(ctx, specBody[CustomEntityCreate](t, "createCustomEntity"))
	if err != nil || resp.StatusCode != http.StatusCreated {
		t.Fatal(err, resp)
	}
	wantRoundTrip(t, specFixture(t, "createCustomEntity", http.StatusCreated), got)
	got, _, err = env.client.CustomEntities.Update(ctx, "bfi_1", specBody[CustomEntityUpdate](t, "updateCustomEntity"))
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, specFixture(t, "updateCustomEntity", http.StatusOK), got)
}

func TestCustomEntitiesUpsert(t *testing.T) {
	for _, status := range []int{http.StatusCreated, http.StatusOK} {
		env := setup(t)
		env.mux.HandleFunc("PATCH /custom-entities/CE001:upsert", serveSpecBody(t, http.MethodPatch, "upsertCustomEntity", status))
		got, resp, err := env.client.CustomEntities.Upsert(testCtx(t), "CE001", specBody[CustomEntityUpsertRequest](t, "upsertCustomEntity"))
		if err != nil || resp.StatusCode != status {
			t.Fatal(err, resp)
		}
		wantRoundTrip(t, specFixture(t, "upsertCustomEntity", status), got)
	}
	// archiveRecord: null unarchives.
	env := setup(t)
	env.mux.HandleFunc("PATCH /custom-entities/CE001:upsert", func(w http.ResponseWriter, r *http.Request) {
		testJSONBody(t, r, `{"name":"n","registryId":"src_1","schemaId":"ts_1","archiveRecord":null}`)
		serveJSON(t, http.MethodPatch, http.StatusOK, specFixture(t, "upsertCustomEntity", http.StatusOK))(w, r)
	})
	if _, _, err := env.client.CustomEntities.Upsert(testCtx(t), "CE001", &CustomEntityUpsertRequest{Name: "n", RegistryID: "src_1", SchemaID: "ts_1",
		ArchiveRecord: Null[ArchiveRecord]()}); err != nil {
		t.Fatal(err)
	}
}

func TestCustomEntitiesArchiveUnarchive(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("POST /custom-entities:archive", serveSpecBody(t, http.MethodPost, "archiveCustomEntities", http.StatusOK))
	env.mux.HandleFunc("POST /custom-entities:unarchive", serveSpecBody(t, http.MethodPost, "unarchiveCustomEntities", http.StatusOK))
	ctx := testCtx(t)
	got, _, err := env.client.CustomEntities.Archive(ctx, specBody[CustomEntitiesArchive](t, "archiveCustomEntities"))
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, specFixture(t, "archiveCustomEntities", http.StatusOK), got)
	got, _, err = env.client.CustomEntities.Unarchive(ctx, specBody[customEntitiesUnarchive](t, "unarchiveCustomEntities").CustomEntityIDs)
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, specFixture(t, "unarchiveCustomEntities", http.StatusOK), got)
}

func TestCustomEntitiesBulkGet(t *testing.T) {
	env := setup(t)
	serveSpecQuery(t, env, "GET /custom-entities:bulk-get", "bulkGetCustomEntities", http.StatusOK,
		map[string]string{"customEntityIds": "bfi_1,bfi_2", "returning": "customEntities.id"})
	got, _, err := env.client.CustomEntities.BulkGet(testCtx(t), []string{"bfi_1", "bfi_2"}, &CustomEntityBulkGetOptions{Returning: []string{"customEntities.id"}})
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, specFixture(t, "bulkGetCustomEntities", http.StatusOK), map[string]any{"customEntities": got})
}

func TestCustomEntitiesBulk(t *testing.T) {
	entities := func(t *testing.T) []byte { return specItems(t, "customEntities", "getCustomEntity", http.StatusOK) }
	for _, c := range []struct {
		name, op string
		run      func(t *testing.T, s *CustomEntitiesService) any
	}{
		{"BulkCreate", "bulkCreateCustomEntities", func(t *testing.T, s *CustomEntitiesService) any {
			link, _, err := s.BulkCreate(testCtx(t), specBody[customEntitiesBulkCreateRequest](t, "bulkCreateCustomEntities").CustomEntities)
			return waitOrFail(t, link, err)
		}},
		{"BulkUpdate", "bulkUpdateCustomEntities", func(t *testing.T, s *CustomEntitiesService) any {
			link, _, err := s.BulkUpdate(testCtx(t), specBody[customEntitiesBulkUpdateRequest](t, "bulkUpdateCustomEntities").CustomEntities)
			return waitOrFail(t, link, err)
		}},
		{"BulkUpsert", "bulkUpsertCustomEntities", func(t *testing.T, s *CustomEntitiesService) any {
			link, _, err := s.BulkUpsert(testCtx(t), specBody[customEntitiesBulkUpsertRequest](t, "bulkUpsertCustomEntities").CustomEntities)
			return waitOrFail(t, link, err)
		}},
		{"CreateMany", "bulkCreateCustomEntities", func(t *testing.T, s *CustomEntitiesService) any {
			res, err := s.CreateMany(testCtx(t), specBody[customEntitiesBulkCreateRequest](t, "bulkCreateCustomEntities").CustomEntities, nil)
			return manyOrFail(t, "customEntities", res, err)
		}},
		{"UpdateMany", "bulkUpdateCustomEntities", func(t *testing.T, s *CustomEntitiesService) any {
			res, err := s.UpdateMany(testCtx(t), specBody[customEntitiesBulkUpdateRequest](t, "bulkUpdateCustomEntities").CustomEntities, nil)
			return manyOrFail(t, "customEntities", res, err)
		}},
		{"UpsertMany", "bulkUpsertCustomEntities", func(t *testing.T, s *CustomEntitiesService) any {
			res, err := s.UpsertMany(testCtx(t), specBody[customEntitiesBulkUpsertRequest](t, "bulkUpsertCustomEntities").CustomEntities, nil)
			return manyOrFail(t, "customEntities", res, err)
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			env := setup(t)
			env.mux.HandleFunc(specBulkPattern(c.op, "custom-entities"), serveSpecBody(t, http.MethodPost, c.op, http.StatusAccepted))
			serveSpecTask(t, env, entities(t))
			wantRoundTrip(t, entities(t), c.run(t, env.client.CustomEntities))
		})
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
		items[i] = &CustomEntityBulkCreate{Name: fmt.Sprint(i), SchemaID: "ts_1"}
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
