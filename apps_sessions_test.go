package benchling

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// sessionServer serves POST /app-sessions and PATCH /app-sessions/{id}
// with spec-valid sessions, recording the bodies of the updates.
type sessionServer struct {
	mu      sync.Mutex
	creates int
	updates []AppSessionUpdate
	failing bool // PATCH answers 400
}

func newSessionServer(t *testing.T, env *testEnv) *sessionServer {
	ss := &sessionServer{}
	session := func(status string, msgs []AppSessionMessageCreate) map[string]any {
		return map[string]any{"id": "sesn_1", "app": map[string]any{"id": "app_1"}, "name": "Import plate",
			"status": status, "timeoutSeconds": 600, "messages": msgs,
			"createdAt": "2024-05-06T07:08:09.123Z", "modifiedAt": "2024-05-06T07:08:09.123Z"}
	}
	env.mux.HandleFunc("POST /app-sessions", func(w http.ResponseWriter, r *http.Request) {
		ss.mu.Lock()
		ss.creates++
		ss.mu.Unlock()
		var body AppSessionCreate
		if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
			t.Errorf("create body: %v", err)
		}
		serveJSON(t, http.MethodPost, http.StatusCreated, session("RUNNING", body.Messages))(w, r)
	})
	env.mux.HandleFunc("PATCH /app-sessions/sesn_1", func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		var u AppSessionUpdate
		if err := json.Unmarshal(b, &u); err != nil {
			t.Errorf("update body: %v", err)
		}
		ss.mu.Lock()
		ss.updates = append(ss.updates, u)
		failing := ss.failing
		ss.mu.Unlock()
		if failing {
			serveJSON(t, http.MethodPatch, http.StatusBadRequest,
				`{"error":{"type":"invalid_request_error","message":"Session is closed.","userMessage":"Session is closed."}}`)(w, r)
			return
		}
		status := "RUNNING"
		if u.Status != "" {
			status = string(u.Status)
		}
		serveJSON(t, http.MethodPatch, http.StatusOK, session(status, u.Messages))(w, r)
	})
	return ss
}

func (ss *sessionServer) sent() []AppSessionUpdate {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	return append([]AppSessionUpdate(nil), ss.updates...)
}

var importPlate = &AppSessionCreate{AppID: "app_1", Name: "Import plate", TimeoutSeconds: 600}

// TestRunSessionOutcomes: the session is closed as the work ends, with
// the status and message its outcome calls for.
func TestRunSessionOutcomes(t *testing.T) {
	errBoom := errors.New("connecting to the LIMS at 10.0.0.7 with key sk_secret: refused")
	cases := []struct {
		name       string
		work       func(context.Context, *SessionRun) error
		wantErr    error
		wantStatus AppSessionUpdateStatus
		wantMsg    string
	}{
		{"succeeds", func(ctx context.Context, r *SessionRun) error { return r.Info(ctx, "Imported 96 wells.") },
			nil, AppSessionUpdateStatusSucceeded, ""},
		{"warns", func(ctx context.Context, r *SessionRun) error { return r.Warn(ctx, "3 wells were empty.") },
			nil, AppSessionUpdateStatusCompletedWithWarnings, ""},
		{"fails", func(context.Context, *SessionRun) error { return fmt.Errorf("import: %w", errBoom) },
			errBoom, AppSessionUpdateStatusFailed, DefaultSessionFailureMessage},
		{"fails for the user", func(context.Context, *SessionRun) error {
			return fmt.Errorf("step 2: %w", &UserFacingError{Message: "Plate PL-0042 has no barcode " + AppSessionRef("plt_1") + ".", Err: errBoom})
		}, errBoom, AppSessionUpdateStatusFailed, "Plate PL-0042 has no barcode {id:plt_1}."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			env := setup(t)
			ss := newSessionServer(t, env)
			final, err := env.client.Apps.RunSession(testCtx(t), importPlate, c.work)
			if c.wantErr == nil && err != nil || c.wantErr != nil && !errors.Is(err, c.wantErr) {
				t.Fatalf("err = %v, want %v", err, c.wantErr)
			}
			if final == nil || final.Status != AppSessionStatus(c.wantStatus) {
				t.Errorf("final session = %+v", final)
			}
			sent := ss.sent()
			last := sent[len(sent)-1]
			if last.Status != c.wantStatus {
				t.Errorf("closed as %q, want %q", last.Status, c.wantStatus)
			}
			if c.wantMsg != "" {
				want := []AppSessionMessageCreate{{Content: c.wantMsg, Style: AppSessionMessageStyleError}}
				if diff := cmp.Diff(want, last.Messages); diff != "" {
					t.Errorf("closing message (-want +got):\n%s", diff)
				}
			}
			for _, u := range sent {
				for _, m := range u.Messages {
					if strings.Contains(m.Content, "sk_secret") || strings.Contains(m.Content, "10.0.0.7") {
						t.Errorf("the work's error reached users: %q", m.Content)
					}
				}
			}
		})
	}
}

// TestRunSessionPanic: a panicking work closes the session as FAILED,
// then the panic goes on with its value.
func TestRunSessionPanic(t *testing.T) {
	env := setup(t)
	ss := newSessionServer(t, env)
	defer func() {
		if p := recover(); p != "boom" {
			t.Fatalf("recovered %v, want the work's panic", p)
		}
		sent := ss.sent()
		if len(sent) != 1 || sent[0].Status != AppSessionUpdateStatusFailed || len(sent[0].Messages) != 1 {
			t.Fatalf("updates = %+v, want one closing the session as FAILED", sent)
		}
	}()
	_, _ = env.client.Apps.RunSession(testCtx(t), importPlate, func(context.Context, *SessionRun) error { panic("boom") })
	t.Fatal("RunSession returned after a panic")
}

// TestRunSessionGoexit: work that ends its goroutine with runtime.Goexit
// (t.FailNow in a test) still gets its session closed as FAILED.
func TestRunSessionGoexit(t *testing.T) {
	env := setup(t)
	ss := newSessionServer(t, env)
	done := make(chan struct{})
	go func() {
		defer close(done)
		_, _ = env.client.Apps.RunSession(testCtx(t), importPlate, func(context.Context, *SessionRun) error {
			runtime.Goexit()
			return nil
		})
		t.Error("RunSession returned after runtime.Goexit")
	}()
	<-done
	if sent := ss.sent(); len(sent) != 1 || sent[0].Status != AppSessionUpdateStatusFailed {
		t.Fatalf("updates = %+v, want one closing the session as FAILED", sent)
	}
}

// TestRunSessionReportAfterClose: a report once the work has ended (from
// a goroutine the work left behind) is refused without being sent.
func TestRunSessionReportAfterClose(t *testing.T) {
	env := setup(t)
	ss := newSessionServer(t, env)
	var kept *SessionRun
	if _, err := env.client.Apps.RunSession(testCtx(t), importPlate, func(_ context.Context, r *SessionRun) error {
		kept = r
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if err := kept.Info(testCtx(t), "Late news."); !errors.Is(err, ErrInvalidSession) || !strings.Contains(err.Error(), "closed") {
		t.Errorf("a report after the close: err = %v, want ErrInvalidSession", err)
	}
	if sent := ss.sent(); len(sent) != 1 || sent[0].Status != AppSessionUpdateStatusSucceeded {
		t.Errorf("updates = %+v, want only the closing one", sent)
	}
}

// TestRunSessionClosesAfterCancel: a work ended by its context still gets
// its session closed (with a context of its own).
func TestRunSessionClosesAfterCancel(t *testing.T) {
	env := setup(t)
	ss := newSessionServer(t, env)
	ctx, cancel := context.WithCancel(testCtx(t))
	_, err := env.client.Apps.RunSession(ctx, importPlate, func(ctx context.Context, r *SessionRun) error {
		cancel()
		<-ctx.Done()
		return ctx.Err()
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v", err)
	}
	if sent := ss.sent(); len(sent) != 1 || sent[0].Status != AppSessionUpdateStatusFailed {
		t.Fatalf("updates = %+v", sent)
	}
}

// TestRunSessionLimits: Benchling's limits are checked before anything is
// sent, with errors that say which.
func TestRunSessionLimits(t *testing.T) {
	env := setup(t)
	ss := newSessionServer(t, env)
	ctx := testCtx(t)
	noWork := func(context.Context, *SessionRun) error { t.Error("work ran"); return nil }
	for name, body := range map[string]*AppSessionCreate{
		"no app":       {Name: "Import", TimeoutSeconds: 60},
		"short name":   {AppID: "app_1", Name: "Im", TimeoutSeconds: 60},
		"long name":    {AppID: "app_1", Name: strings.Repeat("é", 101), TimeoutSeconds: 60},
		"no timeout":   {AppID: "app_1", Name: "Import"},
		"31 days":      {AppID: "app_1", Name: "Import", TimeoutSeconds: 31 * 24 * 3600},
		"short msg":    {AppID: "app_1", Name: "Import", TimeoutSeconds: 60, Messages: []AppSessionMessageCreate{{Content: "ok"}}},
		"too many ids": {AppID: "app_1", Name: "Import", TimeoutSeconds: 60, Messages: []AppSessionMessageCreate{{Content: strings.Repeat("{id:ent_1} ", 11)}}},
		"nil":          nil,
	} {
		_, err := env.client.Apps.RunSession(ctx, body, noWork)
		if !errors.Is(err, ErrInvalidSession) {
			t.Errorf("%s: err = %v, want ErrInvalidSession", name, err)
		}
	}
	// 200 characters and 10 references are fine; escaped braces are no
	// references.
	ok := &AppSessionMessageCreate{Content: strings.Repeat("{id:ent_1}", 10) + strings.Repeat(`\{id:x\}`, 5)}
	if err := ValidateSessionMessage(*ok); err != nil {
		t.Errorf("10 references: %v", err)
	}
	if err := ValidateSessionMessage(AppSessionMessageCreate{Content: strings.Repeat("ü", 200)}); err != nil {
		t.Errorf("200 characters: %v", err)
	}
	// In a run, more than 10 messages at once, or a bad one, is refused.
	_, err := env.client.Apps.RunSession(ctx, importPlate, func(ctx context.Context, r *SessionRun) error {
		msgs := make([]AppSessionMessageCreate, 11)
		for i := range msgs {
			msgs[i] = AppSessionMessageCreate{Content: fmt.Sprintf("step %d", i)}
		}
		if err := r.Report(ctx, msgs...); !errors.Is(err, ErrInvalidSession) {
			t.Errorf("11 messages: err = %v", err)
		}
		if err := r.Info(ctx, strings.Repeat("x", 201)); !errors.Is(err, ErrInvalidSession) {
			t.Errorf("201 characters: err = %v", err)
		}
		return r.Report(ctx) // nothing to send
	})
	if err != nil {
		t.Fatal(err)
	}
	if sent := ss.sent(); len(sent) != 1 || sent[0].Status != AppSessionUpdateStatusSucceeded || ss.creates != 1 {
		t.Errorf("sent %+v, %d creates: want only the closing update", sent, ss.creates)
	}
	// The plain methods check too.
	if _, _, err := env.client.Apps.UpdateSession(ctx, "sesn_1", &AppSessionUpdate{TimeoutSeconds: Ptr(0)}); !errors.Is(err, ErrInvalidSession) {
		t.Errorf("UpdateSession timeout 0: %v", err)
	}
	if _, _, err := env.client.Apps.CreateSession(ctx, &AppSessionCreate{AppID: "app_1", Name: "x", TimeoutSeconds: 5}); !errors.Is(err, ErrInvalidSession) {
		t.Errorf("CreateSession short name: %v", err)
	}
	if _, err := env.client.Apps.RunSession(ctx, importPlate, nil); err == nil {
		t.Error("nil work accepted")
	}
}

// TestRunSessionTimeout: the work's context ends at the session's
// timeout; after it, messages are refused without being sent and no
// status is sent (Benchling has marked the session TIMEOUT).
func TestRunSessionTimeout(t *testing.T) {
	env := setup(t)
	ss := newSessionServer(t, env)
	body := &AppSessionCreate{AppID: "app_1", Name: "Quick job", TimeoutSeconds: 1}
	start := time.Now()
	_, err := env.client.Apps.RunSession(testCtx(t), body, func(ctx context.Context, r *SessionRun) error {
		if d, ok := ctx.Deadline(); !ok || d.Sub(start) > time.Second+100*time.Millisecond {
			t.Errorf("work's deadline = %v, %v; want about 1s from the start", d, ok)
		}
		<-ctx.Done()
		if err := r.Info(context.WithoutCancel(ctx), "Too late."); !errors.Is(err, ErrSessionTimedOut) {
			t.Errorf("a message after the timeout: err = %v", err)
		}
		return ctx.Err()
	})
	if !errors.Is(err, ErrSessionTimedOut) || !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want ErrSessionTimedOut and the work's error", err)
	}
	if sent := ss.sent(); len(sent) != 0 {
		t.Errorf("sent %+v after the timeout", sent)
	}
}

// TestRunSessionCloseFails: when closing fails, the error says so and
// keeps the work's outcome.
func TestRunSessionCloseFails(t *testing.T) {
	env := setup(t)
	ss := newSessionServer(t, env)
	ss.failing = true
	final, err := env.client.Apps.RunSession(testCtx(t), importPlate, func(context.Context, *SessionRun) error { return nil })
	if !errors.Is(err, ErrBadRequest) || !strings.Contains(err.Error(), "closing app session sesn_1 as SUCCEEDED") {
		t.Fatalf("err = %v", err)
	}
	if final == nil || final.Status != AppSessionStatusRunning {
		t.Errorf("final = %+v, want the session as last seen (RUNNING)", final)
	}
}

// TestFailureMessage fits a user-facing message to Benchling's limits.
func TestFailureMessage(t *testing.T) {
	long := strings.Repeat("a", 300)
	if m := failureMessage(&UserFacingError{Message: long}); len([]rune(m)) != MaxAppSessionMessageLength || !strings.HasSuffix(m, "…") {
		t.Errorf("long message cut to %d runes: %q", len([]rune(m)), m)
	}
	if m := failureMessage(&UserFacingError{Message: "no"}); m != DefaultSessionFailureMessage {
		t.Errorf("too short: %q", m)
	}
	e := &UserFacingError{Message: "Bad plate", Err: io.EOF}
	if e.Error() != "Bad plate: EOF" || !errors.Is(e, io.EOF) || (&UserFacingError{Message: "x"}).Error() != "x" {
		t.Errorf("UserFacingError: %v", e)
	}
}
