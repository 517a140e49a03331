package benchlingtest_test

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"strings"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
)

// In a test, start the fake with benchlingtest.NewServer(t), which closes
// it when the test ends; outside tests use Start and Close. Plain net/http
// works: authenticate with the API key as the Basic user name.
func ExampleNewServer() {
	srv, err := benchlingtest.Start() // in a test: srv := benchlingtest.NewServer(t)
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	srv.SeedAaSequences(3)

	req, _ := http.NewRequest("GET", srv.URL+"/api/v2/aa-sequences?pageSize=2&sort=name:asc", nil)
	req.SetBasicAuth(srv.APIKey, "")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	var page struct {
		AaSequences []struct {
			ID     string `json:"id"`
			Name   string `json:"name"`
			Length int    `json:"length"`
		} `json:"aaSequences"`
		NextToken string `json:"nextToken"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&page); err != nil {
		log.Fatal(err)
	}
	for _, s := range page.AaSequences {
		fmt.Println(s.Name, strings.HasPrefix(s.ID, "prtn_"), s.Length > 200)
	}
	fmt.Println("more:", page.NextToken != "")
	// Output:
	// Anti-HER2 scFv 4 true true
	// Cas9 nickase 6 true true
	// more: true
}

// Server.Client returns a benchling.Client wired to the fake. Client.NewRequest
// and Client.Do reach any endpoint; here retries are turned off so that a
// test of error handling does not wait for backoffs.
func ExampleServer_Client() {
	srv, err := benchlingtest.Start()
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	srv.AddAaSequence(benchlingtest.AaSequence{Name: "Lysozyme", AminoAcids: "KVFGRCELAAAMKRHGLDNYRGYSLGNWVCAAKFESNFNTQATNRNTDGSTDYGILQINSRWWCNDGRTPGSRNLCNIPCSALLSSDITASVNCAKKIVSDGNGMNAWVAWRNRCKGTDVQAWIRGCRL"})

	client, err := srv.Client(benchling.WithoutRetries())
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	req, _ := client.NewRequest(ctx, "GET", "aa-sequences?pageSize=2", nil)
	var out struct {
		AaSequences []struct {
			Name   string `json:"name"`
			Length int    `json:"length"`
		} `json:"aaSequences"`
	}
	if _, err := client.Do(req, &out); err != nil {
		log.Fatal(err)
	}
	fmt.Println(out.AaSequences[0].Name, out.AaSequences[0].Length)

	srv.InjectFault("GET", "/aa-sequences/*", benchlingtest.Fault{Status: 503, Times: 1})
	req, _ = client.NewRequest(ctx, "GET", "aa-sequences/prtn_12345678", nil)
	_, err = client.Do(req, nil)
	fmt.Println(err != nil)
	// Output:
	// Lysozyme 129
	// true
}
