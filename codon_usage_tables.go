package benchling

import (
	"context"
	"iter"
	"net/http"
)

// CodonUsageTablesService lists the codon usage tables Benchling curates,
// one per organism, for codon optimization and back-translation
// (CodonOptions.CodonUsageTableID).
//
// Benchling API tag: Codon Usage Tables.
type CodonUsageTablesService service

// CodonUsageTable is an organism's codon usage table.
type CodonUsageTable struct {
	// ID is the table's ID (codtab_...).
	ID string `json:"id,omitempty"`
	// Name is the table's name, the organism's ("Escherichia coli K12").
	Name string `json:"name,omitempty"`
}

// CatalogListOptions are the filters and paging of the lists of
// Benchling's curated catalogs, whose query parameters are the same:
// CodonUsageTables.List and Enzymes.List (and their All and Pages).
type CatalogListOptions struct {
	ListOptions
	// Sort orders the results; only the name orders (SortName,
	// SortNameAsc, SortNameDesc) are valid, and the server's default is
	// name:asc.
	Sort Sort `url:"sort,omitempty"`
	// Name matches a name exactly.
	Name string `url:"name,omitempty"`
	// NameIncludes matches a substring of a name.
	NameIncludes string `url:"nameIncludes,omitempty"`
	// IDs restricts the results to these IDs; an unknown ID is a 400.
	IDs []string `url:"ids,comma,omitempty"`
	// NamesAnyOf matches any of these names.
	NamesAnyOf []string `url:"names.anyOf,comma,omitempty"`
}

// List returns one page of codon usage tables; resp.NextToken is the
// token of the next page, empty on the last one. opts may be nil.
//
// Benchling API: GET /codon-usage-tables
func (s *CodonUsageTablesService) List(ctx context.Context, opts *CatalogListOptions) ([]*CodonUsageTable, *Response, error) {
	return list[CodonUsageTable](ctx, s.c(), http.MethodGet, pathf("codon-usage-tables"), "codonUsageTables", opts, nil)
}

// All iterates over every codon usage table that opts selects, page by
// page, lazily: breaking out of the loop stops fetching, an error is
// yielded once and ends the loop, and opts is not modified.
//
// Benchling API: GET /codon-usage-tables
func (s *CodonUsageTablesService) All(ctx context.Context, opts *CatalogListOptions) iter.Seq2[*CodonUsageTable, error] {
	return all(ctx, opts, s.List)
}

// Pages iterates over the pages of the codon usage tables that opts
// selects, for a job that must resume where it stopped: save
// Page.NextToken once a page is processed, and pass it as opts.NextToken
// to resume. It has the guarantees of All.
//
// Benchling API: GET /codon-usage-tables
func (s *CodonUsageTablesService) Pages(ctx context.Context, opts *CatalogListOptions) iter.Seq2[*Page[CodonUsageTable], error] {
	return pages(ctx, opts, s.List)
}
