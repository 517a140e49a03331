package schemagen

import (
	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
)

// StartFake starts the built-in fake tenant (benchlingtest) with the
// schemas of benchlingtest's SeedSchemas, whose Plasmid schema has a
// field of every field type, and returns a client for it and the
// function that stops it. The fake's IDs come from its fixed seed, so the
// code generated from it is the same on every run.
func StartFake() (*benchling.Client, func(), error) {
	srv, err := benchlingtest.Start()
	if err != nil {
		return nil, nil, err
	}
	srv.SeedSchemas()
	c, err := srv.Client(benchling.WithoutPacing())
	if err != nil {
		srv.Close()
		return nil, nil, err
	}
	return c, srv.Close, nil
}
