package benchling

import (
	"encoding/json"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
)

// TestSpecFixturesRoundTrip serves the spec's documented response of each
// read operation (testdata/spec, every property present) and checks that
// what the SDK decodes encodes back to the same document: a property a Go
// type misses, mis-tags or mis-types fails here.
func TestSpecFixturesRoundTrip(t *testing.T) {
	for _, c := range []struct {
		op, pattern string
		call        func(*Client, *testing.T) (any, error)
	}{
		{"getUser", "GET /users/ent_1", func(c *Client, t *testing.T) (any, error) {
			u, _, err := c.Users.Get(testCtx(t), "ent_1")
			return u, err
		}},
		{"listUsers", "GET /users", func(c *Client, t *testing.T) (any, error) {
			l, resp, err := c.Users.List(testCtx(t), nil)
			return map[string]any{"users": l, "nextToken": resp.NextToken}, err
		}},
		{"getUserActivity", "GET /users/ent_1/activity", func(c *Client, t *testing.T) (any, error) {
			a, _, err := c.Users.GetActivity(testCtx(t), "ent_1")
			return a, err
		}},
		{"getAASequence", "GET /aa-sequences/prtn_1", func(c *Client, t *testing.T) (any, error) {
			s, _, err := c.AaSequences.Get(testCtx(t), "prtn_1", nil)
			return s, err
		}},
		{"listAASequences", "GET /aa-sequences", func(c *Client, t *testing.T) (any, error) {
			l, resp, err := c.AaSequences.List(testCtx(t), nil)
			return map[string]any{"aaSequences": l, "nextToken": resp.NextToken}, err
		}},
		{"getDNASequence", "GET /dna-sequences/seq_1", func(c *Client, t *testing.T) (any, error) {
			s, _, err := c.DnaSequences.Get(testCtx(t), "seq_1", nil)
			return s, err
		}},
		{"listDNASequences", "GET /dna-sequences", func(c *Client, t *testing.T) (any, error) {
			l, resp, err := c.DnaSequences.List(testCtx(t), nil)
			return map[string]any{"dnaSequences": l, "nextToken": resp.NextToken}, err
		}},
		{"getEntry", "GET /entries/etr_1", func(c *Client, t *testing.T) (any, error) {
			e, _, err := c.Entries.Get(testCtx(t), "etr_1", nil)
			return map[string]any{"entry": e}, err
		}},
		{"listEntries", "GET /entries", func(c *Client, t *testing.T) (any, error) {
			l, resp, err := c.Entries.List(testCtx(t), nil)
			return map[string]any{"entries": l, "nextToken": resp.NextToken}, err
		}},
		{"getEntryTemplate", "GET /entry-templates/tmpl_1", func(c *Client, t *testing.T) (any, error) {
			e, _, err := c.Entries.GetTemplate(testCtx(t), "tmpl_1", nil)
			return e, err
		}},
		{"listEntryTemplates", "GET /entry-templates", func(c *Client, t *testing.T) (any, error) {
			l, resp, err := c.Entries.ListTemplates(testCtx(t), nil)
			return map[string]any{"entryTemplates": l, "nextToken": resp.NextToken}, err
		}},
	} {
		t.Run(c.op, func(t *testing.T) {
			env := setup(t)
			fx := specFixture(t, c.op, http.StatusOK)
			method, _, _ := strings.Cut(c.pattern, " ")
			env.mux.HandleFunc(c.pattern, serveJSON(t, method, http.StatusOK, fx))
			got, err := c.call(env.client, t)
			if err != nil {
				t.Fatal(err)
			}
			wantRoundTrip(t, fx, got)
		})
	}
}

// TestSpecFixturesNoteParts decodes one spec fixture per branch of
// EntryNotePart and checks each round trip.
func TestSpecFixturesNoteParts(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "spec", "schemas", "EntryNotePart.*.json"))
	if err != nil || len(files) < 10 {
		t.Fatalf("EntryNotePart fixtures: %v (%d)", err, len(files))
	}
	for _, f := range files {
		branch := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(f), "EntryNotePart."), ".json")
		t.Run(branch, func(t *testing.T) {
			fx := specBranchFixture(t, "EntryNotePart", branch)
			var parts EntryNoteParts
			if err := json.Unmarshal(append(append([]byte("["), fx...), ']'), &parts); err != nil {
				t.Fatal(err)
			}
			if _, unknown := parts[0].(*UnknownNotePart); unknown {
				t.Fatalf("%s decodes as an unknown note part", branch)
			}
			wantRoundTrip(t, fx, parts[0])
		})
	}
}

// TestSpecRequestFixturesRoundTrip decodes the spec's request body of
// each create, update and upsert operation into the SDK's body type and
// checks that it encodes back to the same document: a property the type
// cannot send fails here.
func TestSpecRequestFixturesRoundTrip(t *testing.T) {
	for op, body := range map[string]any{
		"createUser":          &UserCreate{},
		"updateUser":          &UserUpdate{},
		"createAASequence":    &AaSequenceCreate{},
		"updateAASequence":    &AaSequenceUpdate{},
		"upsertAaSequence":    &AaSequenceUpsert{},
		"createDNASequence":   &DnaSequenceCreate{},
		"updateDNASequence":   &DnaSequenceUpdate{},
		"upsertDNASequence":   &DnaSequenceUpsertRequest{},
		"createEntry":         &EntryCreate{},
		"updateEntry":         &EntryUpdate{},
		"updateEntryTemplate": &EntryTemplateUpdate{},
	} {
		t.Run(op, func(t *testing.T) {
			fx := specRequestFixture(t, op)
			if err := json.Unmarshal(fx, body); err != nil {
				t.Fatal(err)
			}
			wantRoundTrip(t, fx, body)
		})
	}
}
