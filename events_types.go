package benchling

import (
	"encoding/json"
	"time"
)

// Event is one event of the tenant, as EventsService lists it. Benchling
// tells the types apart by the JSON "eventType" property; each type decodes
// into its own struct, which carries the resource as it was when the event
// happened, and a type this SDK does not know decodes into an *UnknownEvent
// that keeps its JSON. Read events with a type switch:
//
//	for ev, err := range client.Events.Follow(ctx, &benchling.EventFollowOptions{StartingAfter: lastID}) {
//		if err != nil { ... }
//		switch e := ev.(type) {
//		case *benchling.EntityRegisteredEvent:
//			fmt.Println("registered", *e.Entity.EntityRegistryID)
//		case *benchling.EntryUpdatedFieldsEvent:
//			fmt.Println(e.Entry.Name, "changed", e.Updates)
//		case *benchling.UnknownEvent:
//			fmt.Println("new event type", e.EventType)
//		}
//		lastID = ev.Base().ID
//	}
//
// Every type embeds EventBase, which Base returns. The set is closed: only
// this package implements the interface.
type Event interface {
	// Base returns what every event has (the embedded EventBase, not a
	// copy).
	Base() *EventBase
	event()
}

// EventType is the type of an event, the discriminator of Event. Unknown
// types still decode (as *UnknownEvent).
type EventType string

// Event types the spec declares, with the struct each decodes into.
const (
	EventTypeV2EntityRegistered                              EventType = "v2.entity.registered"                                // *EntityRegisteredEvent
	EventTypeV2EntryCreated                                  EventType = "v2.entry.created"                                    // *EntryCreatedEvent
	EventTypeV2EntryUpdatedFields                            EventType = "v2.entry.updated.fields"                             // *EntryUpdatedFieldsEvent
	EventTypeV2EntryUpdatedReviewRecord                      EventType = "v2.entry.updated.reviewRecord"                       // *EntryUpdatedReviewRecordEvent
	EventTypeV2EntryUpdatedAssignedReviewers                 EventType = "v2.entry.updated.assignedReviewers"                  // *EntryUpdatedAssignedReviewersEvent
	EventTypeV2BetaEntryUpdatedReviewSnapshot                EventType = "v2-beta.entry.updated.reviewSnapshot"                // *EntryUpdatedReviewSnapshotBetaEvent
	EventTypeV2AlphaStageEntryCreated                        EventType = "v2-alpha.stageEntry.created"                         // *StageEntryCreatedEvent
	EventTypeV2AlphaStageEntryUpdatedFields                  EventType = "v2-alpha.stageEntry.updated.fields"                  // *StageEntryUpdatedFieldsEvent
	EventTypeV2AlphaStageEntryUpdatedReviewRecord            EventType = "v2-alpha.stageEntry.updated.reviewRecord"            // *StageEntryUpdatedReviewRecordEvent
	EventTypeV2AlphaStageEntryUpdatedAssignedReviewers       EventType = "v2-alpha.stageEntry.updated.assignedReviewers"       // *StageEntryUpdatedAssignedReviewersEvent
	EventTypeV2RequestCreated                                EventType = "v2.request.created"                                  // *RequestCreatedEvent
	EventTypeV2RequestUpdatedFields                          EventType = "v2.request.updated.fields"                           // *RequestUpdatedFieldsEvent
	EventTypeV2AssayRunCreated                               EventType = "v2.assayRun.created"                                 // *AssayRunCreatedEvent
	EventTypeV2AssayRunUpdatedFields                         EventType = "v2.assayRun.updated.fields"                          // *AssayRunUpdatedFieldsEvent
	EventTypeV2BetaAutomationInputGeneratorCompleted         EventType = "v2-beta.automationInputGenerator.completed"          // *AutomationInputGeneratorCompletedV2BetaEvent
	EventTypeV2BetaAutomationOutputProcessorCompleted        EventType = "v2-beta.automationOutputProcessor.completed"         // *AutomationOutputProcessorCompletedV2BetaEvent
	EventTypeV2BetaAutomationOutputProcessorUploaded         EventType = "v2-beta.automationOutputProcessor.uploaded"          // *AutomationOutputProcessorUploadedV2BetaEvent
	EventTypeV2AutomationInputGeneratorCompleted             EventType = "v2.automationInputGenerator.completed"               // *AutomationInputGeneratorCompletedV2Event
	EventTypeV2AutomationOutputProcessorCompleted            EventType = "v2.automationOutputProcessor.completed"              // *AutomationOutputProcessorCompletedV2Event
	EventTypeV2AutomationOutputProcessorUploaded             EventType = "v2.automationOutputProcessor.uploaded"               // *AutomationOutputProcessorUploadedV2Event
	EventTypeV2AutomationFileTransformUpdatedStatusPending   EventType = "v2.automationFileTransform.updated.status.pending"   // *AutomationTransformStatusPendingEventV2Event
	EventTypeV2AutomationFileTransformUpdatedStatusRunning   EventType = "v2.automationFileTransform.updated.status.running"   // *AutomationTransformStatusRunningEventV2Event
	EventTypeV2AutomationFileTransformUpdatedStatusSucceeded EventType = "v2.automationFileTransform.updated.status.succeeded" // *AutomationTransformStatusSucceededEventV2Event
	EventTypeV2AutomationFileTransformUpdatedStatusFailed    EventType = "v2.automationFileTransform.updated.status.failed"    // *AutomationTransformStatusFailedEventV2Event
	EventTypeV2WorkflowTaskGroupCreated                      EventType = "v2.workflowTaskGroup.created"                        // *WorkflowTaskGroupCreatedEvent
	EventTypeV2WorkflowTaskGroupMappingCompleted             EventType = "v2.workflowTaskGroup.mappingCompleted"               // *WorkflowTaskGroupMappingCompletedEvent
	EventTypeV2WorkflowTaskGroupUpdatedWatchers              EventType = "v2.workflowTaskGroup.updated.watchers"               // *WorkflowTaskGroupUpdatedWatchersEvent
	EventTypeV2WorkflowTaskCreated                           EventType = "v2.workflowTask.created"                             // *WorkflowTaskCreatedEvent
	EventTypeV2WorkflowTaskUpdatedFields                     EventType = "v2.workflowTask.updated.fields"                      // *WorkflowTaskUpdatedFieldsEvent
	EventTypeV2WorkflowTaskUpdatedStatus                     EventType = "v2.workflowTask.updated.status"                      // *WorkflowTaskUpdatedStatusEvent
	EventTypeV2WorkflowTaskUpdatedAssignee                   EventType = "v2.workflowTask.updated.assignee"                    // *WorkflowTaskUpdatedAssigneeEvent
	EventTypeV2WorkflowTaskUpdatedScheduledOn                EventType = "v2.workflowTask.updated.scheduledOn"                 // *WorkflowTaskUpdatedScheduledOnEvent
	EventTypeV2WorkflowOutputCreated                         EventType = "v2.workflowOutput.created"                           // *WorkflowOutputCreatedEvent
	EventTypeV2WorkflowOutputUpdatedFields                   EventType = "v2.workflowOutput.updated.fields"                    // *WorkflowOutputUpdatedFieldsEvent
	EventTypeV2BetaWorksheetUpdatedReviewSnapshot            EventType = "v2-beta.worksheet.updated.reviewSnapshot"            // *WorksheetUpdatedReviewSnapshotBetaEvent
)

// decodeEvent decodes one event into the struct of its type, or an
// *UnknownEvent.
func decodeEvent(raw json.RawMessage) (Event, error) {
	return decodeByKind(raw, "eventType", "event", func(t string) Event { return newEvent(EventType(t)) },
		func(t string, raw json.RawMessage) Event {
			u := &UnknownEvent{Raw: raw}
			// What every event has, for Base: a property of another shape
			// is left zero rather than failing the event.
			_ = json.Unmarshal(raw, &u.EventBase)
			u.EventType = EventType(t)
			return u
		})
}

// eventDecoder decodes events (for listUnion).
type eventDecoder struct{}

func (eventDecoder) decode(raw json.RawMessage) (Event, error) { return decodeEvent(raw) }

// Events are events of any types, decoded each into the struct of its type
// (see Event).
type Events []Event

// UnmarshalJSON decodes a JSON array of events (null gives nil).
func (l *Events) UnmarshalJSON(b []byte) error {
	out, err := decodeUnionList(b, "event", decodeEvent)
	if err != nil {
		return err
	}
	*l = out
	return nil
}

// MarshalJSON encodes the events as a JSON array (nil as null).
func (l Events) MarshalJSON() ([]byte, error) { return encodeUnionList(l, "event") }

// EventBase is what every event has; each event type embeds it.
type EventBase struct {
	// CreatedAt is when the event was created. Benchling orders events by
	// when it processed them, which createdAt need not follow.
	CreatedAt time.Time `json:"createdAt,omitzero"`
	// Deprecated reports whether the event's type is deprecated.
	Deprecated bool `json:"deprecated,omitempty"`
	// EventType is the event's type.
	EventType EventType `json:"eventType,omitempty"`
	// ExcludedProperties are properties of the resource left out of the
	// event because of their size: fetch the resource to read them.
	ExcludedProperties []string `json:"excludedProperties,omitempty"`
	// ID is the event's ID, to resume after (EventFollowOptions.StartingAfter).
	ID string `json:"id,omitempty"`
	// Schema is the schema of the resource the event is about; nil when
	// it has none.
	Schema *SchemaSummary `json:"schema,omitempty"`
}

// Base returns b itself.
func (b *EventBase) Base() *EventBase { return b }

// UnknownEvent is an event of a type this SDK does not know. Its EventBase
// is decoded from the event as far as it fits; Raw keeps the event's JSON,
// which MarshalJSON returns as is.
//
// Its fields CreatedAt, Deprecated, EventType, ExcludedProperties, ID and
// Schema are in the embedded EventBase.
type UnknownEvent struct {
	EventBase
	// Raw is the event's JSON as the server sent it.
	Raw json.RawMessage
}

// MarshalJSON returns Raw; an UnknownEvent without Raw is an error.
func (e *UnknownEvent) MarshalJSON() ([]byte, error) {
	return rawUnknown(e.Raw, "UnknownEvent", "event")
}

// GenericEntity is a registered entity of any kind, as events carry it
// (EntityRegisteredEvent): what every entity has, its EntityBase, so that
// code that handles any kind's EntityBase handles it too
// (handle(&ev.Entity.EntityBase)), and Labels gives its ID, name and
// registry ID. Get the entity with its kind's service for the rest; the
// ID's prefix tells the kind (seq_, prtn_, bfi_...). FolderID is nil for
// an entity in no folder (the spec's GenericEntity gives folderId as a
// plain string; the kinds' schemas make it nullable, as Benchling sends
// it).
//
// Its fields Aliases, APIURL, ArchiveRecord, Authors, CreatedAt, Creator,
// CustomFields, EntityRegistryID, Fields, FolderID, ID, ModifiedAt, Name,
// RegistrationOrigin, RegistryID, Schema and WebURL are in the embedded
// EntityBase.
type GenericEntity struct {
	EntityBase
}

// StageEntry is a notebook entry used to run stages of a legacy workflow,
// as its events carry it.
//
// Its fields APIURL, Authors, CreatedAt, Creator, CustomFields, DisplayID,
// Fields, FolderID, ID, ModifiedAt, Name, Schema and WebURL are in the
// embedded EntryBase.
type StageEntry struct {
	EntryBase

	// ReviewRecord is its review record, a JSON object the spec does not
	// describe; nil if none.
	ReviewRecord json.RawMessage `json:"reviewRecord,omitempty"`
	// WorkflowID is the legacy workflow it belongs to (wfw_...).
	WorkflowID string `json:"workflowId,omitempty"`
	// WorkflowStageID is the workflow stage it runs (wfwstg_...).
	WorkflowStageID string `json:"workflowStageId,omitempty"`
}

// WorksheetReviewChanges is a worksheet with its review record, as its
// review snapshot events carry it.
type WorksheetReviewChanges struct {
	// APIURL is the worksheet's review changes in the (beta) API; nil if
	// none.
	APIURL *string `json:"apiURL,omitempty"`
	// CreatedAt is when the worksheet was created.
	CreatedAt time.Time `json:"createdAt,omitzero"`
	// Creator is the user who created it.
	Creator UserSummary `json:"creator,omitzero"`
	// FolderID is the folder that holds it.
	FolderID string `json:"folderId,omitempty"`
	// ID is its ID (wks_...).
	ID string `json:"id,omitempty"`
	// ModifiedAt is when it was last changed, as Benchling writes it (the
	// spec gives no format).
	ModifiedAt string `json:"modifiedAt,omitempty"`
	// Name is its title.
	Name string `json:"name,omitempty"`
	// ReviewRecord is its review record; nil if none.
	ReviewRecord *WorksheetReviewChangesReviewRecord `json:"reviewRecord,omitempty"`
	// WebURL is its page in Benchling.
	WebURL string `json:"webURL,omitempty"`
}

// WorksheetReviewChangesReviewRecord is the review record of a worksheet.
type WorksheetReviewChangesReviewRecord struct {
	// Comment is the reviewer's comment.
	Comment string `json:"comment,omitempty"`
	// ReviewChanges are the review actions taken, with their snapshots.
	ReviewChanges []ReviewChange `json:"reviewChanges,omitempty"`
	// Status is the worksheet's review status (an entry's statuses).
	Status EntryReviewStatus `json:"status,omitempty"`
}

// EntityRegisteredEvent is the event of an entity's registration.
//
// Its fields CreatedAt, Deprecated, EventType, ExcludedProperties, ID and
// Schema are in the embedded EventBase.
type EntityRegisteredEvent struct {
	EventBase
	// Entity is the entity as registered.
	Entity GenericEntity `json:"entity,omitzero"`
}

// EntryCreatedEvent is the event of an entry's creation.
//
// Its fields CreatedAt, Deprecated, EventType, ExcludedProperties, ID and
// Schema are in the embedded EventBase.
type EntryCreatedEvent struct {
	EventBase
	// Entry is the new entry.
	Entry Entry `json:"entry,omitzero"`
}

// EntryUpdatedFieldsEvent is the event of a change of an entry's fields.
//
// Its fields CreatedAt, Deprecated, EventType, ExcludedProperties, ID and
// Schema are in the embedded EventBase.
type EntryUpdatedFieldsEvent struct {
	EventBase
	// Entry is the entry after the change.
	Entry Entry `json:"entry,omitzero"`
	// Updates are the properties that changed, e.g. "fields.Cost Center".
	Updates []string `json:"updates,omitempty"`
}

// EntryUpdatedReviewRecordEvent is the event of a change of an entry's
// review record.
//
// Its fields CreatedAt, Deprecated, EventType, ExcludedProperties, ID and
// Schema are in the embedded EventBase.
type EntryUpdatedReviewRecordEvent struct {
	EventBase
	// Entry is the entry after the change.
	Entry Entry `json:"entry,omitzero"`
	// Updates are the properties that changed.
	Updates []string `json:"updates,omitempty"`
}

// EntryUpdatedAssignedReviewersEvent is the event of a change of an
// entry's assigned reviewers.
//
// Its fields CreatedAt, Deprecated, EventType, ExcludedProperties, ID and
// Schema are in the embedded EventBase.
type EntryUpdatedAssignedReviewersEvent struct {
	EventBase
	// Entry is the entry after the change.
	Entry Entry `json:"entry,omitzero"`
	// Updates are the properties that changed.
	Updates []string `json:"updates,omitempty"`
}

// EntryUpdatedReviewSnapshotBetaEvent is the event of an entry's review
// snapshot being ready (a beta event type).
//
// Its fields CreatedAt, Deprecated, EventType, ExcludedProperties, ID and
// Schema are in the embedded EventBase.
type EntryUpdatedReviewSnapshotBetaEvent struct {
	EventBase
	// Entry is the entry after the change.
	Entry Entry `json:"entry,omitzero"`
	// Updates are the properties that changed.
	Updates []string `json:"updates,omitempty"`
}

// StageEntryCreatedEvent is the event of the creation of a stage entry of
// a legacy workflow (an alpha event type, which carries only what every
// event has).
//
// Its fields CreatedAt, Deprecated, EventType, ExcludedProperties, ID and
// Schema are in the embedded EventBase.
type StageEntryCreatedEvent struct {
	EventBase
}

// StageEntryUpdatedFieldsEvent is the event of a change of a stage
// entry's fields (alpha).
//
// Its fields CreatedAt, Deprecated, EventType, ExcludedProperties, ID and
// Schema are in the embedded EventBase.
type StageEntryUpdatedFieldsEvent struct {
	EventBase
	// StageEntry is the stage entry after the change.
	StageEntry StageEntry `json:"stageEntry,omitzero"`
	// Updates are the properties that changed.
	Updates []string `json:"updates,omitempty"`
}

// StageEntryUpdatedReviewRecordEvent is the event of a change of a stage
// entry's review record (alpha).
//
// Its fields CreatedAt, Deprecated, EventType, ExcludedProperties, ID and
// Schema are in the embedded EventBase.
type StageEntryUpdatedReviewRecordEvent struct {
	EventBase
	// Entry is the stage entry after the change.
	Entry StageEntry `json:"entry,omitzero"`
	// Updates are the properties that changed.
	Updates []string `json:"updates,omitempty"`
}

// StageEntryUpdatedAssignedReviewersEvent is the event of a change of a
// stage entry's assigned reviewers (alpha).
//
// Its fields CreatedAt, Deprecated, EventType, ExcludedProperties, ID and
// Schema are in the embedded EventBase.
type StageEntryUpdatedAssignedReviewersEvent struct {
	EventBase
	// Entry is the stage entry after the change.
	Entry StageEntry `json:"entry,omitzero"`
	// Updates are the properties that changed.
	Updates []string `json:"updates,omitempty"`
}

// WorksheetUpdatedReviewSnapshotBetaEvent is the event of a worksheet's
// review snapshot being ready (beta).
//
// Its fields CreatedAt, Deprecated, EventType, ExcludedProperties, ID and
// Schema are in the embedded EventBase.
type WorksheetUpdatedReviewSnapshotBetaEvent struct {
	EventBase
	// Entry is the worksheet with its review changes.
	Entry WorksheetReviewChanges `json:"entry,omitzero"`
	// Updates are the properties that changed.
	Updates []string `json:"updates,omitempty"`
}

func (*UnknownEvent) event()                            {}
func (*EntityRegisteredEvent) event()                   {}
func (*EntryCreatedEvent) event()                       {}
func (*EntryUpdatedFieldsEvent) event()                 {}
func (*EntryUpdatedReviewRecordEvent) event()           {}
func (*EntryUpdatedAssignedReviewersEvent) event()      {}
func (*EntryUpdatedReviewSnapshotBetaEvent) event()     {}
func (*StageEntryCreatedEvent) event()                  {}
func (*StageEntryUpdatedFieldsEvent) event()            {}
func (*StageEntryUpdatedReviewRecordEvent) event()      {}
func (*StageEntryUpdatedAssignedReviewersEvent) event() {}
func (*WorksheetUpdatedReviewSnapshotBetaEvent) event() {}

// newEvent returns a new value of the struct an event type decodes into;
// nil for a type the SDK does not know.
func newEvent(t EventType) Event {
	switch t {
	case EventTypeV2EntityRegistered:
		return &EntityRegisteredEvent{}
	case EventTypeV2EntryCreated:
		return &EntryCreatedEvent{}
	case EventTypeV2EntryUpdatedFields:
		return &EntryUpdatedFieldsEvent{}
	case EventTypeV2EntryUpdatedReviewRecord:
		return &EntryUpdatedReviewRecordEvent{}
	case EventTypeV2EntryUpdatedAssignedReviewers:
		return &EntryUpdatedAssignedReviewersEvent{}
	case EventTypeV2BetaEntryUpdatedReviewSnapshot:
		return &EntryUpdatedReviewSnapshotBetaEvent{}
	case EventTypeV2AlphaStageEntryCreated:
		return &StageEntryCreatedEvent{}
	case EventTypeV2AlphaStageEntryUpdatedFields:
		return &StageEntryUpdatedFieldsEvent{}
	case EventTypeV2AlphaStageEntryUpdatedReviewRecord:
		return &StageEntryUpdatedReviewRecordEvent{}
	case EventTypeV2AlphaStageEntryUpdatedAssignedReviewers:
		return &StageEntryUpdatedAssignedReviewersEvent{}
	case EventTypeV2BetaWorksheetUpdatedReviewSnapshot:
		return &WorksheetUpdatedReviewSnapshotBetaEvent{}
	}
	if e := newLabEvent(t); e != nil {
		return e
	}
	return newWorkflowEvent(t)
}
