module github.com/benchling-go/benchling

go 1.26.0

require (
	github.com/google/go-cmp v0.7.0
	github.com/google/go-querystring v1.2.0
	github.com/hashicorp/go-retryablehttp v0.7.8
	golang.org/x/oauth2 v0.38.0
)

require github.com/hashicorp/go-cleanhttp v0.5.2 // indirect
