package benchling

import (
	"encoding/json"
	"errors"
	"iter"
	"net/http"
	"reflect"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

const aaSeqTaskID = "f438d656-c2c3-40a4-b3fd-d7e58db78242"

// aaSeqCmp compares FieldValues by their JSON meaning (formatting aside).
var aaSeqCmp = cmp.Options{cmp.Comparer(func(a, b FieldValue) bool {
	if len(a.Raw()) == 0 || len(b.Raw()) == 0 {
		return len(a.Raw()) == len(b.Raw())
	}
	var x, y any
	return json.Unmarshal(a.Raw(), &x) == nil && json.Unmarshal(b.Raw(), &y) == nil && reflect.DeepEqual(x, y)
})}

// aaSeqWant is the AaSequence of testdata/aa_sequences/get.json, written
// out by hand.
func aaSeqWant() *AaSequence {
	pasteur := UserSummary{Handle: "lpasteur", ID: "ent_a0SApq3z", Name: "Louis Pasteur"}
	return &AaSequence{
		EntityBase: EntityBase{
			Aliases:          []string{"Example alias"},
			APIURL:           "https://benchling.com/api/v2/aa-sequences/prtn_7nMBOMm0",
			ArchiveRecord:    &ArchiveRecord{Reason: "Made in error"},
			Authors:          []UserSummary{pasteur},
			CreatedAt:        time.Date(2021, 7, 14, 7, 34, 25, 156e6, time.UTC),
			Creator:          pasteur,
			CustomFields:     CustomFields{"Legacy ID": {Value: "STR100"}},
			EntityRegistryID: Ptr("sBN000"),
			Fields: Fields{"additionalProp1": {
				Value:        StringsValue("seq_jdf8BV24"),
				Type:         FieldTypeDnaSequenceLink,
				DisplayValue: Ptr("Amp"),
				TextValue:    Ptr("Amp"),
				IsMulti:      true,
			}},
			FolderID:   Ptr("lib_mrZWMrft"),
			ID:         "prtn_ObbdtGhC",
			ModifiedAt: time.Date(2021, 7, 14, 7, 34, 25, 157e6, time.UTC),
			Name:       "Example AA Sequence",
			RegistrationOrigin: &RegistrationOrigin{
				OriginEntryID: Ptr("etr_3wievUIJ"),
				RegisteredAt:  time.Date(2021, 7, 14, 7, 34, 25, 157e6, time.UTC),
			},
			RegistryID: Ptr("src_NetYd96a"),
			Schema:     &SchemaSummary{ID: "ts_DaiFhsNA", Name: "Example Schema"},
			WebURL:     "https://benchling.com/benchling/f/lib_55UxcIps-registry/prtn_7nMBOMm0-kedchain11/edit",
		},
		AminoAcids: "IKTATARRELAETSWTGDRLWGFSDNWAPALRRPSPSALGK",
		Annotations: []AaAnnotation{{
			Color: "#85DAE9", End: 10, ID: "prtnann_o7zMPG0P", Name: "Example annotation",
			Notes: "Cong et al Science. 2013 Jan 3.", Start: 0, Type: "Site",
		}},
		Length: 0,
		URL:    "/benchling/f/lib_55UxcIps-registry/prtn_7nMBOMm0-kedchain11/edit",
	}
}

// aaSeqWant2 is the second, unregistered sequence of the list fixtures.
func aaSeqWant2() *AaSequence {
	pasteur := UserSummary{Handle: "lpasteur", ID: "ent_a0SApq3z", Name: "Louis Pasteur"}
	return &AaSequence{
		EntityBase: EntityBase{
			Aliases:      []string{},
			APIURL:       "https://benchling.com/api/v2/aa-sequences/prtn_W7KgYydE",
			Authors:      []UserSummary{pasteur},
			CreatedAt:    time.Date(2021, 7, 15, 10, 0, 0, 0, time.UTC),
			Creator:      pasteur,
			CustomFields: CustomFields{},
			Fields:       Fields{},
			FolderID:     Ptr("lib_mrZWMrft"),
			ID:           "prtn_W7KgYydE",
			ModifiedAt:   time.Date(2021, 7, 15, 10, 0, 0, 0, time.UTC),
			Name:         "Second AA Sequence",
			WebURL:       "https://benchling.com/benchling/f/lib_mrZWMrft/prtn_W7KgYydE-second/edit",
		},
		AminoAcids:  "MKTAYIAKQR",
		Annotations: []AaAnnotation{},
		Length:      10,
		URL:         "/benchling/f/lib_mrZWMrft/prtn_W7KgYydE-second/edit",
	}
}

// aaSeqStartTask serves the launch of an async task at pattern, checking
// its JSON body (and query), and the task's state from taskFixture.
func aaSeqStartTask(t *testing.T, env *testEnv, pattern, wantBody string, wantQuery map[string]string, taskFixture string) {
	t.Helper()
	env.mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) {
		testQuery(t, r, wantQuery)
		testJSONBody(t, r, wantBody)
		serveJSON(t, http.MethodPost, http.StatusAccepted, fixture(t, "aa_sequences/task_link.json"))(w, r)
	})
	env.mux.HandleFunc("GET /tasks/"+aaSeqTaskID, serveJSON(t, http.MethodGet, http.StatusOK, fixture(t, taskFixture)))
}

func TestAaSequencesGet(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /aa-sequences/prtn_ObbdtGhC", func(w http.ResponseWriter, r *http.Request) {
		testQuery(t, r, nil)
		serveJSON(t, http.MethodGet, http.StatusOK, fixture(t, "aa_sequences/get.json"))(w, r)
	})
	got, resp, err := env.client.AaSequences.Get(testCtx(t), "prtn_ObbdtGhC", nil)
	if err != nil {
		t.Fatalf("Get: %v", err)
	}
	if resp.StatusCode != http.StatusOK {
		t.Errorf("status = %d", resp.StatusCode)
	}
	if diff := cmp.Diff(aaSeqWant(), got, aaSeqCmp); diff != "" {
		t.Errorf("Get mismatch (-want +got):\n%s", diff)
	}
	ids, ok := got.Fields["additionalProp1"].Value.AsStrings()
	if !ok || len(ids) != 1 || ids[0] != "seq_jdf8BV24" {
		t.Errorf("Fields[additionalProp1].Value.AsStrings() = %v, %v", ids, ok)
	}
}

// TestAaSequencesGetReturning sends Get's optional returning parameter
// (the spec's example) and decodes the spec's response.
func TestAaSequencesGetReturning(t *testing.T) {
	runSpecCases(t, []specCase{
		{name: "Get", op: "getAASequence", pattern: "GET /aa-sequences/prtn_1", status: http.StatusOK,
			query: map[string]string{"returning": "id,modifiedAt"},
			call: func(t *testing.T, c *Client) (any, error) {
				v, _, err := c.AaSequences.Get(testCtx(t), "prtn_1", &AaSequenceGetOptions{Returning: []string{"id", "modifiedAt"}})
				return v, err
			}},
	})
}

func TestAaSequencesGetNotFound(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /aa-sequences/prtn_missing",
		serveJSON(t, http.MethodGet, http.StatusNotFound, fixture(t, "aa_sequences/not_found.json")))
	got, resp, err := env.client.AaSequences.Get(testCtx(t), "prtn_missing", nil)
	if !errors.Is(err, ErrNotFound) {
		t.Fatalf("Get error = %v, want ErrNotFound", err)
	}
	if got != nil || resp == nil || resp.StatusCode != http.StatusNotFound {
		t.Errorf("Get = %v, %v; want nil and a 404 response", got, resp)
	}
	var apiErr *Error
	if !errors.As(err, &apiErr) {
		t.Fatalf("error %T is not an *Error", err)
	}
	want := &Error{StatusCode: 404, Method: "GET", Path: "/aa-sequences/prtn_missing", Type: "invalid_request_error",
		Message: "AA sequence prtn_missing not found.", UserMessage: "AA sequence prtn_missing not found.",
		InvalidIDs: []string{"prtn_missing"}, Body: fixture(t, "aa_sequences/not_found.json")}
	if diff := cmp.Diff(want, apiErr); diff != "" {
		t.Errorf("error mismatch (-want +got):\n%s", diff)
	}
}

func TestAaSequencesInvalidID(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		t.Errorf("unexpected request %s %s", r.Method, r.URL)
	})
	ctx, s := testCtx(t), env.client.AaSequences
	calls := map[string]func() error{
		"Get":     func() error { _, _, err := s.Get(ctx, "", nil); return err },
		"Get dot": func() error { _, _, err := s.Get(ctx, "..", nil); return err },
		"Update": func() error {
			_, _, err := s.Update(ctx, "", &AaSequenceUpdate{EntityUpdateBase: EntityUpdateBase{Name: Ptr("x")}})
			return err
		},
		"Upsert":        func() error { _, _, err := s.Upsert(ctx, " ", &AaSequenceUpsert{}); return err },
		"Upsert slash":  func() error { _, _, err := s.Upsert(ctx, "a/b", &AaSequenceUpsert{}); return err },
		"BulkGet empty": func() error { _, _, err := s.BulkGet(ctx, nil, nil); return err },
	}
	wantInvalidID(t, calls)
}

func TestAaSequencesListQuery(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /aa-sequences", func(w http.ResponseWriter, r *http.Request) {
		testQuery(t, r, map[string]string{
			"pageSize":                  "25",
			"nextToken":                 "tok0",
			"sort":                      "name:asc",
			"createdAt":                 "> 2022-03-01 AND < 2022-04-01",
			"modifiedAt":                "> 2020-12-31T21:07:14-05:00",
			"name":                      "Example AA Sequence",
			"nameIncludes":              "Example",
			"aminoAcids":                "IKTATARR",
			"folderId":                  "lib_mrZWMrft",
			"mentionedIn":               "etr_1,etr_2",
			"projectId":                 "src_proj1",
			"registryId":                "null",
			"schemaId":                  "ts_DaiFhsNA",
			"schemaField.Cell Count":    ">= 10 AND <= 50",
			"archiveReason":             ArchiveFilterAll,
			"mentions":                  "prtn_a,prtn_b",
			"ids":                       "prtn_6gxJGfPh,prtn_u7fOvqWg",
			"entityRegistryIds.anyOf":   "TP001,TP002",
			"names.anyOf":               "MyName1,MyName2",
			"names.anyOf.caseSensitive": "MyName3",
			"creatorIds":                "ent_a0SApq3z",
			"authorIds.anyOf":           "ent_a0SApq3z,ent_b4AApz9b",
			"returning":                 "aaSequences.id,aaSequences.modifiedAt,nextToken",
		})
		w.Header().Set("Result-Count", "2")
		serveJSON(t, http.MethodGet, http.StatusOK, fixture(t, "aa_sequences/list_page1.json"))(w, r)
	})
	opts := &AaSequenceListOptions{
		ListOptions: ListOptions{PageSize: 25, NextToken: "tok0"},
		EntityListFilters: EntityListFilters{
			Sort:                   SortNameAsc,
			ModifiedAt:             "> 2020-12-31T21:07:14-05:00",
			Name:                   "Example AA Sequence",
			FolderID:               "lib_mrZWMrft",
			MentionedIn:            []string{"etr_1", "etr_2"},
			ProjectID:              "src_proj1",
			RegistryID:             "null",
			SchemaID:               "ts_DaiFhsNA",
			SchemaFields:           SchemaFieldFilters{"Cell Count": ">= 10 AND <= 50"},
			ArchiveReason:          ArchiveFilterAll,
			Mentions:               []string{"prtn_a", "prtn_b"},
			IDs:                    []string{"prtn_6gxJGfPh", "prtn_u7fOvqWg"},
			EntityRegistryIDsAnyOf: []string{"TP001", "TP002"},
			NamesAnyOf:             []string{"MyName1", "MyName2"},
		},
		EntitySearchFilters: EntitySearchFilters{
			CreatedAt:               "> 2022-03-01 AND < 2022-04-01",
			NameIncludes:            "Example",
			NamesAnyOfCaseSensitive: []string{"MyName3"},
			CreatorIDs:              []string{"ent_a0SApq3z"},
			AuthorIDsAnyOf:          []string{"ent_a0SApq3z", "ent_b4AApz9b"},
		},

		AminoAcids: "IKTATARR",

		Returning: []string{"aaSequences.id", "aaSequences.modifiedAt"},
	}
	got, resp, err := env.client.AaSequences.List(testCtx(t), opts)
	if err != nil {
		t.Fatalf("List: %v", err)
	}
	if diff := cmp.Diff([]*AaSequence{aaSeqWant()}, got, aaSeqCmp); diff != "" {
		t.Errorf("List mismatch (-want +got):\n%s", diff)
	}
	if resp.NextToken != "Im5ldyB0ZXN0Ig==" || resp.ResultCount != 2 {
		t.Errorf("NextToken, ResultCount = %q, %d", resp.NextToken, resp.ResultCount)
	}
}

func TestAaSequencesListNilOptions(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /aa-sequences", func(w http.ResponseWriter, r *http.Request) {
		testQuery(t, r, nil)
		serveJSON(t, http.MethodGet, http.StatusOK, fixture(t, "aa_sequences/list_page2.json"))(w, r)
	})
	got, resp, err := env.client.AaSequences.List(testCtx(t), nil)
	if err != nil {
		t.Fatalf("List: %v", err)
	}
	if diff := cmp.Diff([]*AaSequence{aaSeqWant2()}, got, aaSeqCmp); diff != "" {
		t.Errorf("List mismatch (-want +got):\n%s", diff)
	}
	if resp.NextToken != "" {
		t.Errorf("NextToken = %q, want empty", resp.NextToken)
	}
}

func TestAaSequencesAll(t *testing.T) {
	opts := &AaSequenceListOptions{ListOptions: ListOptions{PageSize: 1}, EntityListFilters: EntityListFilters{FolderID: "lib_mrZWMrft"}}
	got := testAllTwoPages(t, twoPageList{
		pattern: "GET /aa-sequences", query: map[string]string{"pageSize": "1", "folderId": "lib_mrZWMrft"},
		nextToken: "Im5ldyB0ZXN0Ig==", page1: "aa_sequences/list_page1.json", page2: "aa_sequences/list_page2.json",
	}, func(c *Client) iter.Seq2[*AaSequence, error] { return c.AaSequences.All(testCtx(t), opts) },
		func() string { return opts.NextToken })
	if diff := cmp.Diff([]*AaSequence{aaSeqWant(), aaSeqWant2()}, got, aaSeqCmp); diff != "" {
		t.Errorf("All mismatch (-want +got):\n%s", diff)
	}
}

func TestAaSequencesCreate(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("POST /aa-sequences", func(w http.ResponseWriter, r *http.Request) {
		testJSONBody(t, r, `{
			"aminoAcids": "IKTATARRELAETSWTGDRLWGFSDNWAPALRRPSPSALGK",
			"name": "Example AA Sequence",
			"aliases": ["Example alias"],
			"annotations": [{"color": "#85DAE9", "end": 10, "name": "Example annotation", "start": 0, "type": "Site"}],
			"authorIds": ["ent_a0SApq3z"],
			"customFields": {"Legacy ID": {"value": "STR100"}},
			"fields": {"Linked Peptide": {"value": "prtn_ObbdtGhC"}},
			"schemaId": "ts_DaiFhsNA",
			"registryId": "src_NetYd96a",
			"namingStrategy": "NEW_IDS"
		}`)
		serveJSON(t, http.MethodPost, http.StatusCreated, fixture(t, "aa_sequences/get.json"))(w, r)
	})
	body := &AaSequenceCreate{
		AminoAcids: "IKTATARRELAETSWTGDRLWGFSDNWAPALRRPSPSALGK",
		EntityCreateBase: EntityCreateBase{
			Name:           "Example AA Sequence",
			Aliases:        []string{"Example alias"},
			AuthorIDs:      []string{"ent_a0SApq3z"},
			CustomFields:   CustomFields{"Legacy ID": {Value: "STR100"}},
			Fields:         Fields{"Linked Peptide": {Value: StringValue("prtn_ObbdtGhC")}},
			RegistryID:     Ptr("src_NetYd96a"),
			NamingStrategy: NamingStrategyNewIDs,
		},

		Annotations: []AaAnnotation{{Color: "#85DAE9", End: 10, Name: "Example annotation", Type: "Site"}},

		SchemaID: Ptr("ts_DaiFhsNA"),
	}
	got, resp, err := env.client.AaSequences.Create(testCtx(t), body)
	if err != nil {
		t.Fatalf("Create: %v", err)
	}
	if resp.StatusCode != http.StatusCreated {
		t.Errorf("status = %d, want 201", resp.StatusCode)
	}
	if diff := cmp.Diff(aaSeqWant(), got, aaSeqCmp); diff != "" {
		t.Errorf("Create mismatch (-want +got):\n%s", diff)
	}
}

func TestAaSequencesUpdate(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("PATCH /aa-sequences/prtn_ObbdtGhC", func(w http.ResponseWriter, r *http.Request) {
		// Only what is set: an empty (non-nil) Aliases clears them, a
		// NullValue clears a field.
		testJSONBody(t, r, `{
			"name": "Renamed",
			"aliases": [],
			"fields": {"Notes": {"value": null}},
			"entityRegistryId": "PRT002"
		}`)
		serveJSON(t, http.MethodPatch, http.StatusOK, fixture(t, "aa_sequences/get.json"))(w, r)
	})
	body := &AaSequenceUpdate{
		EntityUpdateBase: EntityUpdateBase{
			Name:    Ptr("Renamed"),
			Aliases: []string{},
			Fields:  Fields{"Notes": {Value: NullValue()}},
		},

		EntityRegistryID: Ptr("PRT002"),
	}
	got, _, err := env.client.AaSequences.Update(testCtx(t), "prtn_ObbdtGhC", body)
	if err != nil {
		t.Fatalf("Update: %v", err)
	}
	if diff := cmp.Diff(aaSeqWant(), got, aaSeqCmp); diff != "" {
		t.Errorf("Update mismatch (-want +got):\n%s", diff)
	}
}

func TestAaSequencesUpsert(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("PATCH /aa-sequences/sBN000:upsert", func(w http.ResponseWriter, r *http.Request) {
		testJSONBody(t, r, `{
			"entityRegistryId": "sBN000",
			"name": "Example AA Sequence",
			"registryId": "src_NetYd96a",
			"schemaId": "ts_DaiFhsNA",
			"aminoAcids": "IKTATARRELAETSWTGDRLWGFSDNWAPALRRPSPSALGK",
			"annotations": [],
			"archiveRecord": null,
			"fields": {
				"Linked Peptide": {"value": "prtn_ObbdtGhC"},
				"Linked Sequence": {"value": {"entityRegistryId": "DNA001"}}
			}
		}`)
		serveJSON(t, http.MethodPatch, http.StatusCreated, fixture(t, "aa_sequences/get.json"))(w, r)
	})
	body := &AaSequenceUpsert{
		EntityUpsertBase: EntityUpsertBase{
			Name:          "Example AA Sequence",
			RegistryID:    "src_NetYd96a",
			SchemaID:      "ts_DaiFhsNA",
			ArchiveRecord: Null[ArchiveRecord](),
			Fields: Fields{
				"Linked Peptide":  {Value: StringValue("prtn_ObbdtGhC")},
				"Linked Sequence": {Value: RegistryIDValue("DNA001")},
			},
		},

		AminoAcids: "IKTATARRELAETSWTGDRLWGFSDNWAPALRRPSPSALGK",
	}
	got, resp, err := env.client.AaSequences.Upsert(testCtx(t), "sBN000", body)
	if err != nil {
		t.Fatalf("Upsert: %v", err)
	}
	if resp.StatusCode != http.StatusCreated {
		t.Errorf("status = %d, want 201", resp.StatusCode)
	}
	if diff := cmp.Diff(aaSeqWant(), got, aaSeqCmp); diff != "" {
		t.Errorf("Upsert mismatch (-want +got):\n%s", diff)
	}
	if body.EntityRegistryID != "" || body.Annotations != nil {
		t.Errorf("Upsert modified the caller's body: %+v", body)
	}
}

func TestAaSequencesArchive(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("POST /aa-sequences:archive", func(w http.ResponseWriter, r *http.Request) {
		testJSONBody(t, r, `{"aaSequenceIds": ["prtn_ObbdtGhC", "prtn_W7KgYydE"], "reason": "Made in error"}`)
		serveJSON(t, http.MethodPost, http.StatusOK, fixture(t, "aa_sequences/archival_change.json"))(w, r)
	})
	env.mux.HandleFunc("POST /aa-sequences:unarchive", func(w http.ResponseWriter, r *http.Request) {
		testJSONBody(t, r, `{"aaSequenceIds": ["prtn_ObbdtGhC", "prtn_W7KgYydE"]}`)
		serveJSON(t, http.MethodPost, http.StatusOK, fixture(t, "aa_sequences/archival_change.json"))(w, r)
	})
	want := &AaSequencesArchivalChange{
		AaSequenceIDs: []string{"prtn_ObbdtGhC", "prtn_W7KgYydE"},
		BatchIDs:      []string{"bat_UOIr8IjL"},
	}
	ids := []string{"prtn_ObbdtGhC", "prtn_W7KgYydE"}
	got, _, err := env.client.AaSequences.Archive(testCtx(t), &AaSequencesArchive{AaSequenceIDs: ids, Reason: EntityArchiveReasonMadeInError})
	if err != nil {
		t.Fatalf("Archive: %v", err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Archive mismatch (-want +got):\n%s", diff)
	}
	got, _, err = env.client.AaSequences.Unarchive(testCtx(t), ids)
	if err != nil {
		t.Fatalf("Unarchive: %v", err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Unarchive mismatch (-want +got):\n%s", diff)
	}
}

func TestAaSequencesBulkGet(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /aa-sequences:bulk-get", func(w http.ResponseWriter, r *http.Request) {
		testQuery(t, r, map[string]string{
			"aaSequenceIds": "prtn_ObbdtGhC,prtn_W7KgYydE",
			"returning":     "aaSequences.id,aaSequences.name",
		})
		serveJSON(t, http.MethodGet, http.StatusOK, fixture(t, "aa_sequences/bulk_get.json"))(w, r)
	})
	got, _, err := env.client.AaSequences.BulkGet(testCtx(t), []string{"prtn_ObbdtGhC", "prtn_W7KgYydE"},
		&AaSequenceBulkGetOptions{Returning: []string{"aaSequences.id", "aaSequences.name"}})
	if err != nil {
		t.Fatalf("BulkGet: %v", err)
	}
	if diff := cmp.Diff([]*AaSequence{aaSeqWant(), aaSeqWant2()}, got, aaSeqCmp); diff != "" {
		t.Errorf("BulkGet mismatch (-want +got):\n%s", diff)
	}
}

func TestAaSequencesBulkGetNilOptions(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /aa-sequences:bulk-get", func(w http.ResponseWriter, r *http.Request) {
		testQuery(t, r, map[string]string{"aaSequenceIds": "prtn_ObbdtGhC"})
		serveJSON(t, http.MethodGet, http.StatusOK, fixture(t, "aa_sequences/bulk_get.json"))(w, r)
	})
	got, _, err := env.client.AaSequences.BulkGet(testCtx(t), []string{"prtn_ObbdtGhC"}, nil)
	if err != nil {
		t.Fatalf("BulkGet: %v", err)
	}
	if len(got) != 2 || got[0].ID != "prtn_ObbdtGhC" {
		t.Errorf("BulkGet = %d items, first %v", len(got), got)
	}
}

func TestAaSequencesBulkCreate(t *testing.T) {
	env := setup(t)
	aaSeqStartTask(t, env, "POST /aa-sequences:bulk-create", `{"aaSequences": [
		{"aminoAcids": "IKTATARRELAETSWTGDRLWGFSDNWAPALRRPSPSALGK", "name": "Example AA Sequence", "folderId": "lib_mrZWMrft"},
		{"aminoAcids": "MKTAYIAKQR", "name": "Second AA Sequence", "folderId": "lib_mrZWMrft"}
	]}`, nil, "aa_sequences/task_bulk_create.json")
	link, resp, err := env.client.AaSequences.BulkCreate(testCtx(t), []*AaSequenceCreate{
		{AminoAcids: "IKTATARRELAETSWTGDRLWGFSDNWAPALRRPSPSALGK", EntityCreateBase: EntityCreateBase{Name: "Example AA Sequence", FolderID: Ptr("lib_mrZWMrft")}},
		{AminoAcids: "MKTAYIAKQR", EntityCreateBase: EntityCreateBase{Name: "Second AA Sequence", FolderID: Ptr("lib_mrZWMrft")}},
	})
	if err != nil {
		t.Fatalf("BulkCreate: %v", err)
	}
	if link.TaskID != aaSeqTaskID || resp.StatusCode != http.StatusAccepted {
		t.Errorf("TaskID, status = %q, %d", link.TaskID, resp.StatusCode)
	}
	res, err := link.Wait(testCtx(t))
	if err != nil {
		t.Fatalf("Wait: %v", err)
	}
	want := &AaSequencesBulkCreateResult{AaSequences: []*AaSequence{aaSeqWant()}}
	if diff := cmp.Diff(want, res, aaSeqCmp); diff != "" {
		t.Errorf("BulkCreate result mismatch (-want +got):\n%s", diff)
	}
}

func TestAaSequencesBulkUpdate(t *testing.T) {
	env := setup(t)
	// The task fixture uses the spec schema's key "AaSequences" (capital A).
	aaSeqStartTask(t, env, "POST /aa-sequences:bulk-update", `{"aaSequences": [
		{"id": "prtn_ObbdtGhC", "name": "Renamed", "fields": {"Linked Peptide": {"value": "prtn_W7KgYydE"}}},
		{"id": "prtn_W7KgYydE", "aliases": []}
	]}`, nil, "aa_sequences/task_bulk_update.json")
	link, _, err := env.client.AaSequences.BulkUpdate(testCtx(t), []*AaSequenceBulkUpdate{
		{ID: "prtn_ObbdtGhC", EntityUpdateBase: EntityUpdateBase{Name: Ptr("Renamed"), Fields: Fields{"Linked Peptide": {Value: StringValue("prtn_W7KgYydE")}}}},
		{ID: "prtn_W7KgYydE", EntityUpdateBase: EntityUpdateBase{Aliases: []string{}}},
	})
	if err != nil {
		t.Fatalf("BulkUpdate: %v", err)
	}
	res, err := link.Wait(testCtx(t))
	if err != nil {
		t.Fatalf("Wait: %v", err)
	}
	want := &AaSequencesBulkUpdateResult{AaSequences: []*AaSequence{aaSeqWant()}}
	if diff := cmp.Diff(want, res, aaSeqCmp); diff != "" {
		t.Errorf("BulkUpdate result mismatch (-want +got):\n%s", diff)
	}
}

func TestAaSequencesBulkUpsert(t *testing.T) {
	env := setup(t)
	aaSeqStartTask(t, env, "POST /aa-sequences:bulk-upsert", `{"aaSequences": [{
		"entityRegistryId": "sBN000",
		"name": "Example AA Sequence",
		"registryId": "src_NetYd96a",
		"schemaId": "ts_DaiFhsNA",
		"aminoAcids": "IKTATARRELAETSWTGDRLWGFSDNWAPALRRPSPSALGK",
		"annotations": [{"end": 10, "name": "Example annotation", "start": 0}],
		"fields": {"Linked Sequence": {"value": {"entityRegistryId": "DNA001"}}}
	}]}`, map[string]string{"returning": "aaSequences.id,aaSequences.name"}, "aa_sequences/task_bulk_create.json")
	link, _, err := env.client.AaSequences.BulkUpsert(testCtx(t), []*AaSequenceUpsert{{
		EntityRegistryID: "sBN000",
		EntityUpsertBase: EntityUpsertBase{
			Name:       "Example AA Sequence",
			RegistryID: "src_NetYd96a",
			SchemaID:   "ts_DaiFhsNA",
			Fields:     Fields{"Linked Sequence": {Value: RegistryIDValue("DNA001")}},
		},

		AminoAcids:  "IKTATARRELAETSWTGDRLWGFSDNWAPALRRPSPSALGK",
		Annotations: []AaAnnotation{{End: 10, Name: "Example annotation"}},
	}}, &AaSequenceBulkUpsertOptions{Returning: []string{"aaSequences.id", "aaSequences.name"}})
	if err != nil {
		t.Fatalf("BulkUpsert: %v", err)
	}
	res, err := link.Wait(testCtx(t))
	if err != nil {
		t.Fatalf("Wait: %v", err)
	}
	want := &AaSequencesBulkUpsertResult{AaSequences: []*AaSequence{aaSeqWant()}}
	if diff := cmp.Diff(want, res, aaSeqCmp); diff != "" {
		t.Errorf("BulkUpsert result mismatch (-want +got):\n%s", diff)
	}
}

func TestAaSequencesAutoAnnotate(t *testing.T) {
	env := setup(t)
	aaSeqStartTask(t, env, "POST /aa-sequences:auto-annotate",
		`{"aaSequenceIds": ["prtn_ObbdtGhC"], "featureLibraryIds": ["featlib_19kd9aDq"]}`, nil, "aa_sequences/task_empty.json")
	link, _, err := env.client.AaSequences.AutoAnnotate(testCtx(t), &AutoAnnotateAaSequences{
		AaSequenceIDs:     []string{"prtn_ObbdtGhC"},
		FeatureLibraryIDs: []string{"featlib_19kd9aDq"},
	})
	if err != nil {
		t.Fatalf("AutoAnnotate: %v", err)
	}
	res, err := link.Wait(testCtx(t))
	if err != nil {
		t.Fatalf("Wait: %v", err)
	}
	if diff := cmp.Diff(&EmptyTaskResponse{}, res); diff != "" {
		t.Errorf("AutoAnnotate result mismatch (-want +got):\n%s", diff)
	}
}

func TestAaSequencesBackTranslate(t *testing.T) {
	env := setup(t)
	// The codon options are flattened into the top level of the body.
	aaSeqStartTask(t, env, "POST /aa-sequences:back-translate", `{
		"aaSequenceIds": ["prtn_ObbdtGhC"],
		"folderId": "lib_mrZWMrft",
		"codonUsageTableId": "codtab_VfVOART1",
		"avoidedCutsiteEnzymeIds": ["enz_6ZVdX98t"],
		"gcContentRange": {"min": 0.4, "max": 0.6},
		"hairpinParameters": {"stem": 20, "window": 200},
		"method": "USE_BEST_CODON",
		"reducedPatterns": [{"pattern": "ATGC", "avoidReverseComplement": true}],
		"schemaId": "ts_n4l12nf0",
		"shouldDepleteUridine": false
	}`, nil, "aa_sequences/task_back_translate.json")
	link, _, err := env.client.AaSequences.BackTranslate(testCtx(t), &BackTranslate{
		AaSequenceIDs: []string{"prtn_ObbdtGhC"},
		FolderID:      "lib_mrZWMrft",
		CodonOptions: CodonOptions{
			CodonUsageTableID:       Ptr("codtab_VfVOART1"),
			AvoidedCutsiteEnzymeIDs: []string{"enz_6ZVdX98t"},
			GCContentRange:          &GCContentRange{Min: Ptr(0.4), Max: Ptr(0.6)},
			HairpinParameters:       &HairpinParameters{Stem: Ptr(20), Window: Ptr(200)},
			Method:                  CodonMethodUseBestCodon,
			ReducedPatterns:         []ReducedPattern{{Pattern: "ATGC", AvoidReverseComplement: true}},
			SchemaID:                Ptr("ts_n4l12nf0"),
			ShouldDepleteUridine:    Ptr(false),
		},
	})
	if err != nil {
		t.Fatalf("BackTranslate: %v", err)
	}
	res, err := link.Wait(testCtx(t))
	if err != nil {
		t.Fatalf("Wait: %v", err)
	}
	if len(res.DnaSequences) != 1 {
		t.Fatalf("DnaSequences = %d items, want 1", len(res.DnaSequences))
	}
	type dnaSummary struct {
		ID         string
		Bases      string
		IsCircular bool
		CreatedAt  time.Time
	}
	d := res.DnaSequences[0]
	dna := dnaSummary{ID: d.ID, Bases: d.Bases, IsCircular: d.IsCircular, CreatedAt: d.CreatedAt}
	want := dnaSummary{
		ID:         "seq_asQya4lk",
		Bases:      "GTAGCAAAGANTAGTAGCCAGCTGTGATAAATGTCAGCTAAAAGGGGAAGCCATG",
		IsCircular: false,
		CreatedAt:  time.Date(2021, 7, 13, 13, 16, 44, 315e6, time.UTC),
	}
	if diff := cmp.Diff(want, dna); diff != "" {
		t.Errorf("BackTranslate result mismatch (-want +got):\n%s", diff)
	}
}

func TestAaSequencesFindMatchingRegions(t *testing.T) {
	env := setup(t)
	aaSeqStartTask(t, env, "POST /aa-sequences:find-matching-regions", `{
		"targetAASequenceIds": ["prtn_W7KgYydE", "prtn_g7SI2nih"],
		"schemaId": "ts_n4l12nf0",
		"registryId": "src_ae40j3TZ"
	}`, nil, "aa_sequences/task_find_matching_regions.json")
	link, _, err := env.client.AaSequences.FindMatchingRegions(testCtx(t), &AaSequencesFindMatchingRegion{
		TargetAaSequenceIDs: []string{"prtn_W7KgYydE", "prtn_g7SI2nih"},
		SchemaID:            "ts_n4l12nf0",
		RegistryID:          Ptr("src_ae40j3TZ"),
	})
	if err != nil {
		t.Fatalf("FindMatchingRegions: %v", err)
	}
	res, err := link.Wait(testCtx(t))
	if err != nil {
		t.Fatalf("Wait: %v", err)
	}
	want := &AaSequencesFindMatchingRegionsResult{AaSequenceMatches: []AaSequencesFindMatchingRegionsResultAaSequenceMatch{{
		MatchingAaSequenceIDs: []string{"prtn_TIIi7lto", "prtn_0qTaIIDE"},
		TargetAaSequenceID:    "prtn_W1Qh8teE",
	}}}
	if diff := cmp.Diff(want, res); diff != "" {
		t.Errorf("FindMatchingRegions result mismatch (-want +got):\n%s", diff)
	}
}

func TestAaSequencesBulkCreateTaskFailed(t *testing.T) {
	env := setup(t)
	aaSeqStartTask(t, env, "POST /aa-sequences:bulk-create",
		`{"aaSequences": [{"aminoAcids": "MKTAYIAKQR", "name": "Bad"}]}`, nil, "aa_sequences/task_failed.json")
	link, _, err := env.client.AaSequences.BulkCreate(testCtx(t), []*AaSequenceCreate{{AminoAcids: "MKTAYIAKQR", EntityCreateBase: EntityCreateBase{Name: "Bad"}}})
	if err != nil {
		t.Fatalf("BulkCreate: %v", err)
	}
	res, err := link.Wait(testCtx(t))
	if !errors.Is(err, ErrTaskFailed) {
		t.Fatalf("Wait error = %v, want ErrTaskFailed", err)
	}
	if res != nil {
		t.Errorf("Wait result = %v, want nil", res)
	}
	var te *TaskError
	if !errors.As(err, &te) {
		t.Fatalf("error %T is not a *TaskError", err)
	}
	if diff := cmp.Diff([]ItemError{{Index: 0, Message: "Invalid field value"}}, te.Items); diff != "" {
		t.Errorf("TaskError.Items mismatch (-want +got):\n%s", diff)
	}
	if te.TaskID != aaSeqTaskID || te.Message != "Your request was invalid." {
		t.Errorf("TaskError = %q, %q", te.TaskID, te.Message)
	}
}

func TestAaSequencesMatchAminoAcids(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("POST /aa-sequences:match-amino-acids", func(w http.ResponseWriter, r *http.Request) {
		testQuery(t, r, nil)
		// registryId: null asks for unregistered sequences.
		testJSONBody(t, r, `{
			"aminoAcids": "IKTATARRELAETSWTGDRLWGFSDNWAPALRRPSPSALGK",
			"archiveReason": "NOT_ARCHIVED",
			"registryId": null,
			"sort": "name:asc",
			"pageSize": 10
		}`)
		serveJSON(t, http.MethodPost, http.StatusOK, fixture(t, "aa_sequences/list_page1.json"))(w, r)
	})
	got, resp, err := env.client.AaSequences.MatchAminoAcids(testCtx(t), &AaSequencesMatchBases{
		ListOptions:   ListOptions{PageSize: 10},
		AminoAcids:    "IKTATARRELAETSWTGDRLWGFSDNWAPALRRPSPSALGK",
		ArchiveReason: SearchArchiveReasonNotArchived,
		RegistryID:    Null[string](),
		Sort:          SearchSortNameAsc,
	})
	if err != nil {
		t.Fatalf("MatchAminoAcids: %v", err)
	}
	if diff := cmp.Diff([]*AaSequence{aaSeqWant()}, got, aaSeqCmp); diff != "" {
		t.Errorf("MatchAminoAcids mismatch (-want +got):\n%s", diff)
	}
	if resp.NextToken != "Im5ldyB0ZXN0Ig==" {
		t.Errorf("NextToken = %q", resp.NextToken)
	}
}

// aaSeqTwoPagesInBody serves the two list fixtures from a body-paginated
// endpoint, checking that page 2's request carries the token in the body.
func aaSeqTwoPagesInBody(t *testing.T, env *testEnv, pattern, page1Body, page2Body string) *int {
	calls := new(int)
	env.mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) {
		*calls++
		switch *calls {
		case 1:
			testJSONBody(t, r, page1Body)
			serveJSON(t, http.MethodPost, http.StatusOK, fixture(t, "aa_sequences/list_page1.json"))(w, r)
		case 2:
			testJSONBody(t, r, page2Body)
			serveJSON(t, http.MethodPost, http.StatusOK, fixture(t, "aa_sequences/list_page2.json"))(w, r)
		default:
			t.Errorf("unexpected request %d", *calls)
		}
	})
	return calls
}

func TestAaSequencesAllMatchAminoAcids(t *testing.T) {
	env := setup(t)
	calls := aaSeqTwoPagesInBody(t, env, "POST /aa-sequences:match-amino-acids",
		`{"aminoAcids": "MKTAYIAKQR", "registryId": "src_NetYd96a"}`,
		`{"aminoAcids": "MKTAYIAKQR", "registryId": "src_NetYd96a", "nextToken": "Im5ldyB0ZXN0Ig=="}`)
	req := &AaSequencesMatchBases{AminoAcids: "MKTAYIAKQR", RegistryID: NullableOf("src_NetYd96a")}
	var got []*AaSequence
	for seq, err := range env.client.AaSequences.AllMatchAminoAcids(testCtx(t), req) {
		if err != nil {
			t.Fatalf("AllMatchAminoAcids: %v", err)
		}
		got = append(got, seq)
	}
	if diff := cmp.Diff([]*AaSequence{aaSeqWant(), aaSeqWant2()}, got, aaSeqCmp); diff != "" {
		t.Errorf("AllMatchAminoAcids mismatch (-want +got):\n%s", diff)
	}
	if *calls != 2 || req.NextToken != "" {
		t.Errorf("requests = %d (want 2), caller's NextToken = %q (want empty)", *calls, req.NextToken)
	}
}

func TestAaSequencesSearchAminoAcids(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("POST /aa-sequences:search-amino-acids", func(w http.ResponseWriter, r *http.Request) {
		testJSONBody(t, r, `{"aminoAcids": "TATARR", "archiveReason": "Archived", "sort": "modifiedAt:desc", "nextToken": "tok0", "pageSize": 50}`)
		serveJSON(t, http.MethodPost, http.StatusOK, fixture(t, "aa_sequences/list_page2.json"))(w, r)
	})
	got, resp, err := env.client.AaSequences.SearchAminoAcids(testCtx(t), &AaSequencesSearchBases{
		ListOptions:   ListOptions{PageSize: 50, NextToken: "tok0"},
		AminoAcids:    "TATARR",
		ArchiveReason: SearchArchiveReasonArchived,
		Sort:          SearchSortModifiedAtDesc,
	})
	if err != nil {
		t.Fatalf("SearchAminoAcids: %v", err)
	}
	if diff := cmp.Diff([]*AaSequence{aaSeqWant2()}, got, aaSeqCmp); diff != "" {
		t.Errorf("SearchAminoAcids mismatch (-want +got):\n%s", diff)
	}
	if resp.NextToken != "" {
		t.Errorf("NextToken = %q, want empty", resp.NextToken)
	}
}

func TestAaSequencesAllSearchAminoAcids(t *testing.T) {
	env := setup(t)
	calls := aaSeqTwoPagesInBody(t, env, "POST /aa-sequences:search-amino-acids",
		`{"aminoAcids": "TATARR", "pageSize": 1}`,
		`{"aminoAcids": "TATARR", "pageSize": 1, "nextToken": "Im5ldyB0ZXN0Ig=="}`)
	req := &AaSequencesSearchBases{ListOptions: ListOptions{PageSize: 1}, AminoAcids: "TATARR"}
	var got []*AaSequence
	for seq, err := range env.client.AaSequences.AllSearchAminoAcids(testCtx(t), req) {
		if err != nil {
			t.Fatalf("AllSearchAminoAcids: %v", err)
		}
		got = append(got, seq)
	}
	if diff := cmp.Diff([]*AaSequence{aaSeqWant(), aaSeqWant2()}, got, aaSeqCmp); diff != "" {
		t.Errorf("AllSearchAminoAcids mismatch (-want +got):\n%s", diff)
	}
	if *calls != 2 {
		t.Errorf("requests = %d, want 2", *calls)
	}
}

func TestAaSequencesAllError(t *testing.T) {
	env := setup(t)
	calls := 0
	env.mux.HandleFunc("GET /aa-sequences", func(w http.ResponseWriter, r *http.Request) {
		calls++
		if calls == 1 {
			serveJSON(t, http.MethodGet, http.StatusOK, fixture(t, "aa_sequences/list_page1.json"))(w, r)
			return
		}
		serveJSON(t, http.MethodGet, http.StatusBadRequest,
			`{"error": {"type": "invalid_request_error", "message": "Invalid nextToken."}}`)(w, r)
	})
	var items, errs int
	for seq, err := range env.client.AaSequences.All(testCtx(t), nil) {
		if err != nil {
			errs++
			if !errors.Is(err, ErrBadRequest) {
				t.Errorf("error = %v, want ErrBadRequest", err)
			}
			continue
		}
		if seq.ID != "prtn_ObbdtGhC" {
			t.Errorf("item = %s", seq.ID)
		}
		items++
	}
	if items != 1 || errs != 1 || calls != 2 {
		t.Errorf("items, errors, requests = %d, %d, %d; want 1, 1, 2", items, errs, calls)
	}
}
