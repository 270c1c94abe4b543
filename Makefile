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

bench: $(STAMP) $(QM)
	$(BIN)/python benchmarks/cold_start.py
	$(BIN)/python benchmarks/inbox.py
