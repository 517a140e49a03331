package benchling

import (
	"encoding/json"
	"errors"
	"net/http"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRegistry exercises every method of RegistryService with the spec's
// fixtures (see spec_cases_test.go); the union's kinds are checked in
// TestRegistryBulkGetRegisteredEntities.
func TestRegistry(t *testing.T) {
	deprecated := func(op, path, key string, list func(c *Client) (any, error)) specCase {
		return specCase{name: op, op: op, pattern: "GET /registries/src_1/" + path, status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) { l, err := list(c); return map[string]any{key: l}, err }}
	}
	ctx := testCtx(t)
	runSpecCases(t, []specCase{
		{name: "List", op: "listRegistries", pattern: "GET /registries", status: http.StatusOK,
			query: map[string]string{"name": "Main", "modifiedAt": "> 2022-01-01"},
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.Registry.List(testCtx(t), &RegistryListOptions{Name: "Main", ModifiedAt: "> 2022-01-01"})
				return map[string]any{"registries": l}, err
			}},
		{name: "Get", op: "getRegistry", pattern: "GET /registries/src_1", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				r, _, err := c.Registry.Get(testCtx(t), "src_1")
				return r, err
			}},
		{name: "BulkGetRegisteredEntities", op: "bulkGetRegisteredEntities", pattern: "GET /registries/src_1/registered-entities:bulk-get",
			status: http.StatusOK, query: map[string]string{"entityRegistryIds": "DNA001,CE001"},
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.Registry.BulkGetRegisteredEntities(testCtx(t), "src_1", []string{"DNA001", "CE001"})
				if err == nil {
					if d, ok := l[0].(*DnaSequenceWithEntityType); !ok || d.Kind() != EntityTypeDnaSequence || d.Bases == "" || d.Labels().ID != d.ID {
						t.Errorf("entity 0: %T %+v", l[0], l[0])
					}
				}
				return map[string]any{"entities": l}, err
			}},
		{name: "BulkRegisterEntities", op: "registerEntities", pattern: "POST /registries/src_1:bulk-register-entities",
			status: http.StatusAccepted, task: []byte(`{}`),
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.Registry.BulkRegisterEntities(testCtx(t), "src_1", reqFixture[RegisterEntities](t, "registerEntities"))
				if err == nil {
					wantTaskResult(t, l, []byte(`{}`))
				}
				return l, err
			}},
		{name: "UnregisterEntities", op: "unregisterEntities", pattern: "POST /registries/src_1:unregister-entities", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				_, err := c.Registry.UnregisterEntities(testCtx(t), "src_1", reqFixture[UnregisterEntities](t, "unregisterEntities"))
				return map[string]any{}, err
			}},
		deprecated("listBatchSchemasByRegistry", "batch-schemas", "batchSchemas", func(c *Client) (any, error) {
			l, _, err := c.Registry.ListBatchSchemas(ctx, "src_1")
			return l, err
		}),
		deprecated("listBoxSchemasByRegistry", "box-schemas", "boxSchemas", func(c *Client) (any, error) {
			l, _, err := c.Registry.ListBoxSchemas(ctx, "src_1")
			return l, err
		}),
		deprecated("listContainerSchemasByRegistry", "container-schemas", "containerSchemas", func(c *Client) (any, error) {
			l, _, err := c.Registry.ListContainerSchemas(ctx, "src_1")
			return l, err
		}),
		deprecated("listDropdownsByRegistry", "dropdowns", "dropdowns", func(c *Client) (any, error) {
			l, _, err := c.Registry.ListDropdowns(ctx, "src_1")
			return l, err
		}),
		deprecated("listEntitySchemasByRegistry", "entity-schemas", "entitySchemas", func(c *Client) (any, error) {
			l, _, err := c.Registry.ListEntitySchemas(ctx, "src_1")
			return l, err
		}),
		deprecated("listLocationSchemasByRegistry", "location-schemas", "locationSchemas", func(c *Client) (any, error) {
			l, _, err := c.Registry.ListLocationSchemas(ctx, "src_1")
			return l, err
		}),
		deprecated("listPlateSchemasByRegistry", "plate-schemas", "plateSchemas", func(c *Client) (any, error) {
			l, _, err := c.Registry.ListPlateSchemas(ctx, "src_1")
			return l, err
		}),
	})
}

// TestRegistryErrors: bad IDs are ErrInvalidID before anything is sent,
// and an unknown registry is a 404.
func TestRegistryErrors(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /registries/src_missing", serveJSON(t, http.MethodGet, http.StatusNotFound, notFoundBody("Registry", "src_missing")))
	ctx, s := testCtx(t), env.client.Registry
	_, _, err := s.Get(ctx, "src_missing")
	wantNotFound(t, err)
	wantInvalidID(t, map[string]func() error{
		"Get":                       func() error { _, _, err := s.Get(ctx, "a/b"); return err },
		"BulkGetRegisteredEntities": func() error { _, _, err := s.BulkGetRegisteredEntities(ctx, "", []string{"CE1"}); return err },
		"BulkRegisterEntities": func() error {
			_, _, err := s.BulkRegisterEntities(ctx, "..", &RegisterEntities{EntityIDs: []string{"bfi_1"}})
			return err
		},
		"UnregisterEntities": func() error {
			_, err := s.UnregisterEntities(ctx, "src_1", &UnregisterEntities{EntityIDs: []string{"bfi/1"}, FolderID: "lib_1"})
			return err
		},
		"ListEntitySchemas": func() error { _, _, err := s.ListEntitySchemas(ctx, " "); return err },
	})
}

// TestRegistryByName sends the name filter and matches the name exactly.
func TestRegistryByName(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /registries", func(w http.ResponseWriter, r *http.Request) {
		regs := []any{}
		switch r.URL.Query().Get("name") {
		case "Main":
			regs = []any{map[string]any{"id": "src_1", "name": "Main"}}
		case "Twin":
			regs = []any{map[string]any{"id": "src_2", "name": "Twin"}, map[string]any{"id": "src_3", "name": "Twin"}}
		case "main":
			regs = []any{map[string]any{"id": "src_1", "name": "Main"}} // a case-insensitive match is none
		}
		serveJSON(t, http.MethodGet, http.StatusOK, map[string]any{"registries": regs})(w, r)
	})
	ctx, s := testCtx(t), env.client.Registry
	if r, err := s.ByName(ctx, "Main"); err != nil || r.ID != "src_1" {
		t.Errorf("ByName(Main) = %+v, %v", r, err)
	}
	var amb *AmbiguousError
	if _, err := s.ByName(ctx, "Twin"); !errors.As(err, &amb) || len(amb.IDs) != 2 || amb.Kind != "registry" {
		t.Errorf("ByName(Twin): %v", err)
	}
	if _, err := s.ByName(ctx, "main"); !errors.Is(err, ErrNotFound) {
		t.Errorf("ByName(main): %v", err)
	}
	if _, err := s.ByName(ctx, " "); err == nil {
		t.Error("ByName of a blank name sent a request")
	}
}

// TestRegistryBulkGetRegisteredEntities decodes every kind of the Entity
// union from its branch fixture, and an unknown kind, whose JSON is kept.
func TestRegistryBulkGetRegisteredEntities(t *testing.T) {
	checks := map[string]func(Entity) bool{
		"AaSequenceWithEntityType":   func(e Entity) bool { a, ok := e.(*AaSequenceWithEntityType); return ok && a.AminoAcids != "" },
		"CustomEntityWithEntityType": func(e Entity) bool { c, ok := e.(*CustomEntityWithEntityType); return ok && c.Schema != nil },
		"DnaOligoWithEntityType":     func(e Entity) bool { d, ok := e.(*DnaOligoWithEntityType); return ok && d.Bases != "" },
		"DnaSequenceWithEntityType":  func(e Entity) bool { d, ok := e.(*DnaSequenceWithEntityType); return ok && d.Bases != "" },
		"MixtureWithEntityType":      func(e Entity) bool { m, ok := e.(*MixtureWithEntityType); return ok && len(m.Ingredients) == 1 },
		"MoleculeWithEntityType":     func(e Entity) bool { m, ok := e.(*MoleculeWithEntityType); return ok && m.CanonicalizedSmiles != "" },
		"RnaOligoWithEntityType":     func(e Entity) bool { r, ok := e.(*RnaOligoWithEntityType); return ok && r.Bases != "" },
		"RnaSequenceWithEntityType":  func(e Entity) bool { r, ok := e.(*RnaSequenceWithEntityType); return ok && r.Bases != "" },
	}
	// Every branch of the spec's Entity (a fixture each) is a known kind.
	branches, _ := filepath.Glob(filepath.Join("testdata", "spec", "schemas", "Entity.*.json"))
	if len(branches) != len(checks) {
		t.Errorf("the spec's Entity has %d branches, the test knows %d", len(branches), len(checks))
	}
	for _, f := range branches {
		branch := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(f), "Entity."), ".json")
		fx := specBranchFixture(t, "Entity", branch)
		e, err := DecodeEntity(fx)
		if err != nil {
			t.Fatalf("%s: %v", branch, err)
		}
		if check := checks[branch]; check == nil || !check(e) || e.Labels().ID == "" || string(e.Kind()) == "" {
			t.Errorf("%s decoded as %T %+v", branch, e, e)
		}
		wantRoundTrip(t, fx, e)
	}

	raw := `[{"entityType":"plasmid_map","id":"pm_1","name":"Map","entityRegistryId":"PM1","extra":{"a":[1,2]}},{"id":"x_1"}]`
	var l EntityList
	if err := json.Unmarshal([]byte(raw), &l); err != nil {
		t.Fatal(err)
	}
	u, ok := l[0].(*UnknownEntity)
	if !ok || u.Kind() != "plasmid_map" || u.Labels().ID != "pm_1" || *u.Labels().EntityRegistryID != "PM1" {
		t.Fatalf("unknown kind: %T %+v", l[0], l[0])
	}
	if u2, ok := l[1].(*UnknownEntity); !ok || u2.Kind() != "" || u2.ID != "x_1" {
		t.Errorf("no kind: %T %+v", l[1], l[1])
	}
	b, err := json.Marshal(l)
	if err != nil || !json.Valid(b) {
		t.Fatal(err)
	}
	if diff := cmp.Diff(normalJSON(t, []byte(raw)), normalJSON(t, b)); diff != "" {
		t.Errorf("unknown entities do not re-encode as they came (-in +out):\n%s", diff)
	}
	// A known kind that does not fit its struct is an error naming it.
	if err := json.Unmarshal([]byte(`[{"entityType":"molecule","name":7}]`), &l); err == nil || !strings.Contains(err.Error(), "entity 0") {
		t.Errorf("a malformed molecule: %v", err)
	}
	if _, err := json.Marshal(EntityList{nil}); err == nil {
		t.Error("a nil entity encoded")
	}
	if b, err := json.Marshal(&UnknownEntity{EntityType: "x", EntityBase: EntityBase{ID: "x_1"}}); err != nil || string(b) != `{"entityType":"x","id":"x_1"}` {
		t.Errorf("UnknownEntity without Raw: %s %v", b, err)
	}
}
