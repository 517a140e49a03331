package benchling

import (
	"context"
	"iter"
	"net/http"
)

// NucleotideAlignmentsService manages nucleotide alignments: template
// alignments (reads aligned to a template, as for Sanger verification)
// and consensus alignments (inputs aligned to each other, giving a
// consensus sequence). Alignments are created by async tasks whose result
// is the alignment.
//
// Benchling API tag: Nucleotide Alignments.
type NucleotideAlignmentsService service

// Get returns the alignment with the given ID, with its aligned
// sequences. An unknown ID is an error matching ErrNotFound.
//
// Benchling API: GET /nucleotide-alignments/{alignment_id}
func (s *NucleotideAlignmentsService) Get(ctx context.Context, id string) (*NucleotideAlignment, *Response, error) {
	return call[NucleotideAlignment](ctx, s.c(), http.MethodGet, pathf("nucleotide-alignments/%s", id), nil, nil)
}

// List returns one page of alignments, without their aligned sequences;
// resp.NextToken is the token of the next page, empty on the last one.
// opts may be nil.
//
// Benchling API: GET /nucleotide-alignments
func (s *NucleotideAlignmentsService) List(ctx context.Context, opts *NucleotideAlignmentSummaryListOptions) ([]*NucleotideAlignmentSummary, *Response, error) {
	return list[NucleotideAlignmentSummary](ctx, s.c(), http.MethodGet, pathf("nucleotide-alignments"), "alignments", opts, nil)
}

// All iterates over every alignment that opts selects, page by page,
// lazily: breaking out of the loop stops fetching, an error is yielded
// once and ends the loop, and opts is not modified.
//
// Benchling API: GET /nucleotide-alignments
func (s *NucleotideAlignmentsService) All(ctx context.Context, opts *NucleotideAlignmentSummaryListOptions) iter.Seq2[*NucleotideAlignmentSummary, error] {
	return all(ctx, opts, s.List)
}

// Pages iterates over the pages of the alignments that opts selects, for
// a job that must resume where it stopped: save Page.NextToken once a
// page is processed, and pass it as opts.NextToken to resume. It has the
// guarantees of All.
//
// Benchling API: GET /nucleotide-alignments
func (s *NucleotideAlignmentsService) Pages(ctx context.Context, opts *NucleotideAlignmentSummaryListOptions) iter.Seq2[*Page[NucleotideAlignmentSummary], error] {
	return pages(ctx, opts, s.List)
}

// Delete deletes the alignment with the given ID (its sequences stay).
// An unknown ID is an error matching ErrNotFound.
//
// Benchling API: DELETE /nucleotide-alignments/{alignment_id}
func (s *NucleotideAlignmentsService) Delete(ctx context.Context, id string) (*Response, error) {
	_, resp, err := call[struct{}](ctx, s.c(), http.MethodDelete, pathf("nucleotide-alignments/%s", id), nil, nil)
	return resp, err
}

// CreateConsensusAlignment starts a task that aligns the inputs to each
// other and saves their consensus as a sequence; Wait on the returned
// link gives the alignment. An unknown sequence or an unreadable file
// fails the task.
//
// Benchling API: POST /nucleotide-alignments:create-consensus-alignment
func (s *NucleotideAlignmentsService) CreateConsensusAlignment(ctx context.Context, body *NucleotideConsensusAlignmentCreate) (*AsyncTaskLink[NucleotideAlignment], *Response, error) {
	return startTask[NucleotideAlignment](ctx, s.c(), http.MethodPost, pathf("nucleotide-alignments:create-consensus-alignment"), nil, body)
}

// CreateTemplateAlignment starts a task that aligns the inputs to a
// template sequence; Wait on the returned link gives the alignment, whose
// rows carry their PairwiseIdentity to the template.
//
// Benchling API: POST /nucleotide-alignments:create-template-alignment
func (s *NucleotideAlignmentsService) CreateTemplateAlignment(ctx context.Context, body *NucleotideTemplateAlignmentCreate) (*AsyncTaskLink[NucleotideAlignment], *Response, error) {
	return startTask[NucleotideAlignment](ctx, s.c(), http.MethodPost, pathf("nucleotide-alignments:create-template-alignment"), nil, body)
}
