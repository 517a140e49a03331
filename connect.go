package benchling

import (
	"context"
	"net/http"
)

// ConnectService converts instrument output with Benchling Connect: a
// blob or file of instrument data to ASM (the Allotrope Simple Model,
// JSON), and ASM, JSON or instrument data to CSV. The converted data is
// stored as new blobs; read them with Blobs.Download.
//
// Benchling API tag: Connect.
type ConnectService service

// ConvertToASM is the body of ConvertToASM. Give the instrument's vendor
// by Vendor (see ListAllotropyVendors) or by ConnectionID.
type ConvertToASM struct {
	// BlobOrFileID is the blob (a blob link's ID) or file (its API ID)
	// holding the instrument data (required).
	BlobOrFileID string `json:"blobOrFileId"`
	// ConnectionID is a connection to read the instrument vendor from.
	ConnectionID *string `json:"connectionId,omitempty"`
	// Vendor is the instrument vendor, an AllotropyVendor's ID.
	Vendor *string `json:"vendor,omitempty"`
}

// ConvertToASMResult is the result of ConvertToASM.
type ConvertToASMResult struct {
	// BlobID is the blob holding the ASM JSON.
	BlobID string `json:"blobId,omitempty"`
}

// ConvertToCSV is the body of ConvertToCSV. For an ASM file give no
// transform (all apply), a TransformType matching its ASM schema, or a
// MapperConfig; for other JSON a MapperConfig; for instrument data also
// the Vendor (or ConnectionID). AutomationOutputFileID reads the transform
// from that file's settings.
type ConvertToCSV struct {
	// AutomationOutputFileID is an automation output file configured with
	// a CSV transform, whose settings give the transform.
	AutomationOutputFileID *string `json:"automationOutputFileId,omitempty"`
	// BlobOrFileID is the blob (a blob link's ID) or file (its API ID) to
	// convert (required).
	BlobOrFileID string `json:"blobOrFileId"`
	// ConnectionID is a connection to read the instrument vendor from.
	ConnectionID *string `json:"connectionId,omitempty"`
	// MapperConfig is a JSON configuration saying how to turn JSON into
	// CSV (Benchling Support helps write one).
	MapperConfig *string `json:"mapperConfig,omitempty"`
	// TransformType is the transform that turns ASM into CSV.
	TransformType *string `json:"transformType,omitempty"`
	// Vendor is the instrument vendor, an AllotropyVendor's ID.
	Vendor *string `json:"vendor,omitempty"`
}

// ConvertToCSVResult is one CSV ConvertToCSV produced.
type ConvertToCSVResult struct {
	// BlobID is the blob holding the CSV.
	BlobID string `json:"blobId,omitempty"`
	// TransformDataType is the transform that produced it.
	TransformDataType string `json:"transformDataType,omitempty"`
}

// AllotropyVendor is an instrument vendor type Benchling Connect converts
// with allotropy.
type AllotropyVendor struct {
	// DisplayName is the vendor type's name for people.
	DisplayName string `json:"displayName,omitempty"`
	// ID is the vendor type's ID, ConvertToASM's and ConvertToCSV's
	// Vendor.
	ID string `json:"id,omitempty"`
}

// ConvertToASM converts the instrument data in a blob or file to ASM JSON
// and returns the blob holding it. An unknown blob or vendor, or data the
// vendor's parser cannot read, is an error matching ErrBadRequest. The
// request is not retried after it may have reached the server.
//
// Benchling API: POST /connect/convert-to-asm
func (s *ConnectService) ConvertToASM(ctx context.Context, body *ConvertToASM) (*ConvertToASMResult, *Response, error) {
	return call[ConvertToASMResult](ctx, s.c(), http.MethodPost, pathf("connect/convert-to-asm"), nil, body)
}

// ConvertToCSV converts a blob or file of ASM, JSON or instrument data to
// CSV and returns one blob per transform applied. Likely errors match
// ErrBadRequest (an unknown blob, a missing vendor or mapper config).
//
// Benchling API: POST /connect/convert-to-csv
func (s *ConnectService) ConvertToCSV(ctx context.Context, body *ConvertToCSV) ([]*ConvertToCSVResult, *Response, error) {
	out, resp, err := call[[]*ConvertToCSVResult](ctx, s.c(), http.MethodPost, pathf("connect/convert-to-csv"), nil, body)
	if err != nil {
		return nil, resp, err
	}
	return *out, resp, nil
}

// ListAllotropyVendors returns the instrument vendor types ConvertToASM
// and ConvertToCSV accept.
//
// Benchling API: GET /connect/list-allotropy-vendors
func (s *ConnectService) ListAllotropyVendors(ctx context.Context) ([]*AllotropyVendor, *Response, error) {
	out, resp, err := call[[]*AllotropyVendor](ctx, s.c(), http.MethodGet, pathf("connect/list-allotropy-vendors"), nil, nil)
	if err != nil {
		return nil, resp, err
	}
	return *out, resp, nil
}
