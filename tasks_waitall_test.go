package benchling

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// waitAllTasks serves GET /tasks/{id}: each task answers RUNNING for its
// number of polls, then its final fixture; unknown IDs get a 404. It
// counts the polls per task.
type waitAllTasks struct {
	mu      sync.Mutex
	running map[string]int    // polls answered RUNNING before the end; -1: forever
	final   map[string]string // fixture of the final state
	polls   map[string]int
	onPoll  func(id string, polls int)
}

func newWaitAllTasks(t *testing.T, env *testEnv) *waitAllTasks {
	w := &waitAllTasks{running: map[string]int{}, final: map[string]string{}, polls: map[string]int{}}
	env.mux.HandleFunc("GET /tasks/{id}", func(rw http.ResponseWriter, r *http.Request) {
		id := r.PathValue("id")
		w.mu.Lock()
		final, ok := w.final[id]
		w.polls[id]++
		n, running, onPoll := w.polls[id], w.running[id], w.onPoll
		w.mu.Unlock()
		if onPoll != nil {
			onPoll(id, n)
		}
		switch {
		case !ok:
			serveJSON(t, http.MethodGet, http.StatusNotFound,
				`{"error":{"invalidId":"`+id+`","message":"Task not found.","type":"invalid_request_error","userMessage":"Task not found."}}`)(rw, r)
		case running < 0 || n <= running:
			serveJSON(t, http.MethodGet, http.StatusOK, fixture(t, "tasks/running.json"))(rw, r)
		default:
			serveJSON(t, http.MethodGet, http.StatusOK, fixture(t, final))(rw, r)
		}
	})
	return w
}

func (w *waitAllTasks) add(id string, running int, final string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.running[id], w.final[id] = running, final
}

func (w *waitAllTasks) pollCounts() map[string]int {
	w.mu.Lock()
	defer w.mu.Unlock()
	out := map[string]int{}
	for k, v := range w.polls {
		out[k] = v
	}
	return out
}

const (
	waitAllA       = "f438d656-c2c3-40a4-b3fd-00000000000a"
	waitAllB       = "f438d656-c2c3-40a4-b3fd-00000000000b"
	waitAllC       = "f438d656-c2c3-40a4-b3fd-00000000000c"
	waitAllD       = "f438d656-c2c3-40a4-b3fd-00000000000d"
	waitAllMissing = "f438d656-c2c3-40a4-b3fd-0000000000ff"
)

func TestTasksWaitAllMixed(t *testing.T) {
	env := setup(t)
	srv := newWaitAllTasks(t, env)
	srv.add(waitAllA, 3, "tasks/succeeded_aa_sequences.json")
	srv.add(waitAllB, 1, "tasks/failed_bulk_array.json")
	srv.add(waitAllC, 0, "tasks/succeeded_empty.json")
	srv.add(waitAllD, 0, "tasks/failed.json")

	ids := []string{waitAllA, waitAllB, waitAllMissing, waitAllC, waitAllA, waitAllD}
	tasks, err := env.client.Tasks.WaitAll(testCtx(t), ids...)
	if len(tasks) != len(ids) {
		t.Fatalf("%d tasks for %d ids", len(tasks), len(ids))
	}
	var got []string
	for i, task := range tasks {
		if task == nil {
			got = append(got, "nil")
			continue
		}
		if task.ID != ids[i] {
			t.Errorf("tasks[%d].ID = %s, want %s", i, task.ID, ids[i])
		}
		got = append(got, string(task.Status))
	}
	want := []string{"SUCCEEDED", "FAILED", "nil", "SUCCEEDED", "SUCCEEDED", "FAILED"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("statuses (-want +got):\n%s", diff)
	}

	// Each failed task is reported, and so is the unreadable one.
	var failed []string
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		var te *TaskError
		if errors.As(e, &te) {
			failed = append(failed, te.TaskID)
		}
	}
	if diff := cmp.Diff([]string{waitAllB, waitAllD}, failed); diff != "" {
		t.Errorf("failed tasks in the error (-want +got):\n%s", diff)
	}
	if !errors.Is(err, ErrTaskFailed) || !errors.Is(err, ErrNotFound) || !strings.Contains(err.Error(), waitAllMissing) {
		t.Errorf("err = %v, want ErrTaskFailed and ErrNotFound naming %s", err, waitAllMissing)
	}
	if diff := cmp.Diff([]ItemError{{0, "Invalid field value"}, {2, "Name is required"}}, tasks[1].Errors.Items); diff != "" {
		t.Errorf("B's item errors (-want +got):\n%s", diff)
	}

	// Only running tasks are polled again, and a repeated ID only once.
	wantPolls := map[string]int{waitAllA: 4, waitAllB: 2, waitAllC: 1, waitAllD: 1, waitAllMissing: 1}
	if diff := cmp.Diff(wantPolls, srv.pollCounts()); diff != "" {
		t.Errorf("polls per task (-want +got):\n%s", diff)
	}
}

func TestTasksWaitAllCancelled(t *testing.T) {
	env := setup(t)
	srv := newWaitAllTasks(t, env)
	srv.add(waitAllA, -1, "")
	srv.add(waitAllB, 0, "tasks/succeeded_empty.json")
	ctx, cancel := context.WithCancel(testCtx(t))
	defer cancel()
	srv.onPoll = func(id string, polls int) {
		if id == waitAllA && polls == 3 {
			cancel()
		}
	}
	tasks, err := env.client.Tasks.WaitAll(ctx, waitAllA, waitAllB)
	var we *TaskWaitError
	if !errors.Is(err, context.Canceled) || !errors.As(err, &we) || we.TaskID != waitAllA || !errors.Is(err, ErrOutcomeUnknown) {
		t.Fatalf("err = %v, want context.Canceled in a *TaskWaitError for A", err)
	}
	if tasks[0] == nil || tasks[0].Status != TaskStatusRunning || tasks[1] == nil || tasks[1].Status != TaskStatusSucceeded {
		t.Errorf("tasks = %+v, want A's last state (RUNNING) and B SUCCEEDED", tasks)
	}
	if got := srv.pollCounts()[waitAllB]; got != 1 {
		t.Errorf("B polled %d times, want 1", got)
	}
}

func TestTasksWaitAllInvalidAndEmpty(t *testing.T) {
	env := setup(t)
	srv := newWaitAllTasks(t, env)
	srv.add(waitAllA, 0, "tasks/succeeded_empty.json")

	tasks, err := env.client.Tasks.WaitAll(testCtx(t), "", waitAllA)
	if !errors.Is(err, ErrInvalidID) || errors.Is(err, ErrTaskFailed) {
		t.Errorf("err = %v, want only ErrInvalidID", err)
	}
	if tasks[0] != nil || tasks[1] == nil || tasks[1].Status != TaskStatusSucceeded {
		t.Errorf("tasks = %+v", tasks)
	}

	tasks, err = env.client.Tasks.WaitAll(testCtx(t))
	if err != nil || len(tasks) != 0 {
		t.Errorf("WaitAll() = %v, %v; want nothing", tasks, err)
	}
	if diff := cmp.Diff(map[string]int{waitAllA: 1}, srv.pollCounts()); diff != "" {
		t.Errorf("polls (-want +got):\n%s", diff)
	}
}
