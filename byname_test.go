package benchling

import (
	"errors"
	"fmt"
	"iter"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// lookupItems yields the given items, then err if it is not nil, and records
// how many items the loop took.
func lookupItems[T any](taken *int, err error, items ...*T) iter.Seq2[*T, error] {
	return func(yield func(*T, error) bool) {
		for _, it := range items {
			*taken++
			if !yield(it, nil) {
				return
			}
		}
		if err != nil {
			yield(nil, err)
		}
	}
}

func TestByName(t *testing.T) {
	a := &Folder{ID: "lib_a", Name: "Plasmids"}
	b := &Folder{ID: "lib_b", Name: "plasmids"} // another case: not a match
	c := &Folder{ID: "lib_c", Name: "Plasmids"}
	d := &Folder{ID: "lib_d", Name: "Primers"}

	t.Run("one", func(t *testing.T) {
		var n int
		got, err := byName("folder", "Primers", lookupItems(&n, nil, a, b, nil, d))
		if err != nil || got != d {
			t.Fatalf("byName = %v, %v; want lib_d", got, err)
		}
		if n != 4 {
			t.Errorf("read %d items, want all 4 (a later match would make it ambiguous)", n)
		}
	})
	t.Run("none", func(t *testing.T) {
		var n int
		got, err := byName("folder", "Primer", lookupItems(&n, nil, a, d))
		if got != nil || !errors.Is(err, ErrNotFound) {
			t.Fatalf("byName = %v, %v; want ErrNotFound", got, err)
		}
		if want := `benchling: not found: no folder is named "Primer"`; err.Error() != want {
			t.Errorf("error = %q, want %q", err, want)
		}
	})
	t.Run("several", func(t *testing.T) {
		var n int
		got, err := byName("folder", "Plasmids", lookupItems(&n, nil, a, b, c, d))
		var amb *AmbiguousError
		if got != nil || !errors.Is(err, ErrAmbiguous) || !errors.As(err, &amb) {
			t.Fatalf("byName = %v, %v; want an *AmbiguousError", got, err)
		}
		if diff := cmp.Diff(&AmbiguousError{Kind: "folder", Name: "Plasmids", IDs: []string{"lib_a", "lib_c"}}, amb); diff != "" {
			t.Errorf("AmbiguousError (-want +got):\n%s", diff)
		}
		if want := `benchling: ambiguous name: 2 folders are named "Plasmids": lib_a, lib_c`; err.Error() != want {
			t.Errorf("error = %q, want %q", err, want)
		}
		if errors.Is(err, ErrNotFound) {
			t.Error("an ambiguous lookup matches ErrNotFound")
		}
	})
	t.Run("many IDs are capped in the message, not in IDs", func(t *testing.T) {
		var many []*Folder
		for i := range 25 {
			many = append(many, &Folder{ID: fmt.Sprintf("lib_%02d", i), Name: "Data"})
		}
		var n int
		_, err := byName("folder", "Data", lookupItems(&n, nil, many...))
		var amb *AmbiguousError
		if !errors.As(err, &amb) || len(amb.IDs) != 25 {
			t.Fatalf("err = %v; want 25 IDs", err)
		}
		if msg := err.Error(); !strings.HasSuffix(msg, "lib_09 and 15 more") || strings.Contains(msg, "lib_10") {
			t.Errorf("error = %q; want 10 IDs and the count of the rest", msg)
		}
	})
	t.Run("the iterator's error", func(t *testing.T) {
		var n int
		boom := errors.New("boom")
		got, err := byName("folder", "Plasmids", lookupItems(&n, boom, a))
		if got != nil || err != boom {
			t.Fatalf("byName = %v, %v; want the iterator's error as is", got, err)
		}
	})
	t.Run("skipped items", func(t *testing.T) {
		var n int
		live := &EntitySchema{Schema: Schema{ID: "ts_live", Name: "Plasmid"}}
		old := &EntitySchema{Schema: Schema{ID: "ts_old", Name: "Plasmid", ArchiveRecord: &ArchiveRecord{Reason: "Retired"}}}
		got, err := byName("entity schema", "Plasmid", lookupItems(&n, nil, old, live))
		if err != nil || got != live {
			t.Fatalf("byName = %v, %v; want the unarchived schema", got, err)
		}
		_, err = byName("entity schema", "Plasmid", lookupItems(&n, nil, old))
		if !errors.Is(err, ErrNotFound) {
			t.Errorf("only an archived match: err = %v, want ErrNotFound", err)
		}
	})
	t.Run("empty name sends nothing", func(t *testing.T) {
		for _, name := range []string{"", "  "} {
			var n int
			got, err := byName("folder", name, lookupItems(&n, nil, a))
			if got != nil || err == nil || errors.Is(err, ErrNotFound) || n != 0 {
				t.Errorf("byName(%q) = %v, %v after %d items; want an error before the first", name, got, err, n)
			}
		}
	})
}
