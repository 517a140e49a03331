package benchling

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/benchling-go/benchling/internal/contract"
	"github.com/google/go-cmp/cmp"
)

// smallParts lets Upload use parts of testPart bytes for the rest of the
// test (the race detector makes 5 MiB parts slow); the server then checks
// parts against testPart rather than Benchling's 5 MiB.
const testPart = 64 << 10

func smallParts(t *testing.T) {
	old := blobMinPart
	blobMinPart = testPart
	t.Cleanup(func() { blobMinPart = old })
}

func testBytes(n int, seed uint64) []byte {
	r := rand.New(rand.NewPCG(seed, 7))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

// blobServer is a test's multipart endpoint: it checks each part's MD5
// against its bytes (as Benchling does), records the parts, the largest
// number of part uploads in flight at once, and the aborts.
type blobServer struct {
	t        *testing.T
	mu       sync.Mutex
	parts    map[int][]byte
	inFlight int
	maxIn    int
	aborts   atomic.Int32
	complete atomic.Int32
	single   atomic.Int32
	// onPart, if set, runs for each part before it is stored; a non-zero
	// status is answered instead.
	onPart func(num int) int
	// onComplete, if set, answers the completion instead.
	onComplete http.HandlerFunc
}

const blobJSON = `{"id": "%s", "mimeType": "application/octet-stream", "name": "run.bin", "type": "RAW_FILE", "uploadStatus": "%s"}`

func newBlobServer(t *testing.T, env *testEnv) *blobServer {
	bs := &blobServer{t: t, parts: map[int][]byte{}}
	env.mux.HandleFunc("POST /blobs", func(w http.ResponseWriter, r *http.Request) {
		bs.single.Add(1)
		var in BlobCreate
		if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
			t.Errorf("single-part body: %v", err)
		}
		data, err := base64.StdEncoding.DecodeString(in.Data64)
		if err != nil || md5Hex(data) != in.MD5 {
			t.Errorf("single-part: data64 %v, md5 %s, want %s", err, in.MD5, md5Hex(data))
		}
		bs.mu.Lock()
		bs.parts[0] = data
		bs.mu.Unlock()
		serveJSON(t, http.MethodPost, http.StatusOK, fmt.Sprintf(blobJSON, testBlobID, "COMPLETE"))(w, r)
	})
	env.mux.HandleFunc("POST /blobs:start-multipart-upload", serveJSON(t, http.MethodPost, http.StatusOK, fmt.Sprintf(blobJSON, testBlobID, "IN_PROGRESS")))
	env.mux.HandleFunc("POST /blobs/"+testBlobID+"/parts", func(w http.ResponseWriter, r *http.Request) {
		var in BlobPartCreate
		if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
			// A cancelled upload cuts its body short: the read ends early
			// (EOF) or fails (the connection closed or reset). A body that
			// arrived but is not the part's JSON is the client's defect.
			var syntax *json.SyntaxError
			var typ *json.UnmarshalTypeError
			if errors.As(err, &syntax) || errors.As(err, &typ) {
				t.Errorf("part body: %v", err)
			}
			// The client gave up on this request, so it gets no answer to
			// check against the spec (the connection may not look closed yet).
			contract.Skip(r)
			return
		}
		bs.mu.Lock()
		bs.inFlight++
		bs.maxIn = max(bs.maxIn, bs.inFlight)
		bs.mu.Unlock()
		defer func() { bs.mu.Lock(); bs.inFlight--; bs.mu.Unlock() }()
		if bs.onPart != nil {
			if status := bs.onPart(in.PartNumber); status != 0 {
				serveJSON(t, http.MethodPost, status, `{"error": {"type": "invalid_request_error", "message": "part refused", "userMessage": "part refused"}}`)(w, r)
				return
			}
		}
		data, err := base64.StdEncoding.DecodeString(in.Data64)
		if err != nil || md5Hex(data) != in.MD5 {
			serveJSON(t, http.MethodPost, http.StatusBadRequest, `{"error": {"type": "invalid_request_error", "message": "MD5 mismatch", "userMessage": "MD5 mismatch"}}`)(w, r)
			t.Errorf("part %d: data64 %v, md5 %s, want %s", in.PartNumber, err, in.MD5, md5Hex(data))
			return
		}
		bs.mu.Lock()
		bs.parts[in.PartNumber] = data
		bs.mu.Unlock()
		serveJSON(t, http.MethodPost, http.StatusOK, fmt.Sprintf(`{"eTag": "\"%s\"", "partNumber": %d}`, in.MD5, in.PartNumber))(w, r)
	})
	env.mux.HandleFunc("POST /blobs/"+testBlobID+":complete-upload", func(w http.ResponseWriter, r *http.Request) {
		bs.complete.Add(1)
		if bs.onComplete != nil {
			bs.onComplete(w, r)
			return
		}
		var in blobComplete
		if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
			t.Errorf("complete body: %v", err)
		}
		bs.mu.Lock()
		for i, p := range in.Parts {
			if p.PartNumber != i+1 || p.ETag != `"`+md5Hex(bs.parts[p.PartNumber])+`"` {
				t.Errorf("complete: part %d is %+v", i+1, p)
			}
		}
		if len(in.Parts) != len(bs.parts) {
			t.Errorf("complete lists %d parts, %d were uploaded", len(in.Parts), len(bs.parts))
		}
		bs.mu.Unlock()
		serveJSON(t, http.MethodPost, http.StatusOK, fmt.Sprintf(blobJSON, testBlobID, "COMPLETE"))(w, r)
	})
	env.mux.HandleFunc("POST /blobs/"+testBlobID+":abort-upload", func(w http.ResponseWriter, r *http.Request) {
		bs.aborts.Add(1)
		if err := r.Context().Err(); err != nil {
			t.Errorf("the abort arrived with a done context: %v", err)
		}
		serveJSON(t, http.MethodPost, http.StatusOK, `{}`)(w, r)
	})
	return bs
}

// content returns the uploaded bytes, the parts in order.
func (bs *blobServer) content() []byte {
	bs.mu.Lock()
	defer bs.mu.Unlock()
	var b []byte
	for i := 0; i <= len(bs.parts); i++ {
		b = append(b, bs.parts[i]...)
	}
	return b
}

func (bs *blobServer) sizes() []int {
	bs.mu.Lock()
	defer bs.mu.Unlock()
	var out []int
	for i := 1; i <= len(bs.parts); i++ {
		out = append(out, len(bs.parts[i]))
	}
	return out
}

// hiddenSize wraps a reader so that nothing can learn its size (as a pipe
// or an HTTP body): no Len, no Seek, no Stat.
type hiddenSize struct{ r io.Reader }

func (h hiddenSize) Read(p []byte) (int, error) { return h.r.Read(p) }

func TestBlobsUploadSinglePart(t *testing.T) {
	env := setup(t)
	data := []byte("hello")
	env.mux.HandleFunc("POST /blobs", func(w http.ResponseWriter, r *http.Request) {
		// The spec's own example: data64 aGVsbG8= and md5 5d41...592.
		testJSONBody(t, r, `{"data64": "aGVsbG8=", "md5": "5d41402abc4b2a76b9719d911017c592", "mimeType": "text/plain", "name": "hello.txt", "type": "VISUALIZATION"}`)
		serveJSON(t, http.MethodPost, http.StatusOK, specFixture(t, "createBlob", http.StatusOK))(w, r)
	})
	b, err := env.client.Blobs.Upload(testCtx(t), "hello.txt", bytes.NewReader(data), &BlobUploadOptions{Type: BlobTypeVisualization, MimeType: "text/plain"})
	if err != nil || b.ID != testBlobID {
		t.Fatalf("Upload = %+v, %v", b, err)
	}
}

// TestBlobsUploadMultipart uploads 3 parts and a bit from a reader that
// hides its size, in 5 MiB parts (the spec's minimum, which the Python
// SDK does not allow), two at a time.
func TestBlobsUploadMultipart(t *testing.T) {
	env := setup(t)
	bs := newBlobServer(t, env)
	data := testBytes(3*BlobMinPartSize+123, 1)
	// Hold every part until two are in flight, to see that they are
	// sent concurrently (or time out and let the check below fail).
	var arrived atomic.Int32
	both := make(chan struct{})
	bs.onPart = func(num int) int {
		if arrived.Add(1) == 2 {
			close(both)
		}
		select {
		case <-both:
		case <-time.After(5 * time.Second):
		}
		return 0
	}
	b, err := env.client.Blobs.Upload(testCtx(t), "run.bin", hiddenSize{bytes.NewReader(data)}, &BlobUploadOptions{PartSize: BlobMinPartSize, Concurrency: 2})
	if err != nil || b.UploadStatus != BlobUploadStatusComplete {
		t.Fatalf("Upload = %+v, %v", b, err)
	}
	if !bytes.Equal(bs.content(), data) {
		t.Error("the parts do not make up the content")
	}
	if diff := cmp.Diff([]int{BlobMinPartSize, BlobMinPartSize, BlobMinPartSize, 123}, bs.sizes()); diff != "" {
		t.Errorf("part sizes (-want +got):\n%s", diff)
	}
	if bs.maxIn != 2 || bs.single.Load() != 0 || bs.complete.Load() != 1 || bs.aborts.Load() != 0 {
		t.Errorf("max in flight %d (want 2), %d single-part, %d completes, %d aborts", bs.maxIn, bs.single.Load(), bs.complete.Load(), bs.aborts.Load())
	}
}

// TestBlobsUploadChoosesByContent: a large payload goes multipart even
// when its size is unknown (the Python SDK measures it as 80 bytes), and
// content up to the part size (and 10 MB) in one request.
func TestBlobsUploadChoosesByContent(t *testing.T) {
	smallParts(t)
	for _, tc := range []struct {
		size, partSize, wantParts int
	}{
		{100, 0, 0},
		{testPart, testPart, 0},
		{testPart + 1, testPart, 2},
		{2 * testPart, testPart, 2},
		{BlobSinglePartMax + 1, 16 << 20, 1}, // above 10 MB: one part, multipart
	} {
		env := setup(t)
		bs := newBlobServer(t, env)
		data := testBytes(tc.size, uint64(tc.size))
		if _, err := env.client.Blobs.Upload(testCtx(t), "x.bin", hiddenSize{bytes.NewReader(data)}, &BlobUploadOptions{PartSize: tc.partSize}); err != nil {
			t.Fatalf("%d bytes: %v", tc.size, err)
		}
		single := int(bs.single.Load())
		if tc.wantParts == 0 && single != 1 || tc.wantParts > 0 && (single != 0 || len(bs.sizes()) != tc.wantParts) {
			t.Errorf("%d bytes (part size %d): %d single-part, parts %v; want %d parts", tc.size, tc.partSize, single, bs.sizes(), tc.wantParts)
		}
		if !bytes.Equal(bs.content(), data) {
			t.Errorf("%d bytes: the content differs", tc.size)
		}
	}
}

// countingReader counts the bytes read from it.
type countingReader struct {
	r io.Reader
	n atomic.Int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}

// TestBlobsUploadBoundedMemory: the reader is never more than
// Concurrency+1 parts ahead of the parts the server has acknowledged.
func TestBlobsUploadBoundedMemory(t *testing.T) {
	smallParts(t)
	env := setup(t)
	bs := newBlobServer(t, env)
	const conc, parts = 2, 8
	data := testBytes(parts*testPart, 3)
	cr := &countingReader{r: bytes.NewReader(data)}
	var done atomic.Int64
	bs.onPart = func(num int) int {
		ahead := cr.n.Load() - done.Load()*testPart
		if limit := int64(conc+1)*testPart + 1; ahead > limit {
			t.Errorf("part %d: the reader is %d bytes ahead of the acknowledged parts (limit %d)", num, ahead, limit)
		}
		time.Sleep(5 * time.Millisecond)
		done.Add(1)
		return 0
	}
	if _, err := env.client.Blobs.Upload(testCtx(t), "x.bin", cr, &BlobUploadOptions{PartSize: testPart, Concurrency: conc}); err != nil {
		t.Fatal(err)
	}
	if len(bs.sizes()) != parts {
		t.Errorf("%d parts", len(bs.sizes()))
	}
}

func TestBlobsUploadAbortsOnPartFailure(t *testing.T) {
	smallParts(t)
	env := setup(t)
	bs := newBlobServer(t, env)
	bs.onPart = func(num int) int {
		if num == 2 {
			return http.StatusBadRequest
		}
		return 0
	}
	data := testBytes(3*testPart, 4)
	_, err := env.client.Blobs.Upload(testCtx(t), "x.bin", bytes.NewReader(data), &BlobUploadOptions{PartSize: testPart, Concurrency: 1})
	var ue *BlobUploadError
	if !errors.As(err, &ue) || !ue.Aborted || ue.BlobID != testBlobID || !errors.Is(err, ErrBadRequest) || !strings.Contains(err.Error(), "part 2") {
		t.Fatalf("Upload error = %v, want an aborted *BlobUploadError for part 2", err)
	}
	if bs.aborts.Load() != 1 || bs.complete.Load() != 0 {
		t.Errorf("%d aborts, %d completes", bs.aborts.Load(), bs.complete.Load())
	}
}

// TestBlobsUploadAbortsOnCancel: a cancelled upload is still aborted, on
// a context of its own.
func TestBlobsUploadAbortsOnCancel(t *testing.T) {
	smallParts(t)
	env := setup(t)
	bs := newBlobServer(t, env)
	ctx, cancel := context.WithCancel(testCtx(t))
	release := make(chan struct{})
	bs.onPart = func(num int) int {
		if num == 1 {
			cancel()
			select {
			case <-release:
			case <-time.After(5 * time.Second):
			}
		}
		return 0
	}
	data := testBytes(2*testPart+1, 5)
	_, err := env.client.Blobs.Upload(ctx, "x.bin", bytes.NewReader(data), &BlobUploadOptions{PartSize: testPart, Concurrency: 1})
	close(release)
	var ue *BlobUploadError
	if !errors.As(err, &ue) || !ue.Aborted || !errors.Is(err, context.Canceled) {
		t.Fatalf("Upload error = %v, want an aborted *BlobUploadError matching context.Canceled", err)
	}
	if bs.aborts.Load() != 1 || bs.complete.Load() != 0 {
		t.Errorf("%d aborts, %d completes", bs.aborts.Load(), bs.complete.Load())
	}
}

// failingReader yields n bytes, then fails.
type failingReader struct {
	n   int
	err error
}

func (f *failingReader) Read(p []byte) (int, error) {
	if f.n == 0 {
		return 0, f.err
	}
	k := min(len(p), f.n)
	f.n -= k
	return k, nil
}

func TestBlobsUploadReadError(t *testing.T) {
	smallParts(t)
	boom := errors.New("disk on fire")
	// Before anything is sent: no blob, nothing to abort.
	env := setup(t)
	env.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { t.Errorf("unexpected %s %s", r.Method, r.URL) })
	if _, err := env.client.Blobs.Upload(testCtx(t), "x", &failingReader{n: 10, err: boom}, nil); !errors.Is(err, boom) {
		t.Errorf("Upload error = %v, want the reader's", err)
	}
	// After the upload started: aborted.
	env = setup(t)
	bs := newBlobServer(t, env)
	_, err := env.client.Blobs.Upload(testCtx(t), "x", &failingReader{n: testPart + 10, err: boom}, &BlobUploadOptions{PartSize: testPart})
	var ue *BlobUploadError
	if !errors.As(err, &ue) || !ue.Aborted || !errors.Is(err, boom) || bs.aborts.Load() != 1 {
		t.Errorf("Upload error = %v (%d aborts), want an aborted upload wrapping the reader's error", err, bs.aborts.Load())
	}
}

func TestBlobsUploadAbortFails(t *testing.T) {
	smallParts(t)
	env := setup(t)
	env.mux.HandleFunc("POST /blobs:start-multipart-upload", serveJSON(t, http.MethodPost, http.StatusOK, fmt.Sprintf(blobJSON, testBlobID, "IN_PROGRESS")))
	env.mux.HandleFunc("POST /blobs/"+testBlobID+"/parts", serveJSON(t, http.MethodPost, http.StatusBadRequest,
		`{"error": {"type": "invalid_request_error", "message": "nope", "userMessage": "nope"}}`))
	env.mux.HandleFunc("POST /blobs/"+testBlobID+":abort-upload", serveJSON(t, http.MethodPost, http.StatusBadRequest,
		`{"error": {"type": "invalid_request_error", "message": "cannot abort", "userMessage": "cannot abort"}}`))
	_, err := env.client.Blobs.Upload(testCtx(t), "x", bytes.NewReader(testBytes(testPart+1, 6)), &BlobUploadOptions{PartSize: testPart})
	var ue *BlobUploadError
	if !errors.As(err, &ue) || ue.Aborted || ue.AbortErr == nil || !strings.Contains(err.Error(), "cannot abort") {
		t.Fatalf("Upload error = %v, want a *BlobUploadError whose abort failed", err)
	}
}

func TestBlobsUploadTooManyParts(t *testing.T) {
	smallParts(t)
	old := blobMaxParts
	blobMaxParts = 2
	t.Cleanup(func() { blobMaxParts = old })
	env := setup(t)
	bs := newBlobServer(t, env)
	_, err := env.client.Blobs.Upload(testCtx(t), "x", bytes.NewReader(testBytes(2*testPart+1, 8)), &BlobUploadOptions{PartSize: testPart})
	var ue *BlobUploadError
	if !errors.As(err, &ue) || !strings.Contains(err.Error(), "more than 2 parts") || bs.aborts.Load() != 1 || bs.complete.Load() != 0 {
		t.Fatalf("Upload error = %v (%d aborts)", err, bs.aborts.Load())
	}
}

// TestBlobsUploadRetriesParts: with retries on, a part answered 503 is
// sent again (a part upload is idempotent), while starting the upload,
// which would create a second blob, is not.
func TestBlobsUploadRetriesParts(t *testing.T) {
	smallParts(t)
	env := setup(t, WithRetryPolicy(RetryPolicy{MaxRetries: 2, MinBackoff: time.Millisecond, MaxBackoff: time.Millisecond}))
	bs := newBlobServer(t, env)
	var tries atomic.Int32
	bs.onPart = func(num int) int {
		if num == 1 && tries.Add(1) == 1 {
			return http.StatusServiceUnavailable
		}
		return 0
	}
	data := testBytes(testPart+5, 9)
	if _, err := env.client.Blobs.Upload(testCtx(t), "x", bytes.NewReader(data), &BlobUploadOptions{PartSize: testPart}); err != nil {
		t.Fatal(err)
	}
	if tries.Load() != 2 || !bytes.Equal(bs.content(), data) {
		t.Errorf("part 1 sent %d times; content ok %v", tries.Load(), bytes.Equal(bs.content(), data))
	}

	env = setup(t, WithRetryPolicy(RetryPolicy{MaxRetries: 2, MinBackoff: time.Millisecond, MaxBackoff: time.Millisecond}))
	var starts atomic.Int32
	env.mux.HandleFunc("POST /blobs:start-multipart-upload", func(w http.ResponseWriter, r *http.Request) {
		starts.Add(1)
		serveJSON(t, http.MethodPost, http.StatusServiceUnavailable, `{"error": {"type": "server_error", "message": "busy", "userMessage": "busy"}}`)(w, r)
	})
	_, err := env.client.Blobs.Upload(testCtx(t), "x", bytes.NewReader(data), &BlobUploadOptions{PartSize: testPart})
	if err == nil || starts.Load() != 1 {
		t.Errorf("Upload = %v after %d starts; want an error after one", err, starts.Load())
	}
}

// TestBlobsUploadCompleteOutcomeUnknown: the connection drops while
// completing; the blob turns out COMPLETE, and Upload reports success.
func TestBlobsUploadCompleteOutcomeUnknown(t *testing.T) {
	smallParts(t)
	env := setupRaw(t)
	bs := newBlobServer(t, env)
	bs.onComplete = func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.Copy(io.Discard, r.Body)
		conn, _, err := w.(http.Hijacker).Hijack()
		if err == nil {
			conn.Close() // the upload completed, the answer is lost
		}
	}
	env.mux.HandleFunc("GET /blobs/"+testBlobID, serveJSON(t, http.MethodGet, http.StatusOK, fmt.Sprintf(blobJSON, testBlobID, "COMPLETE")))
	b, err := env.client.Blobs.Upload(testCtx(t), "x", bytes.NewReader(testBytes(testPart+1, 10)), &BlobUploadOptions{PartSize: testPart})
	if err != nil || b.UploadStatus != BlobUploadStatusComplete || bs.aborts.Load() != 0 {
		t.Fatalf("Upload = %+v, %v (%d aborts)", b, err, bs.aborts.Load())
	}
}

func TestBlobsUploadBadInput(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { t.Errorf("unexpected %s %s", r.Method, r.URL) })
	s, ctx := env.client.Blobs, testCtx(t)
	for name, call := range map[string]func() error{
		"nil reader": func() error { _, err := s.Upload(ctx, "x", nil, nil); return err },
		"small parts": func() error {
			_, err := s.Upload(ctx, "x", strings.NewReader("a"), &BlobUploadOptions{PartSize: 1 << 20})
			return err
		},
		"huge parts": func() error {
			_, err := s.Upload(ctx, "x", strings.NewReader("a"), &BlobUploadOptions{PartSize: 1 << 30})
			return err
		},
		"negative workers": func() error {
			_, err := s.Upload(ctx, "x", strings.NewReader("a"), &BlobUploadOptions{Concurrency: -1})
			return err
		},
		//lint:ignore SA1012 a nil context is what is tested
		"nil context": func() error { _, err := s.Upload(nil, "x", strings.NewReader("a"), nil); return err },
		"nil writer":  func() error { _, err := s.Download(ctx, testBlobID, nil); return err },
	} {
		if err := call(); err == nil || !strings.HasPrefix(err.Error(), "benchling: ") {
			t.Errorf("%s: err = %v", name, err)
		}
	}
}

// TestJSONStream reads a streamed body in pieces of every size and checks
// it is the JSON encoding/json would write, again after a rewind.
func TestJSONStream(t *testing.T) {
	for _, size := range []int{0, 1, 2, 3, 4, jsonStreamChunk - 1, jsonStreamChunk, jsonStreamChunk + 1, 3*jsonStreamChunk + 2} {
		data := testBytes(size, uint64(size))
		tail := struct {
			MD5        string `json:"md5"`
			PartNumber int    `json:"partNumber"`
		}{md5Hex(data), 7}
		js, err := newJSONStream(data, tail)
		if err != nil {
			t.Fatal(err)
		}
		want, _ := json.Marshal(struct {
			Data64     string `json:"data64"`
			MD5        string `json:"md5"`
			PartNumber int    `json:"partNumber"`
		}{base64.StdEncoding.EncodeToString(data), tail.MD5, 7})
		if js.size != int64(len(want)) || js.Len() != len(want) {
			t.Errorf("size %d: size %d, Len %d, want %d", size, js.size, js.Len(), len(want))
		}
		for _, step := range []int{1, 3, 7, 4096, 1 << 20} {
			if _, err := js.Seek(0, io.SeekStart); err != nil {
				t.Fatal(err)
			}
			var got bytes.Buffer
			buf := make([]byte, step)
			for {
				n, err := js.Read(buf)
				got.Write(buf[:n])
				if err == io.EOF {
					break
				}
				if err != nil {
					t.Fatal(err)
				}
			}
			if !bytes.Equal(got.Bytes(), want) {
				t.Errorf("size %d, reads of %d: the body differs", size, step)
			}
		}
	}
}

// TestBlobsDownloadNoCredential: the pre-signed URL is on the API's own
// host (as a careless server might hand out); the SDK still sends no
// credential to it, and the signature never shows in an error.
func TestBlobsDownloadNoCredential(t *testing.T) {
	env := setupRaw(t) // the storage path below is no API operation
	content := testBytes(100_000, 11)
	env.mux.HandleFunc("GET /blobs/"+testBlobID+"/download-url", func(w http.ResponseWriter, r *http.Request) {
		serveJSON(t, http.MethodGet, http.StatusOK, fmt.Sprintf(`{"downloadURL": "%s/api/v2/storage/blob?X-Amz-Signature=s3cr3tsig", "expiresAt": 1}`, env.server.URL))(w, r)
	})
	var calls atomic.Int32
	env.mux.HandleFunc("GET /storage/blob", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "" {
			t.Errorf("the pre-signed URL received an Authorization header")
		}
		if calls.Add(1) == 2 {
			w.WriteHeader(http.StatusForbidden)
			_, _ = io.WriteString(w, "<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>")
			return
		}
		_, _ = w.Write(content)
	})
	var got bytes.Buffer
	if n, err := env.client.Blobs.Download(testCtx(t), testBlobID, &got); err != nil || n != int64(len(content)) || !bytes.Equal(got.Bytes(), content) {
		t.Fatalf("Download = %d, %v", n, err)
	}
	// The second storage request answers 403, the third (with a new URL)
	// works: an expired URL is replaced once.
	got.Reset()
	if _, err := env.client.Blobs.Download(testCtx(t), testBlobID, &got); err != nil || !bytes.Equal(got.Bytes(), content) || calls.Load() != 3 {
		t.Fatalf("Download after an expired URL = %v (%d storage requests)", err, calls.Load())
	}
}

// TestBlobsDownloadResumes: the storage drops the connection midway; the
// download resumes with a Range request, and the error of a storage that
// keeps refusing never shows the URL's signature.
func TestBlobsDownloadResumes(t *testing.T) {
	env := setup(t, WithRetryPolicy(RetryPolicy{MaxRetries: 3, MinBackoff: time.Millisecond, MaxBackoff: time.Millisecond}))
	content := testBytes(300_000, 12)
	var calls atomic.Int32
	var ranges []string
	var mu sync.Mutex
	s3 := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		ranges = append(ranges, r.Header.Get("Range"))
		mu.Unlock()
		if calls.Add(1) == 1 {
			w.Header().Set("Content-Length", fmt.Sprint(len(content)))
			_, _ = w.Write(content[:100_000])
			w.(http.Flusher).Flush()
			conn, _, _ := w.(http.Hijacker).Hijack()
			conn.Close()
			return
		}
		http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(content))
	}))
	t.Cleanup(s3.Close)
	url := s3.URL + "/bucket/blob?X-Amz-Signature=s3cr3tsig"
	env.mux.HandleFunc("GET /blobs/"+testBlobID+"/download-url", serveJSON(t, http.MethodGet, http.StatusOK, fmt.Sprintf(`{"downloadURL": %q, "expiresAt": 1}`, url)))
	var got bytes.Buffer
	n, err := env.client.Blobs.Download(testCtx(t), testBlobID, &got)
	if err != nil || n != int64(len(content)) || !bytes.Equal(got.Bytes(), content) {
		t.Fatalf("Download = %d, %v", n, err)
	}
	if diff := cmp.Diff([]string{"", "bytes=100000-"}, ranges); diff != "" {
		t.Errorf("Range headers (-want +got):\n%s", diff)
	}

	s3.Config.Handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/xml")
		w.WriteHeader(http.StatusForbidden)
		_, _ = io.WriteString(w, `<?xml version="1.0"?><Error><Code>SignatureDoesNotMatch</Code><Message>bad signature</Message></Error>`)
	})
	_, err = env.client.Blobs.Download(testCtx(t), testBlobID, io.Discard)
	var se *StorageError
	if !errors.As(err, &se) || se.Code != "SignatureDoesNotMatch" || !errors.Is(err, ErrForbidden) || strings.Contains(err.Error(), "s3cr3tsig") {
		t.Errorf("Download error = %v, want a 403 *StorageError without the signature", err)
	}
}
