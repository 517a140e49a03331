package benchling

import (
	"encoding/json"
	"time"
)

// NucleotideAlignmentSummary is a nucleotide alignment as lists give it,
// without its aligned sequences.
type NucleotideAlignmentSummary struct {
	// ID is the alignment's ID (seqanl_...).
	ID string `json:"id,omitempty"`
	// Name is the alignment's name.
	Name string `json:"name,omitempty"`
	// ReferenceSequenceID is the alignment's template sequence, or its
	// consensus sequence.
	ReferenceSequenceID string `json:"referenceSequenceId,omitempty"`
	// CreatedAt is when the alignment was created.
	CreatedAt time.Time `json:"createdAt,omitzero"`
	// ModifiedAt is when the alignment was last modified.
	ModifiedAt time.Time `json:"modifiedAt,omitzero"`
	// APIURL is the alignment's canonical API URL.
	APIURL string `json:"apiURL,omitempty"`
	// WebURL is the alignment's page in the Benchling web app.
	WebURL string `json:"webURL,omitempty"`
}

// NucleotideAlignment is a nucleotide alignment with its aligned
// sequences: what Get returns and the alignment tasks create.
type NucleotideAlignment struct {
	// ID is the alignment's ID (seqanl_...).
	ID string `json:"id,omitempty"`
	// Name is the alignment's name.
	Name string `json:"name,omitempty"`
	// ReferenceSequenceID is the alignment's template sequence, or its
	// consensus sequence.
	ReferenceSequenceID string `json:"referenceSequenceId,omitempty"`
	// AlignedSequences are the aligned sequences, with gaps as "-".
	AlignedSequences []AlignedNucleotideSequence `json:"alignedSequences,omitempty"`
	// CreatedAt is when the alignment was created.
	CreatedAt time.Time `json:"createdAt,omitzero"`
	// ModifiedAt is when the alignment was last modified.
	ModifiedAt time.Time `json:"modifiedAt,omitzero"`
	// APIURL is the alignment's canonical API URL.
	APIURL string `json:"apiURL,omitempty"`
	// WebURL is the alignment's page in the Benchling web app.
	WebURL string `json:"webURL,omitempty"`
}

// AlignedNucleotideSequence is one row of an alignment: a sequence, or a
// file's read, aligned.
type AlignedNucleotideSequence struct {
	// Name is the row's name (the sequence's or the file's).
	Name string `json:"name,omitempty"`
	// SequenceID is the aligned sequence; nil for a row from a file.
	SequenceID *string `json:"sequenceId,omitempty"`
	// DnaSequenceID is SequenceID under its old name.
	//
	// Deprecated: use SequenceID.
	DnaSequenceID *string `json:"dnaSequenceId,omitempty"`
	// Bases are the row's bases, aligned ("-" for a gap).
	Bases string `json:"bases,omitempty"`
	// TrimStart is where the row's alignment starts.
	TrimStart int `json:"trimStart,omitempty"`
	// TrimEnd is where the row's alignment ends.
	TrimEnd int `json:"trimEnd,omitempty"`
	// PairwiseIdentity is the fraction of the bases between TrimStart and
	// TrimEnd that match the template's; template alignments only.
	PairwiseIdentity float64 `json:"pairwiseIdentity,omitempty"`
}

// AlignmentAlgorithm is the algorithm that aligns the sequences.
type AlignmentAlgorithm string

// Alignment algorithms the spec declares.
const (
	AlignmentAlgorithmMafft    AlignmentAlgorithm = "mafft"
	AlignmentAlgorithmClustalo AlignmentAlgorithm = "clustalo"
)

// ClustaloOptions tune the Clustal Omega algorithm (AlignmentAlgorithmClustalo);
// nil fields take the server's defaults.
type ClustaloOptions struct {
	// MaxGuidetreeIterations caps the guide-tree iterations within the
	// combined iterations, -1 to 5; -1 (the default) means no cap.
	MaxGuidetreeIterations *int `json:"maxGuidetreeIterations,omitempty"`
	// MaxHmmIterations caps the HMM iterations within the combined
	// iterations, -1 to 5; -1 (the default) means no cap.
	MaxHmmIterations *int `json:"maxHmmIterations,omitempty"`
	// MbedGuideTree uses an mBed-like clustering guide tree (faster; the
	// default is true).
	MbedGuideTree *bool `json:"mbedGuideTree,omitempty"`
	// MbedIteration uses mBed-like clustering iteration (faster; the
	// default is true).
	MbedIteration *bool `json:"mbedIteration,omitempty"`
	// NumCombinedIterations is the number of combined guide-tree/HMM
	// iterations, 0 (the default) to 5.
	NumCombinedIterations *int `json:"numCombinedIterations,omitempty"`
}

// MafftOptions tune the MAFFT algorithm (AlignmentAlgorithmMafft); unset
// fields take the server's defaults.
type MafftOptions struct {
	// Strategy picks how the guide tree is built; the default is
	// MafftOptionsStrategyAuto.
	Strategy MafftOptionsStrategy `json:"strategy,omitempty"`
	// AdjustDirection aligns reverse-complemented sequences too; the
	// default is MafftOptionsAdjustDirectionFast.
	AdjustDirection MafftOptionsAdjustDirection `json:"adjustDirection,omitempty"`
	// GapOpenPenalty is the gap opening penalty (default 1.53).
	GapOpenPenalty *float64 `json:"gapOpenPenalty,omitempty"`
	// GapExtensionPenalty is the gap extension penalty (default 0).
	GapExtensionPenalty *float64 `json:"gapExtensionPenalty,omitempty"`
	// MaxIterations caps the refinement iterations (default 0); the auto
	// strategy picks its own.
	MaxIterations *int `json:"maxIterations,omitempty"`
	// Retree is the number of guide-tree rebuilds of the 6-mer strategy
	// (default 2).
	Retree *int `json:"retree,omitempty"`
}

// MafftOptionsStrategy is a MAFFT strategy.
type MafftOptionsStrategy string

// MAFFT strategies the spec declares.
const (
	// MafftOptionsStrategyAuto picks a strategy from the number and size
	// of the inputs.
	MafftOptionsStrategyAuto MafftOptionsStrategy = "auto"
	// MafftOptionsStrategySixmer builds the guide tree from 6-mer
	// distances.
	MafftOptionsStrategySixmer MafftOptionsStrategy = "sixmer"
	// MafftOptionsStrategyLocalpair uses local (Smith-Waterman) pairwise
	// alignments for the guide tree and refinement.
	MafftOptionsStrategyLocalpair MafftOptionsStrategy = "localpair"
	// MafftOptionsStrategyGlobalpair uses global (Needleman-Wunsch)
	// pairwise alignments for the guide tree and refinement.
	MafftOptionsStrategyGlobalpair MafftOptionsStrategy = "globalpair"
)

// MafftOptionsAdjustDirection says whether MAFFT also tries each input's
// reverse complement.
type MafftOptionsAdjustDirection string

// The direction adjustments the spec declares.
const (
	// MafftOptionsAdjustDirectionFast adjusts directions, quickly.
	MafftOptionsAdjustDirectionFast MafftOptionsAdjustDirection = "fast"
	// MafftOptionsAdjustDirectionAccurate adjusts directions accurately
	// (slow).
	MafftOptionsAdjustDirectionAccurate MafftOptionsAdjustDirection = "accurate"
	// MafftOptionsAdjustDirectionDisabled does not (fastest).
	MafftOptionsAdjustDirectionDisabled MafftOptionsAdjustDirection = "disabled"
)

// AlignmentFile is one input of an alignment: a sequence of the tenant
// (*AlignmentSequenceFile) or an uploaded sequencing file
// (*NucleotideAlignmentFile). A kind this SDK does not know decodes into
// *UnknownAlignmentFile, with its JSON kept. The set is closed: only this
// package implements the interface.
type AlignmentFile interface {
	alignmentFile()
}

// AlignmentSequenceFile is an alignment input that is a sequence of the
// tenant.
type AlignmentSequenceFile struct {
	// SequenceID is the sequence (seq_...).
	SequenceID string `json:"sequenceId,omitempty"`
}

// NucleotideAlignmentFile is an alignment input that is a file, such as a
// Sanger trace (.ab1) or a FASTA file.
type NucleotideAlignmentFile struct {
	// Name is the file's name, with its extension.
	Name string `json:"name,omitempty"`
	// Data is the file's content (sent base64-encoded).
	Data []byte `json:"data,omitempty"`
}

// DnaTemplateAlignmentFile is an alignment input file of the deprecated
// DnaAlignments; the spec's DnaTemplateAlignmentFile has
// NucleotideAlignmentFile's shape.
type DnaTemplateAlignmentFile = NucleotideAlignmentFile

// UnknownAlignmentFile is an alignment input of a kind this SDK does not
// know. It encodes back to Raw unchanged.
type UnknownAlignmentFile struct {
	// Raw is the input's JSON.
	Raw json.RawMessage
}

func (*AlignmentSequenceFile) alignmentFile()   {}
func (*NucleotideAlignmentFile) alignmentFile() {}
func (*UnknownAlignmentFile) alignmentFile()    {}

// MarshalJSON returns Raw.
func (f *UnknownAlignmentFile) MarshalJSON() ([]byte, error) {
	if len(f.Raw) == 0 {
		return []byte("null"), nil
	}
	return f.Raw, nil
}

// AlignmentFiles are an alignment's inputs. They encode each input as
// its kind's JSON, and decode each by its properties: sequenceId is a
// sequence, data or name a file.
type AlignmentFiles []AlignmentFile

// MarshalJSON encodes the inputs as a JSON array (nil as [], as the
// bodies require the list); a nil input is an error.
func (fs AlignmentFiles) MarshalJSON() ([]byte, error) {
	if fs == nil {
		return []byte("[]"), nil
	}
	return encodeUnionList(fs, "alignment file")
}

// UnmarshalJSON decodes a JSON array of inputs.
func (fs *AlignmentFiles) UnmarshalJSON(b []byte) error {
	l, err := decodeUnionList(b, "alignment file", decodeAlignmentFile)
	*fs = l
	return err
}

// decodeAlignmentFile decodes one input by its properties.
func decodeAlignmentFile(raw json.RawMessage) (AlignmentFile, error) {
	var keys map[string]json.RawMessage
	if err := json.Unmarshal(raw, &keys); err != nil {
		return nil, err
	}
	_, seq := keys["sequenceId"]
	_, data := keys["data"]
	_, name := keys["name"]
	var f AlignmentFile
	switch {
	case seq && !data && !name:
		f = &AlignmentSequenceFile{}
	case (data || name) && !seq:
		f = &NucleotideAlignmentFile{}
	default:
		return &UnknownAlignmentFile{Raw: append(json.RawMessage(nil), raw...)}, nil
	}
	return f, json.Unmarshal(raw, f)
}

// NucleotideAlignmentCreateBase is what the bodies that create an
// alignment take alike (the spec's NucleotideAlignmentBase and
// DnaAlignmentBase): the algorithm, its options, the inputs and the
// alignment's name; Algorithm and Files are required.
// NucleotideTemplateAlignmentCreate, NucleotideConsensusAlignmentCreate
// (which DnaConsensusAlignmentCreate is) and DnaTemplateAlignmentCreate
// embed it beside what their kind of alignment needs, so that code that
// makes either kind builds the inputs once:
//
//	in := benchling.NucleotideAlignmentCreateBase{Algorithm: benchling.AlignmentAlgorithmMafft, Files: files}
//	link, _, err := client.NucleotideAlignments.CreateTemplateAlignment(ctx,
//		&benchling.NucleotideTemplateAlignmentCreate{NucleotideAlignmentCreateBase: in, TemplateSequenceID: "seq_1"})
//
// A field can also be set by assignment, as the body's own:
// body.Name = benchling.Ptr("run 1").
type NucleotideAlignmentCreateBase struct {
	// Algorithm aligns the inputs.
	Algorithm AlignmentAlgorithm `json:"algorithm"`
	// Files are the inputs.
	Files AlignmentFiles `json:"files"`
	// Name is the alignment's name (at most 255 characters).
	Name *string `json:"name,omitempty"`
	// ClustaloOptions tune AlignmentAlgorithmClustalo.
	ClustaloOptions *ClustaloOptions `json:"clustaloOptions,omitempty"`
	// MafftOptions tune AlignmentAlgorithmMafft.
	MafftOptions *MafftOptions `json:"mafftOptions,omitempty"`
}

// NucleotideConsensusAlignmentCreate is the body of
// NucleotideAlignments.CreateConsensusAlignment (and, as
// DnaConsensusAlignmentCreate, of the deprecated DnaAlignments'):
// Algorithm and Files are required. The consensus is saved as the
// sequence SequenceID names, or as a new sequence in NewSequence's
// folder.
//
// Its fields Algorithm, Files, Name, ClustaloOptions and MafftOptions are in
// the embedded NucleotideAlignmentCreateBase.
type NucleotideConsensusAlignmentCreate struct {
	NucleotideAlignmentCreateBase

	// SequenceID is the existing sequence to save the consensus as.
	SequenceID *string `json:"sequenceId,omitempty"`
	// NewSequence saves the consensus as a new sequence.
	NewSequence *NucleotideConsensusAlignmentCreateNewSequence `json:"newSequence,omitempty"`
}

// NucleotideConsensusAlignmentCreateNewSequence says where a consensus
// alignment saves its new consensus sequence.
type NucleotideConsensusAlignmentCreateNewSequence struct {
	// FolderID is the folder of the new sequence.
	FolderID *string `json:"folderId,omitempty"`
}

// NucleotideTemplateAlignmentCreate is the body of
// NucleotideAlignments.CreateTemplateAlignment: the inputs aligned to a
// template sequence. Algorithm, Files and TemplateSequenceID are
// required.
//
// Its fields Algorithm, Files, Name, ClustaloOptions and MafftOptions are in
// the embedded NucleotideAlignmentCreateBase.
type NucleotideTemplateAlignmentCreate struct {
	NucleotideAlignmentCreateBase

	// TemplateSequenceID is the template (seq_...).
	TemplateSequenceID string `json:"templateSequenceId"`
}

// NucleotideAlignmentListFilters are the filters that the lists of
// alignments take alike, the current NucleotideAlignments.List and the
// deprecated DnaAlignments.List: name, IDs, owning sequences,
// modification time and order. NucleotideAlignmentSummaryListOptions and
// DnaAlignmentSummaryListOptions embed it beside ListOptions, so that
// code moving from the deprecated list to the current one keeps its
// filters:
//
//	f := benchling.NucleotideAlignmentListFilters{SequenceIDs: []string{"seq_1"}}
//	alignments, _, err := client.NucleotideAlignments.List(ctx, &benchling.NucleotideAlignmentSummaryListOptions{NucleotideAlignmentListFilters: f})
//
// A field can also be set by assignment, as the list's own:
// opts.SequenceIDs = []string{"seq_1"}. All filters are optional.
type NucleotideAlignmentListFilters struct {
	// Sort orders the results; the server's default is modifiedAt:desc.
	Sort Sort `url:"sort,omitempty"`
	// ModifiedAt filters by modification time: "> 2022-03-01".
	ModifiedAt string `url:"modifiedAt,omitempty"`
	// Name matches an alignment's name exactly.
	Name string `url:"name,omitempty"`
	// NameIncludes matches a substring of an alignment's name.
	NameIncludes string `url:"nameIncludes,omitempty"`
	// IDs restricts the results to these IDs; an unknown ID is a 400.
	IDs []string `url:"ids,comma,omitempty"`
	// NamesAnyOf matches any of these names, case-insensitive (at most
	// 100).
	NamesAnyOf []string `url:"names.anyOf,comma,omitempty"`
	// NamesAnyOfCaseSensitive is NamesAnyOf, case-sensitive.
	NamesAnyOfCaseSensitive []string `url:"names.anyOf.caseSensitive,comma,omitempty"`
	// SequenceIDs restricts the results to the alignments these
	// sequences own (as template or consensus).
	SequenceIDs []string `url:"sequenceIds,comma,omitempty"`
}

// NucleotideAlignmentSummaryListOptions are the filters and paging of
// NucleotideAlignments.List, All and Pages.
//
// Its fields Sort, ModifiedAt, Name, NameIncludes, IDs, NamesAnyOf,
// NamesAnyOfCaseSensitive and SequenceIDs are in the embedded
// NucleotideAlignmentListFilters.
type NucleotideAlignmentSummaryListOptions struct {
	ListOptions
	NucleotideAlignmentListFilters

	// CreatedAt filters by creation time: "> 2022-03-01".
	CreatedAt string `url:"createdAt,omitempty"`
}
