package benchling_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"strings"

	"github.com/benchling-go/benchling"
)

// ExampleFilesService_Upload uploads a CSV as a file (create, PUT to the
// pre-signed URL, mark SUCCEEDED), lists the folder's files and reads the
// bytes back.
func ExampleFilesService_Upload() {
	srv, client := exampleTenant()
	defer srv.Close()
	ctx := context.Background()
	folder := srv.FolderID()

	csv := "well,od600\nA1,0.42\n"
	f, err := client.Files.Upload(ctx, &benchling.FileCreate{
		FolderID: &folder, Name: benchling.Ptr("Plate 1 reads"), Filename: benchling.Ptr("plate1.csv"),
	}, strings.NewReader(csv), -1) // -1: a *strings.Reader tells its size
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(f.Name, f.Filename, f.UploadStatus)

	for file, err := range client.Files.All(ctx, &benchling.FileListOptions{FolderID: folder}) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println("in the folder:", file.Name)
	}
	if _, err := client.Files.Download(ctx, f.ID, os.Stdout); err != nil {
		log.Fatal(err)
	}
	// Output:
	// Plate 1 reads plate1.csv SUCCEEDED
	// in the folder: Plate 1 reads
	// well,od600
	// A1,0.42
}

// ExampleFilesService_Archive archives a file; lists then leave it out
// unless asked for archived files.
func ExampleFilesService_Archive() {
	srv, client := exampleTenant()
	defer srv.Close()
	ctx := context.Background()
	folder := srv.FolderID()

	f, err := client.Files.Upload(ctx, &benchling.FileCreate{FolderID: &folder, Name: benchling.Ptr("Old chart"),
		Filename: benchling.Ptr("chart.png")}, strings.NewReader("\x89PNG"), -1)
	if err != nil {
		log.Fatal(err)
	}
	if _, _, err := client.Files.Archive(ctx, &benchling.FilesArchive{FileIDs: []string{f.ID}, Reason: benchling.DataArchiveReasonArchived}); err != nil {
		log.Fatal(err)
	}
	live, _, _ := client.Files.List(ctx, nil)
	archived, _, _ := client.Files.List(ctx, &benchling.FileListOptions{DocumentListFilters: benchling.DocumentListFilters{ArchiveReason: benchling.ArchiveFilterAnyArchived}})
	fmt.Println(len(live), "listed,", len(archived), "archived:", archived[0].ArchiveRecord.Reason)
	// Output:
	// 0 listed, 1 archived: Archived
}
