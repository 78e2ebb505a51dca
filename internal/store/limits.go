package store

// MaxRev bounds an autosave's revision number. The exam page counts one
// per change, so a long exam stays far below it; a revision near the int64
// maximum was accepted and froze the answer, since no later save could be
// newer (issue 15 point 9).
const MaxRev = 1_000_000
