package benchling

import (
	"context"
	"net/http"
)

// LabelTemplatesService lists the label templates of a registry, for
// Containers.PrintLabels.
//
// Benchling API tag: Label Templates.
type LabelTemplatesService service

// LabelTemplate is a ZPL label template that Containers.PrintLabels fills
// in for each container.
type LabelTemplate struct {
	// ID is the template's ID (lbltmp_...).
	ID string `json:"id,omitempty"`
	// Name is the template's name.
	Name string `json:"name,omitempty"`
	// ZplTemplate is the ZPL the template sends to the printer.
	ZplTemplate string `json:"zplTemplate,omitempty"`
}

// LabelTemplateListOptions filter List.
type LabelTemplateListOptions struct {
	// Name restricts the list to templates with exactly this name.
	Name string `url:"name,omitempty"`
}

// List returns the label templates of a registry (the list is not paged).
// opts may be nil. An unknown registry gives an error matching
// ErrNotFound.
//
// Benchling API: GET /registries/{registry_id}/label-templates
func (s *LabelTemplatesService) List(ctx context.Context, registryID string, opts *LabelTemplateListOptions) ([]*LabelTemplate, *Response, error) {
	return list[LabelTemplate](ctx, s.c(), http.MethodGet, pathf("registries/%s/label-templates", registryID), "labelTemplates", opts, nil)
}
