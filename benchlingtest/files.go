package benchlingtest

import (
	"fmt"
	"net/http"
	"path"
	"slices"
	"strings"
)

// The Files tag: /files. A file is created NOT_UPLOADED, with the
// pre-signed URL to PUT its bytes to in the response's Content-Location
// header (valid for an hour; the PUT must carry
// x-amz-server-side-encryption: AES256 and at most 30 MB). Marking it
// SUCCEEDED requires the bytes to be there; a SUCCEEDED file's GET
// carries the pre-signed download URL in Content-Location.
//
// Simplified: a file's filename is required and must have one of the
// extensions the spec lists; originIds matches nothing (the fake has no
// connections or analyses that files come from).

// dataArchiveReasons are the archive reasons of files and datasets.
var dataArchiveReasons = []string{"Made in error", "Archived", "Other"}

// fileExtensions are the extensions createFile accepts.
var fileExtensions = []string{".csv", ".html", ".jmp", ".jrn", ".jrp", ".jpeg", ".jpg", ".png", ".pdf", ".zip", ".txt"}

// fileMaxSize is the largest file Benchling accepts (30 MB).
const fileMaxSize = 30_000_000

// dataListFilters are the list filters files and datasets share.
const dataListFilters = "ids name nameIncludes names.anyOf names.anyOf.caseSensitive modifiedAt createdAt archiveReason " +
	"folderId creatorIds mentionedIn displayIds originIds"

var files = &resource{
	path: "files", noun: "File", prefix: "file_", listKey: "files",
	doc: map[string]any{
		"archiveRecord": nil, "createdAt": "", "creator": nil, "customFields": map[string]any{}, "displayId": "",
		"errorMessage": nil, "filename": "", "folderId": "", "id": "", "modifiedAt": "", "name": "", "uploadStatus": "NOT_UPLOADED",
	},
	server:       []string{"id", "createdAt", "modifiedAt", "creator"},
	list:         &listOp{filters: dataListFilters, custom: map[string]filter{"originIds": matchNothing}, listing: true},
	create:       body("customFields:object filename:string folderId:string name:string"),
	createStatus: http.StatusOK,
	update:       body("customFields:object errorMessage:string folderId:string uploadStatus:string"),
	archive:      &archiveOp{idsKey: "fileIds", reasons: dataArchiveReasons},
	validate:     validateFile,
	fill: func(w *write) {
		if strAt(w.doc, "displayId") == "" {
			w.st.displaySeq++
			w.doc["displayId"] = fmt.Sprintf("FILE%d", w.st.displaySeq)
		}
	},
	onCreate: func(w *write) {
		if w.c == nil {
			return // seeding: no upload URL
		}
		key := fileKey(strAt(w.doc, "id"), strAt(w.body, "filename"))
		w.st.puts[key] = &putTarget{maxSize: fileMaxSize, sse: true, name: strAt(w.body, "filename")}
		u, _ := w.c.presign(http.MethodPut, key, storageTTL)
		w.c.header().Set("Content-Location", u)
	},
	actions: []action{
		{"GET", "/files/{file_id}", getFile},
	},
}

func fileKey(id, filename string) string { return "files/" + id + "/" + filename }

func validateFile(w *write) string {
	if w.creating() {
		name := strAt(w.body, "filename")
		if name == "" {
			return "filename is required"
		}
		if !slices.Contains(fileExtensions, strings.ToLower(path.Ext(name))) {
			return fmt.Sprintf("unsupported file type %q: use one of %s", path.Ext(name), strings.Join(fileExtensions, " "))
		}
		return ""
	}
	if v, ok := w.body["folderId"]; ok && v == "" {
		return "folderId must not be empty"
	}
	switch s := strAt(w.body, "uploadStatus"); s {
	case "":
	case "SUCCEEDED":
		if w.st.objects[fileKey(w.it.id(), strAt(w.doc, "filename"))] == nil {
			return "the file's content has not been uploaded to its URL"
		}
	case "FAILED_VALIDATION":
	default:
		return fmt.Sprintf("invalid uploadStatus %q: use SUCCEEDED or FAILED_VALIDATION", s)
	}
	return ""
}

// getFile is GET /files/{file_id}: the engine's get, plus the download
// URL of a SUCCEEDED file in Content-Location.
func getFile(c *call) (int, any, *httpError) {
	it, herr := c.st.find("files", c.param(0))
	if herr != nil {
		return 0, nil, herr
	}
	key := fileKey(it.id(), strAt(it.doc, "filename"))
	if strAt(it.doc, "uploadStatus") == "SUCCEEDED" && c.st.objects[key] != nil {
		u, _ := c.presign(http.MethodGet, key, storageTTL)
		c.header().Set("Content-Location", u)
	}
	return http.StatusOK, shape(it.doc, c.query().Get("returning")), nil
}

// matchNothing is the filter of a parameter whose items the fake never has
// (originIds: no file or dataset has an origin parent here): given, it
// leaves nothing.
func matchNothing(f *filterCtx) (func(*item) bool, *httpError) {
	if len(commaList(f.value())) == 0 {
		return nil, nil
	}
	return func(*item) bool { return false }, nil
}
