package benchling

// The event types of legacy requests and of workflow tasks, task groups
// and outputs, whose resources the Legacy Requests and Workflow tags own.

// RequestCreatedEvent is the event of a legacy request's creation.
//
// Its fields CreatedAt, Deprecated, EventType, ExcludedProperties, ID and
// Schema are in the embedded EventBase.
type RequestCreatedEvent struct {
	EventBase
	// Request is the new request.
	Request Request `json:"request,omitzero"`
}

// RequestUpdatedFieldsEvent is the event of a change of a legacy
// request's fields.
//
// Its fields CreatedAt, Deprecated, EventType, ExcludedProperties, ID and
// Schema are in the embedded EventBase.
type RequestUpdatedFieldsEvent struct {
	EventBase
	// Request is the request after the change.
	Request Request `json:"request,omitzero"`
	// Updates are the properties that changed, e.g. "fields.Priority".
	Updates []string `json:"updates,omitempty"`
}

// WorkflowTaskGroupCreatedEvent is the event of a workflow task group's
// creation.
//
// Its fields CreatedAt, Deprecated, EventType, ExcludedProperties, ID and
// Schema are in the embedded EventBase.
type WorkflowTaskGroupCreatedEvent struct {
	EventBase
	// WorkflowTaskGroup is the new task group.
	WorkflowTaskGroup WorkflowTaskGroup `json:"workflowTaskGroup,omitzero"`
}

// WorkflowTaskGroupMappingCompletedEvent is the event of the end of a
// workflow task group's mapping: its tasks have been made from the
// mapped inputs.
//
// Its fields CreatedAt, Deprecated, EventType, ExcludedProperties, ID and
// Schema are in the embedded EventBase.
type WorkflowTaskGroupMappingCompletedEvent struct {
	EventBase
	// WorkflowTaskGroup is the task group, with its tasks.
	WorkflowTaskGroup WorkflowTaskGroup `json:"workflowTaskGroup,omitzero"`
}

// WorkflowTaskGroupUpdatedWatchersEvent is the event of a change of a
// workflow task group's watchers.
//
// Its fields CreatedAt, Deprecated, EventType, ExcludedProperties, ID and
// Schema are in the embedded EventBase.
type WorkflowTaskGroupUpdatedWatchersEvent struct {
	EventBase
	// WorkflowTaskGroup is the task group after the change.
	WorkflowTaskGroup WorkflowTaskGroup `json:"workflowTaskGroup,omitzero"`
}

// WorkflowTaskCreatedEvent is the event of a workflow task's creation.
//
// Its fields CreatedAt, Deprecated, EventType, ExcludedProperties, ID and
// Schema are in the embedded EventBase.
type WorkflowTaskCreatedEvent struct {
	EventBase
	// WorkflowTask is the new task.
	WorkflowTask WorkflowTask `json:"workflowTask,omitzero"`
}

// WorkflowTaskUpdatedFieldsEvent is the event of a change of a workflow
// task's fields. (The spec gives this event no list of updates.)
//
// Its fields CreatedAt, Deprecated, EventType, ExcludedProperties, ID and
// Schema are in the embedded EventBase.
type WorkflowTaskUpdatedFieldsEvent struct {
	EventBase
	// WorkflowTask is the task after the change.
	WorkflowTask WorkflowTask `json:"workflowTask,omitzero"`
}

// WorkflowTaskUpdatedStatusEvent is the event of a workflow task's move
// to another status.
//
// Its fields CreatedAt, Deprecated, EventType, ExcludedProperties, ID and
// Schema are in the embedded EventBase.
type WorkflowTaskUpdatedStatusEvent struct {
	EventBase
	// WorkflowTask is the task in its new status.
	WorkflowTask WorkflowTask `json:"workflowTask,omitzero"`
}

// WorkflowTaskUpdatedAssigneeEvent is the event of a change of a workflow
// task's assignee.
//
// Its fields CreatedAt, Deprecated, EventType, ExcludedProperties, ID and
// Schema are in the embedded EventBase.
type WorkflowTaskUpdatedAssigneeEvent struct {
	EventBase
	// WorkflowTask is the task with its new assignee.
	WorkflowTask WorkflowTask `json:"workflowTask,omitzero"`
}

// WorkflowTaskUpdatedScheduledOnEvent is the event of a change of the
// date a workflow task is scheduled on.
//
// Its fields CreatedAt, Deprecated, EventType, ExcludedProperties, ID and
// Schema are in the embedded EventBase.
type WorkflowTaskUpdatedScheduledOnEvent struct {
	EventBase
	// WorkflowTask is the task with its new date.
	WorkflowTask WorkflowTask `json:"workflowTask,omitzero"`
}

// WorkflowOutputCreatedEvent is the event of a workflow output's
// creation.
//
// Its fields CreatedAt, Deprecated, EventType, ExcludedProperties, ID and
// Schema are in the embedded EventBase.
type WorkflowOutputCreatedEvent struct {
	EventBase
	// WorkflowOutput is the new output.
	WorkflowOutput WorkflowOutput `json:"workflowOutput,omitzero"`
}

// WorkflowOutputUpdatedFieldsEvent is the event of a change of a workflow
// output's fields. (The spec gives this event no list of updates.)
//
// Its fields CreatedAt, Deprecated, EventType, ExcludedProperties, ID and
// Schema are in the embedded EventBase.
type WorkflowOutputUpdatedFieldsEvent struct {
	EventBase
	// WorkflowOutput is the output after the change.
	WorkflowOutput WorkflowOutput `json:"workflowOutput,omitzero"`
}

func (*RequestCreatedEvent) event()                    {}
func (*RequestUpdatedFieldsEvent) event()              {}
func (*WorkflowTaskGroupCreatedEvent) event()          {}
func (*WorkflowTaskGroupMappingCompletedEvent) event() {}
func (*WorkflowTaskGroupUpdatedWatchersEvent) event()  {}
func (*WorkflowTaskCreatedEvent) event()               {}
func (*WorkflowTaskUpdatedFieldsEvent) event()         {}
func (*WorkflowTaskUpdatedStatusEvent) event()         {}
func (*WorkflowTaskUpdatedAssigneeEvent) event()       {}
func (*WorkflowTaskUpdatedScheduledOnEvent) event()    {}
func (*WorkflowOutputCreatedEvent) event()             {}
func (*WorkflowOutputUpdatedFieldsEvent) event()       {}

// newWorkflowEvent returns the struct of a legacy request or workflow
// event type; nil for another type.
func newWorkflowEvent(t EventType) Event {
	switch t {
	case EventTypeV2RequestCreated:
		return &RequestCreatedEvent{}
	case EventTypeV2RequestUpdatedFields:
		return &RequestUpdatedFieldsEvent{}
	case EventTypeV2WorkflowTaskGroupCreated:
		return &WorkflowTaskGroupCreatedEvent{}
	case EventTypeV2WorkflowTaskGroupMappingCompleted:
		return &WorkflowTaskGroupMappingCompletedEvent{}
	case EventTypeV2WorkflowTaskGroupUpdatedWatchers:
		return &WorkflowTaskGroupUpdatedWatchersEvent{}
	case EventTypeV2WorkflowTaskCreated:
		return &WorkflowTaskCreatedEvent{}
	case EventTypeV2WorkflowTaskUpdatedFields:
		return &WorkflowTaskUpdatedFieldsEvent{}
	case EventTypeV2WorkflowTaskUpdatedStatus:
		return &WorkflowTaskUpdatedStatusEvent{}
	case EventTypeV2WorkflowTaskUpdatedAssignee:
		return &WorkflowTaskUpdatedAssigneeEvent{}
	case EventTypeV2WorkflowTaskUpdatedScheduledOn:
		return &WorkflowTaskUpdatedScheduledOnEvent{}
	case EventTypeV2WorkflowOutputCreated:
		return &WorkflowOutputCreatedEvent{}
	case EventTypeV2WorkflowOutputUpdatedFields:
		return &WorkflowOutputUpdatedFieldsEvent{}
	}
	return nil
}
