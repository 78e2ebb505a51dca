package bank

// readAloudRubrics is the editorial rule of issue 13 for read-aloud items:
// reading a given text aloud is rated on how it is read (pronunciation,
// tones, fluency, accuracy against the text), so a read_aloud item names a
// rubric marked for: read_aloud, and no other item does. Lint applies it;
// Load does not, so banks written before the rule still import.
func readAloudRubrics(b *Bank) []Problem {
	r := &report{}
	for _, it := range b.Items {
		if it.Rubric == "" {
			continue
		}
		rb, ok := b.rubrics[it.Rubric]
		if !ok {
			continue // check reports a missing rubric
		}
		src := it.lines.at(it.Source, "rubric")
		switch isRA := it.Type == TypeReadAloud; {
		case isRA && rb.For != TypeReadAloud:
			r.errorf(src, "read_aloud is rated with a read-aloud rubric (pronunciation, tones, fluency, accuracy), not %q", it.Rubric)
		case !isRA && rb.For == TypeReadAloud:
			r.errorf(src, "rubric %q is for read_aloud items, the item is %s", it.Rubric, it.Type)
		}
	}
	return r.ps
}
