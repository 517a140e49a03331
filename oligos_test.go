package benchling

import (
	"net/http"
	"testing"
)

// TestOligos exercises every method of OligosService, the deprecated ones
// included, with the spec's fixtures (see spec_cases_test.go).
func TestOligos(t *testing.T) {
	oligos := func(t *testing.T) []byte { return specItems(t, "oligos", "getOligo", http.StatusOK) }
	runSpecCases(t, []specCase{
		{name: "BulkGet", op: "bulkGetOligos", pattern: "GET /oligos:bulk-get", status: http.StatusOK,
			query: map[string]string{"oligoIds": "seq_1,seq_2", "returning": "oligos.id,oligos.nucleotideType"},
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.Oligos.BulkGet(testCtx(t), []string{"seq_1", "seq_2"}, &OligoBulkGetOptions{Returning: []string{"oligos.id", "oligos.nucleotideType"}})
				return map[string]any{"oligos": l}, err
			}},
		{name: "BulkGet without options", op: "bulkGetOligos", pattern: "GET /oligos:bulk-get", status: http.StatusOK,
			query: map[string]string{"oligoIds": "seq_1"},
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.Oligos.BulkGet(testCtx(t), []string{"seq_1"}, nil)
				return map[string]any{"oligos": l}, err
			}},
		{name: "List", op: "listOligos", pattern: "GET /oligos", status: http.StatusOK,
			query: map[string]string{"bases": "ACGT", "mentionedIn": "etr_1,etr_2"},
			call: func(t *testing.T, c *Client) (any, error) {
				l, resp, err := c.Oligos.List(testCtx(t), &OligoListOptions{Bases: "ACGT", EntityListFilters: EntityListFilters{MentionedIn: []string{"etr_1", "etr_2"}}})
				return map[string]any{"oligos": l, "nextToken": resp.NextToken}, err
			}},
		{name: "Create", op: "createOligo", pattern: "POST /oligos", status: http.StatusCreated,
			call: func(t *testing.T, c *Client) (any, error) {
				o, _, err := c.Oligos.Create(testCtx(t), reqFixture[OligoCreate](t, "createOligo"))
				return o, err
			}},
		{name: "Get", op: "getOligo", pattern: "GET /oligos/seq_1", status: http.StatusOK,
			query: map[string]string{"returning": "id,bases"},
			call: func(t *testing.T, c *Client) (any, error) {
				o, _, err := c.Oligos.Get(testCtx(t), "seq_1", &OligoGetOptions{Returning: []string{"id", "bases"}})
				return o, err
			}},
		{name: "Update", op: "updateOligo", pattern: "PATCH /oligos/seq_1", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				o, _, err := c.Oligos.Update(testCtx(t), "seq_1", reqFixture[OligoUpdate](t, "updateOligo"))
				return o, err
			}},
		{name: "Archive", op: "archiveOligos", pattern: "POST /oligos:archive", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				a, _, err := c.Oligos.Archive(testCtx(t), reqFixture[OligosArchive](t, "archiveOligos"))
				return a, err
			}},
		{name: "Unarchive", op: "unarchiveOligos", pattern: "POST /oligos:unarchive", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				a, _, err := c.Oligos.Unarchive(testCtx(t), reqFixture[oligosUnarchive](t, "unarchiveOligos").OligoIDs)
				return a, err
			}},
		{name: "BulkCreate", op: "bulkCreateOligos", pattern: "POST /oligos:bulk-create", status: http.StatusAccepted,
			task: oligos(t),
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.Oligos.BulkCreate(testCtx(t), reqFixture[oligosBulkCreateRequest](t, "bulkCreateOligos").Oligos)
				if err == nil {
					wantTaskResult(t, l, oligos(t))
				}
				return l, err
			}},
		{name: "CreateMany", op: "bulkCreateOligos", pattern: "POST /oligos:bulk-create", status: http.StatusAccepted,
			task: oligos(t),
			call: func(t *testing.T, c *Client) (any, error) {
				res, err := c.Oligos.CreateMany(testCtx(t), reqFixture[oligosBulkCreateRequest](t, "bulkCreateOligos").Oligos, nil)
				if err == nil {
					wantRoundTrip(t, oligos(t), map[string]any{"oligos": []any{res[0].Value}})
				}
				return map[string]any{"taskId": res[0].TaskID}, err
			}},
	})
}

// TestOligosPaging pages the deprecated List with All and Pages.
func TestOligosPaging(t *testing.T) {
	env, n := setup(t), 0
	specPages(t, env, "GET /oligos", "listOligos", "oligos", false, &n)
	s := env.client.Oligos
	wantAllPages(t, &n, s.All(testCtx(t), nil), s.Pages(testCtx(t), nil))
}

// TestOligosErrors: bad IDs are ErrInvalidID before anything is sent,
// and an unknown oligo is a 404.
func TestOligosErrors(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /oligos/seq_missing", serveJSON(t, http.MethodGet, http.StatusNotFound, notFoundBody("Sequence", "seq_missing")))
	ctx, s := testCtx(t), env.client.Oligos
	wantInvalidID(t, map[string]func() error{
		"BulkGet":   func() error { _, _, err := s.BulkGet(ctx, []string{}, nil); return err },
		"Get":       func() error { _, _, err := s.Get(ctx, "", nil); return err },
		"Update":    func() error { _, _, err := s.Update(ctx, `a\b`, &OligoUpdate{}); return err },
		"Archive":   func() error { _, _, err := s.Archive(ctx, &OligosArchive{Reason: "Retired"}); return err },
		"Unarchive": func() error { _, _, err := s.Unarchive(ctx, []string{"."}); return err },
	})
	_, _, err := s.Get(ctx, "seq_missing", nil)
	wantNotFound(t, err)
}
