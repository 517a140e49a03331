package schemagen

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/benchling-go/benchling"
)

var update = flag.Bool("update", false, "rewrite the golden files (golden/*/*_gen.go) from their sources")

// Helpers to write schemas.
func def(name string, t benchling.FieldType) benchling.FieldDefinition {
	return benchling.FieldDefinition{ID: "tsf_" + GoName(name), Name: name, Type: t}
}

func simple(name string, t benchling.FieldType, mods ...func(*benchling.FieldDefinition)) benchling.SchemaFieldDefinition {
	f := &benchling.SimpleFieldDefinition{FieldDefinition: def(name, t)}
	for _, m := range mods {
		m(&f.FieldDefinition)
	}
	return f
}

func required(d *benchling.FieldDefinition) { d.IsRequired = true }
func multi(d *benchling.FieldDefinition)    { d.IsMulti = true }
func archived(d *benchling.FieldDefinition) {
	d.ArchiveRecord = &benchling.ArchiveRecord{Reason: "Made in error"}
}

func dropdown(name, dropdownID string, mods ...func(*benchling.FieldDefinition)) benchling.SchemaFieldDefinition {
	f := &benchling.DropdownFieldDefinition{FieldDefinition: def(name, benchling.FieldTypeDropdown)}
	if dropdownID != "" {
		f.DropdownID = benchling.Ptr(dropdownID)
	}
	for _, m := range mods {
		m(&f.FieldDefinition)
	}
	return f
}

func link(name string, t benchling.FieldType, schemaID string, mods ...func(*benchling.FieldDefinition)) benchling.SchemaFieldDefinition {
	f := &benchling.SchemaLinkFieldDefinition{FieldDefinition: def(name, t)}
	if schemaID != "" {
		f.SchemaID = benchling.Ptr(schemaID)
	}
	for _, m := range mods {
		m(&f.FieldDefinition)
	}
	return f
}

func unknown(name string, t benchling.FieldType, mods ...func(*benchling.FieldDefinition)) benchling.SchemaFieldDefinition {
	f := &benchling.UnknownFieldDefinition{FieldDefinition: def(name, t)}
	for _, m := range mods {
		m(&f.FieldDefinition)
	}
	return f
}

func schema(kind, id, name string, typ benchling.SchemaType, fields ...benchling.SchemaFieldDefinition) Schema {
	return Schema{Kind: kind, Schema: benchling.Schema{ID: id, Name: name, Type: typ, FieldDefinitions: fields}}
}

// everythingSource is a tenant with a field of every field type in every
// shape (optional, required, multi-value, both), the unknown kinds of
// field definitions, and names that test the naming rule: punctuation,
// digits first, letters without case, quotes and newlines, initialisms,
// and every kind of collision.
func everythingSource() *Source {
	f := benchling.Ptr[float64]
	return &Source{
		Tenant: "the golden tenant",
		Kinds:  KindNames(),
		Schemas: []Schema{
			// Out of order on purpose: Generate sorts.
			schema("assay-result", "assaysch_bbres", "Backbone", "", simple("Yield", benchling.FieldTypeFloat)),
			schema("entity", "ts_every", "Everything", benchling.SchemaTypeCustomEntity,
				simple("Text", benchling.FieldTypeText),
				simple("Long Text", benchling.FieldTypeLongText),
				simple("Required Text", benchling.FieldTypeText, required),
				simple("Tags", benchling.FieldTypeText, multi),
				dropdown("Resistance", "sfso_marker"),
				dropdown("Resistances", "sfso_marker", multi),
				dropdown("Host", "sfso_host", required),
				dropdown("Free Dropdown", ""),
				&benchling.IntegerFieldDefinition{FieldDefinition: def("Count", benchling.FieldTypeInteger),
					NumericMin: f(1), NumericMax: f(500), Unit: &benchling.UnitSummary{ID: "unit_c", Name: "copies", Symbol: "copies"}},
				&benchling.IntegerFieldDefinition{FieldDefinition: benchling.FieldDefinition{ID: "tsf_counts", Name: "Counts",
					Type: benchling.FieldTypeInteger, IsMulti: true, IsRequired: true}, NumericMax: f(10)},
				&benchling.FloatFieldDefinition{FieldDefinition: def("Amount", benchling.FieldTypeFloat),
					DecimalPrecision: f(2), NumericMin: f(0.5), Unit: &benchling.UnitSummary{Name: "nanogram per microliter", Symbol: "ng/µL"},
					LegalTextDropdownID: benchling.Ptr("sfso_legal")},
				&benchling.FloatFieldDefinition{FieldDefinition: benchling.FieldDefinition{ID: "tsf_amounts", Name: "Amounts",
					Type: benchling.FieldTypeFloat, IsMulti: true}},
				simple("OK", benchling.FieldTypeBoolean, required),
				simple("Flags", benchling.FieldTypeBoolean, multi),
				simple("Day", benchling.FieldTypeDate),
				simple("Days", benchling.FieldTypeDate, multi),
				simple("When", benchling.FieldTypeDatetime),
				simple("Whens", benchling.FieldTypeDatetime, multi),
				simple("Data", benchling.FieldTypeJSON),
				simple("Parent Sequence", benchling.FieldTypeDnaSequenceLink),
				simple("Protein", benchling.FieldTypeAaSequenceLink),
				simple("Strain", benchling.FieldTypeCustomEntityLink),
				link("Any Entity", benchling.FieldTypeEntityLink, ""),
				link("Backbone", benchling.FieldTypeEntityLink, "ts_backbone", required),
				link("Elsewhere", benchling.FieldTypeEntityLink, "ts_not_generated"),
				simple("Buffer", benchling.FieldTypeMixtureLink),
				simple("Ligand", benchling.FieldTypeMoleculeLink),
				link("Promoter", benchling.FieldTypePartLink, ""),
				link("CDS", benchling.FieldTypeTranslationLink, ""),
				unknown("AA Part", benchling.FieldTypeAaPartLink),
				unknown("Base Molecule", benchling.FieldTypeBaseMoleculeLink, multi),
				simple("Map", benchling.FieldTypeBlobLink),
				link("Prep", benchling.FieldTypeBatchLink, ""),
				link("Stored In", benchling.FieldTypeStorageLink, "consch_tube"),
				link("Design", benchling.FieldTypeEntryLink, "ts_notebook"),
				link("Request", benchling.FieldTypeAssayRequestLink, ""),
				link("Result", benchling.FieldTypeAssayResultLink, "assaysch_bbres"),
				link("Runs", benchling.FieldTypeAssayRunLink, "", multi, required),
				unknown("Future", "future_link"),
				simple("Copy Number", benchling.FieldTypeInteger),
				simple("Copy-Number", benchling.FieldTypeInteger),
				simple("Benchling Fields", benchling.FieldTypeText),
				simple("96 Wells", benchling.FieldTypeInteger),
				simple("名前", benchling.FieldTypeText),
				simple(`Quote " and \ backslash`, benchling.FieldTypeText),
				simple("Line\nBreak", benchling.FieldTypeText),
				simple("Gone", benchling.FieldTypeText, archived),
				dropdown("Gone Dropdown", "sfso_gone", archived),
				simple("pH", benchling.FieldTypeFloat),
				simple("Sample ID", benchling.FieldTypeText),
				simple("---", benchling.FieldTypeText),
			),
			schema("entity", "ts_backbone", "Backbone", benchling.SchemaTypeDnaSequence, simple("Origin", benchling.FieldTypeText)),
			schema("entity", "ts_empty", "Empty", benchling.SchemaTypeMolecule),
			schema("entity", "ts_psid", "Plasmid Schema ID", benchling.SchemaTypeCustomEntity),
			schema("entity", "ts_plasmid", "Plasmid", benchling.SchemaTypeDnaSequence, simple("Copy Number", benchling.FieldTypeInteger)),
			schema("entity", "ts_cl1", "Cell Line", benchling.SchemaTypeCustomEntity),
			schema("entity", "ts_cl2", "Cell-Line", benchling.SchemaTypeCustomEntity),
			schema("container", "consch_tube", "Tube", "", simple("Volume", benchling.FieldTypeFloat)),
			schema("box", "boxsch_host", "Host", ""),
			schema("entry", "ts_notebook", "Notebook", "", link("Plasmid", benchling.FieldTypeEntityLink, "ts_plasmid", multi)),
			schema("workflow-output", "wfoutsch_1", "Purification Output", "", simple("Yield", benchling.FieldTypeFloat, required)),
			schema("assay-run", "assaysch_run", "Plate Reader", "", simple("Instrument", benchling.FieldTypeText)),
			schema("assay-result", "assaysch_res", "Plate Reader", "", simple("OD600", benchling.FieldTypeFloat, required),
				simple("Well Position", benchling.FieldTypeText), simple("well-position", benchling.FieldTypeText),
				simple("od_600_raw", benchling.FieldTypeFloat, multi)),
		},
		Dropdowns: map[string]*benchling.Dropdown{
			"sfso_marker": {ID: "sfso_marker", Name: "Resistance Marker", Options: []benchling.DropdownOption{
				{ID: "sfs_amp", Name: "Ampicillin"}, {ID: "sfs_kan", Name: "Kanamycin"}, {ID: "sfs_kan2", Name: "kanamycin"},
				{ID: "sfs_chl", Name: "Chloramphenicol", ArchiveRecord: &benchling.ArchiveRecord{Reason: "Retired"}},
				{ID: "sfs_dash", Name: "—"}, {ID: "sfs_2mu", Name: "2µ ori"}, {ID: "sfs_amp", Name: "Ampicillin again"}, {Name: "no ID"},
			}},
			"sfso_host": {ID: "sfso_host", Name: "Host", Options: []benchling.DropdownOption{
				{ID: "sfs_ecoli", Name: "E. coli"}, {ID: "sfs_ecoli2", Name: "E-coli"}, {ID: "sfs_hek", Name: "HEK293"},
			}},
			"sfso_gone":   {ID: "sfso_gone", Name: "Only Archived Fields Use It"},
			"sfso_unused": {ID: "sfso_unused", Name: "Unused"},
		},
	}
}

// TestGoldenEverything: the code generated for everythingSource is the
// golden file golden/everything/everything_gen.go, which the module
// builds, vets and documents (so the generated code compiles and passes
// go vet, staticcheck and TestDocComments), and whose round-trip tests
// (golden/everything) convert every field type. Run with -update to
// rewrite it.
func TestGoldenEverything(t *testing.T) {
	golden(t, everythingSource(), "everything")
}

func golden(t *testing.T, src *Source, pkg string) {
	t.Helper()
	got, err := Generate(src, Options{Package: pkg})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("golden", pkg, pkg+"_gen.go")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if d := Diff(path, "generated", want, got); d != "" {
		t.Errorf("the generated code differs from %s (go test ./internal/schemagen -run %s -update rewrites it):\n%s", path, t.Name(), d)
	}
}
