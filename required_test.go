package benchling

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"
)

// TestEmptyIDListsAreInvalid checks CONTRIBUTING.md §1.4: an operation
// that needs IDs, given none (as an argument or in its body's required
// list), fails with ErrInvalidID naming the list, and sends nothing. Every
// method with a []string argument must be in the table, so a new one is
// not forgotten.
func TestEmptyIDListsAreInvalid(t *testing.T) {
	env, sent := countingEnv(t)
	c := env.client
	ctx := testCtx(t)
	ids := []string{"x_1"}
	cases := map[string]struct {
		call  func() error
		param string
	}{
		"AaSequences.BulkGet":   {func() error { _, _, err := c.AaSequences.BulkGet(ctx, nil, nil); return err }, "aaSequenceIds"},
		"AaSequences.Unarchive": {func() error { _, _, err := c.AaSequences.Unarchive(ctx, []string{}); return err }, "aaSequenceIds"},
		"AaSequences.Archive": {func() error {
			_, _, err := c.AaSequences.Archive(ctx, &AaSequencesArchive{Reason: EntityArchiveReasonOther})
			return err
		}, "aaSequenceIds"},
		"AaSequences.AutoAnnotate": {func() error {
			_, _, err := c.AaSequences.AutoAnnotate(ctx, &AutoAnnotateAaSequences{FeatureLibraryIDs: ids})
			return err
		}, "aaSequenceIds"},
		"AaSequences.AutoAnnotate libraries": {func() error {
			_, _, err := c.AaSequences.AutoAnnotate(ctx, &AutoAnnotateAaSequences{AaSequenceIDs: ids})
			return err
		}, "featureLibraryIds"},
		"AaSequences.BackTranslate": {func() error {
			_, _, err := c.AaSequences.BackTranslate(ctx, &BackTranslate{FolderID: "lib_1"})
			return err
		}, "aaSequenceIds"},
		"AaSequences.FindMatchingRegions": {func() error {
			_, _, err := c.AaSequences.FindMatchingRegions(ctx, &AaSequencesFindMatchingRegion{SchemaID: "ts_1"})
			return err
		}, "targetAASequenceIds"},
		"DnaSequences.BulkGet":   {func() error { _, _, err := c.DnaSequences.BulkGet(ctx, nil, nil); return err }, "dnaSequenceIds"},
		"DnaSequences.Unarchive": {func() error { _, _, err := c.DnaSequences.Unarchive(ctx, nil); return err }, "dnaSequenceIds"},
		"DnaSequences.Archive": {func() error {
			_, _, err := c.DnaSequences.Archive(ctx, &DnaSequencesArchive{Reason: EntityArchiveReasonOther})
			return err
		}, "dnaSequenceIds"},
		"DnaSequences.AutoAnnotate": {func() error {
			_, _, err := c.DnaSequences.AutoAnnotate(ctx, &AutoAnnotateDnaSequences{FeatureLibraryIDs: ids})
			return err
		}, "dnaSequenceIds"},
		"DnaSequences.AutoAnnotate libraries": {func() error {
			_, _, err := c.DnaSequences.AutoAnnotate(ctx, &AutoAnnotateDnaSequences{DnaSequenceIDs: ids})
			return err
		}, "featureLibraryIds"},
		"DnaSequences.AutofillParts":          {func() error { _, _, err := c.DnaSequences.AutofillParts(ctx, nil); return err }, "dnaSequenceIds"},
		"DnaSequences.AutofillTranscriptions": {func() error { _, _, err := c.DnaSequences.AutofillTranscriptions(ctx, nil); return err }, "dnaSequenceIds"},
		"DnaSequences.AutofillTranslations":   {func() error { _, _, err := c.DnaSequences.AutofillTranslations(ctx, []string{}); return err }, "dnaSequenceIds"},
		"DnaSequences.FindMatchingRegions": {func() error {
			_, _, err := c.DnaSequences.FindMatchingRegions(ctx, &DnaSequencesFindMatchingRegion{SchemaID: "ts_1"})
			return err
		}, "targetDnaSequenceIds"},
		"DnaSequences.OptimizeCodons": {func() error {
			_, _, err := c.DnaSequences.OptimizeCodons(ctx, &OptimizeCodons{FolderID: "lib_1"})
			return err
		}, "dnaSequenceIds"},
		"Entries.BulkGet":   {func() error { _, _, err := c.Entries.BulkGet(ctx, nil, &EntryBulkGetOptions{}); return err }, "entryIds or displayIds"},
		"Entries.Unarchive": {func() error { _, _, err := c.Entries.Unarchive(ctx, nil); return err }, "entryIds"},
		"Entries.Archive": {func() error {
			_, _, err := c.Entries.Archive(ctx, &EntriesArchive{Reason: EntityArchiveReasonOther})
			return err
		}, "entryIds"},
		"Folders.Unarchive": {func() error { _, _, err := c.Folders.Unarchive(ctx, nil); return err }, "folderIds"},
		"Folders.Archive": {func() error {
			_, _, err := c.Folders.Archive(ctx, &FoldersArchive{Reason: EntityArchiveReasonOther})
			return err
		}, "folderIds"},
		"Projects.Unarchive": {func() error { _, _, err := c.Projects.Unarchive(ctx, []string{}); return err }, "projectIds"},
		"Projects.Archive": {func() error {
			_, _, err := c.Projects.Archive(ctx, &ProjectsArchive{Reason: EntityArchiveReasonOther})
			return err
		}, "projectIds"},
		"Blobs.BulkGet":   {func() error { _, _, err := c.Blobs.BulkGet(ctx, nil, nil); return err }, "blobIds"},
		"Files.Unarchive": {func() error { _, _, err := c.Files.Unarchive(ctx, nil); return err }, "fileIds"},
		"Files.Archive": {func() error {
			_, _, err := c.Files.Archive(ctx, &FilesArchive{Reason: DataArchiveReasonOther})
			return err
		}, "fileIds"},
		"Datasets.Unarchive": {func() error { _, _, err := c.Datasets.Unarchive(ctx, []string{}); return err }, "datasetIds"},
		"Datasets.Archive": {func() error {
			_, _, err := c.Datasets.Archive(ctx, &DatasetsArchive{Reason: DataArchiveReasonOther})
			return err
		}, "datasetIds"},
		"Dropdowns.UnarchiveOptions": {func() error { _, _, err := c.Dropdowns.UnarchiveOptions(ctx, "sfs_1", nil); return err }, "dropdownOptionIds"},
		"Dropdowns.ArchiveOptions": {func() error {
			_, _, err := c.Dropdowns.ArchiveOptions(ctx, "sfs_1", &DropdownOptionsArchive{Reason: EntityArchiveReasonOther})
			return err
		}, "dropdownOptionIds"},
		"RnaSequences.BulkGet":              {func() error { _, _, err := c.RnaSequences.BulkGet(ctx, nil, nil); return err }, "rnaSequenceIds"},
		"RnaSequences.Unarchive":            {func() error { _, _, err := c.RnaSequences.Unarchive(ctx, nil); return err }, "rnaSequenceIds"},
		"RnaSequences.AutofillParts":        {func() error { _, _, err := c.RnaSequences.AutofillParts(ctx, nil); return err }, "rnaSequenceIds"},
		"RnaSequences.AutofillTranslations": {func() error { _, _, err := c.RnaSequences.AutofillTranslations(ctx, []string{}); return err }, "rnaSequenceIds"},
		"RnaSequences.Archive": {func() error {
			_, _, err := c.RnaSequences.Archive(ctx, &RnaSequencesArchive{Reason: EntityArchiveReasonOther})
			return err
		}, "rnaSequenceIds"},
		"RnaSequences.AutoAnnotate": {func() error {
			_, _, err := c.RnaSequences.AutoAnnotate(ctx, &AutoAnnotateRnaSequences{FeatureLibraryIDs: ids})
			return err
		}, "rnaSequenceIds"},
		"DnaOligos.Unarchive": {func() error { _, _, err := c.DnaOligos.Unarchive(ctx, nil); return err }, "dnaOligoIds"},
		"DnaOligos.Archive": {func() error {
			_, _, err := c.DnaOligos.Archive(ctx, &DnaOligosArchive{Reason: EntityArchiveReasonOther})
			return err
		}, "dnaOligoIds"},
		"RnaOligos.Unarchive": {func() error { _, _, err := c.RnaOligos.Unarchive(ctx, nil); return err }, "rnaOligoIds"},
		"RnaOligos.Archive": {func() error {
			_, _, err := c.RnaOligos.Archive(ctx, &RnaOligosArchive{Reason: EntityArchiveReasonOther})
			return err
		}, "rnaOligoIds"},
		"Oligos.BulkGet":   {func() error { _, _, err := c.Oligos.BulkGet(ctx, nil, nil); return err }, "oligoIds"},
		"Oligos.Unarchive": {func() error { _, _, err := c.Oligos.Unarchive(ctx, nil); return err }, "oligoIds"},
		"Oligos.Archive": {func() error {
			_, _, err := c.Oligos.Archive(ctx, &OligosArchive{Reason: EntityArchiveReasonOther})
			return err
		}, "oligoIds"},
		"WorkflowTasks.Unarchive":      {func() error { _, _, err := c.WorkflowTasks.Unarchive(ctx, nil); return err }, "workflowTaskIds"},
		"WorkflowTasks.BulkCopy":       {func() error { _, _, err := c.WorkflowTasks.BulkCopy(ctx, nil); return err }, "workflowTaskIds"},
		"WorkflowOutputs.Unarchive":    {func() error { _, _, err := c.WorkflowOutputs.Unarchive(ctx, nil); return err }, "workflowOutputIds"},
		"WorkflowTaskGroups.Unarchive": {func() error { _, _, err := c.WorkflowTaskGroups.Unarchive(ctx, nil); return err }, "workflowTaskGroupIds"},
		"LegacyRequests.BulkGet":       {func() error { _, _, err := c.LegacyRequests.BulkGet(ctx, nil, nil); return err }, "requestIds or displayIds"},
		"WorkflowTasks.Archive": {func() error {
			_, _, err := c.WorkflowTasks.Archive(ctx, &WorkflowTasksArchive{Reason: EntityArchiveReasonOther})
			return err
		}, "workflowTaskIds"},
		"WorkflowOutputs.Archive": {func() error {
			_, _, err := c.WorkflowOutputs.Archive(ctx, &WorkflowOutputsArchive{Reason: EntityArchiveReasonOther})
			return err
		}, "workflowOutputIds"},
		"WorkflowTaskGroups.Archive": {func() error {
			_, _, err := c.WorkflowTaskGroups.Archive(ctx, &WorkflowTaskGroupsArchive{Reason: EntityArchiveReasonOther})
			return err
		}, "workflowTaskGroupIds"},
		"LegacyRequests.ExecuteSampleGroups": {func() error { _, err := c.LegacyRequests.ExecuteSampleGroups(ctx, "req_1", nil); return err }, "sampleGroups"},
		"CustomEntities.BulkGet":             {func() error { _, _, err := c.CustomEntities.BulkGet(ctx, nil, nil); return err }, "customEntityIds"},
		"CustomEntities.Unarchive":           {func() error { _, _, err := c.CustomEntities.Unarchive(ctx, nil); return err }, "customEntityIds"},
		"CustomEntities.Archive": {func() error {
			_, _, err := c.CustomEntities.Archive(ctx, &CustomEntitiesArchive{Reason: EntityArchiveReasonOther})
			return err
		}, "customEntityIds"},
		"Molecules.Unarchive": {func() error { _, _, err := c.Molecules.Unarchive(ctx, nil); return err }, "moleculeIds"},
		"Molecules.Archive": {func() error {
			_, _, err := c.Molecules.Archive(ctx, &MoleculesArchive{Reason: EntityArchiveReasonOther})
			return err
		}, "moleculeIds"},
		"Mixtures.Unarchive": {func() error { _, _, err := c.Mixtures.Unarchive(ctx, []string{}); return err }, "mixtureIds"},
		"Mixtures.Archive": {func() error {
			_, _, err := c.Mixtures.Archive(ctx, &MixturesArchive{Reason: EntityArchiveReasonOther})
			return err
		}, "mixtureIds"},
		"Monomers.Unarchive": {func() error { _, _, err := c.Monomers.Unarchive(ctx, nil); return err }, "monomerIds"},
		"Monomers.Archive": {func() error {
			_, _, err := c.Monomers.Archive(ctx, &MonomersArchive{Reason: MonomersArchiveReasonOther})
			return err
		}, "monomerIds"},
		"Registry.BulkGetRegisteredEntities": {func() error { _, _, err := c.Registry.BulkGetRegisteredEntities(ctx, "src_1", nil); return err }, "entityRegistryIds"},
		"Registry.BulkRegisterEntities": {func() error {
			_, _, err := c.Registry.BulkRegisterEntities(ctx, "src_1", &RegisterEntities{NamingStrategy: NamingStrategyNewIDs})
			return err
		}, "entityIds"},
		"Apps.Unarchive":         {func() error { _, _, err := c.Apps.Unarchive(ctx, nil); return err }, "appIds"},
		"Apps.UnarchiveCanvases": {func() error { _, _, err := c.Apps.UnarchiveCanvases(ctx, []string{}); return err }, "canvasIds"},
		"Registry.UnregisterEntities": {func() error {
			_, err := c.Registry.UnregisterEntities(ctx, "src_1", &UnregisterEntities{FolderID: "lib_1"})
			return err
		}, "entityIds"},
		"Containers.BulkGet":   {func() error { _, _, err := c.Containers.BulkGet(ctx, nil, &ContainerBulkGetOptions{}); return err }, "containerIds or barcodes"},
		"Containers.Unarchive": {func() error { _, _, err := c.Containers.Unarchive(ctx, nil); return err }, "containerIds"},
		"Containers.Archive": {func() error {
			_, _, err := c.Containers.Archive(ctx, &ContainersArchive{InventoryArchiveBase: InventoryArchiveBase{Reason: EntityArchiveReasonOther}})
			return err
		}, "containerIds"},
		"Containers.CheckIn": {func() error { _, err := c.Containers.CheckIn(ctx, &ContainersCheckin{}); return err }, "containerIds"},
		"Containers.CheckOut": {func() error {
			_, err := c.Containers.CheckOut(ctx, &ContainersCheckout{AssigneeID: "ent_1"})
			return err
		}, "containerIds"},
		"Containers.Reserve": {func() error {
			_, err := c.Containers.Reserve(ctx, &ContainersCheckout{AssigneeID: "ent_1"})
			return err
		}, "containerIds"},
		"Containers.PrintLabels": {func() error {
			_, err := c.Containers.PrintLabels(ctx, &PrintLabels{LabelTemplateID: "lbltmp_1", PrinterID: "print_1"})
			return err
		}, "containerIds"},
		"Containers.CreateTransfers": {func() error { _, _, err := c.Containers.CreateTransfers(ctx, nil); return err }, "transfers"},
		"Boxes.BulkGet":              {func() error { _, _, err := c.Boxes.BulkGet(ctx, nil, nil); return err }, "boxIds or barcodes"},
		"Boxes.Unarchive":            {func() error { _, _, err := c.Boxes.Unarchive(ctx, []string{}); return err }, "boxIds"},
		"Boxes.Archive": {func() error {
			_, _, err := c.Boxes.Archive(ctx, &BoxesArchive{InventoryArchiveBase: InventoryArchiveBase{Reason: EntityArchiveReasonOther}})
			return err
		}, "boxIds"},
		"Plates.BulkGet":   {func() error { _, _, err := c.Plates.BulkGet(ctx, nil, nil); return err }, "plateIds or barcodes"},
		"Plates.Unarchive": {func() error { _, _, err := c.Plates.Unarchive(ctx, nil); return err }, "plateIds"},
		"Plates.Archive": {func() error {
			_, _, err := c.Plates.Archive(ctx, &PlatesArchive{Reason: EntityArchiveReasonOther})
			return err
		}, "plateIds"},
		"Locations.BulkGet":   {func() error { _, _, err := c.Locations.BulkGet(ctx, nil, nil); return err }, "locationIds or barcodes"},
		"Locations.Unarchive": {func() error { _, _, err := c.Locations.Unarchive(ctx, nil); return err }, "locationIds"},
		"Locations.Archive": {func() error {
			_, _, err := c.Locations.Archive(ctx, &LocationsArchive{InventoryArchiveBase: InventoryArchiveBase{Reason: EntityArchiveReasonOther}})
			return err
		}, "locationIds"},
		"Inventory.ValidateBarcodes": {func() error { _, _, err := c.Inventory.ValidateBarcodes(ctx, "src_1", nil); return err }, "barcodes"},
		"AssayResults.BulkGet":       {func() error { _, _, err := c.AssayResults.BulkGet(ctx, nil); return err }, "assayResultIds"},
		"AssayResults.Unarchive":     {func() error { _, _, err := c.AssayResults.Unarchive(ctx, []string{}); return err }, "assayResultIds"},
		"AssayResults.Archive": {func() error {
			_, _, err := c.AssayResults.Archive(ctx, &AssayResultsArchive{Reason: DataArchiveReasonOther})
			return err
		}, "assayResultIds"},
		"AssayRuns.BulkGet":   {func() error { _, _, err := c.AssayRuns.BulkGet(ctx, nil); return err }, "assayRunIds"},
		"AssayRuns.Unarchive": {func() error { _, _, err := c.AssayRuns.Unarchive(ctx, nil); return err }, "assayRunIds"},
		"AssayRuns.Archive": {func() error {
			_, _, err := c.AssayRuns.Archive(ctx, &AssayRunsArchive{Reason: DataArchiveReasonOther})
			return err
		}, "assayRunIds"},
		"LabAutomation.UnarchiveOutputProcessors": {func() error { _, _, err := c.LabAutomation.UnarchiveOutputProcessors(ctx, nil); return err }, "automationOutputProcessorIds"},
		"LabAutomation.ArchiveOutputProcessors": {func() error {
			_, _, err := c.LabAutomation.ArchiveOutputProcessors(ctx, &AutomationOutputProcessorsArchive{})
			return err
		}, "automationOutputProcessorIds"},
	}
	for name, tc := range cases {
		err := tc.call()
		if !errors.Is(err, ErrInvalidID) || !strings.Contains(err.Error(), tc.param) {
			t.Errorf("%s with no IDs: %v; want ErrInvalidID naming %s", name, err, tc.param)
		}
	}
	if n := sent.Load(); n != 0 {
		t.Errorf("%d requests were sent; want none", n)
	}

	// Every method taking a []string (a list of IDs) is in the table; the
	// *Many methods and Tasks.WaitAll (variadic, nothing to do for none)
	// take other lists.
	ctxType := reflect.TypeFor[context.Context]()
	for _, i := range serviceFields() {
		svc := reflect.ValueOf(c).Elem().Field(i)
		name := strings.TrimSuffix(svc.Type().Elem().Name(), "Service")
		for j := range svc.NumMethod() {
			m := svc.Type().Method(j)
			for k := 1; k < m.Type.NumIn(); k++ {
				if in := m.Type.In(k); in != ctxType && in == reflect.TypeFor[[]string]() && !m.Type.IsVariadic() {
					if _, ok := cases[name+"."+m.Name]; !ok {
						t.Errorf("%s.%s takes a []string but has no case in this test", name, m.Name)
					}
				}
			}
		}
	}
}
