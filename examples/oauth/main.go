// Command oauth shows OAuth 2.0 client-credentials authentication, as a
// Benchling App uses it.
//
// With BENCHLING_TENANT, BENCHLING_CLIENT_ID and BENCHLING_CLIENT_SECRET
// set it talks to that tenant (read-only). Without them it runs on the
// built-in fake tenant, whose tokens expire every two seconds, so the
// client's token refresh shows.
//
//	go run ./examples/oauth
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := run(ctx, os.Stdout, os.Getenv, 3*time.Second); err != nil {
		fmt.Fprintln(os.Stderr, "oauth:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, out io.Writer, getenv func(string) string, pause time.Duration) error {
	tenant, id, secret := getenv("BENCHLING_TENANT"), getenv("BENCHLING_CLIENT_ID"), getenv("BENCHLING_CLIENT_SECRET")
	if tenant == "" || id == "" || secret == "" {
		srv, err := benchlingtest.Start(benchlingtest.WithTokenLifetime(2 * time.Second))
		if err != nil {
			return err
		}
		defer srv.Close()
		srv.SeedUsers(3)
		tenant, id, secret = srv.URL, srv.ClientID, srv.ClientSecret
		fmt.Fprintf(out, "No BENCHLING_TENANT, BENCHLING_CLIENT_ID and BENCHLING_CLIENT_SECRET set: running on the built-in fake Benchling tenant at %s\n", srv.URL)
	}
	client, err := benchling.NewClient(tenant, benchling.WithClientCredentials(id, secret))
	if err != nil {
		return err
	}
	// The first call fetches a token from <tenant>/api/v2/token; later calls
	// reuse it until shortly before it expires.
	for round := 1; round <= 2; round++ {
		users, _, err := client.Users.List(ctx, &benchling.UserListOptions{ListOptions: benchling.ListOptions{PageSize: 3}})
		if err != nil {
			return fmt.Errorf("round %d: %w", round, err)
		}
		fmt.Fprintf(out, "round %d: listed %d users with a bearer token\n", round, len(users))
		if round == 1 {
			select { // long enough for the fake's token to expire
			case <-time.After(pause):
			case <-ctx.Done():
				return ctx.Err()
			}
		}
	}
	return nil
}
