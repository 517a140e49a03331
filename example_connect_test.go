package benchling_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"strings"

	"github.com/benchling-go/benchling"
)

// ExampleConnectService_ConvertToCSV converts instrument output to ASM
// with a vendor's parser, then the ASM to CSV, and reads the CSV. (The
// fake tenant's parser keeps each line as a measurement.)
func ExampleConnectService_ConvertToCSV() {
	srv, client := exampleTenant()
	defer srv.Close()
	ctx := context.Background()

	vendors, _, err := client.Connect.ListAllotropyVendors(ctx)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("first vendor:", vendors[0].DisplayName)

	raw, err := client.Blobs.Upload(ctx, "reads.txt", strings.NewReader("A1 0.42\nA2 0.57\n"), nil)
	if err != nil {
		log.Fatal(err)
	}
	asm, _, err := client.Connect.ConvertToASM(ctx, &benchling.ConvertToASM{BlobOrFileID: raw.ID, Vendor: &vendors[0].ID})
	if err != nil {
		log.Fatal(err)
	}
	csvs, _, err := client.Connect.ConvertToCSV(ctx, &benchling.ConvertToCSV{BlobOrFileID: asm.BlobID})
	if err != nil {
		log.Fatal(err)
	}
	for _, c := range csvs {
		fmt.Println("transform:", c.TransformDataType)
		if _, err := client.Blobs.Download(ctx, c.BlobID, os.Stdout); err != nil {
			log.Fatal(err)
		}
	}
	// Output:
	// first vendor: Agilent Gen5
	// transform: measurement-document
	// measurement identifier,raw line
	// 1,A1 0.42
	// 2,A2 0.57
}
