package benchling

import (
	"context"
	"iter"
	"net/http"
)

// WorkflowFlowchartsService reads workflow flowcharts: the graphs of
// nodes (a root, tasks, outputs, routers, ends) and edges that flowchart
// task groups follow. Flowcharts are configured in Benchling, not through
// the API.
//
// Benchling API tag: Workflow Flowcharts.
type WorkflowFlowchartsService service

// WorkflowFlowchart is a workflow flowchart: its nodes and the edges
// between them.
type WorkflowFlowchart struct {
	// CreatedAt is when the flowchart was created. The spec types it as a plain
	// string (its example is RFC 3339) with no format, so it is kept as
	// text; Benchling sends RFC 3339 in practice: parse it with
	// time.Parse(time.RFC3339Nano, fc.CreatedAt).
	CreatedAt string `json:"createdAt,omitempty"`
	// EdgeConfigs are the flowchart's edges.
	EdgeConfigs []WorkflowFlowchartEdgeConfig `json:"edgeConfigs,omitempty"`
	// ID is the flowchart's ID (wffc_...).
	ID string `json:"id,omitempty"`
	// MigratedFromFlowchartID is the flowchart this one was migrated from;
	// nil if none.
	MigratedFromFlowchartID *string `json:"migratedFromFlowchartId,omitempty"`
	// MigratedToFlowchartID is the flowchart this one was migrated to; nil
	// if none.
	MigratedToFlowchartID *string `json:"migratedToFlowchartId,omitempty"`
	// ModifiedAt is when the flowchart was last modified. The spec types it as a plain
	// string (its example is RFC 3339) with no format, so it is kept as
	// text; Benchling sends RFC 3339 in practice: parse it with
	// time.Parse(time.RFC3339Nano, fc.ModifiedAt).
	ModifiedAt string `json:"modifiedAt,omitempty"`
	// NodeConfigs are the flowchart's nodes.
	NodeConfigs []WorkflowFlowchartNodeConfig `json:"nodeConfigs,omitempty"`
}

// WorkflowFlowchartEdgeConfig is an edge of a flowchart, from one node to
// another.
type WorkflowFlowchartEdgeConfig struct {
	// FromNodeConfigID is the node the edge leaves (wffcnc_...).
	FromNodeConfigID string `json:"fromNodeConfigId,omitempty"`
	// ID is the edge's ID (wffcec_...).
	ID string `json:"id,omitempty"`
	// ToNodeConfigID is the node the edge enters (wffcnc_...).
	ToNodeConfigID string `json:"toNodeConfigId,omitempty"`
}

// WorkflowFlowchartListOptions filter and page List and All. All filters
// are optional.
type WorkflowFlowchartListOptions struct {
	ListOptions

	// IDs restricts the list to these flowcharts.
	IDs []string `url:"ids,comma,omitempty"`
	// Sort is the order: SortCreatedAt, SortCreatedAtAsc or
	// SortCreatedAtDesc (the default).
	Sort Sort `url:"sort,omitempty"`
	// CreatedAt restricts the list to flowcharts created on this date
	// (YYYY-MM-DD). (The spec's description mentions the > and <
	// operators, but its format takes only a date.)
	CreatedAt string `url:"createdAt,omitempty"`
}

// List returns one page of workflow flowcharts; the next page's token is
// in Response.NextToken. opts may be nil.
//
// Benchling API: GET /workflow-flowcharts
func (s *WorkflowFlowchartsService) List(ctx context.Context, opts *WorkflowFlowchartListOptions) ([]*WorkflowFlowchart, *Response, error) {
	return list[WorkflowFlowchart](ctx, s.c(), http.MethodGet, pathf("workflow-flowcharts"), "workflowFlowcharts", opts, nil)
}

// All iterates over every workflow flowchart matching opts, fetching pages
// as the loop needs them. It is lazy: nothing is requested before the loop
// starts, and breaking out of the loop stops fetching. An error (including
// the context's) is yielded once and ends the loop; opts is not modified.
//
// Benchling API: GET /workflow-flowcharts
func (s *WorkflowFlowchartsService) All(ctx context.Context, opts *WorkflowFlowchartListOptions) iter.Seq2[*WorkflowFlowchart, error] {
	return all(ctx, opts, s.List)
}

// Pages iterates over the pages of the workflow flowcharts matching opts,
// for a job that must resume where it stopped: once a page's items are
// processed, save Page.NextToken; to resume, pass the saved token as
// opts.NextToken and the next page is the first one fetched. Pages are
// fetched as the loop needs them, with the guarantees of All (lazy,
// stopping on break, an error yielded once, opts not modified, a repeated
// token ending the loop with ErrRepeatedToken).
//
// Benchling API: GET /workflow-flowcharts
func (s *WorkflowFlowchartsService) Pages(ctx context.Context, opts *WorkflowFlowchartListOptions) iter.Seq2[*Page[WorkflowFlowchart], error] {
	return pages(ctx, opts, s.List)
}

// Get returns the workflow flowchart with the given ID. An unknown ID
// gives an error matching ErrNotFound.
//
// Benchling API: GET /workflow-flowcharts/{workflow_flowchart_id}
func (s *WorkflowFlowchartsService) Get(ctx context.Context, id string) (*WorkflowFlowchart, *Response, error) {
	return call[WorkflowFlowchart](ctx, s.c(), http.MethodGet, pathf("workflow-flowcharts/%s", id), nil, nil)
}
