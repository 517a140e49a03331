package benchling

// The services reach their Client through c, never through the client
// field, so that a method of the nil service of a Client that NewClient
// did not make (var c benchling.Client; c.Users.Get(...)) returns
// errNotInitialised instead of panicking: every request helper (call,
// list, startTask) checks the client it is given. Each service type needs
// its one-line c; TestServicesNeverPanic fails for a service without it.

func (s *service) c() *Client {
	if s == nil {
		return nil
	}
	return s.client
}

func (s *UsersService) c() *Client          { return (*service)(s).c() }
func (s *AaSequencesService) c() *Client    { return (*service)(s).c() }
func (s *DnaSequencesService) c() *Client   { return (*service)(s).c() }
func (s *EntriesService) c() *Client        { return (*service)(s).c() }
func (s *TasksService) c() *Client          { return (*service)(s).c() }
func (s *SchemasService) c() *Client        { return (*service)(s).c() }
func (s *DropdownsService) c() *Client      { return (*service)(s).c() }
func (s *FoldersService) c() *Client        { return (*service)(s).c() }
func (s *ProjectsService) c() *Client       { return (*service)(s).c() }
func (s *OrganizationsService) c() *Client  { return (*service)(s).c() }
func (s *TeamsService) c() *Client          { return (*service)(s).c() }
func (s *CustomEntitiesService) c() *Client { return (*service)(s).c() }
func (s *MoleculesService) c() *Client      { return (*service)(s).c() }
func (s *MixturesService) c() *Client       { return (*service)(s).c() }
func (s *MonomersService) c() *Client       { return (*service)(s).c() }
func (s *RegistryService) c() *Client       { return (*service)(s).c() }
