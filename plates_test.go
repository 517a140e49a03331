package benchling

import (
	"net/http"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestPlates exercises every method of PlatesService with the spec's
// fixtures (see spec_cases_test.go).
func TestPlates(t *testing.T) {
	runSpecCases(t, []specCase{
		{name: "Get", op: "getPlate", pattern: "GET /plates/plt_1", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				v, _, err := c.Plates.Get(testCtx(t), "plt_1", nil)
				if err == nil && v.Wells.Well("Example") == nil {
					t.Errorf("Wells.Well(Example) = nil; wells %#v", v.Wells)
				}
				return v, err
			}},
		{name: "List", op: "listPlates", pattern: "GET /plates", status: http.StatusOK,
			query: map[string]string{
				"pageSize": "5", "sort": "barcode", "schemaId": "pltsch_1", "schemaField.Assay": "ELISA",
				"createdAt": "> 2024-01-01", "modifiedAt": "> 2024-02-01", "name": "P1", "nameIncludes": "P",
				"emptyPositions": "96", "emptyPositions.gte": "1", "emptyPositions.gt": "2", "emptyPositions.lte": "3", "emptyPositions.lt": "4",
				"emptyContainers": "0", "emptyContainers.gte": "6", "emptyContainers.gt": "7", "emptyContainers.lte": "8", "emptyContainers.lt": "9",
				"ancestorStorageId": "loc_1", "storageContentsId": "ts_1", "storageContentsIds": "seq_1", "archiveReason": "ANY_ARCHIVED_OR_NOT_ARCHIVED",
				"ids": "plt_1", "barcodes": "PLT1", "names.anyOf": "a", "names.anyOf.caseSensitive": "A", "returning": "plates.id,nextToken",
				"creatorIds": "ent_1",
			},
			call: func(t *testing.T, c *Client) (any, error) {
				l, resp, err := c.Plates.List(testCtx(t), &PlateListOptions{
					ListOptions: ListOptions{PageSize: 5}, InventoryListFilters: InventoryListFilters{
						Sort:                    InventorySortBarcode,
						SchemaID:                "pltsch_1",
						SchemaFields:            SchemaFieldFilters{"Assay": "ELISA"},
						CreatedAt:               "> 2024-01-01",
						ModifiedAt:              "> 2024-02-01",
						Name:                    "P1",
						NameIncludes:            "P",
						AncestorStorageID:       "loc_1",
						ArchiveReason:           ArchiveFilterAll,
						IDs:                     []string{"plt_1"},
						Barcodes:                []string{"PLT1"},
						NamesAnyOf:              []string{"a"},
						NamesAnyOfCaseSensitive: []string{"A"},
						CreatorIDs:              []string{"ent_1"},
					},
					StorageCountFilters: StorageCountFilters{
						EmptyPositions:     Ptr(96),
						EmptyPositionsGte:  Ptr(1),
						EmptyPositionsGt:   Ptr(2),
						EmptyPositionsLte:  Ptr(3),
						EmptyPositionsLt:   Ptr(4),
						EmptyContainers:    Ptr(0),
						EmptyContainersGte: Ptr(6),
						EmptyContainersGt:  Ptr(7),
						EmptyContainersLte: Ptr(8),
						EmptyContainersLt:  Ptr(9),
					},
					StorageContentsID: "ts_1", StorageContentsIDs: []string{"seq_1"},
					Returning: []string{"plates.id"},
				})
				return map[string]any{"plates": l, "nextToken": resp.NextToken}, err
			}},
		{name: "GetReturning", op: "getPlate", pattern: "GET /plates/plt_1", status: http.StatusOK,
			query: map[string]string{"returning": "id,webURL"},
			call: func(t *testing.T, c *Client) (any, error) {
				v, _, err := c.Plates.Get(testCtx(t), "plt_1", &PlateGetOptions{Returning: []string{"id", "webURL"}})
				return v, err
			}},
		{name: "Create", op: "createPlate", pattern: "POST /plates", status: http.StatusCreated,
			call: func(t *testing.T, c *Client) (any, error) {
				v, _, err := c.Plates.Create(testCtx(t), reqFixture[PlateCreate](t, "createPlate"), nil)
				return v, err
			}},
		{name: "CreateReturning", op: "createPlate", pattern: "POST /plates", status: http.StatusCreated,
			query: map[string]string{"returning": "id,webURL"},
			call: func(t *testing.T, c *Client) (any, error) {
				v, _, err := c.Plates.Create(testCtx(t), reqFixture[PlateCreate](t, "createPlate"), &PlateCreateOptions{Returning: []string{"id", "webURL"}})
				return v, err
			}},
		{name: "Update", op: "updatePlate", pattern: "PATCH /plates/plt_1", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				v, _, err := c.Plates.Update(testCtx(t), "plt_1", reqFixture[PlateUpdate](t, "updatePlate"), nil)
				return v, err
			}},
		{name: "UpdateReturning", op: "updatePlate", pattern: "PATCH /plates/plt_1", status: http.StatusOK,
			query: map[string]string{"returning": "id,webURL"},
			call: func(t *testing.T, c *Client) (any, error) {
				v, _, err := c.Plates.Update(testCtx(t), "plt_1", reqFixture[PlateUpdate](t, "updatePlate"), &PlateUpdateOptions{Returning: []string{"id", "webURL"}})
				return v, err
			}},
		{name: "Archive", op: "archivePlates", pattern: "POST /plates:archive", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				v, _, err := c.Plates.Archive(testCtx(t), reqFixture[PlatesArchive](t, "archivePlates"))
				return v, err
			}},
		{name: "Unarchive", op: "unarchivePlates", pattern: "POST /plates:unarchive", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				v, _, err := c.Plates.Unarchive(testCtx(t), reqFixture[platesUnarchive](t, "unarchivePlates").PlateIDs)
				return v, err
			}},
		{name: "BulkGet", op: "bulkGetPlates", pattern: "GET /plates:bulk-get", status: http.StatusOK,
			query: map[string]string{"barcodes": "PLT1,PLT2", "returning": "plates.id"},
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.Plates.BulkGet(testCtx(t), nil, &PlateBulkGetOptions{Barcodes: []string{"PLT1", "PLT2"}, Returning: []string{"plates.id"}})
				return map[string]any{"plates": l}, err
			}},
	})
}

// TestPlatesPaging pages List with All and Pages.
func TestPlatesPaging(t *testing.T) {
	env, n := setup(t), 0
	specPages(t, env, "GET /plates", "listPlates", "plates", false, &n)
	s := env.client.Plates
	wantAllPages(t, &n, s.All(testCtx(t), nil), s.Pages(testCtx(t), nil))
}

// TestPlatesErrors: bad IDs and empty ID lists are ErrInvalidID before
// anything is sent, and an unknown plate is a 404.
func TestPlatesErrors(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /plates/plt_missing", serveJSON(t, http.MethodGet, http.StatusNotFound, notFoundBody("Plate", "plt_missing")))
	ctx, s := testCtx(t), env.client.Plates
	wantInvalidID(t, map[string]func() error{
		"Get":    func() error { _, _, err := s.Get(ctx, "", nil); return err },
		"Update": func() error { _, _, err := s.Update(ctx, "a/b", &PlateUpdate{}, nil); return err },
		"Archive": func() error {
			_, _, err := s.Archive(ctx, &PlatesArchive{Reason: EntityArchiveReasonContaminated})
			return err
		},
		"Unarchive": func() error { _, _, err := s.Unarchive(ctx, []string{","}); return err },
		"BulkGet":   func() error { _, _, err := s.BulkGet(ctx, []string{"plt_1", ""}, nil); return err },
	})
	_, _, err := s.Get(ctx, "plt_missing", nil)
	wantNotFound(t, err)
}

// TestWellPositions names wells from dimensions and parses names back.
func TestWellPositions(t *testing.T) {
	p96 := WellPositions(8, 12)
	if len(p96) != 96 || p96[0] != "A1" || p96[11] != "A12" || p96[12] != "B1" || p96[95] != "H12" {
		t.Errorf("96 wells: %d, %v ... %v", len(p96), p96[:13], p96[95])
	}
	schema := &PlateSchema{Height: 16, Width: 24}
	if p := schema.Positions(); len(p) != 384 || p[383] != "P24" {
		t.Errorf("384 wells end at %v", p[len(p)-1])
	}
	if p := (&BoxSchema{Height: 9, Width: 9}).Positions(); len(p) != 81 || p[80] != "I9" {
		t.Errorf("9x9 box: %d, last %v", len(p), p[len(p)-1])
	}
	if p := WellPositions(32, 48); p[len(p)-1] != "AF48" {
		t.Errorf("1536 wells end at %v", p[len(p)-1])
	}
	if WellPositions(0, 12) != nil || WellPosition(-1, 0) != "" {
		t.Error("empty dimensions give wells")
	}
	for name, want := range map[string][2]int{"A1": {0, 0}, "h12": {7, 11}, "P24": {15, 23}, "Z1": {25, 0}, "AA1": {26, 0}, "AF48": {31, 47}} {
		r, c, err := ParseWellPosition(name)
		if err != nil || r != want[0] || c != want[1] {
			t.Errorf("ParseWellPosition(%q) = %d, %d, %v; want %v", name, r, c, err, want)
		}
		if err == nil && WellPosition(r, c) != name && name != "h12" {
			t.Errorf("WellPosition(%d, %d) = %q, want %q", r, c, WellPosition(r, c), name)
		}
	}
	for _, bad := range []string{"", "A", "1", "A0", "A01", "1A", "A1B", "A-1", "ABCDE1", "A1234567"} {
		if _, _, err := ParseWellPosition(bad); err == nil {
			t.Errorf("ParseWellPosition(%q) succeeded", bad)
		}
	}
	if diff := cmp.Diff("box_1:A1", InPosition("box_1", "A1")); diff != "" {
		t.Error(diff)
	}
}
