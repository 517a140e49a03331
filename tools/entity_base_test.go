package tools

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/tools/internal/spectest"
)

// entityKinds are the spec's registry entity response schemas and the Go
// type of each (DnaOligo and RnaOligo are aliases of Oligo).
var entityKinds = map[string]reflect.Type{
	"AaSequence":   reflect.TypeFor[benchling.AaSequence](),
	"CustomEntity": reflect.TypeFor[benchling.CustomEntity](),
	"DnaOligo":     reflect.TypeFor[benchling.DnaOligo](),
	"DnaSequence":  reflect.TypeFor[benchling.DnaSequence](),
	"Mixture":      reflect.TypeFor[benchling.Mixture](),
	"Molecule":     reflect.TypeFor[benchling.Molecule](),
	"Oligo":        reflect.TypeFor[benchling.Oligo](),
	"RnaOligo":     reflect.TypeFor[benchling.RnaOligo](),
	"RnaSequence":  reflect.TypeFor[benchling.RnaSequence](),
}

// TestEntityBaseIsWhatEntityKindsShare checks benchling.EntityBase against
// the spec: its JSON fields are exactly the properties that every entity
// kind's schema declares (no more, no fewer), every kind's Go type embeds
// it, and every branch of the spec's Entity union is one of these kinds,
// so that a kind the spec adds is noticed here.
func TestEntityBaseIsWhatEntityKindsShare(t *testing.T) {
	spec := loadSpec(t)
	var shared []string
	first := true
	for name, typ := range entityKinds {
		ref := spec.Doc.Components.Schemas[name]
		if ref == nil {
			t.Fatalf("the spec has no schema %s", name)
		}
		props := spectest.SchemaProperties(ref)
		if first {
			shared, first = props, false
		} else {
			shared = slices.DeleteFunc(shared, func(p string) bool { return !slices.Contains(props, p) })
		}
		if f, ok := typ.FieldByName("EntityBase"); !ok || !f.Anonymous || f.Type != reflect.TypeFor[benchling.EntityBase]() || len(f.Index) != 1 {
			t.Errorf("benchling.%s (the spec's %s) does not embed EntityBase", typ.Name(), name)
		}
	}
	base := spectest.JSONFieldNames(reflect.TypeFor[benchling.EntityBase]())
	if !slices.Equal(shared, base) {
		t.Errorf("the entity kinds share the properties\n  %v\nEntityBase has\n  %v", shared, base)
	}

	union := spec.Doc.Components.Schemas["Entity"]
	if union == nil || len(union.Value.OneOf) == 0 {
		t.Fatal("the spec's Entity is not a oneOf")
	}
	for _, br := range union.Value.OneOf {
		name := strings.TrimSuffix(strings.TrimPrefix(br.Ref, "#/components/schemas/"), "WithEntityType")
		if entityKinds[name] == nil {
			t.Errorf("the spec's Entity has the branch %s, which is not an entity kind this test knows", br.Ref)
		}
	}
}
