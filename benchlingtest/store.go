package benchlingtest

import (
	"math/rand/v2"
	"slices"
	"time"
)

// resources are the collections the tenant has, described for the
// engine (engine.go). Add a new resource here.
var resources = slices.Concat([]*resource{users, aaSequences, dnaSequences, entries, entryTemplates,
	folders, projects, dropdowns, organizations, teams,
	rnaSequences, dnaOligos, rnaOligos, oligos, featureLibraries, features, customNotations, codonUsageTables, enzymes,
	nucleotideAlignments, dnaAlignments,
	customEntities, molecules, mixtures, monomers, registries,
	workflowTaskGroups, workflowTasks, workflowOutputs, workflowFlowcharts, workflowFlowchartConfigVersions,
	requests, requestFulfillments, legacyWorkflowResource}, schemaResources,
	[]*resource{blobs, files, datasets, dataFrames, instrumentQueries,
		assayResults, assayRuns, inputGenerators, outputProcessors, transforms}, inventoryResources,
	[]*resource{benchlingApps, appCanvases, appSessions, appConfigItems})

// extraRoutes are built-in routes that belong to no resource.
var extraRoutes = slices.Concat([]route{
	newRoute("GET", "/tasks/{task_id}", getTask),
	newRoute("POST", "/entities:bulk-upsert", bulkUpsertEntities),
	newRoute("POST", "/registries/{registry_id}:validate-barcodes", validateBarcodes),
}, blobRoutes, exportRoutes, connectRoutes, eventRoutes, warehouseRoutes)

// store is the tenant's data. Every method is called with Server.mu held.
type store struct {
	base    string           // tenant base URL
	now0    func() time.Time // the data clock
	last    time.Time        // last time handed out; times are strictly increasing
	rng     *rand.Rand
	seq     uint64
	ids     map[string]struct{}
	adminID string

	colls    map[string]*collection // by resource path
	registry map[string]*item       // registered entities by registry ID, of every resource
	tasks    map[string]*task

	registryID   string
	folderID     string
	projectID    string
	collectionID string
	displaySeq   int
	registrySeq  map[string]int
	warehouse    map[string][]any          // user ID -> warehouse credentials
	lastSeen     map[string]time.Time      // user ID -> when the user last sent a request
	files        map[string]map[string]int // entry ID -> external file ID -> size
	taskPolls    int
	members      map[string][]*item // organization or team ID -> memberships, in the order made
	archivedWith map[string]string  // item ID -> the folder or project whose archive archived it
	wf           *workflowState     // the workflow and legacy tags' state (workflow()), made on first use
	printJobs    []PrintJob         // the label printings received
	assay        *assayState        // result transactions and what processors created (assay_results.go)

	// cloud storage (storage.go)
	storageBase string                       // the storage server's URL
	signKey     []byte                       // signs pre-signed URLs
	objects     map[string]*object           // stored objects by key
	puts        map[string]*putTarget        // keys a pre-signed PUT may write
	blobParts   map[string]map[int]*blobPart // blob ID -> part number -> part, while IN_PROGRESS

	// changes (events.go) and apps (apps.go)
	auditLog map[string][]auditEntry // item ID -> its changes, oldest first
	eventLog []map[string]any        // the events, in the order they happened
	appID    string                  // the tenant's own app
}

func newStore(base string, seed uint64, now func() time.Time) *store {
	st := &store{
		base:        base,
		now0:        now,
		rng:         rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)),
		ids:         map[string]struct{}{},
		colls:       map[string]*collection{},
		registry:    map[string]*item{},
		tasks:       map[string]*task{},
		registrySeq: map[string]int{},
		warehouse:   map[string][]any{},
		lastSeen:    map[string]time.Time{},
		files:       map[string]map[string]int{},
		objects:     map[string]*object{},
		puts:        map[string]*putTarget{},
		blobParts:   map[string]map[int]*blobPart{},
		auditLog:    map[string][]auditEntry{},
	}
	st.members, st.archivedWith = map[string][]*item{}, map[string]string{}
	st.signKey = []byte(randomHex(32)) // not from rng: IDs stay as they were for a seed
	for _, r := range resources {
		if r.collPath == "" {
			st.colls[r.path] = &collection{res: r, byID: map[string]*item{}}
		}
	}
	st.seedCustomNotations()
	st.seedCodonUsageTables()
	st.seedEnzymes()
	st.registryID = st.newID("src_")
	st.folderID = st.newID("lib_")
	st.projectID = st.newID("src_")
	st.collectionID = st.newID("tmplcol_")
	admin := st.insertUser(map[string]any{"name": "Benchling Test Admin", "handle": "testadmin", "email": "testadmin@example.com"})
	st.adminID = admin.id()
	t := admin.created
	cred := st.newID("whcr_")
	st.warehouse[st.adminID] = []any{map[string]any{
		"createdAt": fmtTime(t), "id": cred, "label": "Test warehouse login",
		"modifiedAt": fmtTime(t), "userId": st.adminID, "username": "u$testadmin_fake",
	}}
	st.addTemplate("Experiment template", "")
	st.addTemplate("Protein purification template", "")
	st.addStartingContainers()
	st.addRegistry()
	st.addApp(seed, t)
	return st
}

// now returns the time, strictly later than any time returned before, so
// that items written in a row never tie on modifiedAt.
func (st *store) now() time.Time {
	t := st.now0().UTC().Truncate(time.Microsecond)
	if !t.After(st.last) {
		t = st.last.Add(time.Microsecond)
	}
	st.last = t
	return t
}

func (st *store) nextSeq() uint64 {
	st.seq++
	return st.seq
}

func (st *store) user(id string) *item { return st.coll("users").byID[id] }

// adminSummary is the admin's UserSummary (nil while the admin is being
// created).
func (st *store) adminSummary() map[string]any {
	if u := st.user(st.adminID); u != nil {
		return u.summary()
	}
	return nil
}

// summary is a user's UserSummary.
func (it *item) summary() map[string]any {
	return map[string]any{"handle": it.doc["handle"], "id": it.doc["id"], "name": it.doc["name"]}
}

// create creates an item without checks (seeding), as a create request
// with this body would.
func (st *store) create(path string, body map[string]any) *item {
	w := st.newWrite(nil, st.coll(path), opCreate, body, nil, &batch{})
	return w.insert()
}
