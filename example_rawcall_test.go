package benchling_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"

	"github.com/benchling-go/benchling"
)

func ExampleEncodeQuery() {
	// Any of the SDK's options types, your own struct with go-querystring
	// tags, or url.Values.
	q, err := benchling.EncodeQuery(&benchling.UserListOptions{
		ListOptions:      benchling.ListOptions{PageSize: 50},
		PartyListFilters: benchling.PartyListFilters{NamesAnyOf: []string{"Ada Lovelace", "Alan Turing"}},
	})
	fmt.Println(q, err)

	type customEntityListOptions struct {
		SchemaID   string   `url:"schemaId,omitempty"`
		NamesAnyOf []string `url:"names.anyOf,comma,omitempty"`
	}
	q, err = benchling.EncodeQuery(customEntityListOptions{SchemaID: "ts_1", NamesAnyOf: []string{"GFP v2"}})
	fmt.Println(q, err)

	// A comma would split one name into two: Benchling has no way to quote it.
	_, err = benchling.EncodeQuery(customEntityListOptions{NamesAnyOf: []string{"GFP, v2"}})
	fmt.Println(err)
	// Output:
	// names.anyOf=Ada%20Lovelace%2CAlan%20Turing&pageSize=50 <nil>
	// names.anyOf=GFP%20v2&schemaId=ts_1 <nil>
	// benchling: query parameter names.anyOf: "GFP, v2" contains ",", which separates the members of the list, and Benchling documents no way to quote it, so it would be read as 2 values
}

func ExamplePathEscapeID() {
	for _, id := range []string{"bfi_Q1PIIe7T", "REG:42", "a/b", "prtn_1,prtn_2"} {
		p, err := benchling.PathEscapeID(id)
		fmt.Printf("%q %v\n", p, errors.Is(err, benchling.ErrInvalidID))
	}
	// Output:
	// "bfi_Q1PIIe7T" false
	// "REG%3A42" false
	// "" true
	// "" true
}

func ExampleClient_NewRequest() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Println(r.Method, r.URL.RequestURI())
		fmt.Fprint(w, `{"id":"bfi_Q1PIIe7T","name":"GFP v2"}`)
	}))
	defer srv.Close()
	client, _ := benchling.NewClient(srv.URL, benchling.WithAPIKey("sk_example"))
	ctx := context.Background()

	// An endpoint the SDK does not wrap yet: escape IDs with PathEscapeID
	// and encode the query with EncodeQuery, as the SDK's own methods do.
	id, err := benchling.PathEscapeID("bfi_Q1PIIe7T")
	if err != nil {
		fmt.Println(err)
		return
	}
	q, err := benchling.EncodeQuery(struct {
		Returning []string `url:"returning,comma,omitempty"`
	}{Returning: []string{"id", "name"}})
	if err != nil {
		fmt.Println(err)
		return
	}
	req, err := client.NewRequest(ctx, http.MethodGet, "custom-entities/"+id+"?"+q, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	var entity struct{ ID, Name string }
	if _, err := client.Do(req, &entity); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(entity.ID, entity.Name)

	// A method must be one Benchling uses, in upper case.
	_, err = client.NewRequest(ctx, "get", "custom-entities", nil)
	fmt.Println(err)
	// Output:
	// GET /api/v2/custom-entities/bfi_Q1PIIe7T?returning=id%2Cname
	// bfi_Q1PIIe7T GFP v2
	// benchling: NewRequest: method "get" is not one Benchling uses: use one of GET, POST, PATCH, PUT, DELETE, HEAD (methods are case-sensitive: write "GET")
}
