package benchling

import (
	"context"
	"crypto/md5"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sync"
	"time"
)

// Blob upload limits, from the spec's Blobs operations.
const (
	// BlobMinPartSize is the smallest part a multipart upload may have,
	// but for its last part: 5 MiB.
	BlobMinPartSize = 5 << 20
	// BlobMaxPartSize is the largest part Upload sends: 64 MiB, whose
	// request (base64 grows it by a third) stays well under Benchling's
	// 100 MB request limit.
	BlobMaxPartSize = 64 << 20
	// BlobDefaultPartSize is Upload's part size unless
	// BlobUploadOptions.PartSize says otherwise: 8 MiB, under the 10 MB
	// Benchling recommends.
	BlobDefaultPartSize = 8 << 20
	// BlobMaxParts is the most parts a multipart upload may have.
	BlobMaxParts = 10_000
	// BlobSinglePartMax is the most Upload sends in one request
	// (POST /blobs): Benchling asks for multipart uploads above 10 MB.
	BlobSinglePartMax = 10_000_000
	// BlobDefaultConcurrency is how many parts Upload sends at once
	// unless BlobUploadOptions.Concurrency says otherwise.
	BlobDefaultConcurrency = 4
)

// BlobUploadOptions tune Upload; nil or the zero value is fine.
type BlobUploadOptions struct {
	// Type is the blob's type; BlobTypeRawFile when empty.
	Type BlobType
	// MimeType is the blob's media type; Benchling's default,
	// application/octet-stream, when empty.
	MimeType string
	// PartSize is the size of each part of a multipart upload (the last
	// may be smaller), from BlobMinPartSize to BlobMaxPartSize; 0 means
	// BlobDefaultPartSize. A multipart upload has at most 10,000 parts,
	// so the part size bounds the blob: 8 MiB parts reach 80 GiB.
	PartSize int
	// Concurrency is how many parts are uploaded at once; 0 means
	// BlobDefaultConcurrency. Upload holds at most Concurrency+1 parts in
	// memory.
	Concurrency int
}

// BlobUploadError is Upload's error once a multipart upload has started:
// it names the blob and says whether the upload was aborted. It unwraps
// to the cause (errors.Is(err, context.Canceled) for a cancelled upload).
type BlobUploadError struct {
	// BlobID is the blob of the failed upload.
	BlobID string
	// Aborted reports that the upload was aborted: its parts are
	// discarded and the blob is ABORTED. When false, AbortErr says why the
	// abort failed; the blob then stays IN_PROGRESS.
	Aborted bool
	// AbortErr is the abort's error, when it failed.
	AbortErr error
	// Err is why the upload failed.
	Err error
}

// Error implements the error interface.
func (e *BlobUploadError) Error() string {
	state := "aborted"
	if !e.Aborted {
		state = fmt.Sprintf("the abort failed too (%v)", e.AbortErr)
	}
	return fmt.Sprintf("benchling: uploading blob %s failed, %s: %v", e.BlobID, state, e.Err)
}

// Unwrap returns the cause.
func (e *BlobUploadError) Unwrap() error { return e.Err }

// blobMaxParts and blobMinPart are BlobMaxParts and BlobMinPartSize,
// variables for tests (small parts keep the race detector's runs short).
var (
	blobMaxParts = BlobMaxParts
	blobMinPart  = BlobMinPartSize
)

// abortTimeout bounds the abort of a failed upload, which runs on a
// context of its own so that a cancelled upload is still aborted.
const abortTimeout = 30 * time.Second

// Upload uploads everything r yields as a new blob named name and returns
// the blob, COMPLETE. r may be of any size and any kind (a file, a pipe,
// an HTTP request body): Upload never measures it up front and never holds
// all of it. It reads at most one part ahead to choose: content of up to
// min(PartSize, 10 MB) goes in one request (POST /blobs); anything larger
// is a multipart upload, whose parts are read in turn, hashed (the hex
// MD5 Benchling checks), streamed base64-encoded without building the
// text, and sent Concurrency at a time, so that memory stays about
// (Concurrency+1) × PartSize (40 MiB with the defaults).
//
// A part upload replaces any part of the same number, so it is retried
// like a read (on 429, 502, 503, 504 and lost connections; see
// CreatePart). Starting the upload and the single-part request are not
// retried once they may have reached the server (each would create a
// second blob). If completing fails in a way that leaves the outcome
// unknown, Upload reads the blob to learn it, and completes again if the
// blob is still IN_PROGRESS.
//
// When a multipart upload fails, or ctx ends, Upload aborts it (on a
// context of its own, so that a cancelled upload is aborted too) and
// returns a *BlobUploadError naming the blob. Errors reading r are
// returned wrapped. r is not closed.
func (s *BlobsService) Upload(ctx context.Context, name string, r io.Reader, opts *BlobUploadOptions) (*Blob, error) {
	c := s.c()
	if err := c.ready(); err != nil {
		return nil, err
	}
	if ctx == nil {
		return nil, errors.New("benchling: Blobs.Upload: nil context")
	}
	if r == nil {
		return nil, errors.New("benchling: Blobs.Upload: the reader is nil")
	}
	var o BlobUploadOptions
	if opts != nil {
		o = *opts
	}
	if o.Type == "" {
		o.Type = BlobTypeRawFile
	}
	switch {
	case o.PartSize == 0:
		o.PartSize = BlobDefaultPartSize
	case o.PartSize < blobMinPart || o.PartSize > BlobMaxPartSize:
		return nil, fmt.Errorf("benchling: Blobs.Upload: PartSize %d is outside %d to %d bytes", o.PartSize, blobMinPart, BlobMaxPartSize)
	}
	switch {
	case o.Concurrency == 0:
		o.Concurrency = BlobDefaultConcurrency
	case o.Concurrency < 0:
		return nil, fmt.Errorf("benchling: Blobs.Upload: Concurrency %d is negative", o.Concurrency)
	}

	first, n, err := readFirstPart(r, o.PartSize)
	var next []byte // the byte read past a full first part
	switch {
	case errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF):
		err = nil
	case err != nil:
		return nil, fmt.Errorf("benchling: Blobs.Upload: reading the content: %w", err)
	default:
		var probe [1]byte
		m, perr := io.ReadFull(r, probe[:])
		switch {
		case m == 1:
			next = probe[:]
		case !errors.Is(perr, io.EOF):
			return nil, fmt.Errorf("benchling: Blobs.Upload: reading the content: %w", perr)
		}
	}
	if next == nil && n <= BlobSinglePartMax {
		return s.createStreamed(ctx, name, &o, first[:n])
	}
	return s.uploadMultipart(ctx, name, &o, r, first, n, next)
}

// readFirstPart reads up to size bytes of r into a buffer that starts
// small and grows (doubling) to size only as the content needs, so that
// a small blob does not cost a whole part buffer. It returns io.ReadFull's
// results; when the part is full, the buffer's length is size.
func readFirstPart(r io.Reader, size int) ([]byte, int, error) {
	buf := make([]byte, min(size, 64<<10))
	n := 0
	for {
		m, err := io.ReadFull(r, buf[n:])
		n += m
		if err != nil || len(buf) == size {
			return buf, n, err
		}
		grown := make([]byte, min(2*len(buf), size))
		copy(grown, buf[:n])
		buf = grown
	}
}

// createStreamed is Create for content held in memory, with the body
// streamed (see jsonStream).
func (s *BlobsService) createStreamed(ctx context.Context, name string, o *BlobUploadOptions, data []byte) (*Blob, error) {
	tail := struct {
		MD5      string   `json:"md5"`
		MimeType string   `json:"mimeType,omitempty"`
		Name     string   `json:"name"`
		Type     BlobType `json:"type"`
	}{md5Hex(data), o.MimeType, name, o.Type}
	body, err := newJSONStream(data, tail)
	if err != nil {
		return nil, err
	}
	b, _, err := callStream[Blob](ctx, s.c(), pathf("blobs"), body)
	return b, err
}

// uploadPart uploads one part, its body streamed.
func (s *BlobsService) uploadPart(ctx context.Context, blobID string, num int, data []byte) (*BlobPart, error) {
	body, err := newJSONStream(data, struct {
		MD5        string `json:"md5"`
		PartNumber int    `json:"partNumber"`
	}{md5Hex(data), num})
	if err != nil {
		return nil, err
	}
	p, _, err := callStream[BlobPart](ctx, s.c(), pathf("blobs/%s/parts", blobID).idempotent(), body)
	return p, err
}

// uploadMultipart runs a multipart upload: first[:n] is the first part
// (first is a part buffer), next the byte read after it, if any.
func (s *BlobsService) uploadMultipart(ctx context.Context, name string, o *BlobUploadOptions, r io.Reader, first []byte, n int, next []byte) (*Blob, error) {
	start := &BlobMultipartCreate{Name: name, Type: o.Type}
	if o.MimeType != "" {
		start.MimeType = &o.MimeType
	}
	blob, _, err := s.StartMultipartUpload(ctx, start)
	if err != nil {
		return nil, err
	}
	id := blob.ID
	if id == "" {
		return nil, &DecodeError{StatusCode: http.StatusOK, Method: http.MethodPost, Path: "/blobs:start-multipart-upload",
			Err: errors.New("the blob has no id")}
	}
	parts, err := s.sendParts(ctx, id, o, r, first, n, next)
	if err == nil {
		blob, err = s.complete(ctx, id, parts)
		if err == nil {
			return blob, nil
		}
	}
	actx, cancel := context.WithTimeout(context.WithoutCancel(ctx), abortTimeout)
	defer cancel()
	_, aerr := s.AbortUpload(actx, id)
	return nil, &BlobUploadError{BlobID: id, Aborted: aerr == nil, AbortErr: aerr, Err: err}
}

// sendParts reads the parts from r and uploads them, o.Concurrency at a
// time, with at most o.Concurrency+1 part buffers. It returns the parts
// in order, or the first error (after every upload under way ended).
func (s *BlobsService) sendParts(ctx context.Context, blobID string, o *BlobUploadOptions, r io.Reader, first []byte, firstN int, next []byte) ([]BlobPart, error) {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	type job struct {
		num int
		buf []byte // a part buffer
		n   int    // bytes of buf that are the part
	}
	var (
		mu     sync.Mutex
		parts  []BlobPart
		failed error
		wg     sync.WaitGroup
	)
	fail := func(err error) {
		mu.Lock()
		if failed == nil {
			failed = err
			cancel(err)
		}
		mu.Unlock()
	}
	free := make(chan []byte, o.Concurrency+1) // buffers back from the workers
	jobs := make(chan job)
	for range o.Concurrency {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if ctx.Err() == nil {
					p, err := s.uploadPart(ctx, blobID, j.num, j.buf[:j.n])
					switch {
					case err != nil:
						fail(fmt.Errorf("part %d: %w", j.num, err))
					case p.PartNumber != j.num || p.ETag == "":
						fail(&DecodeError{StatusCode: http.StatusOK, Method: http.MethodPost, Path: "/blobs/" + blobID + "/parts",
							Err: fmt.Errorf("part %d: the answer names part %d with eTag %q", j.num, p.PartNumber, p.ETag)})
					default:
						mu.Lock()
						parts[j.num-1] = *p
						mu.Unlock()
					}
				}
				free <- j.buf
			}
		}()
	}
	// Read the parts in turn and hand them out.
	allocated := 1
	buf, n := first, firstN
	var rerr error
	for num := 1; ; num++ {
		if num > blobMaxParts {
			fail(fmt.Errorf("the content needs more than %d parts of %d bytes; set a larger PartSize", blobMaxParts, o.PartSize))
			break
		}
		mu.Lock()
		parts = append(parts, BlobPart{})
		mu.Unlock()
		select {
		case jobs <- job{num: num, buf: buf, n: n}:
		case <-ctx.Done():
		}
		if ctx.Err() != nil || next == nil {
			break // failed, or that was the last part
		}
		// The next part's buffer: a free one, or a new one while fewer
		// than Concurrency+1 exist.
		select {
		case buf = <-free:
		default:
			if allocated <= o.Concurrency {
				buf = make([]byte, o.PartSize)
				allocated++
			} else {
				select {
				case buf = <-free:
				case <-ctx.Done():
				}
			}
		}
		if ctx.Err() != nil {
			break
		}
		buf[0] = next[0]
		m, err := io.ReadFull(r, buf[1:])
		n = 1 + m
		switch {
		case errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF):
			next = nil // this is the last part
		case err != nil:
			rerr = fmt.Errorf("reading the content: %w", err)
		default: // full: is there more?
			var probe [1]byte
			k, perr := io.ReadFull(r, probe[:])
			switch {
			case k == 1:
				next = probe[:]
			case errors.Is(perr, io.EOF):
				next = nil
			default:
				rerr = fmt.Errorf("reading the content: %w", perr)
			}
		}
		if rerr != nil {
			fail(rerr)
			break
		}
	}
	close(jobs)
	wg.Wait()
	switch {
	case failed != nil:
		return nil, failed
	case ctx.Err() != nil: // the caller's context ended
		return nil, context.Cause(ctx)
	}
	return parts, nil
}

// complete completes a multipart upload. An error that leaves the
// outcome unknown (no definite answer from the server) is resolved by
// reading the blob: COMPLETE is success, IN_PROGRESS is completed again.
func (s *BlobsService) complete(ctx context.Context, blobID string, parts []BlobPart) (*Blob, error) {
	blob, _, err := s.CompleteUpload(ctx, blobID, parts)
	for try := 0; err != nil && try < 2 && outcomeUnknown(ctx, err); try++ {
		b, _, gerr := s.Get(ctx, blobID, nil)
		switch {
		case gerr != nil:
			return nil, err
		case b.UploadStatus == BlobUploadStatusComplete:
			return b, nil
		case b.UploadStatus != BlobUploadStatusInProgress:
			return nil, err
		}
		blob, _, err = s.CompleteUpload(ctx, blobID, parts)
	}
	if err != nil {
		return nil, err
	}
	if blob.UploadStatus != "" && blob.UploadStatus != BlobUploadStatusComplete {
		return nil, &DecodeError{StatusCode: http.StatusOK, Method: http.MethodPost, Path: "/blobs/" + blobID + ":complete-upload",
			Err: fmt.Errorf("the completed blob is %s", blob.UploadStatus)}
	}
	return blob, nil
}

// outcomeUnknown reports an error after which a write may or may not have
// been carried out: anything but a definite answer of the server (an
// *Error other than a 5xx), while ctx lives.
func outcomeUnknown(ctx context.Context, err error) bool {
	if ctx.Err() != nil || errors.Is(err, ErrInvalidID) {
		return false
	}
	var ae *Error
	if errors.As(err, &ae) {
		return ae.StatusCode >= 500
	}
	var de *DecodeError
	return !errors.As(err, &de) || errors.Is(err, ErrOutcomeUnknown)
}

// Download streams the bytes of blob id into w and returns how many were
// written. It gets the blob's pre-signed download URL (one API request)
// and reads it without Benchling credentials; a connection lost midway
// resumes from the next byte, and a URL that expired meanwhile is
// replaced by a new one once. Nothing is buffered beyond io.Copy's
// buffer. A blob that is not COMPLETE is an error matching ErrBadRequest;
// an error writing to w ends the download.
func (s *BlobsService) Download(ctx context.Context, id string, w io.Writer) (int64, error) {
	c := s.c()
	if err := c.ready(); err != nil {
		return 0, err
	}
	if w == nil {
		return 0, errors.New("benchling: Blobs.Download: the writer is nil")
	}
	var written int64
	for try := 0; ; try++ {
		u, _, err := s.GetDownloadURL(ctx, id)
		if err != nil {
			return written, err
		}
		n, err := c.storageGet(ctx, u.DownloadURL, w, written)
		written += n
		if err == nil || try > 0 || !errors.Is(err, ErrForbidden) || ctx.Err() != nil {
			return written, err
		}
	}
}

// GetFile streams the bytes of blob id into w, as GET
// /blobs/{blob_id}/download returns them: Benchling answers with a
// redirect to a pre-signed URL, which the client follows without
// credentials. The client's per-attempt timeout covers the whole body, and
// a download cut short is not retried once part of it was written: use
// Download for large blobs. An unknown blob is an error matching
// ErrNotFound.
//
// Benchling API: GET /blobs/{blob_id}/download
func (s *BlobsService) GetFile(ctx context.Context, id string, w io.Writer) (*Response, error) {
	if err := s.c().ready(); err != nil {
		return nil, err
	}
	if w == nil {
		return nil, errors.New("benchling: Blobs.GetFile: the writer is nil")
	}
	return callRaw(ctx, s.c(), pathf("blobs/%s/download", id), w)
}

func md5Hex(b []byte) string {
	sum := md5.Sum(b)
	return hex.EncodeToString(sum[:])
}

// jsonStream is a JSON request body {"data64":"<base64 of data>", ...tail}
// that is encoded as it is read, never held as text: a blob's (or a
// part's) content goes to the wire through a small buffer. It can be
// read again from the start (Seek), for retries, and is safe for the
// transport to read while a retry rewinds it.
type jsonStream struct {
	mu   sync.Mutex
	head []byte // {"data64":"
	data []byte
	tail []byte // ", then the other properties and }
	size int64

	pos    int64  // bytes of the body read so far
	in     int    // bytes of data encoded so far
	buf    []byte // the text of the chunk of data encoded last
	bufLen int    // its length
	bufOff int    // how much of it was read
}

// jsonStreamChunk is how much content is encoded at a time.
const jsonStreamChunk = 48 << 10 // a multiple of 3

func newJSONStream(data []byte, rest any) (*jsonStream, error) {
	t, err := json.Marshal(rest)
	if err != nil || len(t) < 2 || t[0] != '{' {
		return nil, fmt.Errorf("benchling: encoding the request body: %v", err)
	}
	tail := append([]byte(`",`), t[1:]...)
	if len(t) == 2 { // {}
		tail = []byte(`"}`)
	}
	head := []byte(`{"data64":"`)
	return &jsonStream{head: head, data: data, tail: tail,
		size: int64(len(head) + base64.StdEncoding.EncodedLen(len(data)) + len(tail))}, nil
}

// Len is the number of bytes left to read.
func (j *jsonStream) Len() int {
	j.mu.Lock()
	defer j.mu.Unlock()
	return int(j.size - j.pos)
}

func (j *jsonStream) Read(p []byte) (int, error) {
	j.mu.Lock()
	defer j.mu.Unlock()
	encStart := int64(len(j.head))
	encEnd := encStart + int64(base64.StdEncoding.EncodedLen(len(j.data)))
	total := 0
	for len(p) > 0 && j.pos < j.size {
		var k int
		switch {
		case j.pos < encStart:
			k = copy(p, j.head[j.pos:])
		case j.pos < encEnd:
			if j.bufOff == j.bufLen {
				chunk := min(jsonStreamChunk, len(j.data)-j.in)
				if j.buf == nil {
					j.buf = make([]byte, base64.StdEncoding.EncodedLen(jsonStreamChunk))
				}
				base64.StdEncoding.Encode(j.buf, j.data[j.in:j.in+chunk])
				j.in += chunk
				j.bufLen, j.bufOff = base64.StdEncoding.EncodedLen(chunk), 0
			}
			k = copy(p, j.buf[j.bufOff:j.bufLen])
			j.bufOff += k
		default:
			k = copy(p, j.tail[j.pos-encEnd:])
		}
		j.pos += int64(k)
		total += k
		p = p[k:]
	}
	if total == 0 && len(p) > 0 {
		return 0, io.EOF
	}
	return total, nil
}

// Seek rewinds the body; only Seek(0, io.SeekStart) is supported (and
// Seek(0, io.SeekCurrent), which reports the position).
func (j *jsonStream) Seek(offset int64, whence int) (int64, error) {
	j.mu.Lock()
	defer j.mu.Unlock()
	switch {
	case offset == 0 && whence == io.SeekStart:
		j.pos, j.in, j.bufLen, j.bufOff = 0, 0, 0, 0
		return 0, nil
	case offset == 0 && whence == io.SeekCurrent:
		return j.pos, nil
	}
	return 0, errors.New("benchling: the request body can only be rewound to its start")
}

// Close implements io.Closer.
func (j *jsonStream) Close() error { return nil }

// clone returns a new reader of the same body from its start.
func (j *jsonStream) clone() *jsonStream {
	return &jsonStream{head: j.head, data: j.data, tail: j.tail, size: j.size}
}

// callStream sends a POST to r with a streamed JSON body and decodes the
// JSON answer into a new T. The body is an io.ReadSeeker, which the
// retries rewind instead of copying it.
func callStream[T any](ctx context.Context, c *Client, r route, body *jsonStream) (*T, *Response, error) {
	req, err := c.newRequest(ctx, http.MethodPost, r, nil, nil)
	if err != nil {
		return nil, nil, err
	}
	req.Body = body
	req.ContentLength = body.size
	req.GetBody = func() (io.ReadCloser, error) { return body.clone(), nil }
	req.Header.Set("Content-Type", "application/json")
	v := new(T)
	resp, err := c.do(req, v)
	if err != nil {
		return nil, resp, err
	}
	return v, resp, nil
}
