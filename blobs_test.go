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

// TestBlobsSpec runs each Blobs operation but the download against the
// spec's fixtures.
func TestBlobsSpec(t *testing.T) {
	runSpecCases(t, []specCase{
		{name: "Create", op: "createBlob", pattern: "POST /blobs", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				b, _, err := c.Blobs.Create(testCtx(t), reqFixture[BlobCreate](t, "createBlob"))
				return b, err
			}},
		{name: "Get", op: "getBlob", pattern: "GET /blobs/" + testBlobID, status: http.StatusOK,
			query: map[string]string{"returning": "id,uploadStatus"},
			call: func(t *testing.T, c *Client) (any, error) {
				b, _, err := c.Blobs.Get(testCtx(t), testBlobID, &BlobGetOptions{Returning: []string{"id", "uploadStatus"}})
				if err == nil && (b.UploadStatus != BlobUploadStatusInProgress || b.Type != BlobTypeRawFile) {
					t.Errorf("Get = %+v", b)
				}
				return b, err
			}},
		{name: "BulkGet", op: "bulkGetBlobs", pattern: "GET /blobs:bulk-get", status: http.StatusOK,
			query: map[string]string{"blobIds": testBlobID + ",b2", "returning": "blobs.id"},
			call: func(t *testing.T, c *Client) (any, error) {
				bs, _, err := c.Blobs.BulkGet(testCtx(t), []string{testBlobID, "b2"}, &BlobBulkGetOptions{Returning: []string{"blobs.id"}})
				return map[string]any{"blobs": bs}, err
			}},
		{name: "GetDownloadURL", op: "getBlobUrl", pattern: "GET /blobs/" + testBlobID + "/download-url", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				u, _, err := c.Blobs.GetDownloadURL(testCtx(t), testBlobID)
				return u, err
			}},
		{name: "StartMultipartUpload", op: "createMultipartBlob", pattern: "POST /blobs:start-multipart-upload", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				b, _, err := c.Blobs.StartMultipartUpload(testCtx(t), reqFixture[BlobMultipartCreate](t, "createMultipartBlob"))
				return b, err
			}},
		{name: "CreatePart", op: "createBlobPart", pattern: "POST /blobs/" + testBlobID + "/parts", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				p, _, err := c.Blobs.CreatePart(testCtx(t), testBlobID, reqFixture[BlobPartCreate](t, "createBlobPart"))
				return p, err
			}},
		{name: "CompleteUpload", op: "completeMultipartBlob", pattern: "POST /blobs/" + testBlobID + ":complete-upload", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				b, _, err := c.Blobs.CompleteUpload(testCtx(t), testBlobID, reqFixture[blobComplete](t, "completeMultipartBlob").Parts)
				return b, err
			}},
		{name: "AbortUpload", op: "abortMultipartBlob", pattern: "POST /blobs/" + testBlobID + ":abort-upload", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				_, err := c.Blobs.AbortUpload(testCtx(t), testBlobID)
				return map[string]any{}, err
			}},
	})
}

func TestBlobsGetNotFound(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /blobs/"+testBlobID, serveJSON(t, http.MethodGet, http.StatusNotFound, notFoundBody("Blob", testBlobID)))
	_, _, err := env.client.Blobs.Get(testCtx(t), testBlobID, nil)
	wantNotFound(t, err)
	var apiErr *Error
	if !errors.As(err, &apiErr) || cmp.Diff([]string{testBlobID}, apiErr.InvalidIDs) != "" {
		t.Errorf("the error does not name the blob: %v", err)
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
