# Every target installs first when .venv is missing or older than pyproject.toml, so each one
# works from a fresh clone on its own. torch is pinned and installed first: that version's CPU
# build lies on these machines' disk, anything else pulls multi-GB CUDA wheels.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install test lint format ingest run bench bench-scale eval eval-all eval-kinds clean lock chroma status

# constraints.txt pins every dependency to the tested version; regenerate it with `make lock`.
$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet torch==2.13.0
	$(PY) -m pip install --quiet -c constraints.txt -e '.[dev]'
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

# Not part of `make test`: builds ~100k sentences under data/bench-scale (about 7 minutes on 2
# quiet cores, 17 under heavy load) and prints the figures at two sizes; the last line is JSON.
bench-scale: $(STAMP)
	$(PY) -m bot.scale_benchmark

eval: $(STAMP)
	@$(PY) -m ingest --json > /dev/null
	$(PY) -m bot eval tests/eval/dev_qa.jsonl

# The larger sets, each against its own store: extra questions on the first corpus; new articles
# with their questions (fresh), and the two question-kind sets, each with its own articles beside
# the first corpus, as a grown corpus would be. Each prints its per-kind table.
eval-all: eval
	$(PY) -m bot eval tests/eval/extra_qa.jsonl | tail -n 1
	@NEWSBOT_DATA_DIR=data/eval-fresh $(PY) -m ingest corpus tests/eval/fresh/corpus --json > /dev/null
	NEWSBOT_DATA_DIR=data/eval-fresh $(PY) -m bot eval tests/eval/fresh/fresh_qa.jsonl | tail -n 1
	@$(MAKE) --no-print-directory eval-kinds

eval-kinds: $(STAMP)
	@NEWSBOT_DATA_DIR=data/eval-a $(PY) -m ingest corpus tests/eval/fresh/corpus tests/eval/kinds_a/corpus --json > /dev/null
	-NEWSBOT_DATA_DIR=data/eval-a $(PY) -m bot eval tests/eval/kinds_a/kinds_qa.jsonl | sed -n '/^kind/,$$p'
	@for set in b c d e f g h i j k l m n o p q r s t u v w x y z aa ab ac ad ae af ag ah ai aj ak al am an ao ap aq ar as at au av aw ax ay az ba bb bc bd be bf bg bh bi bj bk bl bm bn bo bp bq br bs bt bu bv bw bx by bz ca cb cc cd ce cf cg ch ci cj ck cl cm cn co cp cq cr cs ct cu cv cw cx cy cz da db dc dd de df dg dh di dj; do \
		NEWSBOT_DATA_DIR=data/eval-$$set $(PY) -m ingest corpus tests/eval/kinds_$$set/corpus --json > /dev/null; \
		echo "kinds_$$set:"; \
		NEWSBOT_DATA_DIR=data/eval-$$set $(PY) -m bot eval tests/eval/kinds_$$set/kinds_qa.jsonl | sed -n '/^kind/,$$p'; \
	done

# Refresh the pinned versions after changing dependencies (then `make install` and `make test`).
# torch's CUDA packages appear in the file but are never installed: the CPU build needs none.
lock:
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet uv
	$(VENV)/bin/uv pip compile pyproject.toml --extra dev --python-version 3.11 \
		--python-platform x86_64-manylinux_2_28 --constraint constraints.in -o constraints.txt

# A local Chroma server for server mode: NEWSBOT_CHROMA_HOST=127.0.0.1 NEWSBOT_CHROMA_PORT=8000.
chroma: $(STAMP)
	$(VENV)/bin/chroma run --path data/chroma-server --host 127.0.0.1 --port 8000

status: $(STAMP)
	$(PY) -m bot status

clean:
	rm -rf $(VENV) data
