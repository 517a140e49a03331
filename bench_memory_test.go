package benchling

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"runtime"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// benchDecodeSize is the decompressed size of the bodies of the
// BenchmarkBenchDecodePeakHeap: 64 MiB with BENCH_FULL=1, 8 MiB otherwise.
func benchDecodeSize() int {
	if benchFull() {
		return 64 << 20
	}
	return 8 << 20
}

// benchBigBodies returns a list page of AA sequences and a single AA
// sequence whose aminoAcids is long, each about size bytes of JSON.
func benchBigBodies(tb testing.TB, size int) (list, object []byte) {
	list = []byte(benchListHead)
	for i := 0; len(list) < size; i++ {
		if i > 0 {
			list = append(list, ',')
		}
		list = append(list, benchSequence(tb, i)...)
	}
	list = append(list, "]}"...)
	seq := benchSequence(tb, 1)
	residues := strings.Repeat(benchResidues, size/len(benchResidues)+1)[:size]
	object = bytes.Replace(seq, []byte(`"`+benchResidues+`"`), []byte(`"`+residues+`"`), 1)
	return list, object
}

func benchGzip(tb testing.TB, b []byte) []byte {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestSpeed)
	if _, err := zw.Write(b); err != nil {
		tb.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// liveHeap forces a GC and returns the live heap it marked.
func liveHeap() uint64 {
	runtime.GC()
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// peakHeap runs call while another goroutine forces GCs back to back,
// and returns the largest live heap a GC marked during the call, and the
// live heap after it (its result still referenced).
func peakHeap(call func() (any, error)) (peak, after uint64, err error) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-done:
				return
			default:
			}
			peak = max(peak, liveHeap())
		}
	}()
	v, err := call()
	close(done)
	wg.Wait()
	after = liveHeap()
	runtime.KeepAlive(v)
	return max(peak, after), after, err
}

// BenchmarkBenchDecodePeakHeap: the live heap at its peak while the SDK
// reads one large response, relative to the size of the body (after gzip
// decoding), for a list page of AA sequences (List) and for one sequence
// with a long aminoAcids (Get), each sent plain (with a Content-Length)
// and gzip-compressed. While the call runs, another goroutine forces GCs
// back to back and keeps the largest live heap they marked; the result's
// share is the live heap after the call, the result still referenced.
// peak/body is the peak over the body size; result/body is the decoded
// result's own share, the least any decoder needs; peak-x-result is their
// ratio, the decoder's overhead.
func BenchmarkBenchDecodePeakHeap(b *testing.B) {
	size := benchDecodeSize()
	list, object := benchBigBodies(b, size)
	bodies := map[string][]byte{"list": list, "object": object}
	for _, shape := range []string{"list", "object"} {
		for _, enc := range []string{"plain", "gzip"} {
			b.Run(shape+"/"+enc, func(b *testing.B) {
				body := bodies[shape]
				sent := body
				if enc == "gzip" {
					sent = benchGzip(b, body)
				}
				srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
					w.Header().Set("Content-Type", "application/json")
					if enc == "gzip" {
						w.Header().Set("Content-Encoding", "gzip")
					}
					w.Header().Set("Content-Length", strconv.Itoa(len(sent)))
					_, _ = w.Write(sent)
				}))
				b.Cleanup(srv.Close)
				c, err := NewClient(srv.URL, WithAPIKey(benchAPIKey), WithoutRetries(), WithoutPacing())
				if err != nil {
					b.Fatal(err)
				}
				b.Cleanup(c.CloseIdleConnections)
				ctx := context.Background()
				call := func() (any, error) {
					if shape == "list" {
						items, _, err := c.AaSequences.List(ctx, nil)
						if err == nil && len(items) < 100 {
							err = fmt.Errorf("%d items", len(items))
						}
						return items, err
					}
					seq, _, err := c.AaSequences.Get(ctx, "prtn_1", nil)
					if err == nil && len(seq.AminoAcids) < size {
						err = fmt.Errorf("%d residues", len(seq.AminoAcids))
					}
					return seq, err
				}
				var peak, result float64
				b.ReportAllocs()
				b.ResetTimer()
				for range b.N {
					base := liveHeap()
					p, after, err := peakHeap(call)
					if err != nil {
						b.Fatal(err)
					}
					peak += float64(p - base)
					result += float64(after - base)
				}
				n := float64(b.N) * float64(len(body))
				b.ReportMetric(peak/n, "peak/body")
				b.ReportMetric(result/n, "result/body")
				b.ReportMetric(peak/result, "peak-x-result")
			})
		}
	}
}
