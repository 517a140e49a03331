package benchling

import (
	"context"
	"iter"
	"net/http"
)

// DropdownsService manages dropdowns: registry-wide lists of options that
// dropdown fields of schemas take their values from.
//
// Benchling API tag: Dropdowns.
type DropdownsService service

// DropdownSummary names a dropdown (an item of List).
type DropdownSummary struct {
	// ID is the dropdown's ID.
	ID string `json:"id,omitempty"`
	// Name is the dropdown's name.
	Name string `json:"name,omitempty"`
}

// lookupKey lets ByName match a dropdown by name.
func (d *DropdownSummary) lookupKey() (name, id string, skip bool) { return d.Name, d.ID, false }

// Dropdown is a dropdown with its options.
type Dropdown struct {
	// ArchiveRecord says why the dropdown was archived; nil when it is not.
	ArchiveRecord *ArchiveRecord `json:"archiveRecord,omitempty"`
	// ID is the dropdown's ID.
	ID string `json:"id,omitempty"`
	// Name is the dropdown's name.
	Name string `json:"name,omitempty"`
	// Options are the dropdown's options, archived ones included.
	Options []DropdownOption `json:"options,omitempty"`
}

// Option returns the unarchived option named name, or nil when the dropdown
// has none: the ID to set a dropdown field to.
func (d *Dropdown) Option(name string) *DropdownOption {
	for i := range d.Options {
		if o := &d.Options[i]; o.Name == name && o.ArchiveRecord == nil {
			return o
		}
	}
	return nil
}

// DropdownOption is one option of a dropdown. A dropdown field's value is
// the option's ID.
type DropdownOption struct {
	// ArchiveRecord says why the option was archived; nil when it is not.
	ArchiveRecord *ArchiveRecord `json:"archiveRecord,omitempty"`
	// ID is the option's ID (sfs_...).
	ID string `json:"id,omitempty"`
	// Name is the option's name, the text shown.
	Name string `json:"name,omitempty"`
}

// DropdownCreate is the body of Create.
type DropdownCreate struct {
	// Name is the dropdown's name.
	Name string `json:"name"`
	// Options are the dropdown's options, in order.
	Options []DropdownOptionCreate `json:"options"`
	// RegistryID is the registry to create the dropdown in (src_...),
	// needed when the tenant has more than one.
	RegistryID *string `json:"registryId,omitempty"`
}

// DropdownOptionCreate is an option of a new dropdown.
type DropdownOptionCreate struct {
	// Name is the option's name.
	Name string `json:"name"`
}

// dropdownUpdate is the body of Update, which takes its list.
type dropdownUpdate struct {
	Options []DropdownOptionUpdate `json:"options"`
}

// DropdownOptionUpdate is an option in the list Update sets.
type DropdownOptionUpdate struct {
	// ID is the existing option to keep or rename (sfs_...); nil for a new
	// option.
	ID *string `json:"id,omitempty"`
	// Name is the option's name.
	Name string `json:"name"`
}

// DropdownOptionsArchive is the body of ArchiveOptions.
type DropdownOptionsArchive struct {
	// DropdownOptionIDs are the options to archive (sfs_...).
	DropdownOptionIDs []string `json:"dropdownOptionIds,omitzero"`
	// Reason is why: EntityArchiveReasonMadeInError, EntityArchiveReasonRetired or
	// EntityArchiveReasonOther.
	Reason EntityArchiveReason `json:"reason,omitempty"`
}

// dropdownOptionsUnarchive is the body of UnarchiveOptions, which takes its
// list.
type dropdownOptionsUnarchive struct {
	DropdownOptionIDs []string `json:"dropdownOptionIds,omitzero"`
}

// DropdownOptionsArchivalChange lists the options ArchiveOptions or
// UnarchiveOptions changed.
type DropdownOptionsArchivalChange struct {
	// DropdownOptionIDs are the options archived or unarchived.
	DropdownOptionIDs []string `json:"dropdownOptionIds,omitempty"`
}

// List returns one page of the tenant's dropdowns, without their options
// (Get has them); the next page's token is in Response.NextToken. opts may
// be nil.
//
// Benchling API: GET /dropdowns
func (s *DropdownsService) List(ctx context.Context, opts *ListOptions) ([]*DropdownSummary, *Response, error) {
	return list[DropdownSummary](ctx, s.c(), http.MethodGet, pathf("dropdowns"), "dropdowns", opts, nil)
}

// All iterates over every dropdown, fetching pages as the loop needs them.
// It is lazy: nothing is requested before the loop starts, and breaking out
// of the loop stops fetching. An error (including the context's) is yielded
// once and ends the loop; opts is not modified.
//
// Benchling API: GET /dropdowns
func (s *DropdownsService) All(ctx context.Context, opts *ListOptions) iter.Seq2[*DropdownSummary, error] {
	return all(ctx, opts, s.List)
}

// Pages iterates over the pages of the dropdowns matching opts, for a job
// that must resume where it stopped: once a page's items are processed,
// save Page.NextToken; to resume, pass the saved token as opts.NextToken
// and the next page is the first one fetched. Pages are fetched as the loop
// needs them, with the guarantees of All (lazy, stopping on break, an error
// yielded once, opts not modified, a repeated token ending the loop with
// ErrRepeatedToken).
//
// Benchling API: GET /dropdowns
func (s *DropdownsService) Pages(ctx context.Context, opts *ListOptions) iter.Seq2[*Page[DropdownSummary], error] {
	return pages(ctx, opts, s.List)
}

// Get returns the dropdown with the given ID, with its options. An unknown
// ID gives an error matching ErrNotFound (ErrForbidden for a dropdown the
// caller may not read).
//
// Benchling API: GET /dropdowns/{dropdown_id}
func (s *DropdownsService) Get(ctx context.Context, id string) (*Dropdown, *Response, error) {
	return call[Dropdown](ctx, s.c(), http.MethodGet, pathf("dropdowns/%s", id), nil, nil)
}

// ByName returns the dropdown named name (exactly, case-sensitively), with
// its options. The API has no name filter for dropdowns, so it reads every
// dropdown summary (100 per request), matches them here and gets the one
// found. No such dropdown is an error matching ErrNotFound; several are an
// *AmbiguousError (ErrAmbiguous) listing their IDs.
//
// Benchling API: GET /dropdowns
func (s *DropdownsService) ByName(ctx context.Context, name string) (*Dropdown, error) {
	d, err := byName("dropdown", name, s.All(ctx, &ListOptions{PageSize: lookupPageSize}))
	if err != nil {
		return nil, err
	}
	full, _, err := s.Get(ctx, d.ID)
	return full, err
}

// Create creates a dropdown with its options and returns it. A body
// Benchling rejects (a name in use, no registry on a tenant with several)
// gives an error matching ErrBadRequest.
//
// Benchling API: POST /dropdowns
func (s *DropdownsService) Create(ctx context.Context, body *DropdownCreate) (*Dropdown, *Response, error) {
	return call[Dropdown](ctx, s.c(), http.MethodPost, pathf("dropdowns"), nil, body)
}

// Update sets the options of the dropdown with the given ID and returns the
// dropdown: an option with an ID keeps it (and takes the new name), an
// option without one is created. The spec does not say what becomes of
// existing options left out of the list, so list every option to keep, and
// archive options with ArchiveOptions. An unknown dropdown gives an error
// matching ErrNotFound.
//
// Benchling API: PATCH /dropdowns/{dropdown_id}
func (s *DropdownsService) Update(ctx context.Context, id string, options []DropdownOptionUpdate) (*Dropdown, *Response, error) {
	return call[Dropdown](ctx, s.c(), http.MethodPatch, pathf("dropdowns/%s", id), nil, &dropdownUpdate{Options: options})
}

// ArchiveOptions archives options of the dropdown with the given ID, for a
// reason, and returns the IDs archived. Archived options stay in the
// dropdown (with an ArchiveRecord) but can no longer be chosen. No option
// ID, or an invalid one, is ErrInvalidID before anything is sent.
//
// Benchling API: POST /dropdowns/{dropdown_id}/options:archive
func (s *DropdownsService) ArchiveOptions(ctx context.Context, id string, body *DropdownOptionsArchive) (*DropdownOptionsArchivalChange, *Response, error) {
	r := pathf("dropdowns/%s/options:archive", id)
	if body != nil {
		r = r.needIDs("dropdownOptionIds", body.DropdownOptionIDs)
	}
	return call[DropdownOptionsArchivalChange](ctx, s.c(), http.MethodPost, r, nil, body)
}

// UnarchiveOptions unarchives the options with the given IDs of the
// dropdown with the given ID, and returns the IDs unarchived. No option ID,
// or an invalid one, is ErrInvalidID before anything is sent.
//
// Benchling API: POST /dropdowns/{dropdown_id}/options:unarchive
func (s *DropdownsService) UnarchiveOptions(ctx context.Context, id string, optionIDs []string) (*DropdownOptionsArchivalChange, *Response, error) {
	return call[DropdownOptionsArchivalChange](ctx, s.c(), http.MethodPost, pathf("dropdowns/%s/options:unarchive", id).needIDs("dropdownOptionIds", optionIDs),
		nil, &dropdownOptionsUnarchive{DropdownOptionIDs: optionIDs})
}
