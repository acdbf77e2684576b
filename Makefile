# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DEMO_DB := .run/demo.db
DEMO_CUSTOMERS ?= 3000
UI_FORMS := $(wildcard forms/*.ui)

.PHONY: run test soak lint format bench forms translations clean

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "AgriCRM needs Python >= 3.11 (found $$($(PYTHON) --version))"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --constraint constraints.txt --editable '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	@mkdir -p $(dir $(DEMO_DB))
	test -f $(DEMO_DB) || $(BIN)/agricrm demo --db $(DEMO_DB) --customers $(DEMO_CUSTOMERS)
	AGRICRM_CONFIG_DIR=$(abspath .run/config) $(BIN)/agricrm --db $(DEMO_DB)

test: $(STAMP) lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# The sync simulation's long profile: random sequences on four devices until
# AGRICRM_SOAK_EXAMPLES (default 1000) have passed, in one process (one core).
soak: $(STAMP)
	AGRICRM_SOAK=1 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest \
		tests/core/test_sync_simulation.py -q -s -p no:cacheprovider

lint: $(STAMP)
	$(BIN)/ruff check src tests bench packaging
	$(BIN)/ruff format --check src tests bench packaging

format: $(STAMP)
	$(BIN)/ruff check --fix src tests bench packaging
	$(BIN)/ruff format src tests bench packaging

bench: $(STAMP)
	$(BIN)/python bench/run_bench.py --out build/bench.json

# Regenerate the compiled Qt Designer forms (committed; a test fails when one is stale).
forms: $(STAMP)
	$(BIN)/python packaging/build_forms.py

# Refresh the zh_CN catalogue from the sources and compile it (both committed).
translations: $(STAMP)
	$(BIN)/python packaging/translations.py update

clean:
	rm -rf $(VENV) build .pytest_cache .ruff_cache
