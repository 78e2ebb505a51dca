# The everyday targets. `make test` is what CI runs (see .ci/run).
GO ?= go

.PHONY: test build vet serve fuzz tone-eval

test:
	$(GO) test -race ./...

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
