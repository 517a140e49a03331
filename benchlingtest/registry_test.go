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
	e2eSchemas(t, srv, "ts_strain:custom_entity")
	ce, _, err := c.CustomEntities.Create(ctx, &benchling.CustomEntityCreate{EntityCreateBase: benchling.EntityCreateBase{Name: "Strain 1", FolderID: &folder}, SchemaID: "ts_strain"})
	if err != nil {
		t.Fatal(err)
	}
	ce2, _, err := c.CustomEntities.Create(ctx, &benchling.CustomEntityCreate{EntityCreateBase: benchling.EntityCreateBase{Name: "STR-KEEP", FolderID: &folder}, SchemaID: "ts_strain"})
	if err != nil {
		t.Fatal(err)
	}
	mol, _, err := c.Molecules.Create(ctx, &benchling.MoleculeCreate{EntityCreateBase: benchling.EntityCreateBase{Name: "Ethanol", FolderID: &folder}, ChemicalStructure: benchling.SmilesStructure("CCO")})
	if err != nil {
		t.Fatal(err)
	}
	dna, _, err := c.DnaSequences.Create(ctx, &benchling.DnaSequenceCreate{EntityCreateBase: benchling.EntityCreateBase{
		Name:     "pUC19 fragment",
		FolderID: &folder,
	}, Bases: "ATGC", IsCircular: false,
		SchemaID: benchling.Ptr(seeded["Plasmid"])})
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
	dna, _, _ = c.DnaSequences.Get(ctx, dna.ID, nil)
	if !strings.HasPrefix(dna.Name, "PLS-") || !slices.Contains(dna.Aliases, "pUC19 fragment") || dna.EntityRegistryID == nil {
		t.Errorf("after SET_FROM_NAME_PARTS: %+v", dna)
	}
	// Registering again, or an unknown entity, is a 400 that registers
	// nothing; so is a name the registry already has as an ID.
	ce3, _, _ := c.CustomEntities.Create(ctx, &benchling.CustomEntityCreate{EntityCreateBase: benchling.EntityCreateBase{Name: "STR-KEEP", FolderID: &folder}, SchemaID: "ts_strain"})
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
	ro, _, err := c.RnaOligos.Create(ctx, &benchling.RnaOligoCreate{EntityCreateBase: benchling.EntityCreateBase{Name: "siRNA", FolderID: &folder}, Bases: benchling.Ptr("GCAAGCUGACC")})
	if err != nil {
		t.Fatal(err)
	}
	rs, _, err := c.RnaSequences.Create(ctx, &benchling.RnaSequenceCreate{EntityCreateBase: benchling.EntityCreateBase{Name: "gRNA", FolderID: &folder}, Bases: benchling.Ptr("GGAUCC")})
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

// TestE2ERegistryNamingStrategies: each naming strategy names entities as
// the spec describes, with a schema's name template (a text part and a
// field's value here) for the *_FROM_PARTS strategies, and a registry ID
// a strategy would give twice is refused before anything is registered.
func TestE2ERegistryNamingStrategies(t *testing.T) {
	srv, c := e2eSetup(t, nil)
	ctx, folder, reg := e2eCtx(t), srv.FolderID(), srv.RegistryID()
	ids, err := srv.Add("entity-schemas", map[string]any{"name": "Strain", "type": "custom_entity", "prefix": "STR",
		"fieldDefinitions":  []any{map[string]any{"id": "tsf_genotype", "name": "Genotype", "type": "text"}},
		"nameTemplateParts": []any{map[string]any{"type": "TEXT", "text": "STR-"}, map[string]any{"type": "FIELD", "fieldId": "tsf_genotype"}}})
	if err != nil {
		t.Fatal(err)
	}
	schema := ids[0]
	mk := func(name string, genotype string) *benchling.CustomEntity {
		e, _, err := c.CustomEntities.Create(ctx, &benchling.CustomEntityCreate{EntityCreateBase: benchling.EntityCreateBase{
			Name:     name,
			FolderID: &folder,
			Fields:   benchling.Fields{"Genotype": {Value: benchling.StringValue(genotype)}},
		}, SchemaID: schema,
		})
		if err != nil {
			t.Fatal(err)
		}
		return e
	}
	register := func(ns benchling.NamingStrategy, es ...*benchling.CustomEntity) error {
		ids := make([]string, len(es))
		for i, e := range es {
			ids[i] = e.ID
		}
		link, _, err := c.Registry.BulkRegisterEntities(ctx, reg, &benchling.RegisterEntities{EntityIDs: ids, NamingStrategy: ns})
		if err != nil {
			return err
		}
		_, err = link.Wait(ctx)
		return err
	}
	get := func(e *benchling.CustomEntity) *benchling.CustomEntity {
		g, _, err := c.CustomEntities.Get(ctx, e.ID, nil)
		if err != nil {
			t.Fatal(err)
		}
		return g
	}
	for _, tc := range []struct {
		ns                benchling.NamingStrategy
		name, genotype    string
		wantName, wantRID string // "*" is a new registry ID of the schema's prefix, STR
		wantAlias         string
	}{
		{benchling.NamingStrategyNewIDs, "Strain A", "recA1", "Strain A", "*", ""},
		{benchling.NamingStrategyIDsFromNames, "STR-B", "recA2", "STR-B", "STR-B", ""},
		{benchling.NamingStrategyKeepNames, "STR-C", "recA3", "STR-C", "STR-C", ""},
		{benchling.NamingStrategyDeleteNames, "Strain D", "recA4", "*", "*", ""},
		{benchling.NamingStrategySetFromNameParts, "Strain E", "endA1", "STR-endA1", "*", "Strain E"},
		{benchling.NamingStrategyReplaceNamesFromParts, "Strain F", "gyrA96", "STR-gyrA96", "*", ""},
		{benchling.NamingStrategyReplaceIDAndNameFromParts, "Strain G", "hsdR17", "STR-hsdR17", "STR-hsdR17", ""},
	} {
		e := mk(tc.name, tc.genotype)
		if err := register(tc.ns, e); err != nil {
			t.Fatalf("%s: %v", tc.ns, err)
		}
		g := get(e)
		rid := *g.EntityRegistryID
		if tc.wantRID == "*" && !strings.HasPrefix(rid, "STR0") || tc.wantRID != "*" && rid != tc.wantRID {
			t.Errorf("%s: registry ID %q, want %q", tc.ns, rid, tc.wantRID)
		}
		if tc.wantName == "*" && g.Name != rid || tc.wantName != "*" && g.Name != tc.wantName {
			t.Errorf("%s: name %q, want %q", tc.ns, g.Name, tc.wantName)
		}
		if tc.wantAlias != "" && !slices.Contains(g.Aliases, tc.wantAlias) {
			t.Errorf("%s: aliases %v, want %q kept", tc.ns, g.Aliases, tc.wantAlias)
		}
	}
	// Two entities with one name: IDS_FROM_NAMES would give one ID twice.
	x, y := mk("STR-X", "a"), mk("STR-X", "b")
	if err := register(benchling.NamingStrategyIDsFromNames, x, y); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("a registry ID twice: %v", err)
	}
	if get(x).EntityRegistryID != nil {
		t.Error("a rejected registration registered an entity")
	}
	// A schema without a name template cannot name from parts.
	e2eSchemas(t, srv, "ts_notemplate:custom_entity")
	plain, _, err := c.CustomEntities.Create(ctx, &benchling.CustomEntityCreate{EntityCreateBase: benchling.EntityCreateBase{Name: "Plain", FolderID: &folder}, SchemaID: "ts_notemplate"})
	if err != nil {
		t.Fatal(err)
	}
	if err := register(benchling.NamingStrategyReplaceNamesFromParts, plain); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("no name template: %v", err)
	}
	// The same strategies apply to an entity created in the registry.
	made, _, err := c.CustomEntities.Create(ctx, &benchling.CustomEntityCreate{EntityCreateBase: benchling.EntityCreateBase{
		Name:           "Strain H",
		RegistryID:     &reg,
		NamingStrategy: benchling.NamingStrategySetFromNameParts,
		Fields:         benchling.Fields{"Genotype": {Value: benchling.StringValue("lacZ")}},
	}, SchemaID: schema,
	})
	if err != nil || made.Name != "STR-lacZ" || !slices.Contains(made.Aliases, "Strain H") {
		t.Errorf("Create with SET_FROM_NAME_PARTS: %v %+v", err, made)
	}
}

// TestRegistryIDsTakeTheSchemaPrefix checks that registering with NEW_IDS
// (on creation and with BulkRegisterEntities) numbers registry IDs with the
// prefix of the entity's schema, as EntitySchema.Prefix says ("PLS" for
// PLS001), and falls back to the kind's prefix for a schema without one.
func TestRegistryIDsTakeTheSchemaPrefix(t *testing.T) {
	srv, c := e2eSetup(t, nil)
	ctx, folder, regID := e2eCtx(t), srv.FolderID(), srv.RegistryID()
	ids, err := srv.Add("entity-schemas", &benchling.EntitySchema{Schema: benchling.Schema{Name: "Strain", Type: benchling.SchemaTypeCustomEntity}, Prefix: "STR"})
	if err != nil {
		t.Fatal(err)
	}
	strain := ids[0]
	direct, _, err := c.CustomEntities.Create(ctx, &benchling.CustomEntityCreate{EntityCreateBase: benchling.EntityCreateBase{
		Name:           "s1",
		RegistryID:     &regID,
		NamingStrategy: benchling.NamingStrategyNewIDs,
	}, SchemaID: strain,
	})
	if err != nil {
		t.Fatal(err)
	}
	later, _, err := c.CustomEntities.Create(ctx, &benchling.CustomEntityCreate{EntityCreateBase: benchling.EntityCreateBase{Name: "s2", FolderID: &folder}, SchemaID: strain})
	if err != nil {
		t.Fatal(err)
	}
	e2eSchemas(t, srv, "ts_noprefix:custom_entity")
	other, _, err := c.CustomEntities.Create(ctx, &benchling.CustomEntityCreate{EntityCreateBase: benchling.EntityCreateBase{Name: "o1", FolderID: &folder}, SchemaID: "ts_noprefix"})
	if err != nil {
		t.Fatal(err)
	}
	link, _, err := c.Registry.BulkRegisterEntities(ctx, regID, &benchling.RegisterEntities{EntityIDs: []string{later.ID, other.ID}, NamingStrategy: benchling.NamingStrategyNewIDs})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := link.Wait(ctx); err != nil {
		t.Fatal(err)
	}
	later, _, _ = c.CustomEntities.Get(ctx, later.ID, nil)
	other, _, _ = c.CustomEntities.Get(ctx, other.ID, nil)
	for _, tc := range []struct {
		e    *benchling.CustomEntity
		want string
	}{{direct, "STR001"}, {later, "STR002"}, {other, "CE001"}} {
		if got := tc.e.EntityRegistryID; got == nil {
			t.Errorf("%s: not registered, want %s", tc.e.Name, tc.want)
		}
		if got := tc.e.EntityRegistryID; got != nil && *got != tc.want {
			t.Errorf("%s: registry ID %s, want %s", tc.e.Name, *got, tc.want)
		}
	}
}
