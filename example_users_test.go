package benchling_test

import (
	"context"
	"fmt"
	"log"
	"net/http"
	"net/http/httptest"

	"github.com/benchling-go/benchling"
)

// ExampleUsersService_Get fetches one user.
func ExampleUsersService_Get() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"id":"ent_a0SApq3z","name":"Louis Pasteur","handle":"lpasteur",
			"email":"lpasteur@benchling.com","isSuspended":false}`)
	}))
	defer srv.Close()

	client, err := benchling.NewClient(srv.URL, benchling.WithAPIKey("key"))
	if err != nil {
		log.Fatal(err)
	}
	user, _, err := client.Users.Get(context.Background(), "ent_a0SApq3z")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(user.Name, user.Handle, user.Email)
	// Output:
	// Louis Pasteur lpasteur lpasteur@benchling.com
}

// ExampleUsersService_All iterates over every matching user, page by page.
func ExampleUsersService_All() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		if r.URL.Query().Get("nextToken") == "" {
			fmt.Fprint(w, `{"users":[{"id":"ent_a0SApq3z","name":"Louis Pasteur"}],"nextToken":"t2"}`)
			return
		}
		fmt.Fprint(w, `{"users":[{"id":"ent_b4AApz9b","name":"Marie Curie"}],"nextToken":""}`)
	}))
	defer srv.Close()

	client, err := benchling.NewClient(srv.URL, benchling.WithAPIKey("key"))
	if err != nil {
		log.Fatal(err)
	}
	opts := &benchling.UserListOptions{
		MemberOf:         []string{"team_Il92ydiY"},
		PartyListFilters: benchling.PartyListFilters{Sort: benchling.SortNameAsc},
	}
	for user, err := range client.Users.All(context.Background(), opts) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(user.ID, user.Name)
	}
	// Output:
	// ent_a0SApq3z Louis Pasteur
	// ent_b4AApz9b Marie Curie
}

// ExampleUsersService_BulkUpdate suspends users in bulk and waits for the
// task's result.
func ExampleUsersService_BulkUpdate() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		switch r.URL.Path {
		case "/api/v2/users:bulk-update":
			w.WriteHeader(http.StatusAccepted)
			fmt.Fprint(w, `{"taskId":"f438d656-c2c3-40a4-b3fd-d7e58db78242"}`)
		case "/api/v2/tasks/f438d656-c2c3-40a4-b3fd-d7e58db78242":
			fmt.Fprint(w, `{"status":"SUCCEEDED","response":{"users":[
				{"id":"ent_a0SApq3z","handle":"lpasteur","isSuspended":true}]}}`)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()

	client, err := benchling.NewClient(srv.URL, benchling.WithAPIKey("key"))
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	link, _, err := client.Users.BulkUpdate(ctx, []*benchling.UserBulkUpdate{
		{ID: "ent_a0SApq3z", IsSuspended: benchling.Ptr(true)},
	})
	if err != nil {
		log.Fatal(err)
	}
	res, err := link.Wait(ctx)
	if err != nil {
		log.Fatal(err)
	}
	for _, u := range res.Users {
		fmt.Println(u.Handle, "suspended:", u.IsSuspended)
	}
	// Output:
	// lpasteur suspended: true
}

// ExampleUsersService_ListWarehouseCredentials lists a user's warehouse logins.
func ExampleUsersService_ListWarehouseCredentials() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"warehouseCredentials":[{"id":"whcred_1","label":"BI tool",
			"username":"u$lpasteur_az","userId":"ent_a0SApq3z"}]}`)
	}))
	defer srv.Close()

	client, err := benchling.NewClient(srv.URL, benchling.WithAPIKey("key"))
	if err != nil {
		log.Fatal(err)
	}
	creds, _, err := client.Users.ListWarehouseCredentials(context.Background(), "ent_a0SApq3z")
	if err != nil {
		log.Fatal(err)
	}
	for _, c := range creds {
		fmt.Println(c.Label, c.Username)
	}
	// Output:
	// BI tool u$lpasteur_az
}
