package benchling

import (
	"context"
	"errors"
	"iter"
	"net/http"
	"time"
)

// EventsService lists the tenant's events: what happened to entries,
// registered entities, requests, assay runs, workflow tasks and lab
// automation, in the order Benchling processed it. It is the polling
// alternative to webhooks (package webhook): Follow yields new events as
// they come, resuming after the last one seen.
//
// Benchling API tag: Events.
type EventsService service

// EventListOptions are the optional parameters of EventsService.List,
// All and Pages.
type EventListOptions struct {
	ListOptions

	// CreatedAtGte restricts the list to events created at or after this
	// time, RFC 3339 or a date ("2020-05-23"), UTC by default.
	CreatedAtGte string `url:"createdAt.gte,omitempty"`
	// StartingAfter lists the events after the event with this ID, in
	// Benchling's order: pass the ID of the last event processed to
	// resume.
	StartingAfter string `url:"startingAfter,omitempty"`
	// EventTypes restricts the list to events of these types.
	EventTypes []EventType `url:"eventTypes,comma,omitempty"`
	// Poll makes Benchling always send a next page token, even on the
	// last page, so that a poller can ask again later. All and Pages stop
	// on such a token when it repeats (ErrRepeatedToken): use Follow to
	// poll.
	Poll bool `url:"poll,omitempty"`
}

// List returns one page of events, in the order Benchling processed them
// (which createdAt need not follow); the next page's token is in
// Response.NextToken. Each event is a pointer to the struct of its type
// (see Event). opts may be nil.
//
// Benchling API: GET /events
func (s *EventsService) List(ctx context.Context, opts *EventListOptions) ([]Event, *Response, error) {
	return listUnion[Event, eventDecoder](ctx, s.c(), http.MethodGet, pathf("events"), "events", opts)
}

// All iterates over every event matching opts, fetching pages as the loop
// needs them. It is lazy, stops fetching on break, yields an error once
// and ends, starts no goroutines, does not modify opts, and starts over
// when ranged again. It ends at the last event; to wait for new ones, use
// Follow.
//
// Benchling API: GET /events
func (s *EventsService) All(ctx context.Context, opts *EventListOptions) iter.Seq2[Event, error] {
	return allUnion(ctx, opts, s.List)
}

// Pages iterates over the pages of the events matching opts, for a job
// that must resume where it stopped: save Page.NextToken once a page is
// processed, and pass it as opts.NextToken to resume. A page's Items point
// to the events (*pg.Items[i]). Pages are fetched as the loop needs them,
// with the guarantees of All.
//
// Benchling API: GET /events
func (s *EventsService) Pages(ctx context.Context, opts *EventListOptions) iter.Seq2[*Page[Event], error] {
	return pagesUnion(ctx, opts, s.List)
}

// DefaultEventPollInterval is how long Follow waits after a poll that
// brought no new events, unless EventFollowOptions.Interval says
// otherwise.
const DefaultEventPollInterval = 5 * time.Second

// EventFollowOptions are the options of EventsService.Follow.
type EventFollowOptions struct {
	// StartingAfter is the ID of the last event already processed: Follow
	// starts with the event after it. Empty starts at the tenant's first
	// event (or at CreatedAtGte).
	StartingAfter string
	// CreatedAtGte, for a start without StartingAfter, skips the events
	// created before this time (RFC 3339 or a date).
	CreatedAtGte string
	// EventTypes restricts the events to these types.
	EventTypes []EventType
	// PageSize is the number of events per request, 1 to 100; 0 means the
	// server's default (50).
	PageSize int
	// Interval is how long to wait after a poll that brought no events;
	// 0 means DefaultEventPollInterval.
	Interval time.Duration
}

// Follow yields the tenant's events as they come, in Benchling's order,
// until ctx ends: it lists the events after opts.StartingAfter with
// poll=true, then keeps asking for the next page, waiting opts.Interval
// whenever a page brings none. To resume after a restart, save the ID of
// each event once processed (ev.Base().ID) and pass the last one as
// opts.StartingAfter: no event is yielded twice or skipped. opts may be
// nil.
//
// When ctx ends, the iteration ends without an error. Any other error
// (after the client's retries) is yielded once and ends it; resume with
// the last event's ID. Breaking out of the loop stops it. It starts no
// goroutines, and the waits end with ctx.
//
// Benchling API: GET /events
func (s *EventsService) Follow(ctx context.Context, opts *EventFollowOptions) iter.Seq2[Event, error] {
	var o EventFollowOptions
	if opts != nil {
		o = *opts
	}
	o.EventTypes = append([]EventType(nil), o.EventTypes...)
	if o.Interval <= 0 {
		o.Interval = DefaultEventPollInterval
	}
	return func(yield func(Event, error) bool) {
		if ctx == nil {
			yield(nil, errors.New("benchling: Follow: nil context"))
			return
		}
		q := &EventListOptions{
			ListOptions:   ListOptions{PageSize: o.PageSize},
			StartingAfter: o.StartingAfter,
			CreatedAtGte:  o.CreatedAtGte,
			EventTypes:    o.EventTypes,
			Poll:          true,
		}
		last := o.StartingAfter
		for {
			evs, resp, err := s.List(ctx, q)
			if err != nil {
				if ctx.Err() == nil {
					yield(nil, err)
				}
				return
			}
			for _, ev := range evs {
				if ev == nil {
					continue
				}
				if !yield(ev, nil) {
					return
				}
				if id := ev.Base().ID; id != "" {
					last = id
				}
			}
			if resp.NextToken != "" {
				q.NextToken = resp.NextToken
			} else {
				// No token (a server that ignores poll): resume after the
				// last event seen.
				q.NextToken, q.StartingAfter = "", last
				if last != "" {
					q.CreatedAtGte = ""
				}
			}
			if len(evs) == 0 {
				t := time.NewTimer(o.Interval)
				select {
				case <-ctx.Done():
					t.Stop()
					return
				case <-t.C:
				}
			}
			if ctx.Err() != nil {
				return
			}
		}
	}
}
