package benchling_test

import (
	"context"
	"fmt"
	"log"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
)

// ExampleSchemasService_EntitySchemaByName finds an entity schema by name
// and reads its field definitions, each decoded into the struct of its
// kind. The fake tenant's schema is defined the way a test defines a
// tenant's schemas: a Plasmid schema with a dropdown, a link and an
// integer field.
func ExampleSchemasService_EntitySchemaByName() {
	srv, err := benchlingtest.Start()
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	dd, _ := srv.Add("dropdowns", &benchling.Dropdown{Name: "Resistance",
		Options: []benchling.DropdownOption{{Name: "Ampicillin"}, {Name: "Kanamycin"}}})
	backbone, _ := srv.Add("entity-schemas", &benchling.EntitySchema{Schema: benchling.Schema{Name: "Backbone", Type: benchling.SchemaTypeDnaSequence}})
	_, err = srv.Add("entity-schemas", &benchling.EntitySchema{
		Schema: benchling.Schema{Name: "Plasmid", Type: benchling.SchemaTypeDnaSequence, FieldDefinitions: benchling.SchemaFieldDefinitions{
			&benchling.DropdownFieldDefinition{
				FieldDefinition: benchling.FieldDefinition{Name: "Resistance", Type: benchling.FieldTypeDropdown, IsRequired: true},
				DropdownID:      &dd[0]},
			&benchling.SchemaLinkFieldDefinition{
				FieldDefinition: benchling.FieldDefinition{Name: "Backbone", Type: benchling.FieldTypeEntityLink},
				SchemaID:        &backbone[0]},
			&benchling.IntegerFieldDefinition{
				FieldDefinition: benchling.FieldDefinition{Name: "Copy Number", Type: benchling.FieldTypeInteger},
				NumericMin:      benchling.Ptr(1.0), NumericMax: benchling.Ptr(500.0)},
		}},
		Prefix: "PLS",
	})
	if err != nil {
		log.Fatal(err)
	}
	client, err := srv.Client()
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()

	schema, err := client.Schemas.EntitySchemaByName(ctx, "Plasmid")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(schema.Name, schema.Type, schema.Prefix)
	for _, f := range schema.FieldDefinitions {
		d := f.Definition()
		switch f := f.(type) {
		case *benchling.DropdownFieldDefinition:
			dropdown, _, err := client.Dropdowns.Get(ctx, *f.DropdownID)
			if err != nil {
				log.Fatal(err)
			}
			fmt.Printf("%s: dropdown %s with %d options, required %v\n", d.Name, dropdown.Name, len(dropdown.Options), d.IsRequired)
		case *benchling.SchemaLinkFieldDefinition:
			target, _, err := client.Schemas.GetEntitySchema(ctx, *f.SchemaID)
			if err != nil {
				log.Fatal(err)
			}
			fmt.Printf("%s: %s to %s\n", d.Name, d.Type, target.Name)
		case *benchling.IntegerFieldDefinition:
			fmt.Printf("%s: integer from %v to %v\n", d.Name, *f.NumericMin, *f.NumericMax)
		default:
			fmt.Printf("%s: %s\n", d.Name, d.Type)
		}
	}
	// Output:
	// Plasmid dna_sequence PLS
	// Resistance: dropdown Resistance with 2 options, required true
	// Backbone: entity_link to Backbone
	// Copy Number: integer from 1 to 500
}

// ExampleSchemaFieldDefinitions_Field looks up one field of a schema by
// name, here in the schemas SeedSchemas gives a fake tenant.
func ExampleSchemaFieldDefinitions_Field() {
	srv, err := benchlingtest.Start()
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	srv.SeedSchemas()
	client, err := srv.Client()
	if err != nil {
		log.Fatal(err)
	}

	schema, err := client.Schemas.AssayResultSchemaByName(context.Background(), "Plate Reader Result")
	if err != nil {
		log.Fatal(err)
	}
	od, ok := schema.FieldDefinitions.Field("OD600").(*benchling.FloatFieldDefinition)
	fmt.Println(ok, od.Name, *od.DecimalPrecision, od.IsRequired, schema.SystemName)
	fmt.Println(schema.FieldDefinitions.Field("OD700") == nil)
	// Output:
	// true OD600 3 true plate_reader_result
	// true
}
