package benchling

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/benchling-go/benchling/internal/spectest"
	"github.com/getkin/kin-openapi/openapi3"
)

// TestDnaSequencesDrift checks every DNA sequence model against its spec
// schema: a property the spec declares that the struct lacks, or a JSON
// name the struct has that the spec does not declare, fails the test
// unless it is allowed below with a reason.
func TestDnaSequencesDrift(t *testing.T) {
	spec := loadSpec(t)
	if spec == nil {
		t.Skip("the OpenAPI spec is not available")
	}
	models := []struct {
		typ    reflect.Type
		schema string
		// allow lists the properties (missing or extra) allowed to
		// differ, each with its reason.
		allow map[string]string
	}{
		{reflect.TypeFor[DnaSequence](), "DnaSequence", nil},
		{reflect.TypeFor[DnaAnnotation](), "DnaAnnotation", nil},
		{reflect.TypeFor[SequenceFeatureBase](), "SequenceFeatureBase", nil},
		{reflect.TypeFor[SequenceFeatureCustomField](), "SequenceFeatureCustomField", nil},
		{reflect.TypeFor[DnaSequencePart](), "DnaSequencePart", nil},
		{reflect.TypeFor[DnaSequenceTranscription](), "DnaSequenceTranscription", nil},
		{reflect.TypeFor[Primer](), "Primer", nil},
		{reflect.TypeFor[Translation](), "Translation", nil},
		{reflect.TypeFor[DnaSequenceCreate](), "DnaSequenceCreate", nil},
		{reflect.TypeFor[DnaSequenceBulkCreate](), "DnaSequenceBulkCreate", nil},
		{reflect.TypeFor[DnaSequenceUpdate](), "DnaSequenceUpdate", nil},
		{reflect.TypeFor[DnaSequenceUpsertRequest](), "DnaSequenceUpsertRequest", nil},
		{reflect.TypeFor[DnaSequenceBulkUpdate](), "DnaSequenceBulkUpdate", nil},
		{reflect.TypeFor[DnaSequenceBulkUpsertRequest](), "DnaSequenceBulkUpsertRequest", nil},
		{reflect.TypeFor[DnaSequencesBulkCreateRequest](), "DnaSequencesBulkCreateRequest", nil},
		{reflect.TypeFor[DnaSequencesBulkUpdateRequest](), "DnaSequencesBulkUpdateRequest", nil},
		{reflect.TypeFor[DnaSequencesBulkUpsertRequest](), "DnaSequencesBulkUpsertRequest", nil},
		{reflect.TypeFor[DnaSequencesArchive](), "DnaSequencesArchive", nil},
		{reflect.TypeFor[DnaSequencesUnarchive](), "DnaSequencesUnarchive", nil},
		{reflect.TypeFor[DnaSequencesArchivalChange](), "DnaSequencesArchivalChange", nil},
		{reflect.TypeFor[AutoAnnotateDnaSequences](), "AutoAnnotateDnaSequences", nil},
		{reflect.TypeFor[AutofillSequences](), "AutofillSequences", nil},
		{reflect.TypeFor[DnaSequencesFindMatchingRegion](), "DnaSequencesFindMatchingRegion", nil},
		{reflect.TypeFor[MatchBasesRequest](), "MatchBasesRequest", nil},
		{reflect.TypeFor[SearchBasesRequest](), "SearchBasesRequest", nil},
		{reflect.TypeFor[OptimizeCodons](), "OptimizeCodons", nil},
		// The list envelopes List, MatchBases, SearchBases and BulkGet
		// decode with the key "dnaSequences".
		{reflect.TypeFor[struct {
			DnaSequences []*DnaSequence `json:"dnaSequences"`
			NextToken    string         `json:"nextToken"`
		}](), "DnaSequencesPaginatedList", nil},
		{reflect.TypeFor[struct {
			DnaSequences []*DnaSequence `json:"dnaSequences"`
		}](), "DnaSequencesBulkGet", nil},
	}
	for _, m := range models {
		t.Run(m.schema, func(t *testing.T) {
			missing, extra, err := spec.CheckModel(m.typ, m.schema)
			if err != nil {
				t.Fatal(err)
			}
			dnaSeqReportDrift(t, m.typ, m.schema, missing, extra, m.allow)
		})
	}

	// Inline schemas (task responses, nested objects) have no component
	// name; they are found by their path from a component.
	inline := []struct {
		typ    reflect.Type
		schema string
		path   []string
	}{
		{reflect.TypeFor[DnaSequencesBulkCreateResult](), "BulkCreateDnaSequencesAsyncTask", []string{"response"}},
		{reflect.TypeFor[DnaSequencesBulkUpdateResult](), "BulkUpdateDnaSequencesAsyncTask", []string{"response"}},
		{reflect.TypeFor[DnaSequencesFindMatchingRegionsResult](), "FindMatchingRegionsDnaAsyncTask", []string{"response"}},
		{reflect.TypeFor[DnaSequenceMatch](), "FindMatchingRegionsDnaAsyncTask", []string{"response", "dnaSequenceMatches", "[]"}},
		{reflect.TypeFor[TranslationRegion](), "Translation", []string{"regions", "[]"}},
		{reflect.TypeFor[GcContentRange](), "OptimizeCodons", []string{"gcContentRange"}},
		{reflect.TypeFor[HairpinParameters](), "OptimizeCodons", []string{"hairpinParameters"}},
		{reflect.TypeFor[ReducedPattern](), "ReducedPattern", nil},
	}
	for _, m := range inline {
		name := strings.Join(append([]string{m.schema}, m.path...), ".")
		t.Run(name, func(t *testing.T) {
			ref := dnaSeqSchemaAt(spec.Doc.Components.Schemas[m.schema], m.path)
			if ref == nil {
				t.Fatalf("no schema at %s", name)
			}
			props, fields := spectest.SchemaProperties(ref), spectest.JSONFieldNames(m.typ)
			var missing, extra []string
			for _, p := range props {
				if !slices.Contains(fields, p) {
					missing = append(missing, p)
				}
			}
			for _, f := range fields {
				if !slices.Contains(props, f) {
					extra = append(extra, f)
				}
			}
			dnaSeqReportDrift(t, m.typ, name, missing, extra, nil)
		})
	}
}

// dnaSeqSchemaAt follows path from ref: a property name (looked up in the
// schema and its allOf parts) or "[]" for the items of an array.
func dnaSeqSchemaAt(ref *openapi3.SchemaRef, path []string) *openapi3.SchemaRef {
	for _, step := range path {
		if ref == nil || ref.Value == nil {
			return nil
		}
		if step == "[]" {
			ref = ref.Value.Items
			continue
		}
		ref = dnaSeqProperty(ref, step)
	}
	return ref
}

// dnaSeqProperty returns the property name of ref, preferring the last
// allOf part that declares it: per-operation task schemas narrow the
// base AsyncTask's untyped response.
func dnaSeqProperty(ref *openapi3.SchemaRef, name string) *openapi3.SchemaRef {
	if ref == nil || ref.Value == nil {
		return nil
	}
	for _, sub := range slices.Backward(ref.Value.AllOf) {
		if p := dnaSeqProperty(sub, name); p != nil {
			return p
		}
	}
	return ref.Value.Properties[name]
}

func dnaSeqReportDrift(t *testing.T, typ reflect.Type, schema string, missing, extra []string, allow map[string]string) {
	t.Helper()
	for _, p := range missing {
		if _, ok := allow[p]; !ok {
			t.Errorf("%v lacks the spec property %q of %s", typ, p, schema)
		}
	}
	for _, p := range extra {
		if _, ok := allow[p]; !ok {
			t.Errorf("%v has %q, which %s does not declare", typ, p, schema)
		}
	}
}
