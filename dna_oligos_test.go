package benchling

import (
	"net/http"
	"testing"
)

// TestDnaOligos exercises every method of DnaOligosService with the
// spec's fixtures (see spec_cases_test.go).
func TestDnaOligos(t *testing.T) {
	oligos := func(t *testing.T) []byte { return specItems(t, "dnaOligos", "getDNAOligo", http.StatusOK) }
	runSpecCases(t, []specCase{
		{name: "Get", op: "getDNAOligo", pattern: "GET /dna-oligos/seq_1", status: http.StatusOK,
			query: map[string]string{"customNotationId": "sntx_1"},
			call: func(t *testing.T, c *Client) (any, error) {
				o, _, err := c.DnaOligos.Get(testCtx(t), "seq_1", &DnaOligoGetOptions{CustomNotationID: "sntx_1"})
				return o, err
			}},
		{name: "List", op: "listDNAOligos", pattern: "GET /dna-oligos", status: http.StatusOK,
			query: map[string]string{"registryId": "null", "archiveReason": "ANY_ARCHIVED", "returning": "dnaOligos.id,nextToken"},
			call: func(t *testing.T, c *Client) (any, error) {
				l, resp, err := c.DnaOligos.List(testCtx(t), &NucleotideListOptions{EntityListFilters: EntityListFilters{RegistryID: "null", ArchiveReason: ArchiveFilterAnyArchived}, Returning: []string{"dnaOligos.id"}})
				return map[string]any{"dnaOligos": l, "nextToken": resp.NextToken}, err
			}},
		{name: "Create", op: "createDNAOligo", pattern: "POST /dna-oligos", status: http.StatusCreated,
			call: func(t *testing.T, c *Client) (any, error) {
				o, _, err := c.DnaOligos.Create(testCtx(t), reqFixture[DnaOligoCreate](t, "createDNAOligo"))
				return o, err
			}},
		{name: "Update", op: "updateDNAOligo", pattern: "PATCH /dna-oligos/seq_1", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				o, _, err := c.DnaOligos.Update(testCtx(t), "seq_1", reqFixture[DnaOligoUpdate](t, "updateDNAOligo"))
				return o, err
			}},
		{name: "Upsert", op: "upsertDnaOligo", pattern: "PATCH /dna-oligos/DNA001:upsert", status: http.StatusCreated,
			call: func(t *testing.T, c *Client) (any, error) {
				o, resp, err := c.DnaOligos.Upsert(testCtx(t), "DNA001", reqFixture[OligoUpsertRequest](t, "upsertDnaOligo"))
				if err == nil && resp.StatusCode != http.StatusCreated {
					t.Errorf("status %d, want 201 (created)", resp.StatusCode)
				}
				return o, err
			}},
		{name: "Upsert updated", op: "upsertDnaOligo", pattern: "PATCH /dna-oligos/DNA001:upsert", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				o, _, err := c.DnaOligos.Upsert(testCtx(t), "DNA001", reqFixture[OligoUpsertRequest](t, "upsertDnaOligo"))
				return o, err
			}},
		{name: "Archive", op: "archiveDNAOligos", pattern: "POST /dna-oligos:archive", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				a, _, err := c.DnaOligos.Archive(testCtx(t), reqFixture[DnaOligosArchive](t, "archiveDNAOligos"))
				return a, err
			}},
		{name: "Unarchive", op: "unarchiveDNAOligos", pattern: "POST /dna-oligos:unarchive", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				a, _, err := c.DnaOligos.Unarchive(testCtx(t), reqFixture[dnaOligosUnarchive](t, "unarchiveDNAOligos").DnaOligoIDs)
				return a, err
			}},
		{name: "BulkCreate", op: "bulkCreateDNAOligos", pattern: "POST /dna-oligos:bulk-create", status: http.StatusAccepted,
			task: oligos(t),
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.DnaOligos.BulkCreate(testCtx(t), reqFixture[dnaOligosBulkCreateRequest](t, "bulkCreateDNAOligos").DnaOligos)
				if err == nil {
					wantTaskResult(t, l, oligos(t))
				}
				return l, err
			}},
		{name: "BulkUpdate", op: "bulkUpdateDNAOligos", pattern: "POST /dna-oligos:bulk-update", status: http.StatusAccepted,
			task: oligos(t),
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.DnaOligos.BulkUpdate(testCtx(t), reqFixture[dnaOligosBulkUpdateRequest](t, "bulkUpdateDNAOligos").DnaOligos)
				if err == nil {
					wantTaskResult(t, l, oligos(t))
				}
				return l, err
			}},
		{name: "BulkUpsert", op: "bulkUpsertDNAOligos", pattern: "POST /dna-oligos:bulk-upsert", status: http.StatusAccepted,
			query: map[string]string{"returning": "dnaOligos.id"}, task: oligos(t),
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.DnaOligos.BulkUpsert(testCtx(t), reqFixture[dnaOligosBulkUpsertRequest](t, "bulkUpsertDNAOligos").DnaOligos,
					&DnaOligoBulkUpsertOptions{Returning: []string{"dnaOligos.id"}})
				if err == nil {
					wantTaskResult(t, l, oligos(t))
				}
				return l, err
			}},
		{name: "CreateMany", op: "bulkCreateDNAOligos", pattern: "POST /dna-oligos:bulk-create", status: http.StatusAccepted,
			task: oligos(t),
			call: func(t *testing.T, c *Client) (any, error) {
				res, err := c.DnaOligos.CreateMany(testCtx(t), reqFixture[dnaOligosBulkCreateRequest](t, "bulkCreateDNAOligos").DnaOligos, nil)
				if err == nil {
					wantRoundTrip(t, oligos(t), map[string]any{"dnaOligos": []any{res[0].Value}})
				}
				return map[string]any{"taskId": res[0].TaskID}, err
			}},
		{name: "UpdateMany", op: "bulkUpdateDNAOligos", pattern: "POST /dna-oligos:bulk-update", status: http.StatusAccepted,
			task: oligos(t),
			call: func(t *testing.T, c *Client) (any, error) {
				res, err := c.DnaOligos.UpdateMany(testCtx(t), reqFixture[dnaOligosBulkUpdateRequest](t, "bulkUpdateDNAOligos").DnaOligos, nil)
				if err == nil {
					wantRoundTrip(t, oligos(t), map[string]any{"dnaOligos": []any{res[0].Value}})
				}
				return map[string]any{"taskId": res[0].TaskID}, err
			}},
		{name: "UpsertMany", op: "bulkUpsertDNAOligos", pattern: "POST /dna-oligos:bulk-upsert", status: http.StatusAccepted,
			task: oligos(t),
			call: func(t *testing.T, c *Client) (any, error) {
				res, err := c.DnaOligos.UpsertMany(testCtx(t), reqFixture[dnaOligosBulkUpsertRequest](t, "bulkUpsertDNAOligos").DnaOligos, nil, nil)
				if err == nil {
					wantRoundTrip(t, oligos(t), map[string]any{"dnaOligos": []any{res[0].Value}})
				}
				return map[string]any{"taskId": res[0].TaskID}, err
			}},
	})
}

// TestDnaOligosPaging pages List with All and Pages.
func TestDnaOligosPaging(t *testing.T) {
	env, n := setup(t), 0
	specPages(t, env, "GET /dna-oligos", "listDNAOligos", "dnaOligos", false, &n)
	s := env.client.DnaOligos
	wantAllPages(t, &n, s.All(testCtx(t), nil), s.Pages(testCtx(t), nil))
}

// TestDnaOligosErrors: bad IDs are ErrInvalidID before anything is sent,
// and an unknown oligo is a 404.
func TestDnaOligosErrors(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /dna-oligos/seq_missing", serveJSON(t, http.MethodGet, http.StatusNotFound, notFoundBody("Sequence", "seq_missing")))
	ctx, s := testCtx(t), env.client.DnaOligos
	wantInvalidID(t, map[string]func() error{
		"Get":    func() error { _, _, err := s.Get(ctx, "", nil); return err },
		"Update": func() error { _, _, err := s.Update(ctx, "a/b", &DnaOligoUpdate{}); return err },
		"Upsert": func() error { _, _, err := s.Upsert(ctx, "..", &OligoUpsertRequest{}); return err },
		"Archive": func() error {
			_, _, err := s.Archive(ctx, &DnaOligosArchive{DnaOligoIDs: []string{"seq_1", "a/b"}, Reason: "Retired"})
			return err
		},
		"Unarchive": func() error { _, _, err := s.Unarchive(ctx, []string{}); return err },
	})
	_, _, err := s.Get(ctx, "seq_missing", nil)
	wantNotFound(t, err)
}
