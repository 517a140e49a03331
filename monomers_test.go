package benchling

import (
	"net/http"
	"testing"
)

// TestMonomers exercises every method of MonomersService with the spec's
// fixtures (see spec_cases_test.go).
func TestMonomers(t *testing.T) {
	ret := map[string]string{"returning": "id,symbol"}
	runSpecCases(t, []specCase{
		{name: "List", op: "listMonomers", pattern: "GET /monomers", status: http.StatusOK,
			query: map[string]string{"pageSize": "10", "nextToken": "tok", "returning": "monomers.id,nextToken"},
			call: func(t *testing.T, c *Client) (any, error) {
				l, resp, err := c.Monomers.List(testCtx(t), &MonomerListOptions{ListOptions: ListOptions{PageSize: 10, NextToken: "tok"},
					Returning: []string{"monomers.id"}})
				return map[string]any{"monomers": l, "nextToken": resp.NextToken}, err
			}},
		{name: "Create", op: "createMonomer", pattern: "POST /monomers", status: http.StatusCreated, query: ret,
			call: func(t *testing.T, c *Client) (any, error) {
				m, _, err := c.Monomers.Create(testCtx(t), reqFixture[MonomerCreate](t, "createMonomer"), &MonomerCreateOptions{Returning: []string{"id", "symbol"}})
				return m, err
			}},
		{name: "Update", op: "updateMonomer", pattern: "PATCH /monomers/mon_1", status: http.StatusOK, query: ret,
			call: func(t *testing.T, c *Client) (any, error) {
				m, _, err := c.Monomers.Update(testCtx(t), "mon_1", reqFixture[MonomerUpdate](t, "updateMonomer"), &MonomerUpdateOptions{Returning: []string{"id", "symbol"}})
				return m, err
			}},
		{name: "Archive", op: "archiveMonomers", pattern: "POST /monomers:archive", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				a, _, err := c.Monomers.Archive(testCtx(t), reqFixture[MonomersArchive](t, "archiveMonomers"))
				return a, err
			}},
		{name: "Unarchive", op: "unarchiveMonomers", pattern: "POST /monomers:unarchive", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				a, _, err := c.Monomers.Unarchive(testCtx(t), reqFixture[monomersUnarchive](t, "unarchiveMonomers").MonomerIDs)
				return a, err
			}},
	})
}

// TestMonomersPaging pages List with All and Pages.
func TestMonomersPaging(t *testing.T) {
	env, n := setup(t), 0
	specPages(t, env, "GET /monomers", "listMonomers", "monomers", false, &n)
	s := env.client.Monomers
	wantAllPages(t, &n, s.All(testCtx(t), nil), s.Pages(testCtx(t), nil))
}

// TestMonomersErrors: Null clears the colour and the weight override; a
// NaN weight is not sent; a bad ID is ErrInvalidID; an unknown monomer is
// a 404.
func TestMonomersErrors(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("PATCH /monomers/mon_2", func(w http.ResponseWriter, r *http.Request) {
		testJSONBody(t, r, `{"color":null,"customMolecularWeight":null}`)
		serveJSON(t, http.MethodPatch, http.StatusOK, specFixture(t, "updateMonomer", http.StatusOK))(w, r)
	})
	env.mux.HandleFunc("PATCH /monomers/mon_missing", serveJSON(t, http.MethodPatch, http.StatusNotFound, notFoundBody("Monomer", "mon_missing")))
	ctx, s := testCtx(t), env.client.Monomers
	if _, _, err := s.Update(ctx, "mon_2", &MonomerUpdate{Color: Null[string](), CustomMolecularWeight: Null[float64]()}, nil); err != nil {
		t.Fatal(err)
	}
	_, _, err := s.Update(ctx, "mon_missing", &MonomerUpdate{Name: Ptr("x")}, nil)
	wantNotFound(t, err)
	wantInvalidID(t, map[string]func() error{
		"Update": func() error { _, _, err := s.Update(ctx, "", &MonomerUpdate{}, nil); return err },
	})
}
