package benchlingtest_test

//lint:file-ignore SA1019 the deprecated app operations are driven against the fake too

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
	"github.com/google/go-cmp/cmp"
)

// TestE2EApps drives every method of AppsService against the fake.
func TestE2EApps(t *testing.T) {
	t.Run("apps", e2eApps)
	t.Run("canvases", e2eCanvases)
	t.Run("sessions", e2eSessions)
	t.Run("configuration", e2eConfiguration)
}

func e2eApps(t *testing.T) {
	srv, c := e2eSetup(t, nil)
	ctx, s := e2eCtx(t), c.Apps
	own, _, err := s.Get(ctx, srv.AppID())
	if err != nil || own.ID != srv.AppID() || !strings.HasPrefix(own.ID, "app_") || own.Creator.ID != srv.AdminUserID() {
		t.Fatalf("the tenant's app: %+v, %v", own, err)
	}
	made, _, err := s.Create(ctx, &benchling.BenchlingAppCreate{Name: "Plate importer", Description: benchling.Ptr("Imports plates")})
	if err != nil || made.Name != "Plate importer" || !strings.HasSuffix(made.WebURL, "/developer/apps/"+made.ID) {
		t.Fatalf("Create: %+v, %v", made, err)
	}
	if _, _, err := s.Create(ctx, &benchling.BenchlingAppCreate{Name: "plate IMPORTER"}); !errors.Is(err, benchling.ErrConflict) {
		t.Errorf("a second app of the name: err = %v, want ErrConflict", err)
	}
	if _, _, err := s.Create(ctx, &benchling.BenchlingAppCreate{Name: "ab"}); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("a 2-character name: err = %v", err)
	}
	up, _, err := s.Update(ctx, made.ID, &benchling.BenchlingAppUpdate{Name: benchling.Ptr("Plate importer 2")})
	if err != nil || up.Name != "Plate importer 2" || up.Description != "Imports plates" {
		t.Fatalf("Update: %+v, %v", up, err)
	}
	got := e2eCollect(t, s.All(ctx, &benchling.BenchlingAppListOptions{Sort: benchling.SortNameAsc, ListOptions: benchling.ListOptions{PageSize: 1}}))
	if names := e2eIDs(got, func(a *benchling.BenchlingApp) string { return a.Name }); !slices.Equal(names, []string{"Benchling Test App", "Plate importer 2"}) {
		t.Errorf("All = %q", names)
	}
	page, _, err := s.List(ctx, &benchling.BenchlingAppListOptions{NameIncludes: "importer"})
	if err != nil || len(page) != 1 || page[0].ID != made.ID {
		t.Errorf("List nameIncludes: %v, %v", page, err)
	}
	n := 0
	for pg, err := range s.Pages(ctx, &benchling.BenchlingAppListOptions{ListOptions: benchling.ListOptions{PageSize: 1}}) {
		if err != nil {
			t.Fatal(err)
		}
		n += len(pg.Items)
	}
	if n != 2 {
		t.Errorf("Pages: %d apps", n)
	}
	ch, _, err := s.Archive(ctx, &benchling.BenchlingAppsArchive{AppIDs: []string{made.ID}, Reason: benchling.BenchlingAppsArchiveReasonRetired})
	if err != nil || !slices.Equal(ch.AppIDs, []string{made.ID}) {
		t.Fatalf("Archive: %+v, %v", ch, err)
	}
	if a, _, _ := s.Get(ctx, made.ID); a.ArchiveRecord == nil || a.ArchiveRecord.Reason != "Retired" {
		t.Errorf("archived app: %+v", a)
	}
	if _, _, err := s.Unarchive(ctx, []string{made.ID}); err != nil {
		t.Fatal(err)
	}
	if a, _, _ := s.Get(ctx, made.ID); a.ArchiveRecord != nil {
		t.Errorf("unarchived app: %+v", a)
	}
	_, _, err = s.Get(ctx, "app_missing")
	e2eWantNotFound(t, err, "app_missing")
}

// e2eCanvasBlocks is a canvas of several kinds, an unknown one included.
func e2eCanvasBlocks() benchling.UIBlocks {
	return benchling.UIBlocks{
		&benchling.MarkdownUIBlock{ID: "intro", Value: "## Import"},
		&benchling.SectionUIBlock{ID: "form", Children: benchling.UIBlocks{
			&benchling.TextInputUIBlock{ID: "plate", Label: "Plate", Required: benchling.NullableOf(true)},
			&benchling.SelectorInputMultiValueUIBlock{ID: "flags", Options: []string{"dedupe", "normalise"}},
		}},
		&benchling.UnknownUIBlock{Type: "COLOR_PICKER", ID: "color",
			Raw: json.RawMessage(`{"type":"COLOR_PICKER","id":"color","palette":["#000","#fff"],"value":"#fff"}`)},
		&benchling.ButtonUIBlock{ID: "import", Text: "Import"},
	}
}

func e2eCanvases(t *testing.T) {
	srv, c := e2eSetup(t, nil)
	ctx, s := e2eCtx(t), c.Apps
	sess, _, err := s.CreateSession(ctx, &benchling.AppSessionCreate{AppID: srv.AppID(), Name: "Import plate", TimeoutSeconds: 600})
	if err != nil {
		t.Fatal(err)
	}
	cv, _, err := s.CreateCanvas(ctx, &benchling.AppCanvasCreate{AppID: srv.AppID(), FeatureID: "importer", ResourceID: "etr_1",
		Blocks: e2eCanvasBlocks(), SessionID: benchling.NullableOf(sess.ID), Data: benchling.NullableOf(`{"step":1}`)})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(cv.ID, "cnvs_") || cv.App.ID != srv.AppID() || *cv.SessionID != sess.ID || cv.Enabled == nil || !*cv.Enabled {
		t.Errorf("created canvas: %+v", cv)
	}
	// A user fills in the form.
	if err := srv.SetCanvasValue(cv.ID, "plate", "PL-0042"); err != nil {
		t.Fatal(err)
	}
	if err := srv.SetCanvasValue(cv.ID, "flags", []string{"dedupe"}); err != nil {
		t.Fatal(err)
	}
	for name, err := range map[string]error{
		"not an input":  srv.SetCanvasValue(cv.ID, "import", "x"),
		"wrong value":   srv.SetCanvasValue(cv.ID, "flags", "dedupe"),
		"no such block": srv.SetCanvasValue(cv.ID, "nope", "x"),
		"no canvas":     srv.SetCanvasValue("cnvs_nope", "plate", "x"),
	} {
		if err == nil {
			t.Errorf("SetCanvasValue %s: no error", name)
		}
	}
	got, _, err := s.GetCanvas(ctx, cv.ID, nil)
	if err != nil {
		t.Fatal(err)
	}
	if v, ok := got.Blocks.Value("plate"); !ok || v != "PL-0042" {
		t.Errorf("plate = %q, %v", v, ok)
	}
	if v, _ := got.Blocks.Values("flags"); !slices.Equal(v, []string{"dedupe"}) {
		t.Errorf("flags = %q", v)
	}
	u, ok := got.Blocks.Find("color").(*benchling.UnknownUIBlock)
	if !ok || !strings.Contains(string(u.Raw), `"palette":["#000","#fff"]`) {
		t.Fatalf("the unknown block came back as %#v", got.Blocks.Find("color"))
	}
	// The app answers: replace the button, say it is done; the unknown
	// block goes back unchanged.
	blocks := got.Blocks
	blocks.Replace("import", &benchling.MarkdownUIBlock{ID: "done", Value: "Imported **PL-0042**."})
	blocks.Remove("intro")
	up, _, err := s.UpdateCanvas(ctx, cv.ID, &benchling.AppCanvasUpdate{Blocks: blocks, Enabled: benchling.Ptr(false), Data: benchling.Null[string]()})
	if err != nil {
		t.Fatal(err)
	}
	if up.Enabled == nil || *up.Enabled || up.Data != nil || up.Blocks.Find("done") == nil || up.Blocks.Find("intro") != nil {
		t.Errorf("updated canvas: %+v", up)
	}
	if u2, ok := up.Blocks.Find("color").(*benchling.UnknownUIBlock); !ok || string(u2.Raw) != string(u.Raw) {
		t.Errorf("the unknown block changed: %s", u2.Raw)
	}
	if g, _, err := s.GetCanvas(ctx, cv.ID, &benchling.AppCanvasGetOptions{Returning: []string{"id", "featureId"}}); err != nil || g.FeatureID != "importer" || g.Blocks != nil {
		t.Errorf("GetCanvas returning: %+v, %v", g, err)
	}
	// Benchling's checks.
	for name, b := range map[string]*benchling.AppCanvasCreate{
		"no app":          {AppID: "app_nope", FeatureID: "f", ResourceID: "r", Blocks: benchling.UIBlocks{}},
		"duplicate IDs":   {AppID: srv.AppID(), FeatureID: "f", ResourceID: "r", Blocks: benchling.UIBlocks{&benchling.ButtonUIBlock{ID: "a", Text: "A"}, &benchling.ButtonUIBlock{ID: "a", Text: "B"}}},
		"table in a form": {AppID: srv.AppID(), FeatureID: "f", ResourceID: "r", Blocks: benchling.UIBlocks{&benchling.SectionUIBlock{Children: benchling.UIBlocks{&benchling.TableUIBlock{ID: "t", Name: "T", Source: &benchling.TableUIBlockDataFrameSource{}}}}}},
		"unlabelled":      {AppID: srv.AppID(), FeatureID: "f", ResourceID: "r", Blocks: benchling.UIBlocks{&benchling.TextInputUIBlock{ID: "x", Required: benchling.NullableOf(true)}}},
		"bad data":        {AppID: srv.AppID(), FeatureID: "f", ResourceID: "r", Blocks: benchling.UIBlocks{}, Data: benchling.NullableOf("{oops")},
		"11 files":        {AppID: srv.AppID(), FeatureID: "f", ResourceID: "r", Blocks: benchling.UIBlocks{&benchling.FileUploadUIBlock{ID: "f", MaxFiles: 11}}},
	} {
		if _, _, err := s.CreateCanvas(ctx, b); !errors.Is(err, benchling.ErrBadRequest) {
			t.Errorf("%s: err = %v, want a 400", name, err)
		}
	}
	ch, _, err := s.ArchiveCanvases(ctx, &benchling.AppCanvasesArchive{CanvasIDs: []string{cv.ID}, Reason: benchling.AppCanvasesArchiveReasonOther})
	if err != nil || !slices.Equal(ch.CanvasIDs, []string{cv.ID}) {
		t.Fatalf("ArchiveCanvases: %+v, %v", ch, err)
	}
	if g, _, _ := s.GetCanvas(ctx, cv.ID, nil); g.ArchiveRecord == nil || g.ArchiveRecord.Reason != "Other" {
		t.Errorf("archived: %+v", g.ArchiveRecord)
	}
	if _, _, err := s.ArchiveCanvases(ctx, &benchling.AppCanvasesArchive{CanvasIDs: []string{cv.ID}, Reason: "Retired"}); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("a reason canvases do not have: err = %v", err)
	}
	if _, _, err := s.UnarchiveCanvases(ctx, []string{cv.ID}); err != nil {
		t.Fatal(err)
	}
	_, _, err = s.GetCanvas(ctx, "cnvs_missing", nil)
	e2eWantNotFound(t, err, "cnvs_missing")
}

func e2eSessions(t *testing.T) {
	clock := time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC)
	now := func() time.Time { return clock }
	srv, c := e2eSetup(t, []benchlingtest.ServerOption{benchlingtest.WithDataClock(func() time.Time { return now() })})
	ctx, s := e2eCtx(t), c.Apps
	sess, _, err := s.CreateSession(ctx, &benchling.AppSessionCreate{AppID: srv.AppID(), Name: "Import plate", TimeoutSeconds: 60,
		Messages: []benchling.AppSessionMessageCreate{{Content: "Starting."}}})
	if err != nil || sess.Status != benchling.AppSessionStatusRunning || len(sess.Messages) != 1 || sess.Messages[0].Style != benchling.AppSessionMessageStyleNone {
		t.Fatalf("CreateSession: %+v, %v", sess, err)
	}
	up, _, err := s.UpdateSession(ctx, sess.ID, &benchling.AppSessionUpdate{TimeoutSeconds: benchling.Ptr(120),
		Messages: []benchling.AppSessionMessageCreate{{Content: "Imported " + benchling.AppSessionRef("plt_1") + ".", Style: benchling.AppSessionMessageStyleInfo}}})
	if err != nil || len(up.Messages) != 2 || up.TimeoutSeconds != 120 {
		t.Fatalf("UpdateSession appends: %+v, %v", up, err)
	}
	// What only the server knows: a lower timeout.
	if _, _, err := s.UpdateSession(ctx, sess.ID, &benchling.AppSessionUpdate{TimeoutSeconds: benchling.Ptr(30)}); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("a lower timeout: err = %v", err)
	}
	done, _, err := s.UpdateSession(ctx, sess.ID, &benchling.AppSessionUpdate{Status: benchling.AppSessionUpdateStatusSucceeded})
	if err != nil || done.Status != benchling.AppSessionStatusSucceeded {
		t.Fatalf("closing: %+v, %v", done, err)
	}
	if _, _, err := s.UpdateSession(ctx, sess.ID, &benchling.AppSessionUpdate{Messages: []benchling.AppSessionMessageCreate{{Content: "Again."}}}); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("updating a closed session: err = %v", err)
	}
	got, _, err := s.GetSession(ctx, sess.ID, nil)
	if err != nil || got.Status != benchling.AppSessionStatusSucceeded || len(got.Messages) != 2 {
		t.Errorf("GetSession: %+v, %v", got, err)
	}
	// A session times out by the data clock.
	late, _, err := s.CreateSession(ctx, &benchling.AppSessionCreate{AppID: srv.AppID(), Name: "Slow job", TimeoutSeconds: 10})
	if err != nil {
		t.Fatal(err)
	}
	clock = clock.Add(11 * time.Second)
	if g, _, _ := s.GetSession(ctx, late.ID, &benchling.AppSessionGetOptions{Returning: []string{"id", "status"}}); g.Status != benchling.AppSessionStatusTimeout || g.Name != "" {
		t.Errorf("after the timeout: %+v", g)
	}
	if _, _, err := s.UpdateSession(ctx, late.ID, &benchling.AppSessionUpdate{Status: benchling.AppSessionUpdateStatusFailed}); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("closing a timed-out session: err = %v", err)
	}
	_, _, err = s.GetSession(ctx, "sesn_missing", nil)
	e2eWantNotFound(t, err, "sesn_missing")
	if _, _, err := s.CreateSession(ctx, &benchling.AppSessionCreate{AppID: "app_nope", Name: "Import", TimeoutSeconds: 5}); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("an unknown app: err = %v", err)
	}

	// RunSession end to end: messages, then closed as the work ends.
	final, err := s.RunSession(ctx, &benchling.AppSessionCreate{AppID: srv.AppID(), Name: "Run", TimeoutSeconds: 3600},
		func(ctx context.Context, run *benchling.SessionRun) error {
			if err := run.Info(ctx, "Step 1 of 2."); err != nil {
				return err
			}
			return run.Warn(ctx, "Well A1 was empty.")
		})
	if err != nil || final.Status != benchling.AppSessionStatusCompletedWithWarnings || len(final.Messages) != 2 {
		t.Fatalf("RunSession: %+v, %v", final, err)
	}
	failed, err := s.RunSession(ctx, &benchling.AppSessionCreate{AppID: srv.AppID(), Name: "Run 2", TimeoutSeconds: 3600},
		func(context.Context, *benchling.SessionRun) error {
			return &benchling.UserFacingError{Message: "The plate has no barcode."}
		})
	var ufe *benchling.UserFacingError
	if !errors.As(err, &ufe) || failed.Status != benchling.AppSessionStatusFailed ||
		failed.Messages[len(failed.Messages)-1].Content != "The plate has no barcode." {
		t.Errorf("a failed run: %+v, %v", failed, err)
	}
}

func e2eConfiguration(t *testing.T) {
	srv, c := e2eSetup(t, nil)
	ctx, s, app := e2eCtx(t), c.Apps, srv.AppID()
	schemas := srv.SeedSchemas()
	folder := srv.FolderID()
	text, _, err := s.CreateConfigurationItem(ctx, &benchling.AppConfigItemGenericCreate{AppID: app, Path: []string{"Endpoint"},
		Type: benchling.AppConfigItemTypeText, Value: benchling.Ptr("https://lims.example.com")})
	if err != nil {
		t.Fatal(err)
	}
	if it, ok := text.(*benchling.TextAppConfigItem); !ok || *it.Value != "https://lims.example.com" || !strings.HasPrefix(it.ID, "aci_") || it.App.ID != app {
		t.Fatalf("created %#v", text)
	}
	// Another item at the same path, a value of the wrong type, a bad
	// date: 400s.
	for name, b := range map[string]benchling.AppConfigItemCreate{
		"same path":  &benchling.AppConfigItemGenericCreate{AppID: app, Path: []string{"Endpoint"}, Type: benchling.AppConfigItemTypeText, Value: benchling.Ptr("x")},
		"bad date":   &benchling.AppConfigItemDateCreate{AppID: app, Path: []string{"Cutoff"}, Value: benchling.Ptr("03/18/2022")},
		"bad JSON":   &benchling.AppConfigItemJSONCreate{AppID: app, Path: []string{"Map"}, Value: benchling.Ptr("{")},
		"no path":    &benchling.AppConfigItemBooleanCreate{AppID: app},
		"bad type":   &benchling.AppConfigItemGenericCreate{AppID: app, Path: []string{"X"}, Type: "quantum"},
		"no app":     &benchling.AppConfigItemIntegerCreate{AppID: "app_nope", Path: []string{"N"}},
		"int as str": &benchling.AppConfigItemGenericCreate{AppID: app, Path: []string{"N"}, Type: benchling.AppConfigItemTypeInteger, Value: benchling.Ptr("4")},
	} {
		if _, _, err := s.CreateConfigurationItem(ctx, b); !errors.Is(err, benchling.ErrBadRequest) {
			t.Errorf("%s: err = %v, want a 400", name, err)
		}
	}
	schemaID := schemas["Plasmid"] // a DNA sequence schema
	res, err := s.CreateManyConfigurationItems(ctx, []benchling.AppConfigItemCreate{
		&benchling.AppConfigItemIntegerCreate{AppID: app, Path: []string{"Batch size"}, Value: benchling.Ptr(96)},
		&benchling.AppConfigItemBooleanCreate{AppID: app, Path: []string{"Dry run"}, Value: benchling.Ptr(false)},
		&benchling.AppConfigItemGenericCreate{AppID: app, Path: []string{"Sample", "Schema"}, Type: benchling.AppConfigItemTypeEntitySchema, Value: &schemaID},
		&benchling.AppConfigItemGenericCreate{AppID: app, Path: []string{"Output folder"}, Type: benchling.AppConfigItemTypeFolder, Value: &folder},
		&benchling.AppConfigItemDatetimeCreate{AppID: app, Path: []string{"Since"}, Value: benchling.Ptr("2022-03-18 05:14:35 PM")},
		&benchling.AppConfigItemFloatCreate{AppID: app, Path: []string{"Threshold"}},
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	es, ok := res[2].Value.(*benchling.EntitySchemaAppConfigItem)
	if !ok || es.LinkedResource == nil || es.Subtype != benchling.SchemaDependencySubtypesDnaSequence {
		t.Fatalf("entity schema item: %#v", res[2].Value)
	}
	if lr, ok := es.LinkedResource.(*benchling.LinkedAppConfigResourceSummary); !ok || lr.ID != schemaID || lr.Name == "" {
		t.Errorf("linked resource: %#v", es.LinkedResource)
	}
	batch := res[0].Value.Item().ID
	// A bulk create that repeats a path fails whole.
	if _, err := s.CreateManyConfigurationItems(ctx, []benchling.AppConfigItemCreate{
		&benchling.AppConfigItemIntegerCreate{AppID: app, Path: []string{"A"}, Value: benchling.Ptr(1)},
		&benchling.AppConfigItemIntegerCreate{AppID: app, Path: []string{"A"}, Value: benchling.Ptr(2)},
	}, &benchling.BulkOptions{NoResubmit: true}); err == nil {
		t.Error("a repeated path in one bulk create succeeded")
	}
	upd, _, err := s.UpdateConfigurationItem(ctx, batch, &benchling.AppConfigItemIntegerUpdate{Value: benchling.Ptr(384)})
	if err != nil || *upd.(*benchling.IntegerAppConfigItem).Value != 384 {
		t.Fatalf("UpdateConfigurationItem: %#v, %v", upd, err)
	}
	if _, _, err := s.UpdateConfigurationItem(ctx, batch, &benchling.AppConfigItemBooleanUpdate{Value: benchling.Ptr(true)}); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("changing an item's type: err = %v", err)
	}
	ures, err := s.UpdateManyConfigurationItems(ctx, []benchling.AppConfigItemBulkUpdate{
		&benchling.AppConfigItemBooleanBulkUpdate{ID: res[1].Value.Item().ID, Value: benchling.Ptr(true)},
		&benchling.AppConfigItemFloatBulkUpdate{ID: res[5].Value.Item().ID, Value: benchling.Ptr(0.5)},
	}, nil)
	if err != nil || *ures[0].Value.(*benchling.BooleanAppConfigItem).Value != true {
		t.Fatalf("UpdateManyConfigurationItems: %v, %v", ures, err)
	}
	link, _, err := s.BulkCreateConfigurationItems(ctx, []benchling.AppConfigItemCreate{
		&benchling.AppConfigItemJSONCreate{AppID: app, Path: []string{"Mapping"}, Value: benchling.Ptr(`{"A1":"ctrl"}`)},
	})
	if err != nil {
		t.Fatal(err)
	}
	if r, err := link.Wait(ctx); err != nil || len(r.AppConfigurationItems) != 1 {
		t.Fatalf("BulkCreateConfigurationItems: %v, %v", r, err)
	}
	ulink, _, err := s.BulkUpdateConfigurationItems(ctx, []benchling.AppConfigItemBulkUpdate{
		&benchling.AppConfigItemGenericBulkUpdate{ID: text.Item().ID, Type: benchling.AppConfigItemTypeText, Value: benchling.Ptr("https://lims2.example.com")},
	})
	if err != nil {
		t.Fatal(err)
	}
	if r, err := ulink.Wait(ctx); err != nil || *r.AppConfigurationItems[0].(*benchling.TextAppConfigItem).Value != "https://lims2.example.com" {
		t.Fatalf("BulkUpdateConfigurationItems: %v, %v", r, err)
	}
	got, _, err := s.GetConfigurationItem(ctx, batch)
	if err != nil || got.Item().Path[0] != "Batch size" {
		t.Errorf("GetConfigurationItem: %#v, %v", got, err)
	}
	_, _, err = s.GetConfigurationItem(ctx, "aci_missing")
	e2eWantNotFound(t, err, "aci_missing")

	// The lookup by path, typed by kind.
	cfg, err := s.Configuration(ctx, app)
	if err != nil {
		t.Fatal(err)
	}
	if n, err := cfg.Int("Batch size"); err != nil || n != 384 {
		t.Errorf("Batch size = %d, %v", n, err)
	}
	if id, err := cfg.LinkedID("Sample", "Schema"); err != nil || id != schemaID {
		t.Errorf("Sample/Schema = %q, %v", id, err)
	}
	if s, err := cfg.Text("Endpoint"); err != nil || s != "https://lims2.example.com" {
		t.Errorf("Endpoint = %q, %v", s, err)
	}
	if tm, err := cfg.Datetime("Since"); err != nil || tm.Hour() != 17 {
		t.Errorf("Since = %v, %v", tm, err)
	}
	var m map[string]string
	if err := cfg.JSON(&m, "Mapping"); err != nil || m["A1"] != "ctrl" {
		t.Errorf("Mapping = %v, %v", m, err)
	}
	if len(cfg.Items()) != 8 {
		t.Errorf("%d items", len(cfg.Items()))
	}
	// The list's filters, order and paging.
	all := e2eCollect(t, s.AllConfigurationItems(ctx, &benchling.AppConfigItemListOptions{AppID: app, Sort: benchling.SortCreatedAtAsc,
		ListOptions: benchling.ListOptions{PageSize: 3}}))
	if len(all) != 8 || all[0].Item().ID != text.Item().ID {
		t.Errorf("AllConfigurationItems: %d items, first %v", len(all), all[0].Item().Path)
	}
	pages := 0
	for pg, err := range s.PagesConfigurationItems(ctx, &benchling.AppConfigItemListOptions{AppID: app, ListOptions: benchling.ListOptions{PageSize: 5}}) {
		if err != nil {
			t.Fatal(err)
		}
		pages++
		if len(pg.Items) == 0 || (*pg.Items[0]).Item().ID == "" {
			t.Errorf("page %d: %v", pages, pg.Items)
		}
	}
	if pages != 2 {
		t.Errorf("%d pages", pages)
	}
	one, _, err := s.ListConfigurationItems(ctx, &benchling.AppConfigItemListOptions{IDs: []string{batch}})
	if err != nil || len(one) != 1 || one[0].Item().ID != batch {
		t.Errorf("ListConfigurationItems ids: %v, %v", one, err)
	}
	if none, _, err := s.ListConfigurationItems(ctx, &benchling.AppConfigItemListOptions{AppID: "app_other"}); err != nil || len(none) != 0 {
		t.Errorf("another app's items: %v, %v", none, err)
	}
}

// TestE2EEvents: the changes the fake makes become the spec's events, in
// order, and Events.Follow yields them as they come.
func TestE2EEvents(t *testing.T) {
	srv, c := e2eSetup(t, nil)
	ctx := e2eCtx(t)
	seq, _, err := c.DnaSequences.Create(ctx, &benchling.DnaSequenceCreate{EntityCreateBase: benchling.EntityCreateBase{
		Name:           "pUC19",
		RegistryID:     benchling.Ptr(srv.RegistryID()),
		NamingStrategy: benchling.NamingStrategyNewIDs,
	}, Bases: "ATGC",
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := c.DnaSequences.Create(ctx, &benchling.DnaSequenceCreate{EntityCreateBase: benchling.EntityCreateBase{Name: "draft", FolderID: benchling.Ptr(srv.FolderID())}, Bases: "ATGC"}); err != nil {
		t.Fatal(err) // unregistered: no event
	}
	entry, _, err := c.Entries.Create(ctx, &benchling.EntryCreate{Name: "Cloning", FolderID: srv.FolderID()})
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := c.Entries.Update(ctx, entry.ID, &benchling.EntryUpdate{Fields: benchling.Fields{"Yield": {Value: benchling.NumberValue(4.2)}}}, nil); err != nil {
		t.Fatal(err)
	}
	evs, _, err := c.Events.List(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 3 {
		t.Fatalf("%d events, want 3: %#v", len(evs), evs)
	}
	reg, ok := evs[0].(*benchling.EntityRegisteredEvent)
	if !ok || reg.Entity.ID != seq.ID || reg.Entity.EntityRegistryID == nil || *reg.Entity.EntityRegistryID != *seq.EntityRegistryID {
		t.Errorf("first event: %#v", evs[0])
	}
	if ec, ok := evs[1].(*benchling.EntryCreatedEvent); !ok || ec.Entry.ID != entry.ID {
		t.Errorf("second event: %#v", evs[1])
	}
	uf, ok := evs[2].(*benchling.EntryUpdatedFieldsEvent)
	if !ok || uf.Entry.ID != entry.ID || !slices.Equal(uf.Updates, []string{"fields.Yield"}) || uf.Entry.Fields["Yield"].Value.Raw() == nil {
		t.Errorf("third event: %#v", evs[2])
	}
	// Filters and paging.
	only, _, err := c.Events.List(ctx, &benchling.EventListOptions{EventTypes: []benchling.EventType{benchling.EventTypeV2EntryCreated}})
	if err != nil || len(only) != 1 {
		t.Errorf("eventTypes: %v, %v", only, err)
	}
	after, _, err := c.Events.List(ctx, &benchling.EventListOptions{StartingAfter: evs[0].Base().ID})
	if err != nil || len(after) != 2 {
		t.Errorf("startingAfter: %v, %v", after, err)
	}
	if fut, _, err := c.Events.List(ctx, &benchling.EventListOptions{CreatedAtGte: "2999-01-01"}); err != nil || len(fut) != 0 {
		t.Errorf("createdAt.gte: %v, %v", fut, err)
	}
	if all := e2eCollect(t, c.Events.All(ctx, &benchling.EventListOptions{ListOptions: benchling.ListOptions{PageSize: 1}})); len(all) != 3 {
		t.Errorf("All: %d events", len(all))
	}
	n := 0
	for pg, err := range c.Events.Pages(ctx, &benchling.EventListOptions{ListOptions: benchling.ListOptions{PageSize: 2}}) {
		if err != nil {
			t.Fatal(err)
		}
		n += len(pg.Items)
	}
	if n != 3 {
		t.Errorf("Pages: %d events", n)
	}
	// Registering an existing entity raises the event too.
	draft := e2eCollect(t, c.DnaSequences.All(ctx, &benchling.DnaSequenceListOptions{EntityListFilters: benchling.EntityListFilters{Name: "draft"}}))[0]
	link, _, err := c.Registry.BulkRegisterEntities(ctx, srv.RegistryID(), &benchling.RegisterEntities{
		EntityIDs: []string{draft.ID}, NamingStrategy: benchling.NamingStrategyNewIDs})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := link.Wait(ctx); err != nil {
		t.Fatal(err)
	}
	regs, _, err := c.Events.List(ctx, &benchling.EventListOptions{EventTypes: []benchling.EventType{benchling.EventTypeV2EntityRegistered}})
	if err != nil || len(regs) != 2 || regs[1].(*benchling.EntityRegisteredEvent).Entity.ID != draft.ID {
		t.Errorf("after BulkRegisterEntities: %v, %v", regs, err)
	}
	if _, _, err := c.Events.List(ctx, &benchling.EventListOptions{StartingAfter: "evt_nope"}); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("an unknown startingAfter: %v", err)
	}

	// Follow: resume after the first event, then see a new one arrive.
	fctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var seen []string
	for ev, err := range c.Events.Follow(fctx, &benchling.EventFollowOptions{StartingAfter: evs[0].Base().ID, Interval: time.Millisecond}) {
		if err != nil {
			t.Fatal(err)
		}
		seen = append(seen, string(ev.Base().EventType))
		if len(seen) == 2 {
			if _, _, err := c.Entries.Update(ctx, entry.ID, &benchling.EntryUpdate{Fields: benchling.Fields{"Yield": {Value: benchling.NumberValue(5)}}}, nil); err != nil {
				t.Fatal(err)
			}
		}
		if len(seen) == 4 {
			cancel()
		}
	}
	if diff := cmp.Diff([]string{"v2.entry.created", "v2.entry.updated.fields", "v2.entity.registered", "v2.entry.updated.fields"}, seen); diff != "" {
		t.Errorf("Follow (-want +got):\n%s", diff)
	}
}

// TestE2EAuditAndWarehouse: an audit log export lists the object's
// changes; warehouse credentials are temporary.
func TestE2EAuditAndWarehouse(t *testing.T) {
	srv, c := e2eSetup(t, nil)
	ctx := e2eCtx(t)
	seq, _, err := c.DnaSequences.Create(ctx, &benchling.DnaSequenceCreate{EntityCreateBase: benchling.EntityCreateBase{Name: "pUC19", FolderID: benchling.Ptr(srv.FolderID())}, Bases: "ATGC"})
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := c.DnaSequences.Update(ctx, seq.ID, &benchling.DnaSequenceUpdate{EntityUpdateBase: benchling.EntityUpdateBase{Name: benchling.Ptr("pUC19 v2")}}); err != nil {
		t.Fatal(err)
	}
	if _, _, err := c.DnaSequences.Archive(ctx, &benchling.DnaSequencesArchive{DnaSequenceIDs: []string{seq.ID}, Reason: benchling.EntityArchiveReasonRetired}); err != nil {
		t.Fatal(err)
	}
	link, _, err := c.Audit.ExportLog(ctx, seq.ID, &benchling.AuditLogExport{Format: benchling.AuditLogExportFormatCSV})
	if err != nil {
		t.Fatal(err)
	}
	res, err := link.Wait(ctx)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.Get(res.DownloadURL)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(resp.Body).ReadAll()
	resp.Body.Close()
	if err != nil {
		t.Fatal(err)
	}
	var actions []string
	for _, r := range rows[1:] {
		actions = append(actions, r[2]+":"+r[3])
	}
	if diff := cmp.Diff([]string{"created:", "updated:name", "archived:archiveRecord"}, actions); diff != "" {
		t.Errorf("audit log (-want +got):\n%s", diff)
	}
	pdf, _, err := c.Audit.ExportLog(ctx, seq.ID, &benchling.AuditLogExport{Format: benchling.AuditLogExportFormatPDF})
	if err != nil {
		t.Fatal(err)
	}
	if r, err := pdf.Wait(ctx); err != nil || !strings.HasPrefix(r.DownloadURL, "http") {
		t.Errorf("PDF: %v, %v", r, err)
	} else if resp, err := http.Get(r.DownloadURL); err == nil {
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if !strings.HasPrefix(string(b), "%PDF-") {
			t.Errorf("the PDF export is %.20q", b)
		}
	}
	if _, _, err := c.Audit.ExportLog(ctx, "seq_nope", &benchling.AuditLogExport{Format: benchling.AuditLogExportFormatCSV}); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("an unknown object: %v", err)
	}

	cr, _, err := c.Warehouse.CreateCredentials(ctx, &benchling.WarehouseCredentialsCreate{ExpiresIn: 600})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(cr.Username, "u$testadmin_") || len(cr.Password) < 16 || cr.ExpiresAt.Before(time.Now().Add(9*time.Minute)) {
		t.Errorf("credentials: %s (password %d characters)", cr, len(cr.Password))
	}
	for _, n := range []int{0, 3600} {
		if _, _, err := c.Warehouse.CreateCredentials(ctx, &benchling.WarehouseCredentialsCreate{ExpiresIn: n}); !errors.Is(err, benchling.ErrBadRequest) {
			t.Errorf("expiresIn %d: err = %v", n, err)
		}
	}
}
