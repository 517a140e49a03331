package benchling

import (
	"context"
	"iter"
	"net/http"
	"time"
)

// FeatureLibrariesService manages feature libraries and their features,
// which auto-annotate (AaSequences, DnaSequences, RnaSequences) looks for
// in sequences.
//
// Benchling API tag: Feature Libraries.
type FeatureLibrariesService service

// FeatureLibrary is a named collection of features.
type FeatureLibrary struct {
	// ID is the library's ID (featlib_...).
	ID string `json:"id,omitempty"`
	// Name is the library's name.
	Name string `json:"name,omitempty"`
	// Description describes the library.
	Description string `json:"description,omitempty"`
	// Owner is the organization or user that owns the library. The spec
	// makes it either an Organization or a UserSummary; both have this
	// shape, and their IDs share the ent_ prefix, so nothing in the JSON
	// tells them apart.
	Owner UserSummary `json:"owner,omitzero"`
	// CreatedAt is when the library was created.
	CreatedAt time.Time `json:"createdAt,omitzero"`
	// ModifiedAt is when the library was last modified.
	ModifiedAt time.Time `json:"modifiedAt,omitzero"`
	// WebURL is the library's page in the Benchling web app.
	WebURL string `json:"webURL,omitempty"`
}

// FeatureLibraryCreate is the body of FeatureLibraries.Create.
type FeatureLibraryCreate struct {
	// Name is the library's name.
	Name string `json:"name"`
	// Description describes the library.
	Description string `json:"description"`
	// OrganizationID is the organization that will own the library; the
	// caller must administer it. Without it the caller owns the library,
	// if the organization allows personal items.
	OrganizationID *string `json:"organizationId,omitempty"`
}

// FeatureLibraryUpdate is the body of FeatureLibraries.Update; nil fields
// are left unchanged. Features are changed with UpdateFeature.
type FeatureLibraryUpdate struct {
	// Name is the library's new name.
	Name *string `json:"name,omitempty"`
	// Description is the library's new description.
	Description *string `json:"description,omitempty"`
}

// FeatureLibraryListOptions are the filters and paging of
// FeatureLibraries.List, All and Pages.
type FeatureLibraryListOptions struct {
	ListOptions
	// Sort orders the results; the server's default is modifiedAt:desc.
	Sort Sort `url:"sort,omitempty"`
	// ModifiedAt filters by modification time: "> 2022-03-01".
	ModifiedAt string `url:"modifiedAt,omitempty"`
	// Name matches a library's name exactly.
	Name string `url:"name,omitempty"`
	// NameIncludes matches a substring of a library's name.
	NameIncludes string `url:"nameIncludes,omitempty"`
	// IDs restricts the results to these IDs; an unknown ID is a 400.
	IDs []string `url:"ids,comma,omitempty"`
	// NamesAnyOf matches any of these names (at most 100).
	NamesAnyOf []string `url:"names.anyOf,comma,omitempty"`
	// Returning limits the returned fields, e.g.
	// {"featureLibraries.id", "featureLibraries.name"}; nextToken is asked
	// for too, so that paging goes on.
	Returning []string `url:"returning,comma,omitempty"`
}

// FeatureLibraryGetOptions are the options of FeatureLibraries.Get.
type FeatureLibraryGetOptions struct {
	// Returning limits the returned fields, e.g. {"id", "name"}.
	Returning []string `url:"returning,comma,omitempty"`
}

// Feature is a feature of a feature library: a pattern of bases or amino
// acids that auto-annotate turns into annotations where it occurs.
type Feature struct {
	// ID is the feature's ID (feat_...).
	ID string `json:"id,omitempty"`
	// Name is the feature's name, which its annotations take.
	Name string `json:"name,omitempty"`
	// FeatureLibraryID is the library the feature belongs to.
	FeatureLibraryID string `json:"featureLibraryId,omitempty"`
	// FeatureType is the kind of feature, any string ("gene",
	// "promoter"); nil if it has none.
	FeatureType *string `json:"featureType,omitempty"`
	// MatchType says whether Pattern is bases or amino acids.
	MatchType FeatureMatchType `json:"matchType,omitempty"`
	// Pattern is what auto-annotate looks for.
	Pattern string `json:"pattern,omitempty"`
	// Color is the hex color of the annotations the feature makes, e.g.
	// "#F58A5E".
	Color string `json:"color,omitempty"`
}

// FeatureMatchType says how auto-annotate matches a feature's pattern.
type FeatureMatchType string

// Match types the spec declares.
const (
	// FeatureMatchTypeNucleotide matches bases, in DNA and RNA sequences.
	FeatureMatchTypeNucleotide FeatureMatchType = "nucleotide"
	// FeatureMatchTypeProtein matches amino acids.
	FeatureMatchTypeProtein FeatureMatchType = "protein"
)

// FeatureCreate is the body of FeatureLibraries.CreateFeature and one
// item of BulkCreateFeatures; all but Color are required.
type FeatureCreate struct {
	// Name is the feature's name.
	Name string `json:"name"`
	// FeatureLibraryID is the library the feature belongs to.
	FeatureLibraryID string `json:"featureLibraryId"`
	// FeatureType is the kind of feature ("gene", "promoter").
	FeatureType string `json:"featureType"`
	// MatchType says whether Pattern is bases or amino acids.
	MatchType FeatureMatchType `json:"matchType"`
	// Pattern is what auto-annotate looks for.
	Pattern string `json:"pattern"`
	// Color is the hex color of the annotations the feature makes.
	Color *string `json:"color,omitempty"`
}

// FeatureBulkCreate is one item of FeatureLibraries.BulkCreateFeatures;
// it is the same as FeatureCreate.
type FeatureBulkCreate = FeatureCreate

// FeatureUpdate is the body of FeatureLibraries.UpdateFeature; unset
// fields are left unchanged.
type FeatureUpdate struct {
	// Name is the feature's new name.
	Name *string `json:"name,omitempty"`
	// FeatureLibraryID moves the feature to another library.
	FeatureLibraryID *string `json:"featureLibraryId,omitempty"`
	// FeatureType is the feature's new type; Null[string]() clears it.
	FeatureType Nullable[string] `json:"featureType,omitzero"`
	// Pattern is the feature's new pattern.
	Pattern *string `json:"pattern,omitempty"`
	// Color is the new hex color of the feature's annotations.
	Color *string `json:"color,omitempty"`
}

// FeatureListOptions are the filters and paging of
// FeatureLibraries.ListFeatures, AllFeatures and PagesFeatures. The list
// has no sort.
type FeatureListOptions struct {
	ListOptions
	// Name matches a feature's name exactly.
	Name string `url:"name,omitempty"`
	// IDs restricts the results to these IDs; an unknown ID is a 400.
	IDs []string `url:"ids,comma,omitempty"`
	// NamesAnyOfCaseSensitive matches any of these names, case-sensitive
	// (at most 100).
	NamesAnyOfCaseSensitive []string `url:"names.anyOf.caseSensitive,comma,omitempty"`
	// FeatureLibraryID restricts the results to one library.
	FeatureLibraryID string `url:"featureLibraryId,omitempty"`
	// FeatureType restricts the results to one feature type.
	FeatureType string `url:"featureType,omitempty"`
	// MatchType restricts the results to one match type.
	MatchType FeatureMatchType `url:"matchType,omitempty"`
	// Returning limits the returned fields, e.g. {"features.id",
	// "features.pattern"}; nextToken is asked for too, so that paging
	// goes on.
	Returning []string `url:"returning,comma,omitempty"`
}

// FeatureGetOptions are the options of FeatureLibraries.GetFeature.
type FeatureGetOptions struct {
	// Returning limits the returned fields, e.g. {"id", "pattern"}.
	Returning []string `url:"returning,comma,omitempty"`
}

// featuresBulkCreateRequest is the body of BulkCreateFeatures.
type featuresBulkCreateRequest struct {
	Features []*FeatureBulkCreate `json:"features,omitzero"`
}

// FeatureLibrariesBulkCreateFeaturesResult is the response of a succeeded
// FeatureLibraries.BulkCreateFeatures task.
type FeatureLibrariesBulkCreateFeaturesResult struct {
	// Features are the created features, in the order of the request.
	Features []*Feature `json:"features"`
}

// Get returns the feature library with the given ID; opts may be nil. An
// unknown ID is an error matching ErrNotFound.
//
// Benchling API: GET /feature-libraries/{feature_library_id}
func (s *FeatureLibrariesService) Get(ctx context.Context, id string, opts *FeatureLibraryGetOptions) (*FeatureLibrary, *Response, error) {
	return call[FeatureLibrary](ctx, s.c(), http.MethodGet, pathf("feature-libraries/%s", id), opts, nil)
}

// List returns one page of feature libraries; resp.NextToken is the token
// of the next page, empty on the last one. opts may be nil.
//
// Benchling API: GET /feature-libraries
func (s *FeatureLibrariesService) List(ctx context.Context, opts *FeatureLibraryListOptions) ([]*FeatureLibrary, *Response, error) {
	return list[FeatureLibrary](ctx, s.c(), http.MethodGet, pathf("feature-libraries"), "featureLibraries", opts, nil)
}

// All iterates over every feature library that opts selects, page by
// page, lazily: breaking out of the loop stops fetching, an error is
// yielded once and ends the loop, and opts is not modified.
//
// Benchling API: GET /feature-libraries
func (s *FeatureLibrariesService) All(ctx context.Context, opts *FeatureLibraryListOptions) iter.Seq2[*FeatureLibrary, error] {
	return all(ctx, opts, s.List)
}

// Pages iterates over the pages of the feature libraries that opts
// selects, for a job that must resume where it stopped: save
// Page.NextToken once a page is processed, and pass it as opts.NextToken
// to resume. It has the guarantees of All.
//
// Benchling API: GET /feature-libraries
func (s *FeatureLibrariesService) Pages(ctx context.Context, opts *FeatureLibraryListOptions) iter.Seq2[*Page[FeatureLibrary], error] {
	return pages(ctx, opts, s.List)
}

// Create creates a feature library. A missing name or description, or an
// organization the caller does not administer, is a 400.
//
// Benchling API: POST /feature-libraries
func (s *FeatureLibrariesService) Create(ctx context.Context, body *FeatureLibraryCreate) (*FeatureLibrary, *Response, error) {
	return call[FeatureLibrary](ctx, s.c(), http.MethodPost, pathf("feature-libraries"), nil, body)
}

// Update changes a feature library's name or description. An unknown ID
// is an error matching ErrNotFound.
//
// Benchling API: PATCH /feature-libraries/{feature_library_id}
func (s *FeatureLibrariesService) Update(ctx context.Context, id string, body *FeatureLibraryUpdate) (*FeatureLibrary, *Response, error) {
	return call[FeatureLibrary](ctx, s.c(), http.MethodPatch, pathf("feature-libraries/%s", id), nil, body)
}

// GetFeature returns the feature with the given ID; opts may be nil. An
// unknown ID is an error matching ErrNotFound.
//
// Benchling API: GET /features/{feature_id}
func (s *FeatureLibrariesService) GetFeature(ctx context.Context, id string, opts *FeatureGetOptions) (*Feature, *Response, error) {
	return call[Feature](ctx, s.c(), http.MethodGet, pathf("features/%s", id), opts, nil)
}

// ListFeatures returns one page of features, of every library unless
// opts.FeatureLibraryID names one; resp.NextToken is the token of the
// next page, empty on the last one. opts may be nil.
//
// Benchling API: GET /features
func (s *FeatureLibrariesService) ListFeatures(ctx context.Context, opts *FeatureListOptions) ([]*Feature, *Response, error) {
	return list[Feature](ctx, s.c(), http.MethodGet, pathf("features"), "features", opts, nil)
}

// AllFeatures iterates over every feature that opts selects, page by
// page, like All.
//
// Benchling API: GET /features
func (s *FeatureLibrariesService) AllFeatures(ctx context.Context, opts *FeatureListOptions) iter.Seq2[*Feature, error] {
	return all(ctx, opts, s.ListFeatures)
}

// PagesFeatures iterates over the pages of the features that opts
// selects, like Pages.
//
// Benchling API: GET /features
func (s *FeatureLibrariesService) PagesFeatures(ctx context.Context, opts *FeatureListOptions) iter.Seq2[*Page[Feature], error] {
	return pages(ctx, opts, s.ListFeatures)
}

// CreateFeature creates a feature in a library. An unknown library, a
// missing property or an invalid pattern is a 400.
//
// Benchling API: POST /features
func (s *FeatureLibrariesService) CreateFeature(ctx context.Context, body *FeatureCreate) (*Feature, *Response, error) {
	return call[Feature](ctx, s.c(), http.MethodPost, pathf("features"), nil, body)
}

// UpdateFeature changes a feature. An unknown ID is an error matching
// ErrNotFound.
//
// Benchling API: PATCH /features/{feature_id}
func (s *FeatureLibrariesService) UpdateFeature(ctx context.Context, id string, body *FeatureUpdate) (*Feature, *Response, error) {
	return call[Feature](ctx, s.c(), http.MethodPatch, pathf("features/%s", id), nil, body)
}

// BulkCreateFeatures starts a task that creates up to 1000 features (the
// spec's maxItems); Wait on the returned link gives them. An invalid
// item fails the task, which then creates nothing.
//
// Benchling API: POST /features:bulk-create
func (s *FeatureLibrariesService) BulkCreateFeatures(ctx context.Context, items []*FeatureBulkCreate) (*AsyncTaskLink[FeatureLibrariesBulkCreateFeaturesResult], *Response, error) {
	return startTask[FeatureLibrariesBulkCreateFeaturesResult](ctx, s.c(), http.MethodPost, pathf("features:bulk-create"), nil, &featuresBulkCreateRequest{Features: items})
}

// CreateManyFeatures creates any number of features in chunks of at most
// MaxBulkFeatures with BulkCreateFeatures; see AaSequencesService.CreateMany
// for how chunks, errors and cancellation behave.
//
// Benchling API: POST /features:bulk-create
func (s *FeatureLibrariesService) CreateManyFeatures(ctx context.Context, items []*FeatureBulkCreate, opts *BulkOptions) ([]BulkResult[*Feature], error) {
	return bulk(ctx, items, opts, MaxBulkFeatures, submitAndWait(s.BulkCreateFeatures,
		func(r *FeatureLibrariesBulkCreateFeaturesResult) []*Feature { return r.Features }))
}
