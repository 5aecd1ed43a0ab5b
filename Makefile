# Everything sets itself up in .venv; nothing needs installing by hand.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test venv dev bench lint clean samples

$(BIN)/audit: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.dev: $(BIN)/audit
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

venv: $(BIN)/audit
dev: $(VENV)/.dev

demo: $(BIN)/audit
	-$(BIN)/audit sample_reports/

test: $(VENV)/.dev
	$(BIN)/python -m pytest

lint: $(VENV)/.dev
	$(BIN)/ruff check auditor tests benchmarks sample_reports

bench: $(BIN)/audit
	$(BIN)/python benchmarks/speed.py
	$(BIN)/python benchmarks/extraction.py
	$(BIN)/python benchmarks/corpus_relations.py

# Rebuilds sample_reports/*.docx and *.pdf (needs LibreOffice; the outputs are committed).
samples: $(BIN)/audit
	$(BIN)/python sample_reports/build.py

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info
