// Command typedschemas shows Go types generated from a tenant's schemas at
// work: it creates a custom entity, DNA sequences, an assay result and
// run, a notebook entry, workflow tasks and outputs through the typed structs of
// package schemas (which benchling-schemagen generated from the built-in
// fake tenant's schemas), reads them back into the structs, lists them
// with typed schemaField filters, and shows the error a field that does
// not fit its struct gives.
//
// It runs on the built-in fake Benchling tenant (package benchlingtest),
// whose schemas package schemas was generated from, and says so in its
// first line; no credential is needed. For a real tenant, generate a
// package from its schemas (see package schemas).
//
//	go run ./examples/typedschemas
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
	"github.com/benchling-go/benchling/examples/typedschemas/schemas"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := run(ctx, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "typedschemas:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, out io.Writer) error {
	srv, err := benchlingtest.Start()
	if err != nil {
		return err
	}
	defer srv.Close()
	srv.SeedSchemas() // the schemas package schemas was generated from
	fmt.Fprintf(out, "Running on the built-in fake Benchling tenant at %s, whose schemas package schemas was generated from\n", srv.URL)
	c, err := srv.Client()
	if err != nil {
		return err
	}
	folder := benchling.Ptr(srv.FolderID())

	// The generated schema IDs are the tenant's.
	plasmidSchema, _, err := c.Schemas.GetEntitySchema(ctx, schemas.PlasmidSchemaID)
	if err != nil {
		return fmt.Errorf("the generated package does not match the tenant: %w", err)
	}
	fmt.Fprintf(out, "\nSchema %s is %q, with %d fields\n", schemas.PlasmidSchemaID, plasmidSchema.Name, len(plasmidSchema.FieldDefinitions))

	// 1. A custom entity of the "Cell Line" schema: its required dropdown
	// field is a value of the generated ExpressionHost type.
	cellFields, err := benchling.MarshalFields(&schemas.CellLine{Host: schemas.ExpressionHostHek293})
	if err != nil {
		return err
	}
	cell, _, err := c.CustomEntities.Create(ctx, &benchling.CustomEntityCreate{
		EntityCreateBase: benchling.EntityCreateBase{
			Name:     "HEK293T clone 7",
			FolderID: folder,
			Fields:   cellFields,
		}, SchemaID: schemas.CellLineSchemaID})
	if err != nil {
		return fmt.Errorf("creating a cell line: %w", err)
	}
	var cl schemas.CellLine
	if err := benchling.UnmarshalFields(cell.Fields, &cl); err != nil {
		return err
	}
	host, _ := cl.Host.OptionName()
	fmt.Fprintf(out, "\nCreated custom entity %s %q: Host = %s (option %s)\n", cell.ID, cell.Name, host, cl.Host)

	// 2. DNA sequences of the "Backbone" and "Plasmid" schemas; the
	// plasmid links to both through typed IDs.
	bbFields, err := benchling.MarshalFields(&schemas.Backbone{Origin: benchling.Ptr("pMB1")})
	if err != nil {
		return err
	}
	bb, _, err := c.DnaSequences.Create(ctx, &benchling.DnaSequenceCreate{EntityCreateBase: benchling.EntityCreateBase{
		Name:     "pUC ori backbone",
		FolderID: folder,
		Fields:   bbFields,
	}, Bases: "GATTACA", IsCircular: true,
		SchemaID: benchling.Ptr(schemas.BackboneSchemaID)})
	if err != nil {
		return fmt.Errorf("creating a backbone: %w", err)
	}
	sequenced := time.Date(2024, 3, 1, 9, 30, 0, 0, time.UTC)
	metadata := json.RawMessage(`{"lot":"L-17"}`)
	want := schemas.Plasmid{
		Verified:      true, // required: a value, not a pointer
		Resistance:    benchling.Ptr(schemas.ResistanceMarkerKanamycin),
		Backbone:      benchling.Ptr(schemas.BackboneID(bb.ID)),
		HostCellLine:  benchling.Ptr(schemas.CustomEntityID(cell.ID)),
		CopyNumber:    benchling.Ptr(20),
		Concentration: benchling.Ptr(125.5),
		Tags:          []string{"cloning", "kan"},
		ClonedOn:      &benchling.Date{Year: 2024, Month: time.February, Day: 28},
		LastSequenced: &sequenced,
		Metadata:      &metadata,
	}
	pFields, err := benchling.MarshalFields(&want)
	if err != nil {
		return err
	}
	seq, _, err := c.DnaSequences.Create(ctx, &benchling.DnaSequenceCreate{EntityCreateBase: benchling.EntityCreateBase{
		Name:     "pUC19-kan",
		FolderID: folder,
		Fields:   pFields,
	}, Bases: "ATGCATGC", IsCircular: true,
		SchemaID: benchling.Ptr(schemas.PlasmidSchemaID)})
	if err != nil {
		return fmt.Errorf("creating a plasmid: %w", err)
	}
	for _, other := range []string{"pUC19-amp", "pBR322"} {
		p := schemas.Plasmid{Verified: false, Resistance: benchling.Ptr(schemas.ResistanceMarkerAmpicillin), CopyNumber: benchling.Ptr(5)}
		f, err := benchling.MarshalFields(&p)
		if err != nil {
			return err
		}
		if _, _, err := c.DnaSequences.Create(ctx, &benchling.DnaSequenceCreate{EntityCreateBase: benchling.EntityCreateBase{
			Name:     other,
			FolderID: folder,
			Fields:   f,
		}, Bases: "ATGC", IsCircular: true,
			SchemaID: benchling.Ptr(schemas.PlasmidSchemaID)}); err != nil {
			return err
		}
	}

	// 3. Read it back into the struct.
	got, _, err := c.DnaSequences.Get(ctx, seq.ID, nil)
	if err != nil {
		return err
	}
	var p schemas.Plasmid
	if err := benchling.UnmarshalFields(got.Fields, &p); err != nil {
		return err
	}
	resistance, _ := p.Resistance.OptionName()
	fmt.Fprintf(out, "\nRead back DNA sequence %s %q as a schemas.Plasmid:\n", got.ID, got.Name)
	fmt.Fprintf(out, "  Verified=%t Resistance=%s CopyNumber=%d Concentration=%g Tags=%v\n", p.Verified, resistance, *p.CopyNumber, *p.Concentration, p.Tags)
	fmt.Fprintf(out, "  ClonedOn=%s LastSequenced=%s Metadata=%s\n", p.ClonedOn, p.LastSequenced.Format(time.RFC3339), *p.Metadata)
	fmt.Fprintf(out, "  Backbone is %s: %t; HostCellLine is %s: %t; Notes unset: %t\n",
		bb.ID, *p.Backbone == schemas.BackboneID(bb.ID), cell.ID, *p.HostCellLine == schemas.CustomEntityID(cell.ID), p.Notes == nil)

	// 4. Update one field: only what the struct sets is sent, so a struct
	// with the one field (and the required one) leaves the others as they
	// are.
	upd, err := benchling.MarshalFields(&schemas.Plasmid{Verified: true, CopyNumber: benchling.Ptr(50)})
	if err != nil {
		return err
	}
	updated, _, err := c.DnaSequences.Update(ctx, seq.ID, &benchling.DnaSequenceUpdate{EntityUpdateBase: benchling.EntityUpdateBase{Fields: upd}})
	if err != nil {
		return err
	}
	if err := benchling.UnmarshalFields(updated.Fields, &p); err != nil {
		return err
	}
	fmt.Fprintf(out, "\nUpdated CopyNumber to %d; Resistance is still %s\n", *p.CopyNumber, *p.Resistance)

	// 5. List with typed schemaField filters (integer fields take only >=
	// and <=; a dropdown is matched by its option).
	opts := &benchling.DnaSequenceListOptions{EntityListFilters: benchling.EntityListFilters{
		SchemaID: schemas.PlasmidSchemaID,
		Sort:     benchling.SortNameAsc,
		SchemaFields: benchling.NewSchemaFieldFilters(
			schemas.PlasmidFieldCopyNumber.AtLeast(10),
			schemas.PlasmidFieldResistance.Is(schemas.ResistanceMarkerKanamycin)),
	},
	}
	fmt.Fprintf(out, "\nPlasmids with CopyNumber >= 10 and Resistance Kanamycin:\n")
	for s, err := range c.DnaSequences.All(ctx, opts) {
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "  %s %s\n", s.ID, s.Name)
	}
	opts.SchemaFields = benchling.NewSchemaFieldFilters(schemas.PlasmidFieldCopyNumber.Between(1, 10))
	fmt.Fprintf(out, "Plasmids with CopyNumber from 1 to 10:\n")
	for s, err := range c.DnaSequences.All(ctx, opts) {
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "  %s %s\n", s.ID, s.Name)
	}

	// 6. An assay result of the "Plate Reader Result" schema, whose
	// "Sample" links to an AA sequence of the "Protein" schema. Results
	// key their fields by system name ("od600"); the struct knows.
	protein, _, err := c.AaSequences.Create(ctx, &benchling.AaSequenceCreate{EntityCreateBase: benchling.EntityCreateBase{
		Name:     "GFP",
		FolderID: folder,
	}, AminoAcids: "MSKGEELFTG",
		SchemaID: benchling.Ptr(schemas.ProteinSchemaID)})
	if err != nil {
		return err
	}
	rFields, err := benchling.MarshalFields(&schemas.PlateReaderResult{Od600: 0.42, Sample: benchling.Ptr(schemas.ProteinID(protein.ID))})
	if err != nil {
		return err
	}
	created, _, err := c.AssayResults.Create(ctx, []*benchling.AssayResultCreate{{SchemaID: schemas.PlateReaderResultSchemaID, Fields: rFields}})
	if err != nil {
		return fmt.Errorf("creating an assay result: %w", err)
	}
	result, _, err := c.AssayResults.Get(ctx, created.AssayResults[0])
	if err != nil {
		return err
	}
	var r schemas.PlateReaderResult
	if err := benchling.UnmarshalFields(result.Fields, &r); err != nil {
		return err
	}
	fmt.Fprintf(out, "\nAssay result of %q: OD600 = %g, Sample is %s: %t\n", result.Schema.Name, r.Od600, protein.Name, *r.Sample == schemas.ProteinID(protein.ID))

	// 7. An assay run of the "Plate Reader Run" schema (its fields too are
	// keyed by system name), and a notebook entry of the "Cloning
	// Experiment" schema whose multi-value "Plasmid" links to the plasmids.
	runFields, err := benchling.MarshalFields(&schemas.PlateReaderRun{Instrument: benchling.Ptr("SpectraMax M5")})
	if err != nil {
		return err
	}
	runs, _, err := c.AssayRuns.Create(ctx, []*benchling.AssayRunCreate{{SchemaID: schemas.PlateReaderRunSchemaID, Fields: runFields}})
	if err != nil {
		return fmt.Errorf("creating an assay run: %w", err)
	}
	run, _, err := c.AssayRuns.Get(ctx, runs.AssayRuns[0])
	if err != nil {
		return err
	}
	var rr schemas.PlateReaderRun
	if err := benchling.UnmarshalFields(run.Fields, &rr); err != nil {
		return err
	}
	fmt.Fprintf(out, "Assay run of %q: Instrument = %s\n", run.Schema.Name, *rr.Instrument)
	eFields, err := benchling.MarshalFields(&schemas.CloningExperiment{Plasmid: []schemas.EntityID{schemas.EntityID(seq.ID), schemas.EntityID(bb.ID)}})
	if err != nil {
		return err
	}
	entry, _, err := c.Entries.Create(ctx, &benchling.EntryCreate{Name: "Clone pUC19-kan", FolderID: srv.FolderID(),
		SchemaID: benchling.Ptr(schemas.CloningExperimentSchemaID), Fields: eFields})
	if err != nil {
		return fmt.Errorf("creating an entry: %w", err)
	}
	var ce schemas.CloningExperiment
	if err := benchling.UnmarshalFields(entry.Fields, &ce); err != nil {
		return err
	}
	fmt.Fprintf(out, "Entry %q links to %d plasmids: %t\n", entry.Name, len(ce.Plasmid),
		len(ce.Plasmid) == 2 && ce.Plasmid[0] == schemas.EntityID(seq.ID) && ce.Plasmid[1] == schemas.EntityID(bb.ID))

	// 8. Workflow tasks of the "Purification" schema, in a task group, with
	// an output each (of the schema's output schema, "Purification
	// Output"); the tasks whose Yield is at least 2 mg, and the outputs
	// whose Mass is at most 1 mg.
	group, _, err := c.WorkflowTaskGroups.Create(ctx, &benchling.WorkflowTaskGroupCreate{FolderID: srv.FolderID(), SchemaID: schemas.PurificationSchemaID,
		Name: benchling.Ptr("Purifications")})
	if err != nil {
		return fmt.Errorf("creating a task group: %w", err)
	}
	for _, yield := range []float64{3.5, 1.25} {
		f, err := benchling.MarshalFields(&schemas.Purification{Yield: benchling.Ptr(yield)})
		if err != nil {
			return err
		}
		task, _, err := c.WorkflowTasks.Create(ctx, &benchling.WorkflowTaskCreate{WorkflowTaskGroupID: group.ID, Fields: f})
		if err != nil {
			return fmt.Errorf("creating a workflow task: %w", err)
		}
		of, err := benchling.MarshalFields(&schemas.PurificationOutput{Mass: benchling.Ptr(yield / 2), Concentration: benchling.Ptr(0.8)})
		if err != nil {
			return err
		}
		if _, _, err := c.WorkflowOutputs.Create(ctx, &benchling.WorkflowOutputCreate{WorkflowTaskID: task.ID, Fields: of}); err != nil {
			return fmt.Errorf("creating a workflow output: %w", err)
		}
	}
	fmt.Fprintf(out, "Purification tasks with a yield of at least 2 mg:\n")
	topts := &benchling.WorkflowTaskListOptions{SchemaID: schemas.PurificationSchemaID,
		SchemaFields: benchling.NewSchemaFieldFilters(schemas.PurificationFieldYield.AtLeast(2))}
	for task, err := range c.WorkflowTasks.All(ctx, topts) {
		if err != nil {
			return err
		}
		var pu schemas.Purification
		if err := benchling.UnmarshalFields(task.Fields, &pu); err != nil {
			return err
		}
		fmt.Fprintf(out, "  %s: Yield = %g\n", task.DisplayID, *pu.Yield)
	}
	fmt.Fprintf(out, "Purification outputs with a mass of at most 1 mg:\n")
	oopts := &benchling.WorkflowOutputListOptions{SchemaID: schemas.PurificationOutputSchemaID,
		SchemaFields: benchling.NewSchemaFieldFilters(schemas.PurificationOutputFieldMass.AtMost(1))}
	for o, err := range c.WorkflowOutputs.All(ctx, oopts) {
		if err != nil {
			return err
		}
		var po schemas.PurificationOutput
		if err := benchling.UnmarshalFields(o.Fields, &po); err != nil {
			return err
		}
		fmt.Fprintf(out, "  %s of %s: Mass = %g, Concentration = %g\n", o.DisplayID, o.WorkflowTask.DisplayID, *po.Mass, *po.Concentration)
	}

	// 9. Data that does not fit: written without the struct, a copy
	// number of 2.5 and no Verified.
	bad, _, err := c.DnaSequences.Create(ctx, &benchling.DnaSequenceCreate{EntityCreateBase: benchling.EntityCreateBase{
		Name:     "hand-made",
		FolderID: folder,
		Fields:   benchling.Fields{"Copy Number": {Value: benchling.NumberValue(2.5)}},
	}, Bases: "ATGC",
		SchemaID: benchling.Ptr(schemas.PlasmidSchemaID)})
	if err != nil {
		return err
	}
	err = benchling.UnmarshalFields(bad.Fields, &p)
	fmt.Fprintf(out, "\nReading %q: %v\n", bad.Name, err)
	fmt.Fprintf(out, "  a missing required field: %t; a value of the wrong type: %t\n",
		errors.Is(err, benchling.ErrMissingField), errors.Is(err, benchling.ErrFieldType))
	return nil
}
