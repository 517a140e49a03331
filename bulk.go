package benchling

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
)

// Per-request item limits of the bulk endpoints the *Many methods split
// their input at. The spec sets maxItems 1000 for AA and DNA bulk-create,
// DNA bulk-update and AA/DNA bulk-upsert. It states no limit for AA
// bulk-update or for users' bulk-create and bulk-update; the SDK uses the
// same 1000 for them, as the conservative choice.
const (
	// MaxBulkSequences is the most AA, DNA or RNA sequences one bulk
	// request carries (RNA bulk-create's maxItems is 1000 too; its
	// bulk-update states none).
	MaxBulkSequences = 1000
	// MaxBulkUsers is the most users one bulk request carries. Benchling
	// documents no limit; this is the SDK's choice.
	MaxBulkUsers = 1000
	// MaxBulkOligos is the most DNA or RNA oligos one bulk request
	// carries: the spec's maxItems of bulk-create and bulk-upsert (and
	// Benchling's documented limit of bulk-create), used for bulk-update
	// too, which states none.
	MaxBulkOligos = 1000
	// MaxBulkFeatures is the most features one bulk-create carries (the
	// spec's maxItems).
	MaxBulkFeatures = 1000
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
	// NoResubmit turns off the resubmission of a rejected chunk's valid
	// items. By default, when Benchling rejects a chunk and names the
	// invalid items (a FAILED task or a 400 with per-item errors, neither
	// of which wrote anything), the chunk's other items are submitted
	// again without the named ones, so that every valid item is written
	// and every invalid one carries its own error. With NoResubmit, the
	// chunk's other items fail with the chunk's error, and each chunk is
	// submitted exactly once.
	NoResubmit bool
	// Progress, if set, is called each time items get their final result:
	// when a chunk ends, and when Benchling names invalid items of a
	// chunk whose other items are then resubmitted. It is called from the
	// goroutine that called the *Many method, never concurrently, with
	// Done, Succeeded and Failed never decreasing, and Done reaching
	// Total unless ctx ended: items never sent because ctx ended are not
	// counted.
	Progress func(BulkProgress)
}

// BulkProgress is what BulkOptions.Progress is told: how many of the
// input items have their final result so far.
type BulkProgress struct {
	// Done is the number of items with a final result: Succeeded + Failed.
	Done int
	// Succeeded is the number of items written.
	Succeeded int
	// Failed is the number of items whose result has an error (rejected
	// by Benchling, or whose outcome is unknown).
	Failed int
	// Total is the number of input items.
	Total int
}

// BulkResult is the outcome of one input item of a *Many method: the
// created or updated object, or the item's error.
type BulkResult[T any] struct {
	// Value is the object Benchling returned for the item; the zero value
	// when Err is set.
	Value T
	// TaskID is the ID of the task the item was last sent in: the task
	// that wrote Value, the one that rejected the item, or the one whose
	// outcome is unknown (wait on it again with NewAsyncTaskLink). It is
	// empty when no task was started for the item (the submit failed, or
	// the item was never sent).
	TaskID string
	// Err is why the item has no Value:
	//
	//   - a *BulkItemError when Benchling named this item as invalid;
	//   - an error matching ErrOutcomeUnknown when the item may have been
	//     written: its submit failed after it may have reached Benchling
	//     (a 5xx, a lost connection), the wait for its task stopped before
	//     the task ended (a *TaskWaitError), or the task succeeded but its
	//     objects could not be matched to the items. Do not send such an
	//     item again before checking (or waiting on TaskID again);
	//   - otherwise the error of the item's chunk, which wrote nothing: a
	//     *TaskError, an *Error, or the context's error for items not
	//     sent.
	Err error
}

// BulkItemError is the error of one item that Benchling named in a bulk
// request's or bulk task's per-item errors. It unwraps to the error of
// the request that rejected it (a *TaskError or an *Error, whose Items
// give input indexes, as Index does).
type BulkItemError struct {
	// Index is the item's index in the input of the *Many method.
	Index int
	// Message is what Benchling says is wrong with the item.
	Message string
	// Err is the error of the request the item was rejected in.
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
// ErrTaskFailed), errors.Is(err, ErrOutcomeUnknown) and errors.As(err,
// &apiErr) work.
type BulkError struct {
	// Failed is the number of items whose result has an error.
	Failed int
	// Unknown is the number of the failed items whose outcome is unknown
	// (their error matches ErrOutcomeUnknown): they may have been written.
	Unknown int
	// Total is the number of input items.
	Total int
	// Errs are the distinct errors of the failed chunks (one per rejected
	// submission when valid items were resubmitted), in input order.
	Errs []error
}

// Error implements the error interface.
func (e *BulkError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "benchling: %d of %d items failed", e.Failed, e.Total)
	if e.Unknown > 0 {
		fmt.Fprintf(&b, " (the outcome of %d is unknown: they may have been written)", e.Unknown)
	}
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

// bulkRunFunc sends one chunk (exactly one submit: it must not retry) and
// returns the chunk's objects in request order and the ID of the task it
// started (empty if none), or the chunk's error.
type bulkRunFunc[In, Out any] func(context.Context, []*In) ([]Out, string, error)

// bulkEvent tells the caller's goroutine that count items of a chunk got
// their final result; last is set when the chunk has ended.
type bulkEvent struct {
	succeeded, failed int
	last              bool
}

// bulk runs items through run in chunks of at most limit items, at most
// opts.Concurrency at a time, and returns one result per item in input
// order.
//
// Benchling returns a bulk task's objects in the order of the request's
// items, which is what lets a result be matched to its input; a chunk
// whose object count differs from its item count fails as a whole rather
// than being misaligned, with its outcome unknown.
func bulk[In, Out any](ctx context.Context, items []*In, opts *BulkOptions, limit int,
	run bulkRunFunc[In, Out]) ([]BulkResult[Out], error) {
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

	// Each worker writes the results of its own chunks (no two share an
	// item) and their errors into chunkErrs[chunk]; the caller's goroutine
	// reads them once every chunk sent has ended. The workers stop, and
	// are waited for, however this function returns: also when a Progress
	// callback panics, since stop then releases a worker blocked on
	// events.
	ctx, cancel := context.WithCancel(ctx)
	jobs := make(chan int)
	events := make(chan bulkEvent)
	stop := make(chan struct{})
	chunkErrs := make([][]error, chunks)
	var wg sync.WaitGroup
	defer func() {
		close(stop)
		cancel()
		close(jobs)
		wg.Wait()
	}()
	report := func(e bulkEvent) bool {
		select {
		case events <- e:
			return true
		case <-stop:
			return false
		}
	}
	for range workers {
		wg.Go(func() {
			for start := range jobs {
				end := min(start+size, n)
				runChunk(ctx, items, results, &chunkErrs[start/size], start, end, !o.NoResubmit, run, report)
			}
		})
	}

	var (
		progress = BulkProgress{Total: n}
		next     int
		inFlight int
	)
	for next < n || inFlight > 0 {
		// Nil channels are never chosen: once nothing is left to send (or
		// ctx ended), only the chunks in flight are awaited.
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
		case e := <-events:
			if e.last {
				inFlight--
			}
			if e.succeeded+e.failed == 0 {
				continue
			}
			progress.Succeeded += e.succeeded
			progress.Failed += e.failed
			progress.Done = progress.Succeeded + progress.Failed
			if o.Progress != nil {
				o.Progress(progress)
			}
		case <-cancelled:
			// Stop sending; the loop drains the chunks in flight.
		}
	}
	var errs []error
	for _, ce := range chunkErrs {
		errs = append(errs, ce...)
	}
	if next < n {
		err := fmt.Errorf("benchling: items %d..%d not sent: %w", next, n-1, ctx.Err())
		errs = append(errs, err)
		for i := next; i < n; i++ {
			results[i].Err = err
		}
	}
	failed, unknown := 0, 0
	for _, r := range results {
		if r.Err != nil {
			failed++
			if errors.Is(r.Err, ErrOutcomeUnknown) {
				unknown++
			}
		}
	}
	if failed == 0 {
		return results, nil
	}
	return results, &BulkError{Failed: failed, Unknown: unknown, Total: n, Errs: errs}
}

// runChunk sends the items start..end-1 and writes their results. When
// Benchling rejects the chunk and names invalid items (a failure that
// wrote nothing), those items get their own errors and, if resubmit, the
// others are sent again, until a submission succeeds, fails for a reason
// that names no remaining item, or leaves the outcome unknown. Each
// submission has at least one item fewer than the one before, so a chunk
// is sent at most end-start times. The chunk's distinct errors, in the
// order of the submissions, go to *errs before the chunk's last event is
// reported.
func runChunk[In, Out any](ctx context.Context, items []*In, results []BulkResult[Out], errs *[]error, start, end int,
	resubmit bool, run bulkRunFunc[In, Out], report func(bulkEvent) bool) {
	idx := make([]int, end-start) // the input index of each item sent
	for k := range idx {
		idx[k] = start + k
	}
	// fail gives the items not yet decided err, and ends the chunk.
	fail := func(err error, taskID string, rest []int, failed int) {
		for _, i := range rest {
			results[i] = BulkResult[Out]{TaskID: taskID, Err: err}
		}
		report(bulkEvent{failed: failed, last: true})
	}
	for round := 0; ; round++ {
		if ctx.Err() != nil {
			// Items never sent are not counted in Progress; items whose
			// resubmission is called off are, as failed.
			err, failed := fmt.Errorf("benchling: %s not sent: %w", itemRange(idx), ctx.Err()), 0
			if round > 0 {
				err = fmt.Errorf("benchling: %s not resubmitted without the invalid items: %w", itemRange(idx), ctx.Err())
				failed = len(idx)
			}
			*errs = append(*errs, err)
			fail(err, "", idx, failed)
			return
		}
		chunk := make([]*In, len(idx))
		for k, i := range idx {
			chunk[k] = items[i]
		}
		out, taskID, err := run(ctx, chunk)
		if err == nil && len(out) != len(idx) {
			err = &bulkMismatchError{taskID: taskID, items: itemRange(idx), got: len(out), want: len(idx)}
		}
		if err == nil {
			for k, i := range idx {
				results[i] = BulkResult[Out]{Value: out[k], TaskID: taskID}
			}
			report(bulkEvent{succeeded: len(idx), last: true})
			return
		}
		named, err := inputItemErrors(err, idx)
		*errs = append(*errs, err)
		rest := idx[:0:0]
		for _, i := range idx {
			msg, ok := named[i]
			if !ok {
				rest = append(rest, i)
				continue
			}
			results[i] = BulkResult[Out]{TaskID: taskID, Err: &BulkItemError{Index: i, Message: msg, Err: err}}
		}
		if !resubmit || len(named) == 0 || len(rest) == 0 || !rejectedWholly(err) {
			fail(err, taskID, rest, len(idx))
			return
		}
		if !report(bulkEvent{failed: len(named)}) {
			fail(err, taskID, rest, 0) // the caller has stopped listening
			return
		}
		idx = rest
	}
}

// rejectedWholly reports whether err says Benchling rejected a whole
// submission, so that it wrote nothing and its valid items may safely be
// sent again: the task FAILED (Benchling's bulk tasks are all or nothing:
// documented for upserts, and assumed of creates and updates, whose tasks
// fail the same way), or the submit was answered 400. Never after an
// outcome that is unknown.
func rejectedWholly(err error) bool {
	if errors.Is(err, ErrOutcomeUnknown) {
		return false
	}
	var te *TaskError
	if errors.As(err, &te) {
		return true
	}
	var ae *Error
	return errors.As(err, &ae) && ae.StatusCode == http.StatusBadRequest
}

// inputItemErrors returns the messages, by input index, of the items
// that err's per-item errors (those of a failed task or of a bulk
// request's error) name, and err with those errors turned from indexes
// into the submission to input indexes (idx[k] for item k; -1 for an
// index the submission does not have). An error without per-item errors
// is returned as is.
func inputItemErrors(err error, idx []int) (map[int]string, error) {
	input := func(items []ItemError) ([]ItemError, map[int]string) {
		named := map[int]string{}
		out := make([]ItemError, len(items))
		for k, it := range items {
			out[k] = ItemError{Index: -1, Message: it.Message}
			if it.Index < 0 || it.Index >= len(idx) {
				continue // no index, or one outside the submission
			}
			i := idx[it.Index]
			out[k].Index = i
			if prev, ok := named[i]; ok && prev != it.Message {
				named[i] = prev + "; " + it.Message
			} else {
				named[i] = it.Message
			}
		}
		return out, named
	}
	var te *TaskError
	if errors.As(err, &te) && len(te.Items) > 0 {
		c := *te
		var named map[int]string
		c.Items, named = input(te.Items)
		return named, &c
	}
	var ae *Error
	if errors.As(err, &ae) && len(ae.Items) > 0 && !errors.Is(err, ErrOutcomeUnknown) {
		c := *ae
		var named map[int]string
		c.Items, named = input(ae.Items)
		return named, &c
	}
	return nil, err
}

// itemRange describes input indexes in an error: "items 4..7", or
// "3 items (4, 6, 9)" when they are not contiguous.
func itemRange(idx []int) string {
	switch {
	case len(idx) == 1:
		return fmt.Sprintf("item %d", idx[0])
	case idx[len(idx)-1]-idx[0] == len(idx)-1:
		return fmt.Sprintf("items %d..%d", idx[0], idx[len(idx)-1])
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%d items (", len(idx))
	for k, i := range idx {
		if k == 8 {
			b.WriteString(", ...")
			break
		}
		if k > 0 {
			b.WriteString(", ")
		}
		fmt.Fprint(&b, i)
	}
	b.WriteByte(')')
	return b.String()
}

// bulkMismatchError is the error of a task that succeeded with a number
// of objects different from its number of items: they were (perhaps
// partly) written, but cannot be matched to the input.
type bulkMismatchError struct {
	taskID    string
	items     string
	got, want int
}

func (e *bulkMismatchError) Error() string {
	return fmt.Sprintf("benchling: %s: task %s returned %d objects for %d items, so they cannot be matched to the input (outcome unknown: they may have been written)",
		e.items, e.taskID, e.got, e.want)
}

// Is reports whether target is ErrUnexpectedResponse or ErrOutcomeUnknown.
func (e *bulkMismatchError) Is(target error) bool {
	return target == ErrUnexpectedResponse || target == ErrOutcomeUnknown
}

// submitAndWait returns the run function of bulk for a bulk endpoint:
// start submits a chunk once (the client never re-sends a POST that may
// have run), the task is awaited, and objects picks the created or
// updated objects out of the task's response.
func submitAndWait[In, R, Out any](start func(context.Context, []*In) (*AsyncTaskLink[R], *Response, error),
	objects func(*R) []Out) bulkRunFunc[In, Out] {
	return func(ctx context.Context, chunk []*In) ([]Out, string, error) {
		link, _, err := start(ctx, chunk)
		if err != nil {
			return nil, "", err
		}
		r, err := link.Wait(ctx)
		if err != nil {
			return nil, link.TaskID, err
		}
		return objects(r), link.TaskID, nil
	}
}

// withOpts binds the options argument of a bulk method that takes one.
func withOpts[In, O, R any](start func(context.Context, []*In, O) (*AsyncTaskLink[R], *Response, error),
	o O) func(context.Context, []*In) (*AsyncTaskLink[R], *Response, error) {
	return func(ctx context.Context, chunk []*In) (*AsyncTaskLink[R], *Response, error) {
		return start(ctx, chunk, o)
	}
}

// submitSync returns the run function of bulk for a synchronous bulk
// endpoint of a parent (a request's tasks): each chunk is sent once, and
// its answer holds the objects, in the order of the chunk's items. There
// is no task, so results carry no task ID.
func submitSync[In, Out any](send func(context.Context, string, []*In) ([]Out, *Response, error), parentID string) bulkRunFunc[In, Out] {
	return func(ctx context.Context, chunk []*In) ([]Out, string, error) {
		out, _, err := send(ctx, parentID, chunk)
		return out, "", err
	}
}
