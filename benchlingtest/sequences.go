package benchlingtest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"time"
)

// seqWrite is every field a sequence request body may carry; which ones
// an operation accepts is checked by checkWrite.
type seqWrite struct {
	Aliases          *[]string              `json:"aliases"`
	AminoAcids       *string                `json:"aminoAcids"`
	Annotations      *[]map[string]any      `json:"annotations"`
	ArchiveRecord    json.RawMessage        `json:"archiveRecord"`
	AuthorIDs        *[]string              `json:"authorIds"`
	Bases            *string                `json:"bases"`
	CustomFields     map[string]customField `json:"customFields"`
	EntityRegistryID *string                `json:"entityRegistryId"`
	Fields           map[string]fieldWrite  `json:"fields"`
	FolderID         *string                `json:"folderId"`
	ID               *string                `json:"id"`
	IsCircular       *bool                  `json:"isCircular"`
	Name             *string                `json:"name"`
	NamingStrategy   *string                `json:"namingStrategy"`
	Parts            *[]map[string]any      `json:"parts"`
	Primers          *[]map[string]any      `json:"primers"`
	RegistryID       *string                `json:"registryId"`
	SchemaID         *string                `json:"schemaId"`
	Translations     *[]map[string]any      `json:"translations"`
}

type writeOp int

const (
	opCreate writeOp = iota
	opUpdate
	opBulkUpdate
	opUpsert
	opBulkUpsert
)

// checkWrite validates a sequence body for an operation; it returns a
// message, or "" when the body is valid. existing is the sequence being
// updated (nil for creates).
func (st *store) checkWrite(k *seqKind, in *seqWrite, op writeOp, existing *sequence) string {
	unknown := func(f string) string { return fmt.Sprintf("unknown field %q", f) }
	if k.dna {
		if in.AminoAcids != nil {
			return unknown("aminoAcids")
		}
	} else {
		switch {
		case in.Bases != nil:
			return unknown("bases")
		case in.IsCircular != nil:
			return unknown("isCircular")
		case in.Parts != nil:
			return unknown("parts")
		case in.Primers != nil:
			return unknown("primers")
		case in.Translations != nil:
			return unknown("translations")
		}
	}
	if in.ID != nil && op != opBulkUpdate {
		return unknown("id")
	}
	if in.ArchiveRecord != nil && op != opUpsert && op != opBulkUpsert {
		return unknown("archiveRecord")
	}
	if (in.NamingStrategy != nil) && op != opCreate {
		return unknown("namingStrategy")
	}
	if in.RegistryID != nil && op != opCreate && op != opUpsert && op != opBulkUpsert {
		return unknown("registryId")
	}
	if in.EntityRegistryID != nil && op == opBulkUpdate {
		return unknown("entityRegistryId")
	}
	if in.ArchiveRecord != nil && strings.TrimSpace(string(in.ArchiveRecord)) != "null" {
		return "archiveRecord can only be set to null (unarchive) in an upsert"
	}
	creating := existing == nil
	if creating || op == opUpsert || op == opBulkUpsert {
		if in.Name == nil || strings.TrimSpace(*in.Name) == "" {
			return "name is required"
		}
	}
	if creating {
		if k.dna {
			if in.Bases == nil {
				return "bases is required"
			}
			if in.IsCircular == nil {
				return "isCircular is required"
			}
		} else if in.AminoAcids == nil {
			return "aminoAcids is required"
		}
	}
	if in.Name != nil && strings.TrimSpace(*in.Name) == "" {
		return "name must not be empty"
	}
	if op == opUpsert || op == opBulkUpsert {
		switch {
		case in.RegistryID == nil || *in.RegistryID == "":
			return "registryId is required"
		case in.SchemaID == nil || *in.SchemaID == "":
			return "schemaId is required"
		case in.Annotations == nil:
			return "annotations is required"
		case k.dna && in.Primers == nil:
			return "primers is required"
		}
	}
	if in.AminoAcids != nil {
		if bad := strings.IndexFunc(*in.AminoAcids, func(r rune) bool { return !strings.ContainsRune(aminoAcidLetters, toUpper(r)) }); bad >= 0 {
			return fmt.Sprintf("invalid amino acid %q at position %d", (*in.AminoAcids)[bad], bad)
		}
	}
	if in.Bases != nil {
		if bad := strings.IndexFunc(*in.Bases, func(r rune) bool { return !strings.ContainsRune(baseLetters, toUpper(r)) }); bad >= 0 {
			return fmt.Sprintf("invalid base %q at position %d", (*in.Bases)[bad], bad)
		}
	}
	if op == opCreate {
		if in.EntityRegistryID != nil && in.NamingStrategy != nil {
			return "cannot specify both entityRegistryId and namingStrategy"
		}
		if in.NamingStrategy != nil && !slices.Contains(namingStrategies, *in.NamingStrategy) {
			return fmt.Sprintf("invalid namingStrategy %q", *in.NamingStrategy)
		}
		if (in.EntityRegistryID != nil || in.NamingStrategy != nil) && in.RegistryID == nil {
			return "registryId is required to register an entity"
		}
		if in.RegistryID == nil && (in.FolderID == nil || *in.FolderID == "") {
			return "folderId is required unless registryId is given"
		}
	}
	if in.RegistryID != nil && *in.RegistryID != st.registryID {
		return fmt.Sprintf("registry %s not found", *in.RegistryID)
	}
	if in.EntityRegistryID != nil && op != opUpsert && op != opBulkUpsert {
		if o := st.byRegistryID(*in.EntityRegistryID); o != nil && o != existing {
			return fmt.Sprintf("entity registry ID %q is already taken", *in.EntityRegistryID)
		}
	}
	if in.AuthorIDs != nil {
		for _, id := range *in.AuthorIDs {
			if st.user(id) == nil {
				return fmt.Sprintf("author %s not found", id)
			}
		}
	}
	if in.SchemaID != nil && *in.SchemaID != "" && !strings.HasPrefix(*in.SchemaID, "ts_") {
		return fmt.Sprintf("schema %s not found", *in.SchemaID)
	}
	for name, f := range in.Fields {
		if m, ok := f.Value.(map[string]any); ok {
			if rid, ok := m["entityRegistryId"].(string); ok && st.byRegistryID(rid) == nil {
				return fmt.Sprintf("field %q: no entity with registry ID %q", name, rid)
			}
		}
	}
	return ""
}

const (
	aminoAcidLetters = "ACDEFGHIKLMNPQRSTVWYBXZJUO*"
	baseLetters      = "ACGTURYKMSWBDHVN"
)

var namingStrategies = []string{"NEW_IDS", "IDS_FROM_NAMES", "DELETE_NAMES", "SET_FROM_NAME_PARTS", "REPLACE_NAMES_FROM_PARTS", "KEEP_NAMES", "REPLACE_ID_AND_NAME_FROM_PARTS"}

func toUpper(r rune) rune {
	if r >= 'a' && r <= 'z' {
		return r - 'a' + 'A'
	}
	return r
}

// byRegistryID finds a registered AA or DNA sequence by its registry ID.
func (st *store) byRegistryID(rid string) *sequence {
	for _, c := range []*collection[sequence]{st.aa, st.dna} {
		for _, s := range c.order {
			if s.EntityRegistryID != nil && *s.EntityRegistryID == rid {
				return s
			}
		}
	}
	return nil
}

// resolveFields replaces {"entityRegistryId": ...} link values with IDs.
func (st *store) resolveFields(in map[string]fieldWrite) map[string]fieldWrite {
	if in == nil {
		return nil
	}
	out := make(map[string]fieldWrite, len(in))
	for k, f := range in {
		switch v := f.Value.(type) {
		case map[string]any:
			if rid, ok := v["entityRegistryId"].(string); ok {
				if s := st.byRegistryID(rid); s != nil {
					f.Value = s.ID
				}
			}
		case []any:
			ids := make([]any, len(v))
			for i, e := range v {
				ids[i] = e
				if m, ok := e.(map[string]any); ok {
					if rid, ok := m["entityRegistryId"].(string); ok {
						if s := st.byRegistryID(rid); s != nil {
							ids[i] = s.ID
						}
					}
				}
			}
			f.Value = ids
		}
		out[k] = f
	}
	return out
}

// insertSequence creates a sequence from a validated body.
func (st *store) insertSequence(k *seqKind, in *seqWrite, creator userSummary, forcedRegistryID string) *sequence {
	t := st.now()
	id := st.newID(k.prefix)
	s := &sequence{
		meta:      meta{seq: st.nextSeq(), created: t, modified: t},
		ID:        id,
		kind:      k,
		CreatedAt: fmtTime(t),
		Creator:   creator,
		APIURL:    st.base + apiPrefix + "/" + k.collection + "/" + id,
	}
	if k.dna {
		s.Bases = ptr("")
		s.IsCircular = ptr(false)
	} else {
		s.AminoAcids = ptr("")
	}
	st.applySeqWrite(s, in, t)
	if in.RegistryID != nil {
		rid := forcedRegistryID
		if rid == "" && in.EntityRegistryID != nil {
			rid = *in.EntityRegistryID
		}
		if rid == "" {
			if in.NamingStrategy != nil && (*in.NamingStrategy == "IDS_FROM_NAMES" || *in.NamingStrategy == "KEEP_NAMES") && st.byRegistryID(s.Name) == nil {
				rid = s.Name
			} else {
				rid = st.nextRegistryID(k)
			}
		}
		if in.NamingStrategy != nil && *in.NamingStrategy == "DELETE_NAMES" {
			s.Name = rid
		}
		st.register(s, rid, t)
	}
	s.WebURL, s.URL = st.webURL(s)
	st.seqColl(k).add(id, s)
	return s
}

func (st *store) register(s *sequence, rid string, t time.Time) {
	s.EntityRegistryID = ptr(rid)
	s.RegistryID = ptr(st.registryID)
	s.RegistrationOrigin = &registrationOrigin{RegisteredAt: fmtTime(t)}
}

func (st *store) nextRegistryID(k *seqKind) string {
	p := "PRT"
	if k.dna {
		p = "DNA"
	}
	for {
		st.registrySeq[p]++
		rid := fmt.Sprintf("%s%03d", p, st.registrySeq[p])
		if st.byRegistryID(rid) == nil {
			return rid
		}
	}
}

func (st *store) webURL(s *sequence) (web, path string) {
	folder := "lib_registry"
	if s.FolderID != nil {
		folder = *s.FolderID
	}
	slug := strings.ToLower(strings.Join(strings.Fields(s.Name), "-"))
	path = "/benchling/f/" + folder + "/" + s.ID + "-" + slug + "/edit"
	return st.base + path, path
}

// applySeqWrite copies the given fields of a body onto a sequence. Maps
// and slices are replaced, never modified in place.
func (st *store) applySeqWrite(s *sequence, in *seqWrite, t time.Time) {
	if in.Name != nil {
		s.Name = *in.Name
	}
	if in.Aliases != nil {
		s.Aliases = slices.Clone(*in.Aliases)
	}
	if in.AminoAcids != nil {
		s.AminoAcids = ptr(*in.AminoAcids)
		s.Length = len(*in.AminoAcids)
	}
	if in.Bases != nil {
		s.Bases = ptr(*in.Bases)
		s.Length = len(*in.Bases)
	}
	if in.IsCircular != nil {
		s.IsCircular = ptr(*in.IsCircular)
	}
	if in.Annotations != nil {
		anns := make([]map[string]any, len(*in.Annotations))
		for i, a := range *in.Annotations {
			c := make(map[string]any, len(a)+1)
			for k, v := range a {
				c[k] = v
			}
			if _, ok := c["id"]; !ok && !s.kind.dna { // AaAnnotation has an id, DnaAnnotation none
				c["id"] = st.newID(s.kind.prefix[:len(s.kind.prefix)-1] + "ann_")
			}
			anns[i] = c
		}
		s.Annotations = anns
	}
	if in.AuthorIDs != nil {
		authors := make([]userSummary, 0, len(*in.AuthorIDs))
		for _, id := range *in.AuthorIDs {
			authors = append(authors, st.user(id).summary())
		}
		s.Authors = authors
	}
	s.CustomFields = customFieldsFrom(in.CustomFields, s.CustomFields)
	s.Fields = fieldsFrom(st.resolveFields(in.Fields), s.Fields)
	if in.FolderID != nil {
		s.FolderID = ptr(*in.FolderID)
	}
	if in.SchemaID != nil {
		if *in.SchemaID == "" {
			s.Schema = nil
		} else {
			s.Schema = &schemaSummary{ID: *in.SchemaID, Name: schemaName(*in.SchemaID)}
		}
	}
	if in.Parts != nil {
		s.Parts = ptr(cloneMaps(*in.Parts))
	}
	if in.Primers != nil {
		s.Primers = ptr(cloneMaps(*in.Primers))
	}
	if in.Translations != nil {
		tr := cloneMaps(*in.Translations)
		for _, m := range tr {
			start, _ := m["start"].(float64)
			end, _ := m["end"].(float64)
			strand, _ := m["strand"].(float64)
			if s.Bases != nil {
				m["aminoAcids"] = translate(*s.Bases, int(start), int(end), strand < 0)
			}
		}
		s.Translations = &tr
	}
	if in.EntityRegistryID != nil && s.RegistryID != nil {
		s.EntityRegistryID = ptr(*in.EntityRegistryID)
	}
	if in.ArchiveRecord != nil {
		s.ArchiveRecord = nil
	}
	s.modified = t
	s.ModifiedAt = fmtTime(t)
	s.WebURL, s.URL = st.webURL(s)
}

func cloneMaps(in []map[string]any) []map[string]any {
	out := make([]map[string]any, len(in))
	for i, m := range in {
		c := make(map[string]any, len(m))
		for k, v := range m {
			c[k] = v
		}
		out[i] = c
	}
	return out
}

func seqMeta(s *sequence) *meta  { return &s.meta }
func seqName(s *sequence) string { return s.Name }

func renderSeqs(in []*sequence) []*sequence {
	out := make([]*sequence, len(in))
	for i, s := range in {
		out[i] = s.render()
	}
	return out
}

// nameMatches reports whether the name, an alias or the registry ID
// matches.
func (s *sequence) names() []string {
	n := append([]string{s.Name}, s.Aliases...)
	if s.EntityRegistryID != nil {
		n = append(n, *s.EntityRegistryID)
	}
	return n
}

func listSequences(c *call, k *seqKind) (int, any, *httpError) {
	q := c.r.URL.Query()
	p, herr := parsePage(q.Get("pageSize"), q.Get("nextToken"), q.Get("sort"))
	if herr != nil {
		return 0, nil, herr
	}
	mod, herr := timeFilter(q.Get("modifiedAt"))
	if herr != nil {
		return 0, nil, herr
	}
	created, herr := timeFilter(q.Get("createdAt"))
	if herr != nil {
		return 0, nil, herr
	}
	arch, herr := archiveFilter(q.Get("archiveReason"), entityArchiveReasons)
	if herr != nil {
		return 0, nil, herr
	}
	coll := c.st.seqColl(k)
	ids := commaList(q.Get("ids"))
	if herr := checkIDs(ids, func(id string) bool { return coll.byID[id] != nil }); herr != nil {
		return 0, nil, herr
	}
	for _, key := range []string{"names.anyOf", "names.anyOf.caseSensitive", "entityRegistryIds.anyOf", "authorIds.anyOf"} {
		if n := len(commaList(q.Get(key))); n > 100 {
			return 0, nil, badRequest("Too many values for %s: %d (maximum 100).", key, n)
		}
	}
	name, nameIncl := q.Get("name"), strings.ToLower(q.Get("nameIncludes"))
	names, namesCS := commaList(q.Get("names.anyOf")), commaList(q.Get("names.anyOf.caseSensitive"))
	regIDs := commaList(q.Get("entityRegistryIds.anyOf"))
	creators, authors := commaList(q.Get("creatorIds")), commaList(q.Get("authorIds.anyOf"))
	folder, schema := q.Get("folderId"), q.Get("schemaId")
	registry, hasRegistry := q.Get("registryId"), q.Has("registryId")
	residues := q.Get(k.residueKey)
	// Sequences have no description to mention anything in.
	mentionsSet := q.Get("mentions") != ""
	mentioned, hasMentioned := c.st.mentionedIn(commaList(q.Get("mentionedIn"))), q.Get("mentionedIn") != ""
	schemaFields := map[string]string{}
	for key, vs := range q {
		if f, ok := strings.CutPrefix(key, "schemaField."); ok && len(vs) > 0 {
			schemaFields[f] = vs[0]
		}
	}
	if len(schemaFields) > 0 && schema == "" {
		return 0, nil, badRequest("schemaId is required when filtering by schemaField.")
	}
	keep := func(s *sequence) bool {
		if !arch(s.ArchiveRecord) || mentionsSet || hasMentioned && !mentioned[s.ID] {
			return false
		}
		if ids != nil && !anyOf(ids, true, s.ID) {
			return false
		}
		if name != "" && !anyOf(s.names(), false, name) {
			return false
		}
		if nameIncl != "" && !slices.ContainsFunc(s.names(), func(n string) bool { return strings.Contains(strings.ToLower(n), nameIncl) }) {
			return false
		}
		if names != nil && !anyOf(names, false, s.names()...) ||
			namesCS != nil && !anyOf(namesCS, true, s.names()...) {
			return false
		}
		if regIDs != nil && (s.EntityRegistryID == nil || !anyOf(regIDs, true, *s.EntityRegistryID)) {
			return false
		}
		if creators != nil && !anyOf(creators, true, s.Creator.ID) {
			return false
		}
		if authors != nil && !slices.ContainsFunc(s.render().Authors, func(u userSummary) bool { return anyOf(authors, true, u.ID) }) {
			return false
		}
		if folder != "" && (s.FolderID == nil || *s.FolderID != folder) {
			return false
		}
		if schema != "" && (s.Schema == nil || s.Schema.ID != schema) {
			return false
		}
		if hasRegistry {
			if registry == "null" || registry == "" {
				if s.RegistryID != nil {
					return false
				}
			} else if s.RegistryID == nil || *s.RegistryID != registry {
				return false
			}
		}
		if residues != "" && !exactMatch(k, s, residues) {
			return false
		}
		if mod != nil && !mod(s.modified) || created != nil && !created(s.created) {
			return false
		}
		for f, v := range schemaFields {
			fv, ok := s.Fields[f]
			if !ok || !fieldMatches(fv.Value, v) {
				return false
			}
		}
		return true
	}
	page, next := paginate(coll.order, seqMeta, seqName, keep, p)
	return http.StatusOK, shape(map[string]any{k.plural: renderSeqs(page), "nextToken": next}, q.Get("returning")), nil
}

// fieldMatches compares a stored field value with a schemaField filter.
func fieldMatches(v any, filter string) bool {
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			if fmt.Sprint(e) == filter {
				return true
			}
		}
		return false
	case float64:
		if strings.HasPrefix(filter, ">") || strings.HasPrefix(filter, "<") {
			for _, part := range splitAND(filter) {
				part = strings.TrimSpace(part)
				var n float64
				switch {
				case strings.HasPrefix(part, ">="):
					if _, err := fmt.Sscan(strings.TrimSpace(part[2:]), &n); err != nil || x < n {
						return false
					}
				case strings.HasPrefix(part, "<="):
					if _, err := fmt.Sscan(strings.TrimSpace(part[2:]), &n); err != nil || x > n {
						return false
					}
				default:
					return false
				}
			}
			return true
		}
	}
	return fmt.Sprint(v) == filter
}

// exactMatch compares residues case-insensitively; DNA also matches the
// reverse complement and, for circular sequences, any rotation.
func exactMatch(k *seqKind, s *sequence, q string) bool {
	r := s.residues()
	if len(r) != len(q) {
		return false
	}
	if strings.EqualFold(r, q) {
		return true
	}
	if !k.dna {
		return false
	}
	ur, uq := strings.ToUpper(r), strings.ToUpper(q)
	rc := reverseComplement(uq)
	if ur == rc {
		return true
	}
	if s.IsCircular != nil && *s.IsCircular {
		return strings.Contains(ur+ur, uq) || strings.Contains(ur+ur, rc)
	}
	return false
}

func containsMatch(k *seqKind, s *sequence, q string) bool {
	r := strings.ToUpper(s.residues())
	uq := strings.ToUpper(q)
	if strings.Contains(r, uq) {
		return true
	}
	return k.dna && strings.Contains(r, reverseComplement(uq))
}

func reverseComplement(s string) string {
	b := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		c := s[len(s)-1-i]
		switch c {
		case 'A':
			c = 'T'
		case 'T', 'U':
			c = 'A'
		case 'C':
			c = 'G'
		case 'G':
			c = 'C'
		}
		b[i] = c
	}
	return string(b)
}

func getSequence(c *call, k *seqKind) (int, any, *httpError) {
	s := c.st.seqColl(k).byID[c.id]
	if s == nil {
		return 0, nil, notFound(c.id, seqNoun(k))
	}
	return http.StatusOK, shape(s.render(), c.r.URL.Query().Get("returning")), nil
}

func seqNoun(k *seqKind) string {
	if k.dna {
		return "DNA sequence"
	}
	return "AA sequence"
}

func createSequence(c *call, k *seqKind) (int, any, *httpError) {
	var in seqWrite
	if herr := c.decodeBody(&in); herr != nil {
		return 0, nil, herr
	}
	if msg := c.st.checkWrite(k, &in, opCreate, nil); msg != "" {
		return 0, nil, badRequest("Invalid %s: %s.", seqNoun(k), msg)
	}
	return http.StatusCreated, c.st.insertSequence(k, &in, c.actor(), "").render(), nil
}

func updateSequence(c *call, k *seqKind) (int, any, *httpError) {
	s := c.st.seqColl(k).byID[c.id]
	if s == nil {
		return 0, nil, notFound(c.id, seqNoun(k))
	}
	var in seqWrite
	if herr := c.decodeBody(&in); herr != nil {
		return 0, nil, herr
	}
	if msg := c.st.checkWrite(k, &in, opUpdate, s); msg != "" {
		return 0, nil, badRequest("Invalid %s update: %s.", seqNoun(k), msg)
	}
	c.st.applySeqWrite(s, &in, c.st.now())
	return http.StatusOK, s.render(), nil
}

func upsertSequence(c *call, k *seqKind) (int, any, *httpError) {
	var in seqWrite
	if herr := c.decodeBody(&in); herr != nil {
		return 0, nil, herr
	}
	if in.EntityRegistryID != nil && *in.EntityRegistryID != c.id {
		return 0, nil, badRequest("The entityRegistryId in the body (%s) differs from the one in the path (%s).", *in.EntityRegistryID, c.id)
	}
	existing := c.st.byRegistryID(c.id)
	if existing != nil && existing.kind != k {
		return 0, nil, badRequest("Registry ID %s belongs to an entity of another type.", c.id)
	}
	if msg := c.st.checkWrite(k, &in, opUpsert, existing); msg != "" {
		return 0, nil, badRequest("Invalid %s upsert: %s.", seqNoun(k), msg)
	}
	s, created := c.st.upsert(k, &in, c.id, c.actor(), existing)
	status := http.StatusOK
	if created {
		status = http.StatusCreated
	}
	return status, s.render(), nil
}

func (st *store) upsert(k *seqKind, in *seqWrite, rid string, actor userSummary, existing *sequence) (*sequence, bool) {
	if existing != nil {
		st.applySeqWrite(existing, in, st.now())
		return existing, false
	}
	return st.insertSequence(k, in, actor, rid), true
}

func (st *store) lookupSeqs(k *seqKind, ids []string) ([]*sequence, *httpError) {
	coll := st.seqColl(k)
	out := make([]*sequence, 0, len(ids))
	var bad []string
	for _, id := range ids {
		if s := coll.byID[id]; s != nil {
			out = append(out, s)
		} else {
			bad = append(bad, id)
		}
	}
	if bad != nil {
		return nil, badRequestIDs(bad, "%s not found: %s.", seqNoun(k), strings.Join(bad, ", "))
	}
	return out, nil
}

type archiveBody struct {
	AaSequenceIDs  *[]string `json:"aaSequenceIds"`
	DnaSequenceIDs *[]string `json:"dnaSequenceIds"`
	Reason         *string   `json:"reason"`
}

func (b *archiveBody) ids(k *seqKind) (*[]string, *httpError) {
	mine, other, otherKey := b.AaSequenceIDs, b.DnaSequenceIDs, "dnaSequenceIds"
	if k.dna {
		mine, other, otherKey = b.DnaSequenceIDs, b.AaSequenceIDs, "aaSequenceIds"
	}
	if other != nil {
		return nil, badRequest("Unknown field %q in the request body.", otherKey)
	}
	if mine == nil {
		return nil, badRequest("%s is required.", k.idsKey)
	}
	return mine, nil
}

func archiveSequences(c *call, k *seqKind) (int, any, *httpError) {
	return setArchived(c, k, true)
}

func unarchiveSequences(c *call, k *seqKind) (int, any, *httpError) {
	return setArchived(c, k, false)
}

func setArchived(c *call, k *seqKind, archive bool) (int, any, *httpError) {
	var in archiveBody
	if herr := c.decodeBody(&in); herr != nil {
		return 0, nil, herr
	}
	ids, herr := in.ids(k)
	if herr != nil {
		return 0, nil, herr
	}
	if archive {
		if in.Reason == nil {
			return 0, nil, badRequest("reason is required.")
		}
		if !slices.Contains(entityArchiveReasons, *in.Reason) {
			return 0, nil, badRequest("Invalid archive reason %q: use one of %s.", *in.Reason, strings.Join(entityArchiveReasons, ", "))
		}
	} else if in.Reason != nil {
		return 0, nil, badRequest("Unknown field \"reason\" in the request body.")
	}
	seqs, herr := c.st.lookupSeqs(k, *ids)
	if herr != nil {
		return 0, nil, herr
	}
	t := c.st.now()
	changed := make([]string, 0, len(seqs))
	for _, s := range seqs {
		if archive {
			s.ArchiveRecord = &archiveRecord{Reason: *in.Reason}
		} else {
			s.ArchiveRecord = nil
		}
		s.modified, s.ModifiedAt = t, fmtTime(t)
		changed = append(changed, s.ID)
	}
	return http.StatusOK, map[string]any{k.idsKey: changed, "batchIds": []string{}}, nil
}

func bulkGetSequences(c *call, k *seqKind) (int, any, *httpError) {
	q := c.r.URL.Query()
	ids := commaList(q.Get(k.idsKey))
	if len(ids) == 0 {
		return 0, nil, badRequest("%s is required.", k.idsKey)
	}
	seqs, herr := c.st.lookupSeqs(k, ids)
	if herr != nil {
		return 0, nil, herr
	}
	return http.StatusOK, shape(map[string]any{k.plural: renderSeqs(seqs)}, q.Get("returning")), nil
}

// bulkItems decodes {"<plural>": [...]}.
func bulkItems(c *call, k *seqKind) ([]seqWrite, *httpError) {
	var raw map[string]json.RawMessage
	if herr := c.decodeBody(&raw); herr != nil {
		return nil, herr
	}
	for key := range raw {
		if key != k.plural {
			return nil, badRequest("Unknown field %q in the request body.", key)
		}
	}
	if v := bytes.TrimSpace(raw[k.plural]); len(v) == 0 || string(v) == "null" {
		return nil, badRequest("%s is required.", k.plural)
	}
	var items []json.RawMessage
	if err := json.Unmarshal(raw[k.plural], &items); err != nil {
		return nil, badRequest("%s must be an array.", k.plural)
	}
	if len(items) > 1000 {
		return nil, badRequest("Too many %s: %d (maximum 1000).", k.plural, len(items))
	}
	out := make([]seqWrite, len(items))
	for i, it := range items {
		dec := json.NewDecoder(strings.NewReader(string(it)))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&out[i]); err != nil {
			return nil, badRequest("Invalid item %d of %s: %v.", i, k.plural, err)
		}
	}
	return out, nil
}

func bulkCreateSequences(c *call, k *seqKind) (int, any, *httpError) {
	items, herr := bulkItems(c, k)
	if herr != nil {
		return 0, nil, herr
	}
	var errs []itemError
	seen := map[string]bool{}
	for i := range items {
		if msg := c.st.checkWrite(k, &items[i], opCreate, nil); msg != "" {
			errs = append(errs, itemError{i, msg})
		} else if rid := items[i].EntityRegistryID; rid != nil {
			if seen[*rid] {
				errs = append(errs, itemError{i, fmt.Sprintf("entity registry ID %q is repeated", *rid)})
			}
			seen[*rid] = true
		}
	}
	if errs != nil {
		return c.st.failedTask("Your request was invalid.", errs)
	}
	out := make([]*sequence, len(items))
	for i := range items {
		out[i] = c.st.insertSequence(k, &items[i], c.actor(), "").render()
	}
	return c.st.succeededTask(map[string]any{k.plural: out})
}

func bulkUpdateSequences(c *call, k *seqKind) (int, any, *httpError) {
	items, herr := bulkItems(c, k)
	if herr != nil {
		return 0, nil, herr
	}
	var errs []itemError
	coll := c.st.seqColl(k)
	for i := range items {
		switch {
		case items[i].ID == nil || *items[i].ID == "":
			errs = append(errs, itemError{i, "id is required"})
		case coll.byID[*items[i].ID] == nil:
			errs = append(errs, itemError{i, fmt.Sprintf("%s %s not found", seqNoun(k), *items[i].ID)})
		default:
			if msg := c.st.checkWrite(k, &items[i], opBulkUpdate, coll.byID[*items[i].ID]); msg != "" {
				errs = append(errs, itemError{i, msg})
			}
		}
	}
	if errs != nil {
		return c.st.failedTask("Your request was invalid.", errs)
	}
	t := c.st.now()
	out := make([]*sequence, len(items))
	for i := range items {
		s := coll.byID[*items[i].ID]
		c.st.applySeqWrite(s, &items[i], t)
		out[i] = s.render()
	}
	key := k.plural
	if !k.dna {
		key = "AaSequences" // sic: BulkUpdateAaSequencesAsyncTask in the spec
	}
	return c.st.succeededTask(map[string]any{key: out})
}

func bulkUpsertSequences(c *call, k *seqKind) (int, any, *httpError) {
	items, herr := bulkItems(c, k)
	if herr != nil {
		return 0, nil, herr
	}
	var errs []itemError
	seen := map[string]bool{}
	for i := range items {
		it := &items[i]
		if it.EntityRegistryID == nil || *it.EntityRegistryID == "" {
			errs = append(errs, itemError{i, "entityRegistryId is required"})
			continue
		}
		rid := *it.EntityRegistryID
		existing := c.st.byRegistryID(rid)
		switch {
		case seen[rid]:
			errs = append(errs, itemError{i, fmt.Sprintf("entity registry ID %q is repeated", rid)})
		case existing != nil && existing.kind != k:
			errs = append(errs, itemError{i, fmt.Sprintf("registry ID %s belongs to an entity of another type", rid)})
		default:
			if msg := c.st.checkWrite(k, it, opBulkUpsert, existing); msg != "" {
				errs = append(errs, itemError{i, msg})
			}
		}
		seen[rid] = true
	}
	if errs != nil {
		return c.st.failedTask("Your request was invalid.", errs)
	}
	out := make([]*sequence, len(items))
	for i := range items {
		s, _ := c.st.upsert(k, &items[i], *items[i].EntityRegistryID, c.actor(), c.st.byRegistryID(*items[i].EntityRegistryID))
		out[i] = s.render()
	}
	return c.st.succeededTask(shape(map[string]any{k.plural: out}, c.r.URL.Query().Get("returning")))
}

func autoAnnotate(c *call, k *seqKind) (int, any, *httpError) {
	var in struct {
		AaSequenceIDs     *[]string `json:"aaSequenceIds"`
		DnaSequenceIDs    *[]string `json:"dnaSequenceIds"`
		FeatureLibraryIDs *[]string `json:"featureLibraryIds"`
	}
	if herr := c.decodeBody(&in); herr != nil {
		return 0, nil, herr
	}
	ids, herr := (&archiveBody{AaSequenceIDs: in.AaSequenceIDs, DnaSequenceIDs: in.DnaSequenceIDs}).ids(k)
	if herr != nil {
		return 0, nil, herr
	}
	if in.FeatureLibraryIDs == nil {
		return 0, nil, badRequest("featureLibraryIds is required.")
	}
	if len(*ids) > 2000 {
		return 0, nil, badRequest("Too many %s: %d (maximum 2000).", k.idsKey, len(*ids))
	}
	if _, herr := c.st.lookupSeqs(k, *ids); herr != nil {
		return 0, nil, herr
	}
	return c.st.succeededTask(map[string]any{})
}

func autofill(c *call, k *seqKind) (int, any, *httpError) {
	var in struct {
		DnaSequenceIDs *[]string `json:"dnaSequenceIds"`
	}
	if herr := c.decodeBody(&in); herr != nil {
		return 0, nil, herr
	}
	if in.DnaSequenceIDs == nil {
		return 0, nil, badRequest("dnaSequenceIds is required.")
	}
	if len(*in.DnaSequenceIDs) > 2000 {
		return 0, nil, badRequest("Too many dnaSequenceIds: %d (maximum 2000).", len(*in.DnaSequenceIDs))
	}
	if _, herr := c.st.lookupSeqs(k, *in.DnaSequenceIDs); herr != nil {
		return 0, nil, herr
	}
	return c.st.succeededTask(map[string]any{})
}

// codonBody is BackTranslate and OptimizeCodons.
type codonBody struct {
	AaSequenceIDs           *[]string                    `json:"aaSequenceIds"`
	AvoidedCutsiteEnzymeIDs []string                     `json:"avoidedCutsiteEnzymeIds"`
	CodonUsageTableID       string                       `json:"codonUsageTableId"`
	DnaSequenceIDs          *[]string                    `json:"dnaSequenceIds"`
	FolderID                *string                      `json:"folderId"`
	GcContent               *string                      `json:"gcContent"`
	GcContentRange          *struct{ Min, Max *float64 } `json:"gcContentRange"`
	HairpinParameters       json.RawMessage              `json:"hairpinParameters"`
	Method                  *string                      `json:"method"`
	ReducedPatterns         json.RawMessage              `json:"reducedPatterns"`
	SchemaID                *string                      `json:"schemaId"`
	ShouldDepleteUridine    *bool                        `json:"shouldDepleteUridine"`
}

func (b *codonBody) check() *httpError {
	if b.FolderID == nil || *b.FolderID == "" {
		return badRequest("folderId is required.")
	}
	if b.GcContent != nil && b.GcContentRange != nil {
		return badRequest("gcContent and gcContentRange cannot both be given.")
	}
	if b.GcContent != nil && !slices.Contains([]string{"ANY", "LOW", "MEDIUM", "HIGH"}, *b.GcContent) {
		return badRequest("Invalid gcContent %q.", *b.GcContent)
	}
	if r := b.GcContentRange; r != nil && r.Min != nil && r.Max != nil && (*r.Min < 0 || *r.Max > 1 || *r.Max <= *r.Min) {
		return badRequest("Invalid gcContentRange: need 0 <= min < max <= 1.")
	}
	if b.Method != nil && *b.Method != "MATCH_CODON_USAGE" && *b.Method != "USE_BEST_CODON" {
		return badRequest("Invalid method %q.", *b.Method)
	}
	return nil
}

// decodeCodonBody reads a back-translate (aa: aaSequenceIds) or
// optimize-codons (dnaSequenceIds) body, checks it, and looks up the
// sequences it names.
func decodeCodonBody(c *call, k *seqKind, aa bool) (codonBody, []*sequence, *httpError) {
	var in codonBody
	if herr := c.decodeBody(&in); herr != nil {
		return in, nil, herr
	}
	ids, other, name, otherName := in.AaSequenceIDs, in.DnaSequenceIDs, "aaSequenceIds", "dnaSequenceIds"
	if !aa {
		ids, other, name, otherName = other, ids, otherName, name
	}
	if other != nil {
		return in, nil, badRequest("Unknown field %q in the request body.", otherName)
	}
	if ids == nil {
		return in, nil, badRequest("%s is required.", name)
	}
	if herr := in.check(); herr != nil {
		return in, nil, herr
	}
	seqs, herr := c.st.lookupSeqs(k, *ids)
	return in, seqs, herr
}

func backTranslate(c *call, k *seqKind) (int, any, *httpError) {
	in, seqs, herr := decodeCodonBody(c, k, true)
	if herr != nil {
		return 0, nil, herr
	}
	out := make([]*sequence, len(seqs))
	for i, s := range seqs {
		w := &seqWrite{
			Name:       ptr(s.Name + " (back-translated)"),
			Bases:      ptr(backTranslateResidues(s.residues())),
			IsCircular: ptr(false),
			FolderID:   in.FolderID,
			SchemaID:   in.SchemaID,
		}
		out[i] = c.st.insertSequence(dnaKind, w, c.actor(), "").render()
	}
	return c.st.succeededTask(map[string]any{"dnaSequences": out})
}

func optimizeCodons(c *call, k *seqKind) (int, any, *httpError) {
	if _, _, herr := decodeCodonBody(c, k, false); herr != nil {
		return 0, nil, herr
	}
	return c.st.succeededTask(map[string]any{})
}

func findMatchingRegions(c *call, k *seqKind) (int, any, *httpError) {
	var in struct {
		RegistryID           *string   `json:"registryId"`
		SchemaID             *string   `json:"schemaId"`
		TargetAASequenceIDs  *[]string `json:"targetAASequenceIds"`
		TargetDnaSequenceIDs *[]string `json:"targetDnaSequenceIds"`
	}
	if herr := c.decodeBody(&in); herr != nil {
		return 0, nil, herr
	}
	targets, other, key, otherKey := in.TargetAASequenceIDs, in.TargetDnaSequenceIDs, "targetAASequenceIds", "targetDnaSequenceIds"
	if k.dna {
		targets, other, key, otherKey = other, targets, otherKey, key
	}
	switch {
	case other != nil:
		return 0, nil, badRequest("Unknown field %q in the request body.", otherKey)
	case targets == nil:
		return 0, nil, badRequest("%s is required.", key)
	case in.SchemaID == nil || *in.SchemaID == "":
		return 0, nil, badRequest("schemaId is required.")
	case len(*targets) > 1000:
		return 0, nil, badRequest("Too many %s: %d (maximum 1000).", key, len(*targets))
	}
	seqs, herr := c.st.lookupSeqs(k, *targets)
	if herr != nil {
		return 0, nil, herr
	}
	matches := make([]map[string]any, 0, len(seqs))
	for _, t := range seqs {
		tr := strings.ToUpper(t.residues())
		found := []string{}
		for _, s := range c.st.seqColl(k).order {
			if s == t || s.ArchiveRecord != nil || s.Schema == nil || s.Schema.ID != *in.SchemaID {
				continue
			}
			if in.RegistryID != nil && (s.RegistryID == nil || *s.RegistryID != *in.RegistryID) {
				continue
			}
			r := strings.ToUpper(s.residues())
			if r != "" && (strings.Contains(tr, r) || strings.Contains(r, tr)) {
				found = append(found, s.ID)
			}
		}
		if k.dna {
			matches = append(matches, map[string]any{"targetDnaSequenceId": t.ID, "matchingDnaSequenceIds": found})
		} else {
			matches = append(matches, map[string]any{"targetAASequenceId": t.ID, "matchingAASequenceIds": found})
		}
	}
	if k.dna {
		return c.st.succeededTask(map[string]any{"dnaSequenceMatches": matches})
	}
	return c.st.succeededTask(map[string]any{"aaSequenceMatches": matches})
}

// nullableString tells an absent JSON value from null.
type nullableString struct {
	set, null bool
	v         string
}

func (n *nullableString) UnmarshalJSON(b []byte) error {
	n.set = true
	if string(b) == "null" {
		n.null = true
		return nil
	}
	return json.Unmarshal(b, &n.v)
}

type matchBody struct {
	AminoAcids    *string        `json:"aminoAcids"`
	Bases         *string        `json:"bases"`
	ArchiveReason *string        `json:"archiveReason"`
	NextToken     string         `json:"nextToken"`
	PageSize      *int           `json:"pageSize"`
	RegistryID    nullableString `json:"registryId"`
	SchemaID      *string        `json:"schemaId"`
	Sort          *string        `json:"sort"`
}

func matchSequences(c *call, k *seqKind) (int, any, *httpError) {
	return bodySearch(c, k, false)
}

func searchSequences(c *call, k *seqKind) (int, any, *httpError) {
	return bodySearch(c, k, true)
}

// bodySearch serves the match and search endpoints, which page through
// the JSON body.
func bodySearch(c *call, k *seqKind, contains bool) (int, any, *httpError) {
	var in matchBody
	if herr := c.decodeBody(&in); herr != nil {
		return 0, nil, herr
	}
	q, other := in.AminoAcids, in.Bases
	if k.dna {
		q, other = other, q
	}
	if other != nil {
		return 0, nil, badRequest("Unknown field in the request body: only %s is accepted.", k.residueKey)
	}
	if q == nil || *q == "" {
		return 0, nil, badRequest("%s is required.", k.residueKey)
	}
	if in.SchemaID != nil && !(k.dna && contains) {
		return 0, nil, badRequest("Unknown field \"schemaId\" in the request body.")
	}
	minLen := 3
	if k.dna {
		minLen = 8
	}
	if contains && len(*q) < minLen {
		return 0, nil, badRequest("%s must be at least %d characters long.", k.residueKey, minLen)
	}
	sort := "modifiedAt:desc"
	if in.Sort != nil {
		sort = *in.Sort
		if !slices.Contains([]string{"modifiedAt:asc", "modifiedAt:desc", "name:asc", "name:desc"}, sort) {
			return 0, nil, badRequest("Invalid sort %q: use modifiedAt:asc, modifiedAt:desc, name:asc or name:desc.", sort)
		}
	}
	size := ""
	if in.PageSize != nil {
		size = fmt.Sprint(*in.PageSize)
	}
	p, herr := parsePage(size, in.NextToken, sort)
	if herr != nil {
		return 0, nil, herr
	}
	arch := func(a *archiveRecord) bool { return a == nil }
	if in.ArchiveReason != nil {
		switch *in.ArchiveReason {
		case "NOT_ARCHIVED":
		case "Archived":
			arch = func(a *archiveRecord) bool { return a != nil }
		case "Other":
			arch = func(a *archiveRecord) bool { return a != nil && a.Reason == "Other" }
		default:
			return 0, nil, badRequest("Invalid archiveReason %q: use NOT_ARCHIVED, Archived or Other.", *in.ArchiveReason)
		}
	}
	keep := func(s *sequence) bool {
		if !arch(s.ArchiveRecord) {
			return false
		}
		if in.RegistryID.set {
			if in.RegistryID.null {
				if s.RegistryID != nil {
					return false
				}
			} else if s.RegistryID == nil || *s.RegistryID != in.RegistryID.v {
				return false
			}
		}
		if in.SchemaID != nil && (s.Schema == nil || s.Schema.ID != *in.SchemaID) {
			return false
		}
		if contains {
			return containsMatch(k, s, *q)
		}
		return exactMatch(k, s, *q)
	}
	page, next := paginate(c.st.seqColl(k).order, seqMeta, seqName, keep, p)
	return http.StatusOK, map[string]any{k.plural: renderSeqs(page), "nextToken": next}, nil
}
