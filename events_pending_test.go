package benchling

// foreignEventKinds are the event types whose resources belong to other
// tags, by their spec branch, once their types have landed.
func foreignEventKinds() map[string]Event {
	return map[string]Event{
		"AssayRunCreatedEvent":                           &AssayRunCreatedEvent{},
		"AssayRunUpdatedFieldsEvent":                     &AssayRunUpdatedFieldsEvent{},
		"AutomationInputGeneratorCompletedV2BetaEvent":   &AutomationInputGeneratorCompletedV2BetaEvent{},
		"AutomationInputGeneratorCompletedV2Event":       &AutomationInputGeneratorCompletedV2Event{},
		"AutomationOutputProcessorCompletedV2BetaEvent":  &AutomationOutputProcessorCompletedV2BetaEvent{},
		"AutomationOutputProcessorCompletedV2Event":      &AutomationOutputProcessorCompletedV2Event{},
		"AutomationOutputProcessorUploadedV2BetaEvent":   &AutomationOutputProcessorUploadedV2BetaEvent{},
		"AutomationOutputProcessorUploadedV2Event":       &AutomationOutputProcessorUploadedV2Event{},
		"AutomationTransformStatusFailedEventV2Event":    &AutomationTransformStatusFailedEventV2Event{},
		"AutomationTransformStatusPendingEventV2Event":   &AutomationTransformStatusPendingEventV2Event{},
		"AutomationTransformStatusRunningEventV2Event":   &AutomationTransformStatusRunningEventV2Event{},
		"AutomationTransformStatusSucceededEventV2Event": &AutomationTransformStatusSucceededEventV2Event{},
	}
}
