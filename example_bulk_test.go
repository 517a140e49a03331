package benchling_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"

	"github.com/benchling-go/benchling"
)

// exampleBulkServer is a loopback stand-in for Benchling's
// aa-sequences:bulk-create and tasks endpoints. A task fails, naming the
// item, when an item's name starts with "bad".
func exampleBulkServer() *httptest.Server {
	var mu sync.Mutex
	tasks := map[string]any{}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /api/v2/aa-sequences:bulk-create", func(w http.ResponseWriter, r *http.Request) {
		var body struct {
			AaSequences []map[string]any `json:"aaSequences"`
		}
		if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		mu.Lock()
		defer mu.Unlock()
		id := fmt.Sprintf("f438d656-c2c3-40a4-b3fd-%012d", len(tasks)+1)
		var created, errs []map[string]any
		for i, seq := range body.AaSequences {
			name := seq["name"].(string)
			if strings.HasPrefix(name, "bad") {
				errs = append(errs, map[string]any{"index": i, "message": "Invalid amino acids"})
			}
			created = append(created, map[string]any{"id": fmt.Sprintf("prtn_%d%d", len(tasks)+1, i), "name": name})
		}
		if errs != nil {
			tasks[id] = map[string]any{"status": "FAILED", "message": "Your request was invalid.", "errors": errs}
		} else {
			tasks[id] = map[string]any{"status": "SUCCEEDED", "response": map[string]any{"aaSequences": created}}
		}
		w.WriteHeader(http.StatusAccepted)
		_ = json.NewEncoder(w).Encode(map[string]string{"taskId": id})
	})
	mux.HandleFunc("GET /api/v2/tasks/{id}", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		_ = json.NewEncoder(w).Encode(tasks[r.PathValue("id")])
	})
	return httptest.NewServer(mux)
}

// ExampleAaSequencesService_CreateMany creates five sequences in chunks of
// two. One item is invalid: its chunk fails, the others are created, and
// every input gets its own result.
func ExampleAaSequencesService_CreateMany() {
	srv := exampleBulkServer()
	defer srv.Close()
	client, err := benchling.NewClient(srv.URL, benchling.WithAPIKey("key"))
	if err != nil {
		log.Fatal(err)
	}

	var items []*benchling.AaSequenceCreate
	for _, name := range []string{"alpha", "beta", "bad-gamma", "delta", "epsilon"} {
		items = append(items, &benchling.AaSequenceCreate{Name: name, AminoAcids: "MKTAYIAKQR",
			FolderID: benchling.Ptr("lib_mrZWMrft")})
	}
	results, err := client.AaSequences.CreateMany(context.Background(), items, &benchling.BulkOptions{
		ChunkSize:   2,
		Concurrency: 1,
		Progress:    func(done, total int) { fmt.Printf("progress: %d/%d\n", done, total) },
	})
	for i, r := range results {
		var itemErr *benchling.BulkItemError
		switch {
		case errors.As(r.Err, &itemErr):
			fmt.Printf("%s: invalid: %s\n", items[i].Name, itemErr.Message)
		case r.Err != nil:
			fmt.Printf("%s: not created, its chunk failed\n", items[i].Name)
		default:
			fmt.Printf("%s: created %s\n", items[i].Name, r.Value.ID)
		}
	}
	var bulkErr *benchling.BulkError
	if errors.As(err, &bulkErr) {
		fmt.Printf("%d of %d failed\n", bulkErr.Failed, bulkErr.Total)
	}
	// Output:
	// progress: 2/5
	// progress: 4/5
	// progress: 5/5
	// alpha: created prtn_10
	// beta: created prtn_11
	// bad-gamma: invalid: Invalid amino acids
	// delta: not created, its chunk failed
	// epsilon: created prtn_30
	// 2 of 5 failed
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
