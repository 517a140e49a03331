package benchling_test

import (
	"context"
	"fmt"
	"log"
	"net/http"
	"net/http/httptest"
	"strings"

	"github.com/benchling-go/benchling"
)

// aaSeqExampleServer serves canned JSON by "METHOD /path" (without the
// /api/v2 prefix and the query).
func aaSeqExampleServer(routes map[string]string) *httptest.Server {
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, ok := routes[r.Method+" "+strings.TrimPrefix(r.URL.Path, "/api/v2")]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		if strings.Contains(body, `"taskId"`) {
			w.WriteHeader(http.StatusAccepted)
		}
		fmt.Fprint(w, body)
	}))
}

func ExampleAaSequencesService_Get() {
	srv := aaSeqExampleServer(map[string]string{
		"GET /aa-sequences/prtn_ObbdtGhC": `{"id": "prtn_ObbdtGhC", "name": "Example AA Sequence",
			"aminoAcids": "IKTATARRELAETSWTGDRLWGFSDNWAPALRRPSPSALGK", "length": 41,
			"entityRegistryId": "sBN000", "createdAt": "2021-07-14T07:34:25.156Z"}`,
	})
	defer srv.Close()
	client, err := benchling.NewClient(srv.URL, benchling.WithAPIKey("key"))
	if err != nil {
		log.Fatal(err)
	}

	seq, _, err := client.AaSequences.Get(context.Background(), "prtn_ObbdtGhC", nil)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(seq.Name, seq.Length, *seq.EntityRegistryID)
	fmt.Println(seq.CreatedAt.Format("2006-01-02"))
	// Output:
	// Example AA Sequence 41 sBN000
	// 2021-07-14
}

func ExampleAaSequencesService_All() {
	srv := aaSeqExampleServer(map[string]string{
		"GET /aa-sequences": `{"aaSequences": [
			{"id": "prtn_ObbdtGhC", "name": "Example AA Sequence"},
			{"id": "prtn_W7KgYydE", "name": "Second AA Sequence"}], "nextToken": ""}`,
	})
	defer srv.Close()
	client, err := benchling.NewClient(srv.URL, benchling.WithAPIKey("key"))
	if err != nil {
		log.Fatal(err)
	}

	opts := &benchling.AaSequenceListOptions{
		EntityListFilters: benchling.EntityListFilters{
			FolderID: "lib_mrZWMrft",
			Sort:     benchling.SortNameAsc,
		},
	}
	for seq, err := range client.AaSequences.All(context.Background(), opts) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(seq.ID, seq.Name)
	}
	// Output:
	// prtn_ObbdtGhC Example AA Sequence
	// prtn_W7KgYydE Second AA Sequence
}

func ExampleAaSequencesService_BulkCreate() {
	srv := aaSeqExampleServer(map[string]string{
		"POST /aa-sequences:bulk-create": `{"taskId": "f438d656-c2c3-40a4-b3fd-d7e58db78242"}`,
		"GET /tasks/f438d656-c2c3-40a4-b3fd-d7e58db78242": `{"status": "SUCCEEDED",
			"response": {"aaSequences": [{"id": "prtn_ObbdtGhC", "name": "Example AA Sequence"}]}}`,
	})
	defer srv.Close()
	client, err := benchling.NewClient(srv.URL, benchling.WithAPIKey("key"))
	if err != nil {
		log.Fatal(err)
	}

	ctx := context.Background()
	link, _, err := client.AaSequences.BulkCreate(ctx, []*benchling.AaSequenceCreate{{
		EntityCreateBase: benchling.EntityCreateBase{
			Name:     "Example AA Sequence",
			FolderID: benchling.Ptr("lib_mrZWMrft"),
		},
		AminoAcids: "IKTATARRELAETSWTGDRLWGFSDNWAPALRRPSPSALGK",
	}})
	if err != nil {
		log.Fatal(err)
	}
	res, err := link.Wait(ctx) // polls GET /tasks/{task_id} until the task ends
	if err != nil {
		log.Fatal(err)
	}
	for _, seq := range res.AaSequences {
		fmt.Println("created", seq.ID)
	}
	// Output:
	// created prtn_ObbdtGhC
}

func ExampleAaSequencesService_Upsert() {
	srv := aaSeqExampleServer(map[string]string{
		"PATCH /aa-sequences/PRT001:upsert": `{"id": "prtn_ObbdtGhC", "name": "Example AA Sequence",
			"entityRegistryId": "PRT001", "archiveRecord": null}`,
	})
	defer srv.Close()
	client, err := benchling.NewClient(srv.URL, benchling.WithAPIKey("key"))
	if err != nil {
		log.Fatal(err)
	}

	seq, resp, err := client.AaSequences.Upsert(context.Background(), "PRT001", &benchling.AaSequenceUpsert{
		EntityUpsertBase: benchling.EntityUpsertBase{
			Name:          "Example AA Sequence",
			RegistryID:    "src_NetYd96a",
			SchemaID:      "ts_DaiFhsNA",
			Fields:        benchling.Fields{"Linked Sequence": {Value: benchling.RegistryIDValue("DNA001")}},
			ArchiveRecord: benchling.Null[benchling.ArchiveRecord](),
		},

		AminoAcids: "IKTATARRELAETSWTGDRLWGFSDNWAPALRRPSPSALGK",
		// Link a field to another entity by its registry ID.

		// Unarchive the sequence if it was archived.

	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(resp.StatusCode, seq.ID, *seq.EntityRegistryID, seq.ArchiveRecord == nil)
	// Output:
	// 200 prtn_ObbdtGhC PRT001 true
}

func ExampleAaSequencesService_SearchAminoAcids() {
	srv := aaSeqExampleServer(map[string]string{
		"POST /aa-sequences:search-amino-acids": `{"aaSequences": [
			{"id": "prtn_ObbdtGhC", "aminoAcids": "IKTATARRELAETSWTGDRLWGFSDNWAPALRRPSPSALGK"}],
			"nextToken": ""}`,
	})
	defer srv.Close()
	client, err := benchling.NewClient(srv.URL, benchling.WithAPIKey("key"))
	if err != nil {
		log.Fatal(err)
	}

	seqs, resp, err := client.AaSequences.SearchAminoAcids(context.Background(), &benchling.AaSequencesSearchBases{
		AminoAcids: "TATARR",
		RegistryID: benchling.Null[string](), // unregistered sequences only
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(len(seqs), seqs[0].ID, resp.NextToken == "")
	// Output:
	// 1 prtn_ObbdtGhC true
}
