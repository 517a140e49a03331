package benchling

import (
	"encoding/json"
	"net/http"
	"testing"
)

// The reproducer: a DNA upsert with empty lists clears the
// sequence's aliases, authors, parts and translations (the lists are
// sent), and one with nil lists leaves them alone (they are not).
func TestDnaUpsertSendsEmptyLists(t *testing.T) {
	env := setup(t)
	var bodies []map[string]json.RawMessage
	env.mux.HandleFunc("PATCH /dna-sequences/{id}", func(w http.ResponseWriter, r *http.Request) {
		var m map[string]json.RawMessage
		if err := json.NewDecoder(r.Body).Decode(&m); err != nil {
			t.Errorf("body: %v", err)
		}
		bodies = append(bodies, m)
		serveJSON(t, http.MethodPatch, http.StatusOK, fixture(t, "dna_sequences/get.json"))(w, r)
	})
	base := DnaSequenceUpsertRequest{EntityUpsertBase: EntityUpsertBase{RegistryID: "src_1", Name: "pUC19", SchemaID: "ts_1"}, Bases: "ACGT"}
	clear := base
	clear.Aliases, clear.AuthorIDs, clear.Parts, clear.Translations = []string{}, []string{}, []DnaSequencePart{}, []Translation{}
	clear.Fields, clear.CustomFields = Fields{}, CustomFields{}
	for _, req := range []DnaSequenceUpsertRequest{clear, base} {
		if _, _, err := env.client.DnaSequences.Upsert(testCtx(t), "DNA001", &req); err != nil {
			t.Fatal(err)
		}
	}
	lists := []string{"aliases", "authorIds", "parts", "translations", "fields", "customFields"}
	for _, k := range lists {
		if raw, ok := bodies[0][k]; !ok || (string(raw) != "[]" && string(raw) != "{}") {
			t.Errorf("empty %s: sent %s (%v), want it sent empty", k, raw, ok)
		}
		if _, ok := bodies[1][k]; ok {
			t.Errorf("nil %s is sent", k)
		}
	}
}
