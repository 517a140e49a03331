package benchling

// This file holds the spec's AutomationFile, which the Lab Automation tag
// owns but flattens into AutomationInputGenerator and
// AutomationOutputProcessor; the lab automation events carry it as such.
// Its owner may move it (see the report of issue 16).

// AutomationFile is a lab automation input generator or output processor
// as its events carry it: the file, its configuration and its state.
// LabAutomation's Get methods return the generator or processor itself.
type AutomationFile struct {
	// AssayRunID is the assay run the file belongs to.
	AssayRunID string `json:"assayRunId,omitempty"`
	// AutomationFileConfig names the file configuration of the run's
	// schema.
	AutomationFileConfig AssayRunSchemaAutomationFileConfig `json:"automationFileConfig,omitzero"`
	// File is the file; nil before there is one.
	File *Blob `json:"file,omitempty"`
	// ID is the generator's (aif_...) or processor's (aop_...) ID.
	ID string `json:"id,omitempty"`
	// Status is the state of the generation or processing.
	Status AutomationFileStatus `json:"status,omitempty"`
}
