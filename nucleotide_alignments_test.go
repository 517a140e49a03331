package benchling

import (
	"encoding/json"
	"net/http"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestNucleotideAlignments exercises every method of
// NucleotideAlignmentsService with the spec's fixtures (see
// spec_cases_test.go); the alignment tasks resolve to typed alignments.
func TestNucleotideAlignments(t *testing.T) {
	alignment := func(t *testing.T) []byte { return specFixture(t, "getNucleotideAlignment", http.StatusOK) }
	runSpecCases(t, []specCase{
		{name: "Get", op: "getNucleotideAlignment", pattern: "GET /nucleotide-alignments/seqanl_1", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				a, _, err := c.NucleotideAlignments.Get(testCtx(t), "seqanl_1")
				return a, err
			}},
		{name: "List", op: "listNucleotideAlignments", pattern: "GET /nucleotide-alignments", status: http.StatusOK,
			query: map[string]string{"sequenceIds": "seq_1,seq_2", "sort": "createdAt:asc", "createdAt": "> 2024-01-01"},
			call: func(t *testing.T, c *Client) (any, error) {
				l, resp, err := c.NucleotideAlignments.List(testCtx(t), &NucleotideAlignmentSummaryListOptions{
					NucleotideAlignmentListFilters: NucleotideAlignmentListFilters{
						SequenceIDs: []string{"seq_1", "seq_2"},
						Sort:        SortCreatedAtAsc,
					}, CreatedAt: "> 2024-01-01"})
				return map[string]any{"alignments": l, "nextToken": resp.NextToken}, err
			}},
		{name: "Delete", op: "deleteNucleotideAlignment", pattern: "DELETE /nucleotide-alignments/seqanl_1", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				resp, err := c.NucleotideAlignments.Delete(testCtx(t), "seqanl_1")
				if err == nil && resp.StatusCode != http.StatusOK {
					t.Errorf("status %d", resp.StatusCode)
				}
				return map[string]any{}, err
			}},
		{name: "CreateConsensusAlignment", op: "createConsensusNucleotideAlignment", pattern: "POST /nucleotide-alignments:create-consensus-alignment",
			status: http.StatusAccepted, task: alignment(t),
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.NucleotideAlignments.CreateConsensusAlignment(testCtx(t), reqFixture[NucleotideConsensusAlignmentCreate](t, "createConsensusNucleotideAlignment"))
				if err == nil {
					wantTaskResult(t, l, alignment(t))
				}
				return l, err
			}},
		{name: "CreateTemplateAlignment", op: "createTemplateNucleotideAlignment", pattern: "POST /nucleotide-alignments:create-template-alignment",
			status: http.StatusAccepted, task: alignment(t),
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.NucleotideAlignments.CreateTemplateAlignment(testCtx(t), reqFixture[NucleotideTemplateAlignmentCreate](t, "createTemplateNucleotideAlignment"))
				if err == nil {
					wantTaskResult(t, l, alignment(t))
				}
				return l, err
			}},
	})
}

// TestNucleotideAlignmentsPaging pages List with All and Pages.
func TestNucleotideAlignmentsPaging(t *testing.T) {
	env, n := setup(t), 0
	specPages(t, env, "GET /nucleotide-alignments", "listNucleotideAlignments", "alignments", false, &n)
	s := env.client.NucleotideAlignments
	wantAllPages(t, &n, s.All(testCtx(t), nil), s.Pages(testCtx(t), nil))
}

// TestNucleotideAlignmentsErrors: bad IDs are ErrInvalidID before
// anything is sent; unknown alignments are 404s (the spec declares them).
func TestNucleotideAlignmentsErrors(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /nucleotide-alignments/seqanl_missing", serveJSON(t, http.MethodGet, http.StatusNotFound, notFoundBody("Alignment", "seqanl_missing")))
	env.mux.HandleFunc("DELETE /nucleotide-alignments/seqanl_missing", serveJSON(t, http.MethodDelete, http.StatusNotFound, notFoundBody("Alignment", "seqanl_missing")))
	ctx, s := testCtx(t), env.client.NucleotideAlignments
	wantInvalidID(t, map[string]func() error{
		"Get":    func() error { _, _, err := s.Get(ctx, ""); return err },
		"Delete": func() error { _, err := s.Delete(ctx, "../x"); return err },
	})
	_, _, err := s.Get(ctx, "seqanl_missing")
	wantNotFound(t, err)
	_, err = s.Delete(ctx, "seqanl_missing")
	wantNotFound(t, err)
}

// TestAlignmentFiles decodes each kind of alignment input into its
// struct, keeps an unknown kind's JSON, and encodes all back unchanged;
// nil Files are sent as [] (the bodies require the list), and a nil input
// is an error.
func TestAlignmentFiles(t *testing.T) {
	in := `[{"sequenceId":"seq_1"},{"name":"read1.ab1","data":"AAEC"},{"uploadId":"upl_1"},{"sequenceId":"seq_2","data":"AAEC"}]`
	var fs AlignmentFiles
	if err := json.Unmarshal([]byte(in), &fs); err != nil {
		t.Fatal(err)
	}
	want := AlignmentFiles{
		&AlignmentSequenceFile{SequenceID: "seq_1"},
		&NucleotideAlignmentFile{Name: "read1.ab1", Data: []byte{0, 1, 2}},
		&UnknownAlignmentFile{Raw: json.RawMessage(`{"uploadId":"upl_1"}`)},
		&UnknownAlignmentFile{Raw: json.RawMessage(`{"sequenceId":"seq_2","data":"AAEC"}`)},
	}
	if diff := cmp.Diff(want, fs); diff != "" {
		t.Errorf("decoded (-want +got):\n%s", diff)
	}
	wantRoundTrip(t, []byte(in), fs)
	b, err := json.Marshal(&NucleotideTemplateAlignmentCreate{TemplateSequenceID: "seq_t", NucleotideAlignmentCreateBase: NucleotideAlignmentCreateBase{Algorithm: AlignmentAlgorithmMafft}})
	if err != nil || string(b) != `{"algorithm":"mafft","files":[],"templateSequenceId":"seq_t"}` {
		t.Errorf("nil Files: %s %v", b, err)
	}
	if _, err := json.Marshal(AlignmentFiles{nil}); err == nil {
		t.Error("a nil input encoded")
	}
	if err := json.Unmarshal([]byte(`[1]`), &fs); err == nil {
		t.Error("a number decoded as an input")
	}
}
