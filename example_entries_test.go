package benchling_test

import (
	"context"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"

	"github.com/benchling-go/benchling"
)

// entriesExampleServer serves body as JSON for every request.
func entriesExampleServer(body string) *httptest.Server {
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, body)
	}))
}

func ExampleEntriesService_Get() {
	srv := entriesExampleServer(`{"entry": {"id": "etr_tv7m7B78", "displayId": "VPR001",
		"name": "pBR322 transformation", "days": [{"date": "2023-03-01", "notes": [
			{"type": "text", "indentation": 0, "text": "Thaw cells on ice", "links": []},
			{"type": "list_checkbox", "indentation": 0, "checked": true, "text": "Autoclave media", "links": []},
			{"type": "table", "indentation": 0, "text": "Plate reader", "links": [],
			 "table": {"name": "Table1", "columnLabels": [null, null],
			           "rows": [{"cells": [{"text": "A1"}, {"text": "0.52"}]}]}}]}]}}`)
	defer srv.Close()

	client, err := benchling.NewClient(srv.URL, benchling.WithAPIKey("key"))
	if err != nil {
		log.Fatal(err)
	}
	entry, _, err := client.Entries.Get(context.Background(), "etr_tv7m7B78", nil)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(entry.DisplayID, entry.Name)
	for _, day := range entry.Days {
		for _, note := range day.Notes {
			switch n := note.(type) {
			case *benchling.SimpleNotePart:
				fmt.Printf("%s: %s\n", n.Type, n.Text)
			case *benchling.CheckboxNotePart:
				fmt.Printf("checkbox (checked=%v): %s\n", n.Checked, n.Text)
			case *benchling.TableNotePart:
				fmt.Printf("table %s: %d row(s), A1=%s\n", n.Table.Name, len(n.Table.Rows), n.Table.Rows[0].Cells[0].Text)
			default:
				fmt.Println("other note:", note.NoteType())
			}
		}
	}
	// Output:
	// VPR001 pBR322 transformation
	// text: Thaw cells on ice
	// checkbox (checked=true): Autoclave media
	// table Table1: 1 row(s), A1=A1
}

func ExampleEntriesService_All() {
	srv := entriesExampleServer(`{"entries": [
		{"id": "etr_1X1AlQPD", "name": "Day 1 cloning"},
		{"id": "etr_Hds1XAaq", "name": "Day 2 cloning"}], "nextToken": ""}`)
	defer srv.Close()

	client, err := benchling.NewClient(srv.URL, benchling.WithAPIKey("key"))
	if err != nil {
		log.Fatal(err)
	}
	opts := &benchling.EntryListOptions{
		ReviewStatus: benchling.EntryReviewStatusNeedsReview,
		DocumentListFilters: benchling.DocumentListFilters{
			Sort:      benchling.SortNameAsc,
			Returning: []string{"entries.id", "entries.name"},
		},
	}
	for entry, err := range client.Entries.All(context.Background(), opts) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(entry.ID, entry.Name)
	}
	// Output:
	// etr_1X1AlQPD Day 1 cloning
	// etr_Hds1XAaq Day 2 cloning
}

func ExampleEntriesService_GetExternalFile() {
	srv := entriesExampleServer(`{"externalFile": {"id": "extf_6AZ5pDX9", "size": 1048576,
		"downloadURL": "https://benchling-temp.s3.amazonaws.com/gel.png", "expiresAt": 1700000000}}`)
	defer srv.Close()

	client, err := benchling.NewClient(srv.URL, benchling.WithAPIKey("key"))
	if err != nil {
		log.Fatal(err)
	}
	file, _, err := client.Entries.GetExternalFile(context.Background(), "etr_tv7m7B78", "extf_6AZ5pDX9")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(file.ID, file.Size, "bytes")
	fmt.Println("download until", file.ExpiresTime().Format("2006-01-02 15:04 MST"))
	// Output:
	// extf_6AZ5pDX9 1048576 bytes
	// download until 2023-11-14 22:13 UTC
}

func ExampleEntriesService_BulkGet() {
	srv := entriesExampleServer(`{"entries": [
		{"id": "etr_1X1AlQPD", "displayId": "VPR001"},
		{"id": "etr_IKwdYx32", "displayId": "VPR002"}]}`)
	defer srv.Close()

	client, err := benchling.NewClient(srv.URL, benchling.WithAPIKey("key"))
	if err != nil {
		log.Fatal(err)
	}
	entries, _, err := client.Entries.BulkGet(context.Background(), []string{"etr_1X1AlQPD"},
		&benchling.EntryBulkGetOptions{DisplayIDs: []string{"VPR002"}})
	if err != nil {
		log.Fatal(err)
	}
	for _, e := range entries {
		fmt.Println(e.DisplayID, e.ID)
	}
	// Output:
	// VPR001 etr_1X1AlQPD
	// VPR002 etr_IKwdYx32
}

func ExampleEntriesService_Create() {
	srv := entriesExampleServer(`{"id": "etr_tv7m7B78", "name": "pBR322 transformation",
		"folderId": "lib_bf0636", "entryTemplateId": "tmpl_27b8fb"}`)
	defer srv.Close()

	client, err := benchling.NewClient(srv.URL, benchling.WithAPIKey("key"))
	if err != nil {
		log.Fatal(err)
	}
	entry, _, err := client.Entries.Create(context.Background(), &benchling.EntryCreate{
		Name:            "pBR322 transformation",
		FolderID:        "lib_bf0636",
		EntryTemplateID: benchling.Ptr("tmpl_27b8fb"),
		AuthorIDs:       []string{"ent_a0SApq3z"},
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(entry.ID, *entry.EntryTemplateID)
	// Output:
	// etr_tv7m7B78 tmpl_27b8fb
}
