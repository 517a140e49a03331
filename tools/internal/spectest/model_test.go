package spectest

import (
	"slices"
	"testing"
)

// SchemaAt steps into a union's branches with oneOf:N or anyOf:N (the
// same step: Load turns some oneOfs into anyOfs), and returns nil for a
// branch that is not there.
func TestSchemaAtUnionBranch(t *testing.T) {
	s := Load(t)
	base := s.Doc.Components.Schemas["NucleotideAlignmentBase"]
	inline := SchemaAt(base, "files", "[]", "oneOf:0")
	if inline == nil || !slices.Equal(SchemaProperties(inline), []string{"sequenceId"}) {
		t.Fatalf("files[].oneOf:0 = %v, want the inline {sequenceId} branch", inline)
	}
	if f := SchemaAt(base, "files", "[]", "anyOf:1"); f == nil || f.Ref != "#/components/schemas/NucleotideAlignmentFile" {
		t.Errorf("files[].oneOf:1 = %v, want NucleotideAlignmentFile", f)
	}
	owner := SchemaAt(s.Doc.Components.Schemas["FeatureLibrary"], "owner", "anyOf:1")
	if owner == nil || owner.Ref != "#/components/schemas/UserSummary" {
		t.Errorf("FeatureLibrary.owner.anyOf:1 = %v, want UserSummary", owner)
	}
	for _, p := range [][]string{{"files", "[]", "oneOf:2"}, {"files", "[]", "oneOf:x"}, {"files", "[]", "allOf:0"}, {"name", "oneOf:0"}} {
		if got := SchemaAt(base, p...); got != nil {
			t.Errorf("SchemaAt(%v) = %v, want nil", p, got)
		}
	}
}

// TestSchemaAtMapValues steps into the values of a map.
func TestSchemaAtMapValues(t *testing.T) {
	s := Load(t)
	well := SchemaAt(s.Doc.Components.Schemas["PlateCreate"], "wells", "{}")
	if well == nil || !slices.Equal(SchemaProperties(well), []string{"barcode"}) {
		t.Fatalf("PlateCreate.wells.{} = %v, want the inline {barcode} values", well)
	}
	if got := SchemaAt(s.Doc.Components.Schemas["PlateCreate"], "name", "{}"); got != nil {
		t.Errorf("a string's values: %v, want nil", got)
	}
}
