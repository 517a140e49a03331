package benchling

import (
	"net/http"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestEntities sends the spec's request of Entities.BulkUpsert (every
// kind's items) and reads a task response holding one entity of each
// kind, by kind and as one typed list (see spec_cases_test.go).
func TestEntities(t *testing.T) {
	var resp []byte
	for i, k := range []struct{ key, op string }{
		{"aaSequences", "getAASequence"}, {"customEntities", "getCustomEntity"}, {"dnaOligos", "getDNAOligo"},
		{"dnaSequences", "getDNASequence"}, {"molecules", "getMolecule"}, {"rnaOligos", "getRNAOligo"},
	} {
		sep := byte(',')
		if i == 0 {
			sep = '{'
		}
		resp = append(append(append(resp, sep), `"`+k.key+`":[`...), append(specFixture(t, k.op, http.StatusOK), ']')...)
	}
	resp = append(resp, '}')
	runSpecCases(t, []specCase{
		{name: "BulkUpsert", op: "bulkUpsertEntities", pattern: "POST /entities:bulk-upsert", status: http.StatusAccepted,
			query: map[string]string{"returning": "customEntities.id"}, task: resp,
			call: func(t *testing.T, c *Client) (any, error) {
				link, _, err := c.Entities.BulkUpsert(testCtx(t), reqFixture[EntitiesBulkUpsertRequest](t, "bulkUpsertEntities"),
					&EntityBulkUpsertOptions{Returning: []string{"customEntities.id"}})
				if err != nil {
					return nil, err
				}
				wantTaskResult(t, link, resp)
				r, err := link.Wait(testCtx(t))
				if err != nil {
					return nil, err
				}
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
				return link, nil
			}},
	})
	if l := (&EntitiesBulkUpsertResult{Molecules: []*Molecule{nil}}).Entities(); len(l) != 0 {
		t.Errorf("a nil molecule became %v", l)
	}
}
