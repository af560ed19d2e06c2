# Two entry points for people: `make run` and `make test`. Everything installs itself first.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
SHARED := ../shared

.PHONY: install run test eval eval-synthetic openapi bench soak

install: $(VENV)/.installed

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Reinstalls when pyproject.toml changes. torch first: pip finds the CPU wheel through its configuration.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install torch==2.13.0
	$(BIN)/pip install -e '.[dev,training]'
	touch $@

run: install
	$(BIN)/quotes serve --host 127.0.0.1 --port 8000

test: install
	$(BIN)/ruff check service training tests bench
	$(BIN)/python -m pytest -q

# Scores the service on the development gold set: starts it on a free port, runs the scorer, stops it.
eval: install
	@port=$$($(BIN)/python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'); \
	$(BIN)/quotes serve --host 127.0.0.1 --port $$port --workers 1 & pid=$$!; \
	python3 $(SHARED)/eval/score.py --url http://127.0.0.1:$$port --gold $(SHARED)/gold --texts $(SHARED)/samples; \
	status=$$?; kill $$pid; wait $$pid; exit $$status

# The same scorer on eval/synthetic (articles written for development, French and English; see its README).
eval-synthetic: install
	@port=$$($(BIN)/python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'); \
	$(BIN)/quotes serve --host 127.0.0.1 --port $$port --workers 1 & pid=$$!; \
	status=0; for lang in fr en; do \
	  python3 $(SHARED)/eval/score.py --url http://127.0.0.1:$$port --gold eval/synthetic/$$lang/gold \
	    --texts eval/synthetic/$$lang/texts || status=$$?; \
	done; kill $$pid; wait $$pid; exit $$status

openapi: install
	$(BIN)/quotes openapi > openapi/openapi.json.tmp && mv openapi/openapi.json.tmp openapi/openapi.json

# Throughput and latency: in-process, a plain-Stanza baseline, and the HTTP service with 1 and 2 workers.
bench: install
	$(BIN)/python bench/bench.py

# Load and fault test: 2 workers, mixed valid and bad traffic, one worker killed mid-run (make test runs it short).
soak: install
	$(BIN)/python bench/soak.py --seconds 60
