package benchlingtest

import (
	"fmt"
	"strings"
)

// The Molecules tag: /molecules, registry entities with a chemical
// structure. A structure is given as {structureFormat, value}, SMILES or a
// V2000 molfile, and checked as a chemistry toolkit would (chemistry.go):
// an unknown element, an unbalanced branch or an unclosed ring is a 400.
// canonicalizedSmiles is the SMILES as given (trimmed; the fake does not
// canonicalize) or, for a molfile, a SMILES the fake writes from its
// graph; originalSmiles is the SMILES as given, null for a molfile. The
// substructure filters (chemicalSubstructure.smiles and .mol) keep the
// molecules whose canonicalizedSmiles contains the query's SMILES text: a
// textual stand-in for a substructure search. Bulk writes take up to 1000
// items (the spec's maxItems of a bulk upsert).

// moleculeWrite are the body properties of molecules' creates and updates.
const moleculeWrite = entityWrite + " chemicalStructure:object"

var molecules = &resource{
	path: "molecules", noun: "Molecule", prefix: "mol_", listKey: "molecules",
	doc:     entityDoc(map[string]any{"canonicalizedSmiles": "", "originalSmiles": nil}),
	server:  entityServer,
	webPath: entityWebPath,
	list: &listOp{filters: "ids name nameIncludes names.anyOf modifiedAt createdAt archiveReason folderId projectId schemaId " +
		"registryId authorIds.anyOf entityRegistryIds.anyOf mentionedIn mentions schemaField.* chemicalSubstructure.smiles chemicalSubstructure.mol",
		custom: map[string]filter{
			"chemicalSubstructure.smiles": substructureFilter(parseSmiles),
			"chemicalSubstructure.mol":    substructureFilter(parseMolfile),
		}},
	get:          true,
	create:       body(moleculeWrite, "chemicalStructure:object! entityRegistryId:string name:string! namingStrategy:string registryId:string"),
	update:       body(moleculeWrite, "entityRegistryId:string"),
	upsert:       body(moleculeWrite, "archiveRecord:null chemicalStructure:object! name:string! registryId:string! schemaId:string!"),
	archive:      &archiveOp{idsKey: "moleculeIds", reasons: entityArchiveReasons, extra: map[string]any{"batchIds": []any{}}},
	bulkCreate:   &bulkOp{},
	bulkUpdate:   &bulkOp{item: body(moleculeWrite, "entityRegistryId:string id:string!")},
	bulkUpsert:   &bulkOp{item: body(moleculeWrite, "archiveRecord:null chemicalStructure:object! entityRegistryId:string! name:string! registryId:string! schemaId:string!")},
	registry:     &registry{idPrefix: "MOL"},
	schemaPrefix: "ts_",
	schemaType:   "molecule",
	validate: func(w *write) string {
		if v, ok := w.body["chemicalStructure"]; ok {
			_, _, msg := readStructure(v)
			return msg
		}
		return ""
	},
	keys: map[string]keyFunc{
		"chemicalStructure": func(w *write, v any) {
			st, smiles, _ := readStructure(v)
			if smiles != "" {
				w.doc["canonicalizedSmiles"], w.doc["originalSmiles"] = smiles, smiles
				return
			}
			w.doc["canonicalizedSmiles"], w.doc["originalSmiles"] = st.smiles(), nil
		},
	},
}

// readStructure reads a MoleculeStructure: the structure, the SMILES it
// was given in ("" for a molfile), or what is wrong with it.
func readStructure(v any) (*chemStructure, string, string) {
	m, _ := v.(map[string]any)
	format, value := strAt(m, "structureFormat"), strAt(m, "value")
	for k := range m {
		if k != "structureFormat" && k != "value" {
			return nil, "", fmt.Sprintf("chemicalStructure has an unknown property %q", k)
		}
	}
	if strings.TrimSpace(value) == "" {
		return nil, "", "chemicalStructure.value is required"
	}
	switch format {
	case "smiles":
		st, msg := parseSmiles(value)
		if msg != "" {
			return nil, "", "invalid SMILES: " + msg
		}
		return st, strings.TrimSpace(value), ""
	case "molfile":
		st, msg := parseMolfile(value)
		if msg != "" {
			return nil, "", "invalid molfile: " + msg
		}
		return st, "", ""
	case "":
		return nil, "", "chemicalStructure.structureFormat is required"
	}
	return nil, "", fmt.Sprintf("invalid structureFormat %q: use smiles or molfile", format)
}

// substructureFilter keeps the molecules whose canonicalizedSmiles
// contains the SMILES of the query structure, read by parse; a structure
// that does not read is a 400.
func substructureFilter(parse func(string) (*chemStructure, string)) filter {
	return func(f *filterCtx) (func(*item) bool, *httpError) {
		v := f.value()
		if strings.TrimSpace(v) == "" {
			return nil, nil
		}
		st, msg := parse(v)
		if msg != "" {
			return nil, badRequest("Invalid %s: %s.", f.key, msg)
		}
		q := strings.TrimSpace(v)
		if !strings.HasSuffix(f.key, ".smiles") {
			q = st.smiles()
		}
		return func(it *item) bool { return strings.Contains(strAt(it.doc, "canonicalizedSmiles"), q) }, nil
	}
}
