// Command app is a minimal Benchling App in Go: a webhook receiver
// (package webhook verifies every delivery), a canvas with a form and a
// button, and a session that reports the work's progress to users.
//
// When a user inserts the app's canvas in an entry, Benchling sends
// v2.canvas.initialized and the app draws its form: a plate barcode and an
// Import button. When the user presses Import, Benchling sends
// v2.canvas.userInteracted; the app reads the barcode from the canvas,
// then, as a session shown in the canvas, creates one DNA sequence per
// well in the folder its configuration names ("Output folder"), and says
// in the canvas what it did.
//
// With BENCHLING_TENANT, BENCHLING_CLIENT_ID, BENCHLING_CLIENT_SECRET and
// BENCHLING_APP_DEFINITION_ID set, it serves the app's webhooks on
// :$PORT/webhooks (8080 by default) for that tenant. Without them it runs a
// demo with no credentials at all: it starts the built-in fake Benchling
// tenant (package benchlingtest) and a signer of webhooks (package
// webhooktest) in-process, plays Benchling's part (the webhooks, and the
// user typing in the canvas), and prints what happens.
//
//	go run ./examples/app
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"os/signal"
	"strings"
	"sync"
	"time"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
	"github.com/benchling-go/benchling/webhook"
	"github.com/benchling-go/benchling/webhook/webhooktest"
)

// The app's manifest: its canvas feature and its configuration.
const (
	featureID    = "plate_importer"
	folderConfig = "Output folder"
	wellsPerRun  = 3
)

// The canvas's block IDs.
const (
	barcodeInput = "barcode"
	importButton = "import"
	statusBlock  = "status"
)

// App is the Benchling App: an http.Handler for its webhooks.
type App struct {
	client *benchling.Client
	logger *slog.Logger
	mux    *http.ServeMux

	mu       sync.Mutex
	canvases map[string]string // resource ID -> the app's canvas on it (a real app keeps this in its database)
}

// NewApp returns the app, calling Benchling with client (authenticated with
// the app's client credentials) and accepting the deliveries v verifies.
func NewApp(client *benchling.Client, v *webhook.Verifier, logger *slog.Logger) *App {
	a := &App{client: client, logger: logger, mux: http.NewServeMux(), canvases: map[string]string{}}
	a.mux.Handle("POST /webhooks", v.Middleware(http.HandlerFunc(a.webhook)))
	return a
}

// ServeHTTP serves the app's webhooks at POST /webhooks.
func (a *App) ServeHTTP(w http.ResponseWriter, r *http.Request) { a.mux.ServeHTTP(w, r) }

// CanvasOf returns the ID of the app's canvas on a resource, if any.
func (a *App) CanvasOf(resourceID string) string {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.canvases[resourceID]
}

// canvasEvent is what the app reads of the canvas events, which are
// Benchling Apps' v2 events (package webhook decodes them as
// *webhook.UnknownMessage, keeping their JSON).
type canvasEvent struct {
	Type       string `json:"type"`
	FeatureID  string `json:"featureId"`
	ResourceID string `json:"resourceId"`
	CanvasID   string `json:"canvasId"`
	ButtonID   string `json:"buttonId"`
	UserID     string `json:"userId"`
}

// webhook handles one verified delivery. It does the work before it
// answers, to keep the example short; a real app answers at once and works
// in the background, as Benchling gives up on slow webhooks.
func (a *App) webhook(w http.ResponseWriter, r *http.Request) {
	env, err := webhook.Parse(webhook.RawBody(r))
	if err != nil {
		http.Error(w, "bad payload", http.StatusBadRequest)
		return
	}
	msg, ok := env.Message.(*webhook.UnknownMessage)
	if !ok {
		w.WriteHeader(http.StatusOK) // an event the app does not subscribe to
		return
	}
	var ev canvasEvent
	if err := json.Unmarshal(msg.Raw, &ev); err != nil || ev.FeatureID != featureID {
		w.WriteHeader(http.StatusOK)
		return
	}
	ctx := r.Context()
	switch ev.Type {
	case "v2.canvas.initialized":
		err = a.drawCanvas(ctx, env.App.ID, ev.ResourceID)
	case "v2.canvas.userInteracted":
		if ev.ButtonID == importButton {
			err = a.importPlate(ctx, env.App.ID, ev.CanvasID)
		}
	}
	if err != nil {
		a.logger.ErrorContext(ctx, "handling webhook", "event", ev.Type, "error", err)
		http.Error(w, "the app failed", http.StatusInternalServerError) // Benchling retries
		return
	}
	w.WriteHeader(http.StatusOK)
}

// formBlocks is the canvas's form.
func formBlocks() benchling.UIBlocks {
	return benchling.UIBlocks{
		&benchling.MarkdownUIBlock{ID: "title", Value: "## Import a plate"},
		&benchling.SectionUIBlock{ID: "form", Children: benchling.UIBlocks{
			&benchling.TextInputUIBlock{ID: barcodeInput, Label: "Plate barcode", Placeholder: "PL-0000",
				Required: benchling.NullableOf(true)},
			&benchling.ButtonUIBlock{ID: importButton, Text: "Import"},
		}},
	}
}

// drawCanvas creates the app's canvas on a resource.
func (a *App) drawCanvas(ctx context.Context, appID, resourceID string) error {
	c, _, err := a.client.Apps.CreateCanvas(ctx, &benchling.AppCanvasCreate{
		AppID: appID, FeatureID: featureID, ResourceID: resourceID, Blocks: formBlocks(),
	})
	if err != nil {
		return err
	}
	a.mu.Lock()
	a.canvases[resourceID] = c.ID
	a.mu.Unlock()
	return nil
}

// importPlate runs the import as a session shown in the canvas.
func (a *App) importPlate(ctx context.Context, appID, canvasID string) error {
	canvas, _, err := a.client.Apps.GetCanvas(ctx, canvasID, nil)
	if err != nil {
		return err
	}
	barcode, _ := canvas.Blocks.Value(barcodeInput)
	barcode = strings.TrimSpace(barcode)
	if barcode == "" {
		return a.say(ctx, canvas, "Enter a plate barcode first.")
	}
	var done int
	_, err = a.client.Apps.RunSession(ctx, &benchling.AppSessionCreate{
		AppID: appID, Name: "Import plate " + barcode, TimeoutSeconds: 300,
	}, func(ctx context.Context, run *benchling.SessionRun) error {
		// Show the session in the canvas, and disable the button meanwhile.
		blocks := canvas.Blocks
		if b, ok := benchling.FindUIBlock[*benchling.ButtonUIBlock](blocks, importButton); ok {
			b.Enabled = benchling.NullableOf(false)
		}
		if _, _, err := a.client.Apps.UpdateCanvas(ctx, canvasID, &benchling.AppCanvasUpdate{
			Blocks: blocks, SessionID: benchling.NullableOf(run.ID()),
		}); err != nil {
			return err
		}
		cfg, err := a.client.Apps.Configuration(ctx, appID)
		if err != nil {
			return err
		}
		folder, err := cfg.LinkedID(folderConfig)
		if err != nil {
			return &benchling.UserFacingError{Message: "The app is not configured: ask an admin to set its " + folderConfig + ".", Err: err}
		}
		if err := run.Info(ctx, fmt.Sprintf("Importing %d wells of %s.", wellsPerRun, barcode)); err != nil {
			return err
		}
		for i := 1; i <= wellsPerRun; i++ {
			seq, _, err := a.client.DnaSequences.Create(ctx, &benchling.DnaSequenceCreate{
				EntityCreateBase: benchling.EntityCreateBase{
					Name:     fmt.Sprintf("%s A%d", barcode, i),
					FolderID: &folder,
				}, Bases: "ATGAGCAAAGGAGAAGAACTTTTCACTGGAGTTGTC",
			})
			if err != nil {
				return err
			}
			done++
			if err := run.Info(ctx, fmt.Sprintf("Created %s (%d of %d).", benchling.AppSessionRef(seq.ID), i, wellsPerRun)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		var ufe *benchling.UserFacingError
		if errors.As(err, &ufe) {
			return a.say(ctx, canvas, ufe.Message) // told to users; the webhook itself was handled
		}
		return err
	}
	return a.say(ctx, canvas, fmt.Sprintf("Imported %d wells of **%s**.", done, barcode))
}

// say shows a message under the form, and enables the button again.
func (a *App) say(ctx context.Context, canvas *benchling.AppCanvas, text string) error {
	blocks := formBlocks()
	if v, ok := canvas.Blocks.Value(barcodeInput); ok {
		if in, ok := benchling.FindUIBlock[*benchling.TextInputUIBlock](blocks, barcodeInput); ok {
			in.Value = &v
		}
	}
	blocks = append(blocks, &benchling.MarkdownUIBlock{ID: statusBlock, Value: text})
	_, _, err := a.client.Apps.UpdateCanvas(ctx, canvas.ID, &benchling.AppCanvasUpdate{Blocks: blocks})
	return err
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, os.Stdout, os.Getenv); err != nil {
		fmt.Fprintln(os.Stderr, "app:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, out io.Writer, getenv func(string) string) error {
	logger := slog.New(slog.NewTextHandler(os.Stderr, nil))
	if getenv("BENCHLING_TENANT") == "" {
		return demo(ctx, out, logger)
	}
	return serve(ctx, out, getenv, logger)
}

// serve serves the app for a real tenant until ctx ends.
func serve(ctx context.Context, out io.Writer, getenv func(string) string, logger *slog.Logger) error {
	for _, k := range []string{"BENCHLING_CLIENT_ID", "BENCHLING_CLIENT_SECRET", "BENCHLING_APP_DEFINITION_ID"} {
		if getenv(k) == "" {
			return fmt.Errorf("%s is not set", k)
		}
	}
	client, err := benchling.NewClient(getenv("BENCHLING_TENANT"),
		benchling.WithClientCredentials(getenv("BENCHLING_CLIENT_ID"), getenv("BENCHLING_CLIENT_SECRET")), benchling.WithLogger(logger))
	if err != nil {
		return err
	}
	v, err := webhook.NewVerifier(getenv("BENCHLING_APP_DEFINITION_ID"), webhook.WithLogger(logger))
	if err != nil {
		return err
	}
	port := getenv("PORT")
	if port == "" {
		port = "8080"
	}
	srv := &http.Server{Addr: ":" + port, Handler: NewApp(client, v, logger), ReadHeaderTimeout: 10 * time.Second}
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
		defer cancel()
		_ = srv.Shutdown(sctx)
	}()
	fmt.Fprintf(out, "Serving the app's webhooks on :%s/webhooks for %s\n", port, client.BaseURL())
	if err := srv.ListenAndServe(); !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// demo runs the app on the fake tenant, playing Benchling's part.
func demo(ctx context.Context, out io.Writer, logger *slog.Logger) error {
	fmt.Fprintln(out, "Running on the built-in fake Benchling tenant (set BENCHLING_TENANT, BENCHLING_CLIENT_ID,")
	fmt.Fprintln(out, "BENCHLING_CLIENT_SECRET and BENCHLING_APP_DEFINITION_ID to serve a real one).")
	tenant, err := benchlingtest.Start()
	if err != nil {
		return err
	}
	defer tenant.Close()
	signer := webhooktest.NewSigner(webhooktest.WithAppID(tenant.AppID()), webhooktest.WithTenant(tenant.URL, "ten_demo"))
	jwks, err := webhooktest.StartServer(signer)
	if err != nil {
		return err
	}
	defer jwks.Close()

	// The app, with its own OAuth client credentials.
	client, err := benchling.NewClient(tenant.URL, benchling.WithClientCredentials(tenant.ClientID, tenant.ClientSecret))
	if err != nil {
		return err
	}
	v, err := jwks.NewVerifier()
	if err != nil {
		return err
	}
	app := NewApp(client, v, logger)
	srv := httptest.NewServer(app)
	defer srv.Close()
	fmt.Fprintf(out, "App %s serving webhooks at %s/webhooks\n", tenant.AppID(), srv.URL)

	// A tenant admin configures the app; a user has an entry.
	admin, err := tenant.Client()
	if err != nil {
		return err
	}
	folder := tenant.FolderID()
	if _, _, err := admin.Apps.CreateConfigurationItem(ctx, &benchling.AppConfigItemGenericCreate{AppID: tenant.AppID(),
		Path: []string{folderConfig}, Type: benchling.AppConfigItemTypeFolder, Value: &folder}); err != nil {
		return err
	}
	entry, _, err := admin.Entries.Create(ctx, &benchling.EntryCreate{Name: "Plate imports", FolderID: folder})
	if err != nil {
		return err
	}

	// Benchling: the user inserts the app's canvas in the entry.
	status, err := deliver(ctx, signer, srv.URL, canvasEvent{Type: "v2.canvas.initialized", FeatureID: featureID, ResourceID: entry.ID})
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "Benchling -> v2.canvas.initialized on entry %s: %d\n", entry.ID, status)
	canvasID := app.CanvasOf(entry.ID)
	canvas, _, err := admin.Apps.GetCanvas(ctx, canvasID, nil)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "Canvas %s:%s\n", canvas.ID, describe(canvas.Blocks))

	// The user types a barcode and presses Import.
	if err := tenant.SetCanvasValue(canvasID, barcodeInput, "PL-0042"); err != nil {
		return err
	}
	fmt.Fprintln(out, "The user enters PL-0042 and presses Import.")
	status, err = deliver(ctx, signer, srv.URL, canvasEvent{Type: "v2.canvas.userInteracted", FeatureID: featureID,
		ResourceID: entry.ID, CanvasID: canvasID, ButtonID: importButton, UserID: tenant.AdminUserID()})
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "Benchling -> v2.canvas.userInteracted (button %s): %d\n", importButton, status)

	canvas, _, err = admin.Apps.GetCanvas(ctx, canvasID, nil)
	if err != nil {
		return err
	}
	if canvas.SessionID != nil {
		s, _, err := admin.Apps.GetSession(ctx, *canvas.SessionID, nil)
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "Session %q: %s\n", s.Name, s.Status)
		for _, m := range s.Messages {
			fmt.Fprintf(out, "  %-7s %s\n", m.Style, m.Content)
		}
	}
	if b, ok := benchling.FindUIBlock[*benchling.MarkdownUIBlock](canvas.Blocks, statusBlock); ok {
		fmt.Fprintf(out, "The canvas says: %s\n", b.Value)
	}

	// A delivery Benchling did not sign is refused.
	req, err := signer.NewRequest(ctx, srv.URL+"/webhooks", webhooktest.Delivery{Body: []byte(`{}`), BadSignature: true})
	if err != nil {
		return err
	}
	resp, err := srv.Client().Do(req)
	if err != nil {
		return err
	}
	resp.Body.Close()
	fmt.Fprintf(out, "A forged delivery: %d\n", resp.StatusCode)
	return nil
}

// deliver sends a signed webhook carrying ev to the app and returns the
// status it answered.
func deliver(ctx context.Context, signer *webhooktest.Signer, appURL string, ev canvasEvent) (int, error) {
	raw, err := json.Marshal(ev)
	if err != nil {
		return 0, err
	}
	body, err := signer.Marshal(&webhook.UnknownMessage{EventType: ev.Type, Raw: raw})
	if err != nil {
		return 0, err
	}
	req, err := signer.NewRequest(ctx, appURL+"/webhooks", webhooktest.Delivery{Body: body})
	if err != nil {
		return 0, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}

// describe lists blocks as " KIND id, ...".
func describe(blocks benchling.UIBlocks) string {
	var parts []string
	for b := range blocks.All() {
		parts = append(parts, " "+string(b.BlockType())+" "+b.BlockID())
	}
	return strings.Join(parts, ",")
}
