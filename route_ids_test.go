package benchling

import (
	"errors"
	"strings"
	"testing"
)

func TestRouteNeedIDs(t *testing.T) {
	ok := pathf("folders:unarchive").needIDs("folderIds", []string{"lib_1", "lib 2"})
	if ok.err != nil {
		t.Fatalf("valid IDs: %v", ok.err)
	}
	for _, ids := range [][]string{nil, {}, {"lib_1", ""}, {" "}, {"lib_1", "a,b"}, {".."}, {"a/b"}} {
		r := pathf("folders:unarchive").needIDs("folderIds", ids)
		if !errors.Is(r.err, ErrInvalidID) || !strings.Contains(r.err.Error(), "folderIds") {
			t.Errorf("needIDs(%q) = %v, want ErrInvalidID naming folderIds", ids, r.err)
		}
	}
	// A route already invalid keeps its error.
	bad := pathf("dropdowns/%s/options:unarchive", "").needIDs("dropdownOptionIds", []string{"sfs_1"})
	if !errors.Is(bad.err, ErrInvalidID) || !strings.Contains(bad.err.Error(), `""`) {
		t.Errorf("invalid path ID: %v", bad.err)
	}
}
