# The everyday targets. `make test` is what CI runs (see .ci/run).
GO ?= go

.PHONY: test build vet serve fuzz tone-eval

test:
	$(GO) test -race -timeout 30m ./...

build:
	$(GO) build -o hocviet ./cmd/hocviet

vet:
	$(GO) vet ./...

serve:
	$(GO) run ./cmd/hocviet serve --demo

# Long fuzzing runs stay out of the default test run (2-core machines).
FUZZTIME ?= 3m
fuzz:
	for f in $$($(GO) test -list '^Fuzz' ./internal/viet/ | grep ^Fuzz); do \
		$(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) ./internal/viet/ || exit 1; \
	done

# Proof under load, faults and attack (docs/performance.md, docs/security.md).
.PHONY: fuzz-all loadtest bench

# Every fuzz target, FUZZTIME each; a crasher stops the run and is kept in the
# package's testdata/fuzz/ as a regression case.
FUZZ_PKGS ?= ./internal/viet/ ./internal/bank/ ./internal/tone/ ./internal/account/
fuzz-all:
	for p in $(FUZZ_PKGS); do \
		for f in $$($(GO) test -list '^Fuzz' $$p | grep ^Fuzz); do \
			echo "== $$p $$f for $(FUZZTIME)"; \
			$(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) $$p || exit 1; \
		done; \
	done

# The exam-day load run: prepares the accounts, starts `hocviet serve` itself,
# and writes its report to docs/ (about 8 minutes for 2,000 candidates).
LOADTEST_CANDIDATES ?= 2000
LOADTEST_DURATION ?= 5m
loadtest: build
	./hocviet loadtest --spawn --candidates $(LOADTEST_CANDIDATES) --duration $(LOADTEST_DURATION) \
		--save-every 10s --burst 10s --burst-workers 32 | tee docs/loadtest-$(LOADTEST_CANDIDATES).md

# Readiness list, bank import and exam-start benchmarks.
bench:
	$(GO) test -run '^$$' -bench . -benchtime 5x ./internal/loadtest/ | tee docs/bench.txt
