package benchlingtest

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"maps"
	"net/http"
	"strconv"
	"strings"
)

// The Data Frames tag: /data-frames. Creating one takes a manifest of
// exactly one .csv file (Benchling's current limit) and answers it
// NOT_UPLOADED, with the pre-signed URL to PUT the CSV to (valid for an
// hour; the PUT must carry x-amz-server-side-encryption: AES256 and at
// most 150 MB). PATCH with uploadStatus IN_PROGRESS starts the task that
// validates it: a missing file or a CSV that does not parse (a header row
// and rows of the same width) fails the task and leaves the data frame
// FAILED_VALIDATION with its errorMessage; a valid one SUCCEEDS, the task
// answering the data frame. A SUCCEEDED data frame's manifest holds
// download URLs of its file, pre-signed per request.
//
// Simplified: column types are inferred from the values (Int, Float,
// Boolean, else String; nullable when a cell is empty; never lists or
// links), and the fake writes no Parquet: rowDataFormat=parquet lists
// the same file under a .parquet name with the CSV's bytes.

var dataFrames = &resource{
	path: "data-frames", noun: "Data frame", prefix: "dset_",
	doc:    map[string]any{"columns": []any{}, "errorMessage": nil, "id": "", "manifest": []any{}, "name": "", "uploadStatus": "NOT_UPLOADED"},
	server: []string{"id"},
	actions: []action{
		{"POST", "/data-frames", createDataFrame},
		{"GET", "/data-frames/{data_frame_id}", getDataFrame},
		{"PATCH", "/data-frames/{data_frame_id}", patchDataFrame},
	},
}

// dataFrameMaxSize is the largest CSV Benchling accepts (150 MB).
const dataFrameMaxSize = 150_000_000

var (
	dataFrameCreateSchema = body("manifest:[]object! name:string!")
	dataFrameUpdateSchema = body("uploadStatus:string!")
)

func dataFrameKey(id, fileName string) string { return "data-frames/" + id + "/" + fileName }

func createDataFrame(c *call) (int, any, *httpError) {
	in, herr := c.decodeBody(dataFrameCreateSchema)
	if herr != nil {
		return 0, nil, herr
	}
	if msg := dataFrameCreateSchema.missing(in); msg != "" {
		return 0, nil, badRequest("%s.", msg)
	}
	if strings.TrimSpace(strAt(in, "name")) == "" {
		return 0, nil, badRequest("name must not be empty.")
	}
	list, _ := in["manifest"].([]any)
	if len(list) != 1 {
		return 0, nil, badRequest("The manifest must list exactly one .csv file, not %d.", len(list))
	}
	m, _ := list[0].(map[string]any)
	if msg := body("fileName:string!").check(m); msg != "" {
		return 0, nil, badRequest("Invalid manifest item: %s", msg)
	}
	name := strAt(m, "fileName")
	if !strings.HasSuffix(strings.ToLower(name), ".csv") || strings.Contains(name, "/") {
		return 0, nil, badRequest("Invalid manifest file name %q: a .csv file name is required.", name)
	}
	it := c.st.create("data-frames", map[string]any{"name": strAt(in, "name"),
		"manifest": []any{map[string]any{"fileName": name, "url": nil}}})
	c.st.puts[dataFrameKey(it.id(), name)] = &putTarget{maxSize: dataFrameMaxSize, sse: true, ctype: "text/csv", name: name}
	return http.StatusOK, dataFrameView(c, it.doc, ""), nil
}

// dataFrameView is a data frame's document as a response: its manifest's
// URLs pre-signed for the request (PUT while NOT_UPLOADED, GET once
// SUCCEEDED, null otherwise), in format ("csv" or "parquet").
func dataFrameView(c *call, d map[string]any, format string) map[string]any {
	out := maps.Clone(d)
	status := strAt(d, "uploadStatus")
	list, _ := d["manifest"].([]any)
	man := make([]any, len(list))
	for i, e := range list {
		m, _ := e.(map[string]any)
		name := strAt(m, "fileName")
		var u any
		switch status {
		case "NOT_UPLOADED":
			u, _ = c.presign(http.MethodPut, dataFrameKey(strAt(d, "id"), name), storageTTL)
		case "SUCCEEDED":
			u, _ = c.presign(http.MethodGet, dataFrameKey(strAt(d, "id"), name), storageTTL)
			if format == "parquet" {
				name = strings.TrimSuffix(name, ".csv") + ".parquet"
			}
		}
		man[i] = map[string]any{"fileName": name, "url": u}
	}
	out["manifest"] = man
	return out
}

func getDataFrame(c *call) (int, any, *httpError) {
	it, herr := c.st.find("data-frames", c.param(0))
	if herr != nil {
		return 0, nil, herr
	}
	format := c.query().Get("rowDataFormat")
	if format != "" && format != "csv" && format != "parquet" {
		return 0, nil, badRequest("Invalid rowDataFormat %q: use csv or parquet.", format)
	}
	return http.StatusOK, shape(dataFrameView(c, it.doc, format), c.query().Get("returning")), nil
}

func patchDataFrame(c *call) (int, any, *httpError) {
	it, herr := c.st.find("data-frames", c.param(0))
	if herr != nil {
		return 0, nil, herr
	}
	in, herr := c.decodeBody(dataFrameUpdateSchema)
	if herr != nil {
		return 0, nil, herr
	}
	if s := strAt(in, "uploadStatus"); s != "IN_PROGRESS" {
		return 0, nil, badRequest("Invalid uploadStatus %q: only IN_PROGRESS is accepted.", s)
	}
	if s := strAt(it.doc, "uploadStatus"); s != "NOT_UPLOADED" {
		return 0, nil, badRequest("Data frame %s is %s; only a NOT_UPLOADED data frame can be marked uploaded.", it.id(), s)
	}
	d := maps.Clone(it.doc)
	list, _ := d["manifest"].([]any)
	for _, e := range list {
		m, _ := e.(map[string]any)
		delete(c.st.puts, dataFrameKey(it.id(), strAt(m, "fileName"))) // uploads end here
	}
	columns, msg := validateDataFrame(c.st, d)
	if msg != "" {
		d["uploadStatus"], d["errorMessage"] = "FAILED_VALIDATION", msg
		it.doc = d
		return c.st.failedTask(msg, nil)
	}
	d["uploadStatus"], d["columns"] = "SUCCEEDED", columns
	it.doc = d
	return c.st.succeededTask(dataFrameView(c, d, ""))
}

// validateDataFrame parses a data frame's uploaded CSV and returns its
// columns, or why it is invalid.
func validateDataFrame(st *store, d map[string]any) ([]any, string) {
	list, _ := d["manifest"].([]any)
	var columns []any
	for _, e := range list {
		m, _ := e.(map[string]any)
		name := strAt(m, "fileName")
		o := st.objects[dataFrameKey(strAt(d, "id"), name)]
		if o == nil {
			return nil, fmt.Sprintf("File %s was not uploaded.", name)
		}
		cols, err := csvColumns(o.bytes())
		if err != nil {
			return nil, "Invalid CSV File."
		}
		columns = cols
	}
	return columns, ""
}

// csvColumns parses a CSV with a header row and infers its columns.
func csvColumns(b []byte) ([]any, error) {
	r := csv.NewReader(bytes.NewReader(b))
	header, err := r.Read()
	if err != nil {
		return nil, err
	}
	types := make([]string, len(header))
	nullable := make([]bool, len(header))
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		for i, v := range rec {
			if v == "" {
				nullable[i] = true
				continue
			}
			types[i] = widen(types[i], cellType(v))
		}
	}
	out := make([]any, len(header))
	for i, h := range header {
		t := types[i]
		if t == "" {
			t = "String"
		}
		out[i] = map[string]any{"displayName": h, "type": map[string]any{"isList": false, "isNullable": nullable[i], "name": t}}
	}
	return out, nil
}

func cellType(v string) string {
	if _, err := strconv.ParseInt(v, 10, 64); err == nil {
		return "Int"
	}
	if _, err := strconv.ParseFloat(v, 64); err == nil {
		return "Float"
	}
	if v == "true" || v == "false" {
		return "Boolean"
	}
	return "String"
}

// widen combines the types of a column's cells.
func widen(a, b string) string {
	switch {
	case a == "" || a == b:
		return b
	case (a == "Int" && b == "Float") || (a == "Float" && b == "Int"):
		return "Float"
	}
	return "String"
}
