package benchling

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// bulkFake is a loopback Benchling serving one bulk endpoint and
// GET /tasks/{id}. Items behave by name: a name starting with "bad" is
// rejected with a per-item error (the task FAILS with errors
// [{index, message}]); "failchunk" fails the task with a message only;
// "short" makes the task return one object too few. Every other item is
// created (or updated) and echoed back with an ID, in request order.
type bulkFake struct {
	t        *testing.T
	key      string // the items' key in request and response: "aaSequences"
	idPrefix string // prefix of created IDs: "prtn_"
	// runningPolls is how many polls a task answers RUNNING before it ends.
	runningPolls int

	// posts counts bulk POSTs the endpoint carried out (not 429s);
	// throttled counts 429s; polls counts GET /tasks requests.
	posts, throttled, polls atomic.Int32

	// fault, if set, may answer POST number n (from 1) itself; it returns
	// true if it did, and the POST is then not carried out.
	fault func(n int, w http.ResponseWriter) bool
	// onPoll, if set, is called with each polled task's chunk number
	// (from 1) and the number of times it has been polled.
	onPoll func(chunk, polls int)
	// forever, if set, keeps the task of the chunk with this number
	// RUNNING.
	forever int
	// gone, if set, makes the task of the chunk with this number answer
	// 404 after its first poll, as a task Benchling no longer keeps.
	gone int

	mu       sync.Mutex
	nextID   int
	tasks    map[string]*bulkFakeTask
	sizes    []int // item count of each carried-out POST, in arrival order
	rate     *bulkRateLimit
	attempts atomic.Int32 // POSTs received, including faults and 429s
}

type bulkFakeTask struct {
	chunk int
	polls int
	final any
}

// bulkRateLimit is a fixed-window request budget that answers 429 when
// spent and reports itself in Benchling's x-rate-limit-* headers.
type bulkRateLimit struct {
	limit  int
	window time.Duration
	start  time.Time
	used   int
}

// newBulkFake mounts the fake on env's mux for "POST /<path>".
func newBulkFake(t *testing.T, env *testEnv, path, key, idPrefix string) *bulkFake {
	f := &bulkFake{t: t, key: key, idPrefix: idPrefix, runningPolls: 1, tasks: map[string]*bulkFakeTask{}}
	env.mux.HandleFunc("POST /"+path, f.limited(f.serveBulk))
	env.mux.HandleFunc("GET /tasks/{id}", f.limited(f.serveTask))
	return f
}

// setRateLimit makes the fake allow limit requests per window.
func (f *bulkFake) setRateLimit(limit int, window time.Duration) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.rate = &bulkRateLimit{limit: limit, window: window, start: time.Now()}
}

func (f *bulkFake) limited(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		rl := f.rate
		if rl == nil {
			f.mu.Unlock()
			h(w, r)
			return
		}
		now := time.Now()
		if now.Sub(rl.start) >= rl.window {
			rl.start, rl.used = now, 0
		}
		left := rl.window - now.Sub(rl.start)
		reset := fmt.Sprintf("%.3f", left.Seconds())
		w.Header().Set("x-rate-limit-limit", fmt.Sprint(rl.limit))
		w.Header().Set("x-rate-limit-reset", reset)
		if rl.used >= rl.limit {
			f.mu.Unlock()
			f.throttled.Add(1)
			if r.Method == http.MethodPost {
				f.attempts.Add(1)
			}
			w.Header().Set("x-rate-limit-remaining", "0")
			serveJSON(f.t, r.Method, http.StatusTooManyRequests,
				`{"error":{"message":"Rate limit exceeded.","type":"invalid_request_error","userMessage":"Rate limit exceeded."}}`)(w, r)
			return
		}
		rl.used++
		w.Header().Set("x-rate-limit-remaining", fmt.Sprint(rl.limit-rl.used))
		f.mu.Unlock()
		h(w, r)
	}
}

func (f *bulkFake) serveBulk(w http.ResponseWriter, r *http.Request) {
	n := int(f.attempts.Add(1))
	if f.fault != nil && f.fault(n, w) {
		return
	}
	var body map[string][]map[string]any
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		f.t.Errorf("bulk body: %v", err)
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	items := body[f.key]
	f.mu.Lock()
	defer f.mu.Unlock()
	chunk := int(f.posts.Add(1))
	f.sizes = append(f.sizes, len(items))
	var objs []map[string]any
	var itemErrs []map[string]any
	failChunk, short := false, false
	for i, it := range items {
		name, _ := it["name"].(string)
		switch {
		case strings.HasPrefix(name, "bad"):
			itemErrs = append(itemErrs, map[string]any{"index": i, "message": "Invalid name " + name})
		case name == "failchunk":
			failChunk = true
		case name == "short":
			short = true
		}
		obj := map[string]any{}
		for _, k := range []string{"id", "name", "aminoAcids", "bases", "isCircular", "handle", "email"} {
			if v, ok := it[k]; ok {
				obj[k] = v
			}
		}
		if _, ok := obj["id"]; !ok {
			f.nextID++
			obj["id"] = fmt.Sprintf("%s%07d", f.idPrefix, f.nextID)
		}
		objs = append(objs, obj)
	}
	var final any
	switch {
	case len(itemErrs) > 0:
		final = map[string]any{"status": "FAILED", "message": "Your request was invalid.", "errors": itemErrs}
	case failChunk:
		final = map[string]any{"status": "FAILED", "message": "Internal error while creating the sequences."}
	default:
		if short {
			objs = objs[:len(objs)-1]
		}
		final = map[string]any{"status": "SUCCEEDED", "response": map[string]any{f.key: objs}}
	}
	id := fmt.Sprintf("f438d656-c2c3-40a4-b3fd-%012d", chunk)
	f.tasks[id] = &bulkFakeTask{chunk: chunk, final: final}
	serveJSON(f.t, http.MethodPost, http.StatusAccepted, map[string]string{"taskId": id})(w, r)
}

func (f *bulkFake) serveTask(w http.ResponseWriter, r *http.Request) {
	f.polls.Add(1)
	f.mu.Lock()
	task := f.tasks[r.PathValue("id")]
	if task == nil {
		f.mu.Unlock()
		serveJSON(f.t, http.MethodGet, http.StatusNotFound,
			`{"error":{"message":"Task not found.","type":"invalid_request_error","userMessage":"Task not found."}}`)(w, r)
		return
	}
	task.polls++
	chunk, polls := task.chunk, task.polls
	if chunk == f.gone && polls > 1 {
		f.mu.Unlock()
		serveJSON(f.t, http.MethodGet, http.StatusNotFound,
			`{"error":{"message":"Task not found.","type":"invalid_request_error","userMessage":"Task not found."}}`)(w, r)
		return
	}
	var body any = map[string]string{"status": "RUNNING"}
	if polls > f.runningPolls && chunk != f.forever {
		body = task.final
	}
	onPoll := f.onPoll
	f.mu.Unlock()
	if onPoll != nil {
		onPoll(chunk, polls)
	}
	serveJSON(f.t, http.MethodGet, http.StatusOK, body)(w, r)
}

// chunkSizes returns the item count of each carried-out POST.
func (f *bulkFake) chunkSizes() []int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]int(nil), f.sizes...)
}

// bulkAaItems returns n AA sequences to create, named seq-<i>, with the
// names at the given indexes replaced.
func bulkAaItems(n int, names map[int]string) []*AaSequenceCreate {
	items := make([]*AaSequenceCreate, n)
	for i := range items {
		name := fmt.Sprintf("seq-%05d", i)
		if s, ok := names[i]; ok {
			name = s
		}
		items[i] = &AaSequenceCreate{EntityCreateBase: EntityCreateBase{Name: name, FolderID: Ptr("lib_mrZWMrft")}, AminoAcids: "MKTAYIAKQR"}
	}
	return items
}

// bulkCheckAligned checks that every result without an error holds the
// object made from the input of the same index.
func bulkCheckAligned(t *testing.T, items []*AaSequenceCreate, res []BulkResult[*AaSequence]) {
	t.Helper()
	if len(res) != len(items) {
		t.Fatalf("%d results for %d items", len(res), len(items))
	}
	ids := map[string]int{}
	for i, r := range res {
		if r.Err != nil {
			continue
		}
		if r.Value == nil || r.Value.Name != items[i].Name || r.Value.AminoAcids != items[i].AminoAcids {
			t.Fatalf("result %d = %+v, want the sequence named %q", i, r.Value, items[i].Name)
		}
		if j, dup := ids[r.Value.ID]; dup {
			t.Fatalf("results %d and %d share ID %s", j, i, r.Value.ID)
		}
		ids[r.Value.ID] = i
	}
}

// bulkRetryOn is a retry policy with millisecond waits.
func bulkRetryOn() Option {
	return WithRetryPolicy(RetryPolicy{MaxRetries: 5, MinBackoff: time.Millisecond, MaxBackoff: 2 * time.Second})
}

// TestBulkCreateManyRateLimited creates 1,000 sequences in ten chunks
// through a spec-checked handler with a rate limit on. (The fake tenant
// test in example_bulk_test.go creates 10,000 in chunks of 1,000; here
// smaller chunks keep the spec checks of every body quick under -race.)
func TestBulkCreateManyRateLimited(t *testing.T) {
	env := setup(t, bulkRetryOn())
	fake := newBulkFake(t, env, "aa-sequences:bulk-create", "aaSequences", "prtn_")
	// Benchling's 60 requests / 30 s, scaled down so that the run needs
	// several windows but stays short.
	fake.setRateLimit(8, 250*time.Millisecond)
	items := bulkAaItems(1000, nil)

	var calls []int
	res, err := env.client.AaSequences.CreateMany(testCtx(t), items, &BulkOptions{
		ChunkSize:   100,
		Concurrency: 3,
		Progress: func(p BulkProgress) {
			if p.Total != len(items) || p.Succeeded != p.Done || p.Failed != 0 {
				t.Errorf("Progress(%+v), want Total %d, every item done succeeded", p, len(items))
			}
			calls = append(calls, p.Done)
		},
	})
	if err != nil {
		t.Fatalf("CreateMany: %v", err)
	}
	bulkCheckAligned(t, items, res)
	for i, r := range res {
		if r.Err != nil || r.Value == nil {
			t.Fatalf("result %d: %+v", i, r)
		}
	}
	if got := fake.posts.Load(); got != 10 {
		t.Errorf("bulk POSTs carried out = %d, want 10", got)
	}
	want := []int{100, 100, 100, 100, 100, 100, 100, 100, 100, 100}
	if diff := cmp.Diff(want, fake.chunkSizes()); diff != "" {
		t.Errorf("chunk sizes (-want +got):\n%s", diff)
	}
	wantCalls := []int{100, 200, 300, 400, 500, 600, 700, 800, 900, 1000}
	if diff := cmp.Diff(wantCalls, calls); diff != "" {
		t.Errorf("Progress calls (-want +got):\n%s", diff)
	}
	// Pacing waits out each spent window instead of drawing 429s.
	if got := fake.throttled.Load(); got != 0 {
		t.Errorf("%d requests were throttled, want 0: the client should pace itself", got)
	}
	t.Logf("requests: %d POSTs, %d polls, %d throttled", fake.posts.Load(), fake.polls.Load(), fake.throttled.Load())
}

// TestBulkCreateManyInvalidItemsNoResubmit: with NoResubmit, a chunk
// with invalid items fails as a whole (Benchling's tasks are all or
// nothing); the named items carry their own errors, the chunk's others
// the chunk's.
func TestBulkCreateManyInvalidItemsNoResubmit(t *testing.T) {
	env := setup(t)
	fake := newBulkFake(t, env, "aa-sequences:bulk-create", "aaSequences", "prtn_")
	items := bulkAaItems(25, map[int]string{13: "bad-13", 17: "bad-17"})

	res, err := env.client.AaSequences.CreateMany(testCtx(t), items, &BulkOptions{ChunkSize: 10, NoResubmit: true})
	var bulkErr *BulkError
	if !errors.As(err, &bulkErr) || bulkErr.Failed != 10 || bulkErr.Total != 25 || bulkErr.Unknown != 0 {
		t.Fatalf("err = %v, want a *BulkError for 10 of 25 items", err)
	}
	if !errors.Is(err, ErrTaskFailed) || errors.Is(err, ErrOutcomeUnknown) {
		t.Errorf("err = %v, want it to match ErrTaskFailed, not ErrOutcomeUnknown", err)
	}
	bulkCheckAligned(t, items, res)
	var bad []int
	for i, r := range res {
		inFailedChunk := i >= 10 && i < 20
		if (r.Err != nil) != inFailedChunk {
			t.Errorf("result %d: err = %v, want an error only for items 10..19", i, r.Err)
		}
		var itemErr *BulkItemError
		if errors.As(r.Err, &itemErr) {
			bad = append(bad, itemErr.Index)
			if want := fmt.Sprintf("Invalid name bad-%d", i); itemErr.Message != want || itemErr.Index != i {
				t.Errorf("result %d: item error %+v, want index %d, message %q", i, itemErr, i, want)
			}
		}
		if inFailedChunk && !errors.Is(r.Err, ErrTaskFailed) {
			t.Errorf("result %d: err = %v, want it to match ErrTaskFailed", i, r.Err)
		}
		if inFailedChunk && !strings.Contains(r.Err.Error(), "item 13: Invalid name bad-13") && !strings.Contains(r.Err.Error(), "item 17: Invalid name bad-17") {
			t.Errorf("result %d: err = %v, want the input index of the invalid item", i, r.Err)
		}
		var te *TaskError
		if inFailedChunk && (!errors.As(r.Err, &te) || r.TaskID == "" || te.TaskID != r.TaskID) {
			t.Errorf("result %d: TaskID = %q, want the failed task's", i, r.TaskID)
		}
	}
	if diff := cmp.Diff([]int{13, 17}, bad); diff != "" {
		t.Errorf("items with their own error (-want +got):\n%s", diff)
	}
	if got := fake.posts.Load(); got != 3 {
		t.Errorf("POSTs = %d, want 3", got)
	}
}

func TestBulkCreateManyFailedChunks(t *testing.T) {
	tests := []struct {
		name       string
		names      map[int]string
		fault      func(n int, w http.ResponseWriter) bool
		noResubmit bool
		check      func(t *testing.T, i int, err error) // for the items of the second chunk
	}{{
		name:  "task failed without item errors",
		names: map[int]string{5: "failchunk"},
		check: func(t *testing.T, i int, err error) {
			var te *TaskError
			var itemErr *BulkItemError
			if !errors.As(err, &te) || te.Message != "Internal error while creating the sequences." || errors.As(err, &itemErr) {
				t.Errorf("result %d: err = %v, want the chunk's *TaskError", i, err)
			}
		},
	}, {
		name:  "task returned too few objects",
		names: map[int]string{6: "short"},
		check: func(t *testing.T, i int, err error) {
			if !errors.Is(err, ErrUnexpectedResponse) || !errors.Is(err, ErrOutcomeUnknown) || !strings.Contains(err.Error(), "3 objects for 4 items") {
				t.Errorf("result %d: err = %v, want ErrUnexpectedResponse and ErrOutcomeUnknown naming the counts", i, err)
			}
		},
	}, {
		name:       "submit rejected with item errors",
		noResubmit: true,
		fault: func(n int, w http.ResponseWriter) bool {
			if n != 2 {
				return false
			}
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusBadRequest)
			fmt.Fprint(w, `{"error":{"type":"invalid_request_error","message":"Invalid items.","errors":[{"index":1,"message":"Name taken"}]}}`)
			return true
		},
		check: func(t *testing.T, i int, err error) {
			var itemErr *BulkItemError
			isItem := errors.As(err, &itemErr)
			if !errors.Is(err, ErrBadRequest) || isItem != (i == 5) {
				t.Errorf("result %d: err = %v, want ErrBadRequest, a *BulkItemError only for item 5", i, err)
			}
			if isItem && (itemErr.Index != 5 || itemErr.Message != "Name taken") {
				t.Errorf("item error = %+v", itemErr)
			}
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env := setup(t)
			fake := newBulkFake(t, env, "aa-sequences:bulk-create", "aaSequences", "prtn_")
			fake.fault = tt.fault
			items := bulkAaItems(10, tt.names)
			res, err := env.client.AaSequences.CreateMany(testCtx(t), items, &BulkOptions{ChunkSize: 4, Concurrency: 1, NoResubmit: tt.noResubmit})
			var bulkErr *BulkError
			if !errors.As(err, &bulkErr) || bulkErr.Failed != 4 || len(bulkErr.Errs) != 1 {
				t.Fatalf("err = %v, want a *BulkError for 4 items, one chunk", err)
			}
			bulkCheckAligned(t, items, res)
			for i, r := range res {
				if i >= 4 && i < 8 {
					tt.check(t, i, r.Err)
				} else if r.Err != nil || r.Value == nil {
					t.Errorf("result %d = %+v, want a sequence (a failed chunk must not hide others)", i, r)
				}
			}
		})
	}
}

func TestBulkCreateManyOnePostPerChunk(t *testing.T) {
	env := setup(t, bulkRetryOn())
	fake := newBulkFake(t, env, "aa-sequences:bulk-create", "aaSequences", "prtn_")
	fake.fault = func(n int, w http.ResponseWriter) bool {
		switch n {
		case 2: // a 429 never ran: the core re-sends it
			w.Header().Set("Retry-After", "0")
			w.WriteHeader(http.StatusTooManyRequests)
			return true
		case 4: // a 503 may have run: never re-sent
			w.WriteHeader(http.StatusServiceUnavailable)
			return true
		case 5: // a lost connection may have run: never re-sent
			panic(http.ErrAbortHandler)
		}
		return false
	}
	items := bulkAaItems(12, nil)
	res, err := env.client.AaSequences.CreateMany(testCtx(t), items, &BulkOptions{ChunkSize: 2, Concurrency: 1})
	var bulkErr *BulkError
	if !errors.As(err, &bulkErr) || bulkErr.Failed != 4 || len(bulkErr.Errs) != 2 {
		t.Fatalf("err = %v, want a *BulkError for 4 items in 2 chunks", err)
	}
	bulkCheckAligned(t, items, res)
	// POSTs: chunk 1; chunk 2 (429, then again); chunk 3 (503); chunk 4
	// (connection lost); chunks 5 and 6.
	if got := fake.attempts.Load(); got != 7 {
		t.Errorf("POSTs received = %d, want 7: one per chunk plus the 429's retry", got)
	}
	for i, r := range res {
		switch i {
		case 4, 5:
			if !errors.Is(r.Err, ErrServer) {
				t.Errorf("result %d: err = %v, want ErrServer", i, r.Err)
			}
		case 6, 7:
			var apiErr *Error
			if r.Err == nil || errors.As(r.Err, &apiErr) {
				t.Errorf("result %d: err = %v, want a connection error", i, r.Err)
			}
		default:
			if r.Err != nil {
				t.Errorf("result %d: err = %v", i, r.Err)
			}
		}
	}
}

func TestBulkCreateManyCancelled(t *testing.T) {
	env := setup(t)
	fake := newBulkFake(t, env, "aa-sequences:bulk-create", "aaSequences", "prtn_")
	ctx, cancel := context.WithCancel(testCtx(t))
	defer cancel()
	// Chunk 2's task never ends; the caller gives up while waiting for it.
	fake.forever = 2
	fake.onPoll = func(chunk, polls int) {
		if chunk == 2 && polls == 3 {
			cancel()
		}
	}
	items := bulkAaItems(10, nil)
	var last int
	res, err := env.client.AaSequences.CreateMany(ctx, items, &BulkOptions{ChunkSize: 3, Concurrency: 1,
		Progress: func(p BulkProgress) { last = p.Done }})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	var bulkErr *BulkError
	if !errors.As(err, &bulkErr) || bulkErr.Failed != 7 {
		t.Fatalf("err = %v, want a *BulkError for 7 items", err)
	}
	bulkCheckAligned(t, items, res)
	for i, r := range res {
		switch {
		case i < 3:
			if r.Err != nil {
				t.Errorf("result %d: err = %v, want the sequence", i, r.Err)
			}
		case i < 6:
			if !errors.Is(r.Err, context.Canceled) || !strings.Contains(r.Err.Error(), "f438d656-c2c3-40a4-b3fd-000000000002") {
				t.Errorf("result %d: err = %v, want context.Canceled naming the task", i, r.Err)
			}
		default:
			if !errors.Is(r.Err, context.Canceled) || !strings.Contains(r.Err.Error(), "not sent") {
				t.Errorf("result %d: err = %v, want context.Canceled, not sent", i, r.Err)
			}
		}
	}
	if got := fake.posts.Load(); got != 2 {
		t.Errorf("POSTs = %d, want 2 (nothing sent after the cancel)", got)
	}
	if last != 6 {
		t.Errorf("last Progress done = %d, want 6", last)
	}
}

func TestBulkCreateManyBadInput(t *testing.T) {
	env := setup(t)
	fake := newBulkFake(t, env, "aa-sequences:bulk-create", "aaSequences", "prtn_")
	items := bulkAaItems(3, nil)
	tests := []struct {
		name  string
		items []*AaSequenceCreate
		opts  *BulkOptions
		want  string
	}{
		{"chunk too large", items, &BulkOptions{ChunkSize: 1001}, "ChunkSize 1001 is outside 1..1000"},
		{"negative chunk", items, &BulkOptions{ChunkSize: -1}, "ChunkSize -1"},
		{"negative concurrency", items, &BulkOptions{Concurrency: -2}, "Concurrency -2 is negative"},
		{"nil item", []*AaSequenceCreate{items[0], nil}, nil, "item 1 is nil"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := env.client.AaSequences.CreateMany(testCtx(t), tt.items, tt.opts)
			if err == nil || !strings.Contains(err.Error(), tt.want) || res != nil {
				t.Errorf("CreateMany = %v, %v; want no results and an error containing %q", res, err, tt.want)
			}
		})
	}
	res, err := env.client.AaSequences.CreateMany(testCtx(t), nil, nil)
	if err != nil || res == nil || len(res) != 0 {
		t.Errorf("CreateMany(nil) = %#v, %v; want an empty result", res, err)
	}
	if got := fake.attempts.Load(); got != 0 {
		t.Errorf("POSTs = %d, want 0", got)
	}
}

// TestBulkManyServices runs every *Many method through its endpoint: the
// right path and body key, results matched to inputs.
func TestBulkManyServices(t *testing.T) {
	type run func(ctx context.Context, c *Client) ([]string, error) // names of the results
	names := func(n int) []string {
		s := make([]string, n)
		for i := range s {
			s[i] = fmt.Sprintf("item-%d", i)
		}
		return s
	}
	vals := func(res any) []string {
		var out []string
		switch r := res.(type) {
		case []BulkResult[*AaSequence]:
			for _, x := range r {
				out = append(out, x.Value.Name)
			}
		case []BulkResult[*DnaSequence]:
			for _, x := range r {
				out = append(out, x.Value.Name)
			}
		case []BulkResult[*User]:
			for _, x := range r {
				out = append(out, x.Value.Name)
			}
		}
		return out
	}
	in := names(5)
	opts := &BulkOptions{ChunkSize: 2}
	tests := []struct {
		path, key, prefix string
		run               run
	}{
		{"aa-sequences:bulk-update", "aaSequences", "prtn_", func(ctx context.Context, c *Client) ([]string, error) {
			var items []*AaSequenceBulkUpdate
			for i, n := range in {
				items = append(items, &AaSequenceBulkUpdate{ID: fmt.Sprint("prtn_", i), EntityUpdateBase: EntityUpdateBase{Name: Ptr(n)}})
			}
			res, err := c.AaSequences.UpdateMany(ctx, items, opts)
			return vals(res), err
		}},
		{"aa-sequences:bulk-upsert", "aaSequences", "prtn_", func(ctx context.Context, c *Client) ([]string, error) {
			var items []*AaSequenceUpsert
			for i, n := range in {
				items = append(items, &AaSequenceUpsert{EntityRegistryID: fmt.Sprint("PRT", i), EntityUpsertBase: EntityUpsertBase{
					Name:       n,
					RegistryID: "src_ae40j3TZ",
					SchemaID:   "ts_n4l12nf0",
				},
					AminoAcids: "MKTAYIAKQR"})
			}
			res, err := c.AaSequences.UpsertMany(ctx, items, &AaSequenceBulkUpsertOptions{Returning: []string{"aaSequences.id", "aaSequences.name"}}, opts)
			return vals(res), err
		}},
		{"dna-sequences:bulk-create", "dnaSequences", "seq_", func(ctx context.Context, c *Client) ([]string, error) {
			var items []*DnaSequenceBulkCreate
			for _, n := range in {
				items = append(items, &DnaSequenceBulkCreate{EntityCreateBase: EntityCreateBase{Name: n}, Bases: "ACGT", IsCircular: false})
			}
			res, err := c.DnaSequences.CreateMany(ctx, items, opts)
			return vals(res), err
		}},
		{"dna-sequences:bulk-update", "dnaSequences", "seq_", func(ctx context.Context, c *Client) ([]string, error) {
			var items []*DnaSequenceBulkUpdate
			for i, n := range in {
				items = append(items, &DnaSequenceBulkUpdate{ID: fmt.Sprint("seq_", i), EntityUpdateBase: EntityUpdateBase{Name: Ptr(n)}})
			}
			res, err := c.DnaSequences.UpdateMany(ctx, items, opts)
			return vals(res), err
		}},
		{"dna-sequences:bulk-upsert", "dnaSequences", "seq_", func(ctx context.Context, c *Client) ([]string, error) {
			var items []*DnaSequenceBulkUpsertRequest
			for i, n := range in {
				items = append(items, &DnaSequenceBulkUpsertRequest{EntityRegistryID: fmt.Sprint("DNA", i), EntityUpsertBase: EntityUpsertBase{
					Name:       n,
					RegistryID: "src_ae40j3TZ",
					SchemaID:   "ts_n4l12nf0",
				},
					Bases: "ACGT"})
			}
			res, err := c.DnaSequences.UpsertMany(ctx, items, &DnaSequenceBulkUpsertOptions{Returning: []string{"dnaSequences.id", "dnaSequences.name"}}, opts)
			return vals(res), err
		}},
		{"users:bulk-create", "users", "ent_", func(ctx context.Context, c *Client) ([]string, error) {
			var items []*UserCreate
			for i, n := range in {
				items = append(items, &UserCreate{Name: n, Handle: fmt.Sprint("h", i), Email: fmt.Sprintf("u%d@example.com", i)})
			}
			res, err := c.Users.CreateMany(ctx, items, opts)
			return vals(res), err
		}},
		{"users:bulk-update", "users", "ent_", func(ctx context.Context, c *Client) ([]string, error) {
			var items []*UserBulkUpdate
			for i, n := range in {
				items = append(items, &UserBulkUpdate{ID: fmt.Sprint("ent_", i), Name: Ptr(n)})
			}
			res, err := c.Users.UpdateMany(ctx, items, opts)
			return vals(res), err
		}},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			env := setup(t)
			fake := newBulkFake(t, env, tt.path, tt.key, tt.prefix)
			got, err := tt.run(testCtx(t), env.client)
			if err != nil {
				t.Fatalf("err = %v", err)
			}
			if diff := cmp.Diff(in, got); diff != "" {
				t.Errorf("result names (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff([]int{2, 2, 1}, fake.chunkSizes()); diff != "" {
				t.Errorf("chunk sizes (-want +got):\n%s", diff)
			}
		})
	}
}

func TestBulkErrorMessages(t *testing.T) {
	chunkErr := &TaskError{TaskID: "t1", Message: "Your request was invalid."}
	e := &BulkError{Failed: 3, Total: 10, Errs: []error{chunkErr, context.Canceled}}
	if got, want := e.Error(), "benchling: 3 of 10 items failed: benchling: task t1 failed: Your request was invalid. (and 1 more errors)"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	ie := &BulkItemError{Index: 7, Message: "Name is required", Err: chunkErr}
	if got, want := ie.Error(), "benchling: item 7: Name is required"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	if !errors.Is(ie, ErrTaskFailed) || !errors.Is(e, context.Canceled) {
		t.Error("BulkItemError or BulkError does not unwrap to its chunk errors")
	}
}
