package benchlingtest

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"html"
	"io"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"
)

// The tenant's cloud storage: a stand-in for the S3 bucket behind
// Benchling's pre-signed URLs (blob downloads, file and data frame
// uploads and downloads, exports), served by a second loopback server on
// its own port, so it is another host than the API, as S3 is.
//
// A pre-signed URL names an object and carries an expiry and an HMAC
// signature (X-Amz-* query parameters, as S3's do); the storage server
// answers only requests whose signature matches their method, object and
// expiry, before the expiry (the request clock), and, like S3, refuses a
// request that also carries an Authorization header. Every request is
// logged (StorageRequests), so tests can check that a client never sends
// its Benchling credential there. Errors are S3's XML error bodies.
//
// Objects are stored once, as the segments they arrived in (a blob's
// parts), never copied or modified; downloads stream them and honour
// Range requests (http.ServeContent).

// object is a stored object: its content in segments, never modified.
type object struct {
	segs  [][]byte
	offs  []int64 // offs[i] is where segs[i] starts
	size  int64
	ctype string
	name  string // file name for Content-Disposition
}

func newObject(ctype, name string, segs ...[]byte) *object {
	o := &object{segs: segs, offs: make([]int64, len(segs)), ctype: ctype, name: name}
	for i, s := range segs {
		o.offs[i] = o.size
		o.size += int64(len(s))
	}
	return o
}

// ReadAt reads the object's bytes at off (io.ReaderAt).
func (o *object) ReadAt(p []byte, off int64) (int, error) {
	if off >= o.size {
		return 0, io.EOF
	}
	i := sort.Search(len(o.offs), func(i int) bool { return o.offs[i] > off }) - 1
	n := 0
	for n < len(p) && i < len(o.segs) {
		k := copy(p[n:], o.segs[i][off+int64(n)-o.offs[i]:])
		n += k
		if off+int64(n) >= o.offs[i]+int64(len(o.segs[i])) {
			i++
		}
	}
	if n < len(p) {
		return n, io.EOF
	}
	return n, nil
}

// bytes returns the object's content in one slice (for small objects the
// fake reads itself: CSVs, conversions).
func (o *object) bytes() []byte {
	if len(o.segs) == 1 {
		return o.segs[0]
	}
	b := make([]byte, 0, o.size)
	for _, s := range o.segs {
		b = append(b, s...)
	}
	return b
}

// putTarget is an object key a pre-signed PUT may write.
type putTarget struct {
	maxSize int64 // the most bytes the object may hold
	sse     bool  // x-amz-server-side-encryption: AES256 is required
	ctype   string
	name    string
}

// StorageRequest is one request the storage server received.
type StorageRequest struct {
	// Method is the HTTP method.
	Method string
	// Path is the object's path on the storage server.
	Path string
	// Authorization reports whether the request carried an Authorization
	// header: a client must never send one (its Benchling credential)
	// to a pre-signed URL. The server refuses such requests with 400.
	Authorization bool
	// Status is the status the server answered with (0 while the request
	// is being served).
	Status int
}

// StorageRequests returns the requests the storage server (the host of
// the pre-signed URLs) has received so far, oldest first.
func (s *Server) StorageRequests() []StorageRequest {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]StorageRequest(nil), s.storageLog...)
}

// storageTTL is how long the pre-signed URLs of data frames, files and
// exports stay valid: an hour, as the spec says of data frame and file
// URLs.
const storageTTL = time.Hour

// presign returns a pre-signed URL for method on the object key, valid
// for ttl from the request clock, and its expiry.
func (c *call) presign(method, key string, ttl time.Duration) (string, time.Time) {
	now := c.s.requestNow().UTC()
	date := now.Format("20060102T150405Z")
	secs := strconv.Itoa(int(ttl / time.Second))
	p := "/" + escapeKey(key)
	q := url.Values{
		"X-Amz-Algorithm":     {"AWS4-HMAC-SHA256"},
		"X-Amz-Credential":    {"BENCHLINGTEST/" + now.Format("20060102") + "/us-east-1/s3/aws4_request"},
		"X-Amz-Date":          {date},
		"X-Amz-Expires":       {secs},
		"X-Amz-SignedHeaders": {"host"},
		"X-Amz-Signature":     {c.st.sign(method, p, date, secs)},
	}
	return c.st.storageBase + p + "?" + q.Encode(), now.Add(ttl)
}

// escapeKey escapes each segment of an object key.
func escapeKey(key string) string {
	segs := strings.Split(key, "/")
	for i, s := range segs {
		segs[i] = url.PathEscape(s)
	}
	return strings.Join(segs, "/")
}

// sign is the signature of a pre-signed request: an HMAC of its method
// (HEAD is signed as GET), escaped path, date and lifetime.
func (st *store) sign(method, escapedPath, date, secs string) string {
	if method == http.MethodHead {
		method = http.MethodGet
	}
	m := hmac.New(sha256.New, st.signKey)
	fmt.Fprintf(m, "%s\n%s\n%s\n%s", method, escapedPath, date, secs)
	return hex.EncodeToString(m.Sum(nil))
}

// storageError writes an S3-style XML error.
func storageError(w http.ResponseWriter, status int, code, msg string) {
	w.Header().Set("Content-Type", "application/xml")
	w.WriteHeader(status)
	fmt.Fprintf(w, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>%s</Code><Message>%s</Message><RequestId>BENCHLINGTEST</RequestId></Error>",
		code, html.EscapeString(msg))
}

// serveStorage is the storage server's handler.
func (s *Server) serveStorage(w http.ResponseWriter, r *http.Request) {
	rec := &statusRecorder{ResponseWriter: w}
	// Logged before it is answered (a client may have read the whole answer
	// before the handler returns), its status once it is.
	s.mu.Lock()
	idx := len(s.storageLog)
	s.storageLog = append(s.storageLog, StorageRequest{Method: r.Method, Path: r.URL.Path,
		Authorization: r.Header.Get("Authorization") != ""})
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		if idx < len(s.storageLog) {
			s.storageLog[idx].Status = rec.status
		}
		s.mu.Unlock()
	}()
	if r.Header.Get("Authorization") != "" {
		storageError(rec, http.StatusBadRequest, "InvalidArgument",
			"Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, Signature query string parameter or the Authorization header should be specified")
		return
	}
	key, ok := s.checkSignature(rec, r)
	if !ok {
		return
	}
	switch r.Method {
	case http.MethodGet, http.MethodHead:
		s.mu.Lock()
		o := s.st.objects[key]
		s.mu.Unlock()
		if o == nil {
			storageError(rec, http.StatusNotFound, "NoSuchKey", "The specified key does not exist.")
			return
		}
		rec.Header().Set("Content-Type", o.ctype)
		if o.name != "" {
			rec.Header().Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", o.name))
		}
		http.ServeContent(rec, r, "", time.Time{}, io.NewSectionReader(o, 0, o.size))
	case http.MethodPut:
		s.storagePut(rec, r, key)
	default:
		storageError(rec, http.StatusMethodNotAllowed, "MethodNotAllowed", "The specified method is not allowed against this resource.")
	}
}

// checkSignature checks a request's pre-signature and expiry and returns
// its object key.
func (s *Server) checkSignature(w http.ResponseWriter, r *http.Request) (string, bool) {
	q := r.URL.Query()
	date, secs, sig := q.Get("X-Amz-Date"), q.Get("X-Amz-Expires"), q.Get("X-Amz-Signature")
	if sig == "" || date == "" || secs == "" {
		storageError(w, http.StatusForbidden, "AccessDenied", "Query-string authentication requires the X-Amz-Signature, X-Amz-Date and X-Amz-Expires parameters.")
		return "", false
	}
	escaped := r.URL.EscapedPath()
	s.mu.Lock()
	want := s.st.sign(r.Method, escaped, date, secs)
	now := s.requestNow()
	s.mu.Unlock()
	if !hmac.Equal([]byte(sig), []byte(want)) {
		storageError(w, http.StatusForbidden, "SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided.")
		return "", false
	}
	t, err := time.Parse("20060102T150405Z", date)
	n, err2 := strconv.Atoi(secs)
	if err != nil || err2 != nil || !now.Before(t.Add(time.Duration(n)*time.Second)) {
		storageError(w, http.StatusForbidden, "AccessDenied", "Request has expired")
		return "", false
	}
	key, err := url.PathUnescape(strings.TrimPrefix(escaped, "/"))
	if err != nil {
		storageError(w, http.StatusBadRequest, "InvalidURI", "Couldn't parse the specified URI.")
		return "", false
	}
	return key, true
}

// storagePut stores the body of a pre-signed PUT.
func (s *Server) storagePut(w http.ResponseWriter, r *http.Request, key string) {
	s.mu.Lock()
	tgt := s.st.puts[key]
	s.mu.Unlock()
	switch {
	case tgt == nil:
		storageError(w, http.StatusForbidden, "AccessDenied", "Access Denied")
		return
	case tgt.sse && r.Header.Get("x-amz-server-side-encryption") != "AES256":
		storageError(w, http.StatusForbidden, "AccessDenied", "Uploads must use server-side encryption: send x-amz-server-side-encryption: AES256.")
		return
	case r.ContentLength < 0:
		storageError(w, http.StatusLengthRequired, "MissingContentLength", "You must provide the Content-Length HTTP header.")
		return
	case r.ContentLength > tgt.maxSize:
		storageError(w, http.StatusBadRequest, "EntityTooLarge", fmt.Sprintf("Your proposed upload exceeds the maximum allowed size (%d bytes).", tgt.maxSize))
		return
	}
	b := make([]byte, r.ContentLength)
	if _, err := io.ReadFull(r.Body, b); err != nil {
		storageError(w, http.StatusBadRequest, "IncompleteBody", "You did not provide the number of bytes specified by the Content-Length HTTP header.")
		return
	}
	s.mu.Lock()
	s.st.objects[key] = newObject(tgt.ctype, tgt.name, b)
	s.mu.Unlock()
	w.Header().Set("ETag", fmt.Sprintf("%q", md5Hex(b)))
	w.WriteHeader(http.StatusOK)
}
