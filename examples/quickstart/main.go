// Command quickstart is a tour of the benchling-go SDK.
//
// With BENCHLING_TENANT and BENCHLING_API_KEY set it talks to that tenant,
// read-only unless -write is given (then it creates one AA sequence in the
// folder BENCHLING_FOLDER_ID). Without them it starts the built-in fake
// Benchling tenant (package benchlingtest) in-process, seeds it, and says so
// in its first line.
//
//	go run ./examples/quickstart
//	BENCHLING_TENANT=acme BENCHLING_API_KEY=sk_... go run ./examples/quickstart
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := run(ctx, os.Stdout, os.Getenv, os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "quickstart:", err)
		os.Exit(1)
	}
}

// tenant is where the tour runs: a real tenant or the fake one.
type tenant struct {
	client   *benchling.Client
	folderID string                          // where to create a sequence; empty: don't
	forbid   func(method, pathPrefix string) // the fake's 403 switch; nil on a real tenant
	close    func()
}

func run(ctx context.Context, out io.Writer, getenv func(string) string, args []string) error {
	fs := flag.NewFlagSet("quickstart", flag.ContinueOnError)
	fs.SetOutput(out)
	write := fs.Bool("write", false, "on a real tenant, create an AA sequence in BENCHLING_FOLDER_ID")
	if err := fs.Parse(args); err != nil {
		return err
	}
	tn, err := connect(out, getenv, *write)
	if err != nil {
		return err
	}
	defer tn.close()
	c := tn.client

	// 1. Iterate over users: All pages lazily; break stops further requests.
	fmt.Fprintln(out, "\nUsers (first 3):")
	n := 0
	for u, err := range c.Users.All(ctx, &benchling.UserListOptions{ListOptions: benchling.ListOptions{PageSize: 50}}) {
		if err != nil {
			return fmt.Errorf("listing users: %w", err)
		}
		fmt.Fprintf(out, "  %s  %-12s %s\n", u.ID, u.Handle, u.Name)
		if n++; n == 3 {
			break
		}
	}

	// 2. Iterate over AA sequences, newest first.
	fmt.Fprintln(out, "\nAA sequences (first 5, newest first):")
	n = 0
	opts := &benchling.AaSequenceListOptions{ListOptions: benchling.ListOptions{PageSize: 5}, EntityListFilters: benchling.EntityListFilters{Sort: benchling.SortModifiedAtDesc}}
	for seq, err := range c.AaSequences.All(ctx, opts) {
		if err != nil {
			return fmt.Errorf("listing AA sequences: %w", err)
		}
		fmt.Fprintf(out, "  %s  %-24s %d residues\n", seq.ID, seq.Name, len(seq.AminoAcids))
		if n++; n == 5 {
			break
		}
	}

	// 3. Create a sequence and fetch it back.
	var created *benchling.AaSequence
	if tn.folderID != "" {
		created, _, err = c.AaSequences.Create(ctx, &benchling.AaSequenceCreate{
			EntityCreateBase: benchling.EntityCreateBase{
				Name:     "quickstart peptide",
				FolderID: benchling.Ptr(tn.folderID),
			},
			AminoAcids: "MSKGEELFTGVVPILVELDGDVNGHKFSVSGEGEGDATYGKLTLKFICTTGKLPVPWPTLVTTF",
		})
		if err != nil {
			return fmt.Errorf("creating an AA sequence: %w", err)
		}
		got, _, err := c.AaSequences.Get(ctx, created.ID, nil)
		if err != nil {
			return fmt.Errorf("fetching %s: %w", created.ID, err)
		}
		fmt.Fprintf(out, "\nCreated %s %q (%d residues) and fetched it back: %s\n", got.ID, got.Name, got.Length, got.WebURL)
	} else {
		fmt.Fprintln(out, "\nSkipping create: read-only (pass -write and set BENCHLING_FOLDER_ID to create a sequence)")
	}

	// 4. A 403: the credential lacks permission for a resource. On the fake
	// tenant the quickstart forbids one to show the error.
	if tn.forbid != nil && created != nil {
		tn.forbid("GET", "/aa-sequences/"+created.ID)
		_, _, err := c.AaSequences.Get(ctx, created.ID, nil)
		var apiErr *benchling.Error
		switch {
		case errors.Is(err, benchling.ErrForbidden) && errors.As(err, &apiErr):
			fmt.Fprintf(out, "\nForbidden, as expected: status %d, %q\n  %v\n", apiErr.StatusCode, apiErr.UserMessage, err)
		case err != nil:
			return err
		default:
			return errors.New("expected a 403 from the fake tenant")
		}
	}

	// 5. The rate-limit budget Benchling reports on every response.
	_, resp, err := c.Users.List(ctx, &benchling.UserListOptions{ListOptions: benchling.ListOptions{PageSize: 1}})
	if err != nil {
		return fmt.Errorf("listing users: %w", err)
	}
	rl := resp.RateLimit
	fmt.Fprintf(out, "\nRate-limit budget: %d of %d requests left, window resets in %s\n", rl.Remaining, rl.Limit, rl.Reset)
	return nil
}

// connect picks the real tenant when credentials are set, else the fake.
func connect(out io.Writer, getenv func(string) string, write bool) (*tenant, error) {
	name, key := getenv("BENCHLING_TENANT"), getenv("BENCHLING_API_KEY")
	if name != "" && key != "" {
		c, err := benchling.NewClient(name, benchling.WithAPIKey(key))
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(out, "Talking to the Benchling tenant at %s\n", c.BaseURL())
		tn := &tenant{client: c, close: func() {}}
		if write {
			if tn.folderID = getenv("BENCHLING_FOLDER_ID"); tn.folderID == "" {
				return nil, errors.New("-write needs BENCHLING_FOLDER_ID")
			}
		}
		return tn, nil
	}
	srv, err := benchlingtest.Start()
	if err != nil {
		return nil, err
	}
	srv.SetRateLimit(60, 30*time.Second) // Benchling's default budget, with its headers
	srv.SeedUsers(5)
	srv.SeedAaSequences(20)
	fmt.Fprintf(out, "No BENCHLING_TENANT and BENCHLING_API_KEY set: running on the built-in fake Benchling tenant at %s\n", srv.URL)
	c, err := srv.Client()
	if err != nil {
		srv.Close()
		return nil, err
	}
	return &tenant{client: c, folderID: srv.FolderID(), forbid: srv.Forbid, close: srv.Close}, nil
}
