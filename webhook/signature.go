package webhook

import (
	"encoding/asn1"
	"encoding/base64"
	"fmt"
	"math/big"
	"strings"
)

// Header names of a Benchling webhook delivery.
const (
	HeaderID        = "webhook-id"
	HeaderTimestamp = "webhook-timestamp"
	HeaderSignature = "webhook-signature"
)

// maxSignatures bounds the DER signatures tried per delivery, so that a
// forged header cannot make Verify spend unbounded CPU. Benchling sends one,
// or a few while it rotates keys.
const maxSignatures = 16

// parseSignatureHeader returns the DER ECDSA signatures of a
// webhook-signature header value: the space-separated "<version>,<base64>"
// items whose version contains "der". Items of other versions are skipped
// without decoding their payload. The error wraps ErrMalformedSignature or
// ErrNoSignature.
func parseSignatureHeader(h string) ([][]byte, error) {
	var sigs [][]byte
	for i, item := range strings.Fields(h) {
		version, payload, ok := strings.Cut(item, ",")
		if !ok || version == "" {
			return nil, verr(ErrMalformedSignature, HeaderSignature, fmt.Sprintf("item %d is not <version>,<signature>", i+1))
		}
		if !strings.Contains(version, "der") {
			continue
		}
		if len(sigs) == maxSignatures {
			return nil, verr(ErrMalformedSignature, HeaderSignature, fmt.Sprintf("more than %d der signatures", maxSignatures))
		}
		der, err := decodeBase64(payload)
		if err != nil {
			return nil, verr(ErrMalformedSignature, HeaderSignature, fmt.Sprintf("item %d is not base64", i+1))
		}
		if !isDERSignature(der) {
			return nil, verr(ErrMalformedSignature, HeaderSignature, fmt.Sprintf("item %d is not a DER ECDSA signature", i+1))
		}
		sigs = append(sigs, der)
	}
	if len(sigs) == 0 {
		return nil, verr(ErrNoSignature, HeaderSignature, "")
	}
	return sigs, nil
}

// decodeBase64 decodes standard base64, padded or not.
func decodeBase64(s string) ([]byte, error) {
	if strings.HasSuffix(s, "=") || len(s)%4 == 0 {
		return base64.StdEncoding.Strict().DecodeString(s)
	}
	return base64.RawStdEncoding.Strict().DecodeString(s)
}

// isDERSignature reports whether b is exactly one ASN.1 DER
// SEQUENCE { r INTEGER, s INTEGER } with positive r and s.
func isDERSignature(b []byte) bool {
	var sig struct{ R, S *big.Int }
	rest, err := asn1.Unmarshal(b, &sig)
	return err == nil && len(rest) == 0 && sig.R.Sign() > 0 && sig.S.Sign() > 0
}
