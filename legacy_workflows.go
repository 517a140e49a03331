package benchling

import (
	"context"
	"net/http"
	"time"
)

// LegacyWorkflowsService reads legacy workflows, their stages, the runs of
// the stages and the samples of the runs, and renames legacy workflows.
// (Workflow task groups and tasks replace legacy workflows in current
// tenants.) None of its lists is paged.
//
// The methods whose names keep "Workflow" (ListWorkflows, UpdateWorkflow,
// ListWorkflowStages, ...) are the tag Legacy Workflows (deprecated): the
// same operations at the older paths, which Benchling will remove.
//
// Benchling API tag: Legacy Workflows, Legacy Workflows (deprecated).
type LegacyWorkflowsService service

// LegacyWorkflow is a legacy workflow.
type LegacyWorkflow struct {
	// CreatedAt is when the workflow was created.
	CreatedAt time.Time `json:"createdAt,omitzero"`
	// Description is the workflow's description; nil if it has none.
	Description *string `json:"description,omitempty"`
	// DisplayID is the workflow's user-friendly ID.
	DisplayID string `json:"displayId,omitempty"`
	// ID is the workflow's ID (wfw_...).
	ID string `json:"id,omitempty"`
	// Name is the workflow's name.
	Name string `json:"name,omitempty"`
	// ProjectID is the project the workflow is in.
	ProjectID string `json:"projectId,omitempty"`
}

// LegacyWorkflowPatch is the body of Update; nil fields are left
// unchanged.
type LegacyWorkflowPatch struct {
	// Description replaces the workflow's description.
	Description *string `json:"description,omitempty"`
	// Name renames the workflow.
	Name *string `json:"name,omitempty"`
	// ProjectID moves the workflow to another project.
	ProjectID *string `json:"projectId,omitempty"`
}

// WorkflowPatch is the body of the deprecated UpdateWorkflow: the spec's
// WorkflowPatch, which has LegacyWorkflowPatch's shape.
type WorkflowPatch = LegacyWorkflowPatch

// LegacyWorkflowStage is a stage of a legacy workflow.
type LegacyWorkflowStage struct {
	// CreatedAt is when the stage was created.
	CreatedAt time.Time `json:"createdAt,omitzero"`
	// ID is the stage's ID.
	ID string `json:"id,omitempty"`
	// Name is the stage's name.
	Name string `json:"name,omitempty"`
}

// WorkflowStage is a stage of a legacy workflow as the deprecated
// ListWorkflowStages returns it: the spec's WorkflowStage, which has
// LegacyWorkflowStage's shape.
type WorkflowStage = LegacyWorkflowStage

// LegacyWorkflowStageRun is a run of a stage of a legacy workflow.
type LegacyWorkflowStageRun struct {
	// CreatedAt is when the run was created.
	CreatedAt time.Time `json:"createdAt,omitzero"`
	// ID is the run's ID.
	ID string `json:"id,omitempty"`
	// Name is the run's name.
	Name string `json:"name,omitempty"`
	// Status is the run's status.
	Status LegacyWorkflowStageRunStatus `json:"status,omitempty"`
}

// WorkflowStageRun is a stage run as the deprecated ListWorkflowStageRuns
// returns it: the spec's WorkflowStageRun, which has
// LegacyWorkflowStageRun's shape.
type WorkflowStageRun = LegacyWorkflowStageRun

// LegacyWorkflowStageRunStatus is the status of a stage run.
type LegacyWorkflowStageRunStatus string

// Stage run statuses the spec declares.
const (
	LegacyWorkflowStageRunStatusCompleted   LegacyWorkflowStageRunStatus = "COMPLETED"
	LegacyWorkflowStageRunStatusDiscarded   LegacyWorkflowStageRunStatus = "DISCARDED"
	LegacyWorkflowStageRunStatusInitialized LegacyWorkflowStageRunStatus = "INITIALIZED"
)

// LegacyWorkflowSample is a sample of a stage run: an entity or batch,
// with the containers that hold it.
type LegacyWorkflowSample struct {
	// BatchID is the sample's batch, if it is one.
	BatchID string `json:"batchId,omitempty"`
	// ContainerIDs are the containers holding the sample.
	ContainerIDs []string `json:"containerIds,omitempty"`
	// CreatedAt is when the sample was created.
	CreatedAt time.Time `json:"createdAt,omitzero"`
	// ID is the sample's ID.
	ID string `json:"id,omitempty"`
	// Name is the sample's name.
	Name string `json:"name,omitempty"`
}

// WorkflowSample is a sample as the deprecated ListWorkflowStageRun*Samples
// methods return it: the spec's WorkflowSample, which has
// LegacyWorkflowSample's shape.
type WorkflowSample = LegacyWorkflowSample

// List returns the tenant's legacy workflows (the list is not paged).
//
// Benchling API: GET /legacy-workflows
func (s *LegacyWorkflowsService) List(ctx context.Context) ([]*LegacyWorkflow, *Response, error) {
	return list[LegacyWorkflow](ctx, s.c(), http.MethodGet, pathf("legacy-workflows"), "workflows", nil, nil)
}

// Update changes the name, description or project of the legacy workflow
// with the given ID and returns it.
//
// Benchling API: PATCH /legacy-workflows/{legacy_workflow_id}
func (s *LegacyWorkflowsService) Update(ctx context.Context, id string, body *LegacyWorkflowPatch) (*LegacyWorkflow, *Response, error) {
	return call[LegacyWorkflow](ctx, s.c(), http.MethodPatch, pathf("legacy-workflows/%s", id), nil, body)
}

// ListStages returns the stages of the legacy workflow with the given ID.
//
// Benchling API: GET /legacy-workflows/{legacy_workflow_id}/workflow-stages
func (s *LegacyWorkflowsService) ListStages(ctx context.Context, workflowID string) ([]*LegacyWorkflowStage, *Response, error) {
	return list[LegacyWorkflowStage](ctx, s.c(), http.MethodGet, pathf("legacy-workflows/%s/workflow-stages", workflowID), "workflowStages", nil, nil)
}

// ListStageRuns returns the runs of the legacy workflow stage with the
// given ID.
//
// Benchling API: GET /legacy-workflow-stages/{stage_id}/workflow-stage-runs
func (s *LegacyWorkflowsService) ListStageRuns(ctx context.Context, stageID string) ([]*LegacyWorkflowStageRun, *Response, error) {
	return list[LegacyWorkflowStageRun](ctx, s.c(), http.MethodGet, pathf("legacy-workflow-stages/%s/workflow-stage-runs", stageID), "workflowStageRuns", nil, nil)
}

// ListStageRunInputSamples returns the samples that went into the stage
// run with the given ID.
//
// Benchling API: GET /legacy-workflow-stage-runs/{stage_run_id}/input-samples
func (s *LegacyWorkflowsService) ListStageRunInputSamples(ctx context.Context, stageRunID string) ([]*LegacyWorkflowSample, *Response, error) {
	return s.samples(ctx, "legacy-workflow-stage-runs/%s/input-samples", stageRunID)
}

// ListStageRunOutputSamples returns the samples the stage run with the
// given ID produced.
//
// Benchling API: GET /legacy-workflow-stage-runs/{stage_run_id}/output-samples
func (s *LegacyWorkflowsService) ListStageRunOutputSamples(ctx context.Context, stageRunID string) ([]*LegacyWorkflowSample, *Response, error) {
	return s.samples(ctx, "legacy-workflow-stage-runs/%s/output-samples", stageRunID)
}

// ListStageRunRegisteredSamples returns the samples the stage run with the
// given ID registered.
//
// Benchling API: GET /legacy-workflow-stage-runs/{stage_run_id}/registered-samples
func (s *LegacyWorkflowsService) ListStageRunRegisteredSamples(ctx context.Context, stageRunID string) ([]*LegacyWorkflowSample, *Response, error) {
	return s.samples(ctx, "legacy-workflow-stage-runs/%s/registered-samples", stageRunID)
}

// ListWorkflows returns the tenant's legacy workflows, from the older
// path.
//
// Deprecated: use List; Benchling will remove this path.
//
// Benchling API: GET /workflows
func (s *LegacyWorkflowsService) ListWorkflows(ctx context.Context) ([]*LegacyWorkflow, *Response, error) {
	return list[LegacyWorkflow](ctx, s.c(), http.MethodGet, pathf("workflows"), "workflows", nil, nil)
}

// UpdateWorkflow changes the name, description or project of the legacy
// workflow with the given ID, at the older path, and returns it.
//
// Deprecated: use Update; Benchling will remove this path.
//
// Benchling API: PATCH /workflows/{workflow_id}
func (s *LegacyWorkflowsService) UpdateWorkflow(ctx context.Context, id string, body *WorkflowPatch) (*LegacyWorkflow, *Response, error) {
	return call[LegacyWorkflow](ctx, s.c(), http.MethodPatch, pathf("workflows/%s", id), nil, body)
}

// ListWorkflowStages returns the stages of the legacy workflow with the
// given ID, from the older path.
//
// Deprecated: use ListStages; Benchling will remove this path.
//
// Benchling API: GET /workflows/{workflow_id}/workflow-stages
func (s *LegacyWorkflowsService) ListWorkflowStages(ctx context.Context, workflowID string) ([]*WorkflowStage, *Response, error) {
	return list[WorkflowStage](ctx, s.c(), http.MethodGet, pathf("workflows/%s/workflow-stages", workflowID), "workflowStages", nil, nil)
}

// ListWorkflowStageRuns returns the runs of the stage with the given ID,
// from the older path.
//
// Deprecated: use ListStageRuns; Benchling will remove this path.
//
// Benchling API: GET /workflow-stages/{stage_id}/workflow-stage-runs
func (s *LegacyWorkflowsService) ListWorkflowStageRuns(ctx context.Context, stageID string) ([]*WorkflowStageRun, *Response, error) {
	return list[WorkflowStageRun](ctx, s.c(), http.MethodGet, pathf("workflow-stages/%s/workflow-stage-runs", stageID), "workflowStageRuns", nil, nil)
}

// ListWorkflowStageRunInputSamples returns the input samples of the stage
// run with the given ID, from the older path.
//
// Deprecated: use ListStageRunInputSamples; Benchling will remove this
// path.
//
// Benchling API: GET /workflow-stage-runs/{stage_run_id}/input-samples
func (s *LegacyWorkflowsService) ListWorkflowStageRunInputSamples(ctx context.Context, stageRunID string) ([]*WorkflowSample, *Response, error) {
	return s.samples(ctx, "workflow-stage-runs/%s/input-samples", stageRunID)
}

// ListWorkflowStageRunOutputSamples returns the output samples of the
// stage run with the given ID, from the older path.
//
// Deprecated: use ListStageRunOutputSamples; Benchling will remove this
// path.
//
// Benchling API: GET /workflow-stage-runs/{stage_run_id}/output-samples
func (s *LegacyWorkflowsService) ListWorkflowStageRunOutputSamples(ctx context.Context, stageRunID string) ([]*WorkflowSample, *Response, error) {
	return s.samples(ctx, "workflow-stage-runs/%s/output-samples", stageRunID)
}

// ListWorkflowStageRunRegisteredSamples returns the registered samples of
// the stage run with the given ID, from the older path.
//
// Deprecated: use ListStageRunRegisteredSamples; Benchling will remove
// this path.
//
// Benchling API: GET /workflow-stage-runs/{stage_run_id}/registered-samples
func (s *LegacyWorkflowsService) ListWorkflowStageRunRegisteredSamples(ctx context.Context, stageRunID string) ([]*WorkflowSample, *Response, error) {
	return s.samples(ctx, "workflow-stage-runs/%s/registered-samples", stageRunID)
}

// samples lists the samples of a stage run at one of the six sample paths
// (format takes the run's ID).
func (s *LegacyWorkflowsService) samples(ctx context.Context, format, stageRunID string) ([]*LegacyWorkflowSample, *Response, error) {
	return list[LegacyWorkflowSample](ctx, s.c(), http.MethodGet, pathf(format, stageRunID), "samples", nil, nil)
}
