package benchling

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"
	"time"
)

// Typed schema fields: a Go struct with one typed field per schema field,
// converted to and from Fields. The command benchling-schemagen
// (cmd/benchling-schemagen) writes such structs for a tenant's schemas;
// a struct can also be written by hand.
//
// The conversion lives here, in three small pieces, so that the generated
// code is only declarations: a FieldCodec converts one value of a field
// type (an integer, a dropdown option, a link...) to and from a
// FieldValue; a FieldBinding ties a schema field's name to the struct
// field that holds it, as a value (required), a pointer (optional) or a
// slice (multi-value); and a struct lists its bindings in its
// BenchlingFields method (TypedFields). The bindings are built by generic
// functions over pointers to the struct's fields, so the compiler checks
// that each Go type fits its codec, and no reflection or struct tag is
// involved: a field name can be any text.

// TypedFields is implemented by a struct that holds the schema fields of
// one schema as typed Go fields: the structs benchling-schemagen
// generates, or one written by hand. BenchlingFields binds each schema
// field to the struct field that holds it (it is defined on the pointer,
// so that the bindings point into the struct). MarshalFields and
// UnmarshalFields convert between such a struct and Fields.
type TypedFields interface {
	BenchlingFields() []FieldBinding
}

// ErrMissingField matches the *FieldError of a required field that has no
// value: absent or null in the Fields being decoded, or zero (an empty
// string, the zero Date or time, an empty list) in the struct being
// encoded.
var ErrMissingField = errors.New("benchling: required field has no value")

// ErrUnknownOption matches the *FieldError of a dropdown field whose value
// is not an option the Go type knows: the dropdown gained an option since
// the code was generated (run the generator again), or a value was
// converted from an arbitrary string.
var ErrUnknownOption = errors.New("benchling: unknown dropdown option")

// ErrFieldType matches the *FieldError of a value that does not fit its
// field: a string where a number belongs, 2.5 in an integer field, a
// malformed date, a field whose type in the tenant differs from the
// struct's, NaN in a float field.
var ErrFieldType = errors.New("benchling: field value does not fit its type")

// FieldError says what is wrong with one field, in MarshalFields or
// UnmarshalFields. It matches ErrMissingField, ErrUnknownOption or
// ErrFieldType with errors.Is.
type FieldError struct {
	// Field is the schema field's name (the key in Fields).
	Field string
	// Type is the field's type, as the struct declares it.
	Type FieldType
	// Err says what is wrong; it matches one of the sentinels above.
	Err error
}

// Error names the field, its type and the problem.
func (e *FieldError) Error() string {
	return fmt.Sprintf("benchling: field %q (%s): %v", e.Field, e.Type, e.Err)
}

// Unwrap returns e.Err.
func (e *FieldError) Unwrap() error { return e.Err }

// FieldsError lists every field that MarshalFields or UnmarshalFields
// could not convert. UnmarshalFields still sets the fields that fit, so a
// caller may choose to go on with them. errors.Is and errors.As see
// through it to each *FieldError.
type FieldsError struct {
	// Struct is the Go type converted, for example "*schemas.Plasmid".
	Struct string
	// Errors are the fields' problems, in the order of the struct's
	// bindings.
	Errors []*FieldError
}

// Error lists the fields and their problems.
func (e *FieldsError) Error() string {
	var b strings.Builder
	if len(e.Errors) == 1 {
		fmt.Fprintf(&b, "benchling: 1 field of %s does not fit: ", e.Struct)
	} else {
		fmt.Fprintf(&b, "benchling: %d fields of %s do not fit: ", len(e.Errors), e.Struct)
	}
	for i, fe := range e.Errors {
		if i > 0 {
			b.WriteString("; ")
		}
		fmt.Fprintf(&b, "field %q (%s): %v", fe.Field, fe.Type, fe.Err)
	}
	return b.String()
}

// Unwrap returns the field errors.
func (e *FieldsError) Unwrap() []error {
	out := make([]error, len(e.Errors))
	for i, fe := range e.Errors {
		out[i] = fe
	}
	return out
}

// problem is a FieldError's Err: a message that matches a sentinel.
type problem struct {
	kind error
	msg  string
}

func (p *problem) Error() string        { return p.msg }
func (p *problem) Is(target error) bool { return target == p.kind }

// missing is the problem of a required field with no value.
func missing() error { return &problem{kind: ErrMissingField, msg: "required field has no value"} }

func mismatch(format string, args ...any) error {
	return &problem{kind: ErrFieldType, msg: fmt.Sprintf(format, args...)}
}

// FieldCodec converts the values of one field type to and from
// FieldValues, for the binding functions (RequiredField, OptionalField,
// MultiField, RequiredMultiField). Get one from StringCodec,
// DropdownCodec, IntegerCodec, FloatCodec, BooleanCodec, DateCodec,
// DatetimeCodec, JSONCodec or RawCodec; the zero FieldCodec converts
// nothing (every use is an error).
type FieldCodec[T any] struct {
	typ    FieldType
	decode func(FieldValue) (T, error)
	encode func(T) (FieldValue, error)
	empty  func(T) bool // a value a required field may not have; nil: none
}

// Type returns the field type the codec is for.
func (c FieldCodec[T]) Type() FieldType { return c.typ }

// StringCodec converts the values of text fields (FieldTypeText,
// FieldTypeLongText) and of link fields (FieldTypeEntityLink,
// FieldTypeBlobLink, ...: the linked item's ID) to S, a string type (a
// typed ID, say). typ is the field's type; the empty string is no value.
func StringCodec[S ~string](typ FieldType) FieldCodec[S] {
	return FieldCodec[S]{
		typ: typ,
		decode: func(v FieldValue) (S, error) {
			s, ok := v.AsString()
			if !ok {
				return "", mismatch("want a string, got %s", snippet(v))
			}
			return S(s), nil
		},
		encode: func(s S) (FieldValue, error) { return StringValue(string(s)), nil },
		empty:  func(s S) bool { return s == "" },
	}
}

// DropdownValue is the constraint of DropdownCodec: a string type whose
// values are the option IDs of one dropdown (sfs_...), which knows its
// options. benchling-schemagen writes one such type per dropdown, with a
// constant per option.
type DropdownValue interface {
	~string
	// OptionName returns the name of the option whose ID the value is,
	// and false for an ID that is not an option the type knows.
	OptionName() (string, bool)
}

// DropdownCodec converts the values of dropdown fields (FieldTypeDropdown:
// an option's ID) to S. An ID S does not know is an error matching
// ErrUnknownOption, both ways.
func DropdownCodec[S DropdownValue]() FieldCodec[S] {
	check := func(s S) error {
		if _, ok := s.OptionName(); !ok {
			return &problem{kind: ErrUnknownOption, msg: fmt.Sprintf("%q is not an option of %T (if the dropdown gained it, run the generator again)", string(s), s)}
		}
		return nil
	}
	return FieldCodec[S]{
		typ: FieldTypeDropdown,
		decode: func(v FieldValue) (S, error) {
			s, ok := v.AsString()
			if !ok {
				return "", mismatch("want an option ID, got %s", snippet(v))
			}
			return S(s), check(S(s))
		},
		encode: func(s S) (FieldValue, error) {
			if err := check(s); err != nil {
				return FieldValue{}, err
			}
			return StringValue(string(s)), nil
		},
		empty: func(s S) bool { return s == "" },
	}
}

// IntegerCodec converts the values of integer fields (FieldTypeInteger)
// to int. A number with a fraction, or beyond int, is an error.
func IntegerCodec() FieldCodec[int] {
	return FieldCodec[int]{
		typ: FieldTypeInteger,
		decode: func(v FieldValue) (int, error) {
			if v.Kind() != FieldValueNumber || v.nonFinite != nil {
				return 0, mismatch("want an integer, got %s", snippet(v))
			}
			if n, err := strconv.ParseInt(string(v.raw), 10, 0); err == nil {
				return int(n), nil
			}
			f, ok := v.AsFloat()
			if !ok || f != math.Trunc(f) || f < math.MinInt || f >= math.MaxInt {
				return 0, mismatch("%s is not an integer", snippet(v))
			}
			return int(f), nil
		},
		encode: func(n int) (FieldValue, error) {
			return FieldValue{raw: strconv.AppendInt(nil, int64(n), 10)}, nil
		},
	}
}

// FloatCodec converts the values of float fields (FieldTypeFloat) to
// float64. NaN and infinities cannot be sent (JSON has no such numbers).
func FloatCodec() FieldCodec[float64] {
	return FieldCodec[float64]{
		typ: FieldTypeFloat,
		decode: func(v FieldValue) (float64, error) {
			f, ok := v.AsFloat()
			if !ok {
				return 0, mismatch("want a number, got %s", snippet(v))
			}
			return f, nil
		},
		encode: func(f float64) (FieldValue, error) {
			if math.IsNaN(f) || math.IsInf(f, 0) {
				return FieldValue{}, mismatch("%v cannot be sent: JSON has no such number", f)
			}
			return NumberValue(f), nil
		},
	}
}

// BooleanCodec converts the values of boolean fields (FieldTypeBoolean)
// to bool.
func BooleanCodec() FieldCodec[bool] {
	return FieldCodec[bool]{
		typ: FieldTypeBoolean,
		decode: func(v FieldValue) (bool, error) {
			b, ok := v.AsBool()
			if !ok {
				return false, mismatch("want true or false, got %s", snippet(v))
			}
			return b, nil
		},
		encode: func(b bool) (FieldValue, error) { return BoolValue(b), nil },
	}
}

// DateCodec converts the values of date fields (FieldTypeDate, written
// YYYY-MM-DD) to Date. The zero Date is no value; an invalid one is an
// error.
func DateCodec() FieldCodec[Date] {
	return FieldCodec[Date]{
		typ: FieldTypeDate,
		decode: func(v FieldValue) (Date, error) {
			s, ok := v.AsString()
			if !ok {
				return Date{}, mismatch("want a date (YYYY-MM-DD), got %s", snippet(v))
			}
			d, err := ParseDate(s)
			if err != nil {
				return Date{}, mismatch("%s is not a date (YYYY-MM-DD)", snippet(v))
			}
			return d, nil
		},
		encode: func(d Date) (FieldValue, error) {
			if !d.IsValid() {
				return FieldValue{}, mismatch("%s is not a valid date", d)
			}
			return StringValue(d.String()), nil
		},
		empty: Date.IsZero,
	}
}

// DatetimeCodec converts the values of datetime fields
// (FieldTypeDatetime, RFC 3339 text) to time.Time; it writes them in
// RFC 3339 with the time's offset. The zero time is no value.
func DatetimeCodec() FieldCodec[time.Time] {
	return FieldCodec[time.Time]{
		typ: FieldTypeDatetime,
		decode: func(v FieldValue) (time.Time, error) {
			s, ok := v.AsString()
			if !ok {
				return time.Time{}, mismatch("want an RFC 3339 date-time, got %s", snippet(v))
			}
			t, err := time.Parse(time.RFC3339Nano, s)
			if err != nil {
				// Benchling writes some date-times with a space (Python's
				// isoformat with sep=" ").
				if t, err = time.Parse("2006-01-02 15:04:05.999999999Z07:00", s); err != nil {
					return time.Time{}, mismatch("%s is not an RFC 3339 date-time", snippet(v))
				}
			}
			return t, nil
		},
		encode: func(t time.Time) (FieldValue, error) {
			if y := t.Year(); y < 0 || y > 9999 {
				return FieldValue{}, mismatch("year %d cannot be written in RFC 3339", y)
			}
			return StringValue(t.Format(time.RFC3339Nano)), nil
		},
		empty: time.Time.IsZero,
	}
}

// JSONCodec converts the values of JSON fields (FieldTypeJSON) to their
// JSON text, kept as it is. An empty RawMessage is no value; one that is
// not valid JSON is an error.
func JSONCodec() FieldCodec[json.RawMessage] {
	return FieldCodec[json.RawMessage]{
		typ: FieldTypeJSON,
		decode: func(v FieldValue) (json.RawMessage, error) {
			return bytes.Clone(v.raw), nil
		},
		encode: func(m json.RawMessage) (FieldValue, error) {
			if !json.Valid(m) {
				return FieldValue{}, mismatch("the value is not valid JSON")
			}
			return FieldValue{raw: bytes.Clone(bytes.TrimSpace(m))}, nil
		},
		empty: func(m json.RawMessage) bool {
			return len(bytes.TrimSpace(m)) == 0 || string(bytes.TrimSpace(m)) == "null"
		},
	}
}

// RawCodec keeps the values of a field of type typ as FieldValues, as
// they are: for a field type the other codecs do not cover (one newer
// than this SDK). A null FieldValue is no value.
func RawCodec(typ FieldType) FieldCodec[FieldValue] {
	return FieldCodec[FieldValue]{
		typ:    typ,
		decode: func(v FieldValue) (FieldValue, error) { return FieldValue{raw: bytes.Clone(v.raw)}, nil },
		encode: func(v FieldValue) (FieldValue, error) {
			if v.nonFinite != nil {
				return FieldValue{}, mismatch("%v cannot be sent: JSON has no such number", *v.nonFinite)
			}
			return v, nil
		},
		empty: FieldValue.IsNull,
	}
}

// snippet shows a value in an error message: its JSON, cut short.
func snippet(v FieldValue) string {
	if v.nonFinite != nil {
		return fmt.Sprint(*v.nonFinite)
	}
	if len(v.raw) == 0 {
		return "null"
	}
	const most = 40
	s := string(v.raw)
	if len(s) > most {
		s = s[:most] + "..."
	}
	return s
}

// FieldBinding ties one schema field to the struct field that holds it.
// Make bindings with RequiredField, OptionalField, MultiField and
// RequiredMultiField, in a BenchlingFields method (TypedFields).
type FieldBinding struct {
	name     string
	typ      FieldType
	required bool
	multi    bool
	bound    bool
	reset    func()
	decode   func(FieldValue) error
	encode   func() (v FieldValue, set bool, err error) // set: the field has a value
}

// Name returns the schema field's name (its key in Fields).
func (b FieldBinding) Name() string { return b.name }

// Type returns the field's type.
func (b FieldBinding) Type() FieldType { return b.typ }

// IsRequired reports whether the field is required.
func (b FieldBinding) IsRequired() bool { return b.required }

// IsMulti reports whether the field holds a list of values.
func (b FieldBinding) IsMulti() bool { return b.multi }

// RequiredField binds the required field name to *p, which holds its
// value. Decoding fields where it is absent or null is an error matching
// ErrMissingField, and so is encoding a value the codec counts as none
// (an empty string, the zero Date or time); false and 0 are values.
func RequiredField[T any](name string, p *T, c FieldCodec[T]) FieldBinding {
	b := FieldBinding{name: name, typ: c.typ, required: true, bound: p != nil && c.decode != nil}
	if !b.bound {
		return b
	}
	b.reset = func() { var zero T; *p = zero }
	b.decode = func(v FieldValue) error {
		x, err := c.decode(v)
		*p = x
		return err
	}
	b.encode = func() (FieldValue, bool, error) {
		if c.empty != nil && c.empty(*p) {
			return FieldValue{}, false, missing()
		}
		v, err := c.encode(*p)
		return v, err == nil, err
	}
	return b
}

// OptionalField binds the optional field name to *p: nil when the field
// has no value. Encoding leaves a nil field out of Fields, which in an
// update leaves it unchanged; to clear a field, set its entry to
// Field{Value: NullValue()} in the Fields MarshalFields returns.
func OptionalField[T any](name string, p **T, c FieldCodec[T]) FieldBinding {
	b := FieldBinding{name: name, typ: c.typ, bound: p != nil && c.decode != nil}
	if !b.bound {
		return b
	}
	b.reset = func() { *p = nil }
	b.decode = func(v FieldValue) error {
		x, err := c.decode(v)
		if err == nil || errors.Is(err, ErrUnknownOption) {
			*p = &x
		}
		return err
	}
	b.encode = func() (FieldValue, bool, error) {
		if *p == nil {
			return FieldValue{}, false, nil
		}
		v, err := c.encode(**p)
		return v, err == nil, err
	}
	return b
}

// MultiField binds the optional multi-value field name to *p, which holds
// its values in order: nil when the field has none. Encoding leaves a nil
// slice out of Fields (unchanged in an update) and sends an empty,
// non-nil one as [] (which clears the field).
func MultiField[T any](name string, p *[]T, c FieldCodec[T]) FieldBinding {
	return multiField(name, p, c, false)
}

// RequiredMultiField binds the required multi-value field name to *p.
// Decoding fields where it is absent or null, and encoding an empty list,
// are errors matching ErrMissingField.
func RequiredMultiField[T any](name string, p *[]T, c FieldCodec[T]) FieldBinding {
	return multiField(name, p, c, true)
}

func multiField[T any](name string, p *[]T, c FieldCodec[T], required bool) FieldBinding {
	b := FieldBinding{name: name, typ: c.typ, required: required, multi: true, bound: p != nil && c.decode != nil}
	if !b.bound {
		return b
	}
	b.reset = func() { *p = nil }
	b.decode = func(v FieldValue) error {
		var items []json.RawMessage
		if len(v.raw) == 0 || v.raw[0] != '[' || json.Unmarshal(v.raw, &items) != nil {
			return mismatch("want a list, got %s", snippet(v))
		}
		out := make([]T, 0, len(items))
		var errs []error
		for i, raw := range items {
			item := FieldValue{raw: bytes.TrimSpace(raw)}
			if item.IsNull() {
				errs = append(errs, mismatch("item %d is null", i))
				continue
			}
			x, err := c.decode(item)
			if err != nil {
				errs = append(errs, itemError(i, err))
				if !errors.Is(err, ErrUnknownOption) {
					continue
				}
			}
			out = append(out, x)
		}
		*p = out
		return joinProblems(errs)
	}
	b.encode = func() (FieldValue, bool, error) {
		if *p == nil && !required {
			return FieldValue{}, false, nil
		}
		if len(*p) == 0 && required {
			return FieldValue{}, false, missing()
		}
		var buf bytes.Buffer
		buf.WriteByte('[')
		var errs []error
		for i, x := range *p {
			if c.empty != nil && c.empty(x) {
				errs = append(errs, mismatch("item %d has no value", i))
				continue
			}
			v, err := c.encode(x)
			if err != nil {
				errs = append(errs, itemError(i, err))
				continue
			}
			if buf.Len() > 1 {
				buf.WriteByte(',')
			}
			buf.Write(v.raw)
		}
		buf.WriteByte(']')
		if err := joinProblems(errs); err != nil {
			return FieldValue{}, false, err
		}
		return FieldValue{raw: buf.Bytes()}, true, nil
	}
	return b
}

// itemError prefixes a problem with the index of the list item it is
// about, keeping the sentinel it matches.
func itemError(i int, err error) error {
	kind := ErrFieldType
	if errors.Is(err, ErrUnknownOption) {
		kind = ErrUnknownOption
	}
	return &problem{kind: kind, msg: fmt.Sprintf("item %d: %v", i, err)}
}

// joinProblems is nil for none, the problem for one, and one problem for
// several, matching the sentinel of the first.
func joinProblems(errs []error) error {
	switch len(errs) {
	case 0:
		return nil
	case 1:
		return errs[0]
	}
	msgs := make([]string, len(errs))
	for i, e := range errs {
		msgs[i] = e.Error()
	}
	kind := ErrFieldType
	if errors.Is(errs[0], ErrUnknownOption) {
		kind = ErrUnknownOption
	}
	return &problem{kind: kind, msg: strings.Join(msgs, ", ")}
}

// bindings returns v's bindings, or an error for a nil v, a binding made
// from a nil pointer or a zero FieldCodec, or two bindings of one field.
func bindings(v TypedFields, op string) ([]FieldBinding, string, error) {
	if v == nil {
		return nil, "", fmt.Errorf("benchling: %s: nil TypedFields", op)
	}
	name := fmt.Sprintf("%T", v)
	if rv := reflect.ValueOf(v); rv.Kind() == reflect.Pointer && rv.IsNil() {
		return nil, name, fmt.Errorf("benchling: %s: nil %s", op, name)
	}
	bs := v.BenchlingFields()
	seen := make(map[string]bool, len(bs))
	for _, b := range bs {
		if !b.bound {
			return nil, name, fmt.Errorf("benchling: %s: %s binds field %q to a nil pointer or with a zero FieldCodec", op, name, b.name)
		}
		if seen[b.name] {
			return nil, name, fmt.Errorf("benchling: %s: %s binds field %q twice", op, name, b.name)
		}
		seen[b.name] = true
	}
	return bs, name, nil
}

// compatibleTypes reports whether a field the response says is of type
// got fits a binding of type want: the same type, or no type said; text
// and long text (both strings); or two kinds of link (both IDs: the API
// may name a link to a schema's items by the items' kind).
func compatibleTypes(got, want FieldType) bool {
	if got == "" || want == "" || got == want {
		return true
	}
	text := func(t FieldType) bool { return t == FieldTypeText || t == FieldTypeLongText }
	link := func(t FieldType) bool { return strings.HasSuffix(string(t), "_link") }
	return text(got) && text(want) || link(got) && link(want)
}

// UnmarshalFields sets every field of the struct v points to from fields
// (an entity's, entry's or result's Fields). A field absent from fields,
// or null, leaves its struct field zero (nil for optional and multi-value
// fields), which for a required field is an error matching
// ErrMissingField. Fields the struct does not bind (fields the schema
// gained since the struct was generated) are ignored.
//
// A value that does not fit is an error naming the field: ErrFieldType
// for a value of the wrong kind, or a field whose type in the response
// (Field.Type) is not the struct's (text and long text count as one
// type, and so do the kinds of link); ErrUnknownOption for a dropdown
// option the Go type does not know. Every field is tried: the error is a
// *FieldsError listing all that failed, and the fields that fit are set
// (an unknown option is kept as it is, so it can be shown or compared).
func UnmarshalFields(fields Fields, v TypedFields) error {
	bs, name, err := bindings(v, "UnmarshalFields")
	if err != nil {
		return err
	}
	var errs []*FieldError
	for _, b := range bs {
		b.reset()
		f, ok := fields[b.name]
		if ok && !compatibleTypes(f.Type, b.typ) {
			errs = append(errs, &FieldError{Field: b.name, Type: b.typ,
				Err: mismatch("the tenant's field is of type %s, the struct's of type %s (if the schema changed, run the generator again)", f.Type, b.typ)})
			continue
		}
		if !ok || f.Value.IsNull() {
			if b.required {
				errs = append(errs, &FieldError{Field: b.name, Type: b.typ, Err: missing()})
			}
			continue
		}
		if err := b.decode(f.Value); err != nil {
			errs = append(errs, &FieldError{Field: b.name, Type: b.typ, Err: err})
		}
	}
	if len(errs) > 0 {
		return &FieldsError{Struct: name, Errors: errs}
	}
	return nil
}

// MarshalFields returns the Fields of the struct v points to, for the
// Fields of a create, update or upsert body. Optional fields that are nil
// and multi-value fields that are nil are left out (in an update: left
// unchanged); an empty, non-nil slice is sent as [], which clears the
// field. To clear an optional field, set its entry to Field{Value:
// NullValue()} in the result. Links are sent as the IDs the struct holds;
// for an upsert that links by registry ID, replace the entry with
// RegistryIDValue.
//
// A value that cannot be sent is an error naming the field:
// ErrMissingField for a required field with no value, ErrUnknownOption
// for a dropdown value that is not one of its type's options,
// ErrFieldType for NaN, an invalid Date or invalid JSON. The error is a
// *FieldsError listing every such field, and no Fields are returned.
//
// A required boolean or number is always sent, so an update built from a
// zero struct sets it to false or 0: for an update, start from
// UnmarshalFields of the item's current Fields and change what you mean to.
func MarshalFields(v TypedFields) (Fields, error) {
	bs, name, err := bindings(v, "MarshalFields")
	if err != nil {
		return nil, err
	}
	out := make(Fields, len(bs))
	var errs []*FieldError
	for _, b := range bs {
		val, set, err := b.encode()
		switch {
		case err != nil:
			errs = append(errs, &FieldError{Field: b.name, Type: b.typ, Err: err})
		case set:
			out[b.name] = Field{Value: val}
		}
	}
	if len(errs) > 0 {
		return nil, &FieldsError{Struct: name, Errors: errs}
	}
	return out, nil
}
