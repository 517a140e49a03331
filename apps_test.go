package benchling

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"net/http"
	"reflect"
	"strings"
	"testing"
)

// TestApps exercises every method of AppsService with the spec's fixtures
// (see spec_cases_test.go).
func TestApps(t *testing.T) {
	items := func(t *testing.T) []byte {
		return specItems(t, "appConfigurationItems", "getAppConfigurationItemById", http.StatusOK)
	}
	runSpecCases(t, []specCase{
		// apps
		{name: "List", op: "listBenchlingApps", pattern: "GET /apps", status: http.StatusOK,
			query: map[string]string{"sort": "name:asc", "nameIncludes": "First", "creatorIds": "ent_1,ent_2", "memberOf": "team_1", "pageSize": "10"},
			call: func(t *testing.T, c *Client) (any, error) {
				l, resp, err := c.Apps.List(testCtx(t), &BenchlingAppListOptions{ListOptions: ListOptions{PageSize: 10}, Sort: SortNameAsc,
					NameIncludes: "First", CreatorIDs: []string{"ent_1", "ent_2"}, MemberOf: []string{"team_1"}})
				return map[string]any{"apps": l, "nextToken": resp.NextToken}, err
			}},
		{name: "Get", op: "getBenchlingAppByID", pattern: "GET /apps/app_1", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				a, _, err := c.Apps.Get(testCtx(t), "app_1")
				return a, err
			}},
		{name: "Create", op: "createBenchlingApp", pattern: "POST /apps", status: http.StatusCreated,
			call: func(t *testing.T, c *Client) (any, error) {
				a, _, err := c.Apps.Create(testCtx(t), reqFixture[BenchlingAppCreate](t, "createBenchlingApp"))
				return a, err
			}},
		{name: "Update", op: "patchBenchlingApp", pattern: "PATCH /apps/app_1", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				a, _, err := c.Apps.Update(testCtx(t), "app_1", reqFixture[BenchlingAppUpdate](t, "patchBenchlingApp"))
				return a, err
			}},
		{name: "Archive", op: "archiveBenchlingApps", pattern: "POST /apps:archive", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				a, _, err := c.Apps.Archive(testCtx(t), reqFixture[BenchlingAppsArchive](t, "archiveBenchlingApps"))
				return a, err
			}},
		{name: "Unarchive", op: "unarchiveBenchlingApps", pattern: "POST /apps:unarchive", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				a, _, err := c.Apps.Unarchive(testCtx(t), reqFixture[benchlingAppsUnarchive](t, "unarchiveBenchlingApps").AppIDs)
				return a, err
			}},
		// canvases
		{name: "CreateCanvas", op: "createAppCanvas", pattern: "POST /app-canvases", status: http.StatusCreated,
			call: func(t *testing.T, c *Client) (any, error) {
				cv, _, err := c.Apps.CreateCanvas(testCtx(t), reqFixture[AppCanvasCreate](t, "createAppCanvas"))
				return cv, err
			}},
		{name: "GetCanvas", op: "getAppCanvas", pattern: "GET /app-canvases/cnvs_1", status: http.StatusOK,
			query: map[string]string{"returning": "id,blocks"},
			call: func(t *testing.T, c *Client) (any, error) {
				cv, _, err := c.Apps.GetCanvas(testCtx(t), "cnvs_1", &AppCanvasGetOptions{Returning: []string{"id", "blocks"}})
				return cv, err
			}},
		{name: "UpdateCanvas", op: "updateAppCanvas", pattern: "PATCH /app-canvases/cnvs_1", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				cv, _, err := c.Apps.UpdateCanvas(testCtx(t), "cnvs_1", reqFixture[AppCanvasUpdate](t, "updateAppCanvas"))
				return cv, err
			}},
		{name: "ArchiveCanvases", op: "archiveAppCanvases", pattern: "POST /app-canvases:archive", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				a, _, err := c.Apps.ArchiveCanvases(testCtx(t), reqFixture[AppCanvasesArchive](t, "archiveAppCanvases"))
				return a, err
			}},
		{name: "UnarchiveCanvases", op: "unarchiveAppCanvases", pattern: "POST /app-canvases:unarchive", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				a, _, err := c.Apps.UnarchiveCanvases(testCtx(t), reqFixture[appCanvasesUnarchive](t, "unarchiveAppCanvases").CanvasIDs)
				return a, err
			}},
		// sessions
		{name: "CreateSession", op: "createAppSession", pattern: "POST /app-sessions", status: http.StatusCreated,
			call: func(t *testing.T, c *Client) (any, error) {
				s, _, err := c.Apps.CreateSession(testCtx(t), reqFixture[AppSessionCreate](t, "createAppSession"))
				return s, err
			}},
		{name: "GetSession", op: "getAppSessionById", pattern: "GET /app-sessions/sesn_1", status: http.StatusOK,
			query: map[string]string{"returning": "id,status"},
			call: func(t *testing.T, c *Client) (any, error) {
				s, _, err := c.Apps.GetSession(testCtx(t), "sesn_1", &AppSessionGetOptions{Returning: []string{"id", "status"}})
				return s, err
			}},
		{name: "UpdateSession", op: "updateAppSession", pattern: "PATCH /app-sessions/sesn_1", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				s, _, err := c.Apps.UpdateSession(testCtx(t), "sesn_1", reqFixture[AppSessionUpdate](t, "updateAppSession"))
				return s, err
			}},
		// configuration items
		{name: "ListConfigurationItems", op: "listAppConfigurationItems", pattern: "GET /app-configuration-items", status: http.StatusOK,
			query: map[string]string{"appId": "app_1", "ids": "aci_1,aci_2", "modifiedAt": "> 2022-01-01", "sort": "createdAt:asc"},
			call: func(t *testing.T, c *Client) (any, error) {
				l, resp, err := c.Apps.ListConfigurationItems(testCtx(t), &AppConfigItemListOptions{AppID: "app_1",
					IDs: []string{"aci_1", "aci_2"}, ModifiedAt: "> 2022-01-01", Sort: SortCreatedAtAsc})
				return map[string]any{"appConfigurationItems": l, "nextToken": resp.NextToken}, err
			}},
		{name: "GetConfigurationItem", op: "getAppConfigurationItemById", pattern: "GET /app-configuration-items/aci_1", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				it, _, err := c.Apps.GetConfigurationItem(testCtx(t), "aci_1")
				return it, err
			}},
		{name: "CreateConfigurationItem", op: "createAppConfigurationItem", pattern: "POST /app-configuration-items", status: http.StatusCreated,
			call: func(t *testing.T, c *Client) (any, error) {
				it, _, err := c.Apps.CreateConfigurationItem(testCtx(t), reqFixture[AppConfigItemGenericCreate](t, "createAppConfigurationItem"))
				return it, err
			}},
		{name: "UpdateConfigurationItem", op: "updateAppConfigurationItem", pattern: "PATCH /app-configuration-items/aci_1", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				it, _, err := c.Apps.UpdateConfigurationItem(testCtx(t), "aci_1", reqFixture[AppConfigItemGenericUpdate](t, "updateAppConfigurationItem"))
				return it, err
			}},
		{name: "BulkCreateConfigurationItems", op: "bulkCreateAppConfigurationItems", pattern: "POST /app-configuration-items:bulk-create",
			status: http.StatusAccepted, task: items(t),
			call: func(t *testing.T, c *Client) (any, error) {
				link, _, err := c.Apps.BulkCreateConfigurationItems(testCtx(t), []AppConfigItemCreate{genericCreateFixture(t)})
				if err == nil {
					wantTaskResult(t, link, items(t))
				}
				return link, err
			}},
		{name: "BulkUpdateConfigurationItems", op: "bulkUpdateAppConfigurationItems", pattern: "POST /app-configuration-items:bulk-update",
			status: http.StatusAccepted, task: items(t),
			call: func(t *testing.T, c *Client) (any, error) {
				link, _, err := c.Apps.BulkUpdateConfigurationItems(testCtx(t), []AppConfigItemBulkUpdate{genericBulkUpdateFixture(t)})
				if err == nil {
					wantTaskResult(t, link, items(t))
				}
				return link, err
			}},
		{name: "CreateManyConfigurationItems", op: "bulkCreateAppConfigurationItems", pattern: "POST /app-configuration-items:bulk-create",
			status: http.StatusAccepted, task: items(t),
			call: func(t *testing.T, c *Client) (any, error) {
				res, err := c.Apps.CreateManyConfigurationItems(testCtx(t), []AppConfigItemCreate{genericCreateFixture(t)}, nil)
				if err != nil {
					return nil, err
				}
				wantRoundTrip(t, items(t), map[string]any{"appConfigurationItems": []any{res[0].Value}})
				return map[string]any{"taskId": res[0].TaskID}, nil
			}},
		{name: "UpdateManyConfigurationItems", op: "bulkUpdateAppConfigurationItems", pattern: "POST /app-configuration-items:bulk-update",
			status: http.StatusAccepted, task: items(t),
			call: func(t *testing.T, c *Client) (any, error) {
				res, err := c.Apps.UpdateManyConfigurationItems(testCtx(t), []AppConfigItemBulkUpdate{genericBulkUpdateFixture(t)}, nil)
				if err != nil {
					return nil, err
				}
				wantRoundTrip(t, items(t), map[string]any{"appConfigurationItems": []any{res[0].Value}})
				return map[string]any{"taskId": res[0].TaskID}, nil
			}},
	})
}

// genericCreateFixture is the one item of the spec's bulk-create request
// fixture (a generic create).
func genericCreateFixture(t *testing.T) *AppConfigItemGenericCreate {
	t.Helper()
	var body struct {
		AppConfigurationItems []*AppConfigItemGenericCreate `json:"appConfigurationItems"`
	}
	if err := json.Unmarshal(specRequestFixture(t, "bulkCreateAppConfigurationItems"), &body); err != nil || len(body.AppConfigurationItems) != 1 {
		t.Fatalf("bulk-create fixture: %v", err)
	}
	return body.AppConfigurationItems[0]
}

// genericBulkUpdateFixture is the one item of the spec's bulk-update
// request fixture.
func genericBulkUpdateFixture(t *testing.T) *AppConfigItemGenericBulkUpdate {
	t.Helper()
	var body struct {
		AppConfigurationItems []*AppConfigItemGenericBulkUpdate `json:"appConfigurationItems"`
	}
	if err := json.Unmarshal(specRequestFixture(t, "bulkUpdateAppConfigurationItems"), &body); err != nil || len(body.AppConfigurationItems) != 1 {
		t.Fatalf("bulk-update fixture: %v", err)
	}
	return body.AppConfigurationItems[0]
}

// pointerSeq turns an iterator of interface values into one of pointers
// to them, for wantAllPages.
func pointerSeq[T any](s iter.Seq2[T, error]) iter.Seq2[*T, error] {
	return func(yield func(*T, error) bool) {
		for v, err := range s {
			if !yield(&v, err) {
				return
			}
		}
	}
}

// TestAppsPaging pages List and ListConfigurationItems with All and Pages.
func TestAppsPaging(t *testing.T) {
	t.Run("List", func(t *testing.T) {
		env, n := setup(t), 0
		specPages(t, env, "GET /apps", "listBenchlingApps", "apps", false, &n)
		s := env.client.Apps
		wantAllPages(t, &n, s.All(testCtx(t), nil), s.Pages(testCtx(t), nil))
	})
	t.Run("ListConfigurationItems", func(t *testing.T) {
		env, n := setup(t), 0
		specPages(t, env, "GET /app-configuration-items", "listAppConfigurationItems", "appConfigurationItems", false, &n)
		s := env.client.Apps
		wantAllPages(t, &n, pointerSeq(s.AllConfigurationItems(testCtx(t), nil)), s.PagesConfigurationItems(testCtx(t), nil))
	})
}

// TestAppsErrors: bad IDs and empty ID lists are ErrInvalidID and nil
// union bodies an error, before anything is sent; unknown items are 404s.
func TestAppsErrors(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /app-canvases/cnvs_missing", serveJSON(t, http.MethodGet, http.StatusNotFound, notFoundBody("Canvas", "cnvs_missing")))
	env.mux.HandleFunc("GET /app-configuration-items/aci_missing", serveJSON(t, http.MethodGet, http.StatusNotFound, notFoundBody("App config item", "aci_missing")))
	env.mux.HandleFunc("GET /app-sessions/sesn_missing", serveJSON(t, http.MethodGet, http.StatusNotFound, notFoundBody("Session", "sesn_missing")))
	env.mux.HandleFunc("GET /apps/app_missing", serveJSON(t, http.MethodGet, http.StatusNotFound, notFoundBody("App", "app_missing")))
	ctx, s := testCtx(t), env.client.Apps
	wantInvalidID(t, map[string]func() error{
		"Get":                  func() error { _, _, err := s.Get(ctx, ""); return err },
		"Update":               func() error { _, _, err := s.Update(ctx, "a/b", &BenchlingAppUpdate{}); return err },
		"Archive":              func() error { _, _, err := s.Archive(ctx, &BenchlingAppsArchive{Reason: "Other"}); return err },
		"Unarchive":            func() error { _, _, err := s.Unarchive(ctx, nil); return err },
		"GetCanvas":            func() error { _, _, err := s.GetCanvas(ctx, "..", nil); return err },
		"UpdateCanvas":         func() error { _, _, err := s.UpdateCanvas(ctx, " ", &AppCanvasUpdate{}); return err },
		"ArchiveCanvases":      func() error { _, _, err := s.ArchiveCanvases(ctx, &AppCanvasesArchive{Reason: "Other"}); return err },
		"UnarchiveCanvases":    func() error { _, _, err := s.UnarchiveCanvases(ctx, []string{}); return err },
		"GetSession":           func() error { _, _, err := s.GetSession(ctx, "a,b", nil); return err },
		"UpdateSession":        func() error { _, _, err := s.UpdateSession(ctx, "", &AppSessionUpdate{}); return err },
		"GetConfigurationItem": func() error { _, _, err := s.GetConfigurationItem(ctx, "."); return err },
		"UpdateConfigurationItem": func() error {
			_, _, err := s.UpdateConfigurationItem(ctx, "", &AppConfigItemGenericUpdate{})
			return err
		},
		"Configuration": func() error { _, err := s.Configuration(ctx, "a/b"); return err },
	})
	// Nil bodies and nil items are errors before anything is sent: a
	// tenant that counts requests sees none.
	cenv, sent := countingEnv(t)
	cs := cenv.client.Apps
	for name, call := range map[string]func() error{
		"CreateConfigurationItem": func() error { _, _, err := cs.CreateConfigurationItem(ctx, nil); return err },
		"CreateConfigurationItem nil*": func() error {
			_, _, err := cs.CreateConfigurationItem(ctx, (*AppConfigItemBooleanCreate)(nil))
			return err
		},
		"UpdateConfigurationItem": func() error { _, _, err := cs.UpdateConfigurationItem(ctx, "aci_1", nil); return err },
		"BulkCreate nil item": func() error {
			_, _, err := cs.BulkCreateConfigurationItems(ctx, []AppConfigItemCreate{nil})
			return err
		},
		"UpdateMany nil item": func() error {
			_, err := cs.UpdateManyConfigurationItems(ctx, []AppConfigItemBulkUpdate{(*AppConfigItemJSONBulkUpdate)(nil)}, nil)
			return err
		},
	} {
		before := sent.Load()
		if err := call(); err == nil {
			t.Errorf("%s: no error", name)
		}
		if n := sent.Load() - before; n != 0 {
			t.Errorf("%s: %d requests sent, want none", name, n)
		}
	}
	_, _, err := s.GetCanvas(ctx, "cnvs_missing", nil)
	wantNotFound(t, err)
	_, _, err = s.GetConfigurationItem(ctx, "aci_missing")
	wantNotFound(t, err)
	_, _, err = s.GetSession(ctx, "sesn_missing", nil)
	wantNotFound(t, err)
	_, _, err = s.Get(ctx, "app_missing")
	wantNotFound(t, err)
}

// TestAppsCreateConflict: the deprecated create's 409 (another app has the
// name) matches ErrConflict and keeps the spec's conflicts.
func TestAppsCreateConflict(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("POST /apps", serveJSON(t, http.MethodPost, http.StatusConflict,
		`{"error":{"type":"invalid_request_error","message":"An app named My First App exists.","userMessage":"An app named My First App exists.","conflicts":[{"id":"app_e59sjL23Pqn30xHg"}]}}`))
	_, resp, err := env.client.Apps.Create(testCtx(t), &BenchlingAppCreate{Name: "My First App"})
	if !errors.Is(err, ErrConflict) || resp == nil || resp.StatusCode != http.StatusConflict {
		t.Fatalf("err = %v, want a 409 matching ErrConflict", err)
	}
}

// TestAppConfigItemKinds decodes the spec's fixture of every kind of
// AppConfigItem into its struct, and back.
func TestAppConfigItemKinds(t *testing.T) {
	for branch, want := range map[string]AppConfigItem{
		"ArrayElementAppConfigItem":         &ArrayElementAppConfigItem{},
		"BooleanAppConfigItem":              &BooleanAppConfigItem{},
		"DateAppConfigItem":                 &DateAppConfigItem{},
		"DatetimeAppConfigItem":             &DatetimeAppConfigItem{},
		"EntitySchemaAppConfigItem":         &EntitySchemaAppConfigItem{},
		"FieldAppConfigItem":                &FieldAppConfigItem{},
		"FloatAppConfigItem":                &FloatAppConfigItem{},
		"GenericApiIdentifiedAppConfigItem": &GenericAPIIdentifiedAppConfigItem{},
		"IntegerAppConfigItem":              &IntegerAppConfigItem{},
		"JsonAppConfigItem":                 &JSONAppConfigItem{},
		"SecureTextAppConfigItem":           &SecureTextAppConfigItem{},
		"TextAppConfigItem":                 &TextAppConfigItem{},
	} {
		t.Run(branch, func(t *testing.T) {
			fx := specBranchFixture(t, "AppConfigItem", branch)
			got, err := decodeAppConfigItem(fx)
			if err != nil {
				t.Fatal(err)
			}
			if reflect.TypeOf(got) != reflect.TypeOf(want) {
				t.Fatalf("decoded into %T, want %T", got, want)
			}
			if got.Item().ID == "" || len(got.Item().Path) == 0 {
				t.Errorf("Item() = %+v: the common properties are missing", got.Item())
			}
			wantRoundTrip(t, fx, got)
		})
	}
	t.Run("unknown", func(t *testing.T) {
		raw := []byte(`{"id":"aci_1","type":"quantum_state","path":["Q"],"value":{"spin":"up"}}`)
		got, err := decodeAppConfigItem(raw)
		if err != nil {
			t.Fatal(err)
		}
		u, ok := got.(*UnknownAppConfigItem)
		if !ok || u.Type != "quantum_state" || u.ID != "aci_1" || !reflect.DeepEqual(u.Path, []string{"Q"}) {
			t.Fatalf("got %#v", got)
		}
		wantRoundTrip(t, raw, got)
	})
	t.Run("linked resources", func(t *testing.T) {
		for branch, want := range map[string]LinkedAppConfigResource{
			"LinkedAppConfigResourceSummary": &LinkedAppConfigResourceSummary{},
			"InaccessibleResource":           &InaccessibleResource{},
		} {
			fx := specBranchFixture(t, "LinkedAppConfigResource", branch)
			item := []byte(`{"id":"aci_1","type":"field","path":["A","B"],"value":"tsf_1","linkedResource":` + string(fx) + `}`)
			got, err := decodeAppConfigItem(item)
			if err != nil {
				t.Fatal(err)
			}
			f := got.(*FieldAppConfigItem)
			if reflect.TypeOf(f.LinkedResource) != reflect.TypeOf(want) {
				t.Errorf("%s: linked resource decoded into %T", branch, f.LinkedResource)
			}
			wantRoundTrip(t, item, got)
		}
	})
}

// TestAppConfigItemRequestKinds encodes every kind of the create, update
// and bulk-update unions back to the spec's fixture, the type of the
// single-type kinds set by encoding alone.
func TestAppConfigItemRequestKinds(t *testing.T) {
	cases := []struct {
		schema, branch string
		v              any
	}{
		{"AppConfigItemCreate", "AppConfigItemGenericCreate", &AppConfigItemGenericCreate{}},
		{"AppConfigItemCreate", "AppConfigItemBooleanCreate", &AppConfigItemBooleanCreate{}},
		{"AppConfigItemCreate", "AppConfigItemIntegerCreate", &AppConfigItemIntegerCreate{}},
		{"AppConfigItemCreate", "AppConfigItemFloatCreate", &AppConfigItemFloatCreate{}},
		{"AppConfigItemCreate", "AppConfigItemDateCreate", &AppConfigItemDateCreate{}},
		{"AppConfigItemCreate", "AppConfigItemDatetimeCreate", &AppConfigItemDatetimeCreate{}},
		{"AppConfigItemCreate", "AppConfigItemJsonCreate", &AppConfigItemJSONCreate{}},
		{"AppConfigItemUpdate", "AppConfigItemGenericUpdate", &AppConfigItemGenericUpdate{}},
		{"AppConfigItemUpdate", "AppConfigItemBooleanUpdate", &AppConfigItemBooleanUpdate{}},
		{"AppConfigItemUpdate", "AppConfigItemIntegerUpdate", &AppConfigItemIntegerUpdate{}},
		{"AppConfigItemUpdate", "AppConfigItemFloatUpdate", &AppConfigItemFloatUpdate{}},
		{"AppConfigItemUpdate", "AppConfigItemDateUpdate", &AppConfigItemDateUpdate{}},
		{"AppConfigItemUpdate", "AppConfigItemDatetimeUpdate", &AppConfigItemDatetimeUpdate{}},
		{"AppConfigItemUpdate", "AppConfigItemJsonUpdate", &AppConfigItemJSONUpdate{}},
		{"AppConfigItemBulkUpdate", "AppConfigItemGenericBulkUpdate", &AppConfigItemGenericBulkUpdate{}},
		{"AppConfigItemBulkUpdate", "AppConfigItemBooleanBulkUpdate", &AppConfigItemBooleanBulkUpdate{}},
		{"AppConfigItemBulkUpdate", "AppConfigItemIntegerBulkUpdate", &AppConfigItemIntegerBulkUpdate{}},
		{"AppConfigItemBulkUpdate", "AppConfigItemFloatBulkUpdate", &AppConfigItemFloatBulkUpdate{}},
		{"AppConfigItemBulkUpdate", "AppConfigItemDateBulkUpdate", &AppConfigItemDateBulkUpdate{}},
		{"AppConfigItemBulkUpdate", "AppConfigItemDatetimeBulkUpdate", &AppConfigItemDatetimeBulkUpdate{}},
		{"AppConfigItemBulkUpdate", "AppConfigItemJsonBulkUpdate", &AppConfigItemJSONBulkUpdate{}},
	}
	for _, c := range cases {
		t.Run(c.branch, func(t *testing.T) {
			fx := specBranchFixture(t, c.schema, c.branch)
			if err := json.Unmarshal(fx, c.v); err != nil {
				t.Fatal(err)
			}
			if c.branch != "AppConfigItemGenericCreate" && c.branch != "AppConfigItemGenericUpdate" && c.branch != "AppConfigItemGenericBulkUpdate" {
				reflect.ValueOf(c.v).Elem().FieldByName("Type").SetString("") // encoding sets it again
			}
			wantRoundTrip(t, fx, c.v)
		})
	}
	// A nil path and value are sent as [] and null, as the spec requires.
	b, err := json.Marshal(&AppConfigItemIntegerCreate{AppID: "app_1"})
	if err != nil || string(b) != `{"appId":"app_1","path":[],"type":"integer","value":null}` {
		t.Errorf("integer create with nothing set = %s, %v", b, err)
	}
}

// TestAppsConfiguration reads an app's items into an AppConfiguration and
// looks them up by path, typed by kind.
func TestAppsConfiguration(t *testing.T) {
	env := setup(t)
	item := func(branch string, path ...string) json.RawMessage {
		var m map[string]any
		if err := json.Unmarshal(specBranchFixture(t, "AppConfigItem", branch), &m); err != nil {
			t.Fatal(err)
		}
		m["path"] = path
		b, _ := json.Marshal(m)
		return b
	}
	page1, _ := json.Marshal(map[string]any{"nextToken": "t2", "appConfigurationItems": []json.RawMessage{
		item("TextAppConfigItem", "Endpoint"),
		item("IntegerAppConfigItem", "Batch size"),
		item("EntitySchemaAppConfigItem", "Sample"),
		item("FieldAppConfigItem", "Sample", "Concentration"),
	}})
	page2, _ := json.Marshal(map[string]any{"nextToken": "", "appConfigurationItems": []json.RawMessage{
		item("BooleanAppConfigItem", "Dry run"),
		item("FloatAppConfigItem", "Threshold"),
		item("DatetimeAppConfigItem", "Since"),
		item("JsonAppConfigItem", "Mapping"),
		item("DateAppConfigItem", "Cutoff"),
		item("SecureTextAppConfigItem", "Token"),
		item("GenericApiIdentifiedAppConfigItem", "Folder"),
	}})
	env.mux.HandleFunc("GET /app-configuration-items", func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		if q.Get("appId") != "app_1" || q.Get("pageSize") != "100" {
			t.Errorf("query %v", q)
		}
		body := page1
		if q.Get("nextToken") == "t2" {
			body = page2
		}
		serveJSON(t, http.MethodGet, http.StatusOK, body)(w, r)
	})
	cfg, err := env.client.Apps.Configuration(testCtx(t), "app_1")
	if err != nil {
		t.Fatal(err)
	}
	if n := len(cfg.Items()); n != 11 {
		t.Fatalf("%d items, want 11", n)
	}
	if s, err := cfg.Text("Endpoint"); err != nil || s != "user configured text" {
		t.Errorf("Text = %q, %v", s, err)
	}
	// The values the spec's examples give each kind.
	value := func(branch string) any {
		var m map[string]any
		if err := json.Unmarshal(specBranchFixture(t, "AppConfigItem", branch), &m); err != nil {
			t.Fatal(err)
		}
		return m["value"]
	}
	if n, err := cfg.Int("Batch size"); err != nil || float64(n) != value("IntegerAppConfigItem").(float64) {
		t.Errorf("Int = %d, %v; the example's value is %v", n, err, value("IntegerAppConfigItem"))
	}
	if id, err := cfg.LinkedID("Sample"); err != nil || id != "ts_e59sjL23" {
		t.Errorf("LinkedID(Sample) = %q, %v", id, err)
	}
	if id, err := cfg.LinkedID("Sample", "Concentration"); err != nil || id != "tsf_e59a3b23" {
		t.Errorf("LinkedID(Sample, Concentration) = %q, %v", id, err)
	}
	if f, err := LookupAppConfigItem[*FieldAppConfigItem](cfg, "Sample", "Concentration"); err != nil || f.Item().ID == "" {
		t.Errorf("LookupAppConfigItem = %v, %v", f, err)
	}
	if b, err := cfg.Bool("Dry run"); err != nil || b != value("BooleanAppConfigItem").(bool) {
		t.Errorf("Bool = %v, %v; the example's value is %v", b, err, value("BooleanAppConfigItem"))
	}
	if v, err := cfg.Float("Threshold"); err != nil || v != 1.0 {
		t.Errorf("Float = %v, %v", v, err)
	}
	if tm, err := cfg.Datetime("Since"); err != nil || tm.Format("2006-01-02T15:04:05") != "2022-03-18T17:14:35" {
		t.Errorf("Datetime = %v, %v", tm, err)
	}
	var mapping map[string]string
	if err := cfg.JSON(&mapping, "Mapping"); err != nil || mapping["abc"] != "123" {
		t.Errorf("JSON = %v, %v", mapping, err)
	}
	if d, err := cfg.Date("Cutoff"); err != nil || d != "2022-01-01" {
		t.Errorf("Date = %q, %v", d, err)
	}
	if s, err := cfg.SecureText("Token"); err != nil || s != "<encryptedtext/>" {
		t.Errorf("SecureText = %q, %v", s, err)
	}
	if id, err := cfg.LinkedID("Folder"); err != nil || id != value("GenericApiIdentifiedAppConfigItem").(string) {
		t.Errorf("LinkedID(Folder): %v", err)
	}
	// Errors say what is wrong and match ErrAppConfigItem.
	for name, err := range map[string]error{
		"missing":    func() error { _, err := cfg.Text("Nope"); return err }(),
		"wrong kind": func() error { _, err := cfg.Int("Endpoint"); return err }(),
		"scalar":     func() error { _, err := cfg.LinkedID("Threshold"); return err }(),
		"bad JSON":   func() error { var n int; return cfg.JSON(&n, "Mapping") }(),
	} {
		if err == nil || (name != "bad JSON" && !errors.Is(err, ErrAppConfigItem)) {
			t.Errorf("%s: err = %v", name, err)
		}
	}
	unset := NewAppConfiguration([]AppConfigItem{&TextAppConfigItem{BaseAppConfigItem: BaseAppConfigItem{
		AppConfigItemAPIMixin: AppConfigItemAPIMixin{Path: []string{"A"}, Type: AppConfigItemTypeText}}}})
	if _, err := unset.Text("A"); !errors.Is(err, ErrAppConfigItem) {
		t.Errorf("an unset item: err = %v", err)
	}
}

// TestAppsConfigurationError: a failing page ends Configuration with its
// error.
func TestAppsConfigurationError(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /app-configuration-items", serveJSON(t, http.MethodGet, http.StatusNotFound, notFoundBody("App", "app_1")))
	if _, err := env.client.Apps.Configuration(testCtx(t), "app_1"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("err = %v, want ErrNotFound", err)
	}
	var nilCtx context.Context
	if _, err := env.client.Apps.Configuration(nilCtx, "app_1"); err == nil {
		t.Error("a nil context gave no error")
	}
}

// TestAppCanvasEnabledAbsentIsNotFalse: a canvas without "enabled" leaves
// it to the blocks, which is not the same as "enabled": false, so the two
// decode apart and each re-encodes as it came.
func TestAppCanvasEnabledAbsentIsNotFalse(t *testing.T) {
	for in, want := range map[string]*bool{`{"id":"cnvs_1"}`: nil, `{"id":"cnvs_1","enabled":false}`: Ptr(false), `{"id":"cnvs_1","enabled":true}`: Ptr(true)} {
		var c AppCanvas
		if err := json.Unmarshal([]byte(in), &c); err != nil {
			t.Fatal(err)
		}
		if (c.Enabled == nil) != (want == nil) || (want != nil && *c.Enabled != *want) {
			t.Errorf("%s: Enabled = %v, want %v", in, c.Enabled, want)
		}
		out, err := json.Marshal(&c)
		wantKey := ""
		if want != nil {
			wantKey = fmt.Sprintf(`"enabled":%t`, *want)
		}
		if err != nil || (wantKey != "" && !strings.Contains(string(out), wantKey)) || (wantKey == "" && strings.Contains(string(out), "enabled")) {
			t.Errorf("%s re-encodes as %s (%v)", in, out, err)
		}
	}
}
