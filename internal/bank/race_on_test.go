//go:build race

package bank

// raceEnabled: the race detector slows the YAML parser many times over,
// so timing bounds are wider under it.
const raceEnabled = true
