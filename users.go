package benchling

// UsersService manages users.
//
// Benchling API tag: Users.
type UsersService service
