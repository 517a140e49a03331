package benchling

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Sentinel errors. Every *Error matches exactly one of the status sentinels
// with errors.Is, so callers never need to compare status codes or strings:
//
//	if errors.Is(err, benchling.ErrNotFound) { ... }
var (
	// ErrBadRequest matches a 400 response: the request was malformed or
	// named IDs that do not exist.
	ErrBadRequest = errors.New("benchling: bad request")
	// ErrUnauthorized matches a 401 response: the API key or OAuth client
	// credentials were rejected.
	ErrUnauthorized = errors.New("benchling: unauthorized")
	// ErrForbidden matches a 403 response: the credential is valid but lacks
	// permission for the resource or operation.
	ErrForbidden = errors.New("benchling: permission denied")
	// ErrNotFound matches a 404 response.
	ErrNotFound = errors.New("benchling: not found")
	// ErrConflict matches a 409 response.
	ErrConflict = errors.New("benchling: conflict")
	// ErrRateLimited matches a 429 response that was still throttled after
	// the retry policy gave up.
	ErrRateLimited = errors.New("benchling: rate limited")
	// ErrServer matches any 5xx response.
	ErrServer = errors.New("benchling: server error")
	// ErrInvalidID is returned, before anything is sent, when an ID passed
	// to a method (in the path or in a comma-separated list of IDs) is
	// empty or blank, would change the request path (".", "..", or an ID
	// containing "/" or "\"), or contains a comma, which separates IDs in
	// a list and which Benchling has no way to quote; and when an
	// operation that needs a list of IDs (a bulk get, an archive, an
	// autofill...) gets none. PathEscapeID applies the same checks to one
	// ID.
	ErrInvalidID = errors.New("benchling: invalid id")
	// ErrInvalidTenant is wrapped by the error NewClient returns for a
	// tenant that is not a Benchling tenant name or URL.
	ErrInvalidTenant = errors.New("benchling: invalid tenant")
	// ErrRepeatedToken is yielded by an All iterator when the server sends a
	// page token it already sent, which would otherwise loop forever.
	ErrRepeatedToken = errors.New("benchling: page token repeated")
	// ErrUnexpectedResponse matches a *DecodeError: a 2xx response whose
	// body could not be read as the documented JSON.
	ErrUnexpectedResponse = errors.New("benchling: unexpected response")
	// ErrOutcomeUnknown matches the error of a write whose outcome the
	// client cannot know: the request may have reached Benchling and run,
	// but no answer says whether it did (a 5xx or a connection lost after
	// the request was sent, or a task whose polling was abandoned). The
	// client never re-sends such a write, because Benchling has no
	// idempotency keys; check the data (or wait on the task again) before
	// sending it again.
	ErrOutcomeUnknown = errors.New("benchling: outcome unknown")
)

// maxErrorBody caps how much of an error response body is read.
const maxErrorBody = 1 << 20

// Error is a non-2xx response from the Benchling API (or from its OAuth token
// endpoint). It matches one of the status sentinels (ErrNotFound, ...) with
// errors.Is. It never holds request headers, credentials or request bodies.
type Error struct {
	// StatusCode is the HTTP status code of the response.
	StatusCode int
	// Method is the HTTP method of the request.
	Method string
	// Path is the request path relative to the API base, without the query
	// string, for example "/aa-sequences/prtn_1".
	Path string
	// Type is Benchling's error type, for example "invalid_request_error".
	Type string
	// Message is Benchling's developer-facing message. For a body that is
	// not Benchling's JSON error envelope (a proxy's HTML page, say) it holds
	// a short excerpt of the body.
	Message string
	// UserMessage is Benchling's user-facing message.
	UserMessage string
	// InvalidIDs lists the IDs Benchling named as invalid or inaccessible
	// (the body's invalidId and invalidIds).
	InvalidIDs []string
	// Items holds per-item errors of a bulk request, by index into the
	// request's items.
	Items []ItemError
	// Body is the response body as received (at most 1 MiB), with every
	// credential redacted, so that a caller can read what the client could
	// not decode. Nil when the body was empty.
	Body []byte
	// RetryAfter is how long the server asked the client to wait, from
	// Retry-After or x-rate-limit-reset; zero when it said nothing.
	RetryAfter time.Duration
}

// ItemError is the failure of one item of a bulk request or bulk task.
type ItemError struct {
	// Index is the position of the failed item in the request, -1 when
	// the server gave none.
	Index int
	// Message says what is wrong with the item.
	Message string
}

// Error implements the error interface. It reads, for example,
// "benchling: GET /aa-sequences/prtn_1: 404 Not Found: Sequence not found".
func (e *Error) Error() string {
	if e == nil {
		return "benchling: <nil *Error>"
	}
	var b strings.Builder
	b.WriteString("benchling: ")
	if e.Method != "" || e.Path != "" {
		b.WriteString(e.Method)
		b.WriteByte(' ')
		b.WriteString(e.Path)
		b.WriteString(": ")
	}
	fmt.Fprintf(&b, "%d %s", e.StatusCode, http.StatusText(e.StatusCode))
	msg := e.UserMessage
	if msg == "" {
		msg = e.Message
	}
	if e.StatusCode == http.StatusForbidden {
		b.WriteString(": the credential lacks permission for this resource or operation")
	}
	if msg != "" {
		b.WriteString(": ")
		b.WriteString(msg)
	}
	if len(e.InvalidIDs) > 0 && !strings.Contains(msg, e.InvalidIDs[0]) {
		fmt.Fprintf(&b, " (ids: %s)", strings.Join(e.InvalidIDs, ", "))
	}
	b.WriteString(itemErrorsSummary(e.Items))
	return b.String()
}

// itemErrorsSummary is the part of an error's text that sums up per-item
// errors: " (item 3: bad bases)" for one, " (2 item errors, first: item 0:
// name is required)" for more; "" for none.
func itemErrorsSummary(items []ItemError) string {
	if len(items) == 0 {
		return ""
	}
	first := items[0].Message
	if items[0].Index >= 0 {
		first = fmt.Sprintf("item %d: %s", items[0].Index, first)
	}
	if len(items) == 1 {
		return " (" + first + ")"
	}
	return fmt.Sprintf(" (%d item errors, first: %s)", len(items), first)
}

// Is reports whether target is the sentinel for e's status code, so that
// errors.Is(err, ErrNotFound) works for a 404.
func (e *Error) Is(target error) bool {
	if e == nil {
		return false
	}
	s := sentinelFor(e.StatusCode)
	return s != nil && target == s
}

func sentinelFor(status int) error {
	switch {
	case status == http.StatusBadRequest:
		return ErrBadRequest
	case status == http.StatusUnauthorized:
		return ErrUnauthorized
	case status == http.StatusForbidden:
		return ErrForbidden
	case status == http.StatusNotFound:
		return ErrNotFound
	case status == http.StatusConflict:
		return ErrConflict
	case status == http.StatusTooManyRequests:
		return ErrRateLimited
	case status >= 500 && status <= 599:
		return ErrServer
	}
	return nil
}

// DecodeError is returned when a 2xx response's body is not the JSON the
// endpoint documents: empty, truncated, HTML, of the wrong shape, or larger
// than the client accepts. It matches ErrUnexpectedResponse with errors.Is
// and unwraps to the underlying decoding error.
type DecodeError struct {
	// StatusCode is the HTTP status code of the response.
	StatusCode int
	// Method is the HTTP method of the request.
	Method string
	// Path is the request path relative to the API base, without query.
	Path string
	// Err is what went wrong.
	Err error
}

// Error implements the error interface.
func (e *DecodeError) Error() string {
	if e == nil {
		return "benchling: <nil *DecodeError>"
	}
	return fmt.Sprintf("benchling: %s %s: %d response: %v", e.Method, e.Path, e.StatusCode, e.Err)
}

// Unwrap returns the underlying error.
func (e *DecodeError) Unwrap() error {
	if e == nil {
		return nil
	}
	return e.Err
}

// Is reports whether target is ErrUnexpectedResponse.
func (e *DecodeError) Is(target error) bool { return target == ErrUnexpectedResponse }

// truncatedBody describes a body that ended before it was complete.
const truncatedBody = "truncated body: the response ended before its announced length, its compressed end or the end of its JSON"

// bodyError classifies the error of reading and decoding a 2xx body, for
// a DecodeError: an empty body, a truncated one (still matching
// io.ErrUnexpectedEOF with errors.Is), or err itself.
func bodyError(err error) error {
	switch {
	case err == io.EOF:
		return errors.New("empty body")
	case err == io.ErrUnexpectedEOF:
		return fmt.Errorf("%s: %w", truncatedBody, err)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return fmt.Errorf("%s (%w)", truncatedBody, err)
	}
	return err
}

// errorEnvelope is Benchling's error envelope, covering every variant the
// spec declares (BadRequestError, BadRequestErrorBulk, NotFoundError,
// ForbiddenError, ForbiddenRestrictedSampleError, ListingError) and the
// OAuth token endpoint's errors ({"error": "invalid_client",
// "error_description": ...}). Every member is decoded on its own, so that
// one of an unexpected type loses only itself.
type errorEnvelope struct {
	Error            json.RawMessage `json:"error"`
	ErrorDescription json.RawMessage `json:"error_description"`
	InvalidIDs       json.RawMessage `json:"invalidIds"` // ListingError puts them beside "error"
}

// errorObject is the "error" member of the envelope.
type errorObject struct {
	Type        json.RawMessage `json:"type"`
	Message     json.RawMessage `json:"message"`
	UserMessage json.RawMessage `json:"userMessage"`
	InvalidID   json.RawMessage `json:"invalidId"`
	InvalidIDs  json.RawMessage `json:"invalidIds"`
	Errors      json.RawMessage `json:"errors"`
}

// newError builds an *Error from a non-2xx status and its (capped) body.
// redact removes credentials: from the body before anything is read from
// it, and again from every string decoded from it (a JSON escape such as
// "\u005f" hides a credential from the first pass).
func newError(status int, method, path string, header http.Header, body []byte, redact func(string) string) *Error {
	e := &Error{StatusCode: status, Method: method, Path: path}
	if header != nil {
		e.RetryAfter = retryAfter(status, header)
	}
	if redact == nil {
		redact = func(s string) string { return s }
	}
	if len(body) > 0 {
		body = []byte(redact(string(body)))
		e.Body = body
	}
	if !e.decode(body, redact) {
		e.Message = redact(excerpt(body))
	}
	return e
}

// decode fills e from a JSON error body, member by member, keeping every
// member that has a usable type. It reports false when the body is not a
// JSON object with an "error" member.
func (e *Error) decode(body []byte, redact func(string) string) bool {
	var env errorEnvelope
	if json.Unmarshal(body, &env) != nil || len(env.Error) == 0 || string(env.Error) == "null" {
		return false
	}
	var obj errorObject
	var code string
	switch {
	case json.Unmarshal(env.Error, &code) == nil:
		// OAuth's {"error": "invalid_client", "error_description": ...}.
		e.Type = redact(code)
		e.Message = redact(jsonText(env.ErrorDescription))
		if e.Message == "" {
			e.Message = e.Type
		}
	case json.Unmarshal(env.Error, &obj) != nil:
		e.Message = redact(jsonText(env.Error)) // neither an object nor a string
	default:
		e.Type = redact(jsonText(obj.Type))
		e.Message = redact(jsonText(obj.Message))
		e.UserMessage = redact(jsonText(obj.UserMessage))
		e.InvalidIDs = append(e.InvalidIDs, jsonStrings(obj.InvalidID)...)
		e.InvalidIDs = append(e.InvalidIDs, jsonStrings(obj.InvalidIDs)...)
		e.Items = jsonItems(obj.Errors)
	}
	e.InvalidIDs = append(e.InvalidIDs, jsonStrings(env.InvalidIDs)...)
	for i := range e.InvalidIDs {
		e.InvalidIDs[i] = redact(e.InvalidIDs[i])
	}
	for i := range e.Items {
		e.Items[i].Message = redact(e.Items[i].Message)
	}
	return true
}

// jsonText is the text of a JSON value: a string's contents, "" for null
// or nothing, and the compact JSON of anything else (a message sent as a
// number or an object still says something).
func jsonText(raw json.RawMessage) string {
	if len(raw) == 0 || string(raw) == "null" {
		return ""
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	var b bytes.Buffer
	if json.Compact(&b, raw) != nil {
		return ""
	}
	return excerpt(b.Bytes())
}

// jsonStrings decodes a list of IDs: a list (its non-empty members, as
// text), or a single string.
func jsonStrings(raw json.RawMessage) []string {
	var list []json.RawMessage
	if json.Unmarshal(raw, &list) != nil {
		if s := jsonText(raw); s != "" {
			return []string{s}
		}
		return nil
	}
	var out []string
	for _, m := range list {
		if s := jsonText(m); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// jsonItems decodes per-item errors: a list of {"index", "message"}
// objects, or a single one. An index that is missing or not a
// non-negative integer (a number or a numeric string) becomes -1.
func jsonItems(raw json.RawMessage) []ItemError {
	var list []json.RawMessage
	if json.Unmarshal(raw, &list) != nil {
		if len(bytes.TrimSpace(raw)) == 0 || bytes.TrimSpace(raw)[0] != '{' {
			return nil
		}
		list = []json.RawMessage{raw}
	}
	var out []ItemError
	for _, m := range list {
		var it struct {
			Index   json.RawMessage `json:"index"`
			Message json.RawMessage `json:"message"`
		}
		if json.Unmarshal(m, &it) != nil {
			if s := jsonText(m); s != "" {
				out = append(out, ItemError{Index: -1, Message: s})
			}
			continue
		}
		idx := jsonIndex(it.Index)
		msg := jsonText(it.Message)
		if msg != "" || idx >= 0 {
			out = append(out, ItemError{Index: idx, Message: msg})
		}
	}
	return out
}

// jsonIndex is a non-negative integer index given as a JSON number or a
// numeric string, or -1.
func jsonIndex(raw json.RawMessage) int {
	s := jsonText(raw)
	if s == "" {
		return -1
	}
	f, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil || f < 0 || f > math.MaxInt32 || f != math.Trunc(f) {
		return -1
	}
	return int(f)
}

// excerpt returns a short single-line excerpt of a body that is not
// Benchling's JSON error envelope.
func excerpt(body []byte) string {
	const max = 200
	s := strings.Join(strings.Fields(string(body)), " ")
	if len(s) > max {
		s = s[:max]
		for !utf8.ValidString(s) {
			s = s[:len(s)-1]
		}
		s += "..."
	}
	return s
}
