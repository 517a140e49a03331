package benchling_test

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"time"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
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

// ExampleNewAsyncTaskLink resumes waiting for a task by its ID: the first
// wait ends with its context (here at once), which leaves the outcome
// unknown, so the items must not be submitted again. Later (in this
// process or another that saved the ID) the task's typed result is read
// with a handle built from the ID.
func ExampleNewAsyncTaskLink() {
	srv, err := benchlingtest.Start(benchlingtest.WithTaskPolls(2))
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	client, err := srv.Client(benchling.WithTaskPolling(time.Millisecond, 10*time.Millisecond))
	if err != nil {
		log.Fatal(err)
	}
	link, _, err := client.AaSequences.BulkCreate(context.Background(), []*benchling.AaSequenceCreate{
		{EntityCreateBase: benchling.EntityCreateBase{Name: "alpha", FolderID: benchling.Ptr("lib_mrZWMrft")}, AminoAcids: "MKTAYIAKQR"},
	})
	if err != nil {
		log.Fatal(err)
	}

	ctx, cancel := context.WithTimeout(context.Background(), 0) // a deadline that has passed
	defer cancel()
	_, err = link.Wait(ctx)
	var waitErr *benchling.TaskWaitError
	if errors.As(err, &waitErr) && errors.Is(err, benchling.ErrOutcomeUnknown) {
		fmt.Println("outcome unknown; saved the task ID")
	}
	savedID := waitErr.TaskID

	resumed := benchling.NewAsyncTaskLink[benchling.AaSequencesBulkCreateResult](client, savedID)
	res, err := resumed.Wait(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	for _, seq := range res.AaSequences {
		fmt.Println("created:", seq.Name)
	}
	// Output:
	// outcome unknown; saved the task ID
	// created: alpha
}
