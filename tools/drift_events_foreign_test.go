package tools

import "github.com/benchling-go/benchling"

// The event kinds whose resources other tags own: assay runs, lab
// automation, legacy requests and workflows.
var _ = register(driftTable{
	Tag: "Events",
	Models: []model{
		{Go: benchling.AssayRunCreatedEvent{}, Schema: "AssayRunCreatedEvent"},
		{Go: benchling.AssayRunUpdatedFieldsEvent{}, Schema: "AssayRunUpdatedFieldsEvent"},
		{Go: benchling.AutomationInputGeneratorCompletedV2BetaEvent{}, Schema: "AutomationInputGeneratorCompletedV2BetaEvent"},
		{Go: benchling.AutomationInputGeneratorCompletedV2Event{}, Schema: "AutomationInputGeneratorCompletedV2Event"},
		{Go: benchling.AutomationOutputProcessorCompletedV2BetaEvent{}, Schema: "AutomationOutputProcessorCompletedV2BetaEvent"},
		{Go: benchling.AutomationOutputProcessorCompletedV2Event{}, Schema: "AutomationOutputProcessorCompletedV2Event"},
		{Go: benchling.AutomationOutputProcessorUploadedV2BetaEvent{}, Schema: "AutomationOutputProcessorUploadedV2BetaEvent"},
		{Go: benchling.AutomationOutputProcessorUploadedV2Event{}, Schema: "AutomationOutputProcessorUploadedV2Event"},
		{Go: benchling.AutomationTransformStatusFailedEventV2Event{}, Schema: "AutomationTransformStatusFailedEventV2Event"},
		{Go: benchling.AutomationTransformStatusPendingEventV2Event{}, Schema: "AutomationTransformStatusPendingEventV2Event"},
		{Go: benchling.AutomationTransformStatusRunningEventV2Event{}, Schema: "AutomationTransformStatusRunningEventV2Event"},
		{Go: benchling.AutomationTransformStatusSucceededEventV2Event{}, Schema: "AutomationTransformStatusSucceededEventV2Event"},
		{Go: benchling.AutomationFile{}, Schema: "AutomationFile"},
		{Go: benchling.RequestCreatedEvent{}, Schema: "RequestCreatedEvent"},
		{Go: benchling.RequestUpdatedFieldsEvent{}, Schema: "RequestUpdatedFieldsEvent"},
		{Go: benchling.WorkflowOutputCreatedEvent{}, Schema: "WorkflowOutputCreatedEvent"},
		{Go: benchling.WorkflowOutputUpdatedFieldsEvent{}, Schema: "WorkflowOutputUpdatedFieldsEvent"},
		{Go: benchling.WorkflowTaskCreatedEvent{}, Schema: "WorkflowTaskCreatedEvent"},
		{Go: benchling.WorkflowTaskGroupCreatedEvent{}, Schema: "WorkflowTaskGroupCreatedEvent"},
		{Go: benchling.WorkflowTaskGroupMappingCompletedEvent{}, Schema: "WorkflowTaskGroupMappingCompletedEvent"},
		{Go: benchling.WorkflowTaskGroupUpdatedWatchersEvent{}, Schema: "WorkflowTaskGroupUpdatedWatchersEvent"},
		{Go: benchling.WorkflowTaskUpdatedAssigneeEvent{}, Schema: "WorkflowTaskUpdatedAssigneeEvent"},
		{Go: benchling.WorkflowTaskUpdatedFieldsEvent{}, Schema: "WorkflowTaskUpdatedFieldsEvent"},
		{Go: benchling.WorkflowTaskUpdatedScheduledOnEvent{}, Schema: "WorkflowTaskUpdatedScheduledOnEvent"},
		{Go: benchling.WorkflowTaskUpdatedStatusEvent{}, Schema: "WorkflowTaskUpdatedStatusEvent"},
	},
	Elsewhere: eventsElsewhere,
})

// eventsElsewhere lists the resources of event kinds that other tags own
// and check.
var eventsElsewhere = map[string]string{
	"Entry":                  "the Entries tag's table checks it",
	"EntrySchema":            "the Entries tag's table checks it",
	"Request":                "the Legacy Requests tag's table checks it",
	"AssayRun":               "the Assay Runs tag's table checks it",
	"LabAutomationTransform": "the Lab Automation tag's table checks it",
	"WorkflowTask":           "the Workflow Tasks tag's table checks it",
	"WorkflowTaskGroup":      "the Workflow Task Groups tag's table checks it",
	"WorkflowOutput":         "the Workflow Outputs tag's table checks it",
}
