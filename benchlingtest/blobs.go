package benchlingtest

import (
	"bytes"
	"crypto/md5"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"io"
	"maps"
	"net/http"
	"slices"
	"strings"
	"time"
)

// The Blobs tag: /blobs, with Benchling's (S3's) multipart semantics.
//
//   - POST /blobs stores a blob in one request: data64 is decoded and its
//     MD5 must be the md5 given (hex), else 400.
//   - A multipart upload starts IN_PROGRESS; each part (1 to 10,000) is
//     checked the same way and answered with its ETag (the quoted MD5); a
//     part number uploaded again replaces the part. Completing takes the
//     parts' numbers and ETags, in ascending order, every part but the
//     last at least 5 MiB (S3's InvalidPartOrder, InvalidPart and
//     EntityTooSmall are 400s); it assembles the listed parts, without
//     copying them, into the blob (COMPLETE) and discards the others.
//     Aborting discards the parts (ABORTED). Parts and completion of an
//     upload that is not IN_PROGRESS are 400s.
//   - GET /blobs/{id}/download-url answers a pre-signed URL of the
//     storage server (see storage.go), valid for 15 minutes; GET
//     /blobs/{id}/download redirects (302) to one, as Benchling does, or,
//     with WithDirectBlobDownloads, answers 200 with the bytes (the
//     spec declares both). A blob that is not COMPLETE is a 400.
//
// The costly part of an upload (decoding the base64, hashing it) runs
// before the server's lock is taken, so parts sent concurrently are
// decoded concurrently.

var blobs = &resource{
	path: "blobs", noun: "Blob", prefix: "", listKey: "blobs",
	doc:     map[string]any{"id": "", "mimeType": "application/octet-stream", "name": "", "type": "RAW_FILE", "uploadStatus": "IN_PROGRESS"},
	get:     true,
	bulkGet: &bulkGetOp{params: []bulkGetParam{{"blobIds", "id"}}},
}

// blobRoutes are the blob operations the engine does not serve.
var blobRoutes = []route{
	withPrep(newRoute("POST", "/blobs", createBlob), prepBlobContent(blobCreateSchema)),
	newRoute("POST", "/blobs:start-multipart-upload", startMultipartBlob),
	withPrep(newRoute("POST", "/blobs/{blob_id}/parts", createBlobPart), prepBlobContent(blobPartSchema)),
	newRoute("POST", "/blobs/{blob_id}:complete-upload", completeMultipartBlob),
	newRoute("POST", "/blobs/{blob_id}:abort-upload", abortMultipartBlob),
	newRoute("GET", "/blobs/{blob_id}/download-url", getBlobURL),
	newRoute("GET", "/blobs/{blob_id}/download", getBlobFile),
}

func withPrep(r route, prep func(*call) *httpError) route {
	r.prep = prep
	return r
}

var (
	blobCreateSchema    = body("data64:string! md5:string! mimeType:string name:string! type:string!")
	blobMultipartSchema = body("mimeType:string name:string! type:string!")
	blobPartSchema      = body("data64:string! md5:string! partNumber:integer!")
	blobCompleteSchema  = body("parts:[]object")
)

// blobMinPart is the least a part other than the last may hold (S3's 5
// MiB).
const blobMinPart = 5 << 20

// blobDownloadTTL is how long a blob's download URL stays valid.
const blobDownloadTTL = 15 * time.Minute

// blobContent is what prep makes of a body with data64 and md5.
type blobContent struct {
	body map[string]any // the body without data64
	data []byte
	md5  string
}

func md5Hex(b []byte) string {
	sum := md5.Sum(b)
	return hex.EncodeToString(sum[:])
}

// prepBlobContent decodes and checks a body carrying data64 and md5,
// before the lock.
func prepBlobContent(schema *bodySchema) func(c *call) *httpError {
	return func(c *call) *httpError {
		// The data64 text is most of the body: it is taken out before the
		// rest is decoded and checked, and decoded from the body's bytes
		// (an escaped one, which no encoder needs, takes the slow way).
		text, rest, fast := splitData64(c.body)
		if fast {
			c.body = rest
		}
		in, herr := c.decodeBody(schema)
		if herr != nil {
			return herr
		}
		if fast {
			in["data64"] = "-" // present: the check below is about the others
		}
		probe := maps.Clone(in)
		if probe["data64"] == "" {
			probe["data64"] = "-" // an empty blob's data64 is present, not missing
		}
		if msg := schema.missing(probe); msg != "" {
			return badRequest("%s.", msg)
		}
		var data []byte
		var err error
		if fast {
			data = make([]byte, base64.StdEncoding.DecodedLen(len(text)))
			var n int
			n, err = base64.StdEncoding.Decode(data, text)
			data = data[:n]
		} else {
			data, err = base64.StdEncoding.DecodeString(strAt(in, "data64"))
		}
		if err != nil {
			return badRequest("data64 is not valid base64: %v.", err)
		}
		sum := md5Hex(data)
		if !strings.EqualFold(strAt(in, "md5"), sum) {
			return badRequest("The MD5 hash %q does not match the data (the MD5 of the raw bytes, hex-encoded, is expected).", strAt(in, "md5"))
		}
		delete(in, "data64")
		delete(in, "md5")
		c.prepped = &blobContent{body: in, data: data, md5: sum}
		return nil
	}
}

// splitData64 finds the string value of the top-level "data64" property
// of a JSON object and returns it (without quotes) and the body with the
// property removed, or ok false when there is none, or when it holds an
// escape (then the body is decoded the usual way).
func splitData64(b []byte) (text, rest []byte, ok bool) {
	depth, keyStart := 0, -1
	inStr, esc := false, false
	for i := 0; i < len(b); i++ {
		ch := b[i]
		if inStr {
			switch {
			case esc:
				esc = false
			case ch == '\\':
				esc = true
			case ch == '"':
				inStr = false
				if depth == 1 && keyStart >= 0 && string(b[keyStart:i]) == "data64" {
					return valueAfterKey(b, keyStart-1, i+1)
				}
				keyStart = -1
			}
			continue
		}
		switch ch {
		case '"':
			inStr = true
			if depth == 1 && isKeyPosition(b, i) {
				keyStart = i + 1
			}
		case '{', '[':
			depth++
		case '}', ']':
			depth--
		}
	}
	return nil, nil, false
}

// isKeyPosition reports whether the string starting at b[i] is an object
// key: the previous significant byte is '{' or ','.
func isKeyPosition(b []byte, i int) bool {
	for j := i - 1; j >= 0; j-- {
		switch b[j] {
		case ' ', '\t', '\n', '\r':
			continue
		case '{', ',':
			return true
		}
		return false
	}
	return false
}

// valueAfterKey returns the string value of the key whose quote opens at
// keyOpen and whose closing quote ends before after, and the body without
// the property.
func valueAfterKey(b []byte, keyOpen, after int) ([]byte, []byte, bool) {
	i := after
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	if i >= len(b) || b[i] != ':' {
		return nil, nil, false
	}
	i++
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	if i >= len(b) || b[i] != '"' {
		return nil, nil, false
	}
	start := i + 1
	end := bytes.IndexByte(b[start:], '"')
	if end < 0 || bytes.IndexByte(b[start:start+end], '\\') >= 0 {
		return nil, nil, false
	}
	end += start
	// Cut the property and one comma next to it.
	cutFrom, cutTo := keyOpen, end+1
	j := cutTo
	for j < len(b) && (b[j] == ' ' || b[j] == '\t' || b[j] == '\n' || b[j] == '\r') {
		j++
	}
	if j < len(b) && b[j] == ',' {
		cutTo = j + 1
	} else {
		k := cutFrom - 1
		for k >= 0 && (b[k] == ' ' || b[k] == '\t' || b[k] == '\n' || b[k] == '\r') {
			k--
		}
		if k >= 0 && b[k] == ',' {
			cutFrom = k
		}
	}
	rest := make([]byte, 0, len(b)-(cutTo-cutFrom))
	rest = append(append(rest, b[:cutFrom]...), b[cutTo:]...)
	return b[start:end], rest, true
}

// blobPart is an uploaded part of a multipart upload.
type blobPart struct {
	data []byte
	etag string
}

// checkBlobMeta checks the name, type and mimeType of a new blob.
func checkBlobMeta(in map[string]any) *httpError {
	switch {
	case strings.TrimSpace(strAt(in, "name")) == "":
		return badRequest("name must not be empty.")
	case len(strAt(in, "name")) > 1000:
		return badRequest("name is longer than 1000 characters.")
	case len(strAt(in, "mimeType")) > 100:
		return badRequest("mimeType is longer than 100 characters.")
	case !slices.Contains([]string{"RAW_FILE", "VISUALIZATION"}, strAt(in, "type")):
		return badRequest("Invalid type %q: use RAW_FILE or VISUALIZATION.", strAt(in, "type"))
	}
	return nil
}

// newBlob stores a new blob document; its ID is a UUID, as Benchling's.
func (st *store) newBlob(in map[string]any, status string) *item {
	d := map[string]any{"id": newUUID(st.rng), "mimeType": "application/octet-stream", "name": strAt(in, "name"),
		"type": strAt(in, "type"), "uploadStatus": status}
	if m := strAt(in, "mimeType"); m != "" {
		d["mimeType"] = m
	}
	t := st.now()
	it := &item{seq: st.nextSeq(), created: t, modified: t, doc: d, lname: strings.ToLower(strAt(d, "name"))}
	st.coll("blobs").add(it)
	return it
}

// setBlobStatus replaces a blob's upload status (documents are never
// modified in place).
func setBlobStatus(it *item, status string, now time.Time) {
	d := make(map[string]any, len(it.doc))
	for k, v := range it.doc {
		d[k] = v
	}
	d["uploadStatus"] = status
	it.doc, it.modified = d, now
}

func blobKey(id string) string { return "blobs/" + id }

func createBlob(c *call) (int, any, *httpError) {
	bc := c.prepped.(*blobContent)
	if herr := checkBlobMeta(bc.body); herr != nil {
		return 0, nil, herr
	}
	it := c.st.newBlob(bc.body, "COMPLETE")
	c.st.objects[blobKey(it.id())] = newObject(strAt(it.doc, "mimeType"), strAt(it.doc, "name"), bc.data)
	return http.StatusOK, it.doc, nil
}

func startMultipartBlob(c *call) (int, any, *httpError) {
	in, herr := c.decodeBody(blobMultipartSchema)
	if herr != nil {
		return 0, nil, herr
	}
	if msg := blobMultipartSchema.missing(in); msg != "" {
		return 0, nil, badRequest("%s.", msg)
	}
	if herr := checkBlobMeta(in); herr != nil {
		return 0, nil, herr
	}
	it := c.st.newBlob(in, "IN_PROGRESS")
	c.st.blobParts[it.id()] = map[int]*blobPart{}
	return http.StatusOK, it.doc, nil
}

// uploadingBlob returns the blob of the path, which must be IN_PROGRESS.
func uploadingBlob(c *call) (*item, *httpError) {
	it, herr := c.st.find("blobs", c.param(0))
	if herr != nil {
		return nil, herr
	}
	if s := strAt(it.doc, "uploadStatus"); s != "IN_PROGRESS" {
		return nil, badRequest("The upload of blob %s is not in progress (it is %s).", it.id(), s)
	}
	return it, nil
}

func createBlobPart(c *call) (int, any, *httpError) {
	bc := c.prepped.(*blobContent)
	it, herr := uploadingBlob(c)
	if herr != nil {
		return 0, nil, herr
	}
	n := int(num(bc.body["partNumber"]))
	if n < 1 || n > 10000 {
		return 0, nil, badRequest("partNumber must be between 1 and 10000, not %d.", n)
	}
	p := &blobPart{data: bc.data, etag: fmt.Sprintf("%q", bc.md5)}
	c.st.blobParts[it.id()][n] = p // a part number uploaded again replaces the part
	return http.StatusOK, map[string]any{"eTag": p.etag, "partNumber": n}, nil
}

func completeMultipartBlob(c *call) (int, any, *httpError) {
	it, herr := uploadingBlob(c)
	if herr != nil {
		return 0, nil, herr
	}
	in, herr := c.decodeBody(blobCompleteSchema)
	if herr != nil {
		return 0, nil, herr
	}
	list, _ := in["parts"].([]any)
	if len(list) == 0 {
		return 0, nil, badRequest("parts is required: list the uploaded parts with their eTags.")
	}
	have := c.st.blobParts[it.id()]
	segs := make([][]byte, 0, len(list))
	last := 0
	for i, v := range list {
		m, _ := v.(map[string]any)
		if msg := body("eTag:string! partNumber:integer!").check(m); msg != "" || m["eTag"] == nil || m["partNumber"] == nil {
			return 0, nil, badRequest("Invalid part %d: each part has a partNumber and an eTag.", i)
		}
		n := int(num(m["partNumber"]))
		if n <= last {
			return 0, nil, badRequest("The list of parts was not in ascending order (part %d after part %d).", n, last)
		}
		last = n
		p := have[n]
		if p == nil || !strings.EqualFold(strings.Trim(strAt(m, "eTag"), `"`), strings.Trim(p.etag, `"`)) {
			return 0, nil, badRequest("Part %d could not be found, or its eTag does not match the uploaded part.", n)
		}
		if i < len(list)-1 && len(p.data) < blobMinPart {
			return 0, nil, badRequest("Part %d is smaller than the minimum allowed size of 5 MiB (%d bytes); only the last part may be smaller.", n, len(p.data))
		}
		segs = append(segs, p.data)
	}
	delete(c.st.blobParts, it.id())
	setBlobStatus(it, "COMPLETE", c.st.now())
	c.st.objects[blobKey(it.id())] = newObject(strAt(it.doc, "mimeType"), strAt(it.doc, "name"), segs...)
	return http.StatusOK, it.doc, nil
}

func abortMultipartBlob(c *call) (int, any, *httpError) {
	it, herr := uploadingBlob(c)
	if herr != nil {
		return 0, nil, herr
	}
	delete(c.st.blobParts, it.id())
	setBlobStatus(it, "ABORTED", c.st.now())
	return http.StatusOK, map[string]any{}, nil
}

// completeBlob returns the blob of the path and its content; a blob that
// is not COMPLETE is a 400.
func completeBlob(c *call) (*item, *object, *httpError) {
	it, herr := c.st.find("blobs", c.param(0))
	if herr != nil {
		return nil, nil, herr
	}
	o := c.st.objects[blobKey(it.id())]
	if strAt(it.doc, "uploadStatus") != "COMPLETE" || o == nil {
		return nil, nil, badRequest("Blob %s has not been uploaded completely (it is %s).", it.id(), strAt(it.doc, "uploadStatus"))
	}
	return it, o, nil
}

func getBlobURL(c *call) (int, any, *httpError) {
	it, _, herr := completeBlob(c)
	if herr != nil {
		return 0, nil, herr
	}
	u, exp := c.presign(http.MethodGet, blobKey(it.id()), blobDownloadTTL)
	return http.StatusOK, map[string]any{"downloadURL": u, "expiresAt": exp.Unix()}, nil
}

func getBlobFile(c *call) (int, any, *httpError) {
	it, o, herr := completeBlob(c)
	if herr != nil {
		return 0, nil, herr
	}
	if c.s.directBlobDownloads {
		c.header().Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", strAt(it.doc, "name")))
		c.raw = &rawResponse{contentType: o.ctype, size: o.size, content: io.NewSectionReader(o, 0, o.size)}
		return http.StatusOK, nil, nil
	}
	u, _ := c.presign(http.MethodGet, blobKey(it.id()), blobDownloadTTL)
	c.header().Set("Location", u)
	c.raw = &rawResponse{}
	return http.StatusFound, nil, nil
}

// AddBlob stores a COMPLETE blob with the given name and content (type
// RAW_FILE, mimeType application/octet-stream) and returns its ID, for
// tests that read blobs.
func (s *Server) AddBlob(name string, content []byte) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	it := s.st.newBlob(map[string]any{"name": name, "type": "RAW_FILE"}, "COMPLETE")
	s.st.objects[blobKey(it.id())] = newObject("application/octet-stream", name, bytes.Clone(content))
	return it.id()
}
