package tools

// The Authentication tag (generateToken): the SDK's OAuth (golang.org/x/oauth2,
// behind WithClientCredentials) sends the request and reads the token; no
// exported type models them, by design (the token is a secret the client
// keeps to itself; see authentication_test.go in the root).
var _ = register(driftTable{
	Tag: "Authentication",
	Exempt: map[string]string{
		"TokenCreate":            "the form golang.org/x/oauth2 sends for WithClientCredentials; no SDK type (the contract check validates the request)",
		"TokenResponse":          "decoded by golang.org/x/oauth2; the token never leaves the client",
		"OAuthBadRequestError":   "an error body: the token fetch's error names the status, never the body's secrets",
		"OAuthUnauthorizedError": "an error body: the token fetch's error names the status, never the body's secrets",
	},
})
