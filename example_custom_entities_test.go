package benchling_test

import (
	"context"
	"fmt"
	"log"
	"net/http"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
)

// ExampleCustomEntitiesService_Upsert keeps a registry of cell lines in
// step with another system: each upsert names the entity by its registry
// ID, so running it twice creates the entity once and then updates it. A
// link to another registered entity names it by registry ID too.
func ExampleCustomEntitiesService_Upsert() {
	srv, err := benchlingtest.Start()
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	// Registry entities name a schema of the tenant; the API cannot create
	// schemas, so the test tenant adds one.
	cellLine, err := srv.Add("entity-schemas", &benchling.EntitySchema{Schema: benchling.Schema{Name: "Cell Line", Type: benchling.SchemaTypeCustomEntity}})
	if err != nil {
		log.Fatal(err)
	}
	client, err := srv.Client()
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	reg := srv.RegistryID()

	parent, _, err := client.CustomEntities.Upsert(ctx, "CL-HEK293", &benchling.CustomEntityUpsertRequest{
		EntityUpsertBase: benchling.EntityUpsertBase{
			Name:       "HEK293",
			RegistryID: reg,
			SchemaID:   cellLine[0],
		}})
	if err != nil {
		log.Fatal(err)
	}
	for _, passage := range []float64{12, 13} {
		clone, resp, err := client.CustomEntities.Upsert(ctx, "CL-HEK293-4", &benchling.CustomEntityUpsertRequest{
			EntityUpsertBase: benchling.EntityUpsertBase{
				Name:       "HEK293 clone 4",
				RegistryID: reg,
				SchemaID:   cellLine[0],
				Fields: benchling.Fields{
					"Passage": {Value: benchling.NumberValue(passage)},
					"Parent":  {Value: benchling.RegistryIDValue("CL-HEK293")},
				},
			},
		})
		if err != nil {
			log.Fatal(err)
		}
		p, _ := clone.Fields["Passage"].Value.AsFloat()
		link, _ := clone.Fields["Parent"].Value.AsString()
		fmt.Println(resp.StatusCode == http.StatusCreated, *clone.EntityRegistryID, p, link == parent.ID)
	}
	// Output:
	// true CL-HEK293-4 12 true
	// false CL-HEK293-4 13 true
}

// ExampleCustomEntitiesService_CreateMany creates more custom entities
// than one bulk request carries: CreateMany splits them into chunks (here
// of 2), waits for the tasks, and gives each item its result; the invalid
// item gets its own error and the others are written.
func ExampleCustomEntitiesService_CreateMany() {
	srv, err := benchlingtest.Start()
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	// Registry entities name a schema of the tenant; the API cannot create
	// schemas, so the test tenant adds one.
	strain, err := srv.Add("entity-schemas", &benchling.EntitySchema{Schema: benchling.Schema{Name: "Strain", Type: benchling.SchemaTypeCustomEntity}})
	if err != nil {
		log.Fatal(err)
	}
	client, err := srv.Client()
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	folder := srv.FolderID()

	var items []*benchling.CustomEntityBulkCreate
	for i := range 5 {
		items = append(items, &benchling.CustomEntityBulkCreate{EntityCreateBase: benchling.EntityCreateBase{Name: fmt.Sprintf("Strain %d", i+1), FolderID: &folder}, SchemaID: strain[0]})
	}
	items[2].SchemaID = "not-a-schema"
	res, err := client.CustomEntities.CreateMany(ctx, items, &benchling.BulkOptions{ChunkSize: 2})
	fmt.Println("error:", err != nil)
	for i, r := range res {
		if r.Err != nil {
			fmt.Println(i, "failed:", r.Err)
			continue
		}
		fmt.Println(i, r.Value.Name)
	}
	// Output:
	// error: true
	// 0 Strain 1
	// 1 Strain 2
	// 2 failed: benchling: item 2: schema not-a-schema not found
	// 3 Strain 4
	// 4 Strain 5
}

// ExampleCustomEntitiesService_List lists a schema's custom entities page
// by page, archives one, and lists the archived ones.
func ExampleCustomEntitiesService_List() {
	srv, err := benchlingtest.Start()
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	// Registry entities name a schema of the tenant; the API cannot create
	// schemas, so the test tenant adds one.
	antibody, err := srv.Add("entity-schemas", &benchling.EntitySchema{Schema: benchling.Schema{Name: "Antibody", Type: benchling.SchemaTypeCustomEntity}})
	if err != nil {
		log.Fatal(err)
	}
	client, err := srv.Client()
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	folder := srv.FolderID()
	for _, name := range []string{"Antibody A", "Antibody B", "Antibody C"} {
		if _, _, err := client.CustomEntities.Create(ctx, &benchling.CustomEntityCreate{EntityCreateBase: benchling.EntityCreateBase{Name: name, FolderID: &folder}, SchemaID: antibody[0]}); err != nil {
			log.Fatal(err)
		}
	}
	opts := &benchling.CustomEntityListOptions{ListOptions: benchling.ListOptions{PageSize: 2}, EntityListFilters: benchling.EntityListFilters{SchemaID: antibody[0], Sort: benchling.SortNameAsc}}
	for page, err := range client.CustomEntities.Pages(ctx, opts) {
		if err != nil {
			log.Fatal(err)
		}
		for _, e := range page.Items {
			fmt.Print(e.Name, "; ")
		}
		fmt.Println("more:", page.NextToken != "")
	}
	first, _, err := client.CustomEntities.List(ctx, opts)
	if err != nil {
		log.Fatal(err)
	}
	if _, _, err := client.CustomEntities.Archive(ctx, &benchling.CustomEntitiesArchive{
		CustomEntityIDs: []string{first[0].ID}, Reason: benchling.EntityArchiveReasonRetired}); err != nil {
		log.Fatal(err)
	}
	archived, _, err := client.CustomEntities.List(ctx, &benchling.CustomEntityListOptions{EntityListFilters: benchling.EntityListFilters{ArchiveReason: benchling.ArchiveFilterAnyArchived}})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(archived[0].Name, archived[0].ArchiveRecord.Reason)
	// Output:
	// Antibody A; Antibody B; more: true
	// Antibody C; more: false
	// Antibody A Retired
}
