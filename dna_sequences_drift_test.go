package benchling

import (
	"reflect"
	"strings"
	"testing"
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
			missing, extra, err := spec.CheckModelAt(m.typ, m.schema, m.path...)
			if err != nil {
				t.Fatal(err)
			}
			dnaSeqReportDrift(t, m.typ, name, missing, extra, nil)
		})
	}
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
