package benchlingtest_test

//lint:file-ignore SA1019 the deprecated operations are driven against the fake too

import (
	"slices"
	"strings"
	"testing"

	"github.com/benchling-go/benchling"
)

// TestE2ENucleotideAlignments drives every method of
// NucleotideAlignmentsService against the fake tenant: alignment tasks
// resolve to alignments that hold their inputs in place.
func TestE2ENucleotideAlignments(t *testing.T) {
	srv, c := e2eSetup(t, nil)
	ctx, s := e2eCtx(t), c.NucleotideAlignments
	folder := srv.FolderID()

	tmpl, _, err := c.DnaSequences.Create(ctx, &benchling.DnaSequenceCreate{EntityCreateBase: benchling.EntityCreateBase{Name: "pUC19 MCS", FolderID: &folder}, Bases: "GAATTCGAGCTCGGTACCCGGGGATCCTCTAGAGTCGACCTGCAGGCATGCAAGCTT"})
	if err != nil {
		t.Fatal(err)
	}
	read, _, err := c.DnaSequences.Create(ctx, &benchling.DnaSequenceCreate{EntityCreateBase: benchling.EntityCreateBase{Name: "read 1", FolderID: &folder}, Bases: "GGTACCCGGGGATCCTCTAGA"})
	if err != nil {
		t.Fatal(err)
	}
	link, _, err := s.CreateTemplateAlignment(ctx, &benchling.NucleotideTemplateAlignmentCreate{
		Name: benchling.Ptr("MCS check"), TemplateSequenceID: tmpl.ID, Algorithm: benchling.AlignmentAlgorithmMafft,
		Files: benchling.AlignmentFiles{
			&benchling.AlignmentSequenceFile{SequenceID: read.ID},
			// a read of the other strand, as a FASTA file
			&benchling.NucleotideAlignmentFile{Name: "read2.fasta", Data: []byte(">read2\nAAGCTTGCATGCCTGCAGGTCGACTCTAGAGG\n")},
		},
		MafftOptions: &benchling.MafftOptions{Strategy: benchling.MafftOptionsStrategyLocalpair},
	})
	if err != nil {
		t.Fatal(err)
	}
	a, err := link.Wait(ctx)
	if err != nil {
		t.Fatalf("template alignment: %v", err)
	}
	if !strings.HasPrefix(a.ID, "seqanl_") || a.Name != "MCS check" || a.ReferenceSequenceID != tmpl.ID || len(a.AlignedSequences) != 3 {
		t.Fatalf("alignment: %+v", a)
	}
	r1, r2 := a.AlignedSequences[1], a.AlignedSequences[2]
	if r1.TrimStart != 12 || r1.TrimEnd != 33 || r1.PairwiseIdentity != 1 || *r1.SequenceID != read.ID || len(r1.Bases) != len(tmpl.Bases) || r1.Bases[:12] != strings.Repeat("-", 12) {
		t.Errorf("row of read 1: %+v", r1)
	}
	if r2.Name != "read2.fasta" || r2.SequenceID != nil || r2.TrimEnd != len(tmpl.Bases) || r2.PairwiseIdentity != 1 {
		t.Errorf("row of the reverse read: %+v", r2)
	}
	if got, _, _ := c.DnaSequences.Get(ctx, tmpl.ID, nil); !slices.Contains(got.DnaAlignmentIDs, a.ID) {
		t.Errorf("the template's dnaAlignmentIds: %v", got.DnaAlignmentIDs)
	}
	bad, _, err := s.CreateTemplateAlignment(ctx, &benchling.NucleotideTemplateAlignmentCreate{TemplateSequenceID: tmpl.ID, Algorithm: benchling.AlignmentAlgorithmClustalo,
		Files: benchling.AlignmentFiles{&benchling.NucleotideAlignmentFile{Name: "trace.ab1", Data: []byte{0xab, 0x1f, 0x00}}}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bad.Wait(ctx); !strings.Contains(errText(err), "could not be read") {
		t.Errorf("an unreadable file: %v", err)
	}
	if _, _, err := s.CreateTemplateAlignment(ctx, &benchling.NucleotideTemplateAlignmentCreate{TemplateSequenceID: tmpl.ID, Algorithm: "needle",
		Files: benchling.AlignmentFiles{&benchling.AlignmentSequenceFile{SequenceID: read.ID}}}); !strings.Contains(errText(err), "needle") {
		t.Errorf("an unknown algorithm: %v", err)
	}

	cl, _, err := s.CreateConsensusAlignment(ctx, &benchling.NucleotideConsensusAlignmentCreate{Algorithm: benchling.AlignmentAlgorithmClustalo,
		Files:           benchling.AlignmentFiles{&benchling.AlignmentSequenceFile{SequenceID: tmpl.ID}, &benchling.AlignmentSequenceFile{SequenceID: read.ID}},
		NewSequence:     &benchling.NucleotideConsensusAlignmentCreateNewSequence{FolderID: &folder},
		ClustaloOptions: &benchling.ClustaloOptions{NumCombinedIterations: benchling.Ptr(2)}})
	if err != nil {
		t.Fatal(err)
	}
	cons, err := cl.Wait(ctx)
	if err != nil {
		t.Fatalf("consensus alignment: %v", err)
	}
	made, _, err := c.DnaSequences.Get(ctx, cons.ReferenceSequenceID, nil)
	if err != nil || made.Bases != tmpl.Bases || made.Name != "Consensus alignment consensus" || !slices.Contains(made.DnaAlignmentIDs, cons.ID) {
		t.Fatalf("the consensus sequence: %v %+v", err, made)
	}
	if _, _, err := s.CreateConsensusAlignment(ctx, &benchling.NucleotideConsensusAlignmentCreate{Algorithm: benchling.AlignmentAlgorithmMafft,
		Files: benchling.AlignmentFiles{&benchling.AlignmentSequenceFile{SequenceID: read.ID}}}); !strings.Contains(errText(err), "newSequence") {
		t.Errorf("a consensus with nowhere to go: %v", err)
	}

	got, _, err := s.Get(ctx, a.ID)
	if err != nil || len(got.AlignedSequences) != 3 {
		t.Fatalf("Get: %v %+v", err, got)
	}
	l, _, err := s.List(ctx, &benchling.NucleotideAlignmentSummaryListOptions{SequenceIDs: []string{tmpl.ID}})
	if err != nil || len(l) != 1 || l[0].ID != a.ID {
		t.Errorf("List by sequence: %v %+v", err, l)
	}
	if n := len(e2eCollect(t, s.All(ctx, &benchling.NucleotideAlignmentSummaryListOptions{ListOptions: benchling.ListOptions{PageSize: 1}}))); n != 2 {
		t.Errorf("All: %d, want 2 (the failed task made none)", n)
	}
	if n := len(e2eCollect(t, s.Pages(ctx, &benchling.NucleotideAlignmentSummaryListOptions{NamesAnyOf: []string{"mcs CHECK"}}))); n != 1 {
		t.Errorf("Pages: %d", n)
	}
	if _, err := s.Delete(ctx, a.ID); err != nil {
		t.Fatalf("Delete: %v", err)
	}
	_, _, err = s.Get(ctx, a.ID)
	e2eWantNotFound(t, err, a.ID)
	_, err = s.Delete(ctx, a.ID)
	e2eWantNotFound(t, err, a.ID)
	if got, _, _ := c.DnaSequences.Get(ctx, tmpl.ID, nil); slices.Contains(got.DnaAlignmentIDs, a.ID) {
		t.Errorf("the template still lists the deleted alignment: %v", got.DnaAlignmentIDs)
	}
}

// TestE2EDnaAlignments drives the deprecated DnaAlignmentsService: its
// alignments are the nucleotide alignments.
func TestE2EDnaAlignments(t *testing.T) {
	srv, c := e2eSetup(t, nil)
	ctx, s := e2eCtx(t), c.DnaAlignments
	folder := srv.FolderID()
	tmpl, _, err := c.DnaSequences.Create(ctx, &benchling.DnaSequenceCreate{EntityCreateBase: benchling.EntityCreateBase{Name: "template", FolderID: &folder}, Bases: "ATGGCCAAGCTTTAA"})
	if err != nil {
		t.Fatal(err)
	}
	guide, _, err := c.RnaSequences.Create(ctx, &benchling.RnaSequenceCreate{EntityCreateBase: benchling.EntityCreateBase{Name: "guide", FolderID: &folder}, Bases: benchling.Ptr("GCCAAGCUU")})
	if err != nil {
		t.Fatal(err)
	}

	link, _, err := s.CreateTemplateAlignment(ctx, &benchling.DnaTemplateAlignmentCreate{TemplateSequenceID: tmpl.ID, Algorithm: benchling.AlignmentAlgorithmMafft,
		ShouldDisableCircularSequenceRotation: benchling.Ptr(true), Files: benchling.AlignmentFiles{&benchling.AlignmentSequenceFile{SequenceID: guide.ID}}})
	if err != nil {
		t.Fatal(err)
	}
	a, err := link.Wait(ctx)
	if err != nil || a.AlignedSequences[1].TrimStart != 3 || a.AlignedSequences[1].PairwiseIdentity != 1 {
		t.Fatalf("template alignment of an RNA sequence (U for T): %v %+v", err, a)
	}
	if g, _, _ := c.RnaSequences.Get(ctx, guide.ID, nil); !slices.Contains(g.AlignmentIDs, a.ID) {
		t.Errorf("the RNA sequence's alignmentIds: %v", g.AlignmentIDs)
	}
	cl, _, err := s.CreateConsensusAlignment(ctx, &benchling.DnaConsensusAlignmentCreate{Algorithm: benchling.AlignmentAlgorithmMafft, SequenceID: &tmpl.ID,
		Files: benchling.AlignmentFiles{&benchling.NucleotideAlignmentFile{Name: "a.txt", Data: []byte("ATGGCCAAGCTT")}, &benchling.AlignmentSequenceFile{SequenceID: tmpl.ID}}})
	if err != nil {
		t.Fatal(err)
	}
	cons, err := cl.Wait(ctx)
	if err != nil || cons.ReferenceSequenceID != tmpl.ID {
		t.Fatalf("consensus into an existing sequence: %v %+v", err, cons)
	}
	if got, _, _ := c.DnaSequences.Get(ctx, tmpl.ID, nil); got.Bases != "ATGGCCAAGCTT" {
		t.Errorf("the consensus sequence's bases: %q", got.Bases)
	}

	if got, _, err := c.NucleotideAlignments.Get(ctx, a.ID); err != nil || got.ID != a.ID {
		t.Errorf("a DNA alignment through NucleotideAlignments: %v", err)
	}
	got, _, err := s.Get(ctx, cons.ID)
	if err != nil || len(got.AlignedSequences) != 2 {
		t.Fatalf("Get: %v %+v", err, got)
	}
	if l, _, err := s.List(ctx, &benchling.DnaAlignmentSummaryListOptions{SequenceIDs: []string{tmpl.ID}, Sort: benchling.SortNameAsc}); err != nil || len(l) != 2 {
		t.Errorf("List: %v %d", err, len(l))
	}
	if n := len(e2eCollect(t, s.All(ctx, nil))); n != 2 {
		t.Errorf("All: %d", n)
	}
	if n := len(e2eCollect(t, s.Pages(ctx, &benchling.DnaAlignmentSummaryListOptions{ListOptions: benchling.ListOptions{PageSize: 1}}))); n != 2 {
		t.Errorf("Pages: %d", n)
	}
	if _, err := s.Delete(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	if g, _, _ := c.RnaSequences.Get(ctx, guide.ID, nil); len(g.AlignmentIDs) != 0 {
		t.Errorf("after Delete, the RNA sequence's alignmentIds: %v", g.AlignmentIDs)
	}
	_, err = s.Delete(ctx, "seqanl_nope")
	e2eWantNotFound(t, err, "seqanl_nope")
}
