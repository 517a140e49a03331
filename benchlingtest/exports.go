package benchlingtest

import (
	"archive/zip"
	"bytes"
	"fmt"
	"html"
	"net/http"
	"strings"
)

// The Exports tag: POST /exports. Exporting an item (any item of the
// tenant, usually an entry) starts a task that succeeds at once with the
// pre-signed URL (an hour) of a ZIP holding the export.
//
// Simplified: the export is a small rendering of the item (its name,
// display ID and, for an entry, its days' titles and note texts), as one
// HTML page or a one-page PDF; Benchling's load-based 429s are not
// simulated.

var exportRoutes = []route{
	newRoute("POST", "/exports", exportItem),
}

var exportSchema = body("format:string id:string!")

// findAny returns the item with an ID in any collection, or nil.
func (st *store) findAny(id string) *item {
	for _, coll := range st.colls {
		if it := coll.byID[id]; it != nil {
			return it
		}
	}
	return nil
}

func exportItem(c *call) (int, any, *httpError) {
	in, herr := c.decodeBody(exportSchema)
	if herr != nil {
		return 0, nil, herr
	}
	if msg := exportSchema.missing(in); msg != "" {
		return 0, nil, badRequest("%s.", msg)
	}
	format := strAt(in, "format")
	switch format {
	case "":
		format = "pdf"
	case "pdf", "html":
	default:
		return 0, nil, badRequest("Invalid format %q: use pdf or html.", format)
	}
	it := c.st.findAny(strAt(in, "id"))
	if it == nil {
		return 0, nil, badRequest("Item %s not found.", strAt(in, "id"))
	}
	base := strAt(it.doc, "displayId")
	if base == "" {
		base = it.id()
	}
	zipped, err := exportZip(it.doc, base+"."+format, format)
	if err != nil {
		return 0, nil, &httpError{http.StatusInternalServerError, apiError{Type: "server_error", Message: err.Error(), UserMessage: "Internal error."}}
	}
	key := "exports/" + newUUID(c.st.rng) + "/" + base + ".zip"
	c.st.objects[key] = newObject("application/zip", base+".zip", zipped)
	u, _ := c.presign(http.MethodGet, key, storageTTL)
	return c.st.succeededTask(map[string]any{"downloadURL": u})
}

// exportZip renders an item and zips it.
func exportZip(d map[string]any, name, format string) ([]byte, error) {
	title := strAt(d, "name")
	lines := []string{title}
	if id := strAt(d, "displayId"); id != "" {
		lines = append(lines, id)
	}
	days, _ := d["days"].([]any)
	for _, day := range days {
		dm, _ := day.(map[string]any)
		lines = append(lines, strAt(dm, "date")+" "+strAt(dm, "title"))
		notes, _ := dm["notes"].([]any)
		for _, n := range notes {
			if t := strAt(n.(map[string]any), "text"); t != "" {
				lines = append(lines, t)
			}
		}
	}
	var content []byte
	if format == "html" {
		var b strings.Builder
		fmt.Fprintf(&b, "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%s</title></head><body>\n<h1>%s</h1>\n", html.EscapeString(title), html.EscapeString(title))
		for _, l := range lines[1:] {
			fmt.Fprintf(&b, "<p>%s</p>\n", html.EscapeString(l))
		}
		b.WriteString("</body></html>\n")
		content = []byte(b.String())
	} else {
		content = onePagePDF(lines)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.Create(name)
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(content); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// onePagePDF writes a minimal, valid one-page PDF showing lines of text.
func onePagePDF(lines []string) []byte {
	var text strings.Builder
	text.WriteString("BT /F1 12 Tf 72 720 Td 14 TL\n")
	for _, l := range lines {
		r := strings.NewReplacer(`\`, `\\`, "(", `\(`, ")", `\)`)
		fmt.Fprintf(&text, "(%s) '\n", r.Replace(l))
	}
	text.WriteString("ET")
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", text.Len(), text.String()),
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offs := make([]int, len(objs))
	for i, o := range objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}
