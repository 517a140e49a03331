package benchling_test

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"log"

	"github.com/benchling-go/benchling"
)

// ExampleExportsService_Download exports an entry as HTML: the export
// runs as a task, and Download waits for it and streams the ZIP it made.
func ExampleExportsService_Download() {
	srv, client := exampleTenant()
	defer srv.Close()
	ctx := context.Background()
	entryID := srv.SeedEntries(1)[0]

	var zipped bytes.Buffer
	if _, err := client.Exports.Download(ctx, &benchling.ExportItemRequest{ID: entryID, Format: benchling.ExportItemRequestFormatHTML}, &zipped); err != nil {
		log.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(zipped.Bytes()), int64(zipped.Len()))
	if err != nil {
		log.Fatal(err)
	}
	for _, f := range zr.File {
		fmt.Println(f.Name)
	}
	// Output:
	// EXP001.html
}
