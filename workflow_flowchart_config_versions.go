package benchling

import (
	"context"
	"net/http"
)

// WorkflowFlowchartConfigVersionsService reads the versions of flowchart
// configurations: which flowchart the task groups of a flowchart task
// schema follow (WorkflowTaskGroup.FlowchartConfigVersionID).
//
// Benchling API tag: Workflow Flowchart Config Versions.
type WorkflowFlowchartConfigVersionsService service

// WorkflowFlowchartConfigVersion is a version of a flowchart
// configuration.
type WorkflowFlowchartConfigVersion struct {
	// CreatedAt is when the version was created. The spec types it as a plain
	// string (its example is RFC 3339) with no format, so it is kept as
	// text; Benchling sends RFC 3339 in practice: parse it with
	// time.Parse(time.RFC3339Nano, v.CreatedAt).
	CreatedAt string `json:"createdAt,omitempty"`
	// ID is the version's ID (wffccv_...).
	ID string `json:"id,omitempty"`
	// ModifiedAt is when the version was last modified. The spec types it as a plain
	// string (its example is RFC 3339) with no format, so it is kept as
	// text; Benchling sends RFC 3339 in practice: parse it with
	// time.Parse(time.RFC3339Nano, v.ModifiedAt).
	ModifiedAt string `json:"modifiedAt,omitempty"`
	// TemplateFlowchart is the flowchart that task groups using this
	// configuration follow by default.
	TemplateFlowchart *WorkflowFlowchart `json:"templateFlowchart,omitempty"`
}

// Get returns the flowchart configuration version with the given ID. An
// unknown ID gives an error matching ErrNotFound.
//
// Benchling API: GET /workflow-flowchart-config-versions/{workflow_flowchart_config_version_id}
func (s *WorkflowFlowchartConfigVersionsService) Get(ctx context.Context, id string) (*WorkflowFlowchartConfigVersion, *Response, error) {
	return call[WorkflowFlowchartConfigVersion](ctx, s.c(), http.MethodGet, pathf("workflow-flowchart-config-versions/%s", id), nil, nil)
}
