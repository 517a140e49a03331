package benchling

import (
	"encoding/json"
	"errors"
	"iter"
	"net/http"
	"reflect"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// entriesCmp compares decoded values: FieldValue and json.RawMessage by
// JSON meaning, not by bytes (fixtures are indented).
var entriesCmp = []cmp.Option{
	cmp.Comparer(func(a, b FieldValue) bool { return entriesJSONEqual(a.Raw(), b.Raw()) }),
	cmp.Comparer(func(a, b json.RawMessage) bool { return entriesJSONEqual(a, b) }),
}

func entriesJSONEqual(a, b []byte) bool {
	if len(a) == 0 || len(b) == 0 {
		return len(a) == len(b)
	}
	var x, y any
	if json.Unmarshal(a, &x) != nil || json.Unmarshal(b, &y) != nil {
		return false
	}
	return reflect.DeepEqual(x, y)
}

// entriesTestJSONEqual fails unless got and want are the same JSON value.
func entriesTestJSONEqual(t *testing.T, what string, got, want []byte) {
	t.Helper()
	var g, w any
	if err := json.Unmarshal(got, &g); err != nil {
		t.Fatalf("%s: not JSON: %v: %s", what, err, got)
	}
	if err := json.Unmarshal(want, &w); err != nil {
		t.Fatalf("%s: want is not JSON: %v", what, err)
	}
	if diff := cmp.Diff(w, g); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", what, diff)
	}
}

func entriesTime(t *testing.T, s string) time.Time {
	t.Helper()
	v, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

var (
	entriesLouis = UserSummary{Handle: "lpasteur", ID: "ent_a0SApq3z", Name: "Louis Pasteur"}
	entriesMarie = UserSummary{Handle: "mcurie", ID: "ent_b4AApz9b", Name: "Marie Curie"}
)

// entriesWantNotes is testdata/entries/notes.json written out by hand: one
// note of every kind the spec's EntryNotePart mapping declares.
func entriesWantNotes() EntryNoteParts {
	seq := EntryLink{ID: "seq_RhYGVnHF", Type: EntryLinkTypeDnaSequence,
		WebURL: Ptr("https://benchling.com/benchling/f/lib_hBHqKbzE-sequences/seq_RhYGVnHF-pbr322/edit")}
	href := EntryLink{Type: EntryLinkTypeLink, WebURL: Ptr("https://docs.benchling.com")}
	loc := EntryLink{ID: "loc_k6JFh6Vq", Type: EntryLinkTypeLocation}
	cols := []StructuredTableColumnInfo{
		{ColumnID: "col_2fBVp6Ik", Name: "Sample"},
		{ColumnID: "col_9aXbS1Ya", IsReadOnly: true, Name: "Concentration"},
	}
	ids := func(apiID, name string) StructuredTableAPIIdentifiers {
		return StructuredTableAPIIdentifiers{APIID: apiID, Name: name, Columns: cols}
	}
	return EntryNoteParts{
		&SimpleNotePart{Type: EntryNoteTypeText, Text: "Transformed pBR322 into DH5a, see seq_RhYGVnHF.", Links: []EntryLink{seq}},
		&SimpleNotePart{Type: EntryNoteTypeCode, Text: "python analyze.py --plate 1", Links: []EntryLink{}},
		&SimpleNotePart{Type: EntryNoteTypeListBullet, Indentation: 1, Text: "Thaw cells on ice", Links: []EntryLink{}},
		&SimpleNotePart{Type: EntryNoteTypeListNumber, Indentation: 2, Text: "Add 1 uL of plasmid", Links: []EntryLink{href}},
		&CheckboxNotePart{Type: EntryNoteTypeListCheckbox, Checked: true, Text: "Autoclave media", Links: []EntryLink{}},
		&TableNotePart{Type: EntryNoteTypeTable, Text: "Plate reader results", Links: []EntryLink{},
			Table: EntryTable{Name: "Table1", ColumnLabels: []*string{Ptr("Well"), nil}, Rows: []EntryTableRow{
				{Cells: []EntryTableCell{{Text: "A1"}, {Text: "0.52"}}},
				{Cells: []EntryTableCell{{Text: "A2", Link: &href}, {Text: "0.48"}}},
			}}},
		&TextBoxNotePart{Type: EntryNoteTypeTextBox, Name: "Summary", Text: "Colonies at 16 h.", Links: []EntryLink{loc}},
		&ExternalFileNotePart{Type: EntryNoteTypeExternalFile, ExternalFileID: "extf_6AZ5pDX9", Text: "Gel image", Links: []EntryLink{}},
		&AssayRunNotePart{Type: EntryNoteTypeAssayRun, AssayRunID: Ptr("588aca02-1a20-4b94-a40f-b3f3a0081749"), AssayRunSchemaID: "assaysch_msh1Ly6g"},
		&ChartNotePart{Type: EntryNoteTypeNoteLinkedChart, Chart: ChartNotePartChart{ID: "chart_8mRtcjP3"}},
		&AppCanvasNotePart{Type: EntryNoteTypeAppCanvas, AppID: "app_J39na03L1nsLS34o", CanvasID: "cnvs_Q4mPJ34a", FeatureID: "growth_curve"},
		&ResultsTableNotePart{Type: EntryNoteTypeResultsTable, StructuredTableAPIIdentifiers: ids("strtbl_Nd4q3Ieh", "Results"), AssayResultSchemaID: "assaysch_msh1Ly6g"},
		&RegistrationTableNotePart{Type: EntryNoteTypeRegistrationTable, StructuredTableAPIIdentifiers: ids("strtbl_5Hc9yVvX", "Registration"), EntitySchemaID: "ts_hMbJPSA8"},
		&LookupTableNotePart{Type: EntryNoteTypeLookupTable, StructuredTableAPIIdentifiers: ids("strtbl_0xk3TJ8v", "Lookup")},
		&PlateCreationTableNotePart{Type: EntryNoteTypePlateCreationTable, StructuredTableAPIIdentifiers: ids("strtbl_Lz0iAU8p", "Plates"), PlateSchemaID: "pltsch_LRIuH0yJ"},
		&BoxCreationTableNotePart{Type: EntryNoteTypeBoxCreationTable, StructuredTableAPIIdentifiers: ids("strtbl_W2eBp2Yc", "Boxes"), BoxSchemaID: "boxsch_MAbGlEtf"},
		&MixturePrepTableNotePart{Type: EntryNoteTypeMixturePrepTable, StructuredTableAPIIdentifiers: ids("strtbl_Hs3Bq7kR", "Mixtures"), MixtureSchemaID: "ts_eGNPfqCX"},
		&InventoryContainerTableNotePart{Type: EntryNoteTypeInventoryContainerTable, StructuredTableAPIIdentifiers: ids("strtbl_Xo9KpD2s", "Containers"),
			DestinationContainerSchemaID: "consch_JEL0WCBK", Mode: InventoryTableNotePartModeCreateAndFill},
		&InventoryPlateTableNotePart{Type: EntryNoteTypeInventoryPlateTable, Indentation: 1, StructuredTableAPIIdentifiers: ids("strtbl_Qp7Vn3Ld", "Plate fill"),
			DestinationWellSchemaID: "consch_JEL0WCBK", Mode: InventoryTableNotePartModeFill},
	}
}

// entriesWantEntry is testdata/entries/entry.json written out by hand.
func entriesWantEntry(t *testing.T) *Entry {
	t.Helper()
	return &Entry{
		EntryBase: EntryBase{
			APIURL:       "https://benchling.com/api/v2/entries/etr_tv7m7B78",
			Authors:      []UserSummary{entriesLouis},
			CreatedAt:    time.Date(2023, 3, 1, 15, 4, 5, 123456000, time.UTC),
			Creator:      entriesLouis,
			CustomFields: CustomFields{"Legacy ID": {Value: "STR100"}},
			DisplayID:    "VPR001",
			Fields: Fields{
				"Project": {Value: StringValue("Transformation"), Type: FieldTypeText,
					DisplayValue: Ptr("Transformation"), TextValue: Ptr("Transformation")},
				"Samples": {Value: StringsValue("bfi_xCUXNVyG", "bfi_ZBYEw7hS"), Type: FieldTypeCustomEntityLink,
					DisplayValue: Ptr("S1, S2"), TextValue: Ptr("S1, S2"), IsMulti: true},
			},
			FolderID:   "lib_bf0636",
			ID:         "etr_tv7m7B78",
			ModifiedAt: "2023-03-03T09:00:05.000000+00:00",
			Name:       "pBR322 transformation",
			Schema:     &EntrySchema{ID: "ts_NetYd96a", Name: "Experiment", ModifiedAt: entriesTime(t, "2017-04-18T05:55:48.685345+00:00")},
			WebURL:     "https://benchling.com/benchling/f/lib_bf0636-notebook/etr_tv7m7B78-pbr322-transformation/edit",
		},
		AssignedReviewers: []UserSummary{entriesMarie},

		Days: []EntryDay{
			{Date: "2023-03-01", Notes: entriesWantNotes()},
			{Date: "2023-03-02", Title: Ptr("Analysis"), Notes: EntryNoteParts{}},
		},

		EntryTemplateID: Ptr("tmpl_27b8fb"),

		ReviewRecord: &EntryReviewRecord{
			Status:  EntryReviewStatusNeedsReview,
			Comment: "Please double-check the concentrations.",
			ReviewChanges: []ReviewChange{
				{ID: "revchg_Tx3kP2Lm", Action: ReviewChangeActionSendForReview, CreatedAt: time.Date(2023, 3, 2, 10, 15, 0, 0, time.UTC)},
				{ID: "revchg_9Yh2LqWe", Action: ReviewChangeActionAccept, Comment: Ptr("Looks good"),
					CreatedAt: time.Date(2023, 3, 3, 9, 0, 0, 0, time.UTC), Esigned: true,
					ReviewSnapshot: &ReviewSnapshot{
						CreatedAt:   time.Date(2023, 3, 3, 9, 0, 5, 0, time.UTC),
						DownloadURL: "https://benchling-temp.s3.amazonaws.com/snapshots/etr_tv7m7B78.pdf",
						ExpiresAt:   time.Date(2023, 3, 3, 10, 0, 5, 0, time.UTC),
						Size:        48213,
						Status:      ReviewSnapshotStatusSucceeded,
					}},
			},
			ReviewProcesses: []EntryReviewProcess{{
				ID: "revproc_Lm3Xk9Pa", Name: "Peer review", Type: EntryReviewProcessTypeSequential, CompletionStatus: EntryReviewProcessCompletionStatusReviewed,
				Stages: []EntryReviewProcessStage{{
					ID: "revstage_2Hk7Nq0W", Name: "Scientist review", ActionLabel: EntryReviewProcessStageActionLabelReview,
					Reviewers: []EntryReviewProcessStageReviewer{{UserSummary: UserSummary{Handle: "mcurie", ID: "ent_b4AApz9b", Name: "Marie Curie"}, Status: EntryReviewProcessStageReviewerStatusPending}},
				}},
			}},
		},
	}
}

// entriesWantTemplate is testdata/entries/template.json written out by hand.
func entriesWantTemplate() *EntryTemplate {
	return &EntryTemplate{
		APIURL:       "https://benchling.com/api/v2/entry-templates/tmpl_tv7m7B78",
		CreatedAt:    time.Date(2022, 11, 20, 12, 0, 0, 0, time.UTC),
		Creator:      entriesLouis,
		CustomFields: CustomFields{"Legacy ID": {Value: "STR100"}},
		Days: []EntryTemplateDay{
			{Day: 0, Title: Ptr("Materials"), Notes: EntryNoteParts{
				&CheckboxNotePart{Type: EntryNoteTypeListCheckbox, Text: "Order primers", Links: []EntryLink{}},
				&RegistrationTableNotePart{Type: EntryNoteTypeRegistrationTable, EntitySchemaID: "ts_hMbJPSA8",
					StructuredTableAPIIdentifiers: StructuredTableAPIIdentifiers{APIID: "strtbl_5Hc9yVvX", Name: "Registration",
						Columns: []StructuredTableColumnInfo{
							{ColumnID: "col_2fBVp6Ik", Name: "Sample"},
							{ColumnID: "col_9aXbS1Ya", IsReadOnly: true, Name: "Concentration"},
						}}},
			}},
			{Day: 1, Notes: EntryNoteParts{
				&SimpleNotePart{Type: EntryNoteTypeText, Text: "Describe the transformation.", Links: []EntryLink{}},
			}},
		},
		Fields:               Fields{"Project": {Value: NullValue(), Type: FieldTypeText}},
		ID:                   "tmpl_tv7m7B78",
		ModifiedAt:           "2023-02-01T12:00:00.000000+00:00",
		Name:                 "Transformation template",
		Schema:               &EntrySchema{ID: "ts_NetYd96a", Name: "Experiment", ModifiedAt: time.Date(2017, 4, 18, 5, 55, 48, 685345000, time.UTC)},
		TemplateCollectionID: "tmplcol_jC7rOniv",
		WebURL:               "https://benchling.com/benchling/f/tmplcol_jC7rOniv/tmpl_tv7m7B78/edit",
	}
}

func TestEntriesGet(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /entries/etr_tv7m7B78", func(w http.ResponseWriter, r *http.Request) {
		testQuery(t, r, nil)
		serveJSON(t, http.MethodGet, http.StatusOK, fixture(t, "entries/get.json"))(w, r)
	})
	got, resp, err := env.client.Entries.Get(testCtx(t), "etr_tv7m7B78", nil)
	if err != nil {
		t.Fatalf("Get: %v", err)
	}
	if resp.StatusCode != http.StatusOK {
		t.Errorf("status = %d", resp.StatusCode)
	}
	if diff := cmp.Diff(entriesWantEntry(t), got, entriesCmp...); diff != "" {
		t.Errorf("Get mismatch (-want +got):\n%s", diff)
	}
	// A few fields by hand, through the accessors users call.
	if s, ok := got.Fields["Samples"].Value.AsStrings(); !ok || len(s) != 2 || s[1] != "bfi_ZBYEw7hS" {
		t.Errorf("Samples = %v, %v", s, ok)
	}
	if !got.ReviewRecord.ReviewChanges[1].ReviewSnapshot.ExpiresAt.Equal(time.Date(2023, 3, 3, 10, 0, 5, 0, time.UTC)) {
		t.Errorf("snapshot ExpiresAt = %v", got.ReviewRecord.ReviewChanges[1].ReviewSnapshot.ExpiresAt)
	}
	if tbl, ok := got.Days[0].Notes[5].(*TableNotePart); !ok || tbl.Table.Rows[1].Cells[0].Link.Type != EntryLinkTypeLink {
		t.Errorf("note 5 = %#v", got.Days[0].Notes[5])
	}
}

// TestEntriesReturning sends the optional returning parameter of Get,
// Update, GetTemplate and UpdateTemplate (the spec's examples) with the
// spec's request bodies, and decodes the spec's responses.
func TestEntriesReturning(t *testing.T) {
	ret := []string{"id", "name", "modifiedAt"}
	runSpecCases(t, []specCase{
		{name: "Get", op: "getEntry", pattern: "GET /entries/etr_1", status: http.StatusOK,
			query: map[string]string{"returning": "id,name,modifiedAt"},
			call: func(t *testing.T, c *Client) (any, error) {
				v, _, err := c.Entries.Get(testCtx(t), "etr_1", &EntryGetOptions{Returning: ret})
				return map[string]any{"entry": v}, err
			}},
		{name: "Update", op: "updateEntry", pattern: "PATCH /entries/etr_1", status: http.StatusOK,
			query: map[string]string{"returning": "id,name,modifiedAt"},
			call: func(t *testing.T, c *Client) (any, error) {
				v, _, err := c.Entries.Update(testCtx(t), "etr_1", reqFixture[EntryUpdate](t, "updateEntry"), &EntryUpdateOptions{Returning: ret})
				return v, err
			}},
		{name: "GetTemplate", op: "getEntryTemplate", pattern: "GET /entry-templates/tmpl_1", status: http.StatusOK,
			query: map[string]string{"returning": "id,modifiedAt"},
			call: func(t *testing.T, c *Client) (any, error) {
				v, _, err := c.Entries.GetTemplate(testCtx(t), "tmpl_1", &EntryTemplateGetOptions{Returning: []string{"id", "modifiedAt"}})
				return v, err
			}},
		{name: "UpdateTemplate", op: "updateEntryTemplate", pattern: "PATCH /entry-templates/tmpl_1", status: http.StatusOK,
			query: map[string]string{"returning": "id,name,modifiedAt"},
			call: func(t *testing.T, c *Client) (any, error) {
				v, _, err := c.Entries.UpdateTemplate(testCtx(t), "tmpl_1", reqFixture[EntryTemplateUpdate](t, "updateEntryTemplate"), &EntryTemplateUpdateOptions{Returning: ret})
				return v, err
			}},
	})
}

func TestEntriesGetNotFound(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /entries/etr_missing", serveJSON(t, http.MethodGet, http.StatusNotFound, fixture(t, "entries/not_found.json")))
	got, resp, err := env.client.Entries.Get(testCtx(t), "etr_missing", nil)
	if !errors.Is(err, ErrNotFound) {
		t.Fatalf("err = %v, want ErrNotFound", err)
	}
	var apiErr *Error
	if !errors.As(err, &apiErr) || apiErr.Message != "Entry etr_missing not found." {
		t.Errorf("error = %#v", apiErr)
	}
	if got != nil || resp == nil || resp.StatusCode != http.StatusNotFound {
		t.Errorf("got %v, resp %v", got, resp)
	}
}

func TestEntriesGetEmptyEnvelope(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /entries/etr_tv7m7B78", serveJSON(t, http.MethodGet, http.StatusOK, `{}`))
	got, _, err := env.client.Entries.Get(testCtx(t), "etr_tv7m7B78", nil)
	if !errors.Is(err, ErrUnexpectedResponse) || got != nil {
		t.Fatalf("Get = %v, %v; want ErrUnexpectedResponse", got, err)
	}
}

func TestEntriesGetUnknownNoteKind(t *testing.T) {
	// A kind the spec does not declare fails the spec check, so this
	// response is served without it: the SDK must still decode it.
	env := setupRaw(t)
	body := `{"entry":{"id":"etr_tv7m7B78","days":[{"date":"2023-03-01","notes":` +
		string(fixture(t, "entries/note_unknown.json")) + `}]}}`
	env.mux.HandleFunc("GET /entries/etr_tv7m7B78", serveJSON(t, http.MethodGet, http.StatusOK, body))
	got, _, err := env.client.Entries.Get(testCtx(t), "etr_tv7m7B78", nil)
	if err != nil {
		t.Fatalf("Get: %v", err)
	}
	notes := got.Days[0].Notes
	if len(notes) != 3 {
		t.Fatalf("got %d notes, want 3", len(notes))
	}
	u, ok := notes[1].(*UnknownNotePart)
	if !ok || u.Type != "molecule_sketch" || u.NoteType() != "molecule_sketch" {
		t.Fatalf("note 1 = %#v, want *UnknownNotePart of type molecule_sketch", notes[1])
	}
	entriesTestJSONEqual(t, "unknown note raw", u.Raw,
		[]byte(`{"type":"molecule_sketch","indentation":0,"sketchId":"sk_1","svg":{"width":200}}`))
}

func TestEntriesNoteKinds(t *testing.T) {
	raw := fixture(t, "entries/notes.json")
	var got EntryNoteParts
	if err := json.Unmarshal(raw, &got); err != nil {
		t.Fatalf("Unmarshal: %v", err)
	}
	var rawNotes []json.RawMessage
	if err := json.Unmarshal(raw, &rawNotes); err != nil {
		t.Fatal(err)
	}
	want := entriesWantNotes()
	if len(got) != len(want) || len(rawNotes) != len(want) {
		t.Fatalf("got %d notes (fixture %d), want %d", len(got), len(rawNotes), len(want))
	}
	seen := map[EntryNoteType]bool{}
	for i := range want {
		var head struct {
			Type EntryNoteType `json:"type"`
		}
		if err := json.Unmarshal(rawNotes[i], &head); err != nil {
			t.Fatal(err)
		}
		t.Run(string(head.Type), func(t *testing.T) {
			seen[head.Type] = true
			if reflect.TypeOf(got[i]) != reflect.TypeOf(want[i]) {
				t.Fatalf("decoded into %T, want %T", got[i], want[i])
			}
			if got[i].NoteType() != head.Type {
				t.Errorf("NoteType() = %q, want %q", got[i].NoteType(), head.Type)
			}
			if diff := cmp.Diff(want[i], got[i]); diff != "" {
				t.Errorf("note mismatch (-want +got):\n%s", diff)
			}
			// Round trip: the note encodes back to the same JSON.
			b, err := json.Marshal(got[i])
			if err != nil {
				t.Fatalf("Marshal: %v", err)
			}
			entriesTestJSONEqual(t, "round trip", b, rawNotes[i])
		})
	}
	// Every kind of the spec's discriminator mapping has a fixture.
	for _, k := range []EntryNoteType{EntryNoteTypeText, EntryNoteTypeCode, EntryNoteTypeListBullet, EntryNoteTypeListNumber,
		EntryNoteTypeListCheckbox, EntryNoteTypeTable, EntryNoteTypeTextBox, EntryNoteTypeExternalFile, EntryNoteTypeAssayRun,
		EntryNoteTypeNoteLinkedChart, EntryNoteTypeAppCanvas, EntryNoteTypeResultsTable, EntryNoteTypeRegistrationTable,
		EntryNoteTypeLookupTable, EntryNoteTypePlateCreationTable, EntryNoteTypeBoxCreationTable, EntryNoteTypeMixturePrepTable,
		EntryNoteTypeInventoryContainerTable, EntryNoteTypeInventoryPlateTable} {
		if !seen[k] {
			t.Errorf("no fixture note of kind %q", k)
		}
		if newNotePart(k) == nil {
			t.Errorf("kind %q has no struct", k)
		}
	}
	// The whole list round-trips too.
	b, err := json.Marshal(got)
	if err != nil {
		t.Fatalf("Marshal: %v", err)
	}
	entriesTestJSONEqual(t, "list round trip", b, raw)
}

func TestEntriesNoteUnknown(t *testing.T) {
	raw := fixture(t, "entries/note_unknown.json")
	var got EntryNoteParts
	if err := json.Unmarshal(raw, &got); err != nil {
		t.Fatalf("Unmarshal: %v", err)
	}
	want := EntryNoteParts{
		&SimpleNotePart{Type: EntryNoteTypeText, Text: "Before the new kind", Links: []EntryLink{}},
		&UnknownNotePart{Type: "molecule_sketch",
			Raw: json.RawMessage(`{"type":"molecule_sketch","indentation":0,"sketchId":"sk_1","svg":{"width":200}}`)},
		&UnknownNotePart{Type: "", Raw: json.RawMessage(`{"indentation":0,"text":"no type"}`)},
	}
	if diff := cmp.Diff(want, got, entriesCmp...); diff != "" {
		t.Errorf("notes mismatch (-want +got):\n%s", diff)
	}
	b, err := json.Marshal(got)
	if err != nil {
		t.Fatalf("Marshal: %v", err)
	}
	entriesTestJSONEqual(t, "round trip", b, raw)

	// Raw is copied, not aliased to the decoder's buffer.
	buf := append([]byte(nil), raw...)
	var again EntryNoteParts
	if err := json.Unmarshal(buf, &again); err != nil {
		t.Fatal(err)
	}
	for i := range buf {
		buf[i] = ' '
	}
	if u := again[1].(*UnknownNotePart); !json.Valid(u.Raw) {
		t.Errorf("Raw aliases the input buffer: %q", u.Raw)
	}

	// An unknown note built by hand without Raw encodes its type.
	b, err = json.Marshal(&UnknownNotePart{Type: "future"})
	if err != nil || string(b) != `{"type":"future"}` {
		t.Errorf("Marshal(UnknownNotePart{Type}) = %s, %v", b, err)
	}
}

func TestEntriesNoteDecodeErrors(t *testing.T) {
	for name, in := range map[string]string{
		"not an array":          `{"type":"text"}`,
		"note not an object":    `["text"]`,
		"known kind, bad shape": `[{"type":"table","table":"not an object"}]`,
		"bad indentation":       `[{"type":"text","indentation":"one"}]`,
	} {
		t.Run(name, func(t *testing.T) {
			var got EntryNoteParts
			if err := json.Unmarshal([]byte(in), &got); err == nil {
				t.Errorf("Unmarshal(%s) = %v, want an error", in, got)
			}
		})
	}
	var null EntryNoteParts = EntryNoteParts{&SimpleNotePart{}}
	if err := json.Unmarshal([]byte(`null`), &null); err != nil || null != nil {
		t.Errorf("Unmarshal(null) = %v, %v", null, err)
	}
	if _, err := json.Marshal(EntryNoteParts{nil}); err == nil {
		t.Error("Marshal of a nil note succeeded")
	}
	if _, err := json.Marshal(&UnknownNotePart{Raw: json.RawMessage(`{bad`)}); err == nil {
		t.Error("Marshal of invalid Raw succeeded")
	}
}

func TestEntriesList(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /entries", func(w http.ResponseWriter, r *http.Request) {
		testQuery(t, r, map[string]string{
			"pageSize":                  "25",
			"nextToken":                 "tok_1",
			"sort":                      "name:asc",
			"modifiedAt":                "> 2022-03-01 AND < 2022-04-01",
			"name":                      "Day 1 cloning",
			"projectId":                 "src_NetYd96a",
			"archiveReason":             "ANY_ARCHIVED_OR_NOT_ARCHIVED",
			"reviewStatus":              "NEEDS_REVIEW",
			"mentionedIn":               "etr_1X1AlQPD,etr_tv7m7B78",
			"mentions":                  "seq_RhYGVnHF,bfi_xCUXNVyG",
			"ids":                       "etr_1X1AlQPD,etr_Hds1XAaq",
			"schemaId":                  "ts_NetYd96a",
			"names.anyOf":               "MyName1,MyName2",
			"names.anyOf.caseSensitive": "MyName1,MyName2",
			"assignedReviewerIds.anyOf": "ent_a0SApq3z,ent_SdUvia1v",
			"creatorIds":                "ent_a0SApq3z",
			"authorIds.anyOf":           "ent_a0SApq3z,ent_b4AApz9b",
			"displayIds":                "VPR001,VPR002",
			"returning":                 "entries.id,entries.name,entries.modifiedAt,nextToken",
		})
		serveJSON(t, http.MethodGet, http.StatusOK, fixture(t, "entries/list_page1.json"))(w, r)
	})
	opts := &EntryListOptions{
		ListOptions: ListOptions{PageSize: 25, NextToken: "tok_1"},
		DocumentListFilters: DocumentListFilters{
			Sort:                    SortNameAsc,
			ModifiedAt:              "> 2022-03-01 AND < 2022-04-01",
			Name:                    "Day 1 cloning",
			ArchiveReason:           ArchiveFilterAll,
			MentionedIn:             []string{"etr_1X1AlQPD", "etr_tv7m7B78"},
			IDs:                     []string{"etr_1X1AlQPD", "etr_Hds1XAaq"},
			NamesAnyOf:              []string{"MyName1", "MyName2"},
			NamesAnyOfCaseSensitive: []string{"MyName1", "MyName2"},
			CreatorIDs:              []string{"ent_a0SApq3z"},
			DisplayIDs:              []string{"VPR001", "VPR002"},
			Returning:               []string{"entries.id", "entries.name", "entries.modifiedAt"},
		},

		ProjectID: "src_NetYd96a",

		ReviewStatus: EntryReviewStatusNeedsReview,

		Mentions: []string{"seq_RhYGVnHF", "bfi_xCUXNVyG"},

		SchemaID: "ts_NetYd96a",

		AssignedReviewerIDsAnyOf: []string{"ent_a0SApq3z", "ent_SdUvia1v"},

		AuthorIDsAnyOf: []string{"ent_a0SApq3z", "ent_b4AApz9b"},
	}
	got, resp, err := env.client.Entries.List(testCtx(t), opts)
	if err != nil {
		t.Fatalf("List: %v", err)
	}
	if resp.NextToken != "Im5ld3Rlc3RfaWQi" {
		t.Errorf("NextToken = %q", resp.NextToken)
	}
	want := decodeFixture[struct {
		Entries []*Entry `json:"entries"`
	}](t, "entries/list_page1.json").Entries
	if diff := cmp.Diff(want, got, entriesCmp...); diff != "" {
		t.Errorf("List mismatch (-want +got):\n%s", diff)
	}
	if len(got) != 2 || got[0].ID != "etr_1X1AlQPD" || got[1].Name != "Day 2 cloning" ||
		!got[0].CreatedAt.Equal(time.Date(2023, 1, 10, 8, 0, 0, 0, time.UTC)) || got[0].Creator != entriesLouis ||
		got[0].ArchiveRecord != nil || got[0].Schema != nil || got[0].EntryTemplateID != nil {
		t.Errorf("List = %+v", got)
	}
	if n, ok := got[0].Days[0].Notes[0].(*SimpleNotePart); !ok || n.Text != "Notes for Day 1 cloning" {
		t.Errorf("first note = %#v", got[0].Days[0].Notes[0])
	}
}

func TestEntriesListNilOptions(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /entries", func(w http.ResponseWriter, r *http.Request) {
		testQuery(t, r, nil)
		serveJSON(t, http.MethodGet, http.StatusOK, fixture(t, "entries/list_page2.json"))(w, r)
	})
	got, resp, err := env.client.Entries.List(testCtx(t), nil)
	if err != nil {
		t.Fatalf("List: %v", err)
	}
	if len(got) != 1 || got[0].ArchiveRecord == nil || got[0].ArchiveRecord.Reason != "Retired" || resp.NextToken != "" {
		t.Errorf("List = %+v, NextToken %q", got, resp.NextToken)
	}
}

func TestEntriesAll(t *testing.T) {
	opts := &EntryListOptions{ListOptions: ListOptions{PageSize: 2}, SchemaID: "ts_NetYd96a"}
	got := testAllTwoPages(t, twoPageList{
		pattern: "GET /entries", query: map[string]string{"pageSize": "2", "schemaId": "ts_NetYd96a"},
		nextToken: "Im5ld3Rlc3RfaWQi", page1: "entries/list_page1.json", page2: "entries/list_page2.json",
	}, func(c *Client) iter.Seq2[*Entry, error] { return c.Entries.All(testCtx(t), opts) },
		func() string { return opts.NextToken })
	var ids []string
	for _, e := range got {
		ids = append(ids, e.ID)
	}
	if diff := cmp.Diff([]string{"etr_1X1AlQPD", "etr_Hds1XAaq", "etr_IKwdYx32"}, ids); diff != "" {
		t.Errorf("All mismatch (-want +got):\n%s", diff)
	}
}

func TestEntriesCreate(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("POST /entries", func(w http.ResponseWriter, r *http.Request) {
		testQuery(t, r, nil)
		testJSONBody(t, r, `{
			"name": "pBR322 transformation",
			"folderId": "lib_bf0636",
			"authorIds": ["ent_a0SApq3z"],
			"customFields": {"Legacy ID": {"value": "STR100"}},
			"entryTemplateId": "tmpl_27b8fb",
			"fields": {"Project": {"value": "Transformation"}, "Samples": {"value": ["bfi_xCUXNVyG"]}},
			"initialTables": [{"templateTableID": "strtbl_5Hc9yVvX", "csvData": "c33fe52d-fe6a-4c98-adcd-211bdf6778f7"}],
			"schemaId": "ts_NetYd96a"
		}`)
		serveJSON(t, http.MethodPost, http.StatusCreated, fixture(t, "entries/entry.json"))(w, r)
	})
	got, resp, err := env.client.Entries.Create(testCtx(t), &EntryCreate{
		Name:            "pBR322 transformation",
		FolderID:        "lib_bf0636",
		AuthorIDs:       []string{"ent_a0SApq3z"}, // one author still goes as a list
		CustomFields:    CustomFields{"Legacy ID": {Value: "STR100"}},
		EntryTemplateID: Ptr("tmpl_27b8fb"),
		Fields: Fields{
			"Project": {Value: StringValue("Transformation")},
			"Samples": {Value: StringsValue("bfi_xCUXNVyG")},
		},
		InitialTables: []InitialTable{{TemplateTableID: "strtbl_5Hc9yVvX", CSVData: "c33fe52d-fe6a-4c98-adcd-211bdf6778f7"}},
		SchemaID:      Ptr("ts_NetYd96a"),
	})
	if err != nil {
		t.Fatalf("Create: %v", err)
	}
	if resp.StatusCode != http.StatusCreated {
		t.Errorf("status = %d", resp.StatusCode)
	}
	if diff := cmp.Diff(entriesWantEntry(t), got, entriesCmp...); diff != "" {
		t.Errorf("Create mismatch (-want +got):\n%s", diff)
	}
}

func TestEntriesCreateMinimal(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("POST /entries", func(w http.ResponseWriter, r *http.Request) {
		testJSONBody(t, r, `{"name": "Notes", "folderId": "lib_bf0636"}`)
		serveJSON(t, http.MethodPost, http.StatusCreated, fixture(t, "entries/entry.json"))(w, r)
	})
	if _, _, err := env.client.Entries.Create(testCtx(t), &EntryCreate{Name: "Notes", FolderID: "lib_bf0636"}); err != nil {
		t.Fatalf("Create: %v", err)
	}
}

func TestEntriesUpdate(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("PATCH /entries/etr_tv7m7B78", func(w http.ResponseWriter, r *http.Request) {
		testQuery(t, r, nil)
		testJSONBody(t, r, `{
			"authorIds": "ent_a0SApq3z",
			"fields": {"Project": {"value": null}},
			"folderId": "lib_bf0636",
			"name": "pBR322 transformation",
			"schemaId": "ts_NetYd96a"
		}`)
		// PATCH answers with the bare entry, not {"entry": ...}.
		serveJSON(t, http.MethodPatch, http.StatusOK, fixture(t, "entries/entry.json"))(w, r)
	})
	got, _, err := env.client.Entries.Update(testCtx(t), "etr_tv7m7B78", &EntryUpdate{
		AuthorIDs: Ptr("ent_a0SApq3z"),
		Fields:    Fields{"Project": {Value: NullValue()}},
		FolderID:  Ptr("lib_bf0636"),
		Name:      Ptr("pBR322 transformation"),
		SchemaID:  Ptr("ts_NetYd96a"),
	}, nil)
	if err != nil {
		t.Fatalf("Update: %v", err)
	}
	if diff := cmp.Diff(entriesWantEntry(t), got, entriesCmp...); diff != "" {
		t.Errorf("Update mismatch (-want +got):\n%s", diff)
	}
}

func TestEntriesUpdateOnlyName(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("PATCH /entries/etr_tv7m7B78", func(w http.ResponseWriter, r *http.Request) {
		testJSONBody(t, r, `{"name": "Renamed"}`)
		serveJSON(t, http.MethodPatch, http.StatusOK, fixture(t, "entries/entry.json"))(w, r)
	})
	if _, _, err := env.client.Entries.Update(testCtx(t), "etr_tv7m7B78", &EntryUpdate{Name: Ptr("Renamed")}, nil); err != nil {
		t.Fatalf("Update: %v", err)
	}
}

func TestEntriesGetExternalFile(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /entries/etr_tv7m7B78/external-files/extf_6AZ5pDX9", func(w http.ResponseWriter, r *http.Request) {
		testQuery(t, r, nil)
		serveJSON(t, http.MethodGet, http.StatusOK, fixture(t, "entries/external_file.json"))(w, r)
	})
	got, _, err := env.client.Entries.GetExternalFile(testCtx(t), "etr_tv7m7B78", "extf_6AZ5pDX9")
	if err != nil {
		t.Fatalf("GetExternalFile: %v", err)
	}
	want := &EntryExternalFile{
		ID:          "extf_6AZ5pDX9",
		Size:        1048576,
		DownloadURL: "https://benchling-temp.s3.amazonaws.com/external_files/extf_6AZ5pDX9/gel.png",
		ExpiresAt:   1700000000,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("GetExternalFile mismatch (-want +got):\n%s", diff)
	}
	if exp := got.ExpiresTime(); !exp.Equal(time.Date(2023, 11, 14, 22, 13, 20, 0, time.UTC)) {
		t.Errorf("ExpiresTime = %v", exp)
	}
	if !(&EntryExternalFile{}).ExpiresTime().IsZero() {
		t.Error("ExpiresTime of an unset ExpiresAt is not zero")
	}
}

func TestEntriesGetExternalFileEmptyEnvelope(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /entries/etr_tv7m7B78/external-files/extf_6AZ5pDX9", serveJSON(t, http.MethodGet, http.StatusOK, `{}`))
	_, _, err := env.client.Entries.GetExternalFile(testCtx(t), "etr_tv7m7B78", "extf_6AZ5pDX9")
	var de *DecodeError
	if !errors.Is(err, ErrUnexpectedResponse) || !errors.As(err, &de) ||
		de.Path != "/entries/etr_tv7m7B78/external-files/extf_6AZ5pDX9" {
		t.Fatalf("err = %v, want a *DecodeError for the path", err)
	}
}

func TestEntriesArchive(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("POST /entries:archive", func(w http.ResponseWriter, r *http.Request) {
		testQuery(t, r, nil)
		testJSONBody(t, r, `{"entryIds": ["etr_1X1AlQPD", "etr_tv7m7B78"], "reason": "Made in error"}`)
		serveJSON(t, http.MethodPost, http.StatusOK, fixture(t, "entries/archival_change.json"))(w, r)
	})
	got, _, err := env.client.Entries.Archive(testCtx(t), &EntriesArchive{EntryIDs: []string{"etr_1X1AlQPD", "etr_tv7m7B78"}, Reason: EntityArchiveReasonMadeInError})
	if err != nil {
		t.Fatalf("Archive: %v", err)
	}
	if diff := cmp.Diff(&EntriesArchivalChange{EntryIDs: []string{"etr_1X1AlQPD", "etr_tv7m7B78"}}, got); diff != "" {
		t.Errorf("Archive mismatch (-want +got):\n%s", diff)
	}
}

func TestEntriesUnarchive(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("POST /entries:unarchive", func(w http.ResponseWriter, r *http.Request) {
		testQuery(t, r, nil)
		testJSONBody(t, r, `{"entryIds": ["etr_1X1AlQPD", "etr_tv7m7B78"]}`)
		serveJSON(t, http.MethodPost, http.StatusOK, fixture(t, "entries/archival_change.json"))(w, r)
	})
	got, _, err := env.client.Entries.Unarchive(testCtx(t), []string{"etr_1X1AlQPD", "etr_tv7m7B78"})
	if err != nil {
		t.Fatalf("Unarchive: %v", err)
	}
	if diff := cmp.Diff(&EntriesArchivalChange{EntryIDs: []string{"etr_1X1AlQPD", "etr_tv7m7B78"}}, got); diff != "" {
		t.Errorf("Unarchive mismatch (-want +got):\n%s", diff)
	}
}

func TestEntriesBulkGet(t *testing.T) {
	tests := []struct {
		name  string
		ids   []string
		opts  *EntryBulkGetOptions
		query map[string]string
	}{
		{"ids", []string{"etr_1X1AlQPD", "etr_IKwdYx32"}, nil,
			map[string]string{"entryIds": "etr_1X1AlQPD,etr_IKwdYx32"}},
		{"display ids", nil, &EntryBulkGetOptions{DisplayIDs: []string{"VPR001", "VPR002"}},
			map[string]string{"displayIds": "VPR001,VPR002"}},
		{"both with returning", []string{"etr_1X1AlQPD"},
			&EntryBulkGetOptions{DisplayIDs: []string{"VPR002"}, Returning: []string{"entries.id", "entries.name"}},
			map[string]string{"entryIds": "etr_1X1AlQPD", "displayIds": "VPR002", "returning": "entries.id,entries.name"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env := setup(t)
			env.mux.HandleFunc("GET /entries:bulk-get", func(w http.ResponseWriter, r *http.Request) {
				testQuery(t, r, tt.query)
				serveJSON(t, http.MethodGet, http.StatusOK, fixture(t, "entries/bulk_get.json"))(w, r)
			})
			got, _, err := env.client.Entries.BulkGet(testCtx(t), tt.ids, tt.opts)
			if err != nil {
				t.Fatalf("BulkGet: %v", err)
			}
			want := decodeFixture[struct {
				Entries []*Entry `json:"entries"`
			}](t, "entries/bulk_get.json").Entries
			if diff := cmp.Diff(want, got, entriesCmp...); diff != "" {
				t.Errorf("BulkGet mismatch (-want +got):\n%s", diff)
			}
			if len(got) != 2 || got[1].ID != "etr_IKwdYx32" || got[1].DisplayID != "VPR002" || got[0].Authors[0] != entriesLouis {
				t.Errorf("BulkGet = %+v", got)
			}
		})
	}
}

func TestEntriesBulkGetNoIDs(t *testing.T) {
	env := setup(t) // no handler: any request fails the test
	for _, opts := range []*EntryBulkGetOptions{nil, {Returning: []string{"entries.id"}}} {
		got, resp, err := env.client.Entries.BulkGet(testCtx(t), nil, opts)
		if err == nil || got != nil || resp != nil {
			t.Errorf("BulkGet(nil, %+v) = %v, %v, %v; want an error and no request", opts, got, resp, err)
		}
	}
}

func TestEntriesInvalidID(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		t.Errorf("request sent: %s %s", r.Method, r.URL)
	})
	ctx := testCtx(t)
	calls := map[string]func() error{
		"Get": func() error { _, _, err := env.client.Entries.Get(ctx, "", nil); return err },
		"Update": func() error {
			_, _, err := env.client.Entries.Update(ctx, "", &EntryUpdate{Name: Ptr("x")}, nil)
			return err
		},
		"GetExternalFile entry": func() error {
			_, _, err := env.client.Entries.GetExternalFile(ctx, "", "extf_6AZ5pDX9")
			return err
		},
		"GetExternalFile file": func() error {
			_, _, err := env.client.Entries.GetExternalFile(ctx, "etr_tv7m7B78", "..")
			return err
		},
		"GetTemplate": func() error { _, _, err := env.client.Entries.GetTemplate(ctx, " ", nil); return err },
		"UpdateTemplate": func() error {
			_, _, err := env.client.Entries.UpdateTemplate(ctx, "", &EntryTemplateUpdate{Name: Ptr("x")}, nil)
			return err
		},
	}
	wantInvalidID(t, calls)
}

func TestEntriesListTemplates(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /entry-templates", func(w http.ResponseWriter, r *http.Request) {
		testQuery(t, r, map[string]string{
			"pageSize":             "10",
			"nextToken":            "tok_2",
			"modifiedAt":           "> 2022-03-01",
			"name":                 "Transformation template",
			"templateCollectionId": "tmplcol_jC7rOniv",
			"ids":                  "tmpl_tv7m7B78,tmpl_27b8fb",
			"schemaId":             "ts_NetYd96a",
			"returning":            "entryTemplates.id,entryTemplates.modifiedAt,nextToken",
		})
		serveJSON(t, http.MethodGet, http.StatusOK, fixture(t, "entries/templates_page1.json"))(w, r)
	})
	got, resp, err := env.client.Entries.ListTemplates(testCtx(t), &EntryTemplateListOptions{
		ListOptions:          ListOptions{PageSize: 10, NextToken: "tok_2"},
		ModifiedAt:           "> 2022-03-01",
		Name:                 "Transformation template",
		TemplateCollectionID: "tmplcol_jC7rOniv",
		IDs:                  []string{"tmpl_tv7m7B78", "tmpl_27b8fb"},
		SchemaID:             "ts_NetYd96a",
		Returning:            []string{"entryTemplates.id", "entryTemplates.modifiedAt"},
	})
	if err != nil {
		t.Fatalf("ListTemplates: %v", err)
	}
	if resp.NextToken != "dG1wbF9wYWdlMg" {
		t.Errorf("NextToken = %q", resp.NextToken)
	}
	if diff := cmp.Diff([]*EntryTemplate{entriesWantTemplate()}, got, entriesCmp...); diff != "" {
		t.Errorf("ListTemplates mismatch (-want +got):\n%s", diff)
	}
}

func TestEntriesAllTemplates(t *testing.T) {
	env := setup(t)
	calls := 0
	env.mux.HandleFunc("GET /entry-templates", func(w http.ResponseWriter, r *http.Request) {
		calls++
		switch calls {
		case 1:
			testQuery(t, r, nil)
			serveJSON(t, http.MethodGet, http.StatusOK, fixture(t, "entries/templates_page1.json"))(w, r)
		case 2:
			testQuery(t, r, map[string]string{"nextToken": "dG1wbF9wYWdlMg"})
			serveJSON(t, http.MethodGet, http.StatusOK, fixture(t, "entries/templates_page2.json"))(w, r)
		default:
			t.Errorf("unexpected request %d", calls)
			http.Error(w, "no more", http.StatusInternalServerError)
		}
	})
	var got []*EntryTemplate
	for tmpl, err := range env.client.Entries.AllTemplates(testCtx(t), nil) {
		if err != nil {
			t.Fatalf("AllTemplates: %v", err)
		}
		got = append(got, tmpl)
	}
	if len(got) != 2 || got[0].ID != "tmpl_tv7m7B78" || got[1].ID != "tmpl_27b8fb" || got[1].Days[0].Day != 1 {
		t.Errorf("AllTemplates = %+v", got)
	}
	if calls != 2 {
		t.Errorf("%d requests, want 2", calls)
	}
}

func TestEntriesGetTemplate(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /entry-templates/tmpl_tv7m7B78", func(w http.ResponseWriter, r *http.Request) {
		testQuery(t, r, nil)
		serveJSON(t, http.MethodGet, http.StatusOK, fixture(t, "entries/template.json"))(w, r)
	})
	got, _, err := env.client.Entries.GetTemplate(testCtx(t), "tmpl_tv7m7B78", nil)
	if err != nil {
		t.Fatalf("GetTemplate: %v", err)
	}
	if diff := cmp.Diff(entriesWantTemplate(), got, entriesCmp...); diff != "" {
		t.Errorf("GetTemplate mismatch (-want +got):\n%s", diff)
	}
	if got.Days[0].Day != 0 || *got.Days[0].Title != "Materials" || !got.Fields["Project"].Value.IsNull() {
		t.Errorf("GetTemplate = %+v", got)
	}
}

func TestEntriesUpdateTemplate(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("PATCH /entry-templates/tmpl_tv7m7B78", func(w http.ResponseWriter, r *http.Request) {
		testQuery(t, r, nil)
		testJSONBody(t, r, `{
			"fields": {"Project": {"value": "Cloning"}},
			"modifiedAt": "2023-02-01T12:00:00Z",
			"name": "Transformation template",
			"schemaId": "ts_NetYd96a",
			"templateCollectionId": "tmplcol_jC7rOniv"
		}`)
		serveJSON(t, http.MethodPatch, http.StatusOK, fixture(t, "entries/template.json"))(w, r)
	})
	got, _, err := env.client.Entries.UpdateTemplate(testCtx(t), "tmpl_tv7m7B78", &EntryTemplateUpdate{
		Fields:               Fields{"Project": {Value: StringValue("Cloning")}},
		ModifiedAt:           Ptr("2023-02-01T12:00:00Z"),
		Name:                 Ptr("Transformation template"),
		SchemaID:             Ptr("ts_NetYd96a"),
		TemplateCollectionID: Ptr("tmplcol_jC7rOniv"),
	}, nil)
	if err != nil {
		t.Fatalf("UpdateTemplate: %v", err)
	}
	if diff := cmp.Diff(entriesWantTemplate(), got, entriesCmp...); diff != "" {
		t.Errorf("UpdateTemplate mismatch (-want +got):\n%s", diff)
	}
}

func TestEntriesRoundTripDays(t *testing.T) {
	// Decoded days encode back to the fixture's days, notes included (an
	// empty notes list stays []); only the null title is dropped.
	raw := fixture(t, "entries/entry.json")
	var e Entry
	if err := json.Unmarshal(raw, &e); err != nil {
		t.Fatal(err)
	}
	got, err := json.Marshal(e.Days)
	if err != nil {
		t.Fatal(err)
	}
	var want struct {
		Days []map[string]any `json:"days"`
	}
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatal(err)
	}
	delete(want.Days[0], "title")
	wantJSON, _ := json.Marshal(want.Days)
	entriesTestJSONEqual(t, "days round trip", got, wantJSON)
}
