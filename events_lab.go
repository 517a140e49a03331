package benchling

// The event types of assay runs and lab automation, whose resources the
// Assay Runs and Lab Automation tags own.

// AssayRunCreatedEvent is the event of an assay run's creation.
//
// Its fields CreatedAt, Deprecated, EventType, ExcludedProperties, ID and
// Schema are in the embedded EventBase.
type AssayRunCreatedEvent struct {
	EventBase
	// AssayRun is the new run.
	AssayRun AssayRun `json:"assayRun,omitzero"`
}

// AssayRunUpdatedFieldsEvent is the event of a change of an assay run's
// fields.
//
// Its fields CreatedAt, Deprecated, EventType, ExcludedProperties, ID and
// Schema are in the embedded EventBase.
type AssayRunUpdatedFieldsEvent struct {
	EventBase
	// AssayRun is the run after the change.
	AssayRun AssayRun `json:"assayRun,omitzero"`
	// Updates are the properties that changed.
	Updates []string `json:"updates,omitempty"`
}

// AutomationInputGeneratorCompletedV2Event is the event of a lab
// automation input generator having made its file.
//
// Its fields CreatedAt, Deprecated, EventType, ExcludedProperties, ID and
// Schema are in the embedded EventBase.
type AutomationInputGeneratorCompletedV2Event struct {
	EventBase
	// AutomationInputGenerator is the generator, with its file.
	AutomationInputGenerator AutomationFile `json:"automationInputGenerator,omitzero"`
}

// AutomationInputGeneratorCompletedV2BetaEvent is the beta form of
// AutomationInputGeneratorCompletedV2Event.
//
// Its fields CreatedAt, Deprecated, EventType, ExcludedProperties, ID and
// Schema are in the embedded EventBase.
type AutomationInputGeneratorCompletedV2BetaEvent struct {
	EventBase
	// AutomationInputGenerator is the generator, with its file.
	AutomationInputGenerator AutomationFile `json:"automationInputGenerator,omitzero"`
}

// AutomationOutputProcessorCompletedV2Event is the event of a lab
// automation output processor having processed its file.
//
// Its fields CreatedAt, Deprecated, EventType, ExcludedProperties, ID and
// Schema are in the embedded EventBase.
type AutomationOutputProcessorCompletedV2Event struct {
	EventBase
	// AutomationOutputProcessor is the processor, with its file.
	AutomationOutputProcessor AutomationFile `json:"automationOutputProcessor,omitzero"`
}

// AutomationOutputProcessorCompletedV2BetaEvent is the beta form of
// AutomationOutputProcessorCompletedV2Event.
//
// Its fields CreatedAt, Deprecated, EventType, ExcludedProperties, ID and
// Schema are in the embedded EventBase.
type AutomationOutputProcessorCompletedV2BetaEvent struct {
	EventBase
	// AutomationOutputProcessor is the processor, with its file.
	AutomationOutputProcessor AutomationFile `json:"automationOutputProcessor,omitzero"`
}

// AutomationOutputProcessorUploadedV2Event is the event of an output file
// uploaded to a lab automation output processor.
//
// Its fields CreatedAt, Deprecated, EventType, ExcludedProperties, ID and
// Schema are in the embedded EventBase.
type AutomationOutputProcessorUploadedV2Event struct {
	EventBase
	// AutomationOutputProcessor is the processor, with its file.
	AutomationOutputProcessor AutomationFile `json:"automationOutputProcessor,omitzero"`
}

// AutomationOutputProcessorUploadedV2BetaEvent is the beta form of
// AutomationOutputProcessorUploadedV2Event.
//
// Its fields CreatedAt, Deprecated, EventType, ExcludedProperties, ID and
// Schema are in the embedded EventBase.
type AutomationOutputProcessorUploadedV2BetaEvent struct {
	EventBase
	// AutomationOutputProcessor is the processor, with its file.
	AutomationOutputProcessor AutomationFile `json:"automationOutputProcessor,omitzero"`
}

// AutomationTransformStatusPendingEventV2Event is the event of a lab
// automation transform waiting to run.
//
// Its fields CreatedAt, Deprecated, EventType, ExcludedProperties, ID and
// Schema are in the embedded EventBase.
type AutomationTransformStatusPendingEventV2Event struct {
	EventBase
	// AutomationFileTransform is the transform.
	AutomationFileTransform LabAutomationTransform `json:"automationFileTransform,omitzero"`
}

// AutomationTransformStatusRunningEventV2Event is the event of a lab
// automation transform running.
//
// Its fields CreatedAt, Deprecated, EventType, ExcludedProperties, ID and
// Schema are in the embedded EventBase.
type AutomationTransformStatusRunningEventV2Event struct {
	EventBase
	// AutomationFileTransform is the transform.
	AutomationFileTransform LabAutomationTransform `json:"automationFileTransform,omitzero"`
}

// AutomationTransformStatusSucceededEventV2Event is the event of a lab
// automation transform having succeeded.
//
// Its fields CreatedAt, Deprecated, EventType, ExcludedProperties, ID and
// Schema are in the embedded EventBase.
type AutomationTransformStatusSucceededEventV2Event struct {
	EventBase
	// AutomationFileTransform is the transform.
	AutomationFileTransform LabAutomationTransform `json:"automationFileTransform,omitzero"`
}

// AutomationTransformStatusFailedEventV2Event is the event of a lab
// automation transform having failed.
//
// Its fields CreatedAt, Deprecated, EventType, ExcludedProperties, ID and
// Schema are in the embedded EventBase.
type AutomationTransformStatusFailedEventV2Event struct {
	EventBase
	// AutomationFileTransform is the transform, with its errors.
	AutomationFileTransform LabAutomationTransform `json:"automationFileTransform,omitzero"`
}

func (*AssayRunCreatedEvent) event()                           {}
func (*AssayRunUpdatedFieldsEvent) event()                     {}
func (*AutomationInputGeneratorCompletedV2Event) event()       {}
func (*AutomationInputGeneratorCompletedV2BetaEvent) event()   {}
func (*AutomationOutputProcessorCompletedV2Event) event()      {}
func (*AutomationOutputProcessorCompletedV2BetaEvent) event()  {}
func (*AutomationOutputProcessorUploadedV2Event) event()       {}
func (*AutomationOutputProcessorUploadedV2BetaEvent) event()   {}
func (*AutomationTransformStatusPendingEventV2Event) event()   {}
func (*AutomationTransformStatusRunningEventV2Event) event()   {}
func (*AutomationTransformStatusSucceededEventV2Event) event() {}
func (*AutomationTransformStatusFailedEventV2Event) event()    {}

// newLabEvent returns the struct of an assay run or lab automation event
// type; nil for another type.
func newLabEvent(t EventType) Event {
	switch t {
	case EventTypeV2AssayRunCreated:
		return &AssayRunCreatedEvent{}
	case EventTypeV2AssayRunUpdatedFields:
		return &AssayRunUpdatedFieldsEvent{}
	case EventTypeV2AutomationInputGeneratorCompleted:
		return &AutomationInputGeneratorCompletedV2Event{}
	case EventTypeV2BetaAutomationInputGeneratorCompleted:
		return &AutomationInputGeneratorCompletedV2BetaEvent{}
	case EventTypeV2AutomationOutputProcessorCompleted:
		return &AutomationOutputProcessorCompletedV2Event{}
	case EventTypeV2BetaAutomationOutputProcessorCompleted:
		return &AutomationOutputProcessorCompletedV2BetaEvent{}
	case EventTypeV2AutomationOutputProcessorUploaded:
		return &AutomationOutputProcessorUploadedV2Event{}
	case EventTypeV2BetaAutomationOutputProcessorUploaded:
		return &AutomationOutputProcessorUploadedV2BetaEvent{}
	case EventTypeV2AutomationFileTransformUpdatedStatusPending:
		return &AutomationTransformStatusPendingEventV2Event{}
	case EventTypeV2AutomationFileTransformUpdatedStatusRunning:
		return &AutomationTransformStatusRunningEventV2Event{}
	case EventTypeV2AutomationFileTransformUpdatedStatusSucceeded:
		return &AutomationTransformStatusSucceededEventV2Event{}
	case EventTypeV2AutomationFileTransformUpdatedStatusFailed:
		return &AutomationTransformStatusFailedEventV2Event{}
	}
	return nil
}
