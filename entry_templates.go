package benchling

import (
	"context"
	"iter"
	"net/http"
	"time"
)

// EntryTemplate is a template that notebook entries can be created from
// (EntryCreate.EntryTemplateID). Its days are numbered, not dated.
type EntryTemplate struct {
	// APIURL is the template's canonical URL in the API.
	APIURL string `json:"apiURL,omitempty"`
	// CreatedAt is when the template was created.
	CreatedAt time.Time `json:"createdAt,omitzero"`
	// Creator is the user who created the template.
	Creator UserSummary `json:"creator,omitzero"`
	// CustomFields are the template's custom fields.
	CustomFields CustomFields `json:"customFields,omitempty"`
	// Days are the template's days (or sections), in order.
	Days []EntryTemplateDay `json:"days,omitempty"`
	// Fields are the template's schema fields.
	Fields Fields `json:"fields,omitempty"`
	// ID is the template's ID (tmpl_...).
	ID string `json:"id,omitempty"`
	// ModifiedAt is when the template was last modified. The spec types it
	// as a plain string, but describes it as a DateTime, and Benchling
	// sends RFC 3339, like every other ModifiedAt.
	ModifiedAt time.Time `json:"modifiedAt,omitzero"`
	// Name is the template's title.
	Name string `json:"name,omitempty"`
	// Schema is the template's entry schema; nil if it has none.
	Schema *EntrySchema `json:"schema,omitempty"`
	// TemplateCollectionID is the collection that contains the template
	// (tmplcol_...).
	TemplateCollectionID string `json:"templateCollectionId,omitempty"`
	// WebURL is the template's URL in the Benchling web app.
	WebURL string `json:"webURL,omitempty"`
}

// EntryTemplateDay is a day (or section) of an entry template.
type EntryTemplateDay struct {
	// Day is the 1-based day number; 0 means a titled section with no day.
	Day int `json:"day"`
	// Notes are the day's notes, in order.
	Notes EntryNoteParts `json:"notes,omitzero"`
	// Title is the section's title; nil when it has none.
	Title *string `json:"title,omitempty"`
}

// EntryTemplateUpdate is the body of UpdateTemplate. Unset fields are left
// unchanged: nil pointers and a nil Fields are not sent (a non-nil empty
// Fields is).
type EntryTemplateUpdate struct {
	// Fields are schema fields to set.
	Fields Fields `json:"fields,omitzero"`
	// ModifiedAt is the template's modification time, as the spec lists it
	// among the writable properties (a DateTime, like
	// EntryTemplate.ModifiedAt).
	ModifiedAt *time.Time `json:"modifiedAt,omitempty"`
	// Name renames the template.
	Name *string `json:"name,omitempty"`
	// SchemaID sets the template's entry schema.
	SchemaID *string `json:"schemaId,omitempty"`
	// TemplateCollectionID moves the template to another collection.
	TemplateCollectionID *string `json:"templateCollectionId,omitempty"`
}

// EntryTemplateListOptions filter and page ListTemplates and AllTemplates.
type EntryTemplateListOptions struct {
	ListOptions
	// ModifiedAt filters by modification time with an expression such as
	// "> 2022-03-01".
	ModifiedAt string `url:"modifiedAt,omitempty"`
	// Name lists templates with exactly this name.
	Name string `url:"name,omitempty"`
	// TemplateCollectionID lists templates in this collection.
	TemplateCollectionID string `url:"templateCollectionId,omitempty"`
	// IDs lists these templates; an invalid ID fails the request.
	IDs []string `url:"ids,comma,omitempty"`
	// SchemaID lists templates of this schema.
	SchemaID string `url:"schemaId,omitempty"`
	// Returning limits the fields returned, e.g. "entryTemplates.id".
	Returning []string `url:"returning,comma,omitempty"`
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

// GetTemplate returns the entry template with the given ID.
//
// Benchling API: GET /entry-templates/{entry_template_id}
func (s *EntriesService) GetTemplate(ctx context.Context, id string) (*EntryTemplate, *Response, error) {
	return call[EntryTemplate](ctx, s.c(), http.MethodGet, pathf("entry-templates/%s", id), nil, nil)
}

// UpdateTemplate changes an entry template's metadata.
//
// Benchling API: PATCH /entry-templates/{entry_template_id}
func (s *EntriesService) UpdateTemplate(ctx context.Context, id string, body *EntryTemplateUpdate) (*EntryTemplate, *Response, error) {
	return call[EntryTemplate](ctx, s.c(), http.MethodPatch, pathf("entry-templates/%s", id), nil, body)
}
