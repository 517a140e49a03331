package benchling_test

import (
	"context"
	"errors"
	"fmt"
	"log"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
)

// appExampleTenant starts a fake tenant and a client acting as its app,
// with the app's OAuth client credentials.
func appExampleTenant() (*benchlingtest.Server, *benchling.Client) {
	srv, err := benchlingtest.Start()
	if err != nil {
		log.Fatal(err)
	}
	client, err := benchling.NewClient(srv.URL, benchling.WithClientCredentials(srv.ClientID, srv.ClientSecret))
	if err != nil {
		log.Fatal(err)
	}
	return srv, client
}

// ExampleAppsService_CreateCanvas draws a canvas with a form, then reads
// what a user entered and answers in the canvas.
func ExampleAppsService_CreateCanvas() {
	srv, client := appExampleTenant()
	defer srv.Close()
	ctx := context.Background()

	canvas, _, err := client.Apps.CreateCanvas(ctx, &benchling.AppCanvasCreate{
		AppID: srv.AppID(), FeatureID: "plate_importer", ResourceID: "etr_3wievUIJ",
		Blocks: benchling.UIBlocks{
			&benchling.MarkdownUIBlock{ID: "title", Value: "## Import a plate"},
			&benchling.SectionUIBlock{ID: "form", Children: benchling.UIBlocks{
				&benchling.TextInputUIBlock{ID: "barcode", Label: "Plate barcode", Required: benchling.NullableOf(true)},
				&benchling.ButtonUIBlock{ID: "import", Text: "Import"},
			}},
		},
	})
	if err != nil {
		log.Fatal(err)
	}

	// In Benchling, a user types a barcode and presses Import.
	if err := srv.SetCanvasValue(canvas.ID, "barcode", "PL-0042"); err != nil {
		log.Fatal(err)
	}

	canvas, _, err = client.Apps.GetCanvas(ctx, canvas.ID, nil)
	if err != nil {
		log.Fatal(err)
	}
	barcode, _ := canvas.Blocks.Value("barcode")
	fmt.Println("barcode:", barcode)

	// Replace the form's button by a message; every other block stays.
	blocks := canvas.Blocks
	blocks.Replace("import", &benchling.MarkdownUIBlock{ID: "done", Value: "Imported " + barcode + "."})
	canvas, _, err = client.Apps.UpdateCanvas(ctx, canvas.ID, &benchling.AppCanvasUpdate{Blocks: blocks})
	if err != nil {
		log.Fatal(err)
	}
	for b := range canvas.Blocks.All() {
		fmt.Println(b.BlockType(), b.BlockID())
	}
	// Output:
	// barcode: PL-0042
	// MARKDOWN title
	// SECTION form
	// TEXT_INPUT barcode
	// MARKDOWN done
}

// ExampleAppsService_RunSession runs a unit of work as a session: users see
// its messages in Benchling, and the session is closed as the work ends.
func ExampleAppsService_RunSession() {
	srv, client := appExampleTenant()
	defer srv.Close()
	ctx := context.Background()

	session, err := client.Apps.RunSession(ctx, &benchling.AppSessionCreate{
		AppID: srv.AppID(), Name: "Import plate PL-0042", TimeoutSeconds: 600,
	}, func(ctx context.Context, run *benchling.SessionRun) error {
		if err := run.Info(ctx, "Read 96 wells."); err != nil {
			return err
		}
		return run.Warn(ctx, "Wells A1 and A2 were empty.")
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(session.Status)
	for _, m := range session.Messages {
		fmt.Println(m.Style, m.Content)
	}

	// A failure users should understand: its message is shown to them.
	session, err = client.Apps.RunSession(ctx, &benchling.AppSessionCreate{
		AppID: srv.AppID(), Name: "Import plate PL-0043", TimeoutSeconds: 600,
	}, func(ctx context.Context, run *benchling.SessionRun) error {
		return &benchling.UserFacingError{Message: "Plate PL-0043 is not in the registry."}
	})
	var userErr *benchling.UserFacingError
	fmt.Println(session.Status, errors.As(err, &userErr))
	fmt.Println(session.Messages[len(session.Messages)-1].Content)
	// Output:
	// COMPLETED_WITH_WARNINGS
	// INFO Read 96 wells.
	// WARNING Wells A1 and A2 were empty.
	// FAILED true
	// Plate PL-0043 is not in the registry.
}

// ExampleAppsService_Configuration reads an app's configuration by path,
// typed by kind.
func ExampleAppsService_Configuration() {
	srv, client := appExampleTenant()
	defer srv.Close()
	ctx := context.Background()

	// A tenant admin configures the app (here through the API).
	folder := srv.FolderID()
	_, err := client.Apps.CreateManyConfigurationItems(ctx, []benchling.AppConfigItemCreate{
		&benchling.AppConfigItemIntegerCreate{AppID: srv.AppID(), Path: []string{"Import", "Batch size"}, Value: benchling.Ptr(96)},
		&benchling.AppConfigItemGenericCreate{AppID: srv.AppID(), Path: []string{"Import", "Folder"},
			Type: benchling.AppConfigItemTypeFolder, Value: &folder},
	}, nil)
	if err != nil {
		log.Fatal(err)
	}

	cfg, err := client.Apps.Configuration(ctx, srv.AppID())
	if err != nil {
		log.Fatal(err)
	}
	size, err := cfg.Int("Import", "Batch size")
	if err != nil {
		log.Fatal(err)
	}
	dest, err := cfg.LinkedID("Import", "Folder")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(size, dest == folder)
	_, err = cfg.Text("Import", "Endpoint")
	fmt.Println(errors.Is(err, benchling.ErrAppConfigItem))
	// Output:
	// 96 true
	// true
}

// ExampleUIBlocks_Remove edits a canvas's blocks: blocks of a kind the SDK
// does not know stay where they are, unchanged.
func ExampleUIBlocks_Remove() {
	var blocks benchling.UIBlocks
	err := blocks.UnmarshalJSON([]byte(`[
		{"type": "MARKDOWN", "id": "intro", "value": "Hello"},
		{"type": "COLOR_PICKER", "id": "color", "value": "#ff8800"},
		{"type": "BUTTON", "id": "go", "text": "Go"}]`))
	if err != nil {
		log.Fatal(err)
	}
	blocks.Remove("intro")
	blocks.InsertAfter("go", &benchling.ChipUIBlock{Value: "ent_a0SApq3z"})
	out, err := blocks.MarshalJSON()
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(string(out))
	// Output:
	// [{"type":"COLOR_PICKER","id":"color","value":"#ff8800"},{"id":"go","text":"Go","type":"BUTTON"},{"type":"CHIP","value":"ent_a0SApq3z"}]
}
