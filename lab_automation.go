package benchling

// LabAutomationService manages lab automation.
//
// Benchling API tag: Lab Automation.
type LabAutomationService service
