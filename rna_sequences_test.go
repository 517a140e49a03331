package benchling

import (
	"errors"
	"net/http"
	"testing"
)

// TestRnaSequences exercises every method of RnaSequencesService with the
// spec's fixtures (see spec_cases_test.go).
func TestRnaSequences(t *testing.T) {
	seqs := func(t *testing.T) []byte { return specItems(t, "rnaSequences", "getRNASequence", http.StatusOK) }
	runSpecCases(t, []specCase{
		{name: "Get", op: "getRNASequence", pattern: "GET /rna-sequences/seq_1", status: http.StatusOK,
			query: map[string]string{"returning": "id,bases", "customNotationId": "sntx_1"},
			call: func(t *testing.T, c *Client) (any, error) {
				s, _, err := c.RnaSequences.Get(testCtx(t), "seq_1", &NucleotideGetOptions{Returning: []string{"id", "bases"}, CustomNotationID: "sntx_1"})
				return s, err
			}},
		{name: "List", op: "listRNASequences", pattern: "GET /rna-sequences", status: http.StatusOK,
			query: map[string]string{"pageSize": "5", "bases": "ACGU", "customNotationId": "sntx_1", "schemaField.Length": ">= 10", "schemaId": "ts_1"},
			call: func(t *testing.T, c *Client) (any, error) {
				l, resp, err := c.RnaSequences.List(testCtx(t), &NucleotideListOptions{ListOptions: ListOptions{PageSize: 5},
					Bases: "ACGU", CustomNotationID: "sntx_1", EntityListFilters: EntityListFilters{
						SchemaID:     "ts_1",
						SchemaFields: SchemaFieldFilters{"Length": ">= 10"},
					}})
				return map[string]any{"rnaSequences": l, "nextToken": resp.NextToken}, err
			}},
		{name: "Create", op: "createRNASequence", pattern: "POST /rna-sequences", status: http.StatusCreated,
			call: func(t *testing.T, c *Client) (any, error) {
				s, _, err := c.RnaSequences.Create(testCtx(t), reqFixture[RnaSequenceCreate](t, "createRNASequence"))
				return s, err
			}},
		{name: "Update", op: "updateRNASequence", pattern: "PATCH /rna-sequences/seq_1", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				s, _, err := c.RnaSequences.Update(testCtx(t), "seq_1", reqFixture[RnaSequenceUpdate](t, "updateRNASequence"))
				return s, err
			}},
		{name: "Archive", op: "archiveRNASequences", pattern: "POST /rna-sequences:archive", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				a, _, err := c.RnaSequences.Archive(testCtx(t), reqFixture[RnaSequencesArchive](t, "archiveRNASequences"))
				return a, err
			}},
		{name: "Unarchive", op: "unarchiveRNASequences", pattern: "POST /rna-sequences:unarchive", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				a, _, err := c.RnaSequences.Unarchive(testCtx(t), reqFixture[rnaSequencesUnarchive](t, "unarchiveRNASequences").RnaSequenceIDs)
				return a, err
			}},
		{name: "BulkGet", op: "bulkGetRNASequences", pattern: "GET /rna-sequences:bulk-get", status: http.StatusOK,
			query: map[string]string{"rnaSequenceIds": "seq_1,seq_2", "returning": "rnaSequences.id"},
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.RnaSequences.BulkGet(testCtx(t), []string{"seq_1", "seq_2"}, &RnaSequenceBulkGetOptions{Returning: []string{"rnaSequences.id"}})
				return map[string]any{"rnaSequences": l}, err
			}},
		{name: "MatchBases", op: "matchBasesRnaSequences", pattern: "POST /rna-sequences:match-bases", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				l, resp, err := c.RnaSequences.MatchBases(testCtx(t), reqFixture[MatchBasesRequest](t, "matchBasesRnaSequences"))
				return map[string]any{"rnaSequences": l, "nextToken": resp.NextToken}, err
			}},
		{name: "SearchBases", op: "searchRnaSequences", pattern: "POST /rna-sequences:search-bases", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				l, resp, err := c.RnaSequences.SearchBases(testCtx(t), reqFixture[SearchBasesRequest](t, "searchRnaSequences"))
				return map[string]any{"rnaSequences": l, "nextToken": resp.NextToken}, err
			}},
		{name: "AutoAnnotate", op: "autoAnnotateRnaSequences", pattern: "POST /rna-sequences:auto-annotate", status: http.StatusAccepted,
			task: []byte(`{}`),
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.RnaSequences.AutoAnnotate(testCtx(t), reqFixture[AutoAnnotateRnaSequences](t, "autoAnnotateRnaSequences"))
				if err == nil {
					wantTaskResult(t, l, []byte(`{}`))
				}
				return l, err
			}},
		{name: "AutofillParts", op: "autofillRNASequenceParts", pattern: "POST /rna-sequences:autofill-parts", status: http.StatusAccepted,
			task: []byte(`{}`),
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.RnaSequences.AutofillParts(testCtx(t), reqFixture[autofillRnaSequences](t, "autofillRNASequenceParts").RnaSequenceIDs)
				if err == nil {
					wantTaskResult(t, l, []byte(`{}`))
				}
				return l, err
			}},
		{name: "AutofillTranslations", op: "autofillRNASequenceTranslations", pattern: "POST /rna-sequences:autofill-translations", status: http.StatusAccepted,
			task: []byte(`{}`),
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.RnaSequences.AutofillTranslations(testCtx(t), reqFixture[autofillRnaSequences](t, "autofillRNASequenceTranslations").RnaSequenceIDs)
				if err == nil {
					wantTaskResult(t, l, []byte(`{}`))
				}
				return l, err
			}},
		{name: "BulkCreate", op: "bulkCreateRNASequences", pattern: "POST /rna-sequences:bulk-create", status: http.StatusAccepted,
			task: seqs(t),
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.RnaSequences.BulkCreate(testCtx(t), reqFixture[rnaSequencesBulkCreateRequest](t, "bulkCreateRNASequences").RnaSequences)
				if err == nil {
					wantTaskResult(t, l, seqs(t))
				}
				return l, err
			}},
		{name: "BulkUpdate", op: "bulkUpdateRNASequences", pattern: "POST /rna-sequences:bulk-update", status: http.StatusAccepted,
			task: seqs(t),
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.RnaSequences.BulkUpdate(testCtx(t), reqFixture[rnaSequencesBulkUpdateRequest](t, "bulkUpdateRNASequences").RnaSequences)
				if err == nil {
					wantTaskResult(t, l, seqs(t))
				}
				return l, err
			}},
		{name: "CreateMany", op: "bulkCreateRNASequences", pattern: "POST /rna-sequences:bulk-create", status: http.StatusAccepted,
			task: seqs(t),
			call: func(t *testing.T, c *Client) (any, error) {
				res, err := c.RnaSequences.CreateMany(testCtx(t), reqFixture[rnaSequencesBulkCreateRequest](t, "bulkCreateRNASequences").RnaSequences, nil)
				if err == nil {
					wantRoundTrip(t, seqs(t), map[string]any{"rnaSequences": []any{res[0].Value}})
				}
				return map[string]any{"taskId": res[0].TaskID}, err
			}},
		{name: "UpdateMany", op: "bulkUpdateRNASequences", pattern: "POST /rna-sequences:bulk-update", status: http.StatusAccepted,
			task: seqs(t),
			call: func(t *testing.T, c *Client) (any, error) {
				res, err := c.RnaSequences.UpdateMany(testCtx(t), reqFixture[rnaSequencesBulkUpdateRequest](t, "bulkUpdateRNASequences").RnaSequences, nil)
				if err == nil {
					wantRoundTrip(t, seqs(t), map[string]any{"rnaSequences": []any{res[0].Value}})
				}
				return map[string]any{"taskId": res[0].TaskID}, err
			}},
	})
}

// TestRnaSequencesPaging pages List, MatchBases and SearchBases with All
// and Pages.
func TestRnaSequencesPaging(t *testing.T) {
	t.Run("List", func(t *testing.T) {
		env, n := setup(t), 0
		specPages(t, env, "GET /rna-sequences", "listRNASequences", "rnaSequences", false, &n)
		s := env.client.RnaSequences
		wantAllPages(t, &n, s.All(testCtx(t), nil), s.Pages(testCtx(t), nil))
	})
	t.Run("MatchBases", func(t *testing.T) {
		env, n := setup(t), 0
		specPages(t, env, "POST /rna-sequences:match-bases", "matchBasesRnaSequences", "rnaSequences", true, &n)
		s, req := env.client.RnaSequences, &MatchBasesRequest{Bases: "ACGUACGU"}
		wantAllPages(t, &n, s.AllMatchBases(testCtx(t), req), s.PagesMatchBases(testCtx(t), req))
	})
	t.Run("SearchBases", func(t *testing.T) {
		env, n := setup(t), 0
		specPages(t, env, "POST /rna-sequences:search-bases", "searchRnaSequences", "rnaSequences", true, &n)
		s, req := env.client.RnaSequences, &SearchBasesRequest{Bases: "ACGUACGU"}
		wantAllPages(t, &n, s.AllSearchBases(testCtx(t), req), s.PagesSearchBases(testCtx(t), req))
	})
}

// TestRnaSequencesErrors: bad IDs are ErrInvalidID before anything is
// sent, and an unknown sequence is a 404.
func TestRnaSequencesErrors(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /rna-sequences/seq_missing", serveJSON(t, http.MethodGet, http.StatusNotFound, notFoundBody("Sequence", "seq_missing")))
	ctx, s := testCtx(t), env.client.RnaSequences
	wantInvalidID(t, map[string]func() error{
		"Get":     func() error { _, _, err := s.Get(ctx, "", nil); return err },
		"Update":  func() error { _, _, err := s.Update(ctx, "a/b", &RnaSequenceUpdate{}); return err },
		"BulkGet": func() error { _, _, err := s.BulkGet(ctx, nil, nil); return err },
		"BulkGet with a comma": func() error {
			_, _, err := s.BulkGet(ctx, []string{"seq_1,seq_2"}, nil)
			return err
		},
		"Archive":   func() error { _, _, err := s.Archive(ctx, &RnaSequencesArchive{Reason: "Retired"}); return err },
		"Unarchive": func() error { _, _, err := s.Unarchive(ctx, nil); return err },
		"AutoAnnotate": func() error {
			_, _, err := s.AutoAnnotate(ctx, &AutoAnnotateRnaSequences{FeatureLibraryIDs: []string{"featlib_1"}})
			return err
		},
		"AutofillParts":  func() error { _, _, err := s.AutofillParts(ctx, []string{""}); return err },
		"AutofillTransl": func() error { _, _, err := s.AutofillTranslations(ctx, nil); return err },
	})
	_, _, err := s.Get(ctx, "seq_missing", nil)
	wantNotFound(t, err)
	if _, _, err := s.Create(ctx, nil); err == nil || errors.Is(err, ErrNotFound) {
		t.Errorf("Create(nil): err = %v, want an error before sending", err)
	}
}

// TestRnaSequencesReadOnlyRetried: MatchBases and SearchBases only read,
// so two 503s are retried like a GET's; AutofillParts, a write, is not.
func TestRnaSequencesReadOnlyRetried(t *testing.T) {
	for _, c := range []struct {
		path  string
		call  func(s *RnaSequencesService) error
		tries int32
	}{
		{"/rna-sequences:match-bases", func(s *RnaSequencesService) error {
			_, _, err := s.MatchBases(testCtx(t), &MatchBasesRequest{Bases: "ACGU"})
			return err
		}, 3},
		{"/rna-sequences:search-bases", func(s *RnaSequencesService) error {
			_, _, err := s.SearchBases(testCtx(t), &SearchBasesRequest{Bases: "ACGUACGU"})
			return err
		}, 3},
		{"/rna-sequences:autofill-parts", func(s *RnaSequencesService) error {
			_, _, err := s.AutofillParts(testCtx(t), []string{"seq_1"})
			return err
		}, 1},
	} {
		env := setupRaw(t, relFast(), WithoutPacing())
		var h hits
		env.mux.HandleFunc("POST "+c.path, func(w http.ResponseWriter, r *http.Request) {
			if h.add() <= 2 {
				w.WriteHeader(http.StatusServiceUnavailable)
				return
			}
			serveJSON(t, http.MethodPost, http.StatusOK, `{"rnaSequences":[],"nextToken":""}`)(w, r)
		})
		err := c.call(env.client.RnaSequences)
		if got := h.n.Load(); got != c.tries || (c.tries == 3) != (err == nil) {
			t.Errorf("%s: %d requests, err %v; want %d", c.path, got, err, c.tries)
		}
	}
}
