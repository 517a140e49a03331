package benchling

import (
	"context"
	"net/http"
)

// PrintersService lists the label printers of a registry, for
// Containers.PrintLabels.
//
// Benchling API tag: Printers.
type PrintersService service

// Printer is a label printer.
type Printer struct {
	// Address is the printer's IP address or URL.
	Address string `json:"address,omitempty"`
	// Description describes the printer; nil if it has none.
	Description *string `json:"description,omitempty"`
	// ID is the printer's ID (print_...).
	ID string `json:"id,omitempty"`
	// Name is the printer's name.
	Name string `json:"name,omitempty"`
	// Port is the port the printer listens on; nil for the default.
	Port *int `json:"port,omitempty"`
	// RegistryID is the registry the printer belongs to (src_...).
	RegistryID string `json:"registryId,omitempty"`
}

// PrinterListOptions filter List.
type PrinterListOptions struct {
	// Name restricts the list to printers with exactly this name.
	Name string `url:"name,omitempty"`
}

// List returns the label printers of a registry (the list is not paged).
// opts may be nil. An unknown registry gives an error matching
// ErrNotFound.
//
// Benchling API: GET /registries/{registry_id}/label-printers
func (s *PrintersService) List(ctx context.Context, registryID string, opts *PrinterListOptions) ([]*Printer, *Response, error) {
	return list[Printer](ctx, s.c(), http.MethodGet, pathf("registries/%s/label-printers", registryID), "labelPrinters", opts, nil)
}
