# Two commands for a newcomer: `make run` starts the app, `make test` runs the whole suite.
# Both create the virtual environment in .venv on first use and reuse it afterwards.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

# On Linux, first check the system libraries Qt needs (every missing one named at once).
run: $(STAMP)
	@$(BIN)/python scripts/check_linux_gui.py
	$(BIN)/python main.py $(ARGS)

test: $(STAMP)
	@$(BIN)/python scripts/check_linux_gui.py --plugin offscreen
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check desktop tests bench scripts main.py

bench: $(STAMP)
	for b in bench/bench_*.py; do $(BIN)/python $$b --quick || exit 1; done

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache
