package benchling

import (
	"errors"
	"net/http"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestDatasetsList(t *testing.T) {
	env := setup(t)
	fx := serveSpec(t, env, "GET /datasets", "listDatasets", http.StatusOK, map[string]string{
		"pageSize": "5", "sort": "createdAt:desc", "displayIds": "DATASET1", "returning": "datasets.id,nextToken",
	}, false)
	got, resp, err := env.client.Datasets.List(testCtx(t), &DatasetListOptions{
		ListOptions: ListOptions{PageSize: 5}, Sort: SortCreatedAtDesc, DisplayIDs: []string{"DATASET1"},
		Returning: []string{"datasets.id"},
	})
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, fx, map[string]any{"datasets": got, "nextToken": resp.NextToken})
	n := 0
	for range env.client.Datasets.All(testCtx(t), &DatasetListOptions{ListOptions: ListOptions{PageSize: 5}, Sort: SortCreatedAtDesc,
		DisplayIDs: []string{"DATASET1"}, Returning: []string{"datasets.id"}}) {
		n++
		break
	}
	for range env.client.Datasets.Pages(testCtx(t), &DatasetListOptions{ListOptions: ListOptions{PageSize: 5}, Sort: SortCreatedAtDesc,
		DisplayIDs: []string{"DATASET1"}, Returning: []string{"datasets.id"}}) {
		n++
		break
	}
	if n != 2 {
		t.Errorf("All and Pages yielded %d values, want one each", n)
	}
}

func TestDatasetsListInvalidIDs(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /datasets", serveJSON(t, http.MethodGet, http.StatusBadRequest,
		`{"error": {"type": "invalid_request_error", "message": "Invalid ids.", "userMessage": "Invalid ids."}, "invalidIds": ["dataset_nope"]}`))
	_, _, err := env.client.Datasets.List(testCtx(t), &DatasetListOptions{IDs: []string{"dataset_nope"}})
	var apiErr *Error
	if !errors.Is(err, ErrBadRequest) || !errors.As(err, &apiErr) || cmp.Diff([]string{"dataset_nope"}, apiErr.InvalidIDs) != "" {
		t.Fatalf("List error = %v, want a 400 naming the ID (ListingError's invalidIds)", err)
	}
}

func TestDatasetsGet(t *testing.T) {
	env := setup(t)
	fx := serveSpec(t, env, "GET /datasets/dataset_LlDFupKyErxx", "getDataset", http.StatusOK, nil, false)
	got, _, err := env.client.Datasets.Get(testCtx(t), "dataset_LlDFupKyErxx")
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, fx, got)
}

func TestDatasetsCreate(t *testing.T) {
	env := setup(t)
	fx := serveSpec(t, env, "POST /datasets", "createDataset", http.StatusOK, nil, true)
	got, _, err := env.client.Datasets.Create(testCtx(t), specRequest[DatasetCreate](t, "createDataset"))
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, fx, got)
}

func TestDatasetsUpdate(t *testing.T) {
	env := setup(t)
	fx := serveSpec(t, env, "PATCH /datasets/dataset_LlDFupKyErxx", "updateDataset", http.StatusOK, nil, true)
	got, _, err := env.client.Datasets.Update(testCtx(t), "dataset_LlDFupKyErxx", specRequest[DatasetUpdate](t, "updateDataset"))
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, fx, got)
}

func TestDatasetsArchive(t *testing.T) {
	env := setup(t)
	fx := serveSpec(t, env, "POST /datasets:archive", "archiveDatasets", http.StatusOK, nil, true)
	serveSpec(t, env, "POST /datasets:unarchive", "unarchiveDatasets", http.StatusOK, nil, true)
	got, _, err := env.client.Datasets.Archive(testCtx(t), specRequest[DatasetsArchive](t, "archiveDatasets"))
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, fx, got)
	got, _, err = env.client.Datasets.Unarchive(testCtx(t), []string{"datasetIds"})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(&DatasetsArchivalChange{DatasetIDs: []string{"datasetIds"}}, got); diff != "" {
		t.Errorf("Unarchive (-want +got):\n%s", diff)
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
