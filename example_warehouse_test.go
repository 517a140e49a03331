package benchling_test

import (
	"context"
	"fmt"
	"log"
	"strings"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
)

// ExampleWarehouseService_CreateCredentials makes temporary credentials for
// the warehouse. Printing them leaves the password out.
func ExampleWarehouseService_CreateCredentials() {
	srv, err := benchlingtest.Start()
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	client, err := srv.Client()
	if err != nil {
		log.Fatal(err)
	}
	creds, _, err := client.Warehouse.CreateCredentials(context.Background(), &benchling.WarehouseCredentialsCreate{ExpiresIn: 900})
	if err != nil {
		log.Fatal(err)
	}
	// Connect with creds.Username and creds.Password, e.g. in a
	// PostgreSQL connection string, before creds.ExpiresAt.
	fmt.Println(len(creds.Password) > 0, !creds.ExpiresAt.IsZero())
	fmt.Println(strings.Contains(fmt.Sprint(creds), creds.Password), strings.Contains(fmt.Sprint(creds), "[redacted]"))
	// Output:
	// true true
	// false true
}
