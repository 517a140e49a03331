package benchlingtest_test

//lint:file-ignore SA1019 the deprecated operations are driven against the fake too

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/benchling-go/benchling"
)

// TestE2ERegistry drives every method of RegistryService against the fake
// tenant: the registry and its lookups, registering entities of several
// kinds with the naming strategies, the registered entities coming back as
// the Entity of their kind, unregistering into a folder, and the
// deprecated lists.
func TestE2ERegistry(t *testing.T) {
	srv, c := e2eSetup(t, nil)
	ctx, s := e2eCtx(t), c.Registry
	folder, regID := srv.FolderID(), srv.RegistryID()
	seeded := srv.SeedSchemas()

	regs, _, err := s.List(ctx, nil)
	if err != nil || len(regs) != 1 || regs[0].ID != regID || regs[0].Name == "" || regs[0].Owner.ID == "" || regs[0].ModifiedAt.IsZero() {
		t.Fatalf("List: %v %+v", err, regs)
	}
	if l, _, err := s.List(ctx, &benchling.RegistryListOptions{Name: "No such registry"}); err != nil || len(l) != 0 {
		t.Errorf("List by another name: %v %+v", err, l)
	}
	if l, _, err := s.List(ctx, &benchling.RegistryListOptions{ModifiedAt: "> 2000-01-01"}); err != nil || len(l) != 1 {
		t.Errorf("List modified since 2000: %v %+v", err, l)
	}
	got, _, err := s.Get(ctx, regID)
	if err != nil || got.Name != regs[0].Name {
		t.Fatalf("Get: %v %+v", err, got)
	}
	_, _, err = s.Get(ctx, "src_missing")
	e2eWantNotFound(t, err, "src_missing")
	byName, err := s.ByName(ctx, regs[0].Name)
	if err != nil || byName.ID != regID {
		t.Fatalf("ByName: %v %+v", err, byName)
	}
	if _, err := s.ByName(ctx, "Nope"); !errors.Is(err, benchling.ErrNotFound) {
		t.Errorf("ByName of an unknown name: %v", err)
	}

	// Entities of three kinds in a folder, then registered.
	ce, _, _ := c.CustomEntities.Create(ctx, &benchling.CustomEntityCreate{Name: "Strain 1", SchemaID: "ts_strain", FolderID: &folder})
	ce2, _, _ := c.CustomEntities.Create(ctx, &benchling.CustomEntityCreate{Name: "STR-KEEP", SchemaID: "ts_strain", FolderID: &folder})
	mol, _, _ := c.Molecules.Create(ctx, &benchling.MoleculeCreate{Name: "Ethanol", FolderID: &folder, ChemicalStructure: benchling.SmilesStructure("CCO")})
	dna, _, err := c.DnaSequences.Create(ctx, &benchling.DnaSequenceCreate{Name: "pUC19 fragment", Bases: "ATGC", IsCircular: false,
		FolderID: &folder, SchemaID: benchling.Ptr(seeded["Plasmid"])})
	if err != nil {
		t.Fatal(err)
	}
	link, _, err := s.BulkRegisterEntities(ctx, regID, &benchling.RegisterEntities{EntityIDs: []string{ce.ID, mol.ID}, NamingStrategy: benchling.NamingStrategyNewIDs})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := link.Wait(ctx); err != nil {
		t.Fatalf("BulkRegisterEntities: %v", err)
	}
	ce, _, _ = c.CustomEntities.Get(ctx, ce.ID, nil)
	mol, _, _ = c.Molecules.Get(ctx, mol.ID)
	if ce.EntityRegistryID == nil || *ce.RegistryID != regID || ce.FolderID != nil || ce.RegistrationOrigin == nil || mol.EntityRegistryID == nil || ce.Name != "Strain 1" {
		t.Fatalf("after NEW_IDS: %+v %+v", ce, mol)
	}
	// KEEP_NAMES makes the name the registry ID; a template strategy
	// names the sequence from its schema's template, keeping the old
	// name as an alias.
	link, _, err = s.BulkRegisterEntities(ctx, regID, &benchling.RegisterEntities{EntityIDs: []string{ce2.ID}, NamingStrategy: benchling.NamingStrategyKeepNames})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := link.Wait(ctx); err != nil {
		t.Fatal(err)
	}
	link, _, err = s.BulkRegisterEntities(ctx, regID, &benchling.RegisterEntities{EntityIDs: []string{dna.ID}, NamingStrategy: benchling.NamingStrategySetFromNameParts})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := link.Wait(ctx); err != nil {
		t.Fatal(err)
	}
	dna, _, _ = c.DnaSequences.Get(ctx, dna.ID)
	if !strings.HasPrefix(dna.Name, "PLS-") || !slices.Contains(dna.Aliases, "pUC19 fragment") || dna.EntityRegistryID == nil {
		t.Errorf("after SET_FROM_NAME_PARTS: %+v", dna)
	}
	// Registering again, or an unknown entity, is a 400 that registers
	// nothing; so is a name the registry already has as an ID.
	ce3, _, _ := c.CustomEntities.Create(ctx, &benchling.CustomEntityCreate{Name: "STR-KEEP", SchemaID: "ts_strain", FolderID: &folder})
	for _, ids := range [][]string{{ce.ID}, {"bfi_nope"}, {ce3.ID}} {
		_, _, err := s.BulkRegisterEntities(ctx, regID, &benchling.RegisterEntities{EntityIDs: ids, NamingStrategy: benchling.NamingStrategyKeepNames})
		if !errors.Is(err, benchling.ErrBadRequest) {
			t.Errorf("BulkRegisterEntities %v: %v, want a 400", ids, err)
		}
	}
	if ce3, _, _ = c.CustomEntities.Get(ctx, ce3.ID, nil); ce3.EntityRegistryID != nil {
		t.Errorf("a rejected registration registered %+v", ce3)
	}

	// The registered entities come back as the Entity of their kind.
	rids := []string{*ce.EntityRegistryID, *mol.EntityRegistryID, "STR-KEEP", *dna.EntityRegistryID}
	ents, _, err := s.BulkGetRegisteredEntities(ctx, regID, rids)
	if err != nil || len(ents) != 4 {
		t.Fatalf("BulkGetRegisteredEntities: %v %+v", err, ents)
	}
	if e, ok := ents[0].(*benchling.CustomEntityWithEntityType); !ok || e.ID != ce.ID || e.Kind() != benchling.EntityTypeCustomEntity || e.EntityType != benchling.EntityTypeCustomEntity {
		t.Errorf("entity 0: %T %+v", ents[0], ents[0])
	}
	if e, ok := ents[1].(*benchling.MoleculeWithEntityType); !ok || e.CanonicalizedSmiles != "CCO" {
		t.Errorf("entity 1: %T %+v", ents[1], ents[1])
	}
	if e, ok := ents[3].(*benchling.DnaSequenceWithEntityType); !ok || e.Bases != "ATGC" || e.Labels().ID != dna.ID {
		t.Errorf("entity 3: %T %+v", ents[3], ents[3])
	}
	if l := ents[2].Labels(); l.ID != ce2.ID || *l.EntityRegistryID != "STR-KEEP" {
		t.Errorf("entity 2's labels: %+v", l)
	}
	if _, _, err := s.BulkGetRegisteredEntities(ctx, regID, []string{"NOPE001"}); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("BulkGetRegisteredEntities of an unknown registry ID: %v", err)
	}
	_, _, err = s.BulkGetRegisteredEntities(ctx, "src_missing", rids)
	e2eWantNotFound(t, err, "src_missing")

	// Unregistering moves the entities into a folder and out of the
	// registry.
	if _, err := s.UnregisterEntities(ctx, regID, &benchling.UnregisterEntities{EntityIDs: []string{ce.ID, mol.ID}, FolderID: folder}); err != nil {
		t.Fatalf("UnregisterEntities: %v", err)
	}
	ce, _, _ = c.CustomEntities.Get(ctx, ce.ID, nil)
	if ce.EntityRegistryID != nil || ce.RegistryID != nil || ce.RegistrationOrigin != nil || ce.FolderID == nil || *ce.FolderID != folder {
		t.Errorf("after UnregisterEntities: %+v", ce)
	}
	if _, _, err := s.BulkGetRegisteredEntities(ctx, regID, rids[:1]); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("an unregistered entity is still found: %v", err)
	}
	if _, err := s.UnregisterEntities(ctx, regID, &benchling.UnregisterEntities{EntityIDs: []string{ce.ID}, FolderID: folder}); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("UnregisterEntities of an unregistered entity: %v", err)
	}

	// RNA kinds register and come back typed too.
	ro, _, err := c.RnaOligos.Create(ctx, &benchling.RnaOligoCreate{Name: "siRNA", Bases: benchling.Ptr("GCAAGCUGACC"), FolderID: &folder})
	if err != nil {
		t.Fatal(err)
	}
	rs, _, err := c.RnaSequences.Create(ctx, &benchling.RnaSequenceCreate{Name: "gRNA", Bases: benchling.Ptr("GGAUCC"), FolderID: &folder})
	if err != nil {
		t.Fatal(err)
	}
	link, _, err = s.BulkRegisterEntities(ctx, regID, &benchling.RegisterEntities{EntityIDs: []string{ro.ID, rs.ID}, NamingStrategy: benchling.NamingStrategyDeleteNames})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := link.Wait(ctx); err != nil {
		t.Fatal(err)
	}
	ro, _, _ = c.RnaOligos.Get(ctx, ro.ID, nil)
	if ro.EntityRegistryID == nil || ro.Name != *ro.EntityRegistryID {
		t.Fatalf("after DELETE_NAMES the name is the registry ID: %+v", ro)
	}
	rs, _, _ = c.RnaSequences.Get(ctx, rs.ID, nil)
	ents, _, err = s.BulkGetRegisteredEntities(ctx, regID, []string{*ro.EntityRegistryID, *rs.EntityRegistryID})
	if err != nil || len(ents) != 2 {
		t.Fatal(err, ents)
	}
	if o, ok := ents[0].(*benchling.RnaOligoWithEntityType); !ok || o.Bases != "GCAAGCUGACC" {
		t.Errorf("an RNA oligo: %T %+v", ents[0], ents[0])
	}
	if q, ok := ents[1].(*benchling.RnaSequenceWithEntityType); !ok || q.Bases != "GGAUCC" {
		t.Errorf("an RNA sequence: %T %+v", ents[1], ents[1])
	}

	// The deprecated lists.
	es, _, err := s.ListEntitySchemas(ctx, regID)
	if err != nil || !slices.ContainsFunc(es, func(s *benchling.DeprecatedEntitySchema) bool { return s.ID == seeded["Plasmid"] }) {
		t.Errorf("ListEntitySchemas: %v %d", err, len(es))
	}
	bs, _, err := s.ListBatchSchemas(ctx, regID)
	if err != nil || len(bs) == 0 || bs[0].RegistryID != regID {
		t.Errorf("ListBatchSchemas: %v %+v", err, bs)
	}
	for name, call := range map[string]func() (int, error){
		"ListBoxSchemas":       func() (int, error) { l, _, err := s.ListBoxSchemas(ctx, regID); return len(l), err },
		"ListContainerSchemas": func() (int, error) { l, _, err := s.ListContainerSchemas(ctx, regID); return len(l), err },
		"ListLocationSchemas":  func() (int, error) { l, _, err := s.ListLocationSchemas(ctx, regID); return len(l), err },
		"ListPlateSchemas":     func() (int, error) { l, _, err := s.ListPlateSchemas(ctx, regID); return len(l), err },
		"ListDropdowns":        func() (int, error) { l, _, err := s.ListDropdowns(ctx, regID); return len(l), err },
	} {
		if n, err := call(); err != nil || n == 0 {
			t.Errorf("%s: %v, %d items", name, err, n)
		}
	}
	if _, _, err := s.ListPlateSchemas(ctx, "src_missing"); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("ListPlateSchemas of an unknown registry: %v", err)
	}
}
