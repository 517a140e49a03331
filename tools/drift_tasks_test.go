package tools

import "github.com/benchling-go/benchling"

// The Tasks tag (getTask): its models and exemptions (see drift_test.go
// for what is checked).
var _ = register(driftTable{
	Tag: "Tasks",
	Models: []model{
		{Go: benchling.Task{}, Schema: "AsyncTask", Like: "benchling.Task is every operation's task; AsyncTaskLink[R] types its response"},
	},
	// getTask returns the task of any operation: each task schema narrows
	// AsyncTask's response to the operation's result, which the
	// operation's own table checks (a Path model under "response").
	Elsewhere: map[string]string{
		"CreateTemplateAlignmentAsyncTask":            "a task of another tag's operation; that tag's table checks its response",
		"CreateConsensusAlignmentAsyncTask":           "a task of another tag's operation; that tag's table checks its response",
		"CreateNucleotideTemplateAlignmentAsyncTask":  "a task of another tag's operation; that tag's table checks its response",
		"CreateNucleotideConsensusAlignmentAsyncTask": "a task of another tag's operation; that tag's table checks its response",
		"BulkCreateDnaSequencesAsyncTask":             "a task of the DNA Sequences tag, whose table checks its response",
		"BulkUpdateDnaSequencesAsyncTask":             "a task of the DNA Sequences tag, whose table checks its response",
		"BulkCreateRnaSequencesAsyncTask":             "a task of another tag's operation; that tag's table checks its response",
		"BulkUpdateRnaSequencesAsyncTask":             "a task of another tag's operation; that tag's table checks its response",
		"AutofillPartsAsyncTask":                      "a task of the DNA Sequences tag, whose table checks its response",
		"AutofillTranscriptionsAsyncTask":             "a task of the DNA Sequences tag, whose table checks its response",
		"AutofillTranslationsAsyncTask":               "a task of the DNA Sequences tag, whose table checks its response",
		"BulkRegisterEntitiesAsyncTask":               "a task of another tag's operation; that tag's table checks its response",
		"BulkCreateDnaOligosAsyncTask":                "a task of another tag's operation; that tag's table checks its response",
		"BulkUpdateDnaOligosAsyncTask":                "a task of another tag's operation; that tag's table checks its response",
		"BulkCreateRnaOligosAsyncTask":                "a task of another tag's operation; that tag's table checks its response",
		"BulkCreateAaSequencesAsyncTask":              "a task of the AA Sequences tag, whose table checks its response",
		"BulkCreateCustomEntitiesAsyncTask":           "a task of another tag's operation; that tag's table checks its response",
		"BulkUpdateCustomEntitiesAsyncTask":           "a task of another tag's operation; that tag's table checks its response",
		"BulkCreateContainersAsyncTask":               "a task of another tag's operation; that tag's table checks its response",
		"BulkUpdateContainersAsyncTask":               "a task of another tag's operation; that tag's table checks its response",
		"BulkUpdateAaSequencesAsyncTask":              "a task of the AA Sequences tag, whose table checks its response",
		"BulkUpdateRnaOligosAsyncTask":                "a task of another tag's operation; that tag's table checks its response",
		"TransfersAsyncTask":                          "a task of another tag's operation; that tag's table checks its response",
		"AOPProcessOutputAsyncTask":                   "a task of another tag's operation; that tag's table checks its response",
		"AIGGenerateInputAsyncTask":                   "a task of another tag's operation; that tag's table checks its response",
		"ExportsAsyncTask":                            "a task of another tag's operation; that tag's table checks its response",
		"ExportAuditLogAsyncTask":                     "a task of another tag's operation; that tag's table checks its response",
		"BulkCreateFeaturesAsyncTask":                 "a task of another tag's operation; that tag's table checks its response",
		"FindMatchingRegionsAsyncTask":                "a task of the AA Sequences tag, whose table checks its response",
		"FindMatchingRegionsDnaAsyncTask":             "a task of the DNA Sequences tag, whose table checks its response",
	},
})
