package benchling

import (
	"encoding/json"
	"errors"
	"net/http"
	"testing"

	"github.com/benchling-go/benchling/internal/contract"
	"github.com/google/go-cmp/cmp"
)

// TestLegacyRequests exercises every method of LegacyRequestsService with
// the spec's fixtures (see spec_cases_test.go).
func TestLegacyRequests(t *testing.T) {
	runSpecCases(t, []specCase{
		{name: "List", op: "listRequests", pattern: "GET /requests", status: http.StatusOK,
			query: map[string]string{"schemaId": "assaysch_1", "pageSize": "4", "requestStatus": "IN_PROGRESS",
				"minCreatedTime": "1700000000", "maxCreatedTime": "1800000000", "returning": "requests.id,requests.fields,nextToken"},
			call: func(t *testing.T, c *Client) (any, error) {
				l, resp, err := c.LegacyRequests.List(testCtx(t), "assaysch_1", &RequestListOptions{ListOptions: ListOptions{PageSize: 4},
					RequestStatus: RequestStatusInProgress, MinCreatedTime: 1700000000, MaxCreatedTime: 1800000000,
					Returning: []string{"requests.id", "requests.fields"}})
				return map[string]any{"requests": l, "nextToken": resp.NextToken}, err
			}},
		{name: "Get", op: "getRequest", pattern: "GET /requests/req_1", status: http.StatusOK,
			query: map[string]string{"returning": "id,modifiedAt"},
			call: func(t *testing.T, c *Client) (any, error) {
				r, _, err := c.LegacyRequests.Get(testCtx(t), "req_1", &RequestGetOptions{Returning: []string{"id", "modifiedAt"}})
				return r, err
			}},
		{name: "Create", op: "createRequest", pattern: "POST /requests", status: http.StatusCreated,
			call: func(t *testing.T, c *Client) (any, error) {
				r, _, err := c.LegacyRequests.Create(testCtx(t), reqFixture[RequestCreate](t, "createRequest"))
				return r, err
			}},
		{name: "Update", op: "patchRequest", pattern: "PATCH /requests/req_1", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				r, _, err := c.LegacyRequests.Update(testCtx(t), "req_1", reqFixture[RequestUpdate](t, "patchRequest"))
				return r, err
			}},
		{name: "BulkGet", op: "bulkGetRequests", pattern: "GET /requests:bulk-get", status: http.StatusOK,
			query: map[string]string{"requestIds": "req_1,req_2", "returning": "requests.id"},
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.LegacyRequests.BulkGet(testCtx(t), []string{"req_1", "req_2"}, &RequestBulkGetOptions{Returning: []string{"requests.id"}})
				return map[string]any{"requests": l}, err
			}},
		{name: "BulkGetDisplayIDs", op: "bulkGetRequests", pattern: "GET /requests:bulk-get", status: http.StatusOK,
			query: map[string]string{"displayIds": "VPR001,VPR002"},
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.LegacyRequests.BulkGet(testCtx(t), nil, &RequestBulkGetOptions{DisplayIDs: []string{"VPR001", "VPR002"}})
				return map[string]any{"requests": l}, err
			}},
		{name: "GetResponse", op: "getRequestResponse", pattern: "GET /requests/req_1/response", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				r, _, err := c.LegacyRequests.GetResponse(testCtx(t), "req_1")
				if err == nil {
					if _, ok := r.Samples[0].Batch.(*Batch); !ok {
						t.Errorf("the fixture's batch decodes to %T, want *Batch", r.Samples[0].Batch)
					}
					if r.Samples[0].Entity == nil {
						t.Error("the fixture's entity decoded to nil")
					}
				}
				return r, err
			}},
		{name: "BulkCreateTasks", op: "bulkCreateRequestTasks", pattern: "POST /requests/req_1/tasks:bulk-create", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.LegacyRequests.BulkCreateTasks(testCtx(t), "req_1", reqFixture[requestTasksBulkCreateRequest](t, "bulkCreateRequestTasks").Tasks)
				return map[string]any{"tasks": l}, err
			}},
		{name: "BulkUpdateTasks", op: "bulkUpdateRequestTasks", pattern: "POST /requests/req_1/tasks:bulk-update", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.LegacyRequests.BulkUpdateTasks(testCtx(t), "req_1", reqFixture[requestTasksBulkUpdateRequest](t, "bulkUpdateRequestTasks").Tasks)
				return map[string]any{"tasks": l}, err
			}},
		{name: "CreateManyTasks", op: "bulkCreateRequestTasks", pattern: "POST /requests/req_1/tasks:bulk-create", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				res, err := c.LegacyRequests.CreateManyTasks(testCtx(t), "req_1", reqFixture[requestTasksBulkCreateRequest](t, "bulkCreateRequestTasks").Tasks, nil)
				if err != nil {
					return nil, err
				}
				if res[0].TaskID != "" {
					t.Errorf("a synchronous bulk's result has the task ID %q", res[0].TaskID)
				}
				return map[string]any{"tasks": []any{res[0].Value}}, nil
			}},
		{name: "UpdateManyTasks", op: "bulkUpdateRequestTasks", pattern: "POST /requests/req_1/tasks:bulk-update", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				res, err := c.LegacyRequests.UpdateManyTasks(testCtx(t), "req_1", reqFixture[requestTasksBulkUpdateRequest](t, "bulkUpdateRequestTasks").Tasks, nil)
				if err != nil {
					return nil, err
				}
				return map[string]any{"tasks": []any{res[0].Value}}, nil
			}},
		{name: "ExecuteSampleGroups", op: "executeRequestsSampleGroups", pattern: "POST /requests/req_1:execute-sample-groups", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				_, err := c.LegacyRequests.ExecuteSampleGroups(testCtx(t), "req_1", reqFixture[sampleGroupsStatusUpdate](t, "executeRequestsSampleGroups").SampleGroups)
				return struct{}{}, err
			}},
		{name: "ListFulfillments", op: "listRequestFulfillments", pattern: "GET /request-fulfillments", status: http.StatusOK,
			query: map[string]string{"entryId": "etr_1", "modifiedAt": "> 2024-01-01", "pageSize": "20"},
			call: func(t *testing.T, c *Client) (any, error) {
				l, resp, err := c.LegacyRequests.ListFulfillments(testCtx(t), "etr_1", &RequestFulfillmentListOptions{
					ListOptions: ListOptions{PageSize: 20}, ModifiedAt: "> 2024-01-01"})
				return map[string]any{"requestFulfillments": l, "nextToken": resp.NextToken}, err
			}},
		{name: "GetFulfillment", op: "getRequestFulfillment", pattern: "GET /request-fulfillments/reqffm_1", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				f, _, err := c.LegacyRequests.GetFulfillment(testCtx(t), "reqffm_1")
				return f, err
			}},
	})
}

// TestLegacyRequestsPaging pages List and ListFulfillments with All and
// Pages; the required argument is sent with every page.
func TestLegacyRequestsPaging(t *testing.T) {
	t.Run("List", func(t *testing.T) {
		env, n := setup(t), 0
		specPages(t, env, "GET /requests", "listRequests", "requests", false, &n)
		s := env.client.LegacyRequests
		wantAllPages(t, &n, s.All(testCtx(t), "assaysch_1", nil), s.Pages(testCtx(t), "assaysch_1", nil))
	})
	t.Run("Fulfillments", func(t *testing.T) {
		env, n := setup(t), 0
		specPages(t, env, "GET /request-fulfillments", "listRequestFulfillments", "requestFulfillments", false, &n)
		s := env.client.LegacyRequests
		wantAllPages(t, &n, s.AllFulfillments(testCtx(t), "etr_1", nil), s.PagesFulfillments(testCtx(t), "etr_1", nil))
	})
}

// TestLegacyRequestsErrors: bad IDs and missing required lists are
// ErrInvalidID before anything is sent; an unknown request is a 404; a
// rejected bulk of tasks names its invalid items, and CreateManyTasks
// writes the others.
func TestLegacyRequestsErrors(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /requests/req_missing", serveJSON(t, http.MethodGet, http.StatusNotFound, notFoundBody("Request", "req_missing")))
	ctx, s := testCtx(t), env.client.LegacyRequests
	wantInvalidID(t, map[string]func() error{
		"List":   func() error { _, _, err := s.List(ctx, "", nil); return err },
		"Get":    func() error { _, _, err := s.Get(ctx, "a/b", nil); return err },
		"Update": func() error { _, _, err := s.Update(ctx, "", &RequestUpdate{}); return err },
		"BulkGet": func() error {
			_, _, err := s.BulkGet(ctx, nil, &RequestBulkGetOptions{Returning: []string{"requests.id"}})
			return err
		},
		"BulkCreateTasks":     func() error { _, _, err := s.BulkCreateTasks(ctx, "..", nil); return err },
		"BulkUpdateTasks":     func() error { _, _, err := s.BulkUpdateTasks(ctx, "", nil); return err },
		"ExecuteSampleGroups": func() error { _, err := s.ExecuteSampleGroups(ctx, "req_1", nil); return err },
		"ListFulfillments":    func() error { _, _, err := s.ListFulfillments(ctx, " ", nil); return err },
		"GetFulfillment":      func() error { _, _, err := s.GetFulfillment(ctx, ""); return err },
	})
	_, _, err := s.Get(ctx, "req_missing", nil)
	wantNotFound(t, err)

	// The second of three tasks is invalid: the first request fails as a
	// whole with BadRequestErrorBulk, and CreateManyTasks sends the other
	// two again.
	var sent [][]string
	env.mux.HandleFunc("POST /requests/req_1/tasks:bulk-create", func(w http.ResponseWriter, r *http.Request) {
		var body struct {
			Tasks []RequestTasksBulkCreate `json:"tasks"`
		}
		if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
			t.Fatal(err)
		}
		var schemas []string
		out := []any{}
		for i, tk := range body.Tasks {
			schemas = append(schemas, tk.SchemaID)
			if tk.SchemaID == "reqtsksch_bad" {
				serveJSON(t, http.MethodPost, http.StatusBadRequest, map[string]any{"error": map[string]any{
					"type": "invalid_request_error", "message": "Invalid tasks.", "errors": []any{map[string]any{"index": i, "message": "schema not found"}},
				}})(w, r)
				sent = append(sent, schemas)
				return
			}
			out = append(out, map[string]any{"id": "reqtsk_" + tk.SchemaID, "schema": map[string]any{"id": tk.SchemaID, "name": "Task"}})
		}
		sent = append(sent, schemas)
		serveJSON(t, http.MethodPost, http.StatusOK, map[string]any{"tasks": out})(w, r)
	})
	items := []*RequestTasksBulkCreate{{SchemaID: "reqtsksch_a"}, {SchemaID: "reqtsksch_bad"}, {SchemaID: "reqtsksch_c"}}
	res, err := s.CreateManyTasks(ctx, "req_1", items, nil)
	var bulkErr *BulkError
	if !errors.As(err, &bulkErr) {
		t.Fatalf("CreateManyTasks: %v, want a *BulkError", err)
	}
	var ids []string
	for _, r := range res {
		if r.Err != nil {
			ids = append(ids, "error")
			continue
		}
		ids = append(ids, r.Value.ID)
	}
	if diff := cmp.Diff([]string{"reqtsk_reqtsksch_a", "error", "reqtsk_reqtsksch_c"}, ids); diff != "" {
		t.Errorf("results (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([][]string{{"reqtsksch_a", "reqtsksch_bad"}, {"reqtsksch_a", "reqtsksch_c"}}, sent); diff != "" {
		t.Errorf("requests (-want +got):\n%s", diff)
	}
}

// TestRequestResponseSamples decodes the samples of a request's response
// of each kind the spec allows (an entity, a batch, either inaccessible),
// and encodes them back unchanged.
func TestRequestResponseSamples(t *testing.T) {
	entity := specBranchFixture(t, "EntityOrInaccessibleResource", "Entity")
	batch := specBranchFixture(t, "BatchOrInaccessibleResource", "Batch")
	inEntity := specBranchFixture(t, "EntityOrInaccessibleResource", "InaccessibleResource")
	inBatch := specBranchFixture(t, "BatchOrInaccessibleResource", "InaccessibleResource")
	doc := `{"results": [], "samples": [` +
		`{"entity": ` + string(entity) + `, "batch": null, "status": "COMPLETED"},` +
		`{"entity": null, "batch": ` + string(batch) + `, "status": "DISCARDED"},` +
		`{"entity": ` + string(inEntity) + `, "batch": null, "status": "COMPLETED"},` +
		`{"entity": null, "batch": ` + string(inBatch) + `}]}`
	var r RequestResponse
	if err := json.Unmarshal([]byte(doc), &r); err != nil {
		t.Fatal(err)
	}
	if _, ok := r.Samples[0].Entity.(Entity); !ok || r.Samples[0].Batch != nil || r.Samples[0].Status != RequestResponseSampleStatusCompleted {
		t.Errorf("an entity sample: %#v", r.Samples[0])
	}
	if _, ok := r.Samples[1].Batch.(*Batch); !ok || r.Samples[1].Entity != nil || r.Samples[1].Status != RequestResponseSampleStatusDiscarded {
		t.Errorf("a batch sample: %#v", r.Samples[1])
	}
	if _, ok := r.Samples[2].Entity.(*InaccessibleResource); !ok {
		t.Errorf("an inaccessible entity: %#v", r.Samples[2].Entity)
	}
	if _, ok := r.Samples[3].Batch.(*InaccessibleResource); !ok {
		t.Errorf("an inaccessible batch: %#v", r.Samples[3].Batch)
	}
	wantRoundTrip(t, []byte(doc), &r)
	if err := json.Unmarshal([]byte(`{"samples": [{"batch": {"id": 7}}]}`), &RequestResponse{}); err == nil {
		t.Error("a batch with a numeric ID decoded")
	}
}

// TestRequestUnions decodes and encodes the polymorphic parts of a
// request: assignees (a user, a team, something else), samples (an
// entity, a batch, something else) and write assignees.
func TestRequestUnions(t *testing.T) {
	doc := `{"assignees": [{"user": {"id": "ent_1", "handle": "ada", "name": "Ada"}}, {"team": {"id": "team_1", "name": "Sequencing"}}, {"robot": {"id": "bot_1"}}],
		"sampleGroups": [{"id": "sgrp_1", "samples": {"Template": {"entityId": "seq_1", "containerId": "con_1"},
			"Prep": {"batchId": "bat_1"}, "Mystery": {"plateId": "plt_1"}}}],
		"createdAt": "2017-04-23 01:30:50.970926"}`
	var r Request
	if err := json.Unmarshal([]byte(doc), &r); err != nil {
		t.Fatal(err)
	}
	want := RequestAssignees{
		&RequestUserAssignee{User: UserSummary{ID: "ent_1", Handle: "ada", Name: "Ada"}},
		&RequestTeamAssignee{Team: TeamSummary{ID: "team_1", Name: "Sequencing"}},
		&UnknownRequestAssignee{Raw: json.RawMessage(`{"robot": {"id": "bot_1"}}`)},
	}
	if diff := cmp.Diff(want, r.Assignees); diff != "" {
		t.Errorf("assignees (-want +got):\n%s", diff)
	}
	wantSamples := RequestSampleGroupSamples{
		"Template": &RequestSampleWithEntity{EntityID: "seq_1", ContainerID: "con_1"},
		"Prep":     &RequestSampleWithBatch{BatchID: "bat_1"},
		"Mystery":  &UnknownRequestSample{Raw: json.RawMessage(`{"plateId": "plt_1"}`)},
	}
	if diff := cmp.Diff(wantSamples, r.SampleGroups[0].Samples); diff != "" {
		t.Errorf("samples (-want +got):\n%s", diff)
	}
	wantRoundTrip(t, []byte(doc), &r)
	if ct, err := r.CreatedTime(); err != nil || ct.Format("2006-01-02T15:04:05.000000") != "2017-04-23T01:30:50.970926" {
		t.Errorf("CreatedTime = %v, %v", ct, err)
	}
	if _, err := (&Request{CreatedAt: "yesterday"}).CreatedTime(); err == nil {
		t.Error("CreatedTime(yesterday): no error")
	}

	var body RequestCreate
	in := `{"assignees": [{"userId": "ent_1"}, {"teamId": "team_1"}, {"groupId": "grp_1"}], "fields": {}, "projectId": "src_1",
		"sampleGroups": [], "schemaId": "assaysch_1"}`
	if err := json.Unmarshal([]byte(in), &body); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(RequestWriteAssignees{&RequestWriteUserAssignee{UserID: "ent_1"}, &RequestWriteTeamAssignee{TeamID: "team_1"},
		&UnknownRequestWriteAssignee{Raw: json.RawMessage(`{"groupId": "grp_1"}`)}}, body.Assignees); diff != "" {
		t.Errorf("write assignees (-want +got):\n%s", diff)
	}
	wantRoundTrip(t, []byte(in), &body)

	// A nil member is an error, not a null.
	for name, v := range map[string]any{
		"assignee":       RequestAssignees{nil},
		"write assignee": RequestWriteAssignees{nil},
		"sample":         RequestSampleGroupSamples{"x": nil},
		"raw":            &UnknownRequestSample{Raw: json.RawMessage(`{`)},
	} {
		if _, err := json.Marshal(v); err == nil {
			t.Errorf("%s: encoded", name)
		}
	}
	if b, err := json.Marshal(&UnknownRequestAssignee{}); err != nil || string(b) != "{}" {
		t.Errorf("an empty unknown assignee: %s, %v", b, err)
	}
	// A sample of a known kind that does not fit is an error naming it.
	if err := json.Unmarshal([]byte(`{"Template": {"entityId": 7}}`), &RequestSampleGroupSamples{}); err == nil {
		t.Error("a numeric entityId decoded")
	}
}

// TestLegacyRequestsFulfillmentFreeFormSamples decodes a fulfillment whose
// sample group holds samples that are not objects: the spec's SampleGroup
// leaves samples a free-form object (any values), unlike a request's
// RequestSampleGroupSamples. A value that is not an entity or a batch is an
// UnknownRequestSample holding its JSON, not an error for the whole
// fulfillment.
func TestLegacyRequestsFulfillmentFreeFormSamples(t *testing.T) {
	env := setup(t)
	var fx map[string]any
	if err := json.Unmarshal(specFixture(t, "getRequestFulfillment", http.StatusOK), &fx); err != nil {
		t.Fatal(err)
	}
	fx["sampleGroup"] = map[string]any{"id": "sgrp_1", "samples": map[string]any{
		"Entity": map[string]any{"entityId": "seq_1"}, "Name": "seq_2", "Count": 3, "Empty": nil}}
	body, err := json.Marshal(fx)
	if err != nil {
		t.Fatal(err)
	}
	env.mux.HandleFunc("GET /request-fulfillments/reqffm_1", serveJSON(t, http.MethodGet, http.StatusOK, body))

	f, _, err := env.client.LegacyRequests.GetFulfillment(testCtx(t), "reqffm_1")
	if err != nil {
		t.Fatal(err)
	}
	want := RequestSampleGroupSamples{
		"Entity": &RequestSampleWithEntity{EntityID: "seq_1"},
		"Name":   &UnknownRequestSample{Raw: json.RawMessage(`"seq_2"`)},
		"Count":  &UnknownRequestSample{Raw: json.RawMessage(`3`)},
		"Empty":  &UnknownRequestSample{Raw: json.RawMessage(`null`)},
	}
	if f.SampleGroup == nil {
		t.Fatal("SampleGroup is nil")
	}
	if diff := cmp.Diff(want, f.SampleGroup.Samples); diff != "" {
		t.Errorf("samples (-want +got):\n%s", diff)
	}
	wantRoundTrip(t, body, f)
}

// TestLegacyRequestTasksNilListIsEmptyArray: the spec makes the task list
// of the bulk task bodies a required array, so nil items send [], not
// null.
func TestLegacyRequestTasksNilListIsEmptyArray(t *testing.T) {
	env := setup(t)
	for _, p := range []string{"POST /requests/req_1/tasks:bulk-create", "POST /requests/req_1/tasks:bulk-update"} {
		env.mux.HandleFunc(p, func(w http.ResponseWriter, r *http.Request) {
			contract.Skip(r) // the body is the point; an empty list is the server's to refuse
			testJSONBody(t, r, `{"tasks":[]}`)
			w.Header().Set("Content-Type", "application/json")
			_, _ = w.Write([]byte(`{"tasks":[]}`))
		})
	}
	if _, _, err := env.client.LegacyRequests.BulkCreateTasks(testCtx(t), "req_1", nil); err != nil {
		t.Error(err)
	}
	if _, _, err := env.client.LegacyRequests.BulkUpdateTasks(testCtx(t), "req_1", nil); err != nil {
		t.Error(err)
	}
}
