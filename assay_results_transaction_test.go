package benchling

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestAssayResultsTransactionOperations(t *testing.T) {
	env := setup(t)
	fx := specFixture(t, "createAssayResultsTransaction", http.StatusOK)
	var tx AssayResultTransactionCreateResponse
	if err := json.Unmarshal(fx, &tx); err != nil {
		t.Fatal(err)
	}
	env.mux.HandleFunc("POST /result-transactions", serveJSON(t, http.MethodPost, http.StatusOK, fx))
	env.mux.HandleFunc("POST /result-transactions/"+tx.ID+"/results",
		serveSpecBody(t, http.MethodPost, "createAssayResultsInTransaction", http.StatusOK))
	env.mux.HandleFunc("POST /result-transactions/"+tx.ID+":abort",
		serveJSON(t, http.MethodPost, http.StatusOK, specFixture(t, "abortAssayResultsTransaction", http.StatusOK)))
	env.mux.HandleFunc("POST /result-transactions/"+tx.ID+":commit",
		serveJSON(t, http.MethodPost, http.StatusOK, specFixture(t, "commitAssayResultsTransaction", http.StatusOK)))
	ctx := testCtx(t)

	got, _, err := env.client.AssayResults.CreateTransaction(ctx)
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, fx, got)
	items := specBody[assayResultsBulkCreateRequest](t, "createAssayResultsInTransaction").AssayResults
	created, _, err := env.client.AssayResults.CreateInTransaction(ctx, got.ID, items)
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, specFixture(t, "createAssayResultsInTransaction", http.StatusOK), created)
	aborted, _, err := env.client.AssayResults.AbortTransaction(ctx, got.ID)
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, specFixture(t, "abortAssayResultsTransaction", http.StatusOK), aborted)
	committed, _, err := env.client.AssayResults.CommitTransaction(ctx, got.ID)
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, specFixture(t, "commitAssayResultsTransaction", http.StatusOK), committed)
}

// TestAssayResultsCreateInTransactionItemErrors: Benchling's 400 answer
// to an append (AssayResultsCreateErrorResponse) becomes item errors by
// input index.
func TestAssayResultsCreateInTransactionItemErrors(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("POST /result-transactions/tx1/results", serveJSON(t, http.MethodPost, http.StatusBadRequest,
		`{"assayResults": null, "errors": [{}, {"fields": {"od_600": "Expected a number."}, "global": ["Missing required field sample."]}]}`))
	_, _, err := env.client.AssayResults.CreateInTransaction(testCtx(t), "tx1", []*AssayResultCreate{
		{SchemaID: "s", Fields: Fields{}}, {SchemaID: "s", Fields: AssayFieldsCreate{"od_600": StringValue("x")}},
	})
	var ae *Error
	if !errors.As(err, &ae) || !errors.Is(err, ErrBadRequest) {
		t.Fatalf("err = %v, want a 400 *Error", err)
	}
	want := []ItemError{{Index: 1, Message: "Missing required field sample.; od_600: Expected a number."}}
	if diff := cmp.Diff(want, ae.Items); diff != "" {
		t.Errorf("Items (-want +got):\n%s", diff)
	}
	var body AssayResultsCreateErrorResponse
	if err := json.Unmarshal(ae.Body, &body); err != nil || len(body.Errors) != 2 {
		t.Errorf("Body = %s (%v)", ae.Body, err)
	}
}

// txServer is a result-transaction endpoint for InTransaction tests: it
// records the calls in order, answers each append with one ID per result,
// and fails the calls a test asks it to.
type txServer struct {
	t   *testing.T
	mu  sync.Mutex
	log []string
	// fail maps a call ("create", "append", "abort", "commit") to the
	// status and body it answers; an append fails only when its number
	// (1-based) is failAppend.
	fail       map[string]func(w http.ResponseWriter)
	failAppend int
	appends    int
}

const txID = "4b7c5f1e-3a2d-4e6f-9b8a-7c6d5e4f3a2b"

func newTxServer(t *testing.T, env *testEnv) *txServer {
	s := &txServer{t: t, fail: map[string]func(http.ResponseWriter){}}
	handle := func(pattern, name string, ok func(w http.ResponseWriter, r *http.Request)) {
		env.mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) {
			s.mu.Lock()
			entry := name
			fail := s.fail[name]
			if name == "append" {
				s.appends++
				var in struct {
					AssayResults []json.RawMessage `json:"assayResults"`
				}
				if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
					t.Error(err)
				}
				entry = fmt.Sprintf("append %d", len(in.AssayResults))
				if s.appends != s.failAppend {
					fail = nil
				}
				r.Header.Set("X-Count", fmt.Sprint(len(in.AssayResults)))
			}
			s.log = append(s.log, entry)
			s.mu.Unlock()
			if fail != nil {
				fail(w)
				return
			}
			ok(w, r)
		})
	}
	idBody := fmt.Sprintf(`{"id": %q}`, txID)
	handle("POST /result-transactions", "create", func(w http.ResponseWriter, r *http.Request) {
		serveJSON(t, http.MethodPost, http.StatusOK, idBody)(w, r)
	})
	handle("POST /result-transactions/"+txID+"/results", "append", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscan(r.Header.Get("X-Count"), &n)
		ids := make([]string, n)
		for i := range ids {
			ids[i] = fmt.Sprintf("00000000-0000-4000-8000-%012d", i)
		}
		serveJSON(t, http.MethodPost, http.StatusOK, map[string]any{"assayResults": ids, "errors": nil})(w, r)
	})
	handle("POST /result-transactions/"+txID+":abort", "abort", func(w http.ResponseWriter, r *http.Request) {
		serveJSON(t, http.MethodPost, http.StatusOK, idBody)(w, r)
	})
	handle("POST /result-transactions/"+txID+":commit", "commit", func(w http.ResponseWriter, r *http.Request) {
		serveJSON(t, http.MethodPost, http.StatusOK, idBody)(w, r)
	})
	return s
}

func (s *txServer) wantLog(want ...string) {
	s.t.Helper()
	s.mu.Lock()
	defer s.mu.Unlock()
	if diff := cmp.Diff(want, s.log); diff != "" {
		s.t.Errorf("calls (-want +got):\n%s", diff)
	}
}

func txAnswer(code int, body string) func(http.ResponseWriter) {
	return func(w http.ResponseWriter) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(code)
		_, _ = w.Write([]byte(body))
	}
}

func txResults(n int) []*AssayResultCreate {
	items := make([]*AssayResultCreate, n)
	for i := range items {
		items[i] = &AssayResultCreate{SchemaID: "assaysch_1", Fields: AssayFieldsCreate{"od_600": NumberValue(float64(i) / 10)}}
	}
	return items
}

// TestInTransactionCommits appends in chunks of at most 4000, one request
// at a time, and commits once fn returns nil.
func TestInTransactionCommits(t *testing.T) {
	env := setup(t)
	srv := newTxServer(t, env)
	ctx := testCtx(t)
	var got []string
	err := env.client.AssayResults.InTransaction(ctx, func(tx *ResultTransaction) error {
		if tx.ID() != txID {
			t.Errorf("ID = %q", tx.ID())
		}
		ids, err := tx.Append(ctx, txResults(MaxAssayResultsPerRequest+1))
		if err != nil {
			return err
		}
		got = append(got, ids...)
		ids, err = tx.Append(ctx, txResults(2))
		got = append(got, ids...)
		if n := tx.Appended(); n != MaxAssayResultsPerRequest+3 {
			t.Errorf("Appended = %d", n)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	srv.wantLog("create", "append 4000", "append 1", "append 2", "commit")
	if len(got) != MaxAssayResultsPerRequest+3 {
		t.Errorf("%d IDs", len(got))
	}
}

// TestInTransactionFnError aborts when fn fails and returns fn's error.
func TestInTransactionFnError(t *testing.T) {
	env := setup(t)
	srv := newTxServer(t, env)
	ctx := testCtx(t)
	boom := errors.New("parse error in row 7")
	err := env.client.AssayResults.InTransaction(ctx, func(tx *ResultTransaction) error {
		if _, err := tx.Append(ctx, txResults(3)); err != nil {
			return err
		}
		return boom
	})
	var te *ResultTransactionError
	if !errors.Is(err, boom) || !errors.As(err, &te) || !te.Aborted || te.TransactionID != txID {
		t.Fatalf("err = %v (%+v), want an aborted ResultTransactionError wrapping fn's error", err, te)
	}
	if errors.Is(err, ErrOutcomeUnknown) {
		t.Error("an aborted transaction's error matches ErrOutcomeUnknown")
	}
	if !strings.Contains(err.Error(), "aborted (nothing was saved)") {
		t.Errorf("message %q", err)
	}
	srv.wantLog("create", "append 3", "abort")
}

// TestInTransactionFailedAppend: an append that fails (here with a 5xx,
// whose own outcome is unknown) makes InTransaction abort even though fn
// swallows the error; later appends fail without a request; the error
// says nothing was saved (not ErrOutcomeUnknown).
func TestInTransactionFailedAppend(t *testing.T) {
	env := setup(t)
	srv := newTxServer(t, env)
	srv.fail["append"], srv.failAppend = txAnswer(http.StatusBadGateway, `{"error": {"type": "server_error", "message": "upstream"}}`), 2
	ctx := testCtx(t)
	var appendErr, laterErr error
	err := env.client.AssayResults.InTransaction(ctx, func(tx *ResultTransaction) error {
		if _, err := tx.Append(ctx, txResults(1)); err != nil {
			t.Fatal(err)
		}
		ids, err := tx.Append(ctx, txResults(MaxAssayResultsPerRequest+1))
		appendErr = err
		if len(ids) != 0 {
			t.Errorf("IDs of a failed first chunk: %v", ids)
		}
		_, laterErr = tx.Append(ctx, txResults(1))
		return nil // swallowed
	})
	if !errors.Is(appendErr, ErrOutcomeUnknown) || !strings.Contains(appendErr.Error(), "appending results 0..3999") {
		t.Errorf("append err = %v, want an unknown outcome naming the chunk", appendErr)
	}
	if laterErr == nil || !strings.Contains(laterErr.Error(), "earlier Append failed") {
		t.Errorf("later append err = %v", laterErr)
	}
	var te *ResultTransactionError
	if !errors.As(err, &te) || !te.Aborted || !errors.Is(err, ErrServer) {
		t.Fatalf("err = %v, want an aborted ResultTransactionError with the append's 502", err)
	}
	if errors.Is(err, ErrOutcomeUnknown) {
		t.Error("the aborted transaction's error matches ErrOutcomeUnknown")
	}
	var ae *Error
	if !errors.As(err, &ae) || ae.StatusCode != http.StatusBadGateway {
		t.Errorf("errors.As *Error: %v", ae)
	}
	srv.wantLog("create", "append 1", "append 4000", "abort")
}

// TestInTransactionRejectedAppendItems: a 400 answer to an append gives
// item errors indexed in the Append's input (chunk offset added).
func TestInTransactionRejectedAppendItems(t *testing.T) {
	env := setup(t)
	srv := newTxServer(t, env)
	srv.fail["append"], srv.failAppend = txAnswer(http.StatusBadRequest, `{"assayResults": null, "errors": [{"global": ["bad"]}]}`), 2
	ctx := testCtx(t)
	err := env.client.AssayResults.InTransaction(ctx, func(tx *ResultTransaction) error {
		_, err := tx.Append(ctx, txResults(MaxAssayResultsPerRequest+1))
		return err
	})
	var ae *Error
	if !errors.As(err, &ae) || len(ae.Items) != 1 || ae.Items[0].Index != MaxAssayResultsPerRequest {
		t.Fatalf("err = %v, items %+v; want item 4000", err, ae)
	}
	srv.wantLog("create", "append 4000", "append 1", "abort")
}

// TestInTransactionCommitOutcomeUnknown: a commit answered 5xx is not
// retried (even by a client that retries) and not aborted: the error
// matches ErrOutcomeUnknown.
func TestInTransactionCommitOutcomeUnknown(t *testing.T) {
	env := setup(t, WithRetryPolicy(RetryPolicy{MaxRetries: 3, MinBackoff: time.Millisecond, MaxBackoff: 2 * time.Millisecond}))
	srv := newTxServer(t, env)
	srv.fail["commit"] = txAnswer(http.StatusServiceUnavailable, `{"error": {"type": "server_error", "message": "unavailable"}}`)
	ctx := testCtx(t)
	err := env.client.AssayResults.InTransaction(ctx, func(tx *ResultTransaction) error {
		_, err := tx.Append(ctx, txResults(2))
		return err
	})
	var te *ResultTransactionError
	if !errors.Is(err, ErrOutcomeUnknown) || !errors.As(err, &te) || !te.OutcomeUnknown || te.Aborted {
		t.Fatalf("err = %v, want an unknown commit outcome, not aborted", err)
	}
	if !strings.Contains(err.Error(), "may have been saved") {
		t.Errorf("message %q", err)
	}
	srv.wantLog("create", "append 2", "commit")
}

// TestInTransactionCommitRejected: a commit Benchling rejects saved
// nothing; the transaction is aborted.
func TestInTransactionCommitRejected(t *testing.T) {
	env := setup(t)
	srv := newTxServer(t, env)
	srv.fail["commit"] = txAnswer(http.StatusBadRequest, badRequestBody("Transaction has no results."))
	err := env.client.AssayResults.InTransaction(testCtx(t), func(*ResultTransaction) error { return nil })
	var te *ResultTransactionError
	if !errors.Is(err, ErrBadRequest) || !errors.As(err, &te) || !te.Aborted || errors.Is(err, ErrOutcomeUnknown) {
		t.Fatalf("err = %v", err)
	}
	srv.wantLog("create", "commit", "abort")
}

// TestInTransactionPanic aborts and lets the panic go on, with its value.
func TestInTransactionPanic(t *testing.T) {
	env := setup(t)
	srv := newTxServer(t, env)
	ctx := testCtx(t)
	var appendAfter error
	var tx0 *ResultTransaction
	func() {
		defer func() {
			if p := recover(); p != "bad row" {
				t.Errorf("recovered %v, want the panic's value", p)
			}
		}()
		_ = env.client.AssayResults.InTransaction(ctx, func(tx *ResultTransaction) error {
			tx0 = tx
			if _, err := tx.Append(ctx, txResults(1)); err != nil {
				t.Fatal(err)
			}
			panic("bad row")
		})
	}()
	_, appendAfter = tx0.Append(ctx, txResults(1))
	if appendAfter == nil {
		t.Error("Append after the panic succeeded")
	}
	srv.wantLog("create", "append 1", "abort")
}

// TestInTransactionGoexit: fn ending its goroutine (t.FailNow in a test)
// still aborts.
func TestInTransactionGoexit(t *testing.T) {
	env := setup(t)
	srv := newTxServer(t, env)
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = env.client.AssayResults.InTransaction(testCtx(t), func(*ResultTransaction) error {
			runtime.Goexit()
			return nil
		})
	}()
	<-done
	srv.wantLog("create", "abort")
}

// TestInTransactionContextCancelled: ctx ending inside fn aborts the
// transaction on a fresh context (with ctx's values), without a commit.
func TestInTransactionContextCancelled(t *testing.T) {
	env := setup(t)
	srv := newTxServer(t, env)
	type key struct{}
	ctx, cancel := context.WithCancel(context.WithValue(testCtx(t), key{}, "v"))
	defer cancel()
	err := env.client.AssayResults.InTransaction(ctx, func(tx *ResultTransaction) error {
		if _, err := tx.Append(ctx, txResults(1)); err != nil {
			t.Fatal(err)
		}
		cancel()
		return nil
	})
	var te *ResultTransactionError
	if !errors.Is(err, context.Canceled) || !errors.As(err, &te) || !te.Aborted {
		t.Fatalf("err = %v, want an aborted transaction and context.Canceled", err)
	}
	srv.wantLog("create", "append 1", "abort")

	// An append cut off by the context also ends in an abort.
	srv.mu.Lock()
	srv.log = nil
	srv.mu.Unlock()
	ctx2, cancel2 := context.WithCancel(testCtx(t))
	err = env.client.AssayResults.InTransaction(ctx2, func(tx *ResultTransaction) error {
		cancel2()
		_, err := tx.Append(ctx2, txResults(1))
		return err
	})
	if !errors.Is(err, context.Canceled) || !errors.As(err, &te) || !te.Aborted {
		t.Fatalf("cancelled append: err = %v", err)
	}
	srv.wantLog("create", "abort")
}

// TestInTransactionAbortFails reports both errors and that nothing was
// committed.
func TestInTransactionAbortFails(t *testing.T) {
	env := setup(t)
	srv := newTxServer(t, env)
	srv.fail["abort"] = txAnswer(http.StatusInternalServerError, `{"error": {"type": "server_error", "message": "oops"}}`)
	boom := errors.New("boom")
	err := env.client.AssayResults.InTransaction(testCtx(t), func(*ResultTransaction) error { return boom })
	var te *ResultTransactionError
	if !errors.As(err, &te) || te.Aborted || te.AbortErr == nil || !errors.Is(err, boom) || errors.Is(err, ErrOutcomeUnknown) {
		t.Fatalf("err = %v (%+v)", err, te)
	}
	if !strings.Contains(err.Error(), "aborting it failed") || !strings.Contains(err.Error(), "nothing was saved") {
		t.Errorf("message %q", err)
	}
	srv.wantLog("create", "abort")
}

// TestInTransactionCreateFails: no transaction, no call of fn.
func TestInTransactionCreateFails(t *testing.T) {
	env := setup(t)
	srv := newTxServer(t, env)
	srv.fail["create"] = txAnswer(http.StatusBadGateway, `{"error": {"type": "server_error", "message": "upstream"}}`)
	called := false
	err := env.client.AssayResults.InTransaction(testCtx(t), func(*ResultTransaction) error { called = true; return nil })
	var te *ResultTransactionError
	if called || !errors.As(err, &te) || te.TransactionID != "" || errors.Is(err, ErrOutcomeUnknown) || !errors.Is(err, ErrServer) {
		t.Fatalf("err = %v, fn called %v", err, called)
	}
	srv.wantLog("create")
	if err := env.client.AssayResults.InTransaction(testCtx(t), nil); err == nil {
		t.Error("a nil function was accepted")
	}
}

// TestInTransactionAppendAfterReturn: an Append after fn returned fails
// without a request.
func TestInTransactionAppendAfterReturn(t *testing.T) {
	env := setup(t)
	srv := newTxServer(t, env)
	var kept *ResultTransaction
	if err := env.client.AssayResults.InTransaction(testCtx(t), func(tx *ResultTransaction) error { kept = tx; return nil }); err != nil {
		t.Fatal(err)
	}
	if _, err := kept.Append(testCtx(t), txResults(1)); err == nil || !strings.Contains(err.Error(), "after InTransaction") {
		t.Errorf("err = %v", err)
	}
	srv.wantLog("create", "commit")
}

// TestInTransactionBadItem: an item without Fields fails the Append before
// anything is sent, and the transaction is aborted.
func TestInTransactionBadItem(t *testing.T) {
	env := setup(t)
	srv := newTxServer(t, env)
	ctx := testCtx(t)
	err := env.client.AssayResults.InTransaction(ctx, func(tx *ResultTransaction) error {
		_, err := tx.Append(ctx, []*AssayResultCreate{{SchemaID: "s"}})
		_ = err
		return nil
	})
	if err == nil || !strings.Contains(err.Error(), "has no Fields") {
		t.Fatalf("err = %v", err)
	}
	srv.wantLog("create", "abort")
}

// TestAssayResultsCreateInTransactionRequestError: an error answer whose
// entries are not one per result (a transaction that is not open) is the
// error's message, with no item blamed.
func TestAssayResultsCreateInTransactionRequestError(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("POST /result-transactions/tx1/results", serveJSON(t, http.MethodPost, http.StatusBadRequest,
		`{"assayResults": null, "errors": [{"fields": {}, "global": ["Result transaction tx1 is committed."]}]}`))
	_, _, err := env.client.AssayResults.CreateInTransaction(testCtx(t), "tx1", txResults(2))
	var ae *Error
	if !errors.As(err, &ae) || len(ae.Items) != 0 || ae.Message != "Result transaction tx1 is committed." ||
		!strings.Contains(err.Error(), "is committed") {
		t.Fatalf("err = %v (%+v)", err, ae)
	}
}

// TestInTransactionCancelledMidAppend: ctx ending while an append is in
// flight (its outcome unknown) still aborts, on a fresh context.
func TestInTransactionCancelledMidAppend(t *testing.T) {
	env := setup(t)
	srv := newTxServer(t, env)
	ctx, cancel := context.WithCancel(testCtx(t))
	defer cancel()
	srv.fail["append"], srv.failAppend = func(w http.ResponseWriter) {
		cancel() // the client gives up while the server holds the request
		time.Sleep(50 * time.Millisecond)
		txAnswer(http.StatusOK, `{"assayResults": ["r1"], "errors": null}`)(w)
	}, 1
	var appendErr error
	err := env.client.AssayResults.InTransaction(ctx, func(tx *ResultTransaction) error {
		_, appendErr = tx.Append(ctx, txResults(1))
		return nil
	})
	if !errors.Is(appendErr, context.Canceled) {
		t.Errorf("append err = %v", appendErr)
	}
	var te *ResultTransactionError
	if !errors.As(err, &te) || !te.Aborted || errors.Is(err, ErrOutcomeUnknown) {
		t.Fatalf("err = %v", err)
	}
	srv.wantLog("create", "append 1", "abort")
}

// TestInTransactionCancelledMidCommit: ctx ending while the commit is in
// flight leaves its outcome unknown: not aborted, ErrOutcomeUnknown.
func TestInTransactionCancelledMidCommit(t *testing.T) {
	env := setup(t)
	srv := newTxServer(t, env)
	ctx, cancel := context.WithCancel(testCtx(t))
	defer cancel()
	srv.fail["commit"] = func(w http.ResponseWriter) {
		cancel()
		time.Sleep(50 * time.Millisecond)
		txAnswer(http.StatusOK, fmt.Sprintf(`{"id": %q}`, txID))(w)
	}
	err := env.client.AssayResults.InTransaction(ctx, func(tx *ResultTransaction) error {
		_, err := tx.Append(ctx, txResults(1))
		return err
	})
	var te *ResultTransactionError
	if !errors.Is(err, ErrOutcomeUnknown) || !errors.As(err, &te) || !te.OutcomeUnknown || te.Aborted || !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v", err)
	}
	srv.wantLog("create", "append 1", "commit")
}

// TestAbortTransactionRetried: an abort answered 5xx is sent again (it can
// only discard), where a commit is not.
func TestAbortTransactionRetried(t *testing.T) {
	env := setup(t, WithRetryPolicy(RetryPolicy{MaxRetries: 3, MinBackoff: time.Millisecond, MaxBackoff: 2 * time.Millisecond}))
	srv := newTxServer(t, env)
	failures := 2
	srv.fail["abort"] = func(w http.ResponseWriter) {
		if failures > 0 {
			failures--
			txAnswer(http.StatusBadGateway, `{"error": {"type": "server_error", "message": "upstream"}}`)(w)
			return
		}
		txAnswer(http.StatusOK, fmt.Sprintf(`{"id": %q}`, txID))(w)
	}
	boom := errors.New("boom")
	err := env.client.AssayResults.InTransaction(testCtx(t), func(*ResultTransaction) error { return boom })
	var te *ResultTransactionError
	if !errors.As(err, &te) || !te.Aborted {
		t.Fatalf("err = %v", err)
	}
	srv.wantLog("create", "abort", "abort", "abort")
}
