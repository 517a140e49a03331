package benchling

import (
	"bytes"
	"errors"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const testBlobID = "c33fe52d-fe6a-4c98-adcd-211bdf6778f7"

func TestBlobsCreate(t *testing.T) {
	env := setup(t)
	fx := serveSpec(t, env, "POST /blobs", "createBlob", http.StatusOK, nil, true)
	got, _, err := env.client.Blobs.Create(testCtx(t), specRequest[BlobCreate](t, "createBlob"))
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, fx, got)
}

func TestBlobsGet(t *testing.T) {
	env := setup(t)
	fx := serveSpec(t, env, "GET /blobs/"+testBlobID, "getBlob", http.StatusOK, map[string]string{"returning": "id,uploadStatus"}, false)
	got, _, err := env.client.Blobs.Get(testCtx(t), testBlobID, &BlobGetOptions{Returning: []string{"id", "uploadStatus"}})
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, fx, got)
	if got.UploadStatus != BlobUploadStatusInProgress || got.Type != BlobTypeRawFile {
		t.Errorf("Get = %+v", got)
	}
}

func TestBlobsGetNotFound(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /blobs/"+testBlobID, serveJSON(t, http.MethodGet, http.StatusNotFound,
		`{"error": {"type": "invalid_request_error", "message": "Blob not found.", "userMessage": "Blob not found.", "invalidId": "`+testBlobID+`"}}`))
	_, _, err := env.client.Blobs.Get(testCtx(t), testBlobID, nil)
	var apiErr *Error
	if !errors.Is(err, ErrNotFound) || !errors.As(err, &apiErr) || cmp.Diff([]string{testBlobID}, apiErr.InvalidIDs) != "" {
		t.Fatalf("Get error = %v, want ErrNotFound naming the blob", err)
	}
}

func TestBlobsBulkGet(t *testing.T) {
	env := setup(t)
	fx := serveSpec(t, env, "GET /blobs:bulk-get", "bulkGetBlobs", http.StatusOK,
		map[string]string{"blobIds": testBlobID + ",b2", "returning": "blobs.id"}, false)
	got, _, err := env.client.Blobs.BulkGet(testCtx(t), []string{testBlobID, "b2"}, &BlobBulkGetOptions{Returning: []string{"blobs.id"}})
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, fx, map[string]any{"blobs": got})
}

func TestBlobsGetDownloadURL(t *testing.T) {
	env := setup(t)
	fx := serveSpec(t, env, "GET /blobs/"+testBlobID+"/download-url", "getBlobUrl", http.StatusOK, nil, false)
	got, _, err := env.client.Blobs.GetDownloadURL(testCtx(t), testBlobID)
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, fx, got)
}

func TestBlobsStartMultipartUpload(t *testing.T) {
	env := setup(t)
	fx := serveSpec(t, env, "POST /blobs:start-multipart-upload", "createMultipartBlob", http.StatusOK, nil, true)
	got, _, err := env.client.Blobs.StartMultipartUpload(testCtx(t), specRequest[BlobMultipartCreate](t, "createMultipartBlob"))
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, fx, got)
}

func TestBlobsCreatePart(t *testing.T) {
	env := setup(t)
	fx := serveSpec(t, env, "POST /blobs/"+testBlobID+"/parts", "createBlobPart", http.StatusOK, nil, true)
	got, _, err := env.client.Blobs.CreatePart(testCtx(t), testBlobID, specRequest[BlobPartCreate](t, "createBlobPart"))
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, fx, got)
}

func TestBlobsCompleteUpload(t *testing.T) {
	env := setup(t)
	fx := serveSpec(t, env, "POST /blobs/"+testBlobID+":complete-upload", "completeMultipartBlob", http.StatusOK, nil, true)
	parts := specRequest[blobComplete](t, "completeMultipartBlob").Parts
	got, _, err := env.client.Blobs.CompleteUpload(testCtx(t), testBlobID, parts)
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, fx, got)
}

func TestBlobsAbortUpload(t *testing.T) {
	env := setup(t)
	serveSpec(t, env, "POST /blobs/"+testBlobID+":abort-upload", "abortMultipartBlob", http.StatusOK, nil, false)
	resp, err := env.client.Blobs.AbortUpload(testCtx(t), testBlobID)
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("AbortUpload = %v, %v", resp, err)
	}
}

func TestBlobsInvalidID(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		t.Errorf("unexpected request %s %s", r.Method, r.URL)
	})
	ctx, s := testCtx(t), env.client.Blobs
	wantInvalidID(t, map[string]func() error{
		"Get":            func() error { _, _, err := s.Get(ctx, "", nil); return err },
		"GetDownloadURL": func() error { _, _, err := s.GetDownloadURL(ctx, "a/b"); return err },
		"CreatePart":     func() error { _, _, err := s.CreatePart(ctx, "..", &BlobPartCreate{}); return err },
		"CompleteUpload": func() error { _, _, err := s.CompleteUpload(ctx, " ", nil); return err },
		"AbortUpload":    func() error { _, err := s.AbortUpload(ctx, "a,b"); return err },
		"BulkGet empty":  func() error { _, _, err := s.BulkGet(ctx, nil, nil); return err },
		"BulkGet comma":  func() error { _, _, err := s.BulkGet(ctx, []string{"a,b"}, nil); return err },
	})
}

func TestBlobsGetFile(t *testing.T) {
	env := setup(t)
	content := []byte("well,od600\nA1,0.42\n")
	env.mux.HandleFunc("GET /blobs/"+testBlobID+"/download", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/csv")
		_, _ = w.Write(content)
	})
	var got bytes.Buffer
	resp, err := env.client.Blobs.GetFile(testCtx(t), testBlobID, &got)
	if err != nil || resp.StatusCode != http.StatusOK || !bytes.Equal(got.Bytes(), content) {
		t.Fatalf("GetFile = %v, %v: %q", resp, err, got.String())
	}
}

// TestBlobsGetFileRedirect follows Benchling's 302 to a pre-signed URL on
// another host, which must not receive the API key.
func TestBlobsGetFileRedirect(t *testing.T) {
	env := setup(t)
	content := bytes.Repeat([]byte("0123456789"), 10_000)
	s3 := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "" {
			t.Errorf("the storage host received an Authorization header")
		}
		_, _ = w.Write(content)
	}))
	t.Cleanup(s3.Close)
	env.mux.HandleFunc("GET /blobs/"+testBlobID+"/download", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, s3.URL+"/bucket/"+testBlobID+"?X-Amz-Signature=s3cr3t", http.StatusFound)
	})
	var got bytes.Buffer
	if _, err := env.client.Blobs.GetFile(testCtx(t), testBlobID, &got); err != nil || !bytes.Equal(got.Bytes(), content) {
		t.Fatalf("GetFile = %v: %d bytes", err, got.Len())
	}
	if _, err := env.client.Blobs.GetFile(testCtx(t), testBlobID, nil); err == nil {
		t.Error("GetFile with a nil writer succeeded")
	}
}
