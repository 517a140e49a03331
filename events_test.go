package benchling

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestEvents exercises List with the spec's fixture, All and Pages.
func TestEvents(t *testing.T) {
	runSpecCases(t, []specCase{
		{name: "List", op: "listEvents", pattern: "GET /events", status: http.StatusOK,
			query: map[string]string{"pageSize": "20", "createdAt.gte": "2024-05-01", "startingAfter": "evt_1",
				"eventTypes": "v2.entity.registered,v2.entry.created", "poll": "true"},
			call: func(t *testing.T, c *Client) (any, error) {
				evs, resp, err := c.Events.List(testCtx(t), &EventListOptions{ListOptions: ListOptions{PageSize: 20},
					CreatedAtGte: "2024-05-01", StartingAfter: "evt_1", Poll: true,
					EventTypes: []EventType{EventTypeV2EntityRegistered, EventTypeV2EntryCreated}})
				if err == nil {
					if e, ok := evs[0].(*EntityRegisteredEvent); !ok || e.Entity.Name != "name" || e.Base().EventType != EventTypeV2EntityRegistered {
						t.Errorf("first event = %#v", evs[0])
					}
				}
				return map[string]any{"events": evs, "nextToken": resp.NextToken}, err
			}},
	})
	t.Run("paging", func(t *testing.T) {
		env, n := setup(t), 0
		specPages(t, env, "GET /events", "listEvents", "events", false, &n)
		s := env.client.Events
		wantAllPages(t, &n, pointerSeq(s.All(testCtx(t), nil)), s.Pages(testCtx(t), nil))
	})
}

// TestEventKinds decodes the spec's fixture of every event type (every
// branch of the spec's Event union that has one) into the struct named
// after the branch's schema, and back; a type the SDK does not know keeps
// its JSON.
func TestEventKinds(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "spec", "schemas", "Event.*.json"))
	if err != nil {
		t.Fatal(err)
	}
	// The spec's discriminator maps 33 branches; StageEntryCreatedEvent,
	// which declares no eventType, has no fixture (it is decoded below).
	if len(files) != 32 {
		t.Fatalf("%d event fixtures, want 32 (generate them with: cd tools && go run ./cmd/specfixtures)", len(files))
	}
	for _, f := range files {
		branch := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(f), "Event."), ".json")
		t.Run(branch, func(t *testing.T) {
			fx := specBranchFixture(t, "Event", branch)
			got, err := decodeEvent(fx)
			if err != nil {
				t.Fatal(err)
			}
			if typ := reflect.TypeOf(got); typ.Kind() != reflect.Pointer || typ.Elem().Name() != branch {
				t.Fatalf("decoded into %T, want *%s", got, branch)
			}
			if got.Base().EventType == "" || got.Base().ID == "" {
				t.Errorf("Base() = %+v", got.Base())
			}
			wantRoundTrip(t, fx, got)
		})
	}
	// The stage entry kinds the fixture generator has no branch for.
	for typ, want := range map[EventType]Event{
		EventTypeV2AlphaStageEntryCreated:             &StageEntryCreatedEvent{},
		EventTypeV2AlphaStageEntryUpdatedFields:       &StageEntryUpdatedFieldsEvent{},
		EventTypeV2AlphaStageEntryUpdatedReviewRecord: &StageEntryUpdatedReviewRecordEvent{},
	} {
		raw := fmt.Sprintf(`{"id":"evt_1","eventType":%q,"createdAt":"2024-05-06T07:08:09.123Z","updates":["fields.Yield"],`+
			`"stageEntry":{"id":"stgentr_1","name":"Run 1"},"entry":{"id":"stgentr_1","name":"Run 1","reviewRecord":{"status":"x"}}}`, typ)
		got, err := decodeEvent([]byte(raw))
		if err != nil || reflect.TypeOf(got) != reflect.TypeOf(want) {
			t.Errorf("%s: %T, %v", typ, got, err)
		}
	}
	raw := []byte(`{"id":"evt_9","eventType":"v3.teleporter.calibrated","createdAt":"2024-05-06T07:08:09.123Z","teleporter":{"id":"tp_1"}}`)
	got, err := decodeEvent(raw)
	if err != nil {
		t.Fatal(err)
	}
	u, ok := got.(*UnknownEvent)
	if !ok || u.EventType != "v3.teleporter.calibrated" || u.ID != "evt_9" || u.CreatedAt.IsZero() {
		t.Fatalf("unknown event = %#v", got)
	}
	wantRoundTrip(t, raw, got)
	var evs Events
	if err := json.Unmarshal([]byte(`[`+string(raw)+`,{"eventType":"v2.entry.created","entry":{"id":"etr_1"}}]`), &evs); err != nil || len(evs) != 2 {
		t.Fatalf("Events: %v %v", evs, err)
	}
	if _, ok := evs[1].(*EntryCreatedEvent); !ok {
		t.Errorf("Events[1] = %T", evs[1])
	}
	if err := json.Unmarshal([]byte(`[{"eventType":"v2.entry.created","entry":"not an entry"}]`), &evs); err == nil {
		t.Error("a malformed event decoded")
	}
}

// followServer answers GET /events like Benchling with poll=true: pages
// from a growing log, a token naming the position, always a token.
type followServer struct {
	mu       sync.Mutex
	log      []string // event IDs
	requests []string // the queries received
	noToken  bool     // answer without nextToken
	fail     int      // answer the n-th request (1-based) with 500
}

func (fs *followServer) add(ids ...string) {
	fs.mu.Lock()
	fs.log = append(fs.log, ids...)
	fs.mu.Unlock()
}

func (fs *followServer) handler(t *testing.T) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		fs.mu.Lock()
		fs.requests = append(fs.requests, r.URL.RawQuery)
		n := len(fs.requests)
		start := 0
		if tok := q.Get("nextToken"); tok != "" {
			fmt.Sscanf(tok, "pos%d", &start)
		} else if after := q.Get("startingAfter"); after != "" {
			for i, id := range fs.log {
				if id == after {
					start = i + 1
				}
			}
		}
		end := min(len(fs.log), start+2) // pages of 2
		page := fs.log[start:end]
		fail, noToken := fs.fail == n, fs.noToken
		fs.mu.Unlock()
		if fail {
			serveJSON(t, http.MethodGet, http.StatusInternalServerError, `{"error":{"type":"server_error","message":"boom","userMessage":"boom"}}`)(w, r)
			return
		}
		evs := make([]map[string]any, len(page))
		for i, id := range page {
			evs[i] = map[string]any{"id": id, "eventType": "v2.entry.created", "createdAt": "2024-05-06T07:08:09.123Z",
				"deprecated": false, "entry": map[string]any{"id": "etr_" + id}}
		}
		body := map[string]any{"events": evs}
		if !noToken {
			body["nextToken"] = fmt.Sprintf("pos%d", end)
		}
		serveJSON(t, http.MethodGet, http.StatusOK, body)(w, r)
	}
}

// TestEventsFollow: Follow yields every event once, in order, resuming
// after StartingAfter, waits when a poll brings nothing, and ends without
// an error when ctx ends.
func TestEventsFollow(t *testing.T) {
	env := setup(t)
	fs := &followServer{}
	fs.add("evt_1", "evt_2", "evt_3")
	env.mux.HandleFunc("GET /events", fs.handler(t))
	ctx, cancel := context.WithCancel(testCtx(t))
	defer cancel()
	var got []string
	opts := &EventFollowOptions{StartingAfter: "evt_1", Interval: time.Millisecond, EventTypes: []EventType{EventTypeV2EntryCreated}}
	for ev, err := range env.client.Events.Follow(ctx, opts) {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, ev.Base().ID)
		if len(got) == 2 {
			fs.add("evt_4", "evt_5", "evt_6") // arrive while polling
		}
		if len(got) == 5 {
			cancel()
		}
	}
	if diff := cmp.Diff([]string{"evt_2", "evt_3", "evt_4", "evt_5", "evt_6"}, got); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
	fs.mu.Lock()
	first := fs.requests[0]
	fs.mu.Unlock()
	for _, p := range []string{"startingAfter=evt_1", "poll=true", "eventTypes=v2.entry.created"} {
		if !strings.Contains(first, p) {
			t.Errorf("first request %q lacks %s", first, p)
		}
	}
	if opts.StartingAfter != "evt_1" {
		t.Error("Follow changed opts")
	}
}

// TestEventsFollowNoToken: without a token, Follow resumes after the last
// event it yielded.
func TestEventsFollowNoToken(t *testing.T) {
	env := setup(t)
	fs := &followServer{noToken: true}
	fs.add("evt_1", "evt_2", "evt_3")
	env.mux.HandleFunc("GET /events", fs.handler(t))
	ctx, cancel := context.WithCancel(testCtx(t))
	defer cancel()
	var got []string
	for ev, err := range env.client.Events.Follow(ctx, &EventFollowOptions{Interval: time.Millisecond}) {
		if err != nil {
			t.Fatal(err)
		}
		if got = append(got, ev.Base().ID); len(got) == 3 {
			break
		}
	}
	if diff := cmp.Diff([]string{"evt_1", "evt_2", "evt_3"}, got); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
	fs.mu.Lock()
	defer fs.mu.Unlock()
	if len(fs.requests) != 2 || !strings.Contains(fs.requests[1], "startingAfter=evt_2") {
		t.Errorf("requests = %q", fs.requests)
	}
}

// TestEventsFollowError: an error is yielded once and ends the iteration;
// the events before it were yielded.
func TestEventsFollowError(t *testing.T) {
	env := setup(t)
	fs := &followServer{fail: 2}
	fs.add("evt_1", "evt_2", "evt_3")
	env.mux.HandleFunc("GET /events", fs.handler(t))
	var ids []string
	var errs []error
	for ev, err := range env.client.Events.Follow(testCtx(t), nil) {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		ids = append(ids, ev.Base().ID)
	}
	if len(errs) != 1 || !errors.Is(errs[0], ErrServer) || len(ids) != 2 {
		t.Errorf("events %v, errors %v", ids, errs)
	}
	var nilCtx context.Context
	for _, err := range env.client.Events.Follow(nilCtx, nil) {
		if err == nil {
			t.Error("a nil context gave no error")
		}
	}
}

// TestEventsFollowWaitEndsWithCtx: a wait between polls ends when ctx
// does.
func TestEventsFollowWaitEndsWithCtx(t *testing.T) {
	env := setup(t)
	fs := &followServer{}
	env.mux.HandleFunc("GET /events", fs.handler(t))
	ctx, cancel := context.WithTimeout(testCtx(t), 50*time.Millisecond)
	defer cancel()
	start := time.Now()
	for _, err := range env.client.Events.Follow(ctx, &EventFollowOptions{Interval: time.Hour}) {
		t.Fatalf("yielded %v", err)
	}
	if time.Since(start) > 10*time.Second {
		t.Error("the wait did not end with ctx")
	}
	// An empty poll is followed by the wait, not by another poll.
	fs.mu.Lock()
	n := len(fs.requests)
	fs.mu.Unlock()
	if n != 1 {
		t.Errorf("%d polls in 50 ms with an hour's interval, want 1", n)
	}
}

// TestEventsFollowAfterEmptyPoll: events that arrive after an empty poll
// are yielded by the next one, Interval later.
func TestEventsFollowAfterEmptyPoll(t *testing.T) {
	env := setup(t)
	fs := &followServer{}
	env.mux.HandleFunc("GET /events", fs.handler(t))
	ctx, cancel := context.WithTimeout(testCtx(t), 10*time.Second)
	defer cancel()
	time.AfterFunc(30*time.Millisecond, func() { fs.add("evt_1", "evt_2") })
	var got []string
	for ev, err := range env.client.Events.Follow(ctx, &EventFollowOptions{Interval: 20 * time.Millisecond}) {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, ev.Base().ID)
		if len(got) == 2 {
			break
		}
	}
	fs.mu.Lock()
	n := len(fs.requests)
	fs.mu.Unlock()
	if len(got) != 2 || got[0] != "evt_1" || got[1] != "evt_2" {
		t.Errorf("got %v, want evt_1 and evt_2", got)
	}
	if n < 2 || n > 200 {
		t.Errorf("%d polls for events that came 30 ms in at a 20 ms interval, want a few", n)
	}
}

// TestGenericEntityFolder decodes the entity of v2.entity.registered into
// its EntityBase: a folder ID as a pointer to it, a null or absent one as
// nil (an entity in no folder), so that code taking any kind's
// *EntityBase takes the event's entity too.
func TestGenericEntityFolder(t *testing.T) {
	for _, c := range []struct {
		in   string
		want *string
	}{
		{`{"id":"bfi_1","name":"E1","entityRegistryId":"CE1","folderId":"lib_1"}`, Ptr("lib_1")},
		{`{"id":"bfi_1","name":"E1","entityRegistryId":"CE1","folderId":null}`, nil},
		{`{"id":"bfi_1","name":"E1","entityRegistryId":"CE1"}`, nil},
	} {
		var g GenericEntity
		if err := json.Unmarshal([]byte(c.in), &g); err != nil {
			t.Fatalf("%s: %v", c.in, err)
		}
		if diff := cmp.Diff(c.want, g.FolderID); diff != "" {
			t.Errorf("%s: FolderID (-want +got):\n%s", c.in, diff)
		}
		b := &g.EntityBase // what code that handles any kind takes
		if l := b.Labels(); l.ID != "bfi_1" || l.Name != "E1" || l.EntityRegistryID == nil || *l.EntityRegistryID != "CE1" {
			t.Errorf("%s: Labels() = %+v", c.in, l)
		}
		if c.want != nil {
			wantRoundTrip(t, []byte(c.in), &g)
		}
	}
}
