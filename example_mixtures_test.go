package benchling_test

import (
	"context"
	"fmt"
	"log"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
)

// ExampleMixturesService_Create makes a buffer recipe of three
// ingredients, with amounts in their units (decimal strings, kept
// exactly), and a half-size prep of it: the prep inherits the recipe's
// ingredients, with their target amounts scaled.
func ExampleMixturesService_Create() {
	srv, err := benchlingtest.Start()
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	// Registry entities name a schema of the tenant; the API cannot create
	// schemas, so the test tenant adds them.
	schemas, err := srv.Add("entity-schemas",
		&benchling.EntitySchema{Schema: benchling.Schema{Name: "Reagent", Type: benchling.SchemaTypeCustomEntity}},
		&benchling.EntitySchema{Schema: benchling.Schema{Name: "Buffer", Type: benchling.SchemaTypeMixture}})
	if err != nil {
		log.Fatal(err)
	}
	reagentSchema, buffer := schemas[0], schemas[1]
	client, err := srv.Client()
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	folder := srv.FolderID()
	reagent := func(name string) string {
		e, _, err := client.CustomEntities.Create(ctx, &benchling.CustomEntityCreate{EntityCreateBase: benchling.EntityCreateBase{Name: name, FolderID: &folder}, SchemaID: reagentSchema})
		if err != nil {
			log.Fatal(err)
		}
		return e.ID
	}
	tris, nacl, water := reagent("Tris base"), reagent("NaCl"), reagent("Water")
	ml := benchling.MixtureMeasurementUnitsML

	recipe, _, err := client.Mixtures.Create(ctx, &benchling.MixtureCreate{
		EntityCreateBase: benchling.EntityCreateBase{
			Name:     "TBS recipe",
			FolderID: &folder,
		}, SchemaID: buffer, Amount: benchling.Ptr("1000"), Units: &ml,
		Ingredients: []benchling.IngredientWriteParams{
			benchling.IngredientOf(tris, "6.05", benchling.IngredientMeasurementUnitsG),
			benchling.IngredientOf(nacl, "8.76", benchling.IngredientMeasurementUnitsG),
			benchling.IngredientOf(water, benchling.IngredientAmountQS, benchling.IngredientMeasurementUnitsML),
		}})
	if err != nil {
		log.Fatal(err)
	}
	prep, _, err := client.Mixtures.Create(ctx, &benchling.MixtureCreate{
		EntityCreateBase: benchling.EntityCreateBase{
			Name:     "TBS prep 1",
			FolderID: &folder,
			Fields:   benchling.Fields{"Recipe": {Value: benchling.StringValue(recipe.ID)}},
		}, SchemaID: buffer, Amount: benchling.Ptr("500"), Units: &ml,

		Ingredients: []benchling.IngredientWriteParams{
			benchling.IngredientOf(tris, "3.1", benchling.IngredientMeasurementUnitsG),
			benchling.IngredientOf(nacl, "4.38", benchling.IngredientMeasurementUnitsG),
		}})
	if err != nil {
		log.Fatal(err)
	}
	for _, in := range prep.Ingredients {
		fmt.Printf("%s: %s %s (target %s, inherited %v)\n", in.ComponentEntity.Name, *in.Amount, *in.Units, *in.TargetAmount, in.HasParent)
	}
	// Output:
	// Tris base: 3.1 g (target 3.025, inherited true)
	// NaCl: 4.38 g (target 4.38, inherited true)
}
