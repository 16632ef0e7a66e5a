# Two entry points do all set-up on a fresh machine: `make demo` and `make test`.
# The first Python 3.11+ found builds the virtual environment; PY=... picks another.
PY ?= $(shell for p in python3.13 python3.12 python3.11 python3; do \
	  command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null \
	  && { echo $$p; break; }; done)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED ?= $(abspath ../shared)
# The demo fills the store every README example reads. It is not removed first: ingest is idempotent, so a
# second `make demo` reports duplicates and prints the same stories, and articles ingested since are kept.
DEMO_DB ?= warta.db
# apt-get as root, or through sudo when it needs no password; empty when neither is possible.
APT := $(shell if [ "$$(id -u)" = 0 ]; then echo apt-get; \
	  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then echo "sudo apt-get"; fi)

.PHONY: install demo test lint browser postgres bench clean

$(STAMP): pyproject.toml
	@test -n "$(PY)" || { echo "error: warta needs Python 3.11 or newer (set PY=/path/to/python3.11)"; exit 1; }
	@$(PY) -m venv $(VENV) 2>/dev/null || { \
	  echo "venv unavailable; installing Debian's python3-venv"; \
	  test -n "$(APT)" && $(APT) update -qq && DEBIAN_FRONTEND=noninteractive $(APT) install -y -qq python3-venv \
	    >/dev/null && rm -rf $(VENV) && $(PY) -m venv $(VENV); }
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

# Debian's chromium for the browser tests. If it cannot be installed, the browser tests skip; nothing fails.
browser:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || { \
	  if [ -n "$(APT)" ]; then \
	    ($(APT) update -qq && DEBIAN_FRONTEND=noninteractive $(APT) install -y -qq chromium >/dev/null) \
	      || echo "warning: could not install chromium; browser tests will skip"; \
	  else echo "warning: chromium not installed and apt-get unavailable; browser tests will skip"; fi; }

# Debian's postgresql for the PostgreSQL store tests (the tests start their own server in a temporary
# directory; the package's own cluster is not used). If it cannot be installed, those tests skip; nothing fails.
postgres:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { \
	  if [ -n "$(APT)" ]; then \
	    ($(APT) update -qq && DEBIAN_FRONTEND=noninteractive $(APT) install -y -qq postgresql >/dev/null) \
	      || echo "warning: could not install postgresql; PostgreSQL store tests will skip"; \
	  else echo "warning: postgresql not installed and apt-get unavailable; PostgreSQL store tests will skip"; fi; }

demo: install
	WARTA_DB=$(DEMO_DB) HF_HUB_OFFLINE=1 $(BIN)/warta demo

test: install browser postgres
	WARTA_SHARED=$(SHARED) HF_HUB_OFFLINE=1 $(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check src tests benchmarks

bench: install
	WARTA_SHARED=$(SHARED) HF_HUB_OFFLINE=1 $(BIN)/python benchmarks/bench_ingest.py

clean:
	rm -rf $(VENV) .pytest_cache  # warta.db holds what was ingested: remove it by hand
