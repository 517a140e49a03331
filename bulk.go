package benchling

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
)

// Per-request item limits of the bulk endpoints the *Many methods split
// their input at. The spec sets maxItems 1000 for AA and DNA bulk-create,
// DNA bulk-update and AA/DNA bulk-upsert. It states no limit for AA
// bulk-update or for users' bulk-create and bulk-update; the SDK uses the
// same 1000 for them, as the conservative choice.
const (
	// MaxBulkSequences is the most AA or DNA sequences one bulk request
	// carries.
	MaxBulkSequences = 1000
	// MaxBulkUsers is the most users one bulk request carries. Benchling
	// documents no limit; this is the SDK's choice.
	MaxBulkUsers = 1000
)

// defaultBulkConcurrency is how many chunks are in flight at once unless
// BulkOptions.Concurrency says otherwise: modest, because every chunk's
// submit and polls come out of the tenant's shared request budget (about
// 60 requests per 30 seconds).
const defaultBulkConcurrency = 2

// BulkOptions tune the *Many methods (CreateMany, UpdateMany, UpsertMany).
// A nil *BulkOptions takes the defaults.
type BulkOptions struct {
	// ChunkSize is how many items go in one request; 0 means the
	// endpoint's limit (MaxBulkSequences, MaxBulkUsers). Larger values
	// than the limit are an error.
	ChunkSize int
	// Concurrency is how many chunks are submitted and awaited at once;
	// 0 means 2. Pacing and retries of the client apply to every request,
	// whatever the concurrency.
	Concurrency int
	// Progress, if set, is called each time a chunk ends (succeeded or
	// failed) with the number of items that have a final result and the
	// number of input items. It is called from the goroutine that called
	// the *Many method, never concurrently, with done increasing and, when
	// every chunk ran, ending at total. It is not called for items that
	// were never sent because ctx ended.
	Progress func(done, total int)
}

// BulkResult is the outcome of one input item of a *Many method: the
// created or updated object, or the item's error.
type BulkResult[T any] struct {
	// Value is the object Benchling returned for the item; the zero value
	// when Err is set.
	Value T
	// Err is why the item has no Value: a *BulkItemError when Benchling
	// named this item as invalid, otherwise the error of the item's whole
	// chunk (a *TaskError, an *Error, a transport error, or the context's
	// error).
	Err error
}

// BulkItemError is the error of one item that Benchling named in a bulk
// request's or bulk task's per-item errors. It unwraps to the error of
// the item's chunk (a *TaskError or an *Error).
type BulkItemError struct {
	// Index is the item's index in the input of the *Many method.
	Index int
	// Message is what Benchling says is wrong with the item.
	Message string
	// Err is the error of the chunk the item was sent in.
	Err error
}

// Error implements the error interface.
func (e *BulkItemError) Error() string {
	return fmt.Sprintf("benchling: item %d: %s", e.Index, e.Message)
}

// Unwrap returns the error of the item's chunk.
func (e *BulkItemError) Unwrap() error { return e.Err }

// BulkError is the error a *Many method returns when some items failed.
// The results still hold every item's outcome; BulkError sums them up.
// It unwraps to the distinct chunk errors (and the context's error when
// ctx ended), so errors.Is(err, context.Canceled), errors.Is(err,
// ErrTaskFailed) and errors.As(err, &apiErr) work.
type BulkError struct {
	// Failed is the number of items whose result has an error.
	Failed int
	// Total is the number of input items.
	Total int
	// Errs are the distinct errors of the failed chunks, in input order.
	Errs []error
}

// Error implements the error interface.
func (e *BulkError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "benchling: %d of %d items failed", e.Failed, e.Total)
	if len(e.Errs) > 0 {
		b.WriteString(": ")
		b.WriteString(e.Errs[0].Error())
		if n := len(e.Errs) - 1; n > 0 {
			fmt.Fprintf(&b, " (and %d more errors)", n)
		}
	}
	return b.String()
}

// Unwrap returns the chunk errors.
func (e *BulkError) Unwrap() []error { return e.Errs }

// bulkChunk is one chunk's outcome, sent from a worker to the caller's
// goroutine.
type bulkChunk[Out any] struct {
	start, end int
	out        []Out
	err        error
}

// bulk runs items through run in chunks of at most limit items, at most
// opts.Concurrency at a time, and returns one result per item in input
// order. run sends one chunk (exactly one submit: it must not retry) and
// returns the chunk's objects in request order, or the chunk's error.
//
// Benchling returns a bulk task's objects in the order of the request's
// items, which is what lets a result be matched to its input; a chunk
// whose object count differs from its item count fails as a whole rather
// than being misaligned.
func bulk[In, Out any](ctx context.Context, items []*In, opts *BulkOptions, limit int,
	run func(context.Context, []*In) ([]Out, error)) ([]BulkResult[Out], error) {
	if ctx == nil {
		return nil, errors.New("benchling: nil context")
	}
	var o BulkOptions
	if opts != nil {
		o = *opts
	}
	switch {
	case o.ChunkSize < 0 || o.ChunkSize > limit:
		return nil, fmt.Errorf("benchling: BulkOptions.ChunkSize %d is outside 1..%d (0 means %d)", o.ChunkSize, limit, limit)
	case o.Concurrency < 0:
		return nil, fmt.Errorf("benchling: BulkOptions.Concurrency %d is negative", o.Concurrency)
	}
	for i, it := range items {
		if it == nil {
			return nil, fmt.Errorf("benchling: item %d is nil", i)
		}
	}
	size := o.ChunkSize
	if size == 0 {
		size = limit
	}
	workers := o.Concurrency
	if workers == 0 {
		workers = defaultBulkConcurrency
	}
	n := len(items)
	chunks := (n + size - 1) / size
	workers = min(workers, chunks)
	results := make([]BulkResult[Out], n)
	if n == 0 {
		return results, nil
	}

	// The workers stop, and are waited for, however this function returns:
	// also when a Progress callback panics. done has room for every
	// chunk, so a worker never blocks on it.
	ctx, cancel := context.WithCancel(ctx)
	jobs := make(chan int)
	done := make(chan bulkChunk[Out], chunks)
	var wg sync.WaitGroup
	defer func() {
		cancel()
		close(jobs)
		wg.Wait()
	}()
	for range workers {
		wg.Go(func() {
			for start := range jobs {
				end := min(start+size, n)
				c := bulkChunk[Out]{start: start, end: end}
				if err := ctx.Err(); err != nil {
					c.err = fmt.Errorf("benchling: items %d..%d not sent: %w", start, end-1, err)
				} else {
					c.out, c.err = run(ctx, items[start:end])
				}
				done <- c
			}
		})
	}

	var (
		chunkErr = make([]error, chunks) // by chunk, so errors come in input order
		errs     []error
		failed   int
		finished int
		next     int
		inFlight int
	)
	for next < n || inFlight > 0 {
		// Nil channels are never chosen: once nothing is left to send (or
		// ctx ended), only finished chunks are awaited.
		var send chan int
		var cancelled <-chan struct{}
		if next < n && ctx.Err() == nil {
			send, cancelled = jobs, ctx.Done()
		}
		if send == nil && inFlight == 0 {
			break
		}
		select {
		case send <- next:
			next += size
			inFlight++
		case c := <-done:
			inFlight--
			chunkErr[c.start/size] = c.fill(results)
			finished += c.end - c.start
			if o.Progress != nil {
				o.Progress(finished, n)
			}
		case <-cancelled:
			// Stop sending; the loop drains the chunks in flight.
		}
	}
	for _, err := range chunkErr {
		if err != nil {
			errs = append(errs, err)
		}
	}
	if next < n {
		err := fmt.Errorf("benchling: items %d..%d not sent: %w", next, n-1, ctx.Err())
		errs = append(errs, err)
		for i := next; i < n; i++ {
			results[i].Err = err
		}
	}
	for _, r := range results {
		if r.Err != nil {
			failed++
		}
	}
	if failed == 0 {
		return results, nil
	}
	return results, &BulkError{Failed: failed, Total: n, Errs: errs}
}

// fill writes the chunk's outcome into results and returns the chunk's
// error, if any.
func (c bulkChunk[Out]) fill(results []BulkResult[Out]) error {
	err := c.err
	if err == nil && len(c.out) != c.end-c.start {
		err = fmt.Errorf("benchling: items %d..%d: the task returned %d objects for %d items, so they cannot be matched to the input: %w",
			c.start, c.end-1, len(c.out), c.end-c.start, ErrUnexpectedResponse)
	}
	if err == nil {
		for i, v := range c.out {
			results[c.start+i].Value = v
		}
		return nil
	}
	for i := c.start; i < c.end; i++ {
		results[i].Err = err
	}
	for _, it := range itemErrors(err) {
		if it.Index < 0 || it.Index >= c.end-c.start {
			continue // no index, or one outside the chunk: the chunk's error stands
		}
		i := c.start + it.Index
		results[i].Err = &BulkItemError{Index: i, Message: it.Message, Err: err}
	}
	return err
}

// itemErrors returns the per-item errors a failed task or a bulk
// request's error reports.
func itemErrors(err error) []ItemError {
	var te *TaskError
	if errors.As(err, &te) {
		return te.Items
	}
	var ae *Error
	if errors.As(err, &ae) {
		return ae.Items
	}
	return nil
}

// submitAndWait returns the run function of bulk for a bulk endpoint:
// start submits a chunk once (the client never re-sends a POST that may
// have run), the task is awaited, and objects picks the created or
// updated objects out of the task's response.
func submitAndWait[In, R, Out any](start func(context.Context, []*In) (*AsyncTaskLink[R], *Response, error),
	objects func(*R) []Out) func(context.Context, []*In) ([]Out, error) {
	return func(ctx context.Context, chunk []*In) ([]Out, error) {
		link, _, err := start(ctx, chunk)
		if err != nil {
			return nil, err
		}
		r, err := link.Wait(ctx)
		if err != nil {
			return nil, err
		}
		return objects(r), nil
	}
}

// withOpts binds the options argument of a bulk method that takes one.
func withOpts[In, O, R any](start func(context.Context, []*In, O) (*AsyncTaskLink[R], *Response, error),
	o O) func(context.Context, []*In) (*AsyncTaskLink[R], *Response, error) {
	return func(ctx context.Context, chunk []*In) (*AsyncTaskLink[R], *Response, error) {
		return start(ctx, chunk, o)
	}
}

// CreateMany creates any number of AA sequences: it splits items into
// chunks of at most MaxBulkSequences (or opts.ChunkSize), submits each
// chunk once with BulkCreate, waits for the tasks, and returns one result
// per item in the order of items. opts may be nil.
//
// Results are matched to items by position: Benchling returns a bulk
// task's objects in the order of the request's items (an assumption the
// API reference implies but does not state), and a chunk that comes back
// with a different number of objects fails as a whole with
// ErrUnexpectedResponse rather than being misaligned.
//
// Some items may fail while others succeed: the error is then a
// *BulkError and each failed item's result carries its own error (see
// BulkResult); a failed chunk never hides the other chunks' results. A
// chunk whose submit fails after it may have reached the server (a 5xx or
// a lost connection) is not re-sent, so its sequences may or may not
// exist. When ctx ends, no further chunk is sent and the results are
// returned with the context's error on every item not finished (a chunk
// already submitted may still complete on the server; its error names its
// task, for Tasks.Wait). A nil item or invalid opts return an error
// before anything is sent.
//
// Benchling API: POST /aa-sequences:bulk-create
func (s *AaSequencesService) CreateMany(ctx context.Context, items []*AaSequenceCreate, opts *BulkOptions) ([]BulkResult[*AaSequence], error) {
	return bulk(ctx, items, opts, MaxBulkSequences, submitAndWait(s.BulkCreate,
		func(r *AaSequencesBulkCreateResult) []*AaSequence { return r.AaSequences }))
}

// UpdateMany updates any number of AA sequences in chunks with
// BulkUpdate, as CreateMany does; each result is the updated sequence or
// the item's error.
//
// Benchling API: POST /aa-sequences:bulk-update
func (s *AaSequencesService) UpdateMany(ctx context.Context, items []*AaSequenceBulkUpdate, opts *BulkOptions) ([]BulkResult[*AaSequence], error) {
	return bulk(ctx, items, opts, MaxBulkSequences, submitAndWait(s.BulkUpdate,
		func(r *AaSequencesBulkUpdateResult) []*AaSequence { return r.AaSequences }))
}

// UpsertMany creates or updates any number of registered AA sequences in
// chunks with BulkUpsert, sending upsertOpts (which may be nil) with
// every chunk, as CreateMany does. Benchling applies a chunk all or
// nothing, so one invalid item fails its whole chunk: that item's result
// holds a *BulkItemError, the chunk's others the *TaskError.
//
// Benchling API: POST /aa-sequences:bulk-upsert
func (s *AaSequencesService) UpsertMany(ctx context.Context, items []*AaSequenceUpsert, upsertOpts *AaSequenceBulkUpsertOptions, opts *BulkOptions) ([]BulkResult[*AaSequence], error) {
	return bulk(ctx, items, opts, MaxBulkSequences, submitAndWait(withOpts(s.BulkUpsert, upsertOpts),
		func(r *AaSequencesBulkUpsertResult) []*AaSequence { return r.AaSequences }))
}

// CreateMany creates any number of DNA sequences in chunks with
// BulkCreate; see AaSequencesService.CreateMany for how chunks, errors
// and cancellation behave.
//
// Benchling API: POST /dna-sequences:bulk-create
func (s *DnaSequencesService) CreateMany(ctx context.Context, items []*DnaSequenceBulkCreate, opts *BulkOptions) ([]BulkResult[*DnaSequence], error) {
	return bulk(ctx, items, opts, MaxBulkSequences, submitAndWait(s.BulkCreate,
		func(r *DnaSequencesBulkCreateResult) []*DnaSequence { return r.DnaSequences }))
}

// UpdateMany updates any number of DNA sequences in chunks with
// BulkUpdate; see AaSequencesService.CreateMany for how chunks, errors
// and cancellation behave.
//
// Benchling API: POST /dna-sequences:bulk-update
func (s *DnaSequencesService) UpdateMany(ctx context.Context, items []*DnaSequenceBulkUpdate, opts *BulkOptions) ([]BulkResult[*DnaSequence], error) {
	return bulk(ctx, items, opts, MaxBulkSequences, submitAndWait(s.BulkUpdate,
		func(r *DnaSequencesBulkUpdateResult) []*DnaSequence { return r.DnaSequences }))
}

// UpsertMany creates or updates any number of registered DNA sequences in
// chunks with BulkUpsert, sending upsertOpts (which may be nil) with every
// chunk; see AaSequencesService.CreateMany for how chunks, errors and
// cancellation behave.
//
// Benchling API: POST /dna-sequences:bulk-upsert
func (s *DnaSequencesService) UpsertMany(ctx context.Context, items []*DnaSequenceBulkUpsertRequest, upsertOpts *DnaSequenceBulkUpsertOptions, opts *BulkOptions) ([]BulkResult[*DnaSequence], error) {
	return bulk(ctx, items, opts, MaxBulkSequences, submitAndWait(withOpts(s.BulkUpsert, upsertOpts),
		func(r *DnaSequencesBulkUpsertResult) []*DnaSequence { return r.DnaSequences }))
}

// CreateMany creates any number of users in chunks of at most
// MaxBulkUsers with BulkCreate; see AaSequencesService.CreateMany for how
// chunks, errors and cancellation behave.
//
// Benchling API: POST /users:bulk-create
func (s *UsersService) CreateMany(ctx context.Context, items []*UserCreate, opts *BulkOptions) ([]BulkResult[*User], error) {
	return bulk(ctx, items, opts, MaxBulkUsers, submitAndWait(s.BulkCreate,
		func(r *UsersBulkCreateResult) []*User { return r.Users }))
}

// UpdateMany updates any number of users in chunks of at most
// MaxBulkUsers with BulkUpdate; see AaSequencesService.CreateMany for how
// chunks, errors and cancellation behave.
//
// Benchling API: POST /users:bulk-update
func (s *UsersService) UpdateMany(ctx context.Context, items []*UserBulkUpdate, opts *BulkOptions) ([]BulkResult[*User], error) {
	return bulk(ctx, items, opts, MaxBulkUsers, submitAndWait(s.BulkUpdate,
		func(r *UsersBulkUpdateResult) []*User { return r.Users }))
}
