package benchlingtest_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/benchling-go/benchling"
)

// TestE2EDnaOligos drives every method of DnaOligosService against the
// fake tenant.
func TestE2EDnaOligos(t *testing.T) {
	srv, c := e2eSetup(t, nil)
	e2eSchemas(t, srv, "ts_oligo:dna_oligo")
	ctx, s := e2eCtx(t), c.DnaOligos
	folder, reg := srv.FolderID(), srv.RegistryID()

	fwd, _, err := s.Create(ctx, &benchling.DnaOligoCreate{EntityCreateBase: benchling.EntityCreateBase{
		Name:     "M13 fwd",
		FolderID: &folder,
	}, Bases: benchling.Ptr("GTAAAACGACGGCCAGT"),
		Annotations: []benchling.DnaAnnotation{{Name: "binding", Start: 0, End: 17, Strand: 1, Type: "primer_bind"}}})
	if err != nil || fwd.NucleotideType != benchling.OligoNucleotideTypeDna || fwd.Length != 17 || !strings.HasPrefix(fwd.Helm, "RNA1{d(G)p.d(T)p") {
		t.Fatalf("Create: %v %+v", err, fwd)
	}
	if _, _, err := s.Create(ctx, &benchling.DnaOligoCreate{EntityCreateBase: benchling.EntityCreateBase{Name: "RNA by mistake", FolderID: &folder}, Bases: benchling.Ptr("ACGU")}); !strings.Contains(errText(err), "invalid base 'U'") {
		t.Errorf("Create with U: %v", err)
	}
	modified, _, err := s.Create(ctx, &benchling.DnaOligoCreate{EntityCreateBase: benchling.EntityCreateBase{Name: "from HELM", FolderID: &folder}, Helm: benchling.Ptr("RNA1{d(A)p.d([5meC])p.d(G)p}$$$$V2.0")})
	if err != nil || modified.Bases != "ANG" || modified.Helm != "RNA1{d(A)p.d([5meC])p.d(G)p}$$$$V2.0" {
		t.Fatalf("Create from HELM: %v %+v", err, modified)
	}

	got, _, err := s.Get(ctx, fwd.ID, &benchling.DnaOligoGetOptions{CustomNotationID: "sntx_lRe007yZ"})
	if err != nil || got.Bases != fwd.Bases || len(got.Annotations) != 1 {
		t.Fatalf("Get: %v %+v", err, got)
	}
	_, _, err = s.Get(ctx, "seq_missing", nil)
	e2eWantNotFound(t, err, "seq_missing")
	if _, _, err := s.List(ctx, &benchling.NucleotideListOptions{CustomNotationID: "sntx_nope"}); !strings.Contains(errText(err), "sntx_nope") {
		t.Errorf("List with an unknown custom notation: %v", err)
	}
	up, _, err := s.Update(ctx, fwd.ID, &benchling.DnaOligoUpdate{CustomNotation: benchling.Ptr("GTAAAACG"), CustomNotationID: benchling.Ptr("sntx_lRe007yZ")})
	if err != nil || up.Bases != "GTAAAACG" || up.Length != 8 {
		t.Fatalf("Update in a custom notation: %v %+v", err, up)
	}

	o, resp, err := s.Upsert(ctx, "OLI900", &benchling.OligoUpsertRequest{EntityUpsertBase: benchling.EntityUpsertBase{
		Name:       "T7 promoter primer",
		RegistryID: reg,
		SchemaID:   "ts_oligo",
	}, Bases: benchling.Ptr("TAATACGACTCACTATAGGG"),
	})
	if err != nil || resp.StatusCode != http.StatusCreated || *o.EntityRegistryID != "OLI900" {
		t.Fatalf("Upsert (create): %v %+v", err, o)
	}
	o, resp, err = s.Upsert(ctx, "OLI900", &benchling.OligoUpsertRequest{EntityUpsertBase: benchling.EntityUpsertBase{Name: "T7 primer", RegistryID: reg, SchemaID: "ts_oligo"}})
	if err != nil || resp.StatusCode != http.StatusOK || o.Name != "T7 primer" || o.Bases != "TAATACGACTCACTATAGGG" {
		t.Fatalf("Upsert (update): %v %+v", err, o)
	}

	l, _, err := s.List(ctx, &benchling.NucleotideListOptions{Bases: "cgttttac"}) // the updated oligo's reverse complement
	if err != nil || len(l) != 1 || l[0].ID != fwd.ID {
		t.Errorf("List by bases: %v %+v", err, l)
	}
	if l, _, _ := s.List(ctx, &benchling.NucleotideListOptions{EntityListFilters: benchling.EntityListFilters{RegistryID: reg}}); len(l) != 1 || l[0].ID != o.ID {
		t.Errorf("List by registry: %+v", l)
	}
	if n := len(e2eCollect(t, s.All(ctx, &benchling.NucleotideListOptions{ListOptions: benchling.ListOptions{PageSize: 2}}))); n != 3 {
		t.Errorf("All: %d, want 3", n)
	}
	if n := len(e2eCollect(t, s.Pages(ctx, &benchling.NucleotideListOptions{ListOptions: benchling.ListOptions{PageSize: 2}}))); n != 2 {
		t.Errorf("Pages: %d, want 2", n)
	}

	a, _, err := s.Archive(ctx, &benchling.DnaOligosArchive{DnaOligoIDs: []string{modified.ID}, Reason: benchling.EntityArchiveReasonMadeInError})
	if err != nil || len(a.DnaOligoIDs) != 1 {
		t.Fatalf("Archive: %v %+v", err, a)
	}
	if _, _, err := s.Archive(ctx, &benchling.DnaOligosArchive{DnaOligoIDs: []string{fwd.ID}, Reason: "Lost"}); err == nil {
		t.Error("Archive with an unknown reason succeeded")
	}
	if _, _, err := s.Unarchive(ctx, []string{modified.ID}); err != nil {
		t.Fatalf("Unarchive: %v", err)
	}

	bc, _, err := s.BulkCreate(ctx, []*benchling.DnaOligoCreate{{EntityCreateBase: benchling.EntityCreateBase{Name: "SP6", FolderID: &folder}, Bases: benchling.Ptr("ATTTAGGTGACACTATAG")}})
	if err != nil {
		t.Fatal(err)
	}
	made, err := bc.Wait(ctx)
	if err != nil || len(made.DnaOligos) != 1 || made.DnaOligos[0].Name != "SP6" {
		t.Fatalf("BulkCreate: %v %+v", err, made)
	}
	bu, _, err := s.BulkUpdate(ctx, []*benchling.DnaOligoBulkUpdate{{ID: made.DnaOligos[0].ID, EntityUpdateBase: benchling.EntityUpdateBase{Aliases: []string{"SP6 promoter"}}}})
	if err != nil {
		t.Fatal(err)
	}
	if r, err := bu.Wait(ctx); err != nil || r.DnaOligos[0].Aliases[0] != "SP6 promoter" {
		t.Fatalf("BulkUpdate: %v %+v", err, r)
	}
	bup, _, err := s.BulkUpsert(ctx, []*benchling.OligoBulkUpsertRequest{
		{EntityRegistryID: "OLI900", EntityUpsertBase: benchling.EntityUpsertBase{Name: "T7 primer", RegistryID: reg, SchemaID: "ts_oligo", Aliases: []string{"T7"}}},
		{EntityRegistryID: "OLI901", EntityUpsertBase: benchling.EntityUpsertBase{Name: "T3 primer", RegistryID: reg, SchemaID: "ts_oligo"}, Bases: benchling.Ptr("AATTAACCCTCACTAAAGGG")},
	}, &benchling.DnaOligoBulkUpsertOptions{Returning: []string{"dnaOligos.id", "dnaOligos.entityRegistryId"}})
	if err != nil {
		t.Fatal(err)
	}
	if r, err := bup.Wait(ctx); err != nil || len(r.DnaOligos) != 2 || r.DnaOligos[0].ID != o.ID || *r.DnaOligos[1].EntityRegistryID != "OLI901" || r.DnaOligos[1].Name != "" {
		t.Fatalf("BulkUpsert with returning: %v %+v", err, r)
	}

	cm, err := s.CreateMany(ctx, []*benchling.DnaOligoCreate{{EntityCreateBase: benchling.EntityCreateBase{Name: "a", FolderID: &folder}, Bases: benchling.Ptr("ACGT")}, {EntityCreateBase: benchling.EntityCreateBase{Name: "b", FolderID: &folder}, Bases: benchling.Ptr("TTTT")}}, nil)
	if err != nil || cm[1].Value.Bases != "TTTT" {
		t.Fatalf("CreateMany: %v %+v", err, cm)
	}
	um, err := s.UpdateMany(ctx, []*benchling.DnaOligoBulkUpdate{{ID: cm[0].Value.ID, EntityUpdateBase: benchling.EntityUpdateBase{Name: benchling.Ptr("a2")}}}, nil)
	if err != nil || um[0].Value.Name != "a2" {
		t.Fatalf("UpdateMany: %v %+v", err, um)
	}
	sm, err := s.UpsertMany(ctx, []*benchling.OligoBulkUpsertRequest{{EntityRegistryID: "OLI902", EntityUpsertBase: benchling.EntityUpsertBase{Name: "c", RegistryID: reg, SchemaID: "ts_oligo"}, Bases: benchling.Ptr("GGGG")}}, nil, nil)
	if err != nil || *sm[0].Value.EntityRegistryID != "OLI902" {
		t.Fatalf("UpsertMany: %v %+v", err, sm)
	}
}
