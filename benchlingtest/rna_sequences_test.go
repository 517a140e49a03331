package benchlingtest_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/benchling-go/benchling"
)

// TestE2ERnaSequences drives every method of RnaSequencesService against
// the fake tenant.
func TestE2ERnaSequences(t *testing.T) {
	srv, c := e2eSetup(t, nil)
	e2eSchemas(t, srv, "ts_guide:rna_sequence")
	ctx, s := e2eCtx(t), c.RnaSequences
	folder := srv.FolderID()

	guide, _, err := s.Create(ctx, &benchling.RnaSequenceCreate{
		EntityCreateBase: benchling.EntityCreateBase{
			Name:     "sgRNA EMX1",
			FolderID: &folder,
			Aliases:  []string{"EMX1 guide"},
		}, Bases: benchling.Ptr("GAGUCCGAGCAGAAGAAGAAGUUUUAGAGCUA"),
		SchemaID:     benchling.Ptr("ts_guide"),
		Annotations:  []benchling.RnaAnnotation{{Name: "spacer", Start: 0, End: 20, Strand: 1, Type: "misc_RNA"}},
		Translations: []benchling.Translation{{Start: benchling.Ptr(0), End: benchling.Ptr(9), Strand: 1}},
	})
	if err != nil {
		t.Fatalf("Create: %v", err)
	}
	if !strings.HasPrefix(guide.ID, "seq_") || guide.Length != 32 || guide.Helm == nil ||
		!strings.HasPrefix(*guide.Helm, "RNA1{r(G)p.r(A)p.r(G)p") || guide.Translations[0].AminoAcids != "ESE" {
		t.Errorf("created: %+v", guide)
	}
	if _, _, err := s.Create(ctx, &benchling.RnaSequenceCreate{EntityCreateBase: benchling.EntityCreateBase{Name: "DNA by mistake", FolderID: &folder}, Bases: benchling.Ptr("ACGT")}); !strings.Contains(errText(err), "invalid base") {
		t.Errorf("Create with T: err = %v, want a 400 about the base", err)
	}
	if _, _, err := s.Create(ctx, &benchling.RnaSequenceCreate{EntityCreateBase: benchling.EntityCreateBase{Name: "Ring", FolderID: &folder}, Bases: benchling.Ptr("ACGU"), IsCircular: benchling.Ptr(true)}); !strings.Contains(errText(err), "only be linear") {
		t.Errorf("Create circular: err = %v", err)
	}

	// Written in the tenant's custom notation (rA rC ... mU tokens).
	notations := e2eCollect(t, c.CustomNotations.All(ctx, nil))
	mod, _, err := s.Create(ctx, &benchling.RnaSequenceCreate{EntityCreateBase: benchling.EntityCreateBase{
		Name:     "2'-OMe siRNA",
		FolderID: &folder,
	},
		CustomNotation: benchling.Ptr("mGrCrUmA"), CustomNotationID: &notations[0].ID})
	if err != nil || mod.Bases != "GCUA" || mod.Length != 4 {
		t.Fatalf("Create in a custom notation: %v %+v", err, mod)
	}

	got, _, err := s.Get(ctx, guide.ID, &benchling.NucleotideGetOptions{CustomNotationID: notations[0].ID})
	if err != nil || got.Bases != guide.Bases || got.Name != "sgRNA EMX1" {
		t.Fatalf("Get: %v %+v", err, got)
	}
	_, _, err = s.Get(ctx, "seq_missing", nil)
	e2eWantNotFound(t, err, "seq_missing")

	up, _, err := s.Update(ctx, guide.ID, &benchling.RnaSequenceUpdate{EntityUpdateBase: benchling.EntityUpdateBase{Name: benchling.Ptr("sgRNA EMX1 v2")}, Bases: benchling.Ptr("GAGUCCGAGCAGAAGAAGAA")})
	if err != nil || up.Name != "sgRNA EMX1 v2" || up.Length != 20 || !up.ModifiedAt.After(guide.ModifiedAt) {
		t.Fatalf("Update: %v %+v", err, up)
	}

	l, resp, err := s.List(ctx, &benchling.NucleotideListOptions{EntityListFilters: benchling.EntityListFilters{SchemaID: "ts_guide"}, Returning: []string{"rnaSequences.id"}})
	if err != nil || len(l) != 1 || l[0].ID != guide.ID || l[0].Name != "" || resp.NextToken != "" {
		t.Fatalf("List by schema: %v %+v", err, l)
	}
	all := e2eCollect(t, s.All(ctx, &benchling.NucleotideListOptions{ListOptions: benchling.ListOptions{PageSize: 1}}))
	pgs := e2eCollect(t, s.Pages(ctx, &benchling.NucleotideListOptions{ListOptions: benchling.ListOptions{PageSize: 1}}))
	if len(all) != 2 || len(pgs) != 2 {
		t.Errorf("All: %d, Pages: %d, want 2 and 2", len(all), len(pgs))
	}

	arch, _, err := s.Archive(ctx, &benchling.RnaSequencesArchive{RnaSequenceIDs: []string{mod.ID}, Reason: benchling.EntityArchiveReasonRetired})
	if err != nil || len(arch.RnaSequenceIDs) != 1 {
		t.Fatalf("Archive: %v %+v", err, arch)
	}
	if l, _, _ := s.List(ctx, nil); len(l) != 1 {
		t.Errorf("List after archiving: %d, want 1", len(l))
	}
	if _, _, err := s.Unarchive(ctx, []string{mod.ID}); err != nil {
		t.Fatalf("Unarchive: %v", err)
	}
	bg, _, err := s.BulkGet(ctx, []string{guide.ID, mod.ID}, nil)
	if err != nil || len(bg) != 2 {
		t.Fatalf("BulkGet: %v %d", err, len(bg))
	}

	m, _, err := s.MatchBases(ctx, &benchling.MatchBasesRequest{Bases: "gcua"})
	if err != nil || len(m) != 1 || m[0].ID != mod.ID {
		t.Errorf("MatchBases: %v %+v", err, m)
	}
	if m := e2eCollect(t, s.AllMatchBases(ctx, &benchling.MatchBasesRequest{Bases: "GAGUCCGAGCAGAAGAAGAA"})); len(m) != 1 {
		t.Errorf("AllMatchBases: %d", len(m))
	}
	if p := e2eCollect(t, s.PagesMatchBases(ctx, &benchling.MatchBasesRequest{Bases: "GAGUCCGAGCAGAAGAAGAA"})); len(p) != 1 || len(p[0].Items) != 1 {
		t.Errorf("PagesMatchBases: %+v", p)
	}
	sb, _, err := s.SearchBases(ctx, &benchling.SearchBasesRequest{Bases: "CAGAAGAAGAA"})
	if err != nil || len(sb) != 1 || sb[0].ID != guide.ID {
		t.Errorf("SearchBases: %v %+v", err, sb)
	}
	if a := e2eCollect(t, s.AllSearchBases(ctx, &benchling.SearchBasesRequest{Bases: "CAGAAGAAGAA", ListOptions: benchling.ListOptions{PageSize: 1}})); len(a) != 1 {
		t.Errorf("AllSearchBases: %d", len(a))
	}
	if p := e2eCollect(t, s.PagesSearchBases(ctx, &benchling.SearchBasesRequest{Bases: "CAGAAGAAGAA"})); len(p) != 1 {
		t.Errorf("PagesSearchBases: %d pages", len(p))
	}

	// Auto-annotate with a library whose feature is written in DNA bases.
	lib, _, err := c.FeatureLibraries.Create(ctx, &benchling.FeatureLibraryCreate{Name: "Guides", Description: "CRISPR guide parts"})
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := c.FeatureLibraries.CreateFeature(ctx, &benchling.FeatureCreate{Name: "EMX1 site", FeatureLibraryID: lib.ID,
		FeatureType: "protospacer", MatchType: benchling.FeatureMatchTypeNucleotide, Pattern: "CAGAAGAAG", Color: benchling.Ptr("#85DAE9")}); err != nil {
		t.Fatal(err)
	}
	link, _, err := s.AutoAnnotate(ctx, &benchling.AutoAnnotateRnaSequences{RnaSequenceIDs: []string{guide.ID}, FeatureLibraryIDs: []string{lib.ID}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := link.Wait(ctx); err != nil {
		t.Fatalf("AutoAnnotate: %v", err)
	}
	annotated, _, _ := s.Get(ctx, guide.ID, nil)
	if n := len(annotated.Annotations); n != 2 || annotated.Annotations[1].Name != "EMX1 site" || annotated.Annotations[1].Start != 9 || annotated.Annotations[1].End != 18 {
		t.Errorf("annotations after AutoAnnotate: %+v", annotated.Annotations)
	}
	if _, _, err := s.AutoAnnotate(ctx, &benchling.AutoAnnotateRnaSequences{RnaSequenceIDs: []string{guide.ID}, FeatureLibraryIDs: []string{"featlib_nope"}}); !strings.Contains(errText(err), "featlib_nope") {
		t.Errorf("AutoAnnotate with an unknown library: %v", err)
	}
	for name, f := range map[string]func(context.Context, []string) (*benchling.AsyncTaskLink[benchling.EmptyTaskResponse], *benchling.Response, error){
		"AutofillParts":        s.AutofillParts,
		"AutofillTranslations": s.AutofillTranslations,
	} {
		link, _, err := f(ctx, []string{guide.ID})
		if err == nil {
			_, err = link.Wait(ctx)
		}
		if err != nil {
			t.Errorf("%s: %v", name, err)
		}
		if _, _, err := f(ctx, []string{"seq_nope"}); !strings.Contains(errText(err), "seq_nope") {
			t.Errorf("%s with an unknown ID: %v", name, err)
		}
	}

	bc, _, err := s.BulkCreate(ctx, []*benchling.RnaSequenceBulkCreate{
		{EntityCreateBase: benchling.EntityCreateBase{Name: "crRNA 1", FolderID: &folder}, Bases: benchling.Ptr("UAAUUUCUACUAAGUGUAGAU")},
		{EntityCreateBase: benchling.EntityCreateBase{Name: "crRNA 2", RegistryID: benchling.Ptr(srv.RegistryID()), NamingStrategy: benchling.NamingStrategyNewIDs}, Bases: benchling.Ptr("UAAUUUCUACUCUUGUAGAU")},
	})
	if err != nil {
		t.Fatal(err)
	}
	created, err := bc.Wait(ctx)
	if err != nil || len(created.RnaSequences) != 2 || created.RnaSequences[1].EntityRegistryID == nil {
		t.Fatalf("BulkCreate: %v %+v", err, created)
	}
	bad, _, err := s.BulkCreate(ctx, []*benchling.RnaSequenceBulkCreate{{EntityCreateBase: benchling.EntityCreateBase{Name: "ok", FolderID: &folder}, Bases: benchling.Ptr("ACGU")}, {EntityCreateBase: benchling.EntityCreateBase{Name: "bad", FolderID: &folder}, Bases: benchling.Ptr("ACGT")}})
	if err != nil {
		t.Fatal(err)
	}
	_, err = bad.Wait(ctx)
	e2eWantItemError(t, err, 1, "invalid base")
	bu, _, err := s.BulkUpdate(ctx, []*benchling.RnaSequenceBulkUpdate{{ID: created.RnaSequences[0].ID, EntityUpdateBase: benchling.EntityUpdateBase{Aliases: []string{"Cas12a crRNA"}}}})
	if err != nil {
		t.Fatal(err)
	}
	if r, err := bu.Wait(ctx); err != nil || len(r.RnaSequences) != 1 || r.RnaSequences[0].Aliases[0] != "Cas12a crRNA" {
		t.Fatalf("BulkUpdate: %v %+v", err, r)
	}

	many, err := s.CreateMany(ctx, []*benchling.RnaSequenceBulkCreate{
		{EntityCreateBase: benchling.EntityCreateBase{Name: "m1", FolderID: &folder}, Bases: benchling.Ptr("ACGUACGU")},
		{EntityCreateBase: benchling.EntityCreateBase{Name: "m2", FolderID: &folder}, Bases: benchling.Ptr("ACGTACGT")},
		{EntityCreateBase: benchling.EntityCreateBase{Name: "m3", FolderID: &folder}, Bases: benchling.Ptr("UUUU")},
	}, &benchling.BulkOptions{ChunkSize: 2})
	var be *benchling.BulkError
	if !errors.As(err, &be) || many[0].Err != nil || many[1].Err == nil || many[2].Err != nil || many[2].Value.Name != "m3" {
		t.Fatalf("CreateMany with one invalid item: %v %+v", err, many)
	}
	ups, err := s.UpdateMany(ctx, []*benchling.RnaSequenceBulkUpdate{{ID: many[0].Value.ID, EntityUpdateBase: benchling.EntityUpdateBase{Name: benchling.Ptr("m1b")}}, {ID: many[2].Value.ID, EntityUpdateBase: benchling.EntityUpdateBase{Name: benchling.Ptr("m3b")}}}, nil)
	if err != nil || ups[0].Value.Name != "m1b" || ups[1].Value.Name != "m3b" {
		t.Fatalf("UpdateMany: %v %+v", err, ups)
	}
}

// errText is err's message, or "" for nil.
func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
