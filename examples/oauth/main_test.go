package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"
)

func TestOAuthExampleOnFake(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	var out bytes.Buffer
	if err := run(ctx, &out, func(string) string { return "" }, 2500*time.Millisecond); err != nil {
		t.Fatalf("run: %v\n%s", err, out.String())
	}
	for _, want := range []string{"built-in fake Benchling tenant", "round 1: listed 3 users", "round 2: listed 3 users"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}
