package benchlingtest_test

import (
	"bytes"
	"errors"
	"io"
	"math/rand/v2"
	"net/http"
	"testing"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
)

// randomBytes returns n pseudo-random bytes (seeded: the same every run).
func randomBytes(n int, seed uint64) []byte {
	r := rand.New(rand.NewPCG(seed, seed+1))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

// noCredentials fails the test if any request to the storage host carried
// an Authorization header.
func noCredentials(t *testing.T, srv *benchlingtest.Server) {
	t.Helper()
	for _, r := range srv.StorageRequests() {
		if r.Authorization {
			t.Errorf("%s %s reached the storage host with an Authorization header", r.Method, r.Path)
		}
	}
}

func TestE2EBlobsUploadDownload(t *testing.T) {
	srv, c := e2eSetup(t, nil)
	ctx := e2eCtx(t)
	for _, tc := range []struct {
		name      string
		size      int
		partSize  int
		wantParts int // 0: single-part
	}{
		{"empty", 0, 0, 0},
		{"small", 1234, 0, 0},
		{"exactly one part", 5 << 20, 5 << 20, 0},
		{"one part and a byte", 5<<20 + 1, 5 << 20, 2},
		{"three parts", 12 << 20, 5 << 20, 3},
		{"two full parts", 10 << 20, 5 << 20, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := randomBytes(tc.size, uint64(tc.size))
			srv.ResetRequests()
			// io.MultiReader hides the size: Upload must not need it.
			blob, err := c.Blobs.Upload(ctx, tc.name+".bin", io.MultiReader(bytes.NewReader(data)), &benchling.BlobUploadOptions{PartSize: tc.partSize, MimeType: "application/x-test"})
			if err != nil {
				t.Fatalf("Upload: %v", err)
			}
			if blob.UploadStatus != benchling.BlobUploadStatusComplete || blob.Name != tc.name+".bin" || blob.MimeType != "application/x-test" {
				t.Errorf("Upload = %+v", blob)
			}
			parts := srv.RequestCount("POST", "/blobs/"+blob.ID+"/parts")
			single := srv.RequestCount("POST", "/blobs")
			if tc.wantParts == 0 && (single != 1 || parts != 0) || tc.wantParts > 0 && (single != 0 || parts != tc.wantParts) {
				t.Errorf("%d single-part and %d part requests, want %d parts", single, parts, tc.wantParts)
			}
			var got bytes.Buffer
			n, err := c.Blobs.Download(ctx, blob.ID, &got)
			if err != nil || n != int64(len(data)) || !bytes.Equal(got.Bytes(), data) {
				t.Fatalf("Download = %d, %v; %d bytes match: %v", n, err, got.Len(), bytes.Equal(got.Bytes(), data))
			}
		})
	}
	noCredentials(t, srv)
}

func TestE2EBlobsGetFile(t *testing.T) {
	for _, direct := range []bool{false, true} {
		var opts []benchlingtest.ServerOption
		if direct {
			opts = append(opts, benchlingtest.WithDirectBlobDownloads())
		}
		srv, c := e2eSetup(t, opts)
		ctx := e2eCtx(t)
		data := randomBytes(70_000, 7)
		id := srv.AddBlob("plate.csv", data)
		var got bytes.Buffer
		resp, err := c.Blobs.GetFile(ctx, id, &got)
		if err != nil || !bytes.Equal(got.Bytes(), data) {
			t.Fatalf("direct %v: GetFile = %v; %d bytes", direct, err, got.Len())
		}
		if resp.StatusCode != http.StatusOK {
			t.Errorf("status %d", resp.StatusCode)
		}
		storage := len(srv.StorageRequests())
		if direct && storage != 0 || !direct && storage != 1 {
			t.Errorf("direct %v: %d storage requests", direct, storage)
		}
		noCredentials(t, srv)
		if _, err := c.Blobs.GetFile(ctx, "00000000-0000-4000-8000-000000000000", io.Discard); !errors.Is(err, benchling.ErrNotFound) {
			t.Errorf("GetFile of an unknown blob: %v", err)
		}
	}
}
