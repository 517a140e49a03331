package benchling

import (
	"encoding/json"
	"errors"
	"math"
	"net/http"
	"reflect"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestContainers exercises every method of ContainersService with the
// spec's fixtures (see spec_cases_test.go).
func TestContainers(t *testing.T) {
	containers := func(t *testing.T) []byte { return specItems(t, "containers", "getContainer", http.StatusOK) }
	runSpecCases(t, []specCase{
		{name: "Get", op: "getContainer", pattern: "GET /containers/con_1", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				v, _, err := c.Containers.Get(testCtx(t), "con_1", nil)
				return v, err
			}},
		{name: "GetReturning", op: "getContainer", pattern: "GET /containers/con_1", status: http.StatusOK,
			query: map[string]string{"returning": "id,modifiedAt"},
			call: func(t *testing.T, c *Client) (any, error) {
				v, _, err := c.Containers.Get(testCtx(t), "con_1", &ContainerGetOptions{Returning: []string{"id", "modifiedAt"}})
				return v, err
			}},
		{name: "List", op: "listContainers", pattern: "GET /containers", status: http.StatusOK,
			query: map[string]string{
				"pageSize": "10", "sort": "barcode:asc", "schemaId": "consch_1", "schemaField.Volume": ">= 5",
				"createdAt": "> 2024-01-01", "modifiedAt": "< 2025-01-01", "name": "Tube 1", "nameIncludes": "Tube",
				"ancestorStorageId": "loc_1", "storageContentsId": "seq_1", "storageContentsIds": "seq_1,seq_2",
				"archiveReason": "ANY_ARCHIVED", "checkoutStatus": "CHECKED_OUT", "checkoutAssigneeIds.anyOf": "ent_1,team_1",
				"restrictionStatus": "RESTRICTED", "sampleOwnerIds.allOf": "ent_1", "sampleOwnerIds.anyOf": "ent_2",
				"sampleOwnerIds.noneOf": "ent_3", "restrictedSamplePartyIds.allOf": "ent_4", "restrictedSamplePartyIds.anyOf": "ent_5",
				"restrictedSamplePartyIds.noneOf": "ent_6", "ids": "con_1,con_2", "barcodes": "TUB1,TUB2", "names.anyOf": "a,b",
				"names.anyOf.caseSensitive": "A,B", "creatorIds": "ent_1", "returning": "containers.id,nextToken",
			},
			call: func(t *testing.T, c *Client) (any, error) {
				l, resp, err := c.Containers.List(testCtx(t), &ContainerListOptions{
					ListOptions: ListOptions{PageSize: 10}, InventoryListFilters: InventoryListFilters{
						Sort:                    InventorySortBarcodeAsc,
						SchemaID:                "consch_1",
						SchemaFields:            SchemaFieldFilters{"Volume": ">= 5"},
						CreatedAt:               "> 2024-01-01",
						ModifiedAt:              "< 2025-01-01",
						Name:                    "Tube 1",
						NameIncludes:            "Tube",
						AncestorStorageID:       "loc_1",
						ArchiveReason:           ArchiveFilterAnyArchived,
						IDs:                     []string{"con_1", "con_2"},
						Barcodes:                []string{"TUB1", "TUB2"},
						NamesAnyOf:              []string{"a", "b"},
						NamesAnyOfCaseSensitive: []string{"A", "B"},
						CreatorIDs:              []string{"ent_1"},
					},
					StorageContentsID:  "seq_1",
					StorageContentsIDs: []string{"seq_1", "seq_2"},
					CheckoutStatus:     CheckoutRecordStatusCheckedOut, CheckoutAssigneeIDsAnyOf: []string{"ent_1", "team_1"},
					RestrictionStatus: SampleRestrictionStatusRestricted, SampleOwnerIDsAllOf: []string{"ent_1"},
					SampleOwnerIDsAnyOf: []string{"ent_2"}, SampleOwnerIDsNoneOf: []string{"ent_3"},
					RestrictedSamplePartyIDsAllOf: []string{"ent_4"}, RestrictedSamplePartyIDsAnyOf: []string{"ent_5"},
					RestrictedSamplePartyIDsNoneOf: []string{"ent_6"},
					Returning:                      []string{"containers.id", "nextToken"},
				})
				return map[string]any{"containers": l, "nextToken": resp.NextToken}, err
			}},
		{name: "Create", op: "createContainer", pattern: "POST /containers", status: http.StatusCreated,
			call: func(t *testing.T, c *Client) (any, error) {
				v, _, err := c.Containers.Create(testCtx(t), reqFixture[ContainerCreate](t, "createContainer"))
				return v, err
			}},
		{name: "Update", op: "updateContainer", pattern: "PATCH /containers/con_1", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				v, _, err := c.Containers.Update(testCtx(t), "con_1", reqFixture[ContainerUpdate](t, "updateContainer"))
				return v, err
			}},
		{name: "Archive", op: "archiveContainers", pattern: "POST /containers:archive", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				v, _, err := c.Containers.Archive(testCtx(t), reqFixture[ContainersArchive](t, "archiveContainers"))
				return v, err
			}},
		{name: "Unarchive", op: "unarchiveContainers", pattern: "POST /containers:unarchive", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				v, _, err := c.Containers.Unarchive(testCtx(t), reqFixture[containersUnarchive](t, "unarchiveContainers").ContainerIDs)
				return v, err
			}},
		{name: "BulkGet", op: "bulkGetContainers", pattern: "GET /containers:bulk-get", status: http.StatusOK,
			query: map[string]string{"containerIds": "con_1,con_2", "barcodes": "TUB1", "returning": "containers.id"},
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.Containers.BulkGet(testCtx(t), []string{"con_1", "con_2"},
					&ContainerBulkGetOptions{Barcodes: []string{"TUB1"}, Returning: []string{"containers.id"}})
				return map[string]any{"containers": l}, err
			}},
		{name: "BulkGet by barcode", op: "bulkGetContainers", pattern: "GET /containers:bulk-get", status: http.StatusOK,
			query: map[string]string{"barcodes": "TUB1,TUB2"},
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.Containers.BulkGet(testCtx(t), nil, &ContainerBulkGetOptions{Barcodes: []string{"TUB1", "TUB2"}})
				return map[string]any{"containers": l}, err
			}},
		{name: "ListContents", op: "listContainerContents", pattern: "GET /containers/con_1/contents", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.Containers.ListContents(testCtx(t), "con_1")
				return map[string]any{"contents": l}, err
			}},
		{name: "GetContent", op: "getContainerContent", pattern: "GET /containers/con_1/contents/bat_1", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				v, _, err := c.Containers.GetContent(testCtx(t), "con_1", "bat_1")
				if err == nil && v.ContainableID() != "bat_UOIr8IjL" {
					t.Errorf("ContainableID = %q, want the batch's", v.ContainableID())
				}
				return v, err
			}},
		{name: "UpdateContent", op: "updateContainerContent", pattern: "PATCH /containers/con_1/contents/bat_1", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				v, _, err := c.Containers.UpdateContent(testCtx(t), "con_1", "bat_1", reqFixture[ContainerContentUpdate](t, "updateContainerContent"))
				return v, err
			}},
		{name: "Transfer", op: "transferIntoContainer", pattern: "POST /containers/con_1:transfer", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				_, err := c.Containers.Transfer(testCtx(t), "con_1", reqFixture[ContainerTransfer](t, "transferIntoContainer"))
				return map[string]any{}, err
			}},
		{name: "CreateTransfers", op: "transferIntoContainers", pattern: "POST /transfers", status: http.StatusAccepted,
			task: specItems(t, "destinationContainers", "getContainer", http.StatusOK),
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.Containers.CreateTransfers(testCtx(t), reqFixture[multipleContainersTransfersList](t, "transferIntoContainers").Transfers)
				if err == nil {
					wantTaskResult(t, l, specItems(t, "destinationContainers", "getContainer", http.StatusOK))
				}
				return l, err
			}},
		{name: "CheckIn", op: "checkinContainers", pattern: "POST /containers:check-in", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				_, err := c.Containers.CheckIn(testCtx(t), reqFixture[ContainersCheckin](t, "checkinContainers"))
				return map[string]any{}, err
			}},
		{name: "CheckOut", op: "checkoutContainers", pattern: "POST /containers:check-out", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				_, err := c.Containers.CheckOut(testCtx(t), reqFixture[ContainersCheckout](t, "checkoutContainers"))
				return map[string]any{}, err
			}},
		{name: "Reserve", op: "reserveContainers", pattern: "POST /containers:reserve", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				_, err := c.Containers.Reserve(testCtx(t), reqFixture[ContainersCheckout](t, "reserveContainers"))
				return map[string]any{}, err
			}},
		{name: "PrintLabels", op: "printLabels", pattern: "POST /containers:print-labels", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				_, err := c.Containers.PrintLabels(testCtx(t), reqFixture[PrintLabels](t, "printLabels"))
				return map[string]any{}, err
			}},
		{name: "BulkCreate", op: "bulkCreateContainers", pattern: "POST /containers:bulk-create", status: http.StatusAccepted,
			task: containers(t),
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.Containers.BulkCreate(testCtx(t), reqFixture[containersBulkCreateRequest](t, "bulkCreateContainers").Containers)
				if err == nil {
					wantTaskResult(t, l, containers(t))
				}
				return l, err
			}},
		{name: "BulkUpdate", op: "bulkUpdateContainers", pattern: "POST /containers:bulk-update", status: http.StatusAccepted,
			task: containers(t),
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.Containers.BulkUpdate(testCtx(t), reqFixture[containersBulkUpdateRequest](t, "bulkUpdateContainers").Containers)
				if err == nil {
					wantTaskResult(t, l, containers(t))
				}
				return l, err
			}},
		{name: "CreateMany", op: "bulkCreateContainers", pattern: "POST /containers:bulk-create", status: http.StatusAccepted,
			task: containers(t),
			call: func(t *testing.T, c *Client) (any, error) {
				res, err := c.Containers.CreateMany(testCtx(t), reqFixture[containersBulkCreateRequest](t, "bulkCreateContainers").Containers, nil)
				if err == nil {
					wantRoundTrip(t, containers(t), map[string]any{"containers": []any{res[0].Value}})
				}
				return map[string]any{"taskId": res[0].TaskID}, err
			}},
		{name: "UpdateMany", op: "bulkUpdateContainers", pattern: "POST /containers:bulk-update", status: http.StatusAccepted,
			task: containers(t),
			call: func(t *testing.T, c *Client) (any, error) {
				res, err := c.Containers.UpdateMany(testCtx(t), reqFixture[containersBulkUpdateRequest](t, "bulkUpdateContainers").Containers, nil)
				if err == nil {
					wantRoundTrip(t, containers(t), map[string]any{"containers": []any{res[0].Value}})
				}
				return map[string]any{"taskId": res[0].TaskID}, err
			}},
	})
}

// TestContainersDeleteContent sends the DELETE and takes the 204.
func TestContainersDeleteContent(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("DELETE /containers/con_1/contents/seq_1", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusNoContent)
	})
	resp, err := env.client.Containers.DeleteContent(testCtx(t), "con_1", "seq_1")
	if err != nil || resp.StatusCode != http.StatusNoContent {
		t.Fatalf("DeleteContent = %v, %v; want a 204", resp, err)
	}
}

// TestContainersPaging pages List with All and Pages.
func TestContainersPaging(t *testing.T) {
	env, n := setup(t), 0
	specPages(t, env, "GET /containers", "listContainers", "containers", false, &n)
	s := env.client.Containers
	wantAllPages(t, &n, s.All(testCtx(t), nil), s.Pages(testCtx(t), nil))
}

// TestContainersErrors: bad IDs and empty ID lists are ErrInvalidID
// before anything is sent, an unknown container is a 404, and a
// restricted container's 403 names it.
func TestContainersErrors(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /containers/con_missing", serveJSON(t, http.MethodGet, http.StatusNotFound, notFoundBody("Container", "con_missing")))
	env.mux.HandleFunc("PATCH /containers/con_secret", serveJSON(t, http.MethodPatch, http.StatusForbidden,
		`{"error":{"type":"invalid_request_error","message":"You're not a restricted sample user for some items.","invalidIds":["con_secret"]}}`))
	ctx, s := testCtx(t), env.client.Containers
	wantInvalidID(t, map[string]func() error{
		"Get":              func() error { _, _, err := s.Get(ctx, "", nil); return err },
		"Update":           func() error { _, _, err := s.Update(ctx, "a/b", &ContainerUpdate{}); return err },
		"GetContent":       func() error { _, _, err := s.GetContent(ctx, "con_1", ".."); return err },
		"UpdateContent":    func() error { _, _, err := s.UpdateContent(ctx, " ", "seq_1", &ContainerContentUpdate{}); return err },
		"DeleteContent":    func() error { _, err := s.DeleteContent(ctx, "con_1", "seq,1"); return err },
		"ListContents":     func() error { _, _, err := s.ListContents(ctx, ""); return err },
		"Transfer":         func() error { _, err := s.Transfer(ctx, "", &ContainerTransfer{}); return err },
		"CreateTransfers":  func() error { _, _, err := s.CreateTransfers(ctx, nil); return err },
		"BulkGet":          func() error { _, _, err := s.BulkGet(ctx, nil, nil); return err },
		"BulkGet a bad ID": func() error { _, _, err := s.BulkGet(ctx, []string{"con_1,con_2"}, nil); return err },
		"Archive": func() error {
			_, _, err := s.Archive(ctx, &ContainersArchive{InventoryArchiveBase: InventoryArchiveBase{Reason: EntityArchiveReasonExpended}})
			return err
		},
		"Unarchive": func() error { _, _, err := s.Unarchive(ctx, []string{}); return err },
		"CheckIn":   func() error { _, err := s.CheckIn(ctx, &ContainersCheckin{}); return err },
		"CheckOut": func() error {
			_, err := s.CheckOut(ctx, &ContainersCheckout{ContainerIDs: []string{"con_1", ""}, AssigneeID: "ent_1"})
			return err
		},
		"Reserve": func() error { _, err := s.Reserve(ctx, &ContainersCheckout{AssigneeID: "ent_1"}); return err },
		"PrintLabels": func() error {
			_, err := s.PrintLabels(ctx, &PrintLabels{LabelTemplateID: "lbltmp_1", PrinterID: "print_1"})
			return err
		},
		"Transfer a bad ID": func() error { _, err := s.Transfer(ctx, "con/1", &ContainerTransfer{}); return err },
	})
	_, _, err := s.Get(ctx, "con_missing", nil)
	wantNotFound(t, err)
	_, _, err = s.Update(ctx, "con_secret", &ContainerUpdate{ContainerWriteBase: ContainerWriteBase{Name: Ptr("x")}})
	var apiErr *Error
	if !errors.Is(err, ErrForbidden) || !errors.As(err, &apiErr) || !cmp.Equal(apiErr.InvalidIDs, []string{"con_secret"}) {
		t.Errorf("restricted container: err = %v, want ErrForbidden naming con_secret", err)
	}
}

// TestContainerTransferBody: a nil DestinationContents is sent as [] (the
// API requires the list), a quantity keeps its value and units together,
// and a NaN quantity is an error before anything is sent.
func TestContainerTransferBody(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("POST /containers/con_1:transfer", func(w http.ResponseWriter, r *http.Request) {
		testJSONBody(t, r, `{"destinationContents":[],"sourceContainerId":"con_2","transferQuantity":{"units":"uL","value":25}}`)
		serveJSON(t, http.MethodPost, http.StatusOK, `{}`)(w, r)
	})
	ctx, s := testCtx(t), env.client.Containers
	q := QuantityOf(25, ContainerQuantityUnitsUL)
	if _, err := s.Transfer(ctx, "con_1", &ContainerTransfer{ContainerTransferBase: ContainerTransferBase{SourceContainerID: Ptr("con_2"), TransferQuantity: &q}}); err != nil {
		t.Fatal(err)
	}
	bad := QuantityOf(math.NaN(), ContainerQuantityUnitsUL)
	if _, err := s.Transfer(ctx, "con_1", &ContainerTransfer{ContainerTransferBase: ContainerTransferBase{SourceContainerID: Ptr("con_2"), TransferQuantity: &bad}}); err == nil {
		t.Error("a NaN quantity was sent")
	}
}

// TestMeasurementAndQuantity: the accessors and strings of amounts with
// units, and the JSON of a null measurement.
func TestMeasurementAndQuantity(t *testing.T) {
	m := MeasurementOf(10, "g/mL")
	if v, u, ok := m.Get(); !ok || v != 10 || u != "g/mL" || m.String() != "10 g/mL" {
		t.Errorf("MeasurementOf(10, g/mL) = %v %q %v, %q", v, u, ok, m.String())
	}
	var null Measurement
	if err := json.Unmarshal([]byte(`{"units":null,"value":null}`), &null); err != nil {
		t.Fatal(err)
	}
	if _, _, ok := null.Get(); ok || null.String() != "" {
		t.Errorf("a null measurement is set: %v", null)
	}
	if b, _ := json.Marshal(null); string(b) != `{"units":null,"value":null}` {
		t.Errorf("null measurement encodes as %s", b)
	}
	q := QuantityOf(1.5, ContainerQuantityUnitsX106Cells)
	if v, u, ok := q.Get(); !ok || v != 1.5 || u != "(x10^6) cells" || q.String() != "1.5 (x10^6) cells" {
		t.Errorf("QuantityOf = %v %q %v, %q", v, u, ok, q.String())
	}
	if s := (ContainerQuantity{}).String(); s != "" {
		t.Errorf("empty quantity = %q", s)
	}
}

// TestUserOrTeamSummary decodes the checkout assignee and sample owners
// into users and teams, and keeps what is neither.
func TestUserOrTeamSummary(t *testing.T) {
	var c Container
	err := json.Unmarshal([]byte(`{
		"checkoutRecord": {"assignee": {"id": "team_1", "name": "Cloning"}, "status": "CHECKED_OUT"},
		"sampleOwners": [{"id": "ent_1", "name": "Ada", "handle": "ada"}, {"id": "team_2", "name": "QC"}, {"id": "app_1", "name": "Robot"}],
		"restrictedSampleParties": null
	}`), &c)
	if err != nil {
		t.Fatal(err)
	}
	if team, ok := c.CheckoutRecord.Assignee.(*TeamSummary); !ok || team.ID != "team_1" {
		t.Errorf("assignee = %#v, want team_1", c.CheckoutRecord.Assignee)
	}
	want := UserOrTeamSummaries{
		&UserSummary{ID: "ent_1", Name: "Ada", Handle: "ada"},
		&TeamSummary{ID: "team_2", Name: "QC"},
		&UnknownUserOrTeamSummary{ID: "app_1", Raw: json.RawMessage(`{"id": "app_1", "name": "Robot"}`)},
	}
	if diff := cmp.Diff(want, c.SampleOwners); diff != "" {
		t.Errorf("sample owners (-want +got):\n%s", diff)
	}
	b, err := json.Marshal(c.SampleOwners)
	if err != nil || string(b) != `[{"handle":"ada","id":"ent_1","name":"Ada"},{"id":"team_2","name":"QC"},{"id":"app_1","name":"Robot"}]` {
		t.Errorf("re-encoded: %s, %v", b, err)
	}
	var none CheckoutRecord
	if err := json.Unmarshal([]byte(`{"assignee": null, "status": "AVAILABLE"}`), &none); err != nil || none.Assignee != nil {
		t.Errorf("a null assignee = %#v, %v", none.Assignee, err)
	}
}

// TestBatchEntity decodes a batch's entity by its entityType, and keeps
// an unknown kind's JSON.
func TestBatchEntity(t *testing.T) {
	var b Batch
	if err := json.Unmarshal([]byte(`{"id": "bat_1", "entity": {"entityType": "custom_entity", "id": "bfi_1"}}`), &b); err != nil {
		t.Fatal(err)
	}
	if e, ok := b.Entity.(*CustomEntitySummary); !ok || e.ID != "bfi_1" {
		t.Errorf("entity = %#v", b.Entity)
	}
	raw := `{"entityType":"mixture","id":"mxt_1"}`
	if err := json.Unmarshal([]byte(`{"id": "bat_2", "entity": `+raw+`}`), &b); err != nil {
		t.Fatal(err)
	}
	if e, ok := b.Entity.(*UnknownBatchEntity); !ok || e.EntityType != "mixture" || e.ID != "mxt_1" || string(e.Raw) != raw {
		t.Errorf("unknown entity = %#v", b.Entity)
	}
	if out, _ := json.Marshal(b.Entity); string(out) != raw {
		t.Errorf("unknown entity re-encoded as %s", out)
	}
	var c ContainerContent
	if err := json.Unmarshal([]byte(`{"batch": {"resourceType": "inaccessible_resource", "inaccessibleId": "bat_9", "type": "batch"}, "entity": null}`), &c); err != nil {
		t.Fatal(err)
	}
	if in, ok := c.Batch.(*InaccessibleResource); !ok || in.InaccessibleID != "bat_9" || c.ContainableID() != "bat_9" || c.Entity != nil {
		t.Errorf("inaccessible batch = %#v, %#v", c.Batch, c.Entity)
	}
}

// TestInventoryUnionBranches decodes the spec's fixture of each branch of
// the inventory unions into its struct and checks the round trip.
func TestInventoryUnionBranches(t *testing.T) {
	for _, c := range []struct {
		schema, branch string
		decode         func(json.RawMessage) (any, error)
		want           any
	}{
		{"BatchOrInaccessibleResource", "Batch", func(b json.RawMessage) (any, error) { return decodeBatchOrInaccessibleResource(b) }, &Batch{}},
		{"BatchOrInaccessibleResource", "InaccessibleResource", func(b json.RawMessage) (any, error) { return decodeBatchOrInaccessibleResource(b) }, &InaccessibleResource{}},
		{"WellOrInaccessibleResource", "Well", func(b json.RawMessage) (any, error) { return decodeWellOrInaccessibleResource(b) }, &Well{}},
		{"WellOrInaccessibleResource", "InaccessibleResource", func(b json.RawMessage) (any, error) { return decodeWellOrInaccessibleResource(b) }, &InaccessibleResource{}},
		{"EntityOrInaccessibleResource", "InaccessibleResource", func(b json.RawMessage) (any, error) { return decodeEntityOrInaccessibleResource(b) }, &InaccessibleResource{}},
		{"EntityOrInaccessibleResource", "Entity", func(b json.RawMessage) (any, error) { return decodeEntityOrInaccessibleResource(b) }, &DnaSequenceWithEntityType{}},
	} {
		t.Run(c.schema+"."+c.branch, func(t *testing.T) {
			fx := specBranchFixture(t, c.schema, c.branch)
			got, err := c.decode(fx)
			if err != nil {
				t.Fatal(err)
			}
			if reflect.TypeOf(got) != reflect.TypeOf(c.want) {
				t.Fatalf("decoded as %T, want %T", got, c.want)
			}
			wantRoundTrip(t, fx, got)
		})
	}
	var unknown PlateWells
	if err := json.Unmarshal([]byte(`{"A1": {"resourceType": "tube_rack", "id": "x"}}`), &unknown); err != nil {
		t.Fatal(err)
	}
	if u, ok := unknown["A1"].(*UnknownWellOrInaccessibleResource); !ok || u.ResourceType != "tube_rack" || unknown.Well("A1") != nil {
		t.Errorf("unknown well = %#v", unknown["A1"])
	}
}

// TestEveryEntityIsAContentEntity: each kind the Entity union decodes, the
// unknown one included, can stand in a container content.
func TestEveryEntityIsAContentEntity(t *testing.T) {
	kinds := []EntityType{EntityTypeAaSequence, EntityTypeCustomEntity, EntityTypeDnaOligo, EntityTypeDnaSequence,
		EntityTypeMixture, EntityTypeMolecule, EntityTypeRnaOligo, EntityTypeRnaSequence, "plasmid_prep"}
	for _, k := range kinds {
		v, err := decodeEntityOrInaccessibleResource(json.RawMessage(`{"entityType":"` + string(k) + `","id":"x_1","name":"X"}`))
		if err != nil {
			t.Fatalf("%s: %v", k, err)
		}
		e, ok := v.(Entity)
		if !ok || e.Kind() != k || entityOrInaccessibleID(v) != "x_1" {
			t.Errorf("%s decodes as %T", k, v)
		}
	}
	var c ContainerContent
	if err := json.Unmarshal(specFixture(t, "getContainerContent", http.StatusOK), &c); err != nil {
		t.Fatal(err)
	}
	if seq, ok := c.Entity.(*DnaSequenceWithEntityType); !ok || seq.Bases != "bases" || c.Batch.(*Batch).Entity.Kind() != EntityTypeDnaSequence {
		t.Errorf("the spec's content: entity %T, batch entity %v", c.Entity, c.Batch)
	}
}
