package benchling

import (
	"net/http"
	"testing"
)

// TestDnaAlignments exercises every (deprecated) method of
// DnaAlignmentsService with the spec's fixtures (see spec_cases_test.go).
func TestDnaAlignments(t *testing.T) {
	alignment := func(t *testing.T) []byte { return specFixture(t, "getDNAAlignment", http.StatusOK) }
	runSpecCases(t, []specCase{
		{name: "Get", op: "getDNAAlignment", pattern: "GET /dna-alignments/seqanl_1", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				a, _, err := c.DnaAlignments.Get(testCtx(t), "seqanl_1")
				return a, err
			}},
		{name: "List", op: "listDNAAlignments", pattern: "GET /dna-alignments", status: http.StatusOK,
			query: map[string]string{"names.anyOf.caseSensitive": "A1", "modifiedAt": "> 2024-01-01"},
			call: func(t *testing.T, c *Client) (any, error) {
				l, resp, err := c.DnaAlignments.List(testCtx(t), &DnaAlignmentSummaryListOptions{NucleotideAlignmentListFilters: NucleotideAlignmentListFilters{NamesAnyOfCaseSensitive: []string{"A1"}, ModifiedAt: "> 2024-01-01"}})
				return map[string]any{"dnaAlignments": l, "nextToken": resp.NextToken}, err
			}},
		{name: "Delete", op: "deleteDNAAlignment", pattern: "DELETE /dna-alignments/seqanl_1", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				_, err := c.DnaAlignments.Delete(testCtx(t), "seqanl_1")
				return map[string]any{}, err
			}},
		{name: "CreateConsensusAlignment", op: "createDnaConsensusAlignment", pattern: "POST /dna-alignments:create-consensus-alignment",
			status: http.StatusAccepted, task: alignment(t),
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.DnaAlignments.CreateConsensusAlignment(testCtx(t), reqFixture[DnaConsensusAlignmentCreate](t, "createDnaConsensusAlignment"))
				if err == nil {
					wantTaskResult(t, l, alignment(t))
				}
				return l, err
			}},
		{name: "CreateTemplateAlignment", op: "createDnaTemplateAlignment", pattern: "POST /dna-alignments:create-template-alignment",
			status: http.StatusAccepted, task: alignment(t),
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.DnaAlignments.CreateTemplateAlignment(testCtx(t), reqFixture[DnaTemplateAlignmentCreate](t, "createDnaTemplateAlignment"))
				if err == nil {
					wantTaskResult(t, l, alignment(t))
				}
				return l, err
			}},
	})
}

// TestDnaAlignmentsPaging pages List with All and Pages.
func TestDnaAlignmentsPaging(t *testing.T) {
	env, n := setup(t), 0
	specPages(t, env, "GET /dna-alignments", "listDNAAlignments", "dnaAlignments", false, &n)
	s := env.client.DnaAlignments
	wantAllPages(t, &n, s.All(testCtx(t), nil), s.Pages(testCtx(t), nil))
}

// TestDnaAlignmentsErrors: bad IDs are ErrInvalidID before anything is
// sent, and an unknown alignment is a 404.
func TestDnaAlignmentsErrors(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("DELETE /dna-alignments/seqanl_missing", serveJSON(t, http.MethodDelete, http.StatusNotFound, notFoundBody("Alignment", "seqanl_missing")))
	ctx, s := testCtx(t), env.client.DnaAlignments
	wantInvalidID(t, map[string]func() error{
		"Get":    func() error { _, _, err := s.Get(ctx, "a,b"); return err },
		"Delete": func() error { _, err := s.Delete(ctx, ""); return err },
	})
	_, err := s.Delete(ctx, "seqanl_missing")
	wantNotFound(t, err)
}
