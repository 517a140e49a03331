package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"
)

// TestQuickstartOnFake runs the quickstart the way the README's first
// command does on a machine without credentials.
func TestQuickstartOnFake(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	var out bytes.Buffer
	noEnv := func(string) string { return "" }
	if err := run(ctx, &out, noEnv, nil); err != nil {
		t.Fatalf("run: %v\n%s", err, out.String())
	}
	text := out.String()
	first, _, _ := strings.Cut(text, "\n")
	if !strings.Contains(first, "built-in fake Benchling tenant") {
		t.Errorf("first line %q does not say it runs on the fake tenant", first)
	}
	for _, want := range []string{
		"Users (first 3):", "  ent_",
		"AA sequences (first 5, newest first):", "  prtn_",
		`Created prtn_`, `"quickstart peptide"`, "and fetched it back",
		"Forbidden, as expected: status 403",
		"Rate-limit budget:",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("output lacks %q:\n%s", want, text)
		}
	}
	if got := strings.Count(text, "  prtn_"); got != 5 {
		t.Errorf("listed %d AA sequences, want 5:\n%s", got, text)
	}
}

func TestQuickstartWriteNeedsFolder(t *testing.T) {
	env := map[string]string{"BENCHLING_TENANT": "acme", "BENCHLING_API_KEY": "sk_x"}
	var out bytes.Buffer
	err := run(context.Background(), &out, func(k string) string { return env[k] }, []string{"-write"})
	if err == nil || !strings.Contains(err.Error(), "BENCHLING_FOLDER_ID") {
		t.Fatalf("err = %v, want a complaint about BENCHLING_FOLDER_ID", err)
	}
}
