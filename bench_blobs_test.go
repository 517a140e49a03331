package benchling_test

// BenchmarkBlobTransfer: Blobs.Upload and Blobs.Download of one blob
// through the fake tenant, against a floor measured in the same run: a
// plain io.Copy of the same number of bytes over the same loopback (an
// HTTP PUT into a handler that discards it, an HTTP GET of a handler that
// writes it), with nothing else to do.
//
// The fake tenant runs in a child process (this test binary, started again
// to run TestBlobBenchFakeProcess), so that the heap measured here is the
// SDK's alone: the fake keeps the whole blob in memory, and decodes and
// hashes every part. The floor's server runs in the same child.
//
// The size is 32 MiB by default (CI runs every benchmark once); set
// BENCH_BLOB_MIB=1024 for the 1 GiB run of BENCHMARKS.md:
//
//	BENCH_BLOB_MIB=1024 go test -run '^$' -bench BlobTransfer -benchtime 1x -count 3 -timeout 30m .
//
// Reported, besides the SDK's own ns/op: upload-x-floor and
// download-x-floor (time ratios), upload-MiB/s and download-MiB/s, and
// peak-heap-MiB: the largest heap in use (runtime/metrics' objects plus
// unused span space, sampled every millisecond after a GC) while the SDK
// uploads or downloads; floor-peak-heap-MiB the same for the floor.

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"runtime"
	"runtime/metrics"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
)

const blobBenchEnv = "BENCHLING_BLOB_BENCH_FAKE"

// TestBlobBenchFakeProcess is the child process of BenchmarkBlobTransfer:
// it serves a fake tenant and the floor's endpoints, prints their URLs and
// the API key on one line, and stops when its stdin closes. Otherwise it
// does nothing.
func TestBlobBenchFakeProcess(t *testing.T) {
	if os.Getenv(blobBenchEnv) != "1" {
		return
	}
	srv, err := benchlingtest.Start(benchlingtest.WithTaskPolls(0))
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	block := make([]byte, 1<<20) // the download floor's bytes, from memory as the fake's
	_, _ = newBenchSource(1).Read(block)
	floor := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.Method {
		case http.MethodPut: // the upload floor: read and discard
			_, _ = io.Copy(io.Discard, r.Body)
		case http.MethodGet: // the download floor: write n bytes
			n, _ := strconv.ParseInt(r.URL.Query().Get("n"), 10, 64)
			w.Header().Set("Content-Length", strconv.FormatInt(n, 10))
			for n > 0 {
				k := min(n, int64(len(block)))
				if _, err := w.Write(block[:k]); err != nil {
					return
				}
				n -= k
			}
		}
	}))
	defer floor.Close()
	fmt.Printf("BENCHFAKE %s %s %s\n", srv.URL, srv.APIKey, floor.URL)
	_, _ = io.Copy(io.Discard, os.Stdin) // until the parent closes it
}

// benchSource yields pseudo-random bytes fast (ChaCha8), without holding
// them.
type benchSource struct{ r *rand.ChaCha8 }

func newBenchSource(seed byte) *benchSource {
	var s [32]byte
	s[0] = seed
	return &benchSource{rand.NewChaCha8(s)}
}

func (s *benchSource) Read(p []byte) (int, error) { return s.r.Read(p) }

// blobBenchSize is the benchmark's blob size: BENCH_BLOB_MIB MiB, 32 by
// default.
func blobBenchSize(b *testing.B) int64 {
	mib := int64(32)
	if v := os.Getenv("BENCH_BLOB_MIB"); v != "" {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil || n <= 0 {
			b.Fatalf("BENCH_BLOB_MIB=%q is not a positive number of MiB", v)
		}
		mib = n
	}
	return mib << 20
}

// benchFakeProcess starts the child process and returns its URLs and key.
func benchFakeProcess(b *testing.B) (tenant, key, floor string) {
	exe, err := os.Executable()
	if err != nil {
		b.Fatal(err)
	}
	args := []string{"-test.run=^TestBlobBenchFakeProcess$", "-test.count=1"}
	if p := os.Getenv("BENCH_BLOB_FAKE_CPUPROFILE"); p != "" { // to see where the fake spends its time
		args = append(args, "-test.cpuprofile="+p)
	}
	cmd := exec.Command(exe, args...)
	cmd.Env = append(os.Environ(), blobBenchEnv+"=1")
	stdin, err := cmd.StdinPipe()
	if err != nil {
		b.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		b.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() {
		_ = stdin.Close()
		_ = cmd.Wait()
	})
	sc := bufio.NewScanner(stdout)
	for sc.Scan() {
		if f := strings.Fields(sc.Text()); len(f) == 4 && f[0] == "BENCHFAKE" {
			go func() { _, _ = io.Copy(io.Discard, stdout) }() // the rest of its output
			return f[1], f[2], f[3]
		}
	}
	b.Fatalf("the fake's process did not start: %v", sc.Err())
	return
}

// heapPeak samples the heap in use every millisecond until stop, and
// returns the largest sample.
type heapPeak struct {
	stop chan struct{}
	done chan uint64
}

func startHeapPeak() *heapPeak {
	runtime.GC()
	h := &heapPeak{stop: make(chan struct{}), done: make(chan uint64)}
	go func() {
		s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}, {Name: "/memory/classes/heap/unused:bytes"}}
		var peak uint64
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			metrics.Read(s)
			peak = max(peak, s[0].Value.Uint64()+s[1].Value.Uint64())
			select {
			case <-h.stop:
				h.done <- peak
				return
			case <-t.C:
			}
		}
	}()
	return h
}

func (h *heapPeak) end() float64 {
	close(h.stop)
	return float64(<-h.done) / (1 << 20)
}

func BenchmarkBlobTransfer(b *testing.B) {
	size := blobBenchSize(b)
	tenant, key, floorURL := benchFakeProcess(b)
	client, err := benchling.NewClient(tenant, benchling.WithAPIKey(key))
	if err != nil {
		b.Fatal(err)
	}
	defer client.CloseIdleConnections()
	hc := &http.Client{Transport: http.DefaultTransport.(*http.Transport).Clone()}
	defer hc.CloseIdleConnections()
	ctx := context.Background()

	var times [4]time.Duration // SDK up, floor up, SDK down, floor down
	var peaks [4]float64
	var blobID string
	run := func(i int, f func() error) {
		h := startHeapPeak()
		start := time.Now()
		err := f()
		times[i] += time.Since(start)
		peaks[i] = max(peaks[i], h.end())
		if err != nil {
			b.Fatal(err)
		}
	}
	sdkUp := func() error {
		blob, err := client.Blobs.Upload(ctx, "bench.bin", io.LimitReader(newBenchSource(2), size), nil)
		if err == nil {
			blobID = blob.ID
		}
		return err
	}
	floorUp := func() error {
		req, err := http.NewRequestWithContext(ctx, http.MethodPut, floorURL+"/sink", io.LimitReader(newBenchSource(2), size))
		if err != nil {
			return err
		}
		req.ContentLength = size
		resp, err := hc.Do(req)
		if err != nil {
			return err
		}
		_, _ = io.Copy(io.Discard, resp.Body)
		return resp.Body.Close()
	}
	sdkDown := func() error {
		n, err := client.Blobs.Download(ctx, blobID, io.Discard)
		if err == nil && n != size {
			err = fmt.Errorf("downloaded %d bytes, want %d", n, size)
		}
		return err
	}
	floorDown := func() error {
		resp, err := hc.Get(floorURL + "/source?n=" + strconv.FormatInt(size, 10))
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		n, err := io.Copy(io.Discard, resp.Body)
		if err == nil && n != size {
			err = fmt.Errorf("the floor downloaded %d bytes, want %d", n, size)
		}
		return err
	}
	b.ResetTimer()
	for i := range b.N {
		// Alternate which side goes first, so both see the same noise.
		if i%2 == 0 {
			run(1, floorUp)
			run(0, sdkUp)
			run(3, floorDown)
			run(2, sdkDown)
		} else {
			run(0, sdkUp)
			run(1, floorUp)
			run(2, sdkDown)
			run(3, floorDown)
		}
	}
	b.StopTimer()
	n := float64(b.N)
	mib := float64(size) / (1 << 20)
	b.ReportMetric(float64(times[0]+times[2])/n, "ns/op")
	b.ReportMetric(float64(times[0])/float64(times[1]), "upload-x-floor")
	b.ReportMetric(float64(times[2])/float64(times[3]), "download-x-floor")
	b.ReportMetric(mib*n/times[0].Seconds(), "upload-MiB/s")
	b.ReportMetric(mib*n/times[2].Seconds(), "download-MiB/s")
	b.ReportMetric(mib*n/times[1].Seconds(), "floor-upload-MiB/s")
	b.ReportMetric(mib*n/times[3].Seconds(), "floor-download-MiB/s")
	b.ReportMetric(max(peaks[0], peaks[2]), "peak-heap-MiB")
	b.ReportMetric(peaks[0], "upload-peak-heap-MiB")
	b.ReportMetric(peaks[2], "download-peak-heap-MiB")
	b.ReportMetric(max(peaks[1], peaks[3]), "floor-peak-heap-MiB")
}
