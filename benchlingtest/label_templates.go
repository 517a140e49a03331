package benchlingtest

import (
	"net/http"
	"slices"
)

// The Label Templates and Printers tags: a registry's label templates and
// label printers, which tests add (Add "label-templates" and
// "label-printers"; the API cannot create them). Label templates are the
// tenant's, listed for any of its registries; a printer added without a
// registryId is in the tenant's registry. The lists are in the order the
// items were added, filtered by exact name.

var labelTemplates = &resource{
	path: "label-templates", noun: "Label template", prefix: "lbltmp_", listKey: "labelTemplates",
	doc:    map[string]any{"id": "", "name": "", "zplTemplate": ""},
	server: []string{"id"},
	actions: []action{{"GET", "/registries/{registry_id}/label-templates", registryList("label-templates", "labelTemplates", func(*call, *item) bool {
		return true
	})}},
}

var labelPrinters = &resource{
	path: "label-printers", noun: "Printer", prefix: "print_", listKey: "labelPrinters",
	doc:    map[string]any{"address": "", "description": nil, "id": "", "name": "", "port": nil, "registryId": ""},
	server: []string{"id"},
	fill: func(w *write) {
		if strAt(w.doc, "registryId") == "" {
			w.doc["registryId"] = w.st.registryID
		}
	},
	actions: []action{{"GET", "/registries/{registry_id}/label-printers", registryList("label-printers", "labelPrinters", func(c *call, it *item) bool {
		return strAt(it.doc, "registryId") == c.param(0)
	})}},
}

// inventoryResources are the inventory's collections.
var inventoryResources = []*resource{locations, boxes, plates, containers, labelTemplates, labelPrinters}

// registryList serves a registry's list of path under key: the items of
// the registry (in), filtered by the name parameter; an unknown registry
// is a 404.
func registryList(path, key string, in func(*call, *item) bool) handler {
	return func(c *call) (int, any, *httpError) {
		if !c.st.registryExists(c.param(0)) {
			return 0, nil, notFound(c.param(0), "Registry")
		}
		name := c.query().Get("name")
		items := slices.DeleteFunc(slices.Clone(c.st.coll(path).order), func(it *item) bool {
			return !in(c, it) || name != "" && strAt(it.doc, "name") != name
		})
		return http.StatusOK, map[string]any{key: docs(items)}, nil
	}
}
