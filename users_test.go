package benchling

import (
	"context"
	"errors"
	"iter"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// usersPasteur is the spec's User example as the SDK should decode it.
func usersPasteur() *User {
	return &User{
		ID:          "ent_a0SApq3z",
		Name:        "Louis Pasteur",
		Handle:      "lpasteur",
		Email:       "lpasteur@benchling.com",
		IsSuspended: false,
	}
}

func TestUsersGet(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /users/ent_a0SApq3z", serveJSON(t, http.MethodGet, http.StatusOK, fixture(t, "users/get.json")))

	got, resp, err := env.client.Users.Get(testCtx(t), "ent_a0SApq3z")
	if err != nil {
		t.Fatalf("Get: %v", err)
	}
	if resp.StatusCode != http.StatusOK {
		t.Errorf("status = %d, want 200", resp.StatusCode)
	}
	want := usersPasteur()
	want.PasswordLastChangedAt = Ptr("2021-07-14T07:34:25.156Z")
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Get mismatch (-want +got):\n%s", diff)
	}
}

func TestUsersGetNotFound(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /users/ent_missing", serveJSON(t, http.MethodGet, http.StatusNotFound, fixture(t, "users/not_found.json")))

	got, resp, err := env.client.Users.Get(testCtx(t), "ent_missing")
	if !errors.Is(err, ErrNotFound) {
		t.Fatalf("Get err = %v, want ErrNotFound", err)
	}
	if got != nil {
		t.Errorf("Get returned %+v with the error, want nil", got)
	}
	if resp == nil || resp.StatusCode != http.StatusNotFound {
		t.Errorf("resp = %v, want a 404 response", resp)
	}
	var apiErr *Error
	if !errors.As(err, &apiErr) {
		t.Fatalf("err is %T, want *Error", err)
	}
	if diff := cmp.Diff([]string{"ent_missing"}, apiErr.InvalidIDs); diff != "" {
		t.Errorf("InvalidIDs mismatch (-want +got):\n%s", diff)
	}
	if apiErr.Message != "User not found." {
		t.Errorf("Message = %q", apiErr.Message)
	}
}

func TestUsersInvalidID(t *testing.T) {
	env := setup(t)
	var hits atomic.Int32
	env.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		t.Errorf("unexpected request %s %s", r.Method, r.URL)
	})
	ctx := testCtx(t)
	calls := map[string]func(id string) error{
		"Get": func(id string) error { _, _, err := env.client.Users.Get(ctx, id); return err },
		"Update": func(id string) error {
			_, _, err := env.client.Users.Update(ctx, id, &UserUpdate{Name: Ptr("x")})
			return err
		},
		"Activity":             func(id string) error { _, _, err := env.client.Users.GetActivity(ctx, id); return err },
		"WarehouseCredentials": func(id string) error { _, _, err := env.client.Users.ListWarehouseCredentials(ctx, id); return err },
	}
	for name, call := range calls {
		for _, id := range []string{"", " ", "..", "ent/1"} {
			if err := call(id); !errors.Is(err, ErrInvalidID) {
				t.Errorf("%s(%q) err = %v, want ErrInvalidID", name, id, err)
			}
		}
	}
	if n := hits.Load(); n != 0 {
		t.Errorf("%d requests sent, want none", n)
	}
}

func TestUsersGetEscapesID(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /users/{id}", func(w http.ResponseWriter, r *http.Request) {
		if got := r.URL.EscapedPath(); got != "/users/ent%20a%3F" {
			t.Errorf("escaped path = %q, want /users/ent%%20a%%3F", got)
		}
		if got := r.PathValue("id"); got != "ent a?" {
			t.Errorf("id = %q, want %q", got, "ent a?")
		}
		serveJSON(t, http.MethodGet, http.StatusOK, fixture(t, "users/get.json"))(w, r)
	})
	if _, _, err := env.client.Users.Get(testCtx(t), "ent a?"); err != nil {
		t.Fatalf("Get: %v", err)
	}
}

func TestUsersList(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /users", func(w http.ResponseWriter, r *http.Request) {
		testQuery(t, r, map[string]string{"pageSize": "1", "sort": "name:asc"})
		serveJSON(t, http.MethodGet, http.StatusOK, fixture(t, "users/list_page1.json"))(w, r)
	})

	got, resp, err := env.client.Users.List(testCtx(t), &UserListOptions{
		ListOptions:      ListOptions{PageSize: 1},
		PartyListFilters: PartyListFilters{Sort: SortNameAsc},
	})
	if err != nil {
		t.Fatalf("List: %v", err)
	}
	if diff := cmp.Diff([]*User{usersPasteur()}, got); diff != "" {
		t.Errorf("List mismatch (-want +got):\n%s", diff)
	}
	if resp.NextToken != "Im5ldyB0ZXN0Ig==" {
		t.Errorf("NextToken = %q", resp.NextToken)
	}
}

func TestUsersListNilOptions(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /users", func(w http.ResponseWriter, r *http.Request) {
		testQuery(t, r, nil)
		serveJSON(t, http.MethodGet, http.StatusOK, fixture(t, "users/list_page2.json"))(w, r)
	})
	got, resp, err := env.client.Users.List(testCtx(t), nil)
	if err != nil {
		t.Fatalf("List: %v", err)
	}
	want := []*User{{ID: "ent_b4AApz9b", Name: "Marie Curie", Handle: "mcurie", Email: "mcurie@benchling.com", IsSuspended: true}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("List mismatch (-want +got):\n%s", diff)
	}
	if resp.NextToken != "" {
		t.Errorf("NextToken = %q, want empty", resp.NextToken)
	}
}

func TestUsersListQueryEncoding(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /users", func(w http.ResponseWriter, r *http.Request) {
		testQuery(t, r, map[string]string{
			"ids":                       "ent_a0SApq3z,ent_b4AApz9b",
			"name":                      "Louis Pasteur",
			"nameIncludes":              "Past",
			"names.anyOf":               "Louis Pasteur,Marie Curie",
			"names.anyOf.caseSensitive": "Louis Pasteur",
			"modifiedAt":                "> 2022-03-01 AND < 2022-04-01",
			"memberOf":                  "ent_a0SApq3z,team_Il92ydiY",
			"adminOf":                   "team_Il92ydiY",
			"handles":                   "lpasteur,mcurie",
			"email.anyOf":               "lpasteur@benchling.com,mcurie@benchling.com",
			"passwordLastChangedAt":     "null",
			"pageSize":                  "25",
			"nextToken":                 "tok1",
			"sort":                      "modifiedAt:desc",
		})
		if got := r.URL.RawQuery; !strings.Contains(got, "modifiedAt=%3E%202022-03-01%20AND%20%3C%202022-04-01") {
			t.Errorf("raw query %q does not encode spaces as %%20", got)
		}
		serveJSON(t, http.MethodGet, http.StatusOK, fixture(t, "users/list_page2.json"))(w, r)
	})
	opts := &UserListOptions{
		ListOptions: ListOptions{PageSize: 25, NextToken: "tok1"},
		PartyListFilters: PartyListFilters{
			IDs:                     []string{"ent_a0SApq3z", "ent_b4AApz9b"},
			Name:                    "Louis Pasteur",
			NameIncludes:            "Past",
			NamesAnyOf:              []string{"Louis Pasteur", "Marie Curie"},
			NamesAnyOfCaseSensitive: []string{"Louis Pasteur"},
			ModifiedAt:              "> 2022-03-01 AND < 2022-04-01",
			Sort:                    SortModifiedAtDesc,
		},

		MemberOf:              []string{"ent_a0SApq3z", "team_Il92ydiY"},
		AdminOf:               []string{"team_Il92ydiY"},
		Handles:               []string{"lpasteur", "mcurie"},
		EmailAnyOf:            []string{"lpasteur@benchling.com", "mcurie@benchling.com"},
		PasswordLastChangedAt: "null",
	}
	if _, _, err := env.client.Users.List(testCtx(t), opts); err != nil {
		t.Fatalf("List: %v", err)
	}
}

func TestUsersAll(t *testing.T) {
	opts := &UserListOptions{Handles: []string{"lpasteur", "mcurie"}}
	got := testAllTwoPages(t, twoPageList{
		pattern: "GET /users", query: map[string]string{"handles": "lpasteur,mcurie"},
		nextToken: "Im5ldyB0ZXN0Ig==", page1: "users/list_page1.json", page2: "users/list_page2.json",
	}, func(c *Client) iter.Seq2[*User, error] { return c.Users.All(testCtx(t), opts) },
		func() string { return opts.NextToken })
	var ids []string
	for _, u := range got {
		ids = append(ids, u.ID)
	}
	if diff := cmp.Diff([]string{"ent_a0SApq3z", "ent_b4AApz9b"}, ids); diff != "" {
		t.Errorf("All mismatch (-want +got):\n%s", diff)
	}
}

func TestUsersAllStopsOnBreak(t *testing.T) {
	env := setup(t)
	var calls atomic.Int32
	env.mux.HandleFunc("GET /users", func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		serveJSON(t, http.MethodGet, http.StatusOK, fixture(t, "users/list_page1.json"))(w, r)
	})
	for range env.client.Users.All(testCtx(t), nil) {
		break
	}
	if n := calls.Load(); n != 1 {
		t.Errorf("requests = %d, want 1", n)
	}
}

func TestUsersCreate(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("POST /users", func(w http.ResponseWriter, r *http.Request) {
		testJSONBody(t, r, `{"email":"lpasteur@benchling.com","handle":"lpasteur","name":"Louis Pasteur"}`)
		serveJSON(t, http.MethodPost, http.StatusCreated, fixture(t, "users/get.json"))(w, r)
	})
	got, resp, err := env.client.Users.Create(testCtx(t), &UserCreate{
		Email:  "lpasteur@benchling.com",
		Handle: "lpasteur",
		Name:   "Louis Pasteur",
	})
	if err != nil {
		t.Fatalf("Create: %v", err)
	}
	if resp.StatusCode != http.StatusCreated {
		t.Errorf("status = %d, want 201", resp.StatusCode)
	}
	want := usersPasteur()
	want.PasswordLastChangedAt = Ptr("2021-07-14T07:34:25.156Z")
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Create mismatch (-want +got):\n%s", diff)
	}
}

func TestUsersUpdate(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("PATCH /users/ent_a0SApq3z", func(w http.ResponseWriter, r *http.Request) {
		// isSuspended false must be sent: unset and false differ in a PATCH.
		testJSONBody(t, r, `{"isSuspended":false,"name":"Louis Pasteur"}`)
		serveJSON(t, http.MethodPatch, http.StatusOK, fixture(t, "users/get.json"))(w, r)
	})
	got, _, err := env.client.Users.Update(testCtx(t), "ent_a0SApq3z", &UserUpdate{
		Name:        Ptr("Louis Pasteur"),
		IsSuspended: Ptr(false),
	})
	if err != nil {
		t.Fatalf("Update: %v", err)
	}
	want := usersPasteur()
	want.PasswordLastChangedAt = Ptr("2021-07-14T07:34:25.156Z")
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Update mismatch (-want +got):\n%s", diff)
	}
}

func TestUsersActivity(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /users/ent_a0SApq3z/activity", serveJSON(t, http.MethodGet, http.StatusOK, fixture(t, "users/activity.json")))
	got, _, err := env.client.Users.GetActivity(testCtx(t), "ent_a0SApq3z")
	if err != nil {
		t.Fatalf("GetActivity: %v", err)
	}
	want := &UserActivity{
		UserID:   "ent_a0SApq3z",
		LastSeen: Ptr(time.Date(2021, 7, 14, 7, 34, 25, 156_000_000, time.UTC)),
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("GetActivity mismatch (-want +got):\n%s", diff)
	}
}

func TestUsersActivityNeverSeen(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /users/ent_a0SApq3z/activity", serveJSON(t, http.MethodGet, http.StatusOK,
		`{"lastSeen":null,"userId":"ent_a0SApq3z"}`))
	got, _, err := env.client.Users.GetActivity(testCtx(t), "ent_a0SApq3z")
	if err != nil {
		t.Fatalf("GetActivity: %v", err)
	}
	if diff := cmp.Diff(&UserActivity{UserID: "ent_a0SApq3z"}, got); diff != "" {
		t.Errorf("GetActivity mismatch (-want +got):\n%s", diff)
	}
}

func TestUsersListWarehouseCredentials(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /users/ent_a0SApq3z/warehouse-credentials", serveJSON(t, http.MethodGet, http.StatusOK,
		fixture(t, "users/warehouse_credentials.json")))
	got, _, err := env.client.Users.ListWarehouseCredentials(testCtx(t), "ent_a0SApq3z")
	if err != nil {
		t.Fatalf("WarehouseCredentials: %v", err)
	}
	want := []*WarehouseCredentialSummary{{
		ID:         "whcred_a0SApq3z",
		Label:      "Louis Pasteur's warehouse login",
		Username:   "u$lpasteur_az",
		UserID:     "ent_a0SApq3z",
		CreatedAt:  time.Date(2017, 4, 18, 5, 54, 56, 247_545_000, time.UTC),
		ModifiedAt: time.Date(2021, 7, 14, 7, 34, 25, 157_000_000, time.UTC),
	}}
	if diff := cmp.Diff(want, got, usersTimeEqual()); diff != "" {
		t.Errorf("WarehouseCredentials mismatch (-want +got):\n%s", diff)
	}
}

// usersTimeEqual compares times as instants, whatever their location.
func usersTimeEqual() cmp.Option {
	return cmp.Comparer(func(a, b time.Time) bool { return a.Equal(b) })
}

func TestUsersListWarehouseCredentialsNotFound(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /users/ent_missing/warehouse-credentials", serveJSON(t, http.MethodGet, http.StatusNotFound,
		fixture(t, "users/not_found.json")))
	got, _, err := env.client.Users.ListWarehouseCredentials(testCtx(t), "ent_missing")
	if !errors.Is(err, ErrNotFound) {
		t.Fatalf("err = %v, want ErrNotFound", err)
	}
	if got != nil {
		t.Errorf("got %v with the error, want nil", got)
	}
}

// usersServeTask serves GET /tasks/{id}: RUNNING once, then final.
func usersServeTask(t *testing.T, env *testEnv, id string, final []byte) *atomic.Int32 {
	t.Helper()
	var polls atomic.Int32
	env.mux.HandleFunc("GET /tasks/"+id, func(w http.ResponseWriter, r *http.Request) {
		if polls.Add(1) == 1 {
			serveJSON(t, http.MethodGet, http.StatusOK, fixture(t, "tasks/running.json"))(w, r)
			return
		}
		serveJSON(t, http.MethodGet, http.StatusOK, final)(w, r)
	})
	return &polls
}

const usersTaskID = "f438d656-c2c3-40a4-b3fd-d7e58db78242"

func TestUsersBulkCreate(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("POST /users:bulk-create", func(w http.ResponseWriter, r *http.Request) {
		testJSONBody(t, r, `{"users":[
			{"email":"lpasteur@benchling.com","handle":"lpasteur","name":"Louis Pasteur"},
			{"email":"mcurie@benchling.com","handle":"mcurie","name":"Marie Curie"}]}`)
		serveJSON(t, http.MethodPost, http.StatusAccepted, fixture(t, "users/task_link.json"))(w, r)
	})
	polls := usersServeTask(t, env, usersTaskID, fixture(t, "users/bulk_task_succeeded.json"))

	ctx := testCtx(t)
	link, resp, err := env.client.Users.BulkCreate(ctx, []*UserCreate{
		{Email: "lpasteur@benchling.com", Handle: "lpasteur", Name: "Louis Pasteur"},
		{Email: "mcurie@benchling.com", Handle: "mcurie", Name: "Marie Curie"},
	})
	if err != nil {
		t.Fatalf("BulkCreate: %v", err)
	}
	if resp.StatusCode != http.StatusAccepted {
		t.Errorf("status = %d, want 202", resp.StatusCode)
	}
	if link.TaskID != usersTaskID {
		t.Errorf("TaskID = %q", link.TaskID)
	}
	res, err := link.Wait(ctx)
	if err != nil {
		t.Fatalf("Wait: %v", err)
	}
	if diff := cmp.Diff(&UsersBulkCreateResult{Users: []*User{usersPasteur()}}, res); diff != "" {
		t.Errorf("BulkCreate result mismatch (-want +got):\n%s", diff)
	}
	if n := polls.Load(); n != 2 {
		t.Errorf("polls = %d, want 2", n)
	}
}

func TestUsersBulkUpdate(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("POST /users:bulk-update", func(w http.ResponseWriter, r *http.Request) {
		testJSONBody(t, r, `{"users":[
			{"id":"ent_a0SApq3z","isSuspended":false},
			{"id":"ent_b4AApz9b","email":"mcurie@benchling.com","handle":"mcurie","name":"Marie Curie","isSuspended":true}]}`)
		serveJSON(t, http.MethodPost, http.StatusAccepted, fixture(t, "users/task_link.json"))(w, r)
	})
	usersServeTask(t, env, usersTaskID, fixture(t, "users/bulk_task_succeeded.json"))

	ctx := testCtx(t)
	link, _, err := env.client.Users.BulkUpdate(ctx, []*UserBulkUpdate{
		{ID: "ent_a0SApq3z", IsSuspended: Ptr(false)},
		{ID: "ent_b4AApz9b", Email: Ptr("mcurie@benchling.com"), Handle: Ptr("mcurie"), Name: Ptr("Marie Curie"), IsSuspended: Ptr(true)},
	})
	if err != nil {
		t.Fatalf("BulkUpdate: %v", err)
	}
	res, err := link.Wait(ctx)
	if err != nil {
		t.Fatalf("Wait: %v", err)
	}
	if diff := cmp.Diff(&UsersBulkUpdateResult{Users: []*User{usersPasteur()}}, res); diff != "" {
		t.Errorf("BulkUpdate result mismatch (-want +got):\n%s", diff)
	}
}

func TestUsersBulkCreateTaskFailed(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("POST /users:bulk-create", serveJSON(t, http.MethodPost, http.StatusAccepted, fixture(t, "users/task_link.json")))
	usersServeTask(t, env, usersTaskID, fixture(t, "users/bulk_task_failed.json"))

	ctx := testCtx(t)
	link, _, err := env.client.Users.BulkCreate(ctx, []*UserCreate{{Email: "bad", Handle: "lpasteur", Name: "Louis Pasteur"}})
	if err != nil {
		t.Fatalf("BulkCreate: %v", err)
	}
	res, err := link.Wait(ctx)
	if !errors.Is(err, ErrTaskFailed) {
		t.Fatalf("Wait err = %v, want ErrTaskFailed", err)
	}
	if res != nil {
		t.Errorf("Wait returned %+v with the error, want nil", res)
	}
	var te *TaskError
	if !errors.As(err, &te) {
		t.Fatalf("err is %T, want *TaskError", err)
	}
	want := []ItemError{{Index: 0, Message: "Invalid field value"}}
	if diff := cmp.Diff(want, te.Items); diff != "" {
		t.Errorf("Items mismatch (-want +got):\n%s", diff)
	}
	if te.Message != "Your request was invalid." || te.TaskID != usersTaskID {
		t.Errorf("TaskError = %+v", te)
	}
}

func TestUsersBulkCreateBadRequest(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("POST /users:bulk-create", serveJSON(t, http.MethodPost, http.StatusBadRequest,
		`{"error":{"type":"invalid_request_error","message":"Invalid email.","userMessage":"Invalid email."}}`))
	link, resp, err := env.client.Users.BulkCreate(testCtx(t), []*UserCreate{{Email: "bad", Handle: "h", Name: "n"}})
	if !errors.Is(err, ErrBadRequest) {
		t.Fatalf("err = %v, want ErrBadRequest", err)
	}
	if link != nil {
		t.Errorf("link = %+v, want nil", link)
	}
	if resp == nil || resp.StatusCode != http.StatusBadRequest {
		t.Errorf("resp = %v, want the 400 response", resp)
	}
}

func TestUsersContextCancelled(t *testing.T) {
	env := setup(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, _, err := env.client.Users.Get(ctx, "ent_a0SApq3z")
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}
