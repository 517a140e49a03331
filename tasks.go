package benchling

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
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
	TaskStatusRunning   TaskStatus = "RUNNING"
	TaskStatusSucceeded TaskStatus = "SUCCEEDED"
	TaskStatusFailed    TaskStatus = "FAILED"
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
	if t.Status != TaskStatusSucceeded {
		return fmt.Errorf("benchling: task %s: no response: status is %s", t.ID, t.Status)
	}
	if err := t.decodeResponse(v); err != nil {
		return fmt.Errorf("benchling: task %s: decoding response: %w", t.ID, err)
	}
	return nil
}

// decodeResponse decodes t.Response into v; an absent response leaves v
// as it is.
func (t *Task) decodeResponse(v any) error {
	if len(bytes.TrimSpace(t.Response)) == 0 {
		return nil
	}
	return json.Unmarshal(t.Response, v)
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
	b.WriteString(itemErrorsSummary(e.Items))
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
// and tasks are kept about 30 minutes after they end). Retries and pacing
// apply to every poll. It returns:
//
//   - the task, and a nil error, when it SUCCEEDED;
//   - the task and a *TaskError (with the task's message and per-item
//     errors) when it FAILED;
//   - a *TaskWaitError, which matches ErrOutcomeUnknown, when it stops
//     before it knows how the task ended: ctx ended, or the task cannot be
//     read (a 404 for a task that expired or an ID that is wrong, a 401 or
//     403), or the task's status is not one the API documents. The task
//     may have run: wait again with its ID to learn the outcome.
//
// A poll is a read, so a poll that fails in a way a later poll may not (a
// 429 or 5xx after the client's retries, a lost connection, a garbled
// body) does not end the wait: Wait logs it at debug level (with
// WithLogger) and polls again after the next backoff step, until the task
// ends or ctx does. An invalid ID is ErrInvalidID before anything is sent.
func (s *TasksService) Wait(ctx context.Context, id string) (*Task, *Response, error) {
	if err := s.c().ready(); err != nil {
		return nil, nil, err
	}
	if ctx == nil {
		return nil, nil, errors.New("benchling: nil context")
	}
	delay := s.client.pollMin
	var last *Task
	var lastResp *Response
	for {
		t, resp, err := s.Get(ctx, id)
		if resp != nil {
			lastResp = resp
		}
		switch {
		case err == nil && t.Status == TaskStatusRunning:
			last = t
		case err == nil:
			return t, resp, waitOutcome(t, resp)
		case ctx.Err() != nil:
			return last, lastResp, &TaskWaitError{TaskID: id, Task: last, Err: ctx.Err()}
		case errors.Is(err, ErrInvalidID):
			return nil, resp, err
		case !pollRetryable(err):
			return last, lastResp, &TaskWaitError{TaskID: id, Task: last, Err: err}
		default:
			s.client.logPollError(ctx, id, err, delay)
		}
		timer := time.NewTimer(delay)
		select {
		case <-ctx.Done():
			timer.Stop()
			return last, lastResp, &TaskWaitError{TaskID: id, Task: last, Err: ctx.Err()}
		case <-timer.C:
		}
		delay = min(delay*2, s.client.pollMax)
	}
}

// pollRetryable reports whether a failed poll is worth repeating: the
// server was throttling or failing (429, 5xx), the connection was lost,
// or the answer was garbled. A 4xx (the task is gone, the ID is wrong,
// the credential is refused) and a certificate error are final.
func pollRetryable(err error) bool {
	var ae *Error
	if errors.As(err, &ae) {
		return ae.StatusCode == http.StatusTooManyRequests || ae.StatusCode >= 500
	}
	return !isPermanent(err)
}

// logPollError logs, at debug level, a failed poll that will be repeated.
func (c *Client) logPollError(ctx context.Context, id string, err error, retryIn time.Duration) {
	if c.logger == nil {
		return
	}
	c.logger.LogAttrs(ctx, slog.LevelDebug, "benchling task poll failed; polling again",
		slog.String("task", id), slog.String("error", err.Error()), slog.Duration("retry_in", retryIn))
}

// waitOutcome is taskOutcome for Wait: a status the API does not document
// leaves the outcome unknown.
func waitOutcome(t *Task, resp *Response) error {
	err := taskOutcome(t, resp)
	var de *DecodeError
	if errors.As(err, &de) {
		return &TaskWaitError{TaskID: t.ID, Task: t, Err: err}
	}
	return err
}

// TaskWaitError is the error of Tasks.Wait, Tasks.WaitAll and
// AsyncTaskLink.Wait when they stop before they know how a task ended:
// the context ended, the task could not be read (a 404 once Benchling no
// longer keeps it, about 30 minutes after it ends, or for a wrong ID; a
// 401 or 403), Benchling reported a status the API does not document, or
// the task SUCCEEDED but its response could not be decoded. The task may
// have run (or may still be running), so TaskWaitError matches
// ErrOutcomeUnknown with errors.Is; it also unwraps to its cause
// (errors.Is(err, context.DeadlineExceeded), errors.Is(err, ErrNotFound)).
//
// Do not start the operation again: wait on the task again by its ID
// (Tasks.Wait, or NewAsyncTaskLink for a typed result) while Benchling
// still keeps it, or check the data.
type TaskWaitError struct {
	// TaskID is the ID of the task whose outcome is unknown.
	TaskID string
	// Task is the task's last state read (RUNNING, or the state that
	// could not be used); nil when no poll succeeded.
	Task *Task
	// Err is why the wait stopped.
	Err error
}

// Error implements the error interface.
func (e *TaskWaitError) Error() string {
	return fmt.Sprintf("benchling: task %s: outcome unknown: %v", e.TaskID, e.Err)
}

// Unwrap returns the cause.
func (e *TaskWaitError) Unwrap() error { return e.Err }

// Is reports whether target is ErrOutcomeUnknown.
func (e *TaskWaitError) Is(target error) bool { return target == ErrOutcomeUnknown }

// taskOutcome is the error of a task that is no longer RUNNING: nil when it
// SUCCEEDED, a *TaskError when it FAILED, and a *DecodeError for a status
// the API does not document, rather than polling it forever.
func taskOutcome(t *Task, resp *Response) error {
	switch t.Status {
	case TaskStatusSucceeded:
		return nil
	case TaskStatusFailed:
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
// response when it succeeds; Wait polls and decodes it. A program that
// stopped waiting (a deadline, a restart) builds the handle again from
// the saved TaskID with NewAsyncTaskLink.
type AsyncTaskLink[R any] struct {
	// TaskID is the task's ID, for Tasks.Get and Tasks.Wait.
	TaskID string `json:"taskId"`

	client *Client
}

// NewAsyncTaskLink returns the handle of the task with the given ID on
// client, to wait again for a task started earlier: by this process (a
// Wait that ended with a *TaskWaitError, a BulkResult whose error matches
// ErrOutcomeUnknown) or by another one that saved the ID. R must be the
// result type of the operation that started the task (for example
// AaSequencesBulkCreateResult for AaSequences.BulkCreate). Nothing is
// sent until Wait; a nil client or an invalid ID make Wait return an
// error. Benchling keeps a task about 30 minutes after it ends; after
// that Wait returns a *TaskWaitError matching ErrNotFound.
func NewAsyncTaskLink[R any](client *Client, taskID string) *AsyncTaskLink[R] {
	return &AsyncTaskLink[R]{TaskID: taskID, client: client}
}

// Wait polls the task until it ends (see TasksService.Wait) and returns
// its decoded response. It returns a *TaskError if the task failed, and
// a *TaskWaitError (matching ErrOutcomeUnknown) if it stopped before it
// knew the outcome or the succeeded task's response could not be
// decoded.
func (l *AsyncTaskLink[R]) Wait(ctx context.Context) (*R, error) {
	if l == nil || l.client == nil {
		return nil, errors.New("benchling: Wait on a task link that no request returned and NewAsyncTaskLink did not build")
	}
	t, resp, err := l.client.Tasks.Wait(ctx, l.TaskID)
	if err != nil {
		return nil, err
	}
	v := new(R)
	if err := t.decodeResponse(v); err != nil {
		status := 0
		if resp != nil && resp.Response != nil {
			status = resp.StatusCode
		}
		return nil, &TaskWaitError{TaskID: l.TaskID, Task: t,
			Err: &DecodeError{StatusCode: status, Method: http.MethodGet, Path: "/tasks/" + l.TaskID,
				Err: l.client.redactErr(fmt.Errorf("the task succeeded, but decoding its response failed: %w", err))}}
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
// is polled once. As in Wait, a poll that fails in a way a later poll may
// not (429, 5xx, a lost connection) does not end the task's wait.
//
// A FAILED task does not stop the others: it is reported in tasks and as
// a *TaskError in the returned error, which joins, in the order of ids,
// the *TaskError of every failed task, the ErrInvalidID of every invalid
// ID, and a *TaskWaitError (matching ErrOutcomeUnknown) for every task
// whose outcome is unknown: one that could not be read (a 404) or, when
// ctx ends first, one still running, which keeps its last state read in
// tasks.
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
	for len(pending) > 0 && ctx.Err() == nil {
		running := pending[:0]
		for _, i := range pending {
			if ctx.Err() != nil {
				running = append(running, i)
				continue
			}
			t, resp, err := s.Get(ctx, ids[i])
			switch {
			case err == nil && t.Status == TaskStatusRunning:
				tasks[i] = t
				running = append(running, i)
			case err == nil:
				tasks[i] = t
				errs[i] = waitOutcome(t, resp)
			case ctx.Err() != nil:
				running = append(running, i)
			case errors.Is(err, ErrInvalidID):
				errs[i] = err
			case !pollRetryable(err):
				errs[i] = &TaskWaitError{TaskID: ids[i], Task: tasks[i], Err: err}
			default:
				s.client.logPollError(ctx, ids[i], err, delay)
				running = append(running, i)
			}
		}
		pending = running
		if len(pending) == 0 || ctx.Err() != nil {
			break
		}
		timer := time.NewTimer(delay)
		select {
		case <-ctx.Done():
			timer.Stop()
		case <-timer.C:
		}
		delay = min(delay*2, s.client.pollMax)
	}
	if err := ctx.Err(); err != nil {
		for _, i := range pending {
			errs[i] = &TaskWaitError{TaskID: ids[i], Task: tasks[i], Err: err}
		}
	}
	for i, id := range ids {
		if j := first[id]; j != i {
			tasks[i] = tasks[j] // its error is reported once, at j
		}
	}
	return tasks, errors.Join(errs...)
}
