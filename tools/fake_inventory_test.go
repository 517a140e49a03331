package tools

import (
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestFakeInventoryOperationsMatchSpec drives the fake tenant through
// every operation of the Containers, Boxes, Plates, Locations, Inventory,
// Label Templates and Printers tags with plain net/http, checks each
// request against the spec and validates every response strictly, errors
// included, and checks what the answers mean where the inventory has its
// own rules (positions, quantities, barcodes, cascades).
func TestFakeInventoryOperationsMatchSpec(t *testing.T) {
	a := newAPITester(t)
	srv := a.srv
	srv.SetRateLimit(1_000_000, time.Minute) // on, so every response carries the headers
	schemas := srv.SeedSchemas()
	seqs := srv.SeedDnaSequences(2)
	reg := srv.RegistryID()
	matrix, err := srv.Add("plate-schemas", map[string]any{"name": "Matrix 24", "plateType": "matrix_24", "height": 4, "width": 6, "prefix": "MTX"})
	if err != nil {
		t.Fatal(err)
	}
	tmpl, err := srv.Add("label-templates", map[string]any{"name": "Tube label", "zplTemplate": "^XA^FD{{barcode}}^FS^XZ"})
	if err != nil {
		t.Fatal(err)
	}
	printer, err := srv.Add("label-printers", map[string]any{"name": "Bench printer", "address": "10.0.0.7", "port": 9100})
	if err != nil {
		t.Fatal(err)
	}

	// --- Locations ---
	freezer := a.do("createLocation", "POST", "/locations", map[string]any{"name": "Freezer A", "schemaId": schemas["Freezer"], "barcode": "FRZ-A"}, 201)
	fz := str(freezer, "id")
	shelf := a.do("createLocation", "POST", "/locations", map[string]any{"name": "Shelf 1", "schemaId": schemas["Freezer"], "parentStorageId": fz}, 201)
	sh := str(shelf, "id")
	if !strings.HasPrefix(fz, "loc_") || str(shelf, "barcode") != "FRZ001" {
		t.Errorf("locations: %s, barcode %q", fz, str(shelf, "barcode"))
	}
	a.do("createLocation", "POST", "/locations", map[string]any{"name": "Dup", "schemaId": schemas["Freezer"], "barcode": "frz-a"}, 400)
	a.do("createLocation", "POST", "/locations", map[string]any{"name": "Nowhere", "schemaId": "locsch_nope"}, 400)
	a.do("!createLocation", "POST", "/locations", map[string]any{"schemaId": schemas["Freezer"]}, 400)
	a.do("getLocation", "GET", "/locations/"+fz, nil, 200)
	a.do("getLocation", "GET", "/locations/loc_nope", nil, 404)
	a.do("updateLocation", "PATCH", "/locations/"+sh, map[string]any{"name": "Top shelf"}, 200)
	a.do("updateLocation", "PATCH", "/locations/"+fz, map[string]any{"parentStorageId": sh}, 400) // inside itself
	a.do("updateLocation", "PATCH", "/locations/loc_nope", map[string]any{"name": "x"}, 404)
	l := a.do("listLocations", "GET", "/locations?pageSize=1&sort=barcode:asc&ancestorStorageId="+fz, nil, 200)
	if ids(list(l, "locations"))[0] != sh {
		t.Errorf("locations in the freezer: %v", l)
	}
	a.do("listLocations", "GET", "/locations?barcodes=FRZ-A&names.anyOf=freezer%20a&schemaId="+schemas["Freezer"]+"&createdAt=%3E%202000-01-01", nil, 200)
	a.do("listLocations", "GET", "/locations?barcodes=NOPE", nil, 400)
	a.do("bulkGetLocations", "GET", "/locations:bulk-get?locationIds="+fz+"&barcodes=FRZ001", nil, 200)
	a.do("bulkGetLocations", "GET", "/locations:bulk-get?locationIds=loc_nope", nil, 400)

	// --- Boxes ---
	box := a.do("createBox", "POST", "/boxes", map[string]any{"schemaId": schemas["9x9 Box"], "parentStorageId": sh, "name": "Box 1"}, 201)
	bx := str(box, "id")
	if num := box["size"]; num != float64(81) || box["emptyPositions"] != float64(81) || str(box, "barcode") != "BOX001" {
		t.Errorf("new box: %v", box)
	}
	a.do("createBox", "POST", "/boxes", map[string]any{"schemaId": "boxsch_nope"}, 400)
	a.do("createBox", "POST", "/boxes", map[string]any{"schemaId": schemas["9x9 Box"], "parentStorageId": "loc_nope"}, 400)
	a.do("getBox", "GET", "/boxes/"+bx, nil, 200)
	a.do("updateBox", "PATCH", "/boxes/"+bx, map[string]any{"name": "Box 1 (minus 80)", "parentStorageId": fz}, 200)
	a.do("updateBox", "PATCH", "/boxes/box_nope", map[string]any{"name": "x"}, 404)

	// --- Containers ---
	tube := func(body map[string]any, want int) map[string]any {
		t.Helper()
		b := map[string]any{"schemaId": schemas["Tube"]}
		for k, v := range body {
			b[k] = v
		}
		return a.do("createContainer", "POST", "/containers", b, want)
	}
	c1 := tube(map[string]any{"name": "Stock", "parentStorageId": bx + ":a1", "barcode": "TUBE-1"}, 201)
	id1 := str(c1, "id")
	if str(c1, "parentStorageId") != bx+":A1" || at(c1, "parentStorageSchema", "id") != schemas["9x9 Box"] || at(c1, "checkoutRecord", "status") != "AVAILABLE" {
		t.Errorf("container in a box: %v", c1)
	}
	tube(map[string]any{"parentStorageId": bx + ":A1"}, 400) // taken
	tube(map[string]any{"parentStorageId": bx + ":J1"}, 400) // outside 9x9
	tube(map[string]any{"barcode": "tube-1"}, 400)           // barcode used
	c2 := tube(map[string]any{"name": "Aliquot", "parentStorageId": bx}, 201)
	id2 := str(c2, "id")
	if str(c2, "parentStorageId") != bx+":A2" {
		t.Errorf("auto position: %v", str(c2, "parentStorageId"))
	}
	a.do("!createContainer", "POST", "/containers", map[string]any{"name": "no schema"}, 400)
	a.do("getContainer", "GET", "/containers/"+id1, nil, 200)
	a.do("getContainer", "GET", "/containers/con_nope", nil, 404)
	// Fill the stock: 100 uL of a sequence at 10 ng/uL.
	a.do("transferIntoContainer", "POST", "/containers/"+id1+":transfer", map[string]any{
		"sourceEntityId": seqs[0], "transferQuantity": map[string]any{"value": 100, "units": "uL"},
		"destinationContents": []any{map[string]any{"entityId": seqs[0], "concentration": map[string]any{"value": 10, "units": "ng/uL"}}},
	}, 200)
	// Move 25 uL (0.025 mL) into the aliquot, then try to move too much.
	a.do("transferIntoContainer", "POST", "/containers/"+id2+":transfer", map[string]any{
		"sourceContainerId": id1, "transferQuantity": map[string]any{"value": 0.025, "units": "mL"}, "destinationContents": []any{},
	}, 200)
	a.do("transferIntoContainer", "POST", "/containers/"+id2+":transfer", map[string]any{
		"sourceContainerId": id1, "transferQuantity": map[string]any{"value": 80, "units": "uL"}, "destinationContents": []any{},
	}, 400)
	a.do("transferIntoContainer", "POST", "/containers/"+id2+":transfer", map[string]any{
		"sourceContainerId": id1, "transferQuantity": map[string]any{"value": 1, "units": "mg"}, "destinationContents": []any{},
	}, 400)
	stock := a.do("getContainer", "GET", "/containers/"+id1, nil, 200)
	aliquot := a.do("getContainer", "GET", "/containers/"+id2, nil, 200)
	if at(stock, "quantity", "value") != float64(75) || at(aliquot, "quantity", "value") != 0.025 || at(aliquot, "quantity", "units") != "mL" {
		t.Errorf("after the transfer: stock %v, aliquot %v", stock["quantity"], aliquot["quantity"])
	}
	if cts := list(aliquot, "contents"); len(cts) != 1 || at(cts[0].(map[string]any), "concentration", "value") != float64(10) {
		t.Errorf("aliquot contents: %v", cts)
	}
	a.do("listContainers", "GET", "/containers?pageSize=10&sort=barcode:desc&ancestorStorageId="+fz+"&storageContentsIds="+seqs[0]+"&checkoutStatus=AVAILABLE&restrictionStatus=UNRESTRICTED", nil, 200)
	a.do("listContainers", "GET", "/containers?barcodes=TUBE-1&names.anyOf=stock&schemaId="+schemas["Tube"]+"&returning=containers.id,containers.barcode", nil, 200)
	a.do("listContainers", "GET", "/containers?sampleOwnerIds.anyOf=ent_nope", nil, 400)
	a.do("listContainerContents", "GET", "/containers/"+id1+"/contents", nil, 200)
	a.do("listContainerContents", "GET", "/containers/con_nope/contents", nil, 404)
	a.do("getContainerContent", "GET", "/containers/"+id1+"/contents/"+seqs[0], nil, 200)
	a.do("getContainerContent", "GET", "/containers/"+id1+"/contents/seq_nope", nil, 404)
	a.do("updateContainerContent", "PATCH", "/containers/"+id1+"/contents/"+seqs[0], map[string]any{"concentration": map[string]any{"value": 12.5, "units": "ng/uL"}}, 200)
	a.do("updateContainerContent", "PATCH", "/containers/"+id1+"/contents/"+seqs[0], map[string]any{"concentration": map[string]any{"value": 12.5, "units": nil}}, 400)
	a.do("updateContainer", "PATCH", "/containers/"+id1, map[string]any{"name": "Stock v2", "quantity": map[string]any{"value": 70, "units": "uL"},
		"role": map[string]any{"primaryRole": "CONTROL", "group": 1, "subrole": nil}, "sampleOwnerIds": []string{srv.AdminUserID()}}, 200)
	a.do("!updateContainer", "PATCH", "/containers/"+id1, map[string]any{"quantity": map[string]any{"value": 1, "units": "parsecs"}}, 400)
	a.do("updateContainer", "PATCH", "/containers/con_nope", map[string]any{"name": "x"}, 404)
	a.doNoContent("deleteContainerContent", "DELETE", "/containers/"+id2+"/contents/"+seqs[0], http.StatusNoContent)
	a.doNoContent("deleteContainerContent", "DELETE", "/containers/"+id2+"/contents/"+seqs[0], http.StatusNotFound)
	bc := a.waitTask(a.do("bulkCreateContainers", "POST", "/containers:bulk-create", map[string]any{"containers": []any{
		map[string]any{"schemaId": schemas["Tube"], "name": "Bulk 1", "parentStorageId": bx + ":B1"},
		map[string]any{"schemaId": schemas["Tube"], "name": "Bulk 2", "parentStorageId": bx + ":B2", "barcode": "BULK-2"},
	}}, 202), "SUCCEEDED")
	bulk := list(bc["response"].(map[string]any), "containers")
	a.checkItems("Container", bulk)
	failed := a.waitTask(a.do("bulkCreateContainers", "POST", "/containers:bulk-create", map[string]any{"containers": []any{
		map[string]any{"schemaId": schemas["Tube"], "parentStorageId": bx + ":C1"},
		map[string]any{"schemaId": schemas["Tube"], "parentStorageId": bx + ":C1"},
	}}, 202), "FAILED")
	if e := list(failed, "errors"); len(e) != 1 || e[0].(map[string]any)["index"] != float64(1) {
		t.Errorf("two containers in one position: %v", failed)
	}
	bu := a.waitTask(a.do("bulkUpdateContainers", "POST", "/containers:bulk-update", map[string]any{"containers": []any{
		map[string]any{"containerId": ids(bulk)[0], "name": "Bulk 1b", "quantity": map[string]any{"value": 1, "units": "mL"}},
		map[string]any{"containerId": id1, "concentration": map[string]any{"value": 9, "units": "ng/uL"}},
	}}, 202), "SUCCEEDED")
	a.checkItems("Container", list(bu["response"].(map[string]any), "containers"))
	a.do("bulkGetContainers", "GET", "/containers:bulk-get?containerIds="+id1+","+id2+"&barcodes=BULK-2&returning=containers.id", nil, 200)
	a.do("bulkGetContainers", "GET", "/containers:bulk-get?barcodes=NOPE", nil, 400)
	ce, err := srv.Add("custom-entities", map[string]any{"name": "HEK293 lot 7"})
	if err != nil {
		t.Fatal(err)
	}
	flask := str(tube(map[string]any{"name": "Flask"}, 201), "id")
	a.do("transferIntoContainer", "POST", "/containers/"+flask+":transfer", map[string]any{
		"sourceEntityId": ce[0], "transferQuantity": map[string]any{"value": 2, "units": "(x10^6) cells"}, "destinationContents": []any{}}, 200)
	a.do("transferIntoContainer", "POST", "/containers/"+flask+":transfer", map[string]any{
		"sourceEntityId": ce[0], "transferQuantity": map[string]any{"value": 1, "units": "mL"}, "destinationContents": []any{}}, 400)
	cells := a.do("getContainer", "GET", "/containers/"+flask, nil, 200)
	if e := list(cells, "contents")[0].(map[string]any)["entity"].(map[string]any); e["entityType"] != "custom_entity" || at(cells, "quantity", "units") != "(x10^6) cells" {
		t.Errorf("cells in a tube: %v", cells)
	}
	tr := a.waitTask(a.do("transferIntoContainers", "POST", "/transfers", map[string]any{"transfers": []any{
		map[string]any{"destinationContainerId": ids(bulk)[1], "sourceContainerId": id1, "transferQuantity": map[string]any{"value": 10, "units": "uL"}},
		map[string]any{"destinationContainerId": ids(bulk)[1], "sourceEntityId": seqs[1], "transferQuantity": map[string]any{"value": 5, "units": "uL"},
			"sourceConcentration": map[string]any{"value": 3, "units": "uM"}},
	}}, 202), "SUCCEEDED")
	dests := list(tr["response"].(map[string]any), "destinationContainers")
	a.checkItems("Container", dests)
	if len(dests) != 1 || at(dests[0].(map[string]any), "quantity", "value") != float64(15) || len(list(dests[0].(map[string]any), "contents")) != 2 {
		t.Errorf("transfers: %v", dests)
	}
	a.waitTask(a.do("transferIntoContainers", "POST", "/transfers", map[string]any{"transfers": []any{
		map[string]any{"destinationContainerId": id2, "sourceContainerId": id1, "transferQuantity": map[string]any{"value": 1, "units": "uL"}},
		map[string]any{"destinationContainerId": id2, "sourceContainerId": id1, "transferQuantity": map[string]any{"value": 1, "units": "L"}},
	}}, 202), "FAILED")
	if q := at(a.do("getContainer", "GET", "/containers/"+id1, nil, 200), "quantity", "value"); q != float64(60) {
		t.Errorf("a failed transfers task changed the source: %v uL, want 60", q)
	}
	a.do("checkoutContainers", "POST", "/containers:check-out", map[string]any{"containerIds": []string{id1}, "assigneeId": srv.AdminUserID(), "comment": "PCR"}, 200)
	a.do("checkoutContainers", "POST", "/containers:check-out", map[string]any{"containerIds": []string{id1}, "assigneeId": "ent_nope"}, 400)
	if at(a.do("getContainer", "GET", "/containers/"+id1, nil, 200), "checkoutRecord", "status") != "CHECKED_OUT" {
		t.Error("not checked out")
	}
	a.do("listContainers", "GET", "/containers?checkoutAssigneeIds.anyOf="+srv.AdminUserID(), nil, 200)
	a.do("reserveContainers", "POST", "/containers:reserve", map[string]any{"containerIds": []string{id2}, "assigneeId": srv.AdminUserID()}, 200)
	a.do("checkinContainers", "POST", "/containers:check-in", map[string]any{"containerIds": []string{id1, id2}, "comments": "back"}, 200)
	a.do("checkinContainers", "POST", "/containers:check-in", map[string]any{"containerIds": []string{"con_nope"}}, 400)
	a.do("printLabels", "POST", "/containers:print-labels", map[string]any{"containerIds": []string{id1, id2}, "labelTemplateId": tmpl[0], "printerId": printer[0]}, 200)
	a.do("printLabels", "POST", "/containers:print-labels", map[string]any{"containerIds": []string{id1}, "labelTemplateId": "lbltmp_nope", "printerId": printer[0]}, 400)
	if jobs := srv.PrintJobs(); len(jobs) != 1 || !slices.Equal(jobs[0].ContainerIDs, []string{id1, id2}) || jobs[0].Barcodes[0] != "TUBE-1" {
		t.Errorf("print jobs: %+v", jobs)
	}
	// A restricted container the caller is not a party of: 403.
	secret := tube(map[string]any{"restrictionStatus": "RESTRICTED", "restrictedSamplePartyIds": []string{}}, 201)
	a.do("updateContainer", "PATCH", "/containers/"+str(secret, "id"), map[string]any{"name": "x"}, 403)
	a.do("checkoutContainers", "POST", "/containers:check-out", map[string]any{"containerIds": []string{str(secret, "id")}, "assigneeId": srv.AdminUserID()}, 403)
	a.do("archiveContainers", "POST", "/containers:archive", map[string]any{"containerIds": []string{id2}, "reason": "Expended", "shouldRemoveBarcodes": true}, 200)
	a.do("!archiveContainers", "POST", "/containers:archive", map[string]any{"containerIds": []string{id2}, "reason": "Lost"}, 400)
	a.do("unarchiveContainers", "POST", "/containers:unarchive", map[string]any{"containerIds": []string{id2}}, 200)
	a.do("listBoxContents", "GET", "/boxes/"+bx+"/contents?pageSize=2", nil, 200)
	bcs := a.do("listBoxContents", "GET", "/boxes/"+bx+"/contents?pageSize=3&returning=containers.id,containers.gridPosition", nil, 200)
	if tok := str(bcs, "nextToken"); tok != "" {
		a.do("listBoxContents", "GET", "/boxes/"+bx+"/contents?nextToken="+url.QueryEscape(tok), nil, 200)
	}
	a.do("listBoxContents", "GET", "/boxes/box_nope/contents", nil, 404)
	lb := a.do("listBoxes", "GET", "/boxes?emptyPositions.lt=81&storageContentsId="+seqs[0]+"&sort=name&pageSize=5", nil, 200)
	if len(list(lb, "boxes")) != 1 {
		t.Errorf("boxes holding the sequence: %v", lb)
	}
	a.do("listBoxes", "GET", "/boxes?emptyContainers.gte=0&barcodes=BOX001&ancestorStorageId="+fz, nil, 200)
	a.do("bulkGetBoxes", "GET", "/boxes:bulk-get?boxIds="+bx+"&barcodes=BOX001", nil, 200)

	// --- Plates ---
	plate := a.do("createPlate", "POST", "/plates", map[string]any{"schemaId": schemas["96-well Plate"], "parentStorageId": fz,
		"wells": map[string]any{"A1": map[string]any{"barcode": "W-A1"}}}, 201)
	pl := str(plate, "id")
	wells := plate["wells"].(map[string]any)
	if len(wells) != 96 || str(wells["A1"].(map[string]any), "barcode") != "W-A1" || str(plate, "type") != "well_plate" {
		t.Errorf("a new 96-well plate: %d wells, A1 %v", len(wells), wells["A1"])
	}
	a1 := str(wells["A1"].(map[string]any), "id")
	a.do("transferIntoContainer", "POST", "/containers/"+a1+":transfer", map[string]any{
		"sourceContainerId": id1, "transferQuantity": map[string]any{"value": 5, "units": "uL"}, "destinationContents": []any{}}, 200)
	tube(map[string]any{"parentStorageId": pl + ":B1"}, 400) // a well plate's wells are fixed
	mp := a.do("createPlate", "POST", "/plates", map[string]any{"schemaId": matrix[0], "parentStorageId": fz, "name": "Matrix"}, 201)
	if mp["type"] != "matrix_plate" || mp["totalCapacity"] != float64(24) || len(mp["wells"].(map[string]any)) != 0 {
		t.Errorf("a matrix plate: %v", mp)
	}
	tube(map[string]any{"parentStorageId": str(mp, "id") + ":D6"}, 201)
	a.do("createPlate", "POST", "/plates", map[string]any{"schemaId": "pltsch_nope"}, 400)
	a.do("getPlate", "GET", "/plates/"+pl, nil, 200)
	a.do("getPlate", "GET", "/plates/plt_nope", nil, 404)
	a.do("updatePlate", "PATCH", "/plates/"+pl, map[string]any{"name": "Assay plate"}, 200)
	a.do("updatePlate", "PATCH", "/plates/plt_nope", map[string]any{"name": "x"}, 404)
	a.do("listPlates", "GET", "/plates?pageSize=1&sort=createdAt:asc&storageContentsIds="+seqs[0]+"&returning=plates.id,plates.name", nil, 200)
	a.do("listPlates", "GET", "/plates?emptyPositions.gte=1&emptyContainers.lt=96&ancestorStorageId="+fz, nil, 200)
	a.do("bulkGetPlates", "GET", "/plates:bulk-get?plateIds="+pl+"&returning=plates.id", nil, 200)
	ap := a.do("archivePlates", "POST", "/plates:archive", map[string]any{"plateIds": []string{pl}, "reason": "Contaminated", "shouldRemoveBarcodes": false}, 200)
	if len(list(ap, "containerIds")) != 96 {
		t.Errorf("archiving the plate archived %d containers, want its 96 wells", len(list(ap, "containerIds")))
	}
	a.do("!archivePlates", "POST", "/plates:archive", map[string]any{"plateIds": []string{pl}, "reason": "Contaminated"}, 400)
	a.do("unarchivePlates", "POST", "/plates:unarchive", map[string]any{"plateIds": []string{pl}}, 200)

	// --- Archive cascades ---
	ab := a.do("archiveBoxes", "POST", "/boxes:archive", map[string]any{"boxIds": []string{bx}, "reason": "Retired"}, 200)
	if len(list(ab, "containerIds")) != 4 {
		t.Errorf("archiving the box: %v", ab)
	}
	a.do("unarchiveBoxes", "POST", "/boxes:unarchive", map[string]any{"boxIds": []string{bx}}, 200)
	al := a.do("archiveLocations", "POST", "/locations:archive", map[string]any{"locationIds": []string{fz}, "reason": "Retired"}, 200)
	if len(list(al, "locationIds")) != 2 || len(list(al, "boxIds")) != 1 || len(list(al, "plateIds")) != 2 {
		t.Errorf("archiving the freezer: %v", al)
	}
	a.do("!archiveLocations", "POST", "/locations:archive", map[string]any{"locationIds": []string{fz}, "reason": "Expired"}, 400)
	a.do("unarchiveLocations", "POST", "/locations:unarchive", map[string]any{"locationIds": []string{fz}}, 200)

	// --- Inventory, Label Templates, Printers ---
	vb := a.do("validateBarcodes", "POST", "/registries/"+reg+":validate-barcodes", map[string]any{"barcodes": []string{"TUBE-1", "NEW-1", "NEW-2", "NEW-2", ""}}, 200)
	var valid []bool
	for _, r := range list(vb, "validationResults") {
		valid = append(valid, r.(map[string]any)["isValid"].(bool))
	}
	if !slices.Equal(valid, []bool{false, true, false, false, false}) {
		t.Errorf("validateBarcodes: %v", vb)
	}
	a.do("validateBarcodes", "POST", "/registries/src_nope:validate-barcodes", map[string]any{"barcodes": []string{"X"}}, 404)
	lt := a.do("listLabelTemplates", "GET", "/registries/"+reg+"/label-templates?name=Tube%20label", nil, 200)
	if len(list(lt, "labelTemplates")) != 1 {
		t.Errorf("label templates: %v", lt)
	}
	a.do("listLabelTemplates", "GET", "/registries/src_nope/label-templates", nil, 404)
	lp := a.do("listPrinters", "GET", "/registries/"+reg+"/label-printers", nil, 200)
	if p := list(lp, "labelPrinters"); len(p) != 1 || str(p[0].(map[string]any), "registryId") != reg {
		t.Errorf("printers: %v", lp)
	}
	a.do("listPrinters", "GET", "/registries/src_nope/label-printers", nil, 404)

	// --- coverage ---
	tags := []string{"Containers", "Boxes", "Plates", "Locations", "Inventory", "Label Templates", "Printers"}
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
	if n != 44 || len(missing) > 0 {
		t.Errorf("%d operations in scope (want 44); not covered with a 2xx: %v", n, missing)
	}
}

// at returns the value at a path of nested objects.
func at(m map[string]any, path ...string) any {
	var v any = m
	for _, k := range path {
		mm, _ := v.(map[string]any)
		v = mm[k]
	}
	return v
}
