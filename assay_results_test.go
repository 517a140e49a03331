package benchling

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// badRequestBody is a BadRequestError body.
func badRequestBody(msg string) string {
	return `{"error":{"type":"invalid_request_error","message":"` + msg + `","userMessage":"` + msg + `"}}`
}

func TestAssayResultsList(t *testing.T) {
	env := setup(t)
	fx := specFixture(t, "listAssayResults", http.StatusOK)
	env.mux.HandleFunc("GET /assay-results", func(w http.ResponseWriter, r *http.Request) {
		testQuery(t, r, map[string]string{
			"pageSize": "100", "nextToken": "tok", "schemaId": "assaysch_1", "sort": "createdAt:desc",
			"createdAt.lt": "2024-05-01", "createdAt.gt": "2024-01-01", "createdAt.lte": "2024-04-30", "createdAt.gte": "2024-01-02",
			"minCreatedTime": "1700000000", "maxCreatedTime": "1800000000",
			"entityIds": "seq_1,seq_2", "storageIds": "con_1", "assayRunIds": "run_1,run_2",
			"automationOutputProcessorId": "aop_1", "ids": "a,b",
			"modifiedAt.lt": "2024-06-01", "modifiedAt.gt": "2024-02-01", "modifiedAt.lte": "2024-05-31", "modifiedAt.gte": "2024-02-02",
			"archiveReason": "ANY_ARCHIVED",
		})
		serveJSON(t, http.MethodGet, http.StatusOK, fx)(w, r)
	})
	got, resp, err := env.client.AssayResults.List(testCtx(t), &AssayResultListOptions{
		ListOptions: ListOptions{PageSize: 100, NextToken: "tok"}, SchemaID: "assaysch_1", Sort: SortCreatedAtDesc,
		CreatedAtLt: "2024-05-01", CreatedAtGt: "2024-01-01", CreatedAtLte: "2024-04-30", CreatedAtGte: "2024-01-02",
		MinCreatedTime: 1700000000, MaxCreatedTime: 1800000000,
		EntityIDs: []string{"seq_1", "seq_2"}, StorageIDs: []string{"con_1"}, AssayRunIDs: []string{"run_1", "run_2"},
		AutomationOutputProcessorID: "aop_1", IDs: []string{"a", "b"},
		ModifiedAtLt: "2024-06-01", ModifiedAtGt: "2024-02-01", ModifiedAtLte: "2024-05-31", ModifiedAtGte: "2024-02-02",
		ArchiveReason: ArchiveFilterAnyArchived,
	})
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, fx, map[string]any{"assayResults": got, "nextToken": resp.NextToken})
}

func TestAssayResultsAllAndPages(t *testing.T) {
	env := setup(t)
	twoPages(t, env, "GET /assay-results", "assayResults",
		[]any{map[string]any{"id": "r1", "schema": map[string]any{"id": "assaysch_1", "name": "OD"}}},
		[]any{map[string]any{"id": "r2", "schema": map[string]any{"id": "assaysch_1", "name": "OD"}}})
	ctx := testCtx(t)
	opts := &AssayResultListOptions{SchemaID: "assaysch_1"}
	var ids []string
	for r, err := range env.client.AssayResults.All(ctx, opts) {
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, r.ID)
	}
	var pages [][]string
	for p, err := range env.client.AssayResults.Pages(ctx, opts) {
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, []string{p.Items[0].ID, p.NextToken})
	}
	if diff := cmp.Diff([]string{"r1", "r2"}, ids); diff != "" {
		t.Errorf("All (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([][]string{{"r1", "p2"}, {"r2", ""}}, pages); diff != "" {
		t.Errorf("Pages (-want +got):\n%s", diff)
	}
	if opts.NextToken != "" {
		t.Errorf("the iterators changed the caller's options: NextToken %q", opts.NextToken)
	}
}

func TestAssayResultsGet(t *testing.T) {
	env := setup(t)
	fx := specFixture(t, "getAssayResult", http.StatusOK)
	id := "0b5f9f3e-1c3a-4e8e-9a7b-2f1d3c4b5a69"
	env.mux.HandleFunc("GET /assay-results/"+id, serveJSON(t, http.MethodGet, http.StatusOK, fx))
	env.mux.HandleFunc("GET /assay-results/nope", serveJSON(t, http.MethodGet, http.StatusBadRequest, badRequestBody("Assay result nope not found.")))
	ctx := testCtx(t)
	got, _, err := env.client.AssayResults.Get(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, fx, got)
	if v, _ := got.Fields["Example"].Value.AsString(); v != "value" || got.FieldValidation["Example"].ValidationStatus != UserValidationValidationStatusValid {
		t.Errorf("decoded %+v", got)
	}
	if _, _, err := env.client.AssayResults.Get(ctx, "nope"); !errors.Is(err, ErrBadRequest) {
		t.Errorf("unknown result: err = %v, want ErrBadRequest", err)
	}
	wantInvalidID(t, map[string]func() error{
		"Get":             func() error { _, _, err := env.client.AssayResults.Get(ctx, ""); return err },
		"Get slash":       func() error { _, _, err := env.client.AssayResults.Get(ctx, "a/b"); return err },
		"BulkGet no IDs":  func() error { _, _, err := env.client.AssayResults.BulkGet(ctx, nil); return err },
		"BulkGet comma":   func() error { _, _, err := env.client.AssayResults.BulkGet(ctx, []string{"a,b"}); return err },
		"Archive no IDs":  func() error { _, _, err := env.client.AssayResults.Archive(ctx, &AssayResultsArchive{}); return err },
		"Unarchive blank": func() error { _, _, err := env.client.AssayResults.Unarchive(ctx, []string{" "}); return err },
		"Abort":           func() error { _, _, err := env.client.AssayResults.AbortTransaction(ctx, ".."); return err },
		"Commit":          func() error { _, _, err := env.client.AssayResults.CommitTransaction(ctx, ""); return err },
		"CreateInTransaction": func() error {
			_, _, err := env.client.AssayResults.CreateInTransaction(ctx, "a/b", []*AssayResultCreate{{SchemaID: "s", Fields: Fields{}}})
			return err
		},
	})
}

// TestAssayResultsCreate sends the spec's request body and decodes the
// IDs; a rejected request is a 400 with nothing created.
func TestAssayResultsCreate(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("POST /assay-results", serveSpecBody(t, http.MethodPost, "createAssayResults", http.StatusOK))
	items := specBody[assayResultsBulkCreateRequest](t, "createAssayResults").AssayResults
	if _, ok := items[0].Fields.(Fields); !ok {
		t.Fatalf("the spec's fields decode as %T, want Fields", items[0].Fields)
	}
	got, _, err := env.client.AssayResults.Create(testCtx(t), items)
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, specFixture(t, "createAssayResults", http.StatusOK), got)
	if len(got.AssayResults) != 1 {
		t.Errorf("IDs = %v", got.AssayResults)
	}
}

// TestAssayResultsCreateFieldForms sends both forms of fields: Field
// objects and bare values.
func TestAssayResultsCreateFieldForms(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("POST /assay-results", func(w http.ResponseWriter, r *http.Request) {
		testJSONBody(t, r, `{"assayResults": [
			{"schemaId": "assaysch_1", "fields": {"od_600": {"value": 0.42}, "sample": {"value": "seq_1"}}, "projectId": "src_1"},
			{"schemaId": "assaysch_1", "fields": {"od_600": 0.5, "sample": "seq_2", "passed": true},
			 "fieldValidation": {"od_600": {"validationStatus": "INVALID", "validationComment": "saturated"}}, "id": "6b1e0f0e-8f5d-4b0b-9d8e-3f2a1c0b9e7d"},
			{"schemaId": "assaysch_1", "fields": {}}
		]}`)
		serveJSON(t, http.MethodPost, http.StatusOK, `{"assayResults": ["r1", "r2", "r3"], "errors": null}`)(w, r)
	})
	got, _, err := env.client.AssayResults.Create(testCtx(t), []*AssayResultCreate{
		{SchemaID: "assaysch_1", ProjectID: Ptr("src_1"), Fields: Fields{"od_600": {Value: NumberValue(0.42)}, "sample": {Value: StringValue("seq_1")}}},
		{SchemaID: "assaysch_1", ID: Ptr("6b1e0f0e-8f5d-4b0b-9d8e-3f2a1c0b9e7d"),
			Fields:          AssayFieldsCreate{"od_600": NumberValue(0.5), "sample": StringValue("seq_2"), "passed": BoolValue(true)},
			FieldValidation: map[string]UserValidation{"od_600": {ValidationStatus: UserValidationValidationStatusInvalid, ValidationComment: Ptr("saturated")}}},
		{SchemaID: "assaysch_1", Fields: Fields{}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"r1", "r2", "r3"}, got.AssayResults); diff != "" {
		t.Errorf("IDs (-want +got):\n%s", diff)
	}
}

// TestAssayResultCreateDecodesBothForms decodes a result to create in each
// form of fields into the matching Go type.
func TestAssayResultCreateDecodesBothForms(t *testing.T) {
	for _, c := range []struct {
		json string
		want AssayCreateFields
	}{
		{`{"schemaId": "s", "fields": {"a": {"value": 1}}}`, Fields{"a": {Value: NumberValue(1)}}},
		{`{"schemaId": "s", "fields": {"a": 1, "b": "x"}}`, AssayFieldsCreate{"a": NumberValue(1), "b": StringValue("x")}},
		{`{"schemaId": "s", "fields": {"a": {"value": 1}, "j": {"k": 2}}}`,
			AssayFieldsCreate{"a": mustRaw(map[string]int{"value": 1}), "j": mustRaw(map[string]int{"k": 2})}},
		{`{"schemaId": "s", "fields": {}}`, Fields{}},
		{`{"schemaId": "s"}`, nil},
	} {
		var got AssayResultCreate
		if err := json.Unmarshal([]byte(c.json), &got); err != nil {
			t.Fatalf("%s: %v", c.json, err)
		}
		if diff := cmp.Diff(c.want, got.Fields); diff != "" || got.SchemaID != "s" {
			t.Errorf("%s: fields (-want +got):\n%s", c.json, diff)
		}
	}
	var bad AssayResultCreate
	if err := json.Unmarshal([]byte(`{"schemaId": "s", "fields": [1]}`), &bad); err == nil {
		t.Error("fields as a list decoded without an error")
	}
}

// TestAssayResultsCreateRejectsBadItems: a nil item, or one without
// Fields, fails before anything is sent, naming the item.
func TestAssayResultsCreateRejectsBadItems(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		t.Errorf("request sent: %s %s", r.Method, r.URL)
	})
	ctx := testCtx(t)
	ok := &AssayResultCreate{SchemaID: "s", Fields: Fields{}}
	for name, call := range map[string]func() error{
		"Create nil": func() error {
			_, _, err := env.client.AssayResults.Create(ctx, []*AssayResultCreate{ok, nil})
			return err
		},
		"Create no fields": func() error {
			_, _, err := env.client.AssayResults.Create(ctx, []*AssayResultCreate{ok, {SchemaID: "s"}})
			return err
		},
		"BulkCreate no fields": func() error {
			_, _, err := env.client.AssayResults.BulkCreate(ctx, &AssayResultsBulkCreateInTableRequest{AssayResults: []*AssayResultCreate{ok, {SchemaID: "s"}}})
			return err
		},
		"CreateMany nil": func() error {
			_, err := env.client.AssayResults.CreateMany(ctx, []*AssayResultCreate{ok, nil}, nil)
			return err
		},
		"CreateInTransaction no fields": func() error {
			_, _, err := env.client.AssayResults.CreateInTransaction(ctx, "tx", []*AssayResultCreate{ok, {SchemaID: "s"}})
			return err
		},
	} {
		if err := call(); err == nil || !strings.Contains(err.Error(), "assay result 1") {
			t.Errorf("%s: err = %v, want one naming assay result 1", name, err)
		}
	}
}

func TestAssayResultsArchiveUnarchive(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("POST /assay-results:archive", serveSpecBody(t, http.MethodPost, "archiveAssayResults", http.StatusOK))
	env.mux.HandleFunc("POST /assay-results:unarchive", serveSpecBody(t, http.MethodPost, "unarchiveAssayResults", http.StatusOK))
	ctx := testCtx(t)
	got, _, err := env.client.AssayResults.Archive(ctx, specBody[AssayResultsArchive](t, "archiveAssayResults"))
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, specFixture(t, "archiveAssayResults", http.StatusOK), got)
	un := specBody[assayResultIDsRequest](t, "unarchiveAssayResults")
	got, _, err = env.client.AssayResults.Unarchive(ctx, un.AssayResultIDs)
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, specFixture(t, "unarchiveAssayResults", http.StatusOK), got)
}

func TestAssayResultsBulkGet(t *testing.T) {
	env := setup(t)
	fx := specFixture(t, "bulkGetAssayResults", http.StatusOK)
	env.mux.HandleFunc("GET /assay-results:bulk-get", func(w http.ResponseWriter, r *http.Request) {
		testQuery(t, r, map[string]string{"assayResultIds": "a,b"})
		serveJSON(t, http.MethodGet, http.StatusOK, fx)(w, r)
	})
	ctx := testCtx(t)
	got, _, err := env.client.AssayResults.BulkGet(ctx, []string{"a", "b"})
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, fx, map[string]any{"assayResults": got})
	ids := make([]string, MaxAssayResultsBulkGet+1)
	for i := range ids {
		ids[i] = fmt.Sprint("r", i)
	}
	if _, _, err := env.client.AssayResults.BulkGet(ctx, ids); err == nil || !strings.Contains(err.Error(), "at most 200") {
		t.Errorf("201 IDs: err = %v, want one naming the limit", err)
	}
}

// TestAssayResultsBulkCreate starts the task with a table and waits for
// the IDs.
func TestAssayResultsBulkCreate(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("POST /assay-results:bulk-create", serveSpecBody(t, http.MethodPost, "bulkCreateAssayResults", http.StatusAccepted))
	link := specFixture(t, "bulkCreateAssayResults", http.StatusAccepted)
	var l struct {
		TaskID string `json:"taskId"`
	}
	if err := json.Unmarshal(link, &l); err != nil {
		t.Fatal(err)
	}
	env.mux.HandleFunc("GET /tasks/"+l.TaskID, serveJSON(t, http.MethodGet, http.StatusOK,
		`{"status": "SUCCEEDED", "response": {"assayResults": ["r1"], "errors": null}}`))
	body := specBody[AssayResultsBulkCreateInTableRequest](t, "bulkCreateAssayResults")
	ctx := testCtx(t)
	task, _, err := env.client.AssayResults.BulkCreate(ctx, body)
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, link, task)
	res, err := task.Wait(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"r1"}, res.AssayResults); diff != "" {
		t.Errorf("IDs (-want +got):\n%s", diff)
	}
}

// TestAssayResultsCreateMany splits 4001 results into chunks of 4000 and
// 1 and returns the IDs in input order.
func TestAssayResultsCreateMany(t *testing.T) {
	env := setup(t)
	var tasks atomic.Int32
	env.mux.HandleFunc("POST /assay-results:bulk-create", func(w http.ResponseWriter, r *http.Request) {
		var in struct {
			AssayResults []struct {
				Fields struct {
					N struct {
						Value int `json:"value"`
					} `json:"n"`
				} `json:"fields"`
			} `json:"assayResults"`
		}
		if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
			t.Error(err)
		}
		if n := len(in.AssayResults); n != MaxAssayResultsPerRequest && n != 1 {
			t.Errorf("chunk of %d results", n)
		}
		ids := make([]string, len(in.AssayResults))
		for i, it := range in.AssayResults {
			ids[i] = fmt.Sprint("r", it.Fields.N.Value)
		}
		id := fmt.Sprintf("00000000-0000-4000-8000-%012d", tasks.Add(1))
		resp, _ := json.Marshal(map[string]any{"status": "SUCCEEDED", "response": map[string]any{"assayResults": ids}})
		env.mux.HandleFunc("GET /tasks/"+id, serveJSON(t, http.MethodGet, http.StatusOK, resp))
		serveJSON(t, http.MethodPost, http.StatusAccepted, map[string]any{"taskId": id})(w, r)
	})
	items := make([]*AssayResultCreate, MaxAssayResultsPerRequest+1)
	for i := range items {
		items[i] = &AssayResultCreate{SchemaID: "assaysch_1", Fields: Fields{"n": {Value: NumberValue(float64(i))}}}
	}
	res, err := env.client.AssayResults.CreateMany(testCtx(t), items, &BulkOptions{Concurrency: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != len(items) || tasks.Load() != 2 {
		t.Fatalf("%d results from %d tasks", len(res), tasks.Load())
	}
	for i, r := range res {
		if r.Value != fmt.Sprint("r", i) || r.Err != nil || r.TaskID == "" {
			t.Fatalf("result %d = %+v", i, r)
		}
	}
}

// TestAssayResultsCreateManyInvalidItem: a task that fails naming an item
// gives that item a BulkItemError and creates the others on resubmission.
func TestAssayResultsCreateManyInvalidItem(t *testing.T) {
	env := setup(t)
	var n atomic.Int32
	env.mux.HandleFunc("POST /assay-results:bulk-create", func(w http.ResponseWriter, r *http.Request) {
		id := fmt.Sprintf("00000000-0000-4000-8000-%012d", n.Add(1))
		task := `{"status": "FAILED", "message": "Invalid results.", "errors": [{"index": 1, "message": "od_600: expected a number"}]}`
		if n.Load() == 2 {
			task = `{"status": "SUCCEEDED", "response": {"assayResults": ["r0", "r2"]}}`
		}
		env.mux.HandleFunc("GET /tasks/"+id, serveJSON(t, http.MethodGet, http.StatusOK, task))
		serveJSON(t, http.MethodPost, http.StatusAccepted, map[string]any{"taskId": id})(w, r)
	})
	items := []*AssayResultCreate{
		{SchemaID: "s", Fields: Fields{"od_600": {Value: NumberValue(1)}}},
		{SchemaID: "s", Fields: Fields{"od_600": {Value: StringValue("high")}}},
		{SchemaID: "s", Fields: Fields{"od_600": {Value: NumberValue(2)}}},
	}
	res, err := env.client.AssayResults.CreateMany(testCtx(t), items, nil)
	var be *BulkError
	if !errors.As(err, &be) || be.Failed != 1 || be.Unknown != 0 {
		t.Fatalf("err = %v, want a BulkError with one failure", err)
	}
	var ie *BulkItemError
	if res[0].Value != "r0" || res[2].Value != "r2" || !errors.As(res[1].Err, &ie) || ie.Index != 1 {
		t.Errorf("results = %+v", res)
	}
}
