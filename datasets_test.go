package benchling

import (
	"errors"
	"net/http"
	"testing"

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
					ListOptions: ListOptions{PageSize: 5}, Sort: SortCreatedAtDesc, DisplayIDs: []string{"DATASET1"},
					Returning: []string{"datasets.id"},
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
	_, _, err := env.client.Datasets.List(testCtx(t), &DatasetListOptions{IDs: []string{"dataset_nope"}})
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
