package tools

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/tools/internal/spectest"
)

// engineSpec is a tiny spec for testing the drift checks themselves.
const engineSpec = `
openapi: 3.0.1
info: {title: t, version: "1"}
servers: [{url: "https://x.benchling.com/api/v2"}]
paths:
  /widgets:
    post:
      operationId: createWidget
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/WidgetCreate'}
      responses:
        '201':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Widget'}
  /gadgets:
    post:
      operationId: createGadget
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/GadgetCreate'}
      responses:
        '201': {description: ok}
  /gadgets:bulk-create:
    post:
      operationId: bulkCreateGadgets
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                gadgets: {type: array, items: {$ref: '#/components/schemas/GadgetCreate'}}
      responses:
        '202': {description: ok}
  /gadgets:bulk-update:
    post:
      operationId: bulkUpdateGadgets
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/GadgetsBulkUpdateRequest'}
      responses:
        '202': {description: ok}
components:
  schemas:
    Colour: {type: string, enum: [DEEP_RED, blue]}
    GadgetCreate:
      type: object
      required: [name]
      properties:
        name: {type: string}
        note: {type: string}
        parts: {type: array, items: {$ref: '#/components/schemas/GadgetPart'}}
        both: {$ref: '#/components/schemas/GadgetBoth'}
        boths: {type: array, items: {$ref: '#/components/schemas/GadgetBoth'}}
    GadgetPart:
      type: object
      required: [id]
      properties:
        id: {type: string}
        start: {type: integer}
        on: {type: boolean}
        label: {type: string}
        colour: {$ref: '#/components/schemas/Colour'}
        tags: {type: array, items: {type: string}}
        sub: {type: object, properties: {x: {type: integer}}}
    GadgetsBulkUpdateRequest:
      type: object
      properties:
        gadgets: {type: array, items: {$ref: '#/components/schemas/GadgetBulkUpdate'}}
    GadgetBulkUpdate:
      type: object
      required: [id]
      properties:
        id: {type: string}
        note: {type: string}
    GadgetBoth:
      type: object
      properties:
        start: {type: integer}
    Widget:
      type: object
      properties:
        id: {type: string}
        modifiedAt: {type: string, format: date-time}
        seenAt: {type: string}
        count: {type: integer}
        weight: {type: number}
        colour: {$ref: '#/components/schemas/Colour'}
        tags: {type: array, items: {type: string}}
        apiURL: {type: string}
    WidgetCreate:
      type: object
      required: [name]
      properties:
        name: {type: string}
        note: {type: string}
        size: {type: integer}
        colour: {$ref: '#/components/schemas/Colour'}
        tags: {type: array, items: {type: string}}
        parent: {type: object, properties: {id: {type: string}}}
        label: {type: string, nullable: true}
`

// Go types with every kind of mistake the checks look for.
type (
	// A bulk item (an item of a single-list body) is a body: the body rule.
	goodGadgetCreate struct {
		Name  string       `json:"name"`
		Note  *string      `json:"note,omitempty"`
		Parts []GadgetPart `json:"parts,omitzero"`
		Both  *GadgetBoth  `json:"both,omitempty"`
		Boths []GadgetBoth `json:"boths,omitzero"`
	}
	// A list item: values, omitempty on strings, enums and objects, no
	// omit option on numbers and booleans.
	GadgetPart struct {
		ID     string                        `json:"id"`
		Start  int                           `json:"start"`
		On     bool                          `json:"on"`
		Label  string                        `json:"label,omitempty"`
		Colour benchling.EntityArchiveReason `json:"colour,omitempty"`
		Tags   []string                      `json:"tags,omitempty"`
		Sub    *struct {
			X int `json:"x"`
		} `json:"sub,omitempty"`
	}
	badGadgetPart struct {
		ID     string                         `json:"id,omitempty"`    // required: always sent
		Start  *int                           `json:"start,omitempty"` // a value, not a pointer
		On     bool                           `json:"on,omitempty"`    // a boolean has no omit option
		Label  *string                        `json:"label,omitempty"` // a value
		Colour *benchling.EntityArchiveReason `json:"colour"`          // a value with omitempty
		Tags   []string                       `json:"tags"`            // omitzero or omitempty
		Sub    struct {
			X int `json:"x"`
		} `json:"sub"` // a pointer with omitempty, or omitzero
	}
	// Reached both directly and through a list: the body rule.
	GadgetBoth struct {
		Start *int `json:"start,omitempty"`
	}

	badWidget struct {
		ID         string    `json:"id"`
		ModifiedAt string    `json:"modifiedAt"` // a date-time as a string
		SeenAt     time.Time `json:"seenAt"`     // a plain string (no format) as a time.Time
		Count      float64   `json:"count"`      // an integer as float64
		Weight     float64   `json:"weight"`
		Colour     string    `json:"colour"` // an enum as a plain string
		Tags       []int     `json:"tags"`   // items of the wrong type
		ApiURL     string    `json:"apiURL"` // the rule says APIURL
		Extra      string    `json:"extra"`  // not in the schema
		Created    time.Time `json:"-"`
	}
	badWidgetCreate struct {
		Name   string                         `json:"name,omitempty"`   // required: always sent
		Note   string                         `json:"note,omitempty"`   // optional scalar: a pointer
		Size   *int                           `json:"size"`             // a pointer without omitempty
		Colour *benchling.EntityArchiveReason `json:"colour,omitempty"` // optional enum: a value
		Tags   []string                       `json:"tags,omitempty"`   // omitzero, not omitempty
		Parent struct {
			ID string `json:"id"`
		} `json:"parent"` // optional object: a pointer
		Label benchling.Nullable[string] `json:"label,omitempty"` // Nullable: omitzero
	}
	goodWidgetCreate struct {
		Name   string                        `json:"name"`
		Note   *string                       `json:"note,omitempty"`
		Size   *int                          `json:"size,omitempty"`
		Colour benchling.EntityArchiveReason `json:"colour,omitempty"`
		Tags   []string                      `json:"tags,omitzero"`
		Parent *struct {
			ID string `json:"id"`
		} `json:"parent,omitempty"`
		Label benchling.Nullable[string] `json:"label,omitzero"`
	}
)

func engineSpecFile(t *testing.T) *spectest.Spec {
	t.Helper()
	path := filepath.Join(t.TempDir(), "spec.yaml")
	if err := os.WriteFile(path, []byte(engineSpec), 0o644); err != nil {
		t.Fatal(err)
	}
	spec, err := spectest.LoadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return spec
}

func problemKeys(ps []problem) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.key)
	}
	slices.Sort(out)
	return out
}

// TestDriftEngineFindsMistakes checks that the drift checks catch each
// kind of mistake, and pass a type that follows the rules.
func TestDriftEngineFindsMistakes(t *testing.T) {
	spec := engineSpecFile(t)
	src := &rootSource{consts: map[string]map[string]string{}, aliases: map[string]string{}}
	request := requestSchemas(spec)
	run := func(m model) []string {
		st := &driftState{claimed: map[string]bool{}}
		return problemKeys(checkModel(spec, m, request, src, st))
	}
	got := run(model{Go: badWidget{}, Schema: "Widget", Like: "test"})
	want := []string{"+extra", "apiURL:goname", "colour:type", "count:type", "modifiedAt:type", "seenAt:type", "tags:type"}
	if !slices.Equal(got, want) {
		t.Errorf("badWidget: problems %v, want %v", got, want)
	}
	got = run(model{Go: badWidgetCreate{}, Schema: "WidgetCreate", Like: "test"})
	want = []string{"colour:omit", "label:omit", "name:omit", "note:omit", "parent:omit", "size:omit", "tags:omit"}
	if !slices.Equal(got, want) {
		t.Errorf("badWidgetCreate: problems %v, want %v", got, want)
	}
	if got := run(model{Go: goodWidgetCreate{}, Schema: "WidgetCreate", Like: "test"}); len(got) != 0 {
		t.Errorf("goodWidgetCreate: problems %v, want none", got)
	}
	// Allow silences a problem; a type not named after its schema is one.
	got = run(model{Go: goodWidgetCreate{}, Schema: "WidgetCreate"})
	if !slices.Equal(got, []string{":typename"}) {
		t.Errorf("goodWidgetCreate without Like: %v, want [:typename]", got)
	}
	got = run(model{Go: badWidget{}, Schema: "Widget", Like: "test", Allow: map[string]string{"+extra": "r", "apiURL:goname": "r", "colour:type": "r", "count:type": "r", "modifiedAt:type": "r", "seenAt:type": "r", "tags:type": "r"}})
	if len(got) != 0 {
		t.Errorf("with everything allowed: %v", got)
	}
	// A property without a field.
	type partial struct {
		ID string `json:"id"`
	}
	got = run(model{Go: partial{}, Schema: "Widget", Like: "test"})
	if !slices.Equal(got, []string{"apiURL", "colour", "count", "modifiedAt", "seenAt", "tags", "weight"}) {
		t.Errorf("partial: %v", got)
	}
}

// TestDriftEngineItemRule checks the list-item rule (CONTRIBUTING.md
// §2.1): it applies to a schema reached in requests only as a list's
// items, not to the items of a single-list (bulk) body, nor to a schema a
// body also holds directly.
func TestDriftEngineItemRule(t *testing.T) {
	spec := engineSpecFile(t)
	src := &rootSource{consts: map[string]map[string]string{}, aliases: map[string]string{}}
	request := requestSchemas(spec)
	run := func(m model) []string {
		st := &driftState{claimed: map[string]bool{}}
		return problemKeys(checkModel(spec, m, request, src, st))
	}
	for _, name := range []string{"GadgetCreate", "GadgetBoth", "GadgetBulkUpdate"} {
		if r := request[spec.Doc.Components.Schemas[name].Value]; !r.body || r.itemRule() {
			t.Errorf("%s: reach %+v, want a body, not under the item rule", name, r)
		}
	}
	if r := request[spec.Doc.Components.Schemas["GadgetPart"].Value]; !r.itemRule() {
		t.Errorf("GadgetPart: reach %+v, want the item rule", r)
	}
	if got := run(model{Go: goodGadgetCreate{}, Schema: "GadgetCreate", Like: "test"}); len(got) != 0 {
		t.Errorf("goodGadgetCreate: problems %v, want none", got)
	}
	if got := run(model{Go: GadgetPart{}, Schema: "GadgetPart"}); len(got) != 0 {
		t.Errorf("GadgetPart: problems %v, want none", got)
	}
	got := run(model{Go: badGadgetPart{}, Schema: "GadgetPart", Like: "test"})
	want := []string{"colour:omit", "id:omit", "label:omit", "on:omit", "start:omit", "sub:omit", "tags:omit"}
	if !slices.Equal(got, want) {
		t.Errorf("badGadgetPart: problems %v, want %v", got, want)
	}
	// The item of a single-list body is a body: an optional string is a
	// pointer.
	type gadgetBulkUpdate struct {
		ID   string  `json:"id"`
		Note *string `json:"note,omitempty"`
	}
	if got := run(model{Go: gadgetBulkUpdate{}, Schema: "GadgetBulkUpdate", Like: "test"}); len(got) != 0 {
		t.Errorf("gadgetBulkUpdate: problems %v, want none", got)
	}
	// A schema a body holds directly, and through a list, takes the body
	// rule: an item's value is a finding there.
	if got := run(model{Go: GadgetBoth{}, Schema: "GadgetBoth"}); len(got) != 0 {
		t.Errorf("GadgetBoth (body rule, a pointer): problems %v, want none", got)
	}
	type itemBoth struct {
		Start int `json:"start"`
	}
	if got := run(model{Go: itemBoth{}, Schema: "GadgetBoth", Like: "test"}); !slices.Equal(got, []string{"start:omit"}) {
		t.Errorf("GadgetBoth with an item's value: problems %v, want [start:omit]", got)
	}
}

// TestDriftEngineSingleListBodies checks that an exported type named
// after a single-list body schema, or a drift row modelling one with an
// exported type, is caught, and that bodies with more properties are not.
func TestDriftEngineSingleListBodies(t *testing.T) {
	spec := engineSpecFile(t)
	src := &rootSource{types: map[string]bool{"GadgetCreate": true, "WidgetCreate": true}}
	if got := singleListProblems(spec, src, nil); len(got) != 0 {
		t.Errorf("no wrapper exported: %v", got)
	}
	src.types["GadgetsBulkUpdateRequest"] = true
	tables := []driftTable{{Tag: "t", Models: []model{{Go: benchling.UserSummary{}, Schema: "GadgetsBulkUpdateRequest"}}}}
	got := singleListProblems(spec, src, tables)
	if len(got) != 2 || !strings.Contains(got[0], "GadgetsBulkUpdateRequest") || !strings.Contains(got[1], "benchling.UserSummary") {
		t.Errorf("an exported wrapper and a row modelling it: %q, want both reported", got)
	}
}

// TestDriftEngineInlineNames checks the names of inline schemas' types:
// <Parent><Property>, the parent being the row one step up; a list's
// items may take the singular; a task result is <Service><Method>Result.
func TestDriftEngineInlineNames(t *testing.T) {
	type (
		WidgetParent      struct{}
		WidgetParentSub   struct{}
		WidgetParentTag   struct{}
		WidgetParentTags  struct{}
		WidgetParentOther struct{}
		WidgetsMakeResult struct{}
		WidgetsMakeOutput struct{}
	)
	tbl := driftTable{Models: []model{{Go: WidgetParent{}, Schema: "Widget", Path: []string{"parent"}}}}
	cases := []struct {
		m    model
		want bool // a problem
	}{
		{model{Go: WidgetParentSub{}, Schema: "Widget", Path: []string{"parent", "sub"}}, false},
		{model{Go: WidgetParentTag{}, Schema: "Widget", Path: []string{"parent", "tags", "[]"}}, false},
		{model{Go: WidgetParentTags{}, Schema: "Widget", Path: []string{"parent", "tags", "[]"}}, false},
		{model{Go: WidgetParentOther{}, Schema: "Widget", Path: []string{"parent", "tags", "[]"}}, true},
		{model{Go: WidgetParentTag{}, Schema: "Widget", Path: []string{"parent", "tags"}}, true}, // not items: no singular
		{model{Go: WidgetParentOther{}, Schema: "Widget", Path: []string{"parent", "sub"}}, true},
		{model{Go: WidgetParentOther{}, Schema: "Widget", Path: []string{"parent", "sub"}, Like: "shared"}, false},
		{model{Go: WidgetsMakeResult{}, Schema: "MakeWidgetsAsyncTask", Path: []string{"response"}}, false},
		{model{Go: WidgetsMakeOutput{}, Schema: "MakeWidgetsAsyncTask", Path: []string{"response"}}, true},
		{model{Go: WidgetParent{}, Schema: "Widget", Path: []string{"parent"}}, false},
		{model{Go: WidgetParentSub{}, Schema: "Widget", Path: []string{"parent"}}, true},
	}
	for _, c := range cases {
		got := inlineNameProblems(c.m, tbl)
		if (len(got) > 0) != c.want {
			t.Errorf("%T at %s: problems %v, want a problem: %v", c.m.Go, c.m.label(), got, c.want)
		}
	}
}

// TestDriftEngineEnums checks the enum constant check.
func TestDriftEngineEnums(t *testing.T) {
	spec := engineSpecFile(t)
	st := &driftState{claimed: map[string]bool{}}
	type w struct {
		Colour benchling.EntityArchiveReason `json:"colour,omitempty"`
	}
	checkModel(spec, model{Go: w{}, Schema: "WidgetCreate", Like: "test", Allow: map[string]string{"name": "r", "note": "r", "size": "r", "tags": "r", "parent": "r", "label": "r"}}, requestSchemas(spec), &rootSource{}, st)
	if !st.claimed["Colour"] {
		t.Errorf("the enum schema Colour is not claimed by its field")
	}
	src := &rootSource{consts: map[string]map[string]string{"EntityArchiveReason": {
		"EntityArchiveReasonDeepRed": "DEEP_RED", // right
		"ArchiveBlue":                "blue",     // misnamed
	}}}
	got := problemKeys(checkEnums(src, st)["EntityArchiveReason"])
	if !slices.Equal(got, []string{"blue:enum"}) {
		t.Errorf("enum problems %v, want [blue:enum]", got)
	}
	delete(src.consts["EntityArchiveReason"], "ArchiveBlue")
	if got := problemKeys(checkEnums(src, st)["EntityArchiveReason"]); !slices.Equal(got, []string{"blue:enum"}) {
		t.Errorf("a missing constant: %v, want [blue:enum]", got)
	}
}
