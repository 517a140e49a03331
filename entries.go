package benchling

import (
	"context"
	"errors"
	"iter"
	"net/http"
)

// EntriesService manages notebook entries and entry templates.
//
// Benchling API tag: Entries.
type EntriesService service

// entryBulkGetQuery is the query of BulkGet.
//
// Its fields DisplayIDs and Returning are in the embedded
// EntryBulkGetOptions.
type entryBulkGetQuery struct {
	EntryIDs []string `url:"entryIds,comma,omitempty"`
	EntryBulkGetOptions
}

// entryEnvelope is the body of GET /entries/{entry_id}.
type entryEnvelope struct {
	Entry *Entry `json:"entry"`
}

// externalFileEnvelope is the body of the external file metadata call.
type externalFileEnvelope struct {
	ExternalFile *EntryExternalFile `json:"externalFile"`
}

// List returns one page of entries. The next page's token is in
// Response.NextToken.
//
// Benchling API: GET /entries
func (s *EntriesService) List(ctx context.Context, opts *EntryListOptions) ([]*Entry, *Response, error) {
	return list[Entry](ctx, s.c(), http.MethodGet, pathf("entries"), "entries", opts, nil)
}

// All iterates over every entry matching opts, fetching pages as the loop
// goes. It is lazy: nothing is requested before the loop starts; breaking
// out of the loop stops fetching; an error (a cancelled ctx's included) is
// yielded once and ends the loop; no goroutines are started; opts is not
// modified, and ranging again starts over.
//
// Benchling API: GET /entries
func (s *EntriesService) All(ctx context.Context, opts *EntryListOptions) iter.Seq2[*Entry, error] {
	return all(ctx, opts, s.List)
}

// Pages iterates over the pages of the entries matching opts, for a job that must
// resume where it stopped: once a page's items are processed, save
// Page.NextToken; to resume, pass the saved token as opts.NextToken and
// the next page is the first one fetched. Pages are fetched as the loop
// needs them, with the guarantees of All (lazy, stopping on break, an error
// yielded once, opts not modified, a repeated token ending the loop with
// ErrRepeatedToken).
//
// Benchling API: GET /entries
func (s *EntriesService) Pages(ctx context.Context, opts *EntryListOptions) iter.Seq2[*Page[Entry], error] {
	return pages(ctx, opts, s.List)
}

// Get returns the entry with the given ID. Benchling wraps it as
// {"entry": ...}; Get unwraps it. A missing entry is an error matching
// ErrNotFound. opts may be nil.
//
// Benchling API: GET /entries/{entry_id}
func (s *EntriesService) Get(ctx context.Context, id string, opts *EntryGetOptions) (*Entry, *Response, error) {
	r := pathf("entries/%s", id)
	env, resp, err := call[entryEnvelope](ctx, s.c(), http.MethodGet, r, opts, nil)
	if err != nil {
		return nil, resp, err
	}
	return entriesUnwrap(env.Entry, resp, "entry", http.MethodGet, r)
}

// Create creates a notebook entry, optionally from a template.
//
// Benchling API: POST /entries
func (s *EntriesService) Create(ctx context.Context, body *EntryCreate) (*Entry, *Response, error) {
	return call[Entry](ctx, s.c(), http.MethodPost, pathf("entries"), nil, body)
}

// Update changes an entry's metadata (name, folder, schema, fields,
// authors); its notes cannot be edited through the API. opts may be nil.
//
// Benchling API: PATCH /entries/{entry_id}
func (s *EntriesService) Update(ctx context.Context, id string, body *EntryUpdate, opts *EntryUpdateOptions) (*Entry, *Response, error) {
	return call[Entry](ctx, s.c(), http.MethodPatch, pathf("entries/%s", id), opts, body)
}

// GetExternalFile returns the metadata of a file attached to an
// entry, including a short-lived download URL. Benchling wraps it as
// {"externalFile": ...}; GetExternalFile unwraps it.
//
// Benchling API: GET /entries/{entry_id}/external-files/{external_file_id}
func (s *EntriesService) GetExternalFile(ctx context.Context, entryID, externalFileID string) (*EntryExternalFile, *Response, error) {
	r := pathf("entries/%s/external-files/%s", entryID, externalFileID)
	env, resp, err := call[externalFileEnvelope](ctx, s.c(), http.MethodGet, r, nil, nil)
	if err != nil {
		return nil, resp, err
	}
	return entriesUnwrap(env.ExternalFile, resp, "externalFile", http.MethodGet, r)
}

// Archive archives the entries body.EntryIDs for body.Reason (entries
// accept EntityArchiveReasonMadeInError, EntityArchiveReasonRetired and
// EntityArchiveReasonOther). No IDs is an error matching ErrInvalidID, and
// nothing is sent.
//
// Benchling API: POST /entries:archive
func (s *EntriesService) Archive(ctx context.Context, body *EntriesArchive) (*EntriesArchivalChange, *Response, error) {
	r := pathf("entries:archive")
	if body != nil {
		r = r.needIDs("entryIds", body.EntryIDs)
	}
	return call[EntriesArchivalChange](ctx, s.c(), http.MethodPost, r, nil, body)
}

// Unarchive unarchives entries. No IDs is an error matching ErrInvalidID,
// and nothing is sent.
//
// Benchling API: POST /entries:unarchive
func (s *EntriesService) Unarchive(ctx context.Context, ids []string) (*EntriesArchivalChange, *Response, error) {
	r := pathf("entries:unarchive").needIDs("entryIds", ids)
	return call[EntriesArchivalChange](ctx, s.c(), http.MethodPost, r, nil, &entriesUnarchive{EntryIDs: ids})
}

// BulkGet returns the entries with the given IDs and those with the
// display IDs in opts (nil allowed). No IDs and no display IDs is an error
// matching ErrInvalidID, and nothing is sent.
//
// Benchling API: GET /entries:bulk-get
func (s *EntriesService) BulkGet(ctx context.Context, ids []string, opts *EntryBulkGetOptions) ([]*Entry, *Response, error) {
	q := entryBulkGetQuery{EntryIDs: ids}
	if opts != nil {
		q.EntryBulkGetOptions = *opts
	}
	r := pathf("entries:bulk-get")
	if len(q.DisplayIDs) == 0 {
		r = r.needIDs("entryIds or displayIds", ids)
	}
	return list[Entry](ctx, s.c(), http.MethodGet, r, "entries", q, nil)
}

// entriesUnwrap returns the object of a wrapped response, or a
// *DecodeError when the wrapper is empty.
func entriesUnwrap[T any](v *T, resp *Response, key, method string, r route) (*T, *Response, error) {
	if v == nil {
		return nil, resp, &DecodeError{StatusCode: resp.StatusCode, Method: method, Path: "/" + r.path,
			Err: errors.New("the response has no \"" + key + "\" object")}
	}
	return v, resp, nil
}

// ListTemplates returns one page of entry templates. The next page's
// token is in Response.NextToken.
//
// Benchling API: GET /entry-templates
func (s *EntriesService) ListTemplates(ctx context.Context, opts *EntryTemplateListOptions) ([]*EntryTemplate, *Response, error) {
	return list[EntryTemplate](ctx, s.c(), http.MethodGet, pathf("entry-templates"), "entryTemplates", opts, nil)
}

// AllTemplates iterates over every entry template matching opts, fetching
// pages as the loop goes. It is lazy: nothing is requested before the loop
// starts; breaking out of the loop stops fetching; an error (a cancelled
// ctx's included) is yielded once and ends the loop; no goroutines are
// started; opts is not modified, and ranging again starts over.
//
// Benchling API: GET /entry-templates
func (s *EntriesService) AllTemplates(ctx context.Context, opts *EntryTemplateListOptions) iter.Seq2[*EntryTemplate, error] {
	return all(ctx, opts, s.ListTemplates)
}

// PagesTemplates iterates over the pages of the entry templates matching opts, for a job that must
// resume where it stopped: once a page's items are processed, save
// Page.NextToken; to resume, pass the saved token as opts.NextToken and
// the next page is the first one fetched. Pages are fetched as the loop
// needs them, with the guarantees of AllTemplates (lazy, stopping on break, an error
// yielded once, opts not modified, a repeated token ending the loop with
// ErrRepeatedToken).
//
// Benchling API: GET /entry-templates
func (s *EntriesService) PagesTemplates(ctx context.Context, opts *EntryTemplateListOptions) iter.Seq2[*Page[EntryTemplate], error] {
	return pages(ctx, opts, s.ListTemplates)
}

// GetTemplate returns the entry template with the given ID; opts may be
// nil.
//
// Benchling API: GET /entry-templates/{entry_template_id}
func (s *EntriesService) GetTemplate(ctx context.Context, id string, opts *EntryTemplateGetOptions) (*EntryTemplate, *Response, error) {
	return call[EntryTemplate](ctx, s.c(), http.MethodGet, pathf("entry-templates/%s", id), opts, nil)
}

// UpdateTemplate changes an entry template's metadata; opts may be nil.
//
// Benchling API: PATCH /entry-templates/{entry_template_id}
func (s *EntriesService) UpdateTemplate(ctx context.Context, id string, body *EntryTemplateUpdate, opts *EntryTemplateUpdateOptions) (*EntryTemplate, *Response, error) {
	return call[EntryTemplate](ctx, s.c(), http.MethodPatch, pathf("entry-templates/%s", id), opts, body)
}
