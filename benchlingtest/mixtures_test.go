package benchlingtest_test

import (
	"errors"
	"net/http"
	"strings"
	"testing"

	"github.com/benchling-go/benchling"
)

// TestE2EMixtures drives every method of MixturesService against the fake
// tenant: ingredients of existing entities with typed amounts and units,
// a prep inheriting from its recipe, the ingredient filters, archive and
// the bulk tasks.
func TestE2EMixtures(t *testing.T) {
	srv, c := e2eSetup(t, nil)
	e2eSchemas(t, srv, "ts_reagent:custom_entity", "ts_buffer:mixture")
	ctx, s := e2eCtx(t), c.Mixtures
	folder := srv.FolderID()
	ent := func(name string) string {
		e, _, err := c.CustomEntities.Create(ctx, &benchling.CustomEntityCreate{EntityCreateBase: benchling.EntityCreateBase{Name: name, FolderID: &folder}, SchemaID: "ts_reagent"})
		if err != nil {
			t.Fatal(err)
		}
		return e.ID
	}
	tris, nacl, water := ent("Tris base"), ent("NaCl"), ent("Water")
	ml := benchling.MixtureMeasurementUnitsML

	recipe, resp, err := s.Create(ctx, &benchling.MixtureCreate{EntityCreateBase: benchling.EntityCreateBase{
		Name:     "TBS recipe",
		FolderID: &folder,
	}, SchemaID: "ts_buffer",
		Amount: benchling.Ptr("1000"), Units: &ml, Ingredients: []benchling.IngredientWriteParams{
			benchling.IngredientOf(tris, "6.05", benchling.IngredientMeasurementUnitsG),
			benchling.IngredientOf(nacl, "8.76", benchling.IngredientMeasurementUnitsG),
			benchling.IngredientOf(water, benchling.IngredientAmountQS, benchling.IngredientMeasurementUnitsML),
		}})
	if err != nil || resp.StatusCode != http.StatusCreated || !strings.HasPrefix(recipe.ID, "mxt_") || len(recipe.Ingredients) != 3 {
		t.Fatalf("Create: %v %+v", err, recipe)
	}
	in := recipe.Ingredients[0]
	if *in.Amount != "6.05" || *in.Units != benchling.IngredientMeasurementUnitsG || in.ComponentEntity.ID != tris ||
		in.ComponentEntity.Name != "Tris base" || in.HasParent || in.TargetAmount != nil || *recipe.Units != ml || recipe.Amount != "1000" {
		t.Errorf("ingredient: %+v", in)
	}
	for name, body := range map[string]*benchling.MixtureCreate{
		"unknown entity": {EntityCreateBase: benchling.EntityCreateBase{
			Name:     "x",
			FolderID: &folder,
		}, SchemaID: "ts_buffer", Units: &ml,
			Ingredients: []benchling.IngredientWriteParams{benchling.IngredientOf("bfi_nope", "1", benchling.IngredientMeasurementUnitsG)}},
		"amount": {EntityCreateBase: benchling.EntityCreateBase{
			Name:     "x",
			FolderID: &folder,
		}, SchemaID: "ts_buffer", Units: &ml,
			Ingredients: []benchling.IngredientWriteParams{benchling.IngredientOf(tris, "-1", benchling.IngredientMeasurementUnitsG)}},
		"units": {EntityCreateBase: benchling.EntityCreateBase{
			Name:     "x",
			FolderID: &folder,
		}, SchemaID: "ts_buffer", Units: &ml,
			Ingredients: []benchling.IngredientWriteParams{benchling.IngredientOf(tris, "1", "pints")}},
		"two QS": {EntityCreateBase: benchling.EntityCreateBase{
			Name:     "x",
			FolderID: &folder,
		}, SchemaID: "ts_buffer", Units: &ml, Ingredients: []benchling.IngredientWriteParams{
			benchling.IngredientOf(tris, "QS", benchling.IngredientMeasurementUnitsG), benchling.IngredientOf(nacl, "QS", benchling.IngredientMeasurementUnitsG)}},
		"twice": {EntityCreateBase: benchling.EntityCreateBase{
			Name:     "x",
			FolderID: &folder,
		}, SchemaID: "ts_buffer", Units: &ml, Ingredients: []benchling.IngredientWriteParams{
			benchling.IngredientOf(tris, "1", benchling.IngredientMeasurementUnitsG), benchling.IngredientOf(tris, "2", benchling.IngredientMeasurementUnitsG)}},
		"mixture amount": {EntityCreateBase: benchling.EntityCreateBase{Name: "x", FolderID: &folder}, SchemaID: "ts_buffer", Units: &ml, Amount: benchling.Ptr("a lot")},
		"no schema":      {EntityCreateBase: benchling.EntityCreateBase{Name: "x", FolderID: &folder}, Units: &ml},
	} {
		if _, _, err := s.Create(ctx, body); !errors.Is(err, benchling.ErrBadRequest) {
			t.Errorf("Create (%s): %v, want a 400", name, err)
		}
	}

	// A prep of the recipe: half the volume; the recipe's ingredients are
	// inherited, with target amounts scaled.
	prep, _, err := s.Create(ctx, &benchling.MixtureCreate{EntityCreateBase: benchling.EntityCreateBase{
		Name:     "TBS prep 1",
		FolderID: &folder,
		Fields:   benchling.Fields{"Recipe": {Value: benchling.StringValue(recipe.ID)}},
	}, SchemaID: "ts_buffer",
		Amount: benchling.Ptr("500"), Units: &ml,
		Ingredients: []benchling.IngredientWriteParams{benchling.IngredientOf(tris, "3.1", benchling.IngredientMeasurementUnitsG)}})
	if err != nil || len(prep.Ingredients) != 1 || !prep.Ingredients[0].HasParent || prep.Ingredients[0].TargetAmount == nil || *prep.Ingredients[0].TargetAmount != "3.025" {
		t.Fatalf("Create a prep: %v %+v", err, prep)
	}
	if _, _, err := s.Update(ctx, prep.ID, &benchling.MixtureUpdate{EntityUpdateBase: benchling.EntityUpdateBase{Fields: benchling.Fields{"Recipe": {Value: benchling.StringValue(recipe.ID)}}}}); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("Update setting the parent without ingredients: %v", err)
	}
	got, _, err := s.Get(ctx, prep.ID)
	if err != nil || got.Name != "TBS prep 1" {
		t.Fatalf("Get: %v %+v", err, got)
	}
	_, _, err = s.Get(ctx, "mxt_missing")
	e2eWantNotFound(t, err, "mxt_missing")
	up, _, err := s.Update(ctx, prep.ID, &benchling.MixtureUpdate{Amount: benchling.Ptr("250"), Ingredients: []benchling.IngredientWriteParams{
		benchling.IngredientOf(tris, "1.5", benchling.IngredientMeasurementUnitsG), benchling.IngredientOf(water, "QS", benchling.IngredientMeasurementUnitsML)}})
	if err != nil || len(up.Ingredients) != 2 || *up.Ingredients[0].TargetAmount != "1.5125" || up.Amount != "250" {
		t.Fatalf("Update: %v %+v", err, up)
	}

	// Ingredient filters.
	if l, _, err := s.List(ctx, &benchling.MixtureListOptions{IngredientComponentEntityIDs: []string{tris, nacl}}); err != nil || len(l) != 1 || l[0].ID != recipe.ID {
		t.Errorf("List with all of the ingredients: %v %+v", err, l)
	}
	if l, _, err := s.List(ctx, &benchling.MixtureListOptions{IngredientComponentEntityIDsAnyOf: []string{nacl, water}}); err != nil || len(l) != 2 {
		t.Errorf("List with any of the ingredients: %v %d", err, len(l))
	}
	if n := len(e2eCollect(t, s.All(ctx, nil))); n != 2 {
		t.Errorf("All: %d, want 2", n)
	}
	if n := len(e2eCollect(t, s.Pages(ctx, &benchling.MixtureListOptions{ListOptions: benchling.ListOptions{PageSize: 1}}))); n != 2 {
		t.Errorf("Pages: %d, want 2", n)
	}
	if a, _, err := s.Archive(ctx, &benchling.MixturesArchive{MixtureIDs: []string{prep.ID}, Reason: benchling.EntityArchiveReasonExpended}); err != nil || a.MixtureIDs[0] != prep.ID {
		t.Fatalf("Archive: %v %+v", err, a)
	}
	if a, _, err := s.Unarchive(ctx, []string{prep.ID}); err != nil || len(a.MixtureIDs) != 1 {
		t.Fatalf("Unarchive: %v %+v", err, a)
	}

	// Bulk tasks and their *Many forms.
	bc, _, err := s.BulkCreate(ctx, []*benchling.MixtureCreate{{EntityCreateBase: benchling.EntityCreateBase{
		Name:     "Saline",
		FolderID: &folder,
	}, SchemaID: "ts_buffer", Units: &ml,
		Ingredients: []benchling.IngredientWriteParams{benchling.IngredientOf(nacl, "9", benchling.IngredientMeasurementUnitsG)}}})
	if err != nil {
		t.Fatal(err)
	}
	made, err := bc.Wait(ctx)
	if err != nil || len(made.Mixtures) != 1 || made.Mixtures[0].Ingredients[0].ComponentEntity.ID != nacl {
		t.Fatalf("BulkCreate: %v %+v", err, made)
	}
	bu, _, err := s.BulkUpdate(ctx, []*benchling.MixtureBulkUpdate{{ID: made.Mixtures[0].ID, EntityUpdateBase: benchling.EntityUpdateBase{Name: benchling.Ptr("Saline 0.9%")}}})
	if err != nil {
		t.Fatal(err)
	}
	if r, err := bu.Wait(ctx); err != nil || r.Mixtures[0].Name != "Saline 0.9%" {
		t.Fatalf("BulkUpdate: %v %+v", err, r)
	}
	res, err := s.CreateMany(ctx, []*benchling.MixtureCreate{{EntityCreateBase: benchling.EntityCreateBase{Name: "Empty", FolderID: &folder}, SchemaID: "ts_buffer"}}, nil)
	if err != nil || res[0].Value.Units != nil || len(res[0].Value.Ingredients) != 0 {
		t.Fatalf("CreateMany (no units, no ingredients): %v %+v", err, res)
	}
	ures, err := s.UpdateMany(ctx, []*benchling.MixtureBulkUpdate{{ID: res[0].Value.ID, Units: benchling.MixtureMeasurementUnitsL, Amount: benchling.Ptr("1")}}, nil)
	if err != nil || *ures[0].Value.Units != benchling.MixtureMeasurementUnitsL {
		t.Fatalf("UpdateMany: %v %+v", err, ures)
	}
}
