package benchling

import (
	"context"
	"iter"
	"net/http"
)

// DnaAlignmentsService holds the deprecated DNA alignment operations;
// NucleotideAlignmentsService replaces them (for DNA and RNA).
//
// Benchling API tag: DNA Alignments.
type DnaAlignmentsService service

// DnaAlignmentSummary is a DNA alignment as lists give it; the spec's
// DnaAlignmentSummary has NucleotideAlignmentSummary's shape.
type DnaAlignmentSummary = NucleotideAlignmentSummary

// DnaAlignment is a DNA alignment with its aligned sequences; the spec's
// DnaAlignment has NucleotideAlignment's shape.
type DnaAlignment = NucleotideAlignment

// AlignedSequence is one row of a DNA alignment; the spec's
// AlignedSequence has AlignedNucleotideSequence's shape.
type AlignedSequence = AlignedNucleotideSequence

// DnaConsensusAlignmentCreate is the body of the deprecated
// DnaAlignments.CreateConsensusAlignment; the spec's
// DnaConsensusAlignmentCreate has NucleotideConsensusAlignmentCreate's
// shape.
type DnaConsensusAlignmentCreate = NucleotideConsensusAlignmentCreate

// DnaTemplateAlignmentCreate is the body of the deprecated
// DnaAlignments.CreateTemplateAlignment: NucleotideTemplateAlignmentCreate
// with ShouldDisableCircularSequenceRotation.
//
// Its fields Algorithm, Files, Name, ClustaloOptions and MafftOptions are in
// the embedded NucleotideAlignmentCreateBase.
type DnaTemplateAlignmentCreate struct {
	NucleotideAlignmentCreateBase

	// TemplateSequenceID is the template (seq_...).
	TemplateSequenceID string `json:"templateSequenceId"`
	// ShouldDisableCircularSequenceRotation keeps a circular template
	// from being rotated to fit the inputs (the default is false).
	ShouldDisableCircularSequenceRotation *bool `json:"shouldDisableCircularSequenceRotation,omitempty"`
}

// DnaAlignmentSummaryListOptions are the filters and paging of the
// deprecated DnaAlignments.List, All and Pages.
//
// Its fields Sort, ModifiedAt, Name, NameIncludes, IDs, NamesAnyOf,
// NamesAnyOfCaseSensitive and SequenceIDs are in the embedded
// NucleotideAlignmentListFilters.
type DnaAlignmentSummaryListOptions struct {
	ListOptions
	NucleotideAlignmentListFilters
}

// Get returns the DNA alignment with the given ID, with its aligned
// sequences.
//
// Deprecated: use NucleotideAlignmentsService.Get.
//
// Benchling API: GET /dna-alignments/{dna_alignment_id}
func (s *DnaAlignmentsService) Get(ctx context.Context, id string) (*DnaAlignment, *Response, error) {
	return call[DnaAlignment](ctx, s.c(), http.MethodGet, pathf("dna-alignments/%s", id), nil, nil)
}

// List returns one page of DNA alignments; resp.NextToken is the token of
// the next page, empty on the last one. opts may be nil.
//
// Deprecated: use NucleotideAlignmentsService.List.
//
// Benchling API: GET /dna-alignments
func (s *DnaAlignmentsService) List(ctx context.Context, opts *DnaAlignmentSummaryListOptions) ([]*DnaAlignmentSummary, *Response, error) {
	return list[DnaAlignmentSummary](ctx, s.c(), http.MethodGet, pathf("dna-alignments"), "dnaAlignments", opts, nil)
}

// All iterates over every DNA alignment that opts selects, page by page,
// lazily: breaking out of the loop stops fetching, an error is yielded
// once and ends the loop, and opts is not modified.
//
// Deprecated: use NucleotideAlignmentsService.All.
//
// Benchling API: GET /dna-alignments
func (s *DnaAlignmentsService) All(ctx context.Context, opts *DnaAlignmentSummaryListOptions) iter.Seq2[*DnaAlignmentSummary, error] {
	return all(ctx, opts, s.List)
}

// Pages iterates over the pages of the DNA alignments that opts selects,
// like NucleotideAlignmentsService.Pages.
//
// Deprecated: use NucleotideAlignmentsService.Pages.
//
// Benchling API: GET /dna-alignments
func (s *DnaAlignmentsService) Pages(ctx context.Context, opts *DnaAlignmentSummaryListOptions) iter.Seq2[*Page[DnaAlignmentSummary], error] {
	return pages(ctx, opts, s.List)
}

// Delete deletes the DNA alignment with the given ID. An unknown ID is an
// error matching ErrNotFound.
//
// Deprecated: use NucleotideAlignmentsService.Delete.
//
// Benchling API: DELETE /dna-alignments/{dna_alignment_id}
func (s *DnaAlignmentsService) Delete(ctx context.Context, id string) (*Response, error) {
	_, resp, err := call[struct{}](ctx, s.c(), http.MethodDelete, pathf("dna-alignments/%s", id), nil, nil)
	return resp, err
}

// CreateConsensusAlignment starts a task that aligns the inputs to each
// other and saves their consensus; Wait on the returned link gives the
// alignment.
//
// Deprecated: use NucleotideAlignmentsService.CreateConsensusAlignment.
//
// Benchling API: POST /dna-alignments:create-consensus-alignment
func (s *DnaAlignmentsService) CreateConsensusAlignment(ctx context.Context, body *DnaConsensusAlignmentCreate) (*AsyncTaskLink[DnaAlignment], *Response, error) {
	return startTask[DnaAlignment](ctx, s.c(), http.MethodPost, pathf("dna-alignments:create-consensus-alignment"), nil, body)
}

// CreateTemplateAlignment starts a task that aligns the inputs to a
// template sequence; Wait on the returned link gives the alignment.
//
// Deprecated: use NucleotideAlignmentsService.CreateTemplateAlignment.
//
// Benchling API: POST /dna-alignments:create-template-alignment
func (s *DnaAlignmentsService) CreateTemplateAlignment(ctx context.Context, body *DnaTemplateAlignmentCreate) (*AsyncTaskLink[DnaAlignment], *Response, error) {
	return startTask[DnaAlignment](ctx, s.c(), http.MethodPost, pathf("dna-alignments:create-template-alignment"), nil, body)
}
