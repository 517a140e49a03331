package benchling

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"net/http"
)

// AppsService manages Benchling Apps and what they own: their canvases
// (the UI an app draws in Benchling), their sessions (the units of work
// they report to users) and their configuration items (the settings a
// tenant's admin gives them). An app acts with its own OAuth client
// credentials (WithClientCredentials); package webhook verifies and
// decodes the webhooks Benchling sends it.
//
// Benchling API tag: Apps.
type AppsService service

// MaxBulkAppConfigItems is the most configuration items one bulk create
// or update carries (the spec's maxItems, and the limit its summary
// states).
const MaxBulkAppConfigItems = 1000

// --- apps ---

// List returns one page of the apps installed on the tenant; the next
// page's token is in Response.NextToken. opts may be nil. An unknown ID
// in opts.IDs is an error matching ErrBadRequest.
//
// Benchling API: GET /apps
func (s *AppsService) List(ctx context.Context, opts *BenchlingAppListOptions) ([]*BenchlingApp, *Response, error) {
	return list[BenchlingApp](ctx, s.c(), http.MethodGet, pathf("apps"), "apps", opts, nil)
}

// All iterates over every app matching opts, fetching pages as the loop
// needs them. It is lazy, stops fetching on break, yields an error once
// and ends, starts no goroutines, does not modify opts, and starts over
// when ranged again.
//
// Benchling API: GET /apps
func (s *AppsService) All(ctx context.Context, opts *BenchlingAppListOptions) iter.Seq2[*BenchlingApp, error] {
	return all(ctx, opts, s.List)
}

// Pages iterates over the pages of the apps matching opts, for a job that
// must resume where it stopped: once a page's items are processed, save
// Page.NextToken; to resume, pass the saved token as opts.NextToken. Pages
// are fetched as the loop needs them, with the guarantees of All.
//
// Benchling API: GET /apps
func (s *AppsService) Pages(ctx context.Context, opts *BenchlingAppListOptions) iter.Seq2[*Page[BenchlingApp], error] {
	return pages(ctx, opts, s.List)
}

// Get returns the app with the given ID. An unknown ID is an error
// matching ErrNotFound; an app the caller may not see, ErrForbidden.
//
// Benchling API: GET /apps/{app_id}
func (s *AppsService) Get(ctx context.Context, id string) (*BenchlingApp, *Response, error) {
	return call[BenchlingApp](ctx, s.c(), http.MethodGet, pathf("apps/%s", id), nil, nil)
}

// Create creates an app. A name another app has is an error matching
// ErrConflict.
//
// Deprecated: Benchling creates apps from their manifest, in the Developer
// Console; the API offers no replacement.
//
// Benchling API: POST /apps
func (s *AppsService) Create(ctx context.Context, body *BenchlingAppCreate) (*BenchlingApp, *Response, error) {
	return call[BenchlingApp](ctx, s.c(), http.MethodPost, pathf("apps"), nil, body)
}

// Update changes the name or description of an app and returns it.
//
// Deprecated: an app's name and description come from its manifest, in
// the Developer Console; the API offers no replacement.
//
// Benchling API: PATCH /apps/{app_id}
func (s *AppsService) Update(ctx context.Context, id string, body *BenchlingAppUpdate) (*BenchlingApp, *Response, error) {
	return call[BenchlingApp](ctx, s.c(), http.MethodPatch, pathf("apps/%s", id), nil, body)
}

// Archive archives the apps body.AppIDs for body.Reason. No IDs is an
// error matching ErrInvalidID, and nothing is sent.
//
// Deprecated: apps are archived in the Developer Console; the API offers
// no replacement.
//
// Benchling API: POST /apps:archive
func (s *AppsService) Archive(ctx context.Context, body *BenchlingAppsArchive) (*BenchlingAppsArchivalChange, *Response, error) {
	r := pathf("apps:archive")
	if body != nil {
		r = r.needIDs("appIds", body.AppIDs)
	}
	return call[BenchlingAppsArchivalChange](ctx, s.c(), http.MethodPost, r, nil, body)
}

// Unarchive unarchives the apps with the given IDs. No IDs is an error
// matching ErrInvalidID, and nothing is sent.
//
// Deprecated: apps are unarchived in the Developer Console; the API
// offers no replacement.
//
// Benchling API: POST /apps:unarchive
func (s *AppsService) Unarchive(ctx context.Context, ids []string) (*BenchlingAppsArchivalChange, *Response, error) {
	r := pathf("apps:unarchive").needIDs("appIds", ids)
	return call[BenchlingAppsArchivalChange](ctx, s.c(), http.MethodPost, r, nil, &benchlingAppsUnarchive{AppIDs: ids})
}

// --- canvases ---

// CreateCanvas creates a canvas of an app, attached to a resource (an
// entry, say), with the blocks of body. An invalid block is an error
// matching ErrBadRequest.
//
// Benchling API: POST /app-canvases
func (s *AppsService) CreateCanvas(ctx context.Context, body *AppCanvasCreate) (*AppCanvas, *Response, error) {
	return call[AppCanvas](ctx, s.c(), http.MethodPost, pathf("app-canvases"), nil, body)
}

// GetCanvas returns the canvas with the given ID, with the values users
// entered in its inputs (UIBlocks.Value). opts may be nil. An unknown ID
// is an error matching ErrNotFound.
//
// Benchling API: GET /app-canvases/{canvas_id}
func (s *AppsService) GetCanvas(ctx context.Context, id string, opts *AppCanvasGetOptions) (*AppCanvas, *Response, error) {
	return call[AppCanvas](ctx, s.c(), http.MethodGet, pathf("app-canvases/%s", id), opts, nil)
}

// UpdateCanvas changes the canvas and returns it. Blocks, when set,
// replace all the canvas's blocks: to change some, edit the blocks
// GetCanvas returned (UIBlocks.Replace, InsertAfter, Remove) and send them
// all; blocks of kinds this SDK does not know go back unchanged. An
// unknown ID is an error matching ErrNotFound.
//
// Benchling API: PATCH /app-canvases/{canvas_id}
func (s *AppsService) UpdateCanvas(ctx context.Context, id string, body *AppCanvasUpdate) (*AppCanvas, *Response, error) {
	return call[AppCanvas](ctx, s.c(), http.MethodPatch, pathf("app-canvases/%s", id), nil, body)
}

// ArchiveCanvases archives the canvases body.CanvasIDs for body.Reason.
// No IDs is an error matching ErrInvalidID, and nothing is sent.
//
// Benchling API: POST /app-canvases:archive
func (s *AppsService) ArchiveCanvases(ctx context.Context, body *AppCanvasesArchive) (*AppCanvasesArchivalChange, *Response, error) {
	r := pathf("app-canvases:archive")
	if body != nil {
		r = r.needIDs("canvasIds", body.CanvasIDs)
	}
	return call[AppCanvasesArchivalChange](ctx, s.c(), http.MethodPost, r, nil, body)
}

// UnarchiveCanvases unarchives the canvases with the given IDs. No IDs is
// an error matching ErrInvalidID, and nothing is sent.
//
// Benchling API: POST /app-canvases:unarchive
func (s *AppsService) UnarchiveCanvases(ctx context.Context, ids []string) (*AppCanvasesArchivalChange, *Response, error) {
	r := pathf("app-canvases:unarchive").needIDs("canvasIds", ids)
	return call[AppCanvasesArchivalChange](ctx, s.c(), http.MethodPost, r, nil, &appCanvasesUnarchive{CanvasIDs: ids})
}

// --- sessions ---

// CreateSession opens a session of an app (status RUNNING), checking
// Benchling's limits first (ValidateSessionCreate): a body that breaks
// them is an error matching ErrInvalidSession, and nothing is sent.
// RunSession runs a unit of work as a session and closes it.
//
// Benchling API: POST /app-sessions
func (s *AppsService) CreateSession(ctx context.Context, body *AppSessionCreate) (*AppSession, *Response, error) {
	if err := s.c().ready(); err != nil {
		return nil, nil, err
	}
	if body != nil {
		if err := ValidateSessionCreate(body); err != nil {
			return nil, nil, err
		}
	}
	return call[AppSession](ctx, s.c(), http.MethodPost, pathf("app-sessions"), nil, body)
}

// GetSession returns the session with the given ID. opts may be nil. An
// unknown ID is an error matching ErrNotFound.
//
// Benchling API: GET /app-sessions/{id}
func (s *AppsService) GetSession(ctx context.Context, id string, opts *AppSessionGetOptions) (*AppSession, *Response, error) {
	return call[AppSession](ctx, s.c(), http.MethodGet, pathf("app-sessions/%s", id), opts, nil)
}

// UpdateSession appends messages to a session, closes it with a status,
// or increases its timeout, checking Benchling's limits first
// (ValidateSessionUpdate): a body that breaks them is an error matching
// ErrInvalidSession, and nothing is sent. Updating a closed or timed-out
// session is an error matching ErrBadRequest.
//
// Benchling API: PATCH /app-sessions/{id}
func (s *AppsService) UpdateSession(ctx context.Context, id string, body *AppSessionUpdate) (*AppSession, *Response, error) {
	if err := s.c().ready(); err != nil {
		return nil, nil, err
	}
	if body != nil {
		if err := ValidateSessionUpdate(body); err != nil {
			return nil, nil, err
		}
	}
	return call[AppSession](ctx, s.c(), http.MethodPatch, pathf("app-sessions/%s", id), nil, body)
}

// --- configuration items ---

// ListConfigurationItems returns one page of configuration items (of all
// apps the caller may see, or of opts.AppID's); the next page's token is
// in Response.NextToken. opts may be nil. Each item is a pointer to the
// struct of its kind (see AppConfigItem).
//
// Benchling API: GET /app-configuration-items
func (s *AppsService) ListConfigurationItems(ctx context.Context, opts *AppConfigItemListOptions) ([]AppConfigItem, *Response, error) {
	return listUnion[AppConfigItem, appConfigItemDecoder](ctx, s.c(), http.MethodGet, pathf("app-configuration-items"), "appConfigurationItems", opts)
}

// AllConfigurationItems iterates over every configuration item matching
// opts, fetching pages as the loop needs them. It is lazy, stops fetching
// on break, yields an error once and ends, starts no goroutines, does not
// modify opts, and starts over when ranged again.
//
// Benchling API: GET /app-configuration-items
func (s *AppsService) AllConfigurationItems(ctx context.Context, opts *AppConfigItemListOptions) iter.Seq2[AppConfigItem, error] {
	return allUnion(ctx, opts, s.ListConfigurationItems)
}

// PagesConfigurationItems iterates over the pages of the configuration
// items matching opts, for a job that must resume where it stopped: once a
// page's items are processed, save Page.NextToken; to resume, pass the
// saved token as opts.NextToken. A page's Items point to the items (an
// AppConfigItem each: *pg.Items[i]). Pages are fetched as the loop needs
// them, with the guarantees of AllConfigurationItems.
//
// Benchling API: GET /app-configuration-items
func (s *AppsService) PagesConfigurationItems(ctx context.Context, opts *AppConfigItemListOptions) iter.Seq2[*Page[AppConfigItem], error] {
	return pagesUnion(ctx, opts, s.ListConfigurationItems)
}

// Configuration reads every configuration item of the app appID into an
// AppConfiguration, which looks them up by path, typed by kind. An empty
// or path-breaking appID is an error matching ErrInvalidID.
func (s *AppsService) Configuration(ctx context.Context, appID string) (*AppConfiguration, error) {
	if why := idProblem(appID); why != "" {
		return nil, fmt.Errorf("%w %q (app ID): %s", ErrInvalidID, appID, why)
	}
	var items []AppConfigItem
	for it, err := range s.AllConfigurationItems(ctx, &AppConfigItemListOptions{ListOptions: ListOptions{PageSize: MaxPageSize}, AppID: appID}) {
		if err != nil {
			return nil, err
		}
		items = append(items, it)
	}
	return NewAppConfiguration(items), nil
}

// GetConfigurationItem returns the configuration item with the given ID,
// a pointer to the struct of its kind. An unknown ID is an error matching
// ErrNotFound.
//
// Benchling API: GET /app-configuration-items/{item_id}
func (s *AppsService) GetConfigurationItem(ctx context.Context, id string) (AppConfigItem, *Response, error) {
	return callUnion[AppConfigItem, appConfigItemDecoder](ctx, s.c(), http.MethodGet, pathf("app-configuration-items/%s", id), nil, nil)
}

// CreateConfigurationItem creates a configuration item and returns it. A
// nil body is an error, and nothing is sent.
//
// Benchling API: POST /app-configuration-items
func (s *AppsService) CreateConfigurationItem(ctx context.Context, body AppConfigItemCreate) (AppConfigItem, *Response, error) {
	if err := s.c().ready(); err != nil {
		return nil, nil, err
	}
	if body == nil {
		return nil, nil, errors.New("benchling: CreateConfigurationItem: the body is nil")
	}
	return callUnion[AppConfigItem, appConfigItemDecoder](ctx, s.c(), http.MethodPost, pathf("app-configuration-items"), nil, body)
}

// UpdateConfigurationItem sets the value of a configuration item and
// returns it. A nil body is an error, and nothing is sent; an unknown ID
// is an error matching ErrNotFound.
//
// Benchling API: PATCH /app-configuration-items/{item_id}
func (s *AppsService) UpdateConfigurationItem(ctx context.Context, id string, body AppConfigItemUpdate) (AppConfigItem, *Response, error) {
	if err := s.c().ready(); err != nil {
		return nil, nil, err
	}
	if body == nil {
		return nil, nil, errors.New("benchling: UpdateConfigurationItem: the body is nil")
	}
	return callUnion[AppConfigItem, appConfigItemDecoder](ctx, s.c(), http.MethodPatch, pathf("app-configuration-items/%s", id), nil, body)
}

// AppConfigItems are configuration items of any kinds, decoded each into
// the struct of its kind (see AppConfigItem).
type AppConfigItems []AppConfigItem

// UnmarshalJSON decodes a JSON array of items (null gives nil).
func (l *AppConfigItems) UnmarshalJSON(b []byte) error {
	out, err := decodeUnionList(b, "configuration item", decodeAppConfigItem)
	if err != nil {
		return err
	}
	*l = out
	return nil
}

// MarshalJSON encodes the items as a JSON array (nil as null).
func (l AppConfigItems) MarshalJSON() ([]byte, error) {
	return encodeUnionList(l, "configuration item")
}

// AppsBulkCreateConfigurationItemsResult is the response of a succeeded
// BulkCreateConfigurationItems task. The spec does not describe it;
// Benchling answers as its other bulk creates do, with the items created
// under the request's key.
type AppsBulkCreateConfigurationItemsResult struct {
	// AppConfigurationItems are the items created, in the request's order.
	AppConfigurationItems AppConfigItems `json:"appConfigurationItems"`
}

// AppsBulkUpdateConfigurationItemsResult is the response of a succeeded
// BulkUpdateConfigurationItems task (undocumented, as for the create).
type AppsBulkUpdateConfigurationItemsResult struct {
	// AppConfigurationItems are the items updated, in the request's order.
	AppConfigurationItems AppConfigItems `json:"appConfigurationItems"`
}

// appConfigItemsBulkCreateRequest is the body of
// BulkCreateConfigurationItems (the spec's AppConfigItemsBulkCreateRequest),
// which takes its one list.
type appConfigItemsBulkCreateRequest struct {
	AppConfigurationItems []AppConfigItemCreate `json:"appConfigurationItems"`
}

// appConfigItemsBulkUpdateRequest is the body of
// BulkUpdateConfigurationItems (the spec's AppConfigItemsBulkUpdateRequest),
// which takes its one list.
type appConfigItemsBulkUpdateRequest struct {
	AppConfigurationItems []AppConfigItemBulkUpdate `json:"appConfigurationItems"`
}

// BulkCreateConfigurationItems starts an asynchronous task that creates up
// to MaxBulkAppConfigItems configuration items; link.Wait returns them. A
// nil item is an error, and nothing is sent.
//
// Benchling API: POST /app-configuration-items:bulk-create
func (s *AppsService) BulkCreateConfigurationItems(ctx context.Context, items []AppConfigItemCreate) (*AsyncTaskLink[AppsBulkCreateConfigurationItemsResult], *Response, error) {
	if err := s.c().ready(); err != nil {
		return nil, nil, err
	}
	if err := noNilItems(items); err != nil {
		return nil, nil, err
	}
	body := &appConfigItemsBulkCreateRequest{AppConfigurationItems: nonNil(items)}
	return startTask[AppsBulkCreateConfigurationItemsResult](ctx, s.c(), http.MethodPost, pathf("app-configuration-items:bulk-create"), nil, body)
}

// BulkUpdateConfigurationItems starts an asynchronous task that sets the
// values of up to MaxBulkAppConfigItems configuration items; link.Wait
// returns them. A nil item is an error, and nothing is sent.
//
// Benchling API: POST /app-configuration-items:bulk-update
func (s *AppsService) BulkUpdateConfigurationItems(ctx context.Context, items []AppConfigItemBulkUpdate) (*AsyncTaskLink[AppsBulkUpdateConfigurationItemsResult], *Response, error) {
	if err := s.c().ready(); err != nil {
		return nil, nil, err
	}
	if err := noNilItems(items); err != nil {
		return nil, nil, err
	}
	body := &appConfigItemsBulkUpdateRequest{AppConfigurationItems: nonNil(items)}
	return startTask[AppsBulkUpdateConfigurationItemsResult](ctx, s.c(), http.MethodPost, pathf("app-configuration-items:bulk-update"), nil, body)
}

// CreateManyConfigurationItems creates any number of configuration items
// in chunks of at most MaxBulkAppConfigItems (or opts.ChunkSize) with
// BulkCreateConfigurationItems, with the guarantees of
// AaSequencesService.CreateMany: one result per item in the order of
// items, invalid items named by Benchling resubmitted without, and a chunk
// whose outcome is unknown never sent again. opts may be nil.
//
// Benchling API: POST /app-configuration-items:bulk-create
func (s *AppsService) CreateManyConfigurationItems(ctx context.Context, items []AppConfigItemCreate, opts *BulkOptions) ([]BulkResult[AppConfigItem], error) {
	if err := s.c().ready(); err != nil {
		return nil, err
	}
	return bulkUnion(ctx, items, opts, s.BulkCreateConfigurationItems,
		func(r *AppsBulkCreateConfigurationItemsResult) []AppConfigItem { return r.AppConfigurationItems })
}

// UpdateManyConfigurationItems sets the values of any number of
// configuration items in chunks with BulkUpdateConfigurationItems, as
// CreateManyConfigurationItems does.
//
// Benchling API: POST /app-configuration-items:bulk-update
func (s *AppsService) UpdateManyConfigurationItems(ctx context.Context, items []AppConfigItemBulkUpdate, opts *BulkOptions) ([]BulkResult[AppConfigItem], error) {
	if err := s.c().ready(); err != nil {
		return nil, err
	}
	return bulkUnion(ctx, items, opts, s.BulkUpdateConfigurationItems,
		func(r *AppsBulkUpdateConfigurationItemsResult) []AppConfigItem { return r.AppConfigurationItems })
}

// bulkUnion runs the bulk engine over items of an interface type, which
// it takes by pointer.
func bulkUnion[In any, R any](ctx context.Context, items []In, opts *BulkOptions,
	start func(context.Context, []In) (*AsyncTaskLink[R], *Response, error), objects func(*R) []AppConfigItem) ([]BulkResult[AppConfigItem], error) {
	if err := noNilItems(items); err != nil {
		return nil, err
	}
	refs := make([]*In, len(items))
	for i := range items {
		refs[i] = &items[i]
	}
	byRef := func(ctx context.Context, chunk []*In) (*AsyncTaskLink[R], *Response, error) {
		vals := make([]In, len(chunk))
		for i, p := range chunk {
			vals[i] = *p
		}
		return start(ctx, vals)
	}
	return bulk(ctx, refs, opts, MaxBulkAppConfigItems, submitAndWait(byRef, objects))
}

// noNilItems reports a nil item (or one holding a nil pointer) of a list
// of interface values.
func noNilItems[T any](items []T) error {
	for i, it := range items {
		if isNilItem(it) {
			return fmt.Errorf("benchling: item %d is nil", i)
		}
	}
	return nil
}

func isNilItem(v any) bool { return v == nil || isNilPointer(v) }
