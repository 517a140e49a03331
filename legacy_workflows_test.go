package benchling

import (
	"context"
	"net/http"
	"testing"
)

// TestLegacyWorkflows exercises every method of LegacyWorkflowsService,
// the deprecated ones included, with the spec's fixtures (see
// spec_cases_test.go).
func TestLegacyWorkflows(t *testing.T) {
	cases := []specCase{
		{name: "List", op: "listLegacyWorkflows", pattern: "GET /legacy-workflows", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.LegacyWorkflows.List(testCtx(t))
				return map[string]any{"workflows": l}, err
			}},
		{name: "Update", op: "UpdateLegacyWorkflowMetadata", pattern: "PATCH /legacy-workflows/wfw_1", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				w, _, err := c.LegacyWorkflows.Update(testCtx(t), "wfw_1", reqFixture[LegacyWorkflowPatch](t, "UpdateLegacyWorkflowMetadata"))
				return w, err
			}},
		{name: "ListStages", op: "listLegacyWorkflowStages", pattern: "GET /legacy-workflows/wfw_1/workflow-stages", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.LegacyWorkflows.ListStages(testCtx(t), "wfw_1")
				return map[string]any{"workflowStages": l}, err
			}},
		{name: "ListStageRuns", op: "listLegacyWorkflowStageRuns", pattern: "GET /legacy-workflow-stages/wfwst_1/workflow-stage-runs", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.LegacyWorkflows.ListStageRuns(testCtx(t), "wfwst_1")
				return map[string]any{"workflowStageRuns": l}, err
			}},
		{name: "ListWorkflows", op: "listWorkflows", pattern: "GET /workflows", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.LegacyWorkflows.ListWorkflows(testCtx(t))
				return map[string]any{"workflows": l}, err
			}},
		{name: "UpdateWorkflow", op: "UpdateWorkflowMetadata", pattern: "PATCH /workflows/wfw_1", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				w, _, err := c.LegacyWorkflows.UpdateWorkflow(testCtx(t), "wfw_1", reqFixture[WorkflowPatch](t, "UpdateWorkflowMetadata"))
				return w, err
			}},
		{name: "ListWorkflowStages", op: "listWorkflowStages", pattern: "GET /workflows/wfw_1/workflow-stages", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.LegacyWorkflows.ListWorkflowStages(testCtx(t), "wfw_1")
				return map[string]any{"workflowStages": l}, err
			}},
		{name: "ListWorkflowStageRuns", op: "listWorkflowStageRuns", pattern: "GET /workflow-stages/wfwst_1/workflow-stage-runs", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.LegacyWorkflows.ListWorkflowStageRuns(testCtx(t), "wfwst_1")
				return map[string]any{"workflowStageRuns": l}, err
			}},
	}
	for _, sc := range []struct {
		name, op, path string
		call           func(*LegacyWorkflowsService) func(context.Context, string) ([]*LegacyWorkflowSample, *Response, error)
	}{
		{"ListStageRunInputSamples", "listLegacyWorkflowStageRunInputSamples", "/legacy-workflow-stage-runs/wfwsr_1/input-samples",
			func(s *LegacyWorkflowsService) func(context.Context, string) ([]*LegacyWorkflowSample, *Response, error) {
				return s.ListStageRunInputSamples
			}},
		{"ListStageRunOutputSamples", "listLegacyWorkflowStageRunOutputSamples", "/legacy-workflow-stage-runs/wfwsr_1/output-samples",
			func(s *LegacyWorkflowsService) func(context.Context, string) ([]*LegacyWorkflowSample, *Response, error) {
				return s.ListStageRunOutputSamples
			}},
		{"ListStageRunRegisteredSamples", "listLegacyWorkflowStageRunRegisteredSamples", "/legacy-workflow-stage-runs/wfwsr_1/registered-samples",
			func(s *LegacyWorkflowsService) func(context.Context, string) ([]*LegacyWorkflowSample, *Response, error) {
				return s.ListStageRunRegisteredSamples
			}},
		{"ListWorkflowStageRunInputSamples", "listStageRunInputSamples", "/workflow-stage-runs/wfwsr_1/input-samples",
			func(s *LegacyWorkflowsService) func(context.Context, string) ([]*LegacyWorkflowSample, *Response, error) {
				return s.ListWorkflowStageRunInputSamples
			}},
		{"ListWorkflowStageRunOutputSamples", "listStageRunOutputSamples", "/workflow-stage-runs/wfwsr_1/output-samples",
			func(s *LegacyWorkflowsService) func(context.Context, string) ([]*LegacyWorkflowSample, *Response, error) {
				return s.ListWorkflowStageRunOutputSamples
			}},
		{"ListWorkflowStageRunRegisteredSamples", "listStageRunRegisteredSamples", "/workflow-stage-runs/wfwsr_1/registered-samples",
			func(s *LegacyWorkflowsService) func(context.Context, string) ([]*LegacyWorkflowSample, *Response, error) {
				return s.ListWorkflowStageRunRegisteredSamples
			}},
	} {
		cases = append(cases, specCase{name: sc.name, op: sc.op, pattern: "GET " + sc.path, status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := sc.call(c.LegacyWorkflows)(testCtx(t), "wfwsr_1")
				return map[string]any{"samples": l}, err
			}})
	}
	runSpecCases(t, cases)
}

// TestLegacyWorkflowsInvalidID: bad IDs are ErrInvalidID before anything
// is sent.
func TestLegacyWorkflowsInvalidID(t *testing.T) {
	env := setup(t)
	ctx, s := testCtx(t), env.client.LegacyWorkflows
	wantInvalidID(t, map[string]func() error{
		"Update":                            func() error { _, _, err := s.Update(ctx, "", &LegacyWorkflowPatch{}); return err },
		"ListStages":                        func() error { _, _, err := s.ListStages(ctx, "a/b"); return err },
		"ListStageRuns":                     func() error { _, _, err := s.ListStageRuns(ctx, ".."); return err },
		"ListStageRunInputSamples":          func() error { _, _, err := s.ListStageRunInputSamples(ctx, ""); return err },
		"UpdateWorkflow":                    func() error { _, _, err := s.UpdateWorkflow(ctx, " ", &WorkflowPatch{}); return err },
		"ListWorkflowStageRunOutputSamples": func() error { _, _, err := s.ListWorkflowStageRunOutputSamples(ctx, "a,b"); return err },
	})
}
