package webhook

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// maxJWKSSize caps the JWKS response body read.
const maxJWKSSize = 1 << 20

// maxJWKSKeys caps the number of keys accepted from one JWKS.
const maxJWKSKeys = 32

// jwk is the subset of an RFC 7517 JSON Web Key used here.
type jwk struct {
	Kty string `json:"kty"`
	Crv string `json:"crv"`
	X   string `json:"x"`
	Y   string `json:"y"`
	Kid string `json:"kid"`
	Use string `json:"use"`
	Alg string `json:"alg"`
}

// publicKey is one verification key of the JWKS.
type publicKey struct {
	kid string
	pub *ecdsa.PublicKey
}

// parseJWKS parses a JWK Set and returns its EC P-256 signature keys. Keys
// of other types or curves, or marked for another use or algorithm, are
// skipped; an EC P-256 key with bad coordinates fails the whole set. A set
// with no usable key is an error.
func parseJWKS(data []byte) ([]publicKey, error) {
	var set struct {
		Keys []json.RawMessage `json:"keys"`
	}
	if err := json.Unmarshal(data, &set); err != nil {
		return nil, errors.New("response is not a JSON Web Key Set")
	}
	if len(set.Keys) > maxJWKSKeys {
		return nil, fmt.Errorf("more than %d keys", maxJWKSKeys)
	}
	var keys []publicKey
	for i, raw := range set.Keys {
		var k jwk
		if err := json.Unmarshal(raw, &k); err != nil {
			return nil, fmt.Errorf("key %d is not a JSON Web Key", i)
		}
		if k.Kty != "EC" || k.Crv != "P-256" || (k.Use != "" && k.Use != "sig") || (k.Alg != "" && k.Alg != "ES256") {
			continue
		}
		pub, err := ecP256Key(k.X, k.Y)
		if err != nil {
			return nil, fmt.Errorf("key %d (kid %q): %w", i, k.Kid, err)
		}
		keys = append(keys, publicKey{kid: k.Kid, pub: pub})
	}
	if len(keys) == 0 {
		return nil, errors.New("no EC P-256 signature key in the set")
	}
	return keys, nil
}

// ecP256Key builds a P-256 public key from base64url coordinates, checking
// that each is exactly 32 bytes and that the point is on the curve.
func ecP256Key(x, y string) (*ecdsa.PublicKey, error) {
	xb, err := decodeBase64URL(x)
	if err != nil {
		return nil, errors.New("x is not base64url")
	}
	yb, err := decodeBase64URL(y)
	if err != nil {
		return nil, errors.New("y is not base64url")
	}
	if len(xb) != 32 || len(yb) != 32 {
		return nil, errors.New("coordinates are not 32 bytes long")
	}
	point := make([]byte, 0, 65)
	point = append(point, 4)
	point = append(point, xb...)
	point = append(point, yb...)
	pub, err := ecdsa.ParseUncompressedPublicKey(elliptic.P256(), point)
	if err != nil {
		return nil, errors.New("point is not on the P-256 curve")
	}
	return pub, nil
}

// decodeBase64URL decodes unpadded base64url (RFC 7515), tolerating
// padding.
func decodeBase64URL(s string) ([]byte, error) {
	return base64.RawURLEncoding.Strict().DecodeString(strings.TrimRight(s, "="))
}
