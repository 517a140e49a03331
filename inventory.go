package benchling

import (
	"context"
	"net/http"
)

// InventoryService checks barcodes for the inventory of a registry.
//
// Benchling API tag: Inventory.
type InventoryService service

// BarcodeValidationResult says whether a barcode may be given to a new
// container, box, plate or location.
type BarcodeValidationResult struct {
	// Barcode is the barcode checked.
	Barcode string `json:"barcode,omitempty"`
	// IsValid reports whether the barcode may be used.
	IsValid bool `json:"isValid,omitempty"`
	// Message says why it may not (it is in use, say); nil when it may.
	Message *string `json:"message,omitempty"`
}

// barcodesList is the body of ValidateBarcodes, which takes its list.
type barcodesList struct {
	Barcodes []string `json:"barcodes"`
}

// ValidateBarcodes checks barcodes against the inventory of a registry (a
// barcode is unique among a registry's containers, boxes, plates and
// locations) and returns one result per barcode, in order. It changes
// nothing, so it is retried like a read. An unknown registry gives an
// error matching ErrNotFound; no barcodes is ErrInvalidID before anything
// is sent.
//
// Benchling API: POST /registries/{registry_id}:validate-barcodes
func (s *InventoryService) ValidateBarcodes(ctx context.Context, registryID string, barcodes []string) ([]*BarcodeValidationResult, *Response, error) {
	r := pathf("registries/%s:validate-barcodes", registryID).readOnly()
	if len(barcodes) == 0 {
		r = r.needIDs("barcodes", nil)
	}
	return list[BarcodeValidationResult](ctx, s.c(), http.MethodPost, r, "validationResults", nil, &barcodesList{Barcodes: barcodes})
}
