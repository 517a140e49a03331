package benchling

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

// TestQueryOptionsMatchSpec checks that every options struct carries
// exactly the query parameters the spec declares for its operation: none
// missing, none invented.
func TestQueryOptionsMatchSpec(t *testing.T) {
	spec := loadSpec(t)
	if spec == nil {
		t.Skip("the OpenAPI spec is not available")
	}
	cases := []struct {
		op    string
		typ   any
		extra []string // parameters the method sets itself
	}{
		{"listUsers", UserListOptions{}, nil},
		{"listAASequences", AaSequenceListOptions{}, nil},
		{"bulkGetAASequences", AaSequenceBulkGetOptions{}, []string{"aaSequenceIds"}},
		{"bulkUpsertAASequences", AaSequenceBulkUpsertOptions{}, nil},
		{"listDNASequences", DnaSequenceListOptions{}, nil},
		{"bulkGetDNASequences", DnaSequenceBulkGetOptions{}, []string{"dnaSequenceIds"}},
		{"bulkUpsertDnaSequences", DnaSequenceBulkUpsertOptions{}, nil},
		{"listEntries", EntryListOptions{}, nil},
		{"bulkGetEntries", EntryBulkGetOptions{}, []string{"entryIds"}},
		{"listEntryTemplates", EntryTemplateListOptions{}, nil},
	}
	for _, c := range cases {
		t.Run(c.op, func(t *testing.T) {
			method, path, ok := spec.Operation(c.op)
			if !ok {
				t.Fatalf("no operation %s in the spec", c.op)
			}
			var want []string
			for _, p := range spec.Doc.Paths.Value(path).GetOperation(method).Parameters {
				if p.Value.In == "query" {
					want = append(want, p.Value.Name)
				}
			}
			got := append(slices.Clone(c.extra), queryTags(reflect.TypeOf(c.typ))...)
			slices.Sort(want)
			slices.Sort(got)
			if !slices.Equal(want, got) {
				t.Errorf("%s %s: query parameters\n spec: %v\n Go:   %v", method, path, want, got)
			}
		})
	}
}

// queryTags returns the go-querystring names of a struct's fields,
// flattening embedded structs as go-querystring does.
func queryTags(typ reflect.Type) []string {
	var names []string
	for i := range typ.NumField() {
		f := typ.Field(i)
		if f.Anonymous && f.Tag.Get("url") == "" {
			names = append(names, queryTags(f.Type)...)
			continue
		}
		if name, _, _ := strings.Cut(f.Tag.Get("url"), ","); name != "" && name != "-" {
			names = append(names, name)
		}
	}
	return names
}
