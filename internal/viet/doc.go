// Package viet is the Vietnamese text engine: it normalises typed text,
// takes syllables apart and checks their spelling, grades a typed answer
// the way a teacher would, and decodes Telex and VNI keys.
//
// The rules it follows are those of shared/docs/vietnamese.md. In short:
//
//   - Normalize gives the form to store and show (NFC, spaces folded, tone
//     marks placed in one style); Key gives the form to grade with (also
//     case, punctuation around words, hyphens and the i/y variants folded);
//     a Keyer gives the same keys for many texts, remembering their words.
//   - Compare, CompareAny and CompareWith grade an answer as correct, tone,
//     diacritic, no_diacritics or wrong, and line up its syllables with the
//     expected ones to say what is wrong with each.
//   - ParseSyllable and Check read syllables as onset, medial, nucleus,
//     coda and tone, and give the spelling rule a syllable breaks.
//   - Telex and VNI decode keys; web/static/js/ime.js is their port to the
//     browser and both pass testdata/ime_vectors.json.
//
// The package imports nothing of the project and keeps no mutable state:
// its lookup tables are filled once at start-up and only read.
package viet
