package naming

import (
	"slices"
	"testing"
)

// The examples of CONTRIBUTING.md §1.1.
func TestGoNameExamples(t *testing.T) {
	for spec, want := range map[string]string{
		"AaSequence":                    "AaSequence",
		"targetAASequenceIds":           "TargetAaSequenceIDs",
		"aaSequenceIds":                 "AaSequenceIDs",
		"StructuredTableApiIdentifiers": "StructuredTableAPIIdentifiers",
		"apiURL":                        "APIURL",
		"webURL":                        "WebURL",
		"gcContent":                     "GCContent",
		"names.anyOf.caseSensitive":     "NamesAnyOfCaseSensitive",
		"createdAt.gte":                 "CreatedAtGte",
		"AIGGenerateInputAsyncTask":     "AigGenerateInputAsyncTask",
		"OAuthBadRequestError":          "OAuthBadRequestError",
		"ConvertToCSV":                  "ConvertToCSV",
		"entityRegistryId":              "EntityRegistryID",
		"AA Sequences":                  "AaSequences",
		"DnaSequenceUpsertRequest":      "DnaSequenceUpsertRequest",
		"md5":                           "MD5",
		"fileMd5":                       "FileMD5",
		"v2Beta":                        "V2Beta",
		"modifiedAt:desc":               "ModifiedAtDesc",
		"Legacy Workflows (deprecated)": "LegacyWorkflowsDeprecated",
		"jwksUrl":                       "JWKSURL",
		"uuid":                          "UUID",
		"externalFileId":                "ExternalFileID",
		"x":                             "X",
	} {
		if got := GoName(spec); got != want {
			t.Errorf("GoName(%q) = %q (words %q), want %q", spec, got, Words(spec), want)
		}
	}
}

// Enum values by the rule, with the type's name in front (§1.1's last row).
func TestEnumConstant(t *testing.T) {
	for _, c := range []struct{ typ, value, want string }{
		{"EntityArchiveReason", "NOT_ARCHIVED", "EntityArchiveReasonNotArchived"},
		{"EntityArchiveReason", "Made in error", "EntityArchiveReasonMadeInError"},
		{"Sort", "modifiedAt:asc", "SortModifiedAtAsc"},
	} {
		if got := EnumConstant(c.typ, c.value); got != c.want {
			t.Errorf("EnumConstant(%q, %q) = %q, want %q", c.typ, c.value, got, c.want)
		}
	}
}

func TestWords(t *testing.T) {
	for spec, want := range map[string][]string{
		"entityRegistryId":    {"entity", "Registry", "Id"},
		"targetAASequenceIds": {"target", "AA", "Sequence", "Ids"},
		"md5":                 {"md5"},
		"a.b_c-d:e f(g)":      {"a", "b", "c", "d", "e", "f", "g"},
		"ABC":                 {"ABC"},
		"v2Beta":              {"v2", "Beta"},
		"":                    nil,
		"...":                 nil,
	} {
		if got := Words(spec); !slices.Equal(got, want) {
			t.Errorf("Words(%q) = %q, want %q", spec, got, want)
		}
	}
}

func TestValid(t *testing.T) {
	for name, want := range map[string]bool{"": false, "3Prime": false, "N3Prime": true, "X": true, "lower": false, "A_B": true} {
		if got := Valid(name); got != want {
			t.Errorf("Valid(%q) = %v, want %v", name, got, want)
		}
	}
	if got := GoName("3' overhang"); Valid(got) {
		t.Errorf("GoName(3' overhang) = %q is valid Go; the rule's N prefix would be needed", got)
	}
}
