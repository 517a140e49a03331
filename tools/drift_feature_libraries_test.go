package tools

import "github.com/benchling-go/benchling"

// The Feature Libraries tag: its models, query options and exemptions
// (see drift_test.go for what is checked).
var _ = register(driftTable{
	Tag: "Feature Libraries",
	Models: []model{
		{Go: benchling.FeatureLibrary{}, Schema: "FeatureLibrary"},
		// The owner is anyOf Organization | UserSummary, two schemas of
		// one shape (PartySummary's) whose IDs share the ent_ prefix:
		// nothing tells them apart, so one struct decodes both.
		{Go: benchling.UserSummary{}, Schema: "Organization", Like: "FeatureLibrary.owner's Organization branch has UserSummary's shape"},
		{Go: benchling.FeatureLibraryCreate{}, Schema: "FeatureLibraryCreate"},
		{Go: benchling.FeatureLibraryUpdate{}, Schema: "FeatureLibraryUpdate"},
		{Go: benchling.Feature{}, Schema: "Feature"},
		{Go: benchling.FeatureCreate{}, Schema: "FeatureCreate"},
		{Go: benchling.FeatureBulkCreate{}, Schema: "FeatureBulkCreate"},
		{Go: benchling.FeatureUpdate{}, Schema: "FeatureUpdate"},
		{Go: struct {
			Features []*benchling.FeatureBulkCreate `json:"features,omitzero"`
		}{}, Schema: "FeaturesBulkCreateRequest", Like: "mirrors the unexported body of BulkCreateFeatures"},
		{Go: benchling.FeatureLibrariesBulkCreateFeaturesResult{}, Schema: "BulkCreateFeaturesAsyncTask", Path: []string{"response"}},
		{Go: struct {
			FeatureLibraries []*benchling.FeatureLibrary `json:"featureLibraries"`
			NextToken        string                      `json:"nextToken"`
		}{}, Schema: "FeatureLibrariesPaginatedList", Like: "mirrors the unexported list envelope of List"},
		{Go: struct {
			Features  []*benchling.Feature `json:"features"`
			NextToken string               `json:"nextToken"`
		}{}, Schema: "FeaturesPaginatedList", Like: "mirrors the unexported list envelope of ListFeatures"},
	},
	Queries: []queryOptions{
		{Op: "listFeatureLibraries", Go: benchling.FeatureLibraryListOptions{}},
		{Op: "getFeatureLibrary", Go: benchling.FeatureLibraryGetOptions{}},
		{Op: "listFeatures", Go: benchling.FeatureListOptions{}},
		{Op: "getFeature", Go: benchling.FeatureGetOptions{}},
	},
})
