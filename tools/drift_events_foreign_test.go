package tools

// eventsElsewhere lists the resources of event kinds that other tags own
// and check.
var eventsElsewhere = map[string]string{
	"Entry":                  "the Entries tag's table checks it",
	"EntrySchema":            "the Entries tag's table checks it",
	"Request":                "the Legacy Requests tag's table checks it",
	"AssayRun":               "the Assay Runs tag's table checks it",
	"AutomationFile":         "the Lab Automation tag's table checks it",
	"LabAutomationTransform": "the Lab Automation tag's table checks it",
	"WorkflowTask":           "the Workflow Tasks tag's table checks it",
	"WorkflowTaskGroup":      "the Workflow Task Groups tag's table checks it",
	"WorkflowOutput":         "the Workflow Outputs tag's table checks it",
}
