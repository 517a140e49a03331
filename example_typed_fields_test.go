package benchling_test

import (
	"context"
	"errors"
	"fmt"
	"log"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
	"github.com/benchling-go/benchling/examples/typedschemas/schemas"
)

// ExampleMarshalFields creates a custom entity from a struct that
// benchling-schemagen generated from the fake tenant's schemas (package
// examples/typedschemas/schemas), and reads it back into one with
// UnmarshalFields.
func ExampleMarshalFields() {
	srv, err := benchlingtest.Start()
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	srv.SeedSchemas() // the schemas package schemas was generated from
	client, err := srv.Client()
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()

	fields, err := benchling.MarshalFields(&schemas.CellLine{Host: schemas.ExpressionHostCho})
	if err != nil {
		log.Fatal(err)
	}
	e, _, err := client.CustomEntities.Create(ctx, &benchling.CustomEntityCreate{
		EntityCreateBase: benchling.EntityCreateBase{
			Name:     "CHO-K1",
			FolderID: benchling.Ptr(srv.FolderID()),
			Fields:   fields,
		}, SchemaID: schemas.CellLineSchemaID})
	if err != nil {
		log.Fatal(err)
	}

	var got schemas.CellLine
	if err := benchling.UnmarshalFields(e.Fields, &got); err != nil {
		log.Fatal(err)
	}
	name, _ := got.Host.OptionName()
	fmt.Println(e.Name, name, got.Host == schemas.ExpressionHostCho)

	// A value the struct cannot hold is an error naming the field.
	e.Fields["Host"] = benchling.Field{Value: benchling.StringValue("sfs_added_since")}
	err = benchling.UnmarshalFields(e.Fields, &got)
	fmt.Println(errors.Is(err, benchling.ErrUnknownOption))
	fmt.Println(err)

	// And so is a struct that cannot be sent.
	_, err = benchling.MarshalFields(&schemas.CellLine{})
	fmt.Println(errors.Is(err, benchling.ErrMissingField), err)
	// Output:
	// CHO-K1 CHO true
	// true
	// benchling: 1 field of *schemas.CellLine does not fit: field "Host" (dropdown): "sfs_added_since" is not an option of schemas.ExpressionHost (if the dropdown gained it, run the generator again)
	// true benchling: 1 field of *schemas.CellLine does not fit: field "Host" (dropdown): required field has no value
}

// ExampleNewSchemaFieldFilters lists the DNA sequences of the Plasmid
// schema by their field values, with the typed field handles
// benchling-schemagen generated.
func ExampleNewSchemaFieldFilters() {
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
	ctx := context.Background()
	for i, copies := range []int{5, 20, 80} {
		f, err := benchling.MarshalFields(&schemas.Plasmid{Verified: i > 0, CopyNumber: benchling.Ptr(copies)})
		if err != nil {
			log.Fatal(err)
		}
		if _, _, err := client.DnaSequences.Create(ctx, &benchling.DnaSequenceCreate{EntityCreateBase: benchling.EntityCreateBase{
			Name:     fmt.Sprintf("p%d", copies),
			FolderID: benchling.Ptr(srv.FolderID()),
			Fields:   f,
		}, Bases: "ATGC",
			SchemaID: benchling.Ptr(schemas.PlasmidSchemaID)}); err != nil {
			log.Fatal(err)
		}
	}

	filters := benchling.NewSchemaFieldFilters(
		schemas.PlasmidFieldCopyNumber.AtLeast(10), schemas.PlasmidFieldCopyNumber.AtMost(50),
		schemas.PlasmidFieldVerified.Is(true))
	fmt.Println(filters[string(schemas.PlasmidFieldCopyNumber)])
	opts := &benchling.DnaSequenceListOptions{EntityListFilters: benchling.EntityListFilters{SchemaID: schemas.PlasmidSchemaID, SchemaFields: filters}}
	for s, err := range client.DnaSequences.All(ctx, opts) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(s.Name)
	}
	// Output:
	// >= 10 AND <= 50
	// p20
}
