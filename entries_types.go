package benchling

import "time"

// Entry is a notebook entry. Its content is organised in days (or
// sections), each a list of notes; see EntryNotePart. Formatting is not
// exposed, table cells are text, and results-table data is not included.
// Lists and gets with the returning parameter fill only the fields asked
// for.
//
// Its fields APIURL, Authors, CreatedAt, Creator, CustomFields, DisplayID,
// Fields, FolderID, ID, ModifiedAt, Name, Schema and WebURL are in the
// embedded EntryBase.
type Entry struct {
	EntryBase

	// ArchiveRecord says why the entry was archived; nil when it is not.
	ArchiveRecord *ArchiveRecord `json:"archiveRecord,omitempty"`
	// AssignedReviewers are the users assigned to review the entry.
	AssignedReviewers []UserSummary `json:"assignedReviewers,omitempty"`
	// Days are the entry's days (or sections), in order.
	Days []EntryDay `json:"days,omitempty"`
	// EntryTemplateID is the template the entry was created from; nil if
	// none.
	EntryTemplateID *string `json:"entryTemplateId,omitempty"`
	// ReviewRecord is the entry's review state; nil if it has none.
	ReviewRecord *EntryReviewRecord `json:"reviewRecord,omitempty"`
}

// EntryDay is a day (or, with sections enabled, a section) of an entry.
type EntryDay struct {
	// Date is the day's date as Benchling sends it (a plain string).
	Date string `json:"date,omitempty"`
	// Notes are the day's notes, in order.
	Notes EntryNoteParts `json:"notes,omitzero"`
	// Title is the section's title; nil when it has none.
	Title *string `json:"title,omitempty"`
}

// EntrySchema names the schema of an entry or entry template.
type EntrySchema struct {
	// ID is the entry schema's ID.
	ID string `json:"id,omitempty"`
	// ModifiedAt is when the schema was last modified.
	ModifiedAt time.Time `json:"modifiedAt,omitzero"`
	// Name is the schema's name.
	Name string `json:"name,omitempty"`
}

// EntryReviewRecord is the review state of an entry (the spec's inline
// Entry.reviewRecord object). The API only reads review state.
type EntryReviewRecord struct {
	// Comment is the reviewer's comment.
	Comment string `json:"comment,omitempty"`
	// ReviewChanges are the review actions taken on the entry.
	ReviewChanges []ReviewChange `json:"reviewChanges,omitempty"`
	// ReviewProcesses are the entry's review processes; may be nil.
	ReviewProcesses []EntryReviewProcess `json:"reviewProcesses,omitempty"`
	// Status is the entry's review status.
	Status EntryReviewStatus `json:"status,omitempty"`
}

// EntryReviewStatus is the review status of an entry.
type EntryReviewStatus string

// Review statuses the spec declares. The list filter
// EntryListOptions.ReviewStatus accepts only IN_PROGRESS, ACCEPTED,
// REJECTED, NEEDS_REVIEW and RETRACTED.
const (
	EntryReviewStatusAccepted                     EntryReviewStatus = "ACCEPTED"
	EntryReviewStatusNeedsReview                  EntryReviewStatus = "NEEDS_REVIEW"
	EntryReviewStatusRejected                     EntryReviewStatus = "REJECTED"
	EntryReviewStatusRetracted                    EntryReviewStatus = "RETRACTED"
	EntryReviewStatusAcceptanceSnapshotInProgress EntryReviewStatus = "ACCEPTANCE_SNAPSHOT_IN_PROGRESS"
	EntryReviewStatusReviewSnapshotInProgress     EntryReviewStatus = "REVIEW_SNAPSHOT_IN_PROGRESS"
	EntryReviewStatusInProgress                   EntryReviewStatus = "IN_PROGRESS"
	EntryReviewStatusActionRequired               EntryReviewStatus = "ACTION_REQUIRED"
)

// ReviewChange is one review action taken on an entry.
type ReviewChange struct {
	// Action is what was done.
	Action ReviewChangeAction `json:"action,omitempty"`
	// Comment is the comment left with the action; nil if none.
	Comment *string `json:"comment,omitempty"`
	// CreatedAt is when the action was taken.
	CreatedAt time.Time `json:"createdAt,omitzero"`
	// Esigned reports whether the action was confirmed by e-signature.
	Esigned bool `json:"esigned,omitempty"`
	// ID is the review change's ID.
	ID string `json:"id,omitempty"`
	// ReviewSnapshot is the snapshot the action produced; nil if none.
	ReviewSnapshot *ReviewSnapshot `json:"reviewSnapshot,omitempty"`
}

// ReviewChangeAction is the action of a ReviewChange.
type ReviewChangeAction string

// Review actions the spec declares.
const (
	ReviewChangeActionSendForReview ReviewChangeAction = "SEND_FOR_REVIEW"
	ReviewChangeActionAccept        ReviewChangeAction = "ACCEPT"
	ReviewChangeActionReject        ReviewChangeAction = "REJECT"
	ReviewChangeActionComment       ReviewChangeAction = "COMMENT"
	ReviewChangeActionRetract       ReviewChangeAction = "RETRACT"
)

// ReviewSnapshot is the snapshot file a review action produced.
type ReviewSnapshot struct {
	// CreatedAt is when the snapshot was created.
	CreatedAt time.Time `json:"createdAt,omitzero"`
	// DownloadURL is a short-lived URL to download the snapshot.
	DownloadURL string `json:"downloadURL,omitempty"`
	// ExpiresAt is when DownloadURL expires.
	ExpiresAt time.Time `json:"expiresAt,omitzero"`
	// Size is the snapshot's size in bytes.
	Size int64 `json:"size,omitempty"`
	// Status is the state of the snapshot's creation.
	Status ReviewSnapshotStatus `json:"status,omitempty"`
}

// ReviewSnapshotStatus is the state of a ReviewSnapshot's creation.
type ReviewSnapshotStatus string

// Snapshot states the spec declares.
const (
	ReviewSnapshotStatusPending   ReviewSnapshotStatus = "PENDING"
	ReviewSnapshotStatusRunning   ReviewSnapshotStatus = "RUNNING"
	ReviewSnapshotStatusSucceeded ReviewSnapshotStatus = "SUCCEEDED"
	ReviewSnapshotStatusFailed    ReviewSnapshotStatus = "FAILED"
)

// EntryReviewProcess is a review process of an entry.
type EntryReviewProcess struct {
	// CompletionStatus is the entry's state at the end of the process.
	CompletionStatus EntryReviewProcessCompletionStatus `json:"completionStatus,omitempty"`
	// ID is the process's ID.
	ID string `json:"id,omitempty"`
	// Name is the process's name.
	Name string `json:"name,omitempty"`
	// Stages are the process's stages.
	Stages []EntryReviewProcessStage `json:"stages,omitempty"`
	// Type is the kind of process.
	Type EntryReviewProcessType `json:"type,omitempty"`
}

// EntryReviewProcessCompletionStatus is the state of an entry at the end
// of a review process.
type EntryReviewProcessCompletionStatus string

// Completion states the spec declares.
const (
	EntryReviewProcessCompletionStatusApproved     EntryReviewProcessCompletionStatus = "APPROVED"
	EntryReviewProcessCompletionStatusCompleted    EntryReviewProcessCompletionStatus = "COMPLETED"
	EntryReviewProcessCompletionStatusAccepted     EntryReviewProcessCompletionStatus = "ACCEPTED"
	EntryReviewProcessCompletionStatusReviewed     EntryReviewProcessCompletionStatus = "REVIEWED"
	EntryReviewProcessCompletionStatusWitnessed    EntryReviewProcessCompletionStatus = "WITNESSED"
	EntryReviewProcessCompletionStatusSelfReviewed EntryReviewProcessCompletionStatus = "SELF_REVIEWED"
)

// EntryReviewProcessType is the kind of a review process.
type EntryReviewProcessType string

// Review process kinds the spec declares.
const (
	EntryReviewProcessTypeSelfReview EntryReviewProcessType = "SELF_REVIEW"
	EntryReviewProcessTypeSequential EntryReviewProcessType = "SEQUENTIAL"
	EntryReviewProcessTypeParallel   EntryReviewProcessType = "PARALLEL"
)

// EntryReviewProcessStage is a stage of a review process (the spec's
// inline EntryReviewProcess.stages item).
type EntryReviewProcessStage struct {
	// ActionLabel is what the reviewers do in this stage.
	ActionLabel EntryReviewProcessStageActionLabel `json:"actionLabel,omitempty"`
	// ID is the stage's ID.
	ID string `json:"id,omitempty"`
	// Name is the stage's name.
	Name string `json:"name,omitempty"`
	// Reviewers are the stage's reviewers.
	Reviewers []EntryReviewProcessStageReviewer `json:"reviewers,omitempty"`
}

// EntryReviewProcessStageActionLabel is what reviewers do in a stage.
type EntryReviewProcessStageActionLabel string

// Stage actions the spec declares.
const (
	EntryReviewProcessStageActionLabelApprove    EntryReviewProcessStageActionLabel = "APPROVE"
	EntryReviewProcessStageActionLabelComplete   EntryReviewProcessStageActionLabel = "COMPLETE"
	EntryReviewProcessStageActionLabelAccept     EntryReviewProcessStageActionLabel = "ACCEPT"
	EntryReviewProcessStageActionLabelReview     EntryReviewProcessStageActionLabel = "REVIEW"
	EntryReviewProcessStageActionLabelWitness    EntryReviewProcessStageActionLabel = "WITNESS"
	EntryReviewProcessStageActionLabelSelfReview EntryReviewProcessStageActionLabel = "SELF_REVIEW"
)

// EntryReviewProcessStageReviewer is a reviewer of a review stage (the
// spec's PartySummary plus a status).
//
// Its fields Handle, ID and Name are in the embedded UserSummary.
type EntryReviewProcessStageReviewer struct {
	UserSummary
	// Status is where the reviewer stands.
	Status EntryReviewProcessStageReviewerStatus `json:"status,omitempty"`
}

// EntryReviewProcessStageReviewerStatus is where a reviewer stands in a review stage.
type EntryReviewProcessStageReviewerStatus string

// Reviewer states the spec declares.
const (
	EntryReviewProcessStageReviewerStatusBlocked  EntryReviewProcessStageReviewerStatus = "BLOCKED"
	EntryReviewProcessStageReviewerStatusPending  EntryReviewProcessStageReviewerStatus = "PENDING"
	EntryReviewProcessStageReviewerStatusFinished EntryReviewProcessStageReviewerStatus = "FINISHED"
	EntryReviewProcessStageReviewerStatusRejected EntryReviewProcessStageReviewerStatus = "REJECTED"
)

// EntryCreate is the body of Create.
type EntryCreate struct {
	// Name is the entry's name. Required.
	Name string `json:"name"`
	// FolderID is the folder to create the entry in. Required.
	FolderID string `json:"folderId"`
	// AuthorIDs are the users to set as authors (default: the creator).
	// The spec also allows a single string, which it deprecates; this SDK
	// always sends a list.
	AuthorIDs []string `json:"authorIds,omitzero"`
	// CustomFields are custom fields to set.
	CustomFields CustomFields `json:"customFields,omitzero"`
	// EntryTemplateID is the template to create the entry from.
	EntryTemplateID *string `json:"entryTemplateId,omitempty"`
	// Fields are schema fields to set; they must match the schema.
	Fields Fields `json:"fields,omitzero"`
	// InitialTables seed the template's tables with CSV data; they need
	// EntryTemplateID.
	InitialTables []InitialTable `json:"initialTables,omitzero"`
	// SchemaID is the entry's schema.
	SchemaID *string `json:"schemaId,omitempty"`
}

// InitialTable seeds a table of the template an entry is created from.
type InitialTable struct {
	// CSVData is the ID of an uploaded CSV blob whose headers are the
	// table's column IDs (StructuredTableColumnInfo.ColumnID).
	CSVData string `json:"csvData,omitempty"`
	// TemplateTableID is the API ID of the template's table.
	TemplateTableID string `json:"templateTableID,omitempty"`
}

// EntryUpdate is the body of Update. Unset fields are left unchanged: nil
// pointers and a nil Fields are not sent (a non-nil empty Fields is).
type EntryUpdate struct {
	// AuthorIDs are the users to set as authors. The spec types this as a
	// single string (unlike EntryCreate's list), so it is sent as given.
	AuthorIDs *string `json:"authorIds,omitempty"`
	// Fields are schema fields to set.
	Fields Fields `json:"fields,omitzero"`
	// FolderID moves the entry to another folder.
	FolderID *string `json:"folderId,omitempty"`
	// Name renames the entry.
	Name *string `json:"name,omitempty"`
	// SchemaID sets the entry's schema.
	SchemaID *string `json:"schemaId,omitempty"`
}

// EntriesArchive is the body of Archive: EntryIDs and Reason are required.
type EntriesArchive struct {
	// EntryIDs are the entries to archive.
	EntryIDs []string `json:"entryIds"`
	// Reason is why: EntityArchiveReasonMadeInError,
	// EntityArchiveReasonRetired or EntityArchiveReasonOther.
	Reason EntityArchiveReason `json:"reason"`
}

// entriesUnarchive is the body of Unarchive (the spec's EntriesUnarchive),
// which takes its one list.
type entriesUnarchive struct {
	EntryIDs []string `json:"entryIds"`
}

// EntriesArchivalChange lists the entries an Archive or Unarchive changed.
type EntriesArchivalChange struct {
	// EntryIDs are the entries that changed.
	EntryIDs []string `json:"entryIds,omitempty"`
}

// EntryExternalFile is the metadata of a file attached to an entry (see
// ExternalFileNotePart).
type EntryExternalFile struct {
	// DownloadURL is a short-lived URL to download the file.
	DownloadURL string `json:"downloadURL,omitempty"`
	// ExpiresAt is when DownloadURL expires, in Unix seconds (see
	// ExpiresTime).
	ExpiresAt int64 `json:"expiresAt,omitempty"`
	// ID is the file's ID.
	ID string `json:"id,omitempty"`
	// Size is the file's size in bytes.
	Size int64 `json:"size,omitempty"`
}

// ExpiresTime returns ExpiresAt as a time; the zero time if it is unset.
func (f *EntryExternalFile) ExpiresTime() time.Time {
	if f.ExpiresAt == 0 {
		return time.Time{}
	}
	return time.Unix(f.ExpiresAt, 0).UTC()
}

// EntryGetOptions are the options of Entries.Get.
type EntryGetOptions struct {
	// Returning limits the returned fields, for example {"id", "name",
	// "modifiedAt"}; the rest stay zero. Notes come whole:
	// "days.notes.text" returns what "days.notes" does.
	Returning []string `url:"returning,comma,omitempty"`
}

// EntryUpdateOptions are the options of Entries.Update.
type EntryUpdateOptions struct {
	// Returning limits the fields of the returned entry, for example
	// {"id", "name", "modifiedAt"}; the rest stay zero. Notes come whole:
	// "days.notes.text" returns what "days.notes" does.
	Returning []string `url:"returning,comma,omitempty"`
}

// EntryListOptions filter and page List and All.
//
// Its fields Sort, ModifiedAt, Name, ArchiveReason, MentionedIn, IDs,
// NamesAnyOf, NamesAnyOfCaseSensitive, CreatorIDs, DisplayIDs and Returning
// are in the embedded DocumentListFilters.
type EntryListOptions struct {
	ListOptions
	DocumentListFilters
	// ProjectID lists entries in this project.
	ProjectID string `url:"projectId,omitempty"`
	// ReviewStatus lists entries with this review status (IN_PROGRESS,
	// ACCEPTED, REJECTED, NEEDS_REVIEW or RETRACTED).
	ReviewStatus EntryReviewStatus `url:"reviewStatus,omitempty"`
	// Mentions lists entries that mention these items.
	Mentions []string `url:"mentions,comma,omitempty"`
	// SchemaID lists entries of this schema.
	SchemaID string `url:"schemaId,omitempty"`
	// AssignedReviewerIDsAnyOf lists entries assigned to any of these
	// reviewers.
	AssignedReviewerIDsAnyOf []string `url:"assignedReviewerIds.anyOf,comma,omitempty"`
	// AuthorIDsAnyOf lists entries authored by any of these users or apps
	// (at most 100).
	AuthorIDsAnyOf []string `url:"authorIds.anyOf,comma,omitempty"`
}

// EntryBulkGetOptions are the options of BulkGet.
type EntryBulkGetOptions struct {
	// DisplayIDs are display IDs (VPR001, ...) of further entries to get.
	DisplayIDs []string `url:"displayIds,comma,omitempty"`
	// Returning limits the fields returned, e.g. "entries.id".
	Returning []string `url:"returning,comma,omitempty"`
}

// EntryTemplate is a template that notebook entries can be created from
// (EntryCreate.EntryTemplateID). Its days are numbered, not dated.
type EntryTemplate struct {
	// APIURL is the template's canonical URL in the API.
	APIURL string `json:"apiURL,omitempty"`
	// CreatedAt is when the template was created.
	CreatedAt time.Time `json:"createdAt,omitzero"`
	// Creator is the user who created the template.
	Creator UserSummary `json:"creator,omitzero"`
	// CustomFields are the template's custom fields.
	CustomFields CustomFields `json:"customFields,omitempty"`
	// Days are the template's days (or sections), in order.
	Days []EntryTemplateDay `json:"days,omitempty"`
	// Fields are the template's schema fields.
	Fields Fields `json:"fields,omitempty"`
	// ID is the template's ID (tmpl_...).
	ID string `json:"id,omitempty"`
	// ModifiedAt is when the template was last modified. The spec types it
	// as a plain string with no format, so it is kept as text; Benchling
	// sends RFC 3339 in practice: parse it with
	// time.Parse(time.RFC3339Nano, tmpl.ModifiedAt).
	ModifiedAt string `json:"modifiedAt,omitempty"`
	// Name is the template's title.
	Name string `json:"name,omitempty"`
	// Schema is the template's entry schema; nil if it has none.
	Schema *EntrySchema `json:"schema,omitempty"`
	// TemplateCollectionID is the collection that contains the template
	// (tmplcol_...).
	TemplateCollectionID string `json:"templateCollectionId,omitempty"`
	// WebURL is the template's URL in the Benchling web app.
	WebURL string `json:"webURL,omitempty"`
}

// EntryTemplateDay is a day (or section) of an entry template.
type EntryTemplateDay struct {
	// Day is the 1-based day number; 0 means a titled section with no day.
	Day int `json:"day"`
	// Notes are the day's notes, in order.
	Notes EntryNoteParts `json:"notes,omitzero"`
	// Title is the section's title; nil when it has none.
	Title *string `json:"title,omitempty"`
}

// EntryTemplateUpdate is the body of UpdateTemplate. Unset fields are left
// unchanged: nil pointers and a nil Fields are not sent (a non-nil empty
// Fields is).
type EntryTemplateUpdate struct {
	// Fields are schema fields to set.
	Fields Fields `json:"fields,omitzero"`
	// ModifiedAt is the template's modification time, as the spec lists it
	// among the writable properties: a plain string, like
	// EntryTemplate.ModifiedAt (Benchling uses RFC 3339; format a time.Time
	// with t.Format(time.RFC3339Nano)).
	ModifiedAt *string `json:"modifiedAt,omitempty"`
	// Name renames the template.
	Name *string `json:"name,omitempty"`
	// SchemaID sets the template's entry schema.
	SchemaID *string `json:"schemaId,omitempty"`
	// TemplateCollectionID moves the template to another collection.
	TemplateCollectionID *string `json:"templateCollectionId,omitempty"`
}

// EntryTemplateGetOptions are the options of Entries.GetTemplate.
type EntryTemplateGetOptions struct {
	// Returning limits the returned fields, for example {"id",
	// "modifiedAt"}; the rest stay zero. Notes come whole:
	// "days.notes.text" returns what "days.notes" does.
	Returning []string `url:"returning,comma,omitempty"`
}

// EntryTemplateUpdateOptions are the options of Entries.UpdateTemplate.
type EntryTemplateUpdateOptions struct {
	// Returning limits the fields of the returned template, for example
	// {"id", "name", "modifiedAt"}; the rest stay zero. Notes come whole:
	// "days.notes.text" returns what "days.notes" does.
	Returning []string `url:"returning,comma,omitempty"`
}

// EntryTemplateListOptions filter and page ListTemplates and AllTemplates.
type EntryTemplateListOptions struct {
	ListOptions
	// ModifiedAt filters by modification time with an expression such as
	// "> 2022-03-01".
	ModifiedAt string `url:"modifiedAt,omitempty"`
	// Name lists templates with exactly this name.
	Name string `url:"name,omitempty"`
	// TemplateCollectionID lists templates in this collection.
	TemplateCollectionID string `url:"templateCollectionId,omitempty"`
	// IDs lists these templates; an invalid ID fails the request.
	IDs []string `url:"ids,comma,omitempty"`
	// SchemaID lists templates of this schema.
	SchemaID string `url:"schemaId,omitempty"`
	// Returning limits the fields returned, e.g. "entryTemplates.id".
	Returning []string `url:"returning,comma,omitempty"`
}

// EntryBase is what a notebook entry has wherever the API returns one: as
// an Entry, and as the StageEntry of a legacy workflow's events (both
// embed it). Its fields read as the entry's own (e.Name, e.DisplayID).
type EntryBase struct {
	// APIURL is the entry's canonical URL in the API.
	APIURL string `json:"apiURL,omitempty"`
	// Authors are the entry's authors (by default its creator).
	Authors []UserSummary `json:"authors,omitempty"`
	// CreatedAt is when the entry was created.
	CreatedAt time.Time `json:"createdAt,omitzero"`
	// Creator is the user who created the entry.
	Creator UserSummary `json:"creator,omitzero"`
	// CustomFields are the entry's custom fields.
	CustomFields CustomFields `json:"customFields,omitempty"`
	// DisplayID is the entry's human-readable ID, for example VPR001.
	DisplayID string `json:"displayId,omitempty"`
	// Fields are the entry's schema fields.
	Fields Fields `json:"fields,omitempty"`
	// FolderID is the folder that contains the entry.
	FolderID string `json:"folderId,omitempty"`
	// ID is the entry's ID (etr_...).
	ID string `json:"id,omitempty"`
	// ModifiedAt is when the entry was last modified. The spec types it as
	// a plain string with no format, so it is kept as text; Benchling sends
	// RFC 3339 in practice: parse it with
	// time.Parse(time.RFC3339Nano, e.ModifiedAt).
	ModifiedAt string `json:"modifiedAt,omitempty"`
	// Name is the entry's title.
	Name string `json:"name,omitempty"`
	// Schema is the entry's schema; nil if it has none.
	Schema *EntrySchema `json:"schema,omitempty"`
	// WebURL is the entry's URL in the Benchling web app.
	WebURL string `json:"webURL,omitempty"`
}

// DocumentListFilters are the filters that the lists of notebook entries,
// files and datasets take alike (EntryListOptions and FileListOptions,
// also DatasetListOptions, embed it beside ListOptions and the list's own
// filters):
//
//	opts := &benchling.EntryListOptions{
//		DocumentListFilters: benchling.DocumentListFilters{DisplayIDs: []string{"VPR001"}},
//	}
//
// A field can also be set by assignment (opts.Name = "Run 12"). All
// filters are optional; list filters take at most 100 values.
type DocumentListFilters struct {
	// Sort orders the results; the default is by modification time.
	Sort Sort `url:"sort,omitempty"`
	// ModifiedAt filters by modification time with an expression such as
	// "> 2022-03-01" or "> 2022-03-01 AND < 2022-04-01".
	ModifiedAt string `url:"modifiedAt,omitempty"`
	// Name lists the items with exactly this name.
	Name string `url:"name,omitempty"`
	// ArchiveReason lists the items archived for this reason, or one of
	// ArchiveFilterNotArchived (the default), ArchiveFilterAnyArchived and
	// ArchiveFilterAll.
	ArchiveReason string `url:"archiveReason,omitempty"`
	// MentionedIn lists the items mentioned in these entries.
	MentionedIn []string `url:"mentionedIn,comma,omitempty"`
	// IDs lists these items; an invalid ID fails the request.
	IDs []string `url:"ids,comma,omitempty"`
	// NamesAnyOf lists the items with any of these names,
	// case-insensitive.
	NamesAnyOf []string `url:"names.anyOf,comma,omitempty"`
	// NamesAnyOfCaseSensitive lists the items with any of these names,
	// case-sensitive.
	NamesAnyOfCaseSensitive []string `url:"names.anyOf.caseSensitive,comma,omitempty"`
	// CreatorIDs lists the items created by these users.
	CreatorIDs []string `url:"creatorIds,comma,omitempty"`
	// DisplayIDs lists the items with these display IDs (VPR001, ...).
	DisplayIDs []string `url:"displayIds,comma,omitempty"`
	// Returning limits the returned fields, each prefixed with the list's
	// key ({"entries.id", "entries.name"}, {"files.id"}, {"datasets.id"});
	// the rest stay zero. An entry's notes cannot be pruned:
	// "entries.days.notes" returns whole notes.
	Returning []string `url:"returning,comma,omitempty"`
}
