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

func ExampleDnaSequencesService_Get() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"id": "seq_asQya4lk", "name": "pUC19", "bases": "GATTACA", "isCircular": true,
			"length": 7, "createdAt": "2021-07-13T13:16:44.315Z", "creator": {"handle": "lpasteur"}}`)
	}))
	defer srv.Close()
	client, err := benchling.NewClient(srv.URL, benchling.WithAPIKey("key"))
	if err != nil {
		log.Fatal(err)
	}

	seq, _, err := client.DnaSequences.Get(context.Background(), "seq_asQya4lk", nil)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(seq.Name, seq.Length, seq.IsCircular, seq.Creator.Handle, seq.CreatedAt.Year())
	// Output: pUC19 7 true lpasteur 2021
}

func ExampleDnaSequencesService_All() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		if r.URL.Query().Get("nextToken") == "" {
			io.WriteString(w, `{"dnaSequences": [{"id": "seq_1", "name": "pUC19"}], "nextToken": "page2"}`)
			return
		}
		io.WriteString(w, `{"dnaSequences": [{"id": "seq_2", "name": "pBR322"}], "nextToken": ""}`)
	}))
	defer srv.Close()
	client, err := benchling.NewClient(srv.URL, benchling.WithAPIKey("key"))
	if err != nil {
		log.Fatal(err)
	}

	opts := &benchling.DnaSequenceListOptions{EntityListFilters: benchling.EntityListFilters{FolderID: "lib_mrZWMrft", Sort: benchling.SortNameAsc}}
	for seq, err := range client.DnaSequences.All(context.Background(), opts) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(seq.ID, seq.Name)
	}
	// Output:
	// seq_1 pUC19
	// seq_2 pBR322
}

func ExampleDnaSequencesService_BulkCreate() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		if r.Method == http.MethodPost {
			w.WriteHeader(http.StatusAccepted)
			io.WriteString(w, `{"taskId": "f7d3e0a5"}`)
			return
		}
		io.WriteString(w, `{"status": "SUCCEEDED", "response": {"dnaSequences": [{"id": "seq_1", "name": "insert"}]}}`)
	}))
	defer srv.Close()
	client, err := benchling.NewClient(srv.URL, benchling.WithAPIKey("key"))
	if err != nil {
		log.Fatal(err)
	}

	ctx := context.Background()
	link, _, err := client.DnaSequences.BulkCreate(ctx, []*benchling.DnaSequenceBulkCreate{
		{EntityCreateBase: benchling.EntityCreateBase{Name: "insert", FolderID: benchling.Ptr("lib_mrZWMrft")}, Bases: "GATTACA"},
	})
	if err != nil {
		log.Fatal(err)
	}
	res, err := link.Wait(ctx)
	if err != nil {
		log.Fatal(err)
	}
	for _, seq := range res.DnaSequences {
		fmt.Println(seq.ID, seq.Name)
	}
	// Output: seq_1 insert
}

func ExampleDnaSequencesService_SearchBases() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"dnaSequences": [{"id": "seq_1", "name": "pUC19", "length": 2686}], "nextToken": ""}`)
	}))
	defer srv.Close()
	client, err := benchling.NewClient(srv.URL, benchling.WithAPIKey("key"))
	if err != nil {
		log.Fatal(err)
	}

	// Only unregistered sequences: registryId is sent as an explicit null.
	req := &benchling.SearchBasesRequest{Bases: "GATTACAA", RegistryID: benchling.Null[string]()}
	seqs, _, err := client.DnaSequences.SearchBases(context.Background(), req)
	if err != nil {
		log.Fatal(err)
	}
	for _, seq := range seqs {
		fmt.Println(seq.ID, seq.Name, seq.Length)
	}
	// Output: seq_1 pUC19 2686
}
