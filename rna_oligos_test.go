package benchling

import (
	"net/http"
	"testing"
)

// TestRnaOligos exercises every method of RnaOligosService with the
// spec's fixtures (see spec_cases_test.go).
func TestRnaOligos(t *testing.T) {
	oligos := func(t *testing.T) []byte { return specItems(t, "rnaOligos", "getRNAOligo", http.StatusOK) }
	runSpecCases(t, []specCase{
		{name: "Get", op: "getRNAOligo", pattern: "GET /rna-oligos/seq_1", status: http.StatusOK,
			query: map[string]string{"customNotationId": "sntx_1", "returning": "id,helm"},
			call: func(t *testing.T, c *Client) (any, error) {
				o, _, err := c.RnaOligos.Get(testCtx(t), "seq_1", &NucleotideGetOptions{CustomNotationID: "sntx_1", Returning: []string{"id", "helm"}})
				return o, err
			}},
		{name: "List", op: "listRNAOligos", pattern: "GET /rna-oligos", status: http.StatusOK,
			query: map[string]string{"registryId": "null", "archiveReason": "ANY_ARCHIVED", "returning": "rnaOligos.id,nextToken"},
			call: func(t *testing.T, c *Client) (any, error) {
				l, resp, err := c.RnaOligos.List(testCtx(t), &NucleotideListOptions{EntityListFilters: EntityListFilters{RegistryID: "null", ArchiveReason: ArchiveFilterAnyArchived}, Returning: []string{"rnaOligos.id"}})
				return map[string]any{"rnaOligos": l, "nextToken": resp.NextToken}, err
			}},
		{name: "Create", op: "createRNAOligo", pattern: "POST /rna-oligos", status: http.StatusCreated,
			call: func(t *testing.T, c *Client) (any, error) {
				o, _, err := c.RnaOligos.Create(testCtx(t), reqFixture[RnaOligoCreate](t, "createRNAOligo"))
				return o, err
			}},
		{name: "Update", op: "updateRNAOligo", pattern: "PATCH /rna-oligos/seq_1", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				o, _, err := c.RnaOligos.Update(testCtx(t), "seq_1", reqFixture[RnaOligoUpdate](t, "updateRNAOligo"))
				return o, err
			}},
		{name: "Upsert", op: "upsertRnaOligo", pattern: "PATCH /rna-oligos/RNA001:upsert", status: http.StatusCreated,
			call: func(t *testing.T, c *Client) (any, error) {
				o, resp, err := c.RnaOligos.Upsert(testCtx(t), "RNA001", reqFixture[OligoUpsertRequest](t, "upsertRnaOligo"))
				if err == nil && resp.StatusCode != http.StatusCreated {
					t.Errorf("status %d, want 201 (created)", resp.StatusCode)
				}
				return o, err
			}},
		{name: "Upsert updated", op: "upsertRnaOligo", pattern: "PATCH /rna-oligos/RNA001:upsert", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				o, _, err := c.RnaOligos.Upsert(testCtx(t), "RNA001", reqFixture[OligoUpsertRequest](t, "upsertRnaOligo"))
				return o, err
			}},
		{name: "Archive", op: "archiveRNAOligos", pattern: "POST /rna-oligos:archive", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				a, _, err := c.RnaOligos.Archive(testCtx(t), reqFixture[RnaOligosArchive](t, "archiveRNAOligos"))
				return a, err
			}},
		{name: "Unarchive", op: "unarchiveRNAOligos", pattern: "POST /rna-oligos:unarchive", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				a, _, err := c.RnaOligos.Unarchive(testCtx(t), reqFixture[rnaOligosUnarchive](t, "unarchiveRNAOligos").RnaOligoIDs)
				return a, err
			}},
		{name: "BulkCreate", op: "bulkCreateRNAOligos", pattern: "POST /rna-oligos:bulk-create", status: http.StatusAccepted,
			task: oligos(t),
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.RnaOligos.BulkCreate(testCtx(t), reqFixture[rnaOligosBulkCreateRequest](t, "bulkCreateRNAOligos").RnaOligos)
				if err == nil {
					wantTaskResult(t, l, oligos(t))
				}
				return l, err
			}},
		{name: "BulkUpdate", op: "bulkUpdateRNAOligos", pattern: "POST /rna-oligos:bulk-update", status: http.StatusAccepted,
			task: oligos(t),
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.RnaOligos.BulkUpdate(testCtx(t), reqFixture[rnaOligosBulkUpdateRequest](t, "bulkUpdateRNAOligos").RnaOligos)
				if err == nil {
					wantTaskResult(t, l, oligos(t))
				}
				return l, err
			}},
		{name: "BulkUpsert", op: "bulkUpsertRNAOligos", pattern: "POST /rna-oligos:bulk-upsert", status: http.StatusAccepted,
			query: map[string]string{"returning": "rnaOligos.id"}, task: oligos(t),
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.RnaOligos.BulkUpsert(testCtx(t), reqFixture[rnaOligosBulkUpsertRequest](t, "bulkUpsertRNAOligos").RnaOligos,
					&RnaOligoBulkUpsertOptions{Returning: []string{"rnaOligos.id"}})
				if err == nil {
					wantTaskResult(t, l, oligos(t))
				}
				return l, err
			}},
		{name: "CreateMany", op: "bulkCreateRNAOligos", pattern: "POST /rna-oligos:bulk-create", status: http.StatusAccepted,
			task: oligos(t),
			call: func(t *testing.T, c *Client) (any, error) {
				res, err := c.RnaOligos.CreateMany(testCtx(t), reqFixture[rnaOligosBulkCreateRequest](t, "bulkCreateRNAOligos").RnaOligos, nil)
				if err == nil {
					wantRoundTrip(t, oligos(t), map[string]any{"rnaOligos": []any{res[0].Value}})
				}
				return map[string]any{"taskId": res[0].TaskID}, err
			}},
		{name: "UpdateMany", op: "bulkUpdateRNAOligos", pattern: "POST /rna-oligos:bulk-update", status: http.StatusAccepted,
			task: oligos(t),
			call: func(t *testing.T, c *Client) (any, error) {
				res, err := c.RnaOligos.UpdateMany(testCtx(t), reqFixture[rnaOligosBulkUpdateRequest](t, "bulkUpdateRNAOligos").RnaOligos, nil)
				if err == nil {
					wantRoundTrip(t, oligos(t), map[string]any{"rnaOligos": []any{res[0].Value}})
				}
				return map[string]any{"taskId": res[0].TaskID}, err
			}},
		{name: "UpsertMany", op: "bulkUpsertRNAOligos", pattern: "POST /rna-oligos:bulk-upsert", status: http.StatusAccepted,
			task: oligos(t),
			call: func(t *testing.T, c *Client) (any, error) {
				res, err := c.RnaOligos.UpsertMany(testCtx(t), reqFixture[rnaOligosBulkUpsertRequest](t, "bulkUpsertRNAOligos").RnaOligos, nil, nil)
				if err == nil {
					wantRoundTrip(t, oligos(t), map[string]any{"rnaOligos": []any{res[0].Value}})
				}
				return map[string]any{"taskId": res[0].TaskID}, err
			}},
	})
}

// TestRnaOligosPaging pages List with All and Pages.
func TestRnaOligosPaging(t *testing.T) {
	env, n := setup(t), 0
	specPages(t, env, "GET /rna-oligos", "listRNAOligos", "rnaOligos", false, &n)
	s := env.client.RnaOligos
	wantAllPages(t, &n, s.All(testCtx(t), nil), s.Pages(testCtx(t), nil))
}

// TestRnaOligosErrors: bad IDs are ErrInvalidID before anything is sent,
// and an unknown oligo is a 404.
func TestRnaOligosErrors(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /rna-oligos/seq_missing", serveJSON(t, http.MethodGet, http.StatusNotFound, notFoundBody("Sequence", "seq_missing")))
	ctx, s := testCtx(t), env.client.RnaOligos
	wantInvalidID(t, map[string]func() error{
		"Get":    func() error { _, _, err := s.Get(ctx, "", nil); return err },
		"Update": func() error { _, _, err := s.Update(ctx, "a/b", &RnaOligoUpdate{}); return err },
		"Upsert": func() error { _, _, err := s.Upsert(ctx, "..", &OligoUpsertRequest{}); return err },
		"Archive": func() error {
			_, _, err := s.Archive(ctx, &RnaOligosArchive{RnaOligoIDs: []string{"seq_1", "a/b"}, Reason: "Retired"})
			return err
		},
		"Unarchive": func() error { _, _, err := s.Unarchive(ctx, []string{}); return err },
	})
	_, _, err := s.Get(ctx, "seq_missing", nil)
	wantNotFound(t, err)
}
