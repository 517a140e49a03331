package benchling

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// A chunk with invalid items is resubmitted without them: every valid
// item is created, each invalid one carries its own error at its input
// index, and Progress counts successes and failures as they become final.
func TestBulkResubmitsValidItems(t *testing.T) {
	env := setup(t)
	fake := newBulkFake(t, env, "aa-sequences:bulk-create", "aaSequences", "prtn_")
	items := bulkAaItems(25, map[int]string{13: "bad-13", 17: "bad-17"})

	var progress []BulkProgress
	res, err := env.client.AaSequences.CreateMany(testCtx(t), items, &BulkOptions{ChunkSize: 10, Concurrency: 1,
		Progress: func(p BulkProgress) { progress = append(progress, p) }})
	var bulkErr *BulkError
	if !errors.As(err, &bulkErr) || bulkErr.Failed != 2 || bulkErr.Total != 25 || bulkErr.Unknown != 0 || len(bulkErr.Errs) != 1 {
		t.Fatalf("err = %v, want a *BulkError for 2 of 25 items, one rejected submission", err)
	}
	bulkCheckAligned(t, items, res)
	for i, r := range res {
		var itemErr *BulkItemError
		switch i {
		case 13, 17:
			if !errors.As(r.Err, &itemErr) || itemErr.Index != i || itemErr.Message != fmt.Sprintf("Invalid name bad-%d", i) {
				t.Errorf("result %d: err = %v, want its own *BulkItemError", i, r.Err)
			}
			var te *TaskError
			if !errors.As(r.Err, &te) || te.TaskID != r.TaskID || r.TaskID == "" || !errors.Is(r.Err, ErrTaskFailed) {
				t.Errorf("result %d: err = %v, TaskID %q; want the rejecting task's *TaskError and ID", i, r.Err, r.TaskID)
			}
			// The chunk error's item indexes are input indexes.
			if diff := cmp.Diff([]ItemError{{13, "Invalid name bad-13"}, {17, "Invalid name bad-17"}}, te.Items); diff != "" {
				t.Errorf("result %d: task error items (-want +got):\n%s", i, diff)
			}
			if !strings.Contains(te.Error(), "first: item 13: Invalid name bad-13") {
				t.Errorf("Error() = %q, want the input index", te.Error())
			}
		default:
			if r.Err != nil || r.Value == nil || r.TaskID == "" {
				t.Errorf("result %d = %+v, want the created sequence and its task", i, r)
			}
		}
	}
	if diff := cmp.Diff([]int{10, 10, 8, 5}, fake.chunkSizes()); diff != "" {
		t.Errorf("submissions (-want +got):\n%s", diff)
	}
	want := []BulkProgress{
		{Done: 10, Succeeded: 10, Total: 25},
		{Done: 12, Succeeded: 10, Failed: 2, Total: 25},
		{Done: 20, Succeeded: 18, Failed: 2, Total: 25},
		{Done: 25, Succeeded: 23, Failed: 2, Total: 25},
	}
	if diff := cmp.Diff(want, progress); diff != "" {
		t.Errorf("Progress calls (-want +got):\n%s", diff)
	}
}

// A 400 with per-item errors wrote nothing either: the other items are
// resubmitted, and the rejected one has no task.
func TestBulkResubmitsAfterA400WithItemErrors(t *testing.T) {
	env := setup(t)
	fake := newBulkFake(t, env, "aa-sequences:bulk-create", "aaSequences", "prtn_")
	fake.fault = func(n int, w http.ResponseWriter) bool {
		if n != 2 {
			return false
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusBadRequest)
		fmt.Fprint(w, `{"error":{"type":"invalid_request_error","message":"Invalid items.","errors":[{"index":1,"message":"Name taken"}]}}`)
		return true
	}
	items := bulkAaItems(10, nil)
	res, err := env.client.AaSequences.CreateMany(testCtx(t), items, &BulkOptions{ChunkSize: 4, Concurrency: 1})
	var bulkErr *BulkError
	if !errors.As(err, &bulkErr) || bulkErr.Failed != 1 {
		t.Fatalf("err = %v, want a *BulkError for 1 item", err)
	}
	bulkCheckAligned(t, items, res)
	var itemErr *BulkItemError
	var apiErr *Error
	if !errors.As(res[5].Err, &itemErr) || itemErr.Index != 5 || !errors.As(res[5].Err, &apiErr) || res[5].TaskID != "" ||
		apiErr.Items[0].Index != 5 || !errors.Is(res[5].Err, ErrBadRequest) {
		t.Errorf("result 5: %+v; want its own *BulkItemError from the 400, at input index 5, no task", res[5])
	}
	if diff := cmp.Diff([]int{4, 3, 2}, fake.chunkSizes()); diff != "" {
		t.Errorf("carried-out submissions (-want +got):\n%s", diff)
	}
}

// An abandoned wait (the task is gone) leaves the outcome unknown: the
// chunk is never resubmitted, and every item of it says so and names the
// task, apart from the chunks that succeeded.
func TestBulkAbandonedWaitIsOutcomeUnknown(t *testing.T) {
	env := setup(t)
	fake := newBulkFake(t, env, "aa-sequences:bulk-create", "aaSequences", "prtn_")
	fake.gone = 2
	items := bulkAaItems(9, nil)
	res, err := env.client.AaSequences.CreateMany(testCtx(t), items, &BulkOptions{ChunkSize: 3, Concurrency: 1})
	var bulkErr *BulkError
	if !errors.As(err, &bulkErr) || bulkErr.Failed != 3 || bulkErr.Unknown != 3 || !errors.Is(err, ErrOutcomeUnknown) {
		t.Fatalf("err = %v, want a *BulkError with 3 items of unknown outcome", err)
	}
	if !strings.Contains(err.Error(), "the outcome of 3 is unknown") {
		t.Errorf("Error() = %q, want it to say the outcome is unknown", err)
	}
	for i, r := range res {
		if i < 3 || i >= 6 {
			if r.Err != nil {
				t.Errorf("result %d: %v", i, r.Err)
			}
			continue
		}
		var we *TaskWaitError
		if !errors.Is(r.Err, ErrOutcomeUnknown) || !errors.Is(r.Err, ErrNotFound) || !errors.As(r.Err, &we) ||
			r.TaskID == "" || we.TaskID != r.TaskID || errors.Is(r.Err, ErrTaskFailed) {
			t.Errorf("result %d: %v (task %q); want a *TaskWaitError naming the task, matching ErrOutcomeUnknown", i, r.Err, r.TaskID)
		}
	}
	if got := fake.posts.Load(); got != 3 {
		t.Errorf("POSTs = %d, want 3: an unknown outcome is never resubmitted", got)
	}
}

// bulkScript is a run function for bulk whose rounds answer in turn:
// each answer is given the items of its submission.
func bulkScript(answers ...func(sub []*int) ([]int, string, error)) (bulkRunFunc[int, int], *[][]int) {
	var subs [][]int
	n := 0
	return func(ctx context.Context, sub []*int) ([]int, string, error) {
		var vals []int
		for _, p := range sub {
			vals = append(vals, *p)
		}
		subs = append(subs, vals)
		a := answers[min(n, len(answers)-1)]
		n++
		return a(sub)
	}, &subs
}

func intItems(n int) []*int {
	items := make([]*int, n)
	for i := range items {
		items[i] = new(int)
		*items[i] = i
	}
	return items
}

func echoInts(sub []*int) ([]int, string, error) {
	var out []int
	for _, p := range sub {
		out = append(out, *p)
	}
	return out, "task-ok", nil
}

func failItems(msg string, index ...int) func(sub []*int) ([]int, string, error) {
	return func(sub []*int) ([]int, string, error) {
		te := &TaskError{TaskID: "task-failed", Message: msg}
		for _, i := range index {
			te.Items = append(te.Items, ItemError{Index: i, Message: fmt.Sprintf("%s %d", msg, i)})
		}
		return nil, "task-failed", te
	}
}

// The rounds of one chunk: an item rejected only in the second round is
// removed too, and the indexes of each round are translated to input
// indexes; a round that names no remaining item ends the chunk with its
// error; each round removes at least one item, so a chunk is sent at most
// once per item.
func TestBulkResubmissionRounds(t *testing.T) {
	t.Run("two rounds of invalid items", func(t *testing.T) {
		run, subs := bulkScript(failItems("bad", 2), failItems("worse", 4), echoInts)
		res, err := bulk(testCtx(t), intItems(8), nil, 10, run)
		if diff := cmp.Diff([][]int{{0, 1, 2, 3, 4, 5, 6, 7}, {0, 1, 3, 4, 5, 6, 7}, {0, 1, 3, 4, 6, 7}}, *subs); diff != "" {
			t.Errorf("submissions (-want +got):\n%s", diff)
		}
		var be *BulkError
		if !errors.As(err, &be) || be.Failed != 2 || len(be.Errs) != 2 {
			t.Fatalf("err = %v", err)
		}
		var ie *BulkItemError
		if !errors.As(res[2].Err, &ie) || ie.Index != 2 || ie.Message != "bad 2" {
			t.Errorf("result 2: %v", res[2].Err)
		}
		// Item 5 was at index 4 of the second submission.
		if !errors.As(res[5].Err, &ie) || ie.Index != 5 || ie.Message != "worse 4" || !strings.Contains(be.Errs[1].Error(), "item 5: worse 4") {
			t.Errorf("result 5: %v; errors %v", res[5].Err, be.Errs)
		}
		for _, i := range []int{0, 1, 3, 4, 6, 7} {
			if res[i].Err != nil || res[i].Value != i || res[i].TaskID != "task-ok" {
				t.Errorf("result %d = %+v", i, res[i])
			}
		}
	})
	t.Run("a round that names no remaining item", func(t *testing.T) {
		for _, second := range []func([]*int) ([]int, string, error){
			failItems("no index", -1), failItems("out of range", 7), failItems("chunk failed"),
		} {
			run, subs := bulkScript(failItems("bad", 0), second, echoInts)
			res, err := bulk(testCtx(t), intItems(4), nil, 10, run)
			if len(*subs) != 2 || err == nil {
				t.Fatalf("%d submissions, err %v; want 2 and an error", len(*subs), err)
			}
			for i := 1; i < 4; i++ {
				var te *TaskError
				var ie *BulkItemError
				if !errors.As(res[i].Err, &te) || errors.As(res[i].Err, &ie) || res[i].TaskID != "task-failed" {
					t.Errorf("result %d: %v; want the second round's *TaskError", i, res[i].Err)
				}
			}
		}
	})
	t.Run("bounded by the number of items", func(t *testing.T) {
		run, subs := bulkScript(failItems("first", 0))
		res, err := bulk(testCtx(t), intItems(5), nil, 10, run)
		if len(*subs) != 5 || err == nil {
			t.Fatalf("%d submissions; want 5 (one item fewer each time)", len(*subs))
		}
		for i, r := range res {
			var ie *BulkItemError
			if !errors.As(r.Err, &ie) || ie.Index != i {
				t.Errorf("result %d: %v", i, r.Err)
			}
		}
	})
	t.Run("NoResubmit", func(t *testing.T) {
		run, subs := bulkScript(failItems("bad", 1), echoInts)
		res, _ := bulk(testCtx(t), intItems(3), &BulkOptions{NoResubmit: true}, 10, run)
		if len(*subs) != 1 || !errors.Is(res[0].Err, ErrTaskFailed) || !errors.Is(res[2].Err, ErrTaskFailed) {
			t.Errorf("%d submissions, results %+v; want one, every item failed", len(*subs), res)
		}
	})
}

// Only a failure that wrote nothing is resubmitted: never an error whose
// outcome is unknown (a 5xx on the submit, as the retry helper marks it),
// even if it names items, and never a failure other than a FAILED task or
// a 400.
func TestBulkNeverResubmitsAnUnknownOutcome(t *testing.T) {
	unknown := fmt.Errorf("benchling: POST /aa-sequences:bulk-create: %w: %w", ErrOutcomeUnknown,
		&Error{StatusCode: 503, Items: []ItemError{{0, "busy"}}})
	for name, answer := range map[string]func([]*int) ([]int, string, error){
		"outcome unknown": func([]*int) ([]int, string, error) { return nil, "", unknown },
		"403 with items": func([]*int) ([]int, string, error) {
			return nil, "", &Error{StatusCode: 403, Items: []ItemError{{0, "no"}}}
		},
		"count mismatch": func([]*int) ([]int, string, error) { return []int{1}, "task-short", nil },
		"wait ended": func([]*int) ([]int, string, error) {
			return nil, "task-x", &TaskWaitError{TaskID: "task-x", Err: context.Canceled}
		},
		"transport error":    func([]*int) ([]int, string, error) { return nil, "", errors.New("connection reset") },
		"403 without items":  func([]*int) ([]int, string, error) { return nil, "", &Error{StatusCode: 403} },
		"task failed, no id": failItems("whole"),
	} {
		t.Run(name, func(t *testing.T) {
			run, subs := bulkScript(answer, echoInts)
			res, err := bulk(testCtx(t), intItems(3), nil, 10, run)
			if len(*subs) != 1 || err == nil {
				t.Fatalf("%d submissions, err %v; want exactly one", len(*subs), err)
			}
			wantUnknown := name == "outcome unknown" || name == "count mismatch" || name == "wait ended"
			for i, r := range res {
				if errors.Is(r.Err, ErrOutcomeUnknown) != wantUnknown {
					t.Errorf("result %d: %v; want ErrOutcomeUnknown %v", i, r.Err, wantUnknown)
				}
				var ie *BulkItemError
				if wantUnknown && errors.As(r.Err, &ie) {
					t.Errorf("result %d: %v; an unknown outcome names no item", i, r.Err)
				}
			}
			var be *BulkError
			if errors.As(err, &be) && (be.Unknown == 3) != wantUnknown {
				t.Errorf("BulkError.Unknown = %d", be.Unknown)
			}
		})
	}
}

// When ctx ends between rounds, the remaining items are not resubmitted,
// and say so: nothing was written for them.
func TestBulkCancelledBetweenRounds(t *testing.T) {
	ctx, cancel := context.WithCancel(testCtx(t))
	defer cancel()
	run, subs := bulkScript(func(sub []*int) ([]int, string, error) {
		cancel()
		return failItems("bad", 0)(sub)
	}, echoInts)
	res, err := bulk(ctx, intItems(3), nil, 10, run)
	if len(*subs) != 1 || !errors.Is(err, context.Canceled) {
		t.Fatalf("%d submissions, err %v", len(*subs), err)
	}
	for i := 1; i < 3; i++ {
		if !errors.Is(res[i].Err, context.Canceled) || errors.Is(res[i].Err, ErrOutcomeUnknown) || !strings.Contains(res[i].Err.Error(), "not resubmitted") {
			t.Errorf("result %d: %v; want context.Canceled, not resubmitted", i, res[i].Err)
		}
	}
}
