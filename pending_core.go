package benchling

import "fmt"

// TEMPORARY: route.needIDs is cov-11a's (not on main yet); this file goes
// when that branch reaches main.

// needIDs makes r invalid, with ErrInvalidID, when ids is empty or has an
// ID that PathEscapeID would reject.
func (r route) needIDs(what string, ids []string) route {
	if r.err != nil {
		return r
	}
	if len(ids) == 0 {
		r.err = fmt.Errorf("%w: /%s needs at least one ID in %s", ErrInvalidID, r.path, what)
		return r
	}
	for _, id := range ids {
		if why := idProblem(id); why != "" {
			r.err = fmt.Errorf("%w %q in %s of /%s: %s", ErrInvalidID, id, what, r.path, why)
			return r
		}
	}
	return r
}
