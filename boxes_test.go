package benchling

import (
	"net/http"
	"testing"
)

// TestBoxes exercises every method of BoxesService with the spec's
// fixtures (see spec_cases_test.go).
func TestBoxes(t *testing.T) {
	runSpecCases(t, []specCase{
		{name: "Get", op: "getBox", pattern: "GET /boxes/box_1", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				v, _, err := c.Boxes.Get(testCtx(t), "box_1")
				return v, err
			}},
		{name: "List", op: "listBoxes", pattern: "GET /boxes", status: http.StatusOK,
			query: map[string]string{
				"pageSize": "5", "nextToken": "tok", "sort": "name:desc", "schemaId": "boxsch_1", "schemaField.Shelf": "2",
				"createdAt": "> 2024-01-01", "modifiedAt": "> 2024-02-01", "name": "Box 1", "nameIncludes": "Box",
				"emptyPositions": "0", "emptyPositions.gte": "1", "emptyPositions.gt": "2", "emptyPositions.lte": "3", "emptyPositions.lt": "4",
				"emptyContainers": "5", "emptyContainers.gte": "6", "emptyContainers.gt": "7", "emptyContainers.lte": "8", "emptyContainers.lt": "9",
				"ancestorStorageId": "loc_1", "storageContentsId": "seq_1", "storageContentsIds": "seq_1,seq_2", "archiveReason": "Retired",
				"ids": "box_1", "barcodes": "BOX1", "names.anyOf": "a", "names.anyOf.caseSensitive": "A", "creatorIds": "ent_1",
			},
			call: func(t *testing.T, c *Client) (any, error) {
				l, resp, err := c.Boxes.List(testCtx(t), &BoxListOptions{
					ListOptions: ListOptions{PageSize: 5, NextToken: "tok"}, InventoryListFilters: InventoryListFilters{
						Sort:                    InventorySortNameDesc,
						SchemaID:                "boxsch_1",
						SchemaFields:            SchemaFieldFilters{"Shelf": "2"},
						CreatedAt:               "> 2024-01-01",
						ModifiedAt:              "> 2024-02-01",
						Name:                    "Box 1",
						NameIncludes:            "Box",
						AncestorStorageID:       "loc_1",
						ArchiveReason:           string(EntityArchiveReasonRetired),
						IDs:                     []string{"box_1"},
						Barcodes:                []string{"BOX1"},
						NamesAnyOf:              []string{"a"},
						NamesAnyOfCaseSensitive: []string{"A"},
						CreatorIDs:              []string{"ent_1"},
					},
					StorageCountFilters: StorageCountFilters{
						EmptyPositions:     Ptr(0),
						EmptyPositionsGte:  Ptr(1),
						EmptyPositionsGt:   Ptr(2),
						EmptyPositionsLte:  Ptr(3),
						EmptyPositionsLt:   Ptr(4),
						EmptyContainers:    Ptr(5),
						EmptyContainersGte: Ptr(6),
						EmptyContainersGt:  Ptr(7),
						EmptyContainersLte: Ptr(8),
						EmptyContainersLt:  Ptr(9),
					},
					StorageContentsID: "seq_1", StorageContentsIDs: []string{"seq_1", "seq_2"},
				})
				return map[string]any{"boxes": l, "nextToken": resp.NextToken}, err
			}},
		{name: "Create", op: "createBox", pattern: "POST /boxes", status: http.StatusCreated,
			call: func(t *testing.T, c *Client) (any, error) {
				v, _, err := c.Boxes.Create(testCtx(t), reqFixture[BoxCreate](t, "createBox"))
				return v, err
			}},
		{name: "Update", op: "updateBox", pattern: "PATCH /boxes/box_1", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				v, _, err := c.Boxes.Update(testCtx(t), "box_1", reqFixture[BoxUpdate](t, "updateBox"))
				return v, err
			}},
		{name: "ListContents", op: "listBoxContents", pattern: "GET /boxes/box_1/contents", status: http.StatusOK,
			query: map[string]string{"pageSize": "96", "returning": "containers.id,containers.gridPosition,nextToken"},
			call: func(t *testing.T, c *Client) (any, error) {
				l, resp, err := c.Boxes.ListContents(testCtx(t), "box_1", &ContainerWithCoordinatesListOptions{
					ListOptions: ListOptions{PageSize: 96}, Returning: []string{"containers.id", "containers.gridPosition"}})
				return map[string]any{"containers": l, "nextToken": resp.NextToken}, err
			}},
		{name: "Archive", op: "archiveBoxes", pattern: "POST /boxes:archive", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				v, _, err := c.Boxes.Archive(testCtx(t), reqFixture[BoxesArchive](t, "archiveBoxes"))
				return v, err
			}},
		{name: "Unarchive", op: "unarchiveBoxes", pattern: "POST /boxes:unarchive", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				v, _, err := c.Boxes.Unarchive(testCtx(t), reqFixture[boxesUnarchive](t, "unarchiveBoxes").BoxIDs)
				return v, err
			}},
		{name: "BulkGet", op: "bulkGetBoxes", pattern: "GET /boxes:bulk-get", status: http.StatusOK,
			query: map[string]string{"boxIds": "box_1", "barcodes": "BOX2"},
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.Boxes.BulkGet(testCtx(t), []string{"box_1"}, &BoxBulkGetOptions{Barcodes: []string{"BOX2"}})
				return map[string]any{"boxes": l}, err
			}},
	})
}

// TestBoxesPaging pages List and ListContents with All and Pages.
func TestBoxesPaging(t *testing.T) {
	env, n, m := setup(t), 0, 0
	specPages(t, env, "GET /boxes", "listBoxes", "boxes", false, &n)
	specPages(t, env, "GET /boxes/box_1/contents", "listBoxContents", "containers", false, &m)
	s := env.client.Boxes
	wantAllPages(t, &n, s.All(testCtx(t), nil), s.Pages(testCtx(t), nil))
	wantAllPages(t, &m, s.AllContents(testCtx(t), "box_1", nil), s.PagesContents(testCtx(t), "box_1", nil))
}

// TestBoxesErrors: bad IDs and empty ID lists are ErrInvalidID before
// anything is sent, and an unknown box is a 404.
func TestBoxesErrors(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /boxes/box_missing/contents", serveJSON(t, http.MethodGet, http.StatusNotFound, notFoundBody("Box", "box_missing")))
	ctx, s := testCtx(t), env.client.Boxes
	wantInvalidID(t, map[string]func() error{
		"Get":          func() error { _, _, err := s.Get(ctx, ""); return err },
		"Update":       func() error { _, _, err := s.Update(ctx, "a/b", &BoxUpdate{}); return err },
		"ListContents": func() error { _, _, err := s.ListContents(ctx, "..", nil); return err },
		"Archive": func() error {
			_, _, err := s.Archive(ctx, &BoxesArchive{InventoryArchiveBase: InventoryArchiveBase{Reason: EntityArchiveReasonRetired}})
			return err
		},
		"Unarchive": func() error { _, _, err := s.Unarchive(ctx, []string{"box_1", "box/2"}); return err },
		"BulkGet":   func() error { _, _, err := s.BulkGet(ctx, nil, &BoxBulkGetOptions{}); return err },
	})
	_, _, err := s.ListContents(ctx, "box_missing", nil)
	wantNotFound(t, err)
}
