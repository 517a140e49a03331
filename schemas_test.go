package benchling

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"reflect"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// schemaKind is one kind of schema the Schemas service reads, with its
// methods as closures so that one test serves all twelve.
type schemaKind struct {
	noun          string // the methods' noun: "EntitySchemas"
	path, key     string // "entity-schemas", "entitySchemas"
	listOp, getOp string // operation IDs, for the spec fixtures
	modifiedAt    bool   // the list takes SchemaListOptions (else ListOptions)

	list   func(ctx context.Context, c *Client, pageSize int, token, modifiedAt string) (any, *Response, error)
	all    func(ctx context.Context, c *Client) ([]string, error)   // IDs
	pages  func(ctx context.Context, c *Client) ([][]string, error) // IDs by page
	get    func(ctx context.Context, c *Client, id string) (any, *Response, error)
	byName func(ctx context.Context, c *Client, name string) (string, error) // ID
}

// schemaOpts makes the options of a kind's list.
func schemaOpts(pageSize int, token, modifiedAt string) *SchemaListOptions {
	return &SchemaListOptions{ListOptions: ListOptions{PageSize: pageSize, NextToken: token}, ModifiedAt: modifiedAt}
}

func pageOpts(pageSize int, token string) *ListOptions {
	return &ListOptions{PageSize: pageSize, NextToken: token}
}

// seqIDs gathers the IDs an All or Pages iterator yields.
func seqIDs[T any](seq func(yield func(*T, error) bool), id func(*T) string) ([]string, error) {
	var out []string
	for it, err := range seq {
		if err != nil {
			return out, err
		}
		out = append(out, id(it))
	}
	return out, nil
}

func pageIDs[T any](seq func(yield func(*Page[T], error) bool), id func(*T) string) ([][]string, error) {
	var out [][]string
	for p, err := range seq {
		if err != nil {
			return out, err
		}
		var ids []string
		for _, it := range p.Items {
			ids = append(ids, id(it))
		}
		out = append(out, ids)
	}
	return out, nil
}

func lookupID[T any, P interface {
	*T
	lookupItem
}](p P, err error) (string, error) {
	if err != nil {
		return "", err
	}
	_, id, _ := p.lookupKey()
	return id, nil
}

var schemaKinds = []schemaKind{
	{
		noun: "EntitySchemas", path: "entity-schemas", key: "entitySchemas", listOp: "listEntitySchemas", getOp: "getEntitySchema", modifiedAt: true,
		list: func(ctx context.Context, c *Client, n int, tok, m string) (any, *Response, error) {
			return c.Schemas.ListEntitySchemas(ctx, schemaOpts(n, tok, m))
		},
		all: func(ctx context.Context, c *Client) ([]string, error) {
			return seqIDs(c.Schemas.AllEntitySchemas(ctx, nil), func(s *EntitySchema) string { return s.ID })
		},
		pages: func(ctx context.Context, c *Client) ([][]string, error) {
			return pageIDs(c.Schemas.PagesEntitySchemas(ctx, nil), func(s *EntitySchema) string { return s.ID })
		},
		get: func(ctx context.Context, c *Client, id string) (any, *Response, error) {
			return c.Schemas.GetEntitySchema(ctx, id)
		},
		byName: func(ctx context.Context, c *Client, n string) (string, error) {
			return lookupID(c.Schemas.EntitySchemaByName(ctx, n))
		},
	},
	{
		noun: "BatchSchemas", path: "batch-schemas", key: "batchSchemas", listOp: "listBatchSchemas", getOp: "getBatchSchema", modifiedAt: true,
		list: func(ctx context.Context, c *Client, n int, tok, m string) (any, *Response, error) {
			return c.Schemas.ListBatchSchemas(ctx, schemaOpts(n, tok, m))
		},
		all: func(ctx context.Context, c *Client) ([]string, error) {
			return seqIDs(c.Schemas.AllBatchSchemas(ctx, nil), func(s *BatchSchema) string { return s.ID })
		},
		pages: func(ctx context.Context, c *Client) ([][]string, error) {
			return pageIDs(c.Schemas.PagesBatchSchemas(ctx, nil), func(s *BatchSchema) string { return s.ID })
		},
		get: func(ctx context.Context, c *Client, id string) (any, *Response, error) {
			return c.Schemas.GetBatchSchema(ctx, id)
		},
		byName: func(ctx context.Context, c *Client, n string) (string, error) {
			return lookupID(c.Schemas.BatchSchemaByName(ctx, n))
		},
	},
	{
		noun: "BoxSchemas", path: "box-schemas", key: "boxSchemas", listOp: "listBoxSchemas", getOp: "getBoxSchema",
		list: func(ctx context.Context, c *Client, n int, tok, _ string) (any, *Response, error) {
			return c.Schemas.ListBoxSchemas(ctx, pageOpts(n, tok))
		},
		all: func(ctx context.Context, c *Client) ([]string, error) {
			return seqIDs(c.Schemas.AllBoxSchemas(ctx, nil), func(s *BoxSchema) string { return s.ID })
		},
		pages: func(ctx context.Context, c *Client) ([][]string, error) {
			return pageIDs(c.Schemas.PagesBoxSchemas(ctx, nil), func(s *BoxSchema) string { return s.ID })
		},
		get: func(ctx context.Context, c *Client, id string) (any, *Response, error) {
			return c.Schemas.GetBoxSchema(ctx, id)
		},
		byName: func(ctx context.Context, c *Client, n string) (string, error) {
			return lookupID(c.Schemas.BoxSchemaByName(ctx, n))
		},
	},
	{
		noun: "ContainerSchemas", path: "container-schemas", key: "containerSchemas", listOp: "listContainerSchemas", getOp: "getContainerSchema", modifiedAt: true,
		list: func(ctx context.Context, c *Client, n int, tok, m string) (any, *Response, error) {
			return c.Schemas.ListContainerSchemas(ctx, schemaOpts(n, tok, m))
		},
		all: func(ctx context.Context, c *Client) ([]string, error) {
			return seqIDs(c.Schemas.AllContainerSchemas(ctx, nil), func(s *ContainerSchema) string { return s.ID })
		},
		pages: func(ctx context.Context, c *Client) ([][]string, error) {
			return pageIDs(c.Schemas.PagesContainerSchemas(ctx, nil), func(s *ContainerSchema) string { return s.ID })
		},
		get: func(ctx context.Context, c *Client, id string) (any, *Response, error) {
			return c.Schemas.GetContainerSchema(ctx, id)
		},
		byName: func(ctx context.Context, c *Client, n string) (string, error) {
			return lookupID(c.Schemas.ContainerSchemaByName(ctx, n))
		},
	},
	{
		noun: "LocationSchemas", path: "location-schemas", key: "locationSchemas", listOp: "listLocationSchemas", getOp: "getLocationSchema",
		list: func(ctx context.Context, c *Client, n int, tok, _ string) (any, *Response, error) {
			return c.Schemas.ListLocationSchemas(ctx, pageOpts(n, tok))
		},
		all: func(ctx context.Context, c *Client) ([]string, error) {
			return seqIDs(c.Schemas.AllLocationSchemas(ctx, nil), func(s *LocationSchema) string { return s.ID })
		},
		pages: func(ctx context.Context, c *Client) ([][]string, error) {
			return pageIDs(c.Schemas.PagesLocationSchemas(ctx, nil), func(s *LocationSchema) string { return s.ID })
		},
		get: func(ctx context.Context, c *Client, id string) (any, *Response, error) {
			return c.Schemas.GetLocationSchema(ctx, id)
		},
		byName: func(ctx context.Context, c *Client, n string) (string, error) {
			return lookupID(c.Schemas.LocationSchemaByName(ctx, n))
		},
	},
	{
		noun: "PlateSchemas", path: "plate-schemas", key: "plateSchemas", listOp: "listPlateSchemas", getOp: "getPlateSchema",
		list: func(ctx context.Context, c *Client, n int, tok, _ string) (any, *Response, error) {
			return c.Schemas.ListPlateSchemas(ctx, pageOpts(n, tok))
		},
		all: func(ctx context.Context, c *Client) ([]string, error) {
			return seqIDs(c.Schemas.AllPlateSchemas(ctx, nil), func(s *PlateSchema) string { return s.ID })
		},
		pages: func(ctx context.Context, c *Client) ([][]string, error) {
			return pageIDs(c.Schemas.PagesPlateSchemas(ctx, nil), func(s *PlateSchema) string { return s.ID })
		},
		get: func(ctx context.Context, c *Client, id string) (any, *Response, error) {
			return c.Schemas.GetPlateSchema(ctx, id)
		},
		byName: func(ctx context.Context, c *Client, n string) (string, error) {
			return lookupID(c.Schemas.PlateSchemaByName(ctx, n))
		},
	},
	{
		noun: "EntrySchemas", path: "entry-schemas", key: "entrySchemas", listOp: "listEntrySchemas", getOp: "getEntrySchema", modifiedAt: true,
		list: func(ctx context.Context, c *Client, n int, tok, m string) (any, *Response, error) {
			return c.Schemas.ListEntrySchemas(ctx, schemaOpts(n, tok, m))
		},
		all: func(ctx context.Context, c *Client) ([]string, error) {
			return seqIDs(c.Schemas.AllEntrySchemas(ctx, nil), func(s *EntrySchemaDetailed) string { return s.ID })
		},
		pages: func(ctx context.Context, c *Client) ([][]string, error) {
			return pageIDs(c.Schemas.PagesEntrySchemas(ctx, nil), func(s *EntrySchemaDetailed) string { return s.ID })
		},
		get: func(ctx context.Context, c *Client, id string) (any, *Response, error) {
			return c.Schemas.GetEntrySchema(ctx, id)
		},
		byName: func(ctx context.Context, c *Client, n string) (string, error) {
			return lookupID(c.Schemas.EntrySchemaByName(ctx, n))
		},
	},
	{
		noun: "RequestSchemas", path: "request-schemas", key: "requestSchemas", listOp: "listRequestSchemas", getOp: "getRequestSchema", modifiedAt: true,
		list: func(ctx context.Context, c *Client, n int, tok, m string) (any, *Response, error) {
			return c.Schemas.ListRequestSchemas(ctx, schemaOpts(n, tok, m))
		},
		all: func(ctx context.Context, c *Client) ([]string, error) {
			return seqIDs(c.Schemas.AllRequestSchemas(ctx, nil), func(s *RequestSchema) string { return s.ID })
		},
		pages: func(ctx context.Context, c *Client) ([][]string, error) {
			return pageIDs(c.Schemas.PagesRequestSchemas(ctx, nil), func(s *RequestSchema) string { return s.ID })
		},
		get: func(ctx context.Context, c *Client, id string) (any, *Response, error) {
			return c.Schemas.GetRequestSchema(ctx, id)
		},
		byName: func(ctx context.Context, c *Client, n string) (string, error) {
			return lookupID(c.Schemas.RequestSchemaByName(ctx, n))
		},
	},
	{
		noun: "RequestTaskSchemas", path: "request-task-schemas", key: "requestTaskSchemas", listOp: "listRequestTaskSchemas", getOp: "getRequestTaskSchema", modifiedAt: true,
		list: func(ctx context.Context, c *Client, n int, tok, m string) (any, *Response, error) {
			return c.Schemas.ListRequestTaskSchemas(ctx, schemaOpts(n, tok, m))
		},
		all: func(ctx context.Context, c *Client) ([]string, error) {
			return seqIDs(c.Schemas.AllRequestTaskSchemas(ctx, nil), func(s *RequestTaskSchema) string { return s.ID })
		},
		pages: func(ctx context.Context, c *Client) ([][]string, error) {
			return pageIDs(c.Schemas.PagesRequestTaskSchemas(ctx, nil), func(s *RequestTaskSchema) string { return s.ID })
		},
		get: func(ctx context.Context, c *Client, id string) (any, *Response, error) {
			return c.Schemas.GetRequestTaskSchema(ctx, id)
		},
		byName: func(ctx context.Context, c *Client, n string) (string, error) {
			return lookupID(c.Schemas.RequestTaskSchemaByName(ctx, n))
		},
	},
	{
		noun: "WorkflowTaskSchemas", path: "workflow-task-schemas", key: "workflowTaskSchemas", listOp: "listWorkflowTaskSchemas", getOp: "getWorkflowTaskSchema", modifiedAt: true,
		list: func(ctx context.Context, c *Client, n int, tok, m string) (any, *Response, error) {
			return c.Schemas.ListWorkflowTaskSchemas(ctx, schemaOpts(n, tok, m))
		},
		all: func(ctx context.Context, c *Client) ([]string, error) {
			return seqIDs(c.Schemas.AllWorkflowTaskSchemas(ctx, nil), func(s *WorkflowTaskSchema) string { return s.ID })
		},
		pages: func(ctx context.Context, c *Client) ([][]string, error) {
			return pageIDs(c.Schemas.PagesWorkflowTaskSchemas(ctx, nil), func(s *WorkflowTaskSchema) string { return s.ID })
		},
		get: func(ctx context.Context, c *Client, id string) (any, *Response, error) {
			return c.Schemas.GetWorkflowTaskSchema(ctx, id)
		},
		byName: func(ctx context.Context, c *Client, n string) (string, error) {
			return lookupID(c.Schemas.WorkflowTaskSchemaByName(ctx, n))
		},
	},
	{
		noun: "AssayRunSchemas", path: "assay-run-schemas", key: "assayRunSchemas", listOp: "listAssayRunSchemas", getOp: "getRunSchema", modifiedAt: true,
		list: func(ctx context.Context, c *Client, n int, tok, m string) (any, *Response, error) {
			return c.Schemas.ListAssayRunSchemas(ctx, schemaOpts(n, tok, m))
		},
		all: func(ctx context.Context, c *Client) ([]string, error) {
			return seqIDs(c.Schemas.AllAssayRunSchemas(ctx, nil), func(s *AssayRunSchema) string { return s.ID })
		},
		pages: func(ctx context.Context, c *Client) ([][]string, error) {
			return pageIDs(c.Schemas.PagesAssayRunSchemas(ctx, nil), func(s *AssayRunSchema) string { return s.ID })
		},
		get: func(ctx context.Context, c *Client, id string) (any, *Response, error) {
			return c.Schemas.GetAssayRunSchema(ctx, id)
		},
		byName: func(ctx context.Context, c *Client, n string) (string, error) {
			return lookupID(c.Schemas.AssayRunSchemaByName(ctx, n))
		},
	},
	{
		noun: "AssayResultSchemas", path: "assay-result-schemas", key: "assayResultSchemas", listOp: "listAssayResultSchemas", getOp: "getResultSchema", modifiedAt: true,
		list: func(ctx context.Context, c *Client, n int, tok, m string) (any, *Response, error) {
			return c.Schemas.ListAssayResultSchemas(ctx, schemaOpts(n, tok, m))
		},
		all: func(ctx context.Context, c *Client) ([]string, error) {
			return seqIDs(c.Schemas.AllAssayResultSchemas(ctx, nil), func(s *AssayResultSchema) string { return s.ID })
		},
		pages: func(ctx context.Context, c *Client) ([][]string, error) {
			return pageIDs(c.Schemas.PagesAssayResultSchemas(ctx, nil), func(s *AssayResultSchema) string { return s.ID })
		},
		get: func(ctx context.Context, c *Client, id string) (any, *Response, error) {
			return c.Schemas.GetAssayResultSchema(ctx, id)
		},
		byName: func(ctx context.Context, c *Client, n string) (string, error) {
			return lookupID(c.Schemas.AssayResultSchemaByName(ctx, n))
		},
	},
}

// schemaFixtureItem returns the first item of a kind's list fixture, as
// JSON, with the given ID and name, unarchived unless archived.
func schemaFixtureItem(t *testing.T, k schemaKind, id, name string, archived bool) map[string]any {
	t.Helper()
	var page map[string]json.RawMessage
	var items []map[string]any
	if err := json.Unmarshal(specFixture(t, k.listOp, http.StatusOK), &page); err != nil {
		t.Error(err)
	}
	if err := json.Unmarshal(page[k.key], &items); err != nil || len(items) == 0 {
		t.Errorf("the %s fixture has no %s: %v", k.listOp, k.key, err)
		return map[string]any{"id": id, "name": name}
	}
	it := items[0]
	it["id"], it["name"] = id, name
	if !archived {
		delete(it, "archiveRecord")
	}
	return it
}

func TestSchemasList(t *testing.T) {
	for _, k := range schemaKinds {
		t.Run(k.noun, func(t *testing.T) {
			env := setup(t)
			fx := specFixture(t, k.listOp, http.StatusOK)
			env.mux.HandleFunc("GET /"+k.path, func(w http.ResponseWriter, r *http.Request) {
				want := map[string]string{"pageSize": "5", "nextToken": "tok1"}
				if k.modifiedAt {
					want["modifiedAt"] = "> 2024-01-01"
				}
				testQuery(t, r, want)
				serveJSON(t, http.MethodGet, http.StatusOK, fx)(w, r)
			})
			got, resp, err := k.list(testCtx(t), env.client, 5, "tok1", "> 2024-01-01")
			if err != nil {
				t.Fatal(err)
			}
			wantRoundTrip(t, fx, map[string]any{k.key: got, "nextToken": resp.NextToken})
		})
	}
}

func TestSchemasGet(t *testing.T) {
	for _, k := range schemaKinds {
		t.Run(k.noun, func(t *testing.T) {
			env := setup(t)
			fx := specFixture(t, k.getOp, http.StatusOK)
			env.mux.HandleFunc("GET /"+k.path+"/sch_1", serveJSON(t, http.MethodGet, http.StatusOK, fx))
			env.mux.HandleFunc("GET /"+k.path+"/sch_missing", serveJSON(t, http.MethodGet, http.StatusNotFound,
				`{"error":{"type":"invalid_request_error","message":"Schema not found.","userMessage":"Schema not found.","invalidId":"sch_missing"}}`))
			ctx := testCtx(t)

			got, _, err := k.get(ctx, env.client, "sch_1")
			if err != nil {
				t.Fatal(err)
			}
			wantRoundTrip(t, fx, got)

			_, resp, err := k.get(ctx, env.client, "sch_missing")
			var apiErr *Error
			if !errors.Is(err, ErrNotFound) || !errors.As(err, &apiErr) || resp.StatusCode != http.StatusNotFound {
				t.Fatalf("unknown ID: err = %v", err)
			}
			if diff := cmp.Diff([]string{"sch_missing"}, apiErr.InvalidIDs); diff != "" {
				t.Errorf("InvalidIDs (-want +got):\n%s", diff)
			}
			wantInvalidID(t, map[string]func() error{
				"empty": func() error { _, _, err := k.get(ctx, env.client, ""); return err },
				"slash": func() error { _, _, err := k.get(ctx, env.client, "ts_1/../x"); return err },
			})
		})
	}
}

// TestSchemasAllAndPages pages through two pages of each kind.
func TestSchemasAllAndPages(t *testing.T) {
	for _, k := range schemaKinds {
		t.Run(k.noun, func(t *testing.T) {
			env := setup(t)
			env.mux.HandleFunc("GET /"+k.path, func(w http.ResponseWriter, r *http.Request) {
				page := map[string]any{k.key: []any{schemaFixtureItem(t, k, "sch_1", "A", false)}, "nextToken": "p2"}
				if r.URL.Query().Get("nextToken") == "p2" {
					page = map[string]any{k.key: []any{schemaFixtureItem(t, k, "sch_2", "B", false), schemaFixtureItem(t, k, "sch_3", "C", true)}, "nextToken": ""}
				}
				serveJSON(t, http.MethodGet, http.StatusOK, page)(w, r)
			})
			ctx := testCtx(t)
			ids, err := k.all(ctx, env.client)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff([]string{"sch_1", "sch_2", "sch_3"}, ids); diff != "" {
				t.Errorf("All (-want +got):\n%s", diff)
			}
			pages, err := k.pages(ctx, env.client)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff([][]string{{"sch_1"}, {"sch_2", "sch_3"}}, pages); diff != "" {
				t.Errorf("Pages (-want +got):\n%s", diff)
			}
		})
	}
}

// TestSchemasByName reads every page (100 per request), skips archived
// schemas, and tells none from several.
func TestSchemasByName(t *testing.T) {
	for _, k := range schemaKinds {
		t.Run(k.noun, func(t *testing.T) {
			env := setup(t)
			var requests int
			env.mux.HandleFunc("GET /"+k.path, func(w http.ResponseWriter, r *http.Request) {
				requests++
				want := map[string]string{"pageSize": "100"}
				if tok := r.URL.Query().Get("nextToken"); tok != "" {
					want["nextToken"] = tok
				}
				testQuery(t, r, want)
				page := map[string]any{k.key: []any{
					schemaFixtureItem(t, k, "sch_old", "Plasmid", true),
					schemaFixtureItem(t, k, "sch_d1", "Dup", false),
				}, "nextToken": "p2"}
				if r.URL.Query().Get("nextToken") == "p2" {
					page = map[string]any{k.key: []any{
						schemaFixtureItem(t, k, "sch_live", "Plasmid", false),
						schemaFixtureItem(t, k, "sch_d2", "Dup", false),
						schemaFixtureItem(t, k, "sch_lower", "plasmid", false),
					}, "nextToken": ""}
				}
				serveJSON(t, http.MethodGet, http.StatusOK, page)(w, r)
			})
			ctx := testCtx(t)

			id, err := k.byName(ctx, env.client, "Plasmid")
			if err != nil || id != "sch_live" {
				t.Errorf("byName(Plasmid) = %q, %v; want sch_live", id, err)
			}
			if requests != 2 {
				t.Errorf("%d requests, want 2 (every page is read)", requests)
			}
			_, err = k.byName(ctx, env.client, "Dup")
			var amb *AmbiguousError
			if !errors.As(err, &amb) || !slices.Equal(amb.IDs, []string{"sch_d1", "sch_d2"}) {
				t.Errorf("byName(Dup) err = %v; want an AmbiguousError with both IDs", err)
			}
			_, err = k.byName(ctx, env.client, "Primer")
			if !errors.Is(err, ErrNotFound) {
				t.Errorf("byName(Primer) err = %v; want ErrNotFound", err)
			}
		})
	}
}

// TestSchemasMethodsAreTabled keeps schemaKinds in step with the service:
// each of its methods is in the table.
func TestSchemasMethodsAreTabled(t *testing.T) {
	var want []string
	for _, k := range schemaKinds {
		one := k.noun[:len(k.noun)-1]
		want = append(want, "List"+k.noun, "All"+k.noun, "Pages"+k.noun, "Get"+one, one+"ByName")
	}
	var got []string
	typ := reflect.TypeFor[*SchemasService]()
	for i := range typ.NumMethod() {
		got = append(got, typ.Method(i).Name)
	}
	slices.Sort(want)
	slices.Sort(got)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("SchemasService methods vs schemaKinds (-table +service):\n%s", diff)
	}
}
