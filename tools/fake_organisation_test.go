package tools

import (
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
)

// TestFakeOrganisationOperationsMatchSpec drives the fake tenant through
// every operation of the Schemas, Dropdowns, Folders, Projects,
// Organizations and Teams tags with plain net/http, checks each request
// against the spec and validates every response strictly, errors
// included.
func TestFakeOrganisationOperationsMatchSpec(t *testing.T) {
	a := newAPITester(t)
	srv := a.srv
	srv.SetRateLimit(1_000_000, time.Minute) // on, so every response carries the headers
	seeded := srv.SeedSchemas()
	srv.SeedDnaSequences(2)

	// --- Schemas ---
	for _, k := range []struct{ path, list, get, name string }{
		{"entity-schemas", "listEntitySchemas", "getEntitySchema", "Plasmid"},
		{"batch-schemas", "listBatchSchemas", "getBatchSchema", "Plasmid Batch"},
		{"box-schemas", "listBoxSchemas", "getBoxSchema", "9x9 Box"},
		{"container-schemas", "listContainerSchemas", "getContainerSchema", "Tube"},
		{"location-schemas", "listLocationSchemas", "getLocationSchema", "Freezer"},
		{"plate-schemas", "listPlateSchemas", "getPlateSchema", "96-well Plate"},
		{"entry-schemas", "listEntrySchemas", "getEntrySchema", "Cloning Experiment"},
		{"request-schemas", "listRequestSchemas", "getRequestSchema", "Sequencing Request"},
		{"request-task-schemas", "listRequestTaskSchemas", "getRequestTaskSchema", "Sequencing Task"},
		{"workflow-task-schemas", "listWorkflowTaskSchemas", "getWorkflowTaskSchema", "Purification"},
		{"assay-run-schemas", "listAssayRunSchemas", "getRunSchema", "Plate Reader Run"},
		{"assay-result-schemas", "listAssayResultSchemas", "getResultSchema", "Plate Reader Result"},
	} {
		page := a.do(k.list, "GET", "/"+k.path+"?pageSize=1", nil, 200)
		if len(list(page, strings.ReplaceAll(camel(k.path), "-", ""))) != 1 {
			t.Errorf("%s: %v", k.list, page)
		}
		if tok := str(page, "nextToken"); tok != "" {
			a.do(k.list, "GET", "/"+k.path+"?pageSize=1&nextToken="+tok, nil, 200)
		}
		got := a.do(k.get, "GET", "/"+k.path+"/"+seeded[k.name], nil, 200)
		if str(got, "name") != k.name {
			t.Errorf("%s: %v", k.get, got)
		}
		a.do(k.get, "GET", "/"+k.path+"/sch_nope", nil, 404)
	}
	a.do("listEntitySchemas", "GET", "/entity-schemas?modifiedAt=%3E%202020-01-01", nil, 200)

	// --- Dropdowns ---
	dd := a.do("createDropdown", "POST", "/dropdowns", map[string]any{"name": "Color", "registryId": srv.RegistryID(),
		"options": []any{map[string]any{"name": "Red"}, map[string]any{"name": "Blue"}}}, 200)
	ddID := str(dd, "id")
	a.do("!createDropdown", "POST", "/dropdowns", map[string]any{"name": "Color"}, 400)
	a.do("createDropdown", "POST", "/dropdowns", map[string]any{"name": "color", "options": []any{}}, 400)
	a.do("listDropdowns", "GET", "/dropdowns?pageSize=2", nil, 200)
	a.do("getDropdown", "GET", "/dropdowns/"+ddID, nil, 200)
	a.do("getDropdown", "GET", "/dropdowns/sfso_nope", nil, 404)
	red := str(list(dd, "options")[0].(map[string]any), "id")
	a.do("updateDropdown", "PATCH", "/dropdowns/"+ddID, map[string]any{"options": []any{
		map[string]any{"id": red, "name": "Crimson"}, map[string]any{"name": "Green"}}}, 200)
	a.do("updateDropdown", "PATCH", "/dropdowns/"+ddID, map[string]any{"options": []any{map[string]any{"id": "sfs_nope", "name": "x"}}}, 400)
	a.do("updateDropdown", "PATCH", "/dropdowns/sfso_nope", map[string]any{"options": []any{}}, 404)
	a.do("archiveDropdownOptions", "POST", "/dropdowns/"+ddID+"/options:archive", map[string]any{"dropdownOptionIds": []string{red}, "reason": "Retired"}, 200)
	a.do("!archiveDropdownOptions", "POST", "/dropdowns/"+ddID+"/options:archive", map[string]any{"dropdownOptionIds": []string{red}, "reason": "Expired"}, 400)
	a.do("archiveDropdownOptions", "POST", "/dropdowns/sfso_nope/options:archive", map[string]any{"dropdownOptionIds": []string{red}, "reason": "Retired"}, 404)
	a.do("unarchiveDropdownOptions", "POST", "/dropdowns/"+ddID+"/options:unarchive", map[string]any{"dropdownOptionIds": []string{red}}, 200)
	a.do("unarchiveDropdownOptions", "POST", "/dropdowns/"+ddID+"/options:unarchive", map[string]any{"dropdownOptionIds": []string{"sfs_nope"}}, 400)

	// --- Folders and Projects ---
	folder := a.do("createFolder", "POST", "/folders", map[string]any{"name": "Plasmids", "parentFolderId": srv.FolderID()}, 201)
	fid := str(folder, "id")
	a.do("createFolder", "POST", "/folders", map[string]any{"name": "Orphans", "parentFolderId": "lib_nope"}, 400)
	a.do("!createFolder", "POST", "/folders", map[string]any{"name": "No parent"}, 400)
	a.do("listFolders", "GET", "/folders?parentFolderId=NO_PARENT&projectId="+srv.ProjectID()+"&sort=name:asc&section=NOTEBOOK", nil, 200)
	a.do("listFolders", "GET", "/folders?name=Plasmids&nameIncludes=Plas&archiveReason=NOT_ARCHIVED&ids="+fid, nil, 200)
	a.do("getFolder", "GET", "/folders/"+fid, nil, 200)
	a.do("getFolder", "GET", "/folders/lib_nope", nil, 404)
	a.do("archiveFolders", "POST", "/folders:archive", map[string]any{"folderIds": []string{fid}, "reason": "Made in error"}, 200)
	a.do("!archiveFolders", "POST", "/folders:archive", map[string]any{"folderIds": []string{fid}, "reason": "Missing"}, 400)
	a.do("unarchiveFolders", "POST", "/folders:unarchive", map[string]any{"folderIds": []string{fid}}, 200)
	a.do("unarchiveFolders", "POST", "/folders:unarchive", map[string]any{"folderIds": []string{"lib_nope"}}, 400)
	a.do("listProjects", "GET", "/projects?pageSize=5&sort=name&archiveReason=ANY_ARCHIVED_OR_NOT_ARCHIVED&name=Benchling%20Test%20Project", nil, 200)
	a.do("getProject", "GET", "/projects/"+srv.ProjectID(), nil, 200)
	a.do("getProject", "GET", "/projects/src_nope", nil, 404)
	a.do("archiveProjects", "POST", "/projects:archive", map[string]any{"projectIds": []string{srv.ProjectID()}, "reason": "Other"}, 200)
	a.do("archiveProjects", "POST", "/projects:archive", map[string]any{"projectIds": []string{"src_nope"}, "reason": "Other"}, 400)
	a.do("unarchiveProjects", "POST", "/projects:unarchive", map[string]any{"projectIds": []string{srv.ProjectID()}}, 200)

	// --- Organizations, Teams and memberships ---
	user := srv.AddUser(benchlingtest.User{Name: "Rosalind Franklin", Handle: "rfranklin"})
	other := srv.AddUser(benchlingtest.User{Name: "Barbara McClintock", Handle: "bmcclintock"})
	orgIDs, err := srv.Add("organizations", &benchling.Organization{Name: "Franklin Lab"})
	if err != nil {
		t.Fatal(err)
	}
	org := orgIDs[0]
	if err := srv.AddMembership(org, user, "ADMIN"); err != nil {
		t.Fatal(err)
	}
	a.do("listOrganizations", "GET", "/organizations?pageSize=5&sort=name:asc&name=Franklin%20Lab&hasMembers="+user+"&hasAdmins="+user, nil, 200)
	a.do("listOrganizations", "GET", "/organizations?names.anyOf=franklin%20lab&names.anyOf.caseSensitive=Franklin%20Lab&nameIncludes=Lab&ids="+org+"&modifiedAt=%3E%202020-01-01", nil, 200)
	a.do("getOrganization", "GET", "/organizations/"+org, nil, 200)
	a.do("getOrganization", "GET", "/organizations/ent_nope", nil, 404)
	team := a.do("createTeam", "POST", "/teams", map[string]any{"name": "Crystallography", "organizationId": org, "description": "X-ray"}, 201)
	tid := str(team, "id")
	a.do("createTeam", "POST", "/teams", map[string]any{"name": "Nowhere", "organizationId": "ent_nope"}, 400)
	a.do("listTeams", "GET", "/teams?organizationId="+org+"&sort=modifiedAt:desc&pageSize=3&name=Crystallography&nameIncludes=Cryst", nil, 200)
	a.do("listTeams", "GET", "/teams?hasMembers="+user+"&hasAdmins="+user+"&mentionedIn=etr_nope&names.anyOf=x&ids="+tid, nil, 200)
	a.do("getTeam", "GET", "/teams/"+tid, nil, 200)
	a.do("getTeam", "GET", "/teams/team_nope", nil, 404)
	a.do("updateTeam", "PATCH", "/teams/"+tid, map[string]any{"name": "X-ray Crystallography", "description": "Photo 51"}, 200)
	a.do("updateTeam", "PATCH", "/teams/team_nope", map[string]any{"name": "x"}, 404)
	for _, g := range []struct{ path, op, id string }{{"organizations", "Organization", org}, {"teams", "Team", tid}} {
		base := "/" + g.path + "/" + g.id + "/memberships"
		a.do("create"+g.op+"Membership", "POST", base, map[string]any{"userId": other, "role": "MEMBER"}, 201)
		a.do("create"+g.op+"Membership", "POST", base, map[string]any{"userId": other, "role": "MEMBER"}, 400)
		a.do("!create"+g.op+"Membership", "POST", base, map[string]any{"userId": other, "role": "OWNER"}, 400)
		a.do("create"+g.op+"Membership", "POST", "/"+g.path+"/nope/memberships", map[string]any{"userId": other, "role": "MEMBER"}, 404)
		a.do("list"+g.op+"Memberships", "GET", base+"?pageSize=1&role=MEMBER", nil, 200)
		a.do("list"+g.op+"Memberships", "GET", "/"+g.path+"/nope/memberships", nil, 404)
		a.do("get"+g.op+"Membership", "GET", base+"/"+other, nil, 200)
		a.do("get"+g.op+"Membership", "GET", base+"/ent_nope", nil, 404)
		a.do("update"+g.op+"Membership", "PATCH", base+"/"+other, map[string]any{"role": "ADMIN"}, 200)
		a.do("update"+g.op+"Membership", "PATCH", base+"/ent_nope", map[string]any{"role": "ADMIN"}, 404)
		a.doNoContent("delete"+g.op+"Membership", "DELETE", base+"/"+other, http.StatusNoContent)
		a.doNoContent("delete"+g.op+"Membership", "DELETE", base+"/"+other, http.StatusNotFound)
	}

	// --- coverage ---
	tags := []string{"Schemas", "Dropdowns", "Folders", "Projects", "Organizations", "Teams"}
	var missing []string
	n := 0
	for _, op := range a.spec.Operations() {
		if !slices.ContainsFunc(op.Tags, func(t string) bool { return slices.Contains(tags, t) }) {
			continue
		}
		n++
		if !a.covered[op.ID] {
			missing = append(missing, fmt.Sprintf("%s %s %s", op.ID, op.Method, op.Path))
		}
	}
	if n != 55 || len(missing) > 0 {
		t.Errorf("%d operations in scope (want 55); not covered with a 2xx: %v", n, missing)
	}
}

// camel turns a path segment into its list key: "entity-schemas" ->
// "entitySchemas".
func camel(s string) string {
	parts := strings.Split(s, "-")
	for i := 1; i < len(parts); i++ {
		parts[i] = strings.ToUpper(parts[i][:1]) + parts[i][1:]
	}
	return strings.Join(parts, "")
}

// doNoContent is do for an operation whose success has no body (a 204):
// it checks the request and the status, and validates an error body.
func (a *apiTester) doNoContent(wantOp, method, path string, want int) {
	a.t.Helper()
	req, err := http.NewRequest(method, a.srv.URL+"/api/v2"+path, nil)
	if err != nil {
		a.t.Fatal(err)
	}
	req.SetBasicAuth(a.srv.APIKey, "")
	if op, verr := a.spec.ValidateRequest(req); op != wantOp || verr != nil {
		a.t.Fatalf("%s %s: operation %q (%v), want %q", method, path, op, verr, wantOp)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		a.t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != want {
		a.t.Fatalf("%s %s: status %d, want %d; body: %s", method, path, resp.StatusCode, want, body)
	}
	a.checkResponse(req, resp, body)
	if want == http.StatusNoContent {
		if len(body) != 0 {
			a.t.Errorf("%s %s: a 204 with a body: %s", method, path, body)
		}
		a.mu.Lock()
		a.covered[wantOp] = true
		a.mu.Unlock()
	}
}
