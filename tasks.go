package benchling

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"
)

// TasksService reads Benchling's asynchronous tasks: bulk operations,
// auto-annotation, codon optimisation and others return a task that runs
// on the server and is polled until it ends.
//
// Benchling API tag: Tasks.
type TasksService service

// TaskStatus is the state of an asynchronous task.
type TaskStatus string

// Task states.
const (
	TaskRunning   TaskStatus = "RUNNING"
	TaskSucceeded TaskStatus = "SUCCEEDED"
	TaskFailed    TaskStatus = "FAILED"
)

// ErrTaskFailed matches a *TaskError with errors.Is.
var ErrTaskFailed = errors.New("benchling: task failed")

// Task is an asynchronous task (the spec's AsyncTask and its per-operation
// variants, which differ only in Response).
type Task struct {
	// ID is the task's ID. It is not part of the response body; Get and
	// Wait fill it in.
	ID string `json:"-"`
	// Status is RUNNING, SUCCEEDED or FAILED.
	Status TaskStatus `json:"status"`
	// Message says why the task failed; present only when it failed.
	Message string `json:"message,omitempty"`
	// Errors holds the per-item errors of a failed bulk task.
	Errors TaskErrors `json:"errors,omitzero"`
	// Response is the task's result, present only when it succeeded; its
	// shape depends on the operation (decode it with DecodeResponse, or
	// use the typed AsyncTaskLink.Wait).
	Response json.RawMessage `json:"response,omitempty"`
}

// DecodeResponse decodes the response of a succeeded task into v.
func (t *Task) DecodeResponse(v any) error {
	if t.Status != TaskSucceeded {
		return fmt.Errorf("benchling: task %s: no response: status is %s", t.ID, t.Status)
	}
	if len(bytes.TrimSpace(t.Response)) == 0 {
		return nil
	}
	if err := json.Unmarshal(t.Response, v); err != nil {
		return fmt.Errorf("benchling: task %s: decoding response: %w", t.ID, err)
	}
	return nil
}

// TaskErrors are the per-item errors of a failed bulk task. The spec allows
// a list of objects or a single object; both decode, and Raw keeps the
// JSON as sent.
type TaskErrors struct {
	// Items are the errors that carry an index and a message.
	Items []ItemError
	// Raw is the errors JSON as the server sent it.
	Raw json.RawMessage
}

// IsZero reports whether there are no errors, so that omitzero omits them.
func (e TaskErrors) IsZero() bool { return len(e.Raw) == 0 && len(e.Items) == 0 }

// MarshalJSON returns the JSON as received, or the items.
func (e TaskErrors) MarshalJSON() ([]byte, error) {
	if len(e.Raw) > 0 {
		return e.Raw, nil
	}
	out := make([]map[string]any, len(e.Items))
	for i, it := range e.Items {
		out[i] = map[string]any{"index": it.Index, "message": it.Message}
	}
	return json.Marshal(out)
}

// UnmarshalJSON accepts a list of error objects or one error object.
func (e *TaskErrors) UnmarshalJSON(b []byte) error {
	type item struct {
		Index   *float64 `json:"index"`
		Message string   `json:"message"`
	}
	*e = TaskErrors{}
	b = bytes.TrimSpace(b)
	if string(b) == "null" {
		return nil
	}
	var items []json.RawMessage
	switch {
	case len(b) > 0 && b[0] == '[':
		if err := json.Unmarshal(b, &items); err != nil {
			return err
		}
	case len(b) > 0 && b[0] == '{':
		items = []json.RawMessage{b}
	default:
		return errors.New("benchling: task errors are neither a list nor an object")
	}
	e.Raw = append(json.RawMessage(nil), b...)
	for _, raw := range items {
		var it item
		if json.Unmarshal(raw, &it) != nil {
			continue // keep the raw JSON only
		}
		idx := -1
		if it.Index != nil {
			idx = int(*it.Index)
		}
		if it.Message != "" || idx >= 0 {
			e.Items = append(e.Items, ItemError{Index: idx, Message: it.Message})
		}
	}
	return nil
}

// TaskError is returned by Wait when a task ends FAILED. It matches
// ErrTaskFailed with errors.Is.
type TaskError struct {
	// TaskID is the failed task's ID.
	TaskID string
	// Message is the task's failure message.
	Message string
	// Items are the per-item errors of a failed bulk task, by index into
	// the request's items (-1 when the server gave no index).
	Items []ItemError
	// Task is the failed task as returned by the server.
	Task *Task
}

// Error implements the error interface.
func (e *TaskError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "benchling: task %s failed", e.TaskID)
	if e.Message != "" {
		b.WriteString(": " + e.Message)
	}
	if n := len(e.Items); n > 0 {
		fmt.Fprintf(&b, " (%d item errors, first: item %d: %s)", n, e.Items[0].Index, e.Items[0].Message)
	}
	return b.String()
}

// Is reports whether target is ErrTaskFailed.
func (e *TaskError) Is(target error) bool { return target == ErrTaskFailed }

// Get returns the task's current state.
//
// Benchling API: GET /tasks/{task_id}
func (s *TasksService) Get(ctx context.Context, id string) (*Task, *Response, error) {
	t, resp, err := call[Task](ctx, s.c(), http.MethodGet, pathf("tasks/%s", id), nil, nil)
	if t != nil {
		t.ID = id
		s.c().redactTask(t)
	}
	return t, resp, err
}

// Wait polls the task until it is no longer RUNNING: at once, then with
// a backoff from 250 ms doubling to 5 s (Benchling's guidance is seconds,
// and tasks are kept about 30 minutes after they end). It returns the
// task when it SUCCEEDED, a *TaskError (with the task's message and
// per-item errors) when it FAILED, and the context's error when ctx ends
// first. Retries and pacing apply to every poll.
func (s *TasksService) Wait(ctx context.Context, id string) (*Task, *Response, error) {
	if err := s.c().ready(); err != nil {
		return nil, nil, err
	}
	delay := s.client.pollMin
	for {
		t, resp, err := s.Get(ctx, id)
		if err != nil {
			return t, resp, err
		}
		if t.Status != TaskRunning {
			return t, resp, taskOutcome(t, resp)
		}
		timer := time.NewTimer(delay)
		select {
		case <-ctx.Done():
			timer.Stop()
			return t, resp, fmt.Errorf("benchling: waiting for task %s: %w", id, ctx.Err())
		case <-timer.C:
		}
		delay = min(delay*2, s.client.pollMax)
	}
}

// taskOutcome is the error of a task that is no longer RUNNING: nil when it
// SUCCEEDED, a *TaskError when it FAILED, and a *DecodeError for a status
// the API does not document, rather than polling it forever.
func taskOutcome(t *Task, resp *Response) error {
	switch t.Status {
	case TaskSucceeded:
		return nil
	case TaskFailed:
		return &TaskError{TaskID: t.ID, Message: t.Message, Items: t.Errors.Items, Task: t}
	}
	status := 0
	if resp != nil && resp.Response != nil {
		status = resp.StatusCode
	}
	return &DecodeError{StatusCode: status, Method: http.MethodGet, Path: "/tasks/" + t.ID,
		Err: fmt.Errorf("unknown task status %q", t.Status)}
}

// AsyncTaskLink is the handle of an asynchronous task an operation
// started (HTTP 202, {"taskId": ...}). R is the shape of the task's
// response when it succeeds; Wait polls and decodes it.
type AsyncTaskLink[R any] struct {
	// TaskID is the task's ID, for Tasks.Get and Tasks.Wait.
	TaskID string `json:"taskId"`

	client *Client
}

// Wait polls the task until it ends (see TasksService.Wait) and returns
// its decoded response, or a *TaskError if it failed.
func (l *AsyncTaskLink[R]) Wait(ctx context.Context) (*R, error) {
	if l == nil || l.client == nil {
		return nil, errors.New("benchling: Wait on a task link that no request returned")
	}
	t, _, err := l.client.Tasks.Wait(ctx, l.TaskID)
	if err != nil {
		return nil, err
	}
	v := new(R)
	if err := t.DecodeResponse(v); err != nil {
		return nil, err
	}
	return v, nil
}

// startTask sends a request that starts an asynchronous task.
func startTask[R any](ctx context.Context, c *Client, method string, r route, opts, body any) (*AsyncTaskLink[R], *Response, error) {
	l, resp, err := call[AsyncTaskLink[R]](ctx, c, method, r, opts, body)
	if err != nil {
		return nil, resp, err
	}
	if l.TaskID == "" {
		return nil, resp, &DecodeError{StatusCode: resp.StatusCode, Method: method, Path: "/" + r.path,
			Err: errors.New("the response holds no taskId")}
	}
	l.client = c
	return l, resp, nil
}

// EmptyTaskResponse is the response of tasks that return no data
// (auto-annotate, autofill, optimize-codons).
type EmptyTaskResponse struct{}

// WaitAll polls many tasks until none is RUNNING and returns their final
// states, tasks[i] being ids[i]'s (nil if it could not be read at all). It
// polls only the tasks still running, one request at a time in turn, so
// the client's pacing and retries apply, and waits between rounds with
// the backoff of Wait (250 ms doubling to 5 s by default). A repeated ID
// is polled once.
//
// A FAILED task does not stop the others: it is reported in tasks and as
// a *TaskError in the returned error, which joins, in the order of ids,
// the *TaskError of every failed task and the error of every task that
// could not be read (an invalid ID, a 404). When ctx ends first, the error
// also holds the context's error and the tasks still running keep their
// last state read.
func (s *TasksService) WaitAll(ctx context.Context, ids ...string) ([]*Task, error) {
	if err := s.c().ready(); err != nil {
		return nil, err
	}
	if ctx == nil {
		return nil, errors.New("benchling: nil context")
	}
	tasks := make([]*Task, len(ids))
	errs := make([]error, len(ids))
	first := make(map[string]int, len(ids)) // the index that polls each ID
	var pending []int
	for i, id := range ids {
		if _, ok := first[id]; !ok {
			first[id] = i
			pending = append(pending, i)
		}
	}
	delay := s.client.pollMin
	var ctxErr error
	for len(pending) > 0 && ctxErr == nil {
		running := pending[:0]
		for _, i := range pending {
			if ctxErr = ctx.Err(); ctxErr != nil {
				running = append(running, i)
				continue
			}
			t, resp, err := s.Get(ctx, ids[i])
			switch {
			case err != nil && ctx.Err() != nil:
				ctxErr = ctx.Err()
				running = append(running, i)
			case err != nil:
				errs[i] = err
			case t.Status == TaskRunning:
				tasks[i] = t
				running = append(running, i)
			default:
				tasks[i] = t
				errs[i] = taskOutcome(t, resp)
			}
		}
		pending = running
		if len(pending) == 0 || ctxErr != nil {
			break
		}
		timer := time.NewTimer(delay)
		select {
		case <-ctx.Done():
			timer.Stop()
			ctxErr = ctx.Err()
		case <-timer.C:
		}
		delay = min(delay*2, s.client.pollMax)
	}
	for i, id := range ids {
		if j := first[id]; j != i {
			tasks[i] = tasks[j] // its error is reported once, at j

		}
	}
	if ctxErr != nil {
		errs = append(errs, fmt.Errorf("benchling: waiting for %d of %d tasks: %w", len(pending), len(first), ctxErr))
	}
	return tasks, errors.Join(errs...)
}
