package tools

import "github.com/benchling-go/benchling"

// The Molecules tag: its models, query options and exemptions (see
// drift_test.go for what is checked).
var _ = register(driftTable{
	Tag: "Molecules",
	Models: []model{
		{Go: benchling.Molecule{}, Schema: "Molecule"},
		{Go: benchling.MoleculeStructure{}, Schema: "MoleculeStructure"},
		{Go: benchling.MoleculeCreate{}, Schema: "MoleculeCreate"},
		{Go: benchling.MoleculeUpdate{}, Schema: "MoleculeUpdate"},
		{Go: benchling.MoleculeBulkUpdate{}, Schema: "MoleculeBulkUpdate", Allow: map[string]string{
			"id:omit": "the spec leaves the item's id optional, but an item is matched by it: always sent",
		}},
		{Go: benchling.MoleculeUpsertRequest{}, Schema: "MoleculeUpsertRequest"},
		{Go: benchling.MoleculeBulkUpsertRequest{}, Schema: "MoleculeBulkUpsertRequest"},
		{Go: benchling.MoleculesArchive{}, Schema: "MoleculesArchive"},
		{Go: benchling.MoleculesArchivalChange{}, Schema: "MoleculesArchivalChange"},
		// The bulk tasks have no schemas; their responses list molecules
		// under the key of the molecule lists.
		{Go: benchling.MoleculesBulkCreateResult{}, Schema: "MoleculesPaginatedList", Like: "the bulk-create task's response, a list of molecules",
			Allow: map[string]string{"nextToken": "a task result is not paginated"}},
		{Go: benchling.MoleculesBulkUpdateResult{}, Schema: "MoleculesPaginatedList", Like: "the bulk-update task's response, a list of molecules",
			Allow: map[string]string{"nextToken": "a task result is not paginated"}},
		{Go: benchling.MoleculesBulkUpsertResult{}, Schema: "MoleculesPaginatedList", Like: "the bulk-upsert task's response, a list of molecules",
			Allow: map[string]string{"nextToken": "a task result is not paginated"}},
	},
	Exempt: map[string]string{
		"MoleculesUnarchive":         singleListBody,
		"MoleculesBulkCreateRequest": singleListBody,
		"MoleculesBulkUpdateRequest": singleListBody,
		"MoleculesBulkUpsertRequest": singleListBody,
	},
	Queries: []queryOptions{
		{Op: "listMolecules", Go: benchling.MoleculeListOptions{}},
		{Op: "bulkUpsertMolecules", Go: benchling.MoleculeBulkUpsertOptions{}},
	},
})
