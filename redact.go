package benchling

import (
	"encoding/base64"
	"encoding/json"
	"net/url"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// redacted replaces a credential in error text.
const redacted = "[REDACTED]"

// minNeedle is the shortest derived form of a secret (a base64 prefix)
// that is redacted; shorter ones would match ordinary text. A secret
// itself is always redacted, whatever its length.
const minNeedle = 8

// redactAll replaces, in s, every non-empty secret and every quoted
// "Bearer <token>" or "Basic <credentials>". A secret is found in any
// encoding it can take in a response body or a decoded string: as is,
// JSON-escaped (any character as \uXXXX, "\/"), percent-escaped (the
// url.QueryEscape and url.PathEscape forms, hex in either case, "+" for a
// space) or HTML-escaped, and mixtures of those. Callers pass the derived
// forms a secret takes on the wire (base64 of "key:") as secrets too; see
// secretForms.
func redactAll(s string, secrets ...string) string {
	if s == "" {
		return s
	}
	needles := make([]string, 0, len(secrets))
	for _, n := range secrets {
		if n != "" {
			needles = append(needles, n)
		}
	}
	// Longest first, so that a secret is redacted whole before a shorter
	// form (a base64 prefix) could leave its tail behind.
	slices.SortFunc(needles, func(a, b string) int { return len(b) - len(a) })
	return redactNeedles(s, needles, 2)
}

// redactNeedles is redactAll with its needles sorted; depth bounds the
// JSON string literals within JSON string literals it decodes.
func redactNeedles(s string, needles []string, depth int) string {
	escaped := strings.ContainsAny(s, `\%&+`)
	for _, n := range needles {
		if !escaped {
			s = strings.ReplaceAll(s, n, redacted)
			continue
		}
		s = replaceEncoded(s, n)
	}
	if strings.Contains(s, "earer") || strings.Contains(s, "EARER") || strings.Contains(s, "Basic") {
		s = authSchemeRE.ReplaceAllString(s, "$1 "+redacted)
	}
	if depth > 0 && strings.Contains(s, `"`) {
		s = redactLiterals(s, needles, depth-1)
	}
	return s
}

// redactLiterals redacts the contents of every JSON string literal in s
// once decoded, and writes a changed literal back JSON-encoded: a
// credential both JSON-escaped and percent-escaped ("cs\u0025..."), which
// no single pass over the text sees, is found in the decoded string.
func redactLiterals(s string, needles []string, depth int) string {
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '"' {
			continue
		}
		end := i + 1
		for end < len(s) && s[end] != '"' {
			if s[end] == '\\' {
				end++
			}
			end++
		}
		if end >= len(s) {
			break
		}
		lit := s[i : end+1]
		var dec string
		if strings.IndexByte(lit, '\\') >= 0 && json.Unmarshal([]byte(lit), &dec) == nil {
			if r := redactNeedles(dec, needles, depth); r != dec {
				enc, _ := json.Marshal(r)
				b.WriteString(s[last:i])
				b.Write(enc)
				last = end + 1
			}
		}
		i = end
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// authSchemeRE matches an Authorization header value quoted in a body: a
// bearer token or Basic credentials of 16 or more characters (so that
// prose such as "Basic settings" is left alone), also when the body
// escapes them (JSON "\/" or "\u002b", percent escapes, "+" or "%20" for
// the space).
var authSchemeRE = regexp.MustCompile(`\b([Bb]earer|BEARER|Basic)(?: |\+|%20|\\u0020)(?:[A-Za-z0-9._~+/=-]|\\/|\\u[0-9A-Fa-f]{4}|%[0-9A-Fa-f]{2}){16,}`)

// replaceEncoded replaces every occurrence of needle in s, in any of the
// encodings redactAll lists, with redacted.
func replaceEncoded(s, needle string) string {
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); {
		if !mayStart(s[i], needle[0]) {
			i++
			continue
		}
		end, ok := matchEncoded(s, i, needle)
		if !ok {
			i++
			continue
		}
		if b.Len() == 0 {
			b.Grow(len(s))
		}
		b.WriteString(s[last:i])
		b.WriteString(redacted)
		last, i = end, end
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// mayStart reports whether byte c of a text can start an encoding of a
// string whose first byte is first.
func mayStart(c, first byte) bool {
	return c == first || c == '\\' || c == '%' || c == '&' || (c == '+' && first == ' ')
}

// matchEncoded reports whether s, from offset j, holds needle in any mix
// of the encodings redactAll lists, and where the match ends. Where an
// escape and a literal character could both match (a needle holding "%"
// in a text holding "%25"), it tries both.
func matchEncoded(s string, j int, needle string) (int, bool) {
	for len(needle) > 0 {
		if j >= len(s) {
			return 0, false
		}
		c := s[j]
		var dec string // the bytes an escape at s[j] stands for
		var width int  // the escape's length in s
		switch c {
		case '\\':
			dec, width = jsonEscape(s[j:])
		case '%':
			if j+2 < len(s) {
				if v, err := strconv.ParseUint(s[j+1:j+3], 16, 8); err == nil {
					dec, width = string([]byte{byte(v)}), 3
				}
			}
		case '&':
			dec, width = htmlEscape(s[j:])
		case '+':
			dec, width = " ", 1
		}
		if width > 0 && dec != "" && strings.HasPrefix(needle, dec) {
			if c != needle[0] {
				j, needle = j+width, needle[len(dec):]
				continue
			}
			// Both the escape and the literal byte match: try both.
			if end, ok := matchEncoded(s, j+width, needle[len(dec):]); ok {
				return end, true
			}
		}
		if c != needle[0] {
			return 0, false
		}
		j, needle = j+1, needle[1:]
	}
	return j, true
}

// jsonEscape decodes the JSON string escape at the start of s ("\n",
// "\/", "\u00e9", a surrogate pair) into UTF-8, and returns its length in
// s; width 0 when s does not start with one.
func jsonEscape(s string) (dec string, width int) {
	if len(s) < 2 || s[0] != '\\' {
		return "", 0
	}
	switch s[1] {
	case '"', '\\', '/':
		return s[1:2], 2
	case 'b':
		return "\b", 2
	case 'f':
		return "\f", 2
	case 'n':
		return "\n", 2
	case 'r':
		return "\r", 2
	case 't':
		return "\t", 2
	case 'u':
		r, ok := hex4(s[2:])
		if !ok {
			return "", 0
		}
		if utf16.IsSurrogate(r) {
			if len(s) >= 12 && s[6] == '\\' && s[7] == 'u' {
				if r2, ok := hex4(s[8:]); ok {
					if pair := utf16.DecodeRune(r, r2); pair != utf8.RuneError {
						return string(pair), 12
					}
				}
			}
			return "", 0
		}
		return string(r), 6
	}
	return "", 0
}

func hex4(s string) (rune, bool) {
	if len(s) < 4 {
		return 0, false
	}
	v, err := strconv.ParseUint(s[:4], 16, 16)
	return rune(v), err == nil
}

// htmlEscape decodes the HTML character reference at the start of s
// ("&#47;", "&#x2F;", "&amp;"), as an HTML error page would quote a
// header; width 0 when s does not start with one.
func htmlEscape(s string) (dec string, width int) {
	end := strings.IndexByte(s, ';')
	if len(s) < 3 || s[0] != '&' || end < 0 || end > 10 {
		return "", 0
	}
	ref := s[1:end]
	switch ref {
	case "amp":
		return "&", end + 1
	case "lt":
		return "<", end + 1
	case "gt":
		return ">", end + 1
	case "quot":
		return `"`, end + 1
	case "apos":
		return "'", end + 1
	case "plus":
		return "+", end + 1
	case "sol":
		return "/", end + 1
	case "equals":
		return "=", end + 1
	}
	if len(ref) < 2 || ref[0] != '#' {
		return "", 0
	}
	base, digits := 10, ref[1:]
	if digits[0] == 'x' || digits[0] == 'X' {
		base, digits = 16, digits[1:]
	}
	v, err := strconv.ParseUint(digits, base, 32)
	if err != nil || !utf8.ValidRune(rune(v)) {
		return "", 0
	}
	return string(rune(v)), end + 1
}

// secretForms returns secret and the base64 forms it takes in an
// Authorization header: base64 of each of joined (such as "key:" for an
// API key, or "client_id:secret" for the token endpoint's Basic header),
// in the standard and URL alphabets and without padding (which a shorter
// echo drops), and base64 of the secret alone and of its longest prefix
// whose base64 every longer text starting with the secret shares.
func secretForms(secret string, joined ...string) []string {
	if secret == "" {
		return nil
	}
	forms := []string{secret}
	add := func(s string) {
		for _, enc := range []*base64.Encoding{base64.RawStdEncoding, base64.RawURLEncoding} {
			if f := enc.EncodeToString([]byte(s)); len(f) >= minNeedle && !slices.Contains(forms, f) {
				forms = append(forms, f)
			}
		}
	}
	for _, j := range joined {
		add(j)
	}
	add(secret)
	add(secret[:len(secret)/3*3])
	return forms
}

// oauthSecretForms are the forms of a client secret on the wire: the
// secret, what golang.org/x/oauth2 sends (the Basic header of the
// query-escaped ID and secret; the escaped secret alone is found by
// redactAll's percent-escape matching) and the Basic header of the
// unescaped pair.
func oauthSecretForms(clientID, secret string) []string {
	return secretForms(secret,
		url.QueryEscape(clientID)+":"+url.QueryEscape(secret),
		clientID+":"+secret)
}

// redactTask removes the client's credentials from the error texts of a
// task the server returned (its failure message and per-item errors,
// and its status, which an error quotes when it is not one the API
// documents), which become a *TaskError's or *DecodeError's text. A nil client or task is left alone.
func (c *Client) redactTask(t *Task) {
	if c == nil || c.auth == nil || t == nil {
		return
	}
	t.Message = c.auth.redact(t.Message)
	t.Status = TaskStatus(c.auth.redact(string(t.Status))) // an unknown status is quoted in a DecodeError
	if len(t.Errors.Raw) > 0 {
		if r := c.auth.redact(string(t.Errors.Raw)); json.Valid([]byte(r)) {
			t.Errors.Raw = json.RawMessage(r)
		} else {
			t.Errors.Raw = nil // the Items keep what it said
		}
	}
	for i := range t.Errors.Items {
		t.Errors.Items[i].Message = c.auth.redact(t.Errors.Items[i].Message)
	}
}

// redactErr returns err, or, when its text holds a credential (a
// transport error quoting what the server sent, such as net/http's
// `malformed HTTP response "<first line>"`), an error with the text
// redacted (see redactChain).
func (c *Client) redactErr(err error) error {
	if err == nil || c == nil || c.auth == nil {
		return err
	}
	return redactChain(c.auth.redact, err)
}

// redactChain returns err, or, when its text holds a credential, a
// *redactedError in its place: every error its Unwrap chain reaches has
// its text redacted too (an error reporter that walks the chain and
// prints each error prints no credential), while errors.Is and errors.As
// still match the original errors at each level.
func redactChain(redact func(string) string, err error) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	if r := redact(msg); r != msg {
		return &redactedError{msg: r, err: err, redact: redact}
	}
	return err
}

// redactedError stands in for an error whose text held a credential: its
// text is redacted, and so is that of every error it unwraps to. errors.Is
// matches the original error; errors.As hands out a copy of it whose
// string and error fields are redacted (a *time.ParseError keeps its
// type, without the credential it quoted), or nothing when the copy's text
// would still hold the credential.
type redactedError struct {
	msg    string
	err    error
	redact func(string) string
}

func (e *redactedError) Error() string { return e.msg }

// Unwrap returns the next errors of the original's chain, redacted.
func (e *redactedError) Unwrap() []error {
	var next []error
	switch u := e.err.(type) {
	case interface{ Unwrap() error }:
		if n := u.Unwrap(); n != nil {
			next = []error{n}
		}
	case interface{ Unwrap() []error }:
		next = u.Unwrap()
	}
	out := make([]error, 0, len(next))
	for _, n := range next {
		if n != nil {
			out = append(out, redactChain(e.redact, n))
		}
	}
	return out
}

// Is reports whether the original error (this level of the chain) is
// target; the levels below are matched through Unwrap.
func (e *redactedError) Is(target error) bool {
	if e.err == target {
		return true
	}
	if x, ok := e.err.(interface{ Is(error) bool }); ok {
		return x.Is(target)
	}
	return false
}

// As sets target to a redacted copy of the original error (this level of
// the chain) when it has target's type; the levels below are matched
// through Unwrap. The original itself is never handed out: its fields
// (a *time.ParseError's Value, say) hold what its text quoted.
func (e *redactedError) As(target any) bool {
	v := reflect.ValueOf(target)
	if v.Kind() != reflect.Pointer || v.IsNil() {
		return false
	}
	c := redactedCopy(e.redact, e.err)
	if c == nil {
		return false
	}
	if t := v.Type().Elem(); reflect.TypeOf(c).AssignableTo(t) {
		v.Elem().Set(reflect.ValueOf(c))
		return true
	}
	return false
}

// redactedCopy returns a copy of err, a pointer to a struct, whose exported
// string fields are redacted and whose exported error fields are redacted
// chains; nil when err is of another shape or the copy's text still does
// not redact to itself (a credential in an unexported field).
func redactedCopy(redact func(string) string, err error) error {
	v := reflect.ValueOf(err)
	if v.Kind() != reflect.Pointer || v.IsNil() || v.Elem().Kind() != reflect.Struct {
		return nil
	}
	cp := reflect.New(v.Elem().Type())
	cp.Elem().Set(v.Elem())
	errType := reflect.TypeFor[error]()
	for i := range cp.Elem().NumField() {
		f := cp.Elem().Field(i)
		if !f.CanSet() {
			continue
		}
		switch {
		case f.Kind() == reflect.String:
			f.SetString(redact(f.String()))
		case f.Type() == errType && !f.IsNil():
			f.Set(reflect.ValueOf(redactChain(redact, f.Interface().(error))))
		}
	}
	c, ok := cp.Interface().(error)
	if !ok {
		return nil
	}
	if msg := c.Error(); redact(msg) != msg {
		return nil
	}
	return c
}
