package benchlingtest_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/benchling-go/benchling"
)

// TestE2ERnaOligos drives every method of RnaOligosService against the
// fake tenant.
func TestE2ERnaOligos(t *testing.T) {
	srv, c := e2eSetup(t, nil)
	e2eSchemas(t, srv, "ts_rnaoligo:rna_oligo", "ts_oligo:dna_oligo")
	ctx, s := e2eCtx(t), c.RnaOligos
	folder, reg := srv.FolderID(), srv.RegistryID()

	si, _, err := s.Create(ctx, &benchling.RnaOligoCreate{EntityCreateBase: benchling.EntityCreateBase{
		Name:     "siGFP sense",
		FolderID: &folder,
	},
		CustomNotation: benchling.Ptr("mGrCrAmArGrC"), CustomNotationID: benchling.Ptr("sntx_lRe007yZ")})
	if err != nil || si.NucleotideType != benchling.OligoNucleotideTypeRna || si.Bases != "GCAAGC" || !strings.HasPrefix(si.Helm, "RNA1{r(G)p") {
		t.Fatalf("Create in a custom notation: %v %+v", err, si)
	}
	if _, _, err := s.Create(ctx, &benchling.RnaOligoCreate{EntityCreateBase: benchling.EntityCreateBase{
		Name:     "DNA token",
		FolderID: &folder,
	},
		CustomNotation: benchling.Ptr("rAX"), CustomNotationID: benchling.Ptr("sntx_lRe007yZ")}); !strings.Contains(errText(err), "invalid token at position 2") {
		t.Errorf("Create with an unknown token: %v", err)
	}
	if _, _, err := s.Create(ctx, &benchling.RnaOligoCreate{EntityCreateBase: benchling.EntityCreateBase{Name: "T", FolderID: &folder}, Bases: benchling.Ptr("ACGT")}); !strings.Contains(errText(err), "invalid base 'T'") {
		t.Errorf("Create with T: %v", err)
	}
	got, _, err := s.Get(ctx, si.ID, &benchling.NucleotideGetOptions{Returning: []string{"id", "bases"}})
	if err != nil || got.Bases != "GCAAGC" || got.Name != "" {
		t.Fatalf("Get with returning: %v %+v", err, got)
	}
	_, _, err = s.Get(ctx, "seq_missing", nil)
	e2eWantNotFound(t, err, "seq_missing")
	up, _, err := s.Update(ctx, si.ID, &benchling.RnaOligoUpdate{Bases: benchling.Ptr("GCAAGCUGACCCUGAAGUUCA")})
	if err != nil || up.Length != 21 {
		t.Fatalf("Update: %v %+v", err, up)
	}
	o, resp, err := s.Upsert(ctx, "RNO900", &benchling.OligoUpsertRequest{EntityUpsertBase: benchling.EntityUpsertBase{Name: "miR-21 mimic", RegistryID: reg, SchemaID: "ts_rnaoligo"}, Bases: benchling.Ptr("UAGCUUAUCAGACUGAUGUUGA")})
	if err != nil || resp.StatusCode != http.StatusCreated {
		t.Fatalf("Upsert: %v %+v", err, o)
	}
	if _, _, err := c.DnaOligos.Upsert(ctx, "RNO900", &benchling.OligoUpsertRequest{EntityUpsertBase: benchling.EntityUpsertBase{Name: "x", RegistryID: reg, SchemaID: "ts_oligo"}}); !strings.Contains(errText(err), "another type") {
		t.Errorf("a DNA upsert of an RNA oligo's registry ID: %v", err)
	}
	if l, _, err := s.List(ctx, &benchling.NucleotideListOptions{Bases: "tcaacatcagtctgataagcta"}); err != nil || len(l) != 1 || l[0].ID != o.ID {
		t.Errorf("List by reverse-complement bases (T for U): %v %+v", err, l)
	}
	if n := len(e2eCollect(t, s.All(ctx, nil))); n != 2 {
		t.Errorf("All: %d", n)
	}
	if n := len(e2eCollect(t, s.Pages(ctx, &benchling.NucleotideListOptions{ListOptions: benchling.ListOptions{PageSize: 1}}))); n != 2 {
		t.Errorf("Pages: %d", n)
	}
	if a, _, err := s.Archive(ctx, &benchling.RnaOligosArchive{RnaOligoIDs: []string{o.ID}, Reason: benchling.EntityArchiveReasonExpended}); err != nil || a.RnaOligoIDs[0] != o.ID {
		t.Fatalf("Archive: %v %+v", err, a)
	}
	if a, _, err := s.Unarchive(ctx, []string{o.ID}); err != nil || len(a.RnaOligoIDs) != 1 {
		t.Fatalf("Unarchive: %v %+v", err, a)
	}

	bc, _, err := s.BulkCreate(ctx, []*benchling.RnaOligoCreate{{EntityCreateBase: benchling.EntityCreateBase{Name: "crRNA", FolderID: &folder}, Bases: benchling.Ptr("UAAUUUCUACU")}})
	if err != nil {
		t.Fatal(err)
	}
	made, err := bc.Wait(ctx)
	if err != nil || len(made.RnaOligos) != 1 {
		t.Fatalf("BulkCreate: %v %+v", err, made)
	}
	bu, _, err := s.BulkUpdate(ctx, []*benchling.RnaOligoBulkUpdate{{ID: made.RnaOligos[0].ID, EntityUpdateBase: benchling.EntityUpdateBase{Name: benchling.Ptr("crRNA 1")}}})
	if err != nil {
		t.Fatal(err)
	}
	if r, err := bu.Wait(ctx); err != nil || r.RnaOligos[0].Name != "crRNA 1" {
		t.Fatalf("BulkUpdate: %v %+v", err, r)
	}
	bup, _, err := s.BulkUpsert(ctx, []*benchling.OligoBulkUpsertRequest{{EntityRegistryID: "RNO901", EntityUpsertBase: benchling.EntityUpsertBase{Name: "let-7", RegistryID: reg, SchemaID: "ts_rnaoligo"}, Bases: benchling.Ptr("UGAGGUAGUAGGUUGUAUAGUU")}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if r, err := bup.Wait(ctx); err != nil || r.RnaOligos[0].Length != 22 {
		t.Fatalf("BulkUpsert: %v %+v", err, r)
	}
	cm, err := s.CreateMany(ctx, []*benchling.RnaOligoCreate{{EntityCreateBase: benchling.EntityCreateBase{Name: "m", FolderID: &folder}, Bases: benchling.Ptr("ACGU")}}, nil)
	if err != nil || cm[0].Value.Name != "m" {
		t.Fatalf("CreateMany: %v %+v", err, cm)
	}
	um, err := s.UpdateMany(ctx, []*benchling.RnaOligoBulkUpdate{{ID: cm[0].Value.ID, Bases: benchling.Ptr("UUUU")}}, nil)
	if err != nil || um[0].Value.Bases != "UUUU" {
		t.Fatalf("UpdateMany: %v %+v", err, um)
	}
	sm, err := s.UpsertMany(ctx, []*benchling.OligoBulkUpsertRequest{{EntityRegistryID: "RNO901", EntityUpsertBase: benchling.EntityUpsertBase{Name: "let-7a", RegistryID: reg, SchemaID: "ts_rnaoligo"}}},
		&benchling.RnaOligoBulkUpsertOptions{Returning: []string{"rnaOligos.name"}}, nil)
	if err != nil || sm[0].Value.Name != "let-7a" {
		t.Fatalf("UpsertMany: %v %+v", err, sm)
	}
}
