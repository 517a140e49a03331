package benchlingtest

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"
)

// RegistryID returns the ID of the tenant's registry (registryId in
// create and upsert bodies).
func (s *Server) RegistryID() string { return s.st.registryID }

// FolderID returns the ID of the folder seeded items are put in; any
// folder ID is accepted in request bodies.
func (s *Server) FolderID() string { return s.st.folderID }

// ProjectID returns the ID of the tenant's project, which holds every
// folder (the projectId list filter).
func (s *Server) ProjectID() string { return s.st.projectID }

// AdminUserID returns the ID of the user that owns the API key and the
// OAuth app: the creator of everything written through the API.
func (s *Server) AdminUserID() string { return s.st.adminID }

// Add stores items in one of the tenant's collections directly (no
// request, no validation) and returns their IDs, in order. collection is
// the collection's path in the API (TestAddDocListsEveryCollection keeps
// this list equal to the tenant's collections):
//   - registry entities: "custom-entities", "aa-sequences",
//     "dna-sequences", "rna-sequences", "dna-oligos", "rna-oligos" (the
//     deprecated /oligos serves the DNA oligos), "molecules", "mixtures";
//     and "monomers", "custom-notations", "registries";
//   - molecular biology: "feature-libraries", "features",
//     "codon-usage-tables", "enzymes", "nucleotide-alignments";
//   - notebook and organisation: "entries", "entry-templates", "folders",
//     "projects", "users", "organizations", "teams", "dropdowns";
//   - inventory: "containers", "boxes", "plates", "locations" (a
//     container added in a position of a box or plate takes it; a well
//     plate added without wells gets them), "label-templates",
//     "label-printers";
//   - schemas: "entity-schemas", "batch-schemas", "box-schemas",
//     "container-schemas", "location-schemas", "plate-schemas",
//     "entry-schemas", "request-schemas", "request-task-schemas",
//     "workflow-task-schemas", "assay-run-schemas", "assay-result-schemas";
//   - results and lab automation: "assay-results", "assay-runs",
//     "automation-input-generators", "automation-output-processors",
//     "automation-file-transforms", "instrument-queries";
//   - files and data: "blobs", "files", "datasets", "data-frames";
//   - workflows: "workflow-tasks", "workflow-task-groups",
//     "workflow-outputs", "workflow-flowcharts",
//     "workflow-flowchart-config-versions", "legacy-workflows" (the
//     deprecated /workflows), "requests", "request-fulfillments";
//   - apps: "apps", "app-canvases", "app-sessions",
//     "app-configuration-items".
//
// An item is any value that marshals to a JSON object of the resource's
// properties as Benchling returns them: an SDK model such as
// benchling.AaSequence, or a map[string]any. Properties the item gives
// are kept as they are, so a test can seed data dated in the past, by
// another creator, with chosen IDs or registry IDs. The server fills the
// properties it fills on create that the item leaves empty (absent,
// null, "", [] or the zero time): id, createdAt (the data clock),
// modifiedAt (createdAt when only that is given), creator and authors
// (the admin user), apiURL, webURL, an entry's displayId; a registered
// item (with an entityRegistryId) gets the tenant's registryId and a
// registrationOrigin. A sequence's length follows its residues. Other
// properties the item leaves out get the value a new item has (null, []
// or {}).
//
// Nothing is added, and Add returns an error, when collection is not
// one of the tenant's, an item is not a JSON object, has a property the
// resource does not have, an ID or registry ID that is already used, or
// a timestamp that is not RFC 3339.
func (s *Server) Add(collection string, items ...any) ([]string, error) {
	in := make([]map[string]any, len(items))
	for i, it := range items {
		b, err := json.Marshal(it)
		if err != nil {
			return nil, fmt.Errorf("benchlingtest: Add %s: item %d: %v", collection, i, err)
		}
		if err := json.Unmarshal(b, &in[i]); err != nil || in[i] == nil {
			return nil, fmt.Errorf("benchlingtest: Add %s: item %d is not a JSON object", collection, i)
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	st := s.st
	coll := st.coll(collection)
	if coll == nil {
		return nil, fmt.Errorf("benchlingtest: Add: the tenant has no collection %q (it has %s)", collection, strings.Join(slices.Sorted(maps.Keys(st.colls)), ", "))
	}
	res := coll.res
	taken := map[string]bool{}
	for i, d := range in {
		for _, k := range slices.Sorted(maps.Keys(d)) {
			if _, ok := res.doc[k]; !ok && !slices.Contains(res.server, k) {
				return nil, fmt.Errorf("benchlingtest: Add %s: item %d has property %q, which %s do not have", collection, i, k, res.path)
			}
		}
		if id := strAt(d, "id"); id != "" {
			if _, used := st.ids[id]; used || coll.byID[id] != nil || taken["id:"+id] {
				return nil, fmt.Errorf("benchlingtest: Add %s: item %d: ID %q is already used", collection, i, id)
			}
			taken["id:"+id] = true
		}
		if rid := strAt(d, "entityRegistryId"); rid != "" {
			if st.registry[rid] != nil || taken["rid:"+rid] {
				return nil, fmt.Errorf("benchlingtest: Add %s: item %d: registry ID %q is already used", collection, i, rid)
			}
			taken["rid:"+rid] = true
		}
		for _, k := range []string{"createdAt", "modifiedAt"} {
			if v := strAt(d, k); !empty(v) {
				if _, err := time.Parse(time.RFC3339Nano, v); err != nil {
					return nil, fmt.Errorf("benchlingtest: Add %s: item %d: %s %q is not an RFC 3339 date-time", collection, i, k, v)
				}
			}
		}
	}
	ids := make([]string, len(in))
	for i, d := range in {
		ids[i] = st.addDoc(coll, d).id()
	}
	return ids, nil
}

// addDoc stores a document as Add describes.
func (st *store) addDoc(coll *collection, d map[string]any) *item {
	res := coll.res
	full := maps.Clone(res.doc)
	for k, v := range d {
		if !empty(v) || full[k] == nil {
			full[k] = v
		}
	}
	created, hasCreated := parseTime(strAt(d, "createdAt"))
	modified, hasModified := parseTime(strAt(d, "modifiedAt"))
	_, dated := full["modifiedAt"]
	switch {
	case hasCreated && !hasModified:
		modified = created
		if dated {
			full["modifiedAt"] = d["createdAt"]
		}
	case hasModified && !hasCreated:
		created = modified
		if _, ok := full["createdAt"]; ok {
			full["createdAt"] = d["modifiedAt"]
		}
	case !hasCreated && !hasModified:
		created = st.now()
		modified = created
	}
	it := &item{seq: st.nextSeq(), created: created, modified: modified, doc: full}
	w := &write{st: st, coll: coll, res: res, op: opCreate, body: d, it: it, doc: full, actor: st.adminSummary(), now: created, batch: &batch{}}
	w.fillServer(full, created, modified)
	if res.fill != nil {
		res.fill(w)
	}
	if rid := strAt(full, "entityRegistryId"); rid != "" {
		if full["registryId"] == nil {
			full["registryId"] = st.registryID
		}
		if full["registrationOrigin"] == nil {
			full["registrationOrigin"] = map[string]any{"originEntryId": nil, "registeredAt": strAt(full, "createdAt")}
		}
		st.registry[rid] = it
	}
	if res.derive != nil {
		res.derive(w)
	}
	it.lname = strings.ToLower(strAt(full, "name"))
	st.ids[it.id()] = struct{}{}
	coll.add(it)
	if res.after != nil {
		res.after(w)
	}
	return it
}

func parseTime(s string) (time.Time, bool) {
	if empty(s) {
		return time.Time{}, false
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	return t.UTC(), err == nil
}

// User describes a user for AddUser.
type User struct {
	Name, Handle, Email string
	IsSuspended         bool
}

// AddUser adds a user directly (no request) and returns its ID. Empty
// fields are made up.
func (s *Server) AddUser(u User) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := s.st.seq + 1
	if u.Name == "" {
		u.Name = "User " + strconv.FormatUint(n, 10)
	}
	if u.Handle == "" {
		u.Handle = "user" + strconv.FormatUint(n, 10)
	}
	if u.Email == "" {
		u.Email = u.Handle + "@example.com"
	}
	return s.st.insertUser(map[string]any{"name": u.Name, "handle": u.Handle, "email": u.Email, "isSuspended": u.IsSuspended}).id()
}

var firstNames = []string{"Rosalind", "Barbara", "Francis", "Gregor", "Dorothy", "Frederick", "Marie", "Louis", "Ada", "Kary", "Jennifer", "Emmanuelle", "Har Gobind", "Tu", "Craig", "Frances"}
var lastNames = []string{"Franklin", "McClintock", "Crick", "Mendel", "Hodgkin", "Sanger", "Curie", "Pasteur", "Yonath", "Mullis", "Doudna", "Charpentier", "Khorana", "Youyou", "Venter", "Arnold"}

// SeedUsers adds n users with realistic names, handles and emails and
// returns their IDs. A negative n adds nothing.
func (s *Server) SeedUsers(n int) []string {
	n = max(n, 0)
	s.mu.Lock()
	defer s.mu.Unlock()
	st := s.st
	st.coll("users").grow(n)
	ids := make([]string, n)
	for i := range n {
		f, l := firstNames[st.rng.IntN(len(firstNames))], lastNames[st.rng.IntN(len(lastNames))]
		k := st.seq + 1
		handle := strings.ToLower(strings.ReplaceAll(f[:1]+l, " ", "")) + strconv.FormatUint(k, 10)
		u := st.insertUser(map[string]any{"name": f + " " + l, "handle": handle, "email": handle + "@example.com"})
		if i%3 == 0 {
			u.doc["passwordLastChangedAt"] = fmtTime(u.created)
		}
		ids[i] = u.id()
	}
	return ids
}

// AaSequence describes an AA sequence for AddAaSequence.
type AaSequence struct {
	Name       string
	AminoAcids string // made up (about 300 residues) when empty
	FolderID   string // defaults to FolderID()
	SchemaID   string // a "ts_" ID, or empty for none
	Aliases    []string
	// Fields are schema field values by name: strings, numbers, bools,
	// IDs (which become links), or lists of those.
	Fields map[string]any
	// CustomFields are custom field values by name.
	CustomFields map[string]string
	// EntityRegistryID, if set, registers the sequence in RegistryID()
	// under this registry ID.
	EntityRegistryID string
	// ArchiveReason, if set, archives the sequence with this reason.
	ArchiveReason string
}

// DnaSequence describes a DNA sequence for AddDnaSequence.
type DnaSequence struct {
	Name             string
	Bases            string // made up (about 900 bases) when empty
	IsCircular       bool
	FolderID         string
	SchemaID         string
	Aliases          []string
	Fields           map[string]any
	CustomFields     map[string]string
	EntityRegistryID string
	ArchiveReason    string
}

// addSeq creates a sequence as a create request with these properties
// would, without checks.
func (st *store) addSeq(k *seqKind, name, residues string, circular bool, folder, schema string, aliases []string,
	fields map[string]any, custom map[string]string, rid, reason string) string {
	if name == "" {
		name = fmt.Sprintf("%s %d", k.noun, st.seq+1)
	}
	if folder == "" {
		folder = st.folderID
	}
	b := map[string]any{"name": name, "folderId": folder}
	if residues == "" {
		if k.dna {
			residues = randomBases(st, 900)
		} else {
			residues = randomProtein(st, 300)
		}
	}
	b[k.residueKey] = residues
	if k.dna {
		b["isCircular"] = circular
	}
	if schema != "" {
		b["schemaId"] = schema
	}
	if aliases != nil {
		b["aliases"] = anyList(aliases)
	}
	if fields != nil {
		fw := make(map[string]any, len(fields))
		for k, v := range fields {
			fw[k] = map[string]any{"value": jsonValue(v)}
		}
		b["fields"] = fw
	}
	if custom != nil {
		cw := make(map[string]any, len(custom))
		for k, v := range custom {
			cw[k] = map[string]any{"value": v}
		}
		b["customFields"] = cw
	}
	if rid != "" {
		b["registryId"] = st.registryID
		b["entityRegistryId"] = rid
	}
	s := st.create(k.path, b)
	if reason != "" {
		s.doc["archiveRecord"] = map[string]any{"reason": reason}
	}
	return s.id()
}

// jsonValue turns a Go value into what JSON decoding would give.
func jsonValue(v any) any {
	switch x := v.(type) {
	case nil, string, bool, float64:
		return v
	case int:
		return float64(x)
	case []string:
		return anyList(x)
	}
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	var out any
	_ = json.Unmarshal(b, &out)
	return out
}

// AddAaSequence adds an AA sequence directly (no request, no
// validation) and returns its ID.
func (s *Server) AddAaSequence(a AaSequence) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.st.addSeq(aaKind, a.Name, a.AminoAcids, false, a.FolderID, a.SchemaID, a.Aliases, a.Fields, a.CustomFields, a.EntityRegistryID, a.ArchiveReason)
}

// AddDnaSequence adds a DNA sequence directly (no request, no
// validation) and returns its ID.
func (s *Server) AddDnaSequence(d DnaSequence) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.st.addSeq(dnaKind, d.Name, d.Bases, d.IsCircular, d.FolderID, d.SchemaID, d.Aliases, d.Fields, d.CustomFields, d.EntityRegistryID, d.ArchiveReason)
}

var proteinNames = []string{"Anti-HER2 scFv", "GFP variant", "Cas9 nickase", "Lysozyme", "Insulin analog", "TEV protease", "Anti-PD1 VHH", "Beta-lactamase", "Luciferase", "Streptavidin mutein", "IL-2 fusion", "Thermostable polymerase"}
var plasmidNames = []string{"pET-28a", "pUC19", "pGEX-4T", "pcDNA3.1", "pBAD", "pLenti", "pAAV", "pMAL-c5X"}

// SeedAaSequences adds n AA sequences of about 300 residues, in the
// folder FolderID(), and returns their IDs. It writes straight into the
// store: 100,000 sequences take well under a second.
func (s *Server) SeedAaSequences(n int) []string {
	return s.seedSeqs(aaKind, n)
}

// SeedDnaSequences adds n DNA sequences of about 900 bases (every tenth
// circular), in the folder FolderID(), and returns their IDs.
func (s *Server) SeedDnaSequences(n int) []string {
	return s.seedSeqs(dnaKind, n)
}

// seedSeqs is the fast path of seeding: documents are built from one
// template, sharing every value that does not vary (documents are never
// modified in place), with one allocation for all residues and items.
func (s *Server) seedSeqs(k *seqKind, n int) []string {
	if n <= 0 {
		return []string{}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	st := s.st
	coll := st.coll(k.path)
	coll.grow(n)
	if len(st.ids) < n {
		ids := make(map[string]struct{}, len(st.ids)+n)
		for id := range st.ids {
			ids[id] = struct{}{}
		}
		st.ids = ids
	}
	avg := 300
	alphabet := "ACDEFGHIKLMNPQRSTVWY"
	names := proteinNames
	if k.dna {
		avg, alphabet, names = 900, "ACGT", plasmidNames
	}
	// One allocation for all residues; each sequence slices its part.
	lengths := make([]int, n)
	total := 0
	for i := range lengths {
		lengths[i] = avg - avg/6 + st.rng.IntN(avg/3+1)
		total += lengths[i]
	}
	buf := make([]byte, total)
	fillRandom(st, buf, alphabet)
	if !k.dna {
		off := 0
		for _, l := range lengths {
			buf[off] = 'M' // start codon
			off += l
		}
	}
	all := string(buf)
	admin := st.adminSummary()
	folder := st.folderID
	tmpl := maps.Clone(coll.res.doc)
	tmpl["creator"], tmpl["authors"], tmpl["folderId"] = admin, []any{admin}, folder
	slugs := make([]string, len(names))
	for i, n := range names {
		slugs[i] = slug(n)
	}
	apiBase := st.base + apiPrefix + "/" + k.path + "/"
	out := make([]string, n)
	items := make([]item, n) // one allocation for all items
	off := 0
	for i := range n {
		res := all[off : off+lengths[i]]
		off += lengths[i]
		t := st.now()
		var ts any = fmtTime(t)
		no := st.nextSeq()
		id := st.newID(coll.res.prefix)
		name := names[i%len(names)]
		num := strconv.FormatUint(no, 10)
		web := "/benchling/f/" + folder + "/" + id + "-" + slugs[i%len(slugs)] + "-" + num + "/edit"
		d := maps.Clone(tmpl)
		d["id"], d["name"], d["createdAt"], d["modifiedAt"] = id, name+" "+num, ts, ts
		d[k.residueKey], d["length"] = res, len(res)
		d["apiURL"], d["url"], d["webURL"] = apiBase+id, web, st.base+web
		if k.dna {
			d["isCircular"] = i%10 == 0
		}
		it := &items[i]
		*it = item{seq: no, created: t, modified: t, lname: strings.ToLower(strAt(d, "name")), doc: d}
		coll.add(it)
		out[i] = id
	}
	return out
}

// fillRandom fills buf with random letters from alphabet.
func fillRandom(st *store, buf []byte, alphabet string) {
	// Map each random byte to a letter by multiply-and-shift: eight
	// letters per random number, no division.
	var table [256]byte
	for i := range table {
		table[i] = alphabet[i*len(alphabet)>>8]
	}
	for i := 0; i < len(buf); {
		x := st.rng.Uint64()
		for j := 0; j < 8 && i < len(buf); j++ {
			buf[i] = table[byte(x)]
			x >>= 8
			i++
		}
	}
}

func randomProtein(st *store, n int) string {
	b := make([]byte, n)
	fillRandom(st, b, "ACDEFGHIKLMNPQRSTVWY")
	b[0] = 'M'
	return string(b)
}

func randomBases(st *store, n int) string {
	b := make([]byte, n)
	fillRandom(st, b, "ACGT")
	return string(b)
}

// Entry describes a notebook entry for AddEntry.
type Entry struct {
	Name     string
	FolderID string // defaults to FolderID()
	SchemaID string
	// TemplateID, if set, copies the days and notes of that template.
	TemplateID string
	// Notes are text notes of the entry's first day.
	Notes []string
	// Mentions are IDs (sequences, users, entries) the first day links
	// to, for the mentions and mentionedIn filters.
	Mentions []string
	// ReviewStatus defaults to IN_PROGRESS.
	ReviewStatus  string
	ArchiveReason string
}

// AddEntry adds a notebook entry directly and returns its ID.
func (s *Server) AddEntry(e Entry) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.st.addEntry(e).id()
}

func (st *store) addEntry(in Entry) *item {
	if in.Name == "" {
		in.Name = "Experiment " + strconv.FormatUint(st.seq+1, 10)
	}
	if in.FolderID == "" {
		in.FolderID = st.folderID
	}
	b := map[string]any{"name": in.Name, "folderId": in.FolderID}
	if in.TemplateID != "" && st.coll("entry-templates").byID[in.TemplateID] != nil {
		b["entryTemplateId"] = in.TemplateID
	}
	if in.SchemaID != "" {
		b["schemaId"] = in.SchemaID
	}
	e := st.create("entries", b)
	var notes []any
	for _, n := range in.Notes {
		notes = append(notes, textNote(n))
	}
	if len(in.Mentions) > 0 {
		links := make([]any, 0, len(in.Mentions))
		for _, id := range in.Mentions {
			links = append(links, st.link(id))
		}
		notes = append(notes, map[string]any{"type": "text", "text": "See linked items.", "links": links, "indentation": 0})
	}
	e.addNotes(notes...)
	if in.ReviewStatus != "" {
		rr := maps.Clone(e.doc["reviewRecord"].(map[string]any))
		rr["status"] = in.ReviewStatus
		e.doc["reviewRecord"] = rr
	}
	if in.ArchiveReason != "" {
		e.doc["archiveRecord"] = map[string]any{"reason": in.ArchiveReason}
	}
	return e
}

// addNotes appends notes to an entry's first day (replacing the day and
// the list, as stored values are never modified in place).
func (it *item) addNotes(notes ...any) {
	if len(notes) == 0 {
		return
	}
	days := slices.Clone(it.doc["days"].([]any))
	day := maps.Clone(days[0].(map[string]any))
	old, _ := day["notes"].([]any)
	day["notes"] = append(slices.Clone(old), notes...)
	days[0] = day
	it.doc["days"] = days
}

// link is an EntryLink to an item.
func (st *store) link(id string) map[string]any {
	l := map[string]any{"id": id, "type": "link", "webURL": nil}
	for _, c := range []struct{ prefix, typ, path string }{
		{"prtn_", "aa_sequence", "aa-sequences"}, {"seq_", "dna_sequence", "dna-sequences"},
		{"ent_", "user", ""}, {"etr_", "entry", "entries"},
	} {
		if strings.HasPrefix(id, c.prefix) {
			l["type"] = c.typ
			if c.path != "" {
				if it := st.coll(c.path).byID[id]; it != nil {
					l["webURL"] = it.doc["webURL"]
				}
			}
		}
	}
	return l
}

// SeedEntries adds n notebook entries, each with a day of notes, a link
// to a seeded AA sequence when there is one, and an attached external
// file, and returns their IDs. A negative n adds nothing.
func (s *Server) SeedEntries(n int) []string {
	n = max(n, 0)
	s.mu.Lock()
	defer s.mu.Unlock()
	st := s.st
	st.coll("entries").grow(n)
	aa := st.coll("aa-sequences")
	ids := make([]string, n)
	subjects := []string{"Expression test", "Purification run", "Binding assay", "Stability screen", "Cloning", "Transfection"}
	for i := range n {
		e := Entry{
			Name:  fmt.Sprintf("%s %d", subjects[i%len(subjects)], st.seq+1),
			Notes: []string{"Goal: check expression levels.", "Results recorded in the table below."},
		}
		if len(aa.order) > 0 {
			e.Mentions = []string{aa.order[st.rng.IntN(len(aa.order))].id()}
		}
		ent := st.addEntry(e)
		fid := newUUID(st.rng)
		st.files[ent.id()] = map[string]int{fid: 1024 + st.rng.IntN(1<<20)}
		ent.addNotes(map[string]any{
			"type": "external_file", "externalFileId": fid, "text": "Gel image", "links": []any{}, "indentation": 0,
		})
		ids[i] = ent.id()
	}
	return ids
}

// SeedEntryTemplates adds n entry templates and returns their IDs. (Two
// templates exist from the start.) A negative n adds nothing.
func (s *Server) SeedEntryTemplates(n int) []string {
	n = max(n, 0)
	s.mu.Lock()
	defer s.mu.Unlock()
	ids := make([]string, n)
	for i := range n {
		ids[i] = s.st.addTemplate(fmt.Sprintf("Template %d", s.st.seq+1), "").id()
	}
	return ids
}
