// Package schemagen writes Go types for a Benchling tenant's schemas: the
// code of the command benchling-schemagen (cmd/benchling-schemagen). Load
// reads the schemas and their dropdowns through the SDK, Generate writes a
// Go file from them, Diff shows what differs from the file on disk.
package schemagen

import (
	"context"
	"fmt"
	"iter"
	"slices"
	"sort"
	"strings"

	"github.com/benchling-go/benchling"
)

// kind is a kind of schema: its name on the command line, how it and its
// items are called, the suffix its struct takes when another kind's has its name,
// whether the list of its items takes schemaField filters, and whether its
// items key their fields by the fields' system names (assay results and
// runs: "Please note the field keys must be the field's system name, not
// display name", says the spec).
type kind struct {
	flag        string
	noun        string
	items       string
	suffix      string
	filters     bool
	systemNames bool // items key their fields by the fields' system names
}

// kinds are the kinds of schemas the generator reads, in the order of the
// generated code.
var kinds = []kind{
	{"entity", "entity schema", "entities", "Entity", true, false},
	{"batch", "batch schema", "batches", "Batch", false, false},
	{"container", "container schema", "containers", "Container", true, false},
	{"box", "box schema", "boxes", "Box", true, false},
	{"plate", "plate schema", "plates", "Plate", true, false},
	{"location", "location schema", "locations", "Location", true, false},
	{"entry", "entry schema", "notebook entries", "Entry", false, false},
	{"request", "legacy request schema", "legacy requests", "Request", false, false},
	{"request-task", "legacy request task schema", "legacy request tasks", "RequestTask", false, false},
	{"workflow-task", "workflow task schema", "workflow tasks", "WorkflowTask", true, false},
	{"workflow-output", "workflow output schema", "workflow outputs", "WorkflowOutput", true, false},
	{"assay-run", "assay run schema", "assay runs", "AssayRun", false, true},
	{"assay-result", "assay result schema", "assay results", "AssayResult", false, true},
}

// KindNames are the names of the kinds of schemas, as -kinds takes them.
func KindNames() []string {
	out := make([]string, len(kinds))
	for i, k := range kinds {
		out[i] = k.flag
	}
	return out
}

func kindOf(flag string) (int, bool) {
	for i, k := range kinds {
		if k.flag == flag {
			return i, true
		}
	}
	return 0, false
}

// ParseKinds reads a comma-separated list of kinds ("entity,assay-result",
// or "all"), in any order; the result is in the generator's order.
func ParseKinds(s string) ([]string, error) {
	if strings.TrimSpace(s) == "all" {
		return KindNames(), nil
	}
	seen := map[int]bool{}
	for _, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		i, ok := kindOf(f)
		if !ok {
			return nil, fmt.Errorf("unknown kind of schema %q (the kinds: %s, or all)", f, strings.Join(KindNames(), ", "))
		}
		seen[i] = true
	}
	if len(seen) == 0 {
		return nil, fmt.Errorf("no kind of schema given (the kinds: %s, or all)", strings.Join(KindNames(), ", "))
	}
	var out []string
	for i, k := range kinds {
		if seen[i] {
			out = append(out, k.flag)
		}
	}
	return out, nil
}

// Schema is one schema to generate a struct for.
type Schema struct {
	// Kind is the kind of schema, one of KindNames.
	Kind string
	// Schema is the schema: its ID, name, type (for an entity schema, the
	// kind of entity) and field definitions.
	Schema benchling.Schema
}

// Source is what Generate writes code for.
type Source struct {
	// Tenant says where the schemas come from, for the file's header:
	// "acme.benchling.com", or "the fake tenant (benchlingtest)".
	Tenant string
	// Kinds are the kinds of schemas that were read, in the generator's
	// order.
	Kinds []string
	// Schemas are the schemas.
	Schemas []Schema
	// Dropdowns are the dropdowns of the schemas' dropdown fields, by ID.
	Dropdowns map[string]*benchling.Dropdown
}

// Selection says which schemas Load reads.
type Selection struct {
	// Kinds are the kinds of schemas, from KindNames.
	Kinds []string
	// Schemas, when not empty, restrict the schemas to those whose ID or
	// name (exactly) is one of these; each must match at least one schema.
	Schemas []string
}

// Load reads the unarchived schemas of the selected kinds through c, and
// the dropdowns their dropdown fields take options from. tenant is
// Source.Tenant.
func Load(ctx context.Context, c *benchling.Client, tenant string, sel Selection) (*Source, error) {
	src := &Source{Tenant: tenant, Dropdowns: map[string]*benchling.Dropdown{}}
	for _, k := range sel.Kinds {
		if _, ok := kindOf(k); !ok {
			return nil, fmt.Errorf("unknown kind of schema %q", k)
		}
	}
	for _, k := range kinds {
		if !slices.Contains(sel.Kinds, k.flag) {
			continue
		}
		src.Kinds = append(src.Kinds, k.flag)
		schemas, err := readKind(ctx, c, k.flag)
		if err != nil {
			return nil, fmt.Errorf("reading the %ss: %w", k.noun, err)
		}
		for _, s := range schemas {
			if s.ArchiveRecord == nil {
				src.Schemas = append(src.Schemas, Schema{Kind: k.flag, Schema: *s})
			}
		}
	}
	if len(sel.Schemas) > 0 {
		var kept []Schema
		for _, want := range sel.Schemas {
			n := 0
			for _, s := range src.Schemas {
				if s.Schema.ID == want || s.Schema.Name == want {
					n++
					if !slices.ContainsFunc(kept, func(k Schema) bool { return k.Kind == s.Kind && k.Schema.ID == s.Schema.ID }) {
						kept = append(kept, s)
					}
				}
			}
			if n == 0 {
				var nouns []string
				for _, k := range src.Kinds {
					i, _ := kindOf(k)
					nouns = append(nouns, kinds[i].noun)
				}
				return nil, fmt.Errorf("no unarchived %s has the ID or name %q", strings.Join(nouns, " or "), want)
			}
		}
		src.Schemas = kept
	}
	var ddIDs []string
	for _, s := range src.Schemas {
		for _, f := range s.Schema.FieldDefinitions {
			if d, ok := f.(*benchling.DropdownFieldDefinition); ok && d.ArchiveRecord == nil && d.DropdownID != nil && *d.DropdownID != "" {
				ddIDs = append(ddIDs, *d.DropdownID)
			}
		}
	}
	sort.Strings(ddIDs)
	for _, id := range slices.Compact(ddIDs) {
		dd, _, err := c.Dropdowns.Get(ctx, id)
		if err != nil {
			return nil, fmt.Errorf("reading the dropdown %s: %w", id, err)
		}
		src.Dropdowns[id] = dd
	}
	return src, nil
}

// readKind reads every schema of one kind.
func readKind(ctx context.Context, c *benchling.Client, k string) ([]*benchling.Schema, error) {
	page := benchling.ListOptions{PageSize: 100}
	opts := &benchling.SchemaListOptions{ListOptions: page}
	s := c.Schemas
	switch k {
	case "entity":
		return bases(s.AllEntitySchemas(ctx, opts), func(x *benchling.EntitySchema) *benchling.Schema { return &x.Schema })
	case "batch":
		return bases(s.AllBatchSchemas(ctx, opts), func(x *benchling.BatchSchema) *benchling.Schema { return &x.Schema })
	case "container":
		return bases(s.AllContainerSchemas(ctx, opts), func(x *benchling.ContainerSchema) *benchling.Schema { return &x.Schema })
	case "box":
		return bases(s.AllBoxSchemas(ctx, &page), func(x *benchling.BoxSchema) *benchling.Schema { return &x.Schema })
	case "plate":
		return bases(s.AllPlateSchemas(ctx, &page), func(x *benchling.PlateSchema) *benchling.Schema { return &x.Schema })
	case "location":
		return bases(s.AllLocationSchemas(ctx, &page), func(x *benchling.LocationSchema) *benchling.Schema { return &x.Schema })
	case "entry":
		return bases(s.AllEntrySchemas(ctx, opts), func(x *benchling.EntrySchemaDetailed) *benchling.Schema { return &x.Schema })
	case "request":
		return bases(s.AllRequestSchemas(ctx, opts), func(x *benchling.RequestSchema) *benchling.Schema { return &x.Schema })
	case "request-task":
		return bases(s.AllRequestTaskSchemas(ctx, opts), func(x *benchling.RequestTaskSchema) *benchling.Schema { return &x.Schema })
	case "workflow-task":
		return bases(s.AllWorkflowTaskSchemas(ctx, opts), func(x *benchling.WorkflowTaskSchema) *benchling.Schema { return &x.Schema })
	case "workflow-output":
		// A workflow task schema holds the schema of its outputs.
		var out []*benchling.Schema
		for x, err := range s.AllWorkflowTaskSchemas(ctx, opts) {
			if err != nil {
				return nil, err
			}
			if o := x.WorkflowOutputSchema; o != nil && o.ID != "" && x.ArchiveRecord == nil {
				out = append(out, &o.Schema)
			}
		}
		return out, nil
	case "assay-run":
		return bases(s.AllAssayRunSchemas(ctx, opts), func(x *benchling.AssayRunSchema) *benchling.Schema { return &x.Schema })
	case "assay-result":
		return bases(s.AllAssayResultSchemas(ctx, opts), func(x *benchling.AssayResultSchema) *benchling.Schema { return &x.Schema })
	}
	return nil, fmt.Errorf("unknown kind of schema %q", k)
}

// bases collects the Schema every item of a schema list embeds.
func bases[T any](seq iter.Seq2[*T, error], base func(*T) *benchling.Schema) ([]*benchling.Schema, error) {
	var out []*benchling.Schema
	for x, err := range seq {
		if err != nil {
			return nil, err
		}
		out = append(out, base(x))
	}
	return out, nil
}
