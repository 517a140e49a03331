package benchling

import (
	"errors"
	"net/http"
	"testing"
)

const testDataFrameID = "dset_LlDFupKyErxx"

func TestDataFramesCreate(t *testing.T) {
	env := setup(t)
	fx := serveSpec(t, env, "POST /data-frames", "createDataFrame", http.StatusOK, nil, true)
	got, _, err := env.client.DataFrames.Create(testCtx(t), specRequest[DataFrameCreate](t, "createDataFrame"))
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, fx, got)
	if got.UploadStatus != FileUploadStatusNotUploaded || len(got.Manifest) != 1 || got.Manifest[0].URL == nil {
		t.Errorf("Create = %+v", got)
	}
}

func TestDataFramesGet(t *testing.T) {
	env := setup(t)
	fx := serveSpec(t, env, "GET /data-frames/"+testDataFrameID, "getDataFrame", http.StatusOK,
		map[string]string{"returning": "id,manifest", "rowDataFormat": "parquet"}, false)
	got, _, err := env.client.DataFrames.Get(testCtx(t), testDataFrameID,
		&DataFrameGetOptions{Returning: []string{"id", "manifest"}, RowDataFormat: DataFrameRowDataFormatParquet})
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, fx, got)
	if got.ErrorMessage == nil || got.UploadStatus != FileUploadStatusFailedValidation || got.Manifest[0].URL != nil {
		t.Errorf("Get = %+v", got)
	}
}

// TestDataFramesGetColumns decodes a processed data frame's columns, which
// the spec's first example of getDataFrame holds (less its systemName,
// which the schema does not declare).
func TestDataFramesGetColumns(t *testing.T) {
	env := setup(t)
	body := `{"columns": [{"displayName": "Well", "type": {"isList": false, "isNullable": true, "name": "ObjectLink",
		"target": {"baseTypeName": "DNASequence", "schemaId": "ts_n4l12nf0"}}}], "errorMessage": null, "id": "dset_LlDFupKyErxx",
		"manifest": [{"fileName": "part-00000.csv", "url": "https://s3.example/part-00000.csv?sig"}], "name": "plate",
		"uploadStatus": "SUCCEEDED"}`
	env.mux.HandleFunc("GET /data-frames/"+testDataFrameID, serveJSON(t, http.MethodGet, http.StatusOK, body))
	got, _, err := env.client.DataFrames.Get(testCtx(t), testDataFrameID, nil)
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, []byte(body), got)
	c := got.Columns[0].Type
	if c.Name != DataFrameColumnTypeNameObjectLink || !c.IsNullable || c.Target == nil || *c.Target.SchemaID != "ts_n4l12nf0" {
		t.Errorf("column type = %+v", c)
	}
}

func TestDataFramesUpdate(t *testing.T) {
	env := setup(t)
	link := serveSpec(t, env, "PATCH /data-frames/"+testDataFrameID, "patchDataFrame", http.StatusAccepted, nil, true)
	df := specFixture(t, "getDataFrame", http.StatusOK)
	taskID := "task_b2ZtLWZha2UtZGVwbG95LWhlbGxvX3dvcmxkOm9mbS1mYWtlLWRlcGxveS1oZWxsb193b3JsZC1zZXEtMTIzNDU2Nzg="
	env.mux.HandleFunc("GET /tasks/"+taskID, serveJSON(t, http.MethodGet, http.StatusOK, `{"status": "SUCCEEDED", "response": `+string(df)+`}`))
	l, _, err := env.client.DataFrames.Update(testCtx(t), testDataFrameID, specRequest[DataFrameUpdate](t, "patchDataFrame"))
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, link, l)
	got, err := l.Wait(testCtx(t))
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, df, got)
}

func TestDataFramesUpdateNotFound(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("PATCH /data-frames/dset_nope", serveJSON(t, http.MethodPatch, http.StatusNotFound,
		`{"error": {"type": "invalid_request_error", "message": "Data frame not found.", "userMessage": "Data frame not found.", "invalidId": "dset_nope"}}`))
	l, _, err := env.client.DataFrames.Update(testCtx(t), "dset_nope", &DataFrameUpdate{UploadStatus: FileUploadStatusInProgress})
	if !errors.Is(err, ErrNotFound) || l != nil {
		t.Fatalf("Update = %v, %v; want ErrNotFound", l, err)
	}
}

func TestDataFramesInvalidID(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		t.Errorf("unexpected request %s %s", r.Method, r.URL)
	})
	ctx, s := testCtx(t), env.client.DataFrames
	wantInvalidID(t, map[string]func() error{
		"Get":    func() error { _, _, err := s.Get(ctx, "", nil); return err },
		"Update": func() error { _, _, err := s.Update(ctx, "a\\b", &DataFrameUpdate{}); return err },
	})
}
