package benchling

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
