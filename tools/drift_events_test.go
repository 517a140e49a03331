package tools

import "github.com/benchling-go/benchling"

// noEventType allows an event's eventType field where the kind's schema
// declares none.
var noEventType = map[string]string{
	"+eventType": "EventBase carries every event's discriminator; this kind's schema declares none (the spec's mapping names it by its eventType)",
}

// The Events tag (listEvents): the event kinds and what they carry (see
// drift_test.go for what is checked). The kinds whose resources belong to
// other tags are in drift_events_foreign_test.go.
var _ = register(driftTable{
	Tag: "Events",
	Models: []model{
		{Go: benchling.EntityRegisteredEvent{}, Schema: "EntityRegisteredEvent"},
		{Go: benchling.EntryCreatedEvent{}, Schema: "EntryCreatedEvent"},
		{Go: benchling.EntryUpdatedFieldsEvent{}, Schema: "EntryUpdatedFieldsEvent"},
		{Go: benchling.EntryUpdatedReviewRecordEvent{}, Schema: "EntryUpdatedReviewRecordEvent"},
		{Go: benchling.EntryUpdatedAssignedReviewersEvent{}, Schema: "EntryUpdatedAssignedReviewersEvent"},
		{Go: benchling.EntryUpdatedReviewSnapshotBetaEvent{}, Schema: "EntryUpdatedReviewSnapshotBetaEvent"},
		{Go: benchling.StageEntryCreatedEvent{}, Schema: "StageEntryCreatedEvent", Allow: noEventType},
		{Go: benchling.StageEntryUpdatedFieldsEvent{}, Schema: "StageEntryUpdatedFieldsEvent"},
		{Go: benchling.StageEntryUpdatedReviewRecordEvent{}, Schema: "StageEntryUpdatedReviewRecordEvent"},
		{Go: benchling.StageEntryUpdatedAssignedReviewersEvent{}, Schema: "StageEntryUpdatedAssignedReviewersEvent"},
		{Go: benchling.WorksheetUpdatedReviewSnapshotBetaEvent{}, Schema: "WorksheetUpdatedReviewSnapshotBetaEvent"},
		{Go: benchling.SchemaSummary{}, Schema: "EventBase", Path: []string{"schema"}, Like: "an event's schema is SchemaSummary's shape"},
		{Go: benchling.GenericEntity{}, Schema: "GenericEntity"},
		{Go: benchling.StageEntry{}, Schema: "StageEntry"},
		{Go: benchling.WorksheetReviewChanges{}, Schema: "WorksheetReviewChanges"},
		{Go: benchling.WorksheetReviewChangesReviewRecord{}, Schema: "WorksheetReviewChanges", Path: []string{"reviewRecord"}},
		{Go: struct {
			Events    benchling.Events `json:"events"`
			NextToken string           `json:"nextToken"`
		}{}, Schema: "EventsPaginatedList", Like: "mirrors the unexported list envelope of List"},
	},
	Queries: []queryOptions{
		{Op: "listEvents", Go: benchling.EventListOptions{}},
	},
	Elsewhere: eventsElsewhere,
})
