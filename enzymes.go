package benchling

import (
	"context"
	"iter"
	"net/http"
)

// EnzymesService lists the restriction enzymes Benchling curates, for
// digests and for the cut sites codon optimization avoids
// (CodonOptions.AvoidedCutsiteEnzymeIDs).
//
// Benchling API tag: Enzymes.
type EnzymesService service

// Enzyme is a restriction enzyme.
type Enzyme struct {
	// ID is the enzyme's ID (enz_...).
	ID string `json:"id,omitempty"`
	// Name is the enzyme's name ("EcoRI").
	Name string `json:"name,omitempty"`
	// RestrictionSite is the bases the enzyme recognizes ("GAATTC").
	RestrictionSite string `json:"restrictionSite,omitempty"`
	// Cutsites are where the enzyme cuts the top and bottom strands (one
	// or two positions).
	Cutsites []int `json:"cutsites,omitempty"`
	// Offsets are the offsets of the cuts (one or two), for enzymes that
	// cut outside their site.
	Offsets []int `json:"offsets,omitempty"`
	// Isoschizomers are the names of the enzymes that recognize the same
	// site.
	Isoschizomers []string `json:"isoschizomers,omitempty"`
}

// List returns one page of enzymes; resp.NextToken is the token of the
// next page, empty on the last one. opts may be nil.
//
// Benchling API: GET /enzymes
func (s *EnzymesService) List(ctx context.Context, opts *CatalogListOptions) ([]*Enzyme, *Response, error) {
	return list[Enzyme](ctx, s.c(), http.MethodGet, pathf("enzymes"), "enzymes", opts, nil)
}

// All iterates over every enzyme that opts selects, page by page,
// lazily: breaking out of the loop stops fetching, an error is yielded
// once and ends the loop, and opts is not modified.
//
// Benchling API: GET /enzymes
func (s *EnzymesService) All(ctx context.Context, opts *CatalogListOptions) iter.Seq2[*Enzyme, error] {
	return all(ctx, opts, s.List)
}

// Pages iterates over the pages of the enzymes that opts selects, for a
// job that must resume where it stopped: save Page.NextToken once a page
// is processed, and pass it as opts.NextToken to resume. It has the
// guarantees of All.
//
// Benchling API: GET /enzymes
func (s *EnzymesService) Pages(ctx context.Context, opts *CatalogListOptions) iter.Seq2[*Page[Enzyme], error] {
	return pages(ctx, opts, s.List)
}
