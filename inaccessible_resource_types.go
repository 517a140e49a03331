package benchling

// This file holds the spec's InaccessibleResource, which the inventory
// helper (cov-13) owns: it is here only until that type lands on main,
// with the same definition, so that the merge keeps one of the two.

// InaccessibleResource stands for an item the caller may not read (a
// restricted sample, an entity in a project they cannot see): only its ID
// and kind are given.
type InaccessibleResource struct {
	// InaccessibleID is the item's ID.
	InaccessibleID string `json:"inaccessibleId,omitempty"`
	// ResourceType is always InaccessibleResourceResourceTypeInaccessibleResource.
	ResourceType InaccessibleResourceResourceType `json:"resourceType,omitempty"`
	// Type is the item's kind, for example "custom_entity", "container",
	// "plate" or "dna_sequence".
	Type string `json:"type,omitempty"`
}

// InaccessibleResourceResourceType is the resourceType of an
// InaccessibleResource, which tells it apart in the unions that hold one.
type InaccessibleResourceResourceType string

// The one resource type of an InaccessibleResource.
const (
	InaccessibleResourceResourceTypeInaccessibleResource InaccessibleResourceResourceType = "inaccessible_resource"
)
