package benchling_test

import (
	"context"
	"fmt"
	"log"
	"net/http"
	"net/http/httptest"

	"github.com/benchling-go/benchling"
)

// ExampleOrganizationsService_AllMemberships lists the admins of an
// organization found by name, page by page.
func ExampleOrganizationsService_AllMemberships() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/v2/organizations", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"organizations":[{"id":"ent_Lq0Ss9Yb","name":"Elion's Org","handle":"elion"}],"nextToken":""}`)
	})
	mux.HandleFunc("GET /api/v2/organizations/ent_Lq0Ss9Yb/memberships", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		if r.URL.Query().Get("nextToken") == "" {
			fmt.Fprint(w, `{"memberships":[{"role":"ADMIN","user":{"id":"ent_a0SApq3z","handle":"lpasteur","name":"Louis Pasteur"}}],"nextToken":"t2"}`)
			return
		}
		fmt.Fprint(w, `{"memberships":[{"role":"ADMIN","user":{"id":"ent_b4AApz9b","handle":"mcurie","name":"Marie Curie"}}],"nextToken":""}`)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	client, err := benchling.NewClient(srv.URL, benchling.WithAPIKey("key"))
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()

	org, err := client.Organizations.ByName(ctx, "Elion's Org", nil)
	if err != nil {
		log.Fatal(err)
	}
	opts := &benchling.MembershipListOptions{Role: benchling.MembershipRoleAdmin}
	for m, err := range client.Organizations.AllMemberships(ctx, org.ID, opts) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(m.User.Handle, m.Role)
	}
	// Output:
	// lpasteur ADMIN
	// mcurie ADMIN
}
