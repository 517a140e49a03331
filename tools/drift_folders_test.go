package tools

import "github.com/benchling-go/benchling"

// The Folders tag: its models, query options and exemptions (see
// drift_test.go for what is checked).
var _ = register(driftTable{
	Tag: "Folders",
	Models: []model{
		{Go: benchling.Folder{}, Schema: "Folder"},
		{Go: benchling.FolderCreate{}, Schema: "FolderCreate"},
		{Go: benchling.FoldersArchive{}, Schema: "FoldersArchive"},
		{Go: benchling.FoldersArchivalChange{}, Schema: "FoldersArchivalChange"},
		{Go: struct {
			FolderIDs []string `json:"folderIds"`
		}{}, Schema: "FoldersUnarchive", Like: "mirrors the unexported body Unarchive sends (it takes the ID list, CONTRIBUTING §1.4)"},
	},
	Queries: []queryOptions{
		{Op: "listFolders", Go: benchling.FolderListOptions{}},
	},
	Exempt: map[string]string{
		"FoldersPaginatedList": "the list envelope: List returns its items (the unit tests round-trip it)",
	},
})
