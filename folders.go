package benchling

import (
	"context"
	"iter"
	"net/http"
)

// FoldersService manages folders, which hold entities, entries and other
// folders within a project.
//
// Benchling API tag: Folders.
type FoldersService service

// Folder is a folder of a project.
type Folder struct {
	// ArchiveRecord says why the folder was archived; nil when it is not.
	ArchiveRecord *ArchiveRecord `json:"archiveRecord,omitempty"`
	// ID is the folder's ID (lib_...).
	ID string `json:"id,omitempty"`
	// Name is the folder's name.
	Name string `json:"name,omitempty"`
	// ParentFolderID is the folder that holds this one; nil for a folder at
	// the root of its project.
	ParentFolderID *string `json:"parentFolderId,omitempty"`
	// ProjectID is the project the folder belongs to (src_...).
	ProjectID string `json:"projectId,omitempty"`
}

// lookupKey lets ByName match a folder by name.
func (f *Folder) lookupKey() (name, id string, skip bool) { return f.Name, f.ID, false }

// FolderCreate is the body of Create.
type FolderCreate struct {
	// Name is the new folder's name.
	Name string `json:"name"`
	// ParentFolderID is the folder to create it in (lib_...); the new
	// folder belongs to that folder's project.
	ParentFolderID string `json:"parentFolderId"`
}

// FoldersArchive is the body of Archive.
type FoldersArchive struct {
	// FolderIDs are the folders to archive.
	FolderIDs []string `json:"folderIds"`
	// Reason is why: EntityArchiveReasonMadeInError, EntityArchiveReasonRetired or
	// EntityArchiveReasonOther (tenants may configure others).
	Reason EntityArchiveReason `json:"reason"`
}

// foldersUnarchive is the body of Unarchive, which takes its list.
type foldersUnarchive struct {
	FolderIDs []string `json:"folderIds"`
}

// ContentsArchivalChangeBase is what archiving or unarchiving folders and
// projects changes alike: the IDs, by kind, of the folders and of the
// items in them (entities, entries, protocols) archived or unarchived
// along. FoldersArchivalChange and ProjectsArchivalChange (which adds the
// projects) embed it, so that its fields read as theirs (change.EntryIDs)
// and code that reports either takes the base:
//
//	change := benchling.FoldersArchivalChange{ContentsArchivalChangeBase: benchling.ContentsArchivalChangeBase{FolderIDs: []string{"lib_1"}}}
//	report(&change.ContentsArchivalChangeBase)
type ContentsArchivalChangeBase struct {
	// AaSequenceIDs are the AA sequences archived or unarchived.
	AaSequenceIDs []string `json:"aaSequenceIds,omitempty"`
	// CustomEntityIDs are the custom entities archived or unarchived.
	CustomEntityIDs []string `json:"customEntityIds,omitempty"`
	// DnaSequenceIDs are the DNA sequences archived or unarchived.
	DnaSequenceIDs []string `json:"dnaSequenceIds,omitempty"`
	// EntryIDs are the entries archived or unarchived.
	EntryIDs []string `json:"entryIds,omitempty"`
	// FolderIDs are the folders archived or unarchived, subfolders
	// included.
	FolderIDs []string `json:"folderIds,omitempty"`
	// MixtureIDs are the mixtures archived or unarchived.
	MixtureIDs []string `json:"mixtureIds,omitempty"`
	// OligoIDs are the oligos archived or unarchived.
	OligoIDs []string `json:"oligoIds,omitempty"`
	// ProtocolIDs are the protocols archived or unarchived.
	ProtocolIDs []string `json:"protocolIds,omitempty"`
}

// FoldersArchivalChange lists what Archive or Unarchive changed: the
// folders and, by kind, the items in them archived or unarchived with them
// (all in the embedded ContentsArchivalChangeBase).
//
// Its fields AaSequenceIDs, CustomEntityIDs, DnaSequenceIDs, EntryIDs,
// FolderIDs, MixtureIDs, OligoIDs and ProtocolIDs are in the embedded
// ContentsArchivalChangeBase.
type FoldersArchivalChange struct {
	ContentsArchivalChangeBase
}

// FolderListOptions filter and page List and All. All filters are optional.
type FolderListOptions struct {
	ListOptions

	// Sort is the order; the default is SortName.
	Sort Sort `url:"sort,omitempty"`
	// ArchiveReason filters by archive reason: a reason, or one of
	// ArchiveFilterNotArchived (the default), ArchiveFilterAnyArchived and
	// ArchiveFilterAll.
	ArchiveReason string `url:"archiveReason,omitempty"`
	// NameIncludes restricts the list to folders whose name contains this.
	NameIncludes string `url:"nameIncludes,omitempty"`
	// ParentFolderID restricts the list to the folders in this folder;
	// FolderNoParent lists the folders at the root of their projects.
	ParentFolderID string `url:"parentFolderId,omitempty"`
	// ProjectID restricts the list to the folders of this project.
	ProjectID string `url:"projectId,omitempty"`
	// IDs restricts the list to these folders; an unknown ID is a 400 that
	// names it.
	IDs []string `url:"ids,comma,omitempty"`
	// Name restricts the list to folders with exactly this name.
	Name string `url:"name,omitempty"`
	// Section restricts the list to folders of one of the folder types
	// Benchling had before it merged them.
	//
	// Deprecated: the spec says folder types have been merged.
	Section FolderSection `url:"section,omitempty"`
}

// FolderNoParent is the ParentFolderID filter that lists the folders at the
// root of their projects.
const FolderNoParent = "NO_PARENT"

// FolderSection is a folder type from before Benchling merged them (the
// deprecated section filter of List).
type FolderSection string

// Folder sections the spec declares.
const (
	FolderSectionInventory FolderSection = "INVENTORY"
	FolderSectionNotebook  FolderSection = "NOTEBOOK"
)

// List returns one page of folders; the next page's token is in
// Response.NextToken. opts may be nil; without an ArchiveReason filter
// archived folders are left out.
//
// Benchling API: GET /folders
func (s *FoldersService) List(ctx context.Context, opts *FolderListOptions) ([]*Folder, *Response, error) {
	return list[Folder](ctx, s.c(), http.MethodGet, pathf("folders"), "folders", opts, nil)
}

// All iterates over every folder matching opts, fetching pages as the loop
// needs them. It is lazy: nothing is requested before the loop starts, and
// breaking out of the loop stops fetching. An error (including the
// context's) is yielded once and ends the loop; opts is not modified.
//
// Benchling API: GET /folders
func (s *FoldersService) All(ctx context.Context, opts *FolderListOptions) iter.Seq2[*Folder, error] {
	return all(ctx, opts, s.List)
}

// Pages iterates over the pages of the folders matching opts, for a job
// that must resume where it stopped: once a page's items are processed,
// save Page.NextToken; to resume, pass the saved token as opts.NextToken
// and the next page is the first one fetched. Pages are fetched as the loop
// needs them, with the guarantees of All (lazy, stopping on break, an error
// yielded once, opts not modified, a repeated token ending the loop with
// ErrRepeatedToken).
//
// Benchling API: GET /folders
func (s *FoldersService) Pages(ctx context.Context, opts *FolderListOptions) iter.Seq2[*Page[Folder], error] {
	return pages(ctx, opts, s.List)
}

// Get returns the folder with the given ID. An unknown ID gives an error
// matching ErrNotFound.
//
// Benchling API: GET /folders/{folder_id}
func (s *FoldersService) Get(ctx context.Context, id string) (*Folder, *Response, error) {
	return call[Folder](ctx, s.c(), http.MethodGet, pathf("folders/%s", id), nil, nil)
}

// ByName returns the folder named name (exactly, case-sensitively), found
// with List's name filter. Folder names repeat across projects and parents,
// so opts may narrow the search (ProjectID, ParentFolderID, ArchiveReason;
// its Name is replaced); it may be nil. No such folder is an error matching
// ErrNotFound; several are an *AmbiguousError (ErrAmbiguous) listing their
// IDs.
//
// Benchling API: GET /folders
func (s *FoldersService) ByName(ctx context.Context, name string, opts *FolderListOptions) (*Folder, error) {
	o := valueOf(opts)
	o.Name = name
	return byName("folder", name, s.All(ctx, &o))
}

// Create creates a folder in a parent folder and returns it. An unknown
// parent gives an error matching ErrBadRequest.
//
// Benchling API: POST /folders
func (s *FoldersService) Create(ctx context.Context, body *FolderCreate) (*Folder, *Response, error) {
	return call[Folder](ctx, s.c(), http.MethodPost, pathf("folders"), nil, body)
}

// Archive archives folders, with their contents and subfolders, for a
// reason, and returns the IDs of everything archived. No folder ID, or an
// invalid one, is ErrInvalidID before anything is sent.
//
// Benchling API: POST /folders:archive
func (s *FoldersService) Archive(ctx context.Context, body *FoldersArchive) (*FoldersArchivalChange, *Response, error) {
	r := pathf("folders:archive")
	if body != nil {
		r = r.needIDs("folderIds", body.FolderIDs)
	}
	return call[FoldersArchivalChange](ctx, s.c(), http.MethodPost, r, nil, body)
}

// Unarchive unarchives the folders with the given IDs, with the contents
// archived along with them, and returns the IDs of everything unarchived.
// No ID, or an invalid one, is ErrInvalidID before anything is sent.
//
// Benchling API: POST /folders:unarchive
func (s *FoldersService) Unarchive(ctx context.Context, ids []string) (*FoldersArchivalChange, *Response, error) {
	return call[FoldersArchivalChange](ctx, s.c(), http.MethodPost, pathf("folders:unarchive").needIDs("folderIds", ids), nil, &foldersUnarchive{FolderIDs: ids})
}
