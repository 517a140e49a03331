package benchling_test

import (
	"context"
	"errors"
	"fmt"
	"log"
	"time"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
)

// ExampleAssayResultsService_Create records plate reader results against
// their assay result schema, in either form of fields, and reads one back:
// fields come back by their system names, with their types.
func ExampleAssayResultsService_Create() {
	srv, err := benchlingtest.Start()
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	schemas := srv.SeedSchemas() // "Plate Reader Result": OD600 (a required float), Sample
	client, err := srv.Client()
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	sch := schemas["Plate Reader Result"]

	created, _, err := client.AssayResults.Create(ctx, []*benchling.AssayResultCreate{
		{SchemaID: sch, Fields: benchling.Fields{"OD600": {Value: benchling.NumberValue(0.412)}}},
		{SchemaID: sch, Fields: benchling.AssayFieldsCreate{"OD600": benchling.NumberValue(0.398)}},
	})
	if err != nil {
		log.Fatal(err)
	}
	r, _, err := client.AssayResults.Get(ctx, created.AssayResults[1])
	if err != nil {
		log.Fatal(err)
	}
	od, _ := r.Fields["od600"].Value.AsFloat()
	fmt.Println(len(created.AssayResults), "results;", r.Schema.Name, r.Fields["od600"].Type, od)

	// A result that does not fit its schema is Benchling's 400.
	_, _, err = client.AssayResults.Create(ctx, []*benchling.AssayResultCreate{
		{SchemaID: sch, Fields: benchling.AssayFieldsCreate{"OD600": benchling.StringValue("high")}},
	})
	fmt.Println(errors.Is(err, benchling.ErrBadRequest))
	// Output:
	// 2 results; Plate Reader Result float 0.398
	// true
}

// ExampleAssayResultsService_InTransaction saves the results of a whole
// instrument run all together or not at all: appends are invisible until
// the commit, and an error (or a panic) aborts the transaction.
func ExampleAssayResultsService_InTransaction() {
	srv, err := benchlingtest.Start()
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	sch := srv.SeedSchemas()["Plate Reader Result"]
	client, err := srv.Client()
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	plate := func(n int) []*benchling.AssayResultCreate {
		rows := make([]*benchling.AssayResultCreate, n)
		for i := range rows {
			rows[i] = &benchling.AssayResultCreate{SchemaID: sch, Fields: benchling.AssayFieldsCreate{"OD600": benchling.NumberValue(float64(i) / 100)}}
		}
		return rows
	}
	count := func() int {
		n := 0
		for _, err := range client.AssayResults.All(ctx, &benchling.AssayResultListOptions{SchemaID: sch}) {
			if err != nil {
				log.Fatal(err)
			}
			n++
		}
		return n
	}

	err = client.AssayResults.InTransaction(ctx, func(tx *benchling.ResultTransaction) error {
		for range 3 { // three plates, appended one by one
			if _, err := tx.Append(ctx, plate(96)); err != nil {
				return err
			}
		}
		fmt.Println("visible before the commit:", count())
		return nil
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("after the commit:", count())

	err = client.AssayResults.InTransaction(ctx, func(tx *benchling.ResultTransaction) error {
		if _, err := tx.Append(ctx, plate(96)); err != nil {
			return err
		}
		return errors.New("plate 2: the reader reported a lid error")
	})
	var te *benchling.ResultTransactionError
	fmt.Println(errors.As(err, &te) && te.Aborted, "- after the abort:", count())
	// Output:
	// visible before the commit: 0
	// after the commit: 288
	// true - after the abort: 288
}

// ExampleAssayResultsService_CreateMany creates any number of results in
// bulk tasks of at most 4000, with one result (an ID or an error) per
// input.
func ExampleAssayResultsService_CreateMany() {
	srv, err := benchlingtest.Start()
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	sch := srv.SeedSchemas()["Plate Reader Result"]
	client, err := srv.Client(benchling.WithTaskPolling(time.Millisecond, 10*time.Millisecond))
	if err != nil {
		log.Fatal(err)
	}
	items := make([]*benchling.AssayResultCreate, 5000)
	for i := range items {
		items[i] = &benchling.AssayResultCreate{SchemaID: sch, Fields: benchling.AssayFieldsCreate{"OD600": benchling.NumberValue(float64(i % 100))}}
	}
	items[4321] = &benchling.AssayResultCreate{SchemaID: sch, Fields: benchling.AssayFieldsCreate{"OD600": benchling.StringValue("n/a")}}

	res, err := client.AssayResults.CreateMany(context.Background(), items, nil)
	var be *benchling.BulkError
	if errors.As(err, &be) {
		fmt.Println(be.Failed, "of", be.Total, "failed")
	}
	var ie *benchling.BulkItemError
	if errors.As(res[4321].Err, &ie) {
		fmt.Println("item", ie.Index, "-", ie.Message)
	}
	fmt.Println(res[0].Value != "", res[4999].Value != "")
	// Output:
	// 1 of 5000 failed
	// item 4321 - field "OD600": expected a number
	// true true
}
