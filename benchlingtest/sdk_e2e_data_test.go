package benchlingtest_test

import (
	"archive/zip"
	"bytes"
	"crypto/md5"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"io"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/benchling-go/benchling"
	"github.com/google/go-cmp/cmp"
)

// End-to-end tests of the Blobs, Files, Datasets, Data Frames, Exports,
// Instrument Queries and Connect services against the fake tenant.

func md5hex(b []byte) string {
	s := md5.Sum(b)
	return hex.EncodeToString(s[:])
}

func wantBadRequest(t *testing.T, what string, err error, contains string) {
	t.Helper()
	var ae *benchling.Error
	if !errors.Is(err, benchling.ErrBadRequest) || !errors.As(err, &ae) || !strings.Contains(ae.Message, contains) {
		t.Errorf("%s: err = %v, want a 400 saying %q", what, err, contains)
	}
}

// TestE2EBlobsOperations drives each Blobs operation by hand: a
// single-part create, a multipart upload with a part replaced, a part
// too small, a wrong MD5, an abort, reads.
func TestE2EBlobsOperations(t *testing.T) {
	srv, c := e2eSetup(t, nil)
	ctx := e2eCtx(t)
	s := c.Blobs

	hello := []byte("hello")
	b, _, err := s.Create(ctx, &benchling.BlobCreate{Data64: base64.StdEncoding.EncodeToString(hello), MD5: md5hex(hello),
		Name: "hello.txt", Type: benchling.BlobTypeRawFile, MimeType: benchling.Ptr("text/plain")})
	if err != nil || b.UploadStatus != benchling.BlobUploadStatusComplete || b.MimeType != "text/plain" || len(b.ID) != 36 {
		t.Fatalf("Create = %+v, %v", b, err)
	}
	_, _, err = s.Create(ctx, &benchling.BlobCreate{Data64: "aGVsbG8=", MD5: md5hex([]byte("other")), Name: "x", Type: benchling.BlobTypeRawFile})
	wantBadRequest(t, "Create with a wrong MD5", err, "MD5")

	got, _, err := s.Get(ctx, b.ID, nil)
	if err != nil || cmp.Diff(b, got) != "" {
		t.Errorf("Get = %+v, %v; want %+v", got, err, b)
	}
	got, _, err = s.Get(ctx, b.ID, &benchling.BlobGetOptions{Returning: []string{"id", "name"}})
	if err != nil || got.Name != "hello.txt" || got.UploadStatus != "" {
		t.Errorf("Get returning id,name = %+v, %v", got, err)
	}
	if _, _, err := s.Get(ctx, "00000000-0000-4000-8000-000000000000", nil); !errors.Is(err, benchling.ErrNotFound) {
		t.Errorf("Get unknown: %v", err)
	}

	// Multipart: part 1 sent twice (the second replaces the first), a
	// small last part.
	up, _, err := s.StartMultipartUpload(ctx, &benchling.BlobMultipartCreate{Name: "run.bin", Type: benchling.BlobTypeVisualization})
	if err != nil || up.UploadStatus != benchling.BlobUploadStatusInProgress || up.MimeType != "application/octet-stream" {
		t.Fatalf("StartMultipartUpload = %+v, %v", up, err)
	}
	if _, _, err := s.GetDownloadURL(ctx, up.ID); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("GetDownloadURL of an upload in progress: %v", err)
	}
	p1 := randomBytes(benchling.BlobMinPartSize, 1)
	p2 := []byte("tail")
	part := func(n int, data []byte) benchling.BlobPart {
		t.Helper()
		p, _, err := s.CreatePart(ctx, up.ID, &benchling.BlobPartCreate{Data64: base64.StdEncoding.EncodeToString(data), MD5: md5hex(data), PartNumber: n})
		if err != nil {
			t.Fatalf("CreatePart %d: %v", n, err)
		}
		if p.PartNumber != n || p.ETag != `"`+md5hex(data)+`"` {
			t.Errorf("CreatePart %d = %+v", n, p)
		}
		return *p
	}
	part(1, randomBytes(benchling.BlobMinPartSize, 99)) // replaced below
	parts := []benchling.BlobPart{part(1, p1), part(2, p2)}
	_, _, err = s.CreatePart(ctx, up.ID, &benchling.BlobPartCreate{Data64: "aGVsbG8=", MD5: "00", PartNumber: 3})
	wantBadRequest(t, "CreatePart with a wrong MD5", err, "MD5")
	_, _, err = s.CompleteUpload(ctx, up.ID, []benchling.BlobPart{parts[0], parts[0], parts[1]})
	wantBadRequest(t, "CompleteUpload out of order", err, "ascending")
	_, _, err = s.CompleteUpload(ctx, up.ID, []benchling.BlobPart{parts[0], {PartNumber: 2, ETag: `"bad"`}})
	wantBadRequest(t, "CompleteUpload with a wrong eTag", err, "eTag")
	done, _, err := s.CompleteUpload(ctx, up.ID, parts)
	if err != nil || done.UploadStatus != benchling.BlobUploadStatusComplete || done.Type != benchling.BlobTypeVisualization {
		t.Fatalf("CompleteUpload = %+v, %v", done, err)
	}
	var buf bytes.Buffer
	if _, err := s.Download(ctx, up.ID, &buf); err != nil || !bytes.Equal(buf.Bytes(), append(slices.Clone(p1), p2...)) {
		t.Errorf("Download after CompleteUpload: %v, %d bytes", err, buf.Len())
	}
	u, _, err := s.GetDownloadURL(ctx, up.ID)
	if err != nil || !strings.Contains(u.DownloadURL, "X-Amz-Signature=") || u.ExpiresAt == 0 || strings.HasPrefix(u.DownloadURL, srv.URL) {
		t.Errorf("GetDownloadURL = %+v, %v; want a pre-signed URL on another host", u, err)
	}
	if _, _, err := s.CreatePart(ctx, up.ID, &benchling.BlobPartCreate{Data64: "aGVsbG8=", MD5: md5hex(hello), PartNumber: 3}); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("CreatePart after completion: %v", err)
	}

	// A part smaller than 5 MiB before the last is refused; abort
	// discards the parts.
	up2, _, err := s.StartMultipartUpload(ctx, &benchling.BlobMultipartCreate{Name: "small.bin", Type: benchling.BlobTypeRawFile})
	if err != nil {
		t.Fatal(err)
	}
	small, _, err := s.CreatePart(ctx, up2.ID, &benchling.BlobPartCreate{Data64: "aGVsbG8=", MD5: md5hex(hello), PartNumber: 1})
	if err != nil {
		t.Fatal(err)
	}
	last, _, err := s.CreatePart(ctx, up2.ID, &benchling.BlobPartCreate{Data64: "aGVsbG8=", MD5: md5hex(hello), PartNumber: 2})
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = s.CompleteUpload(ctx, up2.ID, []benchling.BlobPart{*small, *last})
	wantBadRequest(t, "CompleteUpload with a small first part", err, "5 MiB")
	if _, err := s.AbortUpload(ctx, up2.ID); err != nil {
		t.Fatalf("AbortUpload: %v", err)
	}
	if _, err := s.AbortUpload(ctx, up2.ID); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("AbortUpload twice: %v", err)
	}

	list, _, err := s.BulkGet(ctx, []string{b.ID, up.ID, up2.ID}, nil)
	if err != nil || len(list) != 3 || list[2].UploadStatus != benchling.BlobUploadStatusAborted {
		t.Fatalf("BulkGet = %v, %v", list, err)
	}
	list, _, err = s.BulkGet(ctx, []string{b.ID}, &benchling.BlobBulkGetOptions{Returning: []string{"blobs.id"}})
	if err != nil || len(list) != 1 || list[0].ID != b.ID || list[0].Name != "" {
		t.Errorf("BulkGet returning blobs.id = %+v, %v", list, err)
	}
	if _, _, err := s.BulkGet(ctx, []string{"00000000-0000-4000-8000-000000000000"}, nil); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("BulkGet unknown: %v", err)
	}
	noCredentials(t, srv)
}

func TestE2EFiles(t *testing.T) {
	srv, c := e2eSetup(t, nil)
	ctx := e2eCtx(t)
	s, folder := c.Files, srv.FolderID()

	content := []byte("well,od600\nA1,0.42\nA2,0.57\n")
	f, err := s.Upload(ctx, &benchling.FileCreate{FolderID: &folder, Name: benchling.Ptr("Plate 1"), Filename: benchling.Ptr("plate1.csv"),
		CustomFields: benchling.CustomFields{"Instrument": {Value: "Gen5"}}}, bytes.NewReader(content), -1)
	if err != nil {
		t.Fatalf("Upload: %v", err)
	}
	if f.UploadStatus != benchling.FileUploadStatusSucceeded || !strings.HasPrefix(f.ID, "file_") || f.DisplayID == "" ||
		f.Filename != "plate1.csv" || f.FolderID != folder || f.Creator.ID != srv.AdminUserID() {
		t.Errorf("Upload = %+v", f)
	}
	var got bytes.Buffer
	if n, err := s.Download(ctx, f.ID, &got); err != nil || n != int64(len(content)) || !bytes.Equal(got.Bytes(), content) {
		t.Errorf("Download = %d, %v: %q", n, err, got.String())
	}

	// Create and Update by hand: marking SUCCEEDED needs the content.
	raw, resp, err := s.Create(ctx, &benchling.FileCreate{FolderID: &folder, Name: benchling.Ptr("Chart"), Filename: benchling.Ptr("chart.png")})
	if err != nil || raw.UploadStatus != benchling.FileUploadStatusNotUploaded || resp.Header.Get("Content-Location") == "" {
		t.Fatalf("Create = %+v, %v, Content-Location %q", raw, err, resp.Header.Get("Content-Location"))
	}
	_, _, err = s.Update(ctx, raw.ID, &benchling.FileUpdate{UploadStatus: benchling.FileUploadStatusSucceeded})
	wantBadRequest(t, "Update to SUCCEEDED before the upload", err, "not been uploaded")
	failed, _, err := s.Update(ctx, raw.ID, &benchling.FileUpdate{UploadStatus: benchling.FileUploadStatusFailedValidation, ErrorMessage: benchling.Ptr("corrupt")})
	if err != nil || failed.UploadStatus != benchling.FileUploadStatusFailedValidation || failed.ErrorMessage == nil || *failed.ErrorMessage != "corrupt" {
		t.Errorf("Update to FAILED_VALIDATION = %+v, %v", failed, err)
	}
	if _, err := s.Download(ctx, raw.ID, io.Discard); err == nil {
		t.Error("Download of a file without content succeeded")
	}
	_, _, err = s.Create(ctx, &benchling.FileCreate{FolderID: &folder, Name: benchling.Ptr("x"), Filename: benchling.Ptr("x.exe")})
	wantBadRequest(t, "Create with an unsupported extension", err, "unsupported")

	g, _, err := s.Get(ctx, f.ID)
	if err != nil || g.ID != f.ID || g.CustomFields["Instrument"].Value != "Gen5" {
		t.Errorf("Get = %+v, %v", g, err)
	}
	if _, _, err := s.Get(ctx, "file_nope"); !errors.Is(err, benchling.ErrNotFound) {
		t.Errorf("Get unknown: %v", err)
	}
	all := e2eCollect(t, s.All(ctx, &benchling.FileListOptions{DocumentListFilters: benchling.DocumentListFilters{Sort: benchling.SortNameAsc}, ListOptions: benchling.ListOptions{PageSize: 1}}))
	if names := e2eIDs(all, func(f *benchling.File) string { return f.Name }); cmp.Diff([]string{"Chart", "Plate 1"}, names) != "" {
		t.Errorf("All names = %v", names)
	}
	page, _, err := s.List(ctx, &benchling.FileListOptions{NameIncludes: "plate", DocumentListFilters: benchling.DocumentListFilters{DisplayIDs: []string{f.DisplayID}}})
	if err != nil || len(page) != 1 || page[0].ID != f.ID {
		t.Errorf("List nameIncludes = %v, %v", page, err)
	}
	if p, _, err := s.List(ctx, &benchling.FileListOptions{OriginIDs: []string{"cxn_1"}}); err != nil || len(p) != 0 {
		t.Errorf("List originIds = %v, %v", p, err)
	}
	_, _, err = s.List(ctx, &benchling.FileListOptions{DocumentListFilters: benchling.DocumentListFilters{IDs: []string{f.ID, "file_nope"}}})
	var ae *benchling.Error
	if !errors.As(err, &ae) || cmp.Diff([]string{"file_nope"}, ae.InvalidIDs) != "" {
		t.Errorf("List unknown id: %v", err)
	}
	n := 0
	for p, err := range s.Pages(ctx, &benchling.FileListOptions{ListOptions: benchling.ListOptions{PageSize: 1}}) {
		if err != nil {
			t.Fatal(err)
		}
		n += len(p.Items)
	}
	if n != 2 {
		t.Errorf("Pages: %d files", n)
	}

	ch, _, err := s.Archive(ctx, &benchling.FilesArchive{FileIDs: []string{raw.ID}, Reason: benchling.DataArchiveReasonMadeInError})
	if err != nil || cmp.Diff([]string{raw.ID}, ch.FileIDs) != "" {
		t.Fatalf("Archive = %+v, %v", ch, err)
	}
	if l, _, _ := s.List(ctx, nil); len(l) != 1 {
		t.Errorf("List after Archive: %d files", len(l))
	}
	if l, _, _ := s.List(ctx, &benchling.FileListOptions{DocumentListFilters: benchling.DocumentListFilters{ArchiveReason: "Made in error"}}); len(l) != 1 || l[0].ArchiveRecord == nil {
		t.Errorf("List archived: %v", l)
	}
	_, _, err = s.Archive(ctx, &benchling.FilesArchive{FileIDs: []string{f.ID}, Reason: "Retired"})
	wantBadRequest(t, "Archive for a reason files lack", err, "archive reason")
	if ch, _, err := s.Unarchive(ctx, []string{raw.ID}); err != nil || cmp.Diff([]string{raw.ID}, ch.FileIDs) != "" {
		t.Errorf("Unarchive = %+v, %v", ch, err)
	}
	noCredentials(t, srv)
}

func TestE2EDataFramesAndDatasets(t *testing.T) {
	srv, c := e2eSetup(t, nil)
	ctx := e2eCtx(t)
	csvData := "Well,OD600,Passed,Note\nA1,0.42,true,\nA2,1,false,ok\n"
	df, err := c.DataFrames.Upload(ctx, "Plate 1 reads", "plate1.csv", strings.NewReader(csvData), -1)
	if err != nil {
		t.Fatalf("Upload: %v", err)
	}
	wantCols := []benchling.DataFrameColumnMetadata{
		{DisplayName: "Well", Type: benchling.DataFrameColumnTypeMetadata{Name: benchling.DataFrameColumnTypeNameString}},
		{DisplayName: "OD600", Type: benchling.DataFrameColumnTypeMetadata{Name: benchling.DataFrameColumnTypeNameFloat}},
		{DisplayName: "Passed", Type: benchling.DataFrameColumnTypeMetadata{Name: benchling.DataFrameColumnTypeNameBoolean}},
		{DisplayName: "Note", Type: benchling.DataFrameColumnTypeMetadata{Name: benchling.DataFrameColumnTypeNameString, IsNullable: true}},
	}
	if df.UploadStatus != benchling.FileUploadStatusSucceeded || !strings.HasPrefix(df.ID, "dset_") || cmp.Diff(wantCols, df.Columns) != "" {
		t.Errorf("Upload = %+v", df)
	}
	var got bytes.Buffer
	back, err := c.DataFrames.Download(ctx, df.ID, "", func(f benchling.DataFrameManifestManifest) (io.Writer, error) {
		if f.FileName != "plate1.csv" {
			t.Errorf("file %q", f.FileName)
		}
		return &got, nil
	})
	if err != nil || got.String() != csvData || back.ID != df.ID {
		t.Errorf("Download = %v: %q", err, got.String())
	}
	pq, _, err := c.DataFrames.Get(ctx, df.ID, &benchling.DataFrameGetOptions{RowDataFormat: benchling.DataFrameRowDataFormatParquet})
	if err != nil || pq.Manifest[0].FileName != "plate1.parquet" || pq.Manifest[0].URL == nil {
		t.Errorf("Get parquet = %+v, %v", pq, err)
	}
	if _, _, err := c.DataFrames.Get(ctx, "dset_nope", nil); !errors.Is(err, benchling.ErrNotFound) {
		t.Errorf("Get unknown: %v", err)
	}

	// A CSV that does not parse fails the task and the data frame.
	_, err = c.DataFrames.Upload(ctx, "broken", "broken.csv", strings.NewReader("a,b\n1,2,3\n"), -1)
	var te *benchling.TaskError
	if !errors.As(err, &te) || te.Message != "Invalid CSV File." {
		t.Errorf("Upload of a bad CSV: %v", err)
	}
	// By hand: marking before uploading fails validation.
	raw, _, err := c.DataFrames.Create(ctx, &benchling.DataFrameCreate{Name: "empty", Manifest: []benchling.DataFrameCreateManifestManifest{{FileName: "e.csv"}}})
	if err != nil || raw.UploadStatus != benchling.FileUploadStatusNotUploaded || raw.Manifest[0].URL == nil {
		t.Fatalf("Create = %+v, %v", raw, err)
	}
	link, _, err := c.DataFrames.Update(ctx, raw.ID, &benchling.DataFrameUpdate{UploadStatus: benchling.FileUploadStatusInProgress})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := link.Wait(ctx); !errors.As(err, &te) || !strings.Contains(te.Message, "not uploaded") {
		t.Errorf("Wait: %v", err)
	}
	again, _, _ := c.DataFrames.Get(ctx, raw.ID, nil)
	if again.UploadStatus != benchling.FileUploadStatusFailedValidation || again.ErrorMessage == nil || again.Manifest[0].URL != nil {
		t.Errorf("after a failed validation: %+v", again)
	}
	if _, _, err := c.DataFrames.Update(ctx, raw.ID, &benchling.DataFrameUpdate{UploadStatus: benchling.FileUploadStatusInProgress}); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("Update twice: %v", err)
	}
	if _, err := c.DataFrames.Download(ctx, raw.ID, "", func(benchling.DataFrameManifestManifest) (io.Writer, error) { return io.Discard, nil }); err == nil {
		t.Error("Download of a failed data frame succeeded")
	}
	_, _, err = c.DataFrames.Create(ctx, &benchling.DataFrameCreate{Name: "two", Manifest: []benchling.DataFrameCreateManifestManifest{{FileName: "a.csv"}, {FileName: "b.csv"}}})
	wantBadRequest(t, "Create with two files", err, "exactly one")

	// Datasets link data frames.
	folder := srv.FolderID()
	ds, _, err := c.Datasets.Create(ctx, &benchling.DatasetCreate{Name: benchling.Ptr("Plate 1"), DataFrameID: &df.ID, FolderID: &folder, StudyIDs: []string{"study_1"}})
	if err != nil || !strings.HasPrefix(ds.ID, "dataset_") || ds.DataFrameID != df.ID || ds.DisplayID == "" || ds.CreatedAt.IsZero() {
		t.Fatalf("Create = %+v, %v", ds, err)
	}
	_, _, err = c.Datasets.Create(ctx, &benchling.DatasetCreate{Name: benchling.Ptr("x"), DataFrameID: benchling.Ptr("dset_nope")})
	wantBadRequest(t, "Create with an unknown data frame", err, "not found")
	up, _, err := c.Datasets.Update(ctx, ds.ID, &benchling.DatasetUpdate{Name: benchling.Ptr("Plate 1 (final)"), CustomFields: benchling.CustomFields{"Run": {Value: "7"}}})
	if err != nil || up.Name != "Plate 1 (final)" || up.CustomFields["Run"].Value != "7" || !up.ModifiedAt.After(ds.ModifiedAt) {
		t.Errorf("Update = %+v, %v", up, err)
	}
	if g, _, err := c.Datasets.Get(ctx, ds.ID); err != nil || g.Name != up.Name {
		t.Errorf("Get = %+v, %v", g, err)
	}
	ds2, _, _ := c.Datasets.Create(ctx, &benchling.DatasetCreate{Name: benchling.Ptr("Plate 2"), DataFrameID: &df.ID, FolderID: &folder})
	all := e2eCollect(t, c.Datasets.All(ctx, &benchling.DatasetListOptions{DocumentListFilters: benchling.DocumentListFilters{Sort: benchling.SortNameDesc}}))
	if ids := e2eIDs(all, func(d *benchling.Dataset) string { return d.ID }); cmp.Diff([]string{ds2.ID, ds.ID}, ids) != "" {
		t.Errorf("All = %v", ids)
	}
	for p, err := range c.Datasets.Pages(ctx, &benchling.DatasetListOptions{DocumentListFilters: benchling.DocumentListFilters{NamesAnyOf: []string{"plate 2"}}}) {
		if err != nil || len(p.Items) != 1 || p.Items[0].ID != ds2.ID {
			t.Errorf("Pages names.anyOf: %v, %v", p, err)
		}
	}
	if ch, _, err := c.Datasets.Archive(ctx, &benchling.DatasetsArchive{DatasetIDs: []string{ds2.ID}, Reason: benchling.DataArchiveReasonArchived}); err != nil || len(ch.DatasetIDs) != 1 {
		t.Errorf("Archive = %+v, %v", ch, err)
	}
	if l, _, _ := c.Datasets.List(ctx, nil); len(l) != 1 || l[0].ID != ds.ID {
		t.Errorf("List after Archive = %v", l)
	}
	if ch, _, err := c.Datasets.Unarchive(ctx, []string{ds2.ID}); err != nil || len(ch.DatasetIDs) != 1 {
		t.Errorf("Unarchive = %+v, %v", ch, err)
	}
	noCredentials(t, srv)
}

func TestE2EExports(t *testing.T) {
	srv, c := e2eSetup(t, nil)
	ctx := e2eCtx(t)
	entry := srv.SeedEntries(1)[0]
	for _, format := range []benchling.ExportItemRequestFormat{"", benchling.ExportItemRequestFormatHTML} {
		var buf bytes.Buffer
		n, err := c.Exports.Download(ctx, &benchling.ExportItemRequest{ID: entry, Format: format}, &buf)
		if err != nil || n != int64(buf.Len()) {
			t.Fatalf("Download %q = %d, %v", format, n, err)
		}
		zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
		if err != nil || len(zr.File) != 1 {
			t.Fatalf("the export is not a ZIP of one file: %v", err)
		}
		rc, _ := zr.File[0].Open()
		content, _ := io.ReadAll(rc)
		rc.Close()
		want := ".pdf"
		if format == benchling.ExportItemRequestFormatHTML {
			want = ".html"
		}
		if !strings.HasSuffix(zr.File[0].Name, want) || len(content) == 0 {
			t.Errorf("export %q holds %s, %d bytes", format, zr.File[0].Name, len(content))
		}
	}
	link, _, err := c.Exports.Create(ctx, &benchling.ExportItemRequest{ID: entry})
	if err != nil {
		t.Fatal(err)
	}
	res, err := link.Wait(ctx)
	if err != nil || !strings.Contains(res.DownloadURL, "X-Amz-Signature=") {
		t.Errorf("Wait = %+v, %v", res, err)
	}
	_, _, err = c.Exports.Create(ctx, &benchling.ExportItemRequest{ID: "etr_nope"})
	wantBadRequest(t, "Create for an unknown item", err, "not found")
	noCredentials(t, srv)
}

func TestE2EInstrumentQueries(t *testing.T) {
	srv, c := e2eSetup(t, nil)
	ctx := e2eCtx(t)
	ids, err := srv.Add("instrument-queries", benchling.InstrumentQuery{Command: "read_plate", ConnectionID: "cxn_1",
		Status: "SUCCEEDED", Params: map[string]any{"plate": "A1"}, Values: map[string]any{"od600": 0.42}})
	if err != nil {
		t.Fatal(err)
	}
	q, _, err := c.InstrumentQueries.Get(ctx, ids[0])
	if err != nil || q.ID != ids[0] || q.Command != "read_plate" || q.Values["od600"] != 0.42 || q.CreatedAt.IsZero() {
		t.Errorf("Get = %+v, %v", q, err)
	}
	if _, _, err := c.InstrumentQueries.Get(ctx, "insq_nope"); !errors.Is(err, benchling.ErrNotFound) {
		t.Errorf("Get unknown: %v", err)
	}
}

func TestE2EConnect(t *testing.T) {
	srv, c := e2eSetup(t, nil)
	ctx := e2eCtx(t)
	vendors, _, err := c.Connect.ListAllotropyVendors(ctx)
	if err != nil || len(vendors) == 0 || vendors[0].ID == "" || vendors[0].DisplayName == "" {
		t.Fatalf("ListAllotropyVendors = %v, %v", vendors, err)
	}
	raw := srv.AddBlob("reads.txt", []byte("A1 0.42\nA2 0.57\n"))
	asm, _, err := c.Connect.ConvertToASM(ctx, &benchling.ConvertToASM{BlobOrFileID: raw, Vendor: &vendors[0].ID})
	if err != nil || asm.BlobID == "" {
		t.Fatalf("ConvertToASM = %+v, %v", asm, err)
	}
	var doc bytes.Buffer
	if _, err := c.Blobs.Download(ctx, asm.BlobID, &doc); err != nil || !strings.Contains(doc.String(), `"$asm.manifest"`) || !strings.Contains(doc.String(), "A2 0.57") {
		t.Errorf("the ASM blob: %v: %s", err, doc.String())
	}
	_, _, err = c.Connect.ConvertToASM(ctx, &benchling.ConvertToASM{BlobOrFileID: raw, Vendor: benchling.Ptr("NOPE")})
	wantBadRequest(t, "ConvertToASM with an unknown vendor", err, "vendor")

	for name, req := range map[string]*benchling.ConvertToCSV{
		"asm":        {BlobOrFileID: asm.BlobID},
		"instrument": {BlobOrFileID: raw, Vendor: &vendors[0].ID},
	} {
		out, _, err := c.Connect.ConvertToCSV(ctx, req)
		if err != nil || len(out) != 1 || out[0].TransformDataType == "" {
			t.Fatalf("%s: ConvertToCSV = %v, %v", name, out, err)
		}
		var csv bytes.Buffer
		if _, err := c.Blobs.Download(ctx, out[0].BlobID, &csv); err != nil || !strings.Contains(csv.String(), "A1 0.42") {
			t.Errorf("%s: the CSV blob: %v: %q", name, err, csv.String())
		}
	}
	_, _, err = c.Connect.ConvertToCSV(ctx, &benchling.ConvertToCSV{BlobOrFileID: raw})
	wantBadRequest(t, "ConvertToCSV of instrument data without a vendor", err, "vendor")
	js := srv.AddBlob("x.json", []byte(`{"a": {"b": [1, 2]}}`))
	_, _, err = c.Connect.ConvertToCSV(ctx, &benchling.ConvertToCSV{BlobOrFileID: js})
	wantBadRequest(t, "ConvertToCSV of JSON without a mapper", err, "mapperConfig")
	out, _, err := c.Connect.ConvertToCSV(ctx, &benchling.ConvertToCSV{BlobOrFileID: js, MapperConfig: benchling.Ptr(`{}`)})
	if err != nil || len(out) != 1 {
		t.Fatalf("ConvertToCSV of JSON = %v, %v", out, err)
	}
	var flat bytes.Buffer
	if _, err := c.Blobs.Download(ctx, out[0].BlobID, &flat); err != nil || !strings.Contains(flat.String(), "a.b[1],2") {
		t.Errorf("the flattened CSV: %v: %q", err, flat.String())
	}
}

// TestE2EStorageRefusesCredentials shows what the storage host does with a
// request that carries a credential (as a careless client would send):
// refused, and logged for tests like noCredentials.
func TestE2EStorageRefusesCredentials(t *testing.T) {
	srv, c := e2eSetup(t, nil)
	ctx := e2eCtx(t)
	id := srv.AddBlob("a.bin", []byte("abc"))
	u, _, err := c.Blobs.GetDownloadURL(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	req, _ := http.NewRequest("GET", u.DownloadURL, nil)
	req.SetBasicAuth(srv.APIKey, "")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	reqs := srv.StorageRequests()
	if resp.StatusCode != http.StatusBadRequest || len(reqs) != 1 || !reqs[0].Authorization {
		t.Errorf("status %d, log %+v", resp.StatusCode, reqs)
	}
	// A tampered signature is refused.
	resp, err = http.Get(strings.Replace(u.DownloadURL, "X-Amz-Signature=", "X-Amz-Signature=0", 1))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Errorf("tampered signature: %d", resp.StatusCode)
	}
}
