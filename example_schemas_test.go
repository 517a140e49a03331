package benchling_test

import (
	"context"
	"fmt"
	"log"
	"net/http"
	"net/http/httptest"

	"github.com/benchling-go/benchling"
)

// plasmidSchemas is a page of entity schemas: a Plasmid schema with a
// dropdown, a link and an integer field, and an archived schema of the
// same name.
const plasmidSchemas = `{"entitySchemas":[
  {"id":"ts_n4l12nf0","name":"Plasmid","type":"dna_sequence","prefix":"PLS",
   "registryId":"src_ae40j3TZ","containableType":"BATCH",
   "modifiedAt":"2024-03-01T10:00:00.000000+00:00",
   "fieldDefinitions":[
     {"id":"tsf_HXUnClU9","name":"Resistance","type":"dropdown","isMulti":false,"isRequired":true,"dropdownId":"sfso_9Oi3Ja5m"},
     {"id":"tsf_a7dG2K1p","name":"Backbone","type":"entity_link","isMulti":false,"isRequired":false,"schemaId":"ts_k2Hx9Vb1"},
     {"id":"tsf_Qm3Lp0Z8","name":"Copy Number","type":"integer","isMulti":false,"isRequired":false,"numericMin":1,"numericMax":500},
     {"id":"tsf_8sKd01Lq","name":"Notes","type":"long_text","isMulti":false,"isRequired":false}]},
  {"id":"ts_0ldPl4sm","name":"Plasmid","type":"dna_sequence","archiveRecord":{"reason":"Retired"},"fieldDefinitions":[]}],
 "nextToken":""}`

// ExampleSchemasService_EntitySchemaByName finds an entity schema by name
// and reads its field definitions, each decoded into the struct of its
// kind. The archived schema of the same name is skipped.
func ExampleSchemasService_EntitySchemaByName() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, plasmidSchemas)
	}))
	defer srv.Close()
	client, err := benchling.NewClient(srv.URL, benchling.WithAPIKey("key"))
	if err != nil {
		log.Fatal(err)
	}

	schema, err := client.Schemas.EntitySchemaByName(context.Background(), "Plasmid")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(schema.ID, schema.Type, schema.Prefix)
	for _, f := range schema.FieldDefinitions {
		d := f.Definition()
		switch f := f.(type) {
		case *benchling.DropdownFieldDefinition:
			fmt.Printf("%s: dropdown %s, required %v\n", d.Name, *f.DropdownID, d.IsRequired)
		case *benchling.SchemaLinkFieldDefinition:
			fmt.Printf("%s: %s to schema %s\n", d.Name, d.Type, *f.SchemaID)
		case *benchling.IntegerFieldDefinition:
			fmt.Printf("%s: integer from %v to %v\n", d.Name, *f.NumericMin, *f.NumericMax)
		default:
			fmt.Printf("%s: %s\n", d.Name, d.Type)
		}
	}
	// Output:
	// ts_n4l12nf0 dna_sequence PLS
	// Resistance: dropdown sfso_9Oi3Ja5m, required true
	// Backbone: entity_link to schema ts_k2Hx9Vb1
	// Copy Number: integer from 1 to 500
	// Notes: long_text
}

// ExampleSchemaFieldDefinitions_Field looks up one field of a schema by
// name.
func ExampleSchemaFieldDefinitions_Field() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"id":"assaysch_msh1Ly6g","name":"Plate Reader","type":"assay_result",
			"systemName":"plate_reader","organization":{"id":"ent_Lq0Ss9Yb","name":"Elion's Org","handle":"elion"},
			"fieldDefinitions":[{"id":"tsf_0D600aaa","name":"OD600","type":"float","isMulti":false,"isRequired":true,
			"decimalPrecision":3,"unit":{"id":"unit_NyKvCSBC","name":"absorbance unit","symbol":"AU","unitTypeId":"qnty_7W2R1EFJ"}}]}`)
	}))
	defer srv.Close()
	client, err := benchling.NewClient(srv.URL, benchling.WithAPIKey("key"))
	if err != nil {
		log.Fatal(err)
	}

	schema, _, err := client.Schemas.GetAssayResultSchema(context.Background(), "assaysch_msh1Ly6g")
	if err != nil {
		log.Fatal(err)
	}
	od, ok := schema.FieldDefinitions.Field("OD600").(*benchling.FloatFieldDefinition)
	fmt.Println(ok, od.Name, *od.DecimalPrecision, od.Unit.Symbol, schema.Organization.Name)
	fmt.Println(schema.FieldDefinitions.Field("OD700") == nil)
	// Output:
	// true OD600 3 AU Elion's Org
	// true
}
