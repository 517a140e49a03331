package benchlingtest_test

import (
	"testing"

	"github.com/benchling-go/benchling"
)

// TestSmallLab is an inventory test to copy for your own: it builds a
// small lab on the fake tenant (a freezer, a box of tubes, a 96-well
// plate), moves samples around through the SDK, and checks that what the
// SDK reports is what the inventory holds. Everything runs on a loopback
// server; the schemas come from SeedSchemas ("Freezer", "9x9 Box",
// "96-well Plate", "Tube"), the plasmid from SeedDnaSequences.
func TestSmallLab(t *testing.T) {
	srv, c := e2eSetup(t, nil)
	ctx := e2eCtx(t)
	schemas := srv.SeedSchemas()
	plasmid := srv.SeedDnaSequences(1)[0]
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}

	// The lab: a freezer holding a box and a 96-well plate.
	freezer, _, err := c.Locations.Create(ctx, &benchling.LocationCreate{Name: "Freezer -80", SchemaID: schemas["Freezer"]})
	must(err)
	box, _, err := c.Boxes.Create(ctx, &benchling.BoxCreate{SchemaID: schemas["9x9 Box"], Name: benchling.Ptr("Plasmid stocks"), ParentStorageID: &freezer.ID})
	must(err)
	plate, _, err := c.Plates.Create(ctx, &benchling.PlateCreate{SchemaID: schemas["96-well Plate"], Name: benchling.Ptr("Transfection plate"), ParentStorageID: &freezer.ID}, nil)
	must(err)

	// Three tubes in the box's first row, made in one bulk request.
	var tubes []*benchling.ContainerCreate
	for _, pos := range []string{"A1", "A2", "A3"} {
		tubes = append(tubes, &benchling.ContainerCreate{SchemaID: schemas["Tube"], ContainerWriteBase: benchling.ContainerWriteBase{
			Name:            benchling.Ptr("Stock " + pos),
			ParentStorageID: benchling.Ptr(benchling.InPosition(box.ID, pos)),
		}})
	}
	made, err := c.Containers.CreateMany(ctx, tubes, nil)
	must(err)
	stock := made[0].Value

	// 200 µL of the plasmid at 50 ng/µL into the first tube.
	_, err = c.Containers.Transfer(ctx, stock.ID, &benchling.ContainerTransfer{
		ContainerTransferBase: benchling.ContainerTransferBase{
			SourceEntityID:   &plasmid,
			TransferQuantity: benchling.Ptr(benchling.QuantityOf(200, benchling.ContainerQuantityUnitsUL)),
		},
		DestinationContents: []benchling.ContainerTransferDestinationContentsItem{
			{EntityID: plasmid, Concentration: benchling.Ptr(benchling.MeasurementOf(50, "ng/uL"))},
		},
	})
	must(err)

	// 10 µL into each well of the plate's first row, in one task.
	var moves []*benchling.MultipleContainersTransfer
	for col := range 12 {
		well := plate.Wells.Well(benchling.WellPosition(0, col))
		moves = append(moves, &benchling.MultipleContainersTransfer{DestinationContainerID: well.ID, ContainerTransferBase: benchling.ContainerTransferBase{
			SourceContainerID: &stock.ID,
			TransferQuantity:  benchling.Ptr(benchling.QuantityOf(10, benchling.ContainerQuantityUnitsUL)),
		}})
	}
	link, _, err := c.Containers.CreateTransfers(ctx, moves)
	must(err)
	done, err := link.Wait(ctx)
	must(err)
	if len(done.DestinationContainers) != 12 {
		t.Fatalf("%d destinations, want 12", len(done.DestinationContainers))
	}

	// The stock gave 120 µL; each well holds 10 µL at the stock's
	// concentration.
	stock, _, err = c.Containers.Get(ctx, stock.ID, nil)
	must(err)
	if got := stock.Quantity.String(); got != "80 uL" {
		t.Errorf("stock: %s, want 80 uL", got)
	}
	plate, _, err = c.Plates.Get(ctx, plate.ID, nil)
	must(err)
	for col := range 12 {
		w := plate.Wells.Well(benchling.WellPosition(0, col))
		if w.Quantity.String() != "10 uL" || len(w.Contents) != 1 || w.Contents[0].Concentration.String() != "50 ng/uL" {
			t.Errorf("well %s: %s, %d contents", benchling.WellPosition(0, col), w.Quantity, len(w.Contents))
		}
	}

	// A 1:2 dilution: 5 µL of A1 into B1, made up to 10 µL.
	a1, b1 := plate.Wells.Well("A1"), plate.Wells.Well("B1")
	_, err = c.Containers.Transfer(ctx, b1.ID, &benchling.ContainerTransfer{ContainerTransferBase: benchling.ContainerTransferBase{
		SourceContainerID: &a1.ID,
		TransferQuantity:  benchling.Ptr(benchling.QuantityOf(5, benchling.ContainerQuantityUnitsUL)),
	},
		DestinationQuantity: benchling.Ptr(benchling.QuantityOf(10, benchling.ContainerQuantityUnitsUL))})
	must(err)
	contents, _, err := c.Containers.ListContents(ctx, b1.ID)
	must(err)
	if len(contents) != 1 || contents[0].Concentration.String() != "25 ng/uL" {
		t.Errorf("B1 after the dilution: %+v", contents)
	}

	// Moving more than a well holds is Benchling's 400, and changes
	// nothing.
	_, err = c.Containers.Transfer(ctx, b1.ID, &benchling.ContainerTransfer{ContainerTransferBase: benchling.ContainerTransferBase{
		SourceContainerID: &a1.ID,
		TransferQuantity:  benchling.Ptr(benchling.QuantityOf(1, benchling.ContainerQuantityUnitsML)),
	}})
	if err == nil {
		t.Fatal("transferring 1 mL out of a 5 µL well succeeded")
	}
	if got, _, _ := c.Containers.Get(ctx, a1.ID, nil); got.Quantity.String() != "5 uL" {
		t.Errorf("A1 after the failed transfer: %s", got.Quantity)
	}

	// What the freezer holds, by the list filters: 3 tubes and 96 wells.
	in := 0
	for _, err := range c.Containers.All(ctx, &benchling.ContainerListOptions{InventoryListFilters: benchling.InventoryListFilters{AncestorStorageID: freezer.ID}}) {
		must(err)
		in++
	}
	box, _, err = c.Boxes.Get(ctx, box.ID)
	must(err)
	if in != 99 || box.FilledPositions != 3 || box.EmptyContainers != 2 {
		t.Errorf("the freezer holds %d containers; the box %d tubes, %d empty", in, box.FilledPositions, box.EmptyContainers)
	}

	// Check the stock out, then archive the box: its tubes go with it.
	_, err = c.Containers.CheckOut(ctx, &benchling.ContainersCheckout{ContainerIDs: []string{stock.ID}, AssigneeID: srv.AdminUserID(), Comment: benchling.Ptr("to the bench")})
	must(err)
	change, _, err := c.Boxes.Archive(ctx, &benchling.BoxesArchive{BoxIDs: []string{box.ID}, InventoryArchiveBase: benchling.InventoryArchiveBase{Reason: benchling.EntityArchiveReasonExpended}})
	must(err)
	if len(change.ContainerIDs) != 3 {
		t.Errorf("archiving the box archived %d tubes", len(change.ContainerIDs))
	}
	stock, _, err = c.Containers.Get(ctx, stock.ID, nil)
	must(err)
	if stock.ArchiveRecord == nil || stock.CheckoutRecord.Status != benchling.CheckoutRecordStatusCheckedOut {
		t.Errorf("stock after archiving the box: %+v, %s", stock.ArchiveRecord, stock.CheckoutRecord.Status)
	}
}
