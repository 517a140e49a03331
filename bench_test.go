package benchling

// Benchmarks of the SDK against a floor measured in the same run: what a
// careful engineer writes without the SDK (plain net/http and
// encoding/json into the same structs) against the same loopback server
// and the same payloads. See BENCHMARKS.md and scripts/bench.sh.
//
// Each benchmark runs the floor and the SDK in rounds inside one loop
// (floor then SDK, then SDK then floor, ...) so that both see the same
// machine noise, and reports the SDK's own ns/op, B/op and allocs/op
// (overriding the loop's totals), the floor's, and the ratios x-floor
// (time) and allocs-x-floor. Allocation counts include the in-process
// server's, which are the same for both sides.

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// benchFull reports whether the full-size benchmarks were asked for
// (BENCH_FULL=1, as scripts/bench.sh sets). Without it every benchmark is
// sized so that CI's single -benchtime 1x pass stays short.
func benchFull() bool { return os.Getenv("BENCH_FULL") == "1" }

const benchAPIKey = "sk_BENCH_0123456789abcdef"

// benchResidues is a 300-residue amino-acid sequence: the spec example's
// 41 residues repeated.
var benchResidues = func() string {
	const ex = "IKTATARRELAETSWTGDRLWGFSDNWAPALRRPSPSALGK" // the spec's AaSequence example
	return strings.Repeat(ex, 300/len(ex)+1)[:300]
}()

// benchSequence returns the i-th benchmark AA sequence as a JSON object:
// the spec's AaSequence example (testdata/aa_sequences/get.json) with 300
// residues, three annotations and three schema fields of different kinds.
func benchSequence(tb testing.TB, i int) []byte {
	tb.Helper()
	raw, err := os.ReadFile("testdata/aa_sequences/get.json")
	if err != nil {
		tb.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		tb.Fatal(err)
	}
	id := fmt.Sprintf("prtn_%08d", i)
	m["id"] = id
	m["name"] = fmt.Sprintf("Example AA Sequence %d", i)
	m["aminoAcids"] = benchResidues
	m["length"] = len(benchResidues)
	m["apiURL"] = "https://benchling.com/api/v2/aa-sequences/" + id
	m["url"] = "/benchling/f/lib_55UxcIps-registry/" + id + "-kedchain11/edit"
	m["webURL"] = "https://benchling.com" + m["url"].(string)
	ann := m["annotations"].([]any)[0].(map[string]any)
	var anns []any
	for k, span := range [][2]int{{0, 10}, {42, 120}, {200, 0}} {
		a := map[string]any{}
		for key, v := range ann {
			a[key] = v
		}
		a["id"] = fmt.Sprintf("prtnann_%06d%02d", i%1000000, k)
		a["start"], a["end"] = span[0], span[1]
		anns = append(anns, a)
	}
	m["annotations"] = anns
	fields := m["fields"].(map[string]any)
	fields["Notes"] = map[string]any{"isMulti": false, "type": "text", "value": "Expressed in E. coli BL21", "displayValue": "Expressed in E. coli BL21", "textValue": "Expressed in E. coli BL21"}
	fields["Yield"] = map[string]any{"isMulti": false, "type": "integer", "value": 42, "displayValue": "42", "textValue": "42"}
	b, err := json.Marshal(m)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// benchPageItems returns the JSON of pageSize sequences joined by commas,
// the inside of a list envelope's array.
func benchPageItems(tb testing.TB, pageSize int) []byte {
	var b []byte
	for i := range pageSize {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, benchSequence(tb, i)...)
	}
	return b
}

// benchToken is a page token about as long as Benchling's (base64 text).
func benchToken(page int) string {
	return fmt.Sprintf("SW1wb3J0YW50OiBhYS1zZXF1ZW5jZXMgbGlzdCBwYWdlIGN1cnNvcg.%08d", page)
}

func benchPageOf(tok string) int {
	if tok == "" {
		return 0
	}
	_, n, _ := strings.Cut(tok, ".")
	p, _ := strconv.Atoi(n)
	return p
}

// benchServer is a loopback Benchling that serves the benchmark payloads.
type benchServer struct {
	srv      *httptest.Server
	get      []byte // one sequence
	items    []byte // one page's items
	pageSize int
	total    atomic.Int64 // items a list has in all; 0: endless
	latency  time.Duration
	requests atomic.Int64
}

func newBenchServer(b testing.TB, pageSize int) *benchServer {
	b.Helper()
	s := &benchServer{get: benchSequence(b, 1), items: benchPageItems(b, pageSize), pageSize: pageSize}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/v2/aa-sequences/{id}", func(w http.ResponseWriter, r *http.Request) {
		s.headers(w, len(s.get))
		_, _ = w.Write(s.get)
	})
	mux.HandleFunc("GET /api/v2/aa-sequences", s.list)
	s.srv = httptest.NewServer(mux)
	b.Cleanup(s.srv.Close)
	return s
}

func (s *benchServer) headers(w http.ResponseWriter, n int) {
	s.requests.Add(1)
	if s.latency > 0 {
		time.Sleep(s.latency)
	}
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Set("Content-Length", strconv.Itoa(n))
	// A healthy tenant with budget to spare.
	h.Set("x-rate-limit-limit", "1000000")
	h.Set("x-rate-limit-remaining", "999999")
	h.Set("x-rate-limit-reset", "30")
}

const benchListHead = `{"aaSequences":[`

func (s *benchServer) list(w http.ResponseWriter, r *http.Request) {
	page := benchPageOf(r.URL.Query().Get("nextToken"))
	tail := `]}`
	if total := s.total.Load(); total == 0 || int64((page+1)*s.pageSize) < total {
		tail = `],"nextToken":"` + benchToken(page+1) + `"}`
	}
	s.headers(w, len(benchListHead)+len(s.items)+len(tail))
	_, _ = io.WriteString(w, benchListHead)
	_, _ = w.Write(s.items)
	_, _ = io.WriteString(w, tail)
}

func (s *benchServer) client(b testing.TB, opts ...Option) *Client {
	b.Helper()
	c, err := NewClient(s.srv.URL, append([]Option{WithAPIKey(benchAPIKey)}, opts...)...)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(c.CloseIdleConnections)
	return c
}

// floorClient is the hand-written baseline: net/http with the same
// transport settings as the SDK's default, encoding/json into the SDK's
// structs, status check, body drained for connection reuse.
type floorClient struct {
	hc    *http.Client
	base  string
	authz string
}

func (s *benchServer) floor(b testing.TB) *floorClient {
	b.Helper()
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.MaxIdleConnsPerHost = 16
	f := &floorClient{
		hc:    &http.Client{Timeout: time.Minute, Transport: tr},
		base:  s.srv.URL + "/api/v2",
		authz: basicAuthHeader(benchAPIKey),
	}
	b.Cleanup(tr.CloseIdleConnections)
	return f
}

func (f *floorClient) send(ctx context.Context, u string, v any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", f.authz)
	req.Header.Set("Accept", "application/json")
	resp, err := f.hc.Do(req)
	if err != nil {
		return err
	}
	defer func() {
		_, _ = io.Copy(io.Discard, resp.Body)
		_ = resp.Body.Close()
	}()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("GET %s: %s", u, resp.Status)
	}
	return json.NewDecoder(resp.Body).Decode(v)
}

func (f *floorClient) get(ctx context.Context, id string) (*AaSequence, error) {
	v := new(AaSequence)
	if err := f.send(ctx, f.base+"/aa-sequences/"+url.PathEscape(id), v); err != nil {
		return nil, err
	}
	return v, nil
}

type floorPage struct {
	AaSequences []*AaSequence `json:"aaSequences"`
	NextToken   string        `json:"nextToken"`
}

func (f *floorClient) list(ctx context.Context, pageSize int, token string) (*floorPage, error) {
	q := url.Values{"pageSize": {strconv.Itoa(pageSize)}}
	if token != "" {
		q.Set("nextToken", token)
	}
	p := new(floorPage)
	if err := f.send(ctx, f.base+"/aa-sequences?"+q.Encode(), p); err != nil {
		return nil, err
	}
	return p, nil
}

// benchSide accumulates one side's cost over a benchmark loop.
type benchSide struct {
	ns, bytes, allocs float64
}

// benchPair runs floor and sdk b.N times each, in rounds that alternate
// which goes first, and reports the SDK's cost, the floor's and their
// ratios. Each call is one "op".
func benchPair(b *testing.B, floor, sdk func() error) {
	b.Helper()
	var sides [2]benchSide // 0 floor, 1 sdk
	fns := [2]func() error{floor, sdk}
	// Warm both (connections, pools) outside the measurement.
	for _, fn := range fns {
		if err := fn(); err != nil {
			b.Fatal(err)
		}
	}
	var ms0, ms1 runtime.MemStats
	const round = 20
	b.ReportAllocs()
	b.ResetTimer()
	for done, r := 0, 0; done < b.N; r++ {
		n := min(round, b.N-done)
		for k := range 2 {
			side := (k + r) % 2
			fn := fns[side]
			runtime.ReadMemStats(&ms0)
			start := time.Now()
			for range n {
				if err := fn(); err != nil {
					b.Fatal(err)
				}
			}
			el := time.Since(start)
			runtime.ReadMemStats(&ms1)
			sides[side].ns += float64(el.Nanoseconds())
			sides[side].bytes += float64(ms1.TotalAlloc - ms0.TotalAlloc)
			sides[side].allocs += float64(ms1.Mallocs - ms0.Mallocs)
		}
		done += n
	}
	b.StopTimer()
	reportPair(b, sides, float64(b.N), "op")
}

func reportPair(b *testing.B, sides [2]benchSide, n float64, unit string) {
	f, s := sides[0], sides[1]
	if unit == "op" {
		b.ReportMetric(s.ns/n, "ns/op")
		b.ReportMetric(s.bytes/n, "B/op")
		b.ReportMetric(s.allocs/n, "allocs/op")
	} else {
		b.ReportMetric(s.ns/n, "ns/"+unit)
		b.ReportMetric(s.allocs/n, "allocs/"+unit)
	}
	b.ReportMetric(f.ns/n, "floor-ns/"+unit)
	b.ReportMetric(f.allocs/n, "floor-allocs/"+unit)
	if unit == "op" {
		b.ReportMetric(f.bytes/n, "floor-B/op")
	}
	b.ReportMetric(s.ns/f.ns, "x-floor")
	b.ReportMetric(s.allocs/f.allocs, "allocs-x-floor")
}

// BenchmarkBenchGetAaSequence: AaSequences.Get against a hand-written GET
// of one 300-residue sequence.
func BenchmarkBenchGetAaSequence(b *testing.B) {
	s := newBenchServer(b, 1)
	c, f := s.client(b), s.floor(b)
	ctx := context.Background()
	benchPair(b,
		func() error { _, err := f.get(ctx, "prtn_00000001"); return err },
		func() error { _, _, err := c.AaSequences.Get(ctx, "prtn_00000001", nil); return err })
}

// benchTinyBody is the smallest realistic answer, {"id":...,"name":...}:
// with almost nothing to decode, the pair measures the SDK's own
// per-request work (request building, retries, pacing, auth, the decode
// path) against the floor's.
const benchTinyBody = `{"id":"prtn_00000001","name":"Example AA Sequence 1"}`

// BenchmarkBenchGetTiny: AaSequences.Get against a hand-written GET of a
// tiny body (benchTinyBody).
func BenchmarkBenchGetTiny(b *testing.B) {
	s := newBenchServer(b, 1)
	s.get = []byte(benchTinyBody)
	c, f := s.client(b), s.floor(b)
	ctx := context.Background()
	benchPair(b,
		func() error { _, err := f.get(ctx, "prtn_00000001"); return err },
		func() error { _, _, err := c.AaSequences.Get(ctx, "prtn_00000001", nil); return err })
}

// BenchmarkBenchListAaSequencesPage: AaSequences.List of one page of 100
// against a hand-written GET of the same page.
func BenchmarkBenchListAaSequencesPage(b *testing.B) {
	s := newBenchServer(b, 100)
	c, f := s.client(b), s.floor(b)
	ctx := context.Background()
	opts := &AaSequenceListOptions{ListOptions: ListOptions{PageSize: 100}}
	benchPair(b,
		func() error {
			p, err := f.list(ctx, 100, "")
			if err == nil && len(p.AaSequences) != 100 {
				err = errors.New("short page")
			}
			return err
		},
		func() error {
			items, _, err := c.AaSequences.List(ctx, opts)
			if err == nil && len(items) != 100 {
				err = errors.New("short page")
			}
			return err
		})
}

// BenchmarkBenchRetryPacingLayer: the cost of the retry and pacing layer
// on a healthy server. Here the "floor" is the SDK with pacing off and
// retries off (WithoutPacing, WithoutRetries), and x-floor is on/off.
func BenchmarkBenchRetryPacingLayer(b *testing.B) {
	s := newBenchServer(b, 1)
	on := s.client(b)
	off := s.client(b, WithoutPacing(), WithoutRetries())
	ctx := context.Background()
	benchPair(b,
		func() error { _, _, err := off.AaSequences.Get(ctx, "prtn_00000001", nil); return err },
		func() error { _, _, err := on.AaSequences.Get(ctx, "prtn_00000001", nil); return err })
}

// TestBenchSDKMatchesFloor checks that the benchmark's two sides do the same
// work: the SDK and the hand-written floor decode the payloads into equal
// values, and the payload has the realistic shape the benchmarks claim.
func TestBenchSDKMatchesFloor(t *testing.T) {
	s := newBenchServer(t, 100)
	s.total.Store(300)
	c, f := s.client(t), s.floor(t)
	ctx := testCtx(t)
	got, _, err := c.AaSequences.Get(ctx, "prtn_00000001", nil)
	if err != nil {
		t.Fatal(err)
	}
	want, err := f.get(ctx, "prtn_00000001")
	if err != nil {
		t.Fatal(err)
	}
	if !benchEqual(t, got, want) {
		t.Fatal("Get: SDK and floor decode differently")
	}
	if len(got.AminoAcids) != 300 || got.Length != 300 || len(got.Annotations) != 3 || len(got.Fields) != 3 ||
		got.Creator.ID == "" || got.Schema == nil || got.CreatedAt.IsZero() {
		t.Fatalf("benchmark payload is not the realistic shape: %+v", got)
	}
	var sdkAll, floorAll []*AaSequence
	for it, err := range c.AaSequences.All(ctx, &AaSequenceListOptions{ListOptions: ListOptions{PageSize: 100}}) {
		if err != nil {
			t.Fatal(err)
		}
		sdkAll = append(sdkAll, it)
	}
	for tok := ""; ; {
		p, err := f.list(ctx, 100, tok)
		if err != nil {
			t.Fatal(err)
		}
		floorAll = append(floorAll, p.AaSequences...)
		if tok = p.NextToken; tok == "" {
			break
		}
	}
	if len(sdkAll) != 300 || len(floorAll) != 300 {
		t.Fatalf("All: SDK %d items, floor %d, want 300", len(sdkAll), len(floorAll))
	}
	for i := range sdkAll {
		if !benchEqual(t, sdkAll[i], floorAll[i]) {
			t.Fatalf("All: item %d decodes differently", i)
		}
	}
}

// benchEqual compares two decoded sequences by their JSON encoding (the
// FieldValue type keeps raw JSON, which reflect.DeepEqual would compare
// byte for byte anyway).
func benchEqual(t *testing.T, a, b *AaSequence) bool {
	t.Helper()
	ja, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	jb, err := json.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	return string(ja) == string(jb)
}

// TestBenchPathfMatchesSprintf checks that pathf's plain substitution gives
// the paths fmt.Sprintf gave before it, escaped and unescaped.
func TestBenchPathfMatchesSprintf(t *testing.T) {
	cases := []struct {
		format string
		ids    []string
	}{
		{"aa-sequences", nil},
		{"aa-sequences:bulk-get", nil},
		{"aa-sequences/%s", []string{"prtn_7nMBOMJD"}},
		{"aa-sequences/%s:upsert", []string{"TP 001?#"}},
		{"users/%s/activity", []string{"ent_a0SApq3z"}},
		{"entries/%s/external-files/%s", []string{"etr_1", "file 2%"}},
		{"entries/%s/external-files/%s", []string{"etr_ü", "f"}},
	}
	for _, c := range cases {
		raw, esc := make([]any, len(c.ids)), make([]any, len(c.ids))
		for i, id := range c.ids {
			raw[i], esc[i] = id, url.PathEscape(id)
		}
		r := pathf(c.format, c.ids...)
		if r.err != nil {
			t.Fatalf("pathf(%q, %q): %v", c.format, c.ids, r.err)
		}
		if want := fmt.Sprintf(c.format, raw...); r.path != want {
			t.Errorf("pathf(%q, %q).path = %q, want %q", c.format, c.ids, r.path, want)
		}
		if want := fmt.Sprintf(c.format, esc...); r.escaped != want {
			t.Errorf("pathf(%q, %q).escaped = %q, want %q", c.format, c.ids, r.escaped, want)
		}
	}
}

// BenchmarkBenchJSONPageV1 decodes the benchmark list page (100 AA
// sequences) with the encoding/json v1 API alone, to compare its engines
// across toolchains: Go 1.26 runs the classic engine, Go 1.27 the v2 one.
func BenchmarkBenchJSONPageV1(b *testing.B) {
	page := append(append([]byte(benchListHead), benchPageItems(b, 100)...), `],"nextToken":"`+benchToken(1)+`"}`...)
	b.ReportAllocs()
	for b.Loop() {
		var p floorPage
		if err := json.NewDecoder(bytes.NewReader(page)).Decode(&p); err != nil {
			b.Fatal(err)
		}
	}
}
