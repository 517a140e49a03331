package benchling_test

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net/http"
	"net/http/httptest"

	"github.com/benchling-go/benchling"
)

// ExampleFoldersService_ByName finds a folder by name. Two projects have
// a folder named "Plasmids", so the first lookup is ambiguous; the error
// lists both, and narrowing the lookup to one project finds one.
func ExampleFoldersService_ByName() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		q := r.URL.Query()
		switch {
		case q.Get("name") == "Plasmids" && q.Get("projectId") == "src_ZJy8RTbo":
			fmt.Fprint(w, `{"folders":[{"id":"lib_qQFY3WQH","name":"Plasmids","projectId":"src_ZJy8RTbo","parentFolderId":"lib_R0oT1234"}],"nextToken":""}`)
		case q.Get("name") == "Plasmids":
			fmt.Fprint(w, `{"folders":[
				{"id":"lib_qQFY3WQH","name":"Plasmids","projectId":"src_ZJy8RTbo","parentFolderId":"lib_R0oT1234"},
				{"id":"lib_QvXryHdi","name":"Plasmids","projectId":"src_8GVbVkPj","parentFolderId":null}],"nextToken":""}`)
		default:
			fmt.Fprint(w, `{"folders":[],"nextToken":""}`)
		}
	}))
	defer srv.Close()
	client, err := benchling.NewClient(srv.URL, benchling.WithAPIKey("key"))
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()

	_, err = client.Folders.ByName(ctx, "Plasmids", nil)
	var amb *benchling.AmbiguousError
	if errors.As(err, &amb) {
		fmt.Println(errors.Is(err, benchling.ErrAmbiguous), amb.IDs)
	}
	folder, err := client.Folders.ByName(ctx, "Plasmids", &benchling.FolderListOptions{ProjectID: "src_ZJy8RTbo"})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(folder.ID, *folder.ParentFolderID)
	_, err = client.Folders.ByName(ctx, "Primers", nil)
	fmt.Println(errors.Is(err, benchling.ErrNotFound), err)
	// Output:
	// true [lib_qQFY3WQH lib_QvXryHdi]
	// lib_qQFY3WQH lib_R0oT1234
	// true benchling: not found: no folder is named "Primers"
}

// ExampleFoldersService_Archive archives a folder with its contents, then
// unarchives it.
func ExampleFoldersService_Archive() {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /api/v2/folders:archive", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"folderIds":["lib_qQFY3WQH","lib_3eF8mZjn"],"dnaSequenceIds":["seq_Cuf0bmCm"],"entryIds":[]}`)
	})
	mux.HandleFunc("POST /api/v2/folders:unarchive", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"folderIds":["lib_qQFY3WQH","lib_3eF8mZjn"],"dnaSequenceIds":["seq_Cuf0bmCm"]}`)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	client, err := benchling.NewClient(srv.URL, benchling.WithAPIKey("key"))
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()

	change, _, err := client.Folders.Archive(ctx, &benchling.FoldersArchive{
		FolderIDs: []string{"lib_qQFY3WQH"},
		Reason:    benchling.ArchiveReasonRetired,
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("archived", change.FolderIDs, change.DnaSequenceIDs)
	change, _, err = client.Folders.Unarchive(ctx, []string{"lib_qQFY3WQH"})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("unarchived", change.FolderIDs, change.DnaSequenceIDs)
	// Output:
	// archived [lib_qQFY3WQH lib_3eF8mZjn] [seq_Cuf0bmCm]
	// unarchived [lib_qQFY3WQH lib_3eF8mZjn] [seq_Cuf0bmCm]
}
