package benchling_test

import (
	"context"
	"fmt"
	"log"
	"strings"

	"github.com/benchling-go/benchling"
)

// ExampleDatasetsService_All lists datasets by name, after renaming one.
func ExampleDatasetsService_All() {
	srv, client := exampleTenant()
	defer srv.Close()
	ctx := context.Background()
	folder := srv.FolderID()

	df, err := client.DataFrames.Upload(ctx, "reads", "reads.csv", strings.NewReader("Well,OD600\nA1,0.42\n"), -1)
	if err != nil {
		log.Fatal(err)
	}
	for _, name := range []string{"Plate 2", "Plate 1"} {
		if _, _, err := client.Datasets.Create(ctx, &benchling.DatasetCreate{Name: &name, DataFrameID: &df.ID, FolderID: &folder}); err != nil {
			log.Fatal(err)
		}
	}
	first, _, err := client.Datasets.List(ctx, &benchling.DatasetListOptions{DocumentListFilters: benchling.DocumentListFilters{Name: "Plate 1"}})
	if err != nil {
		log.Fatal(err)
	}
	if _, _, err := client.Datasets.Update(ctx, first[0].ID, &benchling.DatasetUpdate{Name: benchling.Ptr("Plate 1 (final)")}); err != nil {
		log.Fatal(err)
	}
	for ds, err := range client.Datasets.All(ctx, &benchling.DatasetListOptions{DocumentListFilters: benchling.DocumentListFilters{Sort: benchling.SortNameAsc}}) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(ds.Name)
	}
	// Output:
	// Plate 1 (final)
	// Plate 2
}
