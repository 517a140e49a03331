package benchling_test

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
)

// relPacingRun sends goroutines*each Gets through one client to a fake
// tenant allowing limit requests per window, and returns how many calls
// failed and how many requests the tenant throttled.
func relPacingRun(t *testing.T, limit, goroutines, each int, window time.Duration, opts ...benchling.Option) (failed, throttled int, took time.Duration) {
	t.Helper()
	srv := benchlingtest.NewServer(t)
	ids := srv.SeedAaSequences(1)
	srv.SetRateLimit(limit, window)
	policy := benchling.WithRetryPolicy(benchling.RetryPolicy{MaxRetries: 10, MinBackoff: 10 * time.Millisecond, MaxBackoff: 2 * time.Second})
	c, err := srv.Client(append([]benchling.Option{policy}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var wg sync.WaitGroup
	var nFailed atomic.Int32
	start := time.Now()
	for g := 0; g < goroutines; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < each; i++ {
				if _, _, err := c.AaSequences.Get(ctx, ids[0], nil); err != nil {
					nFailed.Add(1)
					t.Errorf("Get: %v", err)
					return
				}
			}
		}()
	}
	wg.Wait()
	took = time.Since(start)
	for _, r := range srv.Requests() {
		if r.Status == 429 {
			throttled++
		}
	}
	return int(nFailed.Load()), throttled, took
}

// TestReliabilityPacingConcurrent: 50 goroutines share one client against
// a tenant that allows 40 requests per second (Benchling: 60 per 30 s,
// scaled down). No call fails, and pacing keeps the 429s far below what
// the same load draws without it.
func TestReliabilityPacingConcurrent(t *testing.T) {
	const limit, goroutines, each = 40, 50, 2
	failed, paced, took := relPacingRun(t, limit, goroutines, each, time.Second)
	t.Logf("paced: %d requests in %v, %d throttled", goroutines*each, took, paced)
	if failed != 0 {
		t.Fatalf("%d calls failed", failed)
	}
	_, unpaced, took := relPacingRun(t, limit, goroutines, each, time.Second, benchling.WithoutPacing())
	t.Logf("unpaced: %d requests in %v, %d throttled", goroutines*each, took, unpaced)
	// The first request of each window goes alone and the others wait for
	// its answer, so pacing should draw no 429 at all; 2 allows for a
	// response delayed past the window's end on a loaded machine.
	if maxPaced := 2; paced > maxPaced {
		t.Errorf("paced: the tenant throttled %d requests, want at most %d (a 429 storm)", paced, maxPaced)
	}
	if paced*2 >= unpaced {
		t.Errorf("pacing drew %d 429s and no pacing %d: pacing should at least halve them", paced, unpaced)
	}
}
