package benchling

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

const tasksID = "f438d656-c2c3-40a4-b3fd-d7e58db78242"

// tasksServeSequence serves GET /tasks/{tasksID} with the given fixtures in
// turn, repeating the last one, and counts the polls.
func tasksServeSequence(t *testing.T, env *testEnv, fixtures ...string) *atomic.Int32 {
	t.Helper()
	var polls atomic.Int32
	env.mux.HandleFunc("GET /tasks/"+tasksID, func(w http.ResponseWriter, r *http.Request) {
		i := int(polls.Add(1)) - 1
		i = min(i, len(fixtures)-1)
		serveJSON(t, http.MethodGet, http.StatusOK, fixture(t, fixtures[i]))(w, r)
	})
	return &polls
}

func TestTasksGet(t *testing.T) {
	env := setup(t)
	tasksServeSequence(t, env, "tasks/running.json")

	got, resp, err := env.client.Tasks.Get(testCtx(t), tasksID)
	if err != nil {
		t.Fatalf("Get: %v", err)
	}
	if resp.StatusCode != http.StatusOK {
		t.Errorf("status = %d", resp.StatusCode)
	}
	if diff := cmp.Diff(&Task{ID: tasksID, Status: TaskStatusRunning}, got); diff != "" {
		t.Errorf("Get mismatch (-want +got):\n%s", diff)
	}
}

func TestTasksGetFailedBulk(t *testing.T) {
	env := setup(t)
	tasksServeSequence(t, env, "tasks/failed_bulk_array.json")

	got, _, err := env.client.Tasks.Get(testCtx(t), tasksID)
	if err != nil {
		t.Fatalf("Get: %v", err) // Get reports the task; only Wait fails on FAILED
	}
	if got.Status != TaskStatusFailed || got.Message != "Your request was invalid." || got.ID != tasksID {
		t.Errorf("Get = %+v", got)
	}
	want := []ItemError{{Index: 0, Message: "Invalid field value"}, {Index: 2, Message: "Name is required"}}
	if diff := cmp.Diff(want, got.Errors.Items); diff != "" {
		t.Errorf("Errors.Items mismatch (-want +got):\n%s", diff)
	}
}

func TestTasksGetNotFound(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /tasks/"+tasksID, serveJSON(t, http.MethodGet, http.StatusNotFound,
		`{"error":{"invalidId":"`+tasksID+`","message":"Task not found.","type":"invalid_request_error","userMessage":"Task not found."}}`))
	got, _, err := env.client.Tasks.Get(testCtx(t), tasksID)
	if !errors.Is(err, ErrNotFound) {
		t.Fatalf("err = %v, want ErrNotFound", err)
	}
	if got != nil {
		t.Errorf("Get = %+v with the error, want nil", got)
	}
}

func TestTasksGetInvalidID(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		t.Errorf("unexpected request %s %s", r.Method, r.URL)
	})
	for _, id := range []string{"", "..", "a/b"} {
		if _, _, err := env.client.Tasks.Get(testCtx(t), id); !errors.Is(err, ErrInvalidID) {
			t.Errorf("Get(%q) err = %v, want ErrInvalidID", id, err)
		}
		if _, _, err := env.client.Tasks.Wait(testCtx(t), id); !errors.Is(err, ErrInvalidID) {
			t.Errorf("Wait(%q) err = %v, want ErrInvalidID", id, err)
		}
	}
}

func TestTasksWaitSucceeded(t *testing.T) {
	env := setup(t)
	polls := tasksServeSequence(t, env, "tasks/running.json", "tasks/running.json", "tasks/succeeded_empty.json")

	got, resp, err := env.client.Tasks.Wait(testCtx(t), tasksID)
	if err != nil {
		t.Fatalf("Wait: %v", err)
	}
	if resp == nil || resp.StatusCode != http.StatusOK {
		t.Errorf("resp = %v", resp)
	}
	want := &Task{ID: tasksID, Status: TaskStatusSucceeded, Response: json.RawMessage(`{}`)}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Wait mismatch (-want +got):\n%s", diff)
	}
	if n := polls.Load(); n != 3 {
		t.Errorf("polls = %d, want 3", n)
	}
	var empty EmptyTaskResponse
	if err := got.DecodeResponse(&empty); err != nil {
		t.Errorf("DecodeResponse: %v", err)
	}
}

func TestTasksWaitFailed(t *testing.T) {
	env := setup(t)
	tasksServeSequence(t, env, "tasks/running.json", "tasks/failed.json")

	got, _, err := env.client.Tasks.Wait(testCtx(t), tasksID)
	if !errors.Is(err, ErrTaskFailed) {
		t.Fatalf("Wait err = %v, want ErrTaskFailed", err)
	}
	var te *TaskError
	if !errors.As(err, &te) {
		t.Fatalf("err is %T, want *TaskError", err)
	}
	if te.TaskID != tasksID || te.Message != "Alignment not found." || len(te.Items) != 0 {
		t.Errorf("TaskError = %+v", te)
	}
	if te.Task != got || got.Status != TaskStatusFailed {
		t.Errorf("TaskError.Task = %p, returned task = %p (%+v)", te.Task, got, got)
	}
	if want := "benchling: task " + tasksID + " failed: Alignment not found."; err.Error() != want {
		t.Errorf("Error() = %q, want %q", err.Error(), want)
	}
	if err := got.DecodeResponse(&EmptyTaskResponse{}); err == nil {
		t.Error("DecodeResponse on a failed task: no error")
	}
}

func TestTasksWaitFailedBulk(t *testing.T) {
	for _, tc := range []struct {
		name, fixture string
		want          []ItemError
	}{
		{"object", "tasks/failed_bulk_object.json", []ItemError{{Index: 0, Message: "Invalid field value"}}},
		{"array", "tasks/failed_bulk_array.json", []ItemError{{Index: 0, Message: "Invalid field value"}, {Index: 2, Message: "Name is required"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			env := setup(t)
			tasksServeSequence(t, env, tc.fixture)
			_, _, err := env.client.Tasks.Wait(testCtx(t), tasksID)
			var te *TaskError
			if !errors.As(err, &te) || !errors.Is(err, ErrTaskFailed) {
				t.Fatalf("err = %v, want a *TaskError matching ErrTaskFailed", err)
			}
			if diff := cmp.Diff(tc.want, te.Items); diff != "" {
				t.Errorf("Items mismatch (-want +got):\n%s", diff)
			}
			if !strings.Contains(err.Error(), "item 0: Invalid field value") {
				t.Errorf("Error() = %q, want the first item error", err.Error())
			}
		})
	}
}

func TestTasksWaitContextCancelled(t *testing.T) {
	env := setup(t, WithTaskPolling(5*time.Millisecond, 10*time.Millisecond))
	ctx, cancel := context.WithCancel(testCtx(t))
	var polls atomic.Int32
	env.mux.HandleFunc("GET /tasks/"+tasksID, func(w http.ResponseWriter, r *http.Request) {
		if polls.Add(1) == 2 {
			cancel() // the task never ends; the caller gives up
		}
		serveJSON(t, http.MethodGet, http.StatusOK, fixture(t, "tasks/running.json"))(w, r)
	})

	got, _, err := env.client.Tasks.Wait(ctx, tasksID)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Wait err = %v, want context.Canceled", err)
	}
	if errors.Is(err, ErrTaskFailed) {
		t.Errorf("a cancelled wait matches ErrTaskFailed: %v", err)
	}
	if got != nil && got.Status != TaskStatusRunning {
		t.Errorf("task = %+v, want the last RUNNING state or nil", got)
	}
	if n := polls.Load(); n < 2 || n > 3 {
		t.Errorf("polls = %d, want 2 or 3 (no polling after cancel)", n)
	}
}

func TestTasksWaitDeadline(t *testing.T) {
	env := setup(t)
	tasksServeSequence(t, env, "tasks/running.json")
	ctx, cancel := context.WithTimeout(testCtx(t), 30*time.Millisecond)
	defer cancel()
	_, _, err := env.client.Tasks.Wait(ctx, tasksID)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Wait err = %v, want context.DeadlineExceeded", err)
	}
}

func TestTasksErrorsUnmarshal(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     []ItemError
	}{
		{"array", `[{"index":0,"message":"Invalid field value"},{"index":3,"message":"Duplicate name"}]`,
			[]ItemError{{0, "Invalid field value"}, {3, "Duplicate name"}}},
		{"object", `{"index":0,"message":"Invalid field value"}`, []ItemError{{0, "Invalid field value"}}},
		{"no index", `{"message":"Something went wrong"}`, []ItemError{{-1, "Something went wrong"}}},
		{"unknown shape kept raw", `[{"field":"name"}]`, nil},
		{"empty array", `[]`, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var e TaskErrors
			if err := json.Unmarshal([]byte(tc.in), &e); err != nil {
				t.Fatalf("Unmarshal: %v", err)
			}
			if diff := cmp.Diff(tc.want, e.Items); diff != "" {
				t.Errorf("Items mismatch (-want +got):\n%s", diff)
			}
			if string(e.Raw) != tc.in {
				t.Errorf("Raw = %s, want %s", e.Raw, tc.in)
			}
			b, err := json.Marshal(e)
			if err != nil {
				t.Fatalf("Marshal: %v", err)
			}
			if string(b) != tc.in {
				t.Errorf("Marshal = %s, want the JSON as received %s", b, tc.in)
			}
		})
	}
}

func TestTasksErrorsUnmarshalInvalid(t *testing.T) {
	var e TaskErrors
	if err := json.Unmarshal([]byte(`"oops"`), &e); err == nil {
		t.Error("Unmarshal of a string: no error")
	}
	var task Task
	if err := json.Unmarshal([]byte(`{"status":"FAILED","errors":null}`), &task); err != nil {
		t.Fatalf("Unmarshal errors:null: %v", err)
	}
	if !task.Errors.IsZero() {
		t.Errorf("errors:null = %+v, want zero", task.Errors)
	}
}

func TestTasksErrorsMarshalItems(t *testing.T) {
	e := TaskErrors{Items: []ItemError{{Index: 1, Message: "bad"}}}
	b, err := json.Marshal(e)
	if err != nil {
		t.Fatal(err)
	}
	if want := `[{"index":1,"message":"bad"}]`; string(b) != want {
		t.Errorf("Marshal = %s, want %s", b, want)
	}
	b, err = json.Marshal(Task{Status: TaskStatusRunning})
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"status":"RUNNING"}`; string(b) != want {
		t.Errorf("Marshal(Task) = %s, want %s (zero errors omitted)", b, want)
	}
}

// tasksAaResult is a typed task response with the shape of a bulk
// AA sequence task.
type tasksAaResult struct {
	AaSequences []struct {
		ID        string      `json:"id"`
		Name      string      `json:"name"`
		CreatedAt time.Time   `json:"createdAt"`
		Creator   UserSummary `json:"creator"`
	} `json:"aaSequences"`
}

func TestTasksAsyncTaskLinkWait(t *testing.T) {
	env := setup(t)
	tasksServeSequence(t, env, "tasks/running.json", "tasks/succeeded_aa_sequences.json")

	link := &AsyncTaskLink[tasksAaResult]{TaskID: tasksID, client: env.client}
	got, err := link.Wait(testCtx(t))
	if err != nil {
		t.Fatalf("Wait: %v", err)
	}
	if len(got.AaSequences) != 1 {
		t.Fatalf("AaSequences = %+v, want 1", got.AaSequences)
	}
	s := got.AaSequences[0]
	if s.ID != "prtn_ObbdtGhC" || s.Name != "Example AA Sequence" {
		t.Errorf("sequence = %+v", s)
	}
	if want := time.Date(2021, 7, 14, 7, 34, 25, 156_000_000, time.UTC); !s.CreatedAt.Equal(want) {
		t.Errorf("CreatedAt = %v, want %v", s.CreatedAt, want)
	}
	if diff := cmp.Diff(UserSummary{Handle: "lpasteur", ID: "ent_a0SApq3z", Name: "Louis Pasteur"}, s.Creator); diff != "" {
		t.Errorf("Creator mismatch (-want +got):\n%s", diff)
	}
}

func TestTasksAsyncTaskLinkWaitEmpty(t *testing.T) {
	env := setup(t)
	tasksServeSequence(t, env, "tasks/succeeded_empty.json")
	link := &AsyncTaskLink[EmptyTaskResponse]{TaskID: tasksID, client: env.client}
	got, err := link.Wait(testCtx(t))
	if err != nil {
		t.Fatalf("Wait: %v", err)
	}
	if diff := cmp.Diff(&EmptyTaskResponse{}, got); diff != "" {
		t.Errorf("Wait mismatch (-want +got):\n%s", diff)
	}
}

func TestTasksAsyncTaskLinkWaitFailed(t *testing.T) {
	env := setup(t)
	tasksServeSequence(t, env, "tasks/failed_bulk_object.json")
	link := &AsyncTaskLink[tasksAaResult]{TaskID: tasksID, client: env.client}
	got, err := link.Wait(testCtx(t))
	if !errors.Is(err, ErrTaskFailed) {
		t.Fatalf("Wait err = %v, want ErrTaskFailed", err)
	}
	if got != nil {
		t.Errorf("Wait = %+v with the error, want nil", got)
	}
}

func TestTasksAsyncTaskLinkWaitDecodeError(t *testing.T) {
	env := setupRaw(t) // the response has the wrong type on purpose
	env.mux.HandleFunc("GET /tasks/"+tasksID, serveJSON(t, http.MethodGet, http.StatusOK,
		`{"status":"SUCCEEDED","response":{"aaSequences":"not a list"}}`))
	link := &AsyncTaskLink[tasksAaResult]{TaskID: tasksID, client: env.client}
	_, err := link.Wait(testCtx(t))
	if !errors.Is(err, ErrUnexpectedResponse) || !strings.Contains(err.Error(), "decoding its response") {
		t.Errorf("Wait err = %v, want a decoding error", err)
	}
}

func TestTasksAsyncTaskLinkWaitUnlinked(t *testing.T) {
	var nilLink *AsyncTaskLink[EmptyTaskResponse]
	if _, err := nilLink.Wait(context.Background()); err == nil {
		t.Error("Wait on a nil link: no error")
	}
	if _, err := (&AsyncTaskLink[EmptyTaskResponse]{TaskID: tasksID}).Wait(context.Background()); err == nil {
		t.Error("Wait on a link without a client: no error")
	}
}
