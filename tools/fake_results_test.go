package tools

import (
	"bytes"
	"crypto/md5"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/benchling-go/benchling/benchlingtest"
)

// TestFakeResultsOperationsMatchSpec drives the fake tenant through every
// operation of the Blobs, Files, Datasets, Data Frames, Exports,
// Instrument Queries and Connect tags with plain net/http (and the
// pre-signed URLs of its storage host), checks each request against the
// spec and validates every response strictly, errors included.
func TestFakeResultsOperationsMatchSpec(t *testing.T) {
	a := newAPITester(t)
	srv := a.srv
	srv.SetRateLimit(1_000_000, time.Minute) // on, so every response carries the headers
	folder := srv.FolderID()
	md5hex := func(b []byte) string { s := md5.Sum(b); return hex.EncodeToString(s[:]) }

	// --- Blobs ---
	hello := []byte("hello")
	b := a.do("createBlob", "POST", "/blobs", map[string]any{"data64": base64.StdEncoding.EncodeToString(hello), "md5": md5hex(hello),
		"mimeType": "text/plain", "name": "hello.txt", "type": "RAW_FILE"}, 200)
	blobID := str(b, "id")
	a.do("createBlob", "POST", "/blobs", map[string]any{"data64": "aGVsbG8=", "md5": md5hex([]byte("x")), "name": "x", "type": "RAW_FILE"}, 400)
	a.do("getBlob", "GET", "/blobs/"+blobID, nil, 200)
	a.do("getBlob", "GET", "/blobs/"+blobID+"?returning=id,name", nil, 200)
	a.do("getBlob", "GET", "/blobs/00000000-0000-4000-8000-000000000000", nil, 404)
	a.do("bulkGetBlobs", "GET", "/blobs:bulk-get?blobIds="+blobID, nil, 200)
	a.do("bulkGetBlobs", "GET", "/blobs:bulk-get?blobIds=nope", nil, 400)
	u := a.do("getBlobUrl", "GET", "/blobs/"+blobID+"/download-url", nil, 200)
	if got := a.storage("GET", str(u, "downloadURL"), nil, nil, 200); !bytes.Equal(got, hello) {
		t.Errorf("download URL: %q", got)
	}
	if loc := a.raw("getBlobFile", "GET", "/blobs/"+blobID+"/download", http.StatusFound).Get("Location"); loc == "" {
		t.Error("getBlobFile: no Location")
	}
	a.raw("getBlobFile", "GET", "/blobs/00000000-0000-4000-8000-000000000000/download", http.StatusNotFound)

	up := a.do("createMultipartBlob", "POST", "/blobs:start-multipart-upload", map[string]any{"name": "run.bin", "type": "VISUALIZATION"}, 200)
	upID := str(up, "id")
	a.do("getBlobUrl", "GET", "/blobs/"+upID+"/download-url", nil, 400)
	p1 := bytes.Repeat([]byte{1}, 5<<20)
	part1 := a.do("createBlobPart", "POST", "/blobs/"+upID+"/parts", map[string]any{"data64": base64.StdEncoding.EncodeToString(p1), "md5": md5hex(p1), "partNumber": 1}, 200)
	part2 := a.do("createBlobPart", "POST", "/blobs/"+upID+"/parts", map[string]any{"data64": "aGVsbG8=", "md5": md5hex(hello), "partNumber": 2}, 200)
	a.do("createBlobPart", "POST", "/blobs/"+upID+"/parts", map[string]any{"data64": "aGVsbG8=", "md5": "00", "partNumber": 3}, 400)
	a.do("completeMultipartBlob", "POST", "/blobs/"+upID+":complete-upload", map[string]any{"parts": []any{part2, part1}}, 400)
	a.do("completeMultipartBlob", "POST", "/blobs/"+upID+":complete-upload", map[string]any{"parts": []any{part1, part2}}, 200)
	a.do("abortMultipartBlob", "POST", "/blobs/"+upID+":abort-upload", nil, 400)
	up2 := a.do("createMultipartBlob", "POST", "/blobs:start-multipart-upload", map[string]any{"name": "gone.bin", "type": "RAW_FILE", "mimeType": "application/x-gone"}, 200)
	a.do("abortMultipartBlob", "POST", "/blobs/"+str(up2, "id")+":abort-upload", nil, 200)
	direct := newAPITester(t, benchlingtest.WithDirectBlobDownloads())
	direct.srv.SetRateLimit(1_000_000, time.Minute)
	d := direct.do("createBlob", "POST", "/blobs", map[string]any{"data64": "aGVsbG8=", "md5": md5hex(hello), "name": "d.txt", "type": "RAW_FILE"}, 200)
	direct.raw("getBlobFile", "GET", "/blobs/"+str(d, "id")+"/download", http.StatusOK)
	if direct.covered["getBlobFile"] {
		a.covered["getBlobFile"] = true
	}

	// --- Files ---
	f, hdr := a.doHeader("createFile", "POST", "/files", map[string]any{"folderId": folder, "name": "Plate 1", "filename": "plate1.csv",
		"customFields": map[string]any{"Instrument": map[string]any{"value": "Gen5"}}}, 200)
	fileID := str(f, "id")
	a.do("createFile", "POST", "/files", map[string]any{"folderId": folder, "name": "x", "filename": "x.exe"}, 400)
	a.do("patchFile", "PATCH", "/files/"+fileID, map[string]any{"uploadStatus": "SUCCEEDED"}, 400)
	csv := []byte("well,od600\nA1,0.42\n")
	a.storage("PUT", hdr.Get("Content-Location"), csv, http.Header{"X-Amz-Server-Side-Encryption": {"AES256"}}, 200)
	a.do("patchFile", "PATCH", "/files/"+fileID, map[string]any{"uploadStatus": "SUCCEEDED", "folderId": folder}, 200)
	a.do("patchFile", "PATCH", "/files/file_nope", map[string]any{"uploadStatus": "SUCCEEDED"}, 404)
	_, hdr = a.doHeader("getFile", "GET", "/files/"+fileID, nil, 200)
	if got := a.storage("GET", hdr.Get("Content-Location"), nil, nil, 200); !bytes.Equal(got, csv) {
		t.Errorf("file download: %q", got)
	}
	a.do("getFile", "GET", "/files/file_nope", nil, 404)
	a.do("listFiles", "GET", "/files?pageSize=1&sort=name:asc&folderId="+folder+"&nameIncludes=plate", nil, 200)
	l := a.do("listFiles", "GET", "/files?ids=file_nope", nil, 400)
	if ids := list(l, "invalidIds"); len(ids) != 1 {
		t.Errorf("listFiles: a ListingError without invalidIds: %v", l)
	}
	a.do("archiveFiles", "POST", "/files:archive", map[string]any{"fileIds": []string{fileID}, "reason": "Made in error"}, 200)
	a.do("!archiveFiles", "POST", "/files:archive", map[string]any{"fileIds": []string{fileID}, "reason": "Retired"}, 400)
	a.do("unarchiveFiles", "POST", "/files:unarchive", map[string]any{"fileIds": []string{fileID}}, 200)

	// --- Data Frames ---
	df := a.do("createDataFrame", "POST", "/data-frames", map[string]any{"name": "Plate 1 reads", "manifest": []any{map[string]any{"fileName": "plate1.csv"}}}, 200)
	dfID := str(df, "id")
	a.do("createDataFrame", "POST", "/data-frames", map[string]any{"name": "x", "manifest": []any{}}, 400)
	put := str(list(df, "manifest")[0].(map[string]any), "url")
	a.storage("PUT", put, csv, nil, http.StatusForbidden) // no encryption header
	a.storage("PUT", put, csv, http.Header{"X-Amz-Server-Side-Encryption": {"AES256"}}, 200)
	a.do("getDataFrame", "GET", "/data-frames/"+dfID, nil, 200)
	a.waitTask(a.do("patchDataFrame", "PATCH", "/data-frames/"+dfID, map[string]any{"uploadStatus": "IN_PROGRESS"}, 202), "SUCCEEDED")
	a.do("patchDataFrame", "PATCH", "/data-frames/"+dfID, map[string]any{"uploadStatus": "IN_PROGRESS"}, 400)
	got := a.do("getDataFrame", "GET", "/data-frames/"+dfID+"?rowDataFormat=csv&returning=id,manifest,uploadStatus,columns", nil, 200)
	if got := a.storage("GET", str(list(got, "manifest")[0].(map[string]any), "url"), nil, nil, 200); !bytes.Equal(got, csv) {
		t.Errorf("data frame download: %q", got)
	}
	a.do("getDataFrame", "GET", "/data-frames/dset_nope", nil, 404)
	bad := a.do("createDataFrame", "POST", "/data-frames", map[string]any{"name": "never uploaded", "manifest": []any{map[string]any{"fileName": "n.csv"}}}, 200)
	a.waitTask(a.do("patchDataFrame", "PATCH", "/data-frames/"+str(bad, "id"), map[string]any{"uploadStatus": "IN_PROGRESS"}, 202), "FAILED")
	a.do("getDataFrame", "GET", "/data-frames/"+str(bad, "id"), nil, 200)

	// --- Datasets ---
	ds := a.do("createDataset", "POST", "/datasets", map[string]any{"name": "Plate 1", "dataFrameId": dfID, "folderId": folder, "study_ids": []string{"study_1"}}, 200)
	dsID := str(ds, "id")
	a.do("createDataset", "POST", "/datasets", map[string]any{"name": "x", "dataFrameId": "dset_nope"}, 400)
	a.do("getDataset", "GET", "/datasets/"+dsID, nil, 200)
	a.do("updateDataset", "PATCH", "/datasets/"+dsID, map[string]any{"name": "Plate 1 (final)", "customFields": map[string]any{"Run": map[string]any{"value": "7"}}}, 200)
	a.do("listDatasets", "GET", "/datasets?pageSize=5&sort=createdAt:desc&names.anyOf=plate%201%20(final)", nil, 200)
	a.do("listDatasets", "GET", "/datasets?ids=dataset_nope", nil, 400)
	a.do("archiveDatasets", "POST", "/datasets:archive", map[string]any{"datasetIds": []string{dsID}, "reason": "Archived"}, 200)
	a.do("unarchiveDatasets", "POST", "/datasets:unarchive", map[string]any{"datasetIds": []string{dsID}}, 200)

	// --- Exports ---
	entry := srv.SeedEntries(1)[0]
	ex := a.waitTask(a.do("exportItem", "POST", "/exports", map[string]any{"id": entry, "format": "html"}, 202), "SUCCEEDED")
	if z := a.storage("GET", str(ex["response"].(map[string]any), "downloadURL"), nil, nil, 200); !bytes.HasPrefix(z, []byte("PK")) {
		t.Errorf("export: not a ZIP: %.20q", z)
	}
	a.checkSchemaJSON("ExportsAsyncTask", ex)
	a.do("exportItem", "POST", "/exports", map[string]any{"id": "etr_nope"}, 400)

	// --- Instrument Queries ---
	qs, err := srv.Add("instrument-queries", map[string]any{"command": "read_plate", "connectionId": "cxn_1", "status": "SUCCEEDED",
		"params": map[string]any{"plate": "A1"}, "values": map[string]any{"od600": 0.42}})
	if err != nil {
		t.Fatal(err)
	}
	a.do("getInstrumentQuery", "GET", "/instruments/"+qs[0]+"/query", nil, 200)
	a.do("getInstrumentQuery", "GET", "/instruments/insq_nope/query", nil, 404)

	// --- Connect ---
	vendors := a.doList("listAllotropyVendors", "GET", "/connect/list-allotropy-vendors", nil, 200)
	vendor := str(vendors[0].(map[string]any), "id")
	asm := a.do("convertToASM", "POST", "/connect/convert-to-asm", map[string]any{"blobOrFileId": blobID, "vendor": vendor}, 200)
	a.do("convertToASM", "POST", "/connect/convert-to-asm", map[string]any{"blobOrFileId": blobID, "connectionId": "cxn_1"}, 400)
	a.doList("convertToCSV", "POST", "/connect/convert-to-csv", map[string]any{"blobOrFileId": str(asm, "blobId"), "transformType": "measurement-document"}, 200)
	a.doList("convertToCSV", "POST", "/connect/convert-to-csv", map[string]any{"blobOrFileId": fileID, "vendor": vendor}, 200)
	a.do("convertToCSV", "POST", "/connect/convert-to-csv", map[string]any{"blobOrFileId": blobID}, 400)

	for _, r := range srv.StorageRequests() {
		if r.Authorization {
			t.Errorf("%s %s carried an Authorization header", r.Method, r.Path)
		}
	}

	// --- coverage ---
	tags := []string{"Blobs", "Files", "Datasets", "Data Frames", "Exports", "Instrument Queries", "Connect"}
	var missing []string
	n := 0
	for _, op := range a.spec.Operations() {
		if !slices.ContainsFunc(op.Tags, func(t string) bool { return slices.Contains(tags, t) }) {
			continue
		}
		n++
		if !a.covered[op.ID] {
			missing = append(missing, fmt.Sprintf("%s %s %s", op.ID, op.Method, op.Path))
		}
	}
	if n != 29 || len(missing) > 0 {
		t.Errorf("%d operations in scope (want 29); not covered with a 2xx: %v", n, missing)
	}
}

// doHeader is do, also returning the response's header.
func (a *apiTester) doHeader(wantOp, method, path string, body any, want int) (map[string]any, http.Header) {
	a.t.Helper()
	h, rb := a.send(wantOp, method, path, body, want)
	var out map[string]any
	if err := json.Unmarshal(rb, &out); err != nil {
		a.t.Fatalf("%s %s: body is not a JSON object: %v", method, path, err)
	}
	return out, h
}

// doList is do for an operation whose response is a JSON array.
func (a *apiTester) doList(wantOp, method, path string, body any, want int) []any {
	a.t.Helper()
	_, rb := a.send(wantOp, method, path, body, want)
	var out []any
	if err := json.Unmarshal(rb, &out); err != nil || len(out) == 0 {
		a.t.Fatalf("%s %s: body is not a non-empty JSON array: %v: %.200s", method, path, err, rb)
	}
	return out
}

// raw sends a request whose response is not JSON (a blob's bytes, a
// redirect) and returns the response's header.
func (a *apiTester) raw(wantOp, method, path string, want int) http.Header {
	a.t.Helper()
	h, _ := a.send(wantOp, method, path, nil, want)
	return h
}

// storage sends a request to a pre-signed URL of the fake's storage host
// (no credential) and returns the body of a 2xx.
func (a *apiTester) storage(method, url string, body []byte, header http.Header, want int) []byte {
	a.t.Helper()
	if !strings.Contains(url, "X-Amz-Signature=") || strings.HasPrefix(url, a.srv.URL) {
		a.t.Fatalf("%q is not a pre-signed URL of another host", url)
	}
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequest(method, url, rd)
	if err != nil {
		a.t.Fatal(err)
	}
	for k, v := range header {
		req.Header[k] = v
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		a.t.Fatal(err)
	}
	defer resp.Body.Close()
	rb, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != want {
		a.t.Fatalf("%s %s: status %d, want %d: %s", method, strings.SplitN(url, "?", 2)[0], resp.StatusCode, want, rb)
	}
	return rb
}

// checkSchemaJSON validates a decoded document against a component
// schema, strictly.
func (a *apiTester) checkSchemaJSON(name string, doc any) {
	a.t.Helper()
	b, err := json.Marshal(doc)
	if err != nil {
		a.t.Fatal(err)
	}
	a.checkSchema(name, b)
}
