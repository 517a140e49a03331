package benchling_test

import (
	"context"
	"fmt"
	"log"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
)

// ExampleTeamsService_CreateMembership creates a team in an organization,
// adds a member and promotes them to admin.
func ExampleTeamsService_CreateMembership() {
	srv, err := benchlingtest.Start()
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	orgs, _ := srv.Add("organizations", &benchling.Organization{Name: "Elion's Org"})
	ada := srv.AddUser(benchlingtest.User{Name: "Ada Lovelace", Handle: "ada"})
	client, err := srv.Client()
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()

	team, _, err := client.Teams.Create(ctx, &benchling.TeamCreate{
		Name:           benchling.Ptr("Protein Engineering"),
		OrganizationID: benchling.Ptr(orgs[0]),
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(team.Name, "in", team.Organization.Name)
	m, _, err := client.Teams.CreateMembership(ctx, team.ID, &benchling.MembershipCreate{
		UserID: benchling.Ptr(ada),
		Role:   benchling.MembershipRoleMember,
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(m.User.Handle, m.Role)
	m, _, err = client.Teams.UpdateMembership(ctx, team.ID, m.User.ID, &benchling.MembershipUpdate{Role: benchling.MembershipRoleAdmin})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(m.User.Handle, m.Role)
	// Output:
	// Protein Engineering in Elion's Org
	// ada MEMBER
	// ada ADMIN
}
