package benchling

import (
	"net/http"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestEntitiesBulkUpsert sends the spec's request (every kind's items) and
// reads a task response holding one entity of each kind, by kind and as
// one typed list.
func TestEntitiesBulkUpsert(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("POST /entities:bulk-upsert", func(w http.ResponseWriter, r *http.Request) {
		testQuery(t, r, map[string]string{"returning": "customEntities.id"})
		serveSpecBody(t, http.MethodPost, "bulkUpsertEntities", http.StatusAccepted)(w, r)
	})
	kinds := []struct{ key, op string }{
		{"aaSequences", "getAASequence"}, {"customEntities", "getCustomEntity"}, {"dnaOligos", "getDNAOligo"},
		{"dnaSequences", "getDNASequence"}, {"molecules", "getMolecule"}, {"rnaOligos", "getRNAOligo"},
	}
	resp := []byte("{")
	for i, k := range kinds {
		if i > 0 {
			resp = append(resp, ',')
		}
		resp = append(append(resp, `"`+k.key+`":[`...), append(specFixture(t, k.op, http.StatusOK), ']')...)
	}
	resp = append(resp, '}')
	serveSpecTask(t, env, resp)
	link, _, err := env.client.Entities.BulkUpsert(testCtx(t), specBody[EntitiesBulkUpsertRequest](t, "bulkUpsertEntities"),
		&EntityBulkUpsertOptions{Returning: []string{"customEntities.id"}})
	r := waitOrFail(t, link, err)
	wantRoundTrip(t, resp, r)
	var got []EntityType
	for _, e := range r.Entities() {
		if e.Labels().ID == "" {
			t.Errorf("%s without an ID", e.Kind())
		}
		got = append(got, e.Kind())
	}
	want := []EntityType{EntityTypeAaSequence, EntityTypeCustomEntity, EntityTypeDnaOligo, EntityTypeDnaSequence, EntityTypeMolecule, EntityTypeRnaOligo}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Entities() kinds (-want +got):\n%s", diff)
	}
	if ce, ok := r.Entities()[1].(*CustomEntityWithEntityType); !ok || ce.ID != r.CustomEntities[0].ID || ce.EntityType != EntityTypeCustomEntity {
		t.Errorf("Entities()[1] = %T %+v", r.Entities()[1], r.Entities()[1])
	}
	if l := (&EntitiesBulkUpsertResult{Molecules: []*Molecule{nil}}).Entities(); len(l) != 0 {
		t.Errorf("a nil molecule became %v", l)
	}
}
