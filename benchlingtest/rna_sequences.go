package benchlingtest

import (
	"fmt"
	"slices"
	"strings"
)

// The RNA Sequences tag: /rna-sequences, registry entities with bases
// (A, C, G, U and the IUPAC codes; T is a DNA base and is refused).
//
// Simplifications: autofill-parts and autofill-translations check their
// body and the sequences and change nothing; auto-annotate annotates
// with the features of the libraries whose pattern occurs in a sequence
// (U and T alike, forward strand only); customNotation and
// customNotationName are always null (the tenant does not render
// sequences in a custom notation), though a customNotation in a write
// is read (see customNotationBases); helm is derived from the bases
// (RNA1{r(A)p.r(C)p...}$$$$V2.0) unless a write gives it without bases.

var rnaKind = &seqKind{dna: true, rna: true, letters: rnaBaseLetters, path: "rna-sequences", noun: "RNA sequence",
	plural: "rnaSequences", idsKey: "rnaSequenceIds", residueKey: "bases"}

// rnaWrite are the RNA-specific properties of create and update bodies.
const rnaWrite = "annotations:[]object bases:string customNotation:string customNotationId:string helm:string " +
	"isCircular:boolean parts:[]object primers:[]object translations:[]object"

var rnaSequences = &resource{
	path: "rna-sequences", noun: "RNA sequence", prefix: "seq_", listKey: "rnaSequences",
	doc: entityDoc(map[string]any{"alignmentIds": []any{}, "annotations": []any{}, "bases": "", "customNotation": nil,
		"customNotationName": nil, "helm": nil, "isCircular": false, "length": 0, "parts": []any{}, "primers": []any{},
		"translations": []any{}, "url": ""}),
	server:  append(entityServer, "url"),
	webPath: entityWebPath,
	list: &listOp{filters: entityFilters + " bases customNotationId",
		custom: map[string]filter{"bases": residuesFilter(rnaKind), "customNotationId": customNotationFilter}},
	get:          true,
	create:       body(entityWrite, rnaWrite, "entityRegistryId:string name:string! namingStrategy:string registryId:string"),
	update:       body(entityWrite, rnaWrite, "entityRegistryId:string"),
	archive:      &archiveOp{idsKey: "rnaSequenceIds", reasons: entityArchiveReasons},
	bulkGet:      &bulkGetOp{params: []bulkGetParam{{"rnaSequenceIds", "id"}}},
	bulkCreate:   &bulkOp{},
	bulkUpdate:   &bulkOp{item: body(entityWrite, rnaWrite, "id:string!")},
	registry:     &registry{idPrefix: "RNA"},
	schemaPrefix: "ts_",
	schemaType:   "rna_sequence",
	keys:         notationKeys,
	validate:     validateNucleotides(rnaKind),
	derive:       deriveNucleotides(rnaKind),
	actions: []action{
		{"POST", "/rna-sequences:auto-annotate", seqAction(rnaKind, autoAnnotateFromLibraries)},
		{"POST", "/rna-sequences:autofill-parts", seqAction(rnaKind, autofillMax1000)},
		{"POST", "/rna-sequences:autofill-translations", seqAction(rnaKind, autofillMax1000)},
		{"POST", "/rna-sequences:match-bases", seqAction(rnaKind, matchSequences)},
		{"POST", "/rna-sequences:search-bases", seqAction(rnaKind, searchSequences)},
	},
}

// The bases of RNA (U instead of DNA's T) and of DNA oligos (T, not U),
// with the IUPAC codes for mixtures. (DNA sequences take baseLetters,
// which has both.)
const (
	rnaBaseLetters = "ACGURYKMSWBDHVN"
	dnaBaseLetters = "ACGTRYKMSWBDHVN"
)

// notationKeys write the bases of a body given in a custom notation or in
// HELM (the checks are in validateNucleotides); the body's own bases win.
var notationKeys = map[string]keyFunc{
	"customNotationId": ignoreKey,
	"customNotation": func(w *write, v any) {
		if !w.has("bases") {
			w.doc["bases"], _ = customNotationBases(w.st, strAt(w.body, "customNotationId"), strAt(w.body, "customNotation"))
		}
	},
	"helm": func(w *write, v any) {
		if !w.has("bases") && !w.has("customNotation") {
			w.doc["bases"] = helmBases(strAt(w.body, "helm"))
			w.doc["helm"] = v
		}
	},
}

// validateNucleotides checks the bases of a write (given as bases, or in
// a custom notation) and, for RNA, that it is linear.
func validateNucleotides(k *seqKind) func(w *write) string {
	residues := validateResidues(k)
	return func(w *write) string {
		if msg := residues(w); msg != "" {
			return msg
		}
		if k.rna && w.body["isCircular"] == true {
			return "RNA sequences can only be linear"
		}
		_, hasNotation := w.body["customNotation"]
		_, hasNotationID := w.body["customNotationId"]
		switch {
		case hasNotation && w.has("bases"):
			return "give the bases or a customNotation, not both"
		case hasNotation != hasNotationID:
			return "customNotation and customNotationId go together"
		case hasNotation:
			if _, msg := customNotationBases(w.st, strAt(w.body, "customNotationId"), strAt(w.body, "customNotation")); msg != "" {
				return msg
			}
		}
		return ""
	}
}

// deriveNucleotides computes a nucleotide item's length and HELM string,
// and (for sequences) the translations' amino acids.
func deriveNucleotides(k *seqKind) func(w *write) {
	base := deriveSequence(k)
	return func(w *write) {
		base(w)
		bases := strAt(w.doc, "bases")
		w.doc["length"] = len(bases)
		if w.has("helm") && !w.has("bases") && !w.has("customNotation") {
			return // the body's HELM is the item's
		}
		if bases != "" && (w.has("bases") || w.has("customNotation") || empty(w.doc["helm"])) {
			w.doc["helm"] = helmOf(k, bases)
		}
	}
}

// helmOf writes bases in HELM: RNA1{r(A)p.r(C)p}$$$$V2.0 for RNA, with
// d(...) (deoxyribose) for DNA.
func helmOf(k *seqKind, bases string) string {
	sugar := "d"
	if k.rna {
		sugar = "r"
	}
	monomers := make([]string, len(bases))
	for i := 0; i < len(bases); i++ {
		monomers[i] = sugar + "(" + string(bases[i]) + ")p"
	}
	return "RNA1{" + strings.Join(monomers, ".") + "}$$$$V2.0"
}

// helmBases reads the bases of a HELM string: the base of each monomer,
// r(A) or d(A), or N for a modified base ([impr2G]) it does not know.
func helmBases(helm string) string {
	var b strings.Builder
	for rest := helm; ; {
		i := strings.IndexByte(rest, '(')
		if i < 0 {
			return b.String()
		}
		j := strings.IndexByte(rest[i:], ')')
		if j < 0 {
			return b.String()
		}
		m := strings.Trim(rest[i+1:i+j], "[]")
		if len(m) == 1 {
			b.WriteString(strings.ToUpper(m))
		} else {
			b.WriteByte('N')
		}
		rest = rest[i+j:]
	}
}

// customNotationFilter checks the customNotationId of a list: it must
// name a custom notation of the tenant. It restricts nothing.
func customNotationFilter(f *filterCtx) (func(*item) bool, *httpError) {
	if id := f.value(); id != "" && f.st.coll("custom-notations").byID[id] == nil {
		return nil, badRequest("Custom notation %s not found.", id)
	}
	return nil, nil
}

// autofillMax1000 serves an autofill action of RNA sequences (at most
// 1000, the spec's maxItems): the body and the sequences are checked,
// nothing changes.
func autofillMax1000(c *call, k *seqKind) (int, any, *httpError) {
	if _, _, herr := idsBody(c, k, "", 1000); herr != nil {
		return 0, nil, herr
	}
	return c.st.succeededTask(map[string]any{})
}

// autoAnnotateFromLibraries annotates up to 1000 sequences with the
// nucleotide features of feature libraries: each occurrence of a
// feature's pattern (case-insensitive, U and T alike, forward strand)
// becomes an annotation with the feature's name, type and color. An
// unknown library is a 400.
func autoAnnotateFromLibraries(c *call, k *seqKind) (int, any, *httpError) {
	in, seqs, herr := idsBody(c, k, "featureLibraryIds:[]string!", 1000)
	if herr != nil {
		return 0, nil, herr
	}
	libs := stringList(in["featureLibraryIds"])
	if _, herr := c.st.coll("feature-libraries").lookup(libs); herr != nil {
		return 0, nil, herr
	}
	t := c.st.now()
	for _, s := range seqs {
		bases := tToU(strAt(s.doc, k.residueKey))
		old, _ := s.doc["annotations"].([]any)
		anns := slices.Clone(old) // stored values are never changed in place
		added := false
		for _, f := range c.st.coll("features").order {
			if f.doc["matchType"] != "nucleotide" || !slices.Contains(libs, strAt(f.doc, "featureLibraryId")) {
				continue
			}
			p := tToU(strAt(f.doc, "pattern"))
			for i := 0; p != "" && i+len(p) <= len(bases); i++ {
				if bases[i:i+len(p)] != p {
					continue
				}
				anns = append(anns, map[string]any{"color": f.doc["color"], "customFields": []any{}, "end": i + len(p),
					"name": f.doc["name"], "notes": "", "start": i, "strand": 1, "type": nonNil(f.doc["featureType"], "")})
				added = true
			}
		}
		if added {
			s.doc["annotations"] = anns
			s.modified = t
			s.doc["modifiedAt"] = fmtTime(t)
		}
	}
	return c.st.succeededTask(map[string]any{})
}

func tToU(s string) string { return strings.ReplaceAll(strings.ToUpper(s), "T", "U") }

func nonNil(v, def any) any {
	if v == nil {
		return def
	}
	return v
}

// customNotationBases reads a sequence written in a custom notation of
// the tenant: the notation's tokens, longest first, each standing for a
// base (or, for a linkage token, none). It returns the bases, or a
// message naming what it cannot read.
func customNotationBases(st *store, notationID, s string) (string, string) {
	n := st.coll("custom-notations").byID[notationID]
	if n == nil {
		return "", fmt.Sprintf("custom notation %s not found", notationID)
	}
	aliases, _ := n.doc["aliases"].([]any)
	var b strings.Builder
	for pos := 0; pos < len(s); {
		best, base := "", ""
		for _, a := range aliases {
			m, _ := a.(map[string]any)
			tok := strAt(m, "token")
			if len(tok) > len(best) && strings.HasPrefix(s[pos:], tok) {
				best, base = tok, notationBase(strAt(m, "baseMonomerId"))
			}
		}
		if best == "" {
			return "", fmt.Sprintf("invalid token at position %d of the custom notation %q", pos, s)
		}
		b.WriteString(base)
		pos += len(best)
	}
	return b.String(), ""
}
