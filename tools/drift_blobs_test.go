package tools

import "github.com/benchling-go/benchling"

// The Blobs tag: its models, query options and exemptions (see
// drift_test.go for what is checked).
var _ = register(driftTable{
	Tag: "Blobs",
	Models: []model{
		{Go: benchling.Blob{}, Schema: "Blob"},
		{Go: benchling.BlobCreate{}, Schema: "BlobCreate"},
		{Go: benchling.BlobMultipartCreate{}, Schema: "BlobMultipartCreate"},
		{Go: benchling.BlobPartCreate{}, Schema: "BlobPartCreate"},
		{Go: benchling.BlobPart{}, Schema: "BlobPart", Allow: map[string]string{
			"eTag:omit":       "a list item (BlobComplete.parts[]), sent whole: CONTRIBUTING §2.1's item rule",
			"partNumber:omit": "a list item (BlobComplete.parts[]), sent whole: CONTRIBUTING §2.1's item rule",
		}},
		{Go: benchling.BlobURL{}, Schema: "BlobUrl"},
		{Go: struct {
			Parts []benchling.BlobPart `json:"parts"`
		}{}, Schema: "BlobComplete", Like: "mirrors the unexported body CompleteUpload sends (it takes the parts, CONTRIBUTING §1.4)",
			Allow: map[string]string{"parts:omit": "CompleteUpload always sends its parts: an empty list is the server's 400"}},
	},
	Queries: []queryOptions{
		{Op: "getBlob", Go: benchling.BlobGetOptions{}},
		{Op: "bulkGetBlobs", Go: benchling.BlobBulkGetOptions{}, Extra: []string{"blobIds"}},
	},
	Exempt: map[string]string{
		"BlobsBulkGet": "the bulk-get envelope: BulkGet returns its items (the unit tests round-trip it)",
	},
})
