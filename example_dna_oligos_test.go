package benchling_test

import (
	"context"
	"fmt"
	"log"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
)

// ExampleDnaOligosService_Upsert keeps a registered primer in step with
// a source of truth: the first upsert creates it (201), the second
// updates it (200).
func ExampleDnaOligosService_Upsert() {
	srv, err := benchlingtest.Start()
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	// Registry entities name a schema of the tenant; the API cannot create
	// schemas, so the test tenant adds one.
	primer, err := srv.Add("entity-schemas", &benchling.EntitySchema{Schema: benchling.Schema{Name: "Primer", Type: benchling.SchemaTypeDnaOligo}})
	if err != nil {
		log.Fatal(err)
	}
	client, err := srv.Client()
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()

	for _, name := range []string{"M13 fwd", "M13 forward (-20)"} {
		o, resp, err := client.DnaOligos.Upsert(ctx, "PRIMER-0001", &benchling.OligoUpsertRequest{
			EntityUpsertBase: benchling.EntityUpsertBase{
				Name:       name,
				RegistryID: srv.RegistryID(),
				SchemaID:   primer[0],
			}, Bases: benchling.Ptr("GTAAAACGACGGCCAGT"),
		})
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(resp.StatusCode, *o.EntityRegistryID, o.Name, o.NucleotideType, o.Length)
	}
	// Output:
	// 201 PRIMER-0001 M13 fwd DNA 17
	// 200 PRIMER-0001 M13 forward (-20) DNA 17
}

// ExampleDnaOligosService_UpsertMany upserts a primer set by registry ID
// in bulk tasks, all or nothing per task.
func ExampleDnaOligosService_UpsertMany() {
	srv, err := benchlingtest.Start()
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	// Registry entities name a schema of the tenant; the API cannot create
	// schemas, so the test tenant adds one.
	primer, err := srv.Add("entity-schemas", &benchling.EntitySchema{Schema: benchling.Schema{Name: "Primer", Type: benchling.SchemaTypeDnaOligo}})
	if err != nil {
		log.Fatal(err)
	}
	client, err := srv.Client()
	if err != nil {
		log.Fatal(err)
	}

	primers := map[string]string{"T7-fwd": "TAATACGACTCACTATAGGG", "T7-term": "GCTAGTTATTGCTCAGCGG", "SP6": "ATTTAGGTGACACTATAG"}
	var items []*benchling.OligoBulkUpsertRequest
	for _, id := range []string{"T7-fwd", "T7-term", "SP6"} {
		items = append(items, &benchling.OligoBulkUpsertRequest{EntityRegistryID: id, EntityUpsertBase: benchling.EntityUpsertBase{
			Name:       id + " primer",
			RegistryID: srv.RegistryID(),
			SchemaID:   primer[0],
		}, Bases: benchling.Ptr(primers[id]),
		})
	}
	results, err := client.DnaOligos.UpsertMany(context.Background(), items, nil, nil)
	if err != nil {
		log.Fatal(err)
	}
	for _, r := range results {
		fmt.Println(*r.Value.EntityRegistryID, r.Value.Length)
	}
	// Output:
	// T7-fwd 20
	// T7-term 19
	// SP6 18
}
