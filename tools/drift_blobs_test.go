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
		// BlobComplete's one list counts as a list of bodies (§1.4), but a
		// part is no create or update: it is named whole, by its number
		// and eTag, and nothing in it means "leave unchanged". It is read
		// and sent as a value, like a list item (§2.1's item rule).
		{Go: benchling.BlobPart{}, Schema: "BlobPart", Allow: map[string]string{
			"eTag:omit":       "a part is named whole (see above): a value, like a list item",
			"partNumber:omit": "a part is named whole (see above): a value, like a list item",
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
	Elsewhere: map[string]string{
		"EmptyObject": "AbortUpload's {} (it returns no value); the schema is shared by many tags and modelled by its owner's table",
	},
})
