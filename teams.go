package benchling

import (
	"context"
	"iter"
	"net/http"
)

// TeamsService manages the tenant's teams and their memberships.
//
// Benchling API tag: Teams.
type TeamsService service

// TeamSummary names a team.
type TeamSummary struct {
	// ID is the team's ID (team_...).
	ID string `json:"id,omitempty"`
	// Name is the team's name.
	Name string `json:"name,omitempty"`
}

// Team is a team: a group of users within an organization.
type Team struct {
	// ID is the team's ID (team_...).
	ID string `json:"id,omitempty"`
	// Name is the team's name.
	Name string `json:"name,omitempty"`
	// Organization is the organization the team belongs to.
	Organization OrganizationSummary `json:"organization,omitzero"`
}

// lookupKey lets ByName match a team by name.
func (t *Team) lookupKey() (name, id string, skip bool) { return t.Name, t.ID, false }

// TeamCreate is the body of Create. The spec marks no property required,
// but Benchling needs Name and OrganizationID to make a team.
type TeamCreate struct {
	// Description is the team's description.
	Description *string `json:"description,omitempty"`
	// Name is the team's name.
	Name *string `json:"name,omitempty"`
	// OrganizationID is the organization the team belongs to.
	OrganizationID *string `json:"organizationId,omitempty"`
}

// TeamUpdate is the body of Update; nil fields are left unchanged.
type TeamUpdate struct {
	// Description is the team's new description.
	Description *string `json:"description,omitempty"`
	// Name is the team's new name.
	Name *string `json:"name,omitempty"`
}

// TeamListOptions filter and page List and All. All filters are optional;
// list filters take at most 100 values.
//
// Its fields IDs, Name, NameIncludes, NamesAnyOf, NamesAnyOfCaseSensitive,
// ModifiedAt and Sort are in the embedded PartyListFilters.
type TeamListOptions struct {
	ListOptions
	PartyListFilters

	// MentionedIn restricts the list to teams mentioned in these entries.
	MentionedIn []string `url:"mentionedIn,comma,omitempty"`
	// OrganizationID restricts the list to the teams of this organization.
	OrganizationID string `url:"organizationId,omitempty"`
	// HasMembers restricts the list to teams that have all these users or
	// apps as members.
	HasMembers []string `url:"hasMembers,comma,omitempty"`
	// HasAdmins restricts the list to teams that have all these users or
	// apps as admins.
	HasAdmins []string `url:"hasAdmins,comma,omitempty"`
}

// List returns one page of the teams the caller may see (tenant admins see
// all, others the teams of their organizations); the next page's token is
// in Response.NextToken. opts may be nil.
//
// Benchling API: GET /teams
func (s *TeamsService) List(ctx context.Context, opts *TeamListOptions) ([]*Team, *Response, error) {
	return list[Team](ctx, s.c(), http.MethodGet, pathf("teams"), "teams", opts, nil)
}

// All iterates over every team matching opts, fetching pages as the loop
// needs them. It is lazy: nothing is requested before the loop starts, and
// breaking out of the loop stops fetching. An error (including the
// context's) is yielded once and ends the loop; opts is not modified.
//
// Benchling API: GET /teams
func (s *TeamsService) All(ctx context.Context, opts *TeamListOptions) iter.Seq2[*Team, error] {
	return all(ctx, opts, s.List)
}

// Pages iterates over the pages of the teams matching opts, for a job that
// must resume where it stopped: once a page's items are processed, save
// Page.NextToken; to resume, pass the saved token as opts.NextToken and the
// next page is the first one fetched. Pages are fetched as the loop needs
// them, with the guarantees of All (lazy, stopping on break, an error
// yielded once, opts not modified, a repeated token ending the loop with
// ErrRepeatedToken).
//
// Benchling API: GET /teams
func (s *TeamsService) Pages(ctx context.Context, opts *TeamListOptions) iter.Seq2[*Page[Team], error] {
	return pages(ctx, opts, s.List)
}

// Get returns the team with the given ID. An unknown ID, or one the caller
// may not see, gives an error matching ErrNotFound.
//
// Benchling API: GET /teams/{team_id}
func (s *TeamsService) Get(ctx context.Context, id string) (*Team, *Response, error) {
	return call[Team](ctx, s.c(), http.MethodGet, pathf("teams/%s", id), nil, nil)
}

// ByName returns the team named name (exactly, case-sensitively), found
// with List's name filter; opts may narrow the search (OrganizationID, say;
// its Name is replaced) and may be nil. No such team is an error matching
// ErrNotFound; several (teams of different organizations may share a name)
// are an *AmbiguousError (ErrAmbiguous) listing their IDs.
//
// Benchling API: GET /teams
func (s *TeamsService) ByName(ctx context.Context, name string, opts *TeamListOptions) (*Team, error) {
	o := valueOf(opts)
	o.Name = name
	return byName("team", name, s.All(ctx, &o))
}

// Create creates a team in an organization and returns it. It needs an
// admin of the organization (else an error matching ErrForbidden); a body
// Benchling rejects gives ErrBadRequest.
//
// Benchling API: POST /teams
func (s *TeamsService) Create(ctx context.Context, body *TeamCreate) (*Team, *Response, error) {
	return call[Team](ctx, s.c(), http.MethodPost, pathf("teams"), nil, body)
}

// Update changes the name or description of the team with the given ID and
// returns it. It needs an admin of the team (else an error matching
// ErrForbidden); an unknown team gives ErrNotFound.
//
// Benchling API: PATCH /teams/{team_id}
func (s *TeamsService) Update(ctx context.Context, id string, body *TeamUpdate) (*Team, *Response, error) {
	return call[Team](ctx, s.c(), http.MethodPatch, pathf("teams/%s", id), nil, body)
}

// memberships are the teams' membership operations.
func (s *TeamsService) memberships() memberships {
	return memberships{c: s.c(), parent: "teams"}
}

// ListMemberships returns one page of the memberships of the team with the
// given ID; the next page's token is in Response.NextToken. opts may be
// nil. An unknown team gives an error matching ErrNotFound.
//
// Benchling API: GET /teams/{team_id}/memberships
func (s *TeamsService) ListMemberships(ctx context.Context, teamID string, opts *MembershipListOptions) ([]*Membership, *Response, error) {
	return s.memberships().list(ctx, teamID, opts)
}

// AllMemberships iterates over every membership of the team matching opts,
// fetching pages as the loop needs them, with the guarantees of All.
//
// Benchling API: GET /teams/{team_id}/memberships
func (s *TeamsService) AllMemberships(ctx context.Context, teamID string, opts *MembershipListOptions) iter.Seq2[*Membership, error] {
	return all(ctx, opts, under(s.ListMemberships, teamID))
}

// PagesMemberships iterates over the pages of the memberships of the team
// matching opts, for a job that must resume where it stopped: once a page's
// items are processed, save Page.NextToken; to resume, pass the saved token
// as opts.NextToken and the next page is the first one fetched. Pages are
// fetched as the loop needs them, with the guarantees of AllMemberships
// (lazy, stopping on break, an error yielded once, opts not modified, a
// repeated token ending the loop with ErrRepeatedToken).
//
// Benchling API: GET /teams/{team_id}/memberships
func (s *TeamsService) PagesMemberships(ctx context.Context, teamID string, opts *MembershipListOptions) iter.Seq2[*Page[Membership], error] {
	return pages(ctx, opts, under(s.ListMemberships, teamID))
}

// GetMembership returns the membership of the user userID in the team. A
// user who is not a member gives an error matching ErrNotFound.
//
// Benchling API: GET /teams/{team_id}/memberships/{user_id}
func (s *TeamsService) GetMembership(ctx context.Context, teamID, userID string) (*Membership, *Response, error) {
	return s.memberships().get(ctx, teamID, userID)
}

// CreateMembership makes a user a member of the team with a role and
// returns the membership. It needs an admin of the team (else an error
// matching ErrForbidden); an unknown team gives ErrNotFound, and a body
// Benchling rejects (no user, an unknown role) ErrBadRequest.
//
// Benchling API: POST /teams/{team_id}/memberships
func (s *TeamsService) CreateMembership(ctx context.Context, teamID string, body *MembershipCreate) (*Membership, *Response, error) {
	return s.memberships().create(ctx, teamID, body)
}

// UpdateMembership changes the role of the user userID in the team and
// returns the membership. It needs an admin of the team (else an error
// matching ErrForbidden); a user who is not a member gives ErrNotFound.
//
// Benchling API: PATCH /teams/{team_id}/memberships/{user_id}
func (s *TeamsService) UpdateMembership(ctx context.Context, teamID, userID string, body *MembershipUpdate) (*Membership, *Response, error) {
	return s.memberships().update(ctx, teamID, userID, body)
}

// DeleteMembership removes the user userID from the team. It needs an admin
// of the team (else an error matching ErrForbidden); a user who is not a
// member gives ErrNotFound.
//
// Benchling API: DELETE /teams/{team_id}/memberships/{user_id}
func (s *TeamsService) DeleteMembership(ctx context.Context, teamID, userID string) (*Response, error) {
	return s.memberships().delete(ctx, teamID, userID)
}
