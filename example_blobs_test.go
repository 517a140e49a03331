package benchling_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"fmt"
	"io"
	"log"
	"strings"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
)

// exampleTenant starts a fake tenant and a client for it.
func exampleTenant() (*benchlingtest.Server, *benchling.Client) {
	srv, err := benchlingtest.Start(benchlingtest.WithTaskPolls(0))
	if err != nil {
		log.Fatal(err)
	}
	client, err := srv.Client()
	if err != nil {
		log.Fatal(err)
	}
	return srv, client
}

// ExampleBlobsService_Upload uploads 20 MiB from a reader whose size is
// unknown (a pipe, as an HTTP request body would be): Upload reads one
// part ahead, sees more is coming, and sends 8 MiB parts, four at a time.
// Download streams the bytes back.
func ExampleBlobsService_Upload() {
	srv, client := exampleTenant()
	defer srv.Close()
	ctx := context.Background()

	pr, pw := io.Pipe()
	sent := sha256.New()
	go func() {
		chunk := bytes.Repeat([]byte("0123456789abcdef"), 64<<10) // 1 MiB
		for range 20 {
			_, _ = io.MultiWriter(pw, sent).Write(chunk)
		}
		_ = pw.Close()
	}()
	blob, err := client.Blobs.Upload(ctx, "plate-reads.bin", pr, &benchling.BlobUploadOptions{MimeType: "application/octet-stream"})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(blob.Name, blob.UploadStatus)
	fmt.Println("part uploads:", srv.RequestCount("POST", "/blobs/"+blob.ID+"/parts"))

	h := sha256.New()
	n, err := client.Blobs.Download(ctx, blob.ID, h)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("downloaded %d MiB, the bytes sent: %v\n", n>>20, bytes.Equal(h.Sum(nil), sent.Sum(nil)))
	// Output:
	// plate-reads.bin COMPLETE
	// part uploads: 3
	// downloaded 20 MiB, the bytes sent: true
}

// ExampleBlobsService_Upload_small: content that fits in one request is
// sent in one (POST /blobs).
func ExampleBlobsService_Upload_small() {
	srv, client := exampleTenant()
	defer srv.Close()
	ctx := context.Background()

	blob, err := client.Blobs.Upload(ctx, "notes.txt", strings.NewReader("OD600 0.42"), &benchling.BlobUploadOptions{MimeType: "text/plain"})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(blob.Name, blob.MimeType, blob.UploadStatus, srv.RequestCount("POST", "/blobs"))
	var buf bytes.Buffer
	if _, err := client.Blobs.GetFile(ctx, blob.ID, &buf); err != nil {
		log.Fatal(err)
	}
	fmt.Println(buf.String())
	// Output:
	// notes.txt text/plain COMPLETE 1
	// OD600 0.42
}

// ExampleBlobsService_StartMultipartUpload runs a multipart upload by
// hand: start, parts (every part but the last at least 5 MiB), complete.
func ExampleBlobsService_StartMultipartUpload() {
	srv, client := exampleTenant()
	defer srv.Close()
	ctx := context.Background()

	blob, _, err := client.Blobs.StartMultipartUpload(ctx, &benchling.BlobMultipartCreate{Name: "run.bin", Type: benchling.BlobTypeRawFile})
	if err != nil {
		log.Fatal(err)
	}
	var parts []benchling.BlobPart
	for i, data := range [][]byte{bytes.Repeat([]byte{'a'}, benchling.BlobMinPartSize), []byte("the end")} {
		p, _, err := client.Blobs.CreatePart(ctx, blob.ID, &benchling.BlobPartCreate{
			PartNumber: i + 1, Data64: base64Std(data), MD5: md5Hex(data)})
		if err != nil {
			log.Fatal(err)
		}
		parts = append(parts, *p)
	}
	done, _, err := client.Blobs.CompleteUpload(ctx, blob.ID, parts)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(blob.UploadStatus, "->", done.UploadStatus, len(parts), "parts")
	// Output:
	// IN_PROGRESS -> COMPLETE 2 parts
}
