package benchling

import (
	"encoding/json"
	"errors"
	"net/http"
	"testing"
)

func TestMixturesGet(t *testing.T) {
	env := setup(t)
	serveSpecQuery(t, env, "GET /mixtures/mxt_1", "getMixture", http.StatusOK, nil)
	env.mux.HandleFunc("GET /mixtures/mxt_missing", serveJSON(t, http.MethodGet, http.StatusNotFound, notFoundBody("Mixture", "mxt_missing")))
	ctx, s := testCtx(t), env.client.Mixtures
	got, _, err := s.Get(ctx, "mxt_1")
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, specFixture(t, "getMixture", http.StatusOK), got)
	// The amounts are decimal strings, kept exactly, paired with typed
	// units.
	in := got.Ingredients[0]
	if *in.Amount != "12" || *in.Units != IngredientMeasurementUnitsML || *got.Units != MixtureMeasurementUnitsL || got.Amount != "123" {
		t.Errorf("amounts: %+v %v %v", in, got.Amount, *got.Units)
	}
	if _, _, err := s.Get(ctx, "mxt_missing"); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown mixture: %v, want ErrNotFound", err)
	}
	wantInvalidID(t, map[string]func() error{
		"Get":    func() error { _, _, err := s.Get(ctx, "."); return err },
		"Update": func() error { _, _, err := s.Update(ctx, "a/b", &MixtureUpdate{}); return err },
	})
}

func TestMixturesList(t *testing.T) {
	env := setup(t)
	serveSpecQuery(t, env, "GET /mixtures", "listMixtures", http.StatusOK, map[string]string{
		"pageSize": "3", "sort": "createdAt", "createdAt": "> 2022-03-01", "modifiedAt": "> 2022-03-02", "name": "TBS",
		"nameIncludes": "TB", "folderId": "lib_1", "mentionedIn": "etr_1", "projectId": "src_p", "registryId": "src_1", "schemaId": "ts_1",
		"schemaField.pH": ">= 7", "archiveReason": "Retired", "mentions": "mxt_2", "ids": "mxt_1", "names.anyOf": "a",
		"names.anyOf.caseSensitive": "A", "entityRegistryIds.anyOf": "MXT1", "ingredientComponentEntityIds": "bfi_1,bfi_2",
		"ingredientComponentEntityIds.anyOf": "bfi_3", "authorIds.anyOf": "ent_1",
	})
	got, resp, err := env.client.Mixtures.List(testCtx(t), &MixtureListOptions{
		ListOptions: ListOptions{PageSize: 3}, Sort: SortCreatedAt, CreatedAt: "> 2022-03-01", ModifiedAt: "> 2022-03-02", Name: "TBS",
		NameIncludes: "TB", FolderID: "lib_1", MentionedIn: []string{"etr_1"}, ProjectID: "src_p", RegistryID: "src_1", SchemaID: "ts_1",
		SchemaFields: SchemaFieldFilters{"pH": ">= 7"}, ArchiveReason: "Retired", Mentions: []string{"mxt_2"}, IDs: []string{"mxt_1"},
		NamesAnyOf: []string{"a"}, NamesAnyOfCaseSensitive: []string{"A"}, EntityRegistryIDsAnyOf: []string{"MXT1"},
		IngredientComponentEntityIDs: []string{"bfi_1", "bfi_2"}, IngredientComponentEntityIDsAnyOf: []string{"bfi_3"}, AuthorIDsAnyOf: []string{"ent_1"},
	})
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, specFixture(t, "listMixtures", http.StatusOK), map[string]any{"mixtures": got, "nextToken": resp.NextToken})
}

// MixturesAllAndPages: All and Pages page through List.
func TestMixturesAllAndPages(t *testing.T) {
	env, n := setup(t), 0
	specPages(t, env, "GET /mixtures", "listMixtures", "mixtures", false, &n)
	s := env.client.Mixtures
	wantAllPages(t, &n, s.All(testCtx(t), nil), s.Pages(testCtx(t), nil))
}

func TestMixturesWrites(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("POST /mixtures", serveSpecBody(t, http.MethodPost, "createMixture", http.StatusCreated))
	env.mux.HandleFunc("PATCH /mixtures/mxt_1", serveSpecBody(t, http.MethodPatch, "updateMixture", http.StatusOK))
	env.mux.HandleFunc("POST /mixtures:archive", serveSpecBody(t, http.MethodPost, "archiveMixtures", http.StatusOK))
	env.mux.HandleFunc("POST /mixtures:unarchive", serveSpecBody(t, http.MethodPost, "unarchiveMixtures", http.StatusOK))
	ctx, s := testCtx(t), env.client.Mixtures
	m, _, err := s.Create(ctx, specBody[MixtureCreate](t, "createMixture"))
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, specFixture(t, "createMixture", http.StatusCreated), m)
	m, _, err = s.Update(ctx, "mxt_1", specBody[MixtureUpdate](t, "updateMixture"))
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, specFixture(t, "updateMixture", http.StatusOK), m)
	a, _, err := s.Archive(ctx, specBody[MixturesArchive](t, "archiveMixtures"))
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, specFixture(t, "archiveMixtures", http.StatusOK), a)
	a, _, err = s.Unarchive(ctx, specBody[mixturesUnarchive](t, "unarchiveMixtures").MixtureIDs)
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, specFixture(t, "unarchiveMixtures", http.StatusOK), a)
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
	b, err = json.Marshal(&MixtureCreate{Name: "Buffer", SchemaID: "ts_1"})
	if want := `{"name":"Buffer","schemaId":"ts_1","ingredients":[],"units":null}`; err != nil || string(b) != want {
		t.Errorf("MixtureCreate:\n got %s\nwant %s", b, want)
	}
}

func TestMixturesBulk(t *testing.T) {
	items := func(t *testing.T) []byte { return specItems(t, "mixtures", "getMixture", http.StatusOK) }
	for _, c := range []struct {
		name, op string
		run      func(t *testing.T, s *MixturesService) any
	}{
		{"BulkCreate", "bulkCreateMixtures", func(t *testing.T, s *MixturesService) any {
			link, _, err := s.BulkCreate(testCtx(t), specBody[mixturesBulkCreateRequest](t, "bulkCreateMixtures").Mixtures)
			return waitOrFail(t, link, err)
		}},
		{"BulkUpdate", "bulkUpdateMixtures", func(t *testing.T, s *MixturesService) any {
			link, _, err := s.BulkUpdate(testCtx(t), specBody[mixturesBulkUpdateRequest](t, "bulkUpdateMixtures").Mixtures)
			return waitOrFail(t, link, err)
		}},
		{"CreateMany", "bulkCreateMixtures", func(t *testing.T, s *MixturesService) any {
			res, err := s.CreateMany(testCtx(t), specBody[mixturesBulkCreateRequest](t, "bulkCreateMixtures").Mixtures, nil)
			return manyOrFail(t, "mixtures", res, err)
		}},
		{"UpdateMany", "bulkUpdateMixtures", func(t *testing.T, s *MixturesService) any {
			res, err := s.UpdateMany(testCtx(t), specBody[mixturesBulkUpdateRequest](t, "bulkUpdateMixtures").Mixtures, nil)
			return manyOrFail(t, "mixtures", res, err)
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			env := setup(t)
			env.mux.HandleFunc(specBulkPattern(c.op, "mixtures"), serveSpecBody(t, http.MethodPost, c.op, http.StatusAccepted))
			serveSpecTask(t, env, items(t))
			wantRoundTrip(t, items(t), c.run(t, env.client.Mixtures))
		})
	}
}
