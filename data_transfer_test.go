package benchling

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// s3Stub is a stand-in for the cloud storage of pre-signed URLs: it
// records each request's method, headers and body, and answers with the
// statuses of fail in turn, then 200 with content.
type s3Stub struct {
	*httptest.Server
	mu      sync.Mutex
	reqs    []s3Request
	fail    []int
	content []byte
}

type s3Request struct {
	method, path string
	header       http.Header
	body         []byte
	length       int64
}

func newS3Stub(t *testing.T) *s3Stub {
	s := &s3Stub{}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		s.mu.Lock()
		s.reqs = append(s.reqs, s3Request{r.Method, r.URL.Path, r.Header.Clone(), b, r.ContentLength})
		var status int
		if len(s.fail) > 0 {
			status, s.fail = s.fail[0], s.fail[1:]
		}
		s.mu.Unlock()
		if r.Header.Get("Authorization") != "" {
			t.Errorf("%s %s: the storage received an Authorization header", r.Method, r.URL.Path)
		}
		if status != 0 {
			w.WriteHeader(status)
			fmt.Fprintf(w, "<Error><Code>Status%d</Code><Message>injected</Message></Error>", status)
			return
		}
		_, _ = w.Write(s.content)
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *s3Stub) requests() []s3Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]s3Request(nil), s.reqs...)
}

// TestDataFramesUpload runs the whole flow and checks the upload is a raw
// PUT of the CSV's bytes (not a multipart form), with the encryption
// header and the length, and no credential.
func TestDataFramesUpload(t *testing.T) {
	env := setup(t)
	s3 := newS3Stub(t)
	csv := "Well,OD600\nA1,0.42\n"
	created := strings.Replace(string(specFixture(t, "createDataFrame", http.StatusOK)),
		"https://benchling-location.s3.amazonaws.com/deploys/location/data_frames/source_files/.../09-14-2022_011620_PM_well_plate-part-00000.csv?...",
		s3.URL+"/data_frames/plate.csv?X-Amz-Signature=sig", 1)
	env.mux.HandleFunc("POST /data-frames", func(w http.ResponseWriter, r *http.Request) {
		testJSONBody(t, r, `{"name": "plate", "manifest": [{"fileName": "plate.csv"}]}`)
		serveJSON(t, http.MethodPost, http.StatusOK, created)(w, r)
	})
	env.mux.HandleFunc("PATCH /data-frames/dset_LlDFupKyErxx", func(w http.ResponseWriter, r *http.Request) {
		testJSONBody(t, r, `{"uploadStatus": "IN_PROGRESS"}`)
		serveJSON(t, http.MethodPatch, http.StatusAccepted, `{"taskId": "t1"}`)(w, r)
	})
	done := `{"errorMessage": null, "id": "dset_LlDFupKyErxx", "manifest": [{"fileName": "plate.csv", "url": null}], "name": "plate", "uploadStatus": "SUCCEEDED"}`
	env.mux.HandleFunc("GET /tasks/t1", serveJSON(t, http.MethodGet, http.StatusOK, `{"status": "SUCCEEDED", "response": `+done+`}`))

	df, err := env.client.DataFrames.Upload(testCtx(t), "plate", "plate.csv", strings.NewReader(csv), -1)
	if err != nil || df.UploadStatus != FileUploadStatusSucceeded {
		t.Fatalf("Upload = %+v, %v", df, err)
	}
	reqs := s3.requests()
	if len(reqs) != 1 {
		t.Fatalf("%d storage requests", len(reqs))
	}
	r := reqs[0]
	if r.method != http.MethodPut || string(r.body) != csv || r.length != int64(len(csv)) ||
		r.header.Get("X-Amz-Server-Side-Encryption") != "AES256" || strings.Contains(r.header.Get("Content-Type"), "multipart") {
		t.Errorf("the upload was %s, %d bytes (Content-Length %d), headers %v: %q", r.method, len(r.body), r.length, r.header, r.body)
	}
}

func TestDataFramesUploadValidationFailure(t *testing.T) {
	env := setup(t)
	s3 := newS3Stub(t)
	env.mux.HandleFunc("POST /data-frames", serveJSON(t, http.MethodPost, http.StatusOK,
		`{"id": "dset_1", "name": "x", "uploadStatus": "NOT_UPLOADED", "manifest": [{"fileName": "x.csv", "url": "`+s3.URL+`/x.csv?sig"}]}`))
	env.mux.HandleFunc("PATCH /data-frames/dset_1", serveJSON(t, http.MethodPatch, http.StatusAccepted, `{"taskId": "t2"}`))
	env.mux.HandleFunc("GET /tasks/t2", serveJSON(t, http.MethodGet, http.StatusOK, `{"status": "FAILED", "message": "Invalid CSV File."}`))
	_, err := env.client.DataFrames.Upload(testCtx(t), "x", "x.csv", strings.NewReader("a,b\n1,2,3\n"), -1)
	var te *TaskError
	if !errors.As(err, &te) || !errors.Is(err, ErrTaskFailed) || te.Message != "Invalid CSV File." {
		t.Errorf("Upload error = %v, want the task's failure", err)
	}
}

func TestDataFramesUploadNeedsSize(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { t.Errorf("unexpected %s %s", r.Method, r.URL) })
	_, err := env.client.DataFrames.Upload(testCtx(t), "x", "x.csv", hiddenSize{strings.NewReader("a\n")}, -1)
	if err == nil || !strings.Contains(err.Error(), "size is needed") {
		t.Errorf("Upload of a reader of unknown size = %v", err)
	}
}

func TestDataFramesDownload(t *testing.T) {
	env := setup(t)
	s3 := newS3Stub(t)
	s3.content = []byte("Well,OD600\nA1,0.42\n")
	env.mux.HandleFunc("GET /data-frames/dset_1", func(w http.ResponseWriter, r *http.Request) {
		testQuery(t, r, map[string]string{"rowDataFormat": "csv"})
		serveJSON(t, http.MethodGet, http.StatusOK, `{"id": "dset_1", "name": "x", "uploadStatus": "SUCCEEDED", "manifest": [
			{"fileName": "part-0.csv", "url": "`+s3.URL+`/p0?sig"}, {"fileName": "part-1.csv", "url": "`+s3.URL+`/p1?sig"}]}`)(w, r)
	})
	got := map[string]*closingBuffer{}
	_, err := env.client.DataFrames.Download(testCtx(t), "dset_1", DataFrameRowDataFormatCSV,
		func(f DataFrameManifestManifest) (io.Writer, error) {
			b := &closingBuffer{}
			got[f.FileName] = b
			return b, nil
		})
	if err != nil || len(got) != 2 || got["part-1.csv"].String() != string(s3.content) || !got["part-0.csv"].closed {
		t.Fatalf("Download = %v: %v", err, got)
	}
	// A writer that cannot open ends the download.
	boom := errors.New("disk full")
	_, err = env.client.DataFrames.Download(testCtx(t), "dset_1", DataFrameRowDataFormatCSV,
		func(DataFrameManifestManifest) (io.Writer, error) { return nil, boom })
	if !errors.Is(err, boom) {
		t.Errorf("Download with a failing open = %v", err)
	}
}

type closingBuffer struct {
	bytes.Buffer
	closed bool
}

func (b *closingBuffer) Close() error { b.closed = true; return nil }

func TestFilesUploadDownload(t *testing.T) {
	env := setup(t)
	s3 := newS3Stub(t)
	content := []byte("%PDF-1.4 fake")
	s3.content = content
	env.mux.HandleFunc("POST /files", func(w http.ResponseWriter, r *http.Request) {
		testJSONBody(t, r, `{"filename": "chart.pdf", "folderId": "lib_1", "name": "Chart"}`)
		w.Header().Set("Content-Location", s3.URL+"/files/chart.pdf?X-Amz-Signature=sig")
		serveJSON(t, http.MethodPost, http.StatusOK, specFixture(t, "createFile", http.StatusOK))(w, r)
	})
	env.mux.HandleFunc("PATCH /files/file_Of5GuBSq", func(w http.ResponseWriter, r *http.Request) {
		testJSONBody(t, r, `{"uploadStatus": "SUCCEEDED"}`)
		serveJSON(t, http.MethodPatch, http.StatusOK, specFixture(t, "patchFile", http.StatusOK))(w, r)
	})
	f, err := env.client.Files.Upload(testCtx(t), &FileCreate{FolderID: Ptr("lib_1"), Name: Ptr("Chart"), Filename: Ptr("chart.pdf")}, bytes.NewReader(content), -1)
	if err != nil || f.UploadStatus != FileUploadStatusSucceeded {
		t.Fatalf("Upload = %+v, %v", f, err)
	}
	if r := s3.requests()[0]; r.method != http.MethodPut || !bytes.Equal(r.body, content) || r.header.Get("X-Amz-Server-Side-Encryption") != "AES256" {
		t.Errorf("the upload: %s %q %v", r.method, r.body, r.header)
	}

	env.mux.HandleFunc("GET /files/file_Of5GuBSq", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Location", s3.URL+"/files/chart.pdf?X-Amz-Signature=sig")
		serveJSON(t, http.MethodGet, http.StatusOK, specFixture(t, "getFile", http.StatusOK))(w, r)
	})
	var got bytes.Buffer
	if n, err := env.client.Files.Download(testCtx(t), "file_Of5GuBSq", &got); err != nil || n != int64(len(content)) || !bytes.Equal(got.Bytes(), content) {
		t.Errorf("Download = %d, %v", n, err)
	}
}

// TestStoragePutRetries: a PUT is retried on a 503 when its body can be
// read again (a *bytes.Reader), from where it started, and not when it
// cannot.
func TestStoragePutRetries(t *testing.T) {
	env := setup(t, WithRetryPolicy(RetryPolicy{MaxRetries: 2, MinBackoff: time.Millisecond, MaxBackoff: time.Millisecond}))
	s3 := newS3Stub(t)
	s3.fail = []int{http.StatusServiceUnavailable}
	content := []byte("0123456789")
	r := bytes.NewReader(content)
	_, _ = r.Seek(2, io.SeekStart) // the upload is what is left
	if err := env.client.storagePut(testCtx(t), s3.URL+"/o?sig", r, 8, sseHeader); err != nil {
		t.Fatal(err)
	}
	reqs := s3.requests()
	if len(reqs) != 2 || string(reqs[1].body) != "23456789" || string(reqs[0].body) != "23456789" {
		t.Errorf("requests: %d: %+v", len(reqs), reqs)
	}

	s3.fail = []int{http.StatusServiceUnavailable}
	err := env.client.storagePut(testCtx(t), s3.URL+"/o?X-Amz-Signature=s3cr3t", hiddenSize{bytes.NewReader(content)}, 10, nil)
	var se *StorageError
	if !errors.As(err, &se) || se.StatusCode != http.StatusServiceUnavailable || !errors.Is(err, ErrServer) ||
		len(s3.requests()) != 3 || strings.Contains(err.Error(), "s3cr3t") {
		t.Errorf("PUT of a body that cannot be re-read = %v after %d requests", err, len(s3.requests()))
	}
}

// TestStorageURLChecks: pre-signed URLs must be absolute, https (http only
// to loopback) and hold no user information; nothing is sent otherwise.
func TestStorageURLChecks(t *testing.T) {
	env := setup(t)
	for _, u := range []string{"/relative", "http://example.com/o?sig", "https://user:pw@example.com/o", "ftp://example.com/o", "::bad"} {
		if _, err := env.client.storageGet(testCtx(t), u, io.Discard, 0); err == nil || strings.Contains(err.Error(), "pw") {
			t.Errorf("storageGet(%q) = %v", u, err)
		}
	}
}

// TestStorageStall: a storage that stops sending is given up on after the
// client's per-attempt timeout without progress, not after a fixed total.
func TestStorageStall(t *testing.T) {
	env := setup(t, WithHTTPClient(&http.Client{Timeout: 300 * time.Millisecond}))
	var sent atomic.Int32
	stop := make(chan struct{})
	s3 := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", "100000")
		// Slow but moving for longer than the timeout, then stalled.
		for i := 0; i < 8; i++ {
			_, _ = w.Write(make([]byte, 100))
			w.(http.Flusher).Flush()
			sent.Add(1)
			time.Sleep(100 * time.Millisecond)
		}
		select {
		case <-stop:
		case <-r.Context().Done():
		}
	}))
	t.Cleanup(s3.Close)
	t.Cleanup(func() { close(stop) }) // before s3.Close, which waits for the handler
	start := time.Now()
	n, err := env.client.storageGet(testCtx(t), s3.URL+"/o?sig", io.Discard, 0)
	var st *stallError
	if !errors.As(err, &st) || n != 800 || time.Since(start) < 800*time.Millisecond {
		t.Errorf("storageGet = %d, %v after %v; want a stall after 800 bytes", n, err, time.Since(start))
	}
}

func TestExportsDownload(t *testing.T) {
	env := setup(t)
	s3 := newS3Stub(t)
	s3.content = []byte("PK\x03\x04 zip")
	env.mux.HandleFunc("POST /exports", func(w http.ResponseWriter, r *http.Request) {
		testJSONBody(t, r, `{"id": "etr_1X1AlQPD", "format": "html"}`)
		serveJSON(t, http.MethodPost, http.StatusAccepted, `{"taskId": "t3"}`)(w, r)
	})
	env.mux.HandleFunc("GET /tasks/t3", serveJSON(t, http.MethodGet, http.StatusOK,
		`{"status": "SUCCEEDED", "response": {"downloadURL": "`+s3.URL+`/exports/e.zip?X-Amz-Signature=sig"}}`))
	var got bytes.Buffer
	n, err := env.client.Exports.Download(testCtx(t), &ExportItemRequest{ID: "etr_1X1AlQPD", Format: ExportItemRequestFormatHTML}, &got)
	if err != nil || n != int64(len(s3.content)) || !bytes.Equal(got.Bytes(), s3.content) {
		t.Fatalf("Download = %d, %v", n, err)
	}
}
