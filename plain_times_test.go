package benchling

import (
	"context"
	"encoding/json"
	"net/http"
	"testing"
)

// plainTimes are texts a spec-valid server may send in a time the spec
// types as a plain string (no format: date-time), as Stoplight Prism's mock
// of the spec does ("string"). Benchling sends RFC 3339; these are not.
var plainTimes = map[string]string{
	"createdAt":  "string",
	"modifiedAt": "2023-04-23 01:30:50.970926+00:00 (not RFC 3339)",
}

// TestPlainStringTimesDecode gets, through each method, an entry, an entry
// template and each workflow model whose plain-string times (an entry's
// and a template's modifiedAt, a workflow model's createdAt and modifiedAt)
// are arbitrary text: each object decodes, its fields hold the text
// unchanged, and it round-trips. While these fields were time.Time, the
// text failed the whole object.
func TestPlainStringTimesDecode(t *testing.T) {
	cases := []struct {
		opID, pattern string
		wrap          string   // the envelope key of the response, if any
		props         []string // the times the spec types as plain strings
		// get calls the method and returns the object and its plain-string
		// times by property.
		get func(ctx context.Context, c *Client) (any, map[string]string, error)
	}{
		{"getEntry", "GET /entries/etr_1", "entry", []string{"modifiedAt"}, func(ctx context.Context, c *Client) (any, map[string]string, error) {
			e, _, err := c.Entries.Get(ctx, "etr_1")
			if err != nil {
				return nil, nil, err
			}
			return e, map[string]string{"modifiedAt": e.ModifiedAt}, nil
		}},
		{"getEntryTemplate", "GET /entry-templates/tmpl_1", "", []string{"modifiedAt"}, func(ctx context.Context, c *Client) (any, map[string]string, error) {
			e, _, err := c.Entries.GetTemplate(ctx, "tmpl_1")
			if err != nil {
				return nil, nil, err
			}
			return e, map[string]string{"modifiedAt": e.ModifiedAt}, nil
		}},
		{"getWorkflowTask", "GET /workflow-tasks/wftask_1", "", []string{"createdAt", "modifiedAt"}, func(ctx context.Context, c *Client) (any, map[string]string, error) {
			w, _, err := c.WorkflowTasks.Get(ctx, "wftask_1")
			if err != nil {
				return nil, nil, err
			}
			return w, map[string]string{"createdAt": w.CreatedAt, "modifiedAt": w.ModifiedAt}, nil
		}},
		{"getWorkflowOutput", "GET /workflow-outputs/wfout_1", "", []string{"createdAt", "modifiedAt"}, func(ctx context.Context, c *Client) (any, map[string]string, error) {
			w, _, err := c.WorkflowOutputs.Get(ctx, "wfout_1")
			if err != nil {
				return nil, nil, err
			}
			return w, map[string]string{"createdAt": w.CreatedAt, "modifiedAt": w.ModifiedAt}, nil
		}},
		{"getWorkflowTaskGroup", "GET /workflow-task-groups/prs_1", "", []string{"createdAt", "modifiedAt"}, func(ctx context.Context, c *Client) (any, map[string]string, error) {
			w, _, err := c.WorkflowTaskGroups.Get(ctx, "prs_1")
			if err != nil {
				return nil, nil, err
			}
			return w, map[string]string{"createdAt": w.CreatedAt, "modifiedAt": w.ModifiedAt}, nil
		}},
		{"getWorkflowFlowchart", "GET /workflow-flowcharts/wffc_1", "", []string{"createdAt", "modifiedAt"}, func(ctx context.Context, c *Client) (any, map[string]string, error) {
			w, _, err := c.WorkflowFlowcharts.Get(ctx, "wffc_1")
			if err != nil {
				return nil, nil, err
			}
			return w, map[string]string{"createdAt": w.CreatedAt, "modifiedAt": w.ModifiedAt}, nil
		}},
		{"getWorkflowFlowchartConfigVersion", "GET /workflow-flowchart-config-versions/wffccv_1", "", []string{"createdAt", "modifiedAt"}, func(ctx context.Context, c *Client) (any, map[string]string, error) {
			w, _, err := c.WorkflowFlowchartConfigVersions.Get(ctx, "wffccv_1")
			if err != nil {
				return nil, nil, err
			}
			return w, map[string]string{"createdAt": w.CreatedAt, "modifiedAt": w.ModifiedAt}, nil
		}},
	}
	for _, tc := range cases {
		t.Run(tc.opID, func(t *testing.T) {
			env := setup(t) // the texts are spec-valid: the contract checks stay on
			fx := specFixture(t, tc.opID, http.StatusOK)
			doc := fx
			if tc.wrap != "" {
				var m map[string]json.RawMessage
				if err := json.Unmarshal(fx, &m); err != nil {
					t.Fatal(err)
				}
				doc = m[tc.wrap]
			}
			props := map[string]any{}
			for _, p := range tc.props {
				props[p] = plainTimes[p]
			}
			obj := withProps(t, doc, props)
			sent := obj
			if tc.wrap != "" {
				sent = withProps(t, fx, map[string]any{tc.wrap: json.RawMessage(obj)})
			}
			env.mux.HandleFunc(tc.pattern, serveJSON(t, http.MethodGet, http.StatusOK, sent))

			got, times, err := tc.get(testCtx(t), env.client)
			if err != nil {
				t.Fatalf("an object with times %q: %v", props, err)
			}
			for _, p := range tc.props {
				if times[p] != plainTimes[p] {
					t.Errorf("%s = %q, want %q", p, times[p], plainTimes[p])
				}
			}
			wantRoundTrip(t, obj, got)
		})
	}
}
