package benchlingtest

import (
	"fmt"
	"strconv"
	"strings"
)

// RegistryID returns the ID of the tenant's registry (registryId in
// create and upsert bodies).
func (s *Server) RegistryID() string { return s.st.registryID }

// FolderID returns the ID of the folder seeded items are put in; any
// folder ID is accepted in request bodies.
func (s *Server) FolderID() string { return s.st.folderID }

// AdminUserID returns the ID of the user that owns the API key and the
// OAuth app: the creator of everything written through the API.
func (s *Server) AdminUserID() string { return s.st.adminID }

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
	x := s.st.insertUser(&userCreate{Name: u.Name, Handle: u.Handle, Email: u.Email})
	x.IsSuspended = u.IsSuspended
	return x.ID
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
	st.users.grow(n)
	ids := make([]string, n)
	for i := range n {
		f, l := firstNames[st.rng.IntN(len(firstNames))], lastNames[st.rng.IntN(len(lastNames))]
		k := st.seq + 1
		handle := strings.ToLower(strings.ReplaceAll(f[:1]+l, " ", "")) + strconv.FormatUint(k, 10)
		u := st.insertUser(&userCreate{Name: f + " " + l, Handle: handle, Email: handle + "@example.com"})
		if i%3 == 0 {
			u.PasswordLastChangedAt = ptr(fmtTime(u.created))
		}
		ids[i] = u.ID
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

func (st *store) addSeq(k *seqKind, name, residues string, circular bool, folder, schema string, aliases []string,
	fields map[string]any, custom map[string]string, rid, reason string) string {
	if name == "" {
		name = fmt.Sprintf("%s %d", seqNoun(k), st.seq+1)
	}
	if folder == "" {
		folder = st.folderID
	}
	w := &seqWrite{Name: &name, FolderID: &folder}
	if residues == "" {
		if k.dna {
			residues = randomBases(st, 900)
		} else {
			residues = randomProtein(st, 300)
		}
	}
	if k.dna {
		w.Bases, w.IsCircular = &residues, &circular
	} else {
		w.AminoAcids = &residues
	}
	if schema != "" {
		w.SchemaID = &schema
	}
	if aliases != nil {
		w.Aliases = &aliases
	}
	if fields != nil {
		w.Fields = make(map[string]fieldWrite, len(fields))
		for k, v := range fields {
			w.Fields[k] = fieldWrite{Value: normalizeValue(v)}
		}
	}
	if custom != nil {
		w.CustomFields = make(map[string]customField, len(custom))
		for k, v := range custom {
			w.CustomFields[k] = customField{Value: v}
		}
	}
	if rid != "" {
		w.RegistryID = &st.registryID
		w.EntityRegistryID = &rid
	}
	s := st.insertSequence(k, w, st.admin().summary(), "")
	if reason != "" {
		s.ArchiveRecord = &archiveRecord{Reason: reason}
	}
	return s.ID
}

// normalizeValue turns Go values into what JSON decoding would give.
func normalizeValue(v any) any {
	switch x := v.(type) {
	case int:
		return float64(x)
	case int64:
		return float64(x)
	case float32:
		return float64(x)
	case []string:
		out := make([]any, len(x))
		for i, s := range x {
			out[i] = s
		}
		return out
	}
	return v
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

func (s *Server) seedSeqs(k *seqKind, n int) []string {
	if n <= 0 {
		return []string{}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	st := s.st
	coll := st.seqColl(k)
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
	admin := st.admin().summary()
	folder := st.folderID
	slugs := make([]string, len(names))
	for i, n := range names {
		slugs[i] = strings.ToLower(strings.Join(strings.Fields(n), "-"))
	}
	out := make([]string, n)
	seqs := make([]sequence, n) // one allocation for all structs
	off := 0
	for i := range n {
		res := all[off : off+lengths[i]]
		off += lengths[i]
		t := st.now()
		ts := fmtTime(t)
		no := st.nextSeq()
		id := st.newID(k.prefix)
		sq := &seqs[i]
		name := names[i%len(names)]
		num := strconv.FormatUint(no, 10)
		web := "/benchling/f/" + folder + "/" + id + "-" + slugs[i%len(slugs)] + "-" + num + "/edit"
		*sq = sequence{
			meta:      meta{seq: no, created: t, modified: t},
			ID:        id,
			kind:      k,
			Name:      name + " " + num,
			CreatedAt: ts, ModifiedAt: ts,
			Creator:  admin,
			FolderID: &folder,
			Length:   len(res),
			APIURL:   st.base + apiPrefix + "/" + k.collection + "/" + id,
			URL:      web,
			WebURL:   st.base + web,
		}
		if k.dna {
			sq.Bases = &res
			circ := i%10 == 0
			sq.IsCircular = &circ
		} else {
			sq.AminoAcids = &res
		}
		coll.add(id, sq)
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
	return s.st.addEntry(e)
}

func (st *store) addEntry(in Entry) string {
	if in.Name == "" {
		in.Name = "Experiment " + strconv.FormatUint(st.seq+1, 10)
	}
	if in.FolderID == "" {
		in.FolderID = st.folderID
	}
	e := st.insertEntry(in.Name, in.FolderID, st.admin().summary(), st.templates.byID[in.TemplateID])
	if in.SchemaID != "" {
		e.Schema = st.entrySchema(in.SchemaID)
	}
	notes := make([]map[string]any, 0, len(in.Notes)+1)
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
	e.Days[0].Notes = append(e.Days[0].Notes, notes...)
	if in.ReviewStatus != "" {
		e.ReviewRecord.Status = in.ReviewStatus
	}
	if in.ArchiveReason != "" {
		e.ArchiveRecord = &archiveRecord{Reason: in.ArchiveReason}
	}
	return e.ID
}

// link is an EntryLink to an item.
func (st *store) link(id string) map[string]any {
	l := map[string]any{"id": id, "type": "link", "webURL": nil}
	switch {
	case strings.HasPrefix(id, "prtn_"):
		l["type"] = "aa_sequence"
		if s := st.aa.byID[id]; s != nil {
			l["webURL"] = s.WebURL
		}
	case strings.HasPrefix(id, "seq_"):
		l["type"] = "dna_sequence"
		if s := st.dna.byID[id]; s != nil {
			l["webURL"] = s.WebURL
		}
	case strings.HasPrefix(id, "ent_"):
		l["type"] = "user"
	case strings.HasPrefix(id, "etr_"):
		l["type"] = "entry"
		if e := st.entries.byID[id]; e != nil {
			l["webURL"] = e.WebURL
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
	st.entries.grow(n)
	ids := make([]string, n)
	subjects := []string{"Expression test", "Purification run", "Binding assay", "Stability screen", "Cloning", "Transfection"}
	for i := range n {
		e := Entry{
			Name:  fmt.Sprintf("%s %d", subjects[i%len(subjects)], st.seq+1),
			Notes: []string{"Goal: check expression levels.", "Results recorded in the table below."},
		}
		if len(st.aa.order) > 0 {
			e.Mentions = []string{st.aa.order[st.rng.IntN(len(st.aa.order))].ID}
		}
		id := st.addEntry(e)
		ent := st.entries.byID[id]
		fid := newUUID(st.rng)
		ent.externalFiles = map[string]int{fid: 1024 + st.rng.IntN(1<<20)}
		ent.Days[0].Notes = append(ent.Days[0].Notes, map[string]any{
			"type": "external_file", "externalFileId": fid, "text": "Gel image", "links": []any{}, "indentation": 0,
		})
		ids[i] = id
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
		ids[i] = s.st.addTemplate(fmt.Sprintf("Template %d", s.st.seq+1), "").ID
	}
	return ids
}
