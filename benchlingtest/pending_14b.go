package benchlingtest

// TEMPORARY: dataArchiveReasons is cov-14b's (files.go there), not on main
// yet; this file goes when cov-14b reaches main.

// dataArchiveReasons are the archive reasons of files and datasets.
var dataArchiveReasons = []string{"Made in error", "Archived", "Other"}

// labFile returns the Blob summary and content of a blob or file ID for
// lab automation, or a message. TEMPORARY stand-in until cov-14b's blobs
// and files reach main: any ID is a CSV blob with no content known.
func (st *store) labFile(id string) (map[string]any, []byte, string) {
	return map[string]any{"id": id, "mimeType": "text/csv", "name": id + ".csv", "type": "RAW_FILE", "uploadStatus": "COMPLETE"}, nil, ""
}

// labNewBlob stores a new blob with content and returns its Blob summary.
// TEMPORARY stand-in until cov-14b's blobs reach main: the content is not
// kept.
func (st *store) labNewBlob(name string, content []byte) map[string]any {
	return map[string]any{"id": newUUID(st.rng), "mimeType": "text/csv", "name": name, "type": "RAW_FILE", "uploadStatus": "COMPLETE"}
}
