package tools

import "github.com/benchling-go/benchling"

// The Files tag: its models, query options and exemptions (see
// drift_test.go for what is checked).
var _ = register(driftTable{
	Tag: "Files",
	Models: []model{
		{Go: benchling.File{}, Schema: "File"},
		{Go: benchling.FileCreate{}, Schema: "FileCreate"},
		{Go: benchling.FileUpdate{}, Schema: "FileUpdate"},
		{Go: benchling.FilesArchive{}, Schema: "FilesArchive"},
		{Go: benchling.FilesArchivalChange{}, Schema: "FilesArchivalChange"},
		{Go: struct {
			FileIDs []string `json:"fileIds"`
		}{}, Schema: "FilesUnarchive", Like: "mirrors the unexported body Unarchive sends (it takes the ID list, CONTRIBUTING §1.4)"},
	},
	Queries: []queryOptions{
		{Op: "listFiles", Go: benchling.FileListOptions{}},
	},
	Exempt: map[string]string{
		"FilesPaginatedList": "the list envelope: List returns its items (the unit tests round-trip it)",
		"ListingError":       "the 400 of List: *benchling.Error reads its message and its invalidIds",
	},
})
