package benchlingtest_test

import (
	"testing"

	"github.com/benchling-go/benchling"
)

// TestE2EReturning sends the returning parameter of the single-item reads
// and writes that take it (AA and DNA sequences, containers, plates,
// entries, entry templates) to the fake tenant, which shapes every
// single-item answer by it as it shapes the other Gets': the fields asked
// for come back, the others stay zero, and a write still happens.
func TestE2EReturning(t *testing.T) {
	srv, c := e2eSetup(t, nil)
	ctx := e2eCtx(t)
	schemas := srv.SeedSchemas()
	idName := []string{"id", "name"}

	aa := srv.SeedAaSequences(1)[0]
	if full, _, err := c.AaSequences.Get(ctx, aa, nil); err != nil || full.AminoAcids == "" {
		t.Fatalf("AaSequences.Get: %v %+v", err, full)
	}
	if got, _, err := c.AaSequences.Get(ctx, aa, &benchling.AaSequenceGetOptions{Returning: idName}); err != nil ||
		got.ID != aa || got.Name == "" || got.AminoAcids != "" || !got.CreatedAt.IsZero() {
		t.Errorf("AaSequences.Get with returning: %v %+v", err, got)
	}

	dna := srv.SeedDnaSequences(1)[0]
	if full, _, err := c.DnaSequences.Get(ctx, dna, nil); err != nil || full.Bases == "" {
		t.Fatalf("DnaSequences.Get: %v %+v", err, full)
	}
	if got, _, err := c.DnaSequences.Get(ctx, dna, &benchling.DnaSequenceGetOptions{Returning: idName}); err != nil ||
		got.ID != dna || got.Name == "" || got.Bases != "" || !got.CreatedAt.IsZero() {
		t.Errorf("DnaSequences.Get with returning: %v %+v", err, got)
	}

	tube, _, err := c.Containers.Create(ctx, &benchling.ContainerCreate{SchemaID: schemas["Tube"], ContainerWriteBase: benchling.ContainerWriteBase{Name: benchling.Ptr("Stock")}})
	if err != nil || tube.WebURL == "" {
		t.Fatalf("Containers.Create: %v %+v", err, tube)
	}
	if got, _, err := c.Containers.Get(ctx, tube.ID, &benchling.ContainerGetOptions{Returning: []string{"id", "modifiedAt"}}); err != nil ||
		got.ID != tube.ID || !got.ModifiedAt.Equal(tube.ModifiedAt) || got.Name != "" || got.WebURL != "" {
		t.Errorf("Containers.Get with returning: %v %+v", err, got)
	}

	plate, _, err := c.Plates.Create(ctx, &benchling.PlateCreate{SchemaID: schemas["96-well Plate"], Name: benchling.Ptr("Assay 1")},
		&benchling.PlateCreateOptions{Returning: []string{"id", "webURL"}})
	if err != nil || plate.ID == "" || plate.WebURL == "" || plate.Name != "" || plate.Wells != nil {
		t.Fatalf("Plates.Create with returning: %v %+v", err, plate)
	}
	if got, _, err := c.Plates.Get(ctx, plate.ID, nil); err != nil || got.Name != "Assay 1" || len(got.Wells) != 96 {
		t.Fatalf("Plates.Get of the plate created with returning: %v %+v", err, got)
	}
	if got, _, err := c.Plates.Get(ctx, plate.ID, &benchling.PlateGetOptions{Returning: idName}); err != nil ||
		got.ID != plate.ID || got.Name != "Assay 1" || got.Wells != nil || got.WebURL != "" {
		t.Errorf("Plates.Get with returning: %v %+v", err, got)
	}
	if got, _, err := c.Plates.Update(ctx, plate.ID, &benchling.PlateUpdate{Name: benchling.Ptr("Assay 1b")},
		&benchling.PlateUpdateOptions{Returning: idName}); err != nil || got.Name != "Assay 1b" || got.Wells != nil {
		t.Errorf("Plates.Update with returning: %v %+v", err, got)
	}
	if got, _, err := c.Plates.Get(ctx, plate.ID, nil); err != nil || got.Name != "Assay 1b" {
		t.Errorf("Plates.Get after an update with returning: %v %+v", err, got)
	}

	entry := srv.SeedEntries(1)[0]
	if full, _, err := c.Entries.Get(ctx, entry, nil); err != nil || full.FolderID == "" || len(full.Days) == 0 {
		t.Fatalf("Entries.Get: %v %+v", err, full)
	}
	if got, _, err := c.Entries.Get(ctx, entry, &benchling.EntryGetOptions{Returning: idName}); err != nil ||
		got.ID != entry || got.Name == "" || got.FolderID != "" || got.Days != nil {
		t.Errorf("Entries.Get with returning: %v %+v", err, got)
	}
	if got, _, err := c.Entries.Update(ctx, entry, &benchling.EntryUpdate{Name: benchling.Ptr("Renamed entry")},
		&benchling.EntryUpdateOptions{Returning: idName}); err != nil || got.ID != entry || got.Name != "Renamed entry" || got.FolderID != "" {
		t.Errorf("Entries.Update with returning: %v %+v", err, got)
	}
	if got, _, err := c.Entries.Get(ctx, entry, nil); err != nil || got.Name != "Renamed entry" || got.FolderID == "" {
		t.Errorf("Entries.Get after an update with returning: %v %+v", err, got)
	}

	tmpl := srv.SeedEntryTemplates(1)[0]
	if full, _, err := c.Entries.GetTemplate(ctx, tmpl, nil); err != nil || full.WebURL == "" {
		t.Fatalf("Entries.GetTemplate: %v %+v", err, full)
	}
	if got, _, err := c.Entries.GetTemplate(ctx, tmpl, &benchling.EntryTemplateGetOptions{Returning: idName}); err != nil ||
		got.ID != tmpl || got.Name == "" || got.WebURL != "" {
		t.Errorf("Entries.GetTemplate with returning: %v %+v", err, got)
	}
	if got, _, err := c.Entries.UpdateTemplate(ctx, tmpl, &benchling.EntryTemplateUpdate{Name: benchling.Ptr("Renamed template")},
		&benchling.EntryTemplateUpdateOptions{Returning: idName}); err != nil || got.Name != "Renamed template" || got.WebURL != "" {
		t.Errorf("Entries.UpdateTemplate with returning: %v %+v", err, got)
	}
	if got, _, err := c.Entries.GetTemplate(ctx, tmpl, nil); err != nil || got.Name != "Renamed template" || got.WebURL == "" {
		t.Errorf("Entries.GetTemplate after an update with returning: %v %+v", err, got)
	}
}
