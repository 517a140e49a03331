package benchlingtest

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/benchling-go/benchling"
)

// specFile finds Benchling's OpenAPI spec as the other tests do
// (BENCHLING_OPENAPI_SPEC, else ../shared/benchling-openapi.yaml from the
// module root), or skips the test when it is not there.
func specFile(t *testing.T) string {
	t.Helper()
	p := os.Getenv("BENCHLING_OPENAPI_SPEC")
	if p == "" {
		dir, _ := os.Getwd()
		for {
			if b, err := os.ReadFile(filepath.Join(dir, "go.mod")); err == nil && strings.Contains(string(b), "module github.com/benchling-go/benchling\n") {
				p = filepath.Join(dir, "..", "shared", "benchling-openapi.yaml")
				break
			}
			parent := filepath.Dir(dir)
			if parent == dir {
				break
			}
			dir = parent
		}
	}
	if _, err := os.Stat(p); p == "" || err != nil {
		t.Skipf("the OpenAPI spec is not at %q (set BENCHLING_OPENAPI_SPEC)", p)
	}
	return p
}

// scanSpecOperations reads the operations of the spec with a line scan
// of its paths section (the file is one operation per indented block), so
// that benchlingtest needs no YAML parser.
func scanSpecOperations(t *testing.T, path string) []specOp {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var (
		pathRe   = regexp.MustCompile(`^  (/\S*):$`)
		methodRe = regexp.MustCompile(`^    (get|post|patch|put|delete):$`)
		idRe     = regexp.MustCompile(`^      operationId: (\S+)$`)
		rcRe     = regexp.MustCompile(`^            Result-Count:$`)
	)
	var ops []specOp
	cur, inPaths := "", false
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		ln := sc.Text()
		switch {
		case ln == "paths:":
			inPaths = true
		case !inPaths:
		case ln != "" && ln[0] != ' ':
			return ops // the end of the paths section
		case pathRe.MatchString(ln):
			cur = pathRe.FindStringSubmatch(ln)[1]
		case methodRe.MatchString(ln):
			ops = append(ops, specOp{method: strings.ToUpper(methodRe.FindStringSubmatch(ln)[1]), path: cur})
		case len(ops) > 0 && idRe.MatchString(ln):
			ops[len(ops)-1].id = idRe.FindStringSubmatch(ln)[1]
		case len(ops) > 0 && rcRe.MatchString(ln):
			ops[len(ops)-1].resultCount = true
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return ops
}

// The committed operation table is the spec's: every operation with its
// method, path template, operationId and Result-Count header.
func TestSpecOperationsTable(t *testing.T) {
	scanned := scanSpecOperations(t, specFile(t))
	key := func(o specOp) string { return o.method + " " + o.path }
	cmp := func(a, b specOp) int { return strings.Compare(key(a), key(b)) }
	slices.SortFunc(scanned, cmp)
	table := slices.Clone(specOperations)
	slices.SortFunc(table, cmp)
	if len(scanned) < 400 {
		t.Fatalf("scanned only %d operations from the spec; the line scan no longer fits its layout", len(scanned))
	}
	for _, o := range scanned {
		i, found := slices.BinarySearchFunc(table, o, cmp)
		if !found {
			t.Errorf("spec operation %s %s (%s) is missing from specOperations", o.method, o.path, o.id)
		} else if table[i] != o {
			t.Errorf("specOperations has %+v, the spec %+v", table[i], o)
		}
	}
	for _, o := range table {
		if _, found := slices.BinarySearchFunc(scanned, o, cmp); !found {
			t.Errorf("specOperations has %s %s (%s), which the spec does not", o.method, o.path, o.id)
		}
	}
}

// Every built-in route is an operation of the spec (a typo in a
// template would make it one the spec does not have).
func TestBuiltinRoutesAreSpecOperations(t *testing.T) {
	srv := NewServer(t)
	n := 0
	for _, rs := range srv.routes {
		for _, r := range rs {
			n++
			if r.op == nil {
				t.Errorf("built-in route %s %s is not an operation of the spec", r.method, r.template)
			}
		}
	}
	// The operations of Users, AA and DNA Sequences, Entries, getTask,
	// issue 11's Schemas, Dropdowns, Folders, Projects, Organizations,
	// Teams, issue 12's RNA Sequences, oligos, feature libraries,
	// alignments and catalogs (64) and Custom Entities, Molecules,
	// Mixtures, Monomers, Registry and Entities (47), issue 14's Blobs,
	// Files, Datasets, Data Frames, Exports, Instrument Queries and Connect
	// (29), Assay Results, Assay Runs and Lab Automation (32), issue 13's
	// inventory (44), issue 15's workflows, legacy requests and legacy
	// workflows (52), and issue 16's Apps, Events, Audit and Warehouse (23).
	if n != 401 {
		t.Errorf("the fake serves %d routes, want 401", n)
	}
}

// concretePath fills a template's parameters with plausible values.
func concretePath(template string) string {
	return regexp.MustCompile(`\{[^}]*\}`).ReplaceAllString(template, "x_1234")
}

// An operation of the spec that the fake does not serve is a 501 naming
// the operation, for every such operation; an operation it serves never
// is; a path that is no operation is a 404.
func TestUnservedOperationsAre501(t *testing.T) {
	srv := NewServer(t)
	// The fake serves every operation of the spec (but POST /token, which
	// is no route); two are taken out so that there are unserved ones.
	unserve(t, srv, "GET", "/apps")
	unserve(t, srv, "GET", "/apps/{app_id}")
	served, unserved := 0, 0
	for _, op := range specOperations {
		if op.id == "generateToken" {
			continue // POST /token is served before routing
		}
		p := concretePath(op.path)
		resp, m := send(t, srv, op.method, p, "")
		typ, msg, _ := errType(m)
		segs := strings.Split(strings.TrimPrefix(p, "/"), "/")
		if rt, _ := srv.routes.find(op.method, segs); rt != nil {
			served++
			if resp.StatusCode == http.StatusNotImplemented {
				t.Errorf("%s %s (served): 501 %s", op.method, p, msg)
			}
			continue
		}
		unserved++
		if resp.StatusCode != http.StatusNotImplemented || typ != "benchlingtest_unsupported" ||
			!strings.Contains(msg, op.id) || !strings.Contains(msg, op.method+" "+op.path) {
			t.Errorf("%s %s (%s, not served): %d %v; want 501 benchlingtest_unsupported naming the operation", op.method, p, op.id, resp.StatusCode, m)
		}
	}
	if served != 399 || unserved != 2 {
		t.Errorf("%d operations answered as served and %d as unserved, want 399 (401 less the two taken out) and 2", served, unserved)
	}
	for _, p := range []string{"/no-such-thing", "/aa-sequences/prtn_1/nothing", "/aa-sequences:explode", "/custom-entities/bfi_1/x"} {
		resp, m := get(t, srv, p)
		if typ, _, _ := errType(m); resp.StatusCode != http.StatusNotFound || typ != "invalid_request_error" {
			t.Errorf("GET %s: %d %v, want Benchling's 404", p, resp.StatusCode, m)
		}
	}
	// Through the SDK: an unserved get is no ErrNotFound, so that "not
	// found, so create it" cannot pass for the wrong reason.
	client, err := srv.Client(benchling.WithRetryPolicy(benchling.RetryPolicy{MaxRetries: 1, MinBackoff: time.Millisecond, MaxBackoff: time.Millisecond}))
	if err != nil {
		t.Fatal(err)
	}
	req, _ := client.NewRequest(context.Background(), "GET", "apps/app_12345678", nil)
	_, err = client.Do(req, nil)
	var apiErr *benchling.Error
	if errors.Is(err, benchling.ErrNotFound) || !errors.As(err, &apiErr) || apiErr.StatusCode != 501 || apiErr.Type != "benchlingtest_unsupported" {
		t.Errorf("SDK GET of an unserved operation: err = %v, want a 501 that is not ErrNotFound", err)
	}
	// A method the spec does not have on a path it has is no operation.
	if resp, _ := send(t, srv, "DELETE", "/custom-entities/bfi_1", ""); resp.StatusCode != http.StatusNotFound {
		t.Errorf("DELETE /custom-entities/bfi_1: %d, want 404", resp.StatusCode)
	}
}

// Result-Count is the number of matches of the whole query, on the lists
// whose spec response declares it, and only there.
func TestResultCount(t *testing.T) {
	srv := NewServer(t)
	srv.SeedAaSequences(25)
	srv.AddAaSequence(AaSequence{Name: "Counted lysozyme"})
	srv.AddAaSequence(AaSequence{Name: "Archived lysozyme", ArchiveReason: "Retired"})
	srv.SeedDnaSequences(3)
	srv.SeedUsers(4)
	for _, tc := range []struct {
		path string
		want string
	}{
		{"/aa-sequences?pageSize=10", "26"},
		{"/aa-sequences?pageSize=0", "26"},
		{"/aa-sequences?pageSize=1&nameIncludes=lysozyme", "3"}, // seeded 4 and 16 (every 12th is a Lysozyme), and the one added
		{"/aa-sequences?archiveReason=ANY_ARCHIVED", "1"},
		{"/aa-sequences?name=nothing", "0"},
		{"/dna-sequences?pageSize=2", "3"},
		{"/users", ""},
		{"/entries", ""},
	} {
		resp, m := get(t, srv, tc.path)
		if got := resp.Header.Get("Result-Count"); got != tc.want {
			t.Errorf("GET %s: Result-Count %q, want %q (%d items)", tc.path, got, tc.want, len(list(m, "aaSequences")))
		}
	}
	// The count does not depend on the page.
	_, first := get(t, srv, "/aa-sequences?pageSize=10&sort=name")
	resp, _ := get(t, srv, "/aa-sequences?pageSize=10&sort=name&nextToken="+str(first, "nextToken"))
	if got := resp.Header.Get("Result-Count"); got != "26" {
		t.Errorf("second page: Result-Count %q, want 26", got)
	}
}

// doneTask polls a task until it is done (WithTaskPolls(0): the first poll).
func doneTask(t *testing.T, srv *Server, link map[string]any) map[string]any {
	t.Helper()
	_, m := get(t, srv, "/tasks/"+str(link, "taskId"))
	if s := str(m, "status"); s != "SUCCEEDED" && s != "FAILED" {
		t.Fatalf("task %v: %v", link, m)
	}
	return m
}

// The engine serves a described resource's standard operations with
// Benchling's semantics: IDs, server properties, registration, filters,
// archiving, bulk tasks with per-item errors, 400 and 404 bodies.
func TestEngineServesADescribedResource(t *testing.T) {
	srv := NewServer(t, WithTaskPolls(0))
	addSchemas(t, srv, "ts_cell:custom_entity")
	folder, reg := srv.FolderID(), srv.RegistryID()

	resp, e := send(t, srv, "POST", "/custom-entities", `{"name":"Cell line A","schemaId":"ts_cell","folderId":"`+folder+`","aliases":["CLA"],"fields":{"Passage":{"value":3}}}`)
	id := str(e, "id")
	if resp.StatusCode != 201 || !strings.HasPrefix(id, "bfi_") || str(e, "createdAt") == "" || str(e, "modifiedAt") != str(e, "createdAt") ||
		str(e["creator"].(map[string]any), "id") != srv.AdminUserID() || len(list(e, "authors")) != 1 ||
		str(e, "apiURL") != srv.URL+"/api/v2/custom-entities/"+id || !strings.HasSuffix(str(e, "webURL"), "/"+id+"-cell-line-a/edit") ||
		str(e, "url") == "" || e["entityRegistryId"] != nil || e["archiveRecord"] != nil || str(e["schema"].(map[string]any), "id") != "ts_cell" {
		t.Fatalf("create: %d %v", resp.StatusCode, e)
	}
	if f := e["fields"].(map[string]any)["Passage"].(map[string]any); f["type"] != "integer" || f["value"] != 3.0 {
		t.Errorf("fields: %v", e["fields"])
	}
	for _, tc := range []struct{ body, want string }{
		{`{"name":"No schema","folderId":"` + folder + `"}`, "schemaId is required"},
		{`{"name":" ","schemaId":"ts_cell","folderId":"` + folder + `"}`, "name is required"},
		{`{"name":"Nowhere","schemaId":"ts_cell"}`, "folderId is required unless registryId"},
		{`{"name":"Bad schema","schemaId":"sch_x","folderId":"` + folder + `"}`, "schema sch_x not found"},
		{`{"name":"Bad registry","schemaId":"ts_cell","registryId":"src_nope"}`, "registry src_nope not found"},
		{`{"name":"Both","schemaId":"ts_cell","registryId":"` + reg + `","entityRegistryId":"CE9","namingStrategy":"NEW_IDS"}`, "cannot specify both"},
		{`{"name":"Typed","schemaId":"ts_cell","folderId":1}`, `Invalid value for field "folderId": expected a string.`},
		{`{"name":"Unknown","schemaId":"ts_cell","folderId":"` + folder + `","colour":"red"}`, `Unknown field "colour"`},
		{`{"name":"Author","schemaId":"ts_cell","folderId":"` + folder + `","authorIds":["ent_nobody"]}`, "author ent_nobody not found"},
	} {
		resp, m := send(t, srv, "POST", "/custom-entities", tc.body)
		if _, msg, _ := errType(m); resp.StatusCode != 400 || !strings.Contains(msg, tc.want) {
			t.Errorf("create %s: %d %q, want 400 mentioning %q", tc.body, resp.StatusCode, msg, tc.want)
		}
	}

	// Registration: a naming strategy draws the next registry ID; upsert
	// finds the entity by it.
	_, r := send(t, srv, "POST", "/custom-entities", `{"name":"Cell line B","schemaId":"ts_cell","registryId":"`+reg+`","namingStrategy":"NEW_IDS"}`)
	if str(r, "entityRegistryId") != "CE001" || str(r, "registryId") != reg || r["registrationOrigin"] == nil || r["folderId"] != nil {
		t.Fatalf("registered create: %v", r)
	}
	resp, up := send(t, srv, "PATCH", "/custom-entities/CE001:upsert", `{"name":"Cell line B2","schemaId":"ts_cell","registryId":"`+reg+`"}`)
	if resp.StatusCode != 200 || str(up, "id") != str(r, "id") || str(up, "name") != "Cell line B2" || str(up, "modifiedAt") <= str(r, "modifiedAt") {
		t.Errorf("upsert of an existing entity: %d %v", resp.StatusCode, up)
	}
	resp, nu := send(t, srv, "PATCH", "/custom-entities/CE777:upsert", `{"name":"Cell line C","schemaId":"ts_cell","registryId":"`+reg+`"}`)
	if resp.StatusCode != 201 || str(nu, "entityRegistryId") != "CE777" {
		t.Errorf("upsert of a new entity: %d %v", resp.StatusCode, nu)
	}

	// Get, update, 404 with the ID.
	resp, u := send(t, srv, "PATCH", "/custom-entities/"+id, `{"name":"Cell line A1","fields":{"Clone":{"value":"7"}}}`)
	if fs := u["fields"].(map[string]any); resp.StatusCode != 200 || str(u, "name") != "Cell line A1" || len(fs) != 2 || !strings.Contains(str(u, "webURL"), "cell-line-a1") {
		t.Errorf("update: %d %v", resp.StatusCode, u)
	}
	if _, g := get(t, srv, "/custom-entities/"+id); str(g, "name") != "Cell line A1" || str(g, "modifiedAt") != str(u, "modifiedAt") {
		t.Errorf("get after update: %v", g)
	}
	resp, nf := get(t, srv, "/custom-entities/bfi_missing")
	if e, _ := nf["error"].(map[string]any); resp.StatusCode != 404 || str(e, "invalidId") != "bfi_missing" || str(e, "type") != "invalid_request_error" {
		t.Errorf("get of a missing entity: %d %v", resp.StatusCode, nf)
	}

	// List filters, sorts and paging.
	count := func(q string) int {
		t.Helper()
		resp, m := get(t, srv, "/custom-entities?pageSize=100&"+q)
		if resp.StatusCode != 200 {
			t.Fatalf("list %s: %d %v", q, resp.StatusCode, m)
		}
		n, _ := strconv.Atoi(resp.Header.Get("Result-Count"))
		if n != len(list(m, "customEntities")) {
			t.Errorf("list %s: Result-Count %d, %d items", q, n, len(list(m, "customEntities")))
		}
		return n
	}
	for q, want := range map[string]int{
		"": 3, "name=cla": 1, "nameIncludes=line": 3, "names.anyOf=Cell+line+C,CE001": 2, "registryId=null": 1,
		"registryId=" + reg: 2, "entityRegistryIds.anyOf=CE777": 1, "folderId=" + folder: 1, "schemaId=ts_cell": 3,
		"schemaId=ts_cell&schemaField.Clone=7": 1, "creatorIds=" + srv.AdminUserID(): 3, "ids=" + id: 1, "projectId=" + srv.ProjectID(): 1,
		"sort=name:desc": 3, "mentions=" + id: 0,
	} {
		if got := count(q); got != want {
			t.Errorf("list %s: %d, want %d", q, got, want)
		}
	}
	_, p1 := get(t, srv, "/custom-entities?pageSize=2&sort=name")
	_, p2 := get(t, srv, "/custom-entities?pageSize=2&sort=name&nextToken="+str(p1, "nextToken"))
	if names := append(ids(list(p1, "customEntities")), ids(list(p2, "customEntities"))...); len(names) != 3 || str(p2, "nextToken") != "" {
		t.Errorf("paging by name: %v, then %v", p1, p2)
	}

	// Archive with a reason, the archiveReason filter, unarchive.
	resp, ch := send(t, srv, "POST", "/custom-entities:archive", `{"customEntityIds":["`+id+`"],"reason":"Expended"}`)
	if resp.StatusCode != 200 || !slices.Equal(stringList(ch["customEntityIds"]), []string{id}) || ch["batchIds"] == nil {
		t.Errorf("archive: %d %v", resp.StatusCode, ch)
	}
	if count("") != 2 || count("archiveReason=Expended") != 1 || count("archiveReason=ANY_ARCHIVED_OR_NOT_ARCHIVED") != 3 {
		t.Errorf("archiveReason filters after archiving one")
	}
	if resp, _ := send(t, srv, "POST", "/custom-entities:archive", `{"customEntityIds":["`+id+`"],"reason":"Bored"}`); resp.StatusCode != 400 {
		t.Errorf("archive with an invalid reason: %d", resp.StatusCode)
	}
	if resp, _ := send(t, srv, "POST", "/custom-entities:unarchive", `{"customEntityIds":["`+id+`","bfi_missing"]}`); resp.StatusCode != 400 || count("") != 2 {
		t.Errorf("unarchive naming a missing entity: %d (nothing must change)", resp.StatusCode)
	}
	send(t, srv, "POST", "/custom-entities:unarchive", `{"customEntityIds":["`+id+`"]}`)
	if count("") != 3 {
		t.Errorf("after unarchive: %d", count(""))
	}

	// Bulk get, bulk create (one bad item fails the task), bulk update,
	// bulk upsert.
	if _, bg := get(t, srv, "/custom-entities:bulk-get?customEntityIds="+id+","+str(nu, "id")); !slices.Equal(ids(list(bg, "customEntities")), []string{id, str(nu, "id")}) {
		t.Errorf("bulk-get: %v", bg)
	}
	_, link := send(t, srv, "POST", "/custom-entities:bulk-create", `{"customEntities":[{"name":"Bulk 1","schemaId":"ts_cell","folderId":"`+folder+`"},{"name":"Bulk 2","schemaId":"sch_x","folderId":"`+folder+`"}]}`)
	if tk := doneTask(t, srv, link); str(tk, "status") != "FAILED" || fmt.Sprint(tk["errors"]) != "[map[index:1 message:schema sch_x not found]]" || count("nameIncludes=bulk") != 0 {
		t.Errorf("bulk-create with a bad item: %v", tk)
	}
	_, link = send(t, srv, "POST", "/custom-entities:bulk-create", `{"customEntities":[{"name":"Bulk 1","schemaId":"ts_cell","folderId":"`+folder+`"},{"name":"Bulk 2","schemaId":"ts_cell","registryId":"`+reg+`","entityRegistryId":"CE500"}]}`)
	tk := doneTask(t, srv, link)
	made := list(tk["response"].(map[string]any), "customEntities")
	if len(made) != 2 || count("nameIncludes=bulk") != 2 || str(made[1].(map[string]any), "entityRegistryId") != "CE500" {
		t.Fatalf("bulk-create: %v", tk)
	}
	_, link = send(t, srv, "POST", "/custom-entities:bulk-update", `{"customEntities":[{"id":"`+ids(made)[0]+`","name":"Bulk 1b"},{"id":"bfi_missing","name":"x"}]}`)
	if tk := doneTask(t, srv, link); str(tk, "status") != "FAILED" || !strings.Contains(fmt.Sprint(tk["errors"]), "Custom entity bfi_missing not found") {
		t.Errorf("bulk-update naming a missing entity: %v", tk)
	}
	_, link = send(t, srv, "POST", "/custom-entities:bulk-upsert", `{"customEntities":[{"entityRegistryId":"CE500","name":"Bulk 2b","schemaId":"ts_cell","registryId":"`+reg+`"},{"entityRegistryId":"CE501","name":"Bulk 3","schemaId":"ts_cell","registryId":"`+reg+`"}]}`)
	ups := list(doneTask(t, srv, link)["response"].(map[string]any), "customEntities")
	if len(ups) != 2 || str(ups[0].(map[string]any), "id") != ids(made)[1] || str(ups[1].(map[string]any), "entityRegistryId") != "CE501" {
		t.Errorf("bulk-upsert: %v", ups)
	}
	_, link = send(t, srv, "POST", "/custom-entities:bulk-upsert", `{"customEntities":[{"entityRegistryId":"CE600","name":"x","schemaId":"ts_cell","registryId":"`+reg+`"},{"entityRegistryId":"CE600","name":"y","schemaId":"ts_cell","registryId":"`+reg+`"}]}`)
	if tk := doneTask(t, srv, link); str(tk, "status") != "FAILED" || !strings.Contains(fmt.Sprint(tk["errors"]), "index:1 message:entity registry ID \"CE600\" is repeated") {
		t.Errorf("bulk-upsert repeating a registry ID: %v", tk)
	}
	if resp, m := send(t, srv, "POST", "/custom-entities:bulk-create", `{"customEntities":[{"name":"x","schemaId":"ts_cell","folderId":"`+folder+`","colour":"red"}]}`); resp.StatusCode != 400 {
		t.Errorf("bulk-create with an unknown property: %d %v, want 400", resp.StatusCode, m)
	}
}

// Delete answers as described, and the item is gone. (The path is the
// spec's, so that the exchanges are checked against it like every
// other.)
func TestEngineDelete(t *testing.T) {
	srv := NewServer(t)
	srv.addResource(&resource{path: "dna-alignments", noun: "DNA alignment", prefix: "seqanl_", listKey: "dnaAlignments",
		doc: map[string]any{"id": "", "name": ""}, server: []string{"id"}, get: true, delete: http.StatusOK})
	made, err := srv.Add("dna-alignments", map[string]any{"name": "gone soon"}, map[string]any{"name": "stays"})
	if err != nil {
		t.Fatal(err)
	}
	if resp, m := send(t, srv, "DELETE", "/dna-alignments/"+made[0], ""); resp.StatusCode != 200 || len(m) != 0 {
		t.Errorf("delete: %d %v", resp.StatusCode, m)
	}
	if resp, _ := get(t, srv, "/dna-alignments/"+made[0]); resp.StatusCode != 404 {
		t.Errorf("get after delete: %d", resp.StatusCode)
	}
	if resp, _ := send(t, srv, "DELETE", "/dna-alignments/"+made[0], ""); resp.StatusCode != 404 {
		t.Errorf("delete again: %d", resp.StatusCode)
	}
	if coll := srv.st.coll("dna-alignments"); len(coll.order) != 1 || coll.order[0].id() != made[1] {
		t.Errorf("after deleting one of two, the collection holds %d", len(coll.order))
	}
}

// A resource with uuid gets UUID IDs (on create and on Add); a list with
// a defaultSort answers in that order when the request has no sort.
func TestEngineUUIDsAndDefaultSort(t *testing.T) {
	srv := NewServer(t)
	srv.addResource(&resource{path: "dna-alignments", noun: "DNA alignment", uuid: true, listKey: "dnaAlignments",
		doc: map[string]any{"id": "", "name": ""}, server: []string{"id"}, get: true,
		list:   &listOp{defaultSort: "createdAt:asc"},
		create: body("name:string!")})
	uuidRe := regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)
	var ids []string
	for _, n := range []string{"b", "a", "c"} {
		resp, m := send(t, srv, "POST", "/dna-alignments", `{"name":"`+n+`"}`)
		if resp.StatusCode != 201 || !uuidRe.MatchString(str(m, "id")) {
			t.Fatalf("create: %d %v", resp.StatusCode, m)
		}
		ids = append(ids, str(m, "id"))
	}
	added, err := srv.Add("dna-alignments", map[string]any{"name": "d"})
	if err != nil || !uuidRe.MatchString(added[0]) {
		t.Fatalf("Add: %v %v", added, err)
	}
	ids = append(ids, added[0])
	_, l := get(t, srv, "/dna-alignments")
	var got []string
	for _, it := range list(l, "dnaAlignments") {
		got = append(got, str(it.(map[string]any), "id"))
	}
	if !slices.Equal(got, ids) {
		t.Errorf("default order %v, want creation order %v", got, ids)
	}
	_, l = get(t, srv, "/dna-alignments?sort=name:asc")
	if first := str(list(l, "dnaAlignments")[0].(map[string]any), "name"); first != "a" {
		t.Errorf("sort=name:asc starts with %q", first)
	}
}

// Two servers with the same seed and the same calls hand out the same
// IDs and content; another seed gives other IDs.
func TestSeedMakesIDsDeterministic(t *testing.T) {
	run := func(seed uint64) []string {
		srv := NewServer(t, WithSeed(seed), WithTaskPolls(0))
		out := append(srv.SeedUsers(2), srv.SeedAaSequences(3)...)
		out = append(out, srv.SeedEntries(2)...)
		_, m := send(t, srv, "POST", "/aa-sequences", `{"name":"x","aminoAcids":"MKV","folderId":"lib_1","annotations":[{"name":"a","start":0,"end":1,"type":"t","color":"#fff"}]}`)
		out = append(out, str(m, "id"), str(list(m, "annotations")[0].(map[string]any), "id"))
		_, link := send(t, srv, "POST", "/users:bulk-create", `{"users":[{"name":"A","handle":"a","email":"a@example.com"}]}`)
		out = append(out, str(link, "taskId"))
		_, l := get(t, srv, "/users?sort=createdAt:asc&pageSize=100")
		for _, u := range list(l, "users") {
			out = append(out, str(u.(map[string]any), "name"))
		}
		return out
	}
	a, b, c := run(7), run(7), run(8)
	if !slices.Equal(a, b) {
		t.Errorf("same seed, different IDs:\n%v\n%v", a, b)
	}
	if a[0] == c[0] || a[2] == c[2] {
		t.Errorf("seeds 7 and 8 gave the same IDs: %v, %v", a[:3], c[:3])
	}
}

// A bulk update whose items name their item by a property of their own
// (bulkOp.idKey: workflowTaskId, workflowOutputId) finds it by that
// property; an item without it, or naming an unknown item, fails the
// task. (The path is the spec's, so that the exchanges are checked
// against it.)
func TestEngineBulkUpdateByOwnKey(t *testing.T) {
	srv := NewServer(t, WithTaskPolls(0))
	srv.addResource(&resource{path: "workflow-outputs", noun: "Workflow output", prefix: "wfout_", listKey: "workflowOutputs",
		doc: map[string]any{"id": "", "fields": map[string]any{}}, server: []string{"id"}, get: true,
		update:     body("fields:object"),
		bulkUpdate: &bulkOp{item: body("fields:object workflowOutputId:string!"), idKey: "workflowOutputId"},
		keys:       map[string]keyFunc{"workflowOutputId": ignoreKey}})
	made, err := srv.Add("workflow-outputs", map[string]any{}, map[string]any{})
	if err != nil {
		t.Fatal(err)
	}
	_, link := send(t, srv, "POST", "/workflow-outputs:bulk-update", `{"workflowOutputs":[{"workflowOutputId":"`+made[1]+`","fields":{"Yield":{"value":2.5}}}]}`)
	tk := doneTask(t, srv, link)
	out := list(tk["response"].(map[string]any), "workflowOutputs")
	if str(tk, "status") != "SUCCEEDED" || len(out) != 1 || str(out[0].(map[string]any), "id") != made[1] {
		t.Fatalf("bulk-update by workflowOutputId: %v", tk)
	}
	if _, g := get(t, srv, "/workflow-outputs/"+made[1]); g["fields"].(map[string]any)["Yield"] == nil {
		t.Errorf("the item was not updated: %v", g)
	}
	if _, g := get(t, srv, "/workflow-outputs/"+made[0]); len(g["fields"].(map[string]any)) != 0 {
		t.Errorf("the other item changed: %v", g)
	}
	_, link = send(t, srv, "POST", "/workflow-outputs:bulk-update", `{"workflowOutputs":[{"fields":{}},{"workflowOutputId":"wfout_nope","fields":{}}]}`)
	if tk := doneTask(t, srv, link); str(tk, "status") != "FAILED" ||
		fmt.Sprint(tk["errors"]) != "[map[index:0 message:workflowOutputId is required] map[index:1 message:Workflow output wfout_nope not found]]" {
		t.Errorf("bulk-update without the key, and with an unknown one: %v", tk)
	}
}

// TestWorkflowListsTakeNoSort: the spec gives the workflow task, output and
// task group lists no sort parameter, so a sort is a 400, not checked
// against sorts they do not have.
func TestWorkflowListsTakeNoSort(t *testing.T) {
	srv := NewServer(t)
	for _, p := range []string{"/workflow-tasks", "/workflow-outputs", "/workflow-task-groups"} {
		resp, m := get(t, srv, p+"?sort=name:asc")
		if _, msg, _ := errType(m); resp.StatusCode != http.StatusBadRequest || !strings.Contains(msg, "sort is not a parameter") {
			t.Errorf("GET %s?sort=name:asc: %d %v, want 400 (no sort parameter)", p, resp.StatusCode, m)
		}
	}
}
