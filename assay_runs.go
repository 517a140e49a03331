package benchling

// AssayRunsService manages assay runs.
//
// Benchling API tag: Assay Runs.
type AssayRunsService service
