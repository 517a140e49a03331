package benchlingtest

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// What molecules and monomers need of chemistry: reading a structure
// (SMILES, or a V2000 molfile) into atoms and bonds, checking it as a
// chemistry toolkit would (unknown elements, unbalanced branches, unclosed
// rings, bonds to missing atoms), and what Benchling derives from it: a
// SMILES text, molecular weights, and a monomer's attachment points (its
// atoms with an atom-map class, [OH:1]). It is a small reader, not a
// toolkit: stereo marks are read and ignored, aromaticity is taken as
// written, and the SMILES written for a molfile is one valid SMILES of
// the graph, not Benchling's canonical form.

// chemAtom is one atom of a structure.
type chemAtom struct {
	elem     string // "C", "Cl"; aromatic atoms are upper-cased, with aromatic set
	aromatic bool
	bracket  bool // written in brackets: its hydrogens are hCount, never implicit
	hCount   int  // explicit hydrogens of a bracket atom
	charge   int
	mapClass int // the atom-map class ([OH:1] is 1), 0 for none
	text     string
}

// chemBond joins atoms a and b with order 1, 2 or 3 (an aromatic bond
// counts 1).
type chemBond struct{ a, b, order int }

// chemStructure is a structure read from SMILES or a molfile.
type chemStructure struct {
	atoms []chemAtom
	bonds []chemBond
}

// Atomic weights (average, and of the most abundant isotope) of the
// elements the reader knows.
var elements = map[string][2]float64{
	"H": {1.008, 1.007825}, "B": {10.81, 11.009305}, "C": {12.011, 12}, "N": {14.007, 14.003074},
	"O": {15.999, 15.994915}, "F": {18.998, 18.998403}, "Na": {22.990, 22.989770}, "Mg": {24.305, 23.985042},
	"Si": {28.085, 27.976927}, "P": {30.974, 30.973762}, "S": {32.06, 31.972071}, "Cl": {35.45, 34.968853},
	"K": {39.098, 38.963707}, "Ca": {40.078, 39.962591}, "Fe": {55.845, 55.934942}, "Cu": {63.546, 62.929601},
	"Zn": {65.38, 63.929147}, "Se": {78.971, 79.916522}, "Br": {79.904, 78.918338}, "I": {126.904, 126.904473},
	"Li": {6.94, 7.016004},
}

// organicValences are the usual valences of SMILES's organic subset,
// which the reader uses for implicit hydrogens.
var organicValences = map[string][]int{
	"B": {3}, "C": {4}, "N": {3, 5}, "O": {2}, "P": {3, 5}, "S": {2, 4, 6}, "F": {1}, "Cl": {1}, "Br": {1}, "I": {1},
}

// parseSmiles reads a SMILES string, or says what is wrong with it.
func parseSmiles(s string) (*chemStructure, string) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, "the SMILES is empty"
	}
	st := &chemStructure{}
	prev, order := -1, 0
	var branches []int
	rings := map[int][2]int{} // ring number -> atom, bond order
	addAtom := func(a chemAtom) {
		st.atoms = append(st.atoms, a)
		i := len(st.atoms) - 1
		if prev >= 0 {
			st.bonds = append(st.bonds, chemBond{prev, i, max(order, 1)})
		}
		prev, order = i, 0
	}
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '(':
			if prev < 0 {
				return nil, fmt.Sprintf("a branch opens before any atom at position %d", i)
			}
			branches = append(branches, prev)
			i++
		case c == ')':
			if len(branches) == 0 {
				return nil, fmt.Sprintf("unbalanced ')' at position %d", i)
			}
			prev, branches = branches[len(branches)-1], branches[:len(branches)-1]
			i++
		case c == '-' || c == '=' || c == '#' || c == ':' || c == '/' || c == '\\':
			order = map[byte]int{'-': 1, '=': 2, '#': 3, ':': 1, '/': 1, '\\': 1}[c]
			i++
		case c == '.':
			prev, order = -1, 0
			i++
		case c >= '0' && c <= '9' || c == '%':
			n, w := int(c-'0'), 1
			if c == '%' {
				if i+2 >= len(s) || !isDigit(s[i+1]) || !isDigit(s[i+2]) {
					return nil, fmt.Sprintf("invalid ring number at position %d", i)
				}
				n, _ = strconv.Atoi(s[i+1 : i+3])
				w = 3
			}
			if prev < 0 {
				return nil, fmt.Sprintf("a ring bond before any atom at position %d", i)
			}
			if open, ok := rings[n]; ok {
				st.bonds = append(st.bonds, chemBond{open[0], prev, max(order, open[1], 1)})
				delete(rings, n)
			} else {
				rings[n] = [2]int{prev, order}
			}
			order = 0
			i += w
		case c == '[':
			end := strings.IndexByte(s[i:], ']')
			if end < 0 {
				return nil, fmt.Sprintf("unclosed '[' at position %d", i)
			}
			a, msg := parseBracketAtom(s[i+1 : i+end])
			if msg != "" {
				return nil, fmt.Sprintf("%s at position %d", msg, i)
			}
			addAtom(a)
			i += end + 1
		default:
			elem := ""
			for _, e := range []string{"Cl", "Br", "B", "C", "N", "O", "P", "S", "F", "I", "b", "c", "n", "o", "p", "s"} {
				if strings.HasPrefix(s[i:], e) {
					elem = e
					break
				}
			}
			if elem == "" {
				return nil, fmt.Sprintf("invalid character %q at position %d", c, i)
			}
			aromatic := unicode.IsLower(rune(elem[0]))
			addAtom(chemAtom{elem: strings.ToUpper(elem[:1]) + elem[1:], aromatic: aromatic, text: elem})
			i += len(elem)
		}
	}
	if len(branches) > 0 {
		return nil, "unbalanced '('"
	}
	if len(rings) > 0 {
		return nil, "a ring is not closed"
	}
	if len(st.atoms) == 0 {
		return nil, "the SMILES has no atoms"
	}
	return st, ""
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// parseBracketAtom reads the inside of [...]: isotope, element, chirality,
// hydrogens, charge and atom-map class.
func parseBracketAtom(in string) (chemAtom, string) {
	a := chemAtom{bracket: true, text: "[" + in + "]"}
	i := 0
	for i < len(in) && isDigit(in[i]) { // isotope
		i++
	}
	rest := in[i:]
	switch {
	case rest == "":
		return a, "an atom without an element"
	case len(rest) >= 2 && unicode.IsUpper(rune(rest[0])) && unicode.IsLower(rune(rest[1])) && elements[rest[:2]] != [2]float64{}:
		a.elem, i = rest[:2], i+2
	case unicode.IsUpper(rune(rest[0])):
		a.elem, i = rest[:1], i+1
	case strings.ContainsRune("bcnops", rune(rest[0])):
		a.elem, a.aromatic, i = strings.ToUpper(rest[:1]), true, i+1
	default:
		return a, fmt.Sprintf("invalid atom %q", "["+in+"]")
	}
	if _, ok := elements[a.elem]; !ok {
		return a, fmt.Sprintf("unknown element %q", a.elem)
	}
	for i < len(in) && in[i] == '@' {
		i++
	}
	if i < len(in) && in[i] == 'H' {
		i++
		a.hCount = 1
		if j := i; j < len(in) && isDigit(in[j]) {
			a.hCount = int(in[j] - '0')
			i++
		}
	}
	for i < len(in) && (in[i] == '+' || in[i] == '-') {
		sign := 1
		if in[i] == '-' {
			sign = -1
		}
		i++
		n := 1
		if i < len(in) && isDigit(in[i]) {
			n = int(in[i] - '0')
			i++
		}
		a.charge += sign * n
	}
	if i < len(in) && in[i] == ':' {
		n, err := strconv.Atoi(in[i+1:])
		if err != nil || n <= 0 {
			return a, fmt.Sprintf("invalid atom-map class in %q", "["+in+"]")
		}
		a.mapClass, i = n, len(in)
	}
	if i != len(in) {
		return a, fmt.Sprintf("invalid atom %q", "["+in+"]")
	}
	return a, ""
}

// parseMolfile reads a V2000 molfile: the counts line, then the atom and
// bond blocks, ended by "M  END".
func parseMolfile(s string) (*chemStructure, string) {
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	if len(lines) < 4 {
		return nil, "the molfile has no counts line"
	}
	counts := lines[3]
	if !strings.Contains(counts, "V2000") {
		return nil, "the molfile is not in the V2000 format"
	}
	// The counts line is fixed-width: atoms in columns 1-3, bonds in 4-6.
	if len(counts) < 6 {
		return nil, "the molfile's counts line does not match its blocks"
	}
	na, err1 := strconv.Atoi(strings.TrimSpace(counts[0:3]))
	nb, err2 := strconv.Atoi(strings.TrimSpace(counts[3:6]))
	if err1 != nil || err2 != nil || na < 0 || nb < 0 || len(lines) < 4+na+nb {
		return nil, "the molfile's counts line does not match its blocks"
	}
	st := &chemStructure{}
	for _, ln := range lines[4 : 4+na] {
		af := strings.Fields(ln)
		if len(af) < 4 {
			return nil, fmt.Sprintf("invalid atom line %q", ln)
		}
		if _, ok := elements[af[3]]; !ok {
			return nil, fmt.Sprintf("unknown element %q", af[3])
		}
		st.atoms = append(st.atoms, chemAtom{elem: af[3]})
	}
	for _, ln := range lines[4+na : 4+na+nb] {
		bf := strings.Fields(ln)
		if len(bf) < 3 {
			return nil, fmt.Sprintf("invalid bond line %q", ln)
		}
		a, e1 := strconv.Atoi(bf[0])
		b, e2 := strconv.Atoi(bf[1])
		o, e3 := strconv.Atoi(bf[2])
		if e1 != nil || e2 != nil || e3 != nil || a < 1 || b < 1 || a > na || b > na || a == b || o < 1 || o > 4 {
			return nil, fmt.Sprintf("invalid bond line %q", ln)
		}
		if o == 4 { // aromatic
			o = 1
			st.atoms[a-1].aromatic, st.atoms[b-1].aromatic = true, true
		}
		st.bonds = append(st.bonds, chemBond{a - 1, b - 1, o})
	}
	if !slices.ContainsFunc(lines[4+na+nb:], func(l string) bool { return strings.HasPrefix(l, "M  END") }) {
		return nil, `the molfile has no "M  END" line`
	}
	if na == 0 {
		return nil, "the molfile has no atoms"
	}
	return st, ""
}

// hydrogens is the number of hydrogens on each atom: a bracket atom's
// explicit ones, or an organic atom's implicit ones (its lowest usual
// valence that its bonds fit, minus its bonds; an aromatic atom has one
// bond more).
func (st *chemStructure) hydrogens() []int {
	used := make([]int, len(st.atoms))
	for _, b := range st.bonds {
		used[b.a] += b.order
		used[b.b] += b.order
	}
	out := make([]int, len(st.atoms))
	for i, a := range st.atoms {
		if a.bracket {
			out[i] = a.hCount
			continue
		}
		u := used[i]
		if a.aromatic {
			u++
		}
		for _, v := range organicValences[a.elem] {
			if v >= u {
				out[i] = v - u
				break
			}
		}
	}
	return out
}

// weights returns the average and the monoisotopic molecular weight,
// rounded to three decimals.
func (st *chemStructure) weights() (avg, exact float64) {
	for i, h := range st.hydrogens() {
		w := elements[st.atoms[i].elem]
		avg += w[0] + float64(h)*elements["H"][0]
		exact += w[1] + float64(h)*elements["H"][1]
	}
	round := func(x float64) float64 { return math.Round(x*1000) / 1000 }
	return round(avg), round(exact)
}

// smiles writes the structure as SMILES: a depth-first walk from the
// first atom of each component, branches in parentheses, ring closures
// numbered, bracket atoms for what the organic subset cannot write.
func (st *chemStructure) smiles() string {
	adj := make([][]chemBond, len(st.atoms))
	for _, b := range st.bonds {
		adj[b.a] = append(adj[b.a], b)
		adj[b.b] = append(adj[b.b], chemBond{b.b, b.a, b.order})
	}
	hs := st.hydrogens()
	atomText := func(i int) string {
		a := st.atoms[i]
		if a.text != "" {
			return a.text
		}
		if _, organic := organicValences[a.elem]; organic && a.charge == 0 {
			if a.aromatic {
				return strings.ToLower(a.elem)
			}
			return a.elem
		}
		h := ""
		if hs[i] > 0 {
			h = "H"
			if hs[i] > 1 {
				h += strconv.Itoa(hs[i])
			}
		}
		return "[" + a.elem + h + "]"
	}
	bondText := func(o int) string { return map[int]string{2: "=", 3: "#"}[o] }
	seen := make([]bool, len(st.atoms))
	parent := make([]int, len(st.atoms))
	// First pass: find ring-closure bonds (back edges of the walk).
	type edge struct{ a, b int }
	closures := map[edge]int{}
	ringAt := map[int][]string{}
	next := 1
	var find func(i int)
	find = func(i int) {
		seen[i] = true
		for _, b := range adj[i] {
			switch {
			case !seen[b.b]:
				parent[b.b] = i
				find(b.b)
			case b.b != parent[i] && closures[edge{b.b, i}] == 0 && closures[edge{i, b.b}] == 0:
				closures[edge{i, b.b}] = next
				ringAt[b.b] = append(ringAt[b.b], bondText(b.order)+ringLabel(next))
				ringAt[i] = append(ringAt[i], ringLabel(next))
				next++
			}
		}
	}
	var roots []int
	for i := range st.atoms {
		if !seen[i] {
			parent[i] = -1
			roots = append(roots, i)
			find(i)
		}
	}
	for i := range seen {
		seen[i] = false
	}
	var sb strings.Builder
	var write func(i int)
	write = func(i int) {
		seen[i] = true
		sb.WriteString(atomText(i))
		for _, r := range ringAt[i] {
			sb.WriteString(r)
		}
		var kids []chemBond
		for _, b := range adj[i] {
			if !seen[b.b] && parent[b.b] == i {
				kids = append(kids, b)
			}
		}
		for k, b := range kids {
			last := k == len(kids)-1
			if !last {
				sb.WriteByte('(')
			}
			sb.WriteString(bondText(b.order))
			write(b.b)
			if !last {
				sb.WriteByte(')')
			}
		}
	}
	for k, r := range roots {
		if k > 0 {
			sb.WriteByte('.')
		}
		write(r)
	}
	return sb.String()
}

func ringLabel(n int) string {
	if n < 10 {
		return strconv.Itoa(n)
	}
	return "%" + strconv.Itoa(n)
}

// attachmentPoints are the groups of the atoms with an atom-map class, in
// the order of their classes: the bracket atom without its class ("OH"
// for [OH:1]).
func (st *chemStructure) attachmentPoints() []string {
	type point struct {
		class int
		group string
	}
	var pts []point
	for _, a := range st.atoms {
		if a.mapClass == 0 {
			continue
		}
		g := a.elem
		if a.hCount > 0 {
			g += "H"
			if a.hCount > 1 {
				g += strconv.Itoa(a.hCount)
			}
		}
		pts = append(pts, point{a.mapClass, g})
	}
	slices.SortStableFunc(pts, func(x, y point) int { return x.class - y.class })
	out := make([]string, len(pts))
	for i, p := range pts {
		out[i] = p.group
	}
	return out
}
