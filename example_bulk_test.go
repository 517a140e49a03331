package benchling_test

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
)

// ExampleAaSequencesService_CreateMany creates five sequences in chunks of
// two on a fake tenant. One item is invalid: Benchling fails its chunk as
// a whole (bulk tasks are all or nothing), so CreateMany submits the
// chunk's valid item again on its own. Every valid input is created, the
// invalid one carries its own error, and every input gets its own result.
func ExampleAaSequencesService_CreateMany() {
	srv, err := benchlingtest.Start()
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	client, err := srv.Client()
	if err != nil {
		log.Fatal(err)
	}

	var items []*benchling.AaSequenceCreate
	for _, name := range []string{"alpha", "beta", " ", "delta", "epsilon"} {
		items = append(items, &benchling.AaSequenceCreate{EntityCreateBase: benchling.EntityCreateBase{
			Name:     name,
			FolderID: benchling.Ptr("lib_mrZWMrft"),
		}, AminoAcids: "MKTAYIAKQR",
		})
	}
	results, err := client.AaSequences.CreateMany(context.Background(), items, &benchling.BulkOptions{
		ChunkSize:   2,
		Concurrency: 1,
		Progress: func(p benchling.BulkProgress) {
			fmt.Printf("progress: %d/%d (%d created, %d failed)\n", p.Done, p.Total, p.Succeeded, p.Failed)
		},
	})
	for i, r := range results {
		var itemErr *benchling.BulkItemError
		switch {
		case errors.As(r.Err, &itemErr):
			fmt.Printf("item %d: invalid: %s\n", i, itemErr.Message)
		case errors.Is(r.Err, benchling.ErrOutcomeUnknown):
			fmt.Printf("item %d: may have been created; check, or wait on task %s again\n", i, r.TaskID)
		case r.Err != nil:
			fmt.Printf("item %d: not created: %v\n", i, r.Err)
		default:
			fmt.Printf("item %d: created %q\n", i, r.Value.Name)
		}
	}
	var bulkErr *benchling.BulkError
	if errors.As(err, &bulkErr) {
		fmt.Printf("%d of %d failed\n", bulkErr.Failed, bulkErr.Total)
	}
	// Output:
	// progress: 2/5 (2 created, 0 failed)
	// progress: 3/5 (2 created, 1 failed)
	// progress: 4/5 (3 created, 1 failed)
	// progress: 5/5 (4 created, 1 failed)
	// item 0: created "alpha"
	// item 1: created "beta"
	// item 2: invalid: name is required
	// item 3: created "delta"
	// item 4: created "epsilon"
	// 1 of 5 failed
}

// ExampleTasksService_WaitAll waits for several tasks at once; a failed
// task is reported without stopping the wait for the others.
func ExampleTasksService_WaitAll() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "-000000000002") {
			fmt.Fprint(w, `{"status":"FAILED","message":"Your request was invalid.","errors":[{"index":0,"message":"Name is required"}]}`)
			return
		}
		fmt.Fprint(w, `{"status":"SUCCEEDED","response":{}}`)
	}))
	defer srv.Close()
	client, err := benchling.NewClient(srv.URL, benchling.WithAPIKey("key"))
	if err != nil {
		log.Fatal(err)
	}

	tasks, err := client.Tasks.WaitAll(context.Background(),
		"f438d656-c2c3-40a4-b3fd-000000000001", "f438d656-c2c3-40a4-b3fd-000000000002")
	for _, t := range tasks {
		fmt.Println(t.ID, t.Status)
	}
	var taskErr *benchling.TaskError
	if errors.As(err, &taskErr) {
		fmt.Println("failed:", taskErr.TaskID, taskErr.Items[0].Message)
	}
	// Output:
	// f438d656-c2c3-40a4-b3fd-000000000001 SUCCEEDED
	// f438d656-c2c3-40a4-b3fd-000000000002 FAILED
	// failed: f438d656-c2c3-40a4-b3fd-000000000002 Name is required
}

// The tests below run the *Many methods against the fake tenant
// (package benchlingtest), which imports benchling and so can only be used
// from this external test package. bulk_test.go covers the same ground
// against a spec-checked loopback handler inside the package.

// bulkTenantItems returns n AA sequences to create, named seq-<i>, with
// the names at the given indexes replaced.
func bulkTenantItems(n int, names map[int]string) []*benchling.AaSequenceCreate {
	items := make([]*benchling.AaSequenceCreate, n)
	for i := range items {
		name := fmt.Sprintf("seq-%05d", i)
		if s, ok := names[i]; ok {
			name = s
		}
		items[i] = &benchling.AaSequenceCreate{EntityCreateBase: benchling.EntityCreateBase{Name: name, FolderID: benchling.Ptr("lib_mrZWMrft")}, AminoAcids: "MKTAYIAKQR"}
	}
	return items
}

func bulkTenantClient(t *testing.T, srv *benchlingtest.Server) *benchling.Client {
	t.Helper()
	c, err := srv.Client(benchling.WithTaskPolling(time.Millisecond, 20*time.Millisecond),
		benchling.WithRetryPolicy(benchling.RetryPolicy{MaxRetries: 5, MinBackoff: 10 * time.Millisecond, MaxBackoff: 2 * time.Second}))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func bulkTenantCtx(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func TestBulkTenantTenThousandRateLimited(t *testing.T) {
	srv := benchlingtest.NewServer(t)
	// Benchling's 60 requests / 30 s, scaled down: the run needs a few
	// windows.
	srv.SetRateLimit(20, time.Second)
	client := bulkTenantClient(t, srv)
	items := bulkTenantItems(10000, nil)

	last := 0
	res, err := client.AaSequences.CreateMany(bulkTenantCtx(t), items, &benchling.BulkOptions{
		Progress: func(p benchling.BulkProgress) {
			if p.Done <= last || p.Total != len(items) || p.Succeeded != p.Done {
				t.Errorf("Progress(%+v) after %d: want done increasing, all succeeded, total %d", p, last, len(items))
			}
			last = p.Done
		},
	})
	if err != nil {
		t.Fatalf("CreateMany: %v", err)
	}
	if last != len(items) {
		t.Errorf("last Progress done = %d, want %d", last, len(items))
	}
	ids := map[string]bool{}
	for i, r := range res {
		if r.Err != nil || r.Value == nil || r.Value.Name != items[i].Name || ids[r.Value.ID] {
			t.Fatalf("result %d = %+v, want a new sequence named %q", i, r, items[i].Name)
		}
		ids[r.Value.ID] = true
	}
	if got := srv.RequestCount("POST", "/aa-sequences:bulk-create"); got != 10 {
		t.Errorf("bulk-create POSTs = %d, want 10", got)
	}
	throttled := 0
	for _, r := range srv.Requests() {
		if r.Status == http.StatusTooManyRequests {
			throttled++
		}
	}
	if throttled != 0 {
		t.Errorf("%d requests drew 429, want 0: the client should pace itself", throttled)
	}
	// The tenant holds what the results say.
	sample := []int{0, 999, 1000, 5555, 9999}
	var sampleIDs []string
	for _, i := range sample {
		sampleIDs = append(sampleIDs, res[i].Value.ID)
	}
	got, _, err := client.AaSequences.BulkGet(bulkTenantCtx(t), sampleIDs, nil)
	if err != nil {
		t.Fatalf("BulkGet: %v", err)
	}
	byID := map[string]string{}
	for _, s := range got {
		byID[s.ID] = s.Name
	}
	for _, i := range sample {
		if byID[res[i].Value.ID] != items[i].Name {
			t.Errorf("tenant has %s named %q, want %q", res[i].Value.ID, byID[res[i].Value.ID], items[i].Name)
		}
	}
	t.Logf("%d requests, %d throttled", len(srv.Requests()), throttled)
}

// TestBulkTenantInvalidItems is the newcomer's import: 2,500 rows with one
// invalid row in each chunk of 1,000. Every valid row is created (each
// chunk is resubmitted once without its invalid row), and each invalid row
// carries its own error, at its input index.
func TestBulkTenantInvalidItems(t *testing.T) {
	srv := benchlingtest.NewServer(t)
	client := bulkTenantClient(t, srv)
	items := bulkTenantItems(2500, map[int]string{3: "", 1003: " ", 2499: ""})
	res, err := client.AaSequences.CreateMany(bulkTenantCtx(t), items, nil)
	var bulkErr *benchling.BulkError
	if !errors.As(err, &bulkErr) || bulkErr.Failed != 3 || bulkErr.Total != 2500 || bulkErr.Unknown != 0 {
		t.Fatalf("err = %v, want a *BulkError for 3 of 2500 items", err)
	}
	var bad []int
	for i, r := range res {
		var itemErr *benchling.BulkItemError
		if errors.As(r.Err, &itemErr) {
			bad = append(bad, itemErr.Index)
			if itemErr.Index != i || !strings.Contains(r.Err.Error(), fmt.Sprintf("item %d:", i)) || r.TaskID == "" {
				t.Errorf("result %d: %v (task %q); want its own input index and task", i, r.Err, r.TaskID)
			}
			continue
		}
		if r.Err != nil || r.Value.Name != items[i].Name || r.TaskID == "" {
			t.Fatalf("result %d = %+v; want the created sequence and its task", i, r)
		}
	}
	if fmt.Sprint(bad) != "[3 1003 2499]" {
		t.Errorf("items with their own error = %v, want [3 1003 2499]", bad)
	}
	if got := srv.RequestCount("POST", "/aa-sequences:bulk-create"); got != 6 {
		t.Errorf("bulk-create POSTs = %d, want 6: each chunk, then its valid items once more", got)
	}
	n := 0
	for _, err := range client.AaSequences.All(bulkTenantCtx(t), &benchling.AaSequenceListOptions{ListOptions: benchling.ListOptions{PageSize: 100}}) {
		if err != nil {
			t.Fatal(err)
		}
		n++
	}
	if n != 2497 {
		t.Errorf("the tenant holds %d sequences, want 2497: every valid row exactly once", n)
	}

	// With NoResubmit each chunk is sent once and fails whole.
	srv2 := benchlingtest.NewServer(t)
	_, err = bulkTenantClient(t, srv2).AaSequences.CreateMany(bulkTenantCtx(t), items, &benchling.BulkOptions{NoResubmit: true})
	if !errors.As(err, &bulkErr) || bulkErr.Failed != 2500 {
		t.Fatalf("NoResubmit: err = %v, want every item failed", err)
	}
	if got := srv2.RequestCount("POST", "/aa-sequences:bulk-create"); got != 3 {
		t.Errorf("NoResubmit: bulk-create POSTs = %d, want 3", got)
	}
}

func TestBulkTenantOnePostPerChunk(t *testing.T) {
	srv := benchlingtest.NewServer(t)
	client := bulkTenantClient(t, srv)
	srv.InjectFault("POST", "/aa-sequences:bulk-create", benchlingtest.Fault{Status: http.StatusServiceUnavailable, Times: 1})
	items := bulkTenantItems(30, nil)
	res, err := client.AaSequences.CreateMany(bulkTenantCtx(t), items, &benchling.BulkOptions{ChunkSize: 10, Concurrency: 1})
	if !errors.Is(err, benchling.ErrServer) {
		t.Fatalf("err = %v, want ErrServer", err)
	}
	srv.ClearFaults()
	srv.InjectFault("POST", "/aa-sequences:bulk-create", benchlingtest.Fault{DropConnection: true, Times: 1})
	res2, err2 := client.AaSequences.CreateMany(bulkTenantCtx(t), items, &benchling.BulkOptions{ChunkSize: 10, Concurrency: 1})
	if err2 == nil {
		t.Fatal("err = nil after a dropped connection")
	}
	if got := srv.RequestCount("POST", "/aa-sequences:bulk-create"); got != 6 {
		t.Errorf("bulk-create POSTs = %d, want 6: one per chunk, faults not re-sent", got)
	}
	for _, rs := range [][]benchling.BulkResult[*benchling.AaSequence]{res, res2} {
		for i, r := range rs {
			if (r.Err != nil) != (i < 10) {
				t.Errorf("result %d: err = %v; want errors only in the faulted first chunk", i, r.Err)
			}
		}
	}
}

func TestBulkTenantCancelled(t *testing.T) {
	srv := benchlingtest.NewServer(t, benchlingtest.WithTaskPolls(2))
	client := bulkTenantClient(t, srv)
	ctx, cancel := context.WithCancel(bulkTenantCtx(t))
	defer cancel()
	items := bulkTenantItems(50, nil)
	res, err := client.AaSequences.CreateMany(ctx, items, &benchling.BulkOptions{ChunkSize: 10, Concurrency: 1,
		Progress: func(p benchling.BulkProgress) {
			if p.Done == 20 {
				cancel()
			}
		}})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	for i, r := range res {
		if i < 20 && (r.Err != nil || r.Value.Name != items[i].Name) {
			t.Errorf("result %d = %+v, want the sequence", i, r)
		}
		if i >= 20 && !errors.Is(r.Err, context.Canceled) {
			t.Errorf("result %d: err = %v, want context.Canceled", i, r.Err)
		}
	}
	if got := srv.RequestCount("POST", "/aa-sequences:bulk-create"); got != 2 {
		t.Errorf("bulk-create POSTs = %d, want 2", got)
	}
}

func TestBulkTenantWaitAllMixed(t *testing.T) {
	srv := benchlingtest.NewServer(t, benchlingtest.WithTaskPolls(3))
	client := bulkTenantClient(t, srv)
	ctx := bulkTenantCtx(t)
	ok, _, err := client.AaSequences.BulkCreate(ctx, bulkTenantItems(3, nil))
	if err != nil {
		t.Fatal(err)
	}
	bad, _, err := client.AaSequences.BulkCreate(ctx, bulkTenantItems(3, map[int]string{1: ""}))
	if err != nil {
		t.Fatal(err)
	}
	const missing = "f438d656-c2c3-40a4-b3fd-d7e58db78242"
	tasks, err := client.Tasks.WaitAll(ctx, ok.TaskID, bad.TaskID, missing)
	if tasks[0] == nil || tasks[0].Status != benchling.TaskStatusSucceeded || tasks[1] == nil || tasks[1].Status != benchling.TaskStatusFailed || tasks[2] != nil {
		t.Fatalf("tasks = %+v, want SUCCEEDED, FAILED, nil", tasks)
	}
	var te *benchling.TaskError
	if !errors.As(err, &te) || te.TaskID != bad.TaskID || len(te.Items) != 1 || te.Items[0].Index != 1 {
		t.Errorf("err = %v, want the failed task's *TaskError naming item 1", err)
	}
	if !errors.Is(err, benchling.ErrNotFound) {
		t.Errorf("err = %v, want ErrNotFound for the missing task", err)
	}
	// WithTaskPolls(3): each live task answers RUNNING 3 times, then ends.
	for _, id := range []string{ok.TaskID, bad.TaskID} {
		if got := srv.RequestCount("GET", "/tasks/"+id); got != 4 {
			t.Errorf("task %s polled %d times, want 4", id, got)
		}
	}
	if got := srv.RequestCount("GET", "/tasks/"+missing); got != 1 {
		t.Errorf("missing task polled %d times, want 1", got)
	}
}
