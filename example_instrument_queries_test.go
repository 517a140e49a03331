package benchling_test

import (
	"context"
	"fmt"
	"log"

	"github.com/benchling-go/benchling"
)

// ExampleInstrumentQueriesService_Get reads an instrument query and the
// values the instrument returned (the fake tenant holds one a test
// added).
func ExampleInstrumentQueriesService_Get() {
	srv, client := exampleTenant()
	defer srv.Close()
	ids, err := srv.Add("instrument-queries", benchling.InstrumentQuery{Command: "read_plate", ConnectionID: "cxn_1",
		Status: "SUCCEEDED", Values: map[string]any{"od600": 0.42}})
	if err != nil {
		log.Fatal(err)
	}

	q, _, err := client.InstrumentQueries.Get(context.Background(), ids[0])
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(q.Command, q.Status, q.Values["od600"])
	// Output:
	// read_plate SUCCEEDED 0.42
}
