package benchling_test

import (
	"context"
	"fmt"
	"log"
	"time"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
)

// ExampleEventsService_Follow follows the tenant's events, the polling
// alternative to webhooks: register a sequence, see its event. A real
// poller saves each event's ID once handled and resumes after the last
// one (EventFollowOptions.StartingAfter) when it restarts.
func ExampleEventsService_Follow() {
	srv, err := benchlingtest.Start()
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	client, err := srv.Client()
	if err != nil {
		log.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()

	seq, _, err := client.DnaSequences.Create(ctx, &benchling.DnaSequenceCreate{EntityCreateBase: benchling.EntityCreateBase{
		Name:           "pUC19",
		RegistryID:     benchling.Ptr(srv.RegistryID()),
		NamingStrategy: benchling.NamingStrategyNewIDs,
	}, Bases: "TCGCGCGTTTCGGTGATGACGG",
		IsCircular: true})
	if err != nil {
		log.Fatal(err)
	}

	var lastID string // saved somewhere durable in a real poller
	for ev, err := range client.Events.Follow(ctx, &benchling.EventFollowOptions{StartingAfter: lastID}) {
		if err != nil {
			log.Fatal(err)
		}
		switch e := ev.(type) {
		case *benchling.EntityRegisteredEvent:
			fmt.Println("registered", e.Entity.Name, *e.Entity.EntityRegistryID, e.Entity.ID == seq.ID)
		case *benchling.UnknownEvent:
			fmt.Println("an event type this SDK does not know:", e.EventType)
		}
		lastID = ev.Base().ID
		break // one event is enough here; a poller keeps going
	}
	// Output:
	// registered pUC19 DNA001 true
}
