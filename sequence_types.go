package benchling

// The sequence family's shared shapes (CONTRIBUTING.md §2.3): the codon
// settings of AaSequences.BackTranslate and DnaSequences.OptimizeCodons;
// the annotations, primers and translations DNA and RNA sequences and
// oligos hold (RnaAnnotation and RnaSequencePart are the DNA types under
// the RNA schemas' names); the match and search bodies' sorts and archive
// filters; and the list and get options of RNA sequences and oligos.

// CodonOptions are the codon-optimisation settings shared by
// AaSequences.BackTranslate and DnaSequences.OptimizeCodons.
type CodonOptions struct {
	// AvoidedCutsiteEnzymeIDs lists enzymes whose cut sites the result
	// must not contain.
	AvoidedCutsiteEnzymeIDs []string `json:"avoidedCutsiteEnzymeIds,omitzero"`
	// CodonUsageTableID is the organism's codon usage table (codtab_...).
	CodonUsageTableID *string `json:"codonUsageTableId,omitempty"`
	// GCContent is a GC-content band; it cannot be combined with
	// GCContentRange. The server's default is GCContentAny.
	GCContent GCContent `json:"gcContent,omitempty"`
	// GCContentRange is an explicit GC-content range, fractions in 0..1.
	GCContentRange *GCContentRange `json:"gcContentRange,omitempty"`
	// HairpinParameters make the optimiser avoid hairpins; nil does not.
	HairpinParameters *HairpinParameters `json:"hairpinParameters,omitempty"`
	// Method picks codons; the server's default is CodonMethodMatchCodonUsage.
	Method CodonMethod `json:"method,omitempty"`
	// ReducedPatterns are DNA patterns to avoid.
	ReducedPatterns []ReducedPattern `json:"reducedPatterns,omitzero"`
	// SchemaID is the schema of the resulting sequences.
	SchemaID *string `json:"schemaId,omitempty"`
	// ShouldDepleteUridine asks for mRNA uridine depletion.
	ShouldDepleteUridine *bool `json:"shouldDepleteUridine,omitempty"`
}

// GCContent is a GC-content band for codon optimisation.
type GCContent string

// GC-content bands: LOW is below 0.33, MEDIUM 0.33 to 0.66, HIGH above.
const (
	GCContentAny    GCContent = "ANY"
	GCContentLow    GCContent = "LOW"
	GCContentMedium GCContent = "MEDIUM"
	GCContentHigh   GCContent = "HIGH"
)

// GCContentRange is a GC-content range, as fractions between 0 and 1.
type GCContentRange struct {
	// Max is the highest GC content allowed.
	Max *float64 `json:"max,omitempty"`
	// Min is the lowest GC content allowed.
	Min *float64 `json:"min,omitempty"`
}

// HairpinParameters tune hairpin avoidance (DNAChisel's parameters).
type HairpinParameters struct {
	// Stem is the stem length; the server's default is 20.
	Stem *int `json:"stem,omitempty"`
	// Window is the window size; the server's default is 200.
	Window *int `json:"window,omitempty"`
}

// CodonMethod is how codons are chosen.
type CodonMethod string

// Codon selection methods.
const (
	// CodonMethodMatchCodonUsage picks codons at random by the organism's usage
	// frequencies.
	CodonMethodMatchCodonUsage CodonMethod = "MATCH_CODON_USAGE"
	// CodonMethodUseBestCodon always picks the most frequent codon.
	CodonMethodUseBestCodon CodonMethod = "USE_BEST_CODON"
)

// ReducedPattern is a DNA pattern to avoid: bases ("ATGC") or a repeat
// pattern ("3x4mer").
type ReducedPattern struct {
	// AvoidReverseComplement also avoids the pattern's reverse complement
	// (not allowed for repeat patterns; the server's default is false).
	AvoidReverseComplement bool `json:"avoidReverseComplement"`
	// Pattern is the pattern.
	Pattern string `json:"pattern,omitempty"`
}

// SequenceFeatureCustomField is a name/value pair on an annotation or
// translation.
type SequenceFeatureCustomField struct {
	// Name is the custom field's name.
	Name string `json:"name,omitempty"`
	// Value is the custom field's value.
	Value string `json:"value,omitempty"`
}

// DnaAnnotation is an annotated region of a DNA sequence. Positions are
// 0-based; End is exclusive, and 0 stands for the end of the sequence.
type DnaAnnotation struct {
	// Color is the hex color the feature is displayed in, e.g. "#F58A5E".
	Color string `json:"color,omitempty"`
	// CustomFields are the feature's name/value pairs (GenBank
	// qualifiers on imports), at most 100.
	CustomFields []SequenceFeatureCustomField `json:"customFields,omitzero"`
	// Name is the feature's name.
	Name string `json:"name,omitempty"`
	// Notes are the feature's notes.
	Notes string `json:"notes,omitempty"`
	// Start is the 0-based inclusive start index.
	Start int `json:"start"`
	// End is the 0-based exclusive end index.
	End int `json:"end"`
	// Strand is -1 (reverse), 0 (none) or 1 (forward).
	Strand int `json:"strand"`
	// Type is the annotation's type, e.g. "promoter".
	Type string `json:"type,omitempty"`
}

// DnaSequencePart is a region of a sequence that is a part of another
// sequence (the spec's DnaSequencePart, a NucleotideSequencePart with a
// strand).
type DnaSequencePart struct {
	// SequenceID is the part's sequence.
	SequenceID string `json:"sequenceId,omitempty"`
	// Start is the 0-based inclusive start index.
	Start int `json:"start"`
	// End is the 0-based exclusive end index (0 is the sequence's end).
	End int `json:"end"`
	// Strand is -1, 0 or 1.
	Strand int `json:"strand"`
}

// Primer is an oligo bound to a DNA sequence. In requests only OligoID,
// Start, End and Strand are sent; the other fields are read-only and
// should be left empty.
type Primer struct {
	// OligoID is the primer's oligo (seq_...).
	OligoID string `json:"oligoId,omitempty"`
	// Start is the 0-based inclusive start index.
	Start int `json:"start"`
	// End is the 0-based exclusive end index (0 is the sequence's end).
	End int `json:"end"`
	// Strand is -1 or 1.
	Strand int `json:"strand"`
	// Bases are the primer's bases (read-only).
	Bases string `json:"bases,omitempty"`
	// BindPosition is where the primer binds (read-only).
	BindPosition int `json:"bindPosition,omitempty"`
	// Color is the primer's display color (read-only).
	Color string `json:"color,omitempty"`
	// Name is the primer's name (read-only).
	Name string `json:"name,omitempty"`
	// OverhangLength is the length of the primer's overhang (read-only).
	OverhangLength int `json:"overhangLength,omitempty"`
}

// Translation is a translated region of a DNA sequence. In requests it is
// given by Start and End or by Regions, not both, so Start and End are
// pointers; responses always fill them.
type Translation struct {
	// Color is the hex color the feature is displayed in, e.g. "#F58A5E".
	Color string `json:"color,omitempty"`
	// CustomFields are the feature's name/value pairs (GenBank
	// qualifiers on imports), at most 100.
	CustomFields []SequenceFeatureCustomField `json:"customFields,omitzero"`
	// Name is the feature's name.
	Name string `json:"name,omitempty"`
	// Notes are the feature's notes.
	Notes string `json:"notes,omitempty"`
	// Start is the 0-based inclusive start index.
	Start *int `json:"start,omitempty"`
	// End is the 0-based exclusive end index (0 is the sequence's end).
	End *int `json:"end,omitempty"`
	// Strand is -1 or 1.
	Strand int `json:"strand"`
	// Regions are the translated regions of a spliced translation.
	Regions []TranslationRegion `json:"regions,omitzero"`
	// AminoAcids are the translated amino acids (read-only).
	AminoAcids string `json:"aminoAcids,omitempty"`
	// CoerceStartCodonToMethionine translates the start codon as
	// methionine (the server's default is false).
	CoerceStartCodonToMethionine bool `json:"coerceStartCodonToMethionine"`
	// GeneticCode is the genetic code used; the server's default is
	// TranslationGeneticCodeStandard.
	GeneticCode TranslationGeneticCode `json:"geneticCode,omitempty"`
}

// TranslationRegion is one region of a translation.
type TranslationRegion struct {
	// Start is the 0-based inclusive start index.
	Start int `json:"start"`
	// End is the 0-based exclusive end index (0 is the sequence's end).
	End int `json:"end"`
}

// TranslationGeneticCode is the genetic code of a translation.
type TranslationGeneticCode string

// Genetic codes the spec declares.
const (
	TranslationGeneticCodeStandard                                                    TranslationGeneticCode = "STANDARD"
	TranslationGeneticCodeVertebrateMitochondrial                                     TranslationGeneticCode = "VERTEBRATE_MITOCHONDRIAL"
	TranslationGeneticCodeYeastMitochondrial                                          TranslationGeneticCode = "YEAST_MITOCHONDRIAL"
	TranslationGeneticCodeMoldProtozoanCoelenterateMitochondrialMycoplasmaSpiroplasma TranslationGeneticCode = "MOLD_PROTOZOAN_COELENTERATE_MITOCHONDRIAL_MYCOPLASMA_SPIROPLASMA"
	TranslationGeneticCodeInvertebrateMitochondrial                                   TranslationGeneticCode = "INVERTEBRATE_MITOCHONDRIAL"
	TranslationGeneticCodeCiliateDasycladaceanHexamitaNuclear                         TranslationGeneticCode = "CILIATE_DASYCLADACEAN_HEXAMITA_NUCLEAR"
	TranslationGeneticCodeEchinodermFlatwormMitochondrial                             TranslationGeneticCode = "ECHINODERM_FLATWORM_MITOCHONDRIAL"
	TranslationGeneticCodeEuplotidNuclear                                             TranslationGeneticCode = "EUPLOTID_NUCLEAR"
	TranslationGeneticCodeBacterialArchaealPlantPlastid                               TranslationGeneticCode = "BACTERIAL_ARCHAEAL_PLANT_PLASTID"
	TranslationGeneticCodeAlternativeYeastNuclear                                     TranslationGeneticCode = "ALTERNATIVE_YEAST_NUCLEAR"
	TranslationGeneticCodeAscidianMitochondrial                                       TranslationGeneticCode = "ASCIDIAN_MITOCHONDRIAL"
	TranslationGeneticCodeAlternativeFlatwormMitochondrial                            TranslationGeneticCode = "ALTERNATIVE_FLATWORM_MITOCHONDRIAL"
	TranslationGeneticCodeChlorophyceanMitochondrial                                  TranslationGeneticCode = "CHLOROPHYCEAN_MITOCHONDRIAL"
	TranslationGeneticCodeTrematodeMitochondrial                                      TranslationGeneticCode = "TREMATODE_MITOCHONDRIAL"
	TranslationGeneticCodeScenedesmusObliquusMitochondrial                            TranslationGeneticCode = "SCENEDESMUS_OBLIQUUS_MITOCHONDRIAL"
	TranslationGeneticCodeThraustochytriumMitochondrial                               TranslationGeneticCode = "THRAUSTOCHYTRIUM_MITOCHONDRIAL"
	TranslationGeneticCodeRhabdopleuridaeMitochondrial                                TranslationGeneticCode = "RHABDOPLEURIDAE_MITOCHONDRIAL"
	TranslationGeneticCodeCandidateDivisionSr1Gracilibacteria                         TranslationGeneticCode = "CANDIDATE_DIVISION_SR1_GRACILIBACTERIA"
	TranslationGeneticCodePachysolenTannophilusNuclear                                TranslationGeneticCode = "PACHYSOLEN_TANNOPHILUS_NUCLEAR"
	TranslationGeneticCodeMesodiniumNuclear                                           TranslationGeneticCode = "MESODINIUM_NUCLEAR"
	TranslationGeneticCodePeritrichNuclear                                            TranslationGeneticCode = "PERITRICH_NUCLEAR"
	TranslationGeneticCodeCephalodiscidaeMitochondrialUaaTyr                          TranslationGeneticCode = "CEPHALODISCIDAE_MITOCHONDRIAL_UAA_TYR"
)

// SearchSort orders the results of the sequence match and search
// endpoints. The server's default is SearchSortModifiedAtDesc.
type SearchSort string

// Orders of the match and search bodies.
const (
	SearchSortModifiedAtAsc  SearchSort = "modifiedAt:asc"
	SearchSortModifiedAtDesc SearchSort = "modifiedAt:desc"
	SearchSortNameAsc        SearchSort = "name:asc"
	SearchSortNameDesc       SearchSort = "name:desc"
)

// SearchArchiveReason filters the sequence match and search endpoints by
// archive state. The server's default is SearchArchiveReasonNotArchived.
type SearchArchiveReason string

// Archive filters of the match and search bodies.
const (
	SearchArchiveReasonNotArchived SearchArchiveReason = "NOT_ARCHIVED"
	SearchArchiveReasonOther       SearchArchiveReason = "Other"
	SearchArchiveReasonArchived    SearchArchiveReason = "Archived"
)

// RnaAnnotation is an annotated region of an RNA sequence or oligo. The
// spec's RnaAnnotation has DnaAnnotation's shape; its Strand is 0 or 1.
type RnaAnnotation = DnaAnnotation

// RnaSequencePart is a region of an RNA sequence that is a part of another
// sequence. The spec's RnaSequencePart has DnaSequencePart's shape; its
// Strand is always 1.
type RnaSequencePart = DnaSequencePart

// NucleotideListOptions are the filters and paging of the lists of the
// nucleotide family, whose query parameters are the same: RNA sequences,
// DNA oligos and RNA oligos (RnaSequences.List, DnaOligos.List,
// RnaOligos.List and their All and Pages). Comma-separated parameters are
// slices.
//
// Its fields Sort, ModifiedAt, Name, FolderID, MentionedIn, ProjectID,
// RegistryID, SchemaID, SchemaFields, ArchiveReason, Mentions, IDs,
// EntityRegistryIDsAnyOf and NamesAnyOf are in the embedded
// EntityListFilters; CreatedAt, NameIncludes, NamesAnyOfCaseSensitive,
// CreatorIDs and AuthorIDsAnyOf are in the embedded EntitySearchFilters.
type NucleotideListOptions struct {
	ListOptions
	EntityListFilters
	EntitySearchFilters
	// Bases matches the full bases, case-insensitive, circular and
	// reverse-complement aware.
	Bases string `url:"bases,omitempty"`
	// CustomNotationID is the custom notation (sntx_...) the items'
	// CustomNotation is written in; without it CustomNotation is nil.
	CustomNotationID string `url:"customNotationId,omitempty"`
	// Returning limits the returned fields, each prefixed with the list's
	// key, e.g. {"rnaSequences.id", "rnaSequences.modifiedAt"}; nextToken
	// is asked for too, so that paging goes on.
	Returning []string `url:"returning,comma,omitempty"`
}

// NucleotideGetOptions are the options of RnaSequences.Get and
// RnaOligos.Get.
type NucleotideGetOptions struct {
	// Returning limits the returned fields, e.g. {"id", "modifiedAt"}.
	Returning []string `url:"returning,comma,omitempty"`
	// CustomNotationID is the custom notation (sntx_...) the item's
	// CustomNotation is written in; without it CustomNotation is nil.
	CustomNotationID string `url:"customNotationId,omitempty"`
}
