package benchlingtest

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"net/http"
	"slices"
	"strings"
)

// The Nucleotide Alignments and DNA Alignments tags: the alignments
// (seqanl_...) that template and consensus alignment tasks create, also
// under the deprecated /dna-alignments (the same items). Creating one
// lists it in its sequences' dnaAlignmentIds (DNA) or alignmentIds (RNA);
// deleting it takes it out again.
//
// The alignment is plausible, not MAFFT's or Clustal Omega's (the options
// are checked, then ignored): each input is placed where it matches the
// reference best without gaps, on either strand (a read that matches
// better reverse-complemented is shown so), and padded with "-" to the
// reference's length; trimStart and trimEnd are where it lies, and a
// template alignment's pairwiseIdentity is the fraction of its bases that
// match the template there. A template alignment's first row is the
// template. A consensus alignment's reference is its first input; its
// consensus takes each column's most frequent base (N where no input
// covers it) and is saved as the sequence sequenceId names, or as a new DNA
// sequence in newSequence's folder. An input is a sequence of the tenant
// (DNA, RNA, or an oligo) or a file whose data is FASTA or plain bases
// (a binary trace such as .ab1 fails the task: the fake cannot read it).

var nucleotideAlignments = &resource{
	path: "nucleotide-alignments", noun: "Nucleotide alignment", prefix: "seqanl_", listKey: "alignments",
	doc:     alignmentDoc,
	server:  []string{"id", "createdAt", "modifiedAt", "apiURL", "webURL"},
	webPath: func(_ *store, d map[string]any) string { return "/benchling/alignments/" + strAt(d, "id") },
	list: &listOp{filters: "ids name nameIncludes names.anyOf names.anyOf.caseSensitive modifiedAt createdAt sequenceIds",
		custom: map[string]filter{"sequenceIds": sequenceIDsFilter}, omit: []string{"alignedSequences"}},
	get: true,
	actions: []action{
		{"DELETE", "/nucleotide-alignments/{alignment_id}", deleteAlignment},
		{"POST", "/nucleotide-alignments:create-consensus-alignment", createAlignment(false, false)},
		{"POST", "/nucleotide-alignments:create-template-alignment", createAlignment(true, false)},
	},
}

// dnaAlignments is the deprecated /dna-alignments, over the same items.
var dnaAlignments = &resource{
	path: "dna-alignments", collPath: "nucleotide-alignments", noun: "DNA alignment", prefix: "seqanl_", listKey: "dnaAlignments",
	doc: alignmentDoc,
	list: &listOp{filters: "ids name nameIncludes names.anyOf names.anyOf.caseSensitive modifiedAt sequenceIds",
		custom: map[string]filter{"sequenceIds": sequenceIDsFilter}, omit: []string{"alignedSequences"}},
	get: true,
	actions: []action{
		{"DELETE", "/dna-alignments/{dna_alignment_id}", deleteAlignment},
		{"POST", "/dna-alignments:create-consensus-alignment", createAlignment(false, true)},
		{"POST", "/dna-alignments:create-template-alignment", createAlignment(true, true)},
	},
}

var alignmentDoc = map[string]any{"alignedSequences": []any{}, "apiURL": "", "createdAt": "", "id": "", "modifiedAt": "",
	"name": "", "referenceSequenceId": "", "webURL": ""}

// sequenceIDsFilter keeps the alignments these sequences own: those whose
// reference (template or consensus) is one of them.
var sequenceIDsFilter = anyOfAt("referenceSequenceId", false)

// nucleotideColls are the collections whose items alignments align.
var nucleotideColls = []string{"dna-sequences", "rna-sequences", "dna-oligos", "rna-oligos"}

// findNucleotide returns the sequence or oligo with the given ID.
func (st *store) findNucleotide(id string) *item {
	for _, p := range nucleotideColls {
		if it := st.coll(p).byID[id]; it != nil {
			return it
		}
	}
	return nil
}

// alignmentInput is one input of an alignment, read.
type alignmentInput struct {
	name, bases string
	seq         *item // nil for a file
}

// alignmentBody is the body of the alignment creates, without the kind's
// own properties.
const alignmentBody = "algorithm:string! clustaloOptions:object files:[]object! mafftOptions:object name:string"

// createAlignment serves a create-template-alignment (template) or
// create-consensus-alignment action; dna is the deprecated path's, whose
// template body also has shouldDisableCircularSequenceRotation.
func createAlignment(template, dna bool) handler {
	s := body(alignmentBody, "newSequence:object sequenceId:string")
	if template {
		s = body(alignmentBody, "templateSequenceId:string!")
		if dna {
			s = s.with("shouldDisableCircularSequenceRotation:boolean")
		}
	}
	return func(c *call) (int, any, *httpError) {
		in, herr := c.decodeBody(s)
		if herr != nil {
			return 0, nil, herr
		}
		if msg := s.missing(in); msg != "" {
			return 0, nil, badRequest("%s.", msg)
		}
		if msg := checkAlignmentOptions(in); msg != "" {
			return 0, nil, badRequest("Invalid alignment: %s.", msg)
		}
		inputs, msg := readAlignmentInputs(c.st, in["files"].([]any))
		if msg != "" {
			return c.st.failedTask(msg, nil)
		}
		if template {
			return alignToTemplate(c, in, inputs)
		}
		return alignConsensus(c, in, inputs)
	}
}

// checkAlignmentOptions checks the algorithm, the name and the options'
// values and ranges.
func checkAlignmentOptions(in map[string]any) string {
	if a := strAt(in, "algorithm"); a != "mafft" && a != "clustalo" {
		return fmt.Sprintf("algorithm %q: use mafft or clustalo", a)
	}
	if len(strAt(in, "name")) > 255 {
		return "the name is longer than 255 characters"
	}
	if len(in["files"].([]any)) == 0 {
		return "files must not be empty"
	}
	if o, ok := in["clustaloOptions"].(map[string]any); ok {
		for k, r := range map[string][2]float64{"maxGuidetreeIterations": {-1, 5}, "maxHmmIterations": {-1, 5}, "numCombinedIterations": {0, 5}} {
			if v, ok := o[k].(float64); ok && (v < r[0] || v > r[1] || v != float64(int(v))) {
				return fmt.Sprintf("clustaloOptions.%s %v: use an integer from %v to %v", k, v, r[0], r[1])
			}
		}
	}
	if o, ok := in["mafftOptions"].(map[string]any); ok {
		if v, ok := o["adjustDirection"].(string); ok && !slices.Contains([]string{"fast", "accurate", "disabled"}, v) {
			return fmt.Sprintf("mafftOptions.adjustDirection %q: use fast, accurate or disabled", v)
		}
		if v, ok := o["strategy"].(string); ok && !slices.Contains([]string{"auto", "sixmer", "localpair", "globalpair"}, v) {
			return fmt.Sprintf("mafftOptions.strategy %q: use auto, sixmer, localpair or globalpair", v)
		}
	}
	return ""
}

// readAlignmentInputs reads the files of an alignment body: sequences of
// the tenant, or FASTA or plain-bases files. It returns a message for
// the task's failure when one cannot be read.
func readAlignmentInputs(st *store, files []any) ([]alignmentInput, string) {
	out := make([]alignmentInput, 0, len(files))
	for i, f := range files {
		m, _ := f.(map[string]any)
		if id, ok := m["sequenceId"].(string); ok {
			it := st.findNucleotide(id)
			if it == nil {
				return nil, fmt.Sprintf("Sequence %s not found.", id)
			}
			out = append(out, alignmentInput{name: strAt(it.doc, "name"), bases: strings.ToUpper(strAt(it.doc, "bases")), seq: it})
			continue
		}
		data, err := base64.StdEncoding.DecodeString(strAt(m, "data"))
		bases := fileBases(data)
		if err != nil || bases == "" {
			return nil, fmt.Sprintf("File %d (%s) could not be read as FASTA or bases.", i, strAt(m, "name"))
		}
		out = append(out, alignmentInput{name: cmpOrStr(strAt(m, "name"), fmt.Sprintf("File %d", i+1)), bases: bases})
	}
	return out, ""
}

// fileBases reads the bases of a FASTA file (its first record) or of a
// file of bases; "" if the content is neither.
func fileBases(data []byte) string {
	var b strings.Builder
	for i, line := range bytes.Split(data, []byte("\n")) {
		line = bytes.TrimSpace(line)
		if bytes.HasPrefix(line, []byte(">")) {
			if i > 0 && b.Len() > 0 {
				break // the next record
			}
			continue
		}
		for _, c := range strings.ToUpper(string(line)) {
			if !strings.ContainsRune(baseLetters, c) {
				return ""
			}
			b.WriteRune(c)
		}
	}
	return b.String()
}

// placement is where an input lies on a reference: its bases (reverse
// complemented if rc), the offset of its first base, and how many of
// them match.
type placement struct {
	bases   string
	offset  int
	matches int
}

// place finds the ungapped placement of bases on ref, on either strand,
// with the most matching bases (U and T alike).
func place(ref, bases string) placement {
	best := placement{bases: bases, offset: 0, matches: -1}
	r := tToU(ref)
	for _, cand := range []string{bases, reverseComplement(strings.ReplaceAll(bases, "U", "T"))} {
		q := tToU(cand)
		for off := -len(q) + 1; off < len(r); off++ {
			n := 0
			for i := 0; i < len(q); i++ {
				if j := off + i; j >= 0 && j < len(r) && r[j] == q[i] {
					n++
				}
			}
			if n > best.matches {
				best = placement{bases: cand, offset: off, matches: n}
			}
		}
	}
	return best
}

// row is the aligned row of a placement on a reference of length n: the
// bases in the reference's columns, "-" elsewhere, with its trim range.
func (p placement) row(n int) (aligned string, trimStart, trimEnd int) {
	b := []byte(strings.Repeat("-", n))
	start, end := n, 0
	for i := 0; i < len(p.bases); i++ {
		if j := p.offset + i; j >= 0 && j < n {
			b[j] = p.bases[i]
			start, end = min(start, j), max(end, j+1)
		}
	}
	if start > end {
		start = end
	}
	return string(b), start, end
}

// alignedRow is the AlignedNucleotideSequence of an input.
func alignedRow(in alignmentInput, aligned string, trimStart, trimEnd int) map[string]any {
	var id any
	if in.seq != nil {
		id = in.seq.id()
	}
	return map[string]any{"bases": aligned, "dnaSequenceId": id, "name": in.name, "sequenceId": id,
		"trimEnd": trimEnd, "trimStart": trimStart}
}

func alignToTemplate(c *call, in map[string]any, inputs []alignmentInput) (int, any, *httpError) {
	tid := strAt(in, "templateSequenceId")
	tmpl := c.st.findNucleotide(tid)
	if tmpl == nil {
		return 0, nil, badRequest("Template sequence %s not found.", tid)
	}
	ref := strings.ToUpper(strAt(tmpl.doc, "bases"))
	rows := []any{alignedRow(alignmentInput{name: strAt(tmpl.doc, "name"), bases: ref, seq: tmpl}, ref, 0, len(ref))}
	members := []*item{tmpl}
	for _, inp := range inputs {
		p := place(ref, inp.bases)
		aligned, ts, te := p.row(len(ref))
		r := alignedRow(inp, aligned, ts, te)
		r["pairwiseIdentity"] = 0.0
		if te > ts {
			r["pairwiseIdentity"] = float64(p.matches) / float64(te-ts)
		}
		rows = append(rows, r)
		members = append(members, inp.seq)
	}
	return c.st.newAlignment(c, strAt(in, "name"), tid, rows, members)
}

func alignConsensus(c *call, in map[string]any, inputs []alignmentInput) (int, any, *httpError) {
	seqID, hasSeq := in["sequenceId"].(string)
	ns, hasNew := in["newSequence"].(map[string]any)
	var target *item
	switch {
	case hasSeq && hasNew:
		return 0, nil, badRequest("Give sequenceId or newSequence, not both.")
	case hasSeq:
		if target = c.st.coll("dna-sequences").byID[seqID]; target == nil {
			return 0, nil, badRequest("DNA sequence %s not found.", seqID)
		}
	case hasNew:
		if strAt(ns, "folderId") == "" {
			return 0, nil, badRequest("newSequence.folderId is required.")
		}
	default:
		return 0, nil, badRequest("Give sequenceId (the sequence to save the consensus as) or newSequence.")
	}
	ref := inputs[0].bases
	counts := make([]map[byte]int, len(ref))
	var rows []any
	var members []*item
	for _, inp := range inputs {
		p := place(ref, inp.bases)
		aligned, ts, te := p.row(len(ref))
		for j := ts; j < te; j++ {
			if counts[j] == nil {
				counts[j] = map[byte]int{}
			}
			counts[j][aligned[j]]++
		}
		rows = append(rows, alignedRow(inp, aligned, ts, te))
		members = append(members, inp.seq)
	}
	consensus := make([]byte, len(ref))
	for j, cnt := range counts {
		consensus[j] = 'N'
		best := 0
		for _, b := range []byte("ACGTU") {
			if cnt[b] > best {
				consensus[j], best = b, cnt[b]
			}
		}
	}
	name := cmpOrStr(strAt(in, "name"), "Consensus alignment")
	if target == nil {
		target = c.st.newWrite(c, c.st.coll("dna-sequences"), opCreate, map[string]any{
			"name": name + " consensus", "bases": string(consensus), "isCircular": false, "folderId": ns["folderId"],
		}, nil, &batch{}).insert()
	} else {
		w := c.st.newWrite(c, target.coll, opUpdate, map[string]any{"bases": string(consensus)}, target, &batch{})
		w.apply()
	}
	return c.st.newAlignment(c, name, target.id(), rows, append(members, target))
}

// newAlignment stores an alignment, lists it in its sequences, and
// answers with a task that has it for its response.
func (st *store) newAlignment(c *call, name, ref string, rows []any, members []*item) (int, any, *httpError) {
	if name == "" {
		name = "Alignment"
	}
	a := st.newWrite(c, st.coll("nucleotide-alignments"), opCreate, map[string]any{
		"name": name, "referenceSequenceId": ref, "alignedSequences": rows,
	}, nil, &batch{}).insert()
	for _, it := range members {
		if it != nil {
			it.linkAlignment(a.id(), true)
		}
	}
	return st.succeededTask(a.doc)
}

// linkAlignment adds an alignment's ID to (or removes it from) a
// sequence's alignment IDs, where its kind lists them.
func (it *item) linkAlignment(id string, add bool) {
	key := "dnaAlignmentIds"
	if _, ok := it.doc[key]; !ok {
		key = "alignmentIds"
	}
	old, ok := it.doc[key].([]any)
	if !ok || !add && !slices.Contains(old, any(id)) {
		return // oligos list no alignments; or nothing to remove
	}
	ids := slices.DeleteFunc(slices.Clone(old), func(v any) bool { return v == id })
	if add {
		ids = append(ids, id)
	}
	it.doc[key] = ids
}

// deleteAlignment serves the deletes: the alignment is gone, and its
// sequences no longer list it.
func deleteAlignment(c *call) (int, any, *httpError) {
	it, herr := c.st.find("nucleotide-alignments", c.param(0))
	if herr != nil {
		return 0, nil, herr
	}
	for _, p := range nucleotideColls {
		for _, s := range c.st.coll(p).order {
			s.linkAlignment(it.id(), false)
		}
	}
	c.st.remove(it)
	return http.StatusOK, map[string]any{}, nil
}
