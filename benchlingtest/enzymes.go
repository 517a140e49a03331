package benchlingtest

// The Enzymes tag: GET /enzymes lists the restriction enzymes Benchling
// curates, seeded: the API cannot create them. cutsites are where the top
// and bottom strands are cut, counted from the start of the restriction
// site; offsets are how far outside the site the cuts are (0 for enzymes
// that cut inside it; BsaI, a type IIS enzyme, cuts 1 and 5 bases past
// it). EcoRI has the spec's example ID.

var enzymes = &resource{
	path: "enzymes", noun: "Enzyme", prefix: "enz_", listKey: "enzymes",
	doc:  map[string]any{"cutsites": []any{}, "id": "", "isoschizomers": []any{}, "name": "", "offsets": []any{}, "restrictionSite": ""},
	list: &listOp{filters: "ids name nameIncludes names.anyOf", sorts: []string{"name"}, defaultSort: "name:asc"},
}

// seedEnzymes adds the curated enzymes.
func (st *store) seedEnzymes() {
	enzyme := func(id, name, site string, cut []any, offsets []any, iso ...any) map[string]any {
		if iso == nil {
			iso = []any{}
		}
		return map[string]any{"cutsites": cut, "id": id, "isoschizomers": iso, "name": name, "offsets": offsets, "restrictionSite": site}
	}
	st.seedFixed("enzymes",
		enzyme("enz_6ZVdX98t", "EcoRI", "GAATTC", []any{1, 5}, []any{0, 0}, "FunII"),
		enzyme("enz_Bm7hIq2c", "BamHI", "GGATCC", []any{1, 5}, []any{0, 0}, "BstI"),
		enzyme("enz_Hd3iIi9k", "HindIII", "AAGCTT", []any{1, 5}, []any{0, 0}, "HinJCI"),
		enzyme("enz_Xh1oIa4m", "XhoI", "CTCGAG", []any{1, 5}, []any{0, 0}, "PaeR7I", "BstVI"),
		enzyme("enz_Nt6oIb8q", "NotI", "GCGGCCGC", []any{2, 6}, []any{0, 0}, "CciNI"),
		enzyme("enz_Ev5rVc1s", "EcoRV", "GATATC", []any{3}, []any{0}, "Eco32I"),
		enzyme("enz_Bs2aId7u", "BsaI", "GGTCTC", []any{7, 11}, []any{1, 5}, "Eco31I"),
	)
}
