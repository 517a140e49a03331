package tools

import (
	"fmt"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestFakeRegistryOperationsMatchSpec drives the fake tenant through every
// operation of the Custom Entities, Molecules, Mixtures, Monomers,
// Entities and Registry tags with plain net/http, checks each request
// against the spec and validates every response strictly (task responses'
// items against their schemas too), errors included.
func TestFakeRegistryOperationsMatchSpec(t *testing.T) {
	a := newAPITester(t)
	srv := a.srv
	srv.SetRateLimit(1_000_000, time.Minute) // on, so every response carries the headers
	folder, registry := srv.FolderID(), srv.RegistryID()
	srv.SeedSchemas() // schemas of the registry, for the deprecated lists
	addEntitySchemas(t, srv, "ts_cellline:custom_entity", "ts_prep:custom_entity", "ts_kit:custom_entity",
		"ts_mol:molecule", "ts_buffer:mixture", "ts_oligo:dna_oligo")
	response := func(tk map[string]any) map[string]any { r, _ := tk["response"].(map[string]any); return r }

	// --- Custom entities ---
	ce := a.do("createCustomEntity", "POST", "/custom-entities", map[string]any{"name": "HEK293 clone 4", "schemaId": "ts_cellline",
		"folderId": folder, "aliases": []string{"C4"}, "fields": map[string]any{"Passage": map[string]any{"value": 12}},
		"customFields": map[string]any{"Source": map[string]any{"value": "ATCC"}}}, 201)
	ceID := str(ce, "id")
	if !strings.HasPrefix(ceID, "bfi_") {
		t.Errorf("custom entity id %q", ceID)
	}
	a.do("createCustomEntity", "POST", "/custom-entities", map[string]any{"name": "x", "schemaId": "sch_bad", "folderId": folder}, 400)
	a.do("getCustomEntity", "GET", "/custom-entities/"+ceID+"?returning=id,name", nil, 200)
	a.do("getCustomEntity", "GET", "/custom-entities/bfi_missing", nil, 404)
	a.do("updateCustomEntity", "PATCH", "/custom-entities/"+ceID, map[string]any{"name": "HEK293 clone 4b", "entityRegistryId": "CE1"}, 200)
	a.do("upsertCustomEntity", "PATCH", "/custom-entities/CE900:upsert", map[string]any{"name": "Prep A", "registryId": registry, "schemaId": "ts_prep"}, 201)
	a.do("upsertCustomEntity", "PATCH", "/custom-entities/CE900:upsert", map[string]any{"name": "Prep A2", "registryId": registry, "schemaId": "ts_prep", "archiveRecord": nil}, 200)
	a.do("listCustomEntities", "GET", "/custom-entities?pageSize=1&sort=name:asc&schemaId=ts_cellline&names.anyOf=c4&returning=customEntities.id,nextToken", nil, 200)
	a.do("listCustomEntities", "GET", "/custom-entities?registryId="+registry+"&archiveReason=NOT_ARCHIVED", nil, 200)
	a.do("archiveCustomEntities", "POST", "/custom-entities:archive", map[string]any{"customEntityIds": []string{ceID}, "reason": "Contaminated"}, 200)
	a.do("unarchiveCustomEntities", "POST", "/custom-entities:unarchive", map[string]any{"customEntityIds": []string{ceID}}, 200)
	a.do("bulkGetCustomEntities", "GET", "/custom-entities:bulk-get?customEntityIds="+ceID, nil, 200)
	a.do("bulkGetCustomEntities", "GET", "/custom-entities:bulk-get?customEntityIds=bfi_nope", nil, 400)
	bc := a.waitTask(a.do("bulkCreateCustomEntities", "POST", "/custom-entities:bulk-create", map[string]any{"customEntities": []any{
		map[string]any{"name": "Clone 5", "schemaId": "ts_cellline", "folderId": folder},
		map[string]any{"name": "Clone 6", "schemaId": "ts_cellline", "registryId": registry, "namingStrategy": "NEW_IDS"},
	}}, 202), "SUCCEEDED")
	made := list(response(bc), "customEntities")
	a.checkItems("CustomEntity", made)
	bu := a.waitTask(a.do("bulkUpdateCustomEntities", "POST", "/custom-entities:bulk-update", map[string]any{"customEntities": []any{
		map[string]any{"id": ids(made)[0], "name": "Clone 5b"},
	}}, 202), "SUCCEEDED")
	a.checkItems("CustomEntity", list(response(bu), "customEntities"))
	bp := a.waitTask(a.do("bulkUpsertCustomEntities", "POST", "/custom-entities:bulk-upsert", map[string]any{"customEntities": []any{
		map[string]any{"entityRegistryId": "CE950", "name": "Clone 7", "registryId": registry, "schemaId": "ts_cellline"},
	}}, 202), "SUCCEEDED")
	a.checkItems("CustomEntity", list(response(bp), "customEntities"))
	a.waitTask(a.do("bulkCreateCustomEntities", "POST", "/custom-entities:bulk-create", map[string]any{"customEntities": []any{
		map[string]any{"name": "bad", "schemaId": "sch_x", "folderId": folder},
	}}, 202), "FAILED")

	// --- Molecules ---
	mol := a.do("createMolecule", "POST", "/molecules", map[string]any{"name": "Aspirin", "folderId": folder, "schemaId": "ts_mol",
		"chemicalStructure": map[string]any{"structureFormat": "smiles", "value": "CC(=O)Oc1ccccc1C(=O)O"}}, 201)
	molID := str(mol, "id")
	if !strings.HasPrefix(molID, "mol_") {
		t.Errorf("molecule id %q", molID)
	}
	a.do("createMolecule", "POST", "/molecules", map[string]any{"name": "Bad", "folderId": folder,
		"chemicalStructure": map[string]any{"structureFormat": "smiles", "value": "C1CC"}}, 400)
	a.do("createMolecule", "POST", "/molecules", map[string]any{"name": "Ethanol", "folderId": folder,
		"chemicalStructure": map[string]any{"structureFormat": "molfile", "value": "ethanol\n\n\n  3  2  0  0  0  0  0  0  0  0999 V2000\n" +
			"    0.0000    0.0000    0.0000 C   0  0\n    1.2990    0.7500    0.0000 C   0  0\n    2.5981    0.0000    0.0000 O   0  0\n" +
			"  1  2  1  0\n  2  3  1  0\nM  END\n"}}, 201)
	a.do("getMolecule", "GET", "/molecules/"+molID, nil, 200)
	a.do("getMolecule", "GET", "/molecules/mol_missing", nil, 404)
	a.do("updateMolecule", "PATCH", "/molecules/"+molID, map[string]any{"name": "Acetylsalicylic acid"}, 200)
	a.do("upsertMolecule", "PATCH", "/molecules/MOL900:upsert", map[string]any{"name": "Caffeine", "registryId": registry, "schemaId": "ts_mol",
		"chemicalStructure": map[string]any{"structureFormat": "smiles", "value": "Cn1cnc2c1c(=O)n(C)c(=O)n2C"}}, 201)
	a.do("upsertMolecule", "PATCH", "/molecules/MOL900:upsert", map[string]any{"name": "Caffeine", "registryId": registry, "schemaId": "ts_mol",
		"chemicalStructure": map[string]any{"structureFormat": "smiles", "value": "Cn1cnc2c1c(=O)n(C)c(=O)n2C"}}, 200)
	a.do("listMolecules", "GET", "/molecules?pageSize=2&sort=name:desc&chemicalSubstructure.smiles="+url.QueryEscape("c1ccccc1"), nil, 200)
	a.do("listMolecules", "GET", "/molecules?chemicalSubstructure.smiles="+url.QueryEscape("C(("), nil, 400)
	a.do("archiveMolecules", "POST", "/molecules:archive", map[string]any{"moleculeIds": []string{molID}, "reason": "Expired"}, 200)
	a.do("unarchiveMolecules", "POST", "/molecules:unarchive", map[string]any{"moleculeIds": []string{molID}}, 200)
	mbc := a.waitTask(a.do("bulkCreateMolecules", "POST", "/molecules:bulk-create", map[string]any{"molecules": []any{
		map[string]any{"name": "Benzene", "folderId": folder, "chemicalStructure": map[string]any{"structureFormat": "smiles", "value": "c1ccccc1"}},
	}}, 202), "SUCCEEDED")
	mmade := list(response(mbc), "molecules")
	a.checkItems("Molecule", mmade)
	a.checkItems("Molecule", list(response(a.waitTask(a.do("bulkUpdateMolecules", "POST", "/molecules:bulk-update", map[string]any{"molecules": []any{
		map[string]any{"id": ids(mmade)[0], "aliases": []string{"benzol"}},
	}}, 202), "SUCCEEDED")), "molecules"))
	a.checkItems("Molecule", list(response(a.waitTask(a.do("bulkUpsertMolecules", "POST", "/molecules:bulk-upsert?returning=molecules.id", map[string]any{"molecules": []any{
		map[string]any{"entityRegistryId": "MOL901", "name": "Glycine", "registryId": registry, "schemaId": "ts_mol",
			"chemicalStructure": map[string]any{"structureFormat": "smiles", "value": "NCC(=O)O"}},
	}}, 202), "SUCCEEDED")), "molecules"))

	// --- Mixtures ---
	ingredient := func(entity, amount, units string) map[string]any {
		return map[string]any{"componentEntityId": entity, "amount": amount, "units": units, "catalogIdentifier": nil,
			"componentLotContainerId": nil, "componentLotEntityId": nil, "componentLotText": nil, "notes": nil}
	}
	mx := a.do("createMixture", "POST", "/mixtures", map[string]any{"name": "TBS recipe", "schemaId": "ts_buffer", "folderId": folder,
		"amount": "1000", "units": "mL", "ingredients": []any{ingredient(ceID, "6.05", "g"), ingredient(molID, "QS", "mL")}}, 201)
	mxID := str(mx, "id")
	if !strings.HasPrefix(mxID, "mxt_") {
		t.Errorf("mixture id %q", mxID)
	}
	a.do("createMixture", "POST", "/mixtures", map[string]any{"name": "Bad", "schemaId": "ts_buffer", "folderId": folder, "units": nil,
		"ingredients": []any{ingredient("bfi_nope", "1", "g")}}, 400)
	prep := a.do("createMixture", "POST", "/mixtures", map[string]any{"name": "TBS prep", "schemaId": "ts_buffer", "folderId": folder,
		"amount": "500", "units": "mL", "fields": map[string]any{"Recipe": map[string]any{"value": mxID}}, "ingredients": []any{ingredient(ceID, "3", "g")}}, 201)
	a.do("getMixture", "GET", "/mixtures/"+mxID, nil, 200)
	a.do("getMixture", "GET", "/mixtures/mxt_missing", nil, 404)
	a.do("updateMixture", "PATCH", "/mixtures/"+str(prep, "id"), map[string]any{"amount": "250", "ingredients": []any{ingredient(ceID, "1.5", "g")}}, 200)
	a.do("listMixtures", "GET", "/mixtures?ingredientComponentEntityIds="+ceID+"&sort=name:asc", nil, 200)
	a.do("listMixtures", "GET", "/mixtures?ingredientComponentEntityIds.anyOf="+molID+","+ceID+"&pageSize=1", nil, 200)
	a.do("archiveMixtures", "POST", "/mixtures:archive", map[string]any{"mixtureIds": []string{mxID}, "reason": "Retired"}, 200)
	a.do("unarchiveMixtures", "POST", "/mixtures:unarchive", map[string]any{"mixtureIds": []string{mxID}}, 200)
	xbc := a.waitTask(a.do("bulkCreateMixtures", "POST", "/mixtures:bulk-create", map[string]any{"mixtures": []any{
		map[string]any{"name": "Saline", "schemaId": "ts_buffer", "folderId": folder, "units": nil, "ingredients": []any{ingredient(ceID, "9", "g")}},
	}}, 202), "SUCCEEDED")
	xmade := list(response(xbc), "mixtures")
	a.checkItems("Mixture", xmade)
	a.checkItems("Mixture", list(response(a.waitTask(a.do("bulkUpdateMixtures", "POST", "/mixtures:bulk-update", map[string]any{"mixtures": []any{
		map[string]any{"id": ids(xmade)[0], "units": "L", "amount": "1"},
	}}, 202), "SUCCEEDED")), "mixtures"))

	// --- Monomers ---
	mon := a.do("createMonomer", "POST", "/monomers", map[string]any{"name": "(Rp)-Phosphorothioate", "symbol": "Rsp", "naturalAnalog": "p",
		"smiles": "O[P@@](=S)([OH:1])[OH:2]", "color": "#7051FC", "visualSymbol": "DIAMOND_FILLED", "customMolecularWeight": 119.4}, 201)
	monID := str(mon, "id")
	a.do("createMonomer", "POST", "/monomers?returning=id,symbol", map[string]any{"name": "5mC", "symbol": "5mC", "naturalAnalog": "C",
		"smiles": "Cc1cn([CH3:1])c(=O)nc1N"}, 201)
	a.do("createMonomer", "POST", "/monomers", map[string]any{"name": "x", "symbol": "x", "naturalAnalog": "A", "smiles": "OCC"}, 400)
	a.do("updateMonomer", "PATCH", "/monomers/"+monID+"?returning=id,visualColor", map[string]any{"color": nil, "customMolecularWeight": nil}, 200)
	a.do("updateMonomer", "PATCH", "/monomers/mon_missing", map[string]any{"name": "x"}, 404)
	l := a.do("listMonomers", "GET", "/monomers?pageSize=1", nil, 200)
	a.do("listMonomers", "GET", "/monomers?pageSize=1&returning=monomers.id,nextToken&nextToken="+url.QueryEscape(str(l, "nextToken")), nil, 200)
	a.do("archiveMonomers", "POST", "/monomers:archive", map[string]any{"monomerIds": []string{monID}, "reason": "Archived"}, 200)
	a.do("!archiveMonomers", "POST", "/monomers:archive", map[string]any{"monomerIds": []string{monID}, "reason": "Retired"}, 400)
	a.do("unarchiveMonomers", "POST", "/monomers:unarchive", map[string]any{"monomerIds": []string{monID}}, 200)

	// --- Entities ---
	eu := a.waitTask(a.do("bulkUpsertEntities", "POST", "/entities:bulk-upsert", map[string]any{
		"customEntities": []any{map[string]any{"entityRegistryId": "CE700", "name": "Kit", "registryId": registry, "schemaId": "ts_kit",
			"fields": map[string]any{"Substrate": map[string]any{"value": map[string]any{"entityRegistryId": "MOL700"}}}}},
		"molecules": []any{map[string]any{"entityRegistryId": "MOL700", "name": "pNPP", "registryId": registry, "schemaId": "ts_mol",
			"chemicalStructure": map[string]any{"structureFormat": "smiles", "value": "O=[N+]([O-])c1ccc(OP(=O)(O)O)cc1"}}},
		"dnaOligos": []any{map[string]any{"entityRegistryId": "OLI700", "name": "M13 fwd", "registryId": registry, "schemaId": "ts_oligo", "bases": "GTAAAACGACGGCCAGT"}},
	}, 202), "SUCCEEDED")
	a.checkItems("CustomEntity", list(response(eu), "customEntities"))
	a.checkItems("Molecule", list(response(eu), "molecules"))
	a.checkItems("DnaOligo", list(response(eu), "dnaOligos"))
	a.waitTask(a.do("bulkUpsertEntities", "POST", "/entities:bulk-upsert", map[string]any{
		"molecules": []any{map[string]any{"entityRegistryId": "CE700", "name": "Clash", "registryId": registry, "schemaId": "ts_mol",
			"chemicalStructure": map[string]any{"structureFormat": "smiles", "value": "C"}}},
	}, 202), "FAILED")

	// --- Registry ---
	a.do("listRegistries", "GET", "/registries", nil, 200)
	a.do("listRegistries", "GET", "/registries?name=Benchling%20Test%20Registry&modifiedAt="+url.QueryEscape("> 2000-01-01"), nil, 200)
	a.do("getRegistry", "GET", "/registries/"+registry, nil, 200)
	a.do("getRegistry", "GET", "/registries/src_missing", nil, 404)
	a.waitTask(a.do("registerEntities", "POST", "/registries/"+registry+":bulk-register-entities",
		map[string]any{"entityIds": []string{ceID, mxID}, "namingStrategy": "NEW_IDS"}, 202), "SUCCEEDED")
	a.do("registerEntities", "POST", "/registries/"+registry+":bulk-register-entities",
		map[string]any{"entityIds": []string{ceID}, "namingStrategy": "NEW_IDS"}, 400)
	a.do("registerEntities", "POST", "/registries/"+registry+":bulk-register-entities",
		map[string]any{"entityIds": []string{molID}, "namingStrategy": "SET_FROM_NAME_PARTS"}, 400) // ts_mol has no name template
	reg := a.do("bulkGetRegisteredEntities", "GET", "/registries/"+registry+"/registered-entities:bulk-get?entityRegistryIds=CE700,MOL700,OLI700,CE950", nil, 200)
	var kinds []string
	for _, e := range list(reg, "entities") {
		kinds = append(kinds, str(e.(map[string]any), "entityType"))
	}
	if !slices.Equal(kinds, []string{"custom_entity", "molecule", "dna_oligo", "custom_entity"}) {
		t.Errorf("registered entities' kinds: %v", kinds)
	}
	a.do("bulkGetRegisteredEntities", "GET", "/registries/"+registry+"/registered-entities:bulk-get?entityRegistryIds=NOPE1", nil, 400)
	a.do("bulkGetRegisteredEntities", "GET", "/registries/src_missing/registered-entities:bulk-get?entityRegistryIds=CE700", nil, 404)
	a.do("unregisterEntities", "POST", "/registries/"+registry+":unregister-entities", map[string]any{"entityIds": []string{ceID}, "folderId": folder}, 200)
	a.do("unregisterEntities", "POST", "/registries/"+registry+":unregister-entities", map[string]any{"entityIds": []string{ceID}, "folderId": folder}, 400)
	for _, k := range []struct{ path, op string }{
		{"batch-schemas", "listBatchSchemasByRegistry"}, {"box-schemas", "listBoxSchemasByRegistry"},
		{"container-schemas", "listContainerSchemasByRegistry"}, {"dropdowns", "listDropdownsByRegistry"},
		{"entity-schemas", "listEntitySchemasByRegistry"}, {"location-schemas", "listLocationSchemasByRegistry"},
		{"plate-schemas", "listPlateSchemasByRegistry"},
	} {
		page := a.do(k.op, "GET", "/registries/"+registry+"/"+k.path, nil, 200)
		if len(page) != 1 {
			t.Errorf("%s: %v", k.op, page)
		}
		a.do(k.op, "GET", "/registries/src_missing/"+k.path, nil, 400)
	}

	// --- coverage ---
	tags := []string{"Custom Entities", "Molecules", "Mixtures", "Monomers", "Entities", "Registry"}
	var missing []string
	n := 0
	for _, op := range a.spec.Operations() {
		if !slices.ContainsFunc(op.Tags, func(t string) bool { return slices.Contains(tags, t) }) {
			continue
		}
		n++
		if !a.covered[op.ID] {
			missing = append(missing, fmt.Sprintf("%s %s %s", op.ID, op.Method, op.Path))
		}
	}
	if n != 47 || len(missing) > 0 {
		t.Errorf("%d operations in scope (want 47); not covered with a 2xx: %v", n, missing)
	}
}
