package benchling_test

import (
	"crypto/md5"
	"encoding/base64"
	"encoding/hex"
)

func base64Std(b []byte) string { return base64.StdEncoding.EncodeToString(b) }

func md5Hex(b []byte) string {
	s := md5.Sum(b)
	return hex.EncodeToString(s[:])
}
