package benchling

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

// Benchling's limits on sessions, from the spec's schemas (AppSessionCreate,
// AppSessionUpdate, AppSessionMessageCreate). The SDK checks them before
// sending (ValidateSessionCreate, ValidateSessionUpdate), so that breaking
// one is a clear error rather than a 400.
const (
	// MaxAppSessionTimeoutSeconds is the longest timeout a session may
	// have: 30 days. The shortest is 1 second.
	MaxAppSessionTimeoutSeconds = 30 * 24 * 60 * 60
	// MaxAppSessionMessagesPerUpdate is the most messages one update may
	// add.
	MaxAppSessionMessagesPerUpdate = 10
	// MinAppSessionMessageLength and MaxAppSessionMessageLength bound a
	// message's content, in characters.
	MinAppSessionMessageLength = 3
	MaxAppSessionMessageLength = 200
	// MaxAppSessionMessageRefs is the most references to Benchling items
	// ("{id:...}", see AppSessionRef) one message may hold.
	MaxAppSessionMessageRefs = 10
	// MinAppSessionNameLength and MaxAppSessionNameLength bound a
	// session's name, in characters.
	MinAppSessionNameLength = 3
	MaxAppSessionNameLength = 100
)

// ErrInvalidSession is matched (errors.Is) by the error of a session
// request that breaks one of Benchling's limits, which the SDK checks
// before sending: nothing was sent.
var ErrInvalidSession = errors.New("benchling: invalid app session request")

// ErrSessionTimedOut is matched by RunSession's error, and by
// SessionRun.Report's, once the session's timeout has passed: Benchling
// has marked it TIMEOUT and takes no more messages or status.
var ErrSessionTimedOut = errors.New("benchling: app session timed out")

// AppSessionRef returns the reference to a Benchling item that a session
// message shows as a chip: "{id:" + id + "}".
func AppSessionRef(id string) string { return "{id:" + id + "}" }

// ValidateSessionCreate checks body against Benchling's limits: an app ID,
// a name of 3 to 100 characters, a timeout of 1 second to 30 days, and
// valid messages (see ValidateSessionMessage). Its error matches
// ErrInvalidSession.
func ValidateSessionCreate(body *AppSessionCreate) error {
	switch {
	case body == nil:
		return fmt.Errorf("%w: the body is nil", ErrInvalidSession)
	case strings.TrimSpace(body.AppID) == "":
		return fmt.Errorf("%w: appId is required", ErrInvalidSession)
	}
	if n := utf8.RuneCountInString(body.Name); n < MinAppSessionNameLength || n > MaxAppSessionNameLength {
		return fmt.Errorf("%w: the name has %d characters; Benchling takes %d to %d", ErrInvalidSession, n, MinAppSessionNameLength, MaxAppSessionNameLength)
	}
	if err := checkTimeout(body.TimeoutSeconds); err != nil {
		return err
	}
	return checkMessages(body.Messages)
}

// ValidateSessionUpdate checks body against Benchling's limits: at most 10
// messages, each valid (see ValidateSessionMessage), and a timeout, if
// set, of 1 second to 30 days. Its error matches ErrInvalidSession.
// Benchling also refuses a timeout lower than the session's, and any
// update of a closed session; only the server knows those.
func ValidateSessionUpdate(body *AppSessionUpdate) error {
	if body == nil {
		return fmt.Errorf("%w: the body is nil", ErrInvalidSession)
	}
	if n := len(body.Messages); n > MaxAppSessionMessagesPerUpdate {
		return fmt.Errorf("%w: %d messages in one update; Benchling takes at most %d", ErrInvalidSession, n, MaxAppSessionMessagesPerUpdate)
	}
	if body.TimeoutSeconds != nil {
		if err := checkTimeout(*body.TimeoutSeconds); err != nil {
			return err
		}
	}
	return checkMessages(body.Messages)
}

// ValidateSessionMessage checks a message against Benchling's limits:
// content of 3 to 200 characters holding at most 10 references to
// Benchling items. Its error matches ErrInvalidSession.
func ValidateSessionMessage(m AppSessionMessageCreate) error {
	if n := utf8.RuneCountInString(m.Content); n < MinAppSessionMessageLength || n > MaxAppSessionMessageLength {
		return fmt.Errorf("%w: a message has %d characters; Benchling takes %d to %d", ErrInvalidSession, n, MinAppSessionMessageLength, MaxAppSessionMessageLength)
	}
	if n := countRefs(m.Content); n > MaxAppSessionMessageRefs {
		return fmt.Errorf("%w: a message holds %d references to Benchling items; Benchling takes at most %d", ErrInvalidSession, n, MaxAppSessionMessageRefs)
	}
	return nil
}

func checkTimeout(s int) error {
	if s < 1 || s > MaxAppSessionTimeoutSeconds {
		return fmt.Errorf("%w: timeoutSeconds %d is outside 1..%d (30 days)", ErrInvalidSession, s, MaxAppSessionTimeoutSeconds)
	}
	return nil
}

func checkMessages(msgs []AppSessionMessageCreate) error {
	for i, m := range msgs {
		if err := ValidateSessionMessage(m); err != nil {
			return fmt.Errorf("message %d: %w", i, err)
		}
	}
	return nil
}

// countRefs counts the references "{id:...}" in a message's content; an
// escaped brace ("\{") starts none.
func countRefs(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' {
			i++ // the escaped character
			continue
		}
		if strings.HasPrefix(s[i:], "{id:") && strings.IndexByte(s[i:], '}') > 0 {
			n++
		}
	}
	return n
}

// DefaultSessionFailureMessage is the message RunSession closes a failed
// session with when the work's error is not a *UserFacingError: users are
// not shown the error itself, which may hold details meant for the app's
// logs.
const DefaultSessionFailureMessage = "The app could not finish this work."

// sessionPanicMessage is the message of a session whose work panicked.
const sessionPanicMessage = "The app stopped unexpectedly."

// sessionCloseTimeout bounds closing a session after the work ended, which
// RunSession does even when the work's context is done.
const sessionCloseTimeout = 30 * time.Second

// UserFacingError is an error whose Message the app shows users: when a
// session's work returns one (or an error wrapping one), RunSession closes
// the session as FAILED with Message as an ERROR message. Err, if set, is
// the cause, for errors.Is and errors.As; it is never shown.
type UserFacingError struct {
	// Message is shown to users: 3 to 200 characters (longer is cut).
	Message string
	// Err is the cause, or nil.
	Err error
}

// Error returns Message, and the cause's text after it.
func (e *UserFacingError) Error() string {
	if e.Err == nil {
		return e.Message
	}
	return e.Message + ": " + e.Err.Error()
}

// Unwrap returns the cause.
func (e *UserFacingError) Unwrap() error { return e.Err }

// SessionRun is a session that RunSession opened, handed to the work it
// runs, to report progress to users. Its methods are safe for concurrent
// use.
type SessionRun struct {
	apps     *AppsService
	id       string
	deadline time.Time
	now      func() time.Time

	mu       sync.Mutex
	session  *AppSession
	warnings bool
	closed   bool // RunSession is closing it, or has
}

// ID returns the session's ID (sesn_...), to attach it to a canvas
// (AppCanvasCreate.SessionID) so that the canvas shows its messages.
func (r *SessionRun) ID() string { return r.id }

// Session returns the session as Benchling last returned it.
func (r *SessionRun) Session() *AppSession {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.session
}

// Report appends messages to the session. More than
// MaxAppSessionMessagesPerUpdate messages, or one that breaks Benchling's
// limits, is an error matching ErrInvalidSession, and so is a report
// once the work has ended (the session is closed, and Benchling takes no
// more messages); once the session's timeout has passed, an error
// matching ErrSessionTimedOut. Nothing is sent then. A WARNING message
// makes the session close as COMPLETED_WITH_WARNINGS if the work
// succeeds.
func (r *SessionRun) Report(ctx context.Context, msgs ...AppSessionMessageCreate) error {
	if len(msgs) == 0 {
		return nil
	}
	r.mu.Lock()
	closed := r.closed
	r.mu.Unlock()
	if closed {
		return fmt.Errorf("%w: session %s is closed (its work has ended)", ErrInvalidSession, r.id)
	}
	if !r.now().Before(r.deadline) {
		return fmt.Errorf("%w: session %s", ErrSessionTimedOut, r.id)
	}
	body := &AppSessionUpdate{Messages: msgs}
	if err := ValidateSessionUpdate(body); err != nil {
		return err
	}
	s, _, err := r.apps.UpdateSession(ctx, r.id, body)
	if err != nil {
		return err
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.session = s
	for _, m := range msgs {
		r.warnings = r.warnings || m.Style == AppSessionMessageStyleWarning
	}
	return nil
}

// Info reports a message of style INFO.
func (r *SessionRun) Info(ctx context.Context, content string) error {
	return r.Report(ctx, AppSessionMessageCreate{Content: content, Style: AppSessionMessageStyleInfo})
}

// Warn reports a message of style WARNING: the session then closes as
// COMPLETED_WITH_WARNINGS if the work succeeds.
func (r *SessionRun) Warn(ctx context.Context, content string) error {
	return r.Report(ctx, AppSessionMessageCreate{Content: content, Style: AppSessionMessageStyleWarning})
}

// RunSession runs work as a session of an app, the way Benchling Apps
// report a unit of work to users: it opens the session body describes
// (checked first, see ValidateSessionCreate), runs work with a context
// that ends at the session's timeout and a *SessionRun to report progress
// with, and then closes the session:
//
//   - work returns nil: SUCCEEDED, or COMPLETED_WITH_WARNINGS if it
//     reported a WARNING message;
//   - work returns an error: FAILED, with an ERROR message saying why: a
//     *UserFacingError's Message, or DefaultSessionFailureMessage for any
//     other error (whose text stays in the app);
//   - work panics: FAILED, and the panic goes on (RunSession re-panics with
//     the same value) once the session is closed; work that calls
//     runtime.Goexit (t.FailNow in a test) closes it FAILED too.
//
// The session is closed even when ctx has ended, with a context of its own
// (ctx's values, up to 30 seconds). Once the timeout has passed Benchling
// has marked the session TIMEOUT and takes no status: RunSession sends
// none and its error matches ErrSessionTimedOut (and work's error, if
// any).
//
// RunSession returns the session as the closing update returned it (or
// as it was last seen), and work's error unchanged (errors.Is and
// errors.As see it), joined with the error of closing the session if that
// failed. If the session could not be opened, work does not run.
func (s *AppsService) RunSession(ctx context.Context, body *AppSessionCreate, work func(context.Context, *SessionRun) error) (*AppSession, error) {
	if err := s.c().ready(); err != nil {
		return nil, err
	}
	if work == nil {
		return nil, errors.New("benchling: RunSession: work is nil")
	}
	if ctx == nil {
		return nil, errors.New("benchling: RunSession: nil context")
	}
	if err := ValidateSessionCreate(body); err != nil {
		return nil, err
	}
	now := time.Now
	start := now()
	sess, _, err := s.CreateSession(ctx, body)
	if err != nil {
		return nil, err
	}
	run := &SessionRun{apps: s, id: sess.ID, session: sess, now: now,
		deadline: start.Add(time.Duration(body.TimeoutSeconds) * time.Second)}
	workCtx, cancel := context.WithDeadline(ctx, run.deadline)
	defer cancel()

	returned := false
	defer func() {
		if returned {
			return
		}
		// work panicked, or called runtime.Goexit (p is nil then): close
		// the session as FAILED, then let the panic or the exit go on.
		p := recover()
		_, _ = run.close(ctx, nil, true)
		if p != nil {
			panic(p)
		}
	}()
	workErr := work(workCtx, run)
	returned = true
	final, closeErr := run.close(ctx, workErr, false)
	return final, errors.Join(workErr, closeErr)
}

// close sends the session's final status and message for the work's
// outcome, unless its timeout has passed.
func (r *SessionRun) close(ctx context.Context, workErr error, panicked bool) (*AppSession, error) {
	r.mu.Lock()
	r.closed = true
	r.mu.Unlock()
	if !r.now().Before(r.deadline) {
		return r.Session(), fmt.Errorf("%w: session %s (its status is TIMEOUT)", ErrSessionTimedOut, r.id)
	}
	upd := &AppSessionUpdate{Status: AppSessionUpdateStatusSucceeded}
	switch {
	case panicked:
		upd.Status = AppSessionUpdateStatusFailed
		upd.Messages = []AppSessionMessageCreate{{Content: sessionPanicMessage, Style: AppSessionMessageStyleError}}
	case workErr != nil:
		upd.Status = AppSessionUpdateStatusFailed
		upd.Messages = []AppSessionMessageCreate{{Content: failureMessage(workErr), Style: AppSessionMessageStyleError}}
	default:
		r.mu.Lock()
		if r.warnings {
			upd.Status = AppSessionUpdateStatusCompletedWithWarnings
		}
		r.mu.Unlock()
	}
	cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), sessionCloseTimeout)
	defer cancel()
	s, _, err := r.apps.UpdateSession(cctx, r.id, upd)
	if err != nil {
		return r.Session(), fmt.Errorf("benchling: closing app session %s as %s: %w", r.id, upd.Status, err)
	}
	r.mu.Lock()
	r.session = s
	r.mu.Unlock()
	return s, nil
}

// failureMessage is the ERROR message a session closes with for err: a
// *UserFacingError's Message, fitted to Benchling's limits, or
// DefaultSessionFailureMessage.
func failureMessage(err error) string {
	var ufe *UserFacingError
	if !errors.As(err, &ufe) {
		return DefaultSessionFailureMessage
	}
	m := strings.TrimSpace(ufe.Message)
	if utf8.RuneCountInString(m) > MaxAppSessionMessageLength {
		r := []rune(m)
		m = string(r[:MaxAppSessionMessageLength-1]) + "…"
	}
	if utf8.RuneCountInString(m) < MinAppSessionMessageLength || countRefs(m) > MaxAppSessionMessageRefs {
		return DefaultSessionFailureMessage
	}
	return m
}
