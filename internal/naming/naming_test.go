package naming

import "testing"

// TestGoName: the examples of CONTRIBUTING.md §1.1's table.
func TestGoName(t *testing.T) {
	for in, want := range map[string]string{
		"AaSequence": "AaSequence", "targetAASequenceIds": "TargetAaSequenceIDs", "aaSequenceIds": "AaSequenceIDs",
		"StructuredTableApiIdentifiers": "StructuredTableAPIIdentifiers", "apiURL": "APIURL", "webURL": "WebURL",
		"gcContent": "GCContent", "names.anyOf.caseSensitive": "NamesAnyOfCaseSensitive", "createdAt.gte": "CreatedAtGte",
		"AIGGenerateInputAsyncTask": "AigGenerateInputAsyncTask", "OAuthBadRequestError": "OAuthBadRequestError",
		"ConvertToCSV": "ConvertToCSV", "NOT_ARCHIVED": "NotArchived", "Made in error": "MadeInError",
		"md5": "MD5", "v2": "V2", "Copy Number": "CopyNumber", "96-well": "96Well", "": "",
	} {
		if got := GoName(in); got != want {
			t.Errorf("GoName(%q) = %q, want %q", in, got, want)
		}
	}
}
