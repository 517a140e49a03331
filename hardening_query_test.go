package benchling

import (
	"context"
	"errors"
	"fmt"
	"math"
	"net/http"
	"net/url"
	"reflect"
	"strings"
	"testing"
	"time"
)

// TestCommaInIDsAndListValues: an ID or list member holding a comma used
// to be sent as two values. Benchling documents no way to quote one, so
// it is ErrInvalidID for IDs and a clear error naming the parameter for
// other lists, and nothing is sent.
func TestCommaInIDsAndListValues(t *testing.T) {
	env, sent := countingEnv(t)
	c, ctx := env.client, testCtx(t)
	tests := []struct {
		name    string
		call    func() error
		invalid bool   // ErrInvalidID
		want    string // in the error
	}{
		{"AaSequences.BulkGet", func() error { _, _, err := c.AaSequences.BulkGet(ctx, []string{"prtn_1,prtn_2"}, nil); return err }, true, "aaSequenceIds"},
		{"DnaSequences.BulkGet", func() error {
			_, _, err := c.DnaSequences.BulkGet(ctx, []string{"seq_1", "seq_2,seq_3"}, nil)
			return err
		}, true, "dnaSequenceIds"},
		{"Entries.BulkGet", func() error { _, _, err := c.Entries.BulkGet(ctx, []string{"etr_1,etr_2"}, nil); return err }, true, "entryIds"},
		{"BulkGet empty member", func() error { _, _, err := c.AaSequences.BulkGet(ctx, []string{"prtn_1", ""}, nil); return err }, true, "empty"},
		{"List ids", func() error {
			_, _, err := c.AaSequences.List(ctx, &AaSequenceListOptions{EntityListFilters: EntityListFilters{IDs: []string{"prtn_1,prtn_2"}}})
			return err
		}, true, "ids"},
		{"List authorIds.anyOf", func() error {
			_, _, err := c.Entries.List(ctx, &EntryListOptions{AuthorIDsAnyOf: []string{"ent_1,ent_2"}})
			return err
		}, true, "authorIds.anyOf"},
		{"List names.anyOf", func() error {
			_, _, err := c.Users.List(ctx, &UserListOptions{PartyListFilters: PartyListFilters{NamesAnyOf: []string{"GFP, v2"}}})
			return err
		}, false, "names.anyOf"},
		{"All names.anyOf", func() error {
			for _, err := range c.DnaSequences.All(ctx, &DnaSequenceListOptions{EntityListFilters: EntityListFilters{NamesAnyOf: []string{"a", "GFP, v2"}}}) {
				return err
			}
			return nil
		}, false, "names.anyOf"},
		{"List names.anyOf empty member", func() error {
			_, _, err := c.Users.List(ctx, &UserListOptions{PartyListFilters: PartyListFilters{NamesAnyOf: []string{""}}})
			return err
		}, false, "empty"},
		{"returning", func() error {
			_, _, err := c.AaSequences.BulkGet(ctx, []string{"prtn_1"}, &AaSequenceBulkGetOptions{Returning: []string{"id,name"}})
			return err
		}, false, "returning"},
		{"path ID", func() error { _, _, err := c.AaSequences.Get(ctx, "prtn_1,prtn_2", nil); return err }, true, "comma"},
		{"path ID of an upsert", func() error {
			_, _, err := c.DnaSequences.Upsert(ctx, "REG,1", &DnaSequenceUpsertRequest{})
			return err
		}, true, "comma"},
	}
	for _, tc := range tests {
		before := sent.Load()
		err := tc.call()
		if err == nil || errors.Is(err, ErrInvalidID) != tc.invalid || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err = %v; want an error naming %q (ErrInvalidID: %v)", tc.name, err, tc.want, tc.invalid)
		}
		if sent.Load() != before {
			t.Errorf("%s: the request was sent", tc.name)
		}
	}
}

// TestEveryCommaListIsChecked sets, for every options type a service
// method takes, each comma-separated list field (embedded ones too) to a
// value with a comma, and checks the call fails before anything is
// sent. A future service's options are covered with no change here.
func TestEveryCommaListIsChecked(t *testing.T) {
	env, sent := countingEnv(t)
	ctxType := reflect.TypeFor[context.Context]()
	checked := 0
	for _, i := range serviceFields() {
		svc := reflect.ValueOf(env.client).Elem().Field(i)
		for j := range svc.NumMethod() {
			m := svc.Method(j)
			name := svc.Type().Method(j).Name
			mt := m.Type()
			for k := range mt.NumIn() {
				in := mt.In(k)
				if in.Kind() != reflect.Pointer || !strings.HasSuffix(in.Elem().Name(), "Options") || in.Elem().Name() == "BulkOptions" {
					continue
				}
				for _, path := range commaFields(in.Elem(), nil) {
					opts := reflect.New(in.Elem())
					f := opts.Elem().FieldByIndex(path)
					f.Set(reflect.ValueOf([]string{"a,b"}))
					var args []reflect.Value
					for a := range mt.NumIn() {
						switch {
						case a == k:
							args = append(args, opts)
						case mt.In(a) == ctxType:
							args = append(args, reflect.ValueOf(testCtx(t)))
						default:
							args = append(args, plausibleArg(mt.In(a)))
						}
					}
					before := sent.Load()
					p, err := callMethod(m, args)
					field := in.Elem().FieldByIndex(path).Name
					switch {
					case p != nil:
						t.Errorf("%s with %s = [\"a,b\"]: panic %v", name, field, p)
					case err == nil || !strings.Contains(err.Error(), `"a,b"`):
						t.Errorf("%s with %s = [\"a,b\"]: err = %v, want the comma rejected", name, field, err)
					case sent.Load() != before:
						t.Errorf("%s with %s = [\"a,b\"]: the request was sent", name, field)
					}
					checked++
				}
			}
		}
	}
	if checked < 30 {
		t.Fatalf("only %d comma fields checked: the test does not see the options", checked)
	}
}

// commaFields returns the index paths of the []string fields tagged
// url:",comma" in t, through embedded structs.
func commaFields(t reflect.Type, prefix []int) [][]int {
	var out [][]int
	for i := range t.NumField() {
		f := t.Field(i)
		path := append(append([]int(nil), prefix...), i)
		if f.Anonymous && f.Type.Kind() == reflect.Struct {
			out = append(out, commaFields(f.Type, path)...)
			continue
		}
		if strings.Contains(f.Tag.Get("url"), ",comma") && f.Type == reflect.TypeFor[[]string]() {
			out = append(out, path)
		}
	}
	return out
}

// TestEncodeQuery pins the exported encoder that the services and raw
// calls share.
func TestEncodeQuery(t *testing.T) {
	type inner struct {
		Tags []string `url:"tags,space"`
	}
	type custom struct {
		ListOptions
		Names   []string           `url:"names.anyOf,comma,omitempty"`
		IDs     []string           `url:"ids,comma,omitempty"`
		Repeat  []string           `url:"repeat,omitempty"`
		Ratio   float64            `url:"ratio,omitempty"`
		When    time.Time          `url:"when,omitempty"`
		Nested  *inner             `url:"nested,omitempty"`
		Filters SchemaFieldFilters `url:"schemaFields,omitempty"`
		hidden  []string
	}
	tests := []struct {
		name string
		opts any
		want string
		err  string
	}{
		{"nil", nil, "", ""},
		{"nil options pointer", (*UserListOptions)(nil), "", ""},
		{"spaces are %20", &UserListOptions{PartyListFilters: PartyListFilters{Name: "Ada Lovelace", NamesAnyOf: []string{"GFP v2", "Ada+Bob"}}},
			"name=Ada%20Lovelace&names.anyOf=GFP%20v2%2CAda%2BBob", ""},
		{"url.Values as given", url.Values{"name": {"a b"}, "x": {"1,2"}}, "name=a%20b&x=1%2C2", ""},
		{"embedded page options", custom{ListOptions: ListOptions{PageSize: 5, NextToken: "t 1"}, Names: []string{"a"}},
			"names.anyOf=a&nextToken=t%201&pageSize=5", ""},
		{"repeated parameters may hold commas", custom{Repeat: []string{"a,b", "c"}, hidden: []string{"unexported, skipped"}}, "repeat=a%2Cb&repeat=c", ""},
		{"schema field filters", custom{Filters: SchemaFieldFilters{"Cell Count": ">= 10"}}, "schemaField.Cell%20Count=%3E%3D%2010", ""},
		{"comma in a name", custom{Names: []string{"GFP, v2"}}, "", `names.anyOf: "GFP, v2" contains ","`},
		{"comma in an ID", custom{IDs: []string{"a,b"}}, "", `invalid id "a,b" in query parameter ids`},
		{"blank ID", custom{IDs: []string{" "}}, "", "empty or blank"},
		{"space in a space-separated list", custom{Nested: &inner{Tags: []string{"a b"}}}, "", `nested[tags]: "a b" contains " "`},
		{"NaN", custom{Ratio: math.NaN()}, "", "ratio: NaN cannot be sent"},
		{"infinity", &custom{Ratio: math.Inf(1)}, "", "ratio: +Inf cannot be sent"},
		{"not a struct", 42, "", "benchling: encoding the query"},
	}
	for _, tc := range tests {
		got, err := EncodeQuery(tc.opts)
		switch {
		case tc.err == "" && (err != nil || got != tc.want):
			t.Errorf("%s: EncodeQuery = %q, %v; want %q", tc.name, got, err, tc.want)
		case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err) || !strings.HasPrefix(err.Error(), "benchling: ")):
			t.Errorf("%s: err = %v, want one containing %q", tc.name, err, tc.err)
		}
		if tc.err != "" && got != "" {
			t.Errorf("%s: a query %q came with the error", tc.name, got)
		}
	}
}

// TestPathEscapeID pins the exported ID escaping.
func TestPathEscapeID(t *testing.T) {
	for id, want := range map[string]string{
		"prtn_1": "prtn_1", "a b": "a%20b", "REG:1": "REG%3A1", "x?y#z": "x%3Fy%23z", "é": "%C3%A9", "a%2Fb": "a%252Fb",
	} {
		if got, err := PathEscapeID(id); err != nil || got != want {
			t.Errorf("PathEscapeID(%q) = %q, %v; want %q", id, got, err, want)
		}
	}
	for _, id := range []string{"", " ", ".", "..", "a/b", `a\b`, "a,b"} {
		if got, err := PathEscapeID(id); !errors.Is(err, ErrInvalidID) || got != "" {
			t.Errorf("PathEscapeID(%q) = %q, %v; want ErrInvalidID", id, got, err)
		}
	}
}

// TestNewRequestQueryAndMethod: NewRequest used to send a raw query as
// given (?name=a b is a malformed request line, a 400) and to accept
// method "get". A query is now escaped where it must be and kept as
// written elsewhere; a bad escape or method is an error.
func TestNewRequestQueryAndMethod(t *testing.T) {
	env := setupRaw(t, WithoutPacing())
	var gotQuery url.Values
	var gotRaw string
	env.mux.HandleFunc("/users", func(w http.ResponseWriter, r *http.Request) {
		gotQuery, gotRaw = r.URL.Query(), r.URL.RawQuery
		fmt.Fprint(w, `{"users":[],"nextToken":""}`)
	})
	c := env.client
	for _, tc := range []struct {
		path, raw string
		want      url.Values
	}{
		{"users?name=a b", "name=a%20b", url.Values{"name": {"a b"}}},
		{"users?name=GFP #2&x=1", "name=GFP%20%232&x=1", url.Values{"name": {"GFP #2"}, "x": {"1"}}},
		{`users?name="quoted"<>`, "name=%22quoted%22%3C%3E", url.Values{"name": {`"quoted"<>`}}},
		{"users?name=é", "name=%C3%A9", url.Values{"name": {"é"}}},
		{"users?names.anyOf=a,b&pageSize=5", "names.anyOf=a,b&pageSize=5", url.Values{"names.anyOf": {"a,b"}, "pageSize": {"5"}}},
		{"users?name=a%20b&z=1&a=2", "name=a%20b&z=1&a=2", url.Values{"name": {"a b"}, "z": {"1"}, "a": {"2"}}},
		{"/users?name=a+b", "name=a+b", url.Values{"name": {"a b"}}},
	} {
		req, err := c.NewRequest(testCtx(t), http.MethodGet, tc.path, nil)
		if err != nil {
			t.Fatalf("NewRequest(%q): %v", tc.path, err)
		}
		if _, err := c.Do(req, nil); err != nil {
			t.Fatalf("%q: %v", tc.path, err)
		}
		if gotRaw != tc.raw || !reflect.DeepEqual(gotQuery, tc.want) {
			t.Errorf("%q: the server got %q = %v, want %q = %v", tc.path, gotRaw, gotQuery, tc.raw, tc.want)
		}
	}
	for _, tc := range []struct{ method, path, want string }{
		{"GET", "users?name=100%", "percent-escape"},
		{"GET", "users?name=%zz", "percent-escape"},
		{"get", "users", `write "GET"`},
		{"Post", "users", `write "POST"`},
		{"FETCH", "users", "GET, POST, PATCH, PUT, DELETE, HEAD"},
		{"", "users", "GET, POST, PATCH, PUT, DELETE, HEAD"},
		{"GET\n", "users", "not one Benchling uses"},
	} {
		if _, err := c.NewRequest(testCtx(t), tc.method, tc.path, nil); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("NewRequest(%q, %q): err = %v, want it to say %q", tc.method, tc.path, err, tc.want)
		}
	}
	for _, m := range []string{"GET", "POST", "PATCH", "PUT", "DELETE", "HEAD"} {
		if _, err := c.NewRequest(testCtx(t), m, "users", nil); err != nil {
			t.Errorf("NewRequest(%q): %v", m, err)
		}
	}
}
