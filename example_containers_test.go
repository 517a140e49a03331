package benchling_test

import (
	"context"
	"errors"
	"fmt"
	"log"
	"strings"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
)

// startLab starts a fake tenant with the inventory schemas of
// SeedSchemas ("Freezer", "9x9 Box", "96-well Plate", "Tube") and one DNA
// sequence, and a client for it.
func startLab() (*benchlingtest.Server, *benchling.Client, map[string]string, string) {
	srv, err := benchlingtest.Start()
	if err != nil {
		log.Fatal(err)
	}
	client, err := srv.Client()
	if err != nil {
		log.Fatal(err)
	}
	return srv, client, srv.SeedSchemas(), srv.SeedDnaSequences(1)[0]
}

// ExampleContainersService_Transfer fills a tube with a plasmid, moves
// some of it into a second tube, and shows that a source cannot give more
// than it holds: quantities carry their units, and the tenant converts
// between them.
func ExampleContainersService_Transfer() {
	srv, client, schemas, plasmid := startLab()
	defer srv.Close()
	ctx := context.Background()
	stock, _, err := client.Containers.Create(ctx, &benchling.ContainerCreate{SchemaID: schemas["Tube"], ContainerWriteBase: benchling.ContainerWriteBase{Name: benchling.Ptr("Stock")}})
	if err != nil {
		log.Fatal(err)
	}
	aliquot, _, _ := client.Containers.Create(ctx, &benchling.ContainerCreate{SchemaID: schemas["Tube"], ContainerWriteBase: benchling.ContainerWriteBase{Name: benchling.Ptr("Aliquot")}})

	// 0.2 mL of the plasmid at 50 ng/µL into the stock.
	_, err = client.Containers.Transfer(ctx, stock.ID, &benchling.ContainerTransfer{
		ContainerTransferBase: benchling.ContainerTransferBase{
			SourceEntityID:   &plasmid,
			TransferQuantity: benchling.Ptr(benchling.QuantityOf(0.2, benchling.ContainerQuantityUnitsML)),
		},
		DestinationContents: []benchling.ContainerTransferDestinationContentsItem{
			{EntityID: plasmid, Concentration: benchling.Ptr(benchling.MeasurementOf(50, "ng/uL"))},
		},
	})
	if err != nil {
		log.Fatal(err)
	}
	// 50 µL of the stock into the aliquot.
	_, err = client.Containers.Transfer(ctx, aliquot.ID, &benchling.ContainerTransfer{
		ContainerTransferBase: benchling.ContainerTransferBase{
			SourceContainerID: &stock.ID,
			TransferQuantity:  benchling.Ptr(benchling.QuantityOf(50, benchling.ContainerQuantityUnitsUL)),
		},
	})
	if err != nil {
		log.Fatal(err)
	}
	stock, _, _ = client.Containers.Get(ctx, stock.ID, nil)
	contents, _, _ := client.Containers.ListContents(ctx, aliquot.ID)
	fmt.Println("stock:", stock.Quantity)
	fmt.Println("aliquot holds", contents[0].ContainableID() == plasmid, "at", contents[0].Concentration)

	// 1 mL is more than the stock holds.
	_, err = client.Containers.Transfer(ctx, aliquot.ID, &benchling.ContainerTransfer{
		ContainerTransferBase: benchling.ContainerTransferBase{
			SourceContainerID: &stock.ID,
			TransferQuantity:  benchling.Ptr(benchling.QuantityOf(1, benchling.ContainerQuantityUnitsML)),
		},
	})
	fmt.Println(errors.Is(err, benchling.ErrBadRequest))
	// Output:
	// stock: 0.15 mL
	// aliquot holds true at 50 ng/uL
	// true
}

// ExampleContainersService_CreateTransfers plates a stock into the first
// row of a 96-well plate in one asynchronous request, and reads the wells
// back by name.
func ExampleContainersService_CreateTransfers() {
	srv, client, schemas, plasmid := startLab()
	defer srv.Close()
	ctx := context.Background()
	stock, _, _ := client.Containers.Create(ctx, &benchling.ContainerCreate{SchemaID: schemas["Tube"]})
	client.Containers.Transfer(ctx, stock.ID, &benchling.ContainerTransfer{
		ContainerTransferBase: benchling.ContainerTransferBase{
			SourceEntityID:   &plasmid,
			TransferQuantity: benchling.Ptr(benchling.QuantityOf(500, benchling.ContainerQuantityUnitsUL)),
		},
	})
	plate, _, err := client.Plates.Create(ctx, &benchling.PlateCreate{SchemaID: schemas["96-well Plate"]}, nil)
	if err != nil {
		log.Fatal(err)
	}
	var transfers []*benchling.MultipleContainersTransfer
	for col := range 12 {
		transfers = append(transfers, &benchling.MultipleContainersTransfer{
			DestinationContainerID: plate.Wells.Well(benchling.WellPosition(0, col)).ID,
			ContainerTransferBase: benchling.ContainerTransferBase{
				SourceContainerID: &stock.ID,
				TransferQuantity:  benchling.Ptr(benchling.QuantityOf(20, benchling.ContainerQuantityUnitsUL)),
			},
		})
	}
	link, _, err := client.Containers.CreateTransfers(ctx, transfers)
	if err != nil {
		log.Fatal(err)
	}
	done, err := link.Wait(ctx)
	if err != nil {
		log.Fatal(err)
	}
	plate, _, _ = client.Plates.Get(ctx, plate.ID, nil)
	stock, _, _ = client.Containers.Get(ctx, stock.ID, nil)
	fmt.Println(len(done.DestinationContainers), "wells filled; A12 holds", plate.Wells.Well("A12").Quantity, "and B1", plate.Wells.Well("B1").Quantity.String() == "")
	fmt.Println("the stock has", stock.Quantity, "left")
	// Output:
	// 12 wells filled; A12 holds 20 uL and B1 true
	// the stock has 260 uL left
}

// ExampleContainersService_CheckOut checks a tube out to a user, finds it
// among the checked-out containers, and checks it back in.
func ExampleContainersService_CheckOut() {
	srv, client, schemas, _ := startLab()
	defer srv.Close()
	ctx := context.Background()
	tube, _, _ := client.Containers.Create(ctx, &benchling.ContainerCreate{SchemaID: schemas["Tube"], Barcode: benchling.Ptr("TUBE-42")})
	_, err := client.Containers.CheckOut(ctx, &benchling.ContainersCheckout{
		ContainerIDs: []string{tube.ID}, AssigneeID: srv.AdminUserID(), Comment: benchling.Ptr("PCR"),
	})
	if err != nil {
		log.Fatal(err)
	}
	out, _, _ := client.Containers.List(ctx, &benchling.ContainerListOptions{
		CheckoutStatus: benchling.CheckoutRecordStatusCheckedOut,
	})
	rec := out[0].CheckoutRecord
	user := rec.Assignee.(*benchling.UserSummary)
	fmt.Println(*out[0].Barcode, rec.Status, "to", user.Handle, "for", rec.Comment)
	client.Containers.CheckIn(ctx, &benchling.ContainersCheckin{ContainerIDs: []string{tube.ID}})
	tube, _, _ = client.Containers.Get(ctx, tube.ID, nil)
	fmt.Println(tube.CheckoutRecord.Status, tube.CheckoutRecord.Assignee == nil)
	// Output:
	// TUBE-42 CHECKED_OUT to testadmin for PCR
	// AVAILABLE true
}

// ExampleContainersService_CreateMany creates a rack of tubes in the
// positions of a box, in one call whatever their number.
func ExampleContainersService_CreateMany() {
	srv, client, schemas, _ := startLab()
	defer srv.Close()
	ctx := context.Background()
	box, _, _ := client.Boxes.Create(ctx, &benchling.BoxCreate{SchemaID: schemas["9x9 Box"]})
	var items []*benchling.ContainerCreate
	for _, pos := range []string{"A1", "A2", "B1"} {
		items = append(items, &benchling.ContainerCreate{SchemaID: schemas["Tube"], ContainerWriteBase: benchling.ContainerWriteBase{ParentStorageID: benchling.Ptr(benchling.InPosition(box.ID, pos))}})
	}
	results, err := client.Containers.CreateMany(ctx, items, nil)
	if err != nil {
		log.Fatal(err)
	}
	for _, r := range results {
		_, pos, _ := strings.Cut(*r.Value.ParentStorageID, ":")
		fmt.Println(*r.Value.Barcode, "at", pos)
	}
	box, _, _ = client.Boxes.Get(ctx, box.ID)
	fmt.Println(box.FilledPositions, "of", box.Size, "positions filled")
	// Output:
	// TUB001 at A1
	// TUB002 at A2
	// TUB003 at B1
	// 3 of 81 positions filled
}
