package benchling_test

import (
	"context"
	"fmt"
	"log"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
)

// ExampleFeatureLibrariesService_CreateManyFeatures fills a new feature
// library with features in bulk, then lists the library's protein ones.
func ExampleFeatureLibrariesService_CreateManyFeatures() {
	srv, err := benchlingtest.Start()
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	client, err := srv.Client()
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()

	lib, _, err := client.FeatureLibraries.Create(ctx, &benchling.FeatureLibraryCreate{Name: "Tags", Description: "Purification tags"})
	if err != nil {
		log.Fatal(err)
	}
	tag := func(name, pattern string, mt benchling.FeatureMatchType) *benchling.FeatureBulkCreate {
		return &benchling.FeatureBulkCreate{Name: name, FeatureLibraryID: lib.ID, FeatureType: "tag", MatchType: mt, Pattern: pattern}
	}
	results, err := client.FeatureLibraries.CreateManyFeatures(ctx, []*benchling.FeatureBulkCreate{
		tag("His6", "HHHHHH", benchling.FeatureMatchTypeProtein),
		tag("FLAG", "DYKDDDDK", benchling.FeatureMatchTypeProtein),
		tag("His6 (DNA)", "CATCACCATCACCATCAC", benchling.FeatureMatchTypeNucleotide),
	}, nil)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(len(results), "features created")

	opts := &benchling.FeatureListOptions{FeatureLibraryID: lib.ID, MatchType: benchling.FeatureMatchTypeProtein}
	for f, err := range client.FeatureLibraries.AllFeatures(ctx, opts) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(f.Name, f.Pattern)
	}
	// Output:
	// 3 features created
	// His6 HHHHHH
	// FLAG DYKDDDDK
}
