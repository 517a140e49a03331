package benchling

import (
	"context"
	"net/http"
)

// MaxBulkContainers is the most containers one bulk request carries: the
// spec's maxItems for bulk-create (1000). It states no limit for
// bulk-update; the SDK uses the same 1000 there, as the conservative
// choice.
const MaxBulkContainers = 1000

// BulkCreate starts an asynchronous task that creates up to
// MaxBulkContainers containers; link.Wait returns them, in the order of
// items, when the task ends. If any item is invalid, the task fails and
// nothing is created.
//
// Benchling API: POST /containers:bulk-create
func (s *ContainersService) BulkCreate(ctx context.Context, items []*ContainerCreate) (*AsyncTaskLink[ContainersBulkCreateResult], *Response, error) {
	body := &containersBulkCreateRequest{Containers: items}
	return startTask[ContainersBulkCreateResult](ctx, s.c(), http.MethodPost, pathf("containers:bulk-create"), nil, body)
}

// BulkUpdate starts an asynchronous task that updates containers, each
// item naming its container by ContainerID; link.Wait returns them when
// the task ends.
//
// Benchling API: POST /containers:bulk-update
func (s *ContainersService) BulkUpdate(ctx context.Context, items []*ContainerBulkUpdateItem) (*AsyncTaskLink[ContainersBulkUpdateResult], *Response, error) {
	body := &containersBulkUpdateRequest{Containers: items}
	return startTask[ContainersBulkUpdateResult](ctx, s.c(), http.MethodPost, pathf("containers:bulk-update"), nil, body)
}

// CreateMany creates any number of containers: it splits items into
// chunks of at most MaxBulkContainers (or opts.ChunkSize), submits each
// chunk with BulkCreate, waits for the tasks, and returns one result per
// item in the order of items. opts may be nil. It behaves as
// AaSequencesService.CreateMany does: results matched to items by
// position, invalid items reported with their own *BulkItemError while
// the chunk's valid items are resubmitted (unless opts.NoResubmit), a
// chunk whose outcome is unknown never sent again (its items' errors
// match ErrOutcomeUnknown), and a *BulkError when some items fail.
//
// Benchling API: POST /containers:bulk-create
func (s *ContainersService) CreateMany(ctx context.Context, items []*ContainerCreate, opts *BulkOptions) ([]BulkResult[*Container], error) {
	return bulk(ctx, items, opts, MaxBulkContainers, submitAndWait(s.BulkCreate,
		func(r *ContainersBulkCreateResult) []*Container { return r.Containers }))
}

// UpdateMany updates any number of containers in chunks with BulkUpdate,
// as CreateMany does; each result is the updated container or the item's
// error.
//
// Benchling API: POST /containers:bulk-update
func (s *ContainersService) UpdateMany(ctx context.Context, items []*ContainerBulkUpdateItem, opts *BulkOptions) ([]BulkResult[*Container], error) {
	return bulk(ctx, items, opts, MaxBulkContainers, submitAndWait(s.BulkUpdate,
		func(r *ContainersBulkUpdateResult) []*Container { return r.Containers }))
}
