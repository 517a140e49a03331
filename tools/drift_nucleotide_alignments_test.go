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
			"data:type": "format: byte: a []byte, which encoding/json sends base64-encoded",
		}},
		// files[] is oneOf {sequenceId} | NucleotideAlignmentFile.
		{Go: benchling.AlignmentSequenceFile{}, Schema: "NucleotideAlignmentBase", Path: []string{"files", "[]", "oneOf:0"},
			Like: "the first branch of the files union"},
		// The inline options are the shapes of the DNA alignments'
		// ClustaloOptions and MafftOptions components.
		{Go: benchling.ClustaloOptions{}, Schema: "NucleotideAlignmentBase", Path: []string{"clustaloOptions"}, Like: "ClustaloOptions's shape, inline"},
		{Go: benchling.MafftOptions{}, Schema: "NucleotideAlignmentBase", Path: []string{"mafftOptions"}, Like: "MafftOptions's shape, inline"},
		{Go: struct {
			Alignments []*benchling.NucleotideAlignmentSummary `json:"alignments"`
			NextToken  string                                  `json:"nextToken"`
		}{}, Schema: "NucleotideAlignmentsPaginatedList", Like: "mirrors the unexported list envelope of List"},
		{Go: benchling.NucleotideAlignment{}, Schema: "CreateNucleotideConsensusAlignmentAsyncTask", Path: []string{"response"}, Like: "the task's response is the NucleotideAlignment component"},
		{Go: benchling.NucleotideAlignment{}, Schema: "CreateNucleotideTemplateAlignmentAsyncTask", Path: []string{"response"}, Like: "the task's response is the NucleotideAlignment component"},
	},
	Exempt: map[string]string{
		"EmptyObject": "the response of Delete, which returns no value",
	},
	Queries: []queryOptions{
		{Op: "listNucleotideAlignments", Go: benchling.NucleotideAlignmentSummaryListOptions{}},
	},
})
