package benchling

import (
	"context"
	"encoding/json"
	"errors"
	"iter"
	"net/http"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// dnaSeqCmp compares FieldValues by their JSON meaning.
var dnaSeqCmp = cmp.Comparer(func(a, b FieldValue) bool {
	var x, y any
	if a.Raw() != nil && json.Unmarshal(a.Raw(), &x) != nil {
		return false
	}
	if b.Raw() != nil && json.Unmarshal(b.Raw(), &y) != nil {
		return false
	}
	return cmp.Equal(x, y)
})

// dnaSeqServe answers with status and body after checking the method and
// running check on the request.
func dnaSeqServe(t *testing.T, method string, status int, body any, check func(r *http.Request)) http.HandlerFunc {
	t.Helper()
	serve := serveJSON(t, method, status, body)
	return func(w http.ResponseWriter, r *http.Request) {
		if check != nil {
			check(r)
		}
		serve(w, r)
	}
}

// dnaSeqNoRequest fails the test on any request.
func dnaSeqNoRequest(t *testing.T, env *testEnv) {
	env.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		t.Errorf("unexpected request %s %s", r.Method, r.URL)
		http.Error(w, "unexpected", http.StatusTeapot)
	})
}

// dnaSeqWant is testdata/dna_sequences/get.json, written out by hand.
func dnaSeqWant() *DnaSequence {
	at := time.Date(2021, 7, 13, 13, 16, 44, 315_000_000, time.UTC)
	pasteur := UserSummary{Handle: "lpasteur", ID: "ent_a0SApq3z", Name: "Louis Pasteur"}
	return &DnaSequence{
		EntityBase: EntityBase{
			ID:         "seq_asQya4lk",
			Name:       "Example sequence",
			Aliases:    []string{"Example alias"},
			Authors:    []UserSummary{pasteur},
			Creator:    pasteur,
			CreatedAt:  at,
			ModifiedAt: at,
			FolderID:   Ptr("lib_mrZWMrft"),
			Schema:     &SchemaSummary{ID: "ts_n4l12nf0", Name: "Example schema"},
			Fields: Fields{"additionalProp1": {
				Value: StringsValue("seq_jdf8BV24"), Type: FieldTypeDnaSequenceLink,
				DisplayValue: Ptr("Amp"), TextValue: Ptr("Amp"), IsMulti: true,
			}},
			CustomFields:       CustomFields{"Legacy ID": {Value: "STR100"}},
			EntityRegistryID:   Ptr("sBN000"),
			RegistryID:         Ptr("src_ae40j3TZ"),
			RegistrationOrigin: &RegistrationOrigin{OriginEntryID: Ptr("ent_a0SApq3z"), RegisteredAt: at},
			ArchiveRecord:      &ArchiveRecord{Reason: "Made in error"},
			APIURL:             "https://benchling.com/api/v2/dna-sequences/seq_asQya4lk",
			WebURL:             "https://benchling.com/benchling/f/lib_zky83cLg-computed-fields/seq_mnY8u4bs-chain-1/edit",
		},
		Bases:      "GTAGCAAAGANTAGTAGCCAGCTGTGATAAATGTCAGCTAAAAGGGGAAGCCATG",
		IsCircular: true,
		Length:     55,
		Annotations: []DnaAnnotation{{
			Color:        "#85DAE9",
			CustomFields: []SequenceFeatureCustomField{{Name: "gene", Value: "lacZ"}},
			Name:         "Example annotation",
			Notes:        "Cong et al Science. 2013 Jan 3.",
			Start:        0, End: 10, Strand: 0, Type: "Example annotation type",
		}},
		Parts: []DnaSequencePart{{SequenceID: "seq_VfVOART1", Start: 10, End: 20, Strand: 1}},
		Primers: []Primer{{
			OligoID: "seq_HJyE332n", Start: 0, End: 5, Strand: -1, Bases: "CATCG",
			Color: "#F58A5E", Name: "Example primer",
		}},
		Translations: []Translation{{
			Start: Ptr(0), End: Ptr(0), Strand: 1, Regions: []TranslationRegion{{}},
			AminoAcids: "KK", CoerceStartCodonToMethionine: false, GeneticCode: TranslationGeneticCodeStandard,
		}},
		Transcriptions:  []DnaSequenceTranscription{{SequenceID: "seq_VfVOART1", Start: 0, End: 30, Strand: 1}},
		DnaAlignmentIDs: []string{"seqanl_6ZVdX98t"},
		URL:             "benchling/f/lib_zky83cLg-computed-fields/seq_mnY8u4bs-chain-1/edit",
	}
}

// dnaSeqShortWant is testdata/dna_sequences/short.json, written out by hand.
func dnaSeqShortWant() *DnaSequence {
	return &DnaSequence{
		EntityBase: EntityBase{
			ID:           "seq_RFhDGaaC",
			Name:         "pUC19",
			Aliases:      []string{},
			Authors:      []UserSummary{},
			Creator:      UserSummary{Handle: "lpasteur", ID: "ent_a0SApq3z", Name: "Louis Pasteur"},
			CreatedAt:    time.Date(2021, 7, 14, 9, 0, 0, 0, time.UTC),
			ModifiedAt:   time.Date(2021, 7, 14, 9, 30, 0, 0, time.UTC),
			FolderID:     Ptr("lib_mrZWMrft"),
			Fields:       Fields{},
			CustomFields: CustomFields{},
			APIURL:       "https://benchling.com/api/v2/dna-sequences/seq_RFhDGaaC",
			WebURL:       "https://benchling.com/benchling/f/lib_mrZWMrft/seq_RFhDGaaC-puc19/edit",
		}, Bases: "GATTACAAGATTACA", Length: 15,
		Annotations: []DnaAnnotation{}, Primers: []Primer{}, Parts: []DnaSequencePart{},
		Translations: []Translation{}, Transcriptions: []DnaSequenceTranscription{}, DnaAlignmentIDs: []string{},
		URL: "benchling/f/lib_mrZWMrft/seq_RFhDGaaC-puc19/edit",
	}
}

func TestDnaSequencesGet(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /dna-sequences/seq_asQya4lk", dnaSeqServe(t, http.MethodGet, http.StatusOK,
		fixture(t, "dna_sequences/get.json"), func(r *http.Request) { testQuery(t, r, nil) }))

	got, resp, err := env.client.DnaSequences.Get(testCtx(t), "seq_asQya4lk", nil)
	if err != nil {
		t.Fatalf("Get: %v", err)
	}
	if resp.StatusCode != http.StatusOK {
		t.Errorf("status = %d, want 200", resp.StatusCode)
	}
	if diff := cmp.Diff(dnaSeqWant(), got, dnaSeqCmp); diff != "" {
		t.Errorf("Get mismatch (-want +got):\n%s", diff)
	}
	if v, ok := got.Fields["additionalProp1"].Value.AsStrings(); !ok || len(v) != 1 || v[0] != "seq_jdf8BV24" {
		t.Errorf("field value = %v, %v", v, ok)
	}
}

// TestDnaSequencesGetReturning sends Get's optional returning parameter
// (the spec's example) and decodes the spec's response.
func TestDnaSequencesGetReturning(t *testing.T) {
	runSpecCases(t, []specCase{
		{name: "Get", op: "getDNASequence", pattern: "GET /dna-sequences/seq_1", status: http.StatusOK,
			query: map[string]string{"returning": "id,modifiedAt"},
			call: func(t *testing.T, c *Client) (any, error) {
				v, _, err := c.DnaSequences.Get(testCtx(t), "seq_1", &DnaSequenceGetOptions{Returning: []string{"id", "modifiedAt"}})
				return v, err
			}},
	})
}

func TestDnaSequencesGetNullables(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /dna-sequences/seq_RFhDGaaC", serveJSON(t, http.MethodGet, http.StatusOK,
		fixture(t, "dna_sequences/short.json")))

	got, _, err := env.client.DnaSequences.Get(testCtx(t), "seq_RFhDGaaC", nil)
	if err != nil {
		t.Fatalf("Get: %v", err)
	}
	if diff := cmp.Diff(dnaSeqShortWant(), got, dnaSeqCmp); diff != "" {
		t.Errorf("Get mismatch (-want +got):\n%s", diff)
	}
}

func TestDnaSequencesGetNotFound(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /dna-sequences/seq_missing", serveJSON(t, http.MethodGet, http.StatusNotFound,
		fixture(t, "dna_sequences/not_found.json")))

	got, resp, err := env.client.DnaSequences.Get(testCtx(t), "seq_missing", nil)
	if !errors.Is(err, ErrNotFound) {
		t.Fatalf("err = %v, want ErrNotFound", err)
	}
	var apiErr *Error
	if !errors.As(err, &apiErr) || apiErr.Message != "DNA sequence not found." {
		t.Errorf("error = %#v", apiErr)
	}
	if got != nil || resp == nil || resp.StatusCode != http.StatusNotFound {
		t.Errorf("got %v, resp %v", got, resp)
	}
}

func TestDnaSequencesInvalidID(t *testing.T) {
	env := setup(t)
	dnaSeqNoRequest(t, env)
	ctx := testCtx(t)
	if _, _, err := env.client.DnaSequences.Get(ctx, "", nil); !errors.Is(err, ErrInvalidID) {
		t.Errorf("Get: err = %v, want ErrInvalidID", err)
	}
	if _, _, err := env.client.DnaSequences.Update(ctx, "", &DnaSequenceUpdate{}); !errors.Is(err, ErrInvalidID) {
		t.Errorf("Update: err = %v, want ErrInvalidID", err)
	}
	if _, _, err := env.client.DnaSequences.Upsert(ctx, "..", &DnaSequenceUpsertRequest{}); !errors.Is(err, ErrInvalidID) {
		t.Errorf("Upsert: err = %v, want ErrInvalidID", err)
	}
	if _, _, err := env.client.DnaSequences.BulkGet(ctx, nil, nil); !errors.Is(err, ErrInvalidID) {
		t.Errorf("BulkGet: err = %v, want ErrInvalidID", err)
	}
}

func TestDnaSequencesListQuery(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /dna-sequences", dnaSeqServe(t, http.MethodGet, http.StatusOK,
		fixture(t, "dna_sequences/list_page1.json"), func(r *http.Request) {
			testQuery(t, r, map[string]string{
				"pageSize":                  "10",
				"nextToken":                 "tok0",
				"sort":                      "name:asc",
				"createdAt":                 "> 2022-03-01 AND < 2022-04-01",
				"modifiedAt":                "> 2022-03-01",
				"name":                      "pUC19",
				"nameIncludes":              "pUC",
				"bases":                     "GATTACA",
				"folderId":                  "lib_mrZWMrft",
				"mentionedIn":               "etr_1,etr_2",
				"projectId":                 "src_proj1",
				"registryId":                "null",
				"schemaId":                  "ts_n4l12nf0",
				"schemaField.Cell Count":    ">= 10 AND <= 50",
				"archiveReason":             ArchiveFilterAll,
				"mentions":                  "seq_a,seq_b",
				"ids":                       "seq_VfVOART1,seq_RFhDGaaC",
				"entityRegistryIds.anyOf":   "TP001,TP002",
				"names.anyOf":               "MyName1,MyName2",
				"names.anyOf.caseSensitive": "MyName3",
				"creatorIds":                "ent_a0SApq3z",
				"authorIds.anyOf":           "ent_a0SApq3z,ent_b4AApz9b",
				"returning":                 "dnaSequences.id,dnaSequences.modifiedAt,nextToken",
			})
		}))

	opts := &DnaSequenceListOptions{
		ListOptions: ListOptions{PageSize: 10, NextToken: "tok0"},
		EntityListFilters: EntityListFilters{
			Sort:                   SortNameAsc,
			ModifiedAt:             "> 2022-03-01",
			Name:                   "pUC19",
			FolderID:               "lib_mrZWMrft",
			MentionedIn:            []string{"etr_1", "etr_2"},
			ProjectID:              "src_proj1",
			RegistryID:             "null",
			SchemaID:               "ts_n4l12nf0",
			SchemaFields:           SchemaFieldFilters{"Cell Count": ">= 10 AND <= 50"},
			ArchiveReason:          ArchiveFilterAll,
			Mentions:               []string{"seq_a", "seq_b"},
			IDs:                    []string{"seq_VfVOART1", "seq_RFhDGaaC"},
			EntityRegistryIDsAnyOf: []string{"TP001", "TP002"},
			NamesAnyOf:             []string{"MyName1", "MyName2"},
		},
		EntitySearchFilters: EntitySearchFilters{
			CreatedAt:               "> 2022-03-01 AND < 2022-04-01",
			NameIncludes:            "pUC",
			NamesAnyOfCaseSensitive: []string{"MyName3"},
			CreatorIDs:              []string{"ent_a0SApq3z"},
			AuthorIDsAnyOf:          []string{"ent_a0SApq3z", "ent_b4AApz9b"},
		},
		Bases:     "GATTACA",
		Returning: []string{"dnaSequences.id", "dnaSequences.modifiedAt"},
	}
	got, resp, err := env.client.DnaSequences.List(testCtx(t), opts)
	if err != nil {
		t.Fatalf("List: %v", err)
	}
	if diff := cmp.Diff([]*DnaSequence{dnaSeqWant()}, got, dnaSeqCmp); diff != "" {
		t.Errorf("List mismatch (-want +got):\n%s", diff)
	}
	if resp.NextToken != "Im5ldyB0ZXN0Ig==" {
		t.Errorf("NextToken = %q", resp.NextToken)
	}
}

func TestDnaSequencesAll(t *testing.T) {
	opts := &DnaSequenceListOptions{ListOptions: ListOptions{PageSize: 1}, EntityListFilters: EntityListFilters{FolderID: "lib_mrZWMrft"}}
	got := testAllTwoPages(t, twoPageList{
		pattern: "GET /dna-sequences", query: map[string]string{"pageSize": "1", "folderId": "lib_mrZWMrft"},
		nextToken: "Im5ldyB0ZXN0Ig==", page1: "dna_sequences/list_page1.json", page2: "dna_sequences/list_page2.json",
	}, func(c *Client) iter.Seq2[*DnaSequence, error] { return c.DnaSequences.All(testCtx(t), opts) },
		func() string { return opts.NextToken })
	if diff := cmp.Diff([]*DnaSequence{dnaSeqWant(), dnaSeqShortWant()}, got, dnaSeqCmp); diff != "" {
		t.Errorf("All mismatch (-want +got):\n%s", diff)
	}
}

func TestDnaSequencesCreate(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("POST /dna-sequences", dnaSeqServe(t, http.MethodPost, http.StatusCreated,
		fixture(t, "dna_sequences/get.json"), func(r *http.Request) {
			testJSONBody(t, r, `{
				"name": "Example sequence",
				"bases": "GTAGCAAAGA",
				"isCircular": false,
				"aliases": ["Example alias"],
				"annotations": [{"color": "#85DAE9", "name": "ori", "start": 0, "end": 10, "strand": 1, "type": "rep_origin"}],
				"authorIds": ["ent_a0SApq3z"],
				"customFields": {"Legacy ID": {"value": "STR100"}},
				"fields": {"Host": {"value": "seq_ab12CD34"}, "Notes": {"value": null}},
				"parts": [{"sequenceId": "seq_VfVOART1", "start": 0, "end": 5, "strand": 1}],
				"primers": [{"oligoId": "seq_HJyE332n", "start": 0, "end": 5, "strand": -1}],
				"schemaId": "ts_n4l12nf0",
				"translations": [{"regions": [{"start": 0, "end": 6}], "strand": 1, "coerceStartCodonToMethionine": false, "geneticCode": "STANDARD"}],
				"registryId": "src_ae40j3TZ",
				"namingStrategy": "NEW_IDS"
			}`)
		}))

	req := &DnaSequenceCreate{
		EntityCreateBase: EntityCreateBase{
			Name:           "Example sequence",
			Aliases:        []string{"Example alias"},
			AuthorIDs:      []string{"ent_a0SApq3z"},
			CustomFields:   CustomFields{"Legacy ID": {Value: "STR100"}},
			Fields:         Fields{"Host": {Value: StringValue("seq_ab12CD34")}, "Notes": {Value: NullValue()}},
			RegistryID:     Ptr("src_ae40j3TZ"),
			NamingStrategy: NamingStrategyNewIDs,
		},
		Bases: "GTAGCAAAGA",

		Annotations: []DnaAnnotation{{Color: "#85DAE9", Name: "ori", End: 10, Strand: 1, Type: "rep_origin"}},

		Parts:        []DnaSequencePart{{SequenceID: "seq_VfVOART1", End: 5, Strand: 1}},
		Primers:      []Primer{{OligoID: "seq_HJyE332n", End: 5, Strand: -1}},
		SchemaID:     Ptr("ts_n4l12nf0"),
		Translations: []Translation{{Regions: []TranslationRegion{{End: 6}}, Strand: 1, GeneticCode: TranslationGeneticCodeStandard}},
	}
	got, resp, err := env.client.DnaSequences.Create(testCtx(t), req)
	if err != nil {
		t.Fatalf("Create: %v", err)
	}
	if resp.StatusCode != http.StatusCreated {
		t.Errorf("status = %d, want 201", resp.StatusCode)
	}
	if diff := cmp.Diff(dnaSeqWant(), got, dnaSeqCmp); diff != "" {
		t.Errorf("Create mismatch (-want +got):\n%s", diff)
	}
}

func TestDnaSequencesUpdate(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("PATCH /dna-sequences/seq_asQya4lk", dnaSeqServe(t, http.MethodPatch, http.StatusOK,
		fixture(t, "dna_sequences/get.json"), func(r *http.Request) {
			testJSONBody(t, r, `{"name": "Renamed", "isCircular": false, "folderId": "lib_mrZWMrft", "entityRegistryId": "DNA002"}`)
		}))

	req := &DnaSequenceUpdate{EntityUpdateBase: EntityUpdateBase{Name: Ptr("Renamed"), FolderID: Ptr("lib_mrZWMrft")}, IsCircular: Ptr(false), EntityRegistryID: Ptr("DNA002")}
	got, _, err := env.client.DnaSequences.Update(testCtx(t), "seq_asQya4lk", req)
	if err != nil {
		t.Fatalf("Update: %v", err)
	}
	if diff := cmp.Diff(dnaSeqWant(), got, dnaSeqCmp); diff != "" {
		t.Errorf("Update mismatch (-want +got):\n%s", diff)
	}
}

func TestDnaSequencesUpsert(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("PATCH /dna-sequences/DNA001:upsert", dnaSeqServe(t, http.MethodPatch, http.StatusCreated,
		fixture(t, "dna_sequences/get.json"), func(r *http.Request) {
			testJSONBody(t, r, `{
				"registryId": "src_ae40j3TZ",
				"name": "Example sequence",
				"schemaId": "ts_n4l12nf0",
				"bases": "GTAGCAAAGA",
				"isCircular": true,
				"annotations": [],
				"primers": [],
				"archiveRecord": null,
				"fields": {"Linked Sequence": {"value": {"entityRegistryId": "DNA002"}}}
			}`)
		}))

	req := &DnaSequenceUpsertRequest{
		EntityUpsertBase: EntityUpsertBase{
			RegistryID:    "src_ae40j3TZ",
			Name:          "Example sequence",
			SchemaID:      "ts_n4l12nf0",
			ArchiveRecord: Null[ArchiveRecord](),
			Fields:        Fields{"Linked Sequence": {Value: RegistryIDValue("DNA002")}},
		},

		Bases:      "GTAGCAAAGA",
		IsCircular: true,
	}
	got, resp, err := env.client.DnaSequences.Upsert(testCtx(t), "DNA001", req)
	if err != nil {
		t.Fatalf("Upsert: %v", err)
	}
	if resp.StatusCode != http.StatusCreated {
		t.Errorf("status = %d, want 201", resp.StatusCode)
	}
	if diff := cmp.Diff(dnaSeqWant(), got, dnaSeqCmp); diff != "" {
		t.Errorf("Upsert mismatch (-want +got):\n%s", diff)
	}
}

func TestDnaSequencesArchive(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("POST /dna-sequences:archive", dnaSeqServe(t, http.MethodPost, http.StatusOK,
		fixture(t, "dna_sequences/archival_change.json"), func(r *http.Request) {
			testJSONBody(t, r, `{"dnaSequenceIds": ["seq_asQya4lk", "seq_RFhDGaaC"], "reason": "Retired"}`)
		}))
	env.mux.HandleFunc("POST /dna-sequences:unarchive", dnaSeqServe(t, http.MethodPost, http.StatusOK,
		fixture(t, "dna_sequences/archival_change.json"), func(r *http.Request) {
			testJSONBody(t, r, `{"dnaSequenceIds": ["seq_asQya4lk", "seq_RFhDGaaC"]}`)
		}))

	want := &DnaSequencesArchivalChange{
		DnaSequenceIDs: []string{"seq_asQya4lk", "seq_RFhDGaaC"},
		BatchIDs:       []string{"bat_UOIr8IjL"},
	}
	ids := []string{"seq_asQya4lk", "seq_RFhDGaaC"}
	got, _, err := env.client.DnaSequences.Archive(testCtx(t), &DnaSequencesArchive{DnaSequenceIDs: ids, Reason: EntityArchiveReasonRetired})
	if err != nil {
		t.Fatalf("Archive: %v", err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Archive mismatch (-want +got):\n%s", diff)
	}
	got, _, err = env.client.DnaSequences.Unarchive(testCtx(t), ids)
	if err != nil {
		t.Fatalf("Unarchive: %v", err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Unarchive mismatch (-want +got):\n%s", diff)
	}
}

func TestDnaSequencesBulkGet(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /dna-sequences:bulk-get", dnaSeqServe(t, http.MethodGet, http.StatusOK,
		fixture(t, "dna_sequences/bulk_get.json"), func(r *http.Request) {
			testQuery(t, r, map[string]string{"dnaSequenceIds": "seq_asQya4lk,seq_RFhDGaaC", "returning": "dnaSequences.*"})
		}))

	got, _, err := env.client.DnaSequences.BulkGet(testCtx(t), []string{"seq_asQya4lk", "seq_RFhDGaaC"},
		&DnaSequenceBulkGetOptions{Returning: []string{"dnaSequences.*"}})
	if err != nil {
		t.Fatalf("BulkGet: %v", err)
	}
	if diff := cmp.Diff([]*DnaSequence{dnaSeqWant(), dnaSeqShortWant()}, got, dnaSeqCmp); diff != "" {
		t.Errorf("BulkGet mismatch (-want +got):\n%s", diff)
	}
}

func TestDnaSequencesBulkGetNilOptions(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /dna-sequences:bulk-get", dnaSeqServe(t, http.MethodGet, http.StatusOK,
		fixture(t, "dna_sequences/bulk_get.json"), func(r *http.Request) {
			testQuery(t, r, map[string]string{"dnaSequenceIds": "seq_asQya4lk"})
		}))
	if _, _, err := env.client.DnaSequences.BulkGet(testCtx(t), []string{"seq_asQya4lk"}, nil); err != nil {
		t.Fatalf("BulkGet: %v", err)
	}
}

// dnaSeqTask serves 202 {"taskId": id} on pattern after checking the body,
// and the task at GET /tasks/{id}.
func dnaSeqTask(t *testing.T, env *testEnv, pattern, wantBody, wantQuery, id, taskFixture string) {
	t.Helper()
	env.mux.HandleFunc(pattern, dnaSeqServe(t, http.MethodPost, http.StatusAccepted,
		`{"taskId": "`+id+`"}`, func(r *http.Request) {
			testJSONBody(t, r, wantBody)
			if wantQuery != "" {
				testQuery(t, r, map[string]string{"returning": wantQuery})
			} else {
				testQuery(t, r, nil)
			}
		}))
	env.mux.HandleFunc("GET /tasks/"+id, serveJSON(t, http.MethodGet, http.StatusOK, fixture(t, taskFixture)))
}

func TestDnaSequencesBulkCreate(t *testing.T) {
	env := setup(t)
	dnaSeqTask(t, env, "POST /dna-sequences:bulk-create",
		`{"dnaSequences": [{"name": "a", "bases": "GATTACA", "isCircular": false, "folderId": "lib_mrZWMrft"}]}`, "",
		"f7d3e0a5-0d52-4c3e-9d5a-5d6f43f8e7c1", "dna_sequences/task_bulk_succeeded.json")

	link, resp, err := env.client.DnaSequences.BulkCreate(testCtx(t), []*DnaSequenceBulkCreate{
		{EntityCreateBase: EntityCreateBase{Name: "a", FolderID: Ptr("lib_mrZWMrft")}, Bases: "GATTACA"},
	})
	if err != nil {
		t.Fatalf("BulkCreate: %v", err)
	}
	if resp.StatusCode != http.StatusAccepted || link.TaskID != "f7d3e0a5-0d52-4c3e-9d5a-5d6f43f8e7c1" {
		t.Errorf("status %d, task %q", resp.StatusCode, link.TaskID)
	}
	res, err := link.Wait(testCtx(t))
	if err != nil {
		t.Fatalf("Wait: %v", err)
	}
	want := &DnaSequencesBulkCreateResult{DnaSequences: []*DnaSequence{dnaSeqWant()}}
	if diff := cmp.Diff(want, res, dnaSeqCmp); diff != "" {
		t.Errorf("BulkCreate result mismatch (-want +got):\n%s", diff)
	}
}

func TestDnaSequencesBulkUpdate(t *testing.T) {
	env := setup(t)
	dnaSeqTask(t, env, "POST /dna-sequences:bulk-update",
		`{"dnaSequences": [{"id": "seq_asQya4lk", "name": "Renamed", "aliases": ["x"]}]}`, "",
		"0c0a1c5e-4f4e-4b57-8f39-1f3a3b6f0e22", "dna_sequences/task_bulk_succeeded.json")

	link, _, err := env.client.DnaSequences.BulkUpdate(testCtx(t), []*DnaSequenceBulkUpdate{
		{ID: "seq_asQya4lk", EntityUpdateBase: EntityUpdateBase{Name: Ptr("Renamed"), Aliases: []string{"x"}}},
	})
	if err != nil {
		t.Fatalf("BulkUpdate: %v", err)
	}
	res, err := link.Wait(testCtx(t))
	if err != nil {
		t.Fatalf("Wait: %v", err)
	}
	want := &DnaSequencesBulkUpdateResult{DnaSequences: []*DnaSequence{dnaSeqWant()}}
	if diff := cmp.Diff(want, res, dnaSeqCmp); diff != "" {
		t.Errorf("BulkUpdate result mismatch (-want +got):\n%s", diff)
	}
}

func TestDnaSequencesBulkUpsert(t *testing.T) {
	env := setup(t)
	dnaSeqTask(t, env, "POST /dna-sequences:bulk-upsert", `{"dnaSequences": [{
			"entityRegistryId": "DNA001", "registryId": "src_ae40j3TZ", "name": "a", "schemaId": "ts_n4l12nf0",
			"bases": "GATTACA", "isCircular": false, "annotations": [], "primers": [],
			"fields": {"Parent": {"value": {"entityRegistryId": "DNA000"}}}
		}]}`, "dnaSequences.id,dnaSequences.creator.handle",
		"5b0b6b0e-3d3c-4c1a-a0a4-0f7b8e0f3b11", "dna_sequences/task_bulk_succeeded.json")

	link, _, err := env.client.DnaSequences.BulkUpsert(testCtx(t), []*DnaSequenceBulkUpsertRequest{{
		EntityRegistryID: "DNA001", EntityUpsertBase: EntityUpsertBase{
			RegistryID: "src_ae40j3TZ",
			Name:       "a",
			SchemaID:   "ts_n4l12nf0",
			Fields:     Fields{"Parent": {Value: RegistryIDValue("DNA000")}},
		}, Bases: "GATTACA",
	}}, &DnaSequenceBulkUpsertOptions{Returning: []string{"dnaSequences.id", "dnaSequences.creator.handle"}})
	if err != nil {
		t.Fatalf("BulkUpsert: %v", err)
	}
	res, err := link.Wait(testCtx(t))
	if err != nil {
		t.Fatalf("Wait: %v", err)
	}
	want := &DnaSequencesBulkUpsertResult{DnaSequences: []*DnaSequence{dnaSeqWant()}}
	if diff := cmp.Diff(want, res, dnaSeqCmp); diff != "" {
		t.Errorf("BulkUpsert result mismatch (-want +got):\n%s", diff)
	}
}

func TestDnaSequencesBulkCreateTaskFailed(t *testing.T) {
	env := setup(t)
	dnaSeqTask(t, env, "POST /dna-sequences:bulk-create",
		`{"dnaSequences": [{"name": "a", "bases": "GATTACA", "isCircular": true}]}`, "",
		"9e8f2c1d-7b6a-4c5d-8e9f-0a1b2c3d4e5f", "dna_sequences/task_failed.json")

	link, _, err := env.client.DnaSequences.BulkCreate(testCtx(t), []*DnaSequenceBulkCreate{
		{EntityCreateBase: EntityCreateBase{Name: "a"}, Bases: "GATTACA", IsCircular: true},
	})
	if err != nil {
		t.Fatalf("BulkCreate: %v", err)
	}
	res, err := link.Wait(testCtx(t))
	if !errors.Is(err, ErrTaskFailed) {
		t.Fatalf("Wait: err = %v, want ErrTaskFailed", err)
	}
	var te *TaskError
	if !errors.As(err, &te) {
		t.Fatalf("err is %T, want *TaskError", err)
	}
	want := []ItemError{{Index: 0, Message: "Invalid field value"}}
	if diff := cmp.Diff(want, te.Items); diff != "" || te.Message != "Your request was invalid." || res != nil {
		t.Errorf("task error: message %q, result %v, items (-want +got):\n%s", te.Message, res, diff)
	}
}

func TestDnaSequencesEmptyTasks(t *testing.T) {
	ids := []string{"seq_asQya4lk", "seq_RFhDGaaC"}
	tests := []struct {
		name, pattern, body string
		start               func(context.Context, *DnaSequencesService) (*AsyncTaskLink[EmptyTaskResponse], *Response, error)
	}{
		{"AutoAnnotate", "POST /dna-sequences:auto-annotate",
			`{"dnaSequenceIds": ["seq_asQya4lk", "seq_RFhDGaaC"], "featureLibraryIds": ["featlib_cWYhFmxq"]}`,
			func(ctx context.Context, s *DnaSequencesService) (*AsyncTaskLink[EmptyTaskResponse], *Response, error) {
				return s.AutoAnnotate(ctx, &AutoAnnotateDnaSequences{DnaSequenceIDs: ids, FeatureLibraryIDs: []string{"featlib_cWYhFmxq"}})
			}},
		{"AutofillParts", "POST /dna-sequences:autofill-parts", `{"dnaSequenceIds": ["seq_asQya4lk", "seq_RFhDGaaC"]}`,
			func(ctx context.Context, s *DnaSequencesService) (*AsyncTaskLink[EmptyTaskResponse], *Response, error) {
				return s.AutofillParts(ctx, ids)
			}},
		{"AutofillTranscriptions", "POST /dna-sequences:autofill-transcriptions", `{"dnaSequenceIds": ["seq_asQya4lk", "seq_RFhDGaaC"]}`,
			func(ctx context.Context, s *DnaSequencesService) (*AsyncTaskLink[EmptyTaskResponse], *Response, error) {
				return s.AutofillTranscriptions(ctx, ids)
			}},
		{"AutofillTranslations", "POST /dna-sequences:autofill-translations", `{"dnaSequenceIds": ["seq_asQya4lk", "seq_RFhDGaaC"]}`,
			func(ctx context.Context, s *DnaSequencesService) (*AsyncTaskLink[EmptyTaskResponse], *Response, error) {
				return s.AutofillTranslations(ctx, ids)
			}},
		{"OptimizeCodons", "POST /dna-sequences:optimize-codons", `{
				"dnaSequenceIds": ["seq_asQya4lk", "seq_RFhDGaaC"], "folderId": "lib_mrZWMrft",
				"codonUsageTableId": "codtab_VfVOART1", "schemaId": "ts_n4l12nf0",
				"avoidedCutsiteEnzymeIds": ["enz_6ZVdX98t"], "gcContentRange": {"min": 0.4, "max": 0.6},
				"hairpinParameters": {"stem": 20, "window": 200}, "method": "USE_BEST_CODON",
				"reducedPatterns": [{"pattern": "ATGC", "avoidReverseComplement": true}],
				"shouldDepleteUridine": false
			}`,
			func(ctx context.Context, s *DnaSequencesService) (*AsyncTaskLink[EmptyTaskResponse], *Response, error) {
				return s.OptimizeCodons(ctx, &OptimizeCodons{
					DnaSequenceIDs: ids, FolderID: "lib_mrZWMrft",
					CodonOptions: CodonOptions{
						CodonUsageTableID: Ptr("codtab_VfVOART1"), SchemaID: Ptr("ts_n4l12nf0"),
						AvoidedCutsiteEnzymeIDs: []string{"enz_6ZVdX98t"},
						GCContentRange:          &GCContentRange{Min: Ptr(0.4), Max: Ptr(0.6)},
						HairpinParameters:       &HairpinParameters{Stem: Ptr(20), Window: Ptr(200)},
						Method:                  CodonMethodUseBestCodon,
						ReducedPatterns:         []ReducedPattern{{Pattern: "ATGC", AvoidReverseComplement: true}},
						ShouldDepleteUridine:    Ptr(false),
					},
				})
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env := setup(t)
			dnaSeqTask(t, env, tt.pattern, tt.body, "", "3c9d1a2b-6e5f-4a7b-8c9d-0e1f2a3b4c5d", "dna_sequences/task_empty_succeeded.json")
			link, resp, err := tt.start(testCtx(t), env.client.DnaSequences)
			if err != nil {
				t.Fatalf("%s: %v", tt.name, err)
			}
			if resp.StatusCode != http.StatusAccepted {
				t.Errorf("status = %d, want 202", resp.StatusCode)
			}
			res, err := link.Wait(testCtx(t))
			if err != nil {
				t.Fatalf("Wait: %v", err)
			}
			if diff := cmp.Diff(&EmptyTaskResponse{}, res); diff != "" {
				t.Errorf("result mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestDnaSequencesFindMatchingRegions(t *testing.T) {
	env := setup(t)
	dnaSeqTask(t, env, "POST /dna-sequences:find-matching-regions",
		`{"targetDnaSequenceIds": ["seq_W7KgYydE", "seq_g7SI2nih"], "schemaId": "ts_n4l12nf0", "registryId": "src_ae40j3TZ"}`, "",
		"a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d", "dna_sequences/task_find_matching_succeeded.json")

	link, _, err := env.client.DnaSequences.FindMatchingRegions(testCtx(t), &DnaSequencesFindMatchingRegion{
		TargetDnaSequenceIDs: []string{"seq_W7KgYydE", "seq_g7SI2nih"}, SchemaID: "ts_n4l12nf0", RegistryID: Ptr("src_ae40j3TZ"),
	})
	if err != nil {
		t.Fatalf("FindMatchingRegions: %v", err)
	}
	res, err := link.Wait(testCtx(t))
	if err != nil {
		t.Fatalf("Wait: %v", err)
	}
	want := &DnaSequencesFindMatchingRegionsResult{DnaSequenceMatches: []DnaSequencesFindMatchingRegionsResultDnaSequenceMatch{{
		TargetDnaSequenceID:    "seq_W7KgYydE",
		MatchingDnaSequenceIDs: []string{"seq_TIIi7lto", "seq_0qTaIIDE"},
	}}}
	if diff := cmp.Diff(want, res); diff != "" {
		t.Errorf("FindMatchingRegions result mismatch (-want +got):\n%s", diff)
	}
}

func TestDnaSequencesMatchBases(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("POST /dna-sequences:match-bases", dnaSeqServe(t, http.MethodPost, http.StatusOK,
		fixture(t, "dna_sequences/list_page1.json"), func(r *http.Request) {
			testQuery(t, r, nil)
			testJSONBody(t, r, `{"bases": "GATTACA", "archiveReason": "Archived", "registryId": null,
				"sort": "name:asc", "pageSize": 5, "nextToken": "tok0"}`)
		}))

	req := &MatchBasesRequest{
		ListOptions: ListOptions{PageSize: 5, NextToken: "tok0"},
		Bases:       "GATTACA", ArchiveReason: SearchArchiveReasonArchived, RegistryID: Null[string](), Sort: SearchSortNameAsc,
	}
	got, resp, err := env.client.DnaSequences.MatchBases(testCtx(t), req)
	if err != nil {
		t.Fatalf("MatchBases: %v", err)
	}
	if diff := cmp.Diff([]*DnaSequence{dnaSeqWant()}, got, dnaSeqCmp); diff != "" {
		t.Errorf("MatchBases mismatch (-want +got):\n%s", diff)
	}
	if resp.NextToken != "Im5ldyB0ZXN0Ig==" {
		t.Errorf("NextToken = %q", resp.NextToken)
	}
}

func TestDnaSequencesAllMatchBases(t *testing.T) {
	env := setup(t)
	calls := 0
	env.mux.HandleFunc("POST /dna-sequences:match-bases", func(w http.ResponseWriter, r *http.Request) {
		calls++
		switch calls {
		case 1:
			testJSONBody(t, r, `{"bases": "GATTACA", "registryId": "src_ae40j3TZ"}`)
			serveJSON(t, http.MethodPost, http.StatusOK, fixture(t, "dna_sequences/list_page1.json"))(w, r)
		case 2:
			testJSONBody(t, r, `{"bases": "GATTACA", "registryId": "src_ae40j3TZ", "nextToken": "Im5ldyB0ZXN0Ig=="}`)
			serveJSON(t, http.MethodPost, http.StatusOK, fixture(t, "dna_sequences/list_page2.json"))(w, r)
		default:
			t.Errorf("unexpected request %d", calls)
		}
	})

	req := &MatchBasesRequest{Bases: "GATTACA", RegistryID: NullableOf("src_ae40j3TZ")}
	var got []*DnaSequence
	for seq, err := range env.client.DnaSequences.AllMatchBases(testCtx(t), req) {
		if err != nil {
			t.Fatalf("AllMatchBases: %v", err)
		}
		got = append(got, seq)
	}
	if diff := cmp.Diff([]*DnaSequence{dnaSeqWant(), dnaSeqShortWant()}, got, dnaSeqCmp); diff != "" {
		t.Errorf("AllMatchBases mismatch (-want +got):\n%s", diff)
	}
	if calls != 2 || req.NextToken != "" {
		t.Errorf("requests = %d (want 2), caller's NextToken = %q", calls, req.NextToken)
	}
}

func TestDnaSequencesSearchBases(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("POST /dna-sequences:search-bases", dnaSeqServe(t, http.MethodPost, http.StatusOK,
		fixture(t, "dna_sequences/list_page2.json"), func(r *http.Request) {
			testJSONBody(t, r, `{"bases": "GATTACAA", "archiveReason": "NOT_ARCHIVED", "registryId": "src_pwKo8pHh",
				"schemaId": "ts_Y6t0Zbhg", "sort": "modifiedAt:desc", "pageSize": 50}`)
		}))

	req := &SearchBasesRequest{
		ListOptions: ListOptions{PageSize: 50}, Bases: "GATTACAA", ArchiveReason: SearchArchiveReasonNotArchived,
		RegistryID: NullableOf("src_pwKo8pHh"), SchemaID: Ptr("ts_Y6t0Zbhg"), Sort: SearchSortModifiedAtDesc,
	}
	got, resp, err := env.client.DnaSequences.SearchBases(testCtx(t), req)
	if err != nil {
		t.Fatalf("SearchBases: %v", err)
	}
	if diff := cmp.Diff([]*DnaSequence{dnaSeqShortWant()}, got, dnaSeqCmp); diff != "" {
		t.Errorf("SearchBases mismatch (-want +got):\n%s", diff)
	}
	if resp.NextToken != "" {
		t.Errorf("NextToken = %q, want empty", resp.NextToken)
	}
}

func TestDnaSequencesAllSearchBases(t *testing.T) {
	env := setup(t)
	calls := 0
	env.mux.HandleFunc("POST /dna-sequences:search-bases", func(w http.ResponseWriter, r *http.Request) {
		calls++
		switch calls {
		case 1:
			testJSONBody(t, r, `{"bases": "GATTACAA", "registryId": null}`)
			serveJSON(t, http.MethodPost, http.StatusOK, fixture(t, "dna_sequences/list_page1.json"))(w, r)
		case 2:
			testJSONBody(t, r, `{"bases": "GATTACAA", "registryId": null, "nextToken": "Im5ldyB0ZXN0Ig=="}`)
			serveJSON(t, http.MethodPost, http.StatusOK, fixture(t, "dna_sequences/list_page2.json"))(w, r)
		default:
			t.Errorf("unexpected request %d", calls)
		}
	})

	var n int
	for seq, err := range env.client.DnaSequences.AllSearchBases(testCtx(t), &SearchBasesRequest{Bases: "GATTACAA", RegistryID: Null[string]()}) {
		if err != nil {
			t.Fatalf("AllSearchBases: %v", err)
		}
		if seq == nil {
			t.Fatal("nil sequence")
		}
		n++
	}
	if n != 2 || calls != 2 {
		t.Errorf("items = %d, requests = %d; want 2, 2", n, calls)
	}
}

func TestDnaSequencesUpsertRequestJSON(t *testing.T) {
	// Nil required lists go out as [], and an unset archiveRecord is
	// omitted rather than sent as null.
	b, err := json.Marshal(&DnaSequenceBulkUpsertRequest{EntityRegistryID: "DNA001", EntityUpsertBase: EntityUpsertBase{RegistryID: "src_1", Name: "a", SchemaID: "ts_1"}, Bases: "A"})
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	want := map[string]any{
		"entityRegistryId": "DNA001", "registryId": "src_1", "name": "a", "schemaId": "ts_1", "bases": "A",
		"isCircular": false, "annotations": []any{}, "primers": []any{},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("JSON mismatch (-want +got):\n%s", diff)
	}
}
