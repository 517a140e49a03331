package benchling

import (
	"context"
	"iter"
	"net/http"
)

// OligosService holds the deprecated /oligos operations, from before
// Benchling had RNA oligos (they treat every oligo as DNA), and BulkGet,
// which is not deprecated and returns oligos of both kinds. Use
// DnaOligosService and RnaOligosService for everything else.
//
// Benchling API tag: Oligos.
type OligosService service

// BulkGet returns the oligos, DNA or RNA, with the given IDs, in one
// request; NucleotideType tells them apart. opts may be nil. An empty ids
// is ErrInvalidID, an unknown ID a 400.
//
// Benchling API: GET /oligos:bulk-get
func (s *OligosService) BulkGet(ctx context.Context, ids []string, opts *OligoBulkGetOptions) ([]*Oligo, *Response, error) {
	return list[Oligo](ctx, s.c(), http.MethodGet, pathf("oligos:bulk-get").needIDs("oligoIds", ids), "oligos",
		oligoBulkGetQuery{OligoIDs: ids, OligoBulkGetOptions: opts}, nil)
}

// List returns one page of oligos; resp.NextToken is the token of the
// next page, empty on the last one. opts may be nil.
//
// Deprecated: use DnaOligosService.List or RnaOligosService.List.
//
// Benchling API: GET /oligos
func (s *OligosService) List(ctx context.Context, opts *OligoListOptions) ([]*Oligo, *Response, error) {
	return list[Oligo](ctx, s.c(), http.MethodGet, pathf("oligos"), "oligos", opts, nil)
}

// All iterates over every oligo that opts selects, page by page, lazily:
// breaking out of the loop stops fetching, an error is yielded once and
// ends the loop, and opts is not modified.
//
// Deprecated: use DnaOligosService.All or RnaOligosService.All.
//
// Benchling API: GET /oligos
func (s *OligosService) All(ctx context.Context, opts *OligoListOptions) iter.Seq2[*Oligo, error] {
	return all(ctx, opts, s.List)
}

// Pages iterates over the pages of the oligos that opts selects, for a
// job that must resume where it stopped: save Page.NextToken once a page
// is processed, and pass it as opts.NextToken to resume. It has the
// guarantees of All.
//
// Deprecated: use DnaOligosService.Pages or RnaOligosService.Pages.
//
// Benchling API: GET /oligos
func (s *OligosService) Pages(ctx context.Context, opts *OligoListOptions) iter.Seq2[*Page[Oligo], error] {
	return pages(ctx, opts, s.List)
}

// Create creates a DNA oligo.
//
// Deprecated: use DnaOligosService.Create (or RnaOligosService.Create).
//
// Benchling API: POST /oligos
func (s *OligosService) Create(ctx context.Context, body *OligoCreate) (*DnaOligo, *Response, error) {
	return call[DnaOligo](ctx, s.c(), http.MethodPost, pathf("oligos"), nil, body)
}

// Get returns the oligo with the given ID; opts may be nil. An unknown ID
// is an error matching ErrNotFound.
//
// Deprecated: use DnaOligosService.Get or RnaOligosService.Get.
//
// Benchling API: GET /oligos/{oligo_id}
func (s *OligosService) Get(ctx context.Context, id string, opts *OligoGetOptions) (*DnaOligo, *Response, error) {
	return call[DnaOligo](ctx, s.c(), http.MethodGet, pathf("oligos/%s", id), opts, nil)
}

// Update changes the oligo with the given ID; nil fields of body are left
// unchanged.
//
// Deprecated: use DnaOligosService.Update or RnaOligosService.Update.
//
// Benchling API: PATCH /oligos/{oligo_id}
func (s *OligosService) Update(ctx context.Context, id string, body *OligoUpdate) (*DnaOligo, *Response, error) {
	return call[DnaOligo](ctx, s.c(), http.MethodPatch, pathf("oligos/%s", id), nil, body)
}

// Archive archives oligos, and their batches, for a reason.
//
// Deprecated: use DnaOligosService.Archive or RnaOligosService.Archive.
//
// Benchling API: POST /oligos:archive
func (s *OligosService) Archive(ctx context.Context, body *OligosArchive) (*OligosArchivalChange, *Response, error) {
	r := pathf("oligos:archive")
	if body != nil {
		r = r.needIDs("oligoIds", body.OligoIDs)
	}
	return call[OligosArchivalChange](ctx, s.c(), http.MethodPost, r, nil, body)
}

// Unarchive unarchives oligos and their batches.
//
// Deprecated: use DnaOligosService.Unarchive or RnaOligosService.Unarchive.
//
// Benchling API: POST /oligos:unarchive
func (s *OligosService) Unarchive(ctx context.Context, ids []string) (*OligosArchivalChange, *Response, error) {
	return call[OligosArchivalChange](ctx, s.c(), http.MethodPost, pathf("oligos:unarchive").needIDs("oligoIds", ids), nil, &oligosUnarchive{OligoIDs: ids})
}

// BulkCreate starts a task that creates up to 1000 DNA oligos; Wait on
// the returned link gives them.
//
// Deprecated: use DnaOligosService.BulkCreate (or RnaOligosService's),
// which Benchling asks clients to migrate to so that RNA oligos are
// supported.
//
// Benchling API: POST /oligos:bulk-create
func (s *OligosService) BulkCreate(ctx context.Context, items []*OligoCreate) (*AsyncTaskLink[OligosBulkCreateResult], *Response, error) {
	return startTask[OligosBulkCreateResult](ctx, s.c(), http.MethodPost, pathf("oligos:bulk-create"), nil, &oligosBulkCreateRequest{Oligos: items})
}

// CreateMany creates any number of DNA oligos in chunks of at most
// MaxBulkOligos with BulkCreate; see AaSequencesService.CreateMany for
// how chunks, errors and cancellation behave.
//
// Deprecated: use DnaOligosService.CreateMany.
//
// Benchling API: POST /oligos:bulk-create
func (s *OligosService) CreateMany(ctx context.Context, items []*OligoCreate, opts *BulkOptions) ([]BulkResult[*DnaOligo], error) {
	return bulk(ctx, items, opts, MaxBulkOligos, submitAndWait(s.BulkCreate,
		func(r *OligosBulkCreateResult) []*DnaOligo { return r.Oligos }))
}
