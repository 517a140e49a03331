package benchling

import (
	"context"
	"iter"
	"net/http"
)

// CustomNotationsService lists the tenant's custom notations: the
// syntaxes (a synthesizer's, an ordering company's) in which RNA
// sequences and DNA and RNA oligos with chemical modifications can be
// written and read, through their CustomNotation and CustomNotationID
// fields. The spec lists the one operation under the Custom Notations,
// DNA Oligos and RNA Oligos tags.
//
// Benchling API tag: Custom Notations.
type CustomNotationsService service

// CustomNotation is a custom notation: tokens, each standing for a
// nucleotide's sugar, base and phosphate monomers.
type CustomNotation struct {
	// ID is the notation's ID (sntx_...), the CustomNotationID of
	// requests.
	ID string `json:"id,omitempty"`
	// Name is the notation's name.
	Name string `json:"name,omitempty"`
	// Aliases are the notation's tokens.
	Aliases []CustomNotationAlias `json:"aliases,omitempty"`
}

// CustomNotationAlias is one token of a custom notation and the monomers
// it stands for.
type CustomNotationAlias struct {
	// ID is the token's ID (sntxals_...).
	ID string `json:"id,omitempty"`
	// CustomNotationID is the notation the token belongs to.
	CustomNotationID string `json:"customNotationId,omitempty"`
	// Token is the text of the token, e.g. "mA".
	Token string `json:"token,omitempty"`
	// TokenVariantStart is the token's spelling at the start of a
	// sequence, if it has one; nil otherwise.
	TokenVariantStart *string `json:"tokenVariantStart,omitempty"`
	// TokenVariantEnd is the token's spelling at the end of a sequence,
	// if it has one; nil otherwise.
	TokenVariantEnd *string `json:"tokenVariantEnd,omitempty"`
	// Rank orders the tokens of the notation.
	Rank float64 `json:"rank,omitempty"`
	// BaseMonomerID is the base monomer the token stands for (mon_...).
	BaseMonomerID string `json:"baseMonomerId,omitempty"`
	// SugarMonomerID is the sugar monomer the token stands for.
	SugarMonomerID string `json:"sugarMonomerId,omitempty"`
	// PhosphateMonomerID is the phosphate (linkage) monomer the token
	// stands for; nil if none.
	PhosphateMonomerID *string `json:"phosphateMonomerId,omitempty"`
}

// List returns one page of custom notations; resp.NextToken is the token
// of the next page, empty on the last one. opts may be nil.
//
// Benchling API: GET /custom-notations
func (s *CustomNotationsService) List(ctx context.Context, opts *ListOptions) ([]*CustomNotation, *Response, error) {
	return list[CustomNotation](ctx, s.c(), http.MethodGet, pathf("custom-notations"), "customNotations", opts, nil)
}

// All iterates over every custom notation, page by page, lazily: breaking
// out of the loop stops fetching, an error is yielded once and ends the
// loop, and opts is not modified.
//
// Benchling API: GET /custom-notations
func (s *CustomNotationsService) All(ctx context.Context, opts *ListOptions) iter.Seq2[*CustomNotation, error] {
	return all(ctx, opts, s.List)
}

// Pages iterates over the pages of custom notations, for a job that must
// resume where it stopped: save Page.NextToken once a page is processed,
// and pass it as opts.NextToken to resume. It has the guarantees of All.
//
// Benchling API: GET /custom-notations
func (s *CustomNotationsService) Pages(ctx context.Context, opts *ListOptions) iter.Seq2[*Page[CustomNotation], error] {
	return pages(ctx, opts, s.List)
}
