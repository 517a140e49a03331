package benchling

import (
	"context"
	"iter"
	"net/http"
	"time"
)

// RegistryService manages the tenant's registries and what is registered
// in them: registering and unregistering entities, and getting registered
// entities of any kind by their registry IDs.
//
// Benchling API tag: Registry.
type RegistryService service

// Registry is a registry: where entities get their registry IDs.
type Registry struct {
	// ID is the registry's ID (src_...).
	ID string `json:"id,omitempty"`
	// ModifiedAt is when the registry was last modified.
	ModifiedAt time.Time `json:"modifiedAt,omitzero"`
	// Name is the registry's name.
	Name string `json:"name,omitempty"`
	// Owner is the organization that owns the registry.
	Owner Organization `json:"owner,omitzero"`
}

// lookupKey lets ByName match a registry by name.
func (r *Registry) lookupKey() (name, id string, skip bool) { return r.Name, r.ID, false }

// RegistryListOptions filter Registry.List. The list is not paged.
type RegistryListOptions struct {
	// Name restricts the list to the registries with this name.
	Name string `url:"name,omitempty"`
	// ModifiedAt filters by modification time with an expression such as
	// "> 2022-03-01" or "> 2022-03-01 AND < 2022-04-01".
	ModifiedAt string `url:"modifiedAt,omitempty"`
}

// RegisterEntities is the body of Registry.BulkRegisterEntities.
type RegisterEntities struct {
	// EntityIDs are the entities to register, of any kinds, at most 2500.
	EntityIDs []string `json:"entityIds"`
	// NamingStrategy says how the entities get their registry IDs and
	// names (required).
	NamingStrategy NamingStrategy `json:"namingStrategy"`
}

// UnregisterEntities is the body of Registry.UnregisterEntities.
type UnregisterEntities struct {
	// EntityIDs are the registered entities to unregister.
	EntityIDs []string `json:"entityIds"`
	// FolderID is the folder the entities are moved to (lib_...).
	FolderID string `json:"folderId"`
}

// registeredEntitiesList is the response of BulkGetRegisteredEntities.
type registeredEntitiesList struct {
	Entities EntityList `json:"entities"`
}

// List returns the tenant's registries; opts may be nil. The list is not
// paged: one request returns every registry.
//
// Benchling API: GET /registries
func (s *RegistryService) List(ctx context.Context, opts *RegistryListOptions) ([]*Registry, *Response, error) {
	return list[Registry](ctx, s.c(), http.MethodGet, pathf("registries"), "registries", opts, nil)
}

// Get returns the registry with the given ID. An unknown ID gives an error
// matching ErrNotFound.
//
// Benchling API: GET /registries/{registry_id}
func (s *RegistryService) Get(ctx context.Context, id string) (*Registry, *Response, error) {
	return call[Registry](ctx, s.c(), http.MethodGet, pathf("registries/%s", id), nil, nil)
}

// ByName returns the registry named name (exactly, case-sensitively),
// found with List's name filter. No such registry is an error matching
// ErrNotFound; several are an *AmbiguousError (ErrAmbiguous) listing their
// IDs.
//
// Benchling API: GET /registries
func (s *RegistryService) ByName(ctx context.Context, name string) (*Registry, error) {
	return byName("registry", name, iter.Seq2[*Registry, error](func(yield func(*Registry, error) bool) {
		regs, _, err := s.List(ctx, &RegistryListOptions{Name: name})
		if err != nil {
			yield(nil, err)
			return
		}
		for _, r := range regs {
			if !yield(r, nil) {
				return
			}
		}
	}))
}

// BulkGetRegisteredEntities returns the entities of the registry
// registryID with the given registry IDs (for example "CE001"), of any
// kinds, in one list: each is the Entity of its kind (*CustomEntityWithEntityType,
// *DnaSequenceWithEntityType...), or an *UnknownEntity for a kind this SDK
// does not know. No registry ID is ErrInvalidID before anything is sent;
// an unknown registry is an error matching ErrNotFound, an unknown registry
// ID one matching ErrBadRequest.
//
// Benchling API: GET /registries/{registry_id}/registered-entities:bulk-get
func (s *RegistryService) BulkGetRegisteredEntities(ctx context.Context, registryID string, entityRegistryIDs []string) (EntityList, *Response, error) {
	q := struct {
		IDs []string `url:"entityRegistryIds,comma"`
	}{entityRegistryIDs}
	r := pathf("registries/%s/registered-entities:bulk-get", registryID).needIDs("entityRegistryIds", entityRegistryIDs)
	l, resp, err := call[registeredEntitiesList](ctx, s.c(), http.MethodGet, r, q, nil)
	if err != nil {
		return nil, resp, err
	}
	return l.Entities, resp, nil
}

// BulkRegisterEntities starts an asynchronous task that registers entities
// of any kinds (at most 2500) in the registry registryID, naming them as
// body.NamingStrategy says; link.Wait returns when they are registered.
// Benchling first checks every entity and registers none if one is
// invalid (already registered, say). No entity ID, or an invalid one, is
// ErrInvalidID before anything is sent. Benchling may fail the task with
// "Another registration attempt is in progress" when registrations
// overlap; the task has then registered nothing and can be started again.
//
// Benchling API: POST /registries/{registry_id}:bulk-register-entities
func (s *RegistryService) BulkRegisterEntities(ctx context.Context, registryID string, body *RegisterEntities) (*AsyncTaskLink[EmptyTaskResponse], *Response, error) {
	r := pathf("registries/%s:bulk-register-entities", registryID)
	if body != nil {
		r = r.needIDs("entityIds", body.EntityIDs)
	}
	return startTask[EmptyTaskResponse](ctx, s.c(), http.MethodPost, r, nil, body)
}

// UnregisterEntities unregisters entities of the registry registryID and
// moves them to the folder body.FolderID: they lose their registry IDs.
// No entity ID, or an invalid one, is ErrInvalidID before anything is
// sent; an entity that is not registered there is an error matching
// ErrBadRequest.
//
// Benchling API: POST /registries/{registry_id}:unregister-entities
func (s *RegistryService) UnregisterEntities(ctx context.Context, registryID string, body *UnregisterEntities) (*Response, error) {
	r := pathf("registries/%s:unregister-entities", registryID)
	if body != nil {
		r = r.needIDs("entityIds", body.EntityIDs)
	}
	return callNoContent(ctx, s.c(), http.MethodPost, r, nil, body)
}

// DeprecatedEntitySchema is an entity schema as the deprecated
// Registry.ListEntitySchemas returns it: an EntitySchema whose Type may
// also be SchemaTypeEntry.
type DeprecatedEntitySchema = EntitySchema

// ListBatchSchemas returns the batch schemas of the registry registryID
// (not paged).
//
// Deprecated: use SchemasService.ListBatchSchemas (or AllBatchSchemas) and
// keep the schemas whose RegistryID is the registry's.
//
// Benchling API: GET /registries/{registry_id}/batch-schemas
func (s *RegistryService) ListBatchSchemas(ctx context.Context, registryID string) ([]*BatchSchema, *Response, error) {
	return list[BatchSchema](ctx, s.c(), http.MethodGet, pathf("registries/%s/batch-schemas", registryID), "batchSchemas", nil, nil)
}

// ListBoxSchemas returns the box schemas of the registry registryID (not
// paged).
//
// Deprecated: use SchemasService.ListBoxSchemas (or AllBoxSchemas) and
// keep the schemas whose RegistryID is the registry's.
//
// Benchling API: GET /registries/{registry_id}/box-schemas
func (s *RegistryService) ListBoxSchemas(ctx context.Context, registryID string) ([]*BoxSchema, *Response, error) {
	return list[BoxSchema](ctx, s.c(), http.MethodGet, pathf("registries/%s/box-schemas", registryID), "boxSchemas", nil, nil)
}

// ListContainerSchemas returns the container schemas of the registry
// registryID (not paged).
//
// Deprecated: use SchemasService.ListContainerSchemas (or
// AllContainerSchemas) and keep the schemas whose RegistryID is the
// registry's.
//
// Benchling API: GET /registries/{registry_id}/container-schemas
func (s *RegistryService) ListContainerSchemas(ctx context.Context, registryID string) ([]*ContainerSchema, *Response, error) {
	return list[ContainerSchema](ctx, s.c(), http.MethodGet, pathf("registries/%s/container-schemas", registryID), "containerSchemas", nil, nil)
}

// ListDropdowns returns the dropdowns of the registry registryID, as
// summaries (not paged).
//
// Deprecated: use DropdownsService.List (or All), which lists the
// dropdowns of the tenant.
//
// Benchling API: GET /registries/{registry_id}/dropdowns
func (s *RegistryService) ListDropdowns(ctx context.Context, registryID string) ([]*DropdownSummary, *Response, error) {
	return list[DropdownSummary](ctx, s.c(), http.MethodGet, pathf("registries/%s/dropdowns", registryID), "dropdowns", nil, nil)
}

// ListEntitySchemas returns the entity schemas of the registry registryID
// (not paged).
//
// Deprecated: use SchemasService.ListEntitySchemas (or AllEntitySchemas)
// and keep the schemas whose RegistryID is the registry's; entry schemas,
// which this list also holds, are SchemasService.ListEntrySchemas'.
//
// Benchling API: GET /registries/{registry_id}/entity-schemas
func (s *RegistryService) ListEntitySchemas(ctx context.Context, registryID string) ([]*DeprecatedEntitySchema, *Response, error) {
	return list[DeprecatedEntitySchema](ctx, s.c(), http.MethodGet, pathf("registries/%s/entity-schemas", registryID), "entitySchemas", nil, nil)
}

// ListLocationSchemas returns the location schemas of the registry
// registryID (not paged).
//
// Deprecated: use SchemasService.ListLocationSchemas (or
// AllLocationSchemas) and keep the schemas whose RegistryID is the
// registry's.
//
// Benchling API: GET /registries/{registry_id}/location-schemas
func (s *RegistryService) ListLocationSchemas(ctx context.Context, registryID string) ([]*LocationSchema, *Response, error) {
	return list[LocationSchema](ctx, s.c(), http.MethodGet, pathf("registries/%s/location-schemas", registryID), "locationSchemas", nil, nil)
}

// ListPlateSchemas returns the plate schemas of the registry registryID
// (not paged).
//
// Deprecated: use SchemasService.ListPlateSchemas (or AllPlateSchemas) and
// keep the schemas whose RegistryID is the registry's.
//
// Benchling API: GET /registries/{registry_id}/plate-schemas
func (s *RegistryService) ListPlateSchemas(ctx context.Context, registryID string) ([]*PlateSchema, *Response, error) {
	return list[PlateSchema](ctx, s.c(), http.MethodGet, pathf("registries/%s/plate-schemas", registryID), "plateSchemas", nil, nil)
}
