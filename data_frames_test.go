package benchling

import (
	"errors"
	"net/http"
	"testing"
)

const testDataFrameID = "dset_LlDFupKyErxx"

// TestDataFramesSpec runs Create and Get against the spec's fixtures.
func TestDataFramesSpec(t *testing.T) {
	runSpecCases(t, []specCase{
		{name: "Create", op: "createDataFrame", pattern: "POST /data-frames", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				df, _, err := c.DataFrames.Create(testCtx(t), reqFixture[DataFrameCreate](t, "createDataFrame"))
				if err == nil && (df.UploadStatus != FileUploadStatusNotUploaded || len(df.Manifest) != 1 || df.Manifest[0].URL == nil) {
					t.Errorf("Create = %+v", df)
				}
				return df, err
			}},
		{name: "Get", op: "getDataFrame", pattern: "GET /data-frames/" + testDataFrameID, status: http.StatusOK,
			query: map[string]string{"returning": "id,manifest", "rowDataFormat": "parquet"},
			call: func(t *testing.T, c *Client) (any, error) {
				df, _, err := c.DataFrames.Get(testCtx(t), testDataFrameID,
					&DataFrameGetOptions{Returning: []string{"id", "manifest"}, RowDataFormat: DataFrameRowDataFormatParquet})
				if err == nil && (df.ErrorMessage == nil || df.UploadStatus != FileUploadStatusFailedValidation || df.Manifest[0].URL != nil) {
					t.Errorf("Get = %+v", df)
				}
				return df, err
			}},
	})
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

// TestDataFramesUpdate: the spec's 202 names a task of its own, whose
// response is the data frame.
func TestDataFramesUpdate(t *testing.T) {
	env := setup(t)
	link := specFixture(t, "patchDataFrame", http.StatusAccepted)
	env.mux.HandleFunc("PATCH /data-frames/"+testDataFrameID, func(w http.ResponseWriter, r *http.Request) {
		testSpecRequest(t, r, "patchDataFrame")
		serveJSON(t, http.MethodPatch, http.StatusAccepted, link)(w, r)
	})
	df := specFixture(t, "getDataFrame", http.StatusOK)
	taskID := "task_b2ZtLWZha2UtZGVwbG95LWhlbGxvX3dvcmxkOm9mbS1mYWtlLWRlcGxveS1oZWxsb193b3JsZC1zZXEtMTIzNDU2Nzg="
	env.mux.HandleFunc("GET /tasks/"+taskID, serveJSON(t, http.MethodGet, http.StatusOK, `{"status": "SUCCEEDED", "response": `+string(df)+`}`))
	l, _, err := env.client.DataFrames.Update(testCtx(t), testDataFrameID, reqFixture[DataFrameUpdate](t, "patchDataFrame"))
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, link, l)
	wantTaskResult(t, l, df)
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
