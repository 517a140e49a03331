package benchling_test

import (
	"context"
	"fmt"
	"log"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
)

// ExampleOrganizationsService_AllMemberships lists the admins of an
// organization found by name.
func ExampleOrganizationsService_AllMemberships() {
	srv, err := benchlingtest.Start()
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	orgs, _ := srv.Add("organizations", &benchling.Organization{Name: "Elion's Org"})
	for _, u := range []benchlingtest.User{{Name: "Louis Pasteur", Handle: "lpasteur"}, {Name: "Marie Curie", Handle: "mcurie"}} {
		srv.AddMembership(orgs[0], srv.AddUser(u), "ADMIN")
	}
	srv.AddMembership(orgs[0], srv.AddUser(benchlingtest.User{Name: "Ada Lovelace", Handle: "ada"}), "MEMBER")
	client, err := srv.Client()
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()

	org, err := client.Organizations.ByName(ctx, "Elion's Org", nil)
	if err != nil {
		log.Fatal(err)
	}
	opts := &benchling.MembershipListOptions{Role: benchling.MembershipRoleAdmin, ListOptions: benchling.ListOptions{PageSize: 1}}
	for m, err := range client.Organizations.AllMemberships(ctx, org.ID, opts) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(m.User.Handle, m.Role)
	}
	// Output:
	// mcurie ADMIN
	// lpasteur ADMIN
}
