package benchlingtest

import "testing"

// BenchmarkSeedAaSequences100k measures seeding 100,000 AA sequences of
// about 300 residues (well under a second).
func BenchmarkSeedAaSequences100k(b *testing.B) {
	for b.Loop() {
		srv := NewServer(b)
		if ids := srv.SeedAaSequences(100_000); len(ids) != 100_000 {
			b.Fatal(len(ids))
		}
	}
}

// BenchmarkListPage100k measures one list page over 100,000 sequences.
func BenchmarkListPage100k(b *testing.B) {
	srv := NewServer(b)
	srv.SeedAaSequences(100_000)
	coll := srv.st.coll("aa-sequences")
	p, _ := parsePage("100", "", "name:asc", nil)
	for b.Loop() {
		page, _, _ := paginate(coll.order, func(*item) bool { return true }, p)
		if len(page) != 100 {
			b.Fatal(len(page))
		}
	}
}
