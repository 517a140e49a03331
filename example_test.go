package benchling_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"

	"github.com/benchling-go/benchling"
)

func ExampleNewClient() {
	// A tenant name, host or URL: all of these mean the same base URL.
	for _, tenant := range []string{"acme", "acme.benchling.com", "https://acme.benchling.com/api/v2/"} {
		client, err := benchling.NewClient(tenant, benchling.WithAPIKey("sk_example"))
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(client.BaseURL())
	}
	// Plain http is refused except on loopback; the error shows the expected form.
	_, err := benchling.NewClient("http://acme.benchling.com", benchling.WithAPIKey("sk_example"))
	fmt.Println(errors.Is(err, benchling.ErrInvalidTenant))
	// Output:
	// https://acme.benchling.com/api/v2
	// https://acme.benchling.com/api/v2
	// https://acme.benchling.com/api/v2
	// true
}

func ExampleError() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusForbidden)
		fmt.Fprint(w, `{"error":{"type":"invalid_request_error","message":"Forbidden","userMessage":"You do not have permission to view prtn_7nMBOMJD","invalidId":"prtn_7nMBOMJD"}}`)
	}))
	defer srv.Close()
	client, _ := benchling.NewClient(srv.URL, benchling.WithAPIKey("sk_example"))

	_, _, err := client.AaSequences.Get(context.Background(), "prtn_7nMBOMJD", nil)
	var apiErr *benchling.Error
	switch {
	case errors.Is(err, benchling.ErrNotFound):
		fmt.Println("not found")
	case errors.Is(err, benchling.ErrForbidden) && errors.As(err, &apiErr):
		fmt.Println(apiErr.StatusCode, apiErr.InvalidIDs)
		fmt.Println(err)
	}
	// Output:
	// 403 [prtn_7nMBOMJD]
	// benchling: GET /aa-sequences/prtn_7nMBOMJD: 403 Forbidden: the credential lacks permission for this resource or operation: You do not have permission to view prtn_7nMBOMJD
}

func ExampleClient_Do() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `{"projects":[{"id":"src_NetYd96a","name":"Therapeutics"}],"nextToken":""}`)
	}))
	defer srv.Close()
	client, _ := benchling.NewClient(srv.URL, benchling.WithAPIKey("sk_example"))

	// An endpoint the SDK does not wrap yet, through the same auth, retries,
	// pacing and errors.
	req, err := client.NewRequest(context.Background(), http.MethodGet, "projects?pageSize=10", nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	var out struct {
		Projects []struct{ ID, Name string } `json:"projects"`
	}
	resp, err := client.Do(req, &out)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(resp.StatusCode, out.Projects[0].ID, out.Projects[0].Name)
	// Output:
	// 200 src_NetYd96a Therapeutics
}
