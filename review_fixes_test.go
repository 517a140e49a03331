package benchling

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// Tests for the defects a review of the core found.

func TestTokenEchoedIn401IsRedacted(t *testing.T) {
	e := setupOAuth(t)
	e.mux.HandleFunc("GET /echo", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(401)
		fmt.Fprintf(w, `{"error":{"type":"invalid_request_error","message":"rejected %s","userMessage":"token %s"}}`,
			r.Header.Get("Authorization"), strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer "))
	})
	req, _ := e.client.NewRequest(testCtx(t), http.MethodGet, "echo", nil)
	_, err := e.client.Do(req, nil)
	if err == nil || strings.Contains(fmt.Sprintf("%v %+v", err, err), testTokenPrefix) {
		t.Errorf("a rejected token reached the error: %v", err)
	}
}

func TestOldTokenEchoedAfterRefreshIsRedacted(t *testing.T) {
	e := setupOAuth(t)
	ctx := testCtx(t)
	if _, _, err := e.client.Tasks.Get(ctx, "t1"); err != nil { // token 1
		t.Fatal(err)
	}
	old := testTokenPrefix + "1"
	e.valid.Range(func(k, _ any) bool { e.valid.Delete(k); return true })
	if _, _, err := e.client.Tasks.Get(ctx, "t1"); err != nil { // 401, refresh: token 2
		t.Fatal(err)
	}
	e.mux.HandleFunc("GET /echo-old", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(403)
		fmt.Fprintf(w, `{"error":{"type":"invalid_request_error","message":"no access for %s"}}`, old)
	})
	req, _ := e.client.NewRequest(ctx, http.MethodGet, "echo-old", nil)
	_, err := e.client.Do(req, nil)
	if err == nil || strings.Contains(err.Error(), old) {
		t.Errorf("a replaced token reached the error: %v", err)
	}
}

func TestSecretStraddlingTheExcerptIsRedacted(t *testing.T) {
	env := setupRaw(t)
	env.mux.HandleFunc("GET /users/{id}", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(502)
		fmt.Fprint(w, "<html>"+strings.Repeat("x", 180)+" key="+testAPIKey+"</html>")
	})
	_, _, err := env.client.Users.Get(testCtx(t), "ent_1")
	if err == nil || strings.Contains(err.Error(), testAPIKey[:8]) {
		t.Errorf("part of the API key reached the error: %v", err)
	}
}

func TestRedactLeavesProseAlone(t *testing.T) {
	in := "Basic settings are wrong; bearer of bad news"
	if got := redactAll(in); got != in {
		t.Errorf("redactAll(%q) = %q", in, got)
	}
	if got := redactAll("got Bearer abcdefghijklmnopqrstuvwxyz012345"); got != "got Bearer [REDACTED]" {
		t.Errorf("bearer token not redacted: %q", got)
	}
}

func TestWaitStopsOnUnknownTaskStatus(t *testing.T) {
	for _, body := range []string{`{}`, `{"status":"QUEUED"}`} {
		env := setupRaw(t)
		var polls atomic.Int32
		env.mux.HandleFunc("GET /tasks/{id}", func(w http.ResponseWriter, r *http.Request) {
			polls.Add(1)
			fmt.Fprint(w, body)
		})
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		_, _, err := env.client.Tasks.Wait(ctx, "t1")
		if !errors.Is(err, ErrUnexpectedResponse) || polls.Load() != 1 {
			t.Errorf("Wait on %s: err = %v after %d polls; want ErrUnexpectedResponse after 1", body, err, polls.Load())
		}
		tasks, err := env.client.Tasks.WaitAll(ctx, "t2")
		if !errors.Is(err, ErrUnexpectedResponse) || len(tasks) != 1 {
			t.Errorf("WaitAll on %s: err = %v", body, err)
		}
		cancel()
	}
}

func TestBulkProgressPanicLeavesNoWorker(t *testing.T) {
	items := []*int{new(int), new(int), new(int), new(int)}
	run := func(ctx context.Context, c []*int) ([]int, string, error) { return make([]int, len(c)), "", nil }
	var recovered any
	func() {
		defer func() { recovered = recover() }()
		_, _ = bulk(testCtx(t), items, &BulkOptions{ChunkSize: 1, Concurrency: 2,
			Progress: func(BulkProgress) { panic("boom") }}, 10, run)
	}()
	if recovered != "boom" {
		t.Fatalf("recovered %v, want the callback's panic", recovered)
	}
	// The leak check in TestMain fails the package if a worker is left blocked.
}

func TestBulkErrorsInInputOrder(t *testing.T) {
	items := []*int{new(int), new(int)}
	chunk1Failed := make(chan struct{})
	run := func(ctx context.Context, c []*int) ([]int, string, error) {
		if c[0] == items[0] {
			<-chunk1Failed
			return nil, "", errors.New("chunk 0 failed")
		}
		defer close(chunk1Failed)
		return nil, "", errors.New("chunk 1 failed")
	}
	_, err := bulk(testCtx(t), items, &BulkOptions{ChunkSize: 1, Concurrency: 2}, 10, run)
	var be *BulkError
	if !errors.As(err, &be) || len(be.Errs) != 2 || be.Errs[0].Error() != "chunk 0 failed" {
		t.Errorf("err = %v, want the chunk errors in input order", err)
	}
}

func TestNilContextIsAnError(t *testing.T) {
	env := setupRaw(t)
	//lint:ignore SA1012 the test passes a nil context on purpose
	if _, err := env.client.Tasks.WaitAll(nil, "t1"); err == nil {
		t.Error("WaitAll(nil ctx) succeeded")
	}
	//lint:ignore SA1012 the test passes a nil context on purpose
	if _, err := env.client.Users.CreateMany(nil, []*UserCreate{{Email: "a@b.c", Handle: "a", Name: "a"}}, nil); err == nil {
		t.Error("CreateMany(nil ctx) succeeded")
	}
	//lint:ignore SA1012 the test passes a nil context on purpose
	if _, _, err := env.client.Users.Get(nil, "ent_1"); err == nil {
		t.Error("Get(nil ctx) succeeded")
	}
}

func TestAllFromACallersTokenDoesNotRepeatIt(t *testing.T) {
	env := setupRaw(t)
	env.mux.HandleFunc("GET /users", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `{"users":[{"id":"ent_1"}],"nextToken":"A"}`)
	})
	var ids []string
	var errs []error
	for u, err := range env.client.Users.All(testCtx(t), &UserListOptions{ListOptions: ListOptions{NextToken: "A"}}) {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		ids = append(ids, u.ID)
	}
	if len(ids) != 1 || len(errs) != 1 || !errors.Is(errs[0], ErrRepeatedToken) {
		t.Errorf("ids = %v, errs = %v; want one page, then ErrRepeatedToken", ids, errs)
	}
}

func TestColonInIDCannotReachAnotherEndpoint(t *testing.T) {
	r := pathf("aa-sequences/%s", "REG1:upsert")
	if r.err != nil {
		t.Fatal(r.err)
	}
	if strings.Contains(r.escaped, ":upsert") {
		t.Errorf("escaped path %q keeps the colon: an ID could address the upsert endpoint", r.escaped)
	}
}

// TestSlowProbeDoesNotBlockOthers: the first request of a window is the
// pacer's probe; when it hangs, the others go after maxProbeWait instead
// of waiting for it as long as their contexts allow.
func TestSlowProbeDoesNotBlockOthers(t *testing.T) {
	env := setupRaw(t)
	release := make(chan struct{})
	env.mux.HandleFunc("GET /tasks/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
		fmt.Fprint(w, `{"status":"RUNNING"}`)
	})
	env.mux.HandleFunc("GET /tasks/fast", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `{"status":"RUNNING"}`)
	})
	defer close(release)
	ctx := testCtx(t)
	go func() { _, _, _ = env.client.Tasks.Get(ctx, "slow") }() // the client's first request: the probe
	time.Sleep(100 * time.Millisecond)
	start := time.Now()
	if _, _, err := env.client.Tasks.Get(ctx, "fast"); err != nil {
		t.Fatal(err)
	}
	if el := time.Since(start); el > maxProbeWait+2*time.Second {
		t.Errorf("a request waited %v behind a hanging probe", el)
	}
}
