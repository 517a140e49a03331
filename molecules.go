package benchling

import (
	"context"
	"iter"
	"net/http"
)

// MoleculesService manages molecules, registry entities with a chemical
// structure (SMILES or a molfile).
//
// Benchling API tag: Molecules.
type MoleculesService service

// MaxBulkMolecules is the most molecules one bulk create, update or upsert
// carries: the spec's maxItems of a bulk upsert (it states none for bulk
// creates and updates, which the SDK chunks the same way). CreateMany,
// UpdateMany and UpsertMany split larger inputs into chunks of this size.
const MaxBulkMolecules = 1000

// Get returns the molecule with the given ID. An unknown ID gives an error
// matching ErrNotFound (or ErrBadRequest).
//
// Benchling API: GET /molecules/{molecule_id}
func (s *MoleculesService) Get(ctx context.Context, id string) (*Molecule, *Response, error) {
	return call[Molecule](ctx, s.c(), http.MethodGet, pathf("molecules/%s", id), nil, nil)
}

// List returns one page of molecules; the next page's token is in
// Response.NextToken. opts may be nil; without an ArchiveReason filter
// archived molecules are left out. A substructure filter
// (ChemicalSubstructureSmiles, ChemicalSubstructureMol) lists the
// molecules that contain the structure.
//
// Benchling API: GET /molecules
func (s *MoleculesService) List(ctx context.Context, opts *MoleculeListOptions) ([]*Molecule, *Response, error) {
	return list[Molecule](ctx, s.c(), http.MethodGet, pathf("molecules"), "molecules", opts, nil)
}

// All iterates over every molecule matching opts, fetching pages as the
// loop needs them. It is lazy: nothing is requested before the loop
// starts, and breaking out of the loop stops fetching. An error (including
// the context's) is yielded once and ends the loop; opts is not modified.
//
// Benchling API: GET /molecules
func (s *MoleculesService) All(ctx context.Context, opts *MoleculeListOptions) iter.Seq2[*Molecule, error] {
	return all(ctx, opts, s.List)
}

// Pages iterates over the pages of the molecules matching opts, for a job
// that must resume where it stopped: once a page's items are processed,
// save Page.NextToken; to resume, pass the saved token as opts.NextToken
// and the next page is the first one fetched. Pages are fetched as the
// loop needs them, with the guarantees of All.
//
// Benchling API: GET /molecules
func (s *MoleculesService) Pages(ctx context.Context, opts *MoleculeListOptions) iter.Seq2[*Page[Molecule], error] {
	return pages(ctx, opts, s.List)
}

// Create creates a molecule, registering it when body names a registry. A
// missing name or structure, or a structure that does not parse, is an
// error matching ErrBadRequest.
//
// Benchling API: POST /molecules
func (s *MoleculesService) Create(ctx context.Context, body *MoleculeCreate) (*Molecule, *Response, error) {
	return call[Molecule](ctx, s.c(), http.MethodPost, pathf("molecules"), nil, body)
}

// Update changes the fields of body that are set and returns the updated
// molecule.
//
// Benchling API: PATCH /molecules/{molecule_id}
func (s *MoleculesService) Update(ctx context.Context, id string, body *MoleculeUpdate) (*Molecule, *Response, error) {
	return call[Molecule](ctx, s.c(), http.MethodPatch, pathf("molecules/%s", id), nil, body)
}

// Upsert creates or updates the registered molecule with the registry ID
// registryID. Response.StatusCode is 201 when the molecule was created and
// 200 when it was updated.
//
// Benchling API: PATCH /molecules/{entity_registry_id}:upsert
func (s *MoleculesService) Upsert(ctx context.Context, registryID string, body *MoleculeUpsertRequest) (*Molecule, *Response, error) {
	return call[Molecule](ctx, s.c(), http.MethodPatch, pathf("molecules/%s:upsert", registryID), nil, body)
}

// Archive archives the molecules body.MoleculeIDs, with their batches, for
// body.Reason. No ID, or an invalid one, is ErrInvalidID before anything is
// sent.
//
// Benchling API: POST /molecules:archive
func (s *MoleculesService) Archive(ctx context.Context, body *MoleculesArchive) (*MoleculesArchivalChange, *Response, error) {
	r := pathf("molecules:archive")
	if body != nil {
		r = r.needIDs("moleculeIds", body.MoleculeIDs)
	}
	return call[MoleculesArchivalChange](ctx, s.c(), http.MethodPost, r, nil, body)
}

// Unarchive unarchives the molecules with the given IDs. No ID, or an
// invalid one, is ErrInvalidID before anything is sent.
//
// Benchling API: POST /molecules:unarchive
func (s *MoleculesService) Unarchive(ctx context.Context, ids []string) (*MoleculesArchivalChange, *Response, error) {
	return call[MoleculesArchivalChange](ctx, s.c(), http.MethodPost, pathf("molecules:unarchive").needIDs("moleculeIds", ids),
		nil, &moleculesUnarchive{MoleculeIDs: ids})
}

// BulkCreate starts an asynchronous task that creates molecules; link.Wait
// returns them when the task ends.
//
// Benchling API: POST /molecules:bulk-create
func (s *MoleculesService) BulkCreate(ctx context.Context, items []*MoleculeCreate) (*AsyncTaskLink[MoleculesBulkCreateResult], *Response, error) {
	return startTask[MoleculesBulkCreateResult](ctx, s.c(), http.MethodPost, pathf("molecules:bulk-create"), nil,
		&moleculesBulkCreateRequest{Molecules: items})
}

// BulkUpdate starts an asynchronous task that updates molecules; link.Wait
// returns them when the task ends.
//
// Benchling API: POST /molecules:bulk-update
func (s *MoleculesService) BulkUpdate(ctx context.Context, items []*MoleculeBulkUpdate) (*AsyncTaskLink[MoleculesBulkUpdateResult], *Response, error) {
	return startTask[MoleculesBulkUpdateResult](ctx, s.c(), http.MethodPost, pathf("molecules:bulk-update"), nil,
		&moleculesBulkUpdateRequest{Molecules: items})
}

// BulkUpsert starts an asynchronous task that creates or updates up to
// MaxBulkMolecules registered molecules, all in one registry, found by
// their registry IDs; if any item fails, nothing is changed. link.Wait
// returns the molecules when the task ends. opts may be nil.
//
// Benchling API: POST /molecules:bulk-upsert
func (s *MoleculesService) BulkUpsert(ctx context.Context, items []*MoleculeBulkUpsertRequest, opts *MoleculeBulkUpsertOptions) (*AsyncTaskLink[MoleculesBulkUpsertResult], *Response, error) {
	return startTask[MoleculesBulkUpsertResult](ctx, s.c(), http.MethodPost, pathf("molecules:bulk-upsert"), opts,
		&moleculesBulkUpsertRequest{Molecules: items})
}

// CreateMany creates any number of molecules in chunks of at most
// MaxBulkMolecules (or opts.ChunkSize) with BulkCreate, and returns one
// result per item in the order of items; see AaSequencesService.CreateMany
// for how chunks, errors and cancellation behave. opts may be nil.
//
// Benchling API: POST /molecules:bulk-create
func (s *MoleculesService) CreateMany(ctx context.Context, items []*MoleculeCreate, opts *BulkOptions) ([]BulkResult[*Molecule], error) {
	return bulk(ctx, items, opts, MaxBulkMolecules, submitAndWait(s.BulkCreate,
		func(r *MoleculesBulkCreateResult) []*Molecule { return r.Molecules }))
}

// UpdateMany updates any number of molecules in chunks of at most
// MaxBulkMolecules with BulkUpdate, as CreateMany does.
//
// Benchling API: POST /molecules:bulk-update
func (s *MoleculesService) UpdateMany(ctx context.Context, items []*MoleculeBulkUpdate, opts *BulkOptions) ([]BulkResult[*Molecule], error) {
	return bulk(ctx, items, opts, MaxBulkMolecules, submitAndWait(s.BulkUpdate,
		func(r *MoleculesBulkUpdateResult) []*Molecule { return r.Molecules }))
}

// UpsertMany creates or updates any number of registered molecules in
// chunks of at most MaxBulkMolecules with BulkUpsert, sending upsertOpts
// (which may be nil) with every chunk, as CreateMany does.
//
// Benchling API: POST /molecules:bulk-upsert
func (s *MoleculesService) UpsertMany(ctx context.Context, items []*MoleculeBulkUpsertRequest, upsertOpts *MoleculeBulkUpsertOptions, opts *BulkOptions) ([]BulkResult[*Molecule], error) {
	return bulk(ctx, items, opts, MaxBulkMolecules, submitAndWait(withOpts(s.BulkUpsert, upsertOpts),
		func(r *MoleculesBulkUpsertResult) []*Molecule { return r.Molecules }))
}
