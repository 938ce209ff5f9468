# `make run` and `make test` set everything up on a fresh machine (Python 3.11+).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test test-fast check lint format bench model clean

$(STAMP): requirements.txt requirements-dev.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m bot

test: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(PY) -m bot check faq.yaml
	$(PY) -m pytest -q

# The unit tests only (no emulator, no subprocess): the loop to run while editing code.
test-fast: $(STAMP)
	$(PY) -m pytest -q -m "not e2e and not process"

check: $(STAMP)
	$(PY) -m bot check faq.yaml

format: $(STAMP)
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

bench: $(STAMP)
	$(PY) -m bench

# Retrain the second reader (bot/data/second_reader.json) after editing the blind sets, the
# triage cases or the word tables; tests/tools/ fails until the shipped file is what this makes.
model: $(STAMP)
	$(PY) -m tools.train_second_reader

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
