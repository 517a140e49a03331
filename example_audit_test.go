package benchling_test

import (
	"context"
	"fmt"
	"io"
	"log"
	"net/http"
	"strings"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
)

// ExampleAuditService_ExportLog exports the audit log of a sequence as CSV
// and downloads it.
func ExampleAuditService_ExportLog() {
	srv, err := benchlingtest.Start()
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	client, err := srv.Client()
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	seq, _, err := client.DnaSequences.Create(ctx, &benchling.DnaSequenceCreate{EntityCreateBase: benchling.EntityCreateBase{Name: "pUC19", FolderID: benchling.Ptr(srv.FolderID())}, Bases: "ATGC"})
	if err != nil {
		log.Fatal(err)
	}
	if _, _, err := client.DnaSequences.Update(ctx, seq.ID, &benchling.DnaSequenceUpdate{EntityUpdateBase: benchling.EntityUpdateBase{Name: benchling.Ptr("pUC19 (verified)")}}); err != nil {
		log.Fatal(err)
	}

	link, _, err := client.Audit.ExportLog(ctx, seq.ID, &benchling.AuditLogExport{Format: benchling.AuditLogExportFormatCSV})
	if err != nil {
		log.Fatal(err)
	}
	res, err := link.Wait(ctx)
	if err != nil {
		log.Fatal(err)
	}
	resp, err := http.Get(res.DownloadURL) // a pre-signed URL: no credentials
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		log.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n")[1:] {
		f := strings.Split(line, ",")
		fmt.Println(strings.TrimSpace(f[1] + " " + f[2] + " " + f[3]))
	}
	// Output:
	// testadmin created
	// testadmin updated name
}
