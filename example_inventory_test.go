package benchling_test

import (
	"context"
	"fmt"
	"log"
	"strings"

	"github.com/benchling-go/benchling"
)

// ExampleLocationsService_Archive builds a freezer with a shelf and a box
// of tubes, and archives the freezer: everything in it is archived with
// it, and unarchiving brings it all back.
func ExampleLocationsService_Archive() {
	srv, client, schemas, _ := startLab()
	defer srv.Close()
	ctx := context.Background()
	freezer, _, err := client.Locations.Create(ctx, &benchling.LocationCreate{Name: "Freezer -80", SchemaID: schemas["Freezer"]})
	if err != nil {
		log.Fatal(err)
	}
	shelf, _, _ := client.Locations.Create(ctx, &benchling.LocationCreate{Name: "Shelf 1", SchemaID: schemas["Freezer"], ParentStorageID: &freezer.ID})
	box, _, _ := client.Boxes.Create(ctx, &benchling.BoxCreate{SchemaID: schemas["9x9 Box"], ParentStorageID: &shelf.ID})
	client.Containers.Create(ctx, &benchling.ContainerCreate{SchemaID: schemas["Tube"], ContainerWriteBase: benchling.ContainerWriteBase{ParentStorageID: &box.ID}})

	change, _, err := client.Locations.Archive(ctx, &benchling.LocationsArchive{LocationIDs: []string{freezer.ID}, InventoryArchiveBase: benchling.InventoryArchiveBase{Reason: benchling.EntityArchiveReasonRetired}})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("archived", len(change.LocationIDs), "locations,", len(change.BoxIDs), "box,", len(change.ContainerIDs), "tube")
	change, _, _ = client.Locations.Unarchive(ctx, []string{freezer.ID})
	fmt.Println("unarchived", len(change.LocationIDs), "locations,", len(change.BoxIDs), "box,", len(change.ContainerIDs), "tube")
	// Output:
	// archived 2 locations, 1 box, 1 tube
	// unarchived 2 locations, 1 box, 1 tube
}

// ExampleBoxesService_ListContents fills a few positions of a box and
// lists its contents, which come in position order with their grid
// coordinates.
func ExampleBoxesService_ListContents() {
	srv, client, schemas, _ := startLab()
	defer srv.Close()
	ctx := context.Background()
	box, _, _ := client.Boxes.Create(ctx, &benchling.BoxCreate{SchemaID: schemas["9x9 Box"], Name: benchling.Ptr("Primers")})
	for _, pos := range []string{"C3", "A1", "I9"} {
		client.Containers.Create(ctx, &benchling.ContainerCreate{SchemaID: schemas["Tube"], ContainerWriteBase: benchling.ContainerWriteBase{
			Name:            benchling.Ptr("Primer " + pos),
			ParentStorageID: benchling.Ptr(benchling.InPosition(box.ID, pos)),
		}})
	}
	for c, err := range client.Boxes.AllContents(ctx, box.ID, nil) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(c.GridPosition, c.GridNumber, c.Name)
	}
	box, _, _ = client.Boxes.Get(ctx, box.ID)
	fmt.Println(box.EmptyPositions, "free positions")
	// Output:
	// A1 1 Primer A1
	// C3 21 Primer C3
	// I9 81 Primer I9
	// 78 free positions
}

// ExamplePlatesService_Create creates a 96-well plate, names its wells
// from its schema's dimensions, and reads one well by name.
func ExamplePlatesService_Create() {
	srv, client, schemas, _ := startLab()
	defer srv.Close()
	ctx := context.Background()
	schema, err := client.Schemas.PlateSchemaByName(ctx, "96-well Plate")
	if err != nil {
		log.Fatal(err)
	}
	plate, _, err := client.Plates.Create(ctx, &benchling.PlateCreate{
		SchemaID: schemas["96-well Plate"],
		Wells:    map[string]benchling.PlateCreateWell{"H12": {Barcode: benchling.Ptr("CTRL-1")}},
	}, nil)
	if err != nil {
		log.Fatal(err)
	}
	positions := schema.Positions()
	fmt.Println(plate.Type, len(plate.Wells), "wells,", positions[0], "to", positions[len(positions)-1])
	h12 := plate.Wells.Well("H12")
	fmt.Println(h12.Barcode, *h12.ParentStorageID == plate.ID+":H12")
	// Output:
	// well_plate 96 wells, A1 to H12
	// CTRL-1 true
}

// ExampleWellPositions names the wells of a 384-well plate and parses a
// well name back into its row and column.
func ExampleWellPositions() {
	wells := benchling.WellPositions(16, 24)
	fmt.Println(len(wells), wells[0], wells[23], wells[24], wells[383])
	row, col, err := benchling.ParseWellPosition("P24")
	fmt.Println(row, col, err, benchling.WellPosition(row, col))
	// Output:
	// 384 A1 A24 B1 P24
	// 15 23 <nil> P24
}

// ExampleInventoryService_ValidateBarcodes checks barcodes before
// creating containers: one is in use, one is given twice, one is free.
func ExampleInventoryService_ValidateBarcodes() {
	srv, client, schemas, _ := startLab()
	defer srv.Close()
	ctx := context.Background()
	tube, _, _ := client.Containers.Create(ctx, &benchling.ContainerCreate{SchemaID: schemas["Tube"], Barcode: benchling.Ptr("TUBE-1")})
	results, _, err := client.Inventory.ValidateBarcodes(ctx, srv.RegistryID(), []string{"TUBE-1", "TUBE-2", "TUBE-3", "TUBE-3"})
	if err != nil {
		log.Fatal(err)
	}
	for _, r := range results {
		if r.IsValid {
			fmt.Println(r.Barcode, "is free")
			continue
		}
		fmt.Println(r.Barcode, "is not:", strings.ReplaceAll(*r.Message, tube.ID, "the tube"))
	}
	// Output:
	// TUBE-1 is not: Barcode TUBE-1 is already used by the tube.
	// TUBE-2 is free
	// TUBE-3 is not: Barcode TUBE-3 appears more than once in the request.
	// TUBE-3 is not: Barcode TUBE-3 appears more than once in the request.
}

// ExamplePrintersService_List finds a registry's label template and
// printer, and prints a label for a tube.
func ExamplePrintersService_List() {
	srv, client, schemas, _ := startLab()
	defer srv.Close()
	ctx := context.Background()
	// The API cannot create templates and printers: the fake's test adds
	// them.
	srv.Add("label-templates", &benchling.LabelTemplate{Name: "Tube label", ZplTemplate: "^XA^FD{{barcode}}^FS^XZ"})
	srv.Add("label-printers", &benchling.Printer{Name: "Bench printer", Address: "10.0.0.7"})
	tube, _, _ := client.Containers.Create(ctx, &benchling.ContainerCreate{SchemaID: schemas["Tube"], Barcode: benchling.Ptr("TUBE-7")})

	templates, _, err := client.LabelTemplates.List(ctx, srv.RegistryID(), &benchling.LabelTemplateListOptions{Name: "Tube label"})
	if err != nil {
		log.Fatal(err)
	}
	printers, _, err := client.Printers.List(ctx, srv.RegistryID(), nil)
	if err != nil {
		log.Fatal(err)
	}
	_, err = client.Containers.PrintLabels(ctx, &benchling.PrintLabels{
		ContainerIDs: []string{tube.ID}, LabelTemplateID: templates[0].ID, PrinterID: printers[0].ID,
	})
	fmt.Println(printers[0].Name, err)
	fmt.Println(srv.PrintJobs()[0].Barcodes)
	// Output:
	// Bench printer <nil>
	// [TUBE-7]
}

// ExampleLabelTemplatesService_List finds a registry's label template by
// name, the one a label printing request names.
func ExampleLabelTemplatesService_List() {
	srv, client, _, _ := startLab()
	defer srv.Close()
	ctx := context.Background()
	// The API cannot create templates: the fake's test adds them.
	srv.Add("label-templates", &benchling.LabelTemplate{Name: "Tube label", ZplTemplate: "^XA^FD{{barcode}}^FS^XZ"})
	srv.Add("label-templates", &benchling.LabelTemplate{Name: "Plate label", ZplTemplate: "^XA^FD{{name}}^FS^XZ"})

	templates, _, err := client.LabelTemplates.List(ctx, srv.RegistryID(), &benchling.LabelTemplateListOptions{Name: "Plate label"})
	if err != nil {
		log.Fatal(err)
	}
	for _, t := range templates {
		fmt.Println(t.Name, strings.HasPrefix(t.ID, "lbltmp_"), t.ZplTemplate)
	}
	// Output:
	// Plate label true ^XA^FD{{name}}^FS^XZ
}
