package tools

import "github.com/benchling-go/benchling"

// The Inventory, Label Templates and Printers tags: their models, query
// options and exemptions (see drift_test.go for what is checked).
var _ = register(driftTable{
	Tag: "Inventory",
	Models: []model{
		{Go: benchling.BarcodeValidationResult{}, Schema: "BarcodeValidationResult"},
		{Go: struct {
			Barcodes []string `json:"barcodes"`
		}{}, Schema: "BarcodesList", Like: "mirrors the unexported body ValidateBarcodes sends (it takes the list, CONTRIBUTING §1.4)"},
	},
	Exempt: map[string]string{
		"BarcodeValidationResults": "the envelope of ValidateBarcodes: it returns the items",
	},
})

var _ = register(driftTable{
	Tag:    "Label Templates",
	Models: []model{{Go: benchling.LabelTemplate{}, Schema: "LabelTemplate"}},
	Queries: []queryOptions{
		{Op: "listLabelTemplates", Go: benchling.LabelTemplateListOptions{}},
	},
	Exempt: map[string]string{
		"LabelTemplatesList": "the envelope of List: it returns the items",
	},
})

var _ = register(driftTable{
	Tag:    "Printers",
	Models: []model{{Go: benchling.Printer{}, Schema: "Printer"}},
	Queries: []queryOptions{
		{Op: "listPrinters", Go: benchling.PrinterListOptions{}},
	},
	Exempt: map[string]string{
		"PrintersList": "the envelope of List: it returns the items",
	},
})
