package benchling_test

import (
	"context"
	"fmt"
	"io"
	"log"
	"os"
	"strings"

	"github.com/benchling-go/benchling"
)

// ExampleDataFramesService_Upload makes a data frame from a CSV (create,
// PUT the raw bytes to the pre-signed URL, mark IN_PROGRESS, wait for the
// validation task), links a dataset to it, and streams its rows back.
func ExampleDataFramesService_Upload() {
	srv, client := exampleTenant()
	defer srv.Close()
	ctx := context.Background()

	csv := "Well,OD600,Passed\nA1,0.42,true\nA2,0.57,false\n"
	df, err := client.DataFrames.Upload(ctx, "Plate 1 reads", "plate1.csv", strings.NewReader(csv), -1)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(df.Name, df.UploadStatus)
	for _, c := range df.Columns {
		fmt.Printf("  %s: %s\n", c.DisplayName, c.Type.Name)
	}

	folder := srv.FolderID()
	ds, _, err := client.Datasets.Create(ctx, &benchling.DatasetCreate{Name: benchling.Ptr("Plate 1"), DataFrameID: &df.ID, FolderID: &folder})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("dataset", ds.Name, "links", ds.DataFrameID == df.ID)

	_, err = client.DataFrames.Download(ctx, df.ID, benchling.DataFrameRowDataFormatCSV, func(f benchling.DataFrameManifestManifest) (io.Writer, error) {
		fmt.Println("file", f.FileName)
		// Download closes a writer that is an io.Closer (a file it
		// writes); wrapped, os.Stdout stays open.
		return struct{ io.Writer }{os.Stdout}, nil
	})
	if err != nil {
		log.Fatal(err)
	}
	// Output:
	// Plate 1 reads SUCCEEDED
	//   Well: String
	//   OD600: Float
	//   Passed: Boolean
	// dataset Plate 1 links true
	// file plate1.csv
	// Well,OD600,Passed
	// A1,0.42,true
	// A2,0.57,false
}
