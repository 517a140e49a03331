package benchling_test

import (
	"context"
	"errors"
	"fmt"
	"log"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
)

// ExampleFoldersService_ByName finds a folder by name. Two folders are
// named "Plasmids", so the first lookup is ambiguous; the error lists
// both, and narrowing the lookup to a parent finds one.
func ExampleFoldersService_ByName() {
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
	cloning, _, _ := client.Folders.Create(ctx, &benchling.FolderCreate{Name: "Cloning", ParentFolderID: srv.FolderID()})
	client.Folders.Create(ctx, &benchling.FolderCreate{Name: "Plasmids", ParentFolderID: srv.FolderID()})
	client.Folders.Create(ctx, &benchling.FolderCreate{Name: "Plasmids", ParentFolderID: cloning.ID})

	_, err = client.Folders.ByName(ctx, "Plasmids", nil)
	var amb *benchling.AmbiguousError
	if errors.As(err, &amb) {
		fmt.Println(errors.Is(err, benchling.ErrAmbiguous), len(amb.IDs), "folders named", amb.Name)
	}
	folder, err := client.Folders.ByName(ctx, "Plasmids", &benchling.FolderListOptions{ParentFolderID: cloning.ID})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(*folder.ParentFolderID == cloning.ID, folder.ProjectID == srv.ProjectID())
	_, err = client.Folders.ByName(ctx, "Primers", nil)
	fmt.Println(errors.Is(err, benchling.ErrNotFound), err)
	// Output:
	// true 2 folders named Plasmids
	// true true
	// true benchling: not found: no folder is named "Primers"
}

// ExampleFoldersService_Archive archives a folder with its contents, then
// unarchives it.
func ExampleFoldersService_Archive() {
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
	folder, _, _ := client.Folders.Create(ctx, &benchling.FolderCreate{Name: "Old plasmids", ParentFolderID: srv.FolderID()})
	client.Folders.Create(ctx, &benchling.FolderCreate{Name: "2019", ParentFolderID: folder.ID})
	client.DnaSequences.Create(ctx, &benchling.DnaSequenceCreate{EntityCreateBase: benchling.EntityCreateBase{Name: "pOld", FolderID: &folder.ID}, Bases: "ATGC"})

	change, _, err := client.Folders.Archive(ctx, &benchling.FoldersArchive{
		FolderIDs: []string{folder.ID},
		Reason:    benchling.EntityArchiveReasonRetired,
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("archived", len(change.FolderIDs), "folders and", len(change.DnaSequenceIDs), "sequence")
	change, _, err = client.Folders.Unarchive(ctx, []string{folder.ID})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("unarchived", len(change.FolderIDs), "folders and", len(change.DnaSequenceIDs), "sequence")
	// Output:
	// archived 2 folders and 1 sequence
	// unarchived 2 folders and 1 sequence
}
