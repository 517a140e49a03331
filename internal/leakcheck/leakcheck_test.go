package leakcheck

import (
	"strings"
	"testing"
	"time"
)

func blockedHere(stop <-chan struct{}) { <-stop }

func TestFindReportsAndForgets(t *testing.T) {
	before := Current()
	stop := make(chan struct{})
	go blockedHere(stop)
	err := Find(before, 50*time.Millisecond)
	if err == nil || !strings.Contains(err.Error(), "leakcheck.blockedHere") || !strings.Contains(err.Error(), "1 goroutine(s)") {
		t.Fatalf("Find = %v, want the blocked goroutine's stack", err)
	}
	close(stop)
	if err := Find(before, 2*time.Second); err != nil {
		t.Errorf("after the goroutine ended: %v", err)
	}
}

func TestFindIgnoresSnapshotAndStdlib(t *testing.T) {
	stop := make(chan struct{})
	defer close(stop)
	go blockedHere(stop)
	time.Sleep(10 * time.Millisecond)
	ignore := Current()
	timer := time.AfterFunc(time.Hour, func() {}) // the runtime's, not a goroutine of ours
	defer timer.Stop()
	if err := Find(ignore, 10*time.Millisecond); err != nil {
		t.Errorf("Find reported an ignored goroutine: %v", err)
	}
}

func TestMainPassesFailuresThrough(t *testing.T) {
	if got := Main(3); got != 3 {
		t.Errorf("Main(3) = %d", got)
	}
}
