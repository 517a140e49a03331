package tools

import "github.com/benchling-go/benchling"

// The Nucleotide Alignments tag: its models, query options and
// exemptions (see drift_test.go for what is checked). The deprecated DNA
// alignments' schemas of the same shapes are aliases, checked in
// drift_dna_alignments_test.go.
var _ = register(driftTable{
	Tag: "Nucleotide Alignments",
	Models: []model{
		{Go: benchling.NucleotideAlignmentSummary{}, Schema: "NucleotideAlignmentSummary"},
		{Go: benchling.NucleotideAlignment{}, Schema: "NucleotideAlignment"},
		{Go: benchling.AlignedNucleotideSequence{}, Schema: "AlignedNucleotideSequence"},
		{Go: benchling.NucleotideConsensusAlignmentCreate{}, Schema: "NucleotideConsensusAlignmentCreate"},
		{Go: benchling.NucleotideConsensusAlignmentCreateNewSequence{}, Schema: "NucleotideConsensusAlignmentCreate", Path: []string{"newSequence"}},
		{Go: benchling.NucleotideTemplateAlignmentCreate{}, Schema: "NucleotideTemplateAlignmentCreate"},
		{Go: benchling.NucleotideAlignmentFile{}, Schema: "NucleotideAlignmentFile", Allow: map[string]string{
			"name:omit": "a list item (an input file) is sent whole (CONTRIBUTING.md §2.1)",
			"data:type": "format: byte: a []byte, which encoding/json sends base64-encoded",
			"data:omit": "a list item's content: no bytes, nothing to send",
		}},
		// files[] is oneOf {sequenceId} | NucleotideAlignmentFile.
		{Go: benchling.AlignmentSequenceFile{}, Schema: "NucleotideAlignmentBase", Path: []string{"files", "[]", "oneOf:0"},
			Like: "the first branch of the files union", Allow: map[string]string{
				"sequenceId:omit": "a list item (an input) is sent whole (CONTRIBUTING.md §2.1)",
			}},
		// The inline options are the shapes of the DNA alignments'
		// ClustaloOptions and MafftOptions components.
		{Go: benchling.ClustaloOptions{}, Schema: "NucleotideAlignmentBase", Path: []string{"clustaloOptions"}, Like: "ClustaloOptions's shape, inline"},
		{Go: benchling.MafftOptions{}, Schema: "NucleotideAlignmentBase", Path: []string{"mafftOptions"}, Like: "MafftOptions's shape, inline"},
		{Go: struct {
			Alignments []*benchling.NucleotideAlignmentSummary `json:"alignments"`
			NextToken  string                                  `json:"nextToken"`
		}{}, Schema: "NucleotideAlignmentsPaginatedList", Like: "mirrors the unexported list envelope of List"},
		{Go: benchling.NucleotideAlignment{}, Schema: "CreateNucleotideConsensusAlignmentAsyncTask", Path: []string{"response"}},
		{Go: benchling.NucleotideAlignment{}, Schema: "CreateNucleotideTemplateAlignmentAsyncTask", Path: []string{"response"}},
	},
	Exempt: map[string]string{
		"EmptyObject": "the response of Delete, which returns no value",
	},
	Queries: []queryOptions{
		{Op: "listNucleotideAlignments", Go: benchling.NucleotideAlignmentSummaryListOptions{}},
	},
})
