package benchlingtest

import (
	"fmt"
	"maps"
	"net/http"
	"slices"
	"strings"
)

// The Folders and Projects tags: /folders and /projects.
//
// The tenant starts with one project (Server.ProjectID) holding one root
// folder (Server.FolderID), where seeded items go. Folders form trees
// within projects; a folder's projectId is its parent's. Archiving a
// folder archives its subfolders and the items in them, and archiving a
// project its folders and their items; unarchiving undoes exactly what
// that archive did (items archived on their own stay archived).

var folderArchiveReasons = []string{"Made in error", "Retired", "Other"}

var folders = &resource{
	path: "folders", noun: "Folder", prefix: "lib_", listKey: "folders",
	doc:    map[string]any{"archiveRecord": nil, "id": "", "name": "", "parentFolderId": nil, "projectId": ""},
	server: []string{"id"},
	list: &listOp{filters: "ids name nameIncludes archiveReason parentFolderId projectId section",
		custom: map[string]filter{
			"parentFolderId": parentFolderFilter,
			"projectId":      eqAt("projectId"),
			"section":        sectionFilter,
		}},
	get:    true,
	create: body("name:string! parentFolderId:string!"),
	validate: func(w *write) string {
		parent := w.st.coll("folders").byID[strAt(w.body, "parentFolderId")]
		if parent == nil {
			return fmt.Sprintf("parent folder %s not found", strAt(w.body, "parentFolderId"))
		}
		if parent.doc["archiveRecord"] != nil {
			return fmt.Sprintf("parent folder %s is archived", parent.id())
		}
		return ""
	},
	// A folder belongs to its parent's project; a root folder added
	// without a project goes to the tenant's.
	derive: func(w *write) {
		if p := w.st.coll("folders").byID[strAt(w.doc, "parentFolderId")]; p != nil {
			w.doc["projectId"] = p.doc["projectId"]
		} else if strAt(w.doc, "projectId") == "" {
			w.doc["projectId"] = w.st.projectID
		}
	},
	actions: []action{
		{"POST", "/folders:archive", archiveContainers("folders", "folderIds", true)},
		{"POST", "/folders:unarchive", archiveContainers("folders", "folderIds", false)},
	},
}

var projects = &resource{
	path: "projects", noun: "Project", prefix: "src_", listKey: "projects",
	doc:    map[string]any{"archiveRecord": nil, "id": "", "name": "", "owner": map[string]any{}},
	server: []string{"id"},
	list:   &listOp{filters: "ids name archiveReason"},
	get:    true,
	// A project added without an owner is the admin's.
	fill: func(w *write) {
		if empty(w.doc["owner"]) {
			w.doc["owner"] = w.st.adminSummary()
		}
	},
	actions: []action{
		{"POST", "/projects:archive", archiveContainers("projects", "projectIds", true)},
		{"POST", "/projects:unarchive", archiveContainers("projects", "projectIds", false)},
	},
}

// parentFolderFilter: a folder ID, or NO_PARENT for root folders.
func parentFolderFilter(f *filterCtx) (func(*item) bool, *httpError) {
	switch v := f.value(); v {
	case "":
		return nil, nil
	case "NO_PARENT":
		return func(it *item) bool { return it.doc["parentFolderId"] == nil }, nil
	default:
		return func(it *item) bool { return strAt(it.doc, "parentFolderId") == v }, nil
	}
}

// sectionFilter checks the deprecated section parameter; folder types
// are merged (as the spec says), so it restricts nothing.
func sectionFilter(f *filterCtx) (func(*item) bool, *httpError) {
	if v := f.value(); v != "" && v != "INVENTORY" && v != "NOTEBOOK" {
		return nil, badRequest("Invalid section %q: use INVENTORY or NOTEBOOK.", v)
	}
	return nil, nil
}

// addFixed stores a document with the timestamps of it0, drawing no IDs,
// no times and no sequence number from the counters: the tenant's
// starting project and folder, whose IDs the store drew first, so that
// the numbers seeded names take stay as they were. Their sequence
// numbers (creation order, the last tie-breaker of sorts) sit above the
// counter's range.
func (st *store) addFixed(path string, d map[string]any, it0 *item, seq uint64) {
	coll := st.coll(path)
	full := maps.Clone(coll.res.doc)
	maps.Copy(full, d)
	it := &item{seq: 1<<62 + seq, created: it0.created, modified: it0.modified, doc: full,
		lname: strings.ToLower(strAt(full, "name"))}
	coll.add(it)
}

// addStartingContainers makes the tenant's project and root folder real
// documents (their IDs are drawn before anything else).
func (st *store) addStartingContainers() {
	admin := st.user(st.adminID)
	st.addFixed("projects", map[string]any{"id": st.projectID, "name": "Benchling Test Project", "owner": admin.summary()}, admin, 1)
	st.addFixed("folders", map[string]any{"id": st.folderID, "name": "Benchling Test Folder", "projectId": st.projectID}, admin, 2)
}

// folderChangeKeys are the kinds of items a FoldersArchivalChange (and a
// ProjectsArchivalChange) lists, by the ID key of their own archive
// operation. Items of other kinds in an archived folder are left as they
// are.
var folderChangeKeys = []string{"aaSequenceIds", "customEntityIds", "dnaSequenceIds", "entryIds", "mixtureIds", "oligoIds", "protocolIds"}

// archiveContainers serves :archive (archive) and :unarchive of folders
// or projects: path is "folders" or "projects", idsKey the body's list.
// Archiving cascades to the folders below and the items in them, and
// records what it archived; unarchiving unarchives the containers and
// what their archive archived.
func archiveContainers(path, idsKey string, archive bool) handler {
	return func(c *call) (int, any, *httpError) {
		ids, reason, herr := c.archiveBody(idsKey, archive)
		if herr != nil {
			return 0, nil, herr
		}
		roots, herr := c.st.coll(path).lookup(ids)
		if herr != nil {
			return 0, nil, herr
		}
		st := c.st
		t := st.now()
		change := map[string][]any{}
		set := func(it *item, key string, rec any) {
			it.doc["archiveRecord"] = rec
			it.modified = t
			if _, ok := it.doc["modifiedAt"]; ok {
				it.doc["modifiedAt"] = fmtTime(t)
			}
			change[key] = append(change[key], it.id())
		}
		for _, root := range roots {
			if archive {
				if root.doc["archiveRecord"] != nil {
					continue // already archived: nothing changes
				}
				set(root, idsKey, map[string]any{"reason": reason})
				for _, d := range st.contents(root) {
					if d.it.doc["archiveRecord"] == nil {
						set(d.it, d.key, map[string]any{"reason": reason})
						st.archivedWith[d.it.id()] = root.id()
					}
				}
				continue
			}
			if root.doc["archiveRecord"] == nil {
				continue
			}
			set(root, idsKey, nil)
			for _, d := range st.contents(root) {
				if st.archivedWith[d.it.id()] == root.id() {
					set(d.it, d.key, nil)
					delete(st.archivedWith, d.it.id())
				}
			}
		}
		out := map[string]any{}
		keys := append([]string{"folderIds"}, folderChangeKeys...)
		if path == "projects" {
			keys = append(keys, "projectIds")
		}
		for _, k := range keys {
			out[k] = append([]any{}, change[k]...)
		}
		return http.StatusOK, out, nil
	}
}

// archiveBody decodes the body of an :archive (archive) or :unarchive
// of folders, projects or dropdown options: the ID list idsKey, and for
// an archive a reason among folderArchiveReasons.
func (c *call) archiveBody(idsKey string, archive bool) ([]string, string, *httpError) {
	schema := body(idsKey + ":[]string!")
	if archive {
		schema = schema.with("reason:string!")
	}
	in, herr := c.decodeBody(schema)
	if herr != nil {
		return nil, "", herr
	}
	if msg := schema.missing(in); msg != "" {
		return nil, "", badRequest("%s.", msg)
	}
	reason := strAt(in, "reason")
	if archive && !slices.Contains(folderArchiveReasons, reason) {
		return nil, "", badRequest("Invalid archive reason %q: use one of %s.", reason, strings.Join(folderArchiveReasons, ", "))
	}
	return stringList(in[idsKey]), reason, nil
}

// content is an item inside a folder or project, with the key its kind
// has in an archival change.
type content struct {
	it  *item
	key string
}

// contents returns what is inside a folder (its subfolders, at any depth,
// and the items of the kinds folderChangeKeys lists in any of them) or a
// project (its folders and their items).
func (st *store) contents(root *item) []content {
	folders := st.coll("folders")
	children := map[string][]*item{} // parent folder ID (or "" for roots) -> folders
	for _, f := range folders.order {
		children[strAt(f.doc, "parentFolderId")] = append(children[strAt(f.doc, "parentFolderId")], f)
	}
	var out []content
	inside := map[string]bool{}
	var queue []*item
	if root.coll == folders {
		inside[root.id()] = true
		queue = append(queue, root)
	} else {
		for _, f := range children[""] {
			if strAt(f.doc, "projectId") == root.id() {
				inside[f.id()] = true
				out = append(out, content{f, "folderIds"})
				queue = append(queue, f)
			}
		}
	}
	for len(queue) > 0 {
		f := queue[0]
		queue = queue[1:]
		for _, ch := range children[f.id()] {
			if !inside[ch.id()] {
				inside[ch.id()] = true
				out = append(out, content{ch, "folderIds"})
				queue = append(queue, ch)
			}
		}
	}
	for _, path := range slices.Sorted(maps.Keys(st.colls)) {
		coll := st.colls[path]
		a := coll.res.archive
		if a == nil || !slices.Contains(folderChangeKeys, a.idsKey) {
			continue
		}
		for _, it := range coll.order {
			if inside[strAt(it.doc, "folderId")] {
				out = append(out, content{it, a.idsKey})
			}
		}
	}
	return out
}
