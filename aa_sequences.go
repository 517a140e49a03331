package benchling

// AaSequencesService manages AA sequences (proteins).
//
// Benchling API tag: AA Sequences.
type AaSequencesService service
