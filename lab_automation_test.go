package benchling

import (
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestLabAutomationTransforms(t *testing.T) {
	env := setup(t)
	fx := specFixture(t, "getLabAutomationTransform", http.StatusOK)
	env.mux.HandleFunc("GET /automation-file-transforms/lat_1", serveJSON(t, http.MethodGet, http.StatusOK, fx))
	env.mux.HandleFunc("GET /automation-file-transforms/lat_missing", serveJSON(t, http.MethodGet, http.StatusNotFound,
		notFoundBody("Transform", "lat_missing")))
	env.mux.HandleFunc("PATCH /automation-file-transforms/lat_1", serveSpecBody(t, http.MethodPatch, "updateLabAutomationTransform", http.StatusOK))
	ctx := testCtx(t)
	got, _, err := env.client.LabAutomation.GetTransform(ctx, "lat_1")
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, fx, got)
	if _, _, err := env.client.LabAutomation.GetTransform(ctx, "lat_missing"); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown transform: err = %v", err)
	}
	upd, _, err := env.client.LabAutomation.UpdateTransform(ctx, "lat_1", specBody[LabAutomationTransformUpdate](t, "updateLabAutomationTransform"))
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, specFixture(t, "updateLabAutomationTransform", http.StatusOK), upd)
}

// taskOf returns the task ID of an AsyncTaskLink fixture.
func taskOf(t *testing.T, fx []byte) string {
	t.Helper()
	var l struct {
		TaskID string `json:"taskId"`
	}
	if err := json.Unmarshal(fx, &l); err != nil || l.TaskID == "" {
		t.Fatalf("task link %s: %v", fx, err)
	}
	return l.TaskID
}

func TestLabAutomationInputGenerators(t *testing.T) {
	env := setup(t)
	fx := specFixture(t, "getAutomationInputGenerator", http.StatusOK)
	env.mux.HandleFunc("GET /automation-input-generators/aif_1", serveJSON(t, http.MethodGet, http.StatusOK, fx))
	env.mux.HandleFunc("PATCH /automation-input-generators/aif_1", serveSpecBody(t, http.MethodPatch, "updateAutomationInputGenerator", http.StatusOK))
	link := specFixture(t, "generateInputWithAutomationInputGenerator", http.StatusAccepted)
	env.mux.HandleFunc("POST /automation-input-generators/aif_1:generate-input", func(w http.ResponseWriter, r *http.Request) {
		if r.ContentLength > 0 {
			t.Errorf("generate-input sent a body of %d bytes", r.ContentLength)
		}
		serveJSON(t, http.MethodPost, http.StatusAccepted, link)(w, r)
	})
	task := append(append([]byte(`{"status": "SUCCEEDED", "response": `), fx...), '}')
	env.mux.HandleFunc("GET /tasks/"+taskOf(t, link), serveJSON(t, http.MethodGet, http.StatusOK, task))
	ctx := testCtx(t)

	got, _, err := env.client.LabAutomation.GetInputGenerator(ctx, "aif_1")
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, fx, got)
	upd, _, err := env.client.LabAutomation.UpdateInputGenerator(ctx, "aif_1", specBody[AutomationInputGeneratorUpdate](t, "updateAutomationInputGenerator"))
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, specFixture(t, "updateAutomationInputGenerator", http.StatusOK), upd)
	l, _, err := env.client.LabAutomation.GenerateInput(ctx, "aif_1")
	if err != nil {
		t.Fatal(err)
	}
	gen, err := l.Wait(ctx)
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, fx, gen)
	if gen.File == nil || gen.File.Name != "MyInstrumentInputFile.csv" {
		t.Errorf("generated file %+v", gen.File)
	}
}

// TestLabAutomationInputGeneratorRemoveFile sends fileId: null.
func TestLabAutomationInputGeneratorRemoveFile(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("PATCH /automation-input-generators/aif_1", func(w http.ResponseWriter, r *http.Request) {
		testJSONBody(t, r, `{"fileId": null}`)
		serveJSON(t, http.MethodPatch, http.StatusOK, `{"id": "aif_1", "file": null, "status": "NOT_STARTED"}`)(w, r)
	})
	got, _, err := env.client.LabAutomation.UpdateInputGenerator(testCtx(t), "aif_1", &AutomationInputGeneratorUpdate{FileID: Null[string]()})
	if err != nil || got.File != nil || got.Status != AutomationFileStatusNotStarted {
		t.Fatalf("= %+v, %v", got, err)
	}
}

func TestLabAutomationOutputProcessors(t *testing.T) {
	env := setup(t)
	fx := specFixture(t, "getAutomationOutputProcessor", http.StatusOK)
	env.mux.HandleFunc("GET /automation-output-processors/aop_1", serveJSON(t, http.MethodGet, http.StatusOK, fx))
	env.mux.HandleFunc("POST /automation-output-processors", serveSpecBody(t, http.MethodPost, "createAutomationOutputProcessor", http.StatusCreated))
	env.mux.HandleFunc("PATCH /automation-output-processors/aop_1", serveSpecBody(t, http.MethodPatch, "updateAutomationOutputProcessor", http.StatusOK))
	env.mux.HandleFunc("POST /automation-output-processors:archive", serveSpecBody(t, http.MethodPost, "archiveAutomationOutputProcessors", http.StatusOK))
	env.mux.HandleFunc("POST /automation-output-processors:unarchive", serveSpecBody(t, http.MethodPost, "unarchiveAutomationOutputProcessors", http.StatusOK))
	link := specFixture(t, "processOutputWithAutomationOutputProcessor", http.StatusAccepted)
	env.mux.HandleFunc("POST /automation-output-processors/aop_1:process-output", serveJSON(t, http.MethodPost, http.StatusAccepted, link))
	task := append(append([]byte(`{"status": "SUCCEEDED", "response": `), fx...), '}')
	env.mux.HandleFunc("GET /tasks/"+taskOf(t, link), serveJSON(t, http.MethodGet, http.StatusOK, task))
	ctx := testCtx(t)

	got, _, err := env.client.LabAutomation.GetOutputProcessor(ctx, "aop_1")
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, fx, got)
	created, resp, err := env.client.LabAutomation.CreateOutputProcessor(ctx, specBody[AutomationOutputProcessorCreate](t, "createAutomationOutputProcessor"))
	if err != nil || resp.StatusCode != http.StatusCreated {
		t.Fatal(err)
	}
	wantRoundTrip(t, specFixture(t, "createAutomationOutputProcessor", http.StatusCreated), created)
	upd, _, err := env.client.LabAutomation.UpdateOutputProcessor(ctx, "aop_1", specBody[AutomationOutputProcessorUpdate](t, "updateAutomationOutputProcessor"))
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, specFixture(t, "updateAutomationOutputProcessor", http.StatusOK), upd)
	l, _, err := env.client.LabAutomation.ProcessOutput(ctx, "aop_1")
	if err != nil {
		t.Fatal(err)
	}
	proc, err := l.Wait(ctx)
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, fx, proc)
	if proc.ProgressStats.RowsSucceeded != 1 || proc.Status != AutomationFileStatusSucceeded {
		t.Errorf("processed %+v", proc)
	}
	ch, _, err := env.client.LabAutomation.ArchiveOutputProcessors(ctx, specBody[AutomationOutputProcessorsArchive](t, "archiveAutomationOutputProcessors"))
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, specFixture(t, "archiveAutomationOutputProcessors", http.StatusOK), ch)
	un := specBody[automationOutputProcessorsUnarchive](t, "unarchiveAutomationOutputProcessors")
	ch, _, err = env.client.LabAutomation.UnarchiveOutputProcessors(ctx, un.AutomationOutputProcessorIDs)
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, specFixture(t, "unarchiveAutomationOutputProcessors", http.StatusOK), ch)
	wantInvalidID(t, map[string]func() error{
		"GetTransform":         func() error { _, _, err := env.client.LabAutomation.GetTransform(ctx, ""); return err },
		"UpdateTransform":      func() error { _, _, err := env.client.LabAutomation.UpdateTransform(ctx, "a/b", nil); return err },
		"GetInputGenerator":    func() error { _, _, err := env.client.LabAutomation.GetInputGenerator(ctx, "."); return err },
		"UpdateInputGenerator": func() error { _, _, err := env.client.LabAutomation.UpdateInputGenerator(ctx, " ", nil); return err },
		"GenerateInput":        func() error { _, _, err := env.client.LabAutomation.GenerateInput(ctx, "a\\b"); return err },
		"GetOutputProcessor":   func() error { _, _, err := env.client.LabAutomation.GetOutputProcessor(ctx, ""); return err },
		"UpdateOutputProcessor": func() error {
			_, _, err := env.client.LabAutomation.UpdateOutputProcessor(ctx, "..", &AutomationOutputProcessorUpdate{FileID: "f"})
			return err
		},
		"ProcessOutput": func() error { _, _, err := env.client.LabAutomation.ProcessOutput(ctx, "a,b"); return err },
		"Archive": func() error {
			_, _, err := env.client.LabAutomation.ArchiveOutputProcessors(ctx, &AutomationOutputProcessorsArchive{})
			return err
		},
		"Unarchive": func() error {
			_, _, err := env.client.LabAutomation.UnarchiveOutputProcessors(ctx, []string{""})
			return err
		},
	})
}

func TestLabAutomationListOutputProcessors(t *testing.T) {
	env := setup(t)
	fx := specFixture(t, "listAutomationOutputProcessors", http.StatusOK)
	env.mux.HandleFunc("GET /automation-output-processors", func(w http.ResponseWriter, r *http.Request) {
		testQuery(t, r, map[string]string{"nextToken": "tok", "assayRunId": "run_1", "automationFileConfigName": "Readout",
			"archiveReason": "ANY_ARCHIVED_OR_NOT_ARCHIVED", "modifiedAt": "> 2022-03-01"})
		serveJSON(t, http.MethodGet, http.StatusOK, fx)(w, r)
	})
	ctx := testCtx(t)
	got, resp, err := env.client.LabAutomation.ListOutputProcessors(ctx, &AutomationOutputProcessorListOptions{
		ListOptions: ListOptions{NextToken: "tok"}, AssayRunID: "run_1", AutomationFileConfigName: "Readout",
		ArchiveReason: ArchiveFilterAll, ModifiedAt: "> 2022-03-01"})
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, fx, map[string]any{"automationOutputProcessors": got, "nextToken": resp.NextToken})
	if _, _, err := env.client.LabAutomation.ListOutputProcessors(ctx, &AutomationOutputProcessorListOptions{
		ListOptions: ListOptions{PageSize: 50}}); err == nil || !strings.Contains(err.Error(), "no page size") {
		t.Errorf("PageSize: err = %v", err)
	}

	env2 := setup(t)
	twoPages(t, env2, "GET /automation-output-processors", "automationOutputProcessors",
		[]any{map[string]any{"id": "aop_1"}}, []any{map[string]any{"id": "aop_2"}})
	var ids []string
	for p, err := range env2.client.LabAutomation.AllOutputProcessors(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, p.ID)
	}
	for p, err := range env2.client.LabAutomation.PagesOutputProcessors(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, "page "+p.NextToken)
	}
	if diff := cmp.Diff([]string{"aop_1", "aop_2", "page p2", "page "}, ids); diff != "" {
		t.Errorf("All and Pages (-want +got):\n%s", diff)
	}
}

// TestLabAutomationProcessFile uploads the file, creates the processor
// with the new blob (the caller's body untouched), processes it and
// returns the processed processor; a processing whose start is lost
// returns the processor with an unknown outcome.
func TestLabAutomationProcessFile(t *testing.T) {
	env := setup(t)
	const blobID = "c33fe52d-fe6a-4c98-adcd-211bdf6778f7"
	env.mux.HandleFunc("POST /blobs", func(w http.ResponseWriter, r *http.Request) {
		var in BlobCreate
		if err := json.NewDecoder(r.Body).Decode(&in); err != nil || in.Name != "readout.csv" || in.Data64 != "T0Q2MDAKMC41Cg==" {
			t.Errorf("blob create %+v %v", in, err)
		}
		serveJSON(t, http.MethodPost, http.StatusOK, `{"id": "`+blobID+`", "mimeType": "text/csv", "name": "readout.csv", "type": "RAW_FILE", "uploadStatus": "COMPLETE"}`)(w, r)
	})
	env.mux.HandleFunc("POST /automation-output-processors", func(w http.ResponseWriter, r *http.Request) {
		testJSONBody(t, r, `{"assayRunId": "run_1", "automationFileConfigName": "Readout", "fileId": "`+blobID+`", "completeWithErrors": true}`)
		serveJSON(t, http.MethodPost, http.StatusCreated, `{"id": "aop_1", "status": "NOT_STARTED"}`)(w, r)
	})
	fail := true
	env.mux.HandleFunc("POST /automation-output-processors/aop_1:process-output", func(w http.ResponseWriter, r *http.Request) {
		if fail {
			serveJSON(t, http.MethodPost, http.StatusBadGateway, `{"error": {"type": "server_error", "message": "upstream"}}`)(w, r)
			return
		}
		serveJSON(t, http.MethodPost, http.StatusAccepted, `{"taskId": "00000000-0000-4000-8000-000000000001"}`)(w, r)
	})
	env.mux.HandleFunc("GET /tasks/00000000-0000-4000-8000-000000000001", serveJSON(t, http.MethodGet, http.StatusOK,
		`{"status": "SUCCEEDED", "response": {"id": "aop_1", "status": "SUCCEEDED", "progressStats": {"rowsSucceeded": 1}}}`))
	ctx := testCtx(t)
	body := &AutomationOutputProcessorCreate{AssayRunID: "run_1", AutomationFileConfigName: "Readout", FileID: "ignored", CompleteWithErrors: Ptr(true)}

	proc, err := env.client.LabAutomation.ProcessFile(ctx, "readout.csv", strings.NewReader("OD600\n0.5\n"), body, &BlobUploadOptions{MimeType: "text/csv"})
	if !errors.Is(err, ErrOutcomeUnknown) || proc == nil || proc.ID != "aop_1" || !strings.Contains(err.Error(), "processing aop_1") {
		t.Fatalf("lost start: %+v, %v", proc, err)
	}
	fail = false
	proc, err = env.client.LabAutomation.ProcessFile(ctx, "readout.csv", strings.NewReader("OD600\n0.5\n"), body, &BlobUploadOptions{MimeType: "text/csv"})
	if err != nil || proc.Status != AutomationFileStatusSucceeded || proc.ProgressStats.RowsSucceeded != 1 {
		t.Fatalf("ProcessFile = %+v, %v", proc, err)
	}
	if body.FileID != "ignored" {
		t.Errorf("the caller's body was modified: %+v", body)
	}
	if _, err := env.client.LabAutomation.ProcessFile(ctx, "x", strings.NewReader(""), nil, nil); err == nil {
		t.Error("a nil body was accepted")
	}
}
