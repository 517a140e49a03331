package benchling

// DnaSequencesService manages DNA sequences.
//
// Benchling API tag: DNA Sequences.
type DnaSequencesService service
