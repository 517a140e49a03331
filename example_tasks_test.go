package benchling_test

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net/http"
	"net/http/httptest"
	"sync/atomic"

	"github.com/benchling-go/benchling"
)

// ExampleTasksService_Wait polls a task until it ends. The task here runs
// for one poll and then fails with a per-item error.
func ExampleTasksService_Wait() {
	var polls atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		if polls.Add(1) == 1 {
			fmt.Fprint(w, `{"status":"RUNNING"}`)
			return
		}
		fmt.Fprint(w, `{"status":"FAILED","message":"Your request was invalid.",
			"errors":{"index":0,"message":"Invalid field value"}}`)
	}))
	defer srv.Close()

	client, err := benchling.NewClient(srv.URL, benchling.WithAPIKey("key"))
	if err != nil {
		log.Fatal(err)
	}
	task, _, err := client.Tasks.Wait(context.Background(), "f438d656-c2c3-40a4-b3fd-d7e58db78242")
	var taskErr *benchling.TaskError
	switch {
	case errors.As(err, &taskErr):
		fmt.Println("failed:", taskErr.Message)
		for _, it := range taskErr.Items {
			fmt.Printf("item %d: %s\n", it.Index, it.Message)
		}
	case err != nil:
		log.Fatal(err)
	default:
		fmt.Println("succeeded:", task.Status)
	}
	// Output:
	// failed: Your request was invalid.
	// item 0: Invalid field value
}

// ExampleTasksService_Get reads a task's state once.
func ExampleTasksService_Get() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"status":"SUCCEEDED","response":{}}`)
	}))
	defer srv.Close()

	client, err := benchling.NewClient(srv.URL, benchling.WithAPIKey("key"))
	if err != nil {
		log.Fatal(err)
	}
	task, _, err := client.Tasks.Get(context.Background(), "f438d656-c2c3-40a4-b3fd-d7e58db78242")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(task.ID, task.Status)
	// Output:
	// f438d656-c2c3-40a4-b3fd-d7e58db78242 SUCCEEDED
}
