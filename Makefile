# Every target installs first when .venv is missing or older than pyproject.toml, so each one
# works from a fresh clone on its own. torch is pinned and installed first: that version's CPU
# build lies on these machines' disk, anything else pulls multi-GB CUDA wheels.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install test lint format ingest run bench eval eval-all clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet torch==2.13.0
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

test: $(STAMP)
	$(PY) -m pytest -q

lint: $(STAMP)
	$(PY) -m ruff check bot ingest tests
	$(PY) -m mypy

format: $(STAMP)
	$(PY) -m ruff format bot ingest tests
	$(PY) -m ruff check --fix bot ingest tests

ingest: $(STAMP)
	$(PY) -m ingest

run: $(STAMP)
	@$(PY) -m ingest list --json | grep -q '"id"' || $(PY) -m ingest
	$(PY) -m bot

bench: $(STAMP)
	@$(PY) -m ingest --json > /dev/null
	$(PY) -m bot bench

eval: $(STAMP)
	@$(PY) -m ingest --json > /dev/null
	$(PY) -m bot eval tests/eval/dev_qa.jsonl

# The two larger sets: extra questions on the first corpus, and new articles with their questions
# in a separate store (data/eval-fresh) that also holds the first corpus, as a grown corpus would.
eval-all: eval
	$(PY) -m bot eval tests/eval/extra_qa.jsonl | tail -n 1
	@NEWSBOT_DATA_DIR=data/eval-fresh $(PY) -m ingest corpus tests/eval/fresh/corpus --json > /dev/null
	NEWSBOT_DATA_DIR=data/eval-fresh $(PY) -m bot eval tests/eval/fresh/fresh_qa.jsonl | tail -n 1

clean:
	rm -rf $(VENV) data
