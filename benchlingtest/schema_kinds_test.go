package benchlingtest

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
)

// TestSchemaOfAnotherKindIs400: a registry entity whose schemaId is an
// entity schema of another kind (a custom entity with a DNA sequence
// schema, a mixture with a custom-entity schema) is a 400 with
// Benchling's error shape, on create, update and upsert, and a failed
// bulk-create task; with a schema of its own kind it is created. Before,
// the fake accepted any schemaId with the right prefix.
func TestSchemaOfAnotherKindIs400(t *testing.T) {
	srv := NewServer(t, WithTaskPolls(0))
	folder, reg := srv.FolderID(), srv.RegistryID()
	kinds := []string{"custom_entity", "dna_sequence", "rna_sequence", "aa_sequence", "mixture", "dna_oligo", "rna_oligo", "molecule"}
	for _, k := range kinds {
		if _, err := srv.Add("entity-schemas", map[string]any{"id": "ts_" + strings.ReplaceAll(k, "_", ""), "name": k, "type": k}); err != nil {
			t.Fatal(err)
		}
	}
	schema := func(k string) string { return "ts_" + strings.ReplaceAll(k, "_", "") }
	// An ingredient for the mixtures.
	_, ing := send(t, srv, "POST", "/custom-entities", `{"name":"Water","schemaId":"`+schema("custom_entity")+`","folderId":"`+folder+`"}`)
	for _, tc := range []struct {
		path, kind, rest string // rest: the body's other properties
	}{
		{"custom-entities", "custom_entity", ``},
		{"dna-sequences", "dna_sequence", `"bases":"ACGT","isCircular":false`},
		{"rna-sequences", "rna_sequence", `"bases":"ACGU"`},
		{"aa-sequences", "aa_sequence", `"aminoAcids":"MKV"`},
		{"dna-oligos", "dna_oligo", `"bases":"ACGT"`},
		{"rna-oligos", "rna_oligo", `"bases":"ACGU"`},
		{"oligos", "dna_oligo", `"bases":"ACGT"`},
		{"molecules", "molecule", `"chemicalStructure":{"structureFormat":"smiles","value":"CCO"}`},
		{"mixtures", "mixture", `"ingredients":[{"componentEntityId":"` + str(ing, "id") + `","catalogIdentifier":null,"componentLotText":null,"componentLotContainerId":null,"componentLotEntityId":null,"notes":null,"amount":"1","units":"mL"}],"units":"mL"`},
	} {
		t.Run(tc.path, func(t *testing.T) {
			mk := func(name, schemaID string) string {
				b := `{"name":"` + name + `","schemaId":"` + schemaID + `","folderId":"` + folder + `"`
				if tc.rest != "" {
					b += "," + tc.rest
				}
				return b + "}"
			}
			resp, own := send(t, srv, "POST", "/"+tc.path, mk("Own kind", schema(tc.kind)))
			if resp.StatusCode != http.StatusCreated {
				t.Fatalf("create with a %s schema: %d %v", tc.kind, resp.StatusCode, own)
			}
			for _, k := range kinds {
				if k == tc.kind {
					continue
				}
				want := fmt.Sprintf("schema %s is a %s schema, not a %s schema", schema(k), k, tc.kind)
				resp, m := send(t, srv, "POST", "/"+tc.path, mk("Other kind", schema(k)))
				if typ, msg, _ := errType(m); resp.StatusCode != http.StatusBadRequest || typ != "invalid_request_error" || !strings.Contains(msg, want) {
					t.Errorf("create with a %s schema: %d %v, want 400 invalid_request_error mentioning %q", k, resp.StatusCode, m, want)
				}
			}
			other := "custom_entity"
			if tc.kind == other {
				other = "dna_sequence"
			}
			want := fmt.Sprintf("not a %s schema", tc.kind)
			upd := `{"schemaId":"` + schema(other) + `"`
			if tc.kind == "mixture" {
				upd += "," + tc.rest // an update names the ingredients too
			}
			resp, m := send(t, srv, "PATCH", "/"+tc.path+"/"+str(own, "id"), upd+"}")
			if _, msg, _ := errType(m); resp.StatusCode != http.StatusBadRequest || !strings.Contains(msg, want) {
				t.Errorf("update to a %s schema: %d %v, want 400 mentioning %q", other, resp.StatusCode, m, want)
			}
			if tc.path == "oligos" {
				return // no upsert, and its bulk create is the DNA oligos'
			}
			// The upserts with short bodies (the same check serves all).
			if tc.path == "custom-entities" || tc.path == "molecules" || tc.path == "dna-oligos" || tc.path == "rna-oligos" {
				up := `{"name":"Upserted","schemaId":"` + schema(other) + `","registryId":"` + reg + `"`
				if tc.rest != "" {
					up += "," + tc.rest
				}
				resp, m = send(t, srv, "PATCH", "/"+tc.path+"/UPS-"+tc.kind+":upsert", up+"}")
				if _, msg, _ := errType(m); resp.StatusCode != http.StatusBadRequest || !strings.Contains(msg, want) {
					t.Errorf("upsert with a %s schema: %d %v, want 400 mentioning %q", other, resp.StatusCode, m, want)
				}
			}
			key := map[string]string{"custom-entities": "customEntities", "dna-sequences": "dnaSequences", "rna-sequences": "rnaSequences",
				"aa-sequences": "aaSequences", "dna-oligos": "dnaOligos", "rna-oligos": "rnaOligos", "molecules": "molecules", "mixtures": "mixtures"}[tc.path]
			resp, link := send(t, srv, "POST", "/"+tc.path+":bulk-create", `{"`+key+`":[`+mk("Bulk own", schema(tc.kind))+","+mk("Bulk other", schema(other))+`]}`)
			if resp.StatusCode != http.StatusAccepted {
				t.Fatalf("bulk create: %d %v", resp.StatusCode, link)
			}
			if tk := doneTask(t, srv, link); str(tk, "status") != "FAILED" || !strings.Contains(fmt.Sprint(tk["errors"]), "index:1") || !strings.Contains(fmt.Sprint(tk["errors"]), want) {
				t.Errorf("bulk create with a %s schema: %v, want a failed task naming item 1", other, tk)
			}
		})
	}
}

// addSchemas adds entity schemas to srv, each with the ID it is given and
// the type after the colon ("ts_cell:custom_entity"), named as the fake
// names a schema it does not have ("Schema ts_cell").
func addSchemas(t *testing.T, srv *Server, idTypes ...string) {
	t.Helper()
	for _, it := range idTypes {
		id, typ, ok := strings.Cut(it, ":")
		if !ok {
			t.Fatalf("addSchemas(%q): want id:type", it)
		}
		if _, err := srv.Add("entity-schemas", map[string]any{"id": id, "name": "Schema " + id, "type": typ}); err != nil {
			t.Fatal(err)
		}
	}
}
