package benchling

// EntriesService manages notebook entries and entry templates.
//
// Benchling API tag: Entries.
type EntriesService service
