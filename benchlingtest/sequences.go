package benchlingtest

import (
	"fmt"
	"net/http"
	"slices"
	"strings"
)

// The AA Sequences and DNA Sequences tags: /aa-sequences and
// /dna-sequences, registry entities with residues.

// seqKind is what differs between AA and DNA sequences in their actions
// (and RNA sequences and oligos: dna is set for every nucleotide kind, rna
// for RNA's).
type seqKind struct {
	dna        bool
	rna        bool
	letters    string // the residues a write may hold, if not the kind's default
	path       string // collection path
	noun       string
	plural     string // JSON list key
	idsKey     string // JSON key of ID lists in action bodies
	residueKey string // "aminoAcids" or "bases"
}

var (
	aaKind = &seqKind{path: "aa-sequences", noun: "AA sequence", plural: "aaSequences",
		idsKey: "aaSequenceIds", residueKey: "aminoAcids"}
	dnaKind = &seqKind{dna: true, path: "dna-sequences", noun: "DNA sequence", plural: "dnaSequences",
		idsKey: "dnaSequenceIds", residueKey: "bases"}
)

var aaSequences = &resource{
	path: "aa-sequences", noun: "AA sequence", prefix: "prtn_", listKey: "aaSequences",
	doc:     entityDoc(map[string]any{"aminoAcids": "", "annotations": []any{}, "length": 0, "url": ""}),
	server:  append(entityServer, "url"),
	webPath: entityWebPath,
	list: &listOp{filters: entityFilters + " aminoAcids",
		custom: map[string]filter{"aminoAcids": residuesFilter(aaKind)}},
	get:    true,
	create: body(entityWrite, "aminoAcids:string! annotations:[]object entityRegistryId:string name:string! namingStrategy:string registryId:string"),
	update: body(entityWrite, "aminoAcids:string annotations:[]object entityRegistryId:string"),
	upsert: body(entityWrite, "aminoAcids:string! annotations:[]object! archiveRecord:null entityRegistryId:string!",
		"name:string! registryId:string! schemaId:string!"),
	archive:    &archiveOp{idsKey: "aaSequenceIds", reasons: entityArchiveReasons, extra: map[string]any{"batchIds": []any{}}},
	bulkGet:    &bulkGetOp{params: []bulkGetParam{{"aaSequenceIds", "id"}}},
	bulkCreate: &bulkOp{},
	// sic: the spec's BulkUpdateAaSequencesAsyncTask answers "AaSequences"
	bulkUpdate: &bulkOp{item: body(entityWrite, "aminoAcids:string annotations:[]object id:string!"), respKey: "AaSequences"},
	bulkUpsert: &bulkOp{item: body(entityWrite, "aminoAcids:string! annotations:[]object! archiveRecord:null entityRegistryId:string!",
		"name:string! registryId:string! schemaId:string!")},
	registry:     &registry{idPrefix: "PRT"},
	schemaPrefix: "ts_",
	schemaType:   "aa_sequence",
	validate:     validateResidues(aaKind),
	derive:       deriveSequence(aaKind),
	actions: []action{
		{"POST", "/aa-sequences:auto-annotate", seqAction(aaKind, autoAnnotate)},
		{"POST", "/aa-sequences:back-translate", seqAction(aaKind, backTranslate)},
		{"POST", "/aa-sequences:find-matching-regions", seqAction(aaKind, findMatchingRegions)},
		{"POST", "/aa-sequences:match-amino-acids", seqAction(aaKind, matchSequences)},
		{"POST", "/aa-sequences:search-amino-acids", seqAction(aaKind, searchSequences)},
	},
}

// dnaWrite are the DNA-specific properties of create and update bodies.
const dnaWrite = "annotations:[]object bases:string isCircular:boolean parts:[]object primers:[]object translations:[]object"

var dnaSequences = &resource{
	path: "dna-sequences", noun: "DNA sequence", prefix: "seq_", listKey: "dnaSequences",
	doc: entityDoc(map[string]any{"annotations": []any{}, "bases": "", "dnaAlignmentIds": []any{}, "isCircular": false,
		"length": 0, "parts": []any{}, "primers": []any{}, "transcriptions": []any{}, "translations": []any{}, "url": ""}),
	server:  append(entityServer, "url"),
	webPath: entityWebPath,
	list: &listOp{filters: entityFilters + " bases",
		custom: map[string]filter{"bases": residuesFilter(dnaKind)}},
	get:    true,
	create: body(entityWrite, dnaWrite, "bases:string! entityRegistryId:string isCircular:boolean! name:string! namingStrategy:string registryId:string"),
	update: body(entityWrite, dnaWrite, "entityRegistryId:string"),
	upsert: body(entityWrite, dnaWrite, "annotations:[]object! archiveRecord:null bases:string! isCircular:boolean! name:string!",
		"primers:[]object! registryId:string! schemaId:string!"),
	archive:    &archiveOp{idsKey: "dnaSequenceIds", reasons: entityArchiveReasons, extra: map[string]any{"batchIds": []any{}}},
	bulkGet:    &bulkGetOp{params: []bulkGetParam{{"dnaSequenceIds", "id"}}},
	bulkCreate: &bulkOp{},
	bulkUpdate: &bulkOp{item: body(entityWrite, dnaWrite, "id:string!")},
	bulkUpsert: &bulkOp{item: body(entityWrite, dnaWrite, "annotations:[]object! archiveRecord:null bases:string! entityRegistryId:string!",
		"isCircular:boolean! name:string! primers:[]object! registryId:string! schemaId:string!")},
	registry:     &registry{idPrefix: "DNA"},
	schemaPrefix: "ts_",
	schemaType:   "dna_sequence",
	validate:     validateResidues(dnaKind),
	derive:       deriveSequence(dnaKind),
	actions: []action{
		{"POST", "/dna-sequences:auto-annotate", seqAction(dnaKind, autoAnnotate)},
		{"POST", "/dna-sequences:autofill-parts", seqAction(dnaKind, autofill)},
		{"POST", "/dna-sequences:autofill-transcriptions", seqAction(dnaKind, autofill)},
		{"POST", "/dna-sequences:autofill-translations", seqAction(dnaKind, autofill)},
		{"POST", "/dna-sequences:find-matching-regions", seqAction(dnaKind, findMatchingRegions)},
		{"POST", "/dna-sequences:match-bases", seqAction(dnaKind, matchSequences)},
		{"POST", "/dna-sequences:optimize-codons", seqAction(dnaKind, optimizeCodons)},
		{"POST", "/dna-sequences:search-bases", seqAction(dnaKind, searchSequences)},
	},
}

func seqAction(k *seqKind, f func(*call, *seqKind) (int, any, *httpError)) handler {
	return func(c *call) (int, any, *httpError) { return f(c, k) }
}

const (
	aminoAcidLetters = "ACDEFGHIKLMNPQRSTVWYBXZJUO*"
	baseLetters      = "ACGTURYKMSWBDHVN"
)

// validateResidues rejects letters that are not amino acids (bases).
func validateResidues(k *seqKind) func(w *write) string {
	letters, what := aminoAcidLetters, "amino acid"
	if k.dna {
		letters, what = baseLetters, "base"
	}
	if k.letters != "" {
		letters = k.letters
	}
	return func(w *write) string {
		r := strAt(w.body, k.residueKey)
		if bad := strings.IndexFunc(r, func(c rune) bool { return !strings.ContainsRune(letters, toUpper(c)) }); bad >= 0 {
			return fmt.Sprintf("invalid %s %q at position %d", what, r[bad], bad)
		}
		return ""
	}
}

func toUpper(r rune) rune {
	if r >= 'a' && r <= 'z' {
		return r - 'a' + 'A'
	}
	return r
}

// deriveSequence computes a sequence's length, AA annotation IDs and DNA
// translations.
func deriveSequence(k *seqKind) func(w *write) {
	return func(w *write) {
		d := w.doc
		if w.has(k.residueKey) {
			d["length"] = len(strAt(d, k.residueKey))
		}
		if anns, ok := w.body["annotations"].([]any); ok && !k.dna { // AaAnnotation has an id, DnaAnnotation none
			out := make([]any, len(anns))
			for i, a := range anns {
				m, _ := a.(map[string]any)
				if _, ok := m["id"]; !ok {
					c := make(map[string]any, len(m)+1)
					for key, v := range m {
						c[key] = v
					}
					c["id"] = w.st.newID("prtnann_")
					m = c
				}
				out[i] = m
			}
			d["annotations"] = out
		}
		if trs, ok := w.body["translations"].([]any); ok {
			out := make([]any, len(trs))
			for i, tr := range trs {
				m, _ := tr.(map[string]any)
				c := make(map[string]any, len(m)+1)
				for key, v := range m {
					c[key] = v
				}
				start, _ := m["start"].(float64)
				end, _ := m["end"].(float64)
				strand, _ := m["strand"].(float64)
				c["aminoAcids"] = translate(strAt(d, "bases"), int(start), int(end), strand < 0)
				out[i] = c
			}
			d["translations"] = out
		}
	}
}

// residuesFilter is the aminoAcids (bases) list filter: an exact match.
func residuesFilter(k *seqKind) filter {
	return func(f *filterCtx) (func(*item) bool, *httpError) {
		q := f.value()
		if q == "" {
			return nil, nil
		}
		return func(it *item) bool { return exactMatch(k, it.doc, q) }, nil
	}
}

// exactMatch compares residues case-insensitively; DNA also matches the
// reverse complement and, for circular sequences, any rotation.
func exactMatch(k *seqKind, d map[string]any, q string) bool {
	r := strAt(d, k.residueKey)
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
	rc := reverseComplementOf(k, uq)
	if ur == rc {
		return true
	}
	if circ, _ := d["isCircular"].(bool); circ {
		return strings.Contains(ur+ur, uq) || strings.Contains(ur+ur, rc)
	}
	return false
}

func containsMatch(k *seqKind, d map[string]any, q string) bool {
	r := strings.ToUpper(strAt(d, k.residueKey))
	uq := strings.ToUpper(q)
	if strings.Contains(r, uq) {
		return true
	}
	return k.dna && strings.Contains(r, reverseComplementOf(k, uq))
}

// reverseComplementOf is the reverse complement of upper-case bases of
// kind k: with U for RNA.
func reverseComplementOf(k *seqKind, s string) string {
	rc := reverseComplement(s)
	if k.rna {
		return strings.ReplaceAll(rc, "T", "U")
	}
	return rc
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

// idsBody decodes an action body whose IDs are under the kind's key
// (aaSequenceIds or dnaSequenceIds), with the rest per schema, and looks
// the sequences up.
func idsBody(c *call, k *seqKind, schema string, max int) (map[string]any, []*item, *httpError) {
	s := body(k.idsKey+":[]string!", schema)
	in, herr := c.decodeBody(s)
	if herr != nil {
		return nil, nil, herr
	}
	if msg := s.missing(in); msg != "" {
		return nil, nil, badRequest("%s.", msg)
	}
	ids := stringList(in[k.idsKey])
	if max > 0 && len(ids) > max {
		return nil, nil, badRequest("Too many %s: %d (maximum %d).", k.idsKey, len(ids), max)
	}
	seqs, herr := c.st.coll(k.path).lookup(ids)
	return in, seqs, herr
}

func autoAnnotate(c *call, k *seqKind) (int, any, *httpError) {
	if _, _, herr := idsBody(c, k, "featureLibraryIds:[]string!", 2000); herr != nil {
		return 0, nil, herr
	}
	return c.st.succeededTask(map[string]any{})
}

func autofill(c *call, k *seqKind) (int, any, *httpError) {
	if _, _, herr := idsBody(c, k, "", 2000); herr != nil {
		return 0, nil, herr
	}
	return c.st.succeededTask(map[string]any{})
}

// codonBody is the body of back-translate and optimize-codons, without
// the ID list.
const codonBody = "avoidedCutsiteEnzymeIds:[]string codonUsageTableId:string folderId:string! gcContent:string " +
	"gcContentRange:object hairpinParameters:object method:string reducedPatterns:[]object schemaId:string shouldDepleteUridine:boolean"

// decodeCodonBody reads a back-translate (aaSequenceIds) or
// optimize-codons (dnaSequenceIds) body, checks it, and looks up the
// sequences it names.
func decodeCodonBody(c *call, k *seqKind) (map[string]any, []*item, *httpError) {
	s := body(k.idsKey+":[]string!", codonBody)
	in, herr := c.decodeBody(s)
	if herr != nil {
		return nil, nil, herr
	}
	if msg := s.missing(in); msg != "" || strAt(in, "folderId") == "" {
		if msg == "" {
			msg = "folderId is required"
		}
		return nil, nil, badRequest("%s.", msg)
	}
	gc, hasGC := in["gcContent"].(string)
	rng, hasRange := in["gcContentRange"].(map[string]any)
	switch {
	case hasGC && hasRange:
		return nil, nil, badRequest("gcContent and gcContentRange cannot both be given.")
	case hasGC && !slices.Contains([]string{"ANY", "LOW", "MEDIUM", "HIGH"}, gc):
		return nil, nil, badRequest("Invalid gcContent %q.", gc)
	}
	if hasRange {
		lo, okLo := rng["min"].(float64)
		hi, okHi := rng["max"].(float64)
		if okLo && okHi && (lo < 0 || hi > 1 || hi <= lo) {
			return nil, nil, badRequest("Invalid gcContentRange: need 0 <= min < max <= 1.")
		}
	}
	if m, ok := in["method"].(string); ok && m != "MATCH_CODON_USAGE" && m != "USE_BEST_CODON" {
		return nil, nil, badRequest("Invalid method %q.", m)
	}
	seqs, herr := c.st.coll(k.path).lookup(stringList(in[k.idsKey]))
	return in, seqs, herr
}

func backTranslate(c *call, k *seqKind) (int, any, *httpError) {
	in, seqs, herr := decodeCodonBody(c, k)
	if herr != nil {
		return 0, nil, herr
	}
	dna := c.st.coll("dna-sequences")
	out := make([]any, len(seqs))
	for i, s := range seqs {
		b := map[string]any{
			"name":       strAt(s.doc, "name") + " (back-translated)",
			"bases":      backTranslateResidues(strAt(s.doc, "aminoAcids")),
			"isCircular": false,
			"folderId":   in["folderId"],
		}
		if id, ok := in["schemaId"]; ok {
			b["schemaId"] = id
		}
		out[i] = c.st.newWrite(c, dna, opCreate, b, nil, &batch{}).insert().doc
	}
	return c.st.succeededTask(map[string]any{"dnaSequences": out})
}

func optimizeCodons(c *call, k *seqKind) (int, any, *httpError) {
	if _, _, herr := decodeCodonBody(c, k); herr != nil {
		return 0, nil, herr
	}
	return c.st.succeededTask(map[string]any{})
}

func findMatchingRegions(c *call, k *seqKind) (int, any, *httpError) {
	key := "targetAASequenceIds"
	if k.dna {
		key = "targetDnaSequenceIds"
	}
	s := body(key+":[]string!", "registryId:string schemaId:string!")
	in, herr := c.decodeBody(s)
	if herr != nil {
		return 0, nil, herr
	}
	if msg := s.missing(in); msg != "" {
		return 0, nil, badRequest("%s.", msg)
	}
	schema, registry := strAt(in, "schemaId"), in["registryId"]
	targets := stringList(in[key])
	if len(targets) > 1000 {
		return 0, nil, badRequest("Too many %s: %d (maximum 1000).", key, len(targets))
	}
	coll := c.st.coll(k.path)
	seqs, herr := coll.lookup(targets)
	if herr != nil {
		return 0, nil, herr
	}
	matches := make([]any, 0, len(seqs))
	for _, t := range seqs {
		tr := strings.ToUpper(strAt(t.doc, k.residueKey))
		found := []any{}
		for _, s := range coll.order {
			if s == t || s.doc["archiveRecord"] != nil || at(s.doc, "schema.id") != schema {
				continue
			}
			if registry != nil && s.doc["registryId"] != registry {
				continue
			}
			r := strings.ToUpper(strAt(s.doc, k.residueKey))
			if r != "" && (strings.Contains(tr, r) || strings.Contains(r, tr)) {
				found = append(found, s.id())
			}
		}
		if k.dna {
			matches = append(matches, map[string]any{"targetDnaSequenceId": t.id(), "matchingDnaSequenceIds": found})
		} else {
			matches = append(matches, map[string]any{"targetAASequenceId": t.id(), "matchingAASequenceIds": found})
		}
	}
	if k.dna {
		return c.st.succeededTask(map[string]any{"dnaSequenceMatches": matches})
	}
	return c.st.succeededTask(map[string]any{"aaSequenceMatches": matches})
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
	schema := body(k.residueKey+":string!", "archiveReason:string nextToken:string pageSize:integer registryId:string? sort:string")
	if k.dna && contains {
		schema = schema.with("schemaId:string")
	}
	in, herr := c.decodeBody(schema)
	if herr != nil {
		return 0, nil, herr
	}
	q := strAt(in, k.residueKey)
	if q == "" {
		return 0, nil, badRequest("%s is required.", k.residueKey)
	}
	minLen := 3
	if k.dna {
		minLen = 8
	}
	if contains && len(q) < minLen {
		return 0, nil, badRequest("%s must be at least %d characters long.", k.residueKey, minLen)
	}
	sort := "modifiedAt:desc"
	if s, ok := in["sort"].(string); ok {
		sort = s
		if !slices.Contains([]string{"modifiedAt:asc", "modifiedAt:desc", "name:asc", "name:desc"}, sort) {
			return 0, nil, badRequest("Invalid sort %q: use modifiedAt:asc, modifiedAt:desc, name:asc or name:desc.", sort)
		}
	}
	size := ""
	if n, ok := in["pageSize"].(float64); ok {
		size = fmt.Sprint(n)
	}
	p, herr := parsePage(size, strAt(in, "nextToken"), sort, nil)
	if herr != nil {
		return 0, nil, herr
	}
	arch := func(a any) bool { return a == nil }
	if r, ok := in["archiveReason"].(string); ok {
		switch r {
		case "NOT_ARCHIVED":
		case "Archived":
			arch = func(a any) bool { return a != nil }
		case "Other":
			arch = func(a any) bool { m, _ := a.(map[string]any); return m != nil && m["reason"] == "Other" }
		default:
			return 0, nil, badRequest("Invalid archiveReason %q: use NOT_ARCHIVED, Archived or Other.", r)
		}
	}
	registry, filterRegistry := in["registryId"]
	schemaID, filterSchema := in["schemaId"].(string)
	keep := func(it *item) bool {
		d := it.doc
		switch {
		case !arch(d["archiveRecord"]),
			filterRegistry && d["registryId"] != registry,
			filterSchema && at(d, "schema.id") != schemaID:
			return false
		}
		if contains {
			return containsMatch(k, d, q)
		}
		return exactMatch(k, d, q)
	}
	page, next, _ := paginate(c.st.coll(k.path).order, keep, p)
	return http.StatusOK, map[string]any{k.plural: docs(page), "nextToken": next}, nil
}
