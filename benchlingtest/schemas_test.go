package benchlingtest_test

import (
	"context"
	"errors"
	"iter"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/benchling-go/benchling"
	"github.com/google/go-cmp/cmp"
)

// schemaBase returns the Schema a schema type embeds.
func schemaBase(x any) *benchling.Schema {
	return reflect.ValueOf(x).Elem().FieldByName("Schema").Addr().Interface().(*benchling.Schema)
}

// checkSchemaKind drives the five methods of one kind of schema: the
// by-name lookup finds the seeded schema (its ID prefix and type as
// Benchling's), Get answers the same, and List, All and Pages (small
// pages) list the kind's schemas, wantNames.
func checkSchemaKind[T any, O any](t *testing.T, ctx context.Context, seeded map[string]string, name, prefix, typ string, wantNames []string,
	byName func(context.Context, string) (*T, error),
	get func(context.Context, string) (*T, *benchling.Response, error),
	list func(context.Context, O) ([]*T, *benchling.Response, error),
	all func(context.Context, O) iter.Seq2[*T, error],
	pages func(context.Context, O) iter.Seq2[*benchling.Page[T], error], small O) {
	t.Helper()
	found, err := byName(ctx, name)
	if err != nil {
		t.Fatalf("%s by name: %v", name, err)
	}
	b := schemaBase(found)
	if !strings.HasPrefix(b.ID, prefix) || string(b.Type) != typ || b.ID != seeded[name] {
		t.Errorf("%s: id %s type %q; want prefix %s, type %q, the seeded %s", name, b.ID, b.Type, prefix, typ, seeded[name])
	}
	got, _, err := get(ctx, b.ID)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(found, got); diff != "" {
		t.Errorf("%s: Get differs from the lookup (-lookup +get):\n%s", name, diff)
	}
	if _, _, err := get(ctx, prefix+"nope"); !errors.Is(err, benchling.ErrNotFound) {
		t.Errorf("%s: Get of an unknown ID: %v, want ErrNotFound", name, err)
	}
	names := func(items []*T) []string {
		var out []string
		for _, it := range items {
			out = append(out, schemaBase(it).Name)
		}
		slices.Sort(out)
		return out
	}
	var zero O
	one, _, err := list(ctx, zero)
	if err != nil {
		t.Fatal(err)
	}
	var paged []*T
	n := 0
	for p, err := range pages(ctx, small) {
		if err != nil {
			t.Fatal(err)
		}
		n++
		paged = append(paged, p.Items...)
	}
	if len(wantNames) > 1 && n < 2 {
		t.Errorf("%s: %d pages of size 1 for %d schemas", name, n, len(wantNames))
	}
	for what, items := range map[string][]*T{"List": one, "All": e2eCollect(t, all(ctx, zero)), "Pages": paged} {
		if diff := cmp.Diff(wantNames, names(items)); diff != "" {
			t.Errorf("%s %s (-want +got):\n%s", name, what, diff)
		}
	}
}

func smallSchemaPages() *benchling.SchemaListOptions {
	return &benchling.SchemaListOptions{ListOptions: benchling.ListOptions{PageSize: 1}}
}

// TestSchemasE2E reads every kind of schema SeedSchemas seeds through
// every method of the Schemas service.
func TestSchemasE2E(t *testing.T) {
	srv, c := e2eSetup(t, nil)
	seeded := srv.SeedSchemas()
	ctx := e2eCtx(t)
	s := c.Schemas
	small := smallSchemaPages()
	smallPlain := &benchling.ListOptions{PageSize: 1}

	checkSchemaKind(t, ctx, seeded, "Plasmid", "ts_", "dna_sequence", []string{"Backbone", "Cell Line", "Plasmid", "Protein"},
		s.EntitySchemaByName, s.GetEntitySchema, s.ListEntitySchemas, s.AllEntitySchemas, s.PagesEntitySchemas, small)
	checkSchemaKind(t, ctx, seeded, "Plasmid Batch", "ts_", "", []string{"Plasmid Batch"},
		s.BatchSchemaByName, s.GetBatchSchema, s.ListBatchSchemas, s.AllBatchSchemas, s.PagesBatchSchemas, small)
	checkSchemaKind(t, ctx, seeded, "9x9 Box", "boxsch_", "box", []string{"9x9 Box"},
		s.BoxSchemaByName, s.GetBoxSchema, s.ListBoxSchemas, s.AllBoxSchemas, s.PagesBoxSchemas, smallPlain)
	checkSchemaKind(t, ctx, seeded, "Tube", "consch_", "container", []string{"Tube"},
		s.ContainerSchemaByName, s.GetContainerSchema, s.ListContainerSchemas, s.AllContainerSchemas, s.PagesContainerSchemas, small)
	checkSchemaKind(t, ctx, seeded, "Freezer", "locsch_", "location", []string{"Freezer"},
		s.LocationSchemaByName, s.GetLocationSchema, s.ListLocationSchemas, s.AllLocationSchemas, s.PagesLocationSchemas, smallPlain)
	checkSchemaKind(t, ctx, seeded, "96-well Plate", "pltsch_", "plate", []string{"96-well Plate"},
		s.PlateSchemaByName, s.GetPlateSchema, s.ListPlateSchemas, s.AllPlateSchemas, s.PagesPlateSchemas, smallPlain)
	checkSchemaKind(t, ctx, seeded, "Cloning Experiment", "ts_", "entry", []string{"Cloning Experiment"},
		s.EntrySchemaByName, s.GetEntrySchema, s.ListEntrySchemas, s.AllEntrySchemas, s.PagesEntrySchemas, small)
	checkSchemaKind(t, ctx, seeded, "Sequencing Request", "assaysch_", "request", []string{"Sequencing Request"},
		s.RequestSchemaByName, s.GetRequestSchema, s.ListRequestSchemas, s.AllRequestSchemas, s.PagesRequestSchemas, small)
	checkSchemaKind(t, ctx, seeded, "Sequencing Task", "reqtsksch_", "request_task", []string{"Sequencing Task"},
		s.RequestTaskSchemaByName, s.GetRequestTaskSchema, s.ListRequestTaskSchemas, s.AllRequestTaskSchemas, s.PagesRequestTaskSchemas, small)
	checkSchemaKind(t, ctx, seeded, "Purification", "prstsch_", "", []string{"Purification"},
		s.WorkflowTaskSchemaByName, s.GetWorkflowTaskSchema, s.ListWorkflowTaskSchemas, s.AllWorkflowTaskSchemas, s.PagesWorkflowTaskSchemas, small)
	checkSchemaKind(t, ctx, seeded, "Plate Reader Run", "assaysch_", "assay_run", []string{"Plate Reader Run"},
		s.AssayRunSchemaByName, s.GetAssayRunSchema, s.ListAssayRunSchemas, s.AllAssayRunSchemas, s.PagesAssayRunSchemas, small)
	checkSchemaKind(t, ctx, seeded, "Plate Reader Result", "assaysch_", "assay_result", []string{"Plate Reader Result"},
		s.AssayResultSchemaByName, s.GetAssayResultSchema, s.ListAssayResultSchemas, s.AllAssayResultSchemas, s.PagesAssayResultSchemas, small)

	w, err := s.WorkflowTaskSchemaByName(ctx, "Purification")
	if err != nil {
		t.Fatal(err)
	}
	lc := w.StatusLifecycle
	if w.ExecutionType != benchling.WorkflowTaskSchemaExecutionTypeEntry || lc.InitialStatus.StatusType != benchling.WorkflowTaskStatusStatusTypePending ||
		len(lc.Statuses) != 4 || len(lc.Transitions) == 0 || lc.Transitions[0].From.ID != lc.InitialStatus.ID {
		t.Errorf("workflow task schema: %+v", w)
	}
	r, err := s.AssayRunSchemaByName(ctx, "Plate Reader Run")
	if err != nil || r.SystemName != "plate_reader_run" || len(r.AutomationOutputFileConfigs) != 1 {
		t.Errorf("assay run schema: %+v, %v", r, err)
	}
	box, err := s.BoxSchemaByName(ctx, "9x9 Box")
	if err != nil || box.ContainerSchema == nil || box.ContainerSchema.ID != seeded["Tube"] || box.Height != 9 || box.RegistryID != srv.RegistryID() {
		t.Errorf("box schema: %+v, %v", box, err)
	}
	if _, err := s.EntitySchemaByName(ctx, "plasmid"); !errors.Is(err, benchling.ErrNotFound) {
		t.Errorf("a lookup in the wrong case: %v, want ErrNotFound", err)
	}
}

// TestSchemasE2EFieldTypes: the seeded Plasmid schema has a field of
// every type a field definition can have, each decoded into its kind,
// with dropdown fields pointing at seeded dropdowns (with options) and
// link fields at seeded schemas.
func TestSchemasE2EFieldTypes(t *testing.T) {
	srv, c := e2eSetup(t, nil)
	seeded := srv.SeedSchemas()
	ctx := e2eCtx(t)
	p, err := c.Schemas.EntitySchemaByName(ctx, "Plasmid")
	if err != nil {
		t.Fatal(err)
	}
	types := map[benchling.FieldType]bool{}
	targeted := 0
	for _, f := range p.FieldDefinitions {
		d := f.Definition()
		types[d.Type] = true
		if !strings.HasPrefix(d.ID, "tsf_") {
			t.Errorf("field %s has ID %q", d.Name, d.ID)
		}
		switch f := f.(type) {
		case *benchling.DropdownFieldDefinition:
			dd, _, err := c.Dropdowns.Get(ctx, *f.DropdownID)
			if err != nil || dd.Name != "Resistance Marker" || dd.Option("Kanamycin") == nil {
				t.Errorf("dropdown field %s: %+v, %v", d.Name, dd, err)
			}
		case *benchling.SchemaLinkFieldDefinition:
			if f.SchemaID == nil {
				continue // a link to items of any schema of its kind
			}
			targeted++
			if !slices.Contains(mapValues(seeded), *f.SchemaID) {
				t.Errorf("link field %s targets %s, which is not seeded", d.Name, *f.SchemaID)
			}
		case *benchling.IntegerFieldDefinition:
			if *f.NumericMax != 500 || f.Unit == nil || !strings.HasPrefix(f.Unit.ID, "unit_") {
				t.Errorf("integer field %s: %+v", d.Name, f)
			}
		case *benchling.FloatFieldDefinition:
			if *f.DecimalPrecision != 2 || f.Unit.Symbol != "ng/µL" {
				t.Errorf("float field %s: %+v", d.Name, f)
			}
		case *benchling.UnknownFieldDefinition:
			t.Errorf("field %s of type %s decoded as unknown", d.Name, d.Type)
		}
	}
	for _, ft := range []benchling.FieldType{benchling.FieldTypeDnaSequenceLink, benchling.FieldTypeAaSequenceLink,
		benchling.FieldTypeCustomEntityLink, benchling.FieldTypeEntityLink, benchling.FieldTypeMixtureLink,
		benchling.FieldTypeMoleculeLink, benchling.FieldTypeDropdown, benchling.FieldTypePartLink,
		benchling.FieldTypeTranslationLink, benchling.FieldTypeBlobLink, benchling.FieldTypeText, benchling.FieldTypeLongText,
		benchling.FieldTypeBatchLink, benchling.FieldTypeStorageLink, benchling.FieldTypeEntryLink,
		benchling.FieldTypeAssayRequestLink, benchling.FieldTypeAssayResultLink, benchling.FieldTypeAssayRunLink,
		benchling.FieldTypeBoolean, benchling.FieldTypeFloat, benchling.FieldTypeInteger, benchling.FieldTypeDatetime,
		benchling.FieldTypeDate, benchling.FieldTypeJSON} {
		if !types[ft] {
			t.Errorf("the Plasmid schema has no %s field", ft)
		}
	}
	if targeted != 6 {
		t.Errorf("%d link fields with a target schema, want 6", targeted)
	}
	if f := p.FieldDefinitions.Field("Verified").Definition(); !f.IsRequired {
		t.Error("Verified is not required")
	}
	if f := p.FieldDefinitions.Field("Tags").Definition(); !f.IsMulti {
		t.Error("Tags is not multi-valued")
	}
	if p.Constraint == nil || !p.Constraint.HasUniqueResidues || p.ContainableType != benchling.EntitySchemaContainableTypeBatch {
		t.Errorf("Plasmid: constraint %+v, containable %s", p.Constraint, p.ContainableType)
	}
	batch, err := c.Schemas.BatchSchemaByName(ctx, "Plasmid Batch")
	if err != nil || batch.EntitySchemaID != p.ID {
		t.Errorf("batch schema: %+v, %v", batch, err)
	}
}

func mapValues(m map[string]string) []string {
	var out []string
	for _, v := range m {
		out = append(out, v)
	}
	return out
}

// TestSchemasE2EAdd defines a tenant's schema with Add and an SDK model,
// as a test of typed schemas would: what Get answers is the model, with
// the IDs and defaults the server fills; a DNA sequence with the schema
// names it; and the modifiedAt filter holds.
func TestSchemasE2EAdd(t *testing.T) {
	day := time.Date(2024, 3, 1, 10, 0, 0, 0, time.UTC)
	srv, c := e2eSetup(t, nil)
	ctx := e2eCtx(t)
	ddIDs, err := srv.Add("dropdowns", &benchling.Dropdown{Name: "Resistance", Options: []benchling.DropdownOption{{Name: "Amp"}, {Name: "Kan"}}})
	if err != nil {
		t.Fatal(err)
	}
	in := &benchling.EntitySchema{
		Schema: benchling.Schema{Name: "Plasmid", Type: benchling.SchemaTypeDnaSequence, FieldDefinitions: benchling.SchemaFieldDefinitions{
			&benchling.DropdownFieldDefinition{FieldDefinition: benchling.FieldDefinition{Name: "Resistance", Type: benchling.FieldTypeDropdown, IsRequired: true},
				DropdownID: benchling.Ptr(ddIDs[0])},
			&benchling.SchemaLinkFieldDefinition{FieldDefinition: benchling.FieldDefinition{Name: "Parent", Type: benchling.FieldTypeEntityLink},
				SchemaID: benchling.Ptr("ts_parent1")},
			&benchling.IntegerFieldDefinition{FieldDefinition: benchling.FieldDefinition{Name: "Copy Number", Type: benchling.FieldTypeInteger, IsMulti: true},
				NumericMin: benchling.Ptr(1.0)},
		}},
		Prefix:     "PLS",
		ModifiedAt: day,
	}
	ids, err := srv.Add("entity-schemas", in)
	if err != nil {
		t.Fatal(err)
	}
	got, _, err := c.Schemas.GetEntitySchema(ctx, ids[0])
	if err != nil {
		t.Fatal(err)
	}
	want := *in
	want.ID, want.RegistryID, want.ContainableType = ids[0], srv.RegistryID(), benchling.EntitySchemaContainableTypeNone
	want.FieldDefinitions = slices.Clone(in.FieldDefinitions)
	for i, f := range got.FieldDefinitions {
		want.FieldDefinitions[i].Definition().ID = f.Definition().ID // made by the server
		if !strings.HasPrefix(f.Definition().ID, "tsf_") {
			t.Errorf("field %d ID %q", i, f.Definition().ID)
		}
	}
	if diff := cmp.Diff(&want, got); diff != "" {
		t.Errorf("the added schema (-want +got):\n%s", diff)
	}
	dd, _, err := c.Dropdowns.Get(ctx, ddIDs[0])
	if err != nil || len(dd.Options) != 2 || !strings.HasPrefix(dd.Options[0].ID, "sfs_") {
		t.Errorf("added dropdown: %+v, %v", dd, err)
	}

	seq, _, err := c.DnaSequences.Create(ctx, &benchling.DnaSequenceCreate{EntityCreateBase: benchling.EntityCreateBase{
		Name:     "pUC19",
		FolderID: benchling.Ptr(srv.FolderID()),
	}, Bases: "ATGC", IsCircular: true,
		SchemaID: benchling.Ptr(ids[0])})
	if err != nil {
		t.Fatal(err)
	}
	if seq.Schema == nil || seq.Schema.Name != "Plasmid" {
		t.Errorf("a sequence of the schema has schema %+v, want the name Plasmid", seq.Schema)
	}

	for filter, want := range map[string]int{"> 2024-02-01": 1, "< 2024-02-01": 0} {
		l, _, err := c.Schemas.ListEntitySchemas(ctx, &benchling.SchemaListOptions{ModifiedAt: filter})
		if err != nil || len(l) != want {
			t.Errorf("modifiedAt %s: %d schemas, %v; want %d", filter, len(l), err, want)
		}
	}
}

// TestSchemasE2EFieldsFollowTheSchema: the fields of an item whose schema
// the tenant has take the type and isMulti of their definitions, as
// Benchling's do (a dropdown's option ID is a dropdown, not a text; a
// date is a date), a dropdown shows its option's name, fields the schema
// does not define are still inferred from their values, and schemaField
// filters compare date and datetime fields with >= and <=.
func TestSchemasE2EFieldsFollowTheSchema(t *testing.T) {
	srv, c := e2eSetup(t, nil)
	srv.SeedSchemas()
	ctx := e2eCtx(t)
	p, err := c.Schemas.EntitySchemaByName(ctx, "Plasmid")
	if err != nil {
		t.Fatal(err)
	}
	dd, err := c.Dropdowns.ByName(ctx, "Resistance Marker")
	if err != nil {
		t.Fatal(err)
	}
	kan := dd.Option("Kanamycin").ID
	create := func(name, cloned, sequenced string) *benchling.DnaSequence {
		t.Helper()
		seq, _, err := c.DnaSequences.Create(ctx, &benchling.DnaSequenceCreate{EntityCreateBase: benchling.EntityCreateBase{
			Name:     name,
			FolderID: benchling.Ptr(srv.FolderID()),
			Fields: benchling.Fields{
				"Resistance":     {Value: benchling.StringValue(kan)},
				"Tags":           {Value: benchling.StringsValue("a")},
				"Cloned On":      {Value: benchling.StringValue(cloned)},
				"Last Sequenced": {Value: benchling.StringValue(sequenced)},
				"Copy Number":    {Value: benchling.NumberValue(20)},
				"Concentration":  {Value: benchling.NumberValue(20)},
				"Not Defined":    {Value: benchling.StringValue("seq_x")},
			},
		}, Bases: "ATGC",
			SchemaID: benchling.Ptr(p.ID)})
		if err != nil {
			t.Fatal(err)
		}
		return seq
	}
	seq := create("early", "2024-01-15", "2024-01-15T10:00:00Z")
	create("late", "2024-03-15", "2024-03-15T10:00:00+02:00")
	type shape struct {
		Type    benchling.FieldType
		IsMulti bool
		Display string
	}
	got := map[string]shape{}
	for name, f := range seq.Fields {
		got[name] = shape{f.Type, f.IsMulti, *f.DisplayValue}
	}
	want := map[string]shape{
		"Resistance":     {benchling.FieldTypeDropdown, false, "Kanamycin"},
		"Tags":           {benchling.FieldTypeText, true, "a"},
		"Cloned On":      {benchling.FieldTypeDate, false, "2024-01-15"},
		"Last Sequenced": {benchling.FieldTypeDatetime, false, "2024-01-15T10:00:00Z"},
		"Copy Number":    {benchling.FieldTypeInteger, false, "20"},
		"Concentration":  {benchling.FieldTypeFloat, false, "20"},
		"Not Defined":    {benchling.FieldTypeDnaSequenceLink, false, "seq_x"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("fields (-want +got):\n%s", diff)
	}

	for filters, want := range map[string][]string{
		"Cloned On=>= 2024-02-01":                   {"late"},
		"Cloned On=<= 2024-01-15":                   {"early"},
		"Cloned On=>= 2024-01-01 AND <= 2024-12-31": {"early", "late"},
		"Last Sequenced=>= 2024-03-15T08:00:00Z":    {"late"},
		"Last Sequenced=<= 2024-03-15T07:59:59Z":    {"early"},
		"Last Sequenced=>= 2024-03-15T08:00:01Z":    nil,
		"Copy Number=>= 20 AND <= 20":               {"early", "late"},
		"Copy Number=>= 21":                         nil,
		"Cloned On=> 2024-02-01":                    nil, // only >= and <=
		"Resistance=" + kan:                         {"early", "late"},
		"Resistance=" + dd.Option("Ampicillin").ID:  nil,
		"Tags=a": {"early", "late"},
		"Cloned On=>= 2024-02-01,Last Sequenced=<= 2024-12-31": {"late"},
	} {
		sf := benchling.SchemaFieldFilters{}
		for _, kv := range strings.Split(filters, ",") {
			k, v, _ := strings.Cut(kv, "=")
			sf[k] = v
		}
		l, _, err := c.DnaSequences.List(ctx, &benchling.DnaSequenceListOptions{EntityListFilters: benchling.EntityListFilters{SchemaID: p.ID, SchemaFields: sf, Sort: benchling.SortNameAsc}})
		if err != nil {
			t.Fatalf("%s: %v", filters, err)
		}
		var names []string
		for _, s := range l {
			names = append(names, s.Name)
		}
		if !slices.Equal(names, want) {
			t.Errorf("%s: %v, want %v", filters, names, want)
		}
	}
}

// TestSchemasE2EWorkflowFieldsFollowTheSchema: a workflow task's fields
// take the types of its schema's definitions although the schema comes
// from the task group (a key after "fields"), and a workflow output's
// those of its task's output schema: a whole number in a float field is
// a float.
func TestSchemasE2EWorkflowFieldsFollowTheSchema(t *testing.T) {
	srv, c := e2eSetup(t, nil)
	ctx := e2eCtx(t)
	ids, err := srv.Add("workflow-task-schemas", map[string]any{"name": "Expression", "prefix": "EXP",
		"fieldDefinitions": []any{map[string]any{"name": "Yield", "type": "float"}},
		"workflowOutputSchema": map[string]any{"id": "wfoutsch_exp", "name": "Expression Output", "type": "workflow_output", "prefix": "EXO",
			"fieldDefinitions": []any{map[string]any{"id": "tsf_t", "name": "Titer", "type": "float", "isMulti": false, "isRequired": false, "archiveRecord": nil}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	group, _, err := c.WorkflowTaskGroups.Create(ctx, &benchling.WorkflowTaskGroupCreate{FolderID: srv.FolderID(), SchemaID: ids[0]})
	if err != nil {
		t.Fatal(err)
	}
	task, _, err := c.WorkflowTasks.Create(ctx, &benchling.WorkflowTaskCreate{WorkflowTaskGroupID: group.ID,
		Fields: benchling.Fields{"Yield": {Value: benchling.NumberValue(3)}}})
	if err != nil {
		t.Fatal(err)
	}
	if f := task.Fields["Yield"]; f.Type != benchling.FieldTypeFloat {
		t.Errorf("the task's Yield: %+v, want a float", f)
	}
	out, _, err := c.WorkflowOutputs.Create(ctx, &benchling.WorkflowOutputCreate{WorkflowTaskID: task.ID,
		Fields: benchling.Fields{"Titer": {Value: benchling.NumberValue(7)}}})
	if err != nil {
		t.Fatal(err)
	}
	if f := out.Fields["Titer"]; f.Type != benchling.FieldTypeFloat {
		t.Errorf("the output's Titer: %+v, want a float", f)
	}
}
