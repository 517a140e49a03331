package benchlingtest

import (
	"fmt"
	"maps"
	"net/http"
	"slices"
	"strings"
	"time"
)

// The Registry tag: /registries. The tenant has one registry
// (Server.RegistryID), owned by an organization of its own; tests may Add
// more. Registering moves entities of any kind (custom entities, AA, DNA
// and RNA sequences, oligos, molecules, mixtures) into a registry as the
// naming strategy says (registry.nameFor in entities.go), all or nothing:
// an unknown or already registered entity, a registry ID already taken or
// a schema without the name template a strategy needs is a 400 naming it,
// and nothing is registered. A registered entity leaves its folder (its
// folderId is null) and has an entityRegistryId, registryId and
// registrationOrigin; the bulk-get of registered entities finds it by its
// registry ID, with its entityType. Unregistering clears all three and
// moves the entities to the given folder. The deprecated lists of a
// registry's schemas and dropdowns list the tenant's schemas of the kind
// whose registryId is the registry (and, for dropdowns, which have no
// registry in the fake, every dropdown of the tenant's own registry).

var registries = &resource{
	path: "registries", noun: "Registry", prefix: "src_", listKey: "registries",
	doc:    map[string]any{"id": "", "modifiedAt": "", "name": "", "owner": map[string]any{}},
	server: []string{"id", "modifiedAt"},
	get:    true,
	actions: []action{
		{"GET", "/registries", listRegistries},
		{"GET", "/registries/{registry_id}/registered-entities:bulk-get", bulkGetRegisteredEntities},
		{"POST", "/registries/{registry_id}:bulk-register-entities", registerEntities},
		{"POST", "/registries/{registry_id}:unregister-entities", unregisterEntities},
		{"GET", "/registries/{registry_id}/batch-schemas", schemasOfRegistry("batch-schemas", "batchSchemas")},
		{"GET", "/registries/{registry_id}/box-schemas", schemasOfRegistry("box-schemas", "boxSchemas")},
		{"GET", "/registries/{registry_id}/container-schemas", schemasOfRegistry("container-schemas", "containerSchemas")},
		{"GET", "/registries/{registry_id}/entity-schemas", schemasOfRegistry("entity-schemas", "entitySchemas")},
		{"GET", "/registries/{registry_id}/location-schemas", schemasOfRegistry("location-schemas", "locationSchemas")},
		{"GET", "/registries/{registry_id}/plate-schemas", schemasOfRegistry("plate-schemas", "plateSchemas")},
		{"GET", "/registries/{registry_id}/dropdowns", dropdownsOfRegistry},
	},
}

// entityTypes are the entityType of each registry entity collection, the
// discriminator of the spec's Entity.
var entityTypes = map[string]string{
	"aa-sequences": "aa_sequence", "custom-entities": "custom_entity", "dna-oligos": "dna_oligo", "dna-sequences": "dna_sequence",
	"mixtures": "mixture", "molecules": "molecule", "rna-oligos": "rna_oligo", "rna-sequences": "rna_sequence",
}

// addRegistry adds the tenant's registry (its ID drawn with the other
// starting IDs), owned by an organization that is the tenant's own (not
// one of the organizations collection, which the API cannot create).
func (st *store) addRegistry() {
	admin := st.user(st.adminID)
	st.addFixed("registries", map[string]any{
		"id": st.registryID, "name": "Benchling Test Registry", "modifiedAt": fmtTime(admin.modified),
		"owner": map[string]any{"handle": "benchling-test", "id": "ent_TestTenant", "name": "Benchling Test Tenant"},
	}, admin, 3)
}

// entity returns the registry entity with the given ID, of any kind.
func (st *store) entity(id string) *item {
	if id == "" {
		return nil
	}
	for _, path := range slices.Sorted(maps.Keys(entityTypes)) {
		if c := st.coll(path); c != nil {
			if it := c.byID[id]; it != nil {
				return it
			}
		}
	}
	return nil
}

// registryOf returns the registry of the path's first parameter, or a 400
// (the spec declares no 404 for most registry operations).
func registryOf(c *call) (*item, *httpError) {
	it := c.st.coll("registries").byID[c.param(0)]
	if it == nil {
		return nil, badRequest("Registry %s not found.", c.param(0))
	}
	return it, nil
}

// listRegistries serves GET /registries: every registry, filtered by name
// (exactly) and modifiedAt, without paging (the spec's RegistriesList has
// no nextToken).
func listRegistries(c *call) (int, any, *httpError) {
	q := c.query()
	keep, herr := stdFilters["modifiedAt"](&filterCtx{st: c.st, coll: c.st.coll("registries"), q: q, key: "modifiedAt"})
	if herr != nil {
		return 0, nil, herr
	}
	name := q.Get("name")
	out := []any{}
	for _, it := range c.st.coll("registries").order {
		if (name == "" || strAt(it.doc, "name") == name) && (keep == nil || keep(it)) {
			out = append(out, it.doc)
		}
	}
	return http.StatusOK, map[string]any{"registries": out}, nil
}

// bulkGetRegisteredEntities answers the entities of a registry with the
// given registry IDs, in their order, each with its entityType. An unknown
// registry is a 404; a registry ID that names no entity of the registry is
// a 400 naming it.
func bulkGetRegisteredEntities(c *call) (int, any, *httpError) {
	reg := c.st.coll("registries").byID[c.param(0)]
	if reg == nil {
		return 0, nil, notFound(c.param(0), "Registry")
	}
	rids := commaList(c.query().Get("entityRegistryIds"))
	if len(rids) == 0 {
		return 0, nil, badRequest("entityRegistryIds is required.")
	}
	out := make([]any, 0, len(rids))
	var bad []string
	for _, rid := range rids {
		it := c.st.registry[rid]
		if it == nil || strAt(it.doc, "registryId") != reg.id() {
			bad = append(bad, rid)
			continue
		}
		d := maps.Clone(it.doc)
		d["entityType"] = entityTypes[it.coll.res.path]
		out = append(out, d)
	}
	if bad != nil {
		return 0, nil, badRequest("Registered entities not found: %s.", strings.Join(bad, ", "))
	}
	return http.StatusOK, map[string]any{"entities": out}, nil
}

// registerEntities registers entities in a registry, all or nothing, as
// the naming strategy says; the task's response is empty.
func registerEntities(c *call) (int, any, *httpError) {
	reg, herr := registryOf(c)
	if herr != nil {
		return 0, nil, herr
	}
	in, herr := c.decodeBody(body("entityIds:[]string! namingStrategy:string!"))
	if herr != nil {
		return 0, nil, herr
	}
	ids := stringList(in["entityIds"])
	ns := strAt(in, "namingStrategy")
	switch {
	case len(ids) == 0:
		return 0, nil, badRequest("entityIds must not be empty.")
	case len(ids) > 2500:
		return 0, nil, badRequest("Too many entityIds: %d (maximum 2500).", len(ids))
	case !slices.Contains(namingStrategies, ns):
		return 0, nil, badRequest("Invalid namingStrategy %q: use one of %s.", ns, strings.Join(namingStrategies, ", "))
	}
	st := c.st
	t := st.now()
	items := make([]*item, len(ids))
	namings := make([]naming, len(ids))
	claimed := map[string]string{}
	var errs []string
	for i, id := range ids {
		it := st.entity(id)
		switch {
		case it == nil:
			errs = append(errs, fmt.Sprintf("%s: entity not found", id))
			continue
		case it.doc["entityRegistryId"] != nil:
			errs = append(errs, fmt.Sprintf("%s: already registered as %v", id, it.doc["entityRegistryId"]))
			continue
		case slices.Contains(items[:i], it):
			errs = append(errs, fmt.Sprintf("%s: listed twice", id))
			continue
		}
		n, msg := st.nameFor(it.doc, ns, "", t)
		if msg == "" && n.rid != "" {
			if o, ok := claimed[n.rid]; ok {
				msg = fmt.Sprintf("entity registry ID %q is also the one of %s", n.rid, o)
			}
			claimed[n.rid] = id
		}
		if msg != "" {
			errs = append(errs, id+": "+msg)
			continue
		}
		items[i], namings[i] = it, n
	}
	if errs != nil {
		return 0, nil, badRequest("Invalid entities; none was registered: %s.", strings.Join(errs, "; "))
	}
	for i, it := range items {
		before := maps.Clone(it.doc)
		st.applyNaming(it, it.coll.res.registry, reg.id(), namings[i], t)
		it.doc["folderId"] = nil
		st.touch(it, t)
		st.recordChange(it, before, c.actor(), t) // the audit log and v2.entity.registered
	}
	return st.succeededTask(map[string]any{})
}

// unregisterEntities moves registered entities of a registry out of it,
// into a folder: their registry ID, registry and registration origin are
// cleared. An entity that is not registered there, or an unknown folder,
// is a 400 and nothing changes.
func unregisterEntities(c *call) (int, any, *httpError) {
	reg, herr := registryOf(c)
	if herr != nil {
		return 0, nil, herr
	}
	in, herr := c.decodeBody(body("entityIds:[]string! folderId:string!"))
	if herr != nil {
		return 0, nil, herr
	}
	st := c.st
	folder := strAt(in, "folderId")
	if st.coll("folders").byID[folder] == nil {
		return 0, nil, badRequest("Folder %s not found.", folder)
	}
	ids := stringList(in["entityIds"])
	if len(ids) == 0 {
		return 0, nil, badRequest("entityIds must not be empty.")
	}
	items := make([]*item, len(ids))
	var bad []string
	for i, id := range ids {
		it := st.entity(id)
		if it == nil || strAt(it.doc, "registryId") != reg.id() || it.doc["entityRegistryId"] == nil {
			bad = append(bad, id)
		}
		items[i] = it
	}
	if bad != nil {
		return 0, nil, badRequest("Entities not registered in registry %s: %s.", reg.id(), strings.Join(bad, ", "))
	}
	t := st.now()
	for _, it := range items {
		if rid, ok := it.doc["entityRegistryId"].(string); ok && st.registry[rid] == it {
			delete(st.registry, rid)
		}
		before := maps.Clone(it.doc)
		it.doc["entityRegistryId"], it.doc["registryId"], it.doc["registrationOrigin"] = nil, nil, nil
		it.doc["folderId"] = folder
		st.touch(it, t)
		st.recordChange(it, before, c.actor(), t)
	}
	return http.StatusOK, map[string]any{}, nil
}

// touch marks an item changed at t (modifiedAt, and its webURL, which
// follows its folder).
func (st *store) touch(it *item, t time.Time) {
	it.modified = t
	if _, ok := it.doc["modifiedAt"]; ok {
		it.doc["modifiedAt"] = fmtTime(t)
	}
	if r := it.coll.res; r.webPath != nil {
		p := r.webPath(st, it.doc)
		it.doc["webURL"] = st.base + p
		if _, ok := it.doc["url"]; ok {
			it.doc["url"] = p
		}
	}
}

// schemasOfRegistry serves a deprecated list of a registry's schemas of
// one kind (path), under key, unpaged.
func schemasOfRegistry(path, key string) handler {
	return func(c *call) (int, any, *httpError) {
		reg, herr := registryOf(c)
		if herr != nil {
			return 0, nil, herr
		}
		out := []any{}
		for _, it := range c.st.coll(path).order {
			if strAt(it.doc, "registryId") == reg.id() {
				out = append(out, it.doc)
			}
		}
		return http.StatusOK, map[string]any{key: out}, nil
	}
}

// dropdownsOfRegistry serves the deprecated list of a registry's
// dropdowns (summaries), unpaged.
func dropdownsOfRegistry(c *call) (int, any, *httpError) {
	reg, herr := registryOf(c)
	if herr != nil {
		return 0, nil, herr
	}
	out := []any{}
	if reg.id() == c.st.registryID {
		for _, it := range c.st.coll("dropdowns").order {
			out = append(out, map[string]any{"id": it.id(), "name": strAt(it.doc, "name")})
		}
	}
	return http.StatusOK, map[string]any{"dropdowns": out}, nil
}
