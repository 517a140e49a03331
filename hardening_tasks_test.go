package benchling

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// taskScript serves GET /tasks/{id} from a script of answers, one per
// poll, the last one repeated: "running", "succeeded", "failed", a status
// code ("500", "429", "404"), "garbled" (a 200 with a body cut short) or
// a raw JSON body starting with "{".
type taskScript struct {
	t     *testing.T
	mu    sync.Mutex
	steps map[string][]string
	polls map[string]int
}

func newTaskScript(t *testing.T, env *testEnv) *taskScript {
	s := &taskScript{t: t, steps: map[string][]string{}, polls: map[string]int{}}
	env.mux.HandleFunc("GET /tasks/{id}", func(w http.ResponseWriter, r *http.Request) {
		id := r.PathValue("id")
		s.mu.Lock()
		steps, ok := s.steps[id]
		n := s.polls[id]
		s.polls[id]++
		s.mu.Unlock()
		step := "404"
		if ok {
			step = steps[min(n, len(steps)-1)]
		}
		s.answer(w, r, id, step)
	})
	return s
}

func (s *taskScript) answer(w http.ResponseWriter, r *http.Request, id, step string) {
	t := s.t
	switch step {
	case "running":
		serveJSON(t, http.MethodGet, http.StatusOK, fixture(t, "tasks/running.json"))(w, r)
	case "succeeded":
		serveJSON(t, http.MethodGet, http.StatusOK, fixture(t, "tasks/succeeded_aa_sequences.json"))(w, r)
	case "failed":
		serveJSON(t, http.MethodGet, http.StatusOK, fixture(t, "tasks/failed_bulk_array.json"))(w, r)
	case "garbled":
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"status":"RUNN`)
	case "404":
		serveJSON(t, http.MethodGet, http.StatusNotFound,
			`{"error":{"invalidId":"`+id+`","message":"Task not found.","type":"invalid_request_error","userMessage":"Task not found."}}`)(w, r)
	default:
		if strings.HasPrefix(step, "{") {
			serveJSON(t, http.MethodGet, http.StatusOK, step)(w, r)
			return
		}
		var code int
		fmt.Sscan(step, &code)
		serveJSON(t, http.MethodGet, code, `{"error":{"message":"Something went wrong.","type":"server_error","userMessage":"Try again."}}`)(w, r)
	}
}

func (s *taskScript) add(id string, steps ...string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.steps[id] = steps
}

func (s *taskScript) pollsOf(id string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.polls[id]
}

// failNth fails the n-th request (from 1) it carries with a connection
// error, without sending it.
type failNth struct {
	base http.RoundTripper
	n    int32
	seen atomic.Int32
}

func (f *failNth) RoundTrip(r *http.Request) (*http.Response, error) {
	if f.seen.Add(1) == f.n {
		if r.Body != nil {
			_ = r.Body.Close()
		}
		return nil, &net.OpError{Op: "read", Net: "tcp", Err: syscall.ECONNRESET}
	}
	return f.base.RoundTrip(r)
}

const taskID1 = "f438d656-c2c3-40a4-b3fd-000000000101"

// A poll is a read: a 500, a 429, a 503, a lost connection or a garbled
// body (each reaching Wait, with the client's retries off) does not end
// the wait; each is logged at debug level, and the wait ends with the
// task's outcome.
func TestWaitPollsThroughTransientErrors(t *testing.T) {
	var logs syncBuffer
	// The fourth poll loses its connection before it reaches the server.
	lost := &failNth{base: http.DefaultTransport, n: 4}
	env := setupRaw(t, WithHTTPClient(&http.Client{Transport: lost}),
		WithLogger(slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))))
	script := newTaskScript(t, env)
	script.add(taskID1, "running", "500", "429", "503", "garbled", "running", "succeeded")

	task, _, err := env.client.Tasks.Wait(testCtx(t), taskID1)
	if err != nil {
		t.Fatalf("Wait: %v; want the task's outcome despite failed polls", err)
	}
	if task.Status != TaskStatusSucceeded || task.ID != taskID1 {
		t.Errorf("task = %+v, want %s SUCCEEDED", task, taskID1)
	}
	if got := script.pollsOf(taskID1); got != 7 {
		t.Errorf("polls = %d, want 7 (and the one lost)", got)
	}
	if got := strings.Count(logs.String(), "benchling task poll failed"); got != 5 {
		t.Errorf("logged %d failed polls, want 5:\n%s", got, logs.String())
	}
	if !strings.Contains(logs.String(), "task="+taskID1) || !strings.Contains(logs.String(), "level=DEBUG") {
		t.Errorf("the log does not name the task at debug level:\n%s", logs.String())
	}

	// The typed handle and WaitAll poll through the same faults.
	script.add("t2", "503", "garbled", "succeeded")
	res, err := NewAsyncTaskLink[AaSequencesBulkCreateResult](env.client, "t2").Wait(testCtx(t))
	if err != nil || len(res.AaSequences) != 1 || res.AaSequences[0].ID != "prtn_ObbdtGhC" {
		t.Errorf("AsyncTaskLink.Wait = %+v, %v; want the task's sequence", res, err)
	}
	script.add("t3", "running", "500", "succeeded")
	script.add("t4", "429", "failed")
	tasks, err := env.client.Tasks.WaitAll(testCtx(t), "t3", "t4")
	var te *TaskError
	if !errors.As(err, &te) || te.TaskID != "t4" || errors.Is(err, ErrOutcomeUnknown) || errors.Is(err, ErrServer) {
		t.Errorf("WaitAll: err = %v; want only t4's *TaskError", err)
	}
	if tasks[0] == nil || tasks[0].Status != TaskStatusSucceeded || tasks[1] == nil || tasks[1].Status != TaskStatusFailed {
		t.Errorf("WaitAll: tasks = %+v, want SUCCEEDED, FAILED", tasks)
	}
}

// A poll failing for ever keeps Wait polling until ctx ends; the error
// then says the outcome is unknown and names the task.
func TestWaitOnFailingPollsEndsWithContext(t *testing.T) {
	env := setupRaw(t)
	script := newTaskScript(t, env)
	script.add(taskID1, "running", "502")
	ctx, cancel := context.WithTimeout(testCtx(t), 300*time.Millisecond)
	defer cancel()
	task, _, err := env.client.Tasks.Wait(ctx, taskID1)
	var we *TaskWaitError
	if !errors.As(err, &we) || we.TaskID != taskID1 || !errors.Is(err, ErrOutcomeUnknown) || !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v; want a *TaskWaitError for %s matching ErrOutcomeUnknown and DeadlineExceeded", err, taskID1)
	}
	if we.Task == nil || we.Task.Status != TaskStatusRunning || task != we.Task {
		t.Errorf("last state = %+v (returned %+v), want the RUNNING poll", we.Task, task)
	}
	if got := script.pollsOf(taskID1); got < 3 {
		t.Errorf("polls = %d, want Wait to keep polling through the 502s", got)
	}
	if !strings.Contains(err.Error(), taskID1) || !strings.Contains(err.Error(), "outcome unknown") {
		t.Errorf("Error() = %q, want the task ID and \"outcome unknown\"", err)
	}
}

// A 404 (the task expired, or the ID is wrong) and a 403 are final: Wait
// stops at once, with the outcome unknown and the cause kept.
func TestWaitStopsOnFinalPollErrors(t *testing.T) {
	for _, tt := range []struct {
		step     string
		sentinel error
	}{{"404", ErrNotFound}, {"403", ErrForbidden}, {"401", ErrUnauthorized}} {
		t.Run(tt.step, func(t *testing.T) {
			env := setupRaw(t)
			script := newTaskScript(t, env)
			script.add(taskID1, "running", tt.step, "succeeded")
			_, _, err := env.client.Tasks.Wait(testCtx(t), taskID1)
			var we *TaskWaitError
			if !errors.As(err, &we) || we.TaskID != taskID1 || !errors.Is(err, ErrOutcomeUnknown) || !errors.Is(err, tt.sentinel) {
				t.Fatalf("err = %v; want a *TaskWaitError for %s matching ErrOutcomeUnknown and %v", err, taskID1, tt.sentinel)
			}
			if got := script.pollsOf(taskID1); got != 2 {
				t.Errorf("polls = %d, want 2", got)
			}
			tasks, err := env.client.Tasks.WaitAll(testCtx(t), "missing")
			if !errors.As(err, &we) || we.TaskID != "missing" || !errors.Is(err, ErrOutcomeUnknown) || !errors.Is(err, ErrNotFound) || tasks[0] != nil {
				t.Errorf("WaitAll: %v, %v; want a *TaskWaitError for the missing task", tasks, err)
			}
		})
	}
}

// Every way a wait can end without an outcome carries the task ID and
// matches ErrOutcomeUnknown; a task that ended FAILED does not, and an
// invalid ID is ErrInvalidID with nothing sent.
func TestWaitErrorsCarryTheTaskID(t *testing.T) {
	env := setupRaw(t)
	script := newTaskScript(t, env)
	script.add("unknown-status", `{"status":"QUEUED"}`)
	script.add("bad-response", `{"status":"SUCCEEDED","response":{"aaSequences":"not a list"}}`)
	script.add("failed", "failed")
	script.add("running", "running")

	_, _, err := env.client.Tasks.Wait(testCtx(t), "unknown-status")
	var we *TaskWaitError
	if !errors.As(err, &we) || we.TaskID != "unknown-status" || !errors.Is(err, ErrOutcomeUnknown) || !errors.Is(err, ErrUnexpectedResponse) {
		t.Errorf("unknown status: err = %v; want a *TaskWaitError matching ErrOutcomeUnknown and ErrUnexpectedResponse", err)
	}
	_, err = NewAsyncTaskLink[AaSequencesBulkCreateResult](env.client, "bad-response").Wait(testCtx(t))
	if !errors.As(err, &we) || we.TaskID != "bad-response" || !errors.Is(err, ErrOutcomeUnknown) || !errors.Is(err, ErrUnexpectedResponse) ||
		we.Task == nil || we.Task.Status != TaskStatusSucceeded {
		t.Errorf("undecodable response: err = %v; want a *TaskWaitError with the SUCCEEDED task", err)
	}
	_, _, err = env.client.Tasks.Wait(testCtx(t), "failed")
	var te *TaskError
	if !errors.As(err, &te) || te.TaskID != "failed" || errors.Is(err, ErrOutcomeUnknown) {
		t.Errorf("failed task: err = %v; want a *TaskError that does not match ErrOutcomeUnknown", err)
	}
	ctx, cancel := context.WithCancel(testCtx(t))
	cancel()
	_, err = NewAsyncTaskLink[EmptyTaskResponse](env.client, "running").Wait(ctx)
	if !errors.As(err, &we) || we.TaskID != "running" || !errors.Is(err, ErrOutcomeUnknown) || !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err = %v; want a *TaskWaitError matching context.Canceled", err)
	}
	for _, id := range []string{"", "a/b", ".."} {
		_, _, err = env.client.Tasks.Wait(testCtx(t), id)
		if !errors.Is(err, ErrInvalidID) || errors.Is(err, ErrOutcomeUnknown) {
			t.Errorf("Wait(%q): err = %v; want ErrInvalidID only", id, err)
		}
	}
	if _, err := NewAsyncTaskLink[EmptyTaskResponse](nil, "x").Wait(testCtx(t)); err == nil {
		t.Error("Wait on a link without a client: err = nil")
	}
	if got := script.pollsOf("running"); got != 0 {
		t.Errorf("a cancelled context sent %d polls", got)
	}
}

// WaitAll gives every task still running when ctx ends its own
// *TaskWaitError.
func TestWaitAllContextEndNamesEveryPendingTask(t *testing.T) {
	env := setupRaw(t)
	script := newTaskScript(t, env)
	script.add("a", "running")
	script.add("b", "succeeded")
	script.add("c", "running", "503")
	ctx, cancel := context.WithCancel(testCtx(t))
	defer cancel()
	go func() {
		for end := time.Now().Add(5 * time.Second); script.pollsOf("c") < 3 && time.Now().Before(end); {
			time.Sleep(time.Millisecond)
		}
		cancel()
	}()
	tasks, err := env.client.Tasks.WaitAll(ctx, "a", "b", "c")
	var pending []string
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		var we *TaskWaitError
		if errors.As(e, &we) && errors.Is(e, context.Canceled) {
			pending = append(pending, we.TaskID)
		}
	}
	if fmt.Sprint(pending) != "[a c]" || !errors.Is(err, ErrOutcomeUnknown) {
		t.Errorf("err = %v; want a *TaskWaitError for a and for c", err)
	}
	if tasks[0] == nil || tasks[0].Status != TaskStatusRunning || tasks[1] == nil || tasks[1].Status != TaskStatusSucceeded {
		t.Errorf("tasks = %+v", tasks)
	}
}
