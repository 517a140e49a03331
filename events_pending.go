package benchling

// newForeignEvent returns the struct of an event type whose resource
// belongs to another tag (requests, assay runs, lab automation, workflow
// tasks and outputs). Until those types land, such events decode as
// *UnknownEvent.
func newForeignEvent(EventType) Event { return nil }
