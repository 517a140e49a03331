package benchlingtest

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// The Monomers tag: /monomers, the building blocks of the tenant's
// nucleotide notation. A monomer's SMILES must read (chemistry.go) and
// mark at least one attachment point with an atom-map class ([OH:1]); the
// fake derives what Benchling computes with RDKit: canonicalSmiles (the
// SMILES as given, not canonicalized), attachmentPoints (the marked
// groups, by class), the average and monoisotopic molecular weights (from
// the atoms, with the organic subset's implicit hydrogens), and
// monomerType: a BRANCH (a base) has one attachment point, a BACKBONE
// (sugar, phosphate) more. The symbol is unique within a monomer type;
// polymerType is RNA, the only one the spec knows. Monomers have archive
// reasons of their own, and archive takes at most 100 IDs; the list, which
// has no archive filter in the spec, includes archived monomers.

var monomerArchiveReasons = []string{"Made in error", "Archived", "Other"}

var monomerVisualSymbols = []string{"DIAMOND_FILLED", "DIAMOND_HOLLOW", "DIAMOND_DASHED", "STAR_FILLED", "STAR_HOLLOW",
	"TRIANGLE_FILLED", "TRIANGLE_HOLLOW", "DYAD_FILLED", "DYAD_HOLLOW", "CLOVER_FILLED", "CLOVER_HOLLOW", "TRIAD_FILLED",
	"TRIAD_HOLLOW", "RECTANGLE_FILLED", "RECTANGLE_HOLLOW", "LETTERS_P", "LETTERS_PS"}

// monomerWrite are the properties of monomer bodies.
const monomerWrite = "color:string? customMolecularWeight:number? name:string smiles:string symbol:string visualSymbol:string"

var monomers = &resource{
	path: "monomers", noun: "Monomer", prefix: "mon_", listKey: "monomers",
	doc: map[string]any{
		"archiveRecord": nil, "attachmentPoints": []any{}, "calculatedMolecularWeight": 0, "canonicalSmiles": "", "createdAt": "",
		"customMolecularWeight": nil, "exactMolecularWeight": 0, "id": "", "modifiedAt": "", "monomerType": "BACKBONE", "name": "",
		"naturalAnalog": "", "originalSmiles": nil, "polymerType": "RNA", "symbol": "", "visualColor": nil, "visualSymbol": nil,
	},
	server:  []string{"id", "createdAt", "modifiedAt"},
	list:    &listOp{noSort: true},
	create:  body(monomerWrite, "name:string! naturalAnalog:string! smiles:string! symbol:string!"),
	update:  body(monomerWrite),
	archive: &archiveOp{idsKey: "monomerIds", reasons: monomerArchiveReasons, extra: map[string]any{"batchIds": []any{}}, max: 100},
	keys: map[string]keyFunc{
		"color": func(w *write, v any) { w.doc["visualColor"] = v },
		"smiles": func(w *write, v any) {
			s, _ := v.(string)
			st, _ := parseSmiles(s)
			avg, exact := st.weights()
			pts := st.attachmentPoints()
			w.doc["canonicalSmiles"], w.doc["originalSmiles"] = strings.TrimSpace(s), strings.TrimSpace(s)
			w.doc["attachmentPoints"] = anyList(pts)
			w.doc["calculatedMolecularWeight"], w.doc["exactMolecularWeight"] = avg, exact
			w.doc["monomerType"] = monomerType(pts)
		},
	},
	validate: validateMonomer,
}

var hexColor = regexp.MustCompile(`^#[0-9A-Fa-f]{6}$`)

// monomerType is BRANCH for one attachment point, BACKBONE for more.
func monomerType(points []string) string {
	if len(points) == 1 {
		return "BRANCH"
	}
	return "BACKBONE"
}

func validateMonomer(w *write) string {
	typ := strAt(w.doc, "monomerType")
	if w.creating() {
		typ = ""
	}
	if s, ok := w.body["smiles"].(string); ok {
		st, msg := parseSmiles(s)
		if msg != "" {
			return "invalid SMILES: " + msg
		}
		pts := st.attachmentPoints()
		if len(pts) == 0 {
			return "the SMILES marks no attachment point (an atom-map class, such as [OH:1])"
		}
		typ = monomerType(pts)
	}
	if a, ok := w.body["naturalAnalog"].(string); ok && (len(a) != 1 || !strings.Contains(baseLetters+"rp", a)) {
		return fmt.Sprintf("invalid naturalAnalog %q: use an IUPAC base, r or p", a)
	}
	if c, ok := w.body["color"].(string); ok && !hexColor.MatchString(c) {
		return fmt.Sprintf("invalid color %q: use a hex color such as #7051FC", c)
	}
	if v, ok := w.body["visualSymbol"].(string); ok && !slices.Contains(monomerVisualSymbols, v) {
		return fmt.Sprintf("invalid visualSymbol %q", v)
	}
	sym := strAt(w.doc, "symbol")
	if w.creating() {
		sym = ""
	}
	if s, ok := w.body["symbol"].(string); ok {
		sym = s
	}
	for _, it := range w.coll.order {
		if it != w.it && strAt(it.doc, "symbol") == sym && strAt(it.doc, "monomerType") == typ {
			return fmt.Sprintf("a %s monomer with symbol %q already exists", strings.ToLower(typ), sym)
		}
	}
	return ""
}
