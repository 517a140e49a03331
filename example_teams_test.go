package benchling_test

import (
	"context"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"strings"

	"github.com/benchling-go/benchling"
)

// ExampleTeamsService_CreateMembership creates a team in an organization,
// adds a member and promotes them to admin.
func ExampleTeamsService_CreateMembership() {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /api/v2/teams", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusCreated)
		fmt.Fprint(w, `{"id":"team_5cjIguqc","name":"Protein Engineering","organization":{"id":"ent_Lq0Ss9Yb","name":"Elion's Org","handle":"elion"}}`)
	})
	mux.HandleFunc("POST /api/v2/teams/team_5cjIguqc/memberships", func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		fmt.Println("sent:", strings.TrimSpace(string(body)))
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusCreated)
		fmt.Fprint(w, `{"role":"MEMBER","user":{"id":"ent_a0SApq3z","name":"Louis Pasteur","handle":"lpasteur"}}`)
	})
	mux.HandleFunc("PATCH /api/v2/teams/team_5cjIguqc/memberships/ent_a0SApq3z", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"role":"ADMIN","user":{"id":"ent_a0SApq3z","name":"Louis Pasteur","handle":"lpasteur"}}`)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	client, err := benchling.NewClient(srv.URL, benchling.WithAPIKey("key"))
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()

	team, _, err := client.Teams.Create(ctx, &benchling.TeamCreate{
		Name:           benchling.Ptr("Protein Engineering"),
		OrganizationID: benchling.Ptr("ent_Lq0Ss9Yb"),
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(team.ID, "in", team.Organization.Name)
	m, _, err := client.Teams.CreateMembership(ctx, team.ID, &benchling.MembershipCreate{
		UserID: benchling.Ptr("ent_a0SApq3z"),
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
	// team_5cjIguqc in Elion's Org
	// sent: {"role":"MEMBER","userId":"ent_a0SApq3z"}
	// lpasteur MEMBER
	// lpasteur ADMIN
}
