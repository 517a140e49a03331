package benchling

import (
	"encoding/json"
	"time"
)

// BenchlingApp is a Benchling App installed on the tenant: the identity a
// backend service acts as (with the app's OAuth client credentials) and
// the owner of its canvases, sessions and configuration.
type BenchlingApp struct {
	// APIURL is the app's URL in the API.
	APIURL string `json:"apiURL,omitempty"`
	// ArchiveRecord says why the app was archived; nil when it is not.
	ArchiveRecord *ArchiveRecord `json:"archiveRecord,omitempty"`
	// CreatedAt is when the app was created.
	CreatedAt time.Time `json:"createdAt,omitzero"`
	// Creator is the user who created the app.
	Creator UserSummary `json:"creator,omitzero"`
	// Description is the app's description.
	Description string `json:"description,omitempty"`
	// ID is the app's ID (app_...).
	ID string `json:"id,omitempty"`
	// ModifiedAt is when the app was last changed.
	ModifiedAt time.Time `json:"modifiedAt,omitzero"`
	// Name is the app's name.
	Name string `json:"name,omitempty"`
	// WebURL is the app's page in the Developer Console.
	WebURL string `json:"webURL,omitempty"`
}

// BenchlingAppCreate is the body of AppsService.Create (deprecated).
type BenchlingAppCreate struct {
	// Description is the app's description, at most 8192 characters.
	Description *string `json:"description,omitempty"`
	// Name is the app's name, 3 to 255 characters.
	Name string `json:"name"`
}

// BenchlingAppUpdate is the body of AppsService.Update (deprecated): the
// properties to change.
type BenchlingAppUpdate struct {
	// Description replaces the app's description (at most 8192
	// characters).
	Description *string `json:"description,omitempty"`
	// Name renames the app (3 to 255 characters).
	Name *string `json:"name,omitempty"`
}

// BenchlingAppsArchive is the body of AppsService.Archive (deprecated).
type BenchlingAppsArchive struct {
	// AppIDs are the apps to archive.
	AppIDs []string `json:"appIds"`
	// Reason is why they are archived.
	Reason BenchlingAppsArchiveReason `json:"reason"`
}

// BenchlingAppsArchiveReason is the reason for archiving apps. Tenants may
// configure others; any string is accepted.
type BenchlingAppsArchiveReason string

// Archive reasons the spec declares for apps.
const (
	BenchlingAppsArchiveReasonMadeInError BenchlingAppsArchiveReason = "Made in error"
	BenchlingAppsArchiveReasonRetired     BenchlingAppsArchiveReason = "Retired"
	BenchlingAppsArchiveReasonOther       BenchlingAppsArchiveReason = "Other"
)

// benchlingAppsUnarchive is the body of AppsService.Unarchive (the spec's
// BenchlingAppsUnarchive), which takes its one list.
type benchlingAppsUnarchive struct {
	AppIDs []string `json:"appIds"`
}

// BenchlingAppsArchivalChange lists the apps an archive or unarchive
// changed.
type BenchlingAppsArchivalChange struct {
	// AppIDs are the apps archived or unarchived.
	AppIDs []string `json:"appIds,omitempty"`
}

// BenchlingAppListOptions are the optional parameters of
// AppsService.List.
type BenchlingAppListOptions struct {
	ListOptions

	// Sort is the order; the default is modifiedAt (the spec gives no direction).
	Sort Sort `url:"sort,omitempty"`
	// IDs restricts the list to these app IDs; an unknown ID is a 400.
	IDs []string `url:"ids,comma,omitempty"`
	// ModifiedAt filters by modification time, e.g. "> 2022-03-01" or
	// "> 2022-03-01 AND < 2022-04-01".
	ModifiedAt string `url:"modifiedAt,omitempty"`
	// Name restricts the list to apps with exactly this name.
	Name string `url:"name,omitempty"`
	// NameIncludes restricts the list to apps whose name contains this.
	NameIncludes string `url:"nameIncludes,omitempty"`
	// NamesAnyOf restricts the list to apps with any of these names,
	// case-insensitively (at most 100).
	NamesAnyOf []string `url:"names.anyOf,comma,omitempty"`
	// NamesAnyOfCaseSensitive restricts the list to apps with any of these
	// names, case-sensitively (at most 100).
	NamesAnyOfCaseSensitive []string `url:"names.anyOf.caseSensitive,comma,omitempty"`
	// CreatorIDs restricts the list to apps created by these users.
	CreatorIDs []string `url:"creatorIds,comma,omitempty"`
	// MemberOf restricts the list to apps that are members of all these
	// organizations and teams.
	MemberOf []string `url:"memberOf,comma,omitempty"`
	// AdminOf restricts the list to apps that are admins of all these
	// organizations and teams.
	AdminOf []string `url:"adminOf,comma,omitempty"`
}

// AppSummary names the Benchling App a canvas, session or configuration
// item belongs to.
type AppSummary struct {
	// ID is the app's ID (app_...).
	ID string `json:"id,omitempty"`
}

// AppSession is a session of a Benchling App: a unit of work the app
// reports to users, with a status and user-facing messages that Benchling
// shows in the app's canvases and activity. Sessions cannot be archived.
type AppSession struct {
	// App is the app the session belongs to.
	App AppSummary `json:"app,omitzero"`
	// CreatedAt is when the session was opened.
	CreatedAt time.Time `json:"createdAt,omitzero"`
	// ID is the session's ID (sesn_...).
	ID string `json:"id,omitempty"`
	// Messages are the session's messages, oldest first; nil when it has
	// none.
	Messages []AppSessionMessage `json:"messages,omitempty"`
	// ModifiedAt is when the session last changed.
	ModifiedAt time.Time `json:"modifiedAt,omitzero"`
	// Name describes the app's work to users, 3 to 100 characters; it
	// cannot change once set.
	Name string `json:"name,omitempty"`
	// Status is the session's status: RUNNING until the app closes it
	// (SUCCEEDED, FAILED, COMPLETED_WITH_WARNINGS) or its timeout passes
	// (TIMEOUT).
	Status AppSessionStatus `json:"status,omitempty"`
	// TimeoutSeconds is how long after its creation the session times out,
	// 1 second to 30 days; it can only be increased.
	TimeoutSeconds int `json:"timeoutSeconds,omitempty"`
}

// AppSessionCreate is the body of AppsService.CreateSession.
type AppSessionCreate struct {
	// AppID is the app opening the session (app_...).
	AppID string `json:"appId"`
	// Messages are the session's first messages.
	Messages []AppSessionMessageCreate `json:"messages,omitzero"`
	// Name describes the app's work to users, 3 to 100 characters; it
	// cannot change later.
	Name string `json:"name"`
	// TimeoutSeconds is how long the session may run, 1 to
	// MaxAppSessionTimeoutSeconds (30 days); it can later be increased,
	// never decreased.
	TimeoutSeconds int `json:"timeoutSeconds"`
}

// AppSessionUpdate is the body of AppsService.UpdateSession: messages to
// append, a final status, or a longer timeout.
type AppSessionUpdate struct {
	// Messages are messages to add to the session, at most
	// MaxAppSessionMessagesPerUpdate per update.
	Messages []AppSessionMessageCreate `json:"messages,omitzero"`
	// Status closes the session with this status.
	Status AppSessionUpdateStatus `json:"status,omitempty"`
	// TimeoutSeconds increases the session's timeout (it cannot decrease),
	// up to MaxAppSessionTimeoutSeconds.
	TimeoutSeconds *int `json:"timeoutSeconds,omitempty"`
}

// AppSessionMessage is one message of a session, as Benchling returns it:
// the spec's AppSessionMessage, which has AppSessionMessageCreate's shape.
type AppSessionMessage = AppSessionMessageCreate

// AppSessionMessageCreate is a user-facing message of a session: plain
// text, 3 to 200 characters, in which up to 10 references to Benchling
// items ("{id:ent_a0SApq3z}", see AppSessionRef) are shown as chips.
type AppSessionMessageCreate struct {
	// Content is the message's text.
	Content string `json:"content"`
	// Style is how the message is shown (NONE by default).
	Style AppSessionMessageStyle `json:"style,omitempty"`
}

// AppSessionMessageStyle is how a session message is shown.
type AppSessionMessageStyle string

// Message styles the spec declares.
const (
	AppSessionMessageStyleError   AppSessionMessageStyle = "ERROR"
	AppSessionMessageStyleInfo    AppSessionMessageStyle = "INFO"
	AppSessionMessageStyleNone    AppSessionMessageStyle = "NONE"
	AppSessionMessageStyleSuccess AppSessionMessageStyle = "SUCCESS"
	AppSessionMessageStyleWarning AppSessionMessageStyle = "WARNING"
)

// AppSessionStatus is the status of a session, set by the app or (for
// TIMEOUT) by Benchling.
type AppSessionStatus string

// Session statuses the spec declares.
const (
	AppSessionStatusCompletedWithWarnings AppSessionStatus = "COMPLETED_WITH_WARNINGS"
	AppSessionStatusFailed                AppSessionStatus = "FAILED"
	AppSessionStatusRunning               AppSessionStatus = "RUNNING"
	AppSessionStatusSucceeded             AppSessionStatus = "SUCCEEDED"
	AppSessionStatusTimeout               AppSessionStatus = "TIMEOUT"
)

// AppSessionUpdateStatus is a status an app may close its session with.
type AppSessionUpdateStatus string

// The statuses an update may set.
const (
	AppSessionUpdateStatusCompletedWithWarnings AppSessionUpdateStatus = "COMPLETED_WITH_WARNINGS"
	AppSessionUpdateStatusFailed                AppSessionUpdateStatus = "FAILED"
	AppSessionUpdateStatusSucceeded             AppSessionUpdateStatus = "SUCCEEDED"
)

// AppSessionGetOptions are the optional parameters of
// AppsService.GetSession.
type AppSessionGetOptions struct {
	// Returning limits the returned fields, e.g. {"id", "status"}.
	Returning []string `url:"returning,comma,omitempty"`
}

// AppCanvas is a canvas: the UI a Benchling App draws inside Benchling (in
// an entry, or beside a resource), made of blocks. Users interact with its
// inputs and buttons; Benchling tells the app with a webhook, and the app
// reads the canvas to see the values entered.
type AppCanvas struct {
	// App is the app that owns the canvas.
	App AppSummary `json:"app,omitzero"`
	// ArchiveRecord says why the canvas was archived; nil when it is not.
	ArchiveRecord *ArchiveRecord `json:"archiveRecord,omitempty"`
	// Blocks are the canvas's blocks, in order (see UIBlock).
	Blocks UIBlocks `json:"blocks,omitempty"`
	// Data is the app's own data kept with the canvas (JSON text of less
	// than 5 kB), never shown to users; nil when there is none.
	Data *string `json:"data,omitempty"`
	// Enabled is false when the whole canvas is disabled, overriding each
	// block's Enabled; true or absent (nil) leaves it to the blocks. It is
	// a pointer, unlike other optional response fields (CONTRIBUTING §2.2),
	// because absent means the opposite of false.
	Enabled *bool `json:"enabled,omitempty"`
	// FeatureID is the ID of the feature of the app's manifest that the
	// canvas belongs to.
	FeatureID string `json:"featureId,omitempty"`
	// ID is the canvas's ID (cnvs_...).
	ID string `json:"id,omitempty"`
	// ResourceID is the ID of the resource the canvas is attached to.
	ResourceID string `json:"resourceId,omitempty"`
	// SessionID is the session whose status messages the canvas shows;
	// nil for none.
	SessionID *string `json:"sessionId,omitempty"`
}

// AppCanvasCreate is the body of AppsService.CreateCanvas.
type AppCanvasCreate struct {
	// AppID is the app that owns the canvas (app_...).
	AppID string `json:"appId"`
	// Blocks are the canvas's blocks, in order.
	Blocks UIBlocks `json:"blocks"`
	// Data is the app's own data to keep with the canvas (valid JSON text
	// of less than 5 kB), never shown to users.
	Data Nullable[string] `json:"data,omitzero"`
	// Enabled, if false, disables the whole canvas.
	Enabled *bool `json:"enabled,omitempty"`
	// FeatureID is the ID of the feature of the app's manifest the canvas
	// belongs to.
	FeatureID string `json:"featureId"`
	// ResourceID is the ID of the resource to attach the canvas to.
	ResourceID string `json:"resourceId"`
	// SessionID is a session whose status messages the canvas shows.
	SessionID Nullable[string] `json:"sessionId,omitzero"`
}

// AppCanvasUpdate is the body of AppsService.UpdateCanvas: what to change.
// Blocks, when set, replace all of the canvas's blocks; build them from
// the canvas's current ones (AppCanvas.Blocks) to change only some, so
// that blocks of kinds this SDK does not know are sent back unchanged.
type AppCanvasUpdate struct {
	// Blocks replace the canvas's blocks.
	Blocks UIBlocks `json:"blocks,omitzero"`
	// Data replaces the app's own data (Null clears it).
	Data Nullable[string] `json:"data,omitzero"`
	// Enabled enables or disables the whole canvas.
	Enabled *bool `json:"enabled,omitempty"`
	// FeatureID moves the canvas to another feature of the manifest.
	FeatureID *string `json:"featureId,omitempty"`
	// ResourceID attaches the canvas to another resource.
	ResourceID *string `json:"resourceId,omitempty"`
	// SessionID sets the session whose messages the canvas shows (Null
	// detaches it).
	SessionID Nullable[string] `json:"sessionId,omitzero"`
}

// AppCanvasesArchive is the body of AppsService.ArchiveCanvases.
type AppCanvasesArchive struct {
	// CanvasIDs are the canvases to archive.
	CanvasIDs []string `json:"canvasIds"`
	// Reason is why they are archived.
	Reason AppCanvasesArchiveReason `json:"reason"`
}

// AppCanvasesArchiveReason is the reason for archiving canvases. Tenants
// may configure others; any string is accepted.
type AppCanvasesArchiveReason string

// AppCanvasesArchiveReasonOther is the archive reason the spec declares
// for canvases.
const AppCanvasesArchiveReasonOther AppCanvasesArchiveReason = "Other"

// appCanvasesUnarchive is the body of AppsService.UnarchiveCanvases (the
// spec's AppCanvasesUnarchive), which takes its one list.
type appCanvasesUnarchive struct {
	CanvasIDs []string `json:"canvasIds"`
}

// AppCanvasesArchivalChange lists the canvases an archive or unarchive
// changed.
type AppCanvasesArchivalChange struct {
	// CanvasIDs are the canvases archived or unarchived.
	CanvasIDs []string `json:"canvasIds,omitempty"`
}

// AppCanvasGetOptions are the optional parameters of
// AppsService.GetCanvas.
type AppCanvasGetOptions struct {
	// Returning limits the returned fields, e.g. {"id", "blocks"}.
	Returning []string `url:"returning,comma,omitempty"`
}

// MarshalJSON encodes the body; nil Blocks are sent as [] (a canvas
// without blocks), as the API requires the list.
func (c AppCanvasCreate) MarshalJSON() ([]byte, error) {
	type plain AppCanvasCreate
	if c.Blocks == nil {
		c.Blocks = UIBlocks{}
	}
	return json.Marshal(plain(c))
}
