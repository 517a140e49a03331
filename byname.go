package benchling

import (
	"errors"
	"fmt"
	"iter"
	"strings"
)

// This file holds the by-name lookups' one helper and its error. Folders,
// projects, dropdowns, schemas, registries, teams and organizations are
// usually found by name; each service's ByName (or <Kind>ByName) method
// passes its All iterator, narrowed by the API's name filter where the spec
// has one, to byName.

// ErrAmbiguous matches the error of a by-name lookup (FoldersService.ByName
// and the like) that found more than one item with the name. The error is
// an *AmbiguousError, which lists the matching IDs.
var ErrAmbiguous = errors.New("benchling: ambiguous name")

// AmbiguousError is the error of a by-name lookup that matched several
// items. It matches ErrAmbiguous with errors.Is; get it with errors.As for
// the IDs, then pick one, or narrow the lookup's options (a folder's
// ProjectID, say).
type AmbiguousError struct {
	// Kind is what was looked up, for example "folder".
	Kind string
	// Name is the name looked up.
	Name string
	// IDs are the IDs of every item with the name, in the order the API
	// listed them.
	IDs []string
}

// maxAmbiguousIDs caps how many IDs the message of an AmbiguousError lists;
// IDs keeps them all.
const maxAmbiguousIDs = 10

// Error says how many items have the name and lists their IDs.
func (e *AmbiguousError) Error() string {
	ids := e.IDs
	more := ""
	if len(ids) > maxAmbiguousIDs {
		ids, more = ids[:maxAmbiguousIDs], fmt.Sprintf(" and %d more", len(e.IDs)-maxAmbiguousIDs)
	}
	return fmt.Sprintf("benchling: ambiguous name: %d %ss are named %q: %s%s",
		len(e.IDs), e.Kind, e.Name, strings.Join(ids, ", "), more)
}

// Is reports whether target is ErrAmbiguous.
func (e *AmbiguousError) Is(target error) bool { return target == ErrAmbiguous }

// lookupPageSize is the page size of the lookups that read a whole list
// and match names here, where the API has no name filter (schemas,
// dropdowns): the largest Benchling allows, for the fewest requests.
const lookupPageSize = 100

// lookupItem is an item a by-name lookup can match.
type lookupItem interface {
	// lookupKey returns the item's name and ID, and whether lookups skip it
	// (an archived schema, which listing does not filter out).
	lookupKey() (name, id string, skip bool)
}

// byName returns the one item of items whose name is exactly name
// (case-sensitive, whatever filter the items came through). No such item is
// an error matching ErrNotFound that names kind and name; several are an
// *AmbiguousError with their IDs. An error of the iterator (an API or
// context error) is returned as is. An empty name is an error before
// anything is sent: items must be lazy, as every All is.
func byName[T any, P interface {
	*T
	lookupItem
}](kind, name string, items iter.Seq2[P, error]) (P, error) {
	var found P
	if strings.TrimSpace(name) == "" {
		return nil, fmt.Errorf("benchling: looking up a %s by name: the name is empty", kind)
	}
	var ids []string
	for it, err := range items {
		if err != nil {
			return nil, err
		}
		if it == nil {
			continue // a null in the list
		}
		n, id, skip := it.lookupKey()
		if skip || n != name {
			continue
		}
		if ids == nil {
			found = it
		}
		ids = append(ids, id)
	}
	switch len(ids) {
	case 0:
		return nil, fmt.Errorf("%w: no %s is named %q", ErrNotFound, kind, name)
	case 1:
		return found, nil
	}
	return nil, &AmbiguousError{Kind: kind, Name: name, IDs: ids}
}

// valueOf returns *p, or the zero T when p is nil: a copy of a caller's
// options that a lookup may change.
func valueOf[T any](p *T) T {
	if p == nil {
		var zero T
		return zero
	}
	return *p
}
