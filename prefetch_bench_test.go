package benchling

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"
)

// BenchmarkBenchAllPrefetch: All with WithPrefetch against All without it,
// with 20 ms of latency per request and a loop body that works 100 µs per
// item (10 ms per page of 100). x-floor below 1 is the gain.
func BenchmarkBenchAllPrefetch(b *testing.B) {
	pages := 4
	if benchFull() {
		pages = 20
	}
	const work = 100 * time.Microsecond
	s := newBenchServer(b, 100)
	s.total.Store(int64(pages * 100))
	s.latency = 20 * time.Millisecond
	seq, pre := s.client(b), s.client(b, WithPrefetch())
	ctx := context.Background()
	opts := &AaSequenceListOptions{ListOptions: ListOptions{PageSize: 100}}
	pass := func(c *Client) func() error {
		return func() error {
			n := 0
			for it, err := range c.AaSequences.All(ctx, opts) {
				if err != nil {
					return err
				}
				for t0 := time.Now(); time.Since(t0) < work; {
					n += len(it.AminoAcids) & 1
				}
				n++
			}
			if n < pages*100 {
				return fmt.Errorf("%d items, want %d", n, pages*100)
			}
			return nil
		}
	}
	benchPair(b, pass(seq), pass(pre))
}

// prefetchServer serves total items in pages of size, as "it<i>" IDs;
// fail, if set, answers page fail with a 500; sameToken makes every page
// point to page 1 again.
func prefetchServer(t *testing.T, total, size, fail int, sameToken bool) (*Client, *atomic.Int32) {
	t.Helper()
	var requests atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		requests.Add(1)
		page := benchPageOf(r.URL.Query().Get("nextToken"))
		if fail > 0 && page == fail {
			w.WriteHeader(http.StatusInternalServerError)
			fmt.Fprint(w, `{"error":{"message":"boom","type":"server_error"}}`)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"aaSequences":[`)
		for i := page * size; i < min((page+1)*size, total); i++ {
			if i > page*size {
				fmt.Fprint(w, ",")
			}
			fmt.Fprintf(w, `{"id":"it%d"}`, i)
		}
		switch {
		case sameToken:
			fmt.Fprintf(w, `],"nextToken":%q}`, benchToken(1))
		case (page+1)*size < total:
			fmt.Fprintf(w, `],"nextToken":%q}`, benchToken(page+1))
		default:
			fmt.Fprint(w, `]}`)
		}
	}))
	t.Cleanup(srv.Close)
	c, err := NewClient(srv.URL, WithAPIKey(benchAPIKey), WithoutRetries(), WithPrefetch())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.retry.HTTPClient.CloseIdleConnections)
	return c, &requests
}

// collect ranges over seq, stopping after stop items (0: never), and
// returns the IDs and errors seen.
func collectIDs(seq func(func(*AaSequence, error) bool), stop int) (ids []string, errs []error) {
	for it, err := range seq {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		ids = append(ids, it.ID)
		if stop > 0 && len(ids) == stop {
			break
		}
	}
	return ids, errs
}

func TestBenchPrefetchSameItemsInOrder(t *testing.T) {
	c, requests := prefetchServer(t, 350, 100, 0, false)
	ids, errs := collectIDs(c.AaSequences.All(testCtx(t), &AaSequenceListOptions{ListOptions: ListOptions{PageSize: 100}}), 0)
	if len(errs) != 0 || len(ids) != 350 {
		t.Fatalf("got %d items and errors %v, want 350 items", len(ids), errs)
	}
	for i, id := range ids {
		if want := fmt.Sprintf("it%d", i); id != want {
			t.Fatalf("item %d is %s, want %s", i, id, want)
		}
	}
	if n := requests.Load(); n != 4 {
		t.Errorf("%d requests, want 4", n)
	}
}

func TestBenchPrefetchBreakStopsAtOnePageAhead(t *testing.T) {
	c, requests := prefetchServer(t, 1000, 100, 0, false)
	ids, errs := collectIDs(c.AaSequences.All(testCtx(t), nil), 150)
	if len(ids) != 150 || len(errs) != 0 {
		t.Fatalf("got %d items, errors %v", len(ids), errs)
	}
	// Pages 0 and 1 were consumed; page 2 may have been fetched ahead;
	// All has returned, so no fetch is still running.
	if n := requests.Load(); n < 2 || n > 3 {
		t.Errorf("%d requests after breaking in page 2, want 2 or 3", n)
	}
	time.Sleep(20 * time.Millisecond)
	if n := requests.Load(); n > 3 {
		t.Errorf("a request was sent after All returned: %d", n)
	}
}

func TestBenchPrefetchErrorAfterEarlierPages(t *testing.T) {
	c, _ := prefetchServer(t, 1000, 100, 2, false)
	ids, errs := collectIDs(c.AaSequences.All(testCtx(t), nil), 0)
	if len(ids) != 200 {
		t.Errorf("got %d items before the error, want the 200 of pages 0 and 1", len(ids))
	}
	if len(errs) != 1 || !errors.Is(errs[0], ErrServer) {
		t.Errorf("errors %v, want one ErrServer", errs)
	}
}

func TestBenchPrefetchRepeatedToken(t *testing.T) {
	c, _ := prefetchServer(t, 1000, 100, 0, true)
	ids, errs := collectIDs(c.AaSequences.All(testCtx(t), nil), 0)
	if len(ids) != 200 || len(errs) != 1 || !errors.Is(errs[0], ErrRepeatedToken) {
		t.Errorf("got %d items and errors %v, want 200 items then ErrRepeatedToken", len(ids), errs)
	}
}

func TestBenchPrefetchCancel(t *testing.T) {
	c, _ := prefetchServer(t, 100000, 100, 0, false)
	ctx, cancel := context.WithCancel(testCtx(t))
	defer cancel()
	n := 0
	var errs []error
	for _, err := range c.AaSequences.All(ctx, nil) {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if n++; n == 250 {
			cancel()
		}
	}
	if n >= 100000 || len(errs) != 1 || !errors.Is(errs[0], context.Canceled) {
		t.Errorf("after cancel: %d items, errors %v; want one context.Canceled", n, errs)
	}
}
