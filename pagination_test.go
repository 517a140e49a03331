package benchling

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"sync/atomic"
	"testing"

	"github.com/google/go-cmp/cmp"
)

type thing struct {
	ID string `json:"id"`
}

type thingListOptions struct {
	ListOptions
	Name string `url:"name,omitempty"`
}

// thingEnv serves three pages of things: t1,t2 | t3,t4 | t5. Page tokens
// are p2 and p3. hook, if set, can replace a page's response.
func thingEnv(t *testing.T, hook func(w http.ResponseWriter, r *http.Request) bool) (*testEnv, *atomic.Int32, func(context.Context, *thingListOptions) iterSeq) {
	env := setupRaw(t)
	var hits atomic.Int32
	env.mux.HandleFunc("GET /things", func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		if hook != nil && hook(w, r) {
			return
		}
		switch r.URL.Query().Get("nextToken") {
		case "":
			fmt.Fprint(w, `{"things":[{"id":"t1"},{"id":"t2"}],"nextToken":"p2"}`)
		case "p2":
			fmt.Fprint(w, `{"nextToken":"p3","things":[{"id":"t3"},{"id":"t4"}]}`)
		case "p3":
			fmt.Fprint(w, `{"things":[{"id":"t5"}],"nextToken":""}`)
		default:
			w.WriteHeader(400)
		}
	})
	listFn := func(ctx context.Context, o *thingListOptions) ([]*thing, *Response, error) {
		return list[thing](ctx, env.client, http.MethodGet, pathf("things"), "things", o, nil)
	}
	return env, &hits, func(ctx context.Context, o *thingListOptions) iterSeq { return all(ctx, o, listFn) }
}

type iterSeq = func(func(*thing, error) bool)

func collect(seq iterSeq) (ids []string, errs []error) {
	for it, err := range seq {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		ids = append(ids, it.ID)
	}
	return ids, errs
}

func TestAllWalksEveryPage(t *testing.T) {
	_, hits, allFn := thingEnv(t, nil)
	opts := &thingListOptions{ListOptions: ListOptions{PageSize: 2}, Name: "x"}
	before := *opts
	seq := allFn(testCtx(t), opts)
	if hits.Load() != 0 {
		t.Fatal("All sent a request before the loop started")
	}
	ids, errs := collect(seq)
	if diff := cmp.Diff([]string{"t1", "t2", "t3", "t4", "t5"}, ids); diff != "" || errs != nil {
		t.Errorf("ids mismatch (-want +got):\n%s errs=%v", diff, errs)
	}
	if hits.Load() != 3 {
		t.Errorf("requests = %d, want 3", hits.Load())
	}
	if *opts != before {
		t.Errorf("All mutated the caller's options: %+v", *opts)
	}
	// Ranging again starts over.
	ids, _ = collect(seq)
	if len(ids) != 5 || hits.Load() != 6 {
		t.Errorf("second range: %v after %d requests", ids, hits.Load())
	}
}

func TestAllBreakStopsRequests(t *testing.T) {
	_, hits, allFn := thingEnv(t, nil)
	for it, err := range allFn(testCtx(t), nil) {
		if err != nil || it.ID != "t1" {
			t.Fatalf("first = %v, %v", it, err)
		}
		break
	}
	if hits.Load() != 1 {
		t.Errorf("requests after break = %d, want 1", hits.Load())
	}
}

func TestAllErrorOnSecondPage(t *testing.T) {
	_, hits, allFn := thingEnv(t, func(w http.ResponseWriter, r *http.Request) bool {
		if r.URL.Query().Get("nextToken") == "p2" {
			w.WriteHeader(404)
			fmt.Fprint(w, `{"error":{"message":"gone","type":"invalid_request_error"}}`)
			return true
		}
		return false
	})
	ids, errs := collect(allFn(testCtx(t), nil))
	if diff := cmp.Diff([]string{"t1", "t2"}, ids); diff != "" {
		t.Errorf("ids mismatch (-want +got):\n%s", diff)
	}
	if len(errs) != 1 || !errors.Is(errs[0], ErrNotFound) {
		t.Errorf("errs = %v, want one ErrNotFound", errs)
	}
	if hits.Load() != 2 {
		t.Errorf("requests = %d, want 2", hits.Load())
	}
}

func TestAllRepeatedToken(t *testing.T) {
	_, hits, allFn := thingEnv(t, func(w http.ResponseWriter, r *http.Request) bool {
		if r.URL.Query().Get("nextToken") == "p2" {
			fmt.Fprint(w, `{"things":[{"id":"t3"}],"nextToken":"p2"}`)
			return true
		}
		return false
	})
	ids, errs := collect(allFn(testCtx(t), nil))
	if diff := cmp.Diff([]string{"t1", "t2", "t3"}, ids); diff != "" {
		t.Errorf("ids mismatch (-want +got):\n%s", diff)
	}
	if len(errs) != 1 || !errors.Is(errs[0], ErrRepeatedToken) {
		t.Errorf("errs = %v, want ErrRepeatedToken", errs)
	}
	if hits.Load() != 2 {
		t.Errorf("requests = %d, want 2", hits.Load())
	}
}

func TestAllCancelledContext(t *testing.T) {
	_, hits, allFn := thingEnv(t, nil)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var ids []string
	var errs []error
	for it, err := range allFn(ctx, nil) {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		ids = append(ids, it.ID)
		cancel() // cancelled while page 1 is consumed
	}
	if diff := cmp.Diff([]string{"t1", "t2"}, ids); diff != "" {
		t.Errorf("ids mismatch (-want +got):\n%s", diff)
	}
	if len(errs) != 1 || !errors.Is(errs[0], context.Canceled) {
		t.Errorf("errs = %v, want context.Canceled once", errs)
	}
	if hits.Load() != 1 {
		t.Errorf("requests = %d, want 1", hits.Load())
	}
}

func TestListOptionsQuery(t *testing.T) {
	env, _, _ := thingEnv(t, nil)
	env.mux.HandleFunc("GET /filtered", func(w http.ResponseWriter, r *http.Request) {
		testQuery(t, r, map[string]string{"pageSize": "7", "nextToken": "abc", "name": "a b&c"})
		fmt.Fprint(w, `{"things":[]}`)
	})
	o := &thingListOptions{ListOptions: ListOptions{PageSize: 7, NextToken: "abc"}, Name: "a b&c"}
	if _, _, err := list[thing](testCtx(t), env.client, http.MethodGet, pathf("filtered"), "things", o, nil); err != nil {
		t.Fatal(err)
	}
}
