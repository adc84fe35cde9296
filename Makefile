# Every target sets up what it needs itself: a fresh clone needs only `make demo` or `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.claimtrack-installed

.PHONY: demo test eval bench attack fuzz clean venv

venv: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,postgres,dask]'
	touch $(STAMP)

## Extract the bundled seed articles: a summary on screen, the claims in claims.json.
demo: $(STAMP)
	$(BIN)/claimtrack extract seeds/ -o claims.json

## Lint (ruff: pyflakes and a complexity limit, see pyproject.toml), then the whole test suite,
## evaluation floors included, in TEST_WORKERS processes (pytest-xdist; each test file runs whole
## in one of them, so a file's fixtures are built once; the costliest files first, see
## tests/conftest.py HEAVY_FIRST). 2 is the reference machine's cores;
## `make test TEST_WORKERS=0` runs it in one process. Python's bytecode caches (__pycache__,
## git-ignored) are written even where PYTHONDONTWRITEBYTECODE is set: the suite starts some forty
## Python processes (the workers, CLI runs, worker pools, Dask workers), and without the caches each
## compiles the package again and each worker rewrites every test module's assertions again.
TEST_WORKERS ?= 2
test: $(STAMP)
	$(BIN)/ruff check claimtrack tests bench
	PYTHONDONTWRITEBYTECODE= $(BIN)/python -m pytest -q -n $(TEST_WORKERS) --dist loadfile --no-loadscope-reorder

## Scores against the hand-checked gold annotations of the seeds.
eval: $(STAMP)
	$(BIN)/claimtrack eval data/gold/seeds --show-misses

## Speed and memory against plain spaCy, then the ledger and Dask at scale (see bench/README.md).
bench: $(STAMP)
	$(BIN)/python bench/run.py
	$(BIN)/python bench/scale.py

## Issue 14's attack re-run as a user would (every item, the runaway table, odd names/outputs/inputs;
## about 10 minutes; exit code = failed checks). See bench/README.md.
attack: $(STAMP)
	$(BIN)/python bench/attack.py

## Long property-based runs (10,000+ examples per parser).
fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest -q -m fuzz -p no:cacheprovider tests

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .hypothesis claims.json
