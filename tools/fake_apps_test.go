package tools

import (
	"fmt"
	"net/url"
	"slices"
	"testing"
	"time"
)

// TestFakeAppsOperationsMatchSpec drives the fake tenant through every
// operation of the Apps, Events, Audit and Warehouse tags (generateToken,
// the Authentication tag's, is TestFakeEveryOperationMatchesSpec's) with
// plain net/http, checks each request against the spec and validates every
// response strictly (task responses' items against their schemas too),
// errors included.
func TestFakeAppsOperationsMatchSpec(t *testing.T) {
	a := newAPITester(t)
	srv := a.srv
	srv.SetRateLimit(1_000_000, time.Minute) // on, so every response carries the headers
	app := srv.AppID()
	response := func(tk map[string]any) map[string]any { r, _ := tk["response"].(map[string]any); return r }

	// --- apps ---
	a.do("listBenchlingApps", "GET", "/apps?pageSize=5&sort=name:asc&nameIncludes=Test", nil, 200)
	a.do("getBenchlingAppByID", "GET", "/apps/"+app, nil, 200)
	a.do("getBenchlingAppByID", "GET", "/apps/app_nope", nil, 404)
	made := a.do("createBenchlingApp", "POST", "/apps", map[string]any{"name": "Plate importer", "description": "Imports plates"}, 201)
	a.do("createBenchlingApp", "POST", "/apps", map[string]any{"name": "Plate importer"}, 409)
	a.do("!createBenchlingApp", "POST", "/apps", map[string]any{"name": "ab"}, 400)
	a.do("patchBenchlingApp", "PATCH", "/apps/"+str(made, "id"), map[string]any{"description": "Imports 96-well plates"}, 200)
	a.do("patchBenchlingApp", "PATCH", "/apps/app_nope", map[string]any{"name": "xyz"}, 404)
	a.do("archiveBenchlingApps", "POST", "/apps:archive", map[string]any{"appIds": []string{str(made, "id")}, "reason": "Retired"}, 200)
	a.do("!archiveBenchlingApps", "POST", "/apps:archive", map[string]any{"appIds": []string{str(made, "id")}, "reason": "Expired"}, 400)
	a.do("unarchiveBenchlingApps", "POST", "/apps:unarchive", map[string]any{"appIds": []string{str(made, "id")}}, 200)

	// --- sessions ---
	sess := a.do("createAppSession", "POST", "/app-sessions", map[string]any{"appId": app, "name": "Import plate", "timeoutSeconds": 600,
		"messages": []any{map[string]any{"content": "Starting {id:" + app + "}.", "style": "INFO"}}}, 201)
	sid := str(sess, "id")
	a.do("getAppSessionById", "GET", "/app-sessions/"+sid, nil, 200)
	a.do("getAppSessionById", "GET", "/app-sessions/"+sid+"?returning=id,status", nil, 200)
	a.do("getAppSessionById", "GET", "/app-sessions/sesn_nope", nil, 404)
	a.do("updateAppSession", "PATCH", "/app-sessions/"+sid, map[string]any{"messages": []any{map[string]any{"content": "Half way."}}, "timeoutSeconds": 900}, 200)
	eleven := make([]any, 11)
	for i := range eleven {
		eleven[i] = map[string]any{"content": fmt.Sprintf("message %d", i)}
	}
	a.do("!updateAppSession", "PATCH", "/app-sessions/"+sid, map[string]any{"messages": eleven}, 400)
	a.do("!updateAppSession", "PATCH", "/app-sessions/"+sid, map[string]any{"messages": []any{map[string]any{"content": "no"}}}, 400)
	a.do("updateAppSession", "PATCH", "/app-sessions/"+sid, map[string]any{"timeoutSeconds": 60}, 400)
	a.do("!createAppSession", "POST", "/app-sessions", map[string]any{"appId": app, "name": "x", "timeoutSeconds": 60}, 400)
	a.do("updateAppSession", "PATCH", "/app-sessions/"+sid, map[string]any{"status": "SUCCEEDED"}, 200)
	a.do("updateAppSession", "PATCH", "/app-sessions/"+sid, map[string]any{"status": "FAILED"}, 400)
	a.do("updateAppSession", "PATCH", "/app-sessions/sesn_nope", map[string]any{"status": "FAILED"}, 404)

	// --- canvases ---
	blocks := []any{
		map[string]any{"type": "MARKDOWN", "value": "## Import"},
		map[string]any{"type": "SECTION", "id": "form", "children": []any{
			map[string]any{"type": "TEXT_INPUT", "id": "plate", "label": "Plate", "required": true, "value": nil},
			map[string]any{"type": "DROPDOWN", "id": "assay", "dropdownId": "sfs_1", "value": nil},
			map[string]any{"type": "DROPDOWN_MULTIVALUE", "id": "reads", "dropdownId": "sfs_1", "value": nil},
			map[string]any{"type": "SEARCH_INPUT", "id": "sample", "itemType": "dna_sequence", "schemaId": nil, "value": nil},
			map[string]any{"type": "SEARCH_INPUT_MULTIVALUE", "id": "ctrls", "itemType": "custom_entity", "schemaId": "ts_1", "value": []string{"bfi_1"}},
			map[string]any{"type": "SELECTOR_INPUT", "id": "mode", "options": []string{"fast", "slow"}, "value": "fast"},
			map[string]any{"type": "SELECTOR_INPUT_MULTIVALUE", "id": "flags", "options": []string{"a"}, "value": nil},
			map[string]any{"type": "FILE_UPLOAD", "id": "files", "fileTypes": []string{".csv"}, "maxFiles": 2, "value": nil},
			map[string]any{"type": "CHIP", "value": app},
			map[string]any{"type": "BUTTON", "id": "go", "text": "Import", "enabled": true},
		}},
		map[string]any{"type": "TABLE", "id": "preview", "name": "Preview", "source": map[string]any{"type": "DATA_FRAME", "dataFrameId": nil}},
	}
	cv := a.do("createAppCanvas", "POST", "/app-canvases", map[string]any{"appId": app, "featureId": "importer", "resourceId": "etr_1",
		"blocks": blocks, "sessionId": sid, "data": `{"step":1}`, "enabled": true}, 201)
	cid := str(cv, "id")
	if len(list(cv, "blocks")) != 3 {
		t.Errorf("canvas blocks: %v", cv["blocks"])
	}
	if err := srv.SetCanvasValue(cid, "plate", "PL-0042"); err != nil {
		t.Fatal(err)
	}
	a.do("getAppCanvas", "GET", "/app-canvases/"+cid, nil, 200)
	a.do("getAppCanvas", "GET", "/app-canvases/"+cid+"?returning=id,blocks", nil, 200)
	a.do("getAppCanvas", "GET", "/app-canvases/cnvs_nope", nil, 404)
	a.do("updateAppCanvas", "PATCH", "/app-canvases/"+cid, map[string]any{"blocks": blocks[:1], "data": nil, "sessionId": nil, "enabled": false}, 200)
	a.do("updateAppCanvas", "PATCH", "/app-canvases/cnvs_nope", map[string]any{"enabled": false}, 404)
	a.do("!createAppCanvas", "POST", "/app-canvases", map[string]any{"appId": app, "featureId": "f", "resourceId": "r",
		"blocks": []any{map[string]any{"type": "BUTTON", "id": "x"}}}, 400)
	a.do("archiveAppCanvases", "POST", "/app-canvases:archive", map[string]any{"canvasIds": []string{cid}, "reason": "Other"}, 200)
	a.do("unarchiveAppCanvases", "POST", "/app-canvases:unarchive", map[string]any{"canvasIds": []string{cid}}, 200)
	a.do("unarchiveAppCanvases", "POST", "/app-canvases:unarchive", map[string]any{"canvasIds": []string{"cnvs_nope"}}, 400)

	// --- configuration items ---
	it := a.do("createAppConfigurationItem", "POST", "/app-configuration-items", map[string]any{"appId": app, "path": []string{"Folder"},
		"type": "folder", "value": srv.FolderID()}, 201)
	a.do("createAppConfigurationItem", "POST", "/app-configuration-items", map[string]any{"appId": app, "path": []string{"Folder"},
		"type": "folder", "value": srv.FolderID()}, 400)
	a.do("getAppConfigurationItemById", "GET", "/app-configuration-items/"+str(it, "id"), nil, 200)
	a.do("getAppConfigurationItemById", "GET", "/app-configuration-items/aci_nope", nil, 404)
	a.do("updateAppConfigurationItem", "PATCH", "/app-configuration-items/"+str(it, "id"), map[string]any{"type": "folder", "value": nil}, 200)
	a.do("updateAppConfigurationItem", "PATCH", "/app-configuration-items/aci_nope", map[string]any{"type": "folder", "value": nil}, 404)
	bc := a.waitTask(a.do("bulkCreateAppConfigurationItems", "POST", "/app-configuration-items:bulk-create", map[string]any{"appConfigurationItems": []any{
		map[string]any{"appId": app, "path": []string{"Batch size"}, "type": "integer", "value": 96},
		map[string]any{"appId": app, "path": []string{"Dry run"}, "type": "boolean", "value": true},
		map[string]any{"appId": app, "path": []string{"Threshold"}, "type": "float", "value": 0.5},
		map[string]any{"appId": app, "path": []string{"Cutoff"}, "type": "date", "value": "2022-05-03"},
		map[string]any{"appId": app, "path": []string{"Since"}, "type": "datetime", "value": "2022-03-18 05:14:35 PM"},
		map[string]any{"appId": app, "path": []string{"Mapping"}, "type": "json", "value": `{"a":1}`},
		map[string]any{"appId": app, "path": []string{"Endpoint"}, "type": "text", "value": "https://lims.example.com"},
	}}, 202), "SUCCEEDED")
	created := list(response(bc), "appConfigurationItems")
	a.checkItems("AppConfigItem", created)
	a.waitTask(a.do("!bulkCreateAppConfigurationItems", "POST", "/app-configuration-items:bulk-create", map[string]any{"appConfigurationItems": []any{
		map[string]any{"appId": app, "path": []string{"N"}, "type": "integer", "value": "4"},
	}}, 202), "FAILED")
	bu := a.waitTask(a.do("bulkUpdateAppConfigurationItems", "POST", "/app-configuration-items:bulk-update", map[string]any{"appConfigurationItems": []any{
		map[string]any{"id": ids(created)[0], "type": "integer", "value": 384},
	}}, 202), "SUCCEEDED")
	a.checkItems("AppConfigItem", list(response(bu), "appConfigurationItems"))
	a.do("listAppConfigurationItems", "GET", "/app-configuration-items?appId="+app+"&pageSize=3&sort=createdAt:asc", nil, 200)
	l := a.do("listAppConfigurationItems", "GET", "/app-configuration-items?ids="+ids(created)[0]+","+ids(created)[1], nil, 200)
	if len(list(l, "appConfigurationItems")) != 2 {
		t.Errorf("list by ids: %v", l)
	}
	a.do("!listAppConfigurationItems", "GET", "/app-configuration-items?sort=name", nil, 400)

	// --- events ---
	seq := a.do("createDNASequence", "POST", "/dna-sequences", map[string]any{"name": "pUC19", "bases": "ATGC", "isCircular": true,
		"registryId": srv.RegistryID(), "namingStrategy": "NEW_IDS"}, 201)
	e := a.do("createEntry", "POST", "/entries", map[string]any{"name": "Cloning", "folderId": srv.FolderID()}, 201)
	a.do("updateEntry", "PATCH", "/entries/"+str(e, "id"), map[string]any{"fields": map[string]any{"Yield": map[string]any{"value": 4.2}}}, 200)
	evs := a.do("listEvents", "GET", "/events?pageSize=2", nil, 200)
	if n := len(list(evs, "events")); n != 2 || str(evs, "nextToken") == "" {
		t.Fatalf("events page 1: %v", evs)
	}
	first := list(evs, "events")[0].(map[string]any)
	if first["eventType"] != "v2.entity.registered" || first["entity"].(map[string]any)["id"] != str(seq, "id") {
		t.Errorf("first event: %v", first)
	}
	last := a.do("listEvents", "GET", "/events?nextToken="+url.QueryEscape(str(evs, "nextToken")), nil, 200)
	if len(list(last, "events")) != 1 || str(last, "nextToken") != "" {
		t.Errorf("events page 2: %v", last)
	}
	polled := a.do("listEvents", "GET", "/events?poll=true&eventTypes=v2.entry.created,v2.entry.updated.fields&startingAfter="+str(first, "id"), nil, 200)
	if types := eventTypes(list(polled, "events")); !slices.Equal(types, []string{"v2.entry.created", "v2.entry.updated.fields"}) || str(polled, "nextToken") == "" {
		t.Errorf("polled: %v", polled)
	}
	a.do("listEvents", "GET", "/events?createdAt.gte=2000-01-01&poll=false", nil, 200)
	a.do("listEvents", "GET", "/events?startingAfter=evt_nope", nil, 400)
	a.do("!listEvents", "GET", "/events?poll=maybe", nil, 400)

	// --- audit, warehouse ---
	au := a.waitTask(a.do("auditLog", "POST", "/audit/log/"+str(seq, "id"), map[string]any{"format": "CSV"}, 202), "SUCCEEDED")
	if str(response(au), "downloadURL") == "" {
		t.Errorf("audit export: %v", au)
	}
	a.do("auditLog", "POST", "/audit/log/seq_nope", map[string]any{"format": "PDF"}, 400)
	a.do("!auditLog", "POST", "/audit/log/"+str(seq, "id"), map[string]any{"format": "XLSX"}, 400)
	a.do("createWarehouseCredentials", "POST", "/warehouse-credentials", map[string]any{"expiresIn": 3599}, 200)
	a.do("!createWarehouseCredentials", "POST", "/warehouse-credentials", map[string]any{"expiresIn": 3600}, 400)

	// --- coverage ---
	a.wantCovered([]string{"Apps", "Events", "Audit", "Warehouse"}, 23)
}

func eventTypes(l []any) []string {
	out := make([]string, len(l))
	for i, e := range l {
		out[i] = str(e.(map[string]any), "eventType")
	}
	return out
}
