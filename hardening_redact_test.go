package benchling

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/benchling-go/benchling/internal/contract"
)

// Credentials with characters that every encoding changes: "/" (JSON may
// write "\/"), "+", "=", "&", ":" and a space (query escapes), "_"
// (Benchling's API keys; "\u005f"), a non-ASCII letter and one outside
// the BMP (JSON surrogate pairs).
const (
	oddAPIKey       = "sk_ODD/api+key=0123&x:y"
	oddClientID     = "client ODD/id+1"
	oddClientSecret = "cs_ODD/sec+ret= x&y:zé😀"
	oddTokenPrefix  = "tok/ODD_bearer+"
)

// encodingsOf returns the forms a string can take in a JSON string
// literal of a response body (literal) and what the literal decodes to,
// by name: each is how a server or proxy might echo a credential.
func encodingsOf(s string) map[string]string {
	jsonLit := func(v string) string {
		b, _ := json.Marshal(v)
		return string(b[1 : len(b)-1])
	}
	uAll := func(v string, upper bool) string {
		var b strings.Builder
		for _, u := range utf16.Encode([]rune(v)) {
			if upper {
				fmt.Fprintf(&b, `\u%04X`, u)
			} else {
				fmt.Fprintf(&b, `\u%04x`, u)
			}
		}
		return b.String()
	}
	pctAll := func(v string) string {
		var b strings.Builder
		for i := 0; i < len(v); i++ {
			fmt.Fprintf(&b, "%%%02x", v[i])
		}
		return b.String()
	}
	firstU := func(v string) string { // one character as \u, the rest as is
		return fmt.Sprintf(`\u%04x`, v[0]) + jsonLit(v[1:])
	}
	underscoreU := jsonLit(strings.ReplaceAll(s, "_", "\x00"))
	underscoreU = strings.ReplaceAll(underscoreU, `\u0000`, `\u005f`)
	return map[string]string{
		"raw":                 jsonLit(s),
		"json slash escaped":  strings.ReplaceAll(jsonLit(s), "/", `\/`),
		"json underscore \\u": underscoreU,
		"json first char \\u": firstU(s),
		"json all \\u lower":  uAll(s, false),
		"json all \\u upper":  uAll(s, true),
		"query escaped":       jsonLit(url.QueryEscape(s)),
		"path escaped":        jsonLit(url.PathEscape(s)),
		"percent all lower":   pctAll(s),
		"query escaped then json \\u": strings.ReplaceAll(
			jsonLit(url.QueryEscape(s)), "%", `\u0025`),
		"html escaped": jsonLit(html.EscapeString(s)),
		"html numeric": jsonLit(htmlNumeric(s)),
	}
}

func htmlNumeric(s string) string {
	var b strings.Builder
	for _, r := range s {
		fmt.Fprintf(&b, "&#%d;", r)
	}
	return b.String()
}

var (
	leakUnicode = regexp.MustCompile(`\\u([dD][89abAB][0-9a-fA-F]{2})\\u([dD][c-fC-F][0-9a-fA-F]{2})|\\u([0-9a-fA-F]{4})`)
	leakPercent = regexp.MustCompile(`%[0-9a-fA-F]{2}`)
)

// unescapeAll decodes, in a text, every JSON, percent and HTML escape,
// independently of the code under test: the text a reader of an error
// could recover a credential from.
func unescapeAll(s string, plusIsSpace bool) string {
	s = leakUnicode.ReplaceAllStringFunc(s, func(m string) string {
		sub := leakUnicode.FindStringSubmatch(m)
		if sub[1] != "" {
			hi, _ := strconv.ParseUint(sub[1], 16, 16)
			lo, _ := strconv.ParseUint(sub[2], 16, 16)
			return string(utf16.DecodeRune(rune(hi), rune(lo)))
		}
		v, _ := strconv.ParseUint(sub[3], 16, 16)
		return string(rune(v))
	})
	s = strings.NewReplacer(`\/`, "/", `\\`, `\`, `\"`, `"`).Replace(s)
	s = leakPercent.ReplaceAllStringFunc(s, func(m string) string {
		v, _ := strconv.ParseUint(m[1:], 16, 8)
		return string([]byte{byte(v)})
	})
	if plusIsSpace {
		s = strings.ReplaceAll(s, "+", " ")
	}
	return html.UnescapeString(s)
}

// leaks returns the first credential found in out, in any encoding.
func leaks(out string, secrets []string) string {
	variants := []string{out}
	for _, plus := range []bool{false, true} {
		v := out
		for range 3 { // escapes of escapes
			v = unescapeAll(v, plus)
			variants = append(variants, v)
		}
	}
	for _, s := range secrets {
		for _, v := range variants {
			if strings.Contains(v, s) {
				return s
			}
		}
	}
	return ""
}

// wireSecrets are the credentials of a client as they travel: the API
// key and its Basic header, or the client secret, the token request's
// Basic header (of the query-escaped ID and secret, as x/oauth2 sends it,
// and of the raw pair) and the bearer tokens.
func wireSecrets(apiKey, clientID, secret string, tokens ...string) []string {
	var out []string
	b64 := func(s string) string { return base64.RawStdEncoding.EncodeToString([]byte(s)) }
	if apiKey != "" {
		out = append(out, apiKey, b64(apiKey+":"))
	}
	if secret != "" {
		out = append(out, secret, b64(url.QueryEscape(clientID)+":"+url.QueryEscape(secret)), b64(clientID+":"+secret))
	}
	return append(out, tokens...)
}

// TestRedactAllEncodings: redactAll finds a credential in every encoding
// it can take in a body or a decoded string, replaces exactly the
// encoded span, and leaves the text around it alone.
func TestRedactAllEncodings(t *testing.T) {
	for _, secret := range []string{testAPIKey, oddAPIKey, oddClientSecret, testTokenPrefix + "7", oddTokenPrefix + "7"} {
		for name, lit := range encodingsOf(secret) {
			var decoded string
			if err := json.Unmarshal([]byte(`"`+lit+`"`), &decoded); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			for _, tc := range []struct{ text, want string }{
				{`{"message":"before ` + lit + ` after"}`, `{"message":"before [REDACTED] after"}`}, // in a body, still escaped
				{"before " + decoded + " after", "before [REDACTED] after"},                         // a decoded member
			} {
				got := redactAll(tc.text, secret)
				if l := leaks(got, []string{secret}); l != "" {
					t.Errorf("%q, %s: redactAll(%q) = %q: the secret survives", secret, name, tc.text, got)
					continue
				}
				if got != tc.want {
					t.Errorf("%q, %s: redactAll(%q) = %q, want %q", secret, name, tc.text, got, tc.want)
				}
			}
		}
	}
	// The derived forms: base64 of "key:" (padded, unpadded, URL alphabet,
	// JSON-escaped) and of the token request's Basic header.
	key := oddAPIKey
	b64 := base64.StdEncoding.EncodeToString([]byte(key + ":"))
	for _, text := range []string{
		"Authorization: Basic " + b64,
		"credentials " + b64 + " rejected",
		"credentials " + strings.TrimRight(b64, "=") + " rejected",
		"credentials " + strings.ReplaceAll(b64, "/", `\/`) + " rejected",
		"credentials " + base64.URLEncoding.EncodeToString([]byte(key+":")) + " rejected",
		"credentials " + url.QueryEscape(b64) + " rejected",
		"key " + base64.StdEncoding.EncodeToString([]byte(key)) + " rejected",
	} {
		got := (&apiKeyAuth{key: key, value: basicAuthHeader(key)}).redact(text)
		if l := leaks(got, wireSecrets(key, "", "")); l != "" || strings.Contains(got, b64[:len(b64)-4]) {
			t.Errorf("api key redact(%q) = %q: the credential survives", text, got)
		}
	}
	ta := newTokenAuth(oddClientID, oddClientSecret, "http://127.0.0.1/api/v2/token", http.DefaultClient, nil)
	ta.issued = []string{oddTokenPrefix + "1"}
	for _, form := range wireSecrets("", oddClientID, oddClientSecret, oddTokenPrefix+"1") {
		for name, lit := range encodingsOf(form) {
			got := ta.redact(`{"m":"x ` + lit + ` y"}`)
			if l := leaks(got, wireSecrets("", oddClientID, oddClientSecret, oddTokenPrefix+"1")); l != "" {
				t.Errorf("oauth redact of %q (%s) = %q: %q survives", form, name, got, l)
			}
		}
	}
	// Text that holds no credential is left as it is.
	for _, s := range []string{"", "plain", `{"error":{"message":"a \/ b \u005f c %41 &amp; + d"}}`, "Basic settings"} {
		if got := redactAll(s, testAPIKey); got != s {
			t.Errorf("redactAll(%q) = %q, want it unchanged", s, got)
		}
	}
}

// credClient is a client for one of the credential shapes of the
// end-to-end redaction tests, with the strings that must never show.
type credClient struct {
	name    string
	env     *testEnv
	client  *Client
	secrets []string
	tokens  *atomic.Int32
}

// newCredClients returns API key and OAuth clients, with realistic and
// with odd credentials, against loopback tenants whose mux the caller
// fills. The OAuth tenants issue tokens through their own token
// endpoint (tokenHook, when set, answers instead).
func newCredClients(t *testing.T, tokenHook func(w http.ResponseWriter, r *http.Request, c *credClient) bool, opts ...Option) []*credClient {
	t.Helper()
	var out []*credClient
	for _, key := range []string{testAPIKey, oddAPIKey} {
		env := newEnvNoClient(t)
		c, err := NewClient(env.server.URL, append([]Option{WithAPIKey(key), WithoutRetries()}, opts...)...)
		if err != nil {
			t.Fatal(err)
		}
		env.client = c
		out = append(out, &credClient{name: "api key " + key, env: env, client: c, secrets: wireSecrets(key, "", "")})
	}
	for _, cred := range [][3]string{{testClientID, testClientSecret, testTokenPrefix}, {oddClientID, oddClientSecret, oddTokenPrefix}} {
		id, secret, prefix := cred[0], cred[1], cred[2]
		env := newEnvNoClient(t)
		cc := &credClient{name: "oauth " + id, env: env, tokens: new(atomic.Int32)}
		env.mux.HandleFunc("POST /token", func(w http.ResponseWriter, r *http.Request) {
			if tokenHook != nil && tokenHook(w, r, cc) {
				return
			}
			u, p, ok := r.BasicAuth()
			u, _ = url.QueryUnescape(u)
			p, _ = url.QueryUnescape(p)
			if !ok || u != id || p != secret {
				t.Errorf("token request with credentials %q:%q", u, p)
				w.WriteHeader(401)
				return
			}
			w.Header().Set("Content-Type", "application/json")
			tok := fmt.Sprintf("%s%d", prefix, cc.tokens.Add(1))
			_ = json.NewEncoder(w).Encode(map[string]any{"access_token": tok, "token_type": "Bearer", "expires_in": 900})
		})
		c, err := NewClient(env.server.URL, append([]Option{WithClientCredentials(id, secret), WithoutRetries()}, opts...)...)
		if err != nil {
			t.Fatal(err)
		}
		env.client, cc.client = c, c
		cc.secrets = wireSecrets("", id, secret, prefix+"1")
		out = append(out, cc)
	}
	return out
}

// errorTemplates put a credential literal into each string member of
// Benchling's error envelope, the OAuth error shape and an HTML page.
var errorTemplates = map[string]string{
	"type":               `{"error":{"type":"%s","message":"m"}}`,
	"message":            `{"error":{"type":"invalid_request_error","message":"bad credential %s here"}}`,
	"userMessage":        `{"error":{"message":"m","userMessage":"%s"}}`,
	"invalidId":          `{"error":{"message":"m","invalidId":"%s"}}`,
	"invalidIds":         `{"error":{"message":"m","invalidIds":["prtn_1","%s"]}}`,
	"errors[].message":   `{"error":{"message":"m","errors":[{"index":0,"message":"%s"}]}}`,
	"errors object":      `{"error":{"message":"m","errors":{"index":"0","message":"%s"}}}`,
	"listing invalidIds": `{"error":{"message":"m"},"invalidIds":["%s"]}`,
	"oauth error":        `{"error":"%s","error_description":"d"}`,
	"oauth description":  `{"error":"invalid_client","error_description":"%s"}`,
	"not json":           `<html><body>Authorization: %s</body></html>`,
	"message as object":  `{"error":{"message":{"detail":"%s"}}}`,
}

// errorOutputs are every text an error exposes: Error(), the %v, %+v and
// %#v of the error and of the *Error, each string member, and the Body.
func errorOutputs(err error) []string {
	out := []string{err.Error(), fmt.Sprintf("%v", err), fmt.Sprintf("%+v", err), fmt.Sprintf("%#v", err)}
	// Every error of the chain, as an error reporter that walks it (with
	// Unwrap() error or Unwrap() []error) prints each.
	var walk func(error, int)
	walk = func(e error, depth int) {
		if e == nil || depth > 32 {
			return
		}
		out = append(out, e.Error(), fmt.Sprintf("%+v", e))
		switch u := e.(type) {
		case interface{ Unwrap() error }:
			walk(u.Unwrap(), depth+1)
		case interface{ Unwrap() []error }:
			for _, n := range u.Unwrap() {
				walk(n, depth+1)
			}
		}
	}
	walk(err, 0)
	var e *Error
	if errors.As(err, &e) {
		out = append(out, fmt.Sprintf("%v|%+v|%#v", e, e, *e), e.Type, e.Message, e.UserMessage, string(e.Body))
		out = append(out, e.InvalidIDs...)
		for _, it := range e.Items {
			out = append(out, it.Message)
		}
	}
	return out
}

// TestEchoedCredentialsEveryEncodingEveryField: a server that echoes the
// credential in any member of an error body, in any encoding, gets it
// into no part of the *Error, for API keys and OAuth alike.
func TestEchoedCredentialsEveryEncodingEveryField(t *testing.T) {
	clients := newCredClients(t, nil)
	for _, cc := range clients {
		var bodies []string
		var names []string
		for _, form := range cc.secrets {
			wire := form
			for encName, lit := range encodingsOf(wire) {
				for field, tmpl := range errorTemplates {
					if field == "not json" {
						lit = unescapeAll(lit, false) // no JSON escapes outside JSON
						if encName != "raw" && encName != "html escaped" && encName != "html numeric" && encName != "query escaped" {
							continue
						}
						if encName == "html escaped" || encName == "html numeric" {
							lit = map[string]string{"html escaped": html.EscapeString(wire), "html numeric": htmlNumeric(wire)}[encName]
						}
					}
					bodies = append(bodies, fmt.Sprintf(tmpl, lit))
					names = append(names, fmt.Sprintf("%s/%s/%s", field, encName, wire))
				}
			}
		}
		var n atomic.Int32
		cc.env.mux.HandleFunc("GET /echo/{n}", func(w http.ResponseWriter, r *http.Request) {
			i, _ := strconv.Atoi(r.PathValue("n"))
			n.Add(1)
			w.WriteHeader(400)
			fmt.Fprint(w, bodies[i])
		})
		var outputs []string
		for i := range bodies {
			req, err := cc.client.NewRequest(testCtx(t), "GET", "echo/"+strconv.Itoa(i), nil)
			if err != nil {
				t.Fatal(err)
			}
			_, err = cc.client.Do(req, nil)
			if !errors.Is(err, ErrBadRequest) {
				t.Fatalf("%s, %s: err = %v, want a 400 *Error", cc.name, names[i], err)
			}
			for _, o := range errorOutputs(err) {
				if l := leaks(o, cc.secrets); l != "" {
					t.Errorf("%s, %s: %q leaked into %.300q", cc.name, names[i], l, o)
					break
				}
			}
			outputs = append(outputs, err.Error())
		}
		if int(n.Load()) != len(bodies) {
			t.Fatalf("%s: the server answered %d of %d requests", cc.name, n.Load(), len(bodies))
		}
		for _, o := range []string{fmt.Sprintf("%v", cc.client), fmt.Sprintf("%+v", cc.client), fmt.Sprintf("%#v", cc.client), fmt.Sprintf("%+v", *cc.client)} {
			if l := leaks(o, cc.secrets); l != "" {
				t.Errorf("%s: %q leaked into the client's text %q", cc.name, l, o)
			}
		}
		if cc.tokens != nil && cc.tokens.Load() == 0 {
			t.Errorf("%s: no token was issued: bearer tokens were not exercised", cc.name)
		}
		if !strings.Contains(strings.Join(outputs, "\n"), "bad credential [REDACTED] here") {
			t.Errorf("%s: no error reads \"bad credential [REDACTED] here\": redaction is not exact", cc.name)
		}
	}
}

// TestTokenEndpointEchoIsRedacted: the token endpoint's error answer
// (Benchling's envelope, OAuth's, form-encoded or HTML) that echoes the
// Basic header, the form body or the client secret, in any encoding,
// gets none of them into the error.
func TestTokenEndpointEchoIsRedacted(t *testing.T) {
	type echo struct {
		ctype, tmpl string
	}
	echoes := []echo{{"application/json", `{"error":{"type":"invalid_client","message":"%s"}}`},
		{"application/json", `{"error":"invalid_client","error_description":"%s"}`},
		{"application/json", `{"error":"%s"}`},
		{"application/x-www-form-urlencoded", `error=invalid_client&error_description=%s`},
		{"text/html", `<html>%s</html>`}}
	var current atomic.Pointer[string]
	var ctype atomic.Pointer[string]
	hook := func(w http.ResponseWriter, r *http.Request, cc *credClient) bool {
		_ = r.ParseForm()
		body := *current.Load()
		body = strings.NewReplacer("{AUTH}", r.Header.Get("Authorization"), "{FORM}", r.PostForm.Encode()).Replace(body)
		w.Header().Set("Content-Type", *ctype.Load())
		w.WriteHeader(401)
		fmt.Fprint(w, body)
		return true
	}
	clients := newCredClients(t, hook)
	for _, cc := range clients[2:] { // the OAuth clients
		var forms []string
		for _, s := range cc.secrets[:3] {
			for _, lit := range encodingsOf(s) {
				forms = append(forms, lit)
			}
		}
		forms = append(forms, "{AUTH}", "{FORM}", "client_secret="+url.QueryEscape(oddClientSecret)+"&client_secret="+url.QueryEscape(testClientSecret))
		for _, e := range echoes {
			for _, f := range forms {
				if e.ctype != "application/json" {
					f = unescapeAll(f, false)
					if e.ctype == "application/x-www-form-urlencoded" {
						f = url.QueryEscape(f)
					}
				}
				body := fmt.Sprintf(e.tmpl, f)
				current.Store(&body)
				ctype.Store(&e.ctype)
				c, err := NewClient(cc.env.server.URL, WithClientCredentials(oddClientIDFor(cc), secretFor(cc)), WithoutRetries())
				if err != nil {
					t.Fatal(err)
				}
				_, _, err = c.Tasks.Get(testCtx(t), "t1")
				if !errors.Is(err, ErrUnauthorized) {
					t.Fatalf("%s: %s: err = %v, want a 401", cc.name, body, err)
				}
				for _, o := range append(errorOutputs(err), fmt.Sprintf("%v %+v %#v", c, c, c)) {
					if l := leaks(o, cc.secrets); l != "" {
						t.Errorf("%s: token endpoint body %q: %q leaked into %.300q", cc.name, body, l, o)
						break
					}
				}
			}
		}
	}
}

func oddClientIDFor(cc *credClient) string {
	if strings.Contains(cc.name, oddClientID) {
		return oddClientID
	}
	return testClientID
}

func secretFor(cc *credClient) string {
	if strings.Contains(cc.name, oddClientID) {
		return oddClientSecret
	}
	return testClientSecret
}

// TestTaskErrorCredentialsAreRedacted: a failed task whose message or
// per-item errors echo the credential (a 2xx body, which becomes a
// *TaskError) shows none of it.
func TestTaskErrorCredentialsAreRedacted(t *testing.T) {
	clients := newCredClients(t, nil, WithTaskPolling(time.Millisecond, time.Millisecond))
	for _, cc := range clients {
		var forms []string
		for _, s := range cc.secrets {
			for _, lit := range encodingsOf(s) {
				forms = append(forms, lit)
			}
		}
		cc.env.mux.HandleFunc("GET /tasks/{id}", func(w http.ResponseWriter, r *http.Request) {
			i, _ := strconv.Atoi(r.PathValue("id"))
			f := forms[i]
			if strings.HasPrefix(r.PathValue("id"), "s") {
				i, _ = strconv.Atoi(r.PathValue("id")[1:])
				fmt.Fprintf(w, `{"status":"%s"}`, forms[i]) // an undocumented status
				return
			}
			fmt.Fprintf(w, `{"status":"FAILED","message":"echo %s","errors":[{"index":0,"message":"item %s"}]}`, f, f)
		})
		for i := range forms {
			_, _, err := cc.client.Tasks.Wait(testCtx(t), "s"+strconv.Itoa(i))
			if !errors.Is(err, ErrUnexpectedResponse) {
				t.Fatalf("%s: err = %v, want a *DecodeError for the unknown status", cc.name, err)
			}
			if l := leaks(err.Error(), cc.secrets); l != "" {
				t.Errorf("%s: status form %q: %q leaked into %.300q", cc.name, forms[i], l, err.Error())
			}
		}
		for i := range forms {
			_, _, err := cc.client.Tasks.Wait(testCtx(t), strconv.Itoa(i))
			var te *TaskError
			if !errors.As(err, &te) {
				t.Fatalf("%s: err = %v, want a *TaskError", cc.name, err)
			}
			outs := []string{err.Error(), fmt.Sprintf("%v %+v %#v", err, te, *te), te.Message, string(te.Task.Errors.Raw), te.Items[0].Message}
			for _, o := range outs {
				if l := leaks(o, cc.secrets); l != "" {
					t.Errorf("%s: task form %q: %q leaked into %.300q", cc.name, forms[i], l, o)
					break
				}
			}
		}
	}
}

// TestTransportErrorQuotingTheCredentialIsRedacted: net/http quotes a
// malformed response's first line in its error; a server that answers
// with the credential there gets it into no error text.
func TestTransportErrorQuotingTheCredentialIsRedacted(t *testing.T) {
	for _, cc := range newCredClients(t, nil) {
		cc.env.mux.HandleFunc("GET /tasks/{id}", func(w http.ResponseWriter, r *http.Request) {
			cred := strings.TrimPrefix(strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer "), "Basic ")
			conn, buf, err := w.(http.Hijacker).Hijack()
			if err != nil {
				t.Error(err)
				return
			}
			defer conn.Close()
			_, _ = buf.WriteString(cred + "\r\n\r\n")
			_ = buf.Flush()
		})
		_, _, err := cc.client.Tasks.Get(testCtx(t), "t1")
		if err == nil || !strings.Contains(err.Error(), "malformed HTTP response") {
			t.Fatalf("%s: err = %v, want net/http's malformed-response error", cc.name, err)
		}
		secrets := cc.secrets
		if cc.tokens != nil {
			secrets = append(secrets, fmt.Sprintf("%s%d", map[bool]string{true: oddTokenPrefix, false: testTokenPrefix}[strings.Contains(cc.name, oddClientID)], cc.tokens.Load()))
		}
		for _, o := range errorOutputs(err) {
			if l := leaks(o, secrets); l != "" {
				t.Errorf("%s: %q leaked into %q", cc.name, l, o)
			}
		}
	}
}

// TestDecodeErrorQuotingTheCredentialIsRedacted: a 2xx body that echoes
// the credential where the SDK fails to decode it (a time field, whose
// parse error quotes the value) gets it into no part of the *DecodeError
// or its chain, and the error is still a *DecodeError.
func TestDecodeErrorQuotingTheCredentialIsRedacted(t *testing.T) {
	for _, cc := range newCredClients(t, nil) {
		cc.env.mux.HandleFunc("GET /aa-sequences/{id}", func(w http.ResponseWriter, r *http.Request) {
			cred := strings.TrimPrefix(strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer "), "Basic ")
			contract.Skip(r) // deliberately not the spec's shape
			w.Header().Set("Content-Type", "application/json")
			_, _ = fmt.Fprintf(w, `{"id":"prtn_1","createdAt":%q}`, r.Header.Get("Authorization")+" "+cred)
		})
		_, _, err := cc.client.AaSequences.Get(testCtx(t), "prtn_1", nil)
		var de *DecodeError
		if !errors.As(err, &de) || !strings.Contains(err.Error(), "parsing time") {
			t.Fatalf("%s: err = %v, want a *DecodeError quoting the time", cc.name, err)
		}
		secrets := cc.secrets
		if cc.tokens != nil {
			secrets = append(secrets, fmt.Sprintf("%s%d", map[bool]string{true: oddTokenPrefix, false: testTokenPrefix}[strings.Contains(cc.name, oddClientID)], cc.tokens.Load()))
		}
		for _, o := range errorOutputs(err) {
			if l := leaks(o, secrets); l != "" {
				t.Errorf("%s: %q leaked into %q", cc.name, l, o)
			}
		}
		var pe *time.ParseError
		if !errors.As(err, &pe) {
			t.Errorf("%s: errors.As no longer finds the *time.ParseError in %v", cc.name, err)
		} else {
			// What errors.As hands out is redacted too: its text and the
			// fields that text is made of.
			for _, o := range []string{pe.Error(), pe.Value, pe.Message, fmt.Sprintf("%+v %#v", pe, *pe)} {
				if l := leaks(o, secrets); l != "" {
					t.Errorf("%s: the *time.ParseError errors.As gives leaks %q: %q", cc.name, l, o)
				}
			}
		}
		if errors.As(err, &de) {
			for _, o := range []string{de.Error(), de.Err.Error(), fmt.Sprintf("%+v %#v", de, *de)} {
				if l := leaks(o, secrets); l != "" {
					t.Errorf("%s: the *DecodeError errors.As gives leaks %q: %q", cc.name, l, o)
				}
			}
		}
	}
}

// TestTokenTransportErrorQuotingTheSecretIsRedacted: a token endpoint
// whose answer is not HTTP and quotes the client's Basic credential (net/http
// quotes a malformed response) gets the secret into no part of the error
// or its chain.
func TestTokenTransportErrorQuotingTheSecretIsRedacted(t *testing.T) {
	hook := func(w http.ResponseWriter, r *http.Request, cc *credClient) bool {
		conn, buf, err := w.(http.Hijacker).Hijack()
		if err != nil {
			t.Error(err)
			return true
		}
		defer conn.Close()
		_, _ = buf.WriteString(strings.TrimPrefix(r.Header.Get("Authorization"), "Basic ") + "\r\n\r\n")
		_ = buf.Flush()
		return true
	}
	n := 0
	for _, cc := range newCredClients(t, hook) {
		if cc.tokens == nil {
			continue // an API key client asks for no token
		}
		n++
		_, _, err := cc.client.Tasks.Get(testCtx(t), "t1")
		if err == nil || !strings.Contains(err.Error(), "malformed HTTP response") {
			t.Fatalf("%s: err = %v, want net/http's malformed-response error", cc.name, err)
		}
		for _, o := range errorOutputs(err) {
			if l := leaks(o, cc.secrets); l != "" {
				t.Errorf("%s: %q leaked into %q", cc.name, l, o)
			}
		}
	}
	if n == 0 {
		t.Fatal("no OAuth client was tested")
	}
}
