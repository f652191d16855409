# Two commands set everything up: `make demo` and `make test`. Both are idempotent and quiet
# when there is nothing to do.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
DEMO_DB := out/demo.db

.PHONY: demo test lint bench clean

$(VENV)/.runtime: pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PY) -m pip install -q --disable-pip-version-check --upgrade pip
	@$(PY) -m pip install -q --disable-pip-version-check -e .
	@touch $@

$(VENV)/.test: $(VENV)/.runtime
	@$(PY) -m pip install -q --disable-pip-version-check -e '.[test]'
	@touch $@

demo: $(VENV)/.runtime
	@mkdir -p out
	@$(VENV)/bin/chronique run samples/seeds --db $(DEMO_DB)
	@$(VENV)/bin/chronique timeline --db $(DEMO_DB) --top 5
	@$(VENV)/bin/chronique timeline --db $(DEMO_DB) --format html > out/timeline.html
	@$(VENV)/bin/chronique export --db $(DEMO_DB) --table events --format acled-csv -o out/events-acled.csv
	@$(VENV)/bin/chronique export --db $(DEMO_DB) --table events --format geojson -o out/events.geojson
	@echo "store: $(DEMO_DB); timeline: out/timeline.html; exports: out/events-acled.csv, out/events.geojson"
	@echo "browse it: $(VENV)/bin/chronique serve --db $(DEMO_DB)  (then open http://127.0.0.1:8000/)"

test: $(VENV)/.test
	@sh scripts/system-deps.sh
	@$(PY) -m pytest -q

lint: $(VENV)/.test
	@$(VENV)/bin/ruff check src tests bench
	@$(VENV)/bin/mypy src

bench: $(VENV)/.runtime
	@for script in bench/bench_*.py; do echo "== $$script"; $(PY) $$script; done

clean:
	rm -rf out .pytest_cache
