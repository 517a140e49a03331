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
func (s *ContainersService) c() *Client     { return (*service)(s).c() }
func (s *BoxesService) c() *Client          { return (*service)(s).c() }
func (s *PlatesService) c() *Client         { return (*service)(s).c() }
func (s *LocationsService) c() *Client      { return (*service)(s).c() }
func (s *InventoryService) c() *Client      { return (*service)(s).c() }
func (s *LabelTemplatesService) c() *Client { return (*service)(s).c() }
func (s *PrintersService) c() *Client       { return (*service)(s).c() }
