package benchlingtest_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// inventoryIDs are the IDs of items with an ID field.
func inventoryIDs[T any](items []*T, id func(*T) string) []string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = id(it)
	}
	return out
}

// TestLocationsBoxesE2E drives every Locations and Boxes method through
// the SDK: nested locations, a box in one, its contents by position, the
// list filters, and archive cascades that unarchive exactly what they
// archived.
func TestLocationsBoxesE2E(t *testing.T) {
	srv, c := e2eSetup(t, nil)
	ctx := e2eCtx(t)
	schemas := srv.SeedSchemas()

	freezer, resp, err := c.Locations.Create(ctx, &benchling.LocationCreate{Name: "Freezer A", SchemaID: schemas["Freezer"], Barcode: benchling.Ptr("FRZ-A")})
	if err != nil || resp.StatusCode != 201 {
		t.Fatalf("Create: %v", err)
	}
	shelf, _, err := c.Locations.Create(ctx, &benchling.LocationCreate{Name: "Shelf 1", SchemaID: schemas["Freezer"], ParentStorageID: &freezer.ID})
	if err != nil {
		t.Fatal(err)
	}
	if shelf.Barcode != "FRZ001" || *shelf.ParentStorageID != freezer.ID || shelf.Schema.Name != "Freezer" || shelf.TotalCapacity != nil {
		t.Errorf("shelf: %+v", shelf)
	}
	if _, _, err := c.Locations.Update(ctx, freezer.ID, &benchling.LocationUpdate{ParentStorageID: &shelf.ID}); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("moving a location inside itself: %v, want ErrBadRequest", err)
	}
	if got, _, err := c.Locations.Update(ctx, shelf.ID, &benchling.LocationUpdate{Name: benchling.Ptr("Top shelf")}); err != nil || got.Name != "Top shelf" {
		t.Errorf("Update: %v, %v", got, err)
	}
	if got, _, err := c.Locations.Get(ctx, shelf.ID); err != nil || got.Name != "Top shelf" {
		t.Errorf("Get after Update: %v, %v", got, err)
	}
	_, _, err = c.Locations.Get(ctx, "loc_nope")
	e2eWantNotFound(t, err, "loc_nope")
	inFreezer, _, err := c.Locations.List(ctx, &benchling.LocationListOptions{InventoryListFilters: benchling.InventoryListFilters{AncestorStorageID: freezer.ID}})
	if err != nil || len(inFreezer) != 1 || inFreezer[0].ID != shelf.ID {
		t.Errorf("List in the freezer: %v, %v", inFreezer, err)
	}
	byBarcode := e2eCollect(t, c.Locations.All(ctx, &benchling.LocationListOptions{InventoryListFilters: benchling.InventoryListFilters{Sort: benchling.InventorySortBarcodeAsc}, ListOptions: benchling.ListOptions{PageSize: 1}}))
	if diff := cmp.Diff([]string{"FRZ-A", "FRZ001"}, inventoryIDs(byBarcode, func(l *benchling.Location) string { return l.Barcode })); diff != "" {
		t.Errorf("All by barcode (-want +got):\n%s", diff)
	}
	pages := 0
	for _, err := range c.Locations.Pages(ctx, &benchling.LocationListOptions{ListOptions: benchling.ListOptions{PageSize: 1}}) {
		if err != nil {
			t.Fatal(err)
		}
		pages++
	}
	if got, _, err := c.Locations.BulkGet(ctx, []string{freezer.ID}, &benchling.LocationBulkGetOptions{Barcodes: []string{"frz001"}}); err != nil || len(got) != 2 || pages != 2 {
		t.Errorf("BulkGet: %v, %v; %d pages", got, err, pages)
	}

	box, _, err := c.Boxes.Create(ctx, &benchling.BoxCreate{SchemaID: schemas["9x9 Box"], ParentStorageID: &shelf.ID})
	if err != nil {
		t.Fatal(err)
	}
	if box.Size != 81 || box.EmptyPositions != 81 || *box.Barcode != "BOX001" || box.Name != "BOX001" {
		t.Errorf("new box: %+v", box)
	}
	if _, _, err := c.Boxes.Create(ctx, &benchling.BoxCreate{SchemaID: "boxsch_nope"}); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("a box of an unknown schema: %v", err)
	}
	tube := func(pos string) *benchling.Container {
		t.Helper()
		ct, _, err := c.Containers.Create(ctx, &benchling.ContainerCreate{SchemaID: schemas["Tube"], ContainerWriteBase: benchling.ContainerWriteBase{ParentStorageID: benchling.Ptr(benchling.InPosition(box.ID, pos))}})
		if err != nil {
			t.Fatalf("a tube at %s: %v", pos, err)
		}
		return ct
	}
	tubes := []*benchling.Container{tube("B2"), tube("A1"), tube("I9")}
	for _, pos := range []string{"A1", "a1", "J1", "A10"} {
		_, _, err := c.Containers.Create(ctx, &benchling.ContainerCreate{SchemaID: schemas["Tube"], ContainerWriteBase: benchling.ContainerWriteBase{ParentStorageID: benchling.Ptr(benchling.InPosition(box.ID, pos))}})
		if !errors.Is(err, benchling.ErrBadRequest) {
			t.Errorf("a tube at %s (taken, or outside the 9 x 9 box): %v, want ErrBadRequest", pos, err)
		}
	}
	if moved, _, err := c.Containers.Update(ctx, tubes[0].ID, &benchling.ContainerUpdate{ContainerWriteBase: benchling.ContainerWriteBase{ParentStorageID: benchling.Ptr(box.ID + ":A1")}}); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("moving a tube onto another: %v, %v", moved, err)
	}
	box, _, err = c.Boxes.Get(ctx, box.ID)
	if err != nil || box.FilledPositions != 3 || box.EmptyPositions != 78 || box.EmptyContainers != 3 {
		t.Errorf("box with three tubes: %+v, %v", box, err)
	}
	contents, resp, err := c.Boxes.ListContents(ctx, box.ID, &benchling.ContainerWithCoordinatesListOptions{ListOptions: benchling.ListOptions{PageSize: 2}})
	if err != nil || resp.NextToken == "" {
		t.Fatalf("ListContents: %v", err)
	}
	all := e2eCollect(t, c.Boxes.AllContents(ctx, box.ID, &benchling.ContainerWithCoordinatesListOptions{ListOptions: benchling.ListOptions{PageSize: 2}}))
	var positions []string
	for _, ct := range all {
		positions = append(positions, ct.GridPosition)
	}
	if diff := cmp.Diff([]string{"A1", "B2", "I9"}, positions); diff != "" || all[0].ID != tubes[1].ID || all[0].GridNumber != 1 || all[2].GridNumber != 81 || len(contents) != 2 {
		t.Errorf("contents by position (-want +got):\n%s%v", diff, all[0])
	}
	n := 0
	for p, err := range c.Boxes.PagesContents(ctx, box.ID, &benchling.ContainerWithCoordinatesListOptions{ListOptions: benchling.ListOptions{PageSize: 2}}) {
		if err != nil {
			t.Fatal(err)
		}
		n += len(p.Items)
	}
	if n != 3 {
		t.Errorf("PagesContents: %d containers", n)
	}
	if got, _, err := c.Boxes.Update(ctx, box.ID, &benchling.BoxUpdate{Name: benchling.Ptr("Minus 80 box"), ParentStorageID: &freezer.ID}); err != nil || *got.ParentStorageID != freezer.ID {
		t.Errorf("Update: %v, %v", got, err)
	}
	lists := map[string]*benchling.BoxListOptions{
		"fewer than 80 free":   {StorageCountFilters: benchling.StorageCountFilters{EmptyPositionsLt: benchling.Ptr(80)}},
		"exactly 78 free":      {StorageCountFilters: benchling.StorageCountFilters{EmptyPositions: benchling.Ptr(78)}},
		"3 empty tubes":        {StorageCountFilters: benchling.StorageCountFilters{EmptyContainersGte: benchling.Ptr(3)}},
		"in the freezer":       {InventoryListFilters: benchling.InventoryListFilters{AncestorStorageID: freezer.ID}},
		"by barcode, sorted":   {InventoryListFilters: benchling.InventoryListFilters{Barcodes: []string{"BOX001"}, Sort: benchling.InventorySortBarcodeDesc}},
		"of the schema, named": {InventoryListFilters: benchling.InventoryListFilters{SchemaID: schemas["9x9 Box"], NamesAnyOf: []string{"minus 80 box"}}},
	}
	for name, o := range lists {
		got, _, err := c.Boxes.List(ctx, o)
		if err != nil || len(got) != 1 || got[0].ID != box.ID {
			t.Errorf("List %s: %v, %v", name, got, err)
		}
	}
	if got, _, err := c.Boxes.List(ctx, &benchling.BoxListOptions{StorageCountFilters: benchling.StorageCountFilters{EmptyPositionsGt: benchling.Ptr(78)}}); err != nil || len(got) != 0 {
		t.Errorf("List more than 78 free: %v, %v", got, err)
	}
	if got := e2eCollect(t, c.Boxes.All(ctx, nil)); len(got) != 1 {
		t.Errorf("All: %v", got)
	}
	for _, err := range c.Boxes.Pages(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
	}
	if got, _, err := c.Boxes.BulkGet(ctx, nil, &benchling.BoxBulkGetOptions{Barcodes: []string{"BOX001"}}); err != nil || len(got) != 1 {
		t.Errorf("BulkGet by barcode: %v, %v", got, err)
	}

	// Archiving the freezer archives the shelf, the box and its tubes;
	// one tube archived before stays archived when the freezer comes back.
	if _, _, err := c.Containers.Archive(ctx, &benchling.ContainersArchive{ContainerIDs: []string{tubes[2].ID}, InventoryArchiveBase: benchling.InventoryArchiveBase{Reason: benchling.EntityArchiveReasonExpended}}); err != nil {
		t.Fatal(err)
	}
	ch, _, err := c.Locations.Archive(ctx, &benchling.LocationsArchive{LocationIDs: []string{freezer.ID}, InventoryArchiveBase: benchling.InventoryArchiveBase{Reason: benchling.EntityArchiveReasonRetired}})
	if err != nil {
		t.Fatal(err)
	}
	want := &benchling.LocationsArchivalChange{LocationIDs: []string{freezer.ID, shelf.ID}, BoxIDs: []string{box.ID}, ContainerIDs: []string{tubes[0].ID, tubes[1].ID}}
	if diff := cmp.Diff(want, ch, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("Archive (-want +got):\n%s", diff)
	}
	if got, _, _ := c.Boxes.Get(ctx, box.ID); got.ArchiveRecord == nil || got.ArchiveRecord.Reason != "Retired" {
		t.Errorf("the box is not archived: %+v", got.ArchiveRecord)
	}
	if ch, _, err = c.Locations.Unarchive(ctx, []string{freezer.ID}); err != nil || len(ch.ContainerIDs) != 2 {
		t.Errorf("Unarchive: %+v, %v", ch, err)
	}
	if got, _, _ := c.Containers.Get(ctx, tubes[2].ID, nil); got.ArchiveRecord == nil {
		t.Error("the tube archived on its own was unarchived with the freezer")
	}
	bch, _, err := c.Boxes.Archive(ctx, &benchling.BoxesArchive{BoxIDs: []string{box.ID}, InventoryArchiveBase: benchling.InventoryArchiveBase{Reason: benchling.EntityArchiveReasonMissing, ShouldRemoveBarcodes: benchling.Ptr(true)}})
	if err != nil || len(bch.ContainerIDs) != 2 {
		t.Fatalf("Boxes.Archive: %+v, %v", bch, err)
	}
	if got, _, _ := c.Boxes.Get(ctx, box.ID); got.Barcode != nil {
		t.Errorf("the barcode was not removed: %v", *got.Barcode)
	}
	if bch, _, err = c.Boxes.Unarchive(ctx, []string{box.ID}); err != nil || len(bch.BoxIDs) != 1 || len(bch.ContainerIDs) != 2 {
		t.Errorf("Boxes.Unarchive: %+v, %v", bch, err)
	}
}

// TestPlatesE2E drives every Plates method: a well plate comes with its
// wells, a matrix plate takes tubes, and archiving a plate archives them.
func TestPlatesE2E(t *testing.T) {
	srv, c := e2eSetup(t, nil)
	ctx := e2eCtx(t)
	schemas := srv.SeedSchemas()
	matrix, err := srv.Add("plate-schemas", &benchling.PlateSchema{Schema: benchling.Schema{Name: "Matrix 24"}, PlateType: "matrix_24", Height: 4, Width: 6})
	if err != nil {
		t.Fatal(err)
	}
	plate, _, err := c.Plates.Create(ctx, &benchling.PlateCreate{SchemaID: schemas["96-well Plate"], Name: benchling.Ptr("Assay 1"),
		Wells: map[string]benchling.PlateCreateWell{"H12": {Barcode: benchling.Ptr("W-H12")}}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if plate.Type != benchling.PlateTypeWellPlate || len(plate.Wells) != 96 || plate.TotalCapacity != nil {
		t.Fatalf("a 96-well plate: %s, %d wells", plate.Type, len(plate.Wells))
	}
	schema, _, err := c.Schemas.GetPlateSchema(ctx, schemas["96-well Plate"])
	if err != nil {
		t.Fatal(err)
	}
	for _, pos := range schema.Positions() {
		w := plate.Wells.Well(pos)
		if w == nil || *w.ParentStorageID != plate.ID+":"+pos || w.ParentStorageSchema.ID != schema.ID || w.RestrictionStatus != benchling.SampleRestrictionStatusNotApplicable {
			t.Fatalf("well %s: %+v", pos, w)
		}
	}
	if h12 := plate.Wells.Well("H12"); h12.Barcode != "W-H12" || h12.Name != "W-H12" {
		t.Errorf("H12: %s %s", h12.Barcode, h12.Name)
	}
	if _, _, err := c.Containers.Create(ctx, &benchling.ContainerCreate{SchemaID: schemas["Tube"], ContainerWriteBase: benchling.ContainerWriteBase{ParentStorageID: benchling.Ptr(plate.ID + ":A1")}}); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("a tube into a well: %v, want ErrBadRequest", err)
	}
	mp, _, err := c.Plates.Create(ctx, &benchling.PlateCreate{SchemaID: matrix[0]}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := c.Containers.Create(ctx, &benchling.ContainerCreate{SchemaID: schemas["Tube"], ContainerWriteBase: benchling.ContainerWriteBase{ParentStorageID: benchling.Ptr(mp.ID + ":B3")}}); err != nil {
		t.Fatal(err)
	}
	mp, _, err = c.Plates.Get(ctx, mp.ID, nil)
	if err != nil || mp.Type != benchling.PlateTypeMatrixPlate || *mp.TotalCapacity != 24 || *mp.OccupiedCapacity != 1 || *mp.AvailableCapacity != 23 || mp.Wells.Well("B3") == nil {
		t.Fatalf("matrix plate with a tube: %+v, %v", mp, err)
	}
	if got, _, err := c.Plates.Update(ctx, plate.ID, &benchling.PlateUpdate{Name: benchling.Ptr("Assay 1b")}, nil); err != nil || got.Name != "Assay 1b" {
		t.Errorf("Update: %v", err)
	}
	_, _, err = c.Plates.Get(ctx, "plt_nope", nil)
	e2eWantNotFound(t, err, "plt_nope")
	if got, _, err := c.Plates.List(ctx, &benchling.PlateListOptions{StorageCountFilters: benchling.StorageCountFilters{EmptyPositionsGte: benchling.Ptr(1)}}); err != nil || len(got) != 1 || got[0].ID != mp.ID {
		t.Errorf("List with free positions: %v, %v", got, err)
	}
	if got, _, err := c.Plates.List(ctx, &benchling.PlateListOptions{StorageCountFilters: benchling.StorageCountFilters{EmptyContainers: benchling.Ptr(96)}, Returning: []string{"plates.id", "plates.name"}}); err != nil || len(got) != 1 || got[0].Name != "Assay 1b" || got[0].Wells != nil {
		t.Errorf("List of empty 96-well plates, id and name only: %+v, %v", got, err)
	}
	if got := e2eCollect(t, c.Plates.All(ctx, &benchling.PlateListOptions{ListOptions: benchling.ListOptions{PageSize: 1}})); len(got) != 2 {
		t.Errorf("All: %d", len(got))
	}
	for _, err := range c.Plates.Pages(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
	}
	if got, _, err := c.Plates.BulkGet(ctx, []string{plate.ID, mp.ID}, nil); err != nil || len(got) != 2 {
		t.Errorf("BulkGet: %v, %v", got, err)
	}
	ch, _, err := c.Plates.Archive(ctx, &benchling.PlatesArchive{PlateIDs: []string{plate.ID}, Reason: benchling.EntityArchiveReasonContaminated})
	if err != nil || len(ch.PlateIDs) != 1 || len(ch.ContainerIDs) != 96 {
		t.Fatalf("Archive: %d plates, %d containers, %v", len(ch.PlateIDs), len(ch.ContainerIDs), err)
	}
	if got, _, _ := c.Plates.Get(ctx, plate.ID, nil); got.Wells.Well("A1").ArchiveRecord == nil {
		t.Error("the wells are not archived")
	}
	if ch, _, err = c.Plates.Unarchive(ctx, []string{plate.ID}); err != nil || len(ch.ContainerIDs) != 96 {
		t.Errorf("Unarchive: %v", err)
	}
}

// TestContainersE2E drives every Containers method, and the Inventory,
// Label Templates and Printers services: contents and concentrations,
// transfers that move quantity, bulk writes, check-out, labels, barcodes
// and restricted samples.
func TestContainersE2E(t *testing.T) {
	srv, c := e2eSetup(t, nil)
	ctx := e2eCtx(t)
	schemas := srv.SeedSchemas()
	seqs := srv.SeedDnaSequences(2)
	tmpl, _ := srv.Add("label-templates", map[string]any{"name": "Tube label", "zplTemplate": "^XA^FD{{barcode}}^FS^XZ"})
	printer, _ := srv.Add("label-printers", map[string]any{"name": "Bench printer", "address": "10.0.0.7"})
	team, _, err := c.Teams.Create(ctx, &benchling.TeamCreate{Name: benchling.Ptr("Cloning"), OrganizationID: benchling.Ptr(mustOrg(t, srv))})
	if err != nil {
		t.Fatal(err)
	}

	stock, _, err := c.Containers.Create(ctx, &benchling.ContainerCreate{SchemaID: schemas["Tube"], ContainerWriteBase: benchling.ContainerWriteBase{
		Name:           benchling.Ptr("Stock"),
		SampleOwnerIDs: []string{team.ID},
	}, Barcode: benchling.Ptr("TUBE-1"),
	})
	if err != nil {
		t.Fatal(err)
	}
	if owner, ok := stock.SampleOwners[0].(*benchling.TeamSummary); !ok || owner.ID != team.ID || stock.CheckoutRecord.Status != benchling.CheckoutRecordStatusAvailable {
		t.Errorf("new container: %#v, %+v", stock.SampleOwners, stock.CheckoutRecord)
	}
	if _, _, err := c.Containers.Create(ctx, &benchling.ContainerCreate{SchemaID: schemas["Tube"], Barcode: benchling.Ptr("tube-1")}); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("a used barcode: %v", err)
	}
	res, _, err := c.Inventory.ValidateBarcodes(ctx, srv.RegistryID(), []string{"TUBE-1", "TUBE-2", "TUBE-2"})
	if err != nil || len(res) != 3 || res[0].IsValid || res[0].Message == nil || res[1].IsValid || res[2].IsValid {
		t.Errorf("ValidateBarcodes: %+v, %v", res, err)
	}
	if res, _, _ := c.Inventory.ValidateBarcodes(ctx, srv.RegistryID(), []string{"TUBE-2"}); !res[0].IsValid {
		t.Errorf("a free barcode: %+v", res[0])
	}

	// 100 uL at 10 ng/uL, then 25 uL of it into an aliquot.
	if _, err := c.Containers.Transfer(ctx, stock.ID, &benchling.ContainerTransfer{ContainerTransferBase: benchling.ContainerTransferBase{
		SourceEntityID:   &seqs[0],
		TransferQuantity: benchling.Ptr(benchling.QuantityOf(100, benchling.ContainerQuantityUnitsUL)),
	},
		DestinationContents: []benchling.ContainerTransferDestinationContentsItem{{EntityID: seqs[0], Concentration: benchling.Ptr(benchling.MeasurementOf(10, "ng/uL"))}},
	}); err != nil {
		t.Fatal(err)
	}
	aliquot, _, err := c.Containers.Create(ctx, &benchling.ContainerCreate{SchemaID: schemas["Tube"], ContainerWriteBase: benchling.ContainerWriteBase{Name: benchling.Ptr("Aliquot")}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Containers.Transfer(ctx, aliquot.ID, &benchling.ContainerTransfer{ContainerTransferBase: benchling.ContainerTransferBase{
		SourceContainerID: &stock.ID,
		TransferQuantity:  benchling.Ptr(benchling.QuantityOf(25, benchling.ContainerQuantityUnitsUL)),
	}}); err != nil {
		t.Fatal(err)
	}
	_, err = c.Containers.Transfer(ctx, aliquot.ID, &benchling.ContainerTransfer{ContainerTransferBase: benchling.ContainerTransferBase{
		SourceContainerID: &stock.ID,
		TransferQuantity:  benchling.Ptr(benchling.QuantityOf(0.1, benchling.ContainerQuantityUnitsML)),
	}})
	if !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("transferring more than the stock holds: %v, want ErrBadRequest", err)
	}
	stock, _, _ = c.Containers.Get(ctx, stock.ID, nil)
	aliquot, _, _ = c.Containers.Get(ctx, aliquot.ID, nil)
	if stock.Quantity.String() != "75 uL" || aliquot.Quantity.String() != "25 uL" {
		t.Errorf("quantities: stock %s, aliquot %s", stock.Quantity, aliquot.Quantity)
	}
	contents, _, err := c.Containers.ListContents(ctx, aliquot.ID)
	if err != nil || len(contents) != 1 || contents[0].ContainableID() != seqs[0] || contents[0].Concentration.String() != "10 ng/uL" {
		t.Fatalf("aliquot contents: %+v, %v", contents, err)
	}
	if seq, ok := contents[0].Entity.(*benchling.DnaSequenceWithEntityType); !ok || seq.ID != seqs[0] || seq.Bases == "" {
		t.Errorf("the content's entity: %#v", contents[0].Entity)
	}
	content, _, err := c.Containers.UpdateContent(ctx, aliquot.ID, seqs[0], &benchling.ContainerContentUpdate{Concentration: benchling.MeasurementOf(5, "ng/uL")})
	if err != nil || content.Concentration.String() != "5 ng/uL" {
		t.Errorf("UpdateContent: %v, %v", content, err)
	}
	if got, _, err := c.Containers.GetContent(ctx, aliquot.ID, seqs[0]); err != nil || got.Concentration.String() != "5 ng/uL" {
		t.Errorf("GetContent: %v, %v", got, err)
	}
	_, _, err = c.Containers.GetContent(ctx, aliquot.ID, seqs[1])
	e2eWantNotFound(t, err, seqs[1])
	if _, err := c.Containers.DeleteContent(ctx, aliquot.ID, seqs[0]); err != nil {
		t.Fatal(err)
	}
	if got, _, _ := c.Containers.ListContents(ctx, aliquot.ID); len(got) != 0 {
		t.Errorf("contents after DeleteContent: %v", got)
	}

	// Bulk: two tubes, then transfers into them in one task.
	made, err := c.Containers.CreateMany(ctx, []*benchling.ContainerCreate{
		{SchemaID: schemas["Tube"], ContainerWriteBase: benchling.ContainerWriteBase{Name: benchling.Ptr("Bulk 1")}}, {SchemaID: schemas["Tube"], ContainerWriteBase: benchling.ContainerWriteBase{Name: benchling.Ptr("Bulk 2")}},
	}, nil)
	if err != nil || len(made) != 2 || made[1].Value.Name != "Bulk 2" {
		t.Fatalf("CreateMany: %v", err)
	}
	link, _, err := c.Containers.BulkCreate(ctx, []*benchling.ContainerCreate{{SchemaID: schemas["Tube"], ContainerWriteBase: benchling.ContainerWriteBase{Name: benchling.Ptr("Bulk 3")}}})
	if err != nil {
		t.Fatal(err)
	}
	if r, err := link.Wait(ctx); err != nil || r.Containers[0].Name != "Bulk 3" {
		t.Errorf("BulkCreate: %v", err)
	}
	tl, _, err := c.Containers.CreateTransfers(ctx, []*benchling.MultipleContainersTransfer{
		{DestinationContainerID: made[0].Value.ID, ContainerTransferBase: benchling.ContainerTransferBase{SourceContainerID: &stock.ID, TransferQuantity: benchling.Ptr(benchling.QuantityOf(10, benchling.ContainerQuantityUnitsUL))}},
		{DestinationContainerID: made[1].Value.ID, ContainerTransferBase: benchling.ContainerTransferBase{
			SourceEntityID:   &seqs[1],
			TransferQuantity: benchling.Ptr(benchling.QuantityOf(1, benchling.ContainerQuantityUnitsML)),
		},
			SourceConcentration: benchling.Ptr(benchling.MeasurementOf(2, "uM"))},
	})
	if err != nil {
		t.Fatal(err)
	}
	tr, err := tl.Wait(ctx)
	if err != nil || len(tr.DestinationContainers) != 2 || tr.DestinationContainers[0].Quantity.String() != "10 uL" || tr.DestinationContainers[1].Contents[0].Concentration.String() != "2 uM" {
		t.Fatalf("CreateTransfers: %+v, %v", tr, err)
	}
	upd, err := c.Containers.UpdateMany(ctx, []*benchling.ContainerBulkUpdateItem{
		{ContainerID: made[0].Value.ID, Concentration: benchling.Ptr(benchling.MeasurementOf(8, "ng/uL"))},
		{ContainerID: made[1].Value.ID, Quantity: benchling.Ptr(benchling.QuantityOf(0.5, benchling.ContainerQuantityUnitsML))},
	}, nil)
	if err != nil || upd[0].Value.Contents[0].Concentration.String() != "8 ng/uL" || upd[1].Value.Quantity.String() != "0.5 mL" {
		t.Fatalf("UpdateMany: %v", err)
	}
	ul, _, err := c.Containers.BulkUpdate(ctx, []*benchling.ContainerBulkUpdateItem{{ContainerID: aliquot.ID, ContainerWriteBase: benchling.ContainerWriteBase{Name: benchling.Ptr("Aliquot 1")}}})
	if err != nil {
		t.Fatal(err)
	}
	if r, err := ul.Wait(ctx); err != nil || r.Containers[0].Name != "Aliquot 1" {
		t.Errorf("BulkUpdate: %v", err)
	}
	got, _, err := c.Containers.BulkGet(ctx, []string{made[0].Value.ID}, &benchling.ContainerBulkGetOptions{Barcodes: []string{"TUBE-1"}})
	if err != nil || len(got) != 2 {
		t.Errorf("BulkGet: %v, %v", got, err)
	}
	holding, _, err := c.Containers.List(ctx, &benchling.ContainerListOptions{StorageContentsIDs: []string{seqs[0]}, InventoryListFilters: benchling.InventoryListFilters{Sort: benchling.InventorySortNameAsc}})
	if diff := cmp.Diff([]string{"Bulk 1", "Stock"}, inventoryIDs(holding, func(c *benchling.Container) string { return c.Name })); err != nil || diff != "" {
		t.Errorf("containers holding the sequence (-want +got):\n%s%v", diff, err)
	}

	// Check-out, reservation, check-in.
	if _, err := c.Containers.CheckOut(ctx, &benchling.ContainersCheckout{ContainerIDs: []string{stock.ID}, AssigneeID: team.ID, Comment: benchling.Ptr("PCR")}); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Containers.Reserve(ctx, &benchling.ContainersCheckout{ContainerIDs: []string{aliquot.ID}, AssigneeID: srv.AdminUserID()}); err != nil {
		t.Fatal(err)
	}
	stock, _, _ = c.Containers.Get(ctx, stock.ID, nil)
	if a, ok := stock.CheckoutRecord.Assignee.(*benchling.TeamSummary); !ok || a.ID != team.ID || stock.CheckoutRecord.Status != benchling.CheckoutRecordStatusCheckedOut || stock.CheckoutRecord.Comment != "PCR" {
		t.Errorf("checked out: %+v", stock.CheckoutRecord)
	}
	out := e2eCollect(t, c.Containers.All(ctx, &benchling.ContainerListOptions{CheckoutStatus: benchling.CheckoutRecordStatusReserved}))
	if len(out) != 1 || out[0].ID != aliquot.ID {
		t.Errorf("reserved: %v", out)
	}
	if _, err := c.Containers.CheckIn(ctx, &benchling.ContainersCheckin{ContainerIDs: []string{stock.ID, aliquot.ID}, Comments: benchling.Ptr("done")}); err != nil {
		t.Fatal(err)
	}
	if got, _, _ := c.Containers.Get(ctx, aliquot.ID, nil); got.CheckoutRecord.Status != benchling.CheckoutRecordStatusAvailable || got.CheckoutRecord.Assignee != nil {
		t.Errorf("checked in: %+v", got.CheckoutRecord)
	}
	for _, err := range c.Containers.Pages(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
	}

	// Labels.
	templates, _, err := c.LabelTemplates.List(ctx, srv.RegistryID(), &benchling.LabelTemplateListOptions{Name: "Tube label"})
	if err != nil || len(templates) != 1 || templates[0].ID != tmpl[0] {
		t.Fatalf("LabelTemplates.List: %v, %v", templates, err)
	}
	printers, _, err := c.Printers.List(ctx, srv.RegistryID(), nil)
	if err != nil || len(printers) != 1 || printers[0].ID != printer[0] || printers[0].RegistryID != srv.RegistryID() {
		t.Fatalf("Printers.List: %v, %v", printers, err)
	}
	if _, err := c.Containers.PrintLabels(ctx, &benchling.PrintLabels{ContainerIDs: []string{stock.ID}, LabelTemplateID: templates[0].ID, PrinterID: printers[0].ID}); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]benchlingtest.PrintJob{{PrinterID: printer[0], LabelTemplateID: tmpl[0], ContainerIDs: []string{stock.ID}, Barcodes: []string{"TUBE-1"}}}, srv.PrintJobs()); diff != "" {
		t.Errorf("print jobs (-want +got):\n%s", diff)
	}
	_, _, err = c.Printers.List(ctx, "src_nope", nil)
	e2eWantNotFound(t, err, "src_nope")

	// Update, archive, and a restricted container.
	upd1, _, err := c.Containers.Update(ctx, stock.ID, &benchling.ContainerUpdate{ProjectID: benchling.NullableOf(srv.ProjectID()),
		Role: benchling.NullableOf(benchling.ExperimentalWellRole{PrimaryRole: benchling.ExperimentalWellRolePrimaryRoleControl, Group: benchling.Ptr(2)})})
	if err != nil || *upd1.ProjectID != srv.ProjectID() || upd1.Role.PrimaryRole != benchling.ExperimentalWellRolePrimaryRoleControl {
		t.Fatalf("Update: %+v, %v", upd1, err)
	}
	if upd1, _, err = c.Containers.Update(ctx, stock.ID, &benchling.ContainerUpdate{ProjectID: benchling.Null[string](), Role: benchling.Null[benchling.ExperimentalWellRole]()}); err != nil || upd1.ProjectID != nil || upd1.Role != nil {
		t.Errorf("clearing the project and role: %+v, %v", upd1, err)
	}
	secret, _, err := c.Containers.Create(ctx, &benchling.ContainerCreate{SchemaID: schemas["Tube"], ContainerWriteBase: benchling.ContainerWriteBase{
		RestrictionStatus:        benchling.SampleRestrictionStatusRestricted,
		RestrictedSamplePartyIDs: []string{team.ID},
	}})
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = c.Containers.Update(ctx, secret.ID, &benchling.ContainerUpdate{ContainerWriteBase: benchling.ContainerWriteBase{Name: benchling.Ptr("x")}})
	var apiErr *benchling.Error
	if !errors.Is(err, benchling.ErrForbidden) || !errors.As(err, &apiErr) || !slices.Equal(apiErr.InvalidIDs, []string{secret.ID}) {
		t.Errorf("updating a restricted container: %v, want a 403 naming it", err)
	}
	if err := srv.AddMembership(team.ID, srv.AdminUserID(), "MEMBER"); err != nil {
		t.Fatal(err)
	}
	if _, _, err := c.Containers.Update(ctx, secret.ID, &benchling.ContainerUpdate{ContainerWriteBase: benchling.ContainerWriteBase{Name: benchling.Ptr("Team sample")}}); err != nil {
		t.Errorf("a member of the team may use it: %v", err)
	}
	ach, _, err := c.Containers.Archive(ctx, &benchling.ContainersArchive{ContainerIDs: []string{aliquot.ID}, InventoryArchiveBase: benchling.InventoryArchiveBase{Reason: benchling.EntityArchiveReasonExpended, ShouldRemoveBarcodes: benchling.Ptr(true)}})
	if err != nil || !slices.Equal(ach.ContainerIDs, []string{aliquot.ID}) {
		t.Fatalf("Archive: %v, %v", ach, err)
	}
	if got, _, _ := c.Containers.List(ctx, &benchling.ContainerListOptions{InventoryListFilters: benchling.InventoryListFilters{IDs: []string{aliquot.ID}}}); len(got) != 0 {
		t.Error("an archived container is listed")
	}
	if ach, _, err = c.Containers.Unarchive(ctx, []string{aliquot.ID}); err != nil || len(ach.ContainerIDs) != 1 {
		t.Errorf("Unarchive: %v", err)
	}
	if got, _, _ := c.Containers.Get(ctx, aliquot.ID, nil); got.ArchiveRecord != nil || got.Barcode != nil {
		t.Errorf("unarchived, its barcode removed: %+v, %v", got.ArchiveRecord, got.Barcode)
	}
}

// mustOrg adds an organization for a team.
func mustOrg(t *testing.T, srv *benchlingtest.Server) string {
	t.Helper()
	ids, err := srv.Add("organizations", &benchling.Organization{Name: "Lab"})
	if err != nil {
		t.Fatal(err)
	}
	return ids[0]
}

// TestInventoryAdd seeds the inventory with Add: a well plate gets its
// wells, a container its place, and the derived counts follow.
func TestInventoryAdd(t *testing.T) {
	srv, c := e2eSetup(t, nil)
	ctx := e2eCtx(t)
	schemas := srv.SeedSchemas()
	plates, err := srv.Add("plates", map[string]any{"name": "Seeded plate", "schema": map[string]any{"id": schemas["96-well Plate"], "name": "96-well Plate"}})
	if err != nil {
		t.Fatal(err)
	}
	boxes, err := srv.Add("boxes", &benchling.Box{InventoryItemBase: benchling.InventoryItemBase{Name: "Seeded box", Schema: &benchling.SchemaSummary{ID: schemas["9x9 Box"]}}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := srv.Add("containers", &benchling.Container{InventoryItemBase: benchling.InventoryItemBase{Name: "Seeded tube", ParentStorageID: benchling.Ptr(boxes[0] + ":E5")}}); err != nil {
		t.Fatal(err)
	}
	plate, _, err := c.Plates.Get(ctx, plates[0], nil)
	if err != nil || len(plate.Wells) != 96 {
		t.Fatalf("a seeded well plate: %d wells, %v", len(plate.Wells), err)
	}
	box, _, err := c.Boxes.Get(ctx, boxes[0])
	if err != nil || box.FilledPositions != 1 || box.Size != 81 {
		t.Fatalf("a seeded box: %+v, %v", box, err)
	}
	in := e2eCollect(t, c.Boxes.AllContents(ctx, boxes[0], nil))
	if len(in) != 1 || in[0].GridPosition != "E5" || in[0].GridNumber != 41 {
		t.Errorf("the seeded tube: %+v", in)
	}
}
