package benchling

import (
	"context"
	"iter"
	"net/http"
	"time"
)

// UsersService manages users.
//
// Benchling API tag: Users.
type UsersService service

// User is a Benchling user.
type User struct {
	// ID is the user's ID (ent_...).
	ID string `json:"id,omitempty"`
	// Name is the user's full name.
	Name string `json:"name,omitempty"`
	// Handle is the user's handle.
	Handle string `json:"handle,omitempty"`
	// Email is the user's email address.
	Email string `json:"email,omitempty"`
	// IsSuspended reports whether the user is suspended.
	IsSuspended bool `json:"isSuspended,omitempty"`
	// APIKeyLastChangedAt is when the user's API key last changed, nil if
	// never. The spec types it as a plain string, not a date-time.
	APIKeyLastChangedAt *string `json:"apiKeyLastChangedAt,omitempty"`
	// PasswordLastChangedAt is when the user's password last changed, nil
	// if the user has none (SAML). The spec types it as a plain string,
	// not a date-time.
	PasswordLastChangedAt *string `json:"passwordLastChangedAt,omitempty"`
}

// UserCreate is the body of Create and an item of BulkCreate.
type UserCreate struct {
	// Email is the new user's email address.
	Email string `json:"email"`
	// Handle is the new user's handle.
	Handle string `json:"handle"`
	// Name is the new user's name.
	Name string `json:"name"`
}

// UserUpdate is the body of Update; nil fields are left unchanged.
type UserUpdate struct {
	// Email is the user's new email address.
	Email *string `json:"email,omitempty"`
	// Handle is the user's new handle.
	Handle *string `json:"handle,omitempty"`
	// IsSuspended suspends (true) or reinstates (false) the user.
	IsSuspended *bool `json:"isSuspended,omitempty"`
	// Name is the user's new name.
	Name *string `json:"name,omitempty"`
}

// UserBulkUpdate is an item of BulkUpdate: the user's ID and the changes
// (as in UserUpdate; nil fields are left unchanged).
type UserBulkUpdate struct {
	// ID is the ID of the user to update.
	ID string `json:"id"`
	// Email is the user's new email address.
	Email *string `json:"email,omitempty"`
	// Handle is the user's new handle.
	Handle *string `json:"handle,omitempty"`
	// IsSuspended suspends (true) or reinstates (false) the user.
	IsSuspended *bool `json:"isSuspended,omitempty"`
	// Name is the user's new name.
	Name *string `json:"name,omitempty"`
}

// userBulkCreateRequest is the body of BulkCreate (the spec's
// UserBulkCreateRequest), which takes its one list.
type userBulkCreateRequest struct {
	Users []*UserCreate `json:"users,omitzero"`
}

// userBulkUpdateRequest is the body of BulkUpdate (the spec's
// UserBulkUpdateRequest), which takes its one list.
type userBulkUpdateRequest struct {
	Users []*UserBulkUpdate `json:"users,omitzero"`
}

// UsersBulkCreateResult is the response of a succeeded BulkCreate task.
// The spec has no task schema for it; its description says the task
// returns the list of users created.
type UsersBulkCreateResult struct {
	// Users are the users created.
	Users []*User `json:"users"`
}

// UsersBulkUpdateResult is the response of a succeeded BulkUpdate task.
// The spec has no task schema for it; its description says the task
// returns the list of users updated.
type UsersBulkUpdateResult struct {
	// Users are the users updated.
	Users []*User `json:"users"`
}

// UserActivity is a user's activity metadata.
type UserActivity struct {
	// UserID is the user's ID.
	UserID string `json:"userId,omitempty"`
	// LastSeen is when the user was last seen, nil if never.
	LastSeen *time.Time `json:"lastSeen,omitempty"`
}

// WarehouseCredentialSummary describes one of a user's data warehouse
// logins.
type WarehouseCredentialSummary struct {
	// ID is the credential's ID.
	ID string `json:"id,omitempty"`
	// Label is the credential's label.
	Label string `json:"label,omitempty"`
	// Username is the user name to connect to the warehouse with.
	Username string `json:"username,omitempty"`
	// UserID is the ID of the user the credential belongs to.
	UserID string `json:"userId,omitempty"`
	// CreatedAt is when the credential was created.
	CreatedAt time.Time `json:"createdAt,omitzero"`
	// ModifiedAt is when the credential was last modified.
	ModifiedAt time.Time `json:"modifiedAt,omitzero"`
}

// UserListOptions are the filters of List and All.
//
// Its fields IDs, Name, NameIncludes, NamesAnyOf, NamesAnyOfCaseSensitive,
// ModifiedAt and Sort are in the embedded PartyListFilters.
type UserListOptions struct {
	ListOptions
	PartyListFilters

	// MemberOf restricts the list to users who are members of all these
	// organizations and teams.
	MemberOf []string `url:"memberOf,comma,omitempty"`
	// AdminOf restricts the list to users who are admins of all these
	// organizations and teams.
	AdminOf []string `url:"adminOf,comma,omitempty"`
	// Handles restricts the list to users with these handles.
	Handles []string `url:"handles,comma,omitempty"`
	// EmailAnyOf restricts the list to users with these emails (at most
	// 100).
	EmailAnyOf []string `url:"email.anyOf,comma,omitempty"`
	// PasswordLastChangedAt filters by when the password last changed,
	// e.g. ">= 2022-03-01"; "null" selects users without a password
	// (SAML).
	PasswordLastChangedAt string `url:"passwordLastChangedAt,omitempty"`
}

// Get returns the user with the given ID.
//
// Benchling API: GET /users/{user_id}
func (s *UsersService) Get(ctx context.Context, id string) (*User, *Response, error) {
	return call[User](ctx, s.c(), http.MethodGet, pathf("users/%s", id), nil, nil)
}

// List returns one page of the users the caller may see; the next page's
// token is in Response.NextToken.
//
// Benchling API: GET /users
func (s *UsersService) List(ctx context.Context, opts *UserListOptions) ([]*User, *Response, error) {
	return list[User](ctx, s.c(), http.MethodGet, pathf("users"), "users", opts, nil)
}

// All iterates over every user matching opts, fetching pages as the loop
// needs them. It is lazy (nothing is sent before the loop starts);
// breaking out of the loop stops fetching; an error (including the
// context's) is yielded once and ends the loop; opts is not modified; no
// goroutines are started; ranging again starts over.
//
// Benchling API: GET /users
func (s *UsersService) All(ctx context.Context, opts *UserListOptions) iter.Seq2[*User, error] {
	return all(ctx, opts, s.List)
}

// Pages iterates over the pages of the users matching opts, for a job that must
// resume where it stopped: once a page's items are processed, save
// Page.NextToken; to resume, pass the saved token as opts.NextToken and
// the next page is the first one fetched. Pages are fetched as the loop
// needs them, with the guarantees of All (lazy, stopping on break, an error
// yielded once, opts not modified, a repeated token ending the loop with
// ErrRepeatedToken).
//
// Benchling API: GET /users
func (s *UsersService) Pages(ctx context.Context, opts *UserListOptions) iter.Seq2[*Page[User], error] {
	return pages(ctx, opts, s.List)
}

// Create creates a user.
//
// Benchling API: POST /users
func (s *UsersService) Create(ctx context.Context, body *UserCreate) (*User, *Response, error) {
	return call[User](ctx, s.c(), http.MethodPost, pathf("users"), nil, body)
}

// Update changes the user with the given ID and returns it.
//
// Benchling API: PATCH /users/{user_id}
func (s *UsersService) Update(ctx context.Context, id string, body *UserUpdate) (*User, *Response, error) {
	return call[User](ctx, s.c(), http.MethodPatch, pathf("users/%s", id), nil, body)
}

// GetActivity returns the user's activity metadata (when they were last
// seen).
//
// Benchling API: GET /users/{user_id}/activity
func (s *UsersService) GetActivity(ctx context.Context, id string) (*UserActivity, *Response, error) {
	return call[UserActivity](ctx, s.c(), http.MethodGet, pathf("users/%s/activity", id), nil, nil)
}

// usersWarehouseCredentials is the envelope of WarehouseCredentials.
type usersWarehouseCredentials struct {
	WarehouseCredentials []*WarehouseCredentialSummary `json:"warehouseCredentials"`
}

// ListWarehouseCredentials returns the user's data warehouse logins.
//
// Benchling API: GET /users/{user_id}/warehouse-credentials
func (s *UsersService) ListWarehouseCredentials(ctx context.Context, id string) ([]*WarehouseCredentialSummary, *Response, error) {
	v, resp, err := call[usersWarehouseCredentials](ctx, s.c(), http.MethodGet, pathf("users/%s/warehouse-credentials", id), nil, nil)
	if err != nil {
		return nil, resp, err
	}
	return v.WarehouseCredentials, resp, nil
}

// BulkCreate starts an asynchronous task that creates users; Wait on the
// returned link for the created users. The request is not retried on
// timeouts, since it may have run.
//
// Benchling API: POST /users:bulk-create
func (s *UsersService) BulkCreate(ctx context.Context, items []*UserCreate) (*AsyncTaskLink[UsersBulkCreateResult], *Response, error) {
	return startTask[UsersBulkCreateResult](ctx, s.c(), http.MethodPost, pathf("users:bulk-create"), nil,
		&userBulkCreateRequest{Users: items})
}

// BulkUpdate starts an asynchronous task that updates users; Wait on the
// returned link for the updated users. Emails or handles cannot be swapped
// between users in one call.
//
// Benchling API: POST /users:bulk-update
func (s *UsersService) BulkUpdate(ctx context.Context, items []*UserBulkUpdate) (*AsyncTaskLink[UsersBulkUpdateResult], *Response, error) {
	return startTask[UsersBulkUpdateResult](ctx, s.c(), http.MethodPost, pathf("users:bulk-update"), nil,
		&userBulkUpdateRequest{Users: items})
}

// CreateMany creates any number of users in chunks of at most
// MaxBulkUsers with BulkCreate; see AaSequencesService.CreateMany for how
// chunks, errors and cancellation behave.
//
// Benchling API: POST /users:bulk-create
func (s *UsersService) CreateMany(ctx context.Context, items []*UserCreate, opts *BulkOptions) ([]BulkResult[*User], error) {
	return bulk(ctx, items, opts, MaxBulkUsers, submitAndWait(s.BulkCreate,
		func(r *UsersBulkCreateResult) []*User { return r.Users }))
}

// UpdateMany updates any number of users in chunks of at most
// MaxBulkUsers with BulkUpdate; see AaSequencesService.CreateMany for how
// chunks, errors and cancellation behave.
//
// Benchling API: POST /users:bulk-update
func (s *UsersService) UpdateMany(ctx context.Context, items []*UserBulkUpdate, opts *BulkOptions) ([]BulkResult[*User], error) {
	return bulk(ctx, items, opts, MaxBulkUsers, submitAndWait(s.BulkUpdate,
		func(r *UsersBulkUpdateResult) []*User { return r.Users }))
}
