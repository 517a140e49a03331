package benchlingtest_test

import (
	"errors"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/benchling-go/benchling"
)

// TestE2ECustomEntities drives every method of CustomEntitiesService
// against the fake tenant: created entities come back from Get, List's
// filters hold, registration and upserts by registry ID, archive, and the
// bulk tasks with their typed results and per-item errors.
func TestE2ECustomEntities(t *testing.T) {
	srv, c := e2eSetup(t, nil)
	e2eSchemas(t, srv, "ts_cellline:custom_entity", "ts_strain:custom_entity", "ts_prep:custom_entity", "ts_x:custom_entity", "ts_many:custom_entity")
	ctx, s := e2eCtx(t), c.CustomEntities
	folder, reg := srv.FolderID(), srv.RegistryID()

	cl, resp, err := s.Create(ctx, &benchling.CustomEntityCreate{EntityCreateBase: benchling.EntityCreateBase{
		Name:         "HEK293 clone 4",
		FolderID:     &folder,
		Aliases:      []string{"C4"},
		Fields:       benchling.Fields{"Passage": {Value: benchling.NumberValue(12)}},
		CustomFields: benchling.CustomFields{"Source": {Value: "ATCC"}},
	}, SchemaID: "ts_cellline",
	})
	if err != nil || resp.StatusCode != http.StatusCreated || !strings.HasPrefix(cl.ID, "bfi_") || cl.EntityRegistryID != nil ||
		cl.Schema.ID != "ts_cellline" || cl.Fields["Passage"].Type != benchling.FieldTypeInteger || cl.CustomFields["Source"].Value != "ATCC" {
		t.Fatalf("Create: %v %+v", err, cl)
	}
	got, _, err := s.Get(ctx, cl.ID, nil)
	if err != nil || got.Name != "HEK293 clone 4" || got.WebURL == "" || got.URL == "" {
		t.Fatalf("Get: %v %+v", err, got)
	}
	if got, _, err := s.Get(ctx, cl.ID, &benchling.CustomEntityGetOptions{Returning: []string{"id", "name"}}); err != nil || got.ID != cl.ID || got.FolderID != nil {
		t.Errorf("Get with returning: %v %+v", err, got)
	}
	_, _, err = s.Get(ctx, "bfi_missing", nil)
	e2eWantNotFound(t, err, "bfi_missing")

	// Created in the registry: the naming strategy draws a registry ID.
	strain, _, err := s.Create(ctx, &benchling.CustomEntityCreate{EntityCreateBase: benchling.EntityCreateBase{
		Name:           "E. coli BL21",
		RegistryID:     &reg,
		NamingStrategy: benchling.NamingStrategyNewIDs,
	}, SchemaID: "ts_strain",
	})
	if err != nil || strain.EntityRegistryID == nil || *strain.RegistryID != reg || strain.RegistrationOrigin == nil {
		t.Fatalf("Create in the registry: %v %+v", err, strain)
	}
	if _, _, err := s.Create(ctx, &benchling.CustomEntityCreate{EntityCreateBase: benchling.EntityCreateBase{
		Name:             "Taken",
		RegistryID:       &reg,
		EntityRegistryID: strain.EntityRegistryID,
	}, SchemaID: "ts_strain",
	}); !errors.Is(err, benchling.ErrBadRequest) || !strings.Contains(err.Error(), "already taken") {
		t.Errorf("Create with a taken registry ID: %v", err)
	}
	up, _, err := s.Update(ctx, cl.ID, &benchling.CustomEntityUpdate{EntityUpdateBase: benchling.EntityUpdateBase{
		Name:   benchling.Ptr("HEK293 clone 4b"),
		Fields: benchling.Fields{"Passage": {Value: benchling.NumberValue(13)}},
	},
	})
	if err != nil || up.Name != "HEK293 clone 4b" || !up.ModifiedAt.After(cl.ModifiedAt) {
		t.Fatalf("Update: %v %+v", err, up)
	}
	if f, _ := up.Fields["Passage"].Value.AsFloat(); f != 13 {
		t.Errorf("Update fields: %+v", up.Fields)
	}

	// Upsert creates (201), then updates (200) the same entity, and links
	// by registry ID resolve.
	u1, resp, err := s.Upsert(ctx, "CE900", &benchling.CustomEntityUpsertRequest{EntityUpsertBase: benchling.EntityUpsertBase{
		Name:       "Plasmid prep A",
		RegistryID: reg,
		SchemaID:   "ts_prep",
		Fields:     benchling.Fields{"Strain": {Value: benchling.RegistryIDValue(*strain.EntityRegistryID)}},
	},
	})
	if err != nil || resp.StatusCode != http.StatusCreated || *u1.EntityRegistryID != "CE900" {
		t.Fatalf("Upsert (create): %v %+v", err, u1)
	}
	if id, _ := u1.Fields["Strain"].Value.AsString(); id != strain.ID {
		t.Errorf("Upsert: the registry-ID link resolved to %q, want %s", id, strain.ID)
	}
	u2, resp, err := s.Upsert(ctx, "CE900", &benchling.CustomEntityUpsertRequest{EntityUpsertBase: benchling.EntityUpsertBase{Name: "Plasmid prep A2", RegistryID: reg, SchemaID: "ts_prep"}})
	if err != nil || resp.StatusCode != http.StatusOK || u2.ID != u1.ID || u2.Name != "Plasmid prep A2" {
		t.Fatalf("Upsert (update): %v %+v", err, u2)
	}

	// List filters and paging.
	l, _, err := s.List(ctx, &benchling.CustomEntityListOptions{EntityListFilters: benchling.EntityListFilters{SchemaID: "ts_cellline"}})
	if err != nil || len(l) != 1 || l[0].ID != cl.ID {
		t.Errorf("List by schema: %v %+v", err, l)
	}
	if l, _, err := s.List(ctx, &benchling.CustomEntityListOptions{EntityListFilters: benchling.EntityListFilters{RegistryID: reg, Sort: benchling.SortNameAsc}}); err != nil ||
		len(l) != 2 || l[0].ID != strain.ID || l[1].ID != u1.ID {
		t.Errorf("List by registry, by name: %v %v", err, e2eIDs(l, func(e *benchling.CustomEntity) string { return e.ID }))
	}
	if l, _, err := s.List(ctx, &benchling.CustomEntityListOptions{EntityListFilters: benchling.EntityListFilters{NamesAnyOf: []string{"c4", "CE900"}}}); err != nil || len(l) != 2 {
		t.Errorf("List names.anyOf (aliases and registry IDs): %v %d", err, len(l))
	}
	if n := len(e2eCollect(t, s.All(ctx, nil))); n != 3 {
		t.Errorf("All: %d, want 3", n)
	}
	if n := len(e2eCollect(t, s.Pages(ctx, &benchling.CustomEntityListOptions{ListOptions: benchling.ListOptions{PageSize: 2}}))); n != 2 {
		t.Errorf("Pages of 2: %d pages, want 2", n)
	}
	// A returning projection without nextToken still pages: the SDK asks
	// for the token too.
	ps := e2eCollect(t, s.Pages(ctx, &benchling.CustomEntityListOptions{ListOptions: benchling.ListOptions{PageSize: 1},
		Returning: []string{"customEntities.id"}}))
	if len(ps) != 3 || ps[0].Items[0].Name != "" {
		t.Errorf("Pages with returning: %d pages %+v", len(ps), ps[0].Items[0])
	}
	if bg, _, err := s.BulkGet(ctx, []string{u1.ID, cl.ID}, nil); err != nil || len(bg) != 2 || bg[0].ID != u1.ID {
		t.Errorf("BulkGet: %v %+v", err, bg)
	}
	if _, _, err := s.BulkGet(ctx, []string{"bfi_nope"}, nil); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("BulkGet unknown: %v", err)
	}

	// Archive and unarchive; archived entities leave the default list.
	a, _, err := s.Archive(ctx, &benchling.CustomEntitiesArchive{CustomEntityIDs: []string{cl.ID}, Reason: benchling.EntityArchiveReasonContaminated})
	if err != nil || len(a.CustomEntityIDs) != 1 || a.CustomEntityIDs[0] != cl.ID {
		t.Fatalf("Archive: %v %+v", err, a)
	}
	if l, _, _ := s.List(ctx, nil); len(l) != 2 {
		t.Errorf("List after Archive: %d, want 2", len(l))
	}
	if l, _, _ := s.List(ctx, &benchling.CustomEntityListOptions{EntityListFilters: benchling.EntityListFilters{ArchiveReason: "Contaminated"}}); len(l) != 1 || l[0].ArchiveRecord.Reason != "Contaminated" {
		t.Errorf("List archived: %+v", l)
	}
	if _, _, err := s.Archive(ctx, &benchling.CustomEntitiesArchive{CustomEntityIDs: []string{cl.ID}, Reason: "Lost"}); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("Archive with an unknown reason: %v", err)
	}
	if a, _, err := s.Unarchive(ctx, []string{cl.ID}); err != nil || len(a.CustomEntityIDs) != 1 {
		t.Fatalf("Unarchive: %v %+v", err, a)
	}

	// Bulk tasks: typed results, and a failed task names the bad item.
	bc, _, err := s.BulkCreate(ctx, []*benchling.CustomEntityBulkCreate{
		{EntityCreateBase: benchling.EntityCreateBase{Name: "Clone 5", FolderID: &folder}, SchemaID: "ts_cellline"},
		{EntityCreateBase: benchling.EntityCreateBase{Name: "Clone 6", RegistryID: &reg, EntityRegistryID: benchling.Ptr("CE950")}, SchemaID: "ts_cellline"},
	})
	if err != nil {
		t.Fatal(err)
	}
	made, err := bc.Wait(ctx)
	if err != nil || len(made.CustomEntities) != 2 || *made.CustomEntities[1].EntityRegistryID != "CE950" {
		t.Fatalf("BulkCreate: %v %+v", err, made)
	}
	bu, _, err := s.BulkUpdate(ctx, []*benchling.CustomEntityBulkUpdate{{ID: made.CustomEntities[0].ID, EntityUpdateBase: benchling.EntityUpdateBase{Name: benchling.Ptr("Clone 5b")}}})
	if err != nil {
		t.Fatal(err)
	}
	if r, err := bu.Wait(ctx); err != nil || r.CustomEntities[0].Name != "Clone 5b" {
		t.Fatalf("BulkUpdate: %v %+v", err, r)
	}
	bp, _, err := s.BulkUpsert(ctx, []*benchling.CustomEntityBulkUpsertRequest{
		{EntityRegistryID: "CE950", EntityUpsertBase: benchling.EntityUpsertBase{Name: "Clone 6b", RegistryID: reg, SchemaID: "ts_cellline"}},
		{EntityRegistryID: "CE951", EntityUpsertBase: benchling.EntityUpsertBase{Name: "Clone 7", RegistryID: reg, SchemaID: "ts_cellline"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if r, err := bp.Wait(ctx); err != nil || len(r.CustomEntities) != 2 || r.CustomEntities[0].ID != made.CustomEntities[1].ID || r.CustomEntities[1].Name != "Clone 7" {
		t.Fatalf("BulkUpsert: %v %+v", err, r)
	}
	bad, _, err := s.BulkCreate(ctx, []*benchling.CustomEntityBulkCreate{{EntityCreateBase: benchling.EntityCreateBase{Name: "ok", FolderID: &folder}, SchemaID: "ts_x"}, {EntityCreateBase: benchling.EntityCreateBase{Name: "bad", FolderID: &folder}, SchemaID: "sch_x"}})
	if err != nil {
		t.Fatal(err)
	}
	_, err = bad.Wait(ctx)
	e2eWantItemError(t, err, 1, "schema sch_x not found")

	// The *Many forms chunk, and give each item its result or its error.
	items := make([]*benchling.CustomEntityBulkCreate, 5)
	for i := range items {
		items[i] = &benchling.CustomEntityBulkCreate{EntityCreateBase: benchling.EntityCreateBase{Name: fmt.Sprintf("Many %d", i), FolderID: &folder}, SchemaID: "ts_many"}
	}
	items[3].SchemaID = "bad"
	res, err := s.CreateMany(ctx, items, &benchling.BulkOptions{ChunkSize: 2})
	var be *benchling.BulkError
	if !errors.As(err, &be) || res[3].Err == nil || res[4].Value == nil || res[4].Value.Name != "Many 4" {
		t.Fatalf("CreateMany: %v %+v", err, res)
	}
	ures, err := s.UpdateMany(ctx, []*benchling.CustomEntityBulkUpdate{{ID: res[0].Value.ID, EntityUpdateBase: benchling.EntityUpdateBase{Aliases: []string{"M0"}}}}, nil)
	if err != nil || ures[0].Value.Aliases[0] != "M0" {
		t.Fatalf("UpdateMany: %v %+v", err, ures)
	}
	pres, err := s.UpsertMany(ctx, []*benchling.CustomEntityBulkUpsertRequest{{EntityRegistryID: "CE960", EntityUpsertBase: benchling.EntityUpsertBase{Name: "Upserted", RegistryID: reg, SchemaID: "ts_many"}}}, nil)
	if err != nil || *pres[0].Value.EntityRegistryID != "CE960" {
		t.Fatalf("UpsertMany: %v %+v", err, pres)
	}
	if n := len(e2eCollect(t, s.All(ctx, &benchling.CustomEntityListOptions{EntityListFilters: benchling.EntityListFilters{SchemaID: "ts_many"}}))); n != 5 {
		t.Errorf("All ts_many: %d, want 5", n)
	}
}
