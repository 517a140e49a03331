package benchlingtest

import "strings"

// standardCode is the standard genetic code, codons ordered TCAG by
// position (TTT, TTC, TTA, TTG, TCT, ...).
const standardCode = "FFLLSSSSYY**CC*WLLLLPPPPHHQQRRRRIIIMTTTTNNKKSSRRVVVVAAAADDEEGGGG"

func baseIndex(b byte) int {
	switch b {
	case 'T', 't', 'U', 'u':
		return 0
	case 'C', 'c':
		return 1
	case 'A', 'a':
		return 2
	case 'G', 'g':
		return 3
	}
	return -1
}

// translate translates bases[start:end] (0-based, end exclusive; end 0
// means the end of the sequence) with the standard code, on the reverse
// strand if reverse.
func translate(bases string, start, end int, reverse bool) string {
	if end <= 0 || end > len(bases) {
		end = len(bases)
	}
	if start < 0 || start >= end {
		return ""
	}
	s := bases[start:end]
	if reverse {
		s = reverseComplement(strings.ToUpper(s))
	}
	var b strings.Builder
	for i := 0; i+3 <= len(s); i += 3 {
		x, y, z := baseIndex(s[i]), baseIndex(s[i+1]), baseIndex(s[i+2])
		if x < 0 || y < 0 || z < 0 {
			b.WriteByte('X')
			continue
		}
		b.WriteByte(standardCode[x*16+y*4+z])
	}
	return b.String()
}

// preferredCodon is a frequent E. coli codon for each amino acid.
var preferredCodon = map[byte]string{
	'A': "GCG", 'R': "CGT", 'N': "AAC", 'D': "GAT", 'C': "TGC", 'Q': "CAG", 'E': "GAA", 'G': "GGC",
	'H': "CAT", 'I': "ATT", 'L': "CTG", 'K': "AAA", 'M': "ATG", 'F': "TTT", 'P': "CCG", 'S': "AGC",
	'T': "ACC", 'W': "TGG", 'Y': "TAT", 'V': "GTG", '*': "TAA",
}

// backTranslateResidues turns amino acids into DNA with preferred codons
// (NNN for ambiguous residues).
func backTranslateResidues(aa string) string {
	var b strings.Builder
	b.Grow(3 * len(aa))
	for i := 0; i < len(aa); i++ {
		c, ok := preferredCodon[byte(toUpper(rune(aa[i])))]
		if !ok {
			c = "NNN"
		}
		b.WriteString(c)
	}
	return b.String()
}
