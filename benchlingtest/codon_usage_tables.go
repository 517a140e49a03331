package benchlingtest

// The Codon Usage Tables tag: GET /codon-usage-tables lists the tables
// Benchling curates (named for their organisms), seeded: the API cannot
// create them. The E. coli table has the spec's example ID.

var codonUsageTables = &resource{
	path: "codon-usage-tables", noun: "Codon usage table", prefix: "codtab_", listKey: "codonUsageTables",
	doc:  map[string]any{"id": "", "name": ""},
	list: &listOp{filters: "ids name nameIncludes names.anyOf", sorts: []string{"name"}, defaultSort: "name:asc"},
}

// seedCodonUsageTables adds the curated tables.
func (st *store) seedCodonUsageTables() {
	st.seedFixed("codon-usage-tables",
		map[string]any{"id": "codtab_VfVOART1", "name": "Escherichia coli K12"},
		map[string]any{"id": "codtab_Sc3rEv1s", "name": "Saccharomyces cerevisiae"},
		map[string]any{"id": "codtab_Hs9aPi3n", "name": "Homo sapiens"},
		map[string]any{"id": "codtab_Mm4uSc2l", "name": "Mus musculus"},
		map[string]any{"id": "codtab_Cg7rIs5e", "name": "Cricetulus griseus (CHO)"},
		map[string]any{"id": "codtab_Kp2hAf8i", "name": "Komagataella phaffii (Pichia pastoris)"},
	)
}
