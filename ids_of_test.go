package benchling

import (
	"errors"
	"slices"
	"testing"
)

// idsOf reads a body's IDs, and none from a nil body, so that needIDs
// refuses a nil archive body before anything is sent.
func TestIDsOf(t *testing.T) {
	get := func(b *RnaSequencesArchive) []string { return b.RnaSequenceIDs }
	if got := idsOf(&RnaSequencesArchive{RnaSequenceIDs: []string{"seq_1"}}, get); !slices.Equal(got, []string{"seq_1"}) {
		t.Errorf("idsOf = %v", got)
	}
	if got := idsOf(nil, get); got != nil {
		t.Errorf("idsOf(nil) = %v", got)
	}
	if r := pathf("rna-sequences:archive").needIDs("rnaSequenceIds", idsOf(nil, get)); !errors.Is(r.err, ErrInvalidID) {
		t.Errorf("needIDs of a nil body: %v", r.err)
	}
}
