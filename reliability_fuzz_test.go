package benchling

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// Fuzz targets. `go test` runs each over its seed corpus (the f.Add seeds
// below and testdata/fuzz/<FuzzName>/); scripts/fuzz.sh fuzzes each for
// FUZZTIME. Properties: no panic, errors are typed, and valid input
// round-trips (decode, encode, decode gives an equal value).

// relCmp compares decoded values: JSON kept raw is compared compacted,
// and nil and empty slices and maps are equal (omitempty drops empties).
var relCmp = []cmp.Option{
	cmp.FilterPath(func(p cmp.Path) bool { return p.Last().Type() != reflect.TypeFor[json.RawMessage]() }, cmpopts.EquateEmpty()),
	cmp.Comparer(sameJSON),
}

// sameJSON reports whether a and b are the same JSON value: encoding/json
// re-encodes raw JSON compacted and with <, > and & escaped.
func sameJSON(a, b json.RawMessage) bool {
	va, errA := decodeAny(a)
	vb, errB := decodeAny(b)
	if errA != nil || errB != nil {
		return bytes.Equal(compactJSON(a), compactJSON(b))
	}
	return reflect.DeepEqual(va, vb)
}

func decodeAny(b []byte) (any, error) {
	if len(b) == 0 {
		return nil, nil
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber() // 1e400 stays as written
	var v any
	err := dec.Decode(&v)
	return v, err
}

func compactJSON(b []byte) []byte {
	var buf bytes.Buffer
	if json.Compact(&buf, b) != nil {
		return b
	}
	return buf.Bytes()
}

// memClient returns a client whose every request gets status and body
// from memory: the client's whole response path runs, without a network.
func memClient(t *testing.T, status int, header http.Header, body []byte) *Client {
	rt := roundTripFunc(func(req *http.Request) (*http.Response, error) {
		h := header.Clone()
		if h == nil {
			h = http.Header{}
		}
		return &http.Response{StatusCode: status, Status: strconv.Itoa(status), Header: h, Request: req,
			Body: io.NopCloser(bytes.NewReader(body)), ContentLength: int64(len(body))}, nil
	})
	c, err := NewClient("http://127.0.0.1:1", WithAPIKey(testAPIKey), WithoutRetries(),
		WithHTTPClient(&http.Client{Transport: rt}), WithoutPacing())
	if err != nil {
		t.Fatal(err)
	}
	return c
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

func FuzzParseTenant(f *testing.F) {
	for _, s := range []string{"acme", "acme.benchling.com", "https://acme.benchling.com", "https://acme.benchling.com/api/v2/",
		"http://127.0.0.1:8080", "http://[::1]:9/api/v2", "http://localhost", "https://user:pw@acme.benchling.com",
		"http://acme.benchling.com", "https://acme.benchling.com/api/v1", "https://acme.benchling.com?x=1", "acme#frag",
		"HTTPS://ACME.Benchling.COM:443/api/v2", "ftp://acme", "", " ", "https://%41cme.com", "https://acme.benchling.com:/api/v2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, tenant string) {
		u, err := parseTenant(tenant)
		if err != nil {
			if u != nil || !errors.Is(err, ErrInvalidTenant) {
				t.Fatalf("parseTenant(%q) = %v, %v; want nil and an ErrInvalidTenant", tenant, u, err)
			}
			// A user:password in the tenant never reaches the error.
			if at := strings.LastIndex(tenant, "@"); at > 0 {
				start := strings.Index(tenant, "://") + 3
				if start < 3 || start > at {
					start = 0
				}
				cred := tenant[start:at] + "@"
				if len(cred) > 1 && !strings.Contains("REDACTED@", cred) && strings.Contains(err.Error(), cred) {
					t.Fatalf("error %q repeats the credential %q", err, cred)
				}
			}
			return
		}
		switch {
		case u.Scheme != "https" && !(u.Scheme == "http" && isLoopback(u.Hostname())):
			t.Fatalf("parseTenant(%q) accepted scheme %q for host %q", tenant, u.Scheme, u.Hostname())
		case u.Path != "/api/v2" || u.RawPath != "":
			t.Fatalf("parseTenant(%q) path = %q", tenant, u.Path)
		case u.User != nil || u.RawQuery != "" || u.ForceQuery || u.Fragment != "" || u.Opaque != "" || u.Host == "":
			t.Fatalf("parseTenant(%q) = %#v: userinfo, query, fragment or empty host", tenant, u)
		}
		again, err := parseTenant(u.String())
		if err != nil || again.String() != u.String() {
			t.Fatalf("not idempotent: parseTenant(%q) = %q, then %v, %v", tenant, u, again, err)
		}
	})
}

func FuzzNewError(f *testing.F) {
	f.Add(404, []byte(`{"error":{"invalidId":"prtn_1","message":"Sequence not found","type":"invalid_request_error","userMessage":"Could not find prtn_1"}}`), "", "")
	f.Add(400, []byte(`{"error":{"type":"invalid_request_error","message":"Invalid items","errors":[{"index":0,"message":"name is required"},{"index":3,"message":"bad"}]}}`), "", "")
	f.Add(400, []byte(`{"error":{"type":"invalid_request_error","message":"Invalid ids"},"invalidIds":["x","y"]}`), "", "")
	f.Add(429, []byte(`{"error":{"message":"Rate limit exceeded."}}`), "7", "")
	f.Add(429, []byte(``), "", "12.5")
	f.Add(429, []byte(``), "Wed, 21 Oct 2015 07:28:00 GMT", "")
	f.Add(429, []byte(``), "1e300", "Inf") // once overflowed into a negative RetryAfter
	f.Add(502, []byte("<html>\n<head><title>502 Bad Gateway</title></head></html>"), "", "")
	f.Add(500, []byte("\xff\xfe not utf-8 \xc3"), "", "")
	f.Add(403, []byte(`{"error":null}`), "", "")
	f.Add(401, []byte(`{"error":{"errors":{"index":"x"}}}`), "", "")
	for _, name := range []string{"aa_sequences/not_found.json", "dna_sequences/not_found.json", "entries/not_found.json", "users/not_found.json"} {
		f.Add(404, fixture(f, name), "", "")
	}
	f.Fuzz(func(t *testing.T, status int, body []byte, retryAfter, reset string) {
		h := http.Header{}
		if retryAfter != "" {
			h.Set("Retry-After", retryAfter)
		}
		if reset != "" {
			h.Set("x-rate-limit-reset", reset)
			h.Set("x-rate-limit-remaining", "0")
		}
		e := newError(status, "GET", "/things/t_1", h, body, nil)
		if e.StatusCode != status || e.Method != "GET" || e.Path != "/things/t_1" {
			t.Fatalf("newError lost the request: %+v", e)
		}
		if s := sentinelFor(status); s != nil && !errors.Is(e, s) {
			t.Fatalf("a %d error does not match %v", status, s)
		}
		if e.RetryAfter < 0 {
			t.Fatalf("RetryAfter = %v for Retry-After %q, x-rate-limit-reset %q", e.RetryAfter, retryAfter, reset)
		}
		msg := e.Error()
		if !strings.HasPrefix(msg, "benchling: GET /things/t_1: ") {
			t.Fatalf("Error() = %q", msg)
		}
		var eb errorEnvelope
		if json.Unmarshal(body, &eb) != nil || len(eb.Error) == 0 || string(eb.Error) == "null" {
			// Not Benchling's envelope: a short excerpt, never the whole body.
			if len(e.Message) > 203 || strings.ContainsAny(e.Message, "\n\r\t") {
				t.Fatalf("Message is not a short single-line excerpt: %q", e.Message)
			}
		}
	})
}

func FuzzListPage(f *testing.F) {
	for _, name := range []string{"aa_sequences/list_page1.json", "aa_sequences/list_page2.json", "aa_sequences/bulk_get.json"} {
		f.Add(fixture(f, name))
	}
	for _, s := range []string{`{"aaSequences":[],"nextToken":""}`, `{"aaSequences":null,"nextToken":null}`, `{"nextToken":"x"}`,
		`{"aaSequences":[{"id":"a"}],"nextToken":"p2","aaSequences":[{"id":"b"}]}`, `{"aaSequences":[null]}`, `[]`, `{"aaSequences":{}}`,
		`{"aaSequences":[],"nextToken":7}`, `{"aaSequences":[]} trailing`, ``, `{`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		// The decoder on its own.
		p := &listPage[AaSequence]{key: "aaSequences"}
		resp := &Response{}
		errDirect := p.decodeBody(bytes.NewReader(body), resp)
		if errDirect == nil {
			for _, it := range p.items {
				if it != nil {
					_, _ = json.Marshal(it)
				}
			}
		}
		// Through a real list call: an error is always a *DecodeError.
		c := memClient(t, 200, http.Header{"Content-Type": {"application/json"}}, body)
		items, r, err := c.AaSequences.List(context.Background(), nil)
		if err != nil {
			var de *DecodeError
			if !errors.As(err, &de) || !errors.Is(err, ErrUnexpectedResponse) || de.Method != "GET" || de.Path != "/aa-sequences" {
				t.Fatalf("List error = %v (%T), want a *DecodeError for GET /aa-sequences", err, err)
			}
			if items != nil {
				t.Fatalf("List returned items with an error")
			}
			return
		}
		if errDirect != nil {
			t.Fatalf("List succeeded where decodeBody failed: %v", errDirect)
		}
		if r.NextToken != resp.NextToken || len(items) != len(p.items) {
			t.Fatalf("List and decodeBody disagree: %q/%d vs %q/%d", r.NextToken, len(items), resp.NextToken, len(p.items))
		}
		if !utf8.ValidString(r.NextToken) {
			t.Fatalf("NextToken %q is not valid UTF-8", r.NextToken)
		}
	})
}

// fuzzModel fuzzes the decoding of a model T: json.Unmarshal never
// panics; what decodes re-encodes and decodes to an equal value; and the
// service method get, reading the same body (wrapped by wrap), returns
// an equal value or a *DecodeError.
func fuzzModel[T any](f *testing.F, seeds []string, wrap func([]byte) []byte, get func(context.Context, *Client) (*T, *Response, error)) {
	for _, name := range seeds {
		f.Add(fixture(f, name))
	}
	for _, s := range []string{`{}`, `null`, `[]`, `{"id":null}`, `{"fields":{"f":{"value":[1,{"a":null}]}}}`, `{"createdAt":"0000-01-01T00:00:00+01:00"}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var v1 T
		errUnmarshal := json.Unmarshal(data, &v1)
		if errUnmarshal == nil {
			b, err := json.Marshal(&v1)
			if err != nil {
				t.Fatalf("a decoded value does not encode: %v\ninput: %s", err, data)
			}
			var v2 T
			if err := json.Unmarshal(b, &v2); err != nil {
				t.Fatalf("the re-encoded value does not decode: %v\nencoded: %s", err, b)
			}
			if diff := cmp.Diff(v1, v2, relCmp...); diff != "" {
				t.Fatalf("round trip changed the value (-first +second):\n%s\ninput: %s\nencoded: %s", diff, data, b)
			}
		}
		c := memClient(t, 200, http.Header{"Content-Type": {"application/json"}}, wrap(data))
		got, _, err := get(context.Background(), c)
		if err != nil {
			var de *DecodeError
			if !errors.As(err, &de) || !strings.HasPrefix(err.Error(), "benchling: GET /") {
				t.Fatalf("error = %v (%T), want a *DecodeError naming the call", err, err)
			}
			if errUnmarshal == nil && !bytes.Equal(bytes.TrimSpace(data), []byte("null")) {
				t.Fatalf("the service method failed where json.Unmarshal succeeded: %v", err)
			}
			return
		}
		if errUnmarshal == nil {
			if diff := cmp.Diff(&v1, got, append(relCmp, cmpopts.IgnoreFields(Task{}, "ID"))...); diff != "" {
				t.Fatalf("the service method decoded another value (-Unmarshal +method):\n%s", diff)
			}
		}
	})
}

func noWrap(b []byte) []byte { return b }

func FuzzDecodeUser(f *testing.F) {
	fuzzModel(f, []string{"users/get.json"}, noWrap, func(ctx context.Context, c *Client) (*User, *Response, error) {
		return c.Users.Get(ctx, "ent_1")
	})
}

func FuzzDecodeAaSequence(f *testing.F) {
	fuzzModel(f, []string{"aa_sequences/get.json"}, noWrap, func(ctx context.Context, c *Client) (*AaSequence, *Response, error) {
		return c.AaSequences.Get(ctx, "prtn_1", nil)
	})
}

func FuzzDecodeDnaSequence(f *testing.F) {
	fuzzModel(f, []string{"dna_sequences/get.json", "dna_sequences/short.json"}, noWrap, func(ctx context.Context, c *Client) (*DnaSequence, *Response, error) {
		return c.DnaSequences.Get(ctx, "seq_1", nil)
	})
}

func FuzzDecodeEntry(f *testing.F) {
	wrap := func(b []byte) []byte { return append(append([]byte(`{"entry":`), b...), '}') }
	fuzzModel(f, []string{"entries/entry.json"}, wrap, func(ctx context.Context, c *Client) (*Entry, *Response, error) {
		return c.Entries.Get(ctx, "etr_1", nil)
	})
}

func FuzzDecodeEntryTemplate(f *testing.F) {
	fuzzModel(f, []string{"entries/template.json"}, noWrap, func(ctx context.Context, c *Client) (*EntryTemplate, *Response, error) {
		return c.Entries.GetTemplate(ctx, "tmpl_1", nil)
	})
}

func FuzzDecodeTask(f *testing.F) {
	fuzzModel(f, []string{"tasks/failed.json", "tasks/failed_bulk_array.json", "tasks/failed_bulk_object.json", "tasks/running.json",
		"tasks/succeeded_aa_sequences.json", "tasks/succeeded_empty.json"}, noWrap, func(ctx context.Context, c *Client) (*Task, *Response, error) {
		return c.Tasks.Get(ctx, "task_1")
	})
}

func FuzzFields(f *testing.F) {
	for _, s := range []string{
		`{"Cell Count":{"value":12,"type":"integer","displayValue":"12","isMulti":false}}`,
		`{"Links":{"value":["seq_1","seq_2"],"type":"dna_sequence_link","isMulti":true}}`,
		`{"Flag":{"value":true,"type":"boolean"},"Empty":{"value":null},"Obj":{"value":{"entityRegistryId":"PRT1"}}}`,
		`{"Text":{"value":"hello \u00e9","textValue":"hello"}}`, `{"Big":{"value":1e400}}`, `{"Mixed":{"value":[1,"a",null]}}`,
		`{"Spaces":{"value": [ 1e400 ] }}`, `{"f":{"value":-0.0}}`, `{}`, `null`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var v1 Fields
		if err := json.Unmarshal(data, &v1); err != nil {
			return
		}
		for _, fl := range v1 {
			v := fl.Value
			kind := v.Kind()
			_, isStr := v.AsString()
			_, isStrs := v.AsStrings()
			_, isBool := v.AsBool()
			_, isNum := v.AsFloat()
			var obj map[string]any
			isObj := v.AsObject(&obj) == nil
			if (kind == FieldValueString) != isStr || (kind == FieldValueStrings) != isStrs || (kind == FieldValueBool) != isBool ||
				(kind == FieldValueObject) != isObj || (kind == FieldValueNull) != v.IsNull() {
				t.Fatalf("Kind() = %v disagrees with the accessors for %s", kind, v.Raw())
			}
			if kind == FieldValueNumber && !isNum && json.Valid(v.Raw()) {
				var f float64
				if json.Unmarshal(v.Raw(), &f) == nil {
					t.Fatalf("AsFloat failed on the number %s", v.Raw())
				}
			}
			if !v.Equal(v) {
				t.Fatalf("%s is not Equal to itself", v.Raw())
			}
		}
		b, err := json.Marshal(v1)
		if err != nil {
			t.Fatalf("decoded fields do not encode: %v", err)
		}
		var v2 Fields
		if err := json.Unmarshal(b, &v2); err != nil {
			t.Fatalf("re-encoded fields do not decode: %v\n%s", err, b)
		}
		if diff := cmp.Diff(v1, v2, relCmp...); diff != "" {
			t.Fatalf("round trip changed the fields (-first +second):\n%s\ninput: %s\nencoded: %s", diff, data, b)
		}
	})
}

func FuzzEntryNoteParts(f *testing.F) {
	f.Add(fixture(f, "entries/notes.json"))
	f.Add(fixture(f, "entries/note_unknown.json"))
	for _, s := range []string{`[]`, `null`, `[null]`, `[{}]`, `[{"type":7}]`, `[{"type":"text","TYPE":"table"}]`,
		`[{"type":"table","table":null}]`, `[{"type":"future_kind","x":[1,2]}]`, `[1]`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var v1 EntryNoteParts
		if err := json.Unmarshal(data, &v1); err != nil {
			return
		}
		for i, n := range v1 {
			if n == nil {
				t.Fatalf("note %d decoded to nil", i)
			}
			_ = n.NoteType()
		}
		b, err := json.Marshal(v1)
		if err != nil {
			t.Fatalf("decoded notes do not encode: %v\ninput: %s", err, data)
		}
		var v2 EntryNoteParts
		if err := json.Unmarshal(b, &v2); err != nil {
			t.Fatalf("re-encoded notes do not decode: %v\n%s", err, b)
		}
		if diff := cmp.Diff(v1, v2, relCmp...); diff != "" {
			t.Fatalf("round trip changed the notes (-first +second):\n%s\ninput: %s\nencoded: %s", diff, data, b)
		}
	})
}
