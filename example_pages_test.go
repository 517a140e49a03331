package benchling_test

import (
	"context"
	"fmt"
	"iter"
	"log"
	"testing"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
	"github.com/google/go-cmp/cmp"
)

// ExampleAaSequencesService_Pages is a sync job that survives a crash: it
// saves the token of the next page after each page it has processed (a
// checkpoint; here a variable, in a real job a database row), and a
// restarted job resumes from the checkpoint instead of from the start.
func ExampleAaSequencesService_Pages() {
	srv, err := benchlingtest.Start()
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	srv.SeedAaSequences(5)
	client, err := srv.Client()
	if err != nil {
		log.Fatal(err)
	}

	checkpoint := "" // the token to resume from; empty: from the start
	synced := 0
	run := func(crashAfter int) error {
		opts := &benchling.AaSequenceListOptions{ListOptions: benchling.ListOptions{PageSize: 2, NextToken: checkpoint}}
		pages := 0
		for page, err := range client.AaSequences.Pages(context.Background(), opts) {
			if err != nil {
				return err
			}
			synced += len(page.Items) // process the page: copy its items somewhere
			checkpoint = page.NextToken
			fmt.Printf("page of %d synced; checkpoint saved\n", len(page.Items))
			if pages++; pages == crashAfter {
				return fmt.Errorf("crash")
			}
		}
		return nil
	}
	if err := run(2); err != nil {
		fmt.Println("job stopped:", err)
	}
	if err := run(0); err != nil { // the restarted job
		log.Fatal(err)
	}
	fmt.Println("synced", synced, "sequences, each once; done:", checkpoint == "")
	// Output:
	// page of 2 synced; checkpoint saved
	// page of 2 synced; checkpoint saved
	// job stopped: crash
	// page of 1 synced; checkpoint saved
	// synced 5 sequences, each once; done: true
}

// checkPages walks pages and checks that they hold the items of all, in
// order, chained by their tokens, and that resuming from the first page's
// NextToken yields the rest.
func checkPages[T any](t *testing.T, id func(*T) string,
	pages func(token string) iter.Seq2[*benchling.Page[T], error], all iter.Seq2[*T, error]) {
	t.Helper()
	var want, got, resumed []string
	for it, err := range all {
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, id(it))
	}
	var tokens []string
	prev := ""
	for pg, err := range pages("") {
		if err != nil {
			t.Fatal(err)
		}
		if pg.Token != prev || pg.Response == nil {
			t.Errorf("page fetched with %q after a page that named %q", pg.Token, prev)
		}
		prev = pg.NextToken
		tokens = append(tokens, pg.NextToken)
		for _, it := range pg.Items {
			got = append(got, id(it))
		}
	}
	if len(tokens) < 3 || prev != "" {
		t.Fatalf("%d pages, last NextToken %q; want at least 3 pages, the last without a token", len(tokens), prev)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Pages items differ from All's (-all +pages):\n%s", diff)
	}
	for pg, err := range pages(tokens[0]) {
		if err != nil {
			t.Fatal(err)
		}
		for _, it := range pg.Items {
			resumed = append(resumed, id(it))
		}
	}
	if diff := cmp.Diff(want[2:], resumed); diff != "" {
		t.Errorf("resumed from the first page's NextToken (-want +got):\n%s", diff)
	}
}

// TestPagesEveryList runs every Pages method against the fake tenant.
func TestPagesEveryList(t *testing.T) {
	srv := benchlingtest.NewServer(t)
	srv.SeedUsers(5)
	srv.SeedEntries(5)
	srv.SeedEntryTemplates(5)
	for range 5 {
		srv.AddAaSequence(benchlingtest.AaSequence{Name: "p", AminoAcids: "MKTAYIAKQR"})
		srv.AddDnaSequence(benchlingtest.DnaSequence{Name: "d", Bases: "ACGTACGTACGT"})
	}
	client, err := srv.Client()
	if err != nil {
		t.Fatal(err)
	}
	ctx := bulkTenantCtx(t)
	lo := func(tok string) benchling.ListOptions { return benchling.ListOptions{PageSize: 2, NextToken: tok} }

	t.Run("Users", func(t *testing.T) {
		o := func(tok string) *benchling.UserListOptions { return &benchling.UserListOptions{ListOptions: lo(tok)} }
		checkPages(t, func(u *benchling.User) string { return u.ID },
			func(tok string) iter.Seq2[*benchling.Page[benchling.User], error] {
				return client.Users.Pages(ctx, o(tok))
			},
			client.Users.All(ctx, o("")))
	})
	t.Run("AaSequences", func(t *testing.T) {
		o := func(tok string) *benchling.AaSequenceListOptions {
			return &benchling.AaSequenceListOptions{ListOptions: lo(tok)}
		}
		checkPages(t, func(s *benchling.AaSequence) string { return s.ID },
			func(tok string) iter.Seq2[*benchling.Page[benchling.AaSequence], error] {
				return client.AaSequences.Pages(ctx, o(tok))
			}, client.AaSequences.All(ctx, o("")))
	})
	t.Run("AaSequences match and search", func(t *testing.T) {
		m := func(tok string) *benchling.AaSequencesMatchBases {
			return &benchling.AaSequencesMatchBases{ListOptions: lo(tok), AminoAcids: "MKTAYIAKQR"}
		}
		checkPages(t, func(s *benchling.AaSequence) string { return s.ID },
			func(tok string) iter.Seq2[*benchling.Page[benchling.AaSequence], error] {
				return client.AaSequences.PagesMatchAminoAcids(ctx, m(tok))
			}, client.AaSequences.AllMatchAminoAcids(ctx, m("")))
		q := func(tok string) *benchling.AaSequencesSearchBases {
			return &benchling.AaSequencesSearchBases{ListOptions: lo(tok), AminoAcids: "TAYIA"}
		}
		checkPages(t, func(s *benchling.AaSequence) string { return s.ID },
			func(tok string) iter.Seq2[*benchling.Page[benchling.AaSequence], error] {
				return client.AaSequences.PagesSearchAminoAcids(ctx, q(tok))
			}, client.AaSequences.AllSearchAminoAcids(ctx, q("")))
	})
	t.Run("DnaSequences", func(t *testing.T) {
		o := func(tok string) *benchling.DnaSequenceListOptions {
			return &benchling.DnaSequenceListOptions{ListOptions: lo(tok)}
		}
		checkPages(t, func(s *benchling.DnaSequence) string { return s.ID },
			func(tok string) iter.Seq2[*benchling.Page[benchling.DnaSequence], error] {
				return client.DnaSequences.Pages(ctx, o(tok))
			}, client.DnaSequences.All(ctx, o("")))
		m := func(tok string) *benchling.MatchBasesRequest {
			return &benchling.MatchBasesRequest{ListOptions: lo(tok), Bases: "ACGTACGTACGT"}
		}
		checkPages(t, func(s *benchling.DnaSequence) string { return s.ID },
			func(tok string) iter.Seq2[*benchling.Page[benchling.DnaSequence], error] {
				return client.DnaSequences.PagesMatchBases(ctx, m(tok))
			}, client.DnaSequences.AllMatchBases(ctx, m("")))
		q := func(tok string) *benchling.SearchBasesRequest {
			return &benchling.SearchBasesRequest{ListOptions: lo(tok), Bases: "CGTACGTA"}
		}
		checkPages(t, func(s *benchling.DnaSequence) string { return s.ID },
			func(tok string) iter.Seq2[*benchling.Page[benchling.DnaSequence], error] {
				return client.DnaSequences.PagesSearchBases(ctx, q(tok))
			}, client.DnaSequences.AllSearchBases(ctx, q("")))
	})
	t.Run("Entries", func(t *testing.T) {
		o := func(tok string) *benchling.EntryListOptions { return &benchling.EntryListOptions{ListOptions: lo(tok)} }
		checkPages(t, func(e *benchling.Entry) string { return e.ID },
			func(tok string) iter.Seq2[*benchling.Page[benchling.Entry], error] {
				return client.Entries.Pages(ctx, o(tok))
			},
			client.Entries.All(ctx, o("")))
		ot := func(tok string) *benchling.EntryTemplateListOptions {
			return &benchling.EntryTemplateListOptions{ListOptions: lo(tok)}
		}
		checkPages(t, func(e *benchling.EntryTemplate) string { return e.ID },
			func(tok string) iter.Seq2[*benchling.Page[benchling.EntryTemplate], error] {
				return client.Entries.PagesTemplates(ctx, ot(tok))
			}, client.Entries.AllTemplates(ctx, ot("")))
	})
}
