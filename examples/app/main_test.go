package main

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
	"github.com/benchling-go/benchling/webhook"
	"github.com/benchling-go/benchling/webhook/webhooktest"
)

// TestAppDemo runs the demo the way `go run ./examples/app` does on a
// machine without credentials.
func TestAppDemo(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	var out bytes.Buffer
	if err := run(ctx, &out, func(string) string { return "" }); err != nil {
		t.Fatalf("run: %v\n%s", err, out.String())
	}
	text := out.String()
	for _, want := range []string{
		"Running on the built-in fake Benchling tenant",
		"Benchling -> v2.canvas.initialized on entry etr_",
		"MARKDOWN title, SECTION form, TEXT_INPUT barcode, BUTTON import",
		"Benchling -> v2.canvas.userInteracted (button import): 200",
		`Session "Import plate PL-0042": SUCCEEDED`,
		"INFO    Importing 3 wells of PL-0042.",
		"(3 of 3).",
		"The canvas says: Imported 3 wells of **PL-0042**.",
		"A forged delivery: 401",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("output lacks %q:\n%s", want, text)
		}
	}
}

// appEnv is the app behind a signer, on a fake tenant, for the tests.
type appEnv struct {
	tenant *benchlingtest.Server
	admin  *benchling.Client
	signer *webhooktest.Signer
	app    *App
	url    string
	entry  string
}

func newAppEnv(t *testing.T) *appEnv {
	t.Helper()
	tenant := benchlingtest.NewServer(t)
	signer := webhooktest.NewSigner(webhooktest.WithAppID(tenant.AppID()), webhooktest.WithTenant(tenant.URL, "ten_test"))
	jwks := webhooktest.NewServer(t, signer)
	v, err := jwks.NewVerifier()
	if err != nil {
		t.Fatal(err)
	}
	client, err := benchling.NewClient(tenant.URL, benchling.WithClientCredentials(tenant.ClientID, tenant.ClientSecret), benchling.WithoutRetries())
	if err != nil {
		t.Fatal(err)
	}
	app := NewApp(client, v, slog.New(slog.NewTextHandler(io.Discard, nil)))
	srv := httptest.NewServer(app)
	t.Cleanup(srv.Close)
	admin, err := tenant.Client(benchling.WithoutRetries())
	if err != nil {
		t.Fatal(err)
	}
	e, _, err := admin.Entries.Create(context.Background(), &benchling.EntryCreate{Name: "Imports", FolderID: tenant.FolderID()})
	if err != nil {
		t.Fatal(err)
	}
	return &appEnv{tenant: tenant, admin: admin, signer: signer, app: app, url: srv.URL, entry: e.ID}
}

func (e *appEnv) deliver(t *testing.T, ev canvasEvent) int {
	t.Helper()
	ev.FeatureID, ev.ResourceID = featureID, e.entry
	status, err := deliver(context.Background(), e.signer, e.url, ev)
	if err != nil {
		t.Fatal(err)
	}
	return status
}

func (e *appEnv) canvas(t *testing.T) *benchling.AppCanvas {
	t.Helper()
	c, _, err := e.admin.Apps.GetCanvas(context.Background(), e.app.CanvasOf(e.entry), nil)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestAppNotConfigured: without its configuration the import fails as a
// session users can read, and the canvas says what to do.
func TestAppNotConfigured(t *testing.T) {
	e := newAppEnv(t)
	if s := e.deliver(t, canvasEvent{Type: "v2.canvas.initialized"}); s != http.StatusOK {
		t.Fatalf("initialized: %d", s)
	}
	canvasID := e.app.CanvasOf(e.entry)
	if err := e.tenant.SetCanvasValue(canvasID, barcodeInput, "PL-0007"); err != nil {
		t.Fatal(err)
	}
	if s := e.deliver(t, canvasEvent{Type: "v2.canvas.userInteracted", CanvasID: canvasID, ButtonID: importButton}); s != http.StatusOK {
		t.Fatalf("userInteracted: %d", s)
	}
	c := e.canvas(t)
	if c.SessionID == nil {
		t.Fatal("no session in the canvas")
	}
	s, _, err := e.admin.Apps.GetSession(context.Background(), *c.SessionID, nil)
	if err != nil {
		t.Fatal(err)
	}
	last := s.Messages[len(s.Messages)-1]
	if s.Status != benchling.AppSessionStatusFailed || last.Style != benchling.AppSessionMessageStyleError || !strings.Contains(last.Content, "not configured") {
		t.Errorf("session = %s, last message %+v", s.Status, last)
	}
	if b, ok := benchling.FindUIBlock[*benchling.MarkdownUIBlock](c.Blocks, statusBlock); !ok || !strings.Contains(b.Value, folderConfig) {
		t.Errorf("the canvas does not say what is wrong: %v", c.Blocks)
	}
	if v, _ := c.Blocks.Value(barcodeInput); v != "PL-0007" {
		t.Errorf("the barcode entered was lost: %q", v)
	}
}

// TestAppNeedsBarcode: Import without a barcode asks for one, without a
// session.
func TestAppNeedsBarcode(t *testing.T) {
	e := newAppEnv(t)
	e.deliver(t, canvasEvent{Type: "v2.canvas.initialized"})
	if s := e.deliver(t, canvasEvent{Type: "v2.canvas.userInteracted", CanvasID: e.app.CanvasOf(e.entry), ButtonID: importButton}); s != http.StatusOK {
		t.Fatalf("userInteracted: %d", s)
	}
	c := e.canvas(t)
	if b, ok := benchling.FindUIBlock[*benchling.MarkdownUIBlock](c.Blocks, statusBlock); !ok || b.Value != "Enter a plate barcode first." || c.SessionID != nil {
		t.Errorf("canvas = %+v", c)
	}
}

// TestAppIgnoresOtherEvents: events of other features or types are
// acknowledged and change nothing; a failing call is a 500, which
// Benchling retries.
func TestAppIgnoresOtherEvents(t *testing.T) {
	e := newAppEnv(t)
	body, err := e.signer.Marshal(&webhookDnaCreated)
	if err != nil {
		t.Fatal(err)
	}
	req, _ := e.signer.NewRequest(context.Background(), e.url+"/webhooks", webhooktest.Delivery{Body: body})
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || e.app.CanvasOf(e.entry) != "" {
		t.Errorf("a v3 event: %d", resp.StatusCode)
	}
	if s := e.deliver(t, canvasEvent{Type: "v2.canvas.userInteracted", CanvasID: "cnvs_missing", ButtonID: importButton}); s != http.StatusInternalServerError {
		t.Errorf("an unknown canvas: %d, want 500", s)
	}
}

// TestServeNeedsCredentials: serving a real tenant needs all of its
// settings.
func TestServeNeedsCredentials(t *testing.T) {
	env := map[string]string{"BENCHLING_TENANT": "acme", "BENCHLING_CLIENT_ID": "id"}
	err := run(context.Background(), io.Discard, func(k string) string { return env[k] })
	if err == nil || !strings.Contains(err.Error(), "BENCHLING_CLIENT_SECRET") {
		t.Fatalf("err = %v", err)
	}
}

// webhookDnaCreated is a v3 event the app does not handle.
var webhookDnaCreated = webhook.DnaSequenceCreated{Event: webhook.Event{ResourceID: "seq_1"}}
