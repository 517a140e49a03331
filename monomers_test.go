package benchling

import (
	"errors"
	"net/http"
	"testing"
)

func TestMonomersList(t *testing.T) {
	env := setup(t)
	serveSpecQuery(t, env, "GET /monomers", "listMonomers", http.StatusOK,
		map[string]string{"pageSize": "10", "nextToken": "tok", "returning": "monomers.id,nextToken"})
	got, resp, err := env.client.Monomers.List(testCtx(t), &MonomerListOptions{ListOptions: ListOptions{PageSize: 10, NextToken: "tok"},
		Returning: []string{"monomers.id", "nextToken"}})
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, specFixture(t, "listMonomers", http.StatusOK), map[string]any{"monomers": got, "nextToken": resp.NextToken})
}

// MonomersAllAndPages: All and Pages page through List.
func TestMonomersAllAndPages(t *testing.T) {
	env, n := setup(t), 0
	specPages(t, env, "GET /monomers", "listMonomers", "monomers", false, &n)
	s := env.client.Monomers
	wantAllPages(t, &n, s.All(testCtx(t), nil), s.Pages(testCtx(t), nil))
}

func TestMonomersWrites(t *testing.T) {
	env := setup(t)
	ret := map[string]string{"returning": "id,symbol"}
	serveSpecQuery(t, env, "POST /monomers", "createMonomer", http.StatusCreated, ret)
	serveSpecQuery(t, env, "PATCH /monomers/mon_1", "updateMonomer", http.StatusOK, ret)
	env.mux.HandleFunc("POST /monomers:archive", serveSpecBody(t, http.MethodPost, "archiveMonomers", http.StatusOK))
	env.mux.HandleFunc("POST /monomers:unarchive", serveSpecBody(t, http.MethodPost, "unarchiveMonomers", http.StatusOK))
	ctx, s := testCtx(t), env.client.Monomers
	m, _, err := s.Create(ctx, specBody[MonomerCreate](t, "createMonomer"), &MonomerCreateOptions{Returning: []string{"id", "symbol"}})
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, specFixture(t, "createMonomer", http.StatusCreated), m)
	m, _, err = s.Update(ctx, "mon_1", specBody[MonomerUpdate](t, "updateMonomer"), &MonomerUpdateOptions{Returning: []string{"id", "symbol"}})
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, specFixture(t, "updateMonomer", http.StatusOK), m)
	a, _, err := s.Archive(ctx, specBody[MonomersArchive](t, "archiveMonomers"))
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, specFixture(t, "archiveMonomers", http.StatusOK), a)
	a, _, err = s.Unarchive(ctx, specBody[monomersUnarchive](t, "unarchiveMonomers").MonomerIDs)
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, specFixture(t, "unarchiveMonomers", http.StatusOK), a)
	// Null clears the colour and the weight override; an unknown monomer is
	// a 404.
	env.mux.HandleFunc("PATCH /monomers/mon_2", func(w http.ResponseWriter, r *http.Request) {
		testJSONBody(t, r, `{"color":null,"customMolecularWeight":null}`)
		serveJSON(t, http.MethodPatch, http.StatusOK, specFixture(t, "updateMonomer", http.StatusOK))(w, r)
	})
	if _, _, err := s.Update(ctx, "mon_2", &MonomerUpdate{Color: Null[string](), CustomMolecularWeight: Null[float64]()}, nil); err != nil {
		t.Fatal(err)
	}
	env.mux.HandleFunc("PATCH /monomers/mon_missing", serveJSON(t, http.MethodPatch, http.StatusNotFound, notFoundBody("Monomer", "mon_missing")))
	if _, _, err := s.Update(ctx, "mon_missing", &MonomerUpdate{Name: Ptr("x")}, nil); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown monomer: %v, want ErrNotFound", err)
	}
	wantInvalidID(t, map[string]func() error{
		"Update": func() error { _, _, err := s.Update(ctx, "", &MonomerUpdate{}, nil); return err },
	})
}
