package benchling

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"sync"
	"time"
)

// resultTransactionAbortTimeout bounds the abort InTransaction sends when
// it does not commit. The abort runs on a context of its own (the
// caller's values, not its cancellation), so that a transaction whose
// context ended is still aborted.
const resultTransactionAbortTimeout = 15 * time.Second

// AssayResultTransactionCreateResponse names a result transaction: the
// answer of CreateTransaction, AbortTransaction and CommitTransaction.
type AssayResultTransactionCreateResponse struct {
	// ID is the transaction's ID, a UUID.
	ID string `json:"id,omitempty"`
}

// CreateTransaction starts a result transaction: results added to it with
// CreateInTransaction stay invisible until CommitTransaction saves them
// all, and AbortTransaction discards them. InTransaction does all of this
// with the failure handling a program needs; use these methods directly
// only to spread one transaction over several processes.
//
// Benchling API: POST /result-transactions
func (s *AssayResultsService) CreateTransaction(ctx context.Context) (*AssayResultTransactionCreateResponse, *Response, error) {
	return call[AssayResultTransactionCreateResponse](ctx, s.c(), http.MethodPost, pathf("result-transactions"), nil, nil)
}

// CreateInTransaction adds results to an open transaction in one request
// (at most MaxAssayResultsPerRequest) and returns their IDs, in the order
// of items. A result that does not fit its schema fails the whole request
// with an error matching ErrBadRequest, whose *Error has an item per
// invalid result (by its index in items) and whose Body decodes into
// AssayResultsCreateErrorResponse. A nil item, or one without Fields, is
// an error before anything is sent.
//
// Benchling API: POST /result-transactions/{transaction_id}/results
func (s *AssayResultsService) CreateInTransaction(ctx context.Context, transactionID string, items []*AssayResultCreate) (*AssayResultsCreateResponse, *Response, error) {
	return s.createIn(ctx, transactionID, items, 0)
}

// createIn is CreateInTransaction with the index of items[0] in the
// caller's input, for the errors.
func (s *AssayResultsService) createIn(ctx context.Context, id string, items []*AssayResultCreate, offset int) (*AssayResultsCreateResponse, *Response, error) {
	if err := checkAssayResults(s.c(), items, offset); err != nil {
		return nil, nil, err
	}
	r, resp, err := call[AssayResultsCreateResponse](ctx, s.c(), http.MethodPost, pathf("result-transactions/%s/results", id), nil,
		&assayResultsBulkCreateRequest{AssayResults: items})
	if err != nil {
		return nil, resp, withAssayCreateItems(err, offset, len(items))
	}
	return r, resp, nil
}

// AbortTransaction aborts a transaction, discarding every result added to
// it. An abort can only discard, so sending it again is harmless: it is
// retried like a read (a 5xx, a lost connection), and its failure is
// never an unknown outcome.
//
// Benchling API: POST /result-transactions/{transaction_id}:abort
func (s *AssayResultsService) AbortTransaction(ctx context.Context, transactionID string) (*AssayResultTransactionCreateResponse, *Response, error) {
	return call[AssayResultTransactionCreateResponse](ctx, s.c(), http.MethodPost, pathf("result-transactions/%s:abort", transactionID).idempotent(), nil, nil)
}

// CommitTransaction commits a transaction: every result added to it is
// saved and becomes visible to others. A commit whose answer is lost (a
// 5xx, a dropped connection) gives an error matching ErrOutcomeUnknown:
// the results may have been saved, and the commit is not sent again.
//
// Benchling API: POST /result-transactions/{transaction_id}:commit
func (s *AssayResultsService) CommitTransaction(ctx context.Context, transactionID string) (*AssayResultTransactionCreateResponse, *Response, error) {
	return call[AssayResultTransactionCreateResponse](ctx, s.c(), http.MethodPost, pathf("result-transactions/%s:commit", transactionID), nil, nil)
}

// InTransaction saves results all together or not at all: it starts a
// result transaction, calls fn with it, and commits the transaction when
// fn returns nil, so that every result fn appended becomes visible at
// once; otherwise it aborts the transaction and nothing is saved.
//
//	err := client.AssayResults.InTransaction(ctx, func(tx *benchling.ResultTransaction) error {
//		for batch := range readings { // any number of results, in any number of appends
//			if _, err := tx.Append(ctx, batch); err != nil {
//				return err
//			}
//		}
//		return nil
//	})
//
// InTransaction aborts, and returns a *ResultTransactionError, when:
//
//   - fn returns an error (it is the error's Err);
//   - an Append failed, even if fn went on and returned nil: the
//     results of a failed append may be partly in the transaction, so it
//     cannot be committed;
//   - ctx ended before the commit;
//   - Benchling rejected the commit.
//
// When fn panics (or calls runtime.Goexit), InTransaction aborts and the
// panic goes on. The abort is sent on a context of its own, with the
// values of ctx but not its cancellation and a timeout of 15 seconds, so
// that a transaction whose ctx ended is still aborted. An abort that fails
// leaves the transaction open but uncommitted: its results are still not
// saved.
//
// A commit whose outcome is unknown (a 5xx, a dropped connection, ctx
// ending while the commit was in flight) is neither sent again nor
// aborted, since it may have saved the results: the error matches
// ErrOutcomeUnknown. The results of an uncommitted transaction are not
// visible, so BulkGet on the IDs Append returned tells whether it was
// saved. No other error of InTransaction matches ErrOutcomeUnknown (an
// aborted transaction saved nothing, whatever its appends' errors were);
// an error of fn's own that does is still in the error's Err.
//
// Appends within one transaction are sent one request at a time; fn may
// call Append from several goroutines, but every call must return before
// fn does (a later one fails).
//
// Benchling API: POST /result-transactions
func (s *AssayResultsService) InTransaction(ctx context.Context, fn func(tx *ResultTransaction) error) error {
	if err := s.c().ready(); err != nil {
		return err
	}
	if fn == nil {
		return errors.New("benchling: AssayResults.InTransaction: the function is nil")
	}
	created, _, err := s.CreateTransaction(ctx)
	if err != nil {
		return &ResultTransactionError{Err: err}
	}
	if created.ID == "" {
		return &ResultTransactionError{Err: &DecodeError{StatusCode: http.StatusOK, Method: http.MethodPost, Path: "/result-transactions",
			Err: errors.New("the response holds no transaction id")}}
	}
	tx := &ResultTransaction{s: s, id: created.ID}
	returned := false
	defer func() {
		if !returned { // fn panicked or called runtime.Goexit
			tx.end()
			s.abortTransaction(ctx, tx.id)
		}
	}()
	fnErr := fn(tx)
	returned = true
	appendErr := tx.end()
	var cause error
	switch {
	case fnErr != nil:
		cause = fnErr
	case appendErr != nil:
		cause = fmt.Errorf("an append failed: %w", appendErr)
	case ctx.Err() != nil:
		cause = ctx.Err()
	default:
		_, _, err := s.CommitTransaction(ctx, tx.id)
		if err == nil {
			return nil
		}
		if errors.Is(err, ErrOutcomeUnknown) {
			return &ResultTransactionError{TransactionID: tx.id, Err: err, OutcomeUnknown: true}
		}
		cause = err // rejected: nothing was saved; abort to discard the results
	}
	abortErr := s.abortTransaction(ctx, tx.id)
	return &ResultTransactionError{TransactionID: tx.id, Err: cause, Aborted: abortErr == nil, AbortErr: abortErr}
}

// abortTransaction aborts a transaction on a context of its own: ctx's
// values, not its cancellation, and resultTransactionAbortTimeout.
func (s *AssayResultsService) abortTransaction(ctx context.Context, id string) error {
	actx, cancel := context.WithTimeout(context.WithoutCancel(ctx), resultTransactionAbortTimeout)
	defer cancel()
	_, _, err := s.AbortTransaction(actx, id)
	return err
}

// ResultTransaction is an open result transaction, given to the function
// of InTransaction: results appended to it are saved when InTransaction
// commits it, and discarded if it aborts. It is safe for concurrent use;
// appends are sent one at a time.
type ResultTransaction struct {
	s  *AssayResultsService
	id string

	mu       sync.Mutex // held for the whole of an Append
	err      error      // the first Append's error: the transaction can then only be aborted
	ended    bool       // InTransaction's function has returned
	appended int
}

// ID returns the transaction's ID.
func (tx *ResultTransaction) ID() string { return tx.id }

// Appended returns how many results Append has added so far.
func (tx *ResultTransaction) Appended() int {
	tx.mu.Lock()
	defer tx.mu.Unlock()
	return tx.appended
}

// Append adds results to the transaction and returns their IDs, in the
// order of items. It sends them in chunks of MaxAssayResultsPerRequest,
// one request after another, so that it holds the JSON of one chunk at a
// time and allocates nothing per item beyond its ID.
//
// An error (a result Benchling rejects, whose *Error has an item per
// invalid result by its index in items; a failed request; ctx ending; a
// nil item or one without Fields) means the transaction cannot be
// committed: InTransaction aborts it, even if the function goes on and
// returns nil, and every later Append fails. The IDs returned with an
// error are those of the chunks added before it, which the abort
// discards.
func (tx *ResultTransaction) Append(ctx context.Context, items []*AssayResultCreate) ([]string, error) {
	tx.mu.Lock()
	defer tx.mu.Unlock()
	switch {
	case tx.ended:
		return nil, fmt.Errorf("benchling: result transaction %s: Append after InTransaction's function returned (nothing was sent)", tx.id)
	case tx.err != nil:
		return nil, fmt.Errorf("benchling: result transaction %s: an earlier Append failed, so the transaction will be aborted (nothing was sent): %v", tx.id, tx.err)
	}
	if err := checkAssayResults(tx.s.c(), items, 0); err != nil {
		tx.err = err
		return nil, err
	}
	ids := make([]string, 0, len(items))
	for start := 0; start < len(items); start += MaxAssayResultsPerRequest {
		end := min(start+MaxAssayResultsPerRequest, len(items))
		r, _, err := tx.s.createIn(ctx, tx.id, items[start:end], start)
		if err == nil && len(r.AssayResults) != end-start {
			err = &DecodeError{StatusCode: http.StatusOK, Method: http.MethodPost, Path: "/result-transactions/" + tx.id + "/results",
				Err: fmt.Errorf("%d result IDs for %d results", len(r.AssayResults), end-start)}
		}
		if err != nil {
			tx.err = fmt.Errorf("benchling: result transaction %s: appending results %d..%d: %w", tx.id, start, end-1, err)
			return ids, tx.err
		}
		ids = append(ids, r.AssayResults...)
		tx.appended += end - start
	}
	return ids, nil
}

// end marks the transaction's function as returned, once any Append in
// flight is done, and returns the first Append's error.
func (tx *ResultTransaction) end() error {
	tx.mu.Lock()
	defer tx.mu.Unlock()
	tx.ended = true
	return tx.err
}

// ResultTransactionError is the error of InTransaction when the
// transaction was not committed, or its commit's outcome is unknown.
//
// It matches ErrOutcomeUnknown with errors.Is only when OutcomeUnknown is
// set (the commit's outcome is unknown): an aborted or uncommitted
// transaction saved nothing, even if an append's own error was an unknown
// outcome. For any other target, errors.Is and errors.As look at Err
// (errors.Is(err, context.Canceled), errors.As(err, &apiErr)).
type ResultTransactionError struct {
	// TransactionID is the transaction's ID; empty when it could not be
	// started.
	TransactionID string
	// Err is why it was not committed: the function's error, an append's
	// error, the context's error, or the commit's error.
	Err error
	// Aborted reports that the transaction was aborted: nothing was saved.
	Aborted bool
	// AbortErr is the abort's error when the abort failed: the
	// transaction is uncommitted (nothing was saved) but may stay open.
	AbortErr error
	// OutcomeUnknown reports that the commit was sent but its answer was
	// lost: the results may have been saved. The transaction was not
	// aborted.
	OutcomeUnknown bool
}

// Error implements the error interface.
func (e *ResultTransactionError) Error() string {
	switch {
	case e.TransactionID == "":
		return fmt.Sprintf("benchling: starting a result transaction (nothing was saved): %v", e.Err)
	case e.OutcomeUnknown:
		return fmt.Sprintf("benchling: result transaction %s: commit outcome unknown (the results may have been saved; the transaction was not aborted): %v",
			e.TransactionID, e.Err)
	case e.Aborted:
		return fmt.Sprintf("benchling: result transaction %s aborted (nothing was saved): %v", e.TransactionID, e.Err)
	}
	return fmt.Sprintf("benchling: result transaction %s not committed (nothing was saved), and aborting it failed, so it may stay open: %v; abort: %v",
		e.TransactionID, e.Err, e.AbortErr)
}

// Is reports whether target is ErrOutcomeUnknown and the commit's outcome
// is unknown, or else whether Err matches target.
func (e *ResultTransactionError) Is(target error) bool {
	if target == ErrOutcomeUnknown {
		return e.OutcomeUnknown
	}
	return errors.Is(e.Err, target)
}

// As finds the first error in Err's chain that matches target, as
// errors.As does.
func (e *ResultTransactionError) As(target any) bool { return errors.As(e.Err, target) }
