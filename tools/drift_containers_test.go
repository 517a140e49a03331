package tools

import "github.com/benchling-go/benchling"

// The Containers tag: its models, query options and exemptions (see
// drift_test.go for what is checked), and the inventory shapes the other
// inventory tags share (Measurement, ContainerQuantity, CheckoutRecord,
// batches, inaccessible resources).
var _ = register(driftTable{
	Tag: "Containers",
	Models: []model{
		{Go: benchling.Container{}, Schema: "Container"},
		{Go: benchling.ContainerContent{}, Schema: "ContainerContent"},
		{Go: benchling.ContainerContentUpdate{}, Schema: "ContainerContentUpdate"},
		{Go: benchling.ContainerCreate{}, Schema: "ContainerCreate"},
		{Go: benchling.ContainerUpdate{}, Schema: "ContainerUpdate"},
		{Go: benchling.ContainerBulkUpdateItem{}, Schema: "ContainerBulkUpdateItem"},
		{Go: benchling.ContainerTransfer{}, Schema: "ContainerTransfer"},
		{Go: benchling.ContainerTransferDestinationContentsItem{}, Schema: "ContainerTransferDestinationContentsItem"},
		{Go: benchling.MultipleContainersTransfer{}, Schema: "MultipleContainersTransfer"},
		{Go: benchling.ContainersArchive{}, Schema: "ContainersArchive"},
		{Go: benchling.ContainersArchivalChange{}, Schema: "ContainersArchivalChange"},
		{Go: benchling.ContainersCheckin{}, Schema: "ContainersCheckin"},
		{Go: benchling.ContainersCheckout{}, Schema: "ContainersCheckout"},
		{Go: benchling.PrintLabels{}, Schema: "PrintLabels"},
		{Go: benchling.ContainersBulkCreateResult{}, Schema: "BulkCreateContainersAsyncTask", Path: []string{"response"}},
		{Go: benchling.ContainersBulkUpdateResult{}, Schema: "BulkUpdateContainersAsyncTask", Path: []string{"response"}},
		{Go: benchling.ContainersCreateTransfersResult{}, Schema: "TransfersAsyncTask", Path: []string{"response"}},
		{Go: struct {
			ContainerIDs []string `json:"containerIds"`
		}{}, Schema: "ContainersUnarchive", Like: "mirrors the unexported body Unarchive sends (it takes the ID list, CONTRIBUTING §1.4)"},
		{Go: struct {
			Containers []*benchling.ContainerCreate `json:"containers"`
		}{}, Schema: "ContainersBulkCreateRequest", Like: "mirrors the unexported body BulkCreate sends (it takes the list)"},
		{Go: struct {
			Containers []*benchling.ContainerBulkUpdateItem `json:"containers"`
		}{}, Schema: "ContainersBulkUpdateRequest", Like: "mirrors the unexported body BulkUpdate sends (it takes the list)"},
		{Go: struct {
			Transfers []*benchling.MultipleContainersTransfer `json:"transfers"`
		}{}, Schema: "MultipleContainersTransfersList", Like: "mirrors the unexported body CreateTransfers sends (it takes the list)"},

		// Shared inventory shapes.
		{Go: benchling.Measurement{}, Schema: "Measurement"},
		{Go: benchling.ContainerQuantity{}, Schema: "ContainerQuantity"},
		{Go: benchling.DeprecatedContainerVolumeForResponse{}, Schema: "DeprecatedContainerVolumeForResponse"},
		{Go: benchling.DeprecatedContainerVolumeForInput{}, Schema: "DeprecatedContainerVolumeForInput"},
		{Go: benchling.CheckoutRecord{}, Schema: "CheckoutRecord"},
		{Go: benchling.ExperimentalWellRole{}, Schema: "ExperimentalWellRole"},
		{Go: benchling.InaccessibleResource{}, Schema: "InaccessibleResource"},
		{Go: benchling.Batch{}, Schema: "Batch"},
		{Go: benchling.DnaSequenceSummary{}, Schema: "DnaSequenceSummary"},
		{Go: benchling.AaSequenceSummary{}, Schema: "AaSequenceSummary"},
		{Go: benchling.CustomEntitySummary{}, Schema: "CustomEntitySummary"},
		{Go: benchling.TeamSummary{}, Schema: "TeamSummary"},
	},
	Queries: []queryOptions{
		{Op: "getContainer", Go: benchling.ContainerGetOptions{}},
		{Op: "listContainers", Go: benchling.ContainerListOptions{}},
		{Op: "bulkGetContainers", Go: benchling.ContainerBulkGetOptions{}, Extra: []string{"containerIds"}},
	},
	Exempt: map[string]string{
		"ContainersPaginatedList":        "the list envelope: List returns its items (the unit tests round-trip it)",
		"ContainersList":                 "the envelope of BulkGet: it returns the items",
		"ContainerContentsList":          "the envelope of ListContents: it returns the items",
		"ForbiddenRestrictedSampleError": "an error body: benchling.Error decodes every error (InvalidIDs holds its invalidIds)",
		"EmptyObject":                    "the response of the actions that answer {} (Transfer, CheckIn, CheckOut, Reserve, PrintLabels), which return only the *Response",
	},
})
