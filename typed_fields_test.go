package benchling_test

import (
	"encoding/json"
	"errors"
	"math"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/benchling-go/benchling"
	"github.com/google/go-cmp/cmp"
)

// marker is a dropdown type as benchling-schemagen writes one.
type marker string

const (
	markerAmp marker = "sfs_amp"
	markerKan marker = "sfs_kan"
)

func (m marker) OptionName() (string, bool) {
	switch m {
	case markerAmp:
		return "Ampicillin", true
	case markerKan:
		return "Kanamycin", true
	}
	return "", false
}

// backboneID is a typed ID, as benchling-schemagen writes them.
type backboneID string

// every has a field of each codec, in each of its shapes.
type every struct {
	Name      string
	Notes     *string
	Tags      []string
	Host      marker
	Marker    *marker
	Markers   []marker
	Count     *int
	Counts    []int
	Conc      *float64
	Verified  bool
	Flag      *bool
	Cloned    *benchling.Date
	Dates     []benchling.Date
	Sequenced *time.Time
	Meta      *json.RawMessage
	Backbone  *backboneID
	Parts     []backboneID
	Map       *string
	Future    *benchling.FieldValue
	Need      []backboneID
}

func (e *every) BenchlingFields() []benchling.FieldBinding {
	return []benchling.FieldBinding{
		benchling.RequiredField("Name", &e.Name, benchling.StringCodec[string](benchling.FieldTypeText)),
		benchling.OptionalField("Notes", &e.Notes, benchling.StringCodec[string](benchling.FieldTypeLongText)),
		benchling.MultiField("Tags", &e.Tags, benchling.StringCodec[string](benchling.FieldTypeText)),
		benchling.RequiredField("Host", &e.Host, benchling.DropdownCodec[marker]()),
		benchling.OptionalField("Marker", &e.Marker, benchling.DropdownCodec[marker]()),
		benchling.MultiField("Markers", &e.Markers, benchling.DropdownCodec[marker]()),
		benchling.OptionalField("Copy Number", &e.Count, benchling.IntegerCodec()),
		benchling.MultiField("Counts", &e.Counts, benchling.IntegerCodec()),
		benchling.OptionalField("Concentration", &e.Conc, benchling.FloatCodec()),
		benchling.RequiredField("Verified", &e.Verified, benchling.BooleanCodec()),
		benchling.OptionalField("Flag", &e.Flag, benchling.BooleanCodec()),
		benchling.OptionalField("Cloned On", &e.Cloned, benchling.DateCodec()),
		benchling.MultiField("Dates", &e.Dates, benchling.DateCodec()),
		benchling.OptionalField("Last Sequenced", &e.Sequenced, benchling.DatetimeCodec()),
		benchling.OptionalField("Metadata", &e.Meta, benchling.JSONCodec()),
		benchling.OptionalField("Backbone", &e.Backbone, benchling.StringCodec[backboneID](benchling.FieldTypeEntityLink)),
		benchling.MultiField("Parts", &e.Parts, benchling.StringCodec[backboneID](benchling.FieldTypePartLink)),
		benchling.OptionalField("Map", &e.Map, benchling.StringCodec[string](benchling.FieldTypeBlobLink)),
		benchling.OptionalField("Future", &e.Future, benchling.RawCodec("future_link")),
		benchling.RequiredMultiField("Need", &e.Need, benchling.StringCodec[backboneID](benchling.FieldTypeEntityLink)),
	}
}

// everyFields are Fields as Benchling returns them for every: each with
// its type, display value and isMulti.
const everyFields = `{
	"Name": {"value": "pUC19", "type": "text", "displayValue": "pUC19", "isMulti": false},
	"Notes": {"value": "a high-copy\nplasmid", "type": "long_text", "isMulti": false},
	"Tags": {"value": ["cloning", "amp"], "type": "text", "isMulti": true},
	"Host": {"value": "sfs_kan", "type": "dropdown", "displayValue": "Kanamycin"},
	"Marker": {"value": "sfs_amp", "type": "dropdown", "displayValue": "Ampicillin"},
	"Markers": {"value": ["sfs_amp", "sfs_kan"], "type": "dropdown", "isMulti": true},
	"Copy Number": {"value": 500, "type": "integer"},
	"Counts": {"value": [1, 2, -3], "type": "integer", "isMulti": true},
	"Concentration": {"value": 12.25, "type": "float"},
	"Verified": {"value": false, "type": "boolean"},
	"Flag": {"value": true, "type": "boolean"},
	"Cloned On": {"value": "2024-02-29", "type": "date"},
	"Dates": {"value": ["2024-01-01", "2023-12-31"], "type": "date", "isMulti": true},
	"Last Sequenced": {"value": "2024-03-01T10:20:30.5+01:00", "type": "datetime"},
	"Metadata": {"value": {"lot": 7, "tags": ["a"]}, "type": "json"},
	"Backbone": {"value": "seq_bb1", "type": "entity_link", "displayValue": "pUC ori"},
	"Parts": {"value": ["seq_p1", "seq_p2"], "type": "part_link", "isMulti": true},
	"Map": {"value": "c33fe52b-fd5c-4b8c-9b3e-3a4d1f2e5c6d", "type": "blob_link"},
	"Future": {"value": {"anything": [1, {"x": null}]}, "type": "future_link"},
	"Need": {"value": ["seq_n1"], "type": "entity_link", "isMulti": true},
	"Not In The Struct": {"value": "ignored", "type": "text"}
}`

func decodeFields(t *testing.T, s string) benchling.Fields {
	t.Helper()
	var f benchling.Fields
	if err := json.Unmarshal([]byte(s), &f); err != nil {
		t.Fatal(err)
	}
	return f
}

// TestTypedFieldsRoundTrip: Fields -> struct -> Fields for every codec in
// every shape gives back each value, and the struct holds the typed
// values.
func TestTypedFieldsRoundTrip(t *testing.T) {
	in := decodeFields(t, everyFields)
	var got every
	if err := benchling.UnmarshalFields(in, &got); err != nil {
		t.Fatal(err)
	}
	meta := json.RawMessage(`{"lot": 7, "tags": ["a"]}`)
	future := benchling.FieldValue{}
	if err := json.Unmarshal([]byte(`{"anything": [1, {"x": null}]}`), &future); err != nil {
		t.Fatal(err)
	}
	want := every{
		Name: "pUC19", Notes: benchling.Ptr("a high-copy\nplasmid"), Tags: []string{"cloning", "amp"},
		Host: markerKan, Marker: benchling.Ptr(markerAmp), Markers: []marker{markerAmp, markerKan},
		Count: benchling.Ptr(500), Counts: []int{1, 2, -3}, Conc: benchling.Ptr(12.25),
		Verified: false, Flag: benchling.Ptr(true),
		Cloned:    &benchling.Date{Year: 2024, Month: time.February, Day: 29},
		Dates:     []benchling.Date{{Year: 2024, Month: 1, Day: 1}, {Year: 2023, Month: 12, Day: 31}},
		Sequenced: benchling.Ptr(time.Date(2024, 3, 1, 10, 20, 30, 5e8, time.FixedZone("", 3600))),
		Meta:      &meta, Backbone: benchling.Ptr(backboneID("seq_bb1")), Parts: []backboneID{"seq_p1", "seq_p2"},
		Map: benchling.Ptr("c33fe52b-fd5c-4b8c-9b3e-3a4d1f2e5c6d"), Future: &future, Need: []backboneID{"seq_n1"},
	}
	if diff := cmp.Diff(want, got, cmp.Comparer(func(a, b time.Time) bool { return a.Equal(b) }),
		cmp.Comparer(func(a, b json.RawMessage) bool { return benchlingJSONEqual(t, a, b) })); diff != "" {
		t.Fatalf("decoded struct (-want +got):\n%s", diff)
	}

	out, err := benchling.MarshalFields(&got)
	if err != nil {
		t.Fatal(err)
	}
	delete(in, "Not In The Struct")
	if len(out) != len(in) {
		t.Errorf("MarshalFields gave %d fields, want %d", len(out), len(in))
	}
	for name, f := range in {
		o, ok := out[name]
		if !ok {
			t.Errorf("%q missing from MarshalFields", name)
			continue
		}
		if !o.Value.Equal(f.Value) {
			if name == "Last Sequenced" {
				continue // checked below: the same instant, written anew
			}
			t.Errorf("%q: value %s, want %s", name, o.Value.Raw(), f.Value.Raw())
		}
		if o.Type != "" || o.DisplayValue != nil || o.IsMulti {
			t.Errorf("%q: MarshalFields set read-only members: %+v", name, o)
		}
	}
	if s, _ := out["Last Sequenced"].Value.AsString(); s != "2024-03-01T10:20:30.5+01:00" {
		t.Errorf("datetime written as %q", s)
	}
	// And once more: the encoded fields decode to the same struct.
	var again every
	if err := benchling.UnmarshalFields(out, &again); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(got, again, cmp.Comparer(func(a, b time.Time) bool { return a.Equal(b) }),
		cmp.Comparer(func(a, b json.RawMessage) bool { return benchlingJSONEqual(t, a, b) })); diff != "" {
		t.Errorf("second round (-first +second):\n%s", diff)
	}
}

func benchlingJSONEqual(t *testing.T, a, b json.RawMessage) bool {
	t.Helper()
	var x, y any
	if json.Unmarshal(a, &x) != nil || json.Unmarshal(b, &y) != nil {
		return string(a) == string(b)
	}
	return cmp.Equal(x, y)
}

// minimal is every with only what is required.
func minimalFields() string {
	return `{"Name": {"value": "n"}, "Host": {"value": "sfs_amp"}, "Verified": {"value": true}, "Need": {"value": ["seq_1"]}}`
}

// TestUnmarshalFieldsAbsentAndNull: optional fields absent or null are
// nil, and decoding into a used struct clears what the fields lack.
func TestUnmarshalFieldsAbsentAndNull(t *testing.T) {
	got := every{Notes: benchling.Ptr("stale"), Tags: []string{"stale"}, Count: benchling.Ptr(3), Flag: benchling.Ptr(true)}
	f := decodeFields(t, minimalFields())
	f["Notes"] = benchling.Field{Value: benchling.NullValue(), Type: benchling.FieldTypeLongText}
	f["Tags"] = benchling.Field{Value: benchling.NullValue()}
	if err := benchling.UnmarshalFields(f, &got); err != nil {
		t.Fatal(err)
	}
	want := every{Name: "n", Host: markerAmp, Verified: true, Need: []backboneID{"seq_1"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestUnmarshalFieldsErrors: each way the tenant's data can fail to fit
// is an error naming the field, matching its sentinel; every field is
// tried, and the fields that fit are set.
func TestUnmarshalFieldsErrors(t *testing.T) {
	cases := []struct {
		field, value, typ string
		want              error
		msg               string
	}{
		{"Copy Number", `2.5`, "integer", benchling.ErrFieldType, `field "Copy Number" (integer): 2.5 is not an integer`},
		{"Copy Number", `"12"`, "", benchling.ErrFieldType, `want an integer, got "12"`},
		{"Copy Number", `1e300`, "", benchling.ErrFieldType, `1e300 is not an integer`},
		{"Concentration", `"high"`, "", benchling.ErrFieldType, `field "Concentration" (float): want a number, got "high"`},
		{"Flag", `"yes"`, "", benchling.ErrFieldType, `want true or false, got "yes"`},
		{"Cloned On", `"2024-02-30"`, "", benchling.ErrFieldType, `"2024-02-30" is not a date (YYYY-MM-DD)`},
		{"Cloned On", `20240101`, "", benchling.ErrFieldType, `want a date (YYYY-MM-DD), got 20240101`},
		{"Last Sequenced", `"yesterday"`, "", benchling.ErrFieldType, `"yesterday" is not an RFC 3339 date-time`},
		{"Marker", `"sfs_new"`, "dropdown", benchling.ErrUnknownOption, `field "Marker" (dropdown): "sfs_new" is not an option of benchling_test.marker`},
		{"Markers", `["sfs_amp", "sfs_gone"]`, "", benchling.ErrUnknownOption, `item 1: "sfs_gone" is not an option`},
		{"Markers", `"sfs_amp"`, "", benchling.ErrFieldType, `want a list, got "sfs_amp"`},
		{"Counts", `[1, null, "x"]`, "", benchling.ErrFieldType, `item 1 is null, item 2: want an integer, got "x"`},
		{"Backbone", `["seq_1"]`, "", benchling.ErrFieldType, `field "Backbone" (entity_link): want a string, got ["seq_1"]`},
		{"Backbone", `"seq_1"`, "text", benchling.ErrFieldType, `the tenant's field is of type text, the struct's of type entity_link`},
		{"Flag", `true`, "integer", benchling.ErrFieldType, `the tenant's field is of type integer, the struct's of type boolean`},
		{"Verified", `null`, "", benchling.ErrMissingField, `field "Verified" (boolean): required field has no value`},
		{"Need", `null`, "", benchling.ErrMissingField, `field "Need" (entity_link): required field has no value`},
		{"Notes", `"` + strings.Repeat("x", 100) + `"`, "integer", benchling.ErrFieldType, `the tenant's field is of type integer`},
	}
	for _, tc := range cases {
		t.Run(tc.field+" "+tc.value, func(t *testing.T) {
			f := decodeFields(t, minimalFields())
			var v benchling.FieldValue
			if err := json.Unmarshal([]byte(tc.value), &v); err != nil {
				t.Fatal(err)
			}
			f[tc.field] = benchling.Field{Value: v, Type: benchling.FieldType(tc.typ)}
			var got every
			err := benchling.UnmarshalFields(f, &got)
			if !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want one matching %v", err, tc.want)
			}
			if err == nil || !strings.Contains(err.Error(), tc.msg) || !strings.HasPrefix(err.Error(), "benchling: 1 field of *benchling_test.every does not fit: ") {
				t.Errorf("err = %q, want it to contain %q", err, tc.msg)
			}
			var fe *benchling.FieldError
			if !errors.As(err, &fe) || fe.Field != tc.field {
				t.Errorf("errors.As FieldError: %+v, want field %q", fe, tc.field)
			}
			if got.Name != "n" || !got.Verified && tc.field != "Verified" {
				t.Errorf("the fields that fit were not set: %+v", got)
			}
		})
	}

	t.Run("several", func(t *testing.T) {
		f := decodeFields(t, `{"Host": {"value": "sfs_x"}, "Copy Number": {"value": true}}`)
		var got every
		err := benchling.UnmarshalFields(f, &got)
		var fsErr *benchling.FieldsError
		if !errors.As(err, &fsErr) {
			t.Fatalf("err = %v, want a *FieldsError", err)
		}
		var names []string
		for _, fe := range fsErr.Errors {
			names = append(names, fe.Field)
		}
		if diff := cmp.Diff([]string{"Name", "Host", "Copy Number", "Verified", "Need"}, names); diff != "" {
			t.Errorf("fields in error (-want +got):\n%s", diff)
		}
		if !errors.Is(err, benchling.ErrMissingField) || !errors.Is(err, benchling.ErrUnknownOption) || !errors.Is(err, benchling.ErrFieldType) {
			t.Errorf("err %v does not match all three sentinels", err)
		}
		if !strings.HasPrefix(err.Error(), "benchling: 5 fields of *benchling_test.every do not fit: ") {
			t.Errorf("err = %q", err)
		}
		if got.Host != "sfs_x" {
			t.Errorf("an unknown option is not kept: %q", got.Host)
		}
	})
}

// TestMarshalFieldsOmitAndClear: nil optional and multi-value fields are
// left out; an empty slice is sent as []; zero values of required
// booleans and numbers are sent.
func TestMarshalFieldsOmitAndClear(t *testing.T) {
	v := every{Name: "n", Host: markerAmp, Need: []backboneID{"seq_1"}, Tags: []string{}, Counts: []int{0}}
	got, err := benchling.MarshalFields(&v)
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(got)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"Counts":{"value":[0]},"Host":{"value":"sfs_amp"},"Name":{"value":"n"},"Need":{"value":["seq_1"]},"Tags":{"value":[]},"Verified":{"value":false}}`
	if string(b) != want {
		t.Errorf("MarshalFields =\n%s\nwant\n%s", b, want)
	}
}

// TestMarshalFieldsErrors: values that cannot be sent are errors naming
// the field, and nothing is returned.
func TestMarshalFieldsErrors(t *testing.T) {
	base := func() every { return every{Name: "n", Host: markerAmp, Need: []backboneID{"seq_1"}} }
	cases := []struct {
		name   string
		change func(*every)
		want   error
		msg    string
	}{
		{"required text empty", func(e *every) { e.Name = "" }, benchling.ErrMissingField, `field "Name" (text): required field has no value`},
		{"required dropdown empty", func(e *every) { e.Host = "" }, benchling.ErrMissingField, `field "Host"`},
		{"required multi empty", func(e *every) { e.Need = []backboneID{} }, benchling.ErrMissingField, `field "Need"`},
		{"required multi nil", func(e *every) { e.Need = nil }, benchling.ErrMissingField, `field "Need"`},
		{"unknown option", func(e *every) { e.Marker = benchling.Ptr(marker("Ampicillin")) }, benchling.ErrUnknownOption, `field "Marker" (dropdown): "Ampicillin" is not an option`},
		{"unknown option in a list", func(e *every) { e.Markers = []marker{markerKan, "sfs_x"} }, benchling.ErrUnknownOption, `item 1: "sfs_x"`},
		{"NaN", func(e *every) { e.Conc = benchling.Ptr(math.NaN()) }, benchling.ErrFieldType, `field "Concentration" (float): NaN cannot be sent`},
		{"infinity", func(e *every) { e.Conc = benchling.Ptr(math.Inf(1)) }, benchling.ErrFieldType, `+Inf cannot be sent`},
		{"invalid date", func(e *every) { e.Cloned = &benchling.Date{Year: 2023, Month: 2, Day: 29} }, benchling.ErrFieldType, `2023-02-29 is not a valid date`},
		{"zero date in a list", func(e *every) { e.Dates = []benchling.Date{{}} }, benchling.ErrFieldType, `item 0 has no value`},
		{"datetime beyond RFC 3339", func(e *every) { e.Sequenced = benchling.Ptr(time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)) }, benchling.ErrFieldType, `year 10000`},
		{"invalid JSON", func(e *every) { e.Meta = benchling.Ptr(json.RawMessage(`{"a":`)) }, benchling.ErrFieldType, `field "Metadata" (json): the value is not valid JSON`},
		{"non-finite raw", func(e *every) { e.Future = benchling.Ptr(benchling.NumberValue(math.NaN())) }, benchling.ErrFieldType, `field "Future" (future_link)`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			v := base()
			tc.change(&v)
			got, err := benchling.MarshalFields(&v)
			if !errors.Is(err, tc.want) || got != nil {
				t.Fatalf("MarshalFields = %v, %v; want nil and an error matching %v", got, err, tc.want)
			}
			if !strings.Contains(err.Error(), tc.msg) {
				t.Errorf("err = %q, want it to contain %q", err, tc.msg)
			}
		})
	}
	if _, err := benchling.MarshalFields(func() *every { v := base(); return &v }()); err != nil {
		t.Errorf("the base struct does not encode: %v", err)
	}
}

// broken are TypedFields that cannot be converted.
type nilBinding struct{}

func (*nilBinding) BenchlingFields() []benchling.FieldBinding {
	return []benchling.FieldBinding{benchling.OptionalField[int]("X", nil, benchling.IntegerCodec())}
}

type zeroCodec struct{ X int }

func (z *zeroCodec) BenchlingFields() []benchling.FieldBinding {
	return []benchling.FieldBinding{benchling.RequiredField("X", &z.X, benchling.FieldCodec[int]{})}
}

type twice struct{ A, B int }

func (tw *twice) BenchlingFields() []benchling.FieldBinding {
	return []benchling.FieldBinding{
		benchling.RequiredField("X", &tw.A, benchling.IntegerCodec()),
		benchling.RequiredField("X", &tw.B, benchling.IntegerCodec()),
	}
}

// TestTypedFieldsInvalidStruct: a nil struct, a binding to a nil pointer
// or with a zero codec, and a field bound twice are errors, not panics.
func TestTypedFieldsInvalidStruct(t *testing.T) {
	for _, tc := range []struct {
		v   benchling.TypedFields
		msg string
	}{
		{nil, "nil TypedFields"},
		{(*every)(nil), "nil *benchling_test.every"},
		{&nilBinding{}, `binds field "X" to a nil pointer or with a zero FieldCodec`},
		{&zeroCodec{}, `binds field "X" to a nil pointer or with a zero FieldCodec`},
		{&twice{}, `binds field "X" twice`},
	} {
		if err := benchling.UnmarshalFields(benchling.Fields{}, tc.v); err == nil || !strings.Contains(err.Error(), tc.msg) || !strings.HasPrefix(err.Error(), "benchling: UnmarshalFields: ") {
			t.Errorf("UnmarshalFields(%T) = %v, want %q", tc.v, err, tc.msg)
		}
		if _, err := benchling.MarshalFields(tc.v); err == nil || !strings.Contains(err.Error(), tc.msg) {
			t.Errorf("MarshalFields(%T) = %v, want %q", tc.v, err, tc.msg)
		}
	}
}

// TestFieldBindingAccessors: a binding tells its field's name, type,
// whether it is required and whether it holds a list.
func TestFieldBindingAccessors(t *testing.T) {
	var e every
	type info struct {
		Name     string
		Type     benchling.FieldType
		Required bool
		Multi    bool
	}
	var got []info
	for _, b := range e.BenchlingFields() {
		if b.Name() == "Name" || b.Name() == "Tags" || b.Name() == "Need" || b.Name() == "Concentration" {
			got = append(got, info{b.Name(), b.Type(), b.IsRequired(), b.IsMulti()})
		}
	}
	want := []info{{"Name", "text", true, false}, {"Tags", "text", false, true}, {"Concentration", "float", false, false}, {"Need", "entity_link", true, true}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if benchling.DateCodec().Type() != benchling.FieldTypeDate || benchling.RawCodec("x").Type() != "x" {
		t.Error("FieldCodec.Type")
	}
}

// TestUnmarshalFieldsCompatibleTypes: text and long text are one type, and
// so are the kinds of link, so that a link to a schema's DNA sequences
// reported as a dna_sequence_link decodes into an entity_link binding.
func TestUnmarshalFieldsCompatibleTypes(t *testing.T) {
	f := decodeFields(t, minimalFields())
	f["Backbone"] = benchling.Field{Value: benchling.StringValue("seq_1"), Type: benchling.FieldTypeDnaSequenceLink}
	f["Name"] = benchling.Field{Value: benchling.StringValue("n"), Type: benchling.FieldTypeLongText}
	var got every
	if err := benchling.UnmarshalFields(f, &got); err != nil || *got.Backbone != "seq_1" || got.Name != "n" {
		t.Errorf("%v %+v", err, got)
	}
}

// TestIntegerCodecForms: integers written as 5, 5.0, 5e2 and -0 decode;
// large ones keep every digit both ways.
func TestIntegerCodecForms(t *testing.T) {
	for raw, want := range map[string]int{`5`: 5, `5.0`: 5, `5e2`: 500, `-0`: 0, `9007199254740993`: 9007199254740993} {
		f := decodeFields(t, `{"N": {"value": `+raw+`}}`)
		n := 0
		b := benchling.RequiredField("N", &n, benchling.IntegerCodec())
		if err := benchling.UnmarshalFields(f, bindings{b}); err != nil || n != want {
			t.Errorf("%s: %d, %v; want %d", raw, n, err, want)
		}
		out, err := benchling.MarshalFields(bindings{b})
		if err != nil {
			t.Fatal(err)
		}
		if raw == `9007199254740993` && string(out["N"].Value.Raw()) != raw {
			t.Errorf("a large integer written as %s", out["N"].Value.Raw())
		}
	}
}

// bindings are TypedFields made of given bindings.
type bindings []benchling.FieldBinding

func (b bindings) BenchlingFields() []benchling.FieldBinding { return b }

// TestSchemaFieldFilters: the field handles write the expressions their
// types allow, NewSchemaFieldFilters joins two of one field with AND, and
// the filters reach the query as schemaField.<name> parameters.
func TestSchemaFieldFilters(t *testing.T) {
	const (
		copyNumber benchling.RangeField[int]            = "Copy Number"
		conc       benchling.RangeField[float64]        = "Concentration"
		cloned     benchling.RangeField[benchling.Date] = "Cloned On"
		sequenced  benchling.RangeField[time.Time]      = "Last Sequenced"
		resistance benchling.MatchField[marker]         = "Resistance"
		backbone   benchling.MatchField[backboneID]     = "Backbone"
		verified   benchling.BooleanField               = "Verified"
	)
	got := benchling.NewSchemaFieldFilters(
		copyNumber.AtLeast(10), copyNumber.AtMost(50),
		conc.Between(0.5, 1e21),
		cloned.AtMost(benchling.Date{Year: 2024, Month: 3, Day: 1}),
		sequenced.AtLeast(time.Date(2024, 3, 1, 12, 0, 0, 0, time.FixedZone("", 3600))),
		resistance.Is(markerAmp), backbone.Is("seq_1"), verified.Is(true),
	)
	want := benchling.SchemaFieldFilters{
		"Copy Number":    ">= 10 AND <= 50",
		"Concentration":  ">= 0.5 AND <= 1000000000000000000000",
		"Cloned On":      "<= 2024-03-01",
		"Last Sequenced": ">= 2024-03-01T11:00:00Z",
		"Resistance":     "sfs_amp",
		"Backbone":       "seq_1",
		"Verified":       "true",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	// Only a lower and an upper bound make a range; otherwise the later
	// filter of a field replaces the earlier.
	got = benchling.NewSchemaFieldFilters(
		copyNumber.AtMost(50), copyNumber.AtLeast(10),
		conc.AtLeast(1), conc.AtLeast(5),
		resistance.Is(markerAmp), resistance.Is("sfs_kan"),
		verified.Is(true), verified.Is(false),
	)
	want = benchling.SchemaFieldFilters{"Copy Number": ">= 10 AND <= 50", "Concentration": ">= 5", "Resistance": "sfs_kan", "Verified": "false"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("repeated filters (-want +got):\n%s", diff)
	}
	v := url.Values{}
	if err := got.EncodeValues("", &v); err != nil {
		t.Fatal(err)
	}
	if v.Get("schemaField.Copy Number") != ">= 10 AND <= 50" || len(v) != len(want) {
		t.Errorf("query: %v", v)
	}
}

// TestDate: parsing, writing and validity of Date.
func TestDate(t *testing.T) {
	d, err := benchling.ParseDate("2024-02-29")
	if err != nil || d != (benchling.Date{Year: 2024, Month: time.February, Day: 29}) || d.String() != "2024-02-29" || !d.IsValid() {
		t.Errorf("ParseDate: %v %v", d, err)
	}
	for _, bad := range []string{"2023-02-29", "2024-2-1", "", "2024-02-29T00:00:00Z"} {
		if _, err := benchling.ParseDate(bad); err == nil || !strings.HasPrefix(err.Error(), "benchling: ") {
			t.Errorf("ParseDate(%q) = %v, want an error", bad, err)
		}
	}
	if (benchling.Date{}).IsValid() || !(benchling.Date{}).IsZero() || (benchling.Date{Year: 2024, Month: 13, Day: 1}).IsValid() {
		t.Error("IsValid/IsZero")
	}
	loc := time.FixedZone("X", -5*3600)
	if got := d.In(loc); !got.Equal(time.Date(2024, 2, 29, 5, 0, 0, 0, time.UTC)) {
		t.Errorf("In = %v", got)
	}
	if got := benchling.DateOf(time.Date(2024, 3, 1, 23, 30, 0, 0, loc)); got.String() != "2024-03-01" {
		t.Errorf("DateOf = %v", got)
	}
	b, err := json.Marshal(struct{ D benchling.Date }{d})
	if err != nil || string(b) != `{"D":"2024-02-29"}` {
		t.Errorf("marshal: %s %v", b, err)
	}
	var back struct{ D benchling.Date }
	if err := json.Unmarshal(b, &back); err != nil || back.D != d {
		t.Errorf("unmarshal: %v %v", back, err)
	}
	if _, err := json.Marshal(benchling.Date{Year: 2023, Month: 2, Day: 30}); err == nil {
		t.Error("an invalid date marshals")
	}
	if err := json.Unmarshal([]byte(`"soon"`), &back.D); err == nil {
		t.Error("an invalid date unmarshals")
	}
}
