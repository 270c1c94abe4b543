# The two commands of the README: `make run` and `make test`. Both create .venv when needed.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)
UI_SOURCES := $(shell find ui -name '*.py' 2>/dev/null | sort)


.PHONY: run test lint bench translations update-translations clean

run: $(STAMP) $(QM)
	$(BIN)/webcare gui --demo

test: $(STAMP) $(QM) lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache
	$(BIN)/mypy

translations: $(QM)

# Refresh the .ts catalogues from the source after changing interface texts, then fill in the
# Dutch texts kept per room in resources/translations/nl/*.json (add yours there).
update-translations: $(STAMP)
	$(BIN)/pyside6-lupdate $(UI_SOURCES) -ts $(TS) -source-language en -no-obsolete -locations none
	$(BIN)/python scripts/ts_fill.py resources/translations/webcare_nl.ts resources/translations/nl/*.json

%.qm: %.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Webcare needs Python 3.11 or newer (set PYTHON=...)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache resources/translations/*.qm

# Every figure beside a same-run baseline at 10,000 / 100,000 / 1,000,000 conversations
# (benchmarks/README.md). QUICK=1: small sizes; PLOT=1: benchmarks/growth.png (matplotlib, the
# `bench` extra); JSON=FILE: the figures as JSON; BENCH_WORK=DIR: where the data sets are kept;
# BENCH_SIZES=10000,100000: other sizes; BENCH_PG_SIZES: the sizes also run on PostgreSQL
# (default those up to 100,000; a throwaway server; BENCH_PG=0 leaves it out).
BENCH_WORK ?= .bench-data
bench: $(STAMP) $(QM)
	$(if $(PLOT),$(BIN)/python -m pip install --quiet -e '.[bench]')
	nice $(BIN)/python benchmarks/run.py --work $(BENCH_WORK) $(if $(QUICK),--quick) \
		$(if $(BENCH_SIZES),--sizes $(BENCH_SIZES)) \
		$(if $(BENCH_PG_SIZES),--pg-sizes $(BENCH_PG_SIZES)) \
		$(if $(PLOT),--plot benchmarks/growth.png) $(if $(JSON),--json $(JSON)) $(BENCH_ARGS)
