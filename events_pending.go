package benchling

// newForeignEvent returns the struct of an event type whose resource
// belongs to another tag: assay runs and lab automation (events_lab.go);
// requests and workflows, once their types land (until then such events
// decode as *UnknownEvent).
func newForeignEvent(t EventType) Event { return newLabEvent(t) }
