package tools

import "github.com/benchling-go/benchling"

// The DNA Alignments tag (deprecated): its models, query options and
// exemptions (see drift_test.go for what is checked). Its schemas have
// the nucleotide alignments' shapes; the Go types are aliases.
var _ = register(driftTable{
	Tag: "DNA Alignments",
	Models: []model{
		{Go: benchling.DnaAlignmentSummary{}, Schema: "DnaAlignmentSummary"},
		{Go: benchling.DnaAlignment{}, Schema: "DnaAlignment"},
		{Go: benchling.AlignedSequence{}, Schema: "AlignedSequence"},
		{Go: benchling.DnaConsensusAlignmentCreate{}, Schema: "DnaConsensusAlignmentCreate"},
		{Go: benchling.NucleotideConsensusAlignmentCreateNewSequence{}, Schema: "DnaConsensusAlignmentCreate", Path: []string{"newSequence"},
			Like: "the nucleotide consensus alignment's newSequence, the same shape"},
		{Go: benchling.DnaTemplateAlignmentCreate{}, Schema: "DnaTemplateAlignmentCreate"},
		{Go: benchling.DnaTemplateAlignmentFile{}, Schema: "DnaTemplateAlignmentFile", Allow: map[string]string{
			"data:type": "format: byte: a []byte, which encoding/json sends base64-encoded",
		}},
		{Go: benchling.AlignmentSequenceFile{}, Schema: "DnaAlignmentBase", Path: []string{"files", "[]", "oneOf:0"},
			Like: "the first branch of the files union"},
		{Go: benchling.ClustaloOptions{}, Schema: "ClustaloOptions"},
		{Go: benchling.MafftOptions{}, Schema: "MafftOptions"},
		{Go: struct {
			DnaAlignments []*benchling.DnaAlignmentSummary `json:"dnaAlignments"`
			NextToken     string                           `json:"nextToken"`
		}{}, Schema: "DnaAlignmentsPaginatedList", Like: "mirrors the unexported list envelope of List"},
		{Go: benchling.DnaAlignment{}, Schema: "CreateConsensusAlignmentAsyncTask", Path: []string{"response"}, Like: "the task's response is the DnaAlignment component"},
		{Go: benchling.DnaAlignment{}, Schema: "CreateTemplateAlignmentAsyncTask", Path: []string{"response"}, Like: "the task's response is the DnaAlignment component"},
	},
	Exempt: map[string]string{
		"EmptyObject": "the response of Delete, which returns no value",
	},
	Queries: []queryOptions{
		{Op: "listDNAAlignments", Go: benchling.DnaAlignmentSummaryListOptions{}},
	},
})
