package benchlingtest_test

//lint:file-ignore SA1019 the deprecated operations are driven against the fake too

import (
	"context"
	"errors"
	"testing"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
	"github.com/google/go-cmp/cmp"
)

// TestLegacyWorkflowsE2E drives every LegacyWorkflows method, the
// deprecated ones at the older paths included: the same workflows,
// stages, runs and samples at both, renames, and 404s for what the
// tenant does not have.
func TestLegacyWorkflowsE2E(t *testing.T) {
	srv, c := e2eSetup(t, nil)
	ctx := e2eCtx(t)
	seqs := srv.SeedDnaSequences(2)
	wfID, stages := srv.SeedLegacyWorkflow("Cloning", "Digest", "Ligate")
	runID, err := srv.AddLegacyWorkflowStageRun(stages[0], legacyRun("Digest 1", "COMPLETED", seqs[:1], seqs[1:], []string{"bat_9"}))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := srv.AddLegacyWorkflowStageRun("wfwst_nope", legacyRun("x", "", nil, nil, nil)); err == nil {
		t.Error("a run of an unknown stage was added")
	}
	if _, err := srv.AddLegacyWorkflowStageRun(stages[1], legacyRun("x", "LOST", nil, nil, nil)); err == nil {
		t.Error("a run with an unknown status was added")
	}
	s := c.LegacyWorkflows

	wfs, _, err := s.List(ctx)
	if err != nil || len(wfs) != 1 || wfs[0].ID != wfID || wfs[0].Name != "Cloning" || wfs[0].ProjectID != srv.ProjectID() || wfs[0].DisplayID == "" {
		t.Fatalf("List: %v, %+v", err, wfs)
	}
	old, _, err := s.ListWorkflows(ctx)
	if err != nil || !cmp.Equal(wfs, old) {
		t.Errorf("ListWorkflows differs from List: %v\n%s", err, cmp.Diff(wfs, old))
	}
	up, _, err := s.Update(ctx, wfID, &benchling.LegacyWorkflowPatch{Name: benchling.Ptr("Cloning v2"), Description: benchling.Ptr("EcoRI")})
	if err != nil || up.Name != "Cloning v2" || *up.Description != "EcoRI" {
		t.Errorf("Update: %v, %+v", err, up)
	}
	up, _, err = s.UpdateWorkflow(ctx, wfID, &benchling.WorkflowPatch{Name: benchling.Ptr("Cloning v3")})
	if err != nil || up.Name != "Cloning v3" || *up.Description != "EcoRI" {
		t.Errorf("UpdateWorkflow: %v, %+v", err, up)
	}
	if _, _, err := s.Update(ctx, wfID, &benchling.LegacyWorkflowPatch{ProjectID: benchling.Ptr("src_nope")}); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("Update to an unknown project: %v", err)
	}
	_, _, err = s.Update(ctx, "wfw_nope", &benchling.LegacyWorkflowPatch{})
	e2eWantNotFound(t, err, "wfw_nope")

	st, _, err := s.ListStages(ctx, wfID)
	if err != nil || len(st) != 2 || st[0].ID != stages[0] || st[1].Name != "Ligate" {
		t.Fatalf("ListStages: %v, %+v", err, st)
	}
	if old, _, err := s.ListWorkflowStages(ctx, wfID); err != nil || !cmp.Equal(st, old) {
		t.Errorf("ListWorkflowStages differs: %v", err)
	}
	_, _, err = s.ListStages(ctx, "wfw_nope")
	e2eWantNotFound(t, err, "wfw_nope")

	runs, _, err := s.ListStageRuns(ctx, stages[0])
	if err != nil || len(runs) != 1 || runs[0].ID != runID || runs[0].Status != benchling.LegacyWorkflowStageRunStatusCompleted {
		t.Fatalf("ListStageRuns: %v, %+v", err, runs)
	}
	if old, _, err := s.ListWorkflowStageRuns(ctx, stages[0]); err != nil || !cmp.Equal(runs, old) {
		t.Errorf("ListWorkflowStageRuns differs: %v", err)
	}
	if runs, _, err := s.ListStageRuns(ctx, stages[1]); err != nil || len(runs) != 0 {
		t.Errorf("the runs of a stage without any: %v, %+v", err, runs)
	}
	_, _, err = s.ListWorkflowStageRuns(ctx, "wfwst_nope")
	e2eWantNotFound(t, err, "wfwst_nope")

	type lister func(context.Context, string) ([]*benchling.LegacyWorkflowSample, *benchling.Response, error)
	for _, tc := range []struct {
		name     string
		cur, old lister
		want     []string
	}{
		{"input", s.ListStageRunInputSamples, s.ListWorkflowStageRunInputSamples, seqs[:1]},
		{"output", s.ListStageRunOutputSamples, s.ListWorkflowStageRunOutputSamples, seqs[1:]},
		{"registered", s.ListStageRunRegisteredSamples, s.ListWorkflowStageRunRegisteredSamples, []string{"bat_9"}},
	} {
		got, _, err := tc.cur(ctx, runID)
		if err != nil || len(got) != 1 || got[0].ID != tc.want[0] || got[0].Name == "" || got[0].CreatedAt.IsZero() {
			t.Errorf("%s samples: %v, %+v", tc.name, err, got)
			continue
		}
		if old, _, err := tc.old(ctx, runID); err != nil || !cmp.Equal(got, old) {
			t.Errorf("%s samples at the old path differ: %v", tc.name, err)
		}
		_, _, err = tc.cur(ctx, "wfwsr_nope")
		e2eWantNotFound(t, err, "wfwsr_nope")
	}
	out, _, _ := s.ListStageRunOutputSamples(ctx, runID)
	reg, _, _ := s.ListStageRunRegisteredSamples(ctx, runID)
	if out[0].BatchID != "" || reg[0].BatchID != "bat_9" || reg[0].Name != "bat_9" {
		t.Errorf("an entity and a batch sample: %+v, %+v", out[0], reg[0])
	}
}

// legacyRun makes a LegacyStageRun.
func legacyRun(name, status string, in, out, reg []string) benchlingtest.LegacyStageRun {
	return benchlingtest.LegacyStageRun{Name: name, Status: status, Input: in, Output: out, Registered: reg}
}
