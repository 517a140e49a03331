package benchlingtest

import (
	"fmt"
	"maps"
	"strings"
)

// The Custom Notations tag: GET /custom-notations lists the tenant's
// custom notations, seeded (the API cannot create them). The one seeded
// notation, "Oligo order syntax", has the tokens A, C, G and T (DNA),
// rA, rC, rG and rU (RNA) and mA, mC, mG and mU (2'-O-methyl RNA); RNA
// sequences and oligos may be written in it (customNotationBases).

var customNotations = &resource{
	path: "custom-notations", noun: "Custom notation", prefix: "sntx_", listKey: "customNotations",
	doc:  map[string]any{"aliases": []any{}, "id": "", "name": ""},
	list: &listOp{noSort: true, defaultSort: "createdAt:asc"},
}

// seedNotationID is the seeded notation's ID (the spec's example).
const seedNotationID = "sntx_lRe007yZ"

// notationMonomers are the base monomers of the seeded notation's
// tokens, by the base they stand for.
var notationMonomers = map[string]string{"A": "mon_Ade4k9Qz", "C": "mon_Cyt7p2Wx", "G": "mon_Gua3m8Rt", "T": "mon_Thy5n1Vb", "U": "mon_Ura6q0Ls"}

// notationBase is the base a base monomer of the seeded notation stands
// for ("" for one it does not know).
func notationBase(monomerID string) string {
	for b, id := range notationMonomers {
		if id == monomerID {
			return b
		}
	}
	return ""
}

// seedCustomNotations adds the seeded notation.
func (st *store) seedCustomNotations() {
	sugars := map[string]string{"": "mon_dRib2x7K", "r": "mon_Rib8c4Hj", "m": "mon_OMeR1z5F"}
	var aliases []any
	rank := 0
	for _, prefix := range []string{"", "r", "m"} {
		for _, b := range []string{"A", "C", "G", "T", "U"} {
			if prefix == "" && b == "U" || prefix != "" && b == "T" {
				continue // DNA has T, RNA U
			}
			rank++
			aliases = append(aliases, map[string]any{
				"baseMonomerId": notationMonomers[b], "customNotationId": seedNotationID,
				"id": fmt.Sprintf("sntxals_%02dOrdSyn", rank), "phosphateMonomerId": "mon_Phos9d3S", "rank": rank,
				"sugarMonomerId": sugars[prefix], "token": prefix + b, "tokenVariantEnd": nil, "tokenVariantStart": nil,
			})
		}
	}
	st.seedFixed("custom-notations", map[string]any{"aliases": aliases, "id": seedNotationID, "name": "Oligo order syntax"})
}

// seedFixed adds seeded reference data (custom notations, codon usage
// tables, enzymes) with the fixed IDs the documents give. It draws no
// ID, sequence number or time from the store, so that a tenant's other
// IDs and times do not depend on it; the items sort after each other in
// the order given.
func (st *store) seedFixed(path string, docs ...map[string]any) {
	coll := st.coll(path)
	for _, d := range docs {
		full := maps.Clone(coll.res.doc)
		maps.Copy(full, d)
		it := &item{seq: fixedSeq + uint64(len(coll.order)) + 1, doc: full}
		it.lname = strings.ToLower(strAt(full, "name"))
		st.ids[it.id()] = struct{}{}
		coll.add(it)
	}
}

// fixedSeq starts the sequence numbers of seeded reference data, far
// from those of written items.
const fixedSeq = 1 << 40
