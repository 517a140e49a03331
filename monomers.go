package benchling

import (
	"context"
	"iter"
	"net/http"
	"time"
)

// MonomersService manages monomers, the building blocks (backbones and
// branches) of the tenant's nucleotide notation.
//
// Benchling API tag: Monomers.
type MonomersService service

// Monomer is a monomer of the tenant's nucleotide notation: a chemical
// structure with its attachment points, a symbol and how it is drawn.
type Monomer struct {
	// ArchiveRecord says why the monomer was archived; nil when it is not.
	ArchiveRecord *ArchiveRecord `json:"archiveRecord,omitempty"`
	// AttachmentPoints are the capping groups where the monomer can bond
	// with other monomers, for example {"OH", "OH"}.
	AttachmentPoints []string `json:"attachmentPoints,omitempty"`
	// CalculatedMolecularWeight is the molecular weight computed from the
	// structure.
	CalculatedMolecularWeight float64 `json:"calculatedMolecularWeight,omitempty"`
	// CanonicalSmiles is the structure in canonical SMILES.
	CanonicalSmiles string `json:"canonicalSmiles,omitempty"`
	// CreatedAt is when the monomer was created.
	CreatedAt time.Time `json:"createdAt,omitzero"`
	// CustomMolecularWeight is the molecular weight a user set to override
	// the calculated one; nil when none is set.
	CustomMolecularWeight *float64 `json:"customMolecularWeight,omitempty"`
	// ExactMolecularWeight is the exact (monoisotopic) molecular weight
	// computed from the structure.
	ExactMolecularWeight float64 `json:"exactMolecularWeight,omitempty"`
	// ID is the monomer's ID (mon_...).
	ID string `json:"id,omitempty"`
	// ModifiedAt is when the monomer was last modified.
	ModifiedAt time.Time `json:"modifiedAt,omitzero"`
	// MonomerType is the part of a nucleotide the monomer is.
	MonomerType MonomerType `json:"monomerType,omitempty"`
	// Name is the monomer's name, for example "(Rp)-Phosphorothioate".
	Name string `json:"name,omitempty"`
	// NaturalAnalog is the symbol of the monomer's natural equivalent (an
	// IUPAC base, r or p).
	NaturalAnalog string `json:"naturalAnalog,omitempty"`
	// OriginalSmiles is the structure in SMILES as the user gave it; nil
	// when it was not given in SMILES.
	OriginalSmiles *string `json:"originalSmiles,omitempty"`
	// PolymerType is the kind of polymer the monomer belongs to.
	PolymerType MonomerPolymerType `json:"polymerType,omitempty"`
	// Symbol is the monomer's identifier, unique within its type, for
	// example "Rsp".
	Symbol string `json:"symbol,omitempty"`
	// VisualColor is the hex colour of the monomer's symbol, for example
	// "#7051FC"; nil when none.
	VisualColor *string `json:"visualColor,omitempty"`
	// VisualSymbol is the shape of the monomer's symbol; nil when none.
	VisualSymbol *MonomerVisualSymbol `json:"visualSymbol,omitempty"`
}

// MonomerType is the part of a nucleotide a monomer is.
type MonomerType string

// Monomer types the spec declares.
const (
	MonomerTypeBackbone MonomerType = "BACKBONE"
	MonomerTypeBranch   MonomerType = "BRANCH"
)

// MonomerPolymerType is the kind of polymer a monomer belongs to; the spec
// says only RNA monomers are supported so far.
type MonomerPolymerType string

// Polymer types the spec declares.
const (
	MonomerPolymerTypeRna MonomerPolymerType = "RNA"
)

// MonomerVisualSymbol is the shape a monomer is drawn with.
type MonomerVisualSymbol string

// Visual symbols the spec declares.
const (
	MonomerVisualSymbolDiamondFilled   MonomerVisualSymbol = "DIAMOND_FILLED"
	MonomerVisualSymbolDiamondHollow   MonomerVisualSymbol = "DIAMOND_HOLLOW"
	MonomerVisualSymbolDiamondDashed   MonomerVisualSymbol = "DIAMOND_DASHED"
	MonomerVisualSymbolStarFilled      MonomerVisualSymbol = "STAR_FILLED"
	MonomerVisualSymbolStarHollow      MonomerVisualSymbol = "STAR_HOLLOW"
	MonomerVisualSymbolTriangleFilled  MonomerVisualSymbol = "TRIANGLE_FILLED"
	MonomerVisualSymbolTriangleHollow  MonomerVisualSymbol = "TRIANGLE_HOLLOW"
	MonomerVisualSymbolDyadFilled      MonomerVisualSymbol = "DYAD_FILLED"
	MonomerVisualSymbolDyadHollow      MonomerVisualSymbol = "DYAD_HOLLOW"
	MonomerVisualSymbolCloverFilled    MonomerVisualSymbol = "CLOVER_FILLED"
	MonomerVisualSymbolCloverHollow    MonomerVisualSymbol = "CLOVER_HOLLOW"
	MonomerVisualSymbolTriadFilled     MonomerVisualSymbol = "TRIAD_FILLED"
	MonomerVisualSymbolTriadHollow     MonomerVisualSymbol = "TRIAD_HOLLOW"
	MonomerVisualSymbolRectangleFilled MonomerVisualSymbol = "RECTANGLE_FILLED"
	MonomerVisualSymbolRectangleHollow MonomerVisualSymbol = "RECTANGLE_HOLLOW"
	MonomerVisualSymbolLettersP        MonomerVisualSymbol = "LETTERS_P"
	MonomerVisualSymbolLettersPs       MonomerVisualSymbol = "LETTERS_PS"
)

// MonomerCreate is the body of Monomers.Create. Name, NaturalAnalog,
// Smiles and Symbol are required.
type MonomerCreate struct {
	// Name is the monomer's name (required).
	Name string `json:"name"`
	// NaturalAnalog is the symbol of the monomer's natural equivalent (an
	// IUPAC base, r or p; required).
	NaturalAnalog string `json:"naturalAnalog"`
	// Smiles is the monomer's structure in SMILES, with its attachment
	// points, for example "O[P@@](=S)([OH:1])[OH:2]" (required).
	Smiles string `json:"smiles"`
	// Symbol is the monomer's identifier, unique within its type
	// (required).
	Symbol string `json:"symbol"`
	// Color is the hex colour of the monomer's symbol, for example
	// "#7051FC".
	Color *string `json:"color,omitempty"`
	// CustomMolecularWeight overrides the molecular weight computed from
	// the structure.
	CustomMolecularWeight *float64 `json:"customMolecularWeight,omitempty"`
	// VisualSymbol is the shape of the monomer's symbol.
	VisualSymbol MonomerVisualSymbol `json:"visualSymbol,omitempty"`
}

// MonomerUpdate is the body of Monomers.Update. Only what is set is
// changed; Color and CustomMolecularWeight can be cleared with Null.
type MonomerUpdate struct {
	// Color changes the hex colour of the monomer's symbol; Null[string]()
	// removes it.
	Color Nullable[string] `json:"color,omitzero"`
	// CustomMolecularWeight changes the molecular weight override;
	// Null[float64]() removes it, so the calculated weight applies.
	CustomMolecularWeight Nullable[float64] `json:"customMolecularWeight,omitzero"`
	// Name renames the monomer.
	Name *string `json:"name,omitempty"`
	// Smiles changes the monomer's structure.
	Smiles *string `json:"smiles,omitempty"`
	// Symbol changes the monomer's identifier.
	Symbol *string `json:"symbol,omitempty"`
	// VisualSymbol changes the shape of the monomer's symbol.
	VisualSymbol MonomerVisualSymbol `json:"visualSymbol,omitempty"`
}

// MonomersArchive is the body of Monomers.Archive.
type MonomersArchive struct {
	// MonomerIDs are the monomers to archive, at most 100.
	MonomerIDs []string `json:"monomerIds"`
	// Reason is why they are archived.
	Reason MonomersArchiveReason `json:"reason"`
}

// MonomersArchiveReason is the reason for archiving monomers, which has
// values of its own.
type MonomersArchiveReason string

// Monomer archive reasons the spec declares.
const (
	MonomersArchiveReasonMadeInError MonomersArchiveReason = "Made in error"
	MonomersArchiveReasonArchived    MonomersArchiveReason = "Archived"
	MonomersArchiveReasonOther       MonomersArchiveReason = "Other"
)

// monomersUnarchive is the body of Monomers.Unarchive, which takes its
// list.
type monomersUnarchive struct {
	MonomerIDs []string `json:"monomerIds"`
}

// MonomersArchivalChange lists what Archive or Unarchive changed.
type MonomersArchivalChange struct {
	// BatchIDs are batches archived or unarchived with the monomers.
	BatchIDs []string `json:"batchIds,omitempty"`
	// MonomerIDs are the monomers archived or unarchived.
	MonomerIDs []string `json:"monomerIds,omitempty"`
}

// MonomerListOptions page Monomers.List, All and Pages.
type MonomerListOptions struct {
	ListOptions

	// Returning limits the returned fields, for example
	// {"monomers.id", "monomers.symbol"}; the rest stay zero.
	Returning []string `url:"returning,comma,omitempty"`
}

// MonomerCreateOptions are the options of Monomers.Create.
type MonomerCreateOptions struct {
	// Returning limits the fields of the returned monomer, for example
	// {"id", "symbol"}.
	Returning []string `url:"returning,comma,omitempty"`
}

// MonomerUpdateOptions are the options of Monomers.Update.
type MonomerUpdateOptions struct {
	// Returning limits the fields of the returned monomer, for example
	// {"id", "symbol"}.
	Returning []string `url:"returning,comma,omitempty"`
}

// List returns one page of the tenant's monomers; the next page's token is
// in Response.NextToken. opts may be nil.
//
// Benchling API: GET /monomers
func (s *MonomersService) List(ctx context.Context, opts *MonomerListOptions) ([]*Monomer, *Response, error) {
	return list[Monomer](ctx, s.c(), http.MethodGet, pathf("monomers"), "monomers", opts, nil)
}

// All iterates over every monomer, fetching pages as the loop needs them.
// It is lazy: nothing is requested before the loop starts, and breaking out
// of the loop stops fetching. An error (including the context's) is
// yielded once and ends the loop; opts is not modified.
//
// Benchling API: GET /monomers
func (s *MonomersService) All(ctx context.Context, opts *MonomerListOptions) iter.Seq2[*Monomer, error] {
	return all(ctx, opts, s.List)
}

// Pages iterates over the pages of the monomers, for a job that must
// resume where it stopped: once a page's items are processed, save
// Page.NextToken; to resume, pass the saved token as opts.NextToken and the
// next page is the first one fetched. Pages are fetched as the loop needs
// them, with the guarantees of All.
//
// Benchling API: GET /monomers
func (s *MonomersService) Pages(ctx context.Context, opts *MonomerListOptions) iter.Seq2[*Page[Monomer], error] {
	return pages(ctx, opts, s.List)
}

// Create creates a monomer; opts may be nil. A structure that does not
// parse, or a symbol the monomer's type already has, is an error matching
// ErrBadRequest; a user who may not manage monomers gets one matching
// ErrForbidden.
//
// Benchling API: POST /monomers
func (s *MonomersService) Create(ctx context.Context, body *MonomerCreate, opts *MonomerCreateOptions) (*Monomer, *Response, error) {
	return call[Monomer](ctx, s.c(), http.MethodPost, pathf("monomers"), opts, body)
}

// Update changes the fields of body that are set and returns the updated
// monomer; opts may be nil. An unknown ID is an error matching
// ErrNotFound.
//
// Benchling API: PATCH /monomers/{monomer_id}
func (s *MonomersService) Update(ctx context.Context, id string, body *MonomerUpdate, opts *MonomerUpdateOptions) (*Monomer, *Response, error) {
	return call[Monomer](ctx, s.c(), http.MethodPatch, pathf("monomers/%s", id), opts, body)
}

// Archive archives the monomers body.MonomerIDs (at most 100) for
// body.Reason. No ID, or an invalid one, is ErrInvalidID before anything
// is sent.
//
// Benchling API: POST /monomers:archive
func (s *MonomersService) Archive(ctx context.Context, body *MonomersArchive) (*MonomersArchivalChange, *Response, error) {
	r := pathf("monomers:archive")
	if body != nil {
		r = r.needIDs("monomerIds", body.MonomerIDs)
	}
	return call[MonomersArchivalChange](ctx, s.c(), http.MethodPost, r, nil, body)
}

// Unarchive unarchives the monomers with the given IDs (at most 100). No
// ID, or an invalid one, is ErrInvalidID before anything is sent.
//
// Benchling API: POST /monomers:unarchive
func (s *MonomersService) Unarchive(ctx context.Context, ids []string) (*MonomersArchivalChange, *Response, error) {
	return call[MonomersArchivalChange](ctx, s.c(), http.MethodPost, pathf("monomers:unarchive").needIDs("monomerIds", ids),
		nil, &monomersUnarchive{MonomerIDs: ids})
}
