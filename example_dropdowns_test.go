package benchling_test

import (
	"context"
	"fmt"
	"log"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
)

// ExampleDropdownsService_ByName finds a dropdown by name and the option
// to set a dropdown field to.
func ExampleDropdownsService_ByName() {
	srv, err := benchlingtest.Start()
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	srv.SeedSchemas() // with a "Resistance Marker" dropdown
	client, err := srv.Client()
	if err != nil {
		log.Fatal(err)
	}

	dd, err := client.Dropdowns.ByName(context.Background(), "Resistance Marker")
	if err != nil {
		log.Fatal(err)
	}
	kan := dd.Option("Kanamycin")
	fields := benchling.Fields{"Resistance": {Value: benchling.StringValue(kan.ID)}}
	v, _ := fields["Resistance"].Value.AsString()
	fmt.Println(len(dd.Options), "options;", kan.Name, v == kan.ID)
	// Output:
	// 3 options; Kanamycin true
}

// ExampleDropdownsService_Update creates a dropdown, renames an option and
// adds one, then archives an option.
func ExampleDropdownsService_Update() {
	srv, err := benchlingtest.Start()
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	client, err := srv.Client()
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	dd, _, err := client.Dropdowns.Create(ctx, &benchling.DropdownCreate{Name: "Resistance",
		Options: []benchling.DropdownOptionCreate{{Name: "Ampicillin"}, {Name: "Kanamycin"}}})
	if err != nil {
		log.Fatal(err)
	}

	dd, _, err = client.Dropdowns.Update(ctx, dd.ID, []benchling.DropdownOptionUpdate{
		{ID: &dd.Options[0].ID, Name: "Ampicillin (100 ug/mL)"}, // renamed
		{Name: "Chloramphenicol"},                               // new
	})
	if err != nil {
		log.Fatal(err)
	}
	for _, o := range dd.Options {
		fmt.Println(o.Name)
	}
	change, _, err := client.Dropdowns.ArchiveOptions(ctx, dd.ID, &benchling.DropdownOptionsArchive{
		DropdownOptionIDs: []string{dd.Option("Kanamycin").ID},
		Reason:            benchling.EntityArchiveReasonRetired,
	})
	if err != nil {
		log.Fatal(err)
	}
	dd, _, _ = client.Dropdowns.Get(ctx, dd.ID)
	fmt.Println("archived", len(change.DropdownOptionIDs), "option; Kanamycin can be chosen:", dd.Option("Kanamycin") != nil)
	// Output:
	// Ampicillin (100 ug/mL)
	// Kanamycin
	// Chloramphenicol
	// archived 1 option; Kanamycin can be chosen: false
}
