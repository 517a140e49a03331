package benchling

import (
	"context"
	"errors"
	"iter"
	"net/http"
	"time"
)

// EntriesService manages notebook entries and entry templates.
//
// Benchling API tag: Entries.
type EntriesService service

// Entry is a notebook entry. Its content is organised in days (or
// sections), each a list of notes; see EntryNotePart. Formatting is not
// exposed, table cells are text, and results-table data is not included.
// Lists and gets with the returning parameter fill only the fields asked
// for.
type Entry struct {
	// APIURL is the entry's canonical URL in the API.
	APIURL string `json:"apiURL,omitempty"`
	// ArchiveRecord says why the entry was archived; nil when it is not.
	ArchiveRecord *ArchiveRecord `json:"archiveRecord,omitempty"`
	// AssignedReviewers are the users assigned to review the entry.
	AssignedReviewers []UserSummary `json:"assignedReviewers,omitempty"`
	// Authors are the entry's authors (by default its creator).
	Authors []UserSummary `json:"authors,omitempty"`
	// CreatedAt is when the entry was created.
	CreatedAt time.Time `json:"createdAt,omitzero"`
	// Creator is the user who created the entry.
	Creator UserSummary `json:"creator,omitzero"`
	// CustomFields are the entry's custom fields.
	CustomFields CustomFields `json:"customFields,omitempty"`
	// Days are the entry's days (or sections), in order.
	Days []EntryDay `json:"days,omitempty"`
	// DisplayID is the entry's human-readable ID, for example VPR001.
	DisplayID string `json:"displayId,omitempty"`
	// EntryTemplateID is the template the entry was created from; nil if
	// none.
	EntryTemplateID *string `json:"entryTemplateId,omitempty"`
	// Fields are the entry's schema fields.
	Fields Fields `json:"fields,omitempty"`
	// FolderID is the folder that contains the entry.
	FolderID string `json:"folderId,omitempty"`
	// ID is the entry's ID (etr_...).
	ID string `json:"id,omitempty"`
	// ModifiedAt is when the entry was last modified. The spec types it as
	// a plain string, but describes it as a DateTime, its example is RFC
	// 3339 and Benchling sends RFC 3339, like every other ModifiedAt.
	ModifiedAt time.Time `json:"modifiedAt,omitzero"`
	// Name is the entry's title.
	Name string `json:"name,omitempty"`
	// ReviewRecord is the entry's review state; nil if it has none.
	ReviewRecord *EntryReviewRecord `json:"reviewRecord,omitempty"`
	// Schema is the entry's schema; nil if it has none.
	Schema *EntrySchema `json:"schema,omitempty"`
	// WebURL is the entry's URL in the Benchling web app.
	WebURL string `json:"webURL,omitempty"`
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

// EntryListOptions filter and page List and All.
type EntryListOptions struct {
	ListOptions
	// Sort orders the results.
	Sort Sort `url:"sort,omitempty"`
	// ModifiedAt filters by modification time with an expression such as
	// "> 2022-03-01" or "> 2022-03-01 AND < 2022-04-01".
	ModifiedAt string `url:"modifiedAt,omitempty"`
	// Name lists entries with exactly this name.
	Name string `url:"name,omitempty"`
	// ProjectID lists entries in this project.
	ProjectID string `url:"projectId,omitempty"`
	// ArchiveReason lists entries archived for this reason, or one of
	// ArchiveFilterNotArchived (the default), ArchiveFilterAnyArchived and
	// ArchiveFilterAll.
	ArchiveReason string `url:"archiveReason,omitempty"`
	// ReviewStatus lists entries with this review status (IN_PROGRESS,
	// ACCEPTED, REJECTED, NEEDS_REVIEW or RETRACTED).
	ReviewStatus EntryReviewStatus `url:"reviewStatus,omitempty"`
	// MentionedIn lists items mentioned in these entries.
	MentionedIn []string `url:"mentionedIn,comma,omitempty"`
	// Mentions lists entries that mention these items.
	Mentions []string `url:"mentions,comma,omitempty"`
	// IDs lists these entries; an invalid ID fails the request.
	IDs []string `url:"ids,comma,omitempty"`
	// SchemaID lists entries of this schema.
	SchemaID string `url:"schemaId,omitempty"`
	// NamesAnyOf lists entries with any of these names, case-insensitive
	// (at most 100).
	NamesAnyOf []string `url:"names.anyOf,comma,omitempty"`
	// NamesAnyOfCaseSensitive lists entries with any of these names,
	// case-sensitive (at most 100).
	NamesAnyOfCaseSensitive []string `url:"names.anyOf.caseSensitive,comma,omitempty"`
	// AssignedReviewerIDsAnyOf lists entries assigned to any of these
	// reviewers.
	AssignedReviewerIDsAnyOf []string `url:"assignedReviewerIds.anyOf,comma,omitempty"`
	// CreatorIDs lists entries created by these users.
	CreatorIDs []string `url:"creatorIds,comma,omitempty"`
	// AuthorIDsAnyOf lists entries authored by any of these users or apps
	// (at most 100).
	AuthorIDsAnyOf []string `url:"authorIds.anyOf,comma,omitempty"`
	// DisplayIDs lists entries with these display IDs (VPR001, ...).
	DisplayIDs []string `url:"displayIds,comma,omitempty"`
	// Returning limits the fields returned, e.g. "entries.id",
	// "entries.name". Notes cannot be pruned: "entries.days.notes" returns
	// whole notes.
	Returning []string `url:"returning,comma,omitempty"`
}

// EntryBulkGetOptions are the options of BulkGet.
type EntryBulkGetOptions struct {
	// DisplayIDs are display IDs (VPR001, ...) of further entries to get.
	DisplayIDs []string `url:"displayIds,comma,omitempty"`
	// Returning limits the fields returned, e.g. "entries.id".
	Returning []string `url:"returning,comma,omitempty"`
}

// entryBulkGetQuery is the query of BulkGet.
type entryBulkGetQuery struct {
	EntryIDs []string `url:"entryIds,comma,omitempty"`
	EntryBulkGetOptions
}

// entryEnvelope is the body of GET /entries/{entry_id}.
type entryEnvelope struct {
	Entry *Entry `json:"entry"`
}

// externalFileEnvelope is the body of the external file metadata call.
type externalFileEnvelope struct {
	ExternalFile *EntryExternalFile `json:"externalFile"`
}

// List returns one page of entries. The next page's token is in
// Response.NextToken.
//
// Benchling API: GET /entries
func (s *EntriesService) List(ctx context.Context, opts *EntryListOptions) ([]*Entry, *Response, error) {
	return list[Entry](ctx, s.c(), http.MethodGet, pathf("entries"), "entries", opts, nil)
}

// All iterates over every entry matching opts, fetching pages as the loop
// goes. It is lazy: nothing is requested before the loop starts; breaking
// out of the loop stops fetching; an error (a cancelled ctx's included) is
// yielded once and ends the loop; no goroutines are started; opts is not
// modified, and ranging again starts over.
//
// Benchling API: GET /entries
func (s *EntriesService) All(ctx context.Context, opts *EntryListOptions) iter.Seq2[*Entry, error] {
	return all(ctx, opts, s.List)
}

// Pages iterates over the pages of the entries matching opts, for a job that must
// resume where it stopped: once a page's items are processed, save
// Page.NextToken; to resume, pass the saved token as opts.NextToken and
// the next page is the first one fetched. Pages are fetched as the loop
// needs them, with the guarantees of All (lazy, stopping on break, an error
// yielded once, opts not modified, a repeated token ending the loop with
// ErrRepeatedToken).
//
// Benchling API: GET /entries
func (s *EntriesService) Pages(ctx context.Context, opts *EntryListOptions) iter.Seq2[*Page[Entry], error] {
	return pages(ctx, opts, s.List)
}

// Get returns the entry with the given ID. Benchling wraps it as
// {"entry": ...}; Get unwraps it. A missing entry is an error matching
// ErrNotFound.
//
// Benchling API: GET /entries/{entry_id}
func (s *EntriesService) Get(ctx context.Context, id string) (*Entry, *Response, error) {
	r := pathf("entries/%s", id)
	env, resp, err := call[entryEnvelope](ctx, s.c(), http.MethodGet, r, nil, nil)
	if err != nil {
		return nil, resp, err
	}
	return entriesUnwrap(env.Entry, resp, "entry", http.MethodGet, r)
}

// Create creates a notebook entry, optionally from a template.
//
// Benchling API: POST /entries
func (s *EntriesService) Create(ctx context.Context, body *EntryCreate) (*Entry, *Response, error) {
	return call[Entry](ctx, s.c(), http.MethodPost, pathf("entries"), nil, body)
}

// Update changes an entry's metadata (name, folder, schema, fields,
// authors); its notes cannot be edited through the API.
//
// Benchling API: PATCH /entries/{entry_id}
func (s *EntriesService) Update(ctx context.Context, id string, body *EntryUpdate) (*Entry, *Response, error) {
	return call[Entry](ctx, s.c(), http.MethodPatch, pathf("entries/%s", id), nil, body)
}

// GetExternalFile returns the metadata of a file attached to an
// entry, including a short-lived download URL. Benchling wraps it as
// {"externalFile": ...}; GetExternalFile unwraps it.
//
// Benchling API: GET /entries/{entry_id}/external-files/{external_file_id}
func (s *EntriesService) GetExternalFile(ctx context.Context, entryID, externalFileID string) (*EntryExternalFile, *Response, error) {
	r := pathf("entries/%s/external-files/%s", entryID, externalFileID)
	env, resp, err := call[externalFileEnvelope](ctx, s.c(), http.MethodGet, r, nil, nil)
	if err != nil {
		return nil, resp, err
	}
	return entriesUnwrap(env.ExternalFile, resp, "externalFile", http.MethodGet, r)
}

// Archive archives the entries body.EntryIDs for body.Reason (entries
// accept EntityArchiveReasonMadeInError, EntityArchiveReasonRetired and
// EntityArchiveReasonOther). No IDs is an error matching ErrInvalidID, and
// nothing is sent.
//
// Benchling API: POST /entries:archive
func (s *EntriesService) Archive(ctx context.Context, body *EntriesArchive) (*EntriesArchivalChange, *Response, error) {
	r := pathf("entries:archive").needBodyIDs(body, "entryIds")
	return call[EntriesArchivalChange](ctx, s.c(), http.MethodPost, r, nil, body)
}

// Unarchive unarchives entries. No IDs is an error matching ErrInvalidID,
// and nothing is sent.
//
// Benchling API: POST /entries:unarchive
func (s *EntriesService) Unarchive(ctx context.Context, ids []string) (*EntriesArchivalChange, *Response, error) {
	r := pathf("entries:unarchive").needIDs("entryIds", ids)
	return call[EntriesArchivalChange](ctx, s.c(), http.MethodPost, r, nil, &entriesUnarchive{EntryIDs: ids})
}

// BulkGet returns the entries with the given IDs and those with the
// display IDs in opts (nil allowed). No IDs and no display IDs is an error
// matching ErrInvalidID, and nothing is sent.
//
// Benchling API: GET /entries:bulk-get
func (s *EntriesService) BulkGet(ctx context.Context, ids []string, opts *EntryBulkGetOptions) ([]*Entry, *Response, error) {
	q := entryBulkGetQuery{EntryIDs: ids}
	if opts != nil {
		q.EntryBulkGetOptions = *opts
	}
	r := pathf("entries:bulk-get")
	if len(q.DisplayIDs) == 0 {
		r = r.needIDs("entryIds or displayIds", ids)
	}
	return list[Entry](ctx, s.c(), http.MethodGet, r, "entries", q, nil)
}

// entriesUnwrap returns the object of a wrapped response, or a
// *DecodeError when the wrapper is empty.
func entriesUnwrap[T any](v *T, resp *Response, key, method string, r route) (*T, *Response, error) {
	if v == nil {
		return nil, resp, &DecodeError{StatusCode: resp.StatusCode, Method: method, Path: "/" + r.path,
			Err: errors.New("the response has no \"" + key + "\" object")}
	}
	return v, resp, nil
}
