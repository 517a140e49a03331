package benchling

import (
	"context"
	"iter"
	"net/http"
)

// ProjectsService reads and archives projects, the top level of the folders
// that hold entities and entries. The API cannot create projects.
//
// Benchling API tag: Projects.
type ProjectsService service

// Project is a project.
type Project struct {
	// ArchiveRecord says why the project was archived; nil when it is not.
	ArchiveRecord *ArchiveRecord `json:"archiveRecord,omitempty"`
	// ID is the project's ID (src_...).
	ID string `json:"id,omitempty"`
	// Name is the project's name.
	Name string `json:"name,omitempty"`
	// Owner is the organization or user that owns the project. The spec
	// gives it as anyOf an Organization and a UserSummary, which have the
	// same properties (handle, id, name) and which nothing in the JSON
	// tells apart, so one struct holds either.
	Owner UserSummary `json:"owner,omitzero"`
}

// lookupKey lets ByName match a project by name.
func (p *Project) lookupKey() (name, id string, skip bool) { return p.Name, p.ID, false }

// ProjectsArchive is the body of Archive.
type ProjectsArchive struct {
	// ProjectIDs are the projects to archive.
	ProjectIDs []string `json:"projectIds"`
	// Reason is why: EntityArchiveReasonMadeInError, EntityArchiveReasonRetired or
	// EntityArchiveReasonOther (tenants may configure others).
	Reason EntityArchiveReason `json:"reason"`
}

// projectsUnarchive is the body of Unarchive, which takes its list.
type projectsUnarchive struct {
	ProjectIDs []string `json:"projectIds"`
}

// ProjectsArchivalChange lists what Archive or Unarchive changed: the
// projects and, by kind, the items in them archived or unarchived with
// them.
//
// Its fields AaSequenceIDs, CustomEntityIDs, DnaSequenceIDs, EntryIDs,
// FolderIDs, MixtureIDs, OligoIDs and ProtocolIDs are in the embedded
// ContentsArchivalChangeBase.
type ProjectsArchivalChange struct {
	ContentsArchivalChangeBase

	// ProjectIDs are the projects archived or unarchived.
	ProjectIDs []string `json:"projectIds,omitempty"`
}

// ProjectListOptions filter and page List and All. All filters are
// optional.
type ProjectListOptions struct {
	ListOptions

	// Sort is the order; the default is SortModifiedAt.
	Sort Sort `url:"sort,omitempty"`
	// ArchiveReason filters by archive reason: a reason, or one of
	// ArchiveFilterNotArchived (the default), ArchiveFilterAnyArchived and
	// ArchiveFilterAll.
	ArchiveReason string `url:"archiveReason,omitempty"`
	// IDs restricts the list to these projects; an unknown ID is a 400 that
	// names it.
	IDs []string `url:"ids,comma,omitempty"`
	// Name restricts the list to projects with exactly this name.
	Name string `url:"name,omitempty"`
}

// List returns one page of projects; the next page's token is in
// Response.NextToken. opts may be nil; without an ArchiveReason filter
// archived projects are left out.
//
// Benchling API: GET /projects
func (s *ProjectsService) List(ctx context.Context, opts *ProjectListOptions) ([]*Project, *Response, error) {
	return list[Project](ctx, s.c(), http.MethodGet, pathf("projects"), "projects", opts, nil)
}

// All iterates over every project matching opts, fetching pages as the loop
// needs them. It is lazy: nothing is requested before the loop starts, and
// breaking out of the loop stops fetching. An error (including the
// context's) is yielded once and ends the loop; opts is not modified.
//
// Benchling API: GET /projects
func (s *ProjectsService) All(ctx context.Context, opts *ProjectListOptions) iter.Seq2[*Project, error] {
	return all(ctx, opts, s.List)
}

// Pages iterates over the pages of the projects matching opts, for a job
// that must resume where it stopped: once a page's items are processed,
// save Page.NextToken; to resume, pass the saved token as opts.NextToken
// and the next page is the first one fetched. Pages are fetched as the loop
// needs them, with the guarantees of All (lazy, stopping on break, an error
// yielded once, opts not modified, a repeated token ending the loop with
// ErrRepeatedToken).
//
// Benchling API: GET /projects
func (s *ProjectsService) Pages(ctx context.Context, opts *ProjectListOptions) iter.Seq2[*Page[Project], error] {
	return pages(ctx, opts, s.List)
}

// Get returns the project with the given ID. An unknown ID gives an error
// matching ErrNotFound.
//
// Benchling API: GET /projects/{project_id}
func (s *ProjectsService) Get(ctx context.Context, id string) (*Project, *Response, error) {
	return call[Project](ctx, s.c(), http.MethodGet, pathf("projects/%s", id), nil, nil)
}

// ByName returns the project named name (exactly, case-sensitively), found
// with List's name filter; opts may narrow the search (an ArchiveReason,
// say; its Name is replaced) and may be nil. No such project is an error
// matching ErrNotFound; several are an *AmbiguousError (ErrAmbiguous)
// listing their IDs.
//
// Benchling API: GET /projects
func (s *ProjectsService) ByName(ctx context.Context, name string, opts *ProjectListOptions) (*Project, error) {
	o := valueOf(opts)
	o.Name = name
	return byName("project", name, s.All(ctx, &o))
}

// Archive archives projects, with their folders and contents, for a reason,
// and returns the IDs of everything archived. No project ID, or an invalid
// one, is ErrInvalidID before anything is sent.
//
// Benchling API: POST /projects:archive
func (s *ProjectsService) Archive(ctx context.Context, body *ProjectsArchive) (*ProjectsArchivalChange, *Response, error) {
	r := pathf("projects:archive")
	if body != nil {
		r = r.needIDs("projectIds", body.ProjectIDs)
	}
	return call[ProjectsArchivalChange](ctx, s.c(), http.MethodPost, r, nil, body)
}

// Unarchive unarchives the projects with the given IDs, with the contents
// archived along with them, and returns the IDs of everything unarchived.
// No ID, or an invalid one, is ErrInvalidID before anything is sent.
//
// Benchling API: POST /projects:unarchive
func (s *ProjectsService) Unarchive(ctx context.Context, ids []string) (*ProjectsArchivalChange, *Response, error) {
	return call[ProjectsArchivalChange](ctx, s.c(), http.MethodPost, pathf("projects:unarchive").needIDs("projectIds", ids), nil, &projectsUnarchive{ProjectIDs: ids})
}
