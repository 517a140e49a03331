package benchlingtest

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"
)

// What registry entities (custom entities, AA, DNA and RNA sequences,
// oligos, molecules, mixtures...) share: the properties of their
// documents and bodies, and registration.

// entityDoc returns the properties every registry entity has, with their
// defaults, plus extra ones.
func entityDoc(extra map[string]any) map[string]any {
	d := map[string]any{
		"aliases": []any{}, "apiURL": "", "archiveRecord": nil, "authors": []any{}, "createdAt": "",
		"creator": nil, "customFields": map[string]any{}, "entityRegistryId": nil, "fields": map[string]any{},
		"folderId": nil, "id": "", "modifiedAt": "", "name": "", "registrationOrigin": nil, "registryId": nil,
		"schema": nil, "webURL": "",
	}
	maps.Copy(d, extra)
	return d
}

// entityServer are the server-filled properties of registry entities.
var entityServer = []string{"id", "createdAt", "modifiedAt", "creator", "authors", "apiURL", "webURL"}

// entityWrite are the body properties of registry entities' creates and
// updates.
const entityWrite = "aliases:[]string authorIds:[]string customFields:object fields:object folderId:string name:string schemaId:string"

// entityWebPath is /benchling/f/<folder>/<id>-<name as a slug>/edit.
func entityWebPath(_ *store, d map[string]any) string {
	folder := strAt(d, "folderId")
	if folder == "" {
		folder = "lib_registry"
	}
	return "/benchling/f/" + folder + "/" + strAt(d, "id") + "-" + slug(strAt(d, "name")) + "/edit"
}

func slug(name string) string { return strings.ToLower(strings.Join(strings.Fields(name), "-")) }

// entityFilters are the list filters registry entities share.
const entityFilters = "ids name nameIncludes names.anyOf names.anyOf.caseSensitive modifiedAt createdAt archiveReason " +
	"folderId projectId schemaId registryId creatorIds authorIds.anyOf entityRegistryIds.anyOf mentionedIn mentions schemaField.*"

// Entity archive reasons, and entries'.
var entityArchiveReasons = []string{"Made in error", "Retired", "Expended", "Shipped", "Contaminated", "Expired", "Missing", "Other"}
var entryArchiveReasons = []string{"Made in error", "Retired", "Other"}

var namingStrategies = []string{"NEW_IDS", "IDS_FROM_NAMES", "DELETE_NAMES", "SET_FROM_NAME_PARTS", "REPLACE_NAMES_FROM_PARTS", "KEEP_NAMES", "REPLACE_ID_AND_NAME_FROM_PARTS"}

// registry is the registration of a registry entity resource.
type registry struct {
	idPrefix string // generated registry IDs: idPrefix + 001, 002...
}

// check checks the registration properties of a write.
func (g *registry) check(w *write) string {
	st := w.st
	regID, hasReg := w.body["registryId"].(string)
	rid, hasRID := w.body["entityRegistryId"].(string)
	ns, hasNS := w.body["namingStrategy"].(string)
	if w.op == opCreate {
		switch {
		case hasRID && hasNS:
			return "cannot specify both entityRegistryId and namingStrategy"
		case hasNS && !slices.Contains(namingStrategies, ns):
			return fmt.Sprintf("invalid namingStrategy %q", ns)
		case (hasRID || hasNS) && !hasReg:
			return "registryId is required to register an entity"
		case !hasReg && strAt(w.body, "folderId") == "":
			return "folderId is required unless registryId is given"
		}
	}
	if hasReg && regID != st.registryID {
		return fmt.Sprintf("registry %s not found", regID)
	}
	if hasRID && w.op != opUpsert {
		if o := st.registry[rid]; o != nil && o != w.it {
			return fmt.Sprintf("entity registry ID %q is already taken", rid)
		}
		if w.bulk && w.op == opCreate && !w.batch.claim("rid:"+rid, w.owner) {
			return fmt.Sprintf("entity registry ID %q is repeated", rid)
		}
	}
	return ""
}

// onCreate registers a new item when its body names a registry.
func (g *registry) onCreate(w *write) {
	if _, ok := w.body["registryId"].(string); !ok {
		return
	}
	st := w.st
	rid := w.rid
	if rid == "" {
		rid = strAt(w.body, "entityRegistryId")
	}
	ns := strAt(w.body, "namingStrategy")
	if rid == "" {
		if name := strAt(w.doc, "name"); (ns == "IDS_FROM_NAMES" || ns == "KEEP_NAMES") && st.registry[name] == nil {
			rid = name
		} else {
			rid = g.next(st)
		}
	}
	if ns == "DELETE_NAMES" {
		w.doc["name"] = rid
	}
	st.register(w.it, rid, w.now)
}

// onUpdate renames a registered item's registry ID.
func (g *registry) onUpdate(w *write) {
	rid, ok := w.body["entityRegistryId"].(string)
	old, registered := w.doc["entityRegistryId"].(string)
	if !ok || !registered || rid == old || w.doc["registryId"] == nil {
		return
	}
	delete(w.st.registry, old)
	w.doc["entityRegistryId"] = rid
	w.st.registry[rid] = w.it
}

func (g *registry) next(st *store) string {
	for {
		st.registrySeq[g.idPrefix]++
		rid := fmt.Sprintf("%s%03d", g.idPrefix, st.registrySeq[g.idPrefix])
		if st.registry[rid] == nil {
			return rid
		}
	}
}

// register gives an item a registry ID in the tenant's registry.
func (st *store) register(it *item, rid string, t time.Time) {
	it.doc["entityRegistryId"] = rid
	it.doc["registryId"] = st.registryID
	it.doc["registrationOrigin"] = map[string]any{"originEntryId": nil, "registeredAt": fmtTime(t)}
	st.registry[rid] = it
}
