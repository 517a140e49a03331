package benchling

// CodonOptions are the codon-optimisation settings shared by
// AaSequences.BackTranslate and DnaSequences.OptimizeCodons.
type CodonOptions struct {
	// AvoidedCutsiteEnzymeIDs lists enzymes whose cut sites the result
	// must not contain.
	AvoidedCutsiteEnzymeIDs []string `json:"avoidedCutsiteEnzymeIds,omitempty"`
	// CodonUsageTableID is the organism's codon usage table (codtab_...).
	CodonUsageTableID string `json:"codonUsageTableId,omitempty"`
	// GcContent is a GC-content band; it cannot be combined with
	// GcContentRange. The server's default is GcContentAny.
	GcContent GcContent `json:"gcContent,omitempty"`
	// GcContentRange is an explicit GC-content range, fractions in 0..1.
	GcContentRange *GcContentRange `json:"gcContentRange,omitempty"`
	// HairpinParameters make the optimiser avoid hairpins; nil does not.
	HairpinParameters *HairpinParameters `json:"hairpinParameters,omitempty"`
	// Method picks codons; the server's default is CodonMatchUsage.
	Method CodonMethod `json:"method,omitempty"`
	// ReducedPatterns are DNA patterns to avoid.
	ReducedPatterns []ReducedPattern `json:"reducedPatterns,omitempty"`
	// SchemaID is the schema of the resulting sequences.
	SchemaID string `json:"schemaId,omitempty"`
	// ShouldDepleteUridine asks for mRNA uridine depletion.
	ShouldDepleteUridine *bool `json:"shouldDepleteUridine,omitempty"`
}

// GcContent is a GC-content band for codon optimisation.
type GcContent string

// GC-content bands: LOW is below 0.33, MEDIUM 0.33 to 0.66, HIGH above.
const (
	GcContentAny    GcContent = "ANY"
	GcContentLow    GcContent = "LOW"
	GcContentMedium GcContent = "MEDIUM"
	GcContentHigh   GcContent = "HIGH"
)

// GcContentRange is a GC-content range, as fractions between 0 and 1.
type GcContentRange struct {
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
	// CodonMatchUsage picks codons at random by the organism's usage
	// frequencies.
	CodonMatchUsage CodonMethod = "MATCH_CODON_USAGE"
	// CodonUseBest always picks the most frequent codon.
	CodonUseBest CodonMethod = "USE_BEST_CODON"
)

// ReducedPattern is a DNA pattern to avoid: bases ("ATGC") or a repeat
// pattern ("3x4mer").
type ReducedPattern struct {
	// AvoidReverseComplement also avoids the pattern's reverse complement
	// (not allowed for repeat patterns).
	AvoidReverseComplement *bool `json:"avoidReverseComplement,omitempty"`
	// Pattern is the pattern.
	Pattern string `json:"pattern,omitempty"`
}
