package benchling

import (
	"context"
	"fmt"
	"runtime"
	"runtime/metrics"
	"testing"
	"time"
)

// benchHeap samples the heap in use (runtime/metrics' equivalent of
// MemStats.HeapInuse: live and not yet swept objects plus free space in
// in-use spans) and remembers the largest sample.
type benchHeap struct {
	samples []metrics.Sample
	peak    uint64
}

func newBenchHeap() *benchHeap {
	return &benchHeap{samples: []metrics.Sample{
		{Name: "/memory/classes/heap/objects:bytes"},
		{Name: "/memory/classes/heap/unused:bytes"},
	}}
}

func (h *benchHeap) sample() {
	metrics.Read(h.samples)
	if v := h.samples[0].Value.Uint64() + h.samples[1].Value.Uint64(); v > h.peak {
		h.peak = v
	}
}

// benchAllSizes are the list sizes of BenchmarkBenchAllAaSequences: 10,000
// and 100,000 with BENCH_FULL=1, ten times fewer otherwise (CI).
func benchAllSizes() []int {
	if benchFull() {
		return []int{10_000, 100_000}
	}
	return []int{1_000, 10_000}
}

// BenchmarkBenchAllAaSequences: AaSequences.All over every sequence against
// a hand-written page loop (net/http + encoding/json, following nextToken),
// 100 per page. Reports time and allocations per item, their ratios, and
// the peak heap in use while iterating (sampled every page, after a GC
// before each pass) for the SDK and the floor: flat in N means constant
// memory.
func BenchmarkBenchAllAaSequences(b *testing.B) {
	for _, n := range benchAllSizes() {
		b.Run(fmt.Sprintf("items=%d", n), func(b *testing.B) {
			s := newBenchServer(b, 100)
			s.total.Store(int64(n))
			c, f := s.client(b), s.floor(b)
			ctx := context.Background()
			opts := &AaSequenceListOptions{ListOptions: ListOptions{PageSize: 100}}
			var heaps [2]*benchHeap
			passes := [2]func(h *benchHeap) (int, error){
				func(h *benchHeap) (int, error) { // floor
					count := 0
					for tok := ""; ; {
						p, err := f.list(ctx, 100, tok)
						if err != nil {
							return count, err
						}
						h.sample()
						for _, it := range p.AaSequences {
							if it.ID != "" {
								count++
							}
						}
						if tok = p.NextToken; tok == "" {
							return count, nil
						}
					}
				},
				func(h *benchHeap) (int, error) { // SDK
					count := 0
					for it, err := range c.AaSequences.All(ctx, opts) {
						if err != nil {
							return count, err
						}
						if count%100 == 0 {
							h.sample()
						}
						if it.ID != "" {
							count++
						}
					}
					return count, nil
				},
			}
			var sides [2]benchSide
			var ms0, ms1 runtime.MemStats
			heaps[0], heaps[1] = newBenchHeap(), newBenchHeap()
			b.ResetTimer()
			for i := range b.N {
				for k := range 2 {
					side := (k + i) % 2
					b.StopTimer()
					runtime.GC()
					runtime.ReadMemStats(&ms0)
					b.StartTimer()
					start := time.Now()
					got, err := passes[side](heaps[side])
					el := time.Since(start)
					b.StopTimer()
					runtime.ReadMemStats(&ms1)
					b.StartTimer()
					if err != nil || got != n {
						b.Fatalf("side %d: %d items, %v; want %d", side, got, err, n)
					}
					sides[side].ns += float64(el.Nanoseconds())
					sides[side].allocs += float64(ms1.Mallocs - ms0.Mallocs)
				}
			}
			b.StopTimer()
			reportPair(b, sides, float64(b.N*n), "item")
			b.ReportMetric(float64(heaps[1].peak), "peak-heap-B")
			b.ReportMetric(float64(heaps[0].peak), "floor-peak-heap-B")
		})
	}
}
