package benchlingtest_test

//lint:file-ignore SA1019 the deprecated operations are driven against the fake too

import (
	"testing"

	"github.com/benchling-go/benchling"
)

// TestE2EOligos drives the deprecated OligosService against the fake
// tenant: its oligos are the DNA oligos, and BulkGet finds both kinds.
func TestE2EOligos(t *testing.T) {
	srv, c := e2eSetup(t, nil)
	ctx, s := e2eCtx(t), c.Oligos
	folder := srv.FolderID()

	o, _, err := s.Create(ctx, &benchling.OligoCreate{EntityCreateBase: benchling.EntityCreateBase{Name: "M13 rev", FolderID: &folder}, Bases: benchling.Ptr("CAGGAAACAGCTATGAC")})
	if err != nil || o.NucleotideType != benchling.OligoNucleotideTypeDna {
		t.Fatalf("Create: %v %+v", err, o)
	}
	if d, _, err := c.DnaOligos.Get(ctx, o.ID, nil); err != nil || d.Name != "M13 rev" || d.APIURL != srv.URL+"/api/v2/dna-oligos/"+o.ID {
		t.Fatalf("the oligo as a DNA oligo: %v %+v", err, d)
	}
	rna, _, err := c.RnaOligos.Create(ctx, &benchling.RnaOligoCreate{EntityCreateBase: benchling.EntityCreateBase{Name: "guide", FolderID: &folder}, Bases: benchling.Ptr("GGUUA")})
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.Create(ctx, &benchling.OligoCreate{EntityCreateBase: benchling.EntityCreateBase{Name: "no notation here", FolderID: &folder}, Bases: benchling.Ptr("ACGU")}); err == nil {
		t.Error("Create with U succeeded")
	}

	got, _, err := s.Get(ctx, o.ID, &benchling.OligoGetOptions{Returning: []string{"id", "bases"}})
	if err != nil || got.Bases != "CAGGAAACAGCTATGAC" || got.Name != "" {
		t.Fatalf("Get: %v %+v", err, got)
	}
	up, _, err := s.Update(ctx, o.ID, &benchling.OligoUpdate{EntityUpdateBase: benchling.EntityUpdateBase{Name: benchling.Ptr("M13 reverse")}})
	if err != nil || up.Name != "M13 reverse" {
		t.Fatalf("Update: %v %+v", err, up)
	}
	if l, _, err := s.List(ctx, &benchling.OligoListOptions{Bases: "GTCATAGCTGTTTCCTG"}); err != nil || len(l) != 1 {
		t.Errorf("List by reverse-complement bases: %v %+v", err, l)
	}
	if n := len(e2eCollect(t, s.All(ctx, nil))); n != 1 {
		t.Errorf("All: %d, want 1 (the DNA oligo)", n)
	}
	if n := len(e2eCollect(t, s.Pages(ctx, nil))); n != 1 {
		t.Errorf("Pages: %d", n)
	}
	if a, _, err := s.Archive(ctx, &benchling.OligosArchive{OligoIDs: []string{o.ID}, Reason: benchling.EntityArchiveReasonShipped}); err != nil || a.OligoIDs[0] != o.ID {
		t.Fatalf("Archive: %v %+v", err, a)
	}
	if d, _, _ := c.DnaOligos.Get(ctx, o.ID, nil); d.ArchiveRecord == nil || d.ArchiveRecord.Reason != "Shipped" {
		t.Errorf("archived through /oligos, the DNA oligo: %+v", d.ArchiveRecord)
	}
	if _, _, err := s.Unarchive(ctx, []string{o.ID}); err != nil {
		t.Fatalf("Unarchive: %v", err)
	}
	bc, _, err := s.BulkCreate(ctx, []*benchling.OligoCreate{{EntityCreateBase: benchling.EntityCreateBase{Name: "pUC fwd", FolderID: &folder}, Bases: benchling.Ptr("GTTTTCCCAGTCACGAC")}})
	if err != nil {
		t.Fatal(err)
	}
	made, err := bc.Wait(ctx)
	if err != nil || len(made.Oligos) != 1 || made.Oligos[0].NucleotideType != benchling.OligoNucleotideTypeDna {
		t.Fatalf("BulkCreate: %v %+v", err, made)
	}
	cm, err := s.CreateMany(ctx, []*benchling.OligoCreate{{EntityCreateBase: benchling.EntityCreateBase{Name: "x", FolderID: &folder}, Bases: benchling.Ptr("ACGT")}}, nil)
	if err != nil || cm[0].Value.Name != "x" {
		t.Fatalf("CreateMany: %v %+v", err, cm)
	}

	both, _, err := s.BulkGet(ctx, []string{rna.ID, o.ID}, nil)
	if err != nil || len(both) != 2 || both[0].NucleotideType != benchling.OligoNucleotideTypeRna || both[1].NucleotideType != benchling.OligoNucleotideTypeDna {
		t.Fatalf("BulkGet of both kinds: %v %+v", err, both)
	}
	if _, _, err := s.BulkGet(ctx, []string{"seq_nope"}, nil); err == nil {
		t.Error("BulkGet of an unknown ID succeeded")
	}
}
