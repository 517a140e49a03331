package benchlingtest

import (
	"net/http"
	"strings"
)

// The DNA Oligos, RNA Oligos and Oligos tags: /dna-oligos and
// /rna-oligos, registry entities with bases (DNA oligos: A, C, G, T and
// the IUPAC codes; RNA oligos: U instead of T), annotations and HELM, as
// RNA sequences have (rna_sequences.go: custom notations are read in
// writes, and customNotation and customNotationName are always null).
// The deprecated /oligos operations, from before RNA oligos, serve the
// DNA oligos; its bulk-get, which is not deprecated, finds oligos of both
// kinds.

var (
	dnaOligoKind = &seqKind{dna: true, letters: dnaBaseLetters, path: "dna-oligos", noun: "DNA oligo", plural: "dnaOligos",
		idsKey: "dnaOligoIds", residueKey: "bases"}
	rnaOligoKind = &seqKind{dna: true, rna: true, letters: rnaBaseLetters, path: "rna-oligos", noun: "RNA oligo", plural: "rnaOligos",
		idsKey: "rnaOligoIds", residueKey: "bases"}
)

// oligoWrite are the oligo properties of create and update bodies; the
// upsert bodies have only bases.
const oligoWrite = "annotations:[]object bases:string customNotation:string customNotationId:string helm:string"

// oligoResource describes the oligos of one kind.
func oligoResource(k *seqKind, nucleotideType, registryPrefix string) *resource {
	upsert := body(entityWrite, "archiveRecord:null bases:string name:string! registryId:string! schemaId:string!")
	return &resource{
		path: k.path, noun: k.noun, prefix: "seq_", listKey: k.plural,
		doc: entityDoc(map[string]any{"annotations": []any{}, "bases": "", "customNotation": nil, "customNotationName": nil,
			"helm": "", "length": 0, "nucleotideType": nucleotideType}),
		server:  entityServer,
		webPath: entityWebPath,
		list: &listOp{filters: entityFilters + " bases customNotationId",
			custom: map[string]filter{"bases": residuesFilter(k), "customNotationId": customNotationFilter}},
		get:          true,
		create:       body(entityWrite, oligoWrite, "entityRegistryId:string name:string! namingStrategy:string registryId:string"),
		update:       body(entityWrite, oligoWrite),
		upsert:       upsert,
		archive:      &archiveOp{idsKey: k.idsKey, reasons: entityArchiveReasons, extra: map[string]any{"batchIds": []any{}}},
		bulkCreate:   &bulkOp{},
		bulkUpdate:   &bulkOp{item: body(entityWrite, oligoWrite, "id:string!")},
		bulkUpsert:   &bulkOp{item: upsert.with("entityRegistryId:string!")},
		registry:     &registry{idPrefix: registryPrefix},
		schemaPrefix: "ts_",
		schemaType:   strings.ReplaceAll(strings.ToLower(k.noun), " ", "_"),
		keys:         notationKeys,
		validate:     validateNucleotides(k),
		derive:       deriveNucleotides(k),
	}
}

var (
	dnaOligos = oligoResource(dnaOligoKind, "DNA", "OLI")
	rnaOligos = oligoResource(rnaOligoKind, "RNA", "RNO")
)

// oligos is the deprecated /oligos: the DNA oligos, with the bodies of
// before annotations, HELM and custom notations. Its list answers the
// spec's Oligo, without DnaOligo's own properties.
var oligos = &resource{
	path: "oligos", collPath: "dna-oligos", noun: "Oligo", prefix: "seq_", listKey: "oligos",
	doc: dnaOligos.doc,
	list: &listOp{filters: "ids name names.anyOf names.anyOf.caseSensitive modifiedAt archiveReason folderId projectId " +
		"schemaId registryId creatorIds entityRegistryIds.anyOf mentionedIn mentions schemaField.* bases",
		custom: map[string]filter{"bases": residuesFilter(dnaOligoKind)},
		omit:   []string{"annotations", "customNotation", "customNotationName", "helm"}},
	get:        true,
	create:     body(entityWrite, "bases:string entityRegistryId:string name:string! namingStrategy:string registryId:string"),
	update:     body(entityWrite, "bases:string"),
	archive:    &archiveOp{idsKey: "oligoIds", reasons: entityArchiveReasons, extra: map[string]any{"batchIds": []any{}}},
	bulkCreate: &bulkOp{},
	actions:    []action{{"GET", "/oligos:bulk-get", bulkGetOligos}},
	schemaType: "dna_oligo",
}

// bulkGetOligos serves GET /oligos:bulk-get: oligos of both kinds, in
// the order asked for; an unknown ID is a 400.
func bulkGetOligos(c *call) (int, any, *httpError) {
	q := c.query()
	ids := commaList(q.Get("oligoIds"))
	if len(ids) == 0 {
		return 0, nil, badRequest("oligoIds is required.")
	}
	out := make([]any, 0, len(ids))
	var bad []string
	for _, id := range ids {
		it := c.st.coll("dna-oligos").byID[id]
		if it == nil {
			it = c.st.coll("rna-oligos").byID[id]
		}
		if it == nil {
			bad = append(bad, id)
			continue
		}
		out = append(out, it.doc)
	}
	if bad != nil {
		return 0, nil, badRequest("Oligo not found: %s.", strings.Join(bad, ", "))
	}
	return http.StatusOK, shape(map[string]any{"oligos": out}, q.Get("returning")), nil
}
