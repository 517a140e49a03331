package benchling

import (
	"net/http"
	"testing"
)

// TestLocations exercises every method of LocationsService with the
// spec's fixtures (see spec_cases_test.go).
func TestLocations(t *testing.T) {
	runSpecCases(t, []specCase{
		{name: "Get", op: "getLocation", pattern: "GET /locations/loc_1", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				v, _, err := c.Locations.Get(testCtx(t), "loc_1")
				return v, err
			}},
		{name: "List", op: "listLocations", pattern: "GET /locations", status: http.StatusOK,
			query: map[string]string{
				"pageSize": "20", "sort": "createdAt:desc", "schemaId": "locsch_1", "schemaField.Temperature": "-80",
				"createdAt": "> 2024-01-01", "modifiedAt": "> 2024-02-01", "name": "Freezer A", "nameIncludes": "Freezer",
				"ancestorStorageId": "loc_0", "archiveReason": "NOT_ARCHIVED", "ids": "loc_1,loc_2", "barcodes": "FRZ1",
				"names.anyOf": "a,b", "names.anyOf.caseSensitive": "A", "creatorIds": "ent_1",
			},
			call: func(t *testing.T, c *Client) (any, error) {
				l, resp, err := c.Locations.List(testCtx(t), &LocationListOptions{
					ListOptions: ListOptions{PageSize: 20}, InventoryListFilters: InventoryListFilters{
						Sort:                    InventorySortCreatedAtDesc,
						SchemaID:                "locsch_1",
						SchemaFields:            SchemaFieldFilters{"Temperature": "-80"},
						CreatedAt:               "> 2024-01-01",
						ModifiedAt:              "> 2024-02-01",
						Name:                    "Freezer A",
						NameIncludes:            "Freezer",
						AncestorStorageID:       "loc_0",
						ArchiveReason:           ArchiveFilterNotArchived,
						IDs:                     []string{"loc_1", "loc_2"},
						Barcodes:                []string{"FRZ1"},
						NamesAnyOf:              []string{"a", "b"},
						NamesAnyOfCaseSensitive: []string{"A"},
						CreatorIDs:              []string{"ent_1"},
					},
				})
				return map[string]any{"locations": l, "nextToken": resp.NextToken}, err
			}},
		{name: "Create", op: "createLocation", pattern: "POST /locations", status: http.StatusCreated,
			call: func(t *testing.T, c *Client) (any, error) {
				v, _, err := c.Locations.Create(testCtx(t), reqFixture[LocationCreate](t, "createLocation"))
				return v, err
			}},
		{name: "Update", op: "updateLocation", pattern: "PATCH /locations/loc_1", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				v, _, err := c.Locations.Update(testCtx(t), "loc_1", reqFixture[LocationUpdate](t, "updateLocation"))
				return v, err
			}},
		{name: "Archive", op: "archiveLocations", pattern: "POST /locations:archive", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				v, _, err := c.Locations.Archive(testCtx(t), reqFixture[LocationsArchive](t, "archiveLocations"))
				return v, err
			}},
		{name: "Unarchive", op: "unarchiveLocations", pattern: "POST /locations:unarchive", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				v, _, err := c.Locations.Unarchive(testCtx(t), reqFixture[locationsUnarchive](t, "unarchiveLocations").LocationIDs)
				return v, err
			}},
		{name: "BulkGet", op: "bulkGetLocations", pattern: "GET /locations:bulk-get", status: http.StatusOK,
			query: map[string]string{"locationIds": "loc_1,loc_2"},
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.Locations.BulkGet(testCtx(t), []string{"loc_1", "loc_2"}, nil)
				return map[string]any{"locations": l}, err
			}},
	})
}

// TestLocationsPaging pages List with All and Pages.
func TestLocationsPaging(t *testing.T) {
	env, n := setup(t), 0
	specPages(t, env, "GET /locations", "listLocations", "locations", false, &n)
	s := env.client.Locations
	wantAllPages(t, &n, s.All(testCtx(t), nil), s.Pages(testCtx(t), nil))
}

// TestLocationsErrors: bad IDs and empty ID lists are ErrInvalidID before
// anything is sent, and an unknown location is a 404.
func TestLocationsErrors(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /locations/loc_missing", serveJSON(t, http.MethodGet, http.StatusNotFound, notFoundBody("Location", "loc_missing")))
	ctx, s := testCtx(t), env.client.Locations
	wantInvalidID(t, map[string]func() error{
		"Get":    func() error { _, _, err := s.Get(ctx, "."); return err },
		"Update": func() error { _, _, err := s.Update(ctx, `a\b`, &LocationUpdate{}); return err },
		"Archive": func() error {
			_, _, err := s.Archive(ctx, &LocationsArchive{LocationIDs: []string{""}, InventoryArchiveBase: InventoryArchiveBase{Reason: EntityArchiveReasonOther}})
			return err
		},
		"Unarchive": func() error { _, _, err := s.Unarchive(ctx, nil); return err },
		"BulkGet":   func() error { _, _, err := s.BulkGet(ctx, []string{}, nil); return err },
	})
	_, _, err := s.Get(ctx, "loc_missing")
	wantNotFound(t, err)
}
