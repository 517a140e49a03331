package benchling

import (
	"encoding/json"
	"errors"
	"maps"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestDatasetsSpec runs each Datasets operation against the spec's
// fixtures.
func TestDatasetsSpec(t *testing.T) {
	runSpecCases(t, []specCase{
		{name: "List", op: "listDatasets", pattern: "GET /datasets", status: http.StatusOK,
			query: map[string]string{"pageSize": "5", "sort": "createdAt:desc", "displayIds": "DATASET1", "returning": "datasets.id,nextToken"},
			call: func(t *testing.T, c *Client) (any, error) {
				ds, resp, err := c.Datasets.List(testCtx(t), &DatasetListOptions{
					ListOptions: ListOptions{PageSize: 5}, DocumentListFilters: DocumentListFilters{
						Sort:       SortCreatedAtDesc,
						DisplayIDs: []string{"DATASET1"},
						Returning:  []string{"datasets.id"},
					},
				})
				if err != nil {
					return nil, err
				}
				return map[string]any{"datasets": ds, "nextToken": resp.NextToken}, nil
			}},
		{name: "Get", op: "getDataset", pattern: "GET /datasets/dataset_LlDFupKyErxx", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				d, _, err := c.Datasets.Get(testCtx(t), "dataset_LlDFupKyErxx")
				return d, err
			}},
		{name: "Create", op: "createDataset", pattern: "POST /datasets", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				d, _, err := c.Datasets.Create(testCtx(t), reqFixture[DatasetCreate](t, "createDataset"))
				return d, err
			}},
		{name: "Update", op: "updateDataset", pattern: "PATCH /datasets/dataset_LlDFupKyErxx", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				d, _, err := c.Datasets.Update(testCtx(t), "dataset_LlDFupKyErxx", reqFixture[DatasetUpdate](t, "updateDataset"))
				return d, err
			}},
		{name: "Archive", op: "archiveDatasets", pattern: "POST /datasets:archive", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				ch, _, err := c.Datasets.Archive(testCtx(t), reqFixture[DatasetsArchive](t, "archiveDatasets"))
				return ch, err
			}},
		{name: "Unarchive", op: "unarchiveDatasets", pattern: "POST /datasets:unarchive", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				ch, _, err := c.Datasets.Unarchive(testCtx(t), reqFixture[datasetsUnarchive](t, "unarchiveDatasets").DatasetIDs)
				return ch, err
			}},
	})
}

func TestDatasetsPaging(t *testing.T) {
	env, n := setup(t), 0
	specPages(t, env, "GET /datasets", "listDatasets", "datasets", false, &n)
	s := env.client.Datasets
	wantAllPages(t, &n, s.All(testCtx(t), nil), s.Pages(testCtx(t), nil))
}

// TestDatasetsListInvalidIDs: the spec's ListingError names the unknown
// IDs beside the error object; the *Error carries them.
func TestDatasetsListInvalidIDs(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /datasets", serveJSON(t, http.MethodGet, http.StatusBadRequest,
		`{"error": {"type": "invalid_request_error", "message": "Invalid ids.", "userMessage": "Invalid ids."}, "invalidIds": ["dataset_nope"]}`))
	_, _, err := env.client.Datasets.List(testCtx(t), &DatasetListOptions{DocumentListFilters: DocumentListFilters{IDs: []string{"dataset_nope"}}})
	var apiErr *Error
	if !errors.Is(err, ErrBadRequest) || !errors.As(err, &apiErr) || cmp.Diff([]string{"dataset_nope"}, apiErr.InvalidIDs) != "" {
		t.Fatalf("List error = %v, want a 400 naming the ID", err)
	}
}

func TestDatasetsInvalidID(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		t.Errorf("unexpected request %s %s", r.Method, r.URL)
	})
	ctx, s := testCtx(t), env.client.Datasets
	wantInvalidID(t, map[string]func() error{
		"Get":            func() error { _, _, err := s.Get(ctx, "."); return err },
		"Update":         func() error { _, _, err := s.Update(ctx, "", &DatasetUpdate{}); return err },
		"Archive none":   func() error { _, _, err := s.Archive(ctx, &DatasetsArchive{}); return err },
		"Unarchive none": func() error { _, _, err := s.Unarchive(ctx, []string{}); return err },
	})
}

// specExampleTime is the form of the spec's example of a dataset's and a
// file's createdAt and modifiedAt ("example: 2023-04-23
// 01:30:50.970926+00:00"): RFC 3339 with a space for the "T", which RFC
// 3339 §5.6 allows. A mock server built from the spec (Stoplight Prism)
// answers with it.
const specExampleTime = "2023-04-23 01:30:50.970926+00:00"

// withProps returns the JSON object doc with the properties props set.
func withProps(t *testing.T, doc []byte, props map[string]any) []byte {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(doc, &m); err != nil {
		t.Fatal(err)
	}
	maps.Copy(m, props)
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestDatasetsSpecExampleTimes decodes a dataset whose times are in the
// form of the spec's example.
func TestDatasetsSpecExampleTimes(t *testing.T) {
	env := setupRaw(t) // the contract checker's date-time format wants a "T"
	fx := specFixture(t, "getDataset", http.StatusOK)
	sent := withProps(t, fx, map[string]any{"createdAt": specExampleTime, "modifiedAt": specExampleTime})
	env.mux.HandleFunc("GET /datasets/dataset_1", serveJSON(t, http.MethodGet, http.StatusOK, sent))
	env.mux.HandleFunc("GET /datasets", serveJSON(t, http.MethodGet, http.StatusOK,
		`{"datasets": [`+string(sent)+`], "nextToken": ""}`))

	d, _, err := env.client.Datasets.Get(testCtx(t), "dataset_1")
	if err != nil {
		t.Fatal(err)
	}
	want := time.Date(2023, 4, 23, 1, 30, 50, 970926000, time.UTC)
	if !d.CreatedAt.Equal(want) || !d.ModifiedAt.Equal(want) {
		t.Errorf("CreatedAt, ModifiedAt = %v, %v; want %v", d.CreatedAt, d.ModifiedAt, want)
	}
	rfc := want.Format(time.RFC3339Nano)
	wantRoundTrip(t, withProps(t, fx, map[string]any{"createdAt": rfc, "modifiedAt": rfc}), d)

	ds, _, err := env.client.Datasets.List(testCtx(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(ds) != 1 || !ds[0].ModifiedAt.Equal(want) {
		t.Errorf("List = %+v; want one dataset modified at %v", ds, want)
	}

	// Anything else that is not a time is still an error.
	env.mux.HandleFunc("GET /datasets/dataset_2", serveJSON(t, http.MethodGet, http.StatusOK,
		withProps(t, fx, map[string]any{"createdAt": "yesterday"})))
	if _, _, err := env.client.Datasets.Get(testCtx(t), "dataset_2"); err == nil || !strings.Contains(err.Error(), "yesterday") {
		t.Errorf("Get of a dataset created %q: err = %v; want a parse error naming it", "yesterday", err)
	}
}
