package benchling

import (
	"errors"
	"net/http"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestAssayRunsList(t *testing.T) {
	env := setup(t)
	fx := specFixture(t, "listAssayRuns", http.StatusOK)
	env.mux.HandleFunc("GET /assay-runs", func(w http.ResponseWriter, r *http.Request) {
		testQuery(t, r, map[string]string{"schemaId": "assaysch_1", "pageSize": "10", "nextToken": "tok",
			"minCreatedTime": "1700000000", "maxCreatedTime": "1800000000", "ids": "r1,r2"})
		serveJSON(t, http.MethodGet, http.StatusOK, fx)(w, r)
	})
	opts := &AssayRunListOptions{ListOptions: ListOptions{PageSize: 10, NextToken: "tok"},
		MinCreatedTime: 1700000000, MaxCreatedTime: 1800000000, IDs: []string{"r1", "r2"}}
	got, resp, err := env.client.AssayRuns.List(testCtx(t), "assaysch_1", opts)
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, fx, map[string]any{"assayRuns": got, "nextToken": resp.NextToken})
	if _, _, err := env.client.AssayRuns.List(testCtx(t), " ", nil); !errors.Is(err, ErrInvalidID) {
		t.Errorf("no schema: err = %v, want ErrInvalidID", err)
	}
}

func TestAssayRunsAllAndPages(t *testing.T) {
	env := setup(t)
	twoPages(t, env, "GET /assay-runs", "assayRuns",
		[]any{map[string]any{"id": "r1", "validationStatus": "VALID"}},
		[]any{map[string]any{"id": "r2", "validationStatus": "INVALID"}})
	ctx := testCtx(t)
	var ids []string
	for r, err := range env.client.AssayRuns.All(ctx, "assaysch_1", nil) {
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, r.ID+" "+string(r.ValidationStatus))
	}
	var pages []string
	for p, err := range env.client.AssayRuns.Pages(ctx, "assaysch_1", &AssayRunListOptions{ListOptions: ListOptions{PageSize: 1}}) {
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, p.Items[0].ID+"/"+p.NextToken)
	}
	if diff := cmp.Diff([]string{"r1 VALID", "r2 INVALID"}, ids); diff != "" {
		t.Errorf("All (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"r1/p2", "r2/"}, pages); diff != "" {
		t.Errorf("Pages (-want +got):\n%s", diff)
	}
}

func TestAssayRunsGetUpdate(t *testing.T) {
	env := setup(t)
	id := "77af3205-65af-457f-87f5-75462b85075a"
	fx := specFixture(t, "getAssayRun", http.StatusOK)
	env.mux.HandleFunc("GET /assay-runs/"+id, serveJSON(t, http.MethodGet, http.StatusOK, fx))
	env.mux.HandleFunc("GET /assay-runs/nope", serveJSON(t, http.MethodGet, http.StatusBadRequest, badRequestBody("Assay run nope not found.")))
	env.mux.HandleFunc("PATCH /assay-runs/"+id, serveSpecBody(t, http.MethodPatch, "updateAssayRun", http.StatusOK))
	ctx := testCtx(t)
	got, _, err := env.client.AssayRuns.Get(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, fx, got)
	if _, _, err := env.client.AssayRuns.Get(ctx, "nope"); !errors.Is(err, ErrBadRequest) {
		t.Errorf("unknown run: err = %v", err)
	}
	upd, _, err := env.client.AssayRuns.Update(ctx, id, specBody[AssayRunUpdate](t, "updateAssayRun"))
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, specFixture(t, "updateAssayRun", http.StatusOK), upd)
	wantInvalidID(t, map[string]func() error{
		"Get":    func() error { _, _, err := env.client.AssayRuns.Get(ctx, ""); return err },
		"Update": func() error { _, _, err := env.client.AssayRuns.Update(ctx, "a/b", &AssayRunUpdate{}); return err },
		"Archive": func() error {
			_, _, err := env.client.AssayRuns.Archive(ctx, &AssayRunsArchive{Reason: DataArchiveReasonOther})
			return err
		},
		"Unarchive": func() error { _, _, err := env.client.AssayRuns.Unarchive(ctx, nil); return err },
		"BulkGet":   func() error { _, _, err := env.client.AssayRuns.BulkGet(ctx, []string{"a", ""}); return err },
		"Input generators": func() error {
			_, _, err := env.client.AssayRuns.ListAutomationInputGenerators(ctx, "..", nil)
			return err
		},
		"Output processors": func() error {
			_, _, err := env.client.AssayRuns.ListAutomationOutputProcessors(ctx, "", nil)
			return err
		},
	})
}

// TestAssayRunUpdateClearsEquipment sends equipmentId: null.
func TestAssayRunUpdateClearsEquipment(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("PATCH /assay-runs/r1", func(w http.ResponseWriter, r *http.Request) {
		testJSONBody(t, r, `{"equipmentId": null, "fields": {"Instrument": {"value": "Reader 2"}}}`)
		serveJSON(t, http.MethodPatch, http.StatusOK, `{"id": "r1", "equipmentId": null}`)(w, r)
	})
	got, _, err := env.client.AssayRuns.Update(testCtx(t), "r1", &AssayRunUpdate{EquipmentID: Null[string](),
		Fields: Fields{"Instrument": {Value: StringValue("Reader 2")}}})
	if err != nil || got.EquipmentID != nil {
		t.Fatalf("Update = %+v, %v", got, err)
	}
}

func TestAssayRunsCreate(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("POST /assay-runs", serveSpecBody(t, http.MethodPost, "createAssayRuns", http.StatusOK))
	items := specBody[assayRunsBulkCreateRequest](t, "createAssayRuns").AssayRuns
	got, _, err := env.client.AssayRuns.Create(testCtx(t), items)
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, specFixture(t, "createAssayRuns", http.StatusOK), got)
}

// TestAssayRunsCreateErrors: a 400 AssayRunsBulkCreateErrorResponse gives
// item errors; a nil or field-less run is refused before sending.
func TestAssayRunsCreateErrors(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("POST /assay-runs", serveJSON(t, http.MethodPost, http.StatusBadRequest,
		`{"assayRuns": null, "errors": [{"fields": {"plate": "Required."}}]}`))
	ctx := testCtx(t)
	_, _, err := env.client.AssayRuns.Create(ctx, []*AssayRunCreate{{SchemaID: "assaysch_1", Fields: AssayFieldsCreate{}}})
	var ae *Error
	if !errors.As(err, &ae) || len(ae.Items) != 1 || ae.Items[0] != (ItemError{Index: 0, Message: "plate: Required."}) {
		t.Fatalf("err = %v", err)
	}
	for _, items := range [][]*AssayRunCreate{{nil}, {{SchemaID: "s"}}} {
		if _, _, err := env.client.AssayRuns.Create(ctx, items); err == nil || !strings.Contains(err.Error(), "assay run 0") {
			t.Errorf("bad item: err = %v", err)
		}
	}
}

func TestAssayRunsArchiveUnarchiveBulkGet(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("POST /assay-runs:archive", serveSpecBody(t, http.MethodPost, "archiveAssayRuns", http.StatusOK))
	env.mux.HandleFunc("POST /assay-runs:unarchive", serveSpecBody(t, http.MethodPost, "unarchiveAssayRuns", http.StatusOK))
	fx := specFixture(t, "bulkGetAssayRuns", http.StatusOK)
	env.mux.HandleFunc("GET /assay-runs:bulk-get", func(w http.ResponseWriter, r *http.Request) {
		testQuery(t, r, map[string]string{"assayRunIds": "r1,r2"})
		serveJSON(t, http.MethodGet, http.StatusOK, fx)(w, r)
	})
	ctx := testCtx(t)
	ch, _, err := env.client.AssayRuns.Archive(ctx, specBody[AssayRunsArchive](t, "archiveAssayRuns"))
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, specFixture(t, "archiveAssayRuns", http.StatusOK), ch)
	ch, _, err = env.client.AssayRuns.Unarchive(ctx, specBody[assayRunsUnarchive](t, "unarchiveAssayRuns").AssayRunIDs)
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, specFixture(t, "unarchiveAssayRuns", http.StatusOK), ch)
	runs, _, err := env.client.AssayRuns.BulkGet(ctx, []string{"r1", "r2"})
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, fx, map[string]any{"assayRuns": runs})
}

func TestAssayRunsListAutomationInputGenerators(t *testing.T) {
	env := setup(t)
	fx := specFixture(t, "listAutomationInputGenerators", http.StatusOK)
	env.mux.HandleFunc("GET /assay-runs/r1/automation-input-generators", func(w http.ResponseWriter, r *http.Request) {
		testQuery(t, r, map[string]string{"nextToken": "tok", "modifiedAt": "> 2022-03-01"})
		serveJSON(t, http.MethodGet, http.StatusOK, fx)(w, r)
	})
	ctx := testCtx(t)
	got, resp, err := env.client.AssayRuns.ListAutomationInputGenerators(ctx, "r1",
		&AutomationInputGeneratorListOptions{ListOptions: ListOptions{NextToken: "tok"}, ModifiedAt: "> 2022-03-01"})
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, fx, map[string]any{"automationInputGenerators": got, "nextToken": resp.NextToken})
	if _, _, err := env.client.AssayRuns.ListAutomationInputGenerators(ctx, "r1",
		&AutomationInputGeneratorListOptions{ListOptions: ListOptions{PageSize: 5}}); err == nil || !strings.Contains(err.Error(), "no page size") {
		t.Errorf("PageSize: err = %v", err)
	}

	env2 := setup(t)
	twoPages(t, env2, "GET /assay-runs/r1/automation-input-generators", "automationInputGenerators",
		[]any{map[string]any{"id": "aif_1"}}, []any{map[string]any{"id": "aif_2"}})
	var ids []string
	for g, err := range env2.client.AssayRuns.AllAutomationInputGenerators(ctx, "r1", nil) {
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, g.ID)
	}
	for p, err := range env2.client.AssayRuns.PagesAutomationInputGenerators(ctx, "r1", nil) {
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, "page "+p.NextToken)
	}
	if diff := cmp.Diff([]string{"aif_1", "aif_2", "page p2", "page "}, ids); diff != "" {
		t.Errorf("All and Pages (-want +got):\n%s", diff)
	}
}

func TestAssayRunsListAutomationOutputProcessorsDeprecated(t *testing.T) {
	env := setup(t)
	fx := specFixture(t, "listAutomationOutputProcessorsDeprecated", http.StatusOK)
	env.mux.HandleFunc("GET /assay-runs/r1/automation-output-processors", func(w http.ResponseWriter, r *http.Request) {
		testQuery(t, r, map[string]string{"nextToken": "tok"})
		serveJSON(t, http.MethodGet, http.StatusOK, fx)(w, r)
	})
	ctx := testCtx(t)
	got, resp, err := env.client.AssayRuns.ListAutomationOutputProcessors(ctx, "r1", &ListOptions{NextToken: "tok"})
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, fx, map[string]any{"automationOutputProcessors": got, "nextToken": resp.NextToken})
	if _, _, err := env.client.AssayRuns.ListAutomationOutputProcessors(ctx, "r1", &ListOptions{PageSize: ZeroPageSize}); err == nil {
		t.Error("a page size was accepted")
	}

	env2 := setup(t)
	twoPages(t, env2, "GET /assay-runs/r1/automation-output-processors", "automationOutputProcessors",
		[]any{map[string]any{"id": "aop_1"}}, []any{map[string]any{"id": "aop_2"}})
	var ids []string
	for p, err := range env2.client.AssayRuns.AllAutomationOutputProcessors(ctx, "r1", nil) {
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, p.ID)
	}
	for p, err := range env2.client.AssayRuns.PagesAutomationOutputProcessors(ctx, "r1", nil) {
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, "page "+p.NextToken)
	}
	if diff := cmp.Diff([]string{"aop_1", "aop_2", "page p2", "page "}, ids); diff != "" {
		t.Errorf("All and Pages (-want +got):\n%s", diff)
	}
}
