package benchlingtest

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"sort"
	"strings"
)

// The Connect tag: conversions of instrument data, and the allotropy
// vendor list.
//
// Simplified: the fake has no instrument parsers and no connections. It
// lists a fixed set of allotropy vendors. convert-to-asm takes a COMPLETE
// blob or a SUCCEEDED file and a vendor of that list (a connectionId
// alone is a 400: no connection exists), and stores as a new blob a
// skeleton ASM document naming the vendor and the source, with one
// measurement document per non-empty line of the input. convert-to-csv
// turns ASM (a JSON object with $asm.manifest) into one CSV of its
// measurement documents (transformDataType "measurement-document", the
// only transform the fake knows); other JSON needs a mapperConfig (which
// must be JSON, and is not applied: the document is flattened into path,
// value rows); other data needs a vendor and goes through ASM first. An
// automationOutputFileId is a 400 (the fake has no automation files).

var connectRoutes = []route{
	newRoute("GET", "/connect/list-allotropy-vendors", listAllotropyVendors),
	newRoute("POST", "/connect/convert-to-asm", convertToASM),
	newRoute("POST", "/connect/convert-to-csv", convertToCSV),
}

// allotropyVendors are the vendor types the fake lists (a selection of
// allotropy's).
var allotropyVendors = []map[string]any{
	{"id": "AGILENT_GEN5", "displayName": "Agilent Gen5"},
	{"id": "BECKMAN_VI_CELL_BLU", "displayName": "Beckman Vi-Cell BLU"},
	{"id": "MOLDEV_SOFTMAX_PRO", "displayName": "Molecular Devices SoftMax Pro"},
	{"id": "PERKIN_ELMER_ENVISION", "displayName": "PerkinElmer EnVision"},
	{"id": "THERMO_FISHER_NANODROP_EIGHT", "displayName": "Thermo Fisher Scientific NanoDrop Eight"},
}

// asmTransform is the one ASM-to-CSV transform the fake knows.
const asmTransform = "measurement-document"

func listAllotropyVendors(c *call) (int, any, *httpError) {
	out := make([]any, len(allotropyVendors))
	for i, v := range allotropyVendors {
		out[i] = v
	}
	return http.StatusOK, out, nil
}

var (
	convertToASMSchema = body("blobOrFileId:string! connectionId:string vendor:string")
	convertToCSVSchema = body("automationOutputFileId:string blobOrFileId:string! connectionId:string mapperConfig:string transformType:string vendor:string")
)

// source returns the content and name of the blob or file a conversion
// reads.
func (st *store) source(id string) (*object, string, *httpError) {
	if it := st.coll("blobs").byID[id]; it != nil {
		if o := st.objects[blobKey(id)]; o != nil && strAt(it.doc, "uploadStatus") == "COMPLETE" {
			return o, strAt(it.doc, "name"), nil
		}
		return nil, "", badRequest("Blob %s has not been uploaded completely.", id)
	}
	if it := st.coll("files").byID[id]; it != nil {
		if o := st.objects[fileKey(id, strAt(it.doc, "filename"))]; o != nil && strAt(it.doc, "uploadStatus") == "SUCCEEDED" {
			return o, strAt(it.doc, "filename"), nil
		}
		return nil, "", badRequest("File %s has no uploaded content.", id)
	}
	return nil, "", badRequest("No blob or file %s.", id)
}

// vendorOf checks a conversion's vendor and connection.
func vendorOf(in map[string]any, required bool) (string, *httpError) {
	v := strAt(in, "vendor")
	switch {
	case v != "":
		if !slices.ContainsFunc(allotropyVendors, func(m map[string]any) bool { return m["id"] == v }) {
			return "", badRequest("Unknown vendor %q: see /connect/list-allotropy-vendors.", v)
		}
		return v, nil
	case strAt(in, "connectionId") != "":
		return "", badRequest("Connection %s not found.", strAt(in, "connectionId"))
	case required:
		return "", badRequest("A vendor (or a connectionId) is required to convert instrument data.")
	}
	return "", nil
}

// storeBlob stores content as a new COMPLETE blob.
func (st *store) storeBlob(name, mime string, content []byte) string {
	it := st.newBlob(map[string]any{"name": name, "type": "RAW_FILE", "mimeType": mime}, "COMPLETE")
	st.objects[blobKey(it.id())] = newObject(mime, name, content)
	return it.id()
}

func convertToASM(c *call) (int, any, *httpError) {
	in, herr := c.decodeBody(convertToASMSchema)
	if herr != nil {
		return 0, nil, herr
	}
	if msg := convertToASMSchema.missing(in); msg != "" {
		return 0, nil, badRequest("%s.", msg)
	}
	vendor, herr := vendorOf(in, true)
	if herr != nil {
		return 0, nil, herr
	}
	o, name, herr := c.st.source(strAt(in, "blobOrFileId"))
	if herr != nil {
		return 0, nil, herr
	}
	asm, err := encodeJSON(asmDocument(vendor, name, o.bytes()))
	if err != nil {
		return 0, nil, badRequest("%v", err)
	}
	return http.StatusOK, map[string]any{"blobId": c.st.storeBlob(name+".asm.json", "application/json", asm)}, nil
}

// asmDocument is the fake's skeleton ASM of instrument data.
func asmDocument(vendor, name string, data []byte) map[string]any {
	var docs []any
	for i, line := range strings.Split(string(data), "\n") {
		if line = strings.TrimSpace(line); line != "" {
			docs = append(docs, map[string]any{"measurement identifier": fmt.Sprintf("%d", i+1), "raw line": line})
		}
	}
	return map[string]any{
		"$asm.manifest":                  "http://purl.allotrope.org/manifests/benchlingtest/fake.manifest",
		"data system document":           map[string]any{"file name": name, "ASM converter name": "benchlingtest", "vendor": vendor},
		"measurement aggregate document": map[string]any{"measurement document": docs},
	}
}

func convertToCSV(c *call) (int, any, *httpError) {
	in, herr := c.decodeBody(convertToCSVSchema)
	if herr != nil {
		return 0, nil, herr
	}
	if msg := convertToCSVSchema.missing(in); msg != "" {
		return 0, nil, badRequest("%s.", msg)
	}
	if id := strAt(in, "automationOutputFileId"); id != "" {
		return 0, nil, badRequest("Automation output file %s not found.", id)
	}
	if t := strAt(in, "transformType"); t != "" && t != asmTransform {
		return 0, nil, badRequest("Unknown transformType %q (known: %s).", t, asmTransform)
	}
	o, name, herr := c.st.source(strAt(in, "blobOrFileId"))
	if herr != nil {
		return 0, nil, herr
	}
	var doc map[string]any
	var rows [][]string
	switch isJSON := json.Unmarshal(o.bytes(), &doc) == nil; {
	case isJSON && doc["$asm.manifest"] != nil:
		rows = asmRows(doc)
	case isJSON:
		mc := strAt(in, "mapperConfig")
		if mc == "" {
			return 0, nil, badRequest("A mapperConfig is required to convert JSON that is not ASM.")
		}
		if !json.Valid([]byte(mc)) {
			return 0, nil, badRequest("mapperConfig is not valid JSON.")
		}
		rows = flatten(doc)
	default:
		vendor, herr := vendorOf(in, true)
		if herr != nil {
			return 0, nil, herr
		}
		rows = asmRows(asmDocument(vendor, name, o.bytes()))
	}
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	_ = w.WriteAll(rows) // a bytes.Buffer does not fail
	id := c.st.storeBlob(strings.TrimSuffix(name, ".json")+".csv", "text/csv", buf.Bytes())
	return http.StatusOK, []any{map[string]any{"blobId": id, "transformDataType": asmTransform}}, nil
}

// asmRows are the CSV rows of an ASM document's measurement documents.
func asmRows(doc map[string]any) [][]string {
	agg, _ := doc["measurement aggregate document"].(map[string]any)
	list, _ := agg["measurement document"].([]any)
	var keys []string
	for _, m := range list {
		for k := range m.(map[string]any) {
			if !slices.Contains(keys, k) {
				keys = append(keys, k)
			}
		}
	}
	sort.Strings(keys)
	rows := [][]string{keys}
	for _, m := range list {
		row := make([]string, len(keys))
		for i, k := range keys {
			if v, ok := m.(map[string]any)[k]; ok {
				row[i] = fmt.Sprint(v)
			}
		}
		rows = append(rows, row)
	}
	return rows
}

// flatten turns a JSON document into path, value rows.
func flatten(doc any) [][]string {
	rows := [][]string{{"path", "value"}}
	var walk func(prefix string, v any)
	walk = func(prefix string, v any) {
		switch x := v.(type) {
		case map[string]any:
			keys := make([]string, 0, len(x))
			for k := range x {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				walk(strings.TrimPrefix(prefix+"."+k, "."), x[k])
			}
		case []any:
			for i, e := range x {
				walk(fmt.Sprintf("%s[%d]", prefix, i), e)
			}
		default:
			rows = append(rows, []string{prefix, fmt.Sprint(x)})
		}
	}
	walk("", doc)
	return rows
}
