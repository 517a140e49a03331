package benchling

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"net/http"
	"slices"
	"strings"
)

// assayResultsBulkCreateRequest is the body of Create and of an append to
// a result transaction (the spec's AssayResultsBulkCreateRequest).
type assayResultsBulkCreateRequest struct {
	AssayResults []*AssayResultCreate `json:"assayResults"`
}

// AssayResultsBulkCreateInTableRequest is the body of BulkCreate.
type AssayResultsBulkCreateInTableRequest struct {
	// AssayResults are the results to create, at most
	// MaxAssayResultsPerRequest.
	AssayResults []*AssayResultCreate `json:"assayResults"`
	// TableID is the results table of a notebook entry to add the results
	// to (strtbl_...); nil creates them outside any entry.
	TableID *string `json:"tableId,omitempty"`
}

// BulkCreate starts an asynchronous task that creates up to
// MaxAssayResultsPerRequest results, in a table of a notebook entry if
// body.TableID is set; link.Wait returns their IDs, in the order of
// body.AssayResults. A result that does not fit its schema fails the task
// (an error matching ErrTaskFailed whose Items name it), and the task
// then creates nothing. A nil item, or one without Fields, is an error
// before anything is sent.
//
// The spec gives the task's response no schema ("the full list of results
// that were created"); the SDK reads it as an AssayResultsCreateResponse,
// as Benchling's own Python SDK does.
//
// Benchling API: POST /assay-results:bulk-create
func (s *AssayResultsService) BulkCreate(ctx context.Context, body *AssayResultsBulkCreateInTableRequest) (*AsyncTaskLink[AssayResultsCreateResponse], *Response, error) {
	if body != nil {
		if err := checkAssayResults(s.c(), body.AssayResults, 0); err != nil {
			return nil, nil, err
		}
	}
	return startTask[AssayResultsCreateResponse](ctx, s.c(), http.MethodPost, pathf("assay-results:bulk-create"), nil, body)
}

// CreateMany creates any number of results: it splits items into chunks
// of at most MaxAssayResultsPerRequest (or opts.ChunkSize), submits each
// chunk with BulkCreate, waits for the tasks, and returns one result per
// item, in the order of items: the ID of the created result, or the
// item's error. opts may be nil. It holds the JSON of at most
// opts.Concurrency chunks (2 by default) at a time, and allocates nothing
// per item beyond its result.
//
// A chunk's task is all or nothing: an invalid item fails it and nothing
// of the chunk is created. The invalid items get a *BulkItemError, and
// the rest of their chunk is submitted again without them (unless
// opts.NoResubmit). An item whose outcome is unknown (its chunk's submit
// failed after it may have reached Benchling, or the wait for its task
// stopped) has an error matching ErrOutcomeUnknown: check before sending
// it again. When some items fail, the error is a *BulkError.
//
// For results that must all be saved or none, use InTransaction instead;
// to add more than MaxAssayResultsPerRequest results to a notebook table,
// call BulkCreate once per chunk with the table's ID.
//
// Benchling API: POST /assay-results:bulk-create
func (s *AssayResultsService) CreateMany(ctx context.Context, items []*AssayResultCreate, opts *BulkOptions) ([]BulkResult[string], error) {
	if err := checkAssayResults(s.c(), items, 0); err != nil {
		return nil, err
	}
	start := func(ctx context.Context, chunk []*AssayResultCreate) (*AsyncTaskLink[AssayResultsCreateResponse], *Response, error) {
		return s.BulkCreate(ctx, &AssayResultsBulkCreateInTableRequest{AssayResults: chunk})
	}
	ids := func(r *AssayResultsCreateResponse) []string { return r.AssayResults }
	return bulk(ctx, items, opts, MaxAssayResultsPerRequest, submitAndWait(start, ids))
}

// BulkGet returns the results with the given IDs, at most
// MaxAssayResultsBulkGet of them: a longer list is an error before
// anything is sent rather than several requests, so that one call stays
// one request with one Response. Split a longer list with
// slices.Chunk(ids, benchling.MaxAssayResultsBulkGet). No ID, or an
// invalid one, is ErrInvalidID; an unknown ID gives an error matching
// ErrBadRequest.
//
// Benchling API: GET /assay-results:bulk-get
func (s *AssayResultsService) BulkGet(ctx context.Context, ids []string) ([]*AssayResult, *Response, error) {
	if len(ids) > MaxAssayResultsBulkGet {
		return nil, nil, fmt.Errorf("benchling: AssayResults.BulkGet takes at most %d IDs per request, got %d: split them with slices.Chunk(ids, benchling.MaxAssayResultsBulkGet)",
			MaxAssayResultsBulkGet, len(ids))
	}
	q := struct {
		IDs []string `url:"assayResultIds,comma"`
	}{ids}
	r := pathf("assay-results:bulk-get").needIDs("assayResultIds", ids)
	return list[AssayResult](ctx, s.c(), http.MethodGet, r, "assayResults", q, nil)
}

// checkAssayResults returns an error naming the first result (by its
// index plus offset) that is nil or has no Fields, which the API
// requires, once c is known to be a client NewClient made.
func checkAssayResults(c *Client, items []*AssayResultCreate, offset int) error {
	return checkAssayItems(c, items, offset, "assay result", func(r *AssayResultCreate) AssayCreateFields { return r.Fields })
}

// checkAssayItems is checkAssayResults for the items of any assay create
// (what names them in errors, fields returns their Fields).
func checkAssayItems[T any](c *Client, items []*T, offset int, what string, fields func(*T) AssayCreateFields) error {
	if err := c.ready(); err != nil {
		return err
	}
	for i, it := range items {
		switch {
		case it == nil:
			return fmt.Errorf("benchling: %s %d is nil (nothing was sent)", what, offset+i)
		case fields(it) == nil:
			return fmt.Errorf("benchling: %s %d has no Fields, which Benchling requires: use benchling.Fields{} for none (nothing was sent)", what, offset+i)
		}
	}
	return nil
}

// withAssayCreateItems returns err, when it is a 400 whose body is
// Benchling's assay create error answer (AssayResultsCreateErrorResponse,
// AssayRunsBulkCreateErrorResponse), as a copy of the *Error with the
// answer's errors: when there is one per item of the request (n of them),
// as Items, indexed by the item's position in the request plus offset
// (the index in the caller's input); otherwise, as its Message. Any other
// error is returned as it is.
func withAssayCreateItems(err error, offset, n int) error {
	var ae *Error
	if !errors.As(err, &ae) || ae.StatusCode != http.StatusBadRequest || len(ae.Items) > 0 || len(ae.Body) == 0 {
		return err
	}
	var body struct {
		Errors []AssayCreateError `json:"errors"`
	}
	if json.Unmarshal(ae.Body, &body) != nil || len(body.Errors) == 0 {
		return err
	}
	c := *ae
	if len(body.Errors) != n {
		var msgs []string
		for _, e := range body.Errors {
			if msg := e.message(); msg != "" {
				msgs = append(msgs, msg)
			}
		}
		if len(msgs) == 0 {
			return err
		}
		c.Message, c.UserMessage = strings.Join(msgs, "; "), ""
		return &c
	}
	for i, e := range body.Errors {
		if msg := e.message(); msg != "" {
			c.Items = append(c.Items, ItemError{Index: offset + i, Message: msg})
		}
	}
	if len(c.Items) == 0 {
		return err
	}
	c.Message, c.UserMessage = "invalid items", ""
	return &c
}

// message is the error as one line: the global errors, then each field's.
func (e AssayCreateError) message() string {
	parts := append([]string(nil), e.Global...)
	for _, name := range slices.Sorted(maps.Keys(e.Fields)) {
		msg := strings.TrimSpace(string(e.Fields[name]))
		var s string
		if json.Unmarshal(e.Fields[name], &s) == nil {
			msg = s
		}
		parts = append(parts, name+": "+msg)
	}
	return strings.Join(parts, "; ")
}
