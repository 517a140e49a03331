package benchling

import (
	"context"
	"iter"
	"net/http"
)

// ContainersService manages containers: tubes, vials and plate wells,
// what they hold (contents with concentrations, a quantity with units),
// where they are, transfers between them, and who has them checked out.
//
// Benchling API tag: Containers.
type ContainersService service

// List returns one page of containers; the next page's token is in
// Response.NextToken. opts may be nil; without an ArchiveReason filter
// archived containers are left out.
//
// Benchling API: GET /containers
func (s *ContainersService) List(ctx context.Context, opts *ContainerListOptions) ([]*Container, *Response, error) {
	return list[Container](ctx, s.c(), http.MethodGet, pathf("containers"), "containers", opts, nil)
}

// All iterates over every container matching opts, fetching pages as the
// loop needs them. It is lazy: nothing is requested before the loop
// starts, and breaking out of the loop stops fetching. An error (including
// the context's) is yielded once and ends the loop; opts is not modified.
//
// Benchling API: GET /containers
func (s *ContainersService) All(ctx context.Context, opts *ContainerListOptions) iter.Seq2[*Container, error] {
	return all(ctx, opts, s.List)
}

// Pages iterates over the pages of the containers matching opts, for a
// job that must resume where it stopped: once a page's items are
// processed, save Page.NextToken; to resume, pass the saved token as
// opts.NextToken and the next page is the first one fetched. Pages are
// fetched as the loop needs them, with the guarantees of All (lazy,
// stopping on break, an error yielded once, opts not modified, a repeated
// token ending the loop with ErrRepeatedToken).
//
// Benchling API: GET /containers
func (s *ContainersService) Pages(ctx context.Context, opts *ContainerListOptions) iter.Seq2[*Page[Container], error] {
	return pages(ctx, opts, s.List)
}

// Get returns the container with the given ID; opts may be nil. An
// unknown ID gives an error matching ErrNotFound.
//
// Benchling API: GET /containers/{container_id}
func (s *ContainersService) Get(ctx context.Context, id string, opts *ContainerGetOptions) (*Container, *Response, error) {
	return call[Container](ctx, s.c(), http.MethodGet, pathf("containers/%s", id), opts, nil)
}

// Create creates an empty container and returns it; fill it with Transfer.
// An unknown schema or parent, a barcode in use, or a box or plate
// position that is taken gives an error matching ErrBadRequest.
//
// Benchling API: POST /containers
func (s *ContainersService) Create(ctx context.Context, body *ContainerCreate) (*Container, *Response, error) {
	return call[Container](ctx, s.c(), http.MethodPost, pathf("containers"), nil, body)
}

// Update changes the fields of body that are set and returns the updated
// container. An unknown ID gives an error matching ErrNotFound; a taken
// position, ErrBadRequest; a restricted container the caller may not use,
// ErrForbidden (its ID in Error.InvalidIDs).
//
// Benchling API: PATCH /containers/{container_id}
func (s *ContainersService) Update(ctx context.Context, id string, body *ContainerUpdate) (*Container, *Response, error) {
	return call[Container](ctx, s.c(), http.MethodPatch, pathf("containers/%s", id), nil, body)
}

// Archive archives containers for a reason and returns their IDs. No
// container ID, or an invalid one, is ErrInvalidID before anything is
// sent.
//
// Benchling API: POST /containers:archive
func (s *ContainersService) Archive(ctx context.Context, body *ContainersArchive) (*ContainersArchivalChange, *Response, error) {
	r := pathf("containers:archive")
	if body != nil {
		r = r.needIDs("containerIds", body.ContainerIDs)
	}
	return call[ContainersArchivalChange](ctx, s.c(), http.MethodPost, r, nil, body)
}

// Unarchive unarchives the containers with the given IDs and returns
// their IDs. No ID, or an invalid one, is ErrInvalidID before anything is
// sent.
//
// Benchling API: POST /containers:unarchive
func (s *ContainersService) Unarchive(ctx context.Context, ids []string) (*ContainersArchivalChange, *Response, error) {
	return call[ContainersArchivalChange](ctx, s.c(), http.MethodPost, pathf("containers:unarchive").needIDs("containerIds", ids), nil, &containersUnarchive{ContainerIDs: ids})
}

// BulkGet returns the containers with the given IDs and those with the
// barcodes in opts (nil allowed). No IDs and no barcodes is an error
// matching ErrInvalidID, and nothing is sent; an unknown ID or barcode
// gives an error matching ErrBadRequest.
//
// Benchling API: GET /containers:bulk-get
func (s *ContainersService) BulkGet(ctx context.Context, ids []string, opts *ContainerBulkGetOptions) ([]*Container, *Response, error) {
	q := struct {
		IDs []string `url:"containerIds,comma,omitempty"`
		ContainerBulkGetOptions
	}{IDs: ids, ContainerBulkGetOptions: valueOf(opts)}
	return list[Container](ctx, s.c(), http.MethodGet, bulkGetRoute("containers:bulk-get", "containerIds", ids, q.Barcodes), "containers", q, nil)
}

// ListContents returns what a container holds: its entities and batches,
// each with its concentration. The list is not paged. An unknown
// container gives an error matching ErrNotFound.
//
// Benchling API: GET /containers/{container_id}/contents
func (s *ContainersService) ListContents(ctx context.Context, containerID string) ([]*ContainerContent, *Response, error) {
	return list[ContainerContent](ctx, s.c(), http.MethodGet, pathf("containers/%s/contents", containerID), "contents", nil, nil)
}

// GetContent returns one content of a container, by the ID of the entity
// or batch it holds (ContainerContent.ContainableID). An unknown container
// or a content it does not hold gives an error matching ErrNotFound.
//
// Benchling API: GET /containers/{container_id}/contents/{containable_id}
func (s *ContainersService) GetContent(ctx context.Context, containerID, containableID string) (*ContainerContent, *Response, error) {
	return call[ContainerContent](ctx, s.c(), http.MethodGet, pathf("containers/%s/contents/%s", containerID, containableID), nil, nil)
}

// UpdateContent changes the concentration of one content of a container
// and returns the content. An unknown container or content gives an error
// matching ErrNotFound.
//
// Benchling API: PATCH /containers/{container_id}/contents/{containable_id}
func (s *ContainersService) UpdateContent(ctx context.Context, containerID, containableID string, body *ContainerContentUpdate) (*ContainerContent, *Response, error) {
	return call[ContainerContent](ctx, s.c(), http.MethodPatch, pathf("containers/%s/contents/%s", containerID, containableID), nil, body)
}

// DeleteContent removes one content from a container (the container's
// quantity is left as it is). An unknown container or content gives an
// error matching ErrNotFound.
//
// Benchling API: DELETE /containers/{container_id}/contents/{containable_id}
func (s *ContainersService) DeleteContent(ctx context.Context, containerID, containableID string) (*Response, error) {
	return callNoContent(ctx, s.c(), http.MethodDelete, pathf("containers/%s/contents/%s", containerID, containableID), nil, nil)
}

// Transfer moves an amount of an entity, a batch or another container's
// contents into the destination container, adding to what it holds;
// concentrations follow. A source that holds less than
// body.TransferQuantity, or units that do not convert, give an error
// matching ErrBadRequest. To transfer into many containers in one request,
// use CreateTransfers.
//
// Benchling API: POST /containers/{destination_container_id}:transfer
func (s *ContainersService) Transfer(ctx context.Context, destinationContainerID string, body *ContainerTransfer) (*Response, error) {
	return callNoContent(ctx, s.c(), http.MethodPost, pathf("containers/%s:transfer", destinationContainerID), nil, body)
}

// CreateTransfers starts an asynchronous task that makes up to 5000
// transfers (the spec's maxItems), each as Transfer would; link.Wait
// returns the destination containers as the transfers left them. No
// transfer is ErrInvalidID before anything is sent.
//
// Benchling API: POST /transfers
func (s *ContainersService) CreateTransfers(ctx context.Context, transfers []*MultipleContainersTransfer) (*AsyncTaskLink[ContainersCreateTransfersResult], *Response, error) {
	r := pathf("transfers")
	if len(transfers) == 0 {
		r = r.needIDs("transfers", nil)
	}
	return startTask[ContainersCreateTransfersResult](ctx, s.c(), http.MethodPost, r, nil, &multipleContainersTransfersList{Transfers: transfers})
}

// CheckIn checks containers in: they become available, with no assignee.
// No container ID, or an invalid one, is ErrInvalidID before anything is
// sent; an unknown container gives an error matching ErrBadRequest.
//
// Benchling API: POST /containers:check-in
func (s *ContainersService) CheckIn(ctx context.Context, body *ContainersCheckin) (*Response, error) {
	r := pathf("containers:check-in")
	if body != nil {
		r = r.needIDs("containerIds", body.ContainerIDs)
	}
	return callNoContent(ctx, s.c(), http.MethodPost, r, nil, body)
}

// CheckOut checks containers out to a user or team, to say they are in
// use. No container ID, or an invalid one, is ErrInvalidID before anything
// is sent; an unknown container or assignee gives an error matching
// ErrBadRequest.
//
// Benchling API: POST /containers:check-out
func (s *ContainersService) CheckOut(ctx context.Context, body *ContainersCheckout) (*Response, error) {
	r := pathf("containers:check-out")
	if body != nil {
		r = r.needIDs("containerIds", body.ContainerIDs)
	}
	return callNoContent(ctx, s.c(), http.MethodPost, r, nil, body)
}

// Reserve reserves containers for a user or team, to say they plan to use
// them. No container ID, or an invalid one, is ErrInvalidID before
// anything is sent; an unknown container or assignee gives an error
// matching ErrBadRequest.
//
// Benchling API: POST /containers:reserve
func (s *ContainersService) Reserve(ctx context.Context, body *ContainersCheckout) (*Response, error) {
	r := pathf("containers:reserve")
	if body != nil {
		r = r.needIDs("containerIds", body.ContainerIDs)
	}
	return callNoContent(ctx, s.c(), http.MethodPost, r, nil, body)
}

// PrintLabels prints one label per container with a label template on a
// printer (see LabelTemplates.List and Printers.List). It is not retried
// when its outcome is unknown, since a retry may print the labels twice.
// No container ID, or an invalid one, is ErrInvalidID before anything is
// sent; an unknown template or printer gives an error matching
// ErrBadRequest.
//
// Benchling API: POST /containers:print-labels
func (s *ContainersService) PrintLabels(ctx context.Context, body *PrintLabels) (*Response, error) {
	r := pathf("containers:print-labels")
	if body != nil {
		r = r.needIDs("containerIds", body.ContainerIDs)
	}
	return callNoContent(ctx, s.c(), http.MethodPost, r, nil, body)
}
