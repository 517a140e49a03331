package benchling

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestAppCanvasBlocks reads a canvas holding every kind of block the spec
// declares (testdata/apps/canvas.json, spec-valid: the contract check
// validates it) and checks each block's struct, the values users entered,
// and the round trip.
func TestAppCanvasBlocks(t *testing.T) {
	env := setup(t)
	fx := fixture(t, "apps/canvas.json")
	env.mux.HandleFunc("GET /app-canvases/cnvs_Q4mPJ34a", serveJSON(t, http.MethodGet, http.StatusOK, fx))
	c, _, err := env.client.Apps.GetCanvas(testCtx(t), "cnvs_Q4mPJ34a", nil)
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, fx, c)

	var kinds []string
	for b := range c.Blocks.All() {
		kinds = append(kinds, reflect.TypeOf(b).Elem().Name()+"/"+b.BlockID())
		if string(b.BlockType()) == "" {
			t.Errorf("%T has no type", b)
		}
	}
	want := []string{"MarkdownUIBlock/intro", "SectionUIBlock/inputs", "TextInputUIBlock/plate", "DropdownUIBlock/assay",
		"DropdownMultiValueUIBlock/readouts", "SearchInputUIBlock/sample", "SearchInputMultiValueUIBlock/controls",
		"SelectorInputUIBlock/mode", "SelectorInputMultiValueUIBlock/flags", "FileUploadUIBlock/files", "ChipUIBlock/owner",
		"TableUIBlock/preview", "TableUIBlock/legacy", "ButtonUIBlock/import"}
	if diff := cmp.Diff(want, kinds); diff != "" {
		t.Errorf("blocks (-want +got):\n%s", diff)
	}
	if tb, ok := FindUIBlock[*TableUIBlock](c.Blocks, "preview"); !ok || *tb.Source.(*TableUIBlockDataFrameSource).DataFrameID != "dset_mfz1f3ai2e8y" {
		t.Errorf("table source = %#v", tb)
	}
	if _, ok := c.Blocks.Find("legacy").(*TableUIBlock).Source.(*TableUIBlockDatasetSource); !ok {
		t.Error("the dataset source did not decode into TableUIBlockDatasetSource")
	}
	if en, ok := FindUIBlock[*TextInputUIBlock](c.Blocks, "plate"); !ok {
		t.Error("no text input")
	} else if v, set := en.Enabled.Get(); !set || !v {
		t.Errorf("plate.Enabled = %v %v", v, set)
	}
	if d, _ := FindUIBlock[*DropdownUIBlock](c.Blocks, "assay"); !d.Enabled.IsNull() {
		t.Error("assay.Enabled should be an explicit null")
	}

	// The values users entered.
	for id, w := range map[string]string{"plate": "PL-0042", "assay": "sfso_1", "sample": "seq_Cuf0bmCm", "mode": "fast"} {
		if v, ok := c.Blocks.Value(id); !ok || v != w {
			t.Errorf("Value(%q) = %q, %v; want %q", id, v, ok, w)
		}
	}
	for _, id := range []string{"controls", "readouts", "import", "nope", "intro"} {
		if v, ok := c.Blocks.Value(id); ok {
			t.Errorf("Value(%q) = %q, want none", id, v)
		}
	}
	wantValues := map[string][]string{
		"plate": {"PL-0042"}, "assay": {"sfso_1"}, "readouts": {"sfso_1", "sfso_2"}, "sample": {"seq_Cuf0bmCm"},
		"mode": {"fast"}, "flags": {"dedupe"}, "files": {"blob_1", "blob_2"},
	}
	if diff := cmp.Diff(wantValues, c.Blocks.InputValues()); diff != "" {
		t.Errorf("InputValues (-want +got):\n%s", diff)
	}
	if v, ok := c.Blocks.Values("controls"); ok || v != nil {
		t.Errorf("Values(controls) = %v, %v; want none (null)", v, ok)
	}
}

// testBlocks builds a small canvas: two top-level blocks around a section.
func testBlocks() UIBlocks {
	return UIBlocks{
		&MarkdownUIBlock{ID: "title", Value: "# Run"},
		&SectionUIBlock{ID: "form", Children: UIBlocks{
			&TextInputUIBlock{ID: "name", Label: "Name"},
			&ChipUIBlock{Value: "ent_1"}, // no ID
			&ButtonUIBlock{ID: "go", Text: "Go"},
		}},
		&ButtonUIBlock{ID: "cancel", Text: "Cancel"},
	}
}

func blockIDs(bs UIBlocks) []string {
	var out []string
	for b := range bs.All() {
		out = append(out, b.BlockID())
	}
	return out
}

// TestUIBlocksEditing finds, replaces, inserts and removes blocks anywhere
// in the tree.
func TestUIBlocksEditing(t *testing.T) {
	bs := testBlocks()
	if got := blockIDs(bs); !slices.Equal(got, []string{"title", "form", "name", "", "go", "cancel"}) {
		t.Fatalf("All = %q", got)
	}
	if bs.Find("go") == nil || bs.Find("") != nil || bs.Find("missing") != nil {
		t.Error("Find")
	}
	if !bs.Replace("go", &ButtonUIBlock{ID: "start", Text: "Start"}) || bs.Find("go") != nil || bs.Find("start") == nil {
		t.Error("Replace in a section")
	}
	if !bs.InsertAfter("name", &TextInputUIBlock{ID: "notes"}) || !bs.InsertBefore("title", &MarkdownUIBlock{ID: "banner", Value: "!"}) {
		t.Error("Insert")
	}
	if got := blockIDs(bs); !slices.Equal(got, []string{"banner", "title", "form", "name", "notes", "", "start", "cancel"}) {
		t.Errorf("after inserting: %q", got)
	}
	if !bs.Remove("notes") || !bs.Remove("cancel") || bs.Remove("cancel") || bs.Remove("") {
		t.Error("Remove")
	}
	if got := blockIDs(bs); !slices.Equal(got, []string{"banner", "title", "form", "name", "", "start"}) {
		t.Errorf("after removing: %q", got)
	}
	if bs.Replace("missing", &ButtonUIBlock{}) || bs.InsertAfter("missing") || bs.InsertBefore("") {
		t.Error("editing a missing block reported success")
	}
	if !bs.Remove("form") || len(bs) != 2 || bs.Find("name") != nil {
		t.Errorf("removing a section: %q", blockIDs(bs))
	}
	// Changing a found block changes the canvas.
	bs = testBlocks()
	if in, ok := FindUIBlock[*TextInputUIBlock](bs, "name"); ok {
		in.Value = Ptr("Ada")
	}
	if v, ok := bs.Value("name"); !ok || v != "Ada" {
		t.Errorf("Value after editing = %q, %v", v, ok)
	}
	if _, ok := FindUIBlock[*ButtonUIBlock](bs, "name"); ok {
		t.Error("FindUIBlock matched a block of another kind")
	}
	// nil blocks are skipped, not dereferenced.
	withNil := UIBlocks{nil, &ButtonUIBlock{ID: "x"}}
	if withNil.Find("x") == nil || !withNil.Remove("x") {
		t.Error("a nil block in the list broke the lookup")
	}
}

// TestUIBlocksEncoding: encoding sets each block's type, sends required
// lists as [], and refuses what cannot be sent.
func TestUIBlocksEncoding(t *testing.T) {
	b, err := json.Marshal(UIBlocks{
		&SectionUIBlock{ID: "s"},
		&SelectorInputUIBlock{ID: "sel"},
		&TableUIBlock{ID: "t", Name: "T", Source: &TableUIBlockDataFrameSource{DataFrameID: Ptr("dset_1")}},
		&FileUploadUIBlock{ID: "f"},
		&ButtonUIBlock{ID: "b", Text: "OK", Enabled: NullableOf(false)},
	})
	if err != nil {
		t.Fatal(err)
	}
	want := `[{"children":[],"id":"s","type":"SECTION"},` +
		`{"id":"sel","options":[],"type":"SELECTOR_INPUT","value":null},` +
		`{"id":"t","name":"T","source":{"dataFrameId":"dset_1","type":"DATA_FRAME"},"type":"TABLE"},` +
		`{"id":"f","type":"FILE_UPLOAD","value":null},` +
		`{"enabled":false,"id":"b","text":"OK","type":"BUTTON"}]`
	if diff := cmp.Diff(normalJSONStrict(t, []byte(want)), normalJSONStrict(t, b)); diff != "" {
		t.Errorf("encoding (-want +got):\n%s", diff)
	}
	for name, v := range map[string]any{
		"table without source": UIBlocks{&TableUIBlock{ID: "t", Name: "T"}},
		"nil block":            UIBlocks{nil},
		"unknown without Raw":  UIBlocks{&UnknownUIBlock{Type: "NEW"}},
		"unknown source":       &UnknownTableUIBlockSource{},
	} {
		if _, err := json.Marshal(v); err == nil {
			t.Errorf("%s: encoded", name)
		}
	}
	// A block with no type, or an unknown one, decodes as unknown and
	// keeps its JSON.
	var bs UIBlocks
	raw := `[{"id":"x","label":"no type"},{"type":"COLOR_PICKER","id":"c","value":"#fff","palette":["#000"]}]`
	if err := json.Unmarshal([]byte(raw), &bs); err != nil {
		t.Fatal(err)
	}
	if u, ok := bs[1].(*UnknownUIBlock); !ok || u.Type != "COLOR_PICKER" || u.ID != "c" {
		t.Errorf("unknown block = %#v", bs[1])
	}
	if _, ok := bs[0].(*UnknownUIBlock); !ok {
		t.Errorf("a block without type = %#v", bs[0])
	}
	back, _ := json.Marshal(bs)
	if diff := cmp.Diff(normalJSONStrict(t, []byte(raw)), normalJSONStrict(t, back)); diff != "" {
		t.Errorf("unknown blocks changed (-want +got):\n%s", diff)
	}
	// A known kind that does not fit its struct is an error.
	if err := json.Unmarshal([]byte(`[{"type":"BUTTON","id":1}]`), &bs); err == nil {
		t.Error("a malformed button decoded")
	}
	var tb TableUIBlock
	if err := json.Unmarshal([]byte(`{"type":"TABLE","id":"t","name":"T","source":{"type":"PARQUET","uri":"s3://x"}}`), &tb); err != nil {
		t.Fatal(err)
	}
	if u, ok := tb.Source.(*UnknownTableUIBlockSource); !ok || u.Type != "PARQUET" {
		t.Errorf("unknown source = %#v", tb.Source)
	}
}

// normalJSONStrict decodes JSON for comparison, keeping nulls and zeros.
func normalJSONStrict(t *testing.T, b []byte) any {
	t.Helper()
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatalf("%v: %s", err, b)
	}
	return v
}

// TestAppCanvasUnknownBlocksRoundTrip: blocks of kinds the SDK does not
// know (at the top level and in a section) go back unchanged, in their
// places, through get -> edit -> update, while the canvas around them is
// edited; they can be found and removed by ID too. (The blocks are not in
// the spec, so the server is setupRaw's.)
func TestAppCanvasUnknownBlocksRoundTrip(t *testing.T) {
	env := setupRaw(t)
	colorPicker := `{"type":"COLOR_PICKER","id":"color","value":"#ff8800","palette":["#000000","#ffffff"],"nested":{"deep":[1,2,{"x":null}]}}`
	timeline := `{"type":"TIMELINE","steps":[{"label":"a"},{"label":"b"}]}`
	canvas := `{"id":"cnvs_1","featureId":"f","resourceId":"etr_1","app":{"id":"app_1"},"enabled":true,"blocks":[` +
		`{"type":"MARKDOWN","id":"intro","value":"hi"},` + colorPicker + `,` +
		`{"type":"SECTION","id":"sec","children":[{"type":"TEXT_INPUT","id":"name","value":null},` + timeline + `]},` +
		`{"type":"BUTTON","id":"go","text":"Go"}]}`
	var sent []byte
	env.mux.HandleFunc("GET /app-canvases/cnvs_1", serveJSON(t, http.MethodGet, http.StatusOK, canvas))
	env.mux.HandleFunc("PATCH /app-canvases/cnvs_1", func(w http.ResponseWriter, r *http.Request) {
		sent, _ = io.ReadAll(r.Body)
		serveJSON(t, http.MethodPatch, http.StatusOK, canvas)(w, r)
	})
	ctx := testCtx(t)
	c, _, err := env.client.Apps.GetCanvas(ctx, "cnvs_1", nil)
	if err != nil {
		t.Fatal(err)
	}
	blocks := c.Blocks
	blocks.Remove("intro")
	blocks.Replace("go", &ButtonUIBlock{ID: "go", Text: "Run again"})
	blocks.InsertAfter("name", &MarkdownUIBlock{Value: "Saved."})
	blocks.InsertAfter("color", &ChipUIBlock{Value: "ent_1"})
	if _, _, err := env.client.Apps.UpdateCanvas(ctx, c.ID, &AppCanvasUpdate{Blocks: blocks}); err != nil {
		t.Fatal(err)
	}
	var body struct {
		Blocks []json.RawMessage `json:"blocks"`
	}
	if err := json.Unmarshal(sent, &body); err != nil || len(body.Blocks) != 4 {
		t.Fatalf("sent %s (%v)", sent, err)
	}
	if !jsonEqual(t, body.Blocks[0], colorPicker) {
		t.Errorf("the unknown block changed:\n got %s\nwant %s", body.Blocks[0], colorPicker)
	}
	var sec struct {
		Children []json.RawMessage `json:"children"`
	}
	if err := json.Unmarshal(body.Blocks[2], &sec); err != nil || len(sec.Children) != 3 {
		t.Fatalf("section %s (%v)", body.Blocks[2], err)
	}
	if !jsonEqual(t, sec.Children[2], timeline) {
		t.Errorf("the unknown block in the section changed:\n got %s\nwant %s", sec.Children[2], timeline)
	}
	if !strings.Contains(string(body.Blocks[1]), `"CHIP"`) || !strings.Contains(string(body.Blocks[3]), "Run again") {
		t.Errorf("edits missing: %s", sent)
	}
	// An unknown block is found and removed by its ID like any other.
	if _, ok := blocks.Find("color").(*UnknownUIBlock); !ok || !blocks.Remove("color") || blocks.Find("color") != nil {
		t.Error("the unknown block could not be found and removed by ID")
	}
}

func jsonEqual(t *testing.T, a []byte, b string) bool {
	t.Helper()
	return reflect.DeepEqual(normalJSONStrict(t, a), normalJSONStrict(t, []byte(b))) && bytes.Equal(compactJSON(a), compactJSON([]byte(b)))
}

// TestAppCanvasCreateSendsBlocks: a create without blocks sends an empty
// list, which the API requires.
func TestAppCanvasCreateSendsBlocks(t *testing.T) {
	b, err := json.Marshal(&AppCanvasCreate{AppID: "app_1", FeatureID: "f", ResourceID: "etr_1"})
	if err != nil || !strings.Contains(string(b), `"blocks":[]`) || strings.Contains(string(b), "sessionId") {
		t.Errorf("body = %s, %v", b, err)
	}
}
