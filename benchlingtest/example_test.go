package benchlingtest_test

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"strings"
	"time"

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

// Server.Handle serves an operation with a test's own handler, ahead of
// the fake's (here, to answer with an app the tenant does not have), in
// the spec's path template style; the handler reads the path parameters
// with PathValue. The other operations are still the fake's. (An
// operation of the spec that neither the fake nor a handler serves is a
// 501 naming it, never a believable 404.)
func ExampleServer_Handle() {
	srv, err := benchlingtest.Start()
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	_ = srv.Handle("GET", "/apps/{app_id}", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `{"id":%q,"name":"Plate reader sync"}`, r.PathValue("app_id"))
	}))

	client, err := srv.Client()
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	app, _, err := client.Apps.Get(ctx, "app_Q1a2b3c4")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(app.ID, app.Name)

	apps, _, err := client.Apps.List(ctx, nil)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(len(apps), apps[0].ID == srv.AppID())
	// Output:
	// app_Q1a2b3c4 Plate reader sync
	// 1 true
}

// Server.Add seeds any collection with SDK models or maps. What the item
// gives is kept (here an old createdAt), what the server fills on create
// and the item leaves empty is filled (ID, creator, URLs).
func ExampleServer_Add() {
	srv, err := benchlingtest.Start()
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	ids, err := srv.Add("aa-sequences",
		benchling.AaSequence{EntityBase: benchling.EntityBase{Name: "Lysozyme", CreatedAt: time.Date(2019, 5, 1, 0, 0, 0, 0, time.UTC)}, AminoAcids: "KVFGRCELAAAMKRHG"},
		map[string]any{"name": "GFP", "aminoAcids": "MSKGEELFTG", "entityRegistryId": "PRT042"},
	)
	if err != nil {
		log.Fatal(err)
	}
	client, err := srv.Client()
	if err != nil {
		log.Fatal(err)
	}
	for _, id := range ids {
		s, _, err := client.AaSequences.Get(context.Background(), id, nil)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(s.Name, s.Length, s.CreatedAt.Format(time.DateOnly) == "2019-05-01", s.Creator.ID == srv.AdminUserID(), s.EntityRegistryID != nil)
	}
	// Output:
	// Lysozyme 16 true true false
	// GFP 10 false true true
}
