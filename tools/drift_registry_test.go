package tools

import "github.com/benchling-go/benchling"

// The Registry tag: its models, query options and exemptions (see
// drift_test.go for what is checked). The Entity union's kinds are here:
// bulkGetRegisteredEntities is the operation that returns them.
var _ = register(driftTable{
	Tag: "Registry",
	Models: []model{
		{Go: benchling.Registry{}, Schema: "Registry"},
		{Go: benchling.RegisterEntities{}, Schema: "RegisterEntities"},
		{Go: benchling.UnregisterEntities{}, Schema: "UnregisterEntities"},
		{Go: benchling.DeprecatedEntitySchema{}, Schema: "DeprecatedEntitySchema"}, // an alias of EntitySchema
		{Go: benchling.AaSequenceWithEntityType{}, Schema: "AaSequenceWithEntityType"},
		{Go: benchling.CustomEntityWithEntityType{}, Schema: "CustomEntityWithEntityType"},
		{Go: benchling.DnaOligoWithEntityType{}, Schema: "DnaOligoWithEntityType"},
		{Go: benchling.DnaSequenceWithEntityType{}, Schema: "DnaSequenceWithEntityType"},
		{Go: benchling.MixtureWithEntityType{}, Schema: "MixtureWithEntityType"},
		{Go: benchling.MoleculeWithEntityType{}, Schema: "MoleculeWithEntityType"},
		{Go: benchling.RnaOligoWithEntityType{}, Schema: "RnaOligoWithEntityType"},
		{Go: benchling.RnaSequenceWithEntityType{}, Schema: "RnaSequenceWithEntityType"},
		{Go: struct {
			Entities benchling.EntityList `json:"entities"`
		}{}, Schema: "RegisteredEntitiesList", Like: "mirrors the unexported envelope BulkGetRegisteredEntities decodes"},
		{Go: struct {
			Registries []*benchling.Registry `json:"registries"`
		}{}, Schema: "RegistriesList", Like: "mirrors the envelope List decodes"},
	},
	Exempt: map[string]string{
		"DeprecatedEntitySchemasList": "the envelope of the deprecated ListEntitySchemas, which returns its items",
		"DropdownsRegistryList":       "the envelope of the deprecated ListDropdowns, which returns its items",
		"EmptyObject":                 "the response of UnregisterEntities, which returns no value",
	},
	Queries: []queryOptions{
		{Op: "listRegistries", Go: benchling.RegistryListOptions{}},
	},
})
