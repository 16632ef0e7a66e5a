# Two entry points do all set-up on a fresh machine: `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED ?= $(abspath ../shared)
DEMO_DB ?= demo.db

.PHONY: install demo test lint browser clean-demo

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

# Debian's chromium for the browser tests; skipped quietly where apt is unavailable (tests then skip too).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	      || echo "warning: could not install chromium; browser tests will skip"; \
	  else echo "warning: chromium not installed and apt-get unavailable; browser tests will skip"; fi; }

demo: install
	rm -f $(DEMO_DB)
	WARTA_DB=$(DEMO_DB) $(BIN)/warta demo

test: install browser
	WARTA_SHARED=$(SHARED) HF_HUB_OFFLINE=1 $(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check src tests benchmarks
