package benchling

import (
	"context"
	"iter"
	"net/http"
)

// OrganizationsService reads the tenant's organizations and manages their
// memberships.
//
// Benchling API tag: Organizations.
type OrganizationsService service

// Organization is an organization of the tenant: a group of users (and
// teams) that owns projects and schemas.
type Organization struct {
	// Handle is the organization's handle.
	Handle string `json:"handle,omitempty"`
	// ID is the organization's ID (ent_...: organizations share the ID
	// space of users).
	ID string `json:"id,omitempty"`
	// Name is the organization's name.
	Name string `json:"name,omitempty"`
}

// lookupKey lets ByName match an organization by name.
func (o *Organization) lookupKey() (name, id string, skip bool) { return o.Name, o.ID, false }

// OrganizationSummary names an organization (a team's, a schema's owner).
// It has the shape of Organization.
type OrganizationSummary = Organization

// Membership is a user's membership of an organization or team, with the
// user's role in it.
type Membership struct {
	// Role is the member's role.
	Role MembershipRole `json:"role,omitempty"`
	// User is the member.
	User UserSummary `json:"user,omitzero"`
}

// MembershipRole is a member's role in an organization or team.
type MembershipRole string

// Membership roles the spec declares.
const (
	// MembershipRoleAdmin can manage the organization or team and its
	// memberships.
	MembershipRoleAdmin MembershipRole = "ADMIN"
	// MembershipRoleMember is a plain member.
	MembershipRoleMember MembershipRole = "MEMBER"
)

// MembershipCreate is the body of CreateMembership (of organizations and
// teams). The spec marks neither property required, but Benchling needs
// both to make a membership.
type MembershipCreate struct {
	// Role is the new member's role.
	Role MembershipRole `json:"role,omitempty"`
	// UserID is the user to make a member (ent_...).
	UserID *string `json:"userId,omitempty"`
}

// MembershipUpdate is the body of UpdateMembership (of organizations and
// teams).
type MembershipUpdate struct {
	// Role is the member's new role.
	Role MembershipRole `json:"role,omitempty"`
}

// PartyListFilters are the filters that the lists of users, teams and
// organizations (the parties that are members, admins and owners) take
// alike: IDs, names, modification time and order. UserListOptions,
// TeamListOptions and OrganizationListOptions embed it beside ListOptions
// and the filters of their list alone, so that code that looks up any of
// them builds the filters once:
//
//	f := benchling.PartyListFilters{NameIncludes: "Protein"}
//	teams, _, err := client.Teams.List(ctx, &benchling.TeamListOptions{PartyListFilters: f})
//
// A field can also be set by assignment, as the list's own:
// opts.NameIncludes = "Protein". All filters are optional; list filters
// take at most 100 values.
type PartyListFilters struct {
	// IDs restricts the list to these users, teams or organizations; an
	// unknown ID is a 400 that names it.
	IDs []string `url:"ids,comma,omitempty"`
	// Name restricts the list to those with exactly this name.
	Name string `url:"name,omitempty"`
	// NameIncludes restricts the list to those whose name contains this.
	NameIncludes string `url:"nameIncludes,omitempty"`
	// NamesAnyOf restricts the list to those with any of these names,
	// case-insensitively.
	NamesAnyOf []string `url:"names.anyOf,comma,omitempty"`
	// NamesAnyOfCaseSensitive restricts the list to those with any of
	// these names, case-sensitively.
	NamesAnyOfCaseSensitive []string `url:"names.anyOf.caseSensitive,comma,omitempty"`
	// ModifiedAt filters by modification time, e.g. "> 2022-03-01" or
	// "> 2022-03-01 AND < 2022-04-01".
	ModifiedAt string `url:"modifiedAt,omitempty"`
	// Sort is the order (by name, creation or modification time); the
	// default is SortModifiedAtDesc.
	Sort Sort `url:"sort,omitempty"`
}

// OrganizationListOptions filter and page List and All. All filters are
// optional; list filters take at most 100 values.
//
// Its fields IDs, Name, NameIncludes, NamesAnyOf, NamesAnyOfCaseSensitive,
// ModifiedAt and Sort are in the embedded PartyListFilters.
type OrganizationListOptions struct {
	ListOptions
	PartyListFilters

	// HasMembers restricts the list to organizations that have all these
	// users or apps as members.
	HasMembers []string `url:"hasMembers,comma,omitempty"`
	// HasAdmins restricts the list to organizations that have all these
	// users or apps as admins.
	HasAdmins []string `url:"hasAdmins,comma,omitempty"`
}

// MembershipListOptions filter and page the membership lists of
// organizations and teams.
type MembershipListOptions struct {
	ListOptions

	// Role restricts the list to members with this role.
	Role MembershipRole `url:"role,omitempty"`
}

// memberships are the membership operations that organizations and teams
// take alike, under parent/{id}/memberships (parent is "organizations" or
// "teams"): the ListMemberships, GetMembership, CreateMembership,
// UpdateMembership and DeleteMembership methods of OrganizationsService
// and TeamsService are these, each with its parent.
type memberships struct {
	c      *Client
	parent string
}

// list returns one page of the memberships of the organization or team id.
func (m memberships) list(ctx context.Context, id string, opts *MembershipListOptions) ([]*Membership, *Response, error) {
	return list[Membership](ctx, m.c, http.MethodGet, pathf(m.parent+"/%s/memberships", id), "memberships", opts, nil)
}

// get returns the membership of userID in the organization or team id.
func (m memberships) get(ctx context.Context, id, userID string) (*Membership, *Response, error) {
	return call[Membership](ctx, m.c, http.MethodGet, m.member(id, userID), nil, nil)
}

// create makes body's user a member of the organization or team id.
func (m memberships) create(ctx context.Context, id string, body *MembershipCreate) (*Membership, *Response, error) {
	return call[Membership](ctx, m.c, http.MethodPost, pathf(m.parent+"/%s/memberships", id), nil, body)
}

// update changes the role of userID in the organization or team id.
func (m memberships) update(ctx context.Context, id, userID string, body *MembershipUpdate) (*Membership, *Response, error) {
	return call[Membership](ctx, m.c, http.MethodPatch, m.member(id, userID), nil, body)
}

// delete removes userID from the organization or team id.
func (m memberships) delete(ctx context.Context, id, userID string) (*Response, error) {
	return callNoContent(ctx, m.c, http.MethodDelete, m.member(id, userID), nil, nil)
}

// member is the route of the membership of userID in the organization or
// team id.
func (m memberships) member(id, userID string) route {
	return pathf(m.parent+"/%s/memberships/%s", id, userID)
}

// memberships are the organizations' membership operations.
func (s *OrganizationsService) memberships() memberships {
	return memberships{c: s.c(), parent: "organizations"}
}

// List returns one page of the organizations the caller may see (tenant
// admins see all, others those they belong to); the next page's token is in
// Response.NextToken. opts may be nil.
//
// Benchling API: GET /organizations
func (s *OrganizationsService) List(ctx context.Context, opts *OrganizationListOptions) ([]*Organization, *Response, error) {
	return list[Organization](ctx, s.c(), http.MethodGet, pathf("organizations"), "organizations", opts, nil)
}

// All iterates over every organization matching opts, fetching pages as the
// loop needs them. It is lazy: nothing is requested before the loop starts,
// and breaking out of the loop stops fetching. An error (including the
// context's) is yielded once and ends the loop; opts is not modified.
//
// Benchling API: GET /organizations
func (s *OrganizationsService) All(ctx context.Context, opts *OrganizationListOptions) iter.Seq2[*Organization, error] {
	return all(ctx, opts, s.List)
}

// Pages iterates over the pages of the organizations matching opts, for a
// job that must resume where it stopped: once a page's items are processed,
// save Page.NextToken; to resume, pass the saved token as opts.NextToken
// and the next page is the first one fetched. Pages are fetched as the loop
// needs them, with the guarantees of All (lazy, stopping on break, an error
// yielded once, opts not modified, a repeated token ending the loop with
// ErrRepeatedToken).
//
// Benchling API: GET /organizations
func (s *OrganizationsService) Pages(ctx context.Context, opts *OrganizationListOptions) iter.Seq2[*Page[Organization], error] {
	return pages(ctx, opts, s.List)
}

// Get returns the organization with the given ID. An unknown ID, or one the
// caller may not see, gives an error matching ErrNotFound.
//
// Benchling API: GET /organizations/{organization_id}
func (s *OrganizationsService) Get(ctx context.Context, id string) (*Organization, *Response, error) {
	return call[Organization](ctx, s.c(), http.MethodGet, pathf("organizations/%s", id), nil, nil)
}

// ByName returns the organization named name (exactly, case-sensitively),
// found with List's name filter; opts may narrow the search further (its
// Name is replaced) and may be nil. No such organization is an error
// matching ErrNotFound; several are an *AmbiguousError (ErrAmbiguous)
// listing their IDs.
//
// Benchling API: GET /organizations
func (s *OrganizationsService) ByName(ctx context.Context, name string, opts *OrganizationListOptions) (*Organization, error) {
	o := valueOf(opts)
	o.Name = name
	return byName("organization", name, s.All(ctx, &o))
}

// ListMemberships returns one page of the memberships of the organization
// with the given ID; the next page's token is in Response.NextToken. opts
// may be nil. An unknown organization gives an error matching ErrNotFound.
//
// Benchling API: GET /organizations/{organization_id}/memberships
func (s *OrganizationsService) ListMemberships(ctx context.Context, organizationID string, opts *MembershipListOptions) ([]*Membership, *Response, error) {
	return s.memberships().list(ctx, organizationID, opts)
}

// AllMemberships iterates over every membership of the organization
// matching opts, fetching pages as the loop needs them, with the guarantees
// of All.
//
// Benchling API: GET /organizations/{organization_id}/memberships
func (s *OrganizationsService) AllMemberships(ctx context.Context, organizationID string, opts *MembershipListOptions) iter.Seq2[*Membership, error] {
	return all(ctx, opts, under(s.ListMemberships, organizationID))
}

// PagesMemberships iterates over the pages of the memberships of the
// organization matching opts, for a job that must resume where it stopped:
// once a page's items are processed, save Page.NextToken; to resume, pass
// the saved token as opts.NextToken and the next page is the first one
// fetched. Pages are fetched as the loop needs them, with the guarantees of
// AllMemberships (lazy, stopping on break, an error yielded once, opts not
// modified, a repeated token ending the loop with ErrRepeatedToken).
//
// Benchling API: GET /organizations/{organization_id}/memberships
func (s *OrganizationsService) PagesMemberships(ctx context.Context, organizationID string, opts *MembershipListOptions) iter.Seq2[*Page[Membership], error] {
	return pages(ctx, opts, under(s.ListMemberships, organizationID))
}

// GetMembership returns the membership of the user userID in the
// organization. A user who is not a member gives an error matching
// ErrNotFound.
//
// Benchling API: GET /organizations/{organization_id}/memberships/{user_id}
func (s *OrganizationsService) GetMembership(ctx context.Context, organizationID, userID string) (*Membership, *Response, error) {
	return s.memberships().get(ctx, organizationID, userID)
}

// CreateMembership makes a user a member of the organization with a role
// and returns the membership. It needs an admin of the organization (else
// an error matching ErrForbidden); an unknown organization gives
// ErrNotFound, and a body Benchling rejects (no user, an unknown role)
// ErrBadRequest.
//
// Benchling API: POST /organizations/{organization_id}/memberships
func (s *OrganizationsService) CreateMembership(ctx context.Context, organizationID string, body *MembershipCreate) (*Membership, *Response, error) {
	return s.memberships().create(ctx, organizationID, body)
}

// UpdateMembership changes the role of the user userID in the organization
// and returns the membership. It needs an admin of the organization (else
// an error matching ErrForbidden); a user who is not a member gives
// ErrNotFound.
//
// Benchling API: PATCH /organizations/{organization_id}/memberships/{user_id}
func (s *OrganizationsService) UpdateMembership(ctx context.Context, organizationID, userID string, body *MembershipUpdate) (*Membership, *Response, error) {
	return s.memberships().update(ctx, organizationID, userID, body)
}

// DeleteMembership removes the user userID from the organization. It needs
// an admin of the organization (else an error matching ErrForbidden); a
// user who is not a member gives ErrNotFound.
//
// Benchling API: DELETE /organizations/{organization_id}/memberships/{user_id}
func (s *OrganizationsService) DeleteMembership(ctx context.Context, organizationID, userID string) (*Response, error) {
	return s.memberships().delete(ctx, organizationID, userID)
}
