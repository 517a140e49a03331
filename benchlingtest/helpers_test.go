package benchlingtest

// str returns m[k] as a string ("" if it is not one).
func str(m map[string]any, k string) string { s, _ := m[k].(string); return s }

// list returns m[k] as a list (nil if it is not one).
func list(m map[string]any, k string) []any { l, _ := m[k].([]any); return l }

// ids returns the "id" of each object of l.
func ids(l []any) []string {
	out := make([]string, len(l))
	for i, it := range l {
		out[i] = str(it.(map[string]any), "id")
	}
	return out
}
