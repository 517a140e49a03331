package benchlingtest

import (
	"encoding/json"
	"fmt"
	"maps"
	"net/http"
	"strings"
	"testing"
)

// TestUnknownSchemaIs400: a write whose schemaId names no schema of the
// tenant (with the right prefix) is a 400 with Benchling's error shape
// naming the ID, on create, update and upsert, and a failed bulk task
// naming the item, for every resource that takes a schemaId: the registry
// entities, entries and entry templates. Before, the fake accepted an
// unknown entity or entry schema ID and made up a name for it.
func TestUnknownSchemaIs400(t *testing.T) {
	srv := NewServer(t, WithTaskPolls(0))
	folder, reg := srv.FolderID(), srv.RegistryID()
	kinds := []string{"custom_entity", "dna_sequence", "rna_sequence", "aa_sequence", "mixture", "dna_oligo", "rna_oligo", "molecule"}
	for _, k := range kinds {
		addSchemas(t, srv, "ts_"+strings.ReplaceAll(k, "_", "")+":"+k)
	}
	schema := func(k string) string { return "ts_" + strings.ReplaceAll(k, "_", "") }
	const unknown = "ts_NoSuchSchema"
	js := func(m map[string]any) string {
		b, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	with := func(m map[string]any, kv ...any) map[string]any {
		out := maps.Clone(m)
		for i := 0; i+1 < len(kv); i += 2 {
			out[kv[i].(string)] = kv[i+1]
		}
		return out
	}
	want400 := func(t *testing.T, what string, resp *http.Response, m map[string]any) {
		t.Helper()
		if typ, msg, _ := errType(m); resp.StatusCode != http.StatusBadRequest || typ != "invalid_request_error" || !strings.Contains(msg, unknown+" not found") {
			t.Errorf("%s with an unknown schema: %d %v, want 400 invalid_request_error naming %s", what, resp.StatusCode, m, unknown)
		}
	}
	wantFailed := func(t *testing.T, what string, resp *http.Response, link map[string]any) {
		t.Helper()
		if resp.StatusCode != http.StatusAccepted {
			t.Fatalf("%s: %d %v", what, resp.StatusCode, link)
		}
		tk := doneTask(t, srv, link)
		if errs := fmt.Sprint(tk["errors"]); str(tk, "status") != "FAILED" || !strings.Contains(errs, "index:1") || !strings.Contains(errs, unknown+" not found") {
			t.Errorf("%s with an unknown schema: %v, want a failed task naming item 1 and %s", what, tk, unknown)
		}
	}

	_, ing := send(t, srv, "POST", "/custom-entities", js(map[string]any{"name": "Water", "schemaId": schema("custom_entity"), "folderId": folder}))
	ingredients := []any{map[string]any{"componentEntityId": str(ing, "id"), "catalogIdentifier": nil, "componentLotText": nil,
		"componentLotContainerId": nil, "componentLotEntityId": nil, "notes": nil, "amount": "1", "units": "mL"}}
	for _, tc := range []struct {
		path, kind, key string
		rest            map[string]any // the create's other properties
		upsert          map[string]any // the upsert's other properties; nil: no upsert
		bulkUpdate      bool
	}{
		{"custom-entities", "custom_entity", "customEntities", map[string]any{}, map[string]any{}, true},
		{"dna-sequences", "dna_sequence", "dnaSequences", map[string]any{"bases": "ACGT", "isCircular": false},
			map[string]any{"bases": "ACGT", "isCircular": false, "annotations": []any{}, "primers": []any{}}, true},
		{"rna-sequences", "rna_sequence", "rnaSequences", map[string]any{"bases": "ACGU"}, nil, true},
		{"aa-sequences", "aa_sequence", "aaSequences", map[string]any{"aminoAcids": "MKV"}, map[string]any{"aminoAcids": "MKV", "annotations": []any{}, "entityRegistryId": "UPS-aa_sequence"}, true},
		{"dna-oligos", "dna_oligo", "dnaOligos", map[string]any{"bases": "ACGT"}, map[string]any{"bases": "ACGT"}, true},
		{"rna-oligos", "rna_oligo", "rnaOligos", map[string]any{"bases": "ACGU"}, map[string]any{"bases": "ACGU"}, true},
		{"oligos", "dna_oligo", "oligos", map[string]any{"bases": "ACGT"}, nil, false},
		{"molecules", "molecule", "molecules", map[string]any{"chemicalStructure": map[string]any{"structureFormat": "smiles", "value": "CCO"}},
			map[string]any{"chemicalStructure": map[string]any{"structureFormat": "smiles", "value": "CCO"}}, true},
		{"mixtures", "mixture", "mixtures", map[string]any{"ingredients": ingredients, "units": "mL"}, nil, true},
	} {
		t.Run(tc.path, func(t *testing.T) {
			mk := func(name, schemaID string) map[string]any {
				return with(tc.rest, "name", name, "schemaId", schemaID, "folderId", folder)
			}
			resp, own := send(t, srv, "POST", "/"+tc.path, js(mk("Own", schema(tc.kind))))
			if resp.StatusCode != http.StatusCreated {
				t.Fatalf("create with a schema of the tenant: %d %v", resp.StatusCode, own)
			}
			resp, m := send(t, srv, "POST", "/"+tc.path, js(mk("Unknown", unknown)))
			want400(t, "create", resp, m)

			upd := map[string]any{"schemaId": unknown}
			if tc.kind == "mixture" {
				upd = with(tc.rest, "schemaId", unknown) // an update names the ingredients too
			}
			resp, m = send(t, srv, "PATCH", "/"+tc.path+"/"+str(own, "id"), js(upd))
			want400(t, "update", resp, m)
			if _, got := get(t, srv, "/"+tc.path+"/"+str(own, "id")); str(got["schema"].(map[string]any), "id") != schema(tc.kind) {
				t.Errorf("a refused update changed the schema: %v", got["schema"])
			}

			if tc.upsert != nil {
				up := with(tc.upsert, "name", "Upserted", "registryId", reg)
				resp, m = send(t, srv, "PATCH", "/"+tc.path+"/UPS-"+tc.kind+":upsert", js(with(up, "schemaId", unknown)))
				want400(t, "upsert", resp, m)
				resp, link := send(t, srv, "POST", "/"+tc.path+":bulk-upsert", js(map[string]any{tc.key: []any{
					with(up, "schemaId", schema(tc.kind), "entityRegistryId", "BUP-1-"+tc.kind),
					with(up, "schemaId", unknown, "entityRegistryId", "BUP-2-"+tc.kind)}}))
				wantFailed(t, "bulk upsert", resp, link)
			}

			resp, link := send(t, srv, "POST", "/"+tc.path+":bulk-create", js(map[string]any{tc.key: []any{mk("Bulk own", schema(tc.kind)), mk("Bulk unknown", unknown)}}))
			wantFailed(t, "bulk create", resp, link)

			if tc.bulkUpdate {
				second := with(upd, "id", str(own, "id"))
				resp, link = send(t, srv, "POST", "/"+tc.path+":bulk-update", js(map[string]any{tc.key: []any{
					with(upd, "id", str(own, "id"), "schemaId", schema(tc.kind)), second}}))
				wantFailed(t, "bulk update", resp, link)
			}
		})
	}

	// The collections that already refused an unknown schema answer the
	// same way (assay results: TestE2EAssayResultsSchemaValidation's "unknown schema").
	t.Run("inventory, workflows and requests", func(t *testing.T) {
		for _, tc := range []struct {
			path string
			body map[string]any
			want string
		}{
			{"containers", map[string]any{"name": "Tube", "schemaId": unknown}, "container schema " + unknown + " not found"},
			{"boxes", map[string]any{"name": "Box", "schemaId": unknown}, "box schema " + unknown + " not found"},
			{"plates", map[string]any{"name": "Plate", "schemaId": unknown}, "plate schema " + unknown + " not found"},
			{"locations", map[string]any{"name": "Freezer", "schemaId": unknown}, "location schema " + unknown + " not found"},
			{"workflow-task-groups", map[string]any{"folderId": folder, "schemaId": unknown}, "workflow task schema " + unknown + " not found"},
			{"requests", map[string]any{"fields": map[string]any{}, "projectId": srv.ProjectID(), "sampleGroups": []any{}, "schemaId": "assaysch_NoSuch"},
				"request schema assaysch_NoSuch not found"}, // request schemas have the assay schemas' prefix
		} {
			resp, m := send(t, srv, "POST", "/"+tc.path, js(tc.body))
			if typ, msg, _ := errType(m); resp.StatusCode != http.StatusBadRequest || typ != "invalid_request_error" || !strings.Contains(msg, tc.want) {
				t.Errorf("POST /%s with an unknown schema: %d %v, want 400 invalid_request_error mentioning %q", tc.path, resp.StatusCode, m, tc.want)
			}
		}
	})

	// Entries and entry templates take an entry schema.
	t.Run("entries", func(t *testing.T) {
		if _, err := srv.Add("entry-schemas", map[string]any{"id": "ts_Experiment", "name": "Experiment"}); err != nil {
			t.Fatal(err)
		}
		resp, e := send(t, srv, "POST", "/entries", js(map[string]any{"name": "Own", "folderId": folder, "schemaId": "ts_Experiment"}))
		if resp.StatusCode != http.StatusCreated {
			t.Fatalf("create with an entry schema of the tenant: %d %v", resp.StatusCode, e)
		}
		resp, m := send(t, srv, "POST", "/entries", js(map[string]any{"name": "Unknown", "folderId": folder, "schemaId": unknown}))
		want400(t, "create", resp, m)
		resp, m = send(t, srv, "PATCH", "/entries/"+str(e, "id"), js(map[string]any{"schemaId": unknown}))
		want400(t, "update", resp, m)
		_, l := get(t, srv, "/entry-templates")
		tmpl := ids(list(l, "entryTemplates"))
		if len(tmpl) == 0 {
			t.Fatal("no entry template")
		}
		resp, m = send(t, srv, "PATCH", "/entry-templates/"+tmpl[0], js(map[string]any{"schemaId": "ts_Experiment"}))
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("template update with an entry schema of the tenant: %d %v", resp.StatusCode, m)
		}
		resp, m = send(t, srv, "PATCH", "/entry-templates/"+tmpl[0], js(map[string]any{"schemaId": unknown}))
		want400(t, "template update", resp, m)
	})
}
