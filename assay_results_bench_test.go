package benchling

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync"
	"testing"
)

// Benchmarks of the assay result writes that move volume: appends to a
// result transaction, against a hand-written loop (encoding/json and
// net/http, one request per chunk of 4000), and the live heap while a
// large append runs. See BENCHMARKS.md.

// benchResultCount is how many results BenchmarkBenchResultAppend appends
// per op: 40,000 (ten chunks) with BENCH_FULL=1, 8,000 (two) otherwise.
func benchResultCount() int {
	if benchFull() {
		return 40_000
	}
	return 8_000
}

const benchTxID = "4b7c5f1e-3a2d-4e6f-9b8a-7c6d5e4f3a2b"

// benchResults are n plate-reader results: a float, a link, a text and a
// boolean field, in the bare form.
func benchResults(n int) []*AssayResultCreate {
	items := make([]*AssayResultCreate, n)
	for i := range items {
		items[i] = &AssayResultCreate{SchemaID: "assaysch_fFLKmdmG", Fields: AssayFieldsCreate{
			"od_600": NumberValue(float64(i%997) / 1000),
			"sample": StringValue("seq_" + strconv.Itoa(100000+i)),
			"well":   StringValue(string(rune('A'+i%8)) + strconv.Itoa(1+i%12)),
			"passed": BoolValue(i%5 != 0),
		}}
	}
	return items
}

// newResultTxServer serves appends to benchTxID: it counts the results
// of the body and answers as many IDs from a prepared answer.
func newResultTxServer(b testing.TB) *httptest.Server {
	b.Helper()
	var mu sync.Mutex
	answers := map[int][]byte{}
	answer := func(n int) []byte {
		mu.Lock()
		defer mu.Unlock()
		if a, ok := answers[n]; ok {
			return a
		}
		ids := make([]string, n)
		for i := range ids {
			ids[i] = fmt.Sprintf("00000000-0000-4000-8000-%012d", i)
		}
		a, _ := json.Marshal(AssayResultsCreateResponse{AssayResults: ids, Errors: json.RawMessage("null")})
		answers[n] = a
		return a
	}
	marker := []byte(`"schemaId"`)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var body bytes.Buffer
		_, _ = body.ReadFrom(r.Body)
		a := answer(bytes.Count(body.Bytes(), marker))
		h := w.Header()
		h.Set("Content-Type", "application/json")
		h.Set("Content-Length", strconv.Itoa(len(a)))
		h.Set("x-rate-limit-limit", "1000000")
		h.Set("x-rate-limit-remaining", "999999")
		h.Set("x-rate-limit-reset", "30")
		_, _ = w.Write(a)
	}))
	b.Cleanup(srv.Close)
	return srv
}

// floorAppend is the hand-written append: each chunk marshalled and
// posted, its IDs decoded and collected.
func floorAppend(ctx context.Context, f *floorClient, items []*AssayResultCreate) ([]string, error) {
	ids := make([]string, 0, len(items))
	for start := 0; start < len(items); start += MaxAssayResultsPerRequest {
		chunk := items[start:min(start+MaxAssayResultsPerRequest, len(items))]
		body, err := json.Marshal(assayResultsBulkCreateRequest{AssayResults: chunk})
		if err != nil {
			return nil, err
		}
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, f.base+"/result-transactions/"+benchTxID+"/results", bytes.NewReader(body))
		if err != nil {
			return nil, err
		}
		req.Header.Set("Authorization", f.authz)
		req.Header.Set("Content-Type", "application/json")
		resp, err := f.hc.Do(req)
		if err != nil {
			return nil, err
		}
		var r AssayResultsCreateResponse
		err = json.NewDecoder(resp.Body).Decode(&r)
		_ = resp.Body.Close()
		if err != nil || resp.StatusCode != http.StatusOK {
			return nil, fmt.Errorf("append: %s %v", resp.Status, err)
		}
		ids = append(ids, r.AssayResults...)
	}
	return ids, nil
}

// benchResultClient is a client of srv without retries or pacing.
func benchResultClient(b testing.TB, srv *httptest.Server) *Client {
	b.Helper()
	c, err := NewClient(srv.URL, WithAPIKey(benchAPIKey), WithoutRetries(), WithoutPacing())
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(c.CloseIdleConnections)
	return c
}

func benchFloorClient(b testing.TB, srv *httptest.Server) *floorClient {
	s := &benchServer{srv: srv}
	return s.floor(b)
}

// BenchmarkBenchResultAppend: ResultTransaction.Append of 8,000 results
// (40,000 with BENCH_FULL=1) in chunks of 4000, against floorAppend. The
// extra metrics are per result appended.
func BenchmarkBenchResultAppend(b *testing.B) {
	srv := newResultTxServer(b)
	c := benchResultClient(b, srv)
	f := benchFloorClient(b, srv)
	n := benchResultCount()
	items := benchResults(n)
	ctx := context.Background()
	check := func(ids []string, err error) error {
		if err == nil && len(ids) != n {
			err = fmt.Errorf("%d IDs for %d results", len(ids), n)
		}
		return err
	}
	benchPair(b,
		func() error { return check(floorAppend(ctx, f, items)) },
		func() error {
			tx := &ResultTransaction{s: c.AssayResults, id: benchTxID}
			return check(tx.Append(ctx, items))
		})
}

// BenchmarkBenchResultAppendPeakHeap: the live heap at its peak while
// Append sends one chunk (4,000 results) and while it sends five (20,000;
// 50,000 with BENCH_FULL=1), beyond the results themselves and the IDs
// returned (ids-B, the live heap after the call), against floorAppend
// measured the same way in the same loop. While a call runs, another
// goroutine forces GCs back to back and keeps the largest live heap they
// marked (which counts what is allocated while a GC marks, so the figures
// include some garbage, and the server's buffers: it is in the process).
// peak-beyond-ids/chunk-json is the SDK's peak over the size of one
// chunk's JSON; peak-x-floor the SDK's peak over the floor's.
func BenchmarkBenchResultAppendPeakHeap(b *testing.B) {
	srv := newResultTxServer(b)
	c := benchResultClient(b, srv)
	f := benchFloorClient(b, srv)
	chunkJSON, err := json.Marshal(assayResultsBulkCreateRequest{AssayResults: benchResults(MaxAssayResultsPerRequest)})
	if err != nil {
		b.Fatal(err)
	}
	large := 20_000
	if benchFull() {
		large = 50_000
	}
	for _, n := range []int{MaxAssayResultsPerRequest, large} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			items := benchResults(n)
			ctx := context.Background()
			sides := [2]func() (any, error){
				func() (any, error) { return floorAppend(ctx, f, items) },
				func() (any, error) {
					tx := &ResultTransaction{s: c.AssayResults, id: benchTxID}
					return tx.Append(ctx, items)
				},
			}
			var peak, after [2]float64
			b.ReportAllocs()
			b.ResetTimer()
			for i := range b.N {
				for k := range 2 {
					side := (k + i) % 2
					base := liveHeap()
					p, a, err := peakHeap(sides[side])
					if err != nil {
						b.Fatal(err)
					}
					peak[side] += float64(p) - float64(base)
					after[side] += float64(a) - float64(base)
				}
			}
			runs := float64(b.N)
			beyond := func(side int) float64 { return (peak[side] - after[side]) / runs }
			b.ReportMetric(peak[1]/runs, "peak-B")
			b.ReportMetric(peak[0]/runs, "floor-peak-B")
			b.ReportMetric(after[1]/runs, "ids-B")
			b.ReportMetric(float64(len(chunkJSON)), "chunk-json-B")
			b.ReportMetric(beyond(1)/float64(len(chunkJSON)), "peak-beyond-ids/chunk-json")
			b.ReportMetric(beyond(1)/beyond(0), "peak-x-floor")
		})
	}
}
