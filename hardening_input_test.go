package benchling

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"
)

// countingEnv is a loopback tenant that answers every request with a 400
// and counts them, for tests that check nothing was sent.
func countingEnv(t *testing.T) (*testEnv, *atomic.Int32) {
	t.Helper()
	env := setupRaw(t, WithoutPacing())
	var sent atomic.Int32
	env.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		sent.Add(1)
		w.WriteHeader(400)
		fmt.Fprint(w, `{"error":{"message":"bad"}}`)
	})
	return env, &sent
}

// plausibleArg is a value of type t that a method would accept: an ID
// for a string, a one-element list, a new zero body, nil options.
func plausibleArg(t reflect.Type) reflect.Value {
	switch t.Kind() {
	case reflect.String:
		return reflect.ValueOf("x_1").Convert(t)
	case reflect.Slice:
		s := reflect.MakeSlice(t, 1, 1)
		s.Index(0).Set(plausibleArg(t.Elem()))
		return s
	case reflect.Pointer:
		if strings.HasSuffix(t.Elem().Name(), "Options") {
			return reflect.Zero(t)
		}
		return reflect.New(t.Elem())
	}
	return reflect.Zero(t)
}

// callMethod calls m with args under recover, ranges over an iterator it
// returns, and reports the panic, if any, and the error it returned or
// yielded first.
func callMethod(m reflect.Value, args []reflect.Value) (panicked any, err error) {
	defer func() { panicked = recover() }()
	var out []reflect.Value
	if m.Type().IsVariadic() {
		out = m.CallSlice(args)
	} else {
		out = m.Call(args)
	}
	last := out[len(out)-1]
	if last.Kind() == reflect.Func { // an iter.Seq2[T, error]
		yield := reflect.MakeFunc(last.Type().In(0), func(a []reflect.Value) []reflect.Value {
			if !a[1].IsNil() {
				err = a[1].Interface().(error)
			}
			return []reflect.Value{reflect.ValueOf(false)}
		})
		last.Call([]reflect.Value{yield})
		return nil, err
	}
	if !last.IsNil() {
		err = last.Interface().(error)
	}
	return nil, err
}

// serviceFields returns the indexes of the Client's service fields.
func serviceFields() []int {
	var out []int
	ct := reflect.TypeFor[Client]()
	for i := range ct.NumField() {
		f := ct.Field(i)
		if f.IsExported() && f.Type.Kind() == reflect.Pointer && strings.HasSuffix(f.Type.Elem().Name(), "Service") {
			out = append(out, i)
		}
	}
	return out
}

// TestServicesNeverPanic calls every method of every service on the
// Client with bad input, under recover: a nil context, zero arguments
// (empty IDs, nil bodies), and the nil service of a zero-value Client.
// None may panic; a nil context, an empty ID, a nil body and a Client
// that NewClient did not make are errors, and nothing is sent. New
// services are covered as soon as they are fields of the Client.
func TestServicesNeverPanic(t *testing.T) {
	env, sent := countingEnv(t)
	ctxType := reflect.TypeFor[context.Context]()
	var zero Client
	ct := reflect.TypeFor[Client]()
	methods := 0
	for _, i := range serviceFields() {
		real := reflect.ValueOf(env.client).Elem().Field(i)
		nilSvc := reflect.ValueOf(&zero).Elem().Field(i)
		for j := range real.NumMethod() {
			name := ct.Field(i).Name + "." + real.Type().Method(j).Name
			mt := real.Method(j).Type()
			methods++
			type scenario struct {
				name      string
				svc       reflect.Value
				ctx       reflect.Value
				arg       func(reflect.Type) reflect.Value
				wantNoReq bool
				check     func(error) bool
			}
			// needsInput: an ID or a body that zero arguments leave empty.
			// (The All iterators of body-paged lists take a nil body as an
			// empty one, which the server rejects; pagination.go decides.)
			iterator := mt.NumOut() == 1 && mt.Out(0).Kind() == reflect.Func
			needsInput := false
			for k := range mt.NumIn() {
				in := mt.In(k)
				if in == reflect.TypeFor[string]() || !iterator && in.Kind() == reflect.Pointer && !strings.HasSuffix(in.Elem().Name(), "Options") {
					needsInput = true
				}
			}
			for _, sc := range []scenario{
				{name: "nil context", svc: real, ctx: reflect.Zero(ctxType), arg: plausibleArg, wantNoReq: true,
					check: func(err error) bool { return err != nil }},
				{name: "zero arguments", svc: real, ctx: reflect.ValueOf(testCtx(t)), arg: reflect.Zero, wantNoReq: needsInput,
					check: func(err error) bool { return !needsInput || err != nil }},
				{name: "zero-value Client", svc: nilSvc, ctx: reflect.ValueOf(testCtx(t)), arg: plausibleArg, wantNoReq: true,
					check: func(err error) bool {
						return errors.Is(err, errNotInitialised) || err != nil && strings.Contains(err.Error(), "not initialised")
					}},
			} {
				var args []reflect.Value
				for k := range mt.NumIn() {
					if in := mt.In(k); in == ctxType {
						args = append(args, sc.ctx)
					} else {
						args = append(args, sc.arg(in))
					}
				}
				before := sent.Load()
				p, err := callMethod(sc.svc.Method(j), args)
				if p != nil {
					t.Errorf("%s with %s: panic: %v", name, sc.name, p)
					continue
				}
				if !sc.check(err) {
					t.Errorf("%s with %s: err = %v, want a clear error", name, sc.name, err)
				}
				if sc.wantNoReq && sent.Load() != before {
					t.Errorf("%s with %s: %d requests sent, want none", name, sc.name, sent.Load()-before)
				}
			}
		}
	}
	if methods < 50 {
		t.Fatalf("only %d service methods found: the test does not see the services", methods)
	}
}

// TestClientNeverPanics: the Client's own methods, on a zero-value or
// nil Client and with bad requests, return errors without sending
// anything.
func TestClientNeverPanics(t *testing.T) {
	env, sent := countingEnv(t)
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		t.Errorf("a request reached another host: %s %s", r.Method, r.URL)
	}))
	t.Cleanup(other.Close)
	c := env.client
	base, _ := url.Parse(c.BaseURL())
	good := func(m func(r *http.Request)) *http.Request {
		r, err := c.NewRequest(testCtx(t), "GET", "users", nil)
		if err != nil {
			t.Fatal(err)
		}
		m(r)
		return r
	}
	var v struct{}
	tests := []struct {
		name string
		call func() error
		want string
	}{
		{"Do nil request", func() error { _, err := c.Do(nil, nil); return err }, "nil request"},
		{"Do empty request", func() error { _, err := c.Do(&http.Request{}, nil); return err }, "no URL"},
		{"Do request for another host", func() error {
			r, _ := http.NewRequest("GET", other.URL+"/api/v2/users", nil)
			_, err := c.Do(r, nil)
			return err
		}, "not the client's tenant"},
		{"Do request for another port", func() error {
			r := good(func(r *http.Request) { r.URL.Host = strings.Replace(other.URL, "http://", "", 1) })
			_, err := c.Do(r, nil)
			return err
		}, "not the client's tenant"},
		{"Do request outside the API base", func() error {
			r := good(func(r *http.Request) { r.URL.Path = "/other/users" })
			_, err := c.Do(r, nil)
			return err
		}, "outside the API base"},
		{"Do request leaving the API base with dot segments", func() error {
			r := good(func(r *http.Request) { r.URL.Path = "/api/v2/../token"; r.URL.RawPath = "" })
			_, err := c.Do(r, nil)
			return err
		}, "outside the API base"},
		{"Do request with credentials in the URL", func() error {
			r := good(func(r *http.Request) { r.URL.User = url.UserPassword("u", "p") })
			_, err := c.Do(r, nil)
			return err
		}, "credentials"},
		{"Do lower-case method", func() error {
			_, err := c.Do(good(func(r *http.Request) { r.Method = "get" }), nil)
			return err
		}, `write "GET"`},
		{"Do empty method", func() error {
			_, err := c.Do(good(func(r *http.Request) { r.Method = "" }), nil)
			return err
		}, "GET, POST, PATCH, PUT, DELETE, HEAD"},
		{"Do into a non-pointer", func() error { _, err := c.Do(good(func(*http.Request) {}), v); return err }, "non-nil pointer"},
		{"Do into a nil pointer", func() error {
			_, err := c.Do(good(func(*http.Request) {}), (*struct{})(nil))
			return err
		}, "non-nil pointer"},
		{"Do into a nil writer", func() error {
			_, err := c.Do(good(func(*http.Request) {}), (*bytes.Buffer)(nil))
			return err
		}, "nil *bytes.Buffer"},
		{"Do into a nil file", func() error {
			_, err := c.Do(good(func(*http.Request) {}), (*os.File)(nil))
			return err
		}, "nil *os.File"},
		{"NewRequest nil context", func() error {
			//lint:ignore SA1012 a nil context is the bad input under test
			_, err := c.NewRequest(nil, "GET", "users", nil)
			return err
		}, "nil context"},
		{"NewRequest nil body pointer", func() error {
			_, err := c.NewRequest(testCtx(t), "POST", "users", (*UserCreate)(nil))
			return err
		}, "nil *benchling.UserCreate"},
		{"NewRequest unencodable body", func() error {
			_, err := c.NewRequest(testCtx(t), "POST", "users", map[string]any{"f": func() {}})
			return err
		}, "encoding the request body"},
	}
	var zero Client
	var nilClient *Client
	for name, zc := range map[string]*Client{"zero-value Client": &zero, "nil Client": nilClient} {
		tests = append(tests,
			struct {
				name string
				call func() error
				want string
			}{name + " NewRequest", func() error { _, err := zc.NewRequest(testCtx(t), "GET", "users", nil); return err }, "not initialised"},
			struct {
				name string
				call func() error
				want string
			}{name + " Do", func() error {
				_, err := zc.Do(&http.Request{Method: "GET", URL: base.JoinPath("users")}, nil)
				return err
			}, "not initialised"},
			struct {
				name string
				call func() error
				want string
			}{name + " String", func() error {
				return fmt.Errorf("%s %v %+v %#v %q", zc.String(), zc, zc, zc, zc.BaseURL())
			}, "benchling.Client("},
		)
	}
	for _, tc := range tests {
		before := sent.Load()
		var err error
		func() {
			defer func() {
				if p := recover(); p != nil {
					t.Errorf("%s: panic: %v", tc.name, p)
				}
			}()
			err = tc.call()
		}()
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err = %v, want it to say %q", tc.name, err, tc.want)
		}
		if n := sent.Load() - before; n != 0 {
			t.Errorf("%s: %d requests sent, want none", tc.name, n)
		}
	}
	// A request Do accepts: built by hand, without a Header.
	before := sent.Load()
	_, err := c.Do(&http.Request{Method: "GET", URL: base.JoinPath("users")}, nil)
	if !errors.Is(err, ErrBadRequest) || sent.Load() != before+1 {
		t.Errorf("a hand-built request for the tenant: err = %v, %d sent; want the server's 400", err, sent.Load()-before)
	}
}

// TestZeroValuesNeverPanic: every method of the zero values of the
// shared types, and of nil errors, answers without panicking.
func TestZeroValuesNeverPanic(t *testing.T) {
	vals := []any{FieldValue{}, &FieldValue{}, Nullable[string]{}, &Nullable[float64]{}, Fields(nil), CustomFields(nil),
		SchemaFieldFilters(nil), (*Error)(nil), &Error{}, (*DecodeError)(nil), &DecodeError{}, &Response{}}
	for _, v := range vals {
		rv := reflect.ValueOf(v)
		for i := range rv.NumMethod() {
			m := rv.Method(i)
			name := fmt.Sprintf("%T.%s", v, rv.Type().Method(i).Name)
			if _, ok := v.(*Response); ok && name != "*benchling.Response.String" {
				continue // http.Response's own methods
			}
			var args []reflect.Value
			for k := range m.Type().NumIn() {
				args = append(args, reflect.Zero(m.Type().In(k)))
			}
			func() {
				defer func() {
					if p := recover(); p != nil {
						t.Errorf("%s: panic: %v", name, p)
					}
				}()
				if m.Type().IsVariadic() {
					m.CallSlice(args)
				} else {
					m.Call(args)
				}
			}()
		}
	}
	if b, err := json.Marshal(struct {
		V FieldValue
		N Nullable[int] `json:",omitzero"`
	}{}); err != nil || string(b) != `{"V":null}` {
		t.Errorf("zero values marshal to %s, %v", b, err)
	}
}

// TestNumberValueNonFiniteIsNotSent: NumberValue(NaN or ±Inf) used to
// marshal to null, which clears the field on the server. It is now an
// error before anything is sent, as is NaN in any *float64 of a body.
func TestNumberValueNonFiniteIsNotSent(t *testing.T) {
	env, sent := countingEnv(t)
	for _, f := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		v := NumberValue(f)
		if _, err := json.Marshal(v); err == nil || !strings.Contains(err.Error(), "NaN or an infinity") {
			t.Errorf("json.Marshal(NumberValue(%v)) err = %v, want an error naming the problem", f, err)
		}
		if got, ok := v.AsFloat(); !ok || !(got == f || math.IsNaN(f) && math.IsNaN(got)) || v.Kind() != FieldValueNumber || v.IsNull() {
			t.Errorf("NumberValue(%v): AsFloat = %v, %v; Kind = %v; IsNull = %v", f, got, ok, v.Kind(), v.IsNull())
		}
		if !v.Equal(NumberValue(f)) || v.Equal(NumberValue(1)) || v.Equal(NullValue()) {
			t.Errorf("NumberValue(%v).Equal is wrong", f)
		}
		calls := map[string]func() error{
			"Update": func() error {
				_, _, err := env.client.AaSequences.Update(testCtx(t), "prtn_1", &AaSequenceUpdate{EntityUpdateBase: EntityUpdateBase{Fields: Fields{"Ratio": {Value: v}}}})
				return err
			},
			"BulkCreate": func() error {
				_, _, err := env.client.AaSequences.BulkCreate(testCtx(t), []*AaSequenceCreate{{EntityCreateBase: EntityCreateBase{Name: "a", Fields: Fields{"Ratio": {Value: v}}}}})
				return err
			},
			"a *float64": func() error {
				_, _, err := env.client.AaSequences.BackTranslate(testCtx(t), &BackTranslate{AaSequenceIDs: []string{"prtn_1"},
					CodonOptions: CodonOptions{GCContentRange: &GCContentRange{Max: Ptr(f)}}})
				return err
			},
		}
		for name, call := range calls {
			before := sent.Load()
			err := call()
			if err == nil || !strings.Contains(err.Error(), "NaN or an infinity") || !strings.Contains(err.Error(), "nothing was sent") {
				t.Errorf("%s with %v: err = %v, want an encoding error naming NaN or an infinity", name, f, err)
			}
			if sent.Load() != before {
				t.Errorf("%s with %v: the request was sent", name, f)
			}
		}
	}
	// Finite numbers are unchanged.
	if b, _ := json.Marshal(NumberValue(1e6)); string(b) != "1000000" {
		t.Errorf("NumberValue(1e6) = %s", b)
	}
	// A decoded value replaces a non-finite one.
	v := NumberValue(math.NaN())
	if err := json.Unmarshal([]byte("2.5"), &v); err != nil {
		t.Fatal(err)
	}
	if f, ok := v.AsFloat(); !ok || f != 2.5 {
		t.Errorf("after decoding 2.5: AsFloat = %v, %v", f, ok)
	}
}
