package benchlingtest

import (
	"math/rand/v2"
	"time"
)

// seqKind describes what differs between AA and DNA sequences.
type seqKind struct {
	dna        bool
	prefix     string // ID prefix
	collection string // path segment
	plural     string // JSON list key
	idsKey     string // JSON key of ID lists in archive bodies
	residueKey string // "aminoAcids" or "bases"
	webPart    string // part of the web URL
}

var (
	aaKind = &seqKind{prefix: "prtn_", collection: "aa-sequences", plural: "aaSequences",
		idsKey: "aaSequenceIds", residueKey: "aminoAcids", webPart: "prtn"}
	dnaKind = &seqKind{dna: true, prefix: "seq_", collection: "dna-sequences", plural: "dnaSequences",
		idsKey: "dnaSequenceIds", residueKey: "bases", webPart: "seq"}
)

// collection holds items of one type in creation order and by ID.
type collection[T any] struct {
	order []*T
	byID  map[string]*T
}

func newCollection[T any](n int) *collection[T] {
	return &collection[T]{order: make([]*T, 0, n), byID: make(map[string]*T, n)}
}

func (c *collection[T]) add(id string, v *T) {
	c.order = append(c.order, v)
	c.byID[id] = v
}

func (c *collection[T]) grow(n int) {
	if cap(c.order)-len(c.order) < n {
		o := make([]*T, len(c.order), len(c.order)+n)
		copy(o, c.order)
		c.order = o
	}
	if len(c.byID) == 0 {
		c.byID = make(map[string]*T, n)
	}
}

// store is the tenant's data. Every method is called with Server.mu held.
type store struct {
	base    string // tenant base URL
	now0    func() time.Time
	last    time.Time // last time handed out; times are strictly increasing
	rng     *rand.Rand
	seq     uint64
	ids     map[string]struct{}
	adminID string

	users     *collection[user]
	aa        *collection[sequence]
	dna       *collection[sequence]
	entries   *collection[entry]
	templates *collection[entryTemplate]
	tasks     map[string]*task

	registryID   string
	folderID     string
	projectID    string
	collectionID string
	displaySeq   int
	registrySeq  map[string]int
	warehouse    map[string][]map[string]any
	taskPolls    int
}

func newStore(base string, seed uint64, now func() time.Time) *store {
	st := &store{
		base:        base,
		now0:        now,
		rng:         rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)),
		ids:         map[string]struct{}{},
		users:       newCollection[user](16),
		aa:          newCollection[sequence](64),
		dna:         newCollection[sequence](64),
		entries:     newCollection[entry](16),
		templates:   newCollection[entryTemplate](4),
		tasks:       map[string]*task{},
		registrySeq: map[string]int{},
		warehouse:   map[string][]map[string]any{},
	}
	st.registryID = st.newID("src_")
	st.folderID = st.newID("lib_")
	st.projectID = st.newID("src_")
	st.collectionID = st.newID("tmplcol_")
	t := st.now()
	admin := &user{
		meta:   meta{seq: st.nextSeq(), created: t, modified: t},
		ID:     st.newID("ent_"),
		Name:   "Benchling Test Admin",
		Handle: "testadmin",
		Email:  "testadmin@example.com",
	}
	st.adminID = admin.ID
	st.users.add(admin.ID, admin)
	cred := st.newID("whcr_")
	st.warehouse[admin.ID] = []map[string]any{{
		"createdAt": fmtTime(t), "id": cred, "label": "Test warehouse login",
		"modifiedAt": fmtTime(t), "userId": admin.ID, "username": "u$testadmin_fake",
	}}
	st.addTemplate("Experiment template", "")
	st.addTemplate("Protein purification template", "")
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

func (st *store) admin() *user { return st.users.byID[st.adminID] }

func (st *store) touchUser(id string) {
	if u := st.users.byID[id]; u != nil {
		t := st.now0().UTC()
		u.lastSeen = &t
	}
}

func (st *store) seqColl(k *seqKind) *collection[sequence] {
	if k.dna {
		return st.dna
	}
	return st.aa
}

func (st *store) addTemplate(name, schemaID string) *entryTemplate {
	t := st.now()
	id := st.newID("tmpl_")
	tmpl := &entryTemplate{
		meta:                 meta{seq: st.nextSeq(), created: t, modified: t},
		APIURL:               st.base + apiPrefix + "/entry-templates/" + id,
		CreatedAt:            fmtTime(t),
		Creator:              st.admin().summary(),
		ID:                   id,
		ModifiedAt:           fmtTime(t),
		Name:                 name,
		TemplateCollectionID: st.collectionID,
		WebURL:               st.base + "/benchling/template/" + id + "/edit",
		Days: []templateDay{{Day: 1, Title: ptr("Day 1"), Notes: []map[string]any{
			textNote("Objective: describe the aim of the experiment."),
			textNote("Materials and methods."),
		}}},
	}
	if schemaID != "" {
		tmpl.Schema = st.entrySchema(schemaID)
	}
	st.templates.add(id, tmpl)
	return tmpl
}

func textNote(s string) map[string]any {
	return map[string]any{"type": "text", "text": s, "links": []any{}, "indentation": 0}
}

func (st *store) entrySchema(id string) *entrySchema {
	return &entrySchema{ID: id, Name: schemaName(id), ModifiedAt: fmtTime(st.last)}
}

// schemaName invents a stable display name for a schema ID.
func schemaName(id string) string { return "Schema " + id }
